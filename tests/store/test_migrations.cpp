#include <catch2/catch.hpp>

#include <support/testsupport.h>

#include <QCryptographicHash>
#include <QFile>

#include <sqlite3.h>

using namespace kakunin;

TEST_CASE("a new store is at the latest schema and reopening migrates nothing", "[store][migrations]")
{
    test::TempStore t;
    const int version = t.create()->schemaVersion();
    CHECK(version >= 1);
    CHECK(t.unlock()->schemaVersion() == version);
}

TEST_CASE("a database from a newer app version refuses to open, clearly and untouched", "[store][migrations]")
{
    const QByteArray key = QByteArray::fromHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
    QTemporaryDir dir;
    StoreOptions o;
    o.directory = dir.path();
    REQUIRE(Store::openWithKey(o, key, true).ok());
    {
        sqlite3 *db = nullptr;
        REQUIRE(sqlite3_open(QFile::encodeName(Store::databasePath(dir.path())).constData(), &db) == SQLITE_OK);
        const QByteArray spec = "x'" + key.toHex() + "'";
        sqlite3_key(db, spec.constData(), static_cast<int>(spec.size()));
        REQUIRE(sqlite3_exec(db, "PRAGMA cipher_page_size = 4096; PRAGMA user_version = 99", nullptr, nullptr, nullptr)
            == SQLITE_OK);
        sqlite3_close(db);
    }
    const QByteArray before = test::readFile(Store::databasePath(dir.path()));
    CHECK(Store::openWithKey(o, key).error() == StoreError::NewerSchema);
    CHECK(test::readFile(Store::databasePath(dir.path())) == before);
}

TEST_CASE("a wrong raw key is refused as not our database", "[store][migrations]")
{
    QTemporaryDir dir;
    StoreOptions o;
    o.directory = dir.path();
    REQUIRE(Store::openWithKey(o, QByteArray(32, '\x01'), true).ok());
    CHECK(Store::openWithKey(o, QByteArray(32, '\x02')).error() == StoreError::NotADatabase);
    CHECK(Store::openWithKey(o, QByteArray(31, '\x01')).error() == StoreError::KeyDamaged);
    CHECK(Store::openWithKey(o, QByteArray(32, '\x01')).ok());
}
