#pragma once

#include "appsession.h"

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace kakunin {

// What the details of a customer (customer.registered / customer.updated) must satisfy before they are
// recorded. Codes, turned into words by CustomerForm::errorText.
enum class CustomerFieldError {
    None = 0,
    NameMissing,
    NameTooLong, // more than MaxNameLength characters
    ReadingMissing, // フリガナ is needed to find the customer later
    ReadingNotKana, // only kana, the long-vowel mark, ・ and spaces
    PhoneNotANumber, // only digits, spaces, hyphens, brackets and a leading +
    PhoneWrongLength, // a Japanese number has 10 or 11 digits (0…), or +81 and 9 or 10 more
    TextTooLong, // business, representative or address longer than MaxTextLength
    AlreadyRegistered, // one of my customers has the same name and phone number or reading and business
};

struct CustomerFields {
    QString name, reading, business, representative, phone, address;
};

inline constexpr int MaxNameLength = 100;
inline constexpr int MaxTextLength = 200;

// Per field; the name, reading and phone are checked after NFKC (full-width digits count as digits).
CustomerFieldError validateName(const QString &name);
CustomerFieldError validateReading(const QString &reading);
CustomerFieldError validatePhone(const QString &phone);
CustomerFieldError validateText(const QString &text);
// The form as it will be recorded: trimmed, NFKC, the reading in full-width katakana with single spaces.
CustomerFields normalizedFields(const CustomerFields &fields);
QString normalizedReading(const QString &reading);

// Register a prospect (NewCustomerPage) or correct the details of one of mine. Errors show after the first
// submit(); submit() records customer.registered (new) or customer.updated with only the changed fields.
class CustomerForm : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(kakunin::AppSession *session READ session WRITE setSession NOTIFY sessionChanged)
    // Empty: a new prospect. Otherwise one of my customers whose details are edited.
    Q_PROPERTY(QString customerId READ customerId WRITE setCustomerId NOTIFY customerIdChanged)
    Q_PROPERTY(bool editing READ editing NOTIFY customerIdChanged)
    Q_PROPERTY(QString name READ name WRITE setName NOTIFY fieldsChanged)
    Q_PROPERTY(QString reading READ reading WRITE setReading NOTIFY fieldsChanged)
    Q_PROPERTY(QString business READ business WRITE setBusiness NOTIFY fieldsChanged)
    Q_PROPERTY(QString representative READ representative WRITE setRepresentative NOTIFY fieldsChanged)
    Q_PROPERTY(QString phone READ phone WRITE setPhone NOTIFY fieldsChanged)
    Q_PROPERTY(QString address READ address WRITE setAddress NOTIFY fieldsChanged)
    // Words for each field's problem once submit() was tried; empty when the field is fine.
    Q_PROPERTY(QString nameError READ nameError NOTIFY validationChanged)
    Q_PROPERTY(QString readingError READ readingError NOTIFY validationChanged)
    Q_PROPERTY(QString phoneError READ phoneError NOTIFY validationChanged)
    Q_PROPERTY(QString businessError READ businessError NOTIFY validationChanged)
    Q_PROPERTY(QString representativeError READ representativeError NOTIFY validationChanged)
    Q_PROPERTY(QString addressError READ addressError NOTIFY validationChanged)
    // The whole form: the first problem, or why it could not be recorded.
    Q_PROPERTY(QString errorText READ errorText NOTIFY validationChanged)
    Q_PROPERTY(bool valid READ valid NOTIFY validationChanged)
    Q_PROPERTY(bool showErrors READ showErrors NOTIFY validationChanged)
    // Only a sales rep registers prospects (P4: the customer is theirs), and edits only their own.
    Q_PROPERTY(bool canSubmit READ canSubmit NOTIFY validationChanged)

public:
    explicit CustomerForm(QObject *parent = nullptr);

    AppSession *session() const { return m_session; }
    void setSession(AppSession *session);
    QString customerId() const { return m_customerId; }
    void setCustomerId(const QString &id);
    bool editing() const { return !m_customerId.isEmpty(); }

    QString name() const { return m_fields.name; }
    QString reading() const { return m_fields.reading; }
    QString business() const { return m_fields.business; }
    QString representative() const { return m_fields.representative; }
    QString phone() const { return m_fields.phone; }
    QString address() const { return m_fields.address; }
    void setName(const QString &v) { setField(&CustomerFields::name, v); }
    void setReading(const QString &v) { setField(&CustomerFields::reading, v); }
    void setBusiness(const QString &v) { setField(&CustomerFields::business, v); }
    void setRepresentative(const QString &v) { setField(&CustomerFields::representative, v); }
    void setPhone(const QString &v) { setField(&CustomerFields::phone, v); }
    void setAddress(const QString &v) { setField(&CustomerFields::address, v); }

    QString nameError() const { return shown(m_nameError); }
    QString readingError() const { return shown(m_readingError); }
    QString phoneError() const { return shown(m_phoneError); }
    QString businessError() const { return shown(m_businessError); }
    QString representativeError() const { return shown(m_representativeError); }
    QString addressError() const { return shown(m_addressError); }
    QString errorText() const;
    bool valid() const { return firstError() == CustomerFieldError::None; }
    bool showErrors() const { return m_showErrors; }
    bool canSubmit() const;

    CustomerFieldError firstError() const;
    CustomerFieldError nameErrorCode() const { return m_nameError; }
    CustomerFieldError readingErrorCode() const { return m_readingError; }
    CustomerFieldError phoneErrorCode() const { return m_phoneError; }

    // Records the customer; false (and errors shown) when a field is not acceptable or the store refused.
    // On success emits saved() with the customer's id.
    Q_INVOKABLE bool submit();

    static QString errorText(CustomerFieldError error);

signals:
    void sessionChanged();
    void customerIdChanged();
    void fieldsChanged();
    void validationChanged();
    void saved(const QString &customerId);

private:
    void setField(QString CustomerFields::*field, const QString &value);
    void load();
    void validate();
    QString shown(CustomerFieldError e) const { return m_showErrors ? errorText(e) : QString(); }
    QString duplicateOf(const CustomerFields &normalized) const;

    AppSession *m_session = nullptr;
    QString m_customerId;
    CustomerFields m_fields;
    CustomerFields m_loaded; // as recorded, when editing
    QString m_registeredBy;
    bool m_showErrors = false;
    QString m_storeError;
    CustomerFieldError m_nameError = CustomerFieldError::None;
    CustomerFieldError m_readingError = CustomerFieldError::None;
    CustomerFieldError m_phoneError = CustomerFieldError::None;
    CustomerFieldError m_businessError = CustomerFieldError::None;
    CustomerFieldError m_representativeError = CustomerFieldError::None;
    CustomerFieldError m_addressError = CustomerFieldError::None;
};

} // namespace kakunin
