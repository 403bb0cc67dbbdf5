#include "store.h"

#include "database_p.h"
#include "migrations_p.h"
#include "unlockthrottle.h"

#include <core/canonicaljson.h>
#include <core/clock.h>
#include <core/ed25519.h>
#include <core/random.h>

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonDocument>

namespace kakunin {

using store::DbHandle;
using store::OpenCheck;
using store::Statement;

namespace {

const QString DbFileName = QStringLiteral("kakunin.db");
const QString ThrottleFileName = QStringLiteral("kakunin.unlock");
constexpr int DefaultUnlockTargetMs = 300;

const SystemClock &systemClock()
{
    static const SystemClock c;
    return c;
}

StoreError fromOpenCheck(OpenCheck c)
{
    switch (c) {
    case OpenCheck::Ok:
        return StoreError::None;
    case OpenCheck::CannotOpen:
        return StoreError::IoError;
    case OpenCheck::PlainSqlite:
        return StoreError::PlainSqliteLoaded;
    case OpenCheck::NotADatabase:
        return StoreError::NotADatabase;
    case OpenCheck::Corrupt:
        return StoreError::Corrupt;
    }
    return StoreError::Corrupt;
}

QJsonObject parseObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

constexpr const char *EventColumns
    = "seq, id, device, at, mono, boot, actor, type, aggregate, payload, prev, hash, sig";

Event readEvent(const Statement &st)
{
    Event e;
    e.seq = st.integer(0);
    e.id = st.text(1);
    e.device = st.text(2);
    e.at = st.integer(3);
    e.mono = st.integer(4);
    e.boot = st.text(5);
    e.actor = st.text(6);
    e.type = st.text(7);
    e.aggregate = st.text(8);
    e.payload = parseObject(st.text(9));
    e.prev = st.text(10);
    e.hash = st.text(11);
    e.signature = st.blob(12);
    return e;
}

QByteArray sql(const char *head, const char *tail = "")
{
    return QByteArray(head).replace("$COLS", EventColumns) + tail;
}

} // namespace

struct Store::Private {
    StoreOptions options;
    const Clock *clock = nullptr;
    RandomSource *random = nullptr;
    DbHandle db;
    std::unique_ptr<KeyStorage> keyStorage;
    QString deviceId;
    QByteArray seed;
    QByteArray publicKey;
    std::unique_ptr<ed25519::Signer> signer; // parsed once: signing is on the append hot path
    qint64 headSeq = 0;
    QString headHash = GenesisHash;
    QByteArray rawKey; // for openConnection (the sync worker's own connection); SQLCipher holds it anyway

    // Prepared once: append is the hot path.
    Statement insertEvent;
    Statement insertOutbox;
    Statement selectProjection;
    Statement upsertProjection;

