#include <catch2/catch.hpp>

#include <support/testsupport.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

#include <sys/stat.h>

using namespace kakunin;

namespace {
QByteArray fileHash(const QString &path)
{
    return QCryptographicHash::hash(test::readFile(path), QCryptographicHash::Sha256);
}
} // namespace

TEST_CASE("a PIN needs six digits or a passphrase of eight characters", "[store][pin]")
{
    test::TempStore t;
    CHECK(Store::create(t.options(), QStringLiteral("12345")).error() == StoreError::PinTooWeak);
    CHECK(Store::create(t.options(), QStringLiteral("abc12")).error() == StoreError::PinTooWeak);
    CHECK_FALSE(Store::exists(t.dir.path()));
    CHECK(Store::create(t.options(), QStringLiteral("correct horse")).ok());
    CHECK(Store::create(t.options(), QStringLiteral("123456")).error() == StoreError::AlreadyInitialized);
}

TEST_CASE("a wrong PIN opens nothing and changes nothing", "[store][pin]")
{
    test::TempStore t;
    {
        auto s = t.create();
        REQUIRE(s->append(test::customerDraft(QStringLiteral("c1"), QStringLiteral("Suzuki"))).ok());
    }
    const QByteArray before = fileHash(t.dbPath());
    auto r = Store::unlock(t.options(), QStringLiteral("999999"));
    CHECK(r.error() == StoreError::WrongPin);
    CHECK(Store::unlockState(t.options()).failures == 1);
    CHECK(fileHash(t.dbPath()) == before);

    auto s = t.unlock();
    CHECK(s->headSeq() == 1);
    CHECK(s->verifyChain().ok());
    CHECK(Store::unlockState(t.options()).failures == 0);
}

TEST_CASE("wrong PINs are counted across restarts with growing delays", "[store][pin]")
{
    test::TempStore t;
    t.create().reset();
    for (int i = 1; i <= UnlockThrottle::FreeAttempts; ++i) {
        CHECK(Store::unlock(t.options(), QStringLiteral("000000")).error() == StoreError::WrongPin);
        // A fresh look at the folder is what a restarted app sees.
        CHECK(Store::unlockState(t.options()).failures == i);
        CHECK(Store::unlockState(t.options()).retryAfterMs == 0);
    }
    CHECK(Store::unlock(t.options(), QStringLiteral("000000")).error() == StoreError::WrongPin);
    CHECK(Store::unlockState(t.options()).retryAfterMs == 30'000);

    // While the delay runs even the right PIN is not tried.
    CHECK(Store::unlock(t.options(), test::DemoPin).error() == StoreError::LockedOut);
    t.clock.advance(29'000);
    CHECK(Store::unlockState(t.options()).retryAfterMs == 1'000);
    t.clock.advance(1'000);
    CHECK(Store::unlock(t.options(), QStringLiteral("111111")).error() == StoreError::WrongPin);
    CHECK(Store::unlockState(t.options()).retryAfterMs == 60'000);
    t.clock.advance(60'000);
    CHECK(t.unlock() != nullptr);
    CHECK(Store::unlockState(t.options()).failures == 0);

    CHECK(UnlockThrottle::delayAfter(7) == 120'000);
    CHECK(UnlockThrottle::delayAfter(40) == 3'600'000);
}

TEST_CASE("changing the PIN rewraps the key without touching the data", "[store][pin]")
{
    test::TempStore t;
    {
        auto s = t.create();
        REQUIRE(s->append(test::customerDraft(QStringLiteral("c1"), QStringLiteral("Tanaka"))).ok());
    }
    const QByteArray dataBefore = fileHash(t.dbPath());
    const QByteArray keyBefore = test::readFile(QDir(t.dir.path()).filePath(QStringLiteral("kakunin.key")));
    {
        auto s = t.unlock();
        CHECK(s->changePin(QStringLiteral("000000"), QStringLiteral("13579135")) == StoreError::WrongPin);
        CHECK(s->changePin(test::DemoPin, QStringLiteral("123")) == StoreError::PinTooWeak);
        CHECK(s->changePin(test::DemoPin, QStringLiteral("13579135")) == StoreError::None);
    }
    CHECK(test::readFile(QDir(t.dir.path()).filePath(QStringLiteral("kakunin.key"))) != keyBefore);
    CHECK(fileHash(t.dbPath()) == dataBefore);
    CHECK(Store::unlock(t.options(), test::DemoPin).error() == StoreError::WrongPin);
    auto s = t.unlock(QStringLiteral("13579135"));
    CHECK(
        s->projection(QStringLiteral("c1"))->state.value(QStringLiteral("name")).toString() == QLatin1String("Tanaka"));
}

TEST_CASE("the key record is private to its owner and its loss is reported", "[store][pin]")
{
    test::TempStore t;
    t.create().reset();
    const QString keyPath = QDir(t.dir.path()).filePath(QStringLiteral("kakunin.key"));
    struct stat st { };
    REQUIRE(::stat(QFile::encodeName(keyPath).constData(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);

    const QByteArray record = test::readFile(keyPath);
    test::writeFile(keyPath, "{\"v\":1,\"kdf\":\"argon2id\"}");
    CHECK(Store::unlock(t.options(), test::DemoPin).error() == StoreError::KeyDamaged);
    QFile::remove(keyPath);
    CHECK(Store::unlock(t.options(), test::DemoPin).error() == StoreError::KeyMissing);
    test::writeFile(keyPath, record);
    CHECK(t.unlock() != nullptr);
}

TEST_CASE("the Argon2id cost is stored with the key and used to unwrap it", "[store][pin]")
{
    test::TempStore t;
    t.create().reset();
    const QString keyPath = QDir(t.dir.path()).filePath(QStringLiteral("kakunin.key"));
    auto w = WrappedKey::fromJson(test::readFile(keyPath));
    REQUIRE(w.ok());
    CHECK(w->kdf == test::FastKdf);
    CHECK(w->salt.size() == 16);
    // Raising the cost on file without rewrapping must make the PIN fail, not be ignored.
    WrappedKey raised = w.value();
    raised.kdf.timeCost = 2;
    test::writeFile(keyPath, raised.toJson());
    CHECK(Store::unlock(t.options(), test::DemoPin).error() == StoreError::WrongPin);
}
