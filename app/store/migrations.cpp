#include "migrations_p.h"

#include "database_p.h"

#include <QByteArray>

#include <array>

namespace kakunin::store {
namespace {

// Numbered migrations: append only, never edit one that has shipped.
constexpr std::array Migrations = {
    // 1: device identity, the event log, the outbox and projections.
    R"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE device(
    id TEXT PRIMARY KEY,
    seed BLOB NOT NULL,          -- Ed25519 private key, never leaves the encrypted file
    public_key BLOB NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE TABLE events(
    seq INTEGER NOT NULL UNIQUE,
    id TEXT NOT NULL UNIQUE,
    device TEXT NOT NULL,
    at INTEGER NOT NULL,
    mono INTEGER NOT NULL,
    boot TEXT NOT NULL,
    actor TEXT NOT NULL,
    type TEXT NOT NULL,
    aggregate TEXT NOT NULL,
    payload TEXT NOT NULL,       -- canonical JSON
    prev TEXT NOT NULL,
    hash TEXT NOT NULL UNIQUE,
    sig BLOB NOT NULL
);
CREATE INDEX events_by_aggregate ON events(aggregate, seq);
CREATE TABLE outbox(seq INTEGER PRIMARY KEY REFERENCES events(seq));
CREATE TABLE projections(
    aggregate TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    state TEXT NOT NULL,         -- canonical JSON
    last_seq INTEGER NOT NULL
);
CREATE INDEX projections_by_kind ON projections(kind);
)sql",
    // 2: content-addressed blobs (signature strokes, renderings, seal images) and their upload queue.
    R"sql(
CREATE TABLE blobs(
    sha256 TEXT PRIMARY KEY,     -- lowercase hex SHA-256 of data
    data BLOB NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE TABLE blob_outbox(sha256 TEXT PRIMARY KEY REFERENCES blobs(sha256));
)sql",
    // 3: events pulled from head office (call results, approvals, policy updates, other devices of the user),
    // in the order they arrived; the sync cursor and credentials live in meta (keys "sync/…").
    R"sql(
CREATE TABLE remote_events(
    id TEXT PRIMARY KEY,         -- applying the same event twice is a no-op
    device TEXT NOT NULL,
    seq INTEGER NOT NULL,
    at INTEGER NOT NULL,
    mono INTEGER NOT NULL,
    boot TEXT NOT NULL,
    actor TEXT NOT NULL,
    type TEXT NOT NULL,
    aggregate TEXT NOT NULL,
    payload TEXT NOT NULL,       -- canonical JSON
    prev TEXT NOT NULL,
    hash TEXT NOT NULL,
    sig BLOB NOT NULL,
    received_at INTEGER NOT NULL
);
CREATE INDEX remote_events_by_aggregate ON remote_events(aggregate);
)sql",
};

} // namespace

int latestSchemaVersion()
{
    return static_cast<int>(Migrations.size());
}

int schemaVersion(sqlite3 *db)
{
    Statement st(db, "PRAGMA user_version");
    if (!st.valid() || st.step() != SQLITE_ROW)
        return -1;
    const int v = static_cast<int>(st.integer(0));
    st.reset();
    return v;
}

StoreError migrate(sqlite3 *db)
{
    const int current = schemaVersion(db);
    if (current < 0)
        return StoreError::Corrupt;
    if (current > latestSchemaVersion())
        return StoreError::NewerSchema;
    for (int v = current; v < latestSchemaVersion(); ++v) {
        if (!exec(db, "BEGIN IMMEDIATE"))
            return StoreError::MigrationFailed;
        const QByteArray bump = "PRAGMA user_version = " + QByteArray::number(v + 1);
        if (!exec(db, Migrations.at(static_cast<size_t>(v))) || !exec(db, bump.constData()) || !exec(db, "COMMIT")) {
            exec(db, "ROLLBACK");
            return StoreError::MigrationFailed;
        }
    }
    return StoreError::None;
}

} // namespace kakunin::store
