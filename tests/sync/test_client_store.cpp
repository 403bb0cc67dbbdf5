// Store additions for sync (docs/sync-client.md): pulled events applied with their cursor in one
// transaction, the blob outbox, sync settings inside the encrypted file, a second connection for the sync
// worker, and the wipe order.
#include <catch2/catch.hpp>

#include <support/testsupport.h>

#include <QDir>
#include <QFile>
#include <QJsonObject>

#include <atomic>
#include <thread>

using namespace kakunin;

namespace {

// Events of another device (head office or another tablet of the user), signed by that device.
QList<Event> foreignEvents(test::TempStore &other, int count, const QString &customer = QStringLiteral("cust-r"))
{
    auto s = other.create();
    QList<Event> out;
    REQUIRE(s->append(test::customerDraft(customer, QStringLiteral("遠藤 一郎"))).ok());
    for (int i = 1; i < count; ++i)
        REQUIRE(s->append({EventType::CustomerUpdated, customer, QStringLiteral("rep-001"),
                              QJsonObject {{QStringLiteral("phone"), QStringLiteral("03-%1").arg(i)}}})
                    .ok());
    out = s->latestEvents(customer, count);
    std::reverse(out.begin(), out.end());
    return out;
}

qint64 eventCount(const Store &s, const QString &aggregate)
{
    const auto p = s.projection(aggregate);
    return p ? p->state.value(QStringLiteral("eventCount")).toInteger() : 0;
}

} // namespace

TEST_CASE("pulled events and their cursor are applied together", "[store][sync]")
{
    test::TempStore hq;
    const QList<Event> remote = foreignEvents(hq, 3);
    test::TempStore t;
    auto s = t.create();
    CHECK(s->syncCursor().isEmpty());

    const auto applied = s->applyRemote(remote, QStringLiteral("cursor-1"));
    REQUIRE(applied.ok());
    CHECK(applied.value() == QStringList {QStringLiteral("cust-r")});
    CHECK(s->syncCursor() == QLatin1String("cursor-1"));
    CHECK(eventCount(*s, QStringLiteral("cust-r")) == 3);
    CHECK(s->projection(QStringLiteral("cust-r"))->state.value(QStringLiteral("phone")).toString()
        == QLatin1String("03-2"));
    const QList<Event> kept = s->remoteEvents(QStringLiteral("cust-r"));
    REQUIRE(kept.size() == 3);
    for (int i = 0; i < 3; ++i) {
        CHECK(kept.at(i).id == remote.at(i).id);
        CHECK(kept.at(i).hash == remote.at(i).hash);
        CHECK(kept.at(i).signature == remote.at(i).signature);
        CHECK(kept.at(i).computeHash() == kept.at(i).hash); // stored content is exactly what was signed
    }
    // Pulled events are not ours to send back.
    CHECK(s->unsentCount() == 0);
    CHECK(s->headSeq() == 0);
    CHECK(s->verifyChain().ok());
}

TEST_CASE("a page pulled twice changes nothing the second time", "[store][sync]")
{
    test::TempStore hq;
    const QList<Event> remote = foreignEvents(hq, 2);
    test::TempStore t;
    auto s = t.create();
    REQUIRE(s->applyRemote(remote, QStringLiteral("c1")).ok());
    const auto again = s->applyRemote(remote, QStringLiteral("c2"));
    REQUIRE(again.ok());
    CHECK(again->isEmpty());
    CHECK(s->syncCursor() == QLatin1String("c2"));
    CHECK(eventCount(*s, QStringLiteral("cust-r")) == 2);
    CHECK(s->remoteEvents(QStringLiteral("cust-r")).size() == 2);
}

TEST_CASE("the tablet's own events coming back are skipped", "[store][sync]")
{
    test::TempStore t;
    auto s = t.create();
    REQUIRE(s->append(test::customerDraft(QStringLiteral("c1"), QStringLiteral("自社"))).ok());
    const QList<Event> own = s->latestEvents(QStringLiteral("c1"), 10);
    const auto applied = s->applyRemote(own, QStringLiteral("c1"));
    REQUIRE(applied.ok());
    CHECK(applied->isEmpty());
    CHECK(eventCount(*s, QStringLiteral("c1")) == 1);
    CHECK(s->remoteEvents(QStringLiteral("c1")).isEmpty());
}

