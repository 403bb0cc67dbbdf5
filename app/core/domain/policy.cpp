#include "policy.h"

#include <QDateTime>
#include <QJsonValue>

namespace kakunin {
namespace {

QString timeOfDay(int minute)
{
    return QStringLiteral("%1:%2").arg(minute / 60, 2, 10, QLatin1Char('0')).arg(minute % 60, 2, 10, QLatin1Char('0'));
}

// Reads fields of one JSON object, remembering the first problem and which field caused it.
class Reader {
public:
    Reader(const QJsonObject &o, QString *badField, QString prefix = QString())
        : m_o(o), m_badField(badField), m_prefix(std::move(prefix))
    {
    }

    void integer(const char *key, int min, int max, int *out)
    {
        const QJsonValue v = take(key);
        if (v.isUndefined())
            return;
        if (!v.isDouble() || v.toDouble() != static_cast<double>(v.toInteger()))
            return fail(PolicyError::WrongType, key);
        const qint64 n = v.toInteger();
        if (n < min || n > max)
            return fail(PolicyError::OutOfRange, key);
        *out = static_cast<int>(n);
    }

    void string(const char *key, QString *out)
    {
        const QJsonValue v = take(key);
        if (v.isUndefined())
            return;
        if (!v.isString())
            return fail(PolicyError::WrongType, key);
        *out = v.toString();
    }

    void time(const char *key, int *minute)
    {
        QString text;
        string(key, &text);
        if (m_error != PolicyError::None)
            return;
        // Exactly "HH:MM", 00:00–24:00, so "9:00" or "09:00:00" are refused rather than guessed.
        const bool shape = text.size() == 5 && text.at(2) == QLatin1Char(':');
        bool okH = false, okM = false;
        const int h = shape ? QStringView(text).left(2).toInt(&okH) : -1;
        const int m = shape ? QStringView(text).mid(3).toInt(&okM) : -1;
        if (!shape || !okH || !okM || h < 0 || h > 24 || m < 0 || m > 59 || (h == 24 && m != 0) || !text.at(0).isDigit()
            || !text.at(3).isDigit())
            return fail(PolicyError::BadTimeOfDay, key);
        *minute = h * 60 + m;
    }

    QJsonObject object(const char *key)
    {
        const QJsonValue v = take(key);
        if (v.isUndefined())
            return {};
        if (!v.isObject())
            fail(PolicyError::WrongType, key);
        return v.toObject();
    }

    // Everything left over was not read: unknown.
    void finish()
    {
        if (m_error == PolicyError::None && !m_o.isEmpty())
            fail(PolicyError::UnknownField, m_o.begin().key());
    }

    void fail(PolicyError e, const QString &key)
    {
        if (m_error != PolicyError::None)
            return;
        m_error = e;
        if (m_badField)
            *m_badField = m_prefix + key;
    }
    void fail(PolicyError e, const char *key) { fail(e, QString::fromLatin1(key)); }
    PolicyError error() const { return m_error; }

private:
    QJsonValue take(const char *key)
    {
        const QString k = QString::fromLatin1(key);
        if (m_error != PolicyError::None)
            return QJsonValue(QJsonValue::Undefined);
        if (!m_o.contains(k)) {
            fail(PolicyError::MissingField, key);
            return QJsonValue(QJsonValue::Undefined);
        }
        return m_o.take(k);
    }

