#include <catch2/catch.hpp>

#include <support/testsupport.h>

#include <QCryptographicHash>
#include <QFile>

#include <sqlite3.h>

using namespace kakunin;

namespace {

const QByteArray RawKey = QByteArray::fromHex("8f2a55c1d3e4b6a7980f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69");

// Opens the store file the way an attacker holding the key would: straight through SQLCipher.
struct RawDb {
    sqlite3 *db = nullptr;
    explicit RawDb(const QString &path)
    {
        REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK);
        const QByteArray spec = "x'" + RawKey.toHex() + "'";
        REQUIRE(sqlite3_key(db, spec.constData(), static_cast<int>(spec.size())) == SQLITE_OK);
        exec("PRAGMA cipher_page_size = 4096");
    }
    ~RawDb() { sqlite3_close(db); }
    void exec(const char *sql)
    {
        char *err = nullptr;
        const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &err);
        INFO(sql << " -> " << (err ? err : "ok"));
        sqlite3_free(err);
        REQUIRE(rc == SQLITE_OK);
    }
};

struct KeyedStore {
    QTemporaryDir dir;
    ManualClock clock;
    StoreOptions options() const
    {
        StoreOptions o;
        o.directory = dir.path();
        o.clock = &clock;
        return o;
    }
    std::unique_ptr<Store> open(bool create = false)
    {
        auto r = Store::openWithKey(options(), RawKey, create);
        INFO(storeErrorName(r.error()));
        REQUIRE(r.ok());
        return std::move(r).value();
    }
    void fill(int n)
    {
        auto s = open(true);
        for (int i = 1; i <= n; ++i) {
            REQUIRE(s->append(test::customerDraft(QStringLiteral("c%1").arg(i), QStringLiteral("N%1").arg(i))).ok());
            clock.advance(1000);
        }
    }
};

QByteArray sha(const QString &path)
{
    return QCryptographicHash::hash(test::readFile(path), QCryptographicHash::Sha256);
}

} // namespace

TEST_CASE(
    "a flipped byte gives a clear error, leaves the file untouched, and the original still opens", "[store][tamper]")
{
    test::TempStore t;
    {
        auto s = t.create();
        for (int i = 0; i < 400; ++i)
            REQUIRE(s->append(test::customerDraft(QStringLiteral("c%1").arg(i), QStringLiteral("Customer %1").arg(i)))
                        .ok());
    }
    const QByteArray original = test::readFile(t.dbPath());
    REQUIRE(original.size() > 4096 * 8);

    struct Case {
        qsizetype offset;
        StoreError expected;
    };
    // Page 1 carries the header: a damage there is "not a database"; any later page fails its HMAC.
    const Case cases[] = {{100, StoreError::NotADatabase}, {4096 * 5 + 1234, StoreError::Corrupt},
        {original.size() - 77, StoreError::Corrupt}};
    for (const Case &c : cases) {
        INFO("offset " << c.offset);
        QByteArray damaged = original;
        damaged[c.offset] = static_cast<char>(damaged[c.offset] ^ 0x40);
        test::writeFile(t.dbPath(), damaged);
        const QByteArray before = sha(t.dbPath());
        CHECK(Store::unlock(t.options(), test::DemoPin).error() == c.expected);
        CHECK(sha(t.dbPath()) == before); // never written to
        CHECK(Store::unlockState(t.options()).failures == 0); // the PIN was right
    }
    test::writeFile(t.dbPath(), original);
    auto s = t.unlock();
    CHECK(s->headSeq() == 400);
    CHECK(s->integrityOk());
    CHECK(s->verifyChain().ok());
}

TEST_CASE("verifyChain names each tamper made inside the database", "[store][tamper]")
{
    KeyedStore k;
    k.fill(10);

    SECTION("changed payload")
    {
        RawDb(Store::databasePath(k.dir.path()))
            .exec("UPDATE events SET payload = '{\"name\":\"Someone else\"}' WHERE seq = 4");
        const auto r = k.open()->verifyChain();
        CHECK(r.error == ChainError::ContentChanged);
        CHECK(r.seq == 4);
    }
    SECTION("moved confirmation time")
    {
        RawDb(Store::databasePath(k.dir.path())).exec("UPDATE events SET at = at - 3600000 WHERE seq = 7");
        CHECK(k.open()->verifyChain().error == ChainError::ContentChanged);
    }
    SECTION("removed event")
    {
        RawDb(Store::databasePath(k.dir.path())).exec("DELETE FROM events WHERE seq = 5");
        const auto r = k.open()->verifyChain();
        CHECK(r.error == ChainError::EventMissing);
        CHECK(r.seq == 5);
    }
    SECTION("reordered events")
    {
        RawDb db(Store::databasePath(k.dir.path()));
        db.exec("CREATE TEMP TABLE moved AS SELECT * FROM events WHERE seq IN (3, 4) ORDER BY seq DESC");
        db.exec("DELETE FROM events WHERE seq IN (3, 4)");
        db.exec("INSERT INTO events SELECT * FROM moved");
        const auto r = k.open()->verifyChain();
        CHECK(r.error == ChainError::EventsReordered);
    }
    SECTION("inserted event with a forged signature")
    {
        RawDb(Store::databasePath(k.dir.path()))
            .exec("INSERT INTO events SELECT 11, 'forged-id', device, at, mono, boot, actor, type, aggregate, "
                  "payload, hash, 'forged-hash', sig FROM events WHERE seq = 10");
        const auto r = k.open()->verifyChain();
        CHECK((r.error == ChainError::ContentChanged || r.error == ChainError::SignatureInvalid));
        CHECK(r.seq == 11);
    }
    SECTION("forged signature")
    {
        RawDb(Store::databasePath(k.dir.path()))
            .exec("UPDATE events SET sig = (SELECT sig FROM events WHERE seq = 2) WHERE seq = 9");
        const auto r = k.open()->verifyChain();
        CHECK(r.error == ChainError::SignatureInvalid);
        CHECK(r.seq == 9);
    }
}
