#include "schema.h"

#include <array>

namespace kakunin::hq {
namespace {

// Numbered migrations in portable SQL (BYTEA becomes BLOB for the embedded store): append only, never
// edit one that has shipped. docs/headoffice.md describes the tables.
constexpr std::array Migrations = {
    // 1: users, enrollment, devices, the event log with positions, projections, visibility, blobs, flags.
    R"sql(
CREATE TABLE counters(name TEXT PRIMARY KEY, value BIGINT NOT NULL);
INSERT INTO counters(name, value) VALUES ('pos', 0);
INSERT INTO counters(name, value) VALUES ('feed', 0);
INSERT INTO counters(name, value) VALUES ('flag', 0);
CREATE TABLE server_identity(
    id TEXT PRIMARY KEY,
    device_id TEXT NOT NULL,
    seed BYTEA NOT NULL,
    public_key BYTEA NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE TABLE users(
    id TEXT PRIMARY KEY,
    role TEXT NOT NULL,
    name TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    disabled BIGINT NOT NULL
);
CREATE TABLE enrollment_codes(
    code_hash TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id),
    label TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT NOT NULL,
    device_id TEXT NOT NULL
);
CREATE TABLE devices(
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL,
    public_key BYTEA NOT NULL,
    name TEXT NOT NULL,
    app_version TEXT NOT NULL,
    token_hash TEXT NOT NULL,
    token_expires_at BIGINT NOT NULL,
    status TEXT NOT NULL,
    enrolled_at BIGINT NOT NULL,
    head_seq BIGINT NOT NULL,
    head_hash TEXT NOT NULL,
    last_push_at BIGINT NOT NULL,
    clock_skew_ms BIGINT NOT NULL,
    wipe_ordered_at BIGINT NOT NULL,
    wiped_at BIGINT NOT NULL,
    revoked_at BIGINT NOT NULL
);
CREATE INDEX devices_by_token ON devices(token_hash);
CREATE TABLE events(
    pos BIGINT PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    device TEXT NOT NULL,
    seq BIGINT NOT NULL,
    at BIGINT NOT NULL,
    mono BIGINT NOT NULL,
    boot TEXT NOT NULL,
    actor TEXT NOT NULL,
    type TEXT NOT NULL,
    aggregate TEXT NOT NULL,
    payload TEXT NOT NULL,
    prev TEXT NOT NULL,
    hash TEXT NOT NULL,
    sig BYTEA NOT NULL,
    received_at BIGINT NOT NULL,
    rule_code TEXT NOT NULL,
    UNIQUE(device, seq)
);
CREATE INDEX events_by_aggregate ON events(aggregate, pos);
CREATE INDEX events_by_type ON events(type, pos);
CREATE TABLE aggregates(
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    customer_id TEXT NOT NULL,
    owner TEXT NOT NULL,
    state TEXT NOT NULL,
    last_pos BIGINT NOT NULL
);
CREATE INDEX aggregates_by_customer ON aggregates(customer_id);
CREATE TABLE grants(
    user_id TEXT NOT NULL,
    aggregate TEXT NOT NULL,
    granted_at BIGINT NOT NULL,
    PRIMARY KEY(user_id, aggregate)
);
CREATE INDEX grants_by_aggregate ON grants(aggregate);
CREATE TABLE feed(
    fid BIGINT PRIMARY KEY,
    user_id TEXT NOT NULL,
    pos BIGINT NOT NULL
);
CREATE INDEX feed_by_user ON feed(user_id, fid);
CREATE TABLE blobs(
    sha256 TEXT PRIMARY KEY,
    data BYTEA NOT NULL,
    size BIGINT NOT NULL,
    device TEXT NOT NULL,
    received_at BIGINT NOT NULL
);
CREATE TABLE flags(
    id BIGINT PRIMARY KEY,
    at BIGINT NOT NULL,
    kind TEXT NOT NULL,
    code TEXT NOT NULL,
    device TEXT NOT NULL,
    user_id TEXT NOT NULL,
    seq BIGINT NOT NULL,
    event_id TEXT NOT NULL,
    aggregate TEXT NOT NULL,
    detail TEXT NOT NULL
);
)sql",
    // 2: the web console (docs/console.md): password hashes with the lock-out counter, and sessions (SHA-256 of
    // the cookie's token only, never the token).
    R"sql(
CREATE TABLE console_credentials(
    user_id TEXT PRIMARY KEY,
    password_hash TEXT NOT NULL,
    changed_at BIGINT NOT NULL,
    failed_count BIGINT NOT NULL,
    locked_until BIGINT NOT NULL,
    last_sign_in_at BIGINT NOT NULL
);
CREATE TABLE console_sessions(
    token_hash TEXT PRIMARY KEY,
    user_id TEXT NOT NULL,
    csrf_token TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL
);
CREATE INDEX console_sessions_by_user ON console_sessions(user_id);
)sql",
};

int currentVersion(Connection &c)
{
    const SqlRows rows = c.query("SELECT value FROM meta WHERE key = 'schema_version'");
    return rows.empty() ? 0 : static_cast<int>(rows.front().text(0).toInt());
}

} // namespace

int latestSchemaVersion()
{
    return static_cast<int>(Migrations.size());
}

MigrationResult migrate(Connection &c, const Database &db)
{
    // Under the write lock, so two processes starting on a fresh database do not both migrate.
    Transaction t(c, Transaction::Mode::Write);
    c.execScript("CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)");
    const int from = currentVersion(c);
    if (from > latestSchemaVersion())
        return MigrationResult::NewerSchema;
    for (int v = from; v < latestSchemaVersion(); ++v)
        c.execScript(db.adaptSchema(QByteArray(Migrations.at(static_cast<size_t>(v)))));
    if (from == 0)
        c.exec("INSERT INTO meta(key, value) VALUES ('schema_version', ?)", {QString::number(latestSchemaVersion())});
    else if (from < latestSchemaVersion())
        c.exec("UPDATE meta SET value = ? WHERE key = 'schema_version'", {QString::number(latestSchemaVersion())});
    t.commit();
    return MigrationResult::Ok;
}

} // namespace kakunin::hq
