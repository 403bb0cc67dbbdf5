#include <catch2/catch.hpp>

#include <support/testsupport.h>

#include <QFile>
#include <QProcess>
#include <QStandardPaths>

#include <sys/stat.h>

using namespace kakunin;

TEST_CASE("the database file is not plaintext", "[store][encryption]")
{
    test::TempStore t;
    const QString name = QStringLiteral("Yamada Taro KAKUNIN-MARKER");
    const QString jpName = QStringLiteral("山田太郎");
    auto store = t.create();
    for (int i = 0; i < 50; ++i)
        REQUIRE(store->append(test::customerDraft(QStringLiteral("cust-%1").arg(i), name, jpName)).ok());

    auto checkFiles = [&](bool expectWal) {
        const QByteArray db = test::readFile(t.dbPath());
        REQUIRE(db.size() >= 4096);
        CHECK(db.left(16) != QByteArray("SQLite format 3\0", 16));
        for (const char *suffix : {"", "-wal", "-shm"}) {
            const QString path = t.dbPath() + QLatin1String(suffix);
            if (!QFile::exists(path)) {
                CHECK_FALSE(expectWal);
                continue;
            }
            const QByteArray bytes = test::readFile(path);
            INFO(path.toStdString());
            CHECK_FALSE(bytes.contains(name.toUtf8()));
            CHECK_FALSE(bytes.contains(jpName.toUtf8()));
            CHECK_FALSE(bytes.contains("customer.registered"));
        }
    };
    for (const char *suffix : {"", "-wal", "-shm"}) {
        struct stat st { };
        REQUIRE(::stat(QFile::encodeName(t.dbPath() + QLatin1String(suffix)).constData(), &st) == 0);
        INFO(suffix);
        CHECK((st.st_mode & 0777) == 0600); // owner only
    }
    // While open the events sit in the WAL; after closing they are checkpointed into the file.
    checkFiles(true);
    store.reset();
    checkFiles(false);
}

TEST_CASE("the sqlite3 command-line tool cannot read the store", "[store][encryption]")
{
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    REQUIRE_FALSE(sqlite3.isEmpty()); // scripts/test installs it for this check
    test::TempStore t;
    auto store = t.create();
    REQUIRE(store->append(test::customerDraft(QStringLiteral("c1"), QStringLiteral("Sato"))).ok());
    store.reset();

    QProcess p;
    p.start(sqlite3, {t.dbPath(), QStringLiteral("SELECT count(*) FROM sqlite_master;")});
    REQUIRE(p.waitForFinished(10'000));
    const QByteArray err = p.readAllStandardError();
    CHECK(p.exitCode() != 0);
    CHECK(err.contains("not a database"));
}

TEST_CASE("the process runs on SQLCipher and never maps libsqlite3", "[store][encryption]")
{
    test::TempStore t;
    auto store = t.create();
    CHECK(store->cipherVersion() == QLatin1String("3.4.1"));
    const QByteArray maps = test::readFile(QStringLiteral("/proc/self/maps"));
    CHECK(maps.contains("libsqlcipher"));
    CHECK_FALSE(maps.contains("libsqlite3.so"));
}
