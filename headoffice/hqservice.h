#pragma once
// Head office's sync service (docs/headoffice.md, docs/sync-protocol.md): enrollment, push with chain,
// signature and rule checks, blobs, pull filtered by what a user may see (P4), head-office events signed by
// the server's own key, and the admin operations the console will call. Stateless between requests: every
// fact lives in the database, so several kakunin-hq processes can serve one PostgreSQL.

#include "sql.h"

#include <protocol/blobbatch.h>
#include <protocol/messages.h>

#include <core/clock.h>
#include <core/domain/eventcatalog.h>
#include <core/domain/policy.h>
#include <core/event.h>
#include <core/projection.h>
#include <core/result.h>

#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace kakunin::hq {

template <typename T> using ApiResult = Result<T, protocol::ApiError>;

// The web console (headoffice/console, docs/console.md): password hashing cost, sessions and lock-out.
struct ConsoleOptions {
    quint32 argon2MemoryKiB = 19 * 1024; // Argon2id cost of a password hash (tests make it cheap)
    quint32 argon2Iterations = 2;
    quint32 argon2Parallelism = 1;
    qint64 sessionIdleMs = 30LL * MsPerMinute; // a session unused this long is over
    qint64 sessionAbsoluteMs = 12LL * 60 * MsPerMinute; // and every session ends this long after sign-in
    int maxFailedSignIns = 5; // failed sign-ins in a row that lock a user out
    qint64 lockoutMs = 15LL * MsPerMinute;
    QString timeZone = QStringLiteral("Asia/Tokyo"); // how the console shows times
};

struct HqOptions {
    qint64 tokenLifetimeMs = 90LL * MsPerDay;
    qint64 codeLifetimeMs = 24LL * 60 * MsPerMinute;
    int maxConnections = 8;
    ConsoleOptions console;
    // Called by the thread about to store a group of concurrent pushes (docs/headoffice.md), with the group's
    // size, before it takes the write lock. Tests hold it to make pushes wait and group; nothing else sets it.
    std::function<void(size_t group)> beforeStoringPushes;
    // Called (PostgreSQL only) between a push group's reads before the write lock and the lock: tests write in
    // between to prove the reads are checked again under the lock.
    std::function<void()> afterReadingPushes;
    // Called by the thread storing a push group once it holds the write lock: tests hold it there to prove that
    // the next group reads meanwhile.
    std::function<void(size_t group)> holdingWriteLock;
    // Called by a push whose checks passed, before it waits for the pushes of its device with lower seqs: tests
    // hold a push there to prove that the next one waits for it.
    std::function<void(const protocol::PushRequest &)> afterCheckingPush;
};

// Who is calling: resolved from the bearer token.
struct DeviceAuth {
    QString deviceId;
    QString userId;
    Role role = Role::SalesRep;
    QByteArray publicKey;
    QString status;
    qint64 tokenExpiresAt = 0;
};

struct UserInfo {
    QString id;
    QString role;
    QString name;
    qint64 createdAt = 0;
    bool disabled = false;
};

struct DeviceInfo {
    QString id;
    QString userId;
    QString name;
    QString status; // active, revoked, wipe_ordered, wiped, server
    qint64 headSeq = 0;
    QString headHash;
    qint64 enrolledAt = 0;
    qint64 lastPushAt = 0;
    qint64 clockSkewMs = 0;
    qint64 tokenExpiresAt = 0;
    QByteArray publicKey;
    qint64 wipeOrderedAt = 0;
};

// Something head office must look at: a rule refusal, a clock off by more than the policy allows.
struct Flag {
    qint64 id = 0;
    qint64 at = 0;
    QString kind; // "rule_refused", "clock_skew"
    QString code; // lifecycle code for rule_refused, "clock_skew"
    QString device;
    QString userId;
    qint64 seq = 0;
    QString eventId;
    QString aggregate;
    QString detail;
};

struct StoredEvent {
    Event event;
    qint64 pos = 0;
    qint64 receivedAt = 0;
    QString ruleCode; // lifecycle code when the rules refused it, else empty
};

class HqService {
public:
    // Opens the pool, migrates the schema and loads (on first start: makes) head office's signing key.
    // Throws SqlError when the database cannot be used.
    HqService(std::shared_ptr<Database> db, const Clock &clock, HqOptions options = {});
    ~HqService();
    HqService(const HqService &) = delete;
    HqService &operator=(const HqService &) = delete;