TEST_CASE("a page that cannot be applied leaves events and projections and cursor as they were", "[store][sync]")
{
    test::TempStore hq;
    QList<Event> remote = foreignEvents(hq, 3);
    test::TempStore t;
    auto s = t.create();
    REQUIRE(s->applyRemote(remote.mid(0, 1), QStringLiteral("c1")).ok());
    QList<Event> bad = remote.mid(1);
    bad[1].payload.insert(QStringLiteral("score"), 0.5); // floating point never canonicalizes
    CHECK(s->applyRemote(bad, QStringLiteral("c2")).error() == StoreError::PayloadNotCanonical);
    CHECK(s->syncCursor() == QLatin1String("c1"));
    CHECK(eventCount(*s, QStringLiteral("cust-r")) == 1);
    CHECK(s->remoteEvents(QStringLiteral("cust-r")).size() == 1);

    QList<Event> noType = remote.mid(1, 1);
    noType[0].type.clear();
    CHECK(s->applyRemote(noType, QStringLiteral("c3")).error() == StoreError::InvalidEvent);
    CHECK(s->syncCursor() == QLatin1String("c1"));
}

TEST_CASE("local events fold onto what head office sent", "[store][sync]")
{
    test::TempStore hq;
    const QList<Event> remote = foreignEvents(hq, 1);
    test::TempStore t;
    auto s = t.create();
    REQUIRE(s->applyRemote(remote, QStringLiteral("c1")).ok());
    REQUIRE(s->append({EventType::CustomerUpdated, QStringLiteral("cust-r"), QStringLiteral("rep-001"),
                          QJsonObject {{QStringLiteral("address"), QStringLiteral("東京都港区")}}})
                .ok());
    const auto p = s->projection(QStringLiteral("cust-r"));
    REQUIRE(p.has_value());
    CHECK(p->state.value(QStringLiteral("name")).toString() == QStringLiteral("遠藤 一郎"));
    CHECK(p->state.value(QStringLiteral("address")).toString() == QStringLiteral("東京都港区"));
    CHECK(p->state.value(QStringLiteral("eventCount")).toInteger() == 2);
}

TEST_CASE("the blob outbox lists blobs oldest first until head office has them", "[store][sync]")
{
    test::TempStore t;
    auto s = t.create();
    const auto a = s->putBlob("first blob");
    t.clock.advance(10);
    const auto b = s->putBlob("second blob");
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    REQUIRE(s->putBlob("first blob").ok()); // the same bytes are one blob
    CHECK(s->unsentBlobs(10) == QStringList {a.value(), b.value()});
    CHECK(s->unsentBlobs(1) == QStringList {a.value()});
    CHECK(s->unsentBlobCount() == 2);
    CHECK(s->markBlobSent(a.value()) == StoreError::None);
    CHECK(s->unsentBlobs(10) == QStringList {b.value()});
    CHECK(s->unsentBlobCount() == 1);
    CHECK(s->blob(a.value()) == QByteArray("first blob")); // sent blobs stay for the record
}

TEST_CASE("events head office lost go back into the outbox", "[store][sync]")
{
    test::TempStore t;
    auto s = t.create();
    for (int i = 0; i < 5; ++i)
        REQUIRE(s->append(test::customerDraft(QStringLiteral("c%1").arg(i), QStringLiteral("n"))).ok());
    REQUIRE(s->markSentUpTo(4) == StoreError::None);
    CHECK(s->requeueAfter(2) == StoreError::None);
    const QList<Event> unsent = s->unsentEvents(10);
    REQUIRE(unsent.size() == 3);
    CHECK(unsent.first().seq == 3);
    CHECK(unsent.last().seq == 5);
}

