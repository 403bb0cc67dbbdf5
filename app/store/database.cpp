#include "database_p.h"

#include <QFile>

namespace kakunin::store {

Statement::Statement(sqlite3 *db, const char *sql) : m_db(db)
{
    if (sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) != SQLITE_OK)
        m_stmt = nullptr;
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement &Statement::operator=(Statement &&o) noexcept
{
    if (this != &o) {
        sqlite3_finalize(m_stmt);
        m_db = o.m_db;
        m_stmt = o.m_stmt;
        o.m_stmt = nullptr;
    }
    return *this;
}

Statement &Statement::bind(int i, qint64 v)
{
    sqlite3_bind_int64(m_stmt, i, v);
    return *this;
}

Statement &Statement::bind(int i, const QString &v)
{
    const QByteArray u = v.toUtf8();
    sqlite3_bind_text(m_stmt, i, u.constData(), static_cast<int>(u.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int i, const QByteArray &blob)
{
    sqlite3_bind_blob(m_stmt, i, blob.constData(), static_cast<int>(blob.size()), SQLITE_TRANSIENT);
    return *this;
}

int Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc != SQLITE_ROW)
        reset();
    return rc;
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

qint64 Statement::integer(int col) const
{
    return sqlite3_column_int64(m_stmt, col);
}

QString Statement::text(int col) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col));
    return QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, col));
}

QByteArray Statement::blob(int col) const
{
    const auto *p = static_cast<const char *>(sqlite3_column_blob(m_stmt, col));
    return QByteArray(p, sqlite3_column_bytes(m_stmt, col));
}

bool exec(sqlite3 *db, const char *sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

QString cipherVersion(sqlite3 *db)
{
    Statement st(db, "PRAGMA cipher_version");
    if (!st.valid() || st.step() != SQLITE_ROW)
        return {};
    QString v = st.text(0);
    st.reset();
    return v;
}

static OpenCheck classify(int rc)
{
    switch (rc & 0xFF) {
    case SQLITE_NOTADB:
        return OpenCheck::NotADatabase;
    case SQLITE_CORRUPT:
        return OpenCheck::Corrupt;
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_READONLY:
    case SQLITE_BUSY: // another connection (the sync worker) holds a lock: busy, not damaged
    case SQLITE_LOCKED:
        return OpenCheck::CannotOpen;
    default:
        return OpenCheck::Corrupt;
    }
}

OpenCheck openKeyed(const QString &path, const QByteArray &rawKey, bool readOnly, bool create, DbHandle *out)
{
    if (!create && !QFile::exists(path))
        return OpenCheck::CannotOpen;
    sqlite3 *raw = nullptr;
    int flags = readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (create)
        flags |= SQLITE_OPEN_CREATE;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, flags | SQLITE_OPEN_NOMUTEX, nullptr);
    DbHandle db(raw);
    if (rc != SQLITE_OK)
        return OpenCheck::CannotOpen;
    // A SQLCipher build answers; plain SQLite ignores the pragma and would write plaintext.
    if (cipherVersion(db.get()).isEmpty())
        return OpenCheck::PlainSqlite;
    // Raw key: "x'<64 hex>'" skips SQLCipher's PBKDF2; our key is already random.
    const QByteArray keySpec = "x'" + rawKey.toHex() + "'";
    if (sqlite3_key(db.get(), keySpec.constData(), static_cast<int>(keySpec.size())) != SQLITE_OK)
        return OpenCheck::CannotOpen;
    // A second connection (the sync worker, the customer list's reader) may hold a short lock.
    sqlite3_busy_timeout(db.get(), 10'000);
    // Settings are not stored in the file: the same pragmas at every open, before the first read.
    if (!exec(db.get(), "PRAGMA cipher_page_size = 4096"))
        return OpenCheck::CannotOpen;
    Statement first(db.get(), "SELECT count(*) FROM sqlite_master");
    if (!first.valid())
        return classify(sqlite3_extended_errcode(db.get()));
    const int stepRc = first.step();
    if (stepRc != SQLITE_ROW)
        return classify(stepRc);
    first.reset();
    *out = std::move(db);
    return OpenCheck::Ok;
}

OpenCheck quickCheck(sqlite3 *db)
{
    Statement st(db, "PRAGMA quick_check(1)");
    if (!st.valid())
        return classify(sqlite3_extended_errcode(db));
    const int rc = st.step();
    if (rc != SQLITE_ROW)
        return classify(rc);
    const QString verdict = st.text(0);
    st.reset();
    return verdict == QLatin1String("ok") ? OpenCheck::Ok : OpenCheck::Corrupt;
}

} // namespace kakunin::store