    QString storeKind() const;
    protocol::ServerIdentity identity() const;
    // The secret every process on this database seals TLS session tickets with (SessionTicketKeys): derived from
    // head office's signing seed, never the seed itself.
    QByteArray sessionTicketSecret() const;

    // ---- sync API (each answers a document or the error to send)
    protocol::HealthResponse health();
    ApiResult<protocol::EnrollResponse> enroll(const protocol::EnrollRequest &request);
    // allowWipeOrdered: the wipe acknowledgement is the one call a device may make after a wipe order.
    ApiResult<DeviceAuth> authenticate(const QString &authorization, bool allowWipeOrdered = false);
    ApiResult<protocol::PushResponse> push(const DeviceAuth &auth, const protocol::PushRequest &request);
    // Pushes of this process waiting for the one being stored (they are stored together next).
    size_t pushesWaiting() const;
    // Pushes of this process waiting for a push of their own device with lower seqs (DeviceOrder).
    size_t pushesAwaitingTurn() const;
    ApiResult<protocol::BlobPutResponse> putBlob(const DeviceAuth &auth, const QString &sha256, const QByteArray &data);
    // POST /v1/blobs: every part is checked (name, size, hash) before anything is stored.
    ApiResult<protocol::BlobBatchResponse> putBlobs(const DeviceAuth &auth, const QList<protocol::BlobPart> &parts);
    ApiResult<protocol::ChangesResponse> changes(const DeviceAuth &auth, const QString &since, int limit);
    ApiResult<protocol::DeviceStatus> deviceStatus(const DeviceAuth &auth);
    ApiResult<protocol::DeviceStatus> wipeAck(const DeviceAuth &auth, const protocol::WipeAck &ack);
    ApiResult<protocol::TokenResponse> refreshToken(const DeviceAuth &auth);

    // ---- administration (CLI today, console later)
    ApiResult<UserInfo> createUser(const QString &id, const QString &role, const QString &name = QString());
    ApiResult<QString> issueCode(const QString &userId, qint64 lifetimeMs = 0, const QString &label = QString());
    ApiResult<DeviceInfo> revokeDevice(const QString &deviceId);
    ApiResult<DeviceInfo> orderWipe(const QString &deviceId);
    // Head-office events: signed with the server key, numbered in the server's chain, re-checked by the rules
    // (refused as a whole, nothing stored, when the rules refuse one). The actor is a head_office user.
    ApiResult<QList<Event>> recordHeadOfficeEvents(const QString &actor, const QList<EventDraft> &drafts);
    ApiResult<Event> assignInstaller(const QString &actor, const QString &contractId, const QString &installer);
    ApiResult<Event> publishPolicy(const QString &actor, const Policy &policy);
    ApiResult<Event> publishContent(const QString &actor, const QJsonObject &pack);

    // ---- reading (console, tests)
    QList<UserInfo> users();
    QList<DeviceInfo> devices();
    std::optional<DeviceInfo> device(const QString &id);
    QList<Flag> flags();
    std::optional<AggregateState> aggregate(const QString &id);
    QList<StoredEvent> eventsOfDevice(const QString &deviceId);
    QList<StoredEvent> eventsOfAggregate(const QString &aggregate);
    qint64 eventCount();
    std::optional<QByteArray> blob(const QString &sha256);
    Policy currentPolicy();

    // ---- console (headoffice/console, docs/console.md): what the web console reads beyond the API above
    struct AggregateRow {
        QString id;
        QString kind;
        QString customerId; // the customer group
        QString owner; // the sales rep who registered the customer / opened the contract
        QJsonObject state;
        qint64 lastPos = 0;
    };
    QList<AggregateRow> aggregatesOfKind(const QString &kind);
    std::optional<UserInfo> user(const QString &id);
    const Clock &clock() const;
    const HqOptions &options() const;
    // A connection for the console's own tables (console_credentials, console_sessions), never the sync tables.
    ConnectionPool::Lease connection();
    // Console users (confirmation_staff, compliance_admin, auditor) sign in to the console, never to a tablet.
    static bool isConsoleRole(const QString &role);
    // Who may author head-office events (as Role::HeadOffice): head_office, confirmation_staff, compliance_admin.
    static bool mayRecordHeadOfficeEvents(const QString &role);
    // The events of one customer group (every aggregate filed under the customer in `aggregates.customer_id`: the
    // customer and its contracts; installer assignments are filed on their own), in storage order (pos).
    QList<StoredEvent> eventsOfCustomerGroup(const QString &customerId);

    struct Private;

private:
    std::unique_ptr<Private> d;
};

} // namespace kakunin::hq
