#include "sql.h"

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

ConnectionPool::ConnectionPool(std::shared_ptr<Database> db, int maxOpen) : m_db(std::move(db)), m_maxOpen(maxOpen) { }

ConnectionPool::~ConnectionPool() = default;

ConnectionPool::Lease::~Lease()
{
    if (m_conn)
        m_pool->giveBack(std::move(m_conn));
}

ConnectionPool::Lease ConnectionPool::acquire()
{
    std::unique_lock lock(m_mutex);
    m_cv.wait(lock, [this] { return !m_idle.empty() || m_open < m_maxOpen; });
    if (!m_idle.empty()) {
        std::unique_ptr<Connection> c = std::move(m_idle.back());
        m_idle.pop_back();
        return Lease(this, std::move(c));
    }
    ++m_open;
    lock.unlock();
    try {
        return Lease(this, m_db->open());
    } catch (...) {
        lock.lock();
        --m_open;
        m_cv.notify_one();
        throw;
    }
}

void ConnectionPool::giveBack(std::unique_ptr<Connection> c)
{
    std::lock_guard lock(m_mutex);
    if (c->usable())
        m_idle.push_back(std::move(c));
    else
        --m_open;
    m_cv.notify_one();
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
