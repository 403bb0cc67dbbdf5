#include "customercopy.h"

#include <core/content/contentpackloader.h>

#include <QDateTime>
#include <QTimeZone>

namespace kakunin::evidence {

SignerRole copySignerRole(Signer signer)
{
    switch (signer) {
    case Signer::Customer:
        return SignerRole::Customer;
    case Signer::Successor:
        return SignerRole::Successor;
    case Signer::Rep:
        return SignerRole::SalesRep;
    }
    return SignerRole::Customer;
}

QList<WalkthroughItem> walkthroughItems(const ContentPack &pack, const QList<MatterRecord> &records)
{
    QHash<QString, const MatterRecord *> byId;
    for (const MatterRecord &r : records)
        byId.insert(r.itemId, &r);
    QList<WalkthroughItem> items;
    items.reserve(pack.importantMatters.size());
    for (const ImportantMatter &m : pack.importantMatters) {
        WalkthroughItem item {m.id, m.title, std::nullopt, std::nullopt};
        if (const MatterRecord *r = byId.value(m.id)) {
            item.shownAtUtc = r->shownAtUtc;
            item.confirmedAtUtc = r->confirmedAtUtc;
        }
        items.append(item);
    }
    return items;
}

QList<DeliveryCategory> deliveryCategories(
    const ContentPack &pack, LectureLevel level, const QHash<QString, ItemTimes> &times)
{
    QList<DeliveryCategory> out;
    for (const LectureCategory &c : lectureCategories(pack, level)) {
        DeliveryCategory cat {c.id, c.feature, c.operation, {}};
        for (const LectureItem &i : c.items) {
            const ItemTimes t = times.value(i.id);
            cat.items.append({i.id, i.text, i.level == LectureLevel::Extended, t.taughtAtUtc, t.understoodAtUtc});
        }
        out.append(cat);
    }
    return out;
}

QString formatJapanTime(qint64 utcMs)
{
    // Japan has no daylight saving time; the fixed +09:00 zone stands in where no tz database is installed.
    static const QTimeZone tokyo = [] {
        QTimeZone z(QByteArrayLiteral("Asia/Tokyo"));
        return z.isValid() ? z : QTimeZone(9 * 3600);
    }();
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone::utc()).toTimeZone(tokyo);
    const int offset = t.offsetFromUtc();
    const QChar sign = offset < 0 ? QLatin1Char('-') : QLatin1Char('+');
    const int a = std::abs(offset);
    return t.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss "))
        + QStringLiteral("%1%2:%3")
              .arg(sign)
              .arg(a / 3600, 2, 10, QLatin1Char('0'))
              .arg(a % 3600 / 60, 2, 10, QLatin1Char('0'));
}

QString formatDuration(qint64 ms)
{
    const qint64 s = std::max<qint64>(ms, 0) / 1000;
    return QStringLiteral("%1:%2:%3")
        .arg(s / 3600)
        .arg(s % 3600 / 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace kakunin::evidence
