// PostgreSQL (production) through libpqxx 6.4. Parameters travel as text, bytes as binary; statements are prepared
// once per connection.
#include "sql.h"

#include <pqxx/pqxx>

#include <algorithm>
#include <array>
#include <cstring>
#include <optional>
#include <unordered_map>

namespace kakunin::hq {
namespace {

// Head office's write lock: a transaction-scoped advisory lock, shared by every kakunin-hq process
// serving the same database.
constexpr const char *WriteLockSql = "SELECT pg_advisory_xact_lock(7263016)";

constexpr pqxx::oid Int8Oid = 20, Int2Oid = 21, Int4Oid = 23, ByteaOid = 17;

// The statement with each "?" outside quotes replaced by what `replacement(n)` gives for the n-th (from 0).
template <typename F> std::string replacePlaceholders(const char *sql, F &&replacement)
{
    std::string out;
    size_t n = 0;
    bool quoted = false;
    for (const char *p = sql; *p != '\0'; ++p) {
        if (*p == '\'')
            quoted = !quoted;
        if (*p == '?' && !quoted)
            out += replacement(n++);
        else
            out += *p;
    }
    return out;
}

QByteArray decodeBytea(const char *text, size_t size)
{
    // PostgreSQL's default bytea_output is hex: "\x0a1b…".
    if (size >= 2 && text[0] == '\\' && text[1] == 'x')
        return QByteArray::fromHex(QByteArray(text + 2, static_cast<qsizetype>(size - 2)));
    return QByteArray(text, static_cast<qsizetype>(size));
}

class PostgresConnection final : public Connection {
public:
    explicit PostgresConnection(const std::string &url)
    {
        try {
            m_conn = std::make_unique<pqxx::connection>(url);
        } catch (const std::exception &e) {
            throw SqlError(SqlError::Kind::Unavailable, e.what());
        }
    }

    void exec(const char *sql, const SqlParams &params) override
    {
        if (m_deferring && m_txn) {
            m_pending += withLiterals(sql, params);
            m_pending += ";\n";
            return;
        }
        run(sql, params);
    }

    SqlRows query(const char *sql, const SqlParams &params) override
    {
        sendPending();
        const pqxx::result r = run(sql, params);
        SqlRows rows;
        rows.reserve(r.size());
        const auto columns = static_cast<size_t>(r.columns());
        std::vector<pqxx::oid> types(columns);
        for (size_t c = 0; c < columns; ++c)
            types[c] = r.column_type(static_cast<pqxx::row::size_type>(c));
        for (const pqxx::row &row : r) {
            SqlRow out;
            out.values.reserve(columns);
            for (size_t c = 0; c < columns; ++c) {
                const pqxx::field f = row[static_cast<pqxx::row::size_type>(c)];
                if (f.is_null())
                    out.values.emplace_back(std::monostate());
                else if (types[c] == Int8Oid || types[c] == Int4Oid || types[c] == Int2Oid)
                    out.values.emplace_back(static_cast<qint64>(f.as<long long>()));
                else if (types[c] == ByteaOid)
                    out.values.emplace_back(decodeBytea(f.c_str(), f.size()));
                else
                    out.values.emplace_back(QString::fromUtf8(f.c_str(), static_cast<qsizetype>(f.size())));
            }
            rows.push_back(std::move(out));
        }
        return rows;
    }

    void execScript(const QByteArray &sql) override
    {
        sendPending();
        guard([&] {
            if (m_txn) {
                m_txn->exec(sql.toStdString());
            } else {
                pqxx::nontransaction n(*m_conn);
                n.exec(sql.toStdString());
            }
            return pqxx::result();
        });
    }

    void insertRows(
        const char *table, const std::vector<const char *> &columns, const std::vector<SqlParams> &rows) override
    {
        // COPY pays off for many rows, and needs a transaction; held-back writes go as one multi-row INSERT each,
        // in the same round trip as the others.
        if (!m_txn || rows.size() < (m_deferring ? 200U : 16U))
            return insertWithValues(*this, table, columns, rows);
        sendPending();
        switch (columns.size()) {
        case 3:
            return copy<3>(table, columns, rows);
        case 6:
            return copy<6>(table, columns, rows);
        case 10:
            return copy<10>(table, columns, rows);
        case 16:
            return copy<16>(table, columns, rows);
        default:
            return insertWithValues(*this, table, columns, rows);
        }
    }

