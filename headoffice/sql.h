#pragma once
// The one interface behind which head office keeps its data: PostgreSQL in production, an embedded
// SQLCipher file by default (docs/headoffice.md). The service speaks portable SQL with "?" placeholders;
// each backend adapts placeholders, types and locking.

#include <QByteArray>
#include <QString>

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <variant>
#include <vector>

namespace kakunin::hq {

using SqlValue = std::variant<std::monostate, qint64, QString, QByteArray>;
using SqlParams = std::vector<SqlValue>;

struct SqlRow {
    std::vector<SqlValue> values;
    bool isNull(size_t i) const { return std::holds_alternative<std::monostate>(values.at(i)); }
    qint64 integer(size_t i) const;
    QString text(size_t i) const;
    QByteArray bytes(size_t i) const;
};
using SqlRows = std::vector<SqlRow>;

class SqlError : public std::runtime_error {
public:
    enum class Kind {
        Unavailable, // the database cannot be reached: answered 503, retried by clients
        Constraint, // a unique or foreign key constraint
        Other,
    };
    SqlError(Kind kind, const std::string &what) : std::runtime_error(what), m_kind(kind) { }
    Kind kind() const { return m_kind; }

private:
    Kind m_kind;
};

// One connection, used by one thread at a time. Every method throws SqlError on failure.
class Connection {
public:
    virtual ~Connection() = default;
    virtual void exec(const char *sql, const SqlParams &params = {}) = 0;
    virtual SqlRows query(const char *sql, const SqlParams &params = {}) = 0;
    virtual void execScript(const QByteArray &sql) = 0; // several statements, no parameters
    // Many rows into one table, inside the open transaction: PostgreSQL uses COPY, the embedded store
    // multi-row INSERTs. Values may not be NULL.
    virtual void insertRows(
        const char *table, const std::vector<const char *> &columns, const std::vector<SqlParams> &rows)
        = 0;
    // A transaction that holds head office's write lock until it ends: writers (on every server process)
    // take turns, so positions are handed out in commit order and a device chain grows in one place.
    virtual void beginWrite() = 0;
    virtual void beginRead() = 0; // one consistent view for several reads
    // Until the open write transaction ends, writes (exec, small insertRows) may be held back and sent together
    // with the next read or the commit: under head office's write lock every round trip counts. Errors of a held
    // write, a constraint above all, then surface at that read or at commit().
    virtual void deferWrites() { }
    virtual void commit() = 0;
    virtual void rollback() noexcept = 0;
    virtual bool usable() const = 0; // false once the connection broke: the pool drops it
};

class Database {
public:
    virtual ~Database() = default;
    virtual std::unique_ptr<Connection> open() = 0;
    virtual QString kind() const = 0; // "postgresql" or "embedded"
    virtual QByteArray adaptSchema(const QByteArray &portableSql) const = 0; // type names of the dialect
};

// Connections kept open between requests; a request leases one and gives it back.
class ConnectionPool {
public:
    ConnectionPool(std::shared_ptr<Database> db, int maxOpen);
    ~ConnectionPool();
    ConnectionPool(const ConnectionPool &) = delete;
    ConnectionPool &operator=(const ConnectionPool &) = delete;

    class Lease {
    public:
        Lease(ConnectionPool *pool, std::unique_ptr<Connection> c);
        ~Lease();
        Lease(Lease &&) = default;
        Lease &operator=(Lease &&) = delete;
        Lease(const Lease &) = delete;
        Connection *operator->() const { return m_conn.get(); }
        Connection &operator*() const { return *m_conn; }

    private:
        ConnectionPool *m_pool;
        std::unique_ptr<Connection> m_conn;
    };

    // Waits, in arrival order, while maxOpen connections are leased; throws SqlError when none can be opened.
    Lease acquire();
    Database &database() const { return *m_db; }
    size_t waiting() const; // threads waiting for a connection
    int openCount() const; // connections open, leased or idle

private:
    struct Waiter {
        std::condition_variable cv;
        std::unique_ptr<Connection> handed;
        bool mayOpen = false;
    };
    void giveBack(std::unique_ptr<Connection> c);
    Lease openLocked(std::unique_lock<std::mutex> &lock, bool counted = false);
    void handOn(std::unique_ptr<Connection> c);
    std::shared_ptr<Database> m_db;
    int m_maxOpen;
    int m_open = 0;
    std::vector<std::unique_ptr<Connection>> m_idle;
    std::deque<Waiter *> m_waiting; // in arrival order
    mutable std::mutex m_mutex;
};

// Rolls back unless committed.
class Transaction {
public:
    enum class Mode { Read, Write };
    Transaction(Connection &c, Mode mode);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    Connection &m_c;
    bool m_open = true;
};

// insertRows() as multi-row INSERT … VALUES (…), (…) statements of at most 900 parameters.
void insertWithValues(
    Connection &c, const char *table, const std::vector<const char *> &columns, const std::vector<SqlParams> &rows);

// Factories; each backend lives in its own file (SQLCipher stays private to hqsqlcipher).
std::shared_ptr<Database> openPostgres(const QString &url); // throws SqlError when it cannot connect
// The embedded store: an SQLCipher file keyed with a raw 32-byte key. Throws SqlError.
std::shared_ptr<Database> openEmbedded(const QString &path, const QByteArray &rawKey);

} // namespace kakunin::hq
