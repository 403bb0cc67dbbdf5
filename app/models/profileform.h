#pragma once

#include "appsession.h"

#include <core/domain/screening.h>

#include <QObject>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace kakunin {

// The profile sheet (代表者経歴シート, P1) and the screening declarations (P2) of one customer, with the IT
// literacy and the screening result the core derives from them (validateProfile, itLiteracyLevel, screen())
// shown live as the rep fills it in. save() records profile.recorded and screening.recorded in one batch.
// A prospect whose recorded screening refused them cannot be re-screened on the tablet (no way forward).
class ProfileForm : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(kakunin::AppSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString customerId READ customerId WRITE setCustomerId NOTIFY customerIdChanged)

    // The sheet. birthYear 0 = not entered; the three choices are "" until the rep picks one.
    Q_PROPERTY(int birthYear READ birthYear WRITE setBirthYear NOTIFY sheetChanged)
    Q_PROPERTY(int age READ age WRITE setAge NOTIFY sheetChanged) // this year in the company time zone; -1 unknown
    Q_PROPERTY(int yearsInBusiness READ yearsInBusiness WRITE setYearsInBusiness NOTIFY sheetChanged)
    Q_PROPERTY(int yearsInTrade READ yearsInTrade WRITE setYearsInTrade NOTIFY sheetChanged)
    Q_PROPERTY(QString businessForm READ businessForm WRITE setBusinessForm NOTIFY sheetChanged)
    Q_PROPERTY(QString smartphoneUse READ smartphoneUse WRITE setSmartphoneUse NOTIFY sheetChanged)
    Q_PROPERTY(QString pcSkill READ pcSkill WRITE setPcSkill NOTIFY sheetChanged)
    Q_PROPERTY(QStringList itProducts READ itProducts WRITE setItProducts NOTIFY sheetChanged)

    // The declarations. antisocial: "not_yet_declared", "declared_none", "declaration_refused", "identified".
    Q_PROPERTY(bool successorPresent READ successorPresent WRITE setSuccessorPresent NOTIFY sheetChanged)
    Q_PROPERTY(bool successorWillSign READ successorWillSign WRITE setSuccessorWillSign NOTIFY sheetChanged)
    Q_PROPERTY(bool fullTimeDeclared READ fullTimeDeclared WRITE setFullTimeDeclared NOTIFY sheetChanged)
    Q_PROPERTY(QString antisocial READ antisocial WRITE setAntisocial NOTIFY sheetChanged)

    // Derived by the core, live.
    Q_PROPERTY(QString errorCode READ errorCode NOTIFY sheetChanged) // ProfileError: "" when valid
    Q_PROPERTY(QString errorText READ errorText NOTIFY sheetChanged)
    Q_PROPERTY(QString errorField READ errorField NOTIFY sheetChanged)
    Q_PROPERTY(bool valid READ valid NOTIFY sheetChanged)
    Q_PROPERTY(int itLiteracy READ itLiteracy NOTIFY sheetChanged) // 1–4, 0 while the sheet is invalid
    Q_PROPERTY(QString itLiteracyText READ itLiteracyText NOTIFY sheetChanged)
    Q_PROPERTY(QString lectureLevelText READ lectureLevelText NOTIFY sheetChanged)
    Q_PROPERTY(bool elderly READ elderly NOTIFY sheetChanged) // ask about a successor
    Q_PROPERTY(bool sideBusiness READ sideBusiness NOTIFY sheetChanged) // ask about going full-time
    Q_PROPERTY(int elderlyAge READ elderlyAge NOTIFY sessionChanged)
    Q_PROPERTY(QString outcome READ outcome NOTIFY sheetChanged) // what screen() answers now
    Q_PROPERTY(QString outcomeText READ outcomeText NOTIFY sheetChanged)
    Q_PROPERTY(QStringList refusalReasons READ refusalReasons NOTIFY sheetChanged)
    Q_PROPERTY(QStringList conditions READ conditions NOTIFY sheetChanged)
    Q_PROPERTY(bool wouldRefuse READ wouldRefuse NOTIFY sheetChanged)

    Q_PROPERTY(bool recorded READ recorded NOTIFY loaded) // a profile of this customer is on record
    Q_PROPERTY(bool dirty READ dirty NOTIFY sheetChanged) // changed since loaded or saved
    // May the sheet be recorded? A sales rep, for one of their customers, not refused before.
    Q_PROPERTY(bool editable READ editable NOTIFY loaded)
    Q_PROPERTY(QString lockedText READ lockedText NOTIFY loaded) // why not, in words
    Q_PROPERTY(bool canSave READ canSave NOTIFY sheetChanged)
    Q_PROPERTY(QString saveError READ saveError NOTIFY saveErrorChanged)

    Q_PROPERTY(QVariantList businessFormOptions READ businessFormOptions CONSTANT)
    Q_PROPERTY(QVariantList smartphoneUseOptions READ smartphoneUseOptions CONSTANT)
    Q_PROPERTY(QVariantList pcSkillOptions READ pcSkillOptions CONSTANT)
    Q_PROPERTY(QVariantList antisocialOptions READ antisocialOptions CONSTANT)

