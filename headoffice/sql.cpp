#include "sql.h"

#include <algorithm>

namespace kakunin::hq {

qint64 SqlRow::integer(size_t i) const
{
    const SqlValue &v = values.at(i);
    if (const auto *n = std::get_if<qint64>(&v))
        return *n;
    if (const auto *s = std::get_if<QString>(&v))
        return s->toLongLong();
    return 0;
}

QString SqlRow::text(size_t i) const
{
    const SqlValue &v = values.at(i);
    if (const auto *s = std::get_if<QString>(&v))
        return *s;
    if (const auto *n = std::get_if<qint64>(&v))
        return QString::number(*n);
    if (const auto *b = std::get_if<QByteArray>(&v))
        return QString::fromUtf8(*b);
    return {};
}

QByteArray SqlRow::bytes(size_t i) const
{
    const SqlValue &v = values.at(i);
    if (const auto *b = std::get_if<QByteArray>(&v))
        return *b;
    if (const auto *s = std::get_if<QString>(&v))
        return s->toUtf8();
    return {};
}

namespace {
// Leases each thread holds, per pool: a thread that holds one and asks for another is not made to wait for the
// others (they might all be doing the same), it opens one more.
thread_local std::vector<const ConnectionPool *> t_leases;
} // namespace

ConnectionPool::ConnectionPool(std::shared_ptr<Database> db, int maxOpen) : m_db(std::move(db)), m_maxOpen(maxOpen) { }

ConnectionPool::~ConnectionPool() = default;

ConnectionPool::Lease::~Lease()
{
    if (!m_conn)
        return; // moved from
    t_leases.erase(std::find(t_leases.begin(), t_leases.end(), m_pool));
    m_pool->giveBack(std::move(m_conn));
}

ConnectionPool::Lease::Lease(ConnectionPool *pool, std::unique_ptr<Connection> c) : m_pool(pool), m_conn(std::move(c))
{
    t_leases.push_back(m_pool);
}

ConnectionPool::Lease ConnectionPool::acquire()
{
    std::unique_lock lock(m_mutex);
    const bool nested = std::find(t_leases.begin(), t_leases.end(), this) != t_leases.end();
    // First come, first served: a thread that gives a connection back and asks again at once, or one that just
    // arrived, does not overtake those already waiting (under a burst they would otherwise wait without bound).
    if (m_waiting.empty() || nested) {
        if (nested && m_idle.empty())
            return openLocked(lock);
        if (!m_idle.empty()) {
            std::unique_ptr<Connection> c = std::move(m_idle.back());
            m_idle.pop_back();
            return Lease(this, std::move(c));
        }
        if (m_open < m_maxOpen)
            return openLocked(lock);
    }
    Waiter me;
    m_waiting.push_back(&me);
    me.cv.wait(lock, [&] { return me.handed != nullptr || me.mayOpen; });
    if (me.handed)
        return Lease(this, std::move(me.handed));
    return openLocked(lock, true);
}

// `counted`: the connection was already counted as open when the right to open it was handed on.
ConnectionPool::Lease ConnectionPool::openLocked(std::unique_lock<std::mutex> &lock, bool counted)
{
    if (!counted)
        ++m_open;
    lock.unlock();
    try {
        return Lease(this, m_db->open());
    } catch (...) {
        lock.lock();
        --m_open;
        handOn(nullptr);
        throw;
    }
}

// With m_mutex held: the connection (or, when it is gone, the right to open one) goes to the longest waiter.
void ConnectionPool::handOn(std::unique_ptr<Connection> c)
{
    if (m_waiting.empty()) {
        if (c && m_open > m_maxOpen)
            --m_open; // one opened for a thread that already held one: closed
        else if (c)
            m_idle.push_back(std::move(c));
        return;
    }
    if (!c && m_open >= m_maxOpen)
        return;
    Waiter *next = m_waiting.front();
    m_waiting.pop_front();
    if (c) {
        next->handed = std::move(c);
    } else {
        ++m_open;
        next->mayOpen = true;
    }
    next->cv.notify_one();
}

size_t ConnectionPool::waiting() const
{
    std::lock_guard lock(m_mutex);
    return m_waiting.size();
}

int ConnectionPool::openCount() const
{
    std::lock_guard lock(m_mutex);
    return m_open;
}

void ConnectionPool::giveBack(std::unique_ptr<Connection> c)
{
    std::lock_guard lock(m_mutex);
    if (c->usable()) {
        handOn(std::move(c));
        return;
    }
    --m_open;
    handOn(nullptr);
}

Transaction::Transaction(Connection &c, Mode mode) : m_c(c)
{
    if (mode == Mode::Write)
        c.beginWrite();
    else
        c.beginRead();
}

Transaction::~Transaction()
{
    if (m_open)
        m_c.rollback();
}

void Transaction::commit()
{
    m_c.commit();
    m_open = false;
}

void insertWithValues(
    Connection &c, const char *table, const std::vector<const char *> &columns, const std::vector<SqlParams> &rows)
{
    const int width = static_cast<int>(columns.size());
    const size_t chunk = static_cast<size_t>(std::max(1, 900 / width)); // SQLite 3.15: 999 parameters at most
    QByteArray head = QByteArray("INSERT INTO ") + table + "(";
    for (int i = 0; i < width; ++i)
        head += (i == 0 ? "" : ", ") + QByteArray(columns[static_cast<size_t>(i)]);
    head += ") VALUES ";
    QByteArray tuple = "(";
    for (int i = 0; i < width; ++i)
        tuple += i == 0 ? "?" : ",?";
    tuple += ")";
    for (size_t from = 0; from < rows.size(); from += chunk) {
        const size_t to = std::min(rows.size(), from + chunk);
        QByteArray sql = head;
        SqlParams params;
        params.reserve((to - from) * static_cast<size_t>(width));
        for (size_t r = from; r < to; ++r) {
            sql += (r == from ? "" : ",") + tuple;
            params.insert(params.end(), rows[r].begin(), rows[r].end());
        }
        c.exec(sql.constData(), params);
    }
}

} // namespace kakunin::hq
