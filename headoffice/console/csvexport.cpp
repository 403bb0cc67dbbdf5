#include "csvexport.h"

#include "contractview.h"

#include <core/domain/eventcatalog.h>
#include <core/domain/lifecycle.h>
#include <core/projection.h>

#include <QDateTime>
#include <QHash>

#include <algorithm>

namespace kakunin::hq::console {

namespace {

const QByteArray Bom("\xEF\xBB\xBF");

QString text(const Event &e, const char *key)
{
    return e.payload.value(QLatin1String(key)).toString();
}

QString flag(bool b)
{
    return b ? QStringLiteral("1") : QStringLiteral("0");
}

QString integer(qint64 v)
{
    return QString::number(v);
}

QHash<QString, QString> namesOf(const QList<UserInfo> &users)
{
    QHash<QString, QString> names;
    for (const UserInfo &u : users)
        names.insert(u.id, u.name);
    return names;
}

QByteArray document(const QStringList &columns, const QList<QStringList> &rows)
{
    QByteArray out = Bom;
    QStringList header;
    for (const QString &c : columns)
        header.append(csvField(c));
    out += csvLine(header);
    for (const QStringList &r : rows)
        out += csvLine(r);
    return out;
}

} // namespace

CsvRange csvRangeOfDays(const QDate &from, const QDate &to, const QTimeZone &zone)
{
    return CsvRange {QDateTime(from, QTime(0, 0), zone).toMSecsSinceEpoch(),
        QDateTime(to, QTime(0, 0), zone).toMSecsSinceEpoch(), zone};
}

const QStringList &contractCsvColumns()
{
    static const QStringList columns {QStringLiteral("contract_id"), QStringLiteral("customer_id"),
        QStringLiteral("customer_name"), QStringLiteral("business"), QStringLiteral("sales_rep"),
        QStringLiteral("sales_rep_name"), QStringLiteral("installer"), QStringLiteral("installer_name"),
        QStringLiteral("product"), QStringLiteral("pack_id"), QStringLiteral("pack_version"), QStringLiteral("stage"),
        QStringLiteral("status"), QStringLiteral("on_hold"), QStringLiteral("hold_stage"), QStringLiteral("disputed"),
        QStringLiteral("cancellation"), QStringLiteral("opened_at"), QStringLiteral("contracted_at"),
        QStringLiteral("cooling_off_deadline"), QStringLiteral("delivered_at"), QStringLiteral("lecture_minutes"),
        QStringLiteral("lecture_minimum_minutes"), QStringLiteral("trial_started_at"),
        QStringLiteral("usage_confirmed_at"), QStringLiteral("started_at"), QStringLiteral("cancelled_at"),
        QStringLiteral("credit_cancelled_at"), QStringLiteral("c1_clean"), QStringLiteral("c2_clean"),
        QStringLiteral("c3_clean"), QStringLiteral("call_attempts"), QStringLiteral("holds"),
        QStringLiteral("rejected_events")};
    return columns;
}

const QStringList &callCsvColumns()
{
    static const QStringList columns {QStringLiteral("contract_id"), QStringLiteral("customer_id"),
        QStringLiteral("customer_name"), QStringLiteral("stage"), QStringLiteral("at"), QStringLiteral("caller"),
        QStringLiteral("caller_name"), QStringLiteral("reached"), QStringLiteral("guarantee_mentioned"),
        QStringLiteral("conduct_ok"), QStringLiteral("lecture_ok"), QStringLiteral("product_used"),
        QStringLiteral("hold"), QStringLiteral("note"), QStringLiteral("rule_code"), QStringLiteral("event_id")};
    return columns;
}

QString csvField(const QString &value, bool freeText)
{
    QString v = value;
    // Spreadsheet formula injection: text a user typed never starts a formula.
    if (freeText && !v.isEmpty()) {
        const QChar first = v.front();
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
            || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
            v.prepend(QLatin1Char('\''));
    }
    const bool quote = v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n'))
        || v.contains(QLatin1Char('\r'));
    if (!quote)
        return v;
    v.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + v + QLatin1Char('"');
}

QByteArray csvLine(const QStringList &fields)
{
    return (fields.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8();
}

QString csvTime(qint64 utcMs, const QTimeZone &zone)
{
    if (utcMs <= 0)
        return QString();
    return QDateTime::fromMSecsSinceEpoch(utcMs, zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QByteArray contractsCsv(const QList<StoredEvent> &events, const QList<UserInfo> &users, const CsvRange &range)
{
    ProjectionBook book;
    QHash<QString, qint64> openedAt;
    for (const StoredEvent &s : events) {
        book.apply(s.event);
        if (s.event.type == EventType::MattersOpened && !openedAt.contains(s.event.aggregate))
            openedAt.insert(s.event.aggregate, s.event.at);
    }
    const QHash<QString, QString> names = namesOf(users);
    struct Row {
        qint64 date;
        QString id;
        QStringList fields;
    };
    QList<Row> rows;
    const auto &all = book.aggregates();
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        if (it->kind != QLatin1String("contract"))
            continue;
        const ContractState s = ContractState::fromJson(it->state);
        if (s.stage == ContractStage::None)
            continue; // every event of it was refused: no contract came to be
        const qint64 date = s.contractedAt > 0 ? s.contractedAt : openedAt.value(it.key());
        if (!range.contains(date))
            continue;
        const QJsonObject customer = book.aggregate(s.customerId).state;
        const QTimeZone &z = range.zone;
        QStringList f {csvField(it.key()), csvField(s.customerId),
            csvField(customer.value(QStringLiteral("name")).toString(), true),
            csvField(customer.value(QStringLiteral("business")).toString(), true), csvField(s.salesRep),
            csvField(names.value(s.salesRep), true), csvField(s.installer), csvField(names.value(s.installer), true),
            csvField(s.productCode), csvField(s.packId), csvField(s.packVersion), contractStageName(s.stage),
            s.status(), flag(s.onHold), s.holdStage, flag(s.disputed), cancellationKindName(s.cancellation),
            csvTime(openedAt.value(it.key()), z), csvTime(s.contractedAt, z), csvTime(s.coolingOffDeadline(), z),
            csvTime(s.deliveredAt, z), s.lectureMet ? integer(s.lectureRunningMs / MsPerMinute) : QString(),
            s.lectureMinimumMinutes > 0 ? integer(s.lectureMinimumMinutes) : QString(), csvTime(s.trialStartedAt, z),
            csvTime(s.usageConfirmedAt, z), csvTime(s.startedAt, z), csvTime(s.cancelledAt, z),
            csvTime(s.creditCancelledAt, z), flag(s.c1Clean), flag(s.c2Clean), flag(s.c3Clean), integer(s.callAttempts),
            integer(s.holds), integer(s.rejected)};
        rows.append(Row {date, it.key(), f});
    }
    std::sort(rows.begin(), rows.end(),
        [](const Row &a, const Row &b) { return a.date != b.date ? a.date < b.date : a.id < b.id; });
    QList<QStringList> out;
    for (const Row &r : std::as_const(rows))
        out.append(r.fields);
    return document(contractCsvColumns(), out);
}

QByteArray callsCsv(const QList<StoredEvent> &events, const QList<UserInfo> &users, const CsvRange &range)
{
    const QHash<QString, QString> names = namesOf(users);
    ProjectionBook book;
    QList<QStringList> rows;
    for (const StoredEvent &s : events) {
        const Event &e = s.event;
        if (e.type != EventType::CallRecorded) {
            book.apply(e);
            continue;
        }
        // Did this call put the contract on hold? The rules say, by the hold count before and after it.
        const int holdsBefore = ContractState::fromJson(book.aggregate(e.aggregate).state).holds;
        book.apply(e);
        const ContractState after = ContractState::fromJson(book.aggregate(e.aggregate).state);
        if (!range.contains(e.at))
            continue;
        const QJsonObject customer = book.aggregate(after.customerId).state;
        auto answer = [&](const char *key) { return integer(e.payload.value(QLatin1String(key)).toInteger()); };
        rows.append(QStringList {csvField(e.aggregate), csvField(after.customerId),
            csvField(customer.value(QStringLiteral("name")).toString(), true), csvField(text(e, "stage")),
            csvTime(e.at, range.zone), csvField(e.actor), csvField(names.value(e.actor), true), answer("reached"),
            answer("guaranteeMentioned"), answer("conductOk"), answer("lectureOk"), answer("productUsed"),
            flag(after.holds > holdsBefore), csvField(text(e, "note"), true), csvField(s.ruleCode), csvField(e.id)});
    }
    return document(callCsvColumns(), rows);
}

QByteArray CsvExport::contracts(const CsvRange &range) const
{
    return contractsCsv(allStoredEvents(m_service), m_service.users(), range);
}

QByteArray CsvExport::calls(const CsvRange &range) const
{
    return callsCsv(allStoredEvents(m_service), m_service.users(), range);
}

} // namespace kakunin::hq::console