    QJsonObject m_o;
    QString *m_badField;
    QString m_prefix;
    PolicyError m_error = PolicyError::None;
};

constexpr int MaxMinutes = 24 * 60;
constexpr int MaxDays = 3650;

QJsonObject productJson(const ProductPolicy &p)
{
    return QJsonObject {
        {QStringLiteral("lectureMinimumMinutes"), p.lectureMinimumMinutes}, {QStringLiteral("trialDays"), p.trialDays}};
}

void readProduct(Reader &r, ProductPolicy *p)
{
    r.integer("lectureMinimumMinutes", 1, MaxMinutes, &p->lectureMinimumMinutes);
    r.integer("trialDays", 1, MaxDays, &p->trialDays);
    r.finish();
}

} // namespace

QJsonObject Policy::toJson() const
{
    QJsonObject productsJson;
    for (auto it = products.constBegin(); it != products.constEnd(); ++it)
        productsJson.insert(it.key(), productJson(it.value()));
    return QJsonObject {
        {QStringLiteral("schema"), SchemaVersion},
        {QStringLiteral("version"), version},
        {QStringLiteral("visitHoursStart"), timeOfDay(visitStartMinute)},
        {QStringLiteral("visitHoursEnd"), timeOfDay(visitEndMinute)},
        {QStringLiteral("maxVisitMinutes"), maxVisitMinutes},
        {QStringLiteral("visitWarnPercent"), visitWarnPercent},
        {QStringLiteral("declinedCooldownDays"), declinedCooldownDays},
        {QStringLiteral("elderlyAge"), elderlyAge},
        {QStringLiteral("productDefaults"), productJson(productDefaults)},
        {QStringLiteral("products"), productsJson},
        {QStringLiteral("coolingOffDays"), coolingOffDays},
        {QStringLiteral("lapsedUseDays"), lapsedUseDays},
        {QStringLiteral("disputeDays"), disputeDays},
        {QStringLiteral("maxClockSkewMinutes"), maxClockSkewMinutes},
        {QStringLiteral("autoLockMinutes"), autoLockMinutes},
        {QStringLiteral("timeZone"), timeZone},
    };
}

Result<Policy, PolicyError> Policy::fromJson(const QJsonObject &o, QString *badField)
{
    using R = Result<Policy, PolicyError>;
    Policy p;
    Reader r(o, badField);
    int schema = 0;
    r.integer("schema", 1, 1'000'000, &schema);
    if (r.error() == PolicyError::None && schema > SchemaVersion) {
        r.fail(PolicyError::UnsupportedSchema, "schema");
        return R::failure(r.error());
    }
    r.integer("version", 1, 1'000'000'000, &p.version);
    r.time("visitHoursStart", &p.visitStartMinute);
    r.time("visitHoursEnd", &p.visitEndMinute);
    r.integer("maxVisitMinutes", 1, MaxMinutes, &p.maxVisitMinutes);
    r.integer("visitWarnPercent", 1, 99, &p.visitWarnPercent);
    r.integer("declinedCooldownDays", 0, MaxDays, &p.declinedCooldownDays);
    r.integer("elderlyAge", 18, 150, &p.elderlyAge);
    const QJsonObject defaults = r.object("productDefaults");
    const QJsonObject productsJson = r.object("products");
    r.integer("coolingOffDays", 1, MaxDays, &p.coolingOffDays);
    r.integer("lapsedUseDays", 1, MaxDays, &p.lapsedUseDays);
    r.integer("disputeDays", 1, MaxDays, &p.disputeDays);
    r.integer("maxClockSkewMinutes", 0, MaxMinutes, &p.maxClockSkewMinutes);
    r.integer("autoLockMinutes", 1, MaxMinutes, &p.autoLockMinutes);
    r.string("timeZone", &p.timeZone);
    r.finish();
    if (r.error() != PolicyError::None)
        return R::failure(r.error());

    if (p.visitEndMinute <= p.visitStartMinute) {
        if (badField)
            *badField = QStringLiteral("visitHoursEnd");
        return R::failure(PolicyError::EmptyVisitHours);
    }
    if (!QTimeZone(p.timeZone.toUtf8()).isValid()) {
        if (badField)
            *badField = QStringLiteral("timeZone");
        return R::failure(PolicyError::UnknownTimeZone);
    }
    Reader d(defaults, badField, QStringLiteral("productDefaults."));
    readProduct(d, &p.productDefaults);
    if (d.error() != PolicyError::None)
        return R::failure(d.error());
    for (auto it = productsJson.constBegin(); it != productsJson.constEnd(); ++it) {
        if (it.key().trimmed().isEmpty()) {
            if (badField)
                *badField = QStringLiteral("products.");
            return R::failure(PolicyError::BadProductCode);
        }
        if (!it.value().isObject()) {
            if (badField)
                *badField = QStringLiteral("products.") + it.key();
            return R::failure(PolicyError::WrongType);
        }
        ProductPolicy pp;
        Reader pr(it.value().toObject(), badField, QStringLiteral("products.%1.").arg(it.key()));
        readProduct(pr, &pp);
        if (pr.error() != PolicyError::None)
            return R::failure(pr.error());
        p.products.insert(it.key(), pp);
    }
    return p;
}

QDate localDate(const QTimeZone &zone, qint64 utcMs)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, zone).date();
}

int localMinuteOfDay(const QTimeZone &zone, qint64 utcMs)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, zone).time().msecsSinceStartOfDay() / 60'000;
}

const char *policyErrorName(PolicyError e)
{
    switch (e) {
    case PolicyError::None:
        return "None";
    case PolicyError::MissingField:
        return "MissingField";
    case PolicyError::UnknownField:
        return "UnknownField";
    case PolicyError::WrongType:
        return "WrongType";
    case PolicyError::OutOfRange:
        return "OutOfRange";
    case PolicyError::BadTimeOfDay:
        return "BadTimeOfDay";
    case PolicyError::EmptyVisitHours:
        return "EmptyVisitHours";
    case PolicyError::UnknownTimeZone:
        return "UnknownTimeZone";
    case PolicyError::BadProductCode:
        return "BadProductCode";
    case PolicyError::UnsupportedSchema:
        return "UnsupportedSchema";
    }
    return "?";
}

} // namespace kakunin
