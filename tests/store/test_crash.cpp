#include <catch2/catch.hpp>

#include <support/testsupport.h>

#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

using namespace kakunin;

// The app can be killed at any instant (battery, OS, a frustrated user). Whatever the store said it
// committed must survive, exactly once, and the file must always reopen clean.
TEST_CASE("store survives SIGKILL at random moments mid-write", "[store][crash]")
{
    const QByteArray key = QByteArray::fromHex("a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90");
    QTemporaryDir dir;
    StoreOptions o;
    o.directory = dir.path();
    REQUIRE(Store::openWithKey(o, key, true).ok());

    QRandomGenerator rng(20261128);
    constexpr int Kills = 200;
    qint64 committed = 0;
    int killedMidWrite = 0;
    qint64 verifiedSeq = 0;
    QString verifiedHash = GenesisHash;
    for (int round = 0; round < Kills; ++round) {
        QProcess child;
        child.start(QStringLiteral(CRASH_WRITER), {dir.path(), QString::fromLatin1(key.toHex())});
        REQUIRE(child.waitForStarted(10'000));
        REQUIRE(child.waitForReadyRead(20'000));
        const QByteArray ready = child.readLine();
        INFO("round " << round << ": " << ready.toStdString());
        REQUIRE(ready.startsWith("ready"));
        CHECK(ready.mid(6).trimmed().toLongLong() >= committed);

        // Let it commit at least once, so every round kills a writer in the middle of its work…
        QByteArray output;
        while (!output.contains("committed ") && child.state() == QProcess::Running)
            if (child.waitForReadyRead(20'000))
                output += child.readAllStandardOutput();
        REQUIRE(output.contains("committed "));
        QThread::usleep(rng.bounded(0, 30'000)); // …at a random moment
        child.kill(); // SIGKILL
        REQUIRE(child.waitForFinished(10'000));
        output += child.readAllStandardOutput();
        for (const QByteArray &line : output.split('\n')) {
            REQUIRE_FALSE(line.startsWith("error"));
            if (line.startsWith("committed "))
                committed = std::max(committed, line.mid(10).toLongLong());
        }
        if (child.exitStatus() == QProcess::CrashExit)
            ++killedMidWrite;

        auto s = Store::openWithKey(o, key);
        INFO(storeErrorName(s.error()));
        REQUIRE(s.ok());
        REQUIRE(s.value()->integrityOk());
        // What this round added must link to the head verified after the previous kill; every 20th round
        // and the last one re-verify the whole chain from the first event.
        const bool full = round % 20 == 19;
        const ChainReport chain = full ? s.value()->verifyChain() : s.value()->verifyChain(verifiedSeq, verifiedHash);
        INFO("chain: " << chainErrorName(chain.error) << " at " << chain.seq);
        REQUIRE(chain.ok()); // also proves seq is gapless and every id appears once
        REQUIRE(chain.checked == s.value()->headSeq() - (full ? 0 : verifiedSeq));
        verifiedSeq = s.value()->headSeq();
        verifiedHash = chain.headHash;
        // Every acknowledged commit is there; at most the one in flight may be missing.
        REQUIRE(s.value()->headSeq() >= committed);
        REQUIRE(s.value()->unsentCount() == s.value()->headSeq());
    }
    WARN("events committed across " << Kills << " kills: " << committed);
    CHECK(killedMidWrite == Kills);
    CHECK(committed > Kills); // the writer did get work done between kills
}
