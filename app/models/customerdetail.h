#pragma once

#include "appsession.h"

#include "customercontractsmodel.h"

#include <QObject>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace kakunin {

// One customer on CustomerPage: details, the recorded screening (P2) with every reason in words, what the
// rep may do next, the visit facts (S2) and the customer's contracts. Only the signed-in rep's own customers
// are shown (P4). A prospect the screening refused has no way forward: canVisit and canExplain are false and
// blockedText says why.
class CustomerDetail : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(kakunin::AppSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString customerId READ customerId WRITE setCustomerId NOTIFY customerIdChanged)

    Q_PROPERTY(bool found READ found NOTIFY changed) // exists and is mine (P4)
    Q_PROPERTY(QString name READ name NOTIFY changed)
    Q_PROPERTY(QString reading READ reading NOTIFY changed)
    Q_PROPERTY(QString business READ business NOTIFY changed)
    Q_PROPERTY(QString representative READ representative NOTIFY changed)
    Q_PROPERTY(QString phone READ phone NOTIFY changed)
    Q_PROPERTY(QString address READ address NOTIFY changed)
    Q_PROPERTY(QString registeredText READ registeredText NOTIFY changed)

    Q_PROPERTY(bool hasProfile READ hasProfile NOTIFY changed)
    Q_PROPERTY(int itLiteracy READ itLiteracy NOTIFY changed)
    Q_PROPERTY(QString itLiteracyText READ itLiteracyText NOTIFY changed)
    Q_PROPERTY(bool screened READ screened NOTIFY changed)
    Q_PROPERTY(QString screening READ screening NOTIFY changed) // outcome code, "" when not screened
    Q_PROPERTY(QString screeningText READ screeningText NOTIFY changed)
    Q_PROPERTY(QString screenedText READ screenedText NOTIFY changed)
    Q_PROPERTY(bool refused READ refused NOTIFY changed)
    Q_PROPERTY(QStringList refusalReasons READ refusalReasons NOTIFY changed)
    Q_PROPERTY(QStringList conditions READ conditions NOTIFY changed)

    // What the signed-in user may do; blockedText says why a step is not offered, nextStepText what comes next.
    Q_PROPERTY(bool canEdit READ canEdit NOTIFY changed)
    Q_PROPERTY(bool canVisit READ canVisit NOTIFY changed)
    Q_PROPERTY(bool canExplain READ canExplain NOTIFY changed)
    Q_PROPERTY(QString blockedText READ blockedText NOTIFY changed)
    Q_PROPERTY(QString nextStepText READ nextStepText NOTIFY changed)
    Q_PROPERTY(QString successiveSaleText READ successiveSaleText NOTIFY changed) // P4 note, or ""

    // [{code, name}] of the products whose content packs this tablet holds, for the walkthrough.
    Q_PROPERTY(QVariantList products READ products NOTIFY changed)

    // S2: the next appointment, a visit in progress, the cool-down after a decline.
    Q_PROPERTY(QString appointmentText READ appointmentText NOTIFY changed)
    Q_PROPERTY(bool visitInProgress READ visitInProgress NOTIFY changed)
    Q_PROPERTY(QString coolDownText READ coolDownText NOTIFY changed)

    Q_PROPERTY(kakunin::CustomerContractsModel *contracts READ contracts CONSTANT)

public:
    explicit CustomerDetail(QObject *parent = nullptr);

    AppSession *session() const { return m_session; }
    void setSession(AppSession *session);
    QString customerId() const { return m_customerId; }
    void setCustomerId(const QString &id);

    bool found() const { return m_found; }
    QString name() const { return m_name; }
    QString reading() const { return m_reading; }
    QString business() const { return m_business; }
    QString representative() const { return m_representative; }
    QString phone() const { return m_phone; }
    QString address() const { return m_address; }
    QString registeredText() const { return m_registeredText; }

    bool hasProfile() const { return m_hasProfile; }
    int itLiteracy() const { return m_itLiteracy; }
    QString itLiteracyText() const;
    bool screened() const { return !m_screening.isEmpty(); }
    QString screening() const { return m_screening; }
    QString screeningText() const;
    QString screenedText() const { return m_screenedText; }
    bool refused() const { return m_screening == QLatin1String("refused"); }
    QStringList refusalReasons() const { return m_refusalReasons; }
    QStringList conditions() const { return m_conditions; }

    bool canEdit() const;
    bool canVisit() const;
    bool canExplain() const;
    QString blockedText() const;
    QString nextStepText() const;
    QString successiveSaleText() const;
    QVariantList products() const;

    QString appointmentText() const { return m_appointmentText; }
    bool visitInProgress() const { return m_visitInProgress; }
    QString coolDownText() const { return m_coolDownText; }

    CustomerContractsModel *contracts() { return &m_contracts; }

    Q_INVOKABLE void reload();

signals:
    void sessionChanged();
    void customerIdChanged();
    void changed();

private:
    bool salesRep() const;

    AppSession *m_session = nullptr;
    QString m_customerId;
    bool m_found = false;
    bool m_exists = false;
    QString m_name, m_reading, m_business, m_representative, m_phone, m_address, m_registeredText;
    bool m_hasProfile = false;
    int m_itLiteracy = 0;
    QString m_screening, m_screenedText;
    QStringList m_refusalReasons, m_conditions;
    int m_unusedApprovals = 0;
    QString m_appointmentText, m_coolDownText;
    bool m_visitInProgress = false;
    CustomerContractsModel m_contracts;
};

} // namespace kakunin
