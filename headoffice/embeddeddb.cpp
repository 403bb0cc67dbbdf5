// The embedded head-office store: one SQLCipher file. The only file of kakunin-hq that speaks to SQLCipher;
// it is compiled into hqsqlcipher, which links SQLCipher PRIVATE.
#include "sql.h"

#include <QFile>

#include <sqlite3.h>

#include <string>
#include <unordered_map>

namespace kakunin::hq {
namespace {

[[noreturn]] void fail(sqlite3 *db, int rc, const char *what)
{
    const std::string msg = std::string(what) + ": " + (db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
    const int primary = rc & 0xFF;
    if (primary == SQLITE_CONSTRAINT)
        throw SqlError(SqlError::Kind::Constraint, msg);
    if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED || primary == SQLITE_CANTOPEN || primary == SQLITE_IOERR
        || primary == SQLITE_FULL)
        throw SqlError(SqlError::Kind::Unavailable, msg);
    throw SqlError(SqlError::Kind::Other, msg);
}

class EmbeddedConnection final : public Connection {
public:
    EmbeddedConnection(const QString &path, const QByteArray &rawKey)
    {
        const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db,
            SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
        if (rc != SQLITE_OK)
            fail(m_db, rc, "open");
        // A SQLCipher build answers; plain SQLite ignores the pragma and would write plaintext.
        if (query("PRAGMA cipher_version", {}).empty())
            throw SqlError(SqlError::Kind::Other, "SQLCipher is not the SQLite of this process (cipher_version)");
        const QByteArray keySpec = "x'" + rawKey.toHex() + "'";
        if (sqlite3_key(m_db, keySpec.constData(), static_cast<int>(keySpec.size())) != SQLITE_OK)
            fail(m_db, SQLITE_ERROR, "key");
        // Settings are not stored in the file: the same pragmas at every open, the page size before any read.
        // Before the first read: the server or an admin command may be writing at this moment.
        sqlite3_busy_timeout(m_db, 30'000);
        execScript("PRAGMA cipher_page_size = 4096");
        query("SELECT count(*) FROM sqlite_master", {}); // a wrong key fails here (SQLITE_NOTADB)
        query("PRAGMA journal_mode = WAL", {});
        execScript("PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;");
    }

    ~EmbeddedConnection() override
    {
        for (auto &[sql, st] : m_statements)
            sqlite3_finalize(st);
        sqlite3_close_v2(m_db);
    }
    EmbeddedConnection(const EmbeddedConnection &) = delete;
    EmbeddedConnection &operator=(const EmbeddedConnection &) = delete;

    void exec(const char *sql, const SqlParams &params) override { run(sql, params, nullptr); }

    SqlRows query(const char *sql, const SqlParams &params) override
    {
        SqlRows rows;
        run(sql, params, &rows);
        return rows;
    }

    void execScript(const QByteArray &sql) override
    {
        char *err = nullptr;
        const int rc = sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, &err);
        if (rc != SQLITE_OK) {
            const std::string msg = err ? err : "script";
            sqlite3_free(err);
            fail(nullptr, rc, msg.c_str());
        }
    }

    void insertRows(
        const char *table, const std::vector<const char *> &columns, const std::vector<SqlParams> &rows) override
    {
        insertWithValues(*this, table, columns, rows);
    }

    // BEGIN IMMEDIATE takes SQLite's write lock at once: one writer at a time, across connections.
    void beginWrite() override { execScript("BEGIN IMMEDIATE"); }
    void beginRead() override { execScript("BEGIN"); }
    void commit() override { execScript("COMMIT"); }
    void rollback() noexcept override { sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr); }
    bool usable() const override { return m_db != nullptr; }

private:
    sqlite3_stmt *prepare(const char *sql)
    {
        // Prepared once per connection; statements with generated IN lists vary, so the cache is bounded.
        std::string key(sql);
        if (auto it = m_statements.find(key); it != m_statements.end())
            return it->second;
        if (m_statements.size() >= 256) {
            for (auto &[text, cached] : m_statements)
                sqlite3_finalize(cached);
            m_statements.clear();
        }
        sqlite3_stmt *st = nullptr;
        if (const int rc = sqlite3_prepare_v2(m_db, sql, -1, &st, nullptr); rc != SQLITE_OK)
            fail(m_db, rc, sql);
        m_statements.emplace(std::move(key), st);
        return st;
    }