    void beginWrite() override
    {
        begin();
        guard([&] { return m_txn->exec(WriteLockSql); });
    }
    void beginRead() override { begin(); }

    void deferWrites() override { m_deferring = m_txn != nullptr; }

    void commit() override
    {
        sendPending();
        m_deferring = false;
        guard([&] {
            m_txn->commit();
            m_txn.reset();
            return pqxx::result();
        });
    }

    void rollback() noexcept override
    {
        m_pending.clear();
        m_deferring = false;
        try {
            if (m_txn)
                m_txn->abort();
        } catch (...) { // a broken connection cannot roll back; the server did it when the session ended
            m_broken = true;
        }
        m_txn.reset();
    }

    bool usable() const override { return !m_broken && m_conn && m_conn->is_open(); }

private:
    void begin()
    {
        m_pending.clear();
        m_deferring = false;
        guard([&] {
            m_txn = std::make_unique<pqxx::work>(*m_conn);
            return pqxx::result();
        });
    }

    template <typename F> pqxx::result guard(F &&f)
    {
        try {
            return f();
        } catch (const pqxx::broken_connection &e) {
            m_broken = true;
            m_txn.reset();
            throw SqlError(SqlError::Kind::Unavailable, e.what());
        } catch (const pqxx::integrity_constraint_violation &e) {
            throw SqlError(SqlError::Kind::Constraint, e.what());
        } catch (const pqxx::in_doubt_error &e) {
            m_broken = true;
            throw SqlError(SqlError::Kind::Unavailable, e.what());
        } catch (const std::exception &e) {
            if (!m_conn->is_open())
                m_broken = true;
            throw SqlError(m_broken ? SqlError::Kind::Unavailable : SqlError::Kind::Other, e.what());
        }
    }

    static std::string text(const SqlValue &v)
    {
        if (const auto *n = std::get_if<qint64>(&v))
            return std::to_string(*n);
        if (const auto *s = std::get_if<QString>(&v))
            return s->toStdString();
        if (const auto *b = std::get_if<QByteArray>(&v))
            return "\\x" + b->toHex().toStdString();
        return {};
    }

    // COPY … FROM STDIN through libpqxx's stream_to, which takes fixed-width rows.
    template <size_t N>
    void copy(const char *table, const std::vector<const char *> &columns, const std::vector<SqlParams> &rows)
    {
        guard([&] {
            pqxx::stream_to stream(*m_txn, table, std::vector<std::string>(columns.begin(), columns.end()));
            std::array<std::string, N> line;
            for (const SqlParams &row : rows) {
                for (size_t i = 0; i < N; ++i)
                    line[i] = text(row[i]);
                stream << line;
            }
            stream.complete();
            return pqxx::result();
        });
    }

    // The statement with its parameters written in as quoted literals (escaped by libpq for this connection's
    // encoding), so that several statements travel in one simple query. Numbers are quoted too: like a text
    // parameter, a quoted literal takes the type its column or cast asks for.
    std::string withLiterals(const char *sql, const SqlParams &params)
    {
        size_t used = 0;
        std::string out = replacePlaceholders(sql, [&](size_t n) -> std::string {
            used = n + 1;
            const SqlValue &v = params.at(n);
            if (std::holds_alternative<std::monostate>(v))
                return "NULL";
            if (const auto *b = std::get_if<QByteArray>(&v))
                return m_txn->quote_raw(
                    reinterpret_cast<const unsigned char *>(b->constData()), static_cast<size_t>(b->size()));
            return m_txn->quote(text(v));
        });
        if (used != params.size())
            throw SqlError(SqlError::Kind::Other, "statement and parameters do not match");
        return out;
    }

    void sendPending()
    {
        if (m_pending.empty())
            return;
        std::string batch;
        batch.swap(m_pending);
        guard([&] { return m_txn->exec(batch); });
    }