TEST_CASE("sync settings live inside the encrypted file and survive a restart", "[store][sync]")
{
    test::TempStore t;
    {
        auto s = t.create();
        CHECK(s->syncValue(QStringLiteral("token")).isEmpty());
        CHECK(s->setSyncValue(QStringLiteral("token"), QStringLiteral("secret-token-123")) == StoreError::None);
        CHECK(s->setSyncValue(QStringLiteral("userId"), QStringLiteral("rep-001")) == StoreError::None);
        CHECK(s->setSyncValue(QStringLiteral("userId"), QString()) == StoreError::None); // removes
    }
    auto s = t.unlock();
    CHECK(s->syncValue(QStringLiteral("token")) == QLatin1String("secret-token-123"));
    CHECK(s->syncValue(QStringLiteral("userId")).isEmpty());
    // Never in plain text on disk.
    for (const QString &f : QDir(t.dir.path()).entryList(QDir::Files))
        CHECK_FALSE(test::readFile(QDir(t.dir.path()).filePath(f)).contains("secret-token-123"));
}

TEST_CASE("the sync worker's own connection writes while the app records", "[store][sync]")
{
    test::TempStore t;
    auto ui = t.create();
    auto opened = ui->openConnection();
    REQUIRE(opened.ok());
    std::unique_ptr<Store> worker = std::move(opened).value();
    CHECK(worker->deviceId() == ui->deviceId());

    test::TempStore hq;
    const QList<Event> remote = foreignEvents(hq, 40);
    std::atomic_bool done {false};
    std::atomic_int workerErrors {0};
    std::thread sync([&] {
        int page = 0;
        while (!done.load()) {
            const QList<Event> unsent = worker->unsentEvents(50);
            if (!unsent.isEmpty() && worker->markSentUpTo(unsent.last().seq) != StoreError::None)
                ++workerErrors;
            if (page < remote.size()) {
                if (!worker->applyRemote(remote.mid(page, 1), QString::number(page + 1)))
                    ++workerErrors;
                ++page;
            }
        }
    });
    for (int i = 0; i < 60; ++i) {
        QList<EventDraft> batch;
        for (int j = 0; j < 5; ++j)
            batch.append(test::customerDraft(QStringLiteral("c%1").arg(i), QStringLiteral("n%1").arg(j)));
        REQUIRE(ui->appendBatch(batch).ok());
    }
    done.store(true);
    sync.join();
    CHECK(workerErrors.load() == 0);
    const QList<Event> rest = worker->unsentEvents(1000);
    if (!rest.isEmpty())
        REQUIRE(worker->markSentUpTo(rest.last().seq) == StoreError::None);
    CHECK(ui->unsentCount() == 0);
    CHECK(ui->headSeq() == 300);
    CHECK(ui->verifyChain().ok());
    CHECK(ui->integrityOk());
    REQUIRE(worker->applyRemote(remote, QStringLiteral("last")).ok());
    CHECK(eventCount(*ui, QStringLiteral("cust-r")) == 40);
    CHECK(ui->syncCursor() == QLatin1String("last"));
}

TEST_CASE("a wipe order erases the key, the rows and the files", "[store][sync]")
{
    test::TempStore t;
    auto s = t.create();
    REQUIRE(s->append(test::customerDraft(QStringLiteral("c1"), QStringLiteral("消える顧客"))).ok());
    REQUIRE(s->putBlob("signature strokes").ok());
    REQUIRE(s->setSyncValue(QStringLiteral("token"), QStringLiteral("tok")) == StoreError::None);
    const QString keyFile = QDir(t.dir.path()).filePath(QStringLiteral("kakunin.key"));
    REQUIRE(QFile::exists(keyFile));
    auto other = s->openConnection(); // the app's connection stays open while the worker wipes
    REQUIRE(other.ok());

    CHECK(other.value()->wipe() == StoreError::None);
    CHECK_FALSE(QFile::exists(keyFile));
    CHECK_FALSE(Store::exists(t.dir.path()));
    for (const char *suffix : {"-wal", "-shm"})
        CHECK_FALSE(QFile::exists(t.dbPath() + QLatin1String(suffix)));
    s.reset();
    CHECK(Store::unlock(t.options(), test::DemoPin).error() == StoreError::NotInitialized);
    // A new store can be set up in the same folder afterwards.
    auto fresh = t.create();
    CHECK(fresh->headSeq() == 0);
    CHECK(fresh->syncValue(QStringLiteral("token")).isEmpty());
}