    void run(const char *sql, const SqlParams &params, SqlRows *rows)
    {
        sqlite3_stmt *st = prepare(sql);
        sqlite3_reset(st);
        sqlite3_clear_bindings(st);
        for (size_t i = 0; i < params.size(); ++i) {
            const int idx = static_cast<int>(i) + 1;
            const SqlValue &v = params[i];
            if (const auto *n = std::get_if<qint64>(&v)) {
                sqlite3_bind_int64(st, idx, *n);
            } else if (const auto *s = std::get_if<QString>(&v)) {
                const QByteArray u = s->toUtf8();
                sqlite3_bind_text(st, idx, u.constData(), static_cast<int>(u.size()), SQLITE_TRANSIENT);
            } else if (const auto *b = std::get_if<QByteArray>(&v)) {
                sqlite3_bind_blob(st, idx, b->constData(), static_cast<int>(b->size()), SQLITE_TRANSIENT);
            } else {
                sqlite3_bind_null(st, idx);
            }
        }
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
            if (!rows)
                continue;
            SqlRow row;
            const int n = sqlite3_column_count(st);
            row.values.reserve(static_cast<size_t>(n));
            for (int c = 0; c < n; ++c) {
                switch (sqlite3_column_type(st, c)) {
                case SQLITE_INTEGER:
                    row.values.emplace_back(static_cast<qint64>(sqlite3_column_int64(st, c)));
                    break;
                case SQLITE_TEXT:
                    row.values.emplace_back(QString::fromUtf8(
                        reinterpret_cast<const char *>(sqlite3_column_text(st, c)), sqlite3_column_bytes(st, c)));
                    break;
                case SQLITE_BLOB:
                    row.values.emplace_back(
                        QByteArray(static_cast<const char *>(sqlite3_column_blob(st, c)), sqlite3_column_bytes(st, c)));
                    break;
                case SQLITE_NULL:
                    row.values.emplace_back(std::monostate());
                    break;
                default:
                    row.values.emplace_back(QString::fromUtf8(
                        reinterpret_cast<const char *>(sqlite3_column_text(st, c)), sqlite3_column_bytes(st, c)));
                }
            }
            rows->push_back(std::move(row));
        }
        sqlite3_reset(st);
        if (rc != SQLITE_DONE)
            fail(m_db, rc, sql);
    }

    sqlite3 *m_db = nullptr;
    std::unordered_map<std::string, sqlite3_stmt *> m_statements;
};

class EmbeddedDatabase final : public Database {
public:
    EmbeddedDatabase(QString path, QByteArray key) : m_path(std::move(path)), m_key(std::move(key)) { }
    std::unique_ptr<Connection> open() override { return std::make_unique<EmbeddedConnection>(m_path, m_key); }
    QString kind() const override { return QStringLiteral("embedded"); }
    QByteArray adaptSchema(const QByteArray &sql) const override { return QByteArray(sql).replace("BYTEA", "BLOB"); }

private:
    QString m_path;
    QByteArray m_key;
};

} // namespace

std::shared_ptr<Database> openEmbedded(const QString &path, const QByteArray &rawKey)
{
    if (rawKey.size() != 32)
        throw SqlError(SqlError::Kind::Other, "the embedded store needs a 32-byte key");
    const bool existed = QFile::exists(path);
    auto db = std::make_shared<EmbeddedDatabase>(path, rawKey);
    db->open(); // checks SQLCipher, the key and the file now rather than at the first request
    if (!existed)
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return db;
}

} // namespace kakunin::hq