    // Bytes travel in binary format (no hex text twice their size for the server to parse back): they are
    // numbered $1… ahead of the text parameters, which follow them.
    pqxx::result run(const char *sql, const SqlParams &params)
    {
        std::vector<pqxx::binarystring> bytes;
        std::vector<std::string> storage;
        storage.reserve(params.size());
        std::vector<const char *> values;
        values.reserve(params.size());
        size_t byteCount = 0;
        for (const SqlValue &v : params)
            byteCount += std::holds_alternative<QByteArray>(v) ? 1 : 0;
        std::vector<size_t> number(params.size()); // $n of each parameter
        for (size_t i = 0; i < params.size(); ++i) {
            const SqlValue &v = params[i];
            if (const auto *b = std::get_if<QByteArray>(&v)) {
                bytes.emplace_back(b->constData(), static_cast<size_t>(b->size()));
                number[i] = bytes.size();
                continue;
            }
            number[i] = byteCount + values.size() + 1;
            if (std::holds_alternative<std::monostate>(v)) {
                storage.emplace_back();
                values.push_back(nullptr);
                continue;
            }
            storage.push_back(text(v));
            values.push_back(storage.back().c_str());
        }
        const std::string q = replacePlaceholders(
            sql, [&](size_t n) { return '$' + std::to_string(n < number.size() ? number[n] : n + 1); });
        return guard([&] {
            const auto binary = pqxx::prepare::make_dynamic_params(bytes);
            const auto texts = pqxx::prepare::make_dynamic_params(values);
            const std::string &name = prepared(q);
            std::optional<pqxx::nontransaction> n;
            pqxx::transaction_base &t = m_txn ? static_cast<pqxx::transaction_base &>(*m_txn) : n.emplace(*m_conn);
            return name.empty() ? t.exec_params(q, binary, texts) : t.exec_prepared(name, binary, texts);
        });
    }

    // The name this connection prepared the statement under ("" when it is not prepared). Planning a request's
    // few statements cost PostgreSQL more than running them (a pull: 0.33 ms of planning, 0.29 ms of work), so
    // each statement is planned once per connection; the server keeps a generic plan after a few runs. Statements
    // whose text varies with a list's length are prepared too, up to a bound per connection.
    const std::string &prepared(const std::string &sql)
    {
        static const std::string none;
        if (const auto it = m_prepared.find(sql); it != m_prepared.end())
            return it->second;
        if (m_prepared.size() >= MaxPrepared)
            return none;
        static const char *const preparable[] = {"SELECT", "INSERT", "UPDATE", "DELETE", "WITH"};
        if (std::none_of(std::begin(preparable), std::end(preparable),
                [&](const char *verb) { return sql.compare(0, std::strlen(verb), verb) == 0; }))
            return none;
        std::string name = "k" + std::to_string(m_prepared.size());
        m_conn->prepare(name, sql); // sent to the server with its first use
        return m_prepared.emplace(sql, std::move(name)).first->second;
    }

    std::unique_ptr<pqxx::connection> m_conn;
    std::unique_ptr<pqxx::work> m_txn;
    bool m_broken = false;
    bool m_deferring = false;
    std::string m_pending; // held-back writes (deferWrites)
    static constexpr size_t MaxPrepared = 256;
    std::unordered_map<std::string, std::string> m_prepared; // statement text → prepared name
};

class PostgresDatabase final : public Database {
public:
    explicit PostgresDatabase(std::string url) : m_url(std::move(url)) { }
    std::unique_ptr<Connection> open() override { return std::make_unique<PostgresConnection>(m_url); }
    QString kind() const override { return QStringLiteral("postgresql"); }
    QByteArray adaptSchema(const QByteArray &sql) const override { return sql; }

private:
    std::string m_url;
};

} // namespace

std::shared_ptr<Database> openPostgres(const QString &url)
{
    auto db = std::make_shared<PostgresDatabase>(url.toStdString());
    db->open(); // fails now, with the reason, rather than at the first request
    return db;
}

} // namespace kakunin::hq
