#include "hqservice.h"

#include "schema.h"

#include <protocol/hqevents.h>

#include <core/canonicaljson.h>
#include <core/domain/lifecycle.h>
#include <core/ed25519.h>
#include <core/random.h>

#include <QHash>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <deque>
#include <exception>
#include <functional>
#include <future>
#include <thread>

namespace kakunin::hq {

using protocol::ApiError;
using protocol::ErrorCode;

namespace {

const QString Active = QStringLiteral("active");
const QString Revoked = QStringLiteral("revoked");
const QString WipeOrderedStatus = QStringLiteral("wipe_ordered");
const QString Wiped = QStringLiteral("wiped");
const QString ServerStatus = QStringLiteral("server");
const QString CustomerKind = QStringLiteral("customer");
const QString ContractKind = QStringLiteral("contract");

SqlValue I(qint64 v)
{
    return SqlValue(v);
}
SqlValue S(const QString &v)
{
    return SqlValue(v);
}
SqlValue B(const QByteArray &v)
{
    return SqlValue(v);
}

template <typename T> ApiResult<T> fail(ErrorCode code, const QString &message, const QString &field = QString())
{
    return ApiResult<T>::failure(ApiError::make(code, message, field));
}
template <typename T> ApiResult<T> fail(const ApiError &e)
{
    return ApiResult<T>::failure(e);
}

std::optional<Role> roleFromName(const QString &name)
{
    for (Role r : {Role::SalesRep, Role::Installer, Role::HeadOffice})
        if (roleName(r) == name)
            return r;
    return std::nullopt;
}

QString tokenHash(const QString &token)
{
    return sha256Hex(token.toUtf8());
}

QString makeToken()
{
    return QStringLiteral("kq1.")
        + QString::fromLatin1(
            systemRandom().bytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString makeCode()
{
    static const char Alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford base32
    const QByteArray bytes = systemRandom().bytes(protocol::EnrollmentCodeLength);
    QString code;
    for (int i = 0; i < bytes.size(); ++i) {
        if (i > 0 && i % 4 == 0)
            code.append(QLatin1Char('-'));
        code.append(QLatin1Char(Alphabet[static_cast<unsigned char>(bytes[i]) % 32]));
    }
    return code;
}

QString canonicalText(const QJsonObject &o)
{
    const auto c = cjson::canonicalize(o);
    return c ? QString::fromUtf8(c.value()) : QString();
}

QJsonObject parseObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

// Columns of a stored event, in the order readStored() reads them.
#define KAKUNIN_EVENT_COLS                                                                                             \
    "e.pos, e.id, e.device, e.seq, e.at, e.mono, e.boot, e.actor, e.type, e.aggregate, e.payload, e.prev, e.hash, "    \
    "e.sig, e.received_at, e.rule_code"

StoredEvent readStored(const SqlRow &r, size_t o = 0)
{
    StoredEvent s;
    s.pos = r.integer(o + 0);
    Event &e = s.event;
    e.id = r.text(o + 1);
    e.device = r.text(o + 2);
    e.seq = r.integer(o + 3);
    e.at = r.integer(o + 4);
    e.mono = r.integer(o + 5);
    e.boot = r.text(o + 6);
    e.actor = r.text(o + 7);
    e.type = r.text(o + 8);
    e.aggregate = r.text(o + 9);
    e.payload = parseObject(r.text(o + 10));
    e.prev = r.text(o + 11);
    e.hash = r.text(o + 12);
    e.signature = r.bytes(o + 13);
    s.receivedAt = r.integer(o + 14);
    s.ruleCode = r.text(o + 15);
    return s;
}

QByteArray placeholders(qsizetype n)
{
    QByteArray q;
    for (qsizetype i = 0; i < n; ++i)
        q += i == 0 ? "?" : ",?";
    return q;
}

DeviceInfo readDevice(const SqlRow &r)
{
    DeviceInfo d;
    d.id = r.text(0);
    d.userId = r.text(1);
    d.name = r.text(2);
    d.status = r.text(3);
    d.headSeq = r.integer(4);
    d.headHash = r.text(5);
    d.enrolledAt = r.integer(6);
    d.lastPushAt = r.integer(7);
    d.clockSkewMs = r.integer(8);
    d.tokenExpiresAt = r.integer(9);
    d.publicKey = r.bytes(10);
    d.wipeOrderedAt = r.integer(11);
    return d;
}

constexpr const char *DeviceCols = "id, user_id, name, status, head_seq, head_hash, enrolled_at, last_push_at, "
                                   "clock_skew_ms, token_expires_at, public_key, wipe_ordered_at";

std::optional<DeviceInfo> loadDevice(Connection &c, const QString &id)
{
    const QByteArray sql = QByteArray("SELECT ") + DeviceCols + " FROM devices WHERE id = ?";
    const SqlRows rows = c.query(sql.constData(), {S(id)});
    if (rows.empty())
        return std::nullopt;
    return readDevice(rows.front());
}

Policy policyFrom(Connection &c)
{
    const SqlRows rows = c.query("SELECT payload FROM events WHERE type = 'policy.updated' ORDER BY pos DESC LIMIT 1");
    if (rows.empty())
        return Policy();
    auto p = Policy::fromJson(parseObject(rows.front().text(0)).value(QStringLiteral("policy")).toObject());
    return p ? p.value() : Policy();
}

// What the write path knows about one aggregate.
struct AggInfo {
    bool exists = false; // stored, or created earlier in this transaction
    bool stored = false; // a row exists in the aggregates table
    QString kind;
    QString customerId; // the customer group it belongs to (itself for customers and standalone aggregates)
    QString owner; // the sales rep who registered the customer / opened the contract
};

// Who writes: a device's user (checked against what they may write) or head office.
struct Writer {
    QString userId;
    Role role = Role::SalesRep;
    bool headOffice = false;
    QString device;
};

// Rows for one table, buffered and written together (Connection::insertRows: COPY on PostgreSQL, multi-row
// INSERTs on the embedded store): a push of 500 events costs a few statements, not thousands of round trips.
class RowBuffer {
public:
    RowBuffer(const char *table, std::vector<const char *> columns) : m_table(table), m_columns(std::move(columns)) { }
    void add(SqlParams row) { m_rows.push_back(std::move(row)); }
    void flush(Connection &c)
    {
        if (!m_rows.empty())
            c.insertRows(m_table, m_columns, m_rows);
        m_rows.clear();
    }

private:
    const char *m_table;
    std::vector<const char *> m_columns;
    std::vector<SqlParams> m_rows;
};

// Runs `f(sqlPlaceholders, params)` for the ids in chunks that fit one statement.
template <typename F> void inChunks(const QStringList &ids, F &&f)
{
    for (qsizetype from = 0; from < ids.size(); from += 400) {
        const QStringList part = ids.mid(from, 400);
        SqlParams params;
        for (const QString &id : part)
            params.push_back(S(id));
        f(placeholders(part.size()), params);
    }
}

// Many rows of one table changed in one statement per 100 rows — UPDATE t SET col = CASE key WHEN ? THEN ? … END, …
// WHERE key IN (…) — because each statement is a round trip under the write lock (SQLite takes at most 999
// parameters). `columns`: each column with its value's placeholder ("?" or "CAST(? AS BIGINT)"); each row: its key
// and one value per column.
struct RowUpdate {
    QString key;
    SqlParams values;
};
void updateRows(Connection &c, const char *table, const char *key,
    const std::vector<std::pair<const char *, const char *>> &columns, const std::vector<RowUpdate> &rows)
{
    for (size_t from = 0; from < rows.size(); from += 100) {
        const size_t to = std::min(rows.size(), from + 100);
        QByteArray sql = QByteArray("UPDATE ") + table + " SET ";
        SqlParams params;
        for (size_t col = 0; col < columns.size(); ++col) {
            sql += QByteArray(col == 0 ? "" : ", ") + columns[col].first + " = CASE " + key;
            for (size_t r = from; r < to; ++r) {
                sql += QByteArray(" WHEN ? THEN ") + columns[col].second;
                params.push_back(S(rows[r].key));
                params.push_back(rows[r].values.at(col));
            }
            sql += " END";
        }
        sql += QByteArray(" WHERE ") + key + " IN (" + placeholders(static_cast<qsizetype>(to - from)) + ")";
        for (size_t r = from; r < to; ++r)
            params.push_back(S(rows[r].key));
        c.exec(sql.constData(), params);
    }
}

// One write transaction: counters, aggregate facts, visibility and the projection book, kept in memory and
// written back at the end. Everything it writes goes through the caller's open transaction.
class WriteBatch {
public:
    WriteBatch(Connection &c, qint64 now) : m_c(&c), m_now(now)
    {
        for (const SqlRow &r : c.query("SELECT name, value FROM counters"))
            m_counters.insert(r.text(0), r.integer(1));
        m_countersRead = m_counters;
    }

    qint64 next(const QString &counter) { return ++m_counters[counter]; }
    // The counters as read again under the write lock (the batch was filled before it).
    void setCounters(const QHash<QString, qint64> &counters)
    {
        m_counters = counters;
        m_countersRead = counters;
    }

    AggInfo &agg(const QString &id)
    {
        auto it = m_aggs.find(id);
        if (it != m_aggs.end())
            return *it;
        load({id});
        return m_aggs[id];
    }

    const QStringList &holders(const QString &aggregate)
    {
        auto it = m_holders.find(aggregate);
        if (it != m_holders.end())
            return *it;
        load({aggregate});
        return m_holders[aggregate];
    }

    bool hasGrant(const QString &user, const QString &aggregate) { return holders(aggregate).contains(user); }

    // Returns true when the grant is new.
    bool grant(const QString &user, const QString &aggregate)
    {
        if (user.isEmpty() || hasGrant(user, aggregate))
            return false;
        // Buffered like the events: holders() answers from memory for every aggregate this batch has looked at.
        m_grants.add({S(user), S(aggregate), I(m_now)});
        m_holders[aggregate].append(user);
        return true;
    }

    const QStringList &pullingUsers()
    {
        if (!m_pulling) {
            QStringList users;
            for (const SqlRow &r :
                m_c->query("SELECT id FROM users WHERE role IN ('sales_rep', 'installer') ORDER BY id"))
                users.append(r.text(0));
            m_pulling = users;
        }
        return *m_pulling;
    }

    void feed(const QString &user, qint64 pos) { m_feed.add({I(next(QStringLiteral("feed"))), S(user), I(pos)}); }

    void flag(const Flag &f)
    {
        m_flags.add({I(next(QStringLiteral("flag"))), I(m_now), S(f.kind), S(f.code), S(f.device), S(f.userId),
            I(f.seq), S(f.eventId), S(f.aggregate), S(f.detail)});
    }

    // The customer group an event's rules depend on (ProjectionBook needs the customer and its contracts).
    QString groupOf(const Event &e)
    {
        const EventSpec *spec = eventSpec(e.type);
        if (spec && spec->aggregate == AggregateKind::Contract) {
            const AggInfo &a = agg(e.aggregate);
            if (a.exists && !a.customerId.isEmpty())
                return a.customerId;
            const QString customer = e.payload.value(QStringLiteral("customerId")).toString();
            return customer.isEmpty() ? e.aggregate : customer;
        }
        return e.aggregate;
    }

    // Loads what the new events touch in a few statements, then replays the stored history of every customer
    // group they belong to, in the order head office stored it.
    void replay(const QList<Event> &events)
    {
        QStringList ids;
        for (const Event &e : events) {
            ids.append(e.aggregate);
            for (const char *key : {"customerId", "contractId"})
                if (const QString id = e.payload.value(QLatin1String(key)).toString(); !id.isEmpty())
                    ids.append(id);
        }
        ids.removeDuplicates();
        load(ids);
        QStringList groups;
        for (const Event &e : events)
            groups.append(groupOf(e));
        groups.removeDuplicates();
        QList<StoredEvent> history;
        inChunks(groups, [&](const QByteArray &marks, const SqlParams &params) {
            const QByteArray sql = "SELECT " KAKUNIN_EVENT_COLS " FROM events e WHERE e.aggregate IN "
                                   "(SELECT id FROM aggregates WHERE customer_id IN ("
                + marks + ")) ORDER BY e.pos";
            for (const SqlRow &r : m_c->query(sql.constData(), params))
                history.append(readStored(r));
        });
        std::sort(history.begin(), history.end(), [](const auto &a, const auto &b) { return a.pos < b.pos; });
        for (const StoredEvent &s : history)
            m_book.apply(s.event);
    }

    // P4: may this device user write this event? Facts created earlier in the batch count.
    ErrorCode authorize(const Event &e, const Writer &w)
    {
        const EventSpec *spec = eventSpec(e.type);
        if (!spec)
            return ErrorCode::EventInvalid;
        AggInfo &a = agg(e.aggregate);
        if (spec->aggregate == AggregateKind::Customer) {
            if (!a.exists)
                return e.type == EventType::CustomerRegistered ? ErrorCode::None : ErrorCode::AggregateForbidden;
            return a.kind == CustomerKind && hasGrant(w.userId, e.aggregate) ? ErrorCode::None
                                                                             : ErrorCode::AggregateForbidden;
        }
        if (spec->aggregate == AggregateKind::Contract) {
            if (!a.exists) {
                if (e.type != EventType::MattersOpened)
                    return ErrorCode::AggregateForbidden;
                const QString customer = e.payload.value(QStringLiteral("customerId")).toString();
                const AggInfo &c = agg(customer);
                return c.exists && c.kind == CustomerKind && hasGrant(w.userId, customer)
                    ? ErrorCode::None
                    : ErrorCode::AggregateForbidden;
            }
            return a.kind == ContractKind && hasGrant(w.userId, e.aggregate) ? ErrorCode::None
                                                                             : ErrorCode::AggregateForbidden;
        }
        return ErrorCode::AggregateForbidden; // policy: head office only
    }

    // Stores one event (already authorized): rules, row, aggregate facts, visibility, flags.
    // Returns the lifecycle error the rules answered (None when accepted).
    LifecycleError store(const Event &e, const Writer &w)
    {
        const QString group = groupOf(e);
        const auto code = static_cast<LifecycleError>(m_book.apply(e));
        const QString ruleCode = code == LifecycleError::None ? QString() : protocol::lifecycleCode(code);
        const qint64 pos = next(QStringLiteral("pos"));
        m_events.add({I(pos), S(e.id), S(e.device), I(e.seq), I(e.at), I(e.mono), S(e.boot), S(e.actor), S(e.type),
            S(e.aggregate), S(canonicalText(e.payload)), S(e.prev), S(e.hash), B(e.signature), I(m_now), S(ruleCode)});

        AggInfo &a = agg(e.aggregate);
        if (!a.exists) {
            a.exists = true;
            a.kind = m_book.aggregate(e.aggregate).kind;
            a.customerId = group;
        }
        if (a.owner.isEmpty() && !w.headOffice
            && (e.type == EventType::CustomerRegistered || e.type == EventType::MattersOpened))
            a.owner = w.userId;
        m_touched.insert(e.aggregate);
        m_lastPos[e.aggregate] = pos;

        // Visibility (P4): who pulls this aggregate from now on.
        if (!w.headOffice && e.type == EventType::CustomerRegistered)
            grant(w.userId, e.aggregate);
        if (e.type == EventType::MattersOpened) {
            if (!w.headOffice)
                grant(w.userId, e.aggregate);
            grant(agg(group).owner, e.aggregate);
        }
        if (e.type == protocol::ControlType::AssignmentRecorded) {
            const QString installer = e.payload.value(QStringLiteral("installer")).toString();
            const QString contract = e.payload.value(QStringLiteral("contractId")).toString();
            const QString customer = e.payload.value(QStringLiteral("customerId")).toString();
            QStringList fresh;
            for (const QString &x : {customer, contract})
                if (grant(installer, x))
                    fresh.append(x);
            backfill(installer, fresh);
            grant(installer, e.aggregate);
            grant(agg(customer).owner, e.aggregate);
        }
        const QStringList recipients = protocol::isBroadcastEvent(e.type) ? pullingUsers() : holders(e.aggregate);
        for (const QString &user : recipients)
            feed(user, pos);

        if (code != LifecycleError::None)
            flag(Flag {0, m_now, QStringLiteral("rule_refused"), ruleCode, e.device, w.userId, e.seq, e.id, e.aggregate,
                e.type});
        return code;
    }

    // Writes the buffered rows, the projections of every aggregate the batch touched, and the counters.
    void finish()
    {
        flushRows();
        RowBuffer fresh("aggregates", {"id", "kind", "customer_id", "owner", "state", "last_pos"});
        QStringList changed;
        for (const QString &id : std::as_const(m_touched)) {
            AggInfo &a = agg(id);
            if (a.stored) {
                changed.append(id);
                continue;
            }
            const AggregateState s = m_book.aggregate(id);
            fresh.add(
                {S(id), S(s.kind), S(a.customerId), S(a.owner), S(canonicalText(s.state)), I(m_lastPos.value(id))});
            a.stored = true;
        }
        fresh.flush(*m_c);
        updateAggregates(changed);
        m_touched.clear();
        writeCounters();
    }

    // Every flush writes rows into the transaction: a batch saved before it cannot be restored.
    int flushes() const { return m_flushes; }

    void feedUser(const QString &user, const QList<qint64> &positions)
    {
        for (qint64 p : positions)
            feed(user, p);
    }

private:
    // The counters that moved, in one statement (each statement is a round trip under the write lock).
    void writeCounters()
    {
        std::vector<RowUpdate> moved;
        for (auto it = m_counters.cbegin(); it != m_counters.cend(); ++it)
            if (!m_countersRead.contains(it.key()) || m_countersRead.value(it.key()) != it.value())
                moved.push_back({it.key(), {I(it.value())}});
        updateRows(*m_c, "counters", "name", {{"value", "CAST(? AS BIGINT)"}}, moved);
        m_countersRead = m_counters;
    }

    // The stored aggregates the batch changed.
    void updateAggregates(const QStringList &ids)
    {
        std::vector<RowUpdate> rows;
        for (const QString &id : ids)
            rows.push_back(
                {id, {S(canonicalText(m_book.aggregate(id).state)), S(agg(id).owner), I(m_lastPos.value(id))}});
        updateRows(*m_c, "aggregates", "id", {{"state", "?"}, {"owner", "?"}, {"last_pos", "CAST(? AS BIGINT)"}}, rows);
    }

    void flushRows()
    {
        ++m_flushes;
        m_events.flush(*m_c);
        m_grants.flush(*m_c);
        m_feed.flush(*m_c);
        m_flags.flush(*m_c);
    }

    // Aggregate facts and who sees them, for many ids at once; ids with no row are remembered as absent.
    void load(const QStringList &ids)
    {
        QStringList wanted;
        for (const QString &id : ids)
            if (!m_aggs.contains(id) || !m_holders.contains(id))
                wanted.append(id);
        inChunks(wanted, [&](const QByteArray &marks, const SqlParams &params) {
            const QByteArray aggSql = "SELECT id, kind, customer_id, owner FROM aggregates WHERE id IN (" + marks + ")";
            for (const SqlRow &r : m_c->query(aggSql.constData(), params)) {
                if (m_aggs.contains(r.text(0)))
                    continue;
                AggInfo a;
                a.exists = a.stored = true;
                a.kind = r.text(1);
                a.customerId = r.text(2);
                a.owner = r.text(3);
                m_aggs.insert(r.text(0), a);
            }
            const QByteArray grantSql = "SELECT aggregate, user_id FROM grants WHERE aggregate IN (" + marks + ")";
            QHash<QString, QStringList> found;
            for (const SqlRow &r : m_c->query(grantSql.constData(), params))
                found[r.text(0)].append(r.text(1));
            for (const SqlValue &v : params) {
                const QString &id = std::get<QString>(v);
                if (!m_holders.contains(id))
                    m_holders.insert(id, found.value(id));
                if (!m_aggs.contains(id))
                    m_aggs.insert(id, AggInfo {});
            }
        });
    }

    // Someone newly sees these aggregates: their past events first, in stored order.
    void backfill(const QString &user, const QStringList &aggregates)
    {
        flushRows(); // events of this batch count too
        QList<qint64> positions;
        for (const QString &x : aggregates)
            for (const SqlRow &r : m_c->query("SELECT pos FROM events WHERE aggregate = ? ORDER BY pos", {S(x)}))
                positions.append(r.integer(0));
        std::sort(positions.begin(), positions.end());
        feedUser(user, positions);
    }

    Connection *m_c; // a pointer, so that a batch can be saved and restored (push groups)
    int m_flushes = 0;
    qint64 m_now;
    QHash<QString, qint64> m_counters;
    QHash<QString, qint64> m_countersRead; // as stored: only counters that moved are written
    QHash<QString, AggInfo> m_aggs;
    QHash<QString, QStringList> m_holders;
    std::optional<QStringList> m_pulling;
    ProjectionBook m_book;
    QSet<QString> m_touched;
    QHash<QString, qint64> m_lastPos;
    RowBuffer m_events {"events",
        {"pos", "id", "device", "seq", "at", "mono", "boot", "actor", "type", "aggregate", "payload", "prev", "hash",
            "sig", "received_at", "rule_code"}};
    RowBuffer m_grants {"grants", {"user_id", "aggregate", "granted_at"}};
    RowBuffer m_feed {"feed", {"fid", "user_id", "pos"}};
    RowBuffer m_flags {
        "flags", {"id", "at", "kind", "code", "device", "user_id", "seq", "event_id", "aggregate", "detail"}};
};

// Databases store text without U+0000 (PostgreSQL refuses it); no record needs it. Payloads are stored as
// canonical JSON, where it is escaped, so only the envelope's strings are checked.
const char *nulMember(const Event &e)
{
    const std::pair<const char *, const QString *> members[] = {{"id", &e.id}, {"device", &e.device}, {"boot", &e.boot},
        {"actor", &e.actor}, {"type", &e.type}, {"aggregate", &e.aggregate}, {"prev", &e.prev}, {"hash", &e.hash}};
    for (const auto &[name, value] : members)
        if (value->contains(QChar(0)))
            return name;
    return nullptr;
}

bool hasNul(const QString &s)
{
    return s.contains(QChar(0));
}

ApiError batchError(ErrorCode code, const QString &message, qint64 seq, qint64 storedUpTo,
    const QString &field = QString(), const QString &detail = QString())
{
    ApiError e = ApiError::make(code, message, field);
    e.seq = seq;
    e.storedUpTo = storedUpTo;
    e.detail = detail;
    return e;
}

// A push that passed the checks needing no lock, waiting to be stored.
struct PushJob {
    const DeviceAuth &auth;
    const protocol::PushRequest &req;
    std::optional<ApiResult<protocol::PushResponse>> result;
    std::exception_ptr error; // thrown while storing it: rethrown on the push's own thread
    bool done = false;
};

// The pushes of this process that arrive while another is being stored share the next write transaction: the
// write lock, which every push of every process takes in turn, is then taken once for the group instead of once
// per push (a burst of tablets after an outage otherwise queues on it one push at a time). Whoever finds no group
// reading takes every waiting push, at most one per device (a device's pushes continue each other's chains).
class PushQueue {
public:
    static constexpr size_t MaxJobs = 64;
    static constexpr qsizetype MaxEvents = 2000;

    // `store(group, writeTurn)` reads what the group needs, calls writeTurn() before it takes the write lock, then
    // writes. Two groups overlap: one reads while the one before it holds the write lock.
    template <typename Store> ApiResult<protocol::PushResponse> submit(PushJob &job, Store &&store)
    {
        std::unique_lock lock(m_mutex);
        m_waiting.push_back(&job);
        while (!job.done) {
            if (m_reading || m_waiting.empty()) { // nothing to read for: this job is in a group being written
                m_cv.wait(lock);
                continue;
            }
            m_reading = true;
            const std::vector<PushJob *> group = take();
            lock.unlock();
            bool writing = false;
            const std::function<void()> writeTurn = [&] {
                if (writing)
                    return;
                std::unique_lock turn(m_mutex);
                m_cv.wait(turn, [this] { return !m_writing; });
                m_writing = writing = true;
                m_reading = false; // the next group may read now
                m_cv.notify_all();
            };
            store(group, writeTurn); // never throws: every job gets a result or an error
            lock.lock();
            (writing ? m_writing : m_reading) = false;
            for (PushJob *j : group)
                j->done = true;
            m_cv.notify_all();
        }
        lock.unlock();
        if (job.error)
            std::rethrow_exception(job.error);
        return std::move(*job.result);
    }

    size_t waiting() const
    {
        std::lock_guard lock(m_mutex);
        return m_waiting.size();
    }

private:
    std::vector<PushJob *> take()
    {
        std::vector<PushJob *> group;
        QSet<QString> devices;
        qsizetype events = 0;
        for (auto it = m_waiting.begin(); it != m_waiting.end() && group.size() < MaxJobs;) {
            PushJob *j = *it;
            const qsizetype n = j->req.events.size();
            if (devices.contains(j->auth.deviceId) || (!group.empty() && events + n > MaxEvents)) {
                ++it;
                continue;
            }
            devices.insert(j->auth.deviceId);
            events += n;
            group.push_back(j);
            it = m_waiting.erase(it);
        }
        return group;
    }

    mutable std::mutex m_mutex;
    std::condition_variable m_cv;
    std::deque<PushJob *> m_waiting;
    bool m_reading = false; // a group is reading before the write lock
    bool m_writing = false; // a group holds (or waits for) the write lock
};

// Pushes of one device in this process at the same time (a tablet sends its next batch while head office
// stores the one before): each waits until those that continue the chain before it are done, so they reach the
// store in seq order instead of the later one being refused with seq_gap.
class DeviceOrder {
public:
    class Turn {
    public:
        Turn(DeviceOrder &order, const QString &device, qint64 firstSeq)
            : m_order(order), m_device(device), m_first(firstSeq)
        {
            std::lock_guard lock(m_order.m_mutex);
            m_order.m_inFlight.insert(m_device, m_first);
        }
        ~Turn()
        {
            {
                std::lock_guard lock(m_order.m_mutex);
                m_order.m_inFlight.remove(m_device, m_first); // and any copy of it sent again: those wait for nothing
            }
            m_order.m_cv.notify_all();
        }
        Turn(const Turn &) = delete;
        Turn &operator=(const Turn &) = delete;

        // Bounded, so that a stuck predecessor only turns this push into the seq_gap answer it would have had.
        void await()
        {
            std::unique_lock lock(m_order.m_mutex);
            ++m_order.m_awaiting;
            m_order.m_cv.wait_for(lock, std::chrono::seconds(protocol::limits::ReadTimeoutSeconds), [this] {
                const QList<qint64> firsts = m_order.m_inFlight.values(m_device);
                return std::none_of(firsts.begin(), firsts.end(), [this](qint64 f) { return f < m_first; });
            });
            --m_order.m_awaiting;
        }

    private:
        DeviceOrder &m_order;
        QString m_device;
        qint64 m_first;
    };

    size_t awaiting() const
    {
        std::lock_guard lock(m_mutex);
        return m_awaiting;
    }

private:
    mutable std::mutex m_mutex;
    std::condition_variable m_cv;
    QMultiHash<QString, qint64> m_inFlight; // device → first seq of each of its pushes in this process
    size_t m_awaiting = 0;
};

QHash<QString, DeviceInfo> loadDevices(Connection &c, const QStringList &ids)
{
    QHash<QString, DeviceInfo> out;
    inChunks(ids, [&](const QByteArray &marks, const SqlParams &params) {
        const QByteArray sql = QByteArray("SELECT ") + DeviceCols + " FROM devices WHERE id IN (" + marks + ")";
        for (const SqlRow &r : c.query(sql.constData(), params))
            out.insert(r.text(0), readDevice(r));
    });
    return out;
}

// Where a push leaves its device's chain.
struct DeviceHead {
    QString device;
    qint64 seq = 0;
    QString hash;
    qint64 clockSkewMs = 0;
};

// The heads of the devices a write transaction stored for, in one statement.
void updateDeviceHeads(Connection &c, const std::vector<DeviceHead> &heads, qint64 now)
{
    std::vector<RowUpdate> rows;
    for (const DeviceHead &h : heads)
        rows.push_back({h.device, {I(h.seq), S(h.hash), I(now), I(h.clockSkewMs)}});
    updateRows(c, "devices", "id",
        {{"head_seq", "CAST(? AS BIGINT)"}, {"head_hash", "?"}, {"last_push_at", "CAST(? AS BIGINT)"},
            {"clock_skew_ms", "CAST(? AS BIGINT)"}},
        rows);
}

} // namespace

struct HqService::Private {
    Private(std::shared_ptr<Database> db, const Clock &c, HqOptions o)
        : clock(c), options(o), pool(std::move(db), o.maxConnections)
    {
    }
    const Clock &clock;
    HqOptions options;
    ConnectionPool pool;
    protocol::ServerIdentity identity;
    QByteArray seed;

    protocol::DeviceStatus statusOf(const DeviceInfo &d, const QString &role) const
    {
        protocol::DeviceStatus s;
        s.deviceId = d.id;
        s.userId = d.userId;
        s.role = role;
        s.status = d.status;
        s.storedUpTo = d.headSeq;
        s.headHash = d.headHash;
        s.tokenExpiresAt = d.tokenExpiresAt;
        s.wipeOrderedAt = d.wipeOrderedAt;
        s.serverTime = clock.utcMs();
        return s;
    }

    void loadIdentity()
    {
        auto c = pool.acquire();
        Transaction t(*c, Transaction::Mode::Write);
        SqlRows rows = c->query("SELECT device_id, seed, public_key FROM server_identity WHERE id = 'hq'");
        if (rows.empty()) {
            const auto keys = ed25519::fromSeed(systemRandom().bytes(ed25519::SeedSize));
            const QString deviceId = QStringLiteral("hq-") + systemRandom().uuid();
            const qint64 now = clock.utcMs();
            c->exec(
                "INSERT INTO server_identity(id, device_id, seed, public_key, created_at) VALUES ('hq', ?, ?, ?, ?)",
                {S(deviceId), B(keys.seed), B(keys.publicKey), I(now)});
            c->exec("INSERT INTO devices(id, user_id, public_key, name, app_version, token_hash, token_expires_at, "
                    "status, enrolled_at, head_seq, head_hash, last_push_at, clock_skew_ms, wipe_ordered_at, "
                    "wiped_at, revoked_at) VALUES (?, '', ?, 'head office', '', '', 0, 'server', ?, 0, ?, 0, 0, 0, "
                    "0, 0)",
                {S(deviceId), B(keys.publicKey), I(now), S(GenesisHash)});
            rows = c->query("SELECT device_id, seed, public_key FROM server_identity WHERE id = 'hq'");
        }
        t.commit();
        identity.deviceId = rows.front().text(0);
        seed = rows.front().bytes(1);
        identity.publicKey = rows.front().bytes(2);
    }

    PushQueue pushes;
    DeviceOrder order;

    // Stores a group of pushes in one write transaction; when that cannot be (an id taken by another process
    // meanwhile, a refused push after rows were written), one transaction each. Never throws.
    void storeGroup(const std::vector<PushJob *> &group, const std::function<void()> &writeTurn)
    {
        if (options.beforeStoringPushes)
            options.beforeStoringPushes(group.size());
        if (group.size() > 1) {
            try {
                if (storeTogether(group, writeTurn))
                    return;
            } catch (const SqlError &e) {
                if (e.kind() == SqlError::Kind::Unavailable) {
                    for (PushJob *j : group)
                        j->error = std::current_exception();
                    return;
                }
            } catch (...) {
                for (PushJob *j : group)
                    j->error = std::current_exception();
                return;
            }
        }
        for (PushJob *j : group) {
            try {
                storeTogether({j}, writeTurn);
            } catch (...) {
                j->error = std::current_exception();
            }
        }
    }

    // What a group's pushes read before they write: their devices, the checks of each push against its device's
    // stored head, and a write batch with the history of every customer group they touch.
    struct PreparedGroup {
        Policy policy; // it only decides whether to flag a device's clock
        QHash<QString, DeviceInfo> devices;
        std::vector<std::optional<ApiResult<protocol::PushResponse>>> results; // set: refused
        std::vector<QList<Event>> fresh; // the events head office does not hold yet
        std::vector<qsizetype> firstNew;
        std::optional<WriteBatch> batch;
    };

    PreparedGroup prepare(Connection &c, const std::vector<PushJob *> &jobs, qint64 now)
    {
        using R = protocol::PushResponse;
        PreparedGroup p;
        QStringList ids;
        for (const PushJob *j : jobs)
            ids.append(j->auth.deviceId);
        p.devices = loadDevices(c, ids);
        p.policy = policyFrom(c);
        // Event ids stored already, with the event holding each (a stored id never changes hands): the same event
        // sent again is a duplicate, recognised below by seq and hash; an id another event holds refuses the push.
        QStringList eventIds;
        for (const PushJob *j : jobs)
            for (const Event &e : j->req.events)
                eventIds.append(e.id);
        QHash<QString, std::pair<QString, qint64>> held;
        inChunks(eventIds, [&](const QByteArray &marks, const SqlParams &params) {
            const QByteArray sql = "SELECT id, device, seq FROM events WHERE id IN (" + marks + ")";
            for (const SqlRow &r : c.query(sql.constData(), params))
                held.insert(r.text(0), {r.text(1), r.integer(2)});
        });
        p.results.resize(jobs.size());
        p.fresh.resize(jobs.size());
        p.firstNew.assign(jobs.size(), 0);
        QList<Event> all;
        for (size_t i = 0; i < jobs.size(); ++i) {
            const DeviceAuth &auth = jobs[i]->auth;
            const QList<Event> &events = jobs[i]->req.events;
            const auto dev = p.devices.constFind(auth.deviceId);
            if (dev == p.devices.cend() || dev->status != Active) {
                p.results[i]
                    = fail<R>(dev != p.devices.cend() && dev->status == WipeOrderedStatus ? ErrorCode::WipeOrdered
                                                                                          : ErrorCode::TokenRevoked,
                        QStringLiteral("the device may no longer push"));
                continue;
            }
            const qint64 head = dev->headSeq;
            const auto taken = std::find_if(events.begin(), events.end(), [&](const Event &e) {
                const auto h = held.constFind(e.id);
                return h != held.cend() && *h != std::pair(e.device, e.seq);
            });
            if (taken != events.end()) {
                p.results[i] = fail<R>(
                    batchError(ErrorCode::DuplicateEventId, QStringLiteral("event id %1 is taken").arg(taken->id),
                        taken->seq, head, QStringLiteral("events[%1].id").arg(taken - events.begin())));
                continue;
            }
            qsizetype &n = p.firstNew[i];
            // Events head office already holds must be the very same events: then they are duplicates.
            if (events.first().seq <= head) {
                const qint64 upTo = std::min(head, events.last().seq);
                QHash<qint64, QString> stored;
                for (const SqlRow &r :
                    c.query("SELECT seq, hash FROM events WHERE device = ? AND seq >= ? AND seq <= ?",
                        {S(auth.deviceId), I(events.first().seq), I(upTo)}))
                    stored.insert(r.integer(0), r.text(1));
                while (n < events.size() && events[n].seq <= head && stored.value(events[n].seq) == events[n].hash)
                    ++n;
                if (n < events.size() && events[n].seq <= head) {
                    p.results[i] = fail<R>(batchError(ErrorCode::SeqConflict,
                        QStringLiteral("seq %1 is stored with another event").arg(events[n].seq), events[n].seq, head,
                        QStringLiteral("events[%1]").arg(n)));
                    continue;
                }
            }
            const QList<Event> mine = events.mid(n);
            if (!mine.isEmpty()) {
                const Event &first = mine.first();
                if (first.seq != head + 1) {
                    p.results[i] = fail<R>(batchError(ErrorCode::SeqGap,
                        QStringLiteral("expected seq %1, got %2").arg(head + 1).arg(first.seq), first.seq, head,
                        QStringLiteral("events[%1].seq").arg(n)));
                    continue;
                }
                if (first.prev != dev->headHash) {
                    p.results[i] = fail<R>(
                        batchError(ErrorCode::ChainBroken, QStringLiteral("prev does not link to the stored head"),
                            first.seq, head, QStringLiteral("events[%1].prev").arg(n)));
                    continue;
                }
            }
            p.fresh[i] = mine;
            all += mine;
        }
        p.batch.emplace(c, now);
        if (!all.isEmpty())
            p.batch->replay(all); // every customer group of the group's pushes, each once
        return p;
    }

    // What prepare() read depends on, as rows to compare (aggregate positions of every customer group the pushes
    // touch, grant counts, device heads), and the counters. Read in one statement: under the write lock it is one
    // round trip, and when nothing differs from the same read before the lock, what was read then is current.
    static std::pair<QStringList, QHash<QString, qint64>> readFingerprint(
        Connection &c, const std::vector<PushJob *> &jobs)
    {
        QStringList ids, devices;
        for (const PushJob *j : jobs) {
            devices.append(j->auth.deviceId);
            for (const Event &e : j->req.events) {
                ids.append(e.aggregate);
                for (const char *key : {"customerId", "contractId"})
                    if (const QString id = e.payload.value(QLatin1String(key)).toString(); !id.isEmpty())
                        ids.append(id);
            }
        }
        ids.removeDuplicates();
        const QByteArray in = placeholders(ids.size());
        // The aggregates as three index lookups joined by UNION, not one WHERE with OR: with ORs across columns and
        // a subquery the planner scans the whole table, on every push, twice.
        const QByteArray sql = "SELECT * FROM (SELECT 'a', id, CAST(last_pos AS TEXT) FROM aggregates WHERE id IN ("
            + in + ") UNION SELECT 'a', id, CAST(last_pos AS TEXT) FROM aggregates WHERE customer_id IN (" + in
            + ") UNION SELECT 'a', m.id, CAST(m.last_pos AS TEXT) FROM aggregates o JOIN aggregates m ON "
              "m.customer_id = o.customer_id WHERE o.id IN ("
            + in + ")) a UNION ALL SELECT 'g', aggregate, CAST(COUNT(*) AS TEXT) FROM grants WHERE aggregate IN (" + in
            + ") GROUP BY aggregate UNION ALL SELECT 'd', id, status || ' ' || CAST(head_seq AS TEXT) || ' ' || "
              "head_hash FROM devices WHERE id IN ("
            + placeholders(devices.size()) + ") UNION ALL SELECT 'c', name, CAST(value AS TEXT) FROM counters";
        SqlParams params;
        for (int k = 0; k < 4; ++k)
            for (const QString &id : std::as_const(ids))
                params.push_back(S(id));
        for (const QString &id : std::as_const(devices))
            params.push_back(S(id));
        QStringList rows;
        QHash<QString, qint64> counters;
        for (const SqlRow &r : c.query(sql.constData(), params)) {
            if (r.text(0) == QLatin1String("c"))
                counters.insert(r.text(1), r.text(2).toLongLong());
            else
                rows.append(r.text(0) + QLatin1Char(' ') + r.text(1) + QLatin1Char(' ') + r.text(2));
        }
        rows.sort();
        return {rows, counters};
    }

    // Each push is answered on its own (a refused one stores nothing of itself); the others are stored together.
    // Returns false, having stored nothing, when the group must be stored one push at a time.
    bool storeTogether(const std::vector<PushJob *> &jobs, const std::function<void()> &writeTurn)
    {
        using R = protocol::PushResponse;
        const bool alone = jobs.size() == 1;
        auto c = pool.acquire();
        const qint64 now = clock.utcMs();
        // On PostgreSQL, where every statement under the write lock is a round trip that every other writer waits
        // for, the reads happen before the lock; under it, one statement checks that nothing they depend on moved.
        // (The embedded store has no round trips.)
        std::optional<PreparedGroup> p;
        QStringList seen;
        qsizetype eventCount = 0;
        for (const PushJob *j : jobs)
            eventCount += j->req.events.size();
        if (pool.database().kind() == QLatin1String("postgresql") && eventCount <= 4000) {
            Transaction read(*c, Transaction::Mode::Read);
            seen = readFingerprint(*c, jobs).first; // first: what changes after it shows in the second
            p.emplace(prepare(*c, jobs, now));
            read.commit();
            if (options.afterReadingPushes)
                options.afterReadingPushes();
        }
        writeTurn();
        Transaction t(*c, Transaction::Mode::Write);
        if (options.holdingWriteLock)
            options.holdingWriteLock(jobs.size());
        if (p) {
            auto [rows, counters] = readFingerprint(*c, jobs);
            if (rows == seen)
                p->batch->setCounters(counters);
            else
                p.reset();
        }
        if (!p)
            p.emplace(prepare(*c, jobs, now));
        QHash<QString, DeviceInfo> &devices = p->devices;
        auto &results = p->results;
        const auto &fresh = p->fresh;
        const auto &firstNew = p->firstNew;
        WriteBatch &batch = *p->batch;
        c->deferWrites(); // from here on, the writes travel together with the next read or the commit
        std::vector<DeviceHead> heads;
        for (size_t i = 0; i < jobs.size(); ++i) {
            if (results[i])
                continue;
            const PushJob &job = *jobs[i];
            const DeviceAuth &auth = job.auth;
            const DeviceInfo &dev = devices[auth.deviceId];
            R answer;
            answer.duplicates = static_cast<int>(firstNew[i]);
            answer.receivedAt = now;
            answer.clockSkewMs = job.req.sentAt - now;
            answer.clockSkewFlagged = std::abs(answer.clockSkewMs) > p->policy.maxClockSkewMinutes * MsPerMinute;
            std::optional<WriteBatch> saved;
            if (!alone)
                saved.emplace(batch); // restored when this push is refused, so the others still store
            const Writer w {auth.userId, auth.role, false, auth.deviceId};
            for (qsizetype k = 0; k < fresh[i].size(); ++k) {
                const Event &e = fresh[i][k];
                if (const ErrorCode a = batch.authorize(e, w); a != ErrorCode::None) {
                    results[i]
                        = fail<R>(batchError(a, QStringLiteral("%1 may not write to %2").arg(auth.userId, e.aggregate),
                            e.seq, dev.headSeq, QStringLiteral("events[%1].aggregate").arg(firstNew[i] + k)));
                    break;
                }
                if (const LifecycleError code = batch.store(e, w); code != LifecycleError::None)
                    answer.refused.append(protocol::RuleRefusal {e.seq, e.id, protocol::lifecycleCode(code)});
            }
            if (results[i]) {
                if (alone)
                    continue; // nothing is stored: the transaction rolls back
                if (batch.flushes() != saved->flushes())
                    return false;
                batch = *saved;
                continue;
            }
            if (answer.clockSkewFlagged)
                batch.flag(Flag {0, now, QStringLiteral("clock_skew"), QStringLiteral("clock_skew"), auth.deviceId,
                    auth.userId, job.req.events.last().seq, QString(), QString(),
                    QStringLiteral("device clock off by %1 ms").arg(answer.clockSkewMs)});
            answer.storedUpTo = fresh[i].isEmpty() ? dev.headSeq : fresh[i].last().seq;
            answer.headHash = fresh[i].isEmpty() ? dev.headHash : fresh[i].last().hash;
            answer.accepted = static_cast<int>(fresh[i].size());
            heads.push_back(DeviceHead {auth.deviceId, answer.storedUpTo, answer.headHash, answer.clockSkewMs});
            results[i] = answer;
        }
        if (!heads.empty()) {
            try {
                batch.finish();
                updateDeviceHeads(*c, heads, now);
                t.commit();
            } catch (const SqlError &e) {
                if (e.kind() != SqlError::Kind::Constraint)
                    throw;
                if (!alone)
                    return false;
                // Another device stored one of these ids since the check before the lock: nothing is stored.
                const qint64 head = devices[jobs[0]->auth.deviceId].headSeq;
                jobs[0]->result = fail<R>(
                    batchError(ErrorCode::DuplicateEventId, QStringLiteral("an event id of the batch is taken"),
                        fresh[0].isEmpty() ? head : fresh[0].first().seq, head, QStringLiteral("events")));
                return true;
            }
        }
        for (size_t i = 0; i < jobs.size(); ++i)
            jobs[i]->result = std::move(results[i]);
        return true;
    }

    // Stores head-office events in the server's own chain, refusing all of them when a rule refuses one.
    ApiResult<QList<Event>> recordOffice(const QString &actor, const QList<Event> &drafts)
    {
        auto c = pool.acquire();
        Transaction t(*c, Transaction::Mode::Write);
        const SqlRows user = c->query("SELECT role, disabled FROM users WHERE id = ?", {S(actor)});
        if (user.empty() || !mayRecordHeadOfficeEvents(user.front().text(0)) || user.front().integer(1) != 0)
            return fail<QList<Event>>(ErrorCode::RoleNotAllowed,
                QStringLiteral("head-office events need an enabled head_office user as actor: %1").arg(actor));
        const auto hq = loadDevice(*c, identity.deviceId);
        qint64 seq = hq->headSeq;
        QString prev = hq->headHash;
        const qint64 now = clock.utcMs();
        QList<Event> events;
        for (const Event &draft : drafts) {
            Event e = draft;
            e.id = systemRandom().uuid();
            e.device = identity.deviceId;
            e.seq = ++seq;
            e.at = now;
            e.mono = clock.monotonicMs();
            e.boot = clock.bootId();
            e.actor = actor;
            e.prev = prev;
            QString bad;
            const EventError ve = protocol::isControlEvent(e.type)
                ? protocol::validateControlEvent(e, Role::HeadOffice, &bad)
                : validateEvent(e, Role::HeadOffice, &bad);
            if (ve != EventError::None) {
                ApiError err = ApiError::make(
                    ve == EventError::RoleNotAllowed ? ErrorCode::RoleNotAllowed : ErrorCode::EventInvalid,
                    QStringLiteral("%1 refused by the event catalog").arg(e.type),
                    bad.isEmpty() ? QString() : QStringLiteral("payload.") + bad);
                err.detail = protocol::eventErrorCode(ve);
                return fail<QList<Event>>(err);
            }
            if (!protocol::sealEvent(e, seed))
                return fail<QList<Event>>(ErrorCode::InvalidField, QStringLiteral("payload does not canonicalize"));
            prev = e.hash;
            events.append(e);
        }
        WriteBatch batch(*c, now);
        batch.replay(events);
        const Writer w {actor, Role::HeadOffice, true, identity.deviceId};
        for (const Event &e : events) {
            if (const LifecycleError code = batch.store(e, w); code != LifecycleError::None) {
                ApiError err = ApiError::make(
                    ErrorCode::EventInvalid, QStringLiteral("the rules refuse %1 on %2").arg(e.type, e.aggregate));
                err.detail = protocol::lifecycleCode(code);
                return fail<QList<Event>>(err);
            }
        }
        batch.finish();
        c->exec("UPDATE devices SET head_seq = ?, head_hash = ?, last_push_at = ? WHERE id = ?",
            {I(seq), S(prev), I(now), S(identity.deviceId)});
        t.commit();
        return events;
    }
};

HqService::HqService(std::shared_ptr<Database> db, const Clock &clock, HqOptions options)
    : d(std::make_unique<Private>(std::move(db), clock, options))
{
    {
        auto c = d->pool.acquire();
        if (migrate(*c, d->pool.database()) != MigrationResult::Ok)
            throw SqlError(SqlError::Kind::Other, "the database was written by a newer kakunin-hq");
    }
    d->loadIdentity();
}

HqService::~HqService() = default;

QString HqService::storeKind() const
{
    return d->pool.database().kind();
}

protocol::ServerIdentity HqService::identity() const
{
    return d->identity;
}

QByteArray HqService::sessionTicketSecret() const
{
    return QMessageAuthenticationCode::hash(
        QByteArrayLiteral("kakunin-hq tls session tickets"), d->seed, QCryptographicHash::Sha256);
}

protocol::HealthResponse HqService::health()
{
    auto c = d->pool.acquire();
    c->query("SELECT 1"); // throws when the database is gone: answered 503
    protocol::HealthResponse h;
    h.serverTime = d->clock.utcMs();
    h.store = storeKind();
    return h;
}

// ---- enrollment and tokens

ApiResult<protocol::EnrollResponse> HqService::enroll(const protocol::EnrollRequest &req)
{
    using R = protocol::EnrollResponse;
    const QString code = protocol::normalizeEnrollmentCode(req.code);
    if (code.isEmpty())
        return fail<R>(
            ErrorCode::EnrollmentCodeInvalid, QStringLiteral("not an enrollment code"), QStringLiteral("code"));
    if (req.deviceId.size() > 128 || hasNul(req.deviceId))
        return fail<R>(ErrorCode::InvalidField, QStringLiteral("a device id is at most 128 characters"),
            QStringLiteral("deviceId"));
    if (hasNul(req.deviceName) || hasNul(req.appVersion) || req.deviceName.size() > 200 || req.appVersion.size() > 200)
        return fail<R>(ErrorCode::InvalidField, QStringLiteral("device name or app version not accepted"));
    const qint64 now = d->clock.utcMs();
    auto c = d->pool.acquire();
    Transaction t(*c, Transaction::Mode::Write);
    const SqlRows codes = c->query(
        "SELECT user_id, expires_at, used_at FROM enrollment_codes WHERE code_hash = ?", {S(sha256Hex(code.toUtf8()))});
    if (codes.empty())
        return fail<R>(
            ErrorCode::EnrollmentCodeInvalid, QStringLiteral("unknown enrollment code"), QStringLiteral("code"));
    const QString userId = codes.front().text(0);
    if (codes.front().integer(2) != 0)
        return fail<R>(
            ErrorCode::EnrollmentCodeUsed, QStringLiteral("the code was used already"), QStringLiteral("code"));
    if (codes.front().integer(1) <= now)
        return fail<R>(ErrorCode::EnrollmentCodeExpired, QStringLiteral("the code expired"), QStringLiteral("code"));
    const SqlRows user = c->query("SELECT role, disabled FROM users WHERE id = ?", {S(userId)});
    if (user.empty() || user.front().integer(1) != 0)
        return fail<R>(ErrorCode::UserDisabled, QStringLiteral("the user is disabled"));
    const QString role = user.front().text(0);

    const QString token = makeToken();
    const qint64 expires = now + d->options.tokenLifetimeMs;
    qint64 storedUpTo = 0;
    QString headHash = GenesisHash;
    if (const auto existing = loadDevice(*c, req.deviceId)) {
        if (existing->publicKey != req.publicKey)
            return fail<R>(ErrorCode::DeviceKeyMismatch, QStringLiteral("the device is enrolled with another key"),
                QStringLiteral("publicKey"));
        if (existing->userId != userId)
            return fail<R>(ErrorCode::DeviceEnrolledElsewhere, QStringLiteral("the device belongs to another user"),
                QStringLiteral("deviceId"));
        if (existing->status == WipeOrderedStatus)
            return fail<R>(ErrorCode::WipeOrdered, QStringLiteral("a wipe is ordered for this device"));
        c->exec("UPDATE devices SET token_hash = ?, token_expires_at = ?, status = 'active', name = ?, app_version = ? "
                "WHERE id = ?",
            {S(tokenHash(token)), I(expires), S(req.deviceName), S(req.appVersion), S(req.deviceId)});
        storedUpTo = existing->headSeq;
        headHash = existing->headHash;
    } else {
        c->exec("INSERT INTO devices(id, user_id, public_key, name, app_version, token_hash, token_expires_at, status, "
                "enrolled_at, head_seq, head_hash, last_push_at, clock_skew_ms, wipe_ordered_at, wiped_at, revoked_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, 'active', ?, 0, ?, 0, 0, 0, 0, 0)",
            {S(req.deviceId), S(userId), B(req.publicKey), S(req.deviceName), S(req.appVersion), S(tokenHash(token)),
                I(expires), I(now), S(GenesisHash)});
    }
    c->exec("UPDATE enrollment_codes SET used_at = ?, device_id = ? WHERE code_hash = ?",
        {I(now), S(req.deviceId), S(sha256Hex(code.toUtf8()))});
    t.commit();

    R r;
    r.token = token;
    r.tokenExpiresAt = expires;
    r.userId = userId;
    r.role = role;
    r.deviceId = req.deviceId;
    r.storedUpTo = storedUpTo;
    r.headHash = headHash;
    r.server = d->identity;
    r.serverTime = now;
    return r;
}

ApiResult<DeviceAuth> HqService::authenticate(const QString &authorization, bool allowWipeOrdered)
{
    const QString prefix = QLatin1String(protocol::header::BearerPrefix);
    if (!authorization.startsWith(prefix, Qt::CaseInsensitive) || authorization.size() <= prefix.size())
        return fail<DeviceAuth>(ErrorCode::TokenMissing, QStringLiteral("no bearer token"));
    const QString token = authorization.mid(prefix.size()).trimmed();
    auto c = d->pool.acquire();
    const SqlRows rows
        = c->query("SELECT d.id, d.user_id, d.public_key, d.status, d.token_expires_at, u.role, u.disabled "
                   "FROM devices d JOIN users u ON u.id = d.user_id WHERE d.token_hash = ?",
            {S(tokenHash(token))});
    if (rows.empty())
        return fail<DeviceAuth>(ErrorCode::TokenInvalid, QStringLiteral("unknown token"));
    const SqlRow &r = rows.front();
    DeviceAuth a;
    a.deviceId = r.text(0);
    a.userId = r.text(1);
    a.publicKey = r.bytes(2);
    a.status = r.text(3);
    a.tokenExpiresAt = r.integer(4);
    a.role = roleFromName(r.text(5)).value_or(Role::SalesRep);
    if (a.status == WipeOrderedStatus && !allowWipeOrdered)
        return fail<DeviceAuth>(ErrorCode::WipeOrdered, QStringLiteral("head office ordered this device wiped"));
    if (a.status == Revoked || a.status == Wiped || r.integer(6) != 0)
        return fail<DeviceAuth>(ErrorCode::TokenRevoked, QStringLiteral("the device was revoked"));
    if (a.tokenExpiresAt <= d->clock.utcMs())
        return fail<DeviceAuth>(ErrorCode::TokenExpired, QStringLiteral("the token expired"));
    return a;
}

ApiResult<protocol::TokenResponse> HqService::refreshToken(const DeviceAuth &auth)
{
    const QString token = makeToken();
    const qint64 expires = d->clock.utcMs() + d->options.tokenLifetimeMs;
    auto c = d->pool.acquire();
    Transaction t(*c, Transaction::Mode::Write);
    c->exec("UPDATE devices SET token_hash = ?, token_expires_at = ? WHERE id = ? AND status = 'active'",
        {S(tokenHash(token)), I(expires), S(auth.deviceId)});
    t.commit();
    return protocol::TokenResponse {token, expires};
}

ApiResult<protocol::DeviceStatus> HqService::deviceStatus(const DeviceAuth &auth)
{
    auto c = d->pool.acquire();
    const auto dev = loadDevice(*c, auth.deviceId);
    if (!dev)
        return fail<protocol::DeviceStatus>(ErrorCode::TokenInvalid, QStringLiteral("unknown device"));
    return d->statusOf(*dev, roleName(auth.role));
}

ApiResult<protocol::DeviceStatus> HqService::wipeAck(const DeviceAuth &auth, const protocol::WipeAck &ack)
{
    if (ack.deviceId != auth.deviceId)
        return fail<protocol::DeviceStatus>(ErrorCode::DeviceMismatch,
            QStringLiteral("acknowledgement for another device"), QStringLiteral("deviceId"));
    {
        auto c = d->pool.acquire();
        Transaction t(*c, Transaction::Mode::Write);
        c->exec("UPDATE devices SET status = 'wiped', wiped_at = ? WHERE id = ? AND status = 'wipe_ordered'",
            {I(d->clock.utcMs()), S(auth.deviceId)});
        t.commit();
    } // the connection goes back before the next one is taken
    return deviceStatus(auth);
}

// ---- push

ApiResult<protocol::PushResponse> HqService::push(const DeviceAuth &auth, const protocol::PushRequest &req)
{
    using R = protocol::PushResponse;
    if (req.deviceId != auth.deviceId)
        return fail<R>(ErrorCode::DeviceMismatch, QStringLiteral("the token belongs to another device"),
            QStringLiteral("deviceId"));

    // Checks that need no lock first. Identity and links in order; hashes, signatures and the catalog (the
    // expensive part) spread over the cores. The first offending event in batch order is reported.
    const QList<Event> &events = req.events;
    DeviceOrder::Turn turn(d->order, auth.deviceId, events.isEmpty() ? 0 : events.first().seq);
    struct Refusal {
        qsizetype index = -1;
        ErrorCode code = ErrorCode::None;
        QString message;
        QString field;
        QString detail;
    };
    Refusal refusal;
    auto at = [](qsizetype i, const char *member) {
        return QStringLiteral("events[%1]").arg(i) + (member[0] ? QLatin1Char('.') + QLatin1String(member) : QString());
    };
    QSet<QString> ids;
    for (qsizetype i = 0; i < events.size() && refusal.index < 0; ++i) {
        const Event &e = events[i];
        if (e.device != auth.deviceId)
            refusal = {i, ErrorCode::DeviceMismatch, QStringLiteral("an event of another device"), at(i, "device"), {}};
        else if (e.actor != auth.userId)
            refusal = {
                i, ErrorCode::ActorMismatch, QStringLiteral("an event recorded by another user"), at(i, "actor"), {}};
        else if (e.seq < 1 || (i > 0 && e.seq != events[i - 1].seq + 1))
            refusal = {i, ErrorCode::SeqGap, QStringLiteral("seq starts at 1 and grows by one"), at(i, "seq"), {}};
        else if (i > 0 && e.prev != events[i - 1].hash)
            refusal = {i, ErrorCode::ChainBroken, QStringLiteral("prev does not link to the previous event"),
                at(i, "prev"), {}};
        else if (const char *member = nulMember(e))
            refusal = {i, ErrorCode::InvalidField, QStringLiteral("U+0000 in an event's %1").arg(QLatin1String(member)),
                at(i, member), QStringLiteral("nul_character")};
        else if (ids.contains(e.id))
            refusal
                = {i, ErrorCode::DuplicateEventId, QStringLiteral("the same id twice in one batch"), at(i, "id"), {}};
        ids.insert(e.id);
    }
    const ed25519::Verifier verifier(auth.publicKey);
    auto checkContent = [&](qsizetype from, qsizetype to) -> Refusal {
        for (qsizetype i = from; i < to; ++i) {
            const Event &e = events[i];
            if (e.computeHash() != e.hash)
                return {i, ErrorCode::ContentChanged, QStringLiteral("hash is not the hash of the content"),
                    at(i, "hash"), {}};
            if (!verifier.valid() || !verifier.verify(QByteArray::fromHex(e.hash.toLatin1()), e.signature))
                return {i, ErrorCode::SignatureInvalid, QStringLiteral("the device did not sign this event"),
                    at(i, "sig"), {}};
            QString bad;
            const EventError ve = validateEvent(e, auth.role, &bad);
            if (ve == EventError::RoleNotAllowed)
                return {i, ErrorCode::RoleNotAllowed,
                    QStringLiteral("a %1 may not record %2").arg(roleName(auth.role), e.type), at(i, "type"),
                    protocol::eventErrorCode(ve)};
            if (ve != EventError::None)
                return {i, ErrorCode::EventInvalid, QStringLiteral("the event catalog refuses %1").arg(e.type),
                    bad.isEmpty() ? at(i, "") : at(i, "payload.") + bad, protocol::eventErrorCode(ve)};
        }
        return {};
    };
    const qsizetype checked = refusal.index < 0 ? events.size() : refusal.index;
    const qsizetype workers
        = std::clamp<qsizetype>(std::thread::hardware_concurrency(), 1, std::max<qsizetype>(1, checked / 64));
    std::vector<std::future<Refusal>> parts;
    for (qsizetype w = 1; w < workers; ++w)
        parts.push_back(
            std::async(std::launch::async, checkContent, checked * w / workers, checked * (w + 1) / workers));
    Refusal content = checkContent(0, checked / workers);
    for (auto &part : parts) {
        const Refusal r = part.get();
        if (content.index < 0)
            content = r;
    }
    if (content.index >= 0)
        refusal = content;
    if (refusal.index >= 0) {
        const auto dev = device(auth.deviceId); // what head office holds, for the tablet to resume from
        return fail<R>(batchError(refusal.code, refusal.message, events[refusal.index].seq, dev ? dev->headSeq : 0,
            refusal.field, refusal.detail));
    }

    if (d->options.afterCheckingPush)
        d->options.afterCheckingPush(req);
    turn.await();
    PushJob job {auth, req, std::nullopt, nullptr, false};
    return d->pushes.submit(job, [this](const std::vector<PushJob *> &group, const std::function<void()> &writeTurn) {
        d->storeGroup(group, writeTurn);
    });
}

size_t HqService::pushesWaiting() const
{
    return d->pushes.waiting();
}

size_t HqService::pushesAwaitingTurn() const
{
    return d->order.awaiting();
}

// ---- blobs

ApiResult<protocol::BlobPutResponse> HqService::putBlob(
    const DeviceAuth &auth, const QString &sha256, const QByteArray &data)
{
    auto r = putBlobs(auth, {protocol::BlobPart {sha256, data}});
    if (!r)
        return ApiResult<protocol::BlobPutResponse>::failure(r.error());
    return r->blobs.first();
}

ApiResult<protocol::BlobBatchResponse> HqService::putBlobs(
    const DeviceAuth &auth, const QList<protocol::BlobPart> &parts)
{
    using R = protocol::BlobBatchResponse;
    const bool one = parts.size() == 1; // PUT /v1/blobs/{sha256}: errors name no part
    auto field = [&](qsizetype i) { return one ? QString() : QStringLiteral("blobs[%1]").arg(i); };
    if (parts.isEmpty())
        return fail<R>(ErrorCode::InvalidField, QStringLiteral("no blob in the request"), QStringLiteral("blobs"));
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const protocol::BlobPart &p = parts[i];
        if (!protocol::isSha256Hex(p.sha256))
            return fail<R>(
                ErrorCode::BlobIdInvalid, QStringLiteral("a blob is named by its lowercase hex SHA-256"), field(i));
        if (p.data.size() > protocol::limits::MaxBlobBytes)
            return fail<R>(ErrorCode::BlobTooLarge, QStringLiteral("blob over the limit"), field(i));
        if (sha256Hex(p.data) != p.sha256)
            return fail<R>(ErrorCode::BlobHashMismatch, QStringLiteral("the bytes do not hash to the name"), field(i));
    }
    // Content-addressed, so no ordering matters: no write lock. A concurrent upload of the same bytes loses the
    // race on the primary key and counts as known.
    const qint64 now = d->clock.utcMs();
    QSet<QString> created;
    auto c = d->pool.acquire();
    if (d->pool.database().kind() == QLatin1String("postgresql")) {
        // One statement for the whole batch: known blobs insert nothing and return no row.
        QSet<QString> seen;
        SqlParams params;
        int rows = 0;
        for (const protocol::BlobPart &p : parts) {
            if (seen.contains(p.sha256))
                continue;
            seen.insert(p.sha256);
            params.insert(params.end(), {S(p.sha256), B(p.data), I(p.data.size()), S(auth.deviceId), I(now)});
            ++rows;
        }
        QByteArray sql = "INSERT INTO blobs(sha256, data, size, device, received_at) VALUES ";
        for (int i = 0; i < rows; ++i)
            sql += i == 0 ? "(?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?)";
        sql += " ON CONFLICT (sha256) DO NOTHING RETURNING sha256";
        for (const SqlRow &r : c->query(sql.constData(), params))
            created.insert(r.text(0));
    } else {
        Transaction t(*c, Transaction::Mode::Write);
        for (const protocol::BlobPart &p : parts) {
            if (created.contains(p.sha256) || !c->query("SELECT 1 FROM blobs WHERE sha256 = ?", {S(p.sha256)}).empty())
                continue;
            c->exec("INSERT INTO blobs(sha256, data, size, device, received_at) VALUES (?, ?, ?, ?, ?)",
                {S(p.sha256), B(p.data), I(p.data.size()), S(auth.deviceId), I(now)});
            created.insert(p.sha256);
        }
        t.commit();
    }
    R answer;
    QSet<QString> answered; // the same blob twice in one request: only its first mention is new
    for (const protocol::BlobPart &p : parts) {
        answer.blobs.append(protocol::BlobPutResponse {
            p.sha256, p.data.size(), created.contains(p.sha256) && !answered.contains(p.sha256)});
        answered.insert(p.sha256);
    }
    return answer;
}

// ---- pull

ApiResult<protocol::ChangesResponse> HqService::changes(const DeviceAuth &auth, const QString &since, int limit)
{
    using R = protocol::ChangesResponse;
    const auto cursor = protocol::decodeCursor(since);
    if (!cursor)
        return fail<R>(
            ErrorCode::CursorInvalid, QStringLiteral("not a cursor of this server"), QStringLiteral("since"));
    if (limit <= 0)
        limit = protocol::limits::DefaultPullLimit;
    limit = std::min(limit, protocol::limits::MaxPullLimit);
    // One statement, the signing devices' keys joined in: consistent without a transaction, and one round trip.
    constexpr size_t KeyColumn = 17; // after the feed id and the event's 16 columns
    auto c = d->pool.acquire();
    const SqlRows rows = c->query("SELECT f.fid, " KAKUNIN_EVENT_COLS ", k.public_key FROM feed f JOIN events e ON "
                                  "e.pos = f.pos LEFT JOIN devices k ON k.id = e.device "
                                  "WHERE f.user_id = ? AND f.fid > ? ORDER BY f.fid LIMIT ?",
        {S(auth.userId), I(*cursor), I(limit + 1)});
    R r;
    r.more = static_cast<qsizetype>(rows.size()) > limit;
    qint64 last = *cursor;
    for (size_t i = 0; i < rows.size() && static_cast<int>(i) < limit; ++i) {
        last = rows[i].integer(0);
        StoredEvent s = readStored(rows[i], 1);
        if (s.event.device == auth.deviceId)
            continue; // the device has its own events
        if (!rows[i].isNull(KeyColumn))
            r.devices.insert(s.event.device, rows[i].bytes(KeyColumn));
        r.changes.append(protocol::Change {std::move(s.event), s.receivedAt});
    }
    r.cursor = protocol::encodeCursor(last);
    return r;
}

// ---- administration

ApiResult<UserInfo> HqService::createUser(const QString &id, const QString &role, const QString &name)
{
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    if (!idPattern.match(id).hasMatch())
        return fail<UserInfo>(
            ErrorCode::InvalidField, QStringLiteral("a user id is 1–64 of A–Z a–z 0–9 . _ -"), QStringLiteral("id"));
    if (!roleFromName(role) && !isConsoleRole(role))
        return fail<UserInfo>(ErrorCode::InvalidField,
            QStringLiteral("role must be sales_rep, installer, head_office, confirmation_staff, compliance_admin or "
                           "auditor"),
            QStringLiteral("role"));
    const qint64 now = d->clock.utcMs();
    auto c = d->pool.acquire();
    Transaction t(*c, Transaction::Mode::Write);
    if (!c->query("SELECT 1 FROM users WHERE id = ?", {S(id)}).empty())
        return fail<UserInfo>(ErrorCode::InvalidField, QStringLiteral("user %1 exists").arg(id), QStringLiteral("id"));
    c->exec("INSERT INTO users(id, role, name, created_at, disabled) VALUES (?, ?, ?, ?, 0)",
        {S(id), S(role), S(name.isEmpty() ? id : name), I(now)});
    if (role == roleName(Role::SalesRep) || role == roleName(Role::Installer)) {
        // A new tablet user starts with the current policy and every pack's current content.
        QList<qint64> positions;
        for (const SqlRow &r :
            c->query("SELECT max(pos) FROM events WHERE type IN ('policy.updated', 'content.published') "
                     "GROUP BY aggregate"))
            if (!r.isNull(0))
                positions.append(r.integer(0));
        std::sort(positions.begin(), positions.end());
        WriteBatch batch(*c, now);
        batch.feedUser(id, positions);
        batch.finish();
    }
    t.commit();
    return UserInfo {id, role, name.isEmpty() ? id : name, now, false};
}

ApiResult<QString> HqService::issueCode(const QString &userId, qint64 lifetimeMs, const QString &label)
{
    auto c = d->pool.acquire();
    Transaction t(*c, Transaction::Mode::Write);
    const SqlRows user = c->query("SELECT role, disabled FROM users WHERE id = ?", {S(userId)});
    if (user.empty())
        return fail<QString>(ErrorCode::InvalidField, QStringLiteral("no user %1").arg(userId), QStringLiteral("user"));
    if (user.front().text(0) == roleName(Role::HeadOffice) || isConsoleRole(user.front().text(0)))
        return fail<QString>(ErrorCode::RoleNotAllowed,
            QStringLiteral("head-office staff work in the console, not on tablets"), QStringLiteral("user"));
    if (user.front().integer(1) != 0)
        return fail<QString>(ErrorCode::UserDisabled, QStringLiteral("user %1 is disabled").arg(userId));
    const QString code = makeCode();
    const qint64 now = d->clock.utcMs();
    c->exec("INSERT INTO enrollment_codes(code_hash, user_id, label, created_at, expires_at, used_at, device_id) "
            "VALUES (?, ?, ?, ?, ?, 0, '')",
        {S(sha256Hex(protocol::normalizeEnrollmentCode(code).toUtf8())), S(userId), S(label), I(now),
            I(now + (lifetimeMs > 0 ? lifetimeMs : d->options.codeLifetimeMs))});
    t.commit();
    return code;
}

ApiResult<DeviceInfo> HqService::revokeDevice(const QString &deviceId)
{
    auto c = d->pool.acquire();
    Transaction t(*c, Transaction::Mode::Write);
    auto dev = loadDevice(*c, deviceId);
    if (!dev || dev->status == ServerStatus)
        return fail<DeviceInfo>(ErrorCode::InvalidField, QStringLiteral("no device %1").arg(deviceId));
    c->exec("UPDATE devices SET status = 'revoked', revoked_at = ? WHERE id = ?", {I(d->clock.utcMs()), S(deviceId)});
    t.commit();
    dev->status = Revoked;
    return *dev;
}

ApiResult<DeviceInfo> HqService::orderWipe(const QString &deviceId)
{
    auto c = d->pool.acquire();
    Transaction t(*c, Transaction::Mode::Write);
    auto dev = loadDevice(*c, deviceId);
    if (!dev || dev->status == ServerStatus)
        return fail<DeviceInfo>(ErrorCode::InvalidField, QStringLiteral("no device %1").arg(deviceId));
    const qint64 now = d->clock.utcMs();
    c->exec("UPDATE devices SET status = 'wipe_ordered', wipe_ordered_at = ? WHERE id = ?", {I(now), S(deviceId)});
    t.commit();
    dev->status = WipeOrderedStatus;
    dev->wipeOrderedAt = now;
    return *dev;
}

ApiResult<QList<Event>> HqService::recordHeadOfficeEvents(const QString &actor, const QList<EventDraft> &drafts)
{
    QList<Event> events;
    for (const EventDraft &dr : drafts) {
        Event e;
        e.type = dr.type;
        e.aggregate = dr.aggregate;
        e.payload = dr.payload;
        events.append(e);
    }
    return d->recordOffice(actor, events);
}

ApiResult<Event> HqService::assignInstaller(const QString &actor, const QString &contractId, const QString &installer)
{
    std::optional<AggregateState> contract = aggregate(contractId);
    if (!contract || contract->kind != ContractKind)
        return fail<Event>(
            ErrorCode::InvalidField, QStringLiteral("no contract %1").arg(contractId), QStringLiteral("contract"));
    const auto users = this->users();
    const bool isInstaller = std::any_of(users.begin(), users.end(),
        [&](const UserInfo &u) { return u.id == installer && u.role == roleName(Role::Installer) && !u.disabled; });
    if (!isInstaller)
        return fail<Event>(
            ErrorCode::InvalidField, QStringLiteral("%1 is no installer").arg(installer), QStringLiteral("installer"));
    const QString customer = contract->state.value(QStringLiteral("customerId")).toString();
    auto r = recordHeadOfficeEvents(actor,
        {EventDraft {protocol::ControlType::AssignmentRecorded, protocol::assignmentAggregate(contractId), actor,
            QJsonObject {{QStringLiteral("contractId"), contractId}, {QStringLiteral("customerId"), customer},
                {QStringLiteral("installer"), installer}}}});
    if (!r)
        return fail<Event>(r.error());
    return r->first();
}

ApiResult<Event> HqService::publishPolicy(const QString &actor, const Policy &policy)
{
    auto r = recordHeadOfficeEvents(actor,
        {EventDraft {EventType::PolicyUpdated, QStringLiteral("policy"), actor,
            QJsonObject {{QStringLiteral("policy"), policy.toJson()}}}});
    if (!r)
        return fail<Event>(r.error());
    return r->first();
}

ApiResult<Event> HqService::publishContent(const QString &actor, const QJsonObject &pack)
{
    const auto bytes = cjson::canonicalize(pack);
    if (!bytes)
        return fail<Event>(
            ErrorCode::InvalidField, QStringLiteral("the pack does not canonicalize"), QStringLiteral("pack"));
    const QString packId = pack.value(QStringLiteral("id")).toString();
    auto r = recordHeadOfficeEvents(actor,
        {EventDraft {protocol::ControlType::ContentPublished, protocol::contentAggregate(packId), actor,
            QJsonObject {{QStringLiteral("packId"), packId},
                {QStringLiteral("version"), pack.value(QStringLiteral("version")).toString()},
                {QStringLiteral("packHash"), sha256Hex(bytes.value())}, {QStringLiteral("pack"), pack}}}});
    if (!r)
        return fail<Event>(r.error());
    return r->first();
}

// ---- reading

QList<UserInfo> HqService::users()
{
    auto c = d->pool.acquire();
    QList<UserInfo> out;
    for (const SqlRow &r : c->query("SELECT id, role, name, created_at, disabled FROM users ORDER BY id"))
        out.append(UserInfo {r.text(0), r.text(1), r.text(2), r.integer(3), r.integer(4) != 0});
    return out;
}

QList<DeviceInfo> HqService::devices()
{
    auto c = d->pool.acquire();
    QList<DeviceInfo> out;
    const QByteArray sql = QByteArray("SELECT ") + DeviceCols + " FROM devices ORDER BY enrolled_at, id";
    for (const SqlRow &r : c->query(sql.constData()))
        out.append(readDevice(r));
    return out;
}

std::optional<DeviceInfo> HqService::device(const QString &id)
{
    auto c = d->pool.acquire();
    return loadDevice(*c, id);
}

QList<Flag> HqService::flags()
{
    auto c = d->pool.acquire();
    QList<Flag> out;
    for (const SqlRow &r : c->query("SELECT id, at, kind, code, device, user_id, seq, event_id, aggregate, detail "
                                    "FROM flags ORDER BY id"))
        out.append(Flag {r.integer(0), r.integer(1), r.text(2), r.text(3), r.text(4), r.text(5), r.integer(6),
            r.text(7), r.text(8), r.text(9)});
    return out;
}

std::optional<AggregateState> HqService::aggregate(const QString &id)
{
    auto c = d->pool.acquire();
    const SqlRows rows = c->query("SELECT kind, state FROM aggregates WHERE id = ?", {S(id)});
    if (rows.empty())
        return std::nullopt;
    return AggregateState {rows.front().text(0), parseObject(rows.front().text(1))};
}

QList<StoredEvent> HqService::eventsOfDevice(const QString &deviceId)
{
    auto c = d->pool.acquire();
    QList<StoredEvent> out;
    for (const SqlRow &r :
        c->query("SELECT " KAKUNIN_EVENT_COLS " FROM events e WHERE e.device = ? ORDER BY e.seq", {S(deviceId)}))
        out.append(readStored(r));
    return out;
}

QList<StoredEvent> HqService::eventsOfAggregate(const QString &aggregate)
{
    auto c = d->pool.acquire();
    QList<StoredEvent> out;
    for (const SqlRow &r :
        c->query("SELECT " KAKUNIN_EVENT_COLS " FROM events e WHERE e.aggregate = ? ORDER BY e.pos", {S(aggregate)}))
        out.append(readStored(r));
    return out;
}

qint64 HqService::eventCount()
{
    auto c = d->pool.acquire();
    return c->query("SELECT count(*) FROM events").front().integer(0);
}

std::optional<QByteArray> HqService::blob(const QString &sha256)
{
    auto c = d->pool.acquire();
    const SqlRows rows = c->query("SELECT data FROM blobs WHERE sha256 = ?", {S(sha256)});
    if (rows.empty())
        return std::nullopt;
    return rows.front().bytes(0);
}

Policy HqService::currentPolicy()
{
    auto c = d->pool.acquire();
    return policyFrom(*c);
}

// ---- console (headoffice/console, docs/console.md)

QList<HqService::AggregateRow> HqService::aggregatesOfKind(const QString &kind)
{
    auto c = d->pool.acquire();
    QList<AggregateRow> out;
    for (const SqlRow &r :
        c->query("SELECT id, kind, customer_id, owner, state, last_pos FROM aggregates WHERE kind = ? ORDER BY id",
            {S(kind)}))
        out.append(AggregateRow {r.text(0), r.text(1), r.text(2), r.text(3), parseObject(r.text(4)), r.integer(5)});
    return out;
}

std::optional<UserInfo> HqService::user(const QString &id)
{
    auto c = d->pool.acquire();
    const SqlRows rows = c->query("SELECT id, role, name, created_at, disabled FROM users WHERE id = ?", {S(id)});
    if (rows.empty())
        return std::nullopt;
    const SqlRow &r = rows.front();
    return UserInfo {r.text(0), r.text(1), r.text(2), r.integer(3), r.integer(4) != 0};
}

const Clock &HqService::clock() const
{
    return d->clock;
}

const HqOptions &HqService::options() const
{
    return d->options;
}

ConnectionPool::Lease HqService::connection()
{
    return d->pool.acquire();
}

bool HqService::isConsoleRole(const QString &role)
{
    return role == QLatin1String("confirmation_staff") || role == QLatin1String("compliance_admin")
        || role == QLatin1String("auditor");
}

bool HqService::mayRecordHeadOfficeEvents(const QString &role)
{
    return role == roleName(Role::HeadOffice) || role == QLatin1String("confirmation_staff")
        || role == QLatin1String("compliance_admin");
}

QList<StoredEvent> HqService::eventsOfCustomerGroup(const QString &customerId)
{
    auto c = d->pool.acquire();
    QList<StoredEvent> out;
    for (const SqlRow &r : c->query("SELECT " KAKUNIN_EVENT_COLS " FROM events e WHERE e.aggregate IN "
                                    "(SELECT id FROM aggregates WHERE customer_id = ?) ORDER BY e.pos",
             {S(customerId)}))
        out.append(readStored(r));
    return out;
}

} // namespace kakunin::hq
