#pragma once

#include "core/result.h"

#include <QDate>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QTimeZone>

namespace kakunin {

// Numbers a product may override (D1 lecture minimum, D3 trial period).
struct ProductPolicy {
    int lectureMinimumMinutes = 180; // D1: 最低3時間
    int trialDays = 14; // D3: お試し期間
    bool operator==(const ProductPolicy &) const = default;
};

enum class PolicyError {
    None = 0,
    MissingField, // a field of the schema is absent
    UnknownField, // a field the schema does not know (a typo must not silently fall back to a default)
    WrongType, // not an integer / not a string / not an object
    OutOfRange, // an integer outside its allowed range
    BadTimeOfDay, // not "HH:MM"
    EmptyVisitHours, // allowed visit hours end before they start
    UnknownTimeZone, // QTimeZone does not know the id
    BadProductCode, // empty product code in the overrides
    UnsupportedSchema, // a schema newer than this build
};

// Every *policy* number of DOMAIN.md with its default. Head office changes them and they travel to
// tablets with sync; rules read them from here and never from a literal.
struct Policy {
    static constexpr int SchemaVersion = 1;

    int version = 1; // head office's revision of the policy; recorded with screenings and contracts

    // S2 訪問の節度
    int visitStartMinute = 9 * 60; // allowed visit hours, minutes after local midnight
    int visitEndMinute = 18 * 60;
    int maxVisitMinutes = 120;
    int visitWarnPercent = 80;
    int declinedCooldownDays = 30;

    // P2 契約対象者のライン引き
    int elderlyAge = 70;

    // D1, D3 defaults when a product has no override
    ProductPolicy productDefaults;
    QMap<QString, ProductPolicy> products; // product code → override

    // P3, P5, P6
    int coolingOffDays = 8; // counted in calendar days in the company time zone, the contract day being day 1
    int lapsedUseDays = 30;
    int disputeDays = 30;

    // Evidence and device
    int maxClockSkewMinutes = 5; // server flags a device whose clock is off by more
    int autoLockMinutes = 5; // tablet locks after this idle time

    QString timeZone = QStringLiteral("Asia/Tokyo"); // the company's time zone for hours and deadlines

    bool operator==(const Policy &) const = default;

    ProductPolicy forProduct(const QString &productCode) const { return products.value(productCode, productDefaults); }
    int lectureMinimumMinutes(const QString &productCode) const
    {
        return forProduct(productCode).lectureMinimumMinutes;
    }
    int trialDays(const QString &productCode) const { return forProduct(productCode).trialDays; }
    QTimeZone zone() const { return QTimeZone(timeZone.toUtf8()); }

    // Integers and strings only, so it canonicalizes and hashes like any record.
    QJsonObject toJson() const;
    static Result<Policy, PolicyError> fromJson(const QJsonObject &o, QString *badField = nullptr);
};

// Calendar date and minute of day of a UTC instant in the company time zone.
QDate localDate(const QTimeZone &zone, qint64 utcMs);
int localMinuteOfDay(const QTimeZone &zone, qint64 utcMs);
inline QDate companyDate(const Policy &policy, qint64 utcMs)
{
    return localDate(policy.zone(), utcMs);
}
inline int companyMinuteOfDay(const Policy &policy, qint64 utcMs)
{
    return localMinuteOfDay(policy.zone(), utcMs);
}

inline constexpr qint64 MsPerMinute = 60'000;
inline constexpr qint64 MsPerDay = 86'400'000;

const char *policyErrorName(PolicyError e);

} // namespace kakunin