    QString dbPath() const { return databasePath(options.directory); }
    UnlockThrottle throttle() const
    {
        return UnlockThrottle(QDir(options.directory).filePath(ThrottleFileName), *clock);
    }
};

Store::Store(std::unique_ptr<Private> dd) : d(std::move(dd)) { }
Store::~Store() = default;

bool Store::exists(const QString &directory)
{
    return QFile::exists(databasePath(directory));
}

QString Store::databasePath(const QString &directory)
{
    return QDir(directory).filePath(DbFileName);
}

static std::unique_ptr<Store::Private> makePrivate(const StoreOptions &options)
{
    auto p = std::make_unique<Store::Private>();
    p->options = options;
    p->clock = options.clock != nullptr ? options.clock : &systemClock();
    p->random = options.random != nullptr ? options.random : &systemRandom();
    return p;
}

// Checks the file on a read-only connection first, so that a damaged or foreign file is never written to,
// then opens it for writing with the pragmas of DESIGN.md and brings the schema up to date.
static StoreError openDatabase(Store::Private &p, const QByteArray &rawKey, bool create, bool checkFirst = true)
{
    const QString path = p.dbPath();
    if (!create && checkFirst) {
        DbHandle check;
        if (auto c = store::openKeyed(path, rawKey, true, false, &check); c != OpenCheck::Ok)
            return fromOpenCheck(c);
        if (auto c = store::quickCheck(check.get()); c != OpenCheck::Ok)
            return fromOpenCheck(c);
        if (store::schemaVersion(check.get()) > store::latestSchemaVersion())
            return StoreError::NewerSchema;
    }
    if (auto c = store::openKeyed(path, rawKey, false, create, &p.db); c != OpenCheck::Ok)
        return fromOpenCheck(c);
    p.rawKey = rawKey;
    // Several connections (UI, sync worker) write in short transactions: wait for each other, never fail.
    sqlite3_busy_timeout(p.db.get(), 10'000);
    // Owner only, before anything is written; SQLite gives -wal and -shm the database file's mode.
    if (create && !QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return StoreError::IoError;
    sqlite3 *db = p.db.get();
    if (!store::exec(db, "PRAGMA journal_mode = WAL") || !store::exec(db, "PRAGMA synchronous = FULL")
        || !store::exec(db, "PRAGMA foreign_keys = ON"))
        return StoreError::IoError;
    if (auto e = store::migrate(db); e != StoreError::None)
        return e;

    if (create) {
        const auto keys = ed25519::fromSeed(p.random->bytes(ed25519::SeedSize));
        Statement ins(db, "INSERT INTO device(id, seed, public_key, created_at) VALUES (?, ?, ?, ?)");
        ins.bind(1, p.random->uuid()).bind(2, keys.seed).bind(3, keys.publicKey).bind(4, p.clock->utcMs());
        if (keys.publicKey.isEmpty() || ins.step() != SQLITE_DONE)
            return StoreError::IoError;
    }
    Statement dev(db, "SELECT id, seed, public_key FROM device LIMIT 1");
    if (dev.step() != SQLITE_ROW)
        return StoreError::Corrupt;
    p.deviceId = dev.text(0);
    p.seed = dev.blob(1);
    p.publicKey = dev.blob(2);
    dev.reset();
    p.signer = std::make_unique<ed25519::Signer>(p.seed);
    if (!p.signer->valid())
        return StoreError::Corrupt;

    Statement head(db, "SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1");
    if (head.step() == SQLITE_ROW) {
        p.headSeq = head.integer(0);
        p.headHash = head.text(1);
        head.reset();
    }

    p.insertEvent = Statement(db,
        "INSERT INTO events(seq, id, device, at, mono, boot, actor, type, aggregate, "
        "payload, prev, hash, sig) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
    p.insertOutbox = Statement(db, "INSERT INTO outbox(seq) VALUES (?)");
    p.selectProjection = Statement(db, "SELECT kind, state FROM projections WHERE aggregate = ?");
    p.upsertProjection
        = Statement(db, "INSERT OR REPLACE INTO projections(aggregate, kind, state, last_seq) VALUES (?,?,?,?)");
    if (!p.insertEvent.valid() || !p.insertOutbox.valid() || !p.selectProjection.valid() || !p.upsertProjection.valid())
        return StoreError::Corrupt;
    return StoreError::None;
}

Store::Opened Store::create(const StoreOptions &options, const QString &pin)
{
    if (!keyvault::pinIsAcceptable(pin))
        return Opened::failure(StoreError::PinTooWeak);
    if (exists(options.directory))
        return Opened::failure(StoreError::AlreadyInitialized);
    const bool folderExisted = QDir(options.directory).exists();
    if (!QDir().mkpath(options.directory))
        return Opened::failure(StoreError::IoError);
    if (!folderExisted) // a folder we made is ours alone; one the user chose keeps its mode
        QFile::setPermissions(
            options.directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    auto p = makePrivate(options);
    const QByteArray dbKey = p->random->bytes(keyvault::DbKeySize);
    const KdfParams kdf = options.kdf.value_or(keyvault::calibrate(DefaultUnlockTargetMs));
    const WrappedKey wrapped = keyvault::wrap(dbKey, pin, kdf, p->random->bytes(16), p->random->bytes(12));
    p->keyStorage = openKeyStorage(options.directory, options.keyStorage, true);
    // The key record is written before the database: a database must never exist without its key.
    if (wrapped.ciphertext.isEmpty() || !p->keyStorage->save(wrapped.toJson()))
        return Opened::failure(StoreError::KeyStorageFailed);
    if (auto e = openDatabase(*p, dbKey, true); e != StoreError::None) {
        p->db.reset();
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(p->dbPath() + QLatin1String(suffix));
        p->keyStorage->remove();
        return Opened::failure(e);
    }
    p->throttle().recordSuccess();
    return std::unique_ptr<Store>(new Store(std::move(p)));
}

UnlockState Store::unlockState(const StoreOptions &options)
{
    auto p = makePrivate(options);
    const UnlockThrottle t = p->throttle();
    return {t.failures(), t.retryAfterMs()};
}

Store::Opened Store::unlock(const StoreOptions &options, const QString &pin)
{
    if (!exists(options.directory))
        return Opened::failure(StoreError::NotInitialized);
    auto p = makePrivate(options);
    UnlockThrottle throttle = p->throttle();
    if (throttle.retryAfterMs() > 0)
        return Opened::failure(StoreError::LockedOut);
    p->keyStorage = openKeyStorage(options.directory, options.keyStorage, false);
    const auto record = p->keyStorage->load();
    if (!record)
        return Opened::failure(StoreError::KeyMissing);
    auto wrapped = WrappedKey::fromJson(*record);
    if (!wrapped)
        return Opened::failure(wrapped.error());
    auto key = keyvault::unwrap(wrapped.value(), pin);
    if (!key) {
        if (key.error() == StoreError::WrongPin)
            throttle.recordFailure();
        return Opened::failure(key.error());
    }
    throttle.recordSuccess();
    if (auto e = openDatabase(*p, key.value(), false); e != StoreError::None)
        return Opened::failure(e);
    return std::unique_ptr<Store>(new Store(std::move(p)));
}

Store::Opened Store::openWithKey(const StoreOptions &options, const QByteArray &rawKey, bool create)
{
    if (rawKey.size() != keyvault::DbKeySize)
        return Opened::failure(StoreError::KeyDamaged);
    if (create ? exists(options.directory) : !exists(options.directory))
        return Opened::failure(create ? StoreError::AlreadyInitialized : StoreError::NotInitialized);
    if (create && !QDir().mkpath(options.directory))
        return Opened::failure(StoreError::IoError);
    auto p = makePrivate(options);
    if (auto e = openDatabase(*p, rawKey, create); e != StoreError::None)
        return Opened::failure(e);
    return std::unique_ptr<Store>(new Store(std::move(p)));
}

StoreError Store::changePin(const QString &currentPin, const QString &newPin)
{
    if (!keyvault::pinIsAcceptable(newPin))
        return StoreError::PinTooWeak;
    if (!d->keyStorage)
        return StoreError::KeyMissing;
    UnlockThrottle throttle = d->throttle();
    if (throttle.retryAfterMs() > 0)
        return StoreError::LockedOut;
    const auto record = d->keyStorage->load();
    if (!record)
        return StoreError::KeyMissing;
    auto wrapped = WrappedKey::fromJson(*record);
    if (!wrapped)
        return wrapped.error();
    auto key = keyvault::unwrap(wrapped.value(), currentPin);
    if (!key) {
        if (key.error() == StoreError::WrongPin)
            throttle.recordFailure();
        return key.error();
    }
    throttle.recordSuccess();
    const WrappedKey rewrapped
        = keyvault::wrap(key.value(), newPin, wrapped->kdf, d->random->bytes(16), d->random->bytes(12));
    return d->keyStorage->save(rewrapped.toJson()) ? StoreError::None : StoreError::KeyStorageFailed;
}

Result<Event, StoreError> Store::append(const EventDraft &draft)
{
    auto r = appendBatch({draft});
    if (!r)
        return Result<Event, StoreError>::failure(r.error());
    return r->first();
}

Result<QList<Event>, StoreError> Store::appendBatch(const QList<EventDraft> &drafts)
{
    using R = Result<QList<Event>, StoreError>;
    for (const EventDraft &dr : drafts)
        if (dr.type.isEmpty() || dr.aggregate.isEmpty() || dr.actor.isEmpty())
            return R::failure(StoreError::InvalidEvent);
    sqlite3 *db = d->db.get();
    if (!store::exec(db, "BEGIN IMMEDIATE"))
        return R::failure(StoreError::IoError);
    auto rollback = [db](StoreError e) {
        store::exec(db, "ROLLBACK");
        return R::failure(e);
    };

    QList<Event> out;
    out.reserve(drafts.size());
    QHash<QString, std::pair<AggregateState, qint64>> touched; // aggregate → (state, last seq)
    qint64 seq = d->headSeq;
    QString prev = d->headHash;
    const qint64 at = d->clock->utcMs();
    const qint64 mono = d->clock->monotonicMs();
    const QString boot = d->clock->bootId();
    for (const EventDraft &dr : drafts) {
        const auto payload = cjson::canonicalize(dr.payload);
        if (!payload)
            return rollback(StoreError::PayloadNotCanonical);
        Event e {d->random->uuid(), d->deviceId, ++seq, at, mono, boot, dr.actor, dr.type, dr.aggregate, dr.payload,
            prev, {}, {}};
        e.hash = e.computeHash();
        e.signature = d->signer->sign(QByteArray::fromHex(e.hash.toLatin1()));
        if (e.hash.isEmpty() || e.signature.isEmpty())
            return rollback(StoreError::PayloadNotCanonical);

        d->insertEvent.bind(1, e.seq).bind(2, e.id).bind(3, e.device).bind(4, e.at).bind(5, e.mono).bind(6, e.boot);
        d->insertEvent.bind(7, e.actor).bind(8, e.type).bind(9, e.aggregate);
        d->insertEvent.bind(10, QString::fromUtf8(payload.value())).bind(11, e.prev).bind(12, e.hash);
        d->insertEvent.bind(13, e.signature);
        if (d->insertEvent.step() != SQLITE_DONE)
            return rollback(StoreError::IoError);
        d->insertOutbox.bind(1, e.seq);
        if (d->insertOutbox.step() != SQLITE_DONE)
            return rollback(StoreError::IoError);

        // Projection in the same transaction: state and log can never disagree (outbox pattern).
        // Folded in memory for the whole batch, written once per aggregate below.
        auto it = touched.find(e.aggregate);
        if (it == touched.end()) {
            AggregateState state;
            d->selectProjection.bind(1, e.aggregate);
            if (d->selectProjection.step() == SQLITE_ROW) {
                state.kind = d->selectProjection.text(0);
                state.state = parseObject(d->selectProjection.text(1));
                d->selectProjection.reset();
            }
            it = touched.insert(e.aggregate, {state, 0});
        }
        it->first = project(it->first, e);
        it->second = e.seq;

        prev = e.hash;
        out.append(std::move(e));
    }
    for (auto it = touched.cbegin(); it != touched.cend(); ++it) {
        const auto stateJson = cjson::canonicalize(it->first.state);
        if (!stateJson)
            return rollback(StoreError::PayloadNotCanonical);
        d->upsertProjection.bind(1, it.key()).bind(2, it->first.kind).bind(3, QString::fromUtf8(stateJson.value()));
        d->upsertProjection.bind(4, it->second);
        if (d->upsertProjection.step() != SQLITE_DONE)
            return rollback(StoreError::IoError);
    }
    if (!store::exec(db, "COMMIT"))
        return rollback(StoreError::IoError);
    d->headSeq = seq;
    d->headHash = prev;
    return out;
}

ChainReport Store::verifyChain(qint64 afterSeq, const QString &afterHash) const
{
    // Stored order (rowid), not seq order: moving rows around must show.
    Statement st(d->db.get(), sql("SELECT $COLS FROM events WHERE seq > ? ORDER BY rowid").constData());
    st.bind(1, afterSeq);
    QList<Event> events;
    while (st.step() == SQLITE_ROW)
        events.append(readEvent(st));
    return kakunin::verifyChain(events, d->deviceId, d->publicKey, afterSeq + 1, afterHash);
}

bool Store::integrityOk() const
{
    Statement st(d->db.get(), "PRAGMA integrity_check(1)");
    if (st.step() != SQLITE_ROW)
        return false;
    const bool ok = st.text(0) == QLatin1String("ok");
    st.reset();
    return ok;
}

QList<Event> Store::unsentEvents(int limit, qint64 afterSeq) const
{
    Statement st(d->db.get(),
        "SELECT e.seq, e.id, e.device, e.at, e.mono, e.boot, e.actor, e.type, e.aggregate, e.payload, "
        "e.prev, e.hash, e.sig FROM outbox o JOIN events e ON e.seq = o.seq WHERE o.seq > ? ORDER BY o.seq LIMIT ?");
    st.bind(1, afterSeq);
    st.bind(2, static_cast<qint64>(limit));
    QList<Event> out;
    while (st.step() == SQLITE_ROW)
        out.append(readEvent(st));
    return out;
}

qint64 Store::unsentCount() const
{
    Statement st(d->db.get(), "SELECT count(*) FROM outbox");
    const qint64 n = st.step() == SQLITE_ROW ? st.integer(0) : 0;
    st.reset();
    return n;
}

StoreError Store::markSentUpTo(qint64 seq)
{
    Statement st(d->db.get(), "DELETE FROM outbox WHERE seq <= ?");
    st.bind(1, seq);
    return st.step() == SQLITE_DONE ? StoreError::None : StoreError::IoError;
}

Result<QString, StoreError> Store::putBlob(const QByteArray &bytes)
{
    using R = Result<QString, StoreError>;
    const QString sha = sha256Hex(bytes);
    sqlite3 *db = d->db.get();
    if (!store::exec(db, "BEGIN IMMEDIATE"))
        return R::failure(StoreError::IoError);
    Statement ins(db, "INSERT OR IGNORE INTO blobs(sha256, data, created_at) VALUES (?, ?, ?)");
    ins.bind(1, sha).bind(2, bytes).bind(3, d->clock->utcMs());
    Statement queue(db, "INSERT OR IGNORE INTO blob_outbox(sha256) VALUES (?)");
    queue.bind(1, sha);
    if (ins.step() != SQLITE_DONE || queue.step() != SQLITE_DONE || !store::exec(db, "COMMIT")) {
        store::exec(db, "ROLLBACK");
        return R::failure(StoreError::IoError);
    }
    return sha;
}

std::optional<QByteArray> Store::blob(const QString &sha256) const
{
    Statement st(d->db.get(), "SELECT data FROM blobs WHERE sha256 = ?");
    st.bind(1, sha256);
    if (st.step() != SQLITE_ROW)
        return std::nullopt;
    QByteArray data = st.blob(0);
    st.reset();
    return data;
}

RecordBundle Store::exportRecord(const QStringList &aggregates) const
{
    RecordBundle b;
    b.deviceId = d->deviceId;
    b.devicePublicKey = d->publicKey;
    b.aggregates = aggregates;
    b.exportedAt = d->clock->utcMs();
    qint64 last = 0;
    for (const QString &a : aggregates) {
        Statement st(d->db.get(), "SELECT max(seq) FROM events WHERE aggregate = ?");
        st.bind(1, a);
        if (st.step() == SQLITE_ROW)
            last = std::max(last, st.integer(0));
        st.reset();
    }
    Statement st(d->db.get(), sql("SELECT $COLS FROM events WHERE seq <= ? ORDER BY seq").constData());
    st.bind(1, last);
    while (st.step() == SQLITE_ROW) {
        Event e = readEvent(st);
        if (!aggregates.contains(e.aggregate)) {
            // Another customer's record: only what proves the chain is whole.
            Event withheld;
            withheld.seq = e.seq;
            withheld.device = e.device;
            withheld.prev = e.prev;
            withheld.hash = e.hash;
            withheld.signature = e.signature;
            b.withheld.insert(e.seq);
            b.chain.append(withheld);
            continue;
        }
        for (const QString &h : citedBlobs(e))
            if (!b.blobs.contains(h))
                if (auto data = blob(h))
                    b.blobs.insert(h, *data);
        b.chain.append(std::move(e));
    }
    return b;
}

QList<Event> Store::latestEvents(const QString &aggregate, int limit) const
{
    Statement st(
        d->db.get(), sql("SELECT $COLS FROM events WHERE aggregate = ? ORDER BY seq DESC LIMIT ?").constData());
    st.bind(1, aggregate).bind(2, static_cast<qint64>(limit));
    QList<Event> out;
    while (st.step() == SQLITE_ROW)
        out.append(readEvent(st));
    return out;
}

std::optional<AggregateState> Store::projection(const QString &aggregate) const
{
    d->selectProjection.bind(1, aggregate);
    if (d->selectProjection.step() != SQLITE_ROW)
        return std::nullopt;
    AggregateState s {d->selectProjection.text(0), parseObject(d->selectProjection.text(1))};
    d->selectProjection.reset();
    return s;
}

QList<AggregateState> Store::projectionsOfKind(const QString &kind) const
{
    Statement st(d->db.get(), "SELECT kind, state FROM projections WHERE kind = ? ORDER BY aggregate");
    st.bind(1, kind);
    QList<AggregateState> out;
    while (st.step() == SQLITE_ROW)
        out.append(AggregateState {st.text(0), parseObject(st.text(1))});
    return out;
}

qint64 Store::headSeq() const
{
    return d->headSeq;
}

qint64 Store::recordedHeadSeq() const
{
    Statement st(d->db.get(), "SELECT coalesce(max(seq), 0) FROM events");
    return st.step() == SQLITE_ROW ? st.integer(0) : 0;
}

QString Store::headHash() const
{
    return d->headHash;
}

QString Store::deviceId() const
{
    return d->deviceId;
}

QByteArray Store::devicePublicKey() const
{
    return d->publicKey;
}

QString Store::cipherVersion() const
{
    return store::cipherVersion(d->db.get());
}

int Store::schemaVersion() const
{
    return store::schemaVersion(d->db.get());
}

QString Store::keyStorageKind() const
{
    return d->keyStorage ? d->keyStorage->kind() : QStringLiteral("none");
}

// --- Sync (docs/sync-client.md) ---

namespace {
const QString SyncPrefix = QStringLiteral("sync/");
const QString CursorKey = QStringLiteral("cursor");
} // namespace

Store::Opened Store::openConnection() const
{
    StoreOptions o = d->options;
    o.clock = d->clock;
    o.random = d->random;
    auto p = makePrivate(o);
    // This file was checked page by page when it was opened: no second quick_check.
    if (auto e = openDatabase(*p, d->rawKey, false, false); e != StoreError::None)
        return Opened::failure(e);
    return std::unique_ptr<Store>(new Store(std::move(p)));
}

QStringList Store::unsentBlobs(int limit) const
{
    Statement st(d->db.get(),
        "SELECT o.sha256 FROM blob_outbox o JOIN blobs b ON b.sha256 = o.sha256 "
        "ORDER BY b.created_at, o.rowid LIMIT ?");
    st.bind(1, static_cast<qint64>(limit));
    QStringList out;
    while (st.step() == SQLITE_ROW)
        out.append(st.text(0));
    return out;
}

qint64 Store::unsentBlobCount() const
{
    Statement st(d->db.get(), "SELECT count(*) FROM blob_outbox");
    const qint64 n = st.step() == SQLITE_ROW ? st.integer(0) : 0;
    st.reset();
    return n;
}

StoreError Store::markBlobSent(const QString &sha256)
{
    Statement st(d->db.get(), "DELETE FROM blob_outbox WHERE sha256 = ?");
    st.bind(1, sha256);
    return st.step() == SQLITE_DONE ? StoreError::None : StoreError::IoError;
}

StoreError Store::requeueAfter(qint64 seq)
{
    Statement st(d->db.get(), "INSERT OR IGNORE INTO outbox(seq) SELECT seq FROM events WHERE seq > ?");
    st.bind(1, seq);
    return st.step() == SQLITE_DONE ? StoreError::None : StoreError::IoError;
}

Result<QStringList, StoreError> Store::applyRemote(const QList<Event> &events, const QString &cursor)
{
    using R = Result<QStringList, StoreError>;
    sqlite3 *db = d->db.get();
    if (!store::exec(db, "BEGIN IMMEDIATE"))
        return R::failure(StoreError::IoError);
    auto rollback = [db](StoreError e) {
        store::exec(db, "ROLLBACK");
        return R::failure(e);
    };
    Statement ins(db,
        "INSERT OR IGNORE INTO remote_events(id, device, seq, at, mono, boot, actor, type, aggregate, payload, "
        "prev, hash, sig, received_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    Statement own(db, "SELECT 1 FROM events WHERE id = ?");
    Statement lastSeq(db, "SELECT last_seq FROM projections WHERE aggregate = ?");
    Statement meta(db, "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)");
    if (!ins.valid() || !own.valid() || !lastSeq.valid() || !meta.valid())
        return rollback(StoreError::Corrupt);

    QHash<QString, AggregateState> touched;
    QStringList order;
    const qint64 now = d->clock->utcMs();
    for (const Event &e : events) {
        if (e.id.isEmpty() || e.aggregate.isEmpty() || e.type.isEmpty())
            return rollback(StoreError::InvalidEvent);
        if (e.device == d->deviceId)
            continue; // our own event coming back: already in the log and the projection
        own.bind(1, e.id);
        const bool ours = own.step() == SQLITE_ROW;
        own.reset();
        if (ours)
            continue;
        const auto payload = cjson::canonicalize(e.payload);
        if (!payload)
            return rollback(StoreError::PayloadNotCanonical);
        ins.bind(1, e.id).bind(2, e.device).bind(3, e.seq).bind(4, e.at).bind(5, e.mono).bind(6, e.boot);
        ins.bind(7, e.actor).bind(8, e.type).bind(9, e.aggregate).bind(10, QString::fromUtf8(payload.value()));
        ins.bind(11, e.prev).bind(12, e.hash).bind(13, e.signature).bind(14, now);
        if (ins.step() != SQLITE_DONE)
            return rollback(StoreError::IoError);
        if (sqlite3_changes(db) == 0)
            continue; // applied by an earlier pull whose cursor did not move on

        auto it = touched.find(e.aggregate);
        if (it == touched.end()) {
            AggregateState state;
            d->selectProjection.bind(1, e.aggregate);
            if (d->selectProjection.step() == SQLITE_ROW) {
                state.kind = d->selectProjection.text(0);
                state.state = parseObject(d->selectProjection.text(1));
                d->selectProjection.reset();
            }
            it = touched.insert(e.aggregate, state);
            order.append(e.aggregate);
        }
        *it = project(*it, e);
    }
    for (const QString &aggregate : std::as_const(order)) {
        const AggregateState &state = touched.value(aggregate);
        const auto stateJson = cjson::canonicalize(state.state);
        if (!stateJson)
            return rollback(StoreError::PayloadNotCanonical);
        // last_seq stays the device's own seq the projection reflects.
        lastSeq.bind(1, aggregate);
        const qint64 seq = lastSeq.step() == SQLITE_ROW ? lastSeq.integer(0) : 0;
        lastSeq.reset();
        d->upsertProjection.bind(1, aggregate).bind(2, state.kind).bind(3, QString::fromUtf8(stateJson.value()));
        d->upsertProjection.bind(4, seq);
        if (d->upsertProjection.step() != SQLITE_DONE)
            return rollback(StoreError::IoError);
    }
    meta.bind(1, SyncPrefix + CursorKey).bind(2, cursor);
    if (meta.step() != SQLITE_DONE)
        return rollback(StoreError::IoError);
    if (!store::exec(db, "COMMIT"))
        return rollback(StoreError::IoError);
    return order;
}

QString Store::syncCursor() const
{
    return syncValue(CursorKey);
}

QList<Event> Store::remoteEvents(const QString &aggregate) const
{
    Statement st(d->db.get(), sql("SELECT $COLS FROM remote_events WHERE aggregate = ? ORDER BY rowid").constData());
    st.bind(1, aggregate);
    QList<Event> out;
    while (st.step() == SQLITE_ROW)
        out.append(readEvent(st));
    return out;
}

QString Store::syncValue(const QString &key) const
{
    Statement st(d->db.get(), "SELECT value FROM meta WHERE key = ?");
    st.bind(1, SyncPrefix + key);
    if (st.step() != SQLITE_ROW)
        return {};
    QString v = st.text(0);
    st.reset();
    return v;
}

StoreError Store::setSyncValue(const QString &key, const QString &value)
{
    Statement st(d->db.get(),
        value.isEmpty() ? "DELETE FROM meta WHERE key = ?" : "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)");
    st.bind(1, SyncPrefix + key);
    if (!value.isEmpty())
        st.bind(2, value);
    return st.step() == SQLITE_DONE ? StoreError::None : StoreError::IoError;
}

StoreError Store::wipe()
{
    // Crypto-shred first: without the wrapped key record the file can never be opened again, even with the
    // PIN, whatever happens next (power loss included).
    StoreError result = StoreError::None;
    const QString dir = d->options.directory;
    const QString keyFile = QDir(dir).filePath(QStringLiteral("kakunin.key"));
    const bool hadKeyFile = QFile::exists(keyFile);
    auto storage = d->keyStorage ? std::move(d->keyStorage) : openKeyStorage(dir, d->options.keyStorage, false);
    if (!storage->remove() && hadKeyFile)
        result = StoreError::KeyStorageFailed; // a keychain without our record answers "not found": not an error
    if (QFile::exists(keyFile) && !QFile::remove(keyFile))
        result = StoreError::KeyStorageFailed;

    // Then the rows, overwritten on disk, and the files.
    sqlite3 *db = d->db.get();
    store::exec(db, "PRAGMA secure_delete = ON");
    d->insertEvent = {};
    d->insertOutbox = {};
    d->selectProjection = {};
    d->upsertProjection = {};
    const bool deleted = store::exec(db, "BEGIN IMMEDIATE")
        && store::exec(db,
            "DELETE FROM outbox; DELETE FROM blob_outbox; DELETE FROM blobs; DELETE FROM projections; "
            "DELETE FROM remote_events; DELETE FROM events; DELETE FROM meta; DELETE FROM device;")
        && store::exec(db, "COMMIT");
    if (!deleted) {
        store::exec(db, "ROLLBACK");
        result = StoreError::IoError;
    }
    store::exec(db, "PRAGMA wal_checkpoint(TRUNCATE)");
    d->seed.fill('\0');
    d->rawKey.fill('\0');
    d->db.reset();
    for (const char *suffix : {"", "-wal", "-shm"}) {
        const QString f = d->dbPath() + QLatin1String(suffix);
        if (QFile::exists(f) && !QFile::remove(f))
            result = StoreError::IoError;
    }
    QFile::remove(QDir(dir).filePath(ThrottleFileName));
    return result;
}

} // namespace kakunin