public:
    explicit ProfileForm(QObject *parent = nullptr);

    AppSession *session() const { return m_session; }
    void setSession(AppSession *session);
    QString customerId() const { return m_customerId; }
    void setCustomerId(const QString &id);

    int birthYear() const { return m_sheet.representativeBirthYear; }
    void setBirthYear(int year);
    int age() const;
    void setAge(int age);
    int yearsInBusiness() const { return m_sheet.yearsInBusiness; }
    void setYearsInBusiness(int years);
    int yearsInTrade() const { return m_sheet.yearsInTrade; }
    void setYearsInTrade(int years);
    QString businessForm() const { return m_formChosen ? businessFormName(m_sheet.businessForm) : QString(); }
    void setBusinessForm(const QString &code);
    QString smartphoneUse() const { return m_phoneChosen ? smartphoneUseName(m_sheet.smartphoneUse) : QString(); }
    void setSmartphoneUse(const QString &code);
    QString pcSkill() const { return m_pcChosen ? pcSkillName(m_sheet.pcSkill) : QString(); }
    void setPcSkill(const QString &code);
    QStringList itProducts() const { return m_sheet.itProductsInUse; }
    void setItProducts(const QStringList &products);
    // Adds one product (a name with commas or 、 adds several); empty names are ignored.
    Q_INVOKABLE void addItProduct(const QString &name);
    Q_INVOKABLE void removeItProduct(int index);

    bool successorPresent() const { return m_decl.successorPresent; }
    void setSuccessorPresent(bool v);
    bool successorWillSign() const { return m_decl.successorWillSign; }
    void setSuccessorWillSign(bool v);
    bool fullTimeDeclared() const { return m_decl.fullTimeDeclared; }
    void setFullTimeDeclared(bool v);
    QString antisocial() const { return antisocialName(m_decl.antisocial); }
    void setAntisocial(const QString &code);

    QString errorCode() const;
    QString errorText() const;
    QString errorField() const;
    bool valid() const { return m_error == ProfileError::None && m_formChosen && m_phoneChosen && m_pcChosen; }
    int itLiteracy() const { return valid() ? itLiteracyLevel(m_sheet) : 0; }
    QString itLiteracyText() const;
    QString lectureLevelText() const;
    bool elderly() const;
    bool sideBusiness() const { return m_sheet.businessForm == BusinessForm::SideBusiness; }
    int elderlyAge() const;
    QString outcome() const;
    QString outcomeText() const;
    QStringList refusalReasons() const;
    QStringList conditions() const;
    bool wouldRefuse() const { return valid() && !m_result.allowed(); }
    ScreeningResult result() const { return m_result; }

    bool recorded() const { return m_recorded; }
    bool dirty() const { return m_dirty; }
    bool editable() const;
    QString lockedText() const;
    // Something to record: a first sheet, or a changed one (the same sheet again would only repeat the record).
    bool canSave() const { return editable() && valid() && (m_dirty || !m_recorded); }
    QString saveError() const { return m_saveError; }

    static QVariantList businessFormOptions();
    static QVariantList smartphoneUseOptions();
    static QVariantList pcSkillOptions();
    static QVariantList antisocialOptions();
    static QString antisocialName(AntisocialStatus s);
    static bool antisocialFromName(const QString &name, AntisocialStatus *out);

    // Records profile.recorded and screening.recorded (one batch) with what screen() answers now.
    Q_INVOKABLE bool save();
    // Back to what is on record.
    Q_INVOKABLE void reload();

signals:
    void sessionChanged();
    void customerIdChanged();
    void sheetChanged();
    void loaded();
    void saveErrorChanged();
    void saved();

private:
    void changed();
    void evaluate();
    QDate today() const;
    const Policy &policy() const;

    AppSession *m_session = nullptr;
    QString m_customerId;
    ProfileSheet m_sheet;
    ScreeningDeclarations m_decl;
    ProfileError m_error = ProfileError::BirthYearMissing;
    ScreeningResult m_result;
    bool m_formChosen = false, m_phoneChosen = false, m_pcChosen = false;
    bool m_recorded = false;
    bool m_dirty = false;
    bool m_mine = false;
    bool m_refusedOnRecord = false;
    QString m_saveError;
    Policy m_defaultPolicy;
};

} // namespace kakunin
