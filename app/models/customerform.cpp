#include "customerform.h"

#include "appsession.h"
#include "customerlistmodel.h"
#include "errortext.h"

#include <core/projection.h>
#include <store/store.h>

#include <QUuid>

namespace kakunin {

namespace {

bool isKana(char16_t u)
{
    return (u >= 0x3041 && u <= 0x3096) // hiragana
        || (u >= 0x30A1 && u <= 0x30FA) // katakana
        || u == 0x30FC // ー
        || u == 0x30FB // ・
        || u == 0x3099 || u == 0x309A || u == 0x309B || u == 0x309C; // (semi-)voiced marks
}

QString simplified(const QString &s)
{
    return s.normalized(QString::NormalizationForm_KC).simplified();
}

QString digitsOf(const QString &phone)
{
    QString d;
    for (QChar c : phone.normalized(QString::NormalizationForm_KC))
        if (c.isDigit())
            d.append(c);
    return d;
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace

CustomerFieldError validateName(const QString &name)
{
    const QString n = simplified(name);
    if (n.isEmpty())
        return CustomerFieldError::NameMissing;
    if (n.size() > MaxNameLength)
        return CustomerFieldError::NameTooLong;
    return CustomerFieldError::None;
}

CustomerFieldError validateReading(const QString &reading)
{
    const QString r = simplified(reading);
    if (r.isEmpty())
        return CustomerFieldError::ReadingMissing;
    for (QChar c : r)
        if (!c.isSpace() && !isKana(c.unicode()))
            return CustomerFieldError::ReadingNotKana;
    if (r.size() > MaxNameLength)
        return CustomerFieldError::NameTooLong;
    return CustomerFieldError::None;
}

CustomerFieldError validatePhone(const QString &phone)
{
    const QString p = simplified(phone);
    if (p.isEmpty())
        return CustomerFieldError::None; // optional
    for (qsizetype i = 0; i < p.size(); ++i) {
        const QChar c = p.at(i);
        const bool ok = c.isDigit() || c == QLatin1Char(' ') || c == QLatin1Char('-') || c == QLatin1Char('(')
            || c == QLatin1Char(')') || (c == QLatin1Char('+') && i == 0);
        if (!ok)
            return CustomerFieldError::PhoneNotANumber;
    }
    const QString digits = digitsOf(p);
    if (p.startsWith(QLatin1Char('+'))) {
        if (!digits.startsWith(QLatin1String("81")) || digits.size() < 11 || digits.size() > 12)
            return CustomerFieldError::PhoneWrongLength;
    } else if (!digits.startsWith(QLatin1Char('0')) || digits.size() < 10 || digits.size() > 11) {
        return CustomerFieldError::PhoneWrongLength;
    }
    return CustomerFieldError::None;
}

CustomerFieldError validateText(const QString &text)
{
    return simplified(text).size() > MaxTextLength ? CustomerFieldError::TextTooLong : CustomerFieldError::None;
}

QString normalizedReading(const QString &reading)
{
    QString out;
    for (QChar c : simplified(reading)) {
        const char16_t u = c.unicode();
        // Hiragana ぁ..ゖ → katakana ァ..ヶ: フリガナ is written in katakana.
        out.append(u >= 0x3041 && u <= 0x3096 ? QChar(static_cast<char16_t>(u + 0x60)) : c);
    }
    return out;
}

CustomerFields normalizedFields(const CustomerFields &f)
{
    return CustomerFields {simplified(f.name), normalizedReading(f.reading), simplified(f.business),
        simplified(f.representative), simplified(f.phone), f.address.trimmed()};
}

CustomerForm::CustomerForm(QObject *parent) : QObject(parent)
{
    validate();
}

void CustomerForm::setSession(AppSession *session)
{
    if (session == m_session)
        return;
    m_session = session;
    emit sessionChanged();
    load();
}

void CustomerForm::setCustomerId(const QString &id)
{
    if (id == m_customerId)
        return;
    m_customerId = id;
    emit customerIdChanged();
    load();
}

void CustomerForm::load()
{
    m_registeredBy.clear();
    m_loaded = {};
    if (m_session != nullptr && m_session->store() != nullptr && !m_customerId.isEmpty()) {
        if (const auto p = m_session->store()->projection(m_customerId)) {
            const QJsonObject &s = p->state;
            m_registeredBy = str(s, "registeredBy");
            m_loaded = CustomerFields {str(s, "name"), str(s, "reading"), str(s, "business"), str(s, "representative"),
                str(s, "phone"), str(s, "address")};
            m_fields = m_loaded;
            emit fieldsChanged();
        }
    }
    validate();
}

void CustomerForm::setField(QString CustomerFields::*field, const QString &value)
{
    if (m_fields.*field == value)
        return;
    m_fields.*field = value;
    m_storeError.clear();
    emit fieldsChanged();
    validate();
}

QString CustomerForm::duplicateOf(const CustomerFields &n) const
{
    if (m_session == nullptr || m_session->store() == nullptr)
        return {};
    const QString nameKey = CustomerListModel::searchKey(n.name);
    const QString readingKey = CustomerListModel::searchKey(n.reading);
    const QString businessKey = CustomerListModel::searchKey(n.business);
    const QString phone = digitsOf(n.phone);
    for (const AggregateState &c : m_session->store()->projectionsOfKind(QStringLiteral("customer"))) {
        const QJsonObject &s = c.state;
        const QString id = str(s, "id");
        if (id == m_customerId || str(s, "registeredBy") != m_session->userId())
            continue;
        const bool samePhone = !phone.isEmpty() && digitsOf(str(s, "phone")) == phone
            && CustomerListModel::searchKey(str(s, "name")) == nameKey;
        const bool sameBusiness = !businessKey.isEmpty()
            && CustomerListModel::searchKey(str(s, "business")) == businessKey
            && CustomerListModel::searchKey(normalizedReading(str(s, "reading"))) == readingKey;
        if (samePhone || sameBusiness)
            return id;
    }
    return {};
}

void CustomerForm::validate()
{
    const CustomerFields n = normalizedFields(m_fields);
    m_nameError = validateName(n.name);
    m_readingError = validateReading(n.reading);
    m_phoneError = validatePhone(n.phone);
    m_businessError = validateText(n.business);
    m_representativeError = validateText(n.representative);
    m_addressError = validateText(n.address);
    if (m_nameError == CustomerFieldError::None && !duplicateOf(n).isEmpty())
        m_nameError = CustomerFieldError::AlreadyRegistered;
    emit validationChanged();
}

CustomerFieldError CustomerForm::firstError() const
{
    for (CustomerFieldError e :
        {m_nameError, m_readingError, m_businessError, m_representativeError, m_phoneError, m_addressError})
        if (e != CustomerFieldError::None)
            return e;
    return CustomerFieldError::None;
}

bool CustomerForm::canSubmit() const
{
    if (m_session == nullptr || m_session->store() == nullptr || !m_session->salesRep())
        return false;
    return !editing() || m_registeredBy == m_session->userId(); // P4: only my own customers
}

QString CustomerForm::errorText() const
{
    if (m_session != nullptr && m_session->store() != nullptr && !canSubmit())
        return m_session->salesRep() ? tr("This customer is not one of yours.")
                                     : tr("Only sales representatives register and edit prospects.");
    if (!m_storeError.isEmpty())
        return m_storeError;
    return m_showErrors ? errorText(firstError()) : QString();
}

bool CustomerForm::submit()
{
    m_showErrors = true;
    m_storeError.clear();
    validate();
    if (!valid() || !canSubmit())
        return false;
    const CustomerFields n = normalizedFields(m_fields);
    QJsonObject payload;
    auto put = [&](const char *key, const QString &value, const QString &before) {
        if (editing() ? value != before : !value.isEmpty())
            payload.insert(QLatin1String(key), value);
    };
    put("name", n.name, m_loaded.name);
    put("reading", n.reading, m_loaded.reading);
    put("business", n.business, m_loaded.business);
    put("representative", n.representative, m_loaded.representative);
    put("phone", n.phone, m_loaded.phone);
    put("address", n.address, m_loaded.address);
    const QString id = editing() ? m_customerId : QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!payload.isEmpty()) {
        const auto written = m_session->record({EventDraft {
            editing() ? EventType::CustomerUpdated : EventType::CustomerRegistered, id, m_session->userId(), payload}});
        if (!written) {
            m_storeError = kakunin::errorText(written.error());
            emit validationChanged();
            return false;
        }
    }
    if (editing())
        load();
    emit saved(id);
    return true;
}

QString CustomerForm::errorText(CustomerFieldError error)
{
    switch (error) {
    case CustomerFieldError::None:
        return {};
    case CustomerFieldError::NameMissing:
        return tr("Enter the customer's name.");
    case CustomerFieldError::NameTooLong:
        return tr("This is too long (at most %1 characters).").arg(MaxNameLength);
    case CustomerFieldError::ReadingMissing:
        return tr("Enter the reading of the name in kana.");
    case CustomerFieldError::ReadingNotKana:
        return tr("Write the reading in kana only (e.g. サトウ ケンイチ).");
    case CustomerFieldError::PhoneNotANumber:
        return tr("A phone number has only digits and hyphens.");
    case CustomerFieldError::PhoneWrongLength:
        return tr("A phone number has 10 or 11 digits, starting with 0 (e.g. 03-1234-5678).");
    case CustomerFieldError::TextTooLong:
        return tr("This is too long (at most %1 characters).").arg(MaxTextLength);
    case CustomerFieldError::AlreadyRegistered:
        return tr("This customer is already one of yours. Open it from My customers instead.");
    }
    return {};
}

} // namespace kakunin
