#pragma once
// Private to the store: the only place that speaks to SQLCipher.

#include <QByteArray>
#include <QString>

#include <sqlite3.h>

#include <memory>

namespace kakunin::store {

class Statement {
public:
    Statement() = default;
    Statement(sqlite3 *db, const char *sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    Statement(Statement &&o) noexcept : m_db(o.m_db), m_stmt(o.m_stmt) { o.m_stmt = nullptr; }
    Statement &operator=(Statement &&o) noexcept;

    bool valid() const { return m_stmt != nullptr; }
    Statement &bind(int i, qint64 v);
    Statement &bind(int i, const QString &v);
    Statement &bind(int i, const QByteArray &blob);
    int step(); // SQLITE_ROW, SQLITE_DONE or an error code; resets itself after DONE or an error
    void reset();

    qint64 integer(int col) const;
    QString text(int col) const;
    QByteArray blob(int col) const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

struct DbCloser {
    void operator()(sqlite3 *db) const { sqlite3_close_v2(db); }
};
using DbHandle = std::unique_ptr<sqlite3, DbCloser>;

enum class OpenCheck {
    Ok,
    CannotOpen, // missing file, permissions
    PlainSqlite, // cipher_version did not answer: the process loaded plain SQLite
    NotADatabase, // the key does not fit, or page 1 is damaged
    Corrupt, // a page fails its HMAC or the b-tree is damaged
};

// Opens the file keyed with a raw 32-byte key, with the pragmas that must precede the first read.
// readOnly connections are used to check a file before anything may write to it.
OpenCheck openKeyed(const QString &path, const QByteArray &rawKey, bool readOnly, bool create, DbHandle *out);
// Runs PRAGMA quick_check: every page is read, so every page's HMAC is verified.
OpenCheck quickCheck(sqlite3 *db);
bool exec(sqlite3 *db, const char *sql);
QString cipherVersion(sqlite3 *db);

} // namespace kakunin::store
