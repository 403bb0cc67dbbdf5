// PostgreSQL only: each statement is planned once per connection (a prepared statement), within a bound.
#include "hqtestsupport.h"

#include <sql.h>

#include <catch2/catch.hpp>

using namespace kakunin;
using namespace kakunin::hqtest;

TEST_CASE("PostgreSQL: a statement run again on a connection reuses the one it prepared, and past the bound "
          "statements still run unprepared",
    "[hq][postgres]")
{
    auto db = hq::openPostgres(freshPostgresSchema());
    auto c = db->open();
    auto prepared = [&](const char *text) {
        return c->query("SELECT count(*) FROM pg_prepared_statements WHERE statement = ?", {QString::fromLatin1(text)})
            .front()
            .integer(0);
    };
    for (int i = 0; i < 3; ++i)
        CHECK(c->query("SELECT CAST(? AS BIGINT) + 1", {qint64(41)}).front().integer(0) == 42);
    CHECK(prepared("SELECT CAST($1 AS BIGINT) + 1") == 1);
    // Texts and bytes keep their parameter order when prepared (bytes travel first, as binary).
    const hq::SqlRows row = c->query("SELECT ?, length(CAST(? AS BYTEA)), CAST(? AS BIGINT)",
        {QStringLiteral("確認"), QByteArray("\x00\x01\x02", 3), qint64(7)});
    CHECK(row.front().text(0) == QStringLiteral("確認"));
    CHECK(row.front().integer(1) == 3);
    CHECK(row.front().integer(2) == 7);
    // Statements that differ only in a list's length are each their own; past 256 they are not prepared.
    for (int n = 1; n <= 300; ++n) {
        QByteArray sql = "SELECT count(*) FROM (VALUES (CAST(? AS BIGINT))";
        for (int k = 1; k < n; ++k)
            sql += ", (CAST(? AS BIGINT))";
        sql += ") v(x)";
        hq::SqlParams params(static_cast<size_t>(n), qint64(n));
        REQUIRE(c->query(sql.constData(), params).front().integer(0) == n);
    }
    CHECK(c->query("SELECT count(*) FROM pg_prepared_statements").front().integer(0) == 256);
    // A statement that is not a query or a change of rows is never prepared.
    c->execScript("CREATE TABLE IF NOT EXISTS statements_probe(x BIGINT)");
    CHECK(prepared("CREATE TABLE IF NOT EXISTS statements_probe(x BIGINT)") == 0);
}
