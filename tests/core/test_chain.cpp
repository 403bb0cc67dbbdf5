#include <catch2/catch.hpp>

#include <core/chainverifier.h>
#include <core/ed25519.h>
#include <core/random.h>

using namespace kakunin;

namespace {

struct Chain {
    QString device = QStringLiteral("dev-1");
    ed25519::KeyPair keys;
    QList<Event> events;

    explicit Chain(int n, const QByteArray &seedText = QByteArrayLiteral("chain"))
    {
        SeededRandom rnd(seedText);
        keys = ed25519::fromSeed(rnd.bytes(32));
        QString prev = GenesisHash;
        for (int i = 1; i <= n; ++i) {
            Event e {rnd.uuid(), device, i, 1000LL * i, 10LL * i, QStringLiteral("boot"), QStringLiteral("rep-1"),
                QStringLiteral("customer.updated"), QStringLiteral("cust-1"),
                QJsonObject {{QStringLiteral("note"), QStringLiteral("visit %1").arg(i)}}, prev, {}, {}};
            resign(e);
            prev = e.hash;
            events.append(e);
        }
    }
    void resign(Event &e) const
    {
        e.hash = e.computeHash();
        e.signature = ed25519::sign(keys.seed, QByteArray::fromHex(e.hash.toLatin1()));
    }
    ChainReport verify() const { return verifyChain(events, device, keys.publicKey); }
};

} // namespace

TEST_CASE("an untouched chain verifies", "[chain]")
{
    Chain c(10);
    const ChainReport r = c.verify();
    CHECK(r.ok());
    CHECK(r.checked == 10);
    CHECK(r.headHash == c.events.last().hash);
    CHECK(verifyChain({}, c.device, c.keys.publicKey).ok());
}

TEST_CASE("each tamper of a chain has its own error code", "[chain]")
{
    Chain c(10);

    SECTION("changed payload")
    {
        c.events[4].payload.insert(QStringLiteral("note"), QStringLiteral("edited afterwards"));
        const auto r = c.verify();
        CHECK(r.error == ChainError::ContentChanged);
        CHECK(r.seq == 5);
    }
    SECTION("changed time")
    {
        c.events[2].at += 60'000;
        CHECK(c.verify().error == ChainError::ContentChanged);
    }
    SECTION("removed event")
    {
        c.events.removeAt(3);
        const auto r = c.verify();
        CHECK(r.error == ChainError::EventMissing);
        CHECK(r.seq == 4);
    }
    SECTION("reordered events")
    {
        c.events.swapItemsAt(2, 6);
        const auto r = c.verify();
        CHECK(r.error == ChainError::EventsReordered);
        CHECK(r.seq == 7);
    }
    SECTION("inserted event with a seq already used (a fork)")
    {
        Chain fork(10, QByteArrayLiteral("chain"));
        Event extra = fork.events[5];
        extra.payload.insert(QStringLiteral("note"), QStringLiteral("forged visit"));
        fork.resign(extra);
        c.events.insert(6, extra);
        const auto r = c.verify();
        CHECK(r.error == ChainError::EventInserted);
        CHECK(r.seq == 6);
    }
    SECTION("inserted event from another device")
    {
        Event extra = c.events[0];
        extra.device = QStringLiteral("dev-2");
        c.events.insert(1, extra);
        CHECK(c.verify().error == ChainError::EventInserted);
    }
    SECTION("forged signature")
    {
        const auto intruder = ed25519::fromSeed(QByteArray(32, '\x07'));
        c.events[7].payload.insert(QStringLiteral("note"), QStringLiteral("rewritten"));
        c.events[7].hash = c.events[7].computeHash();
        c.events[7].signature = ed25519::sign(intruder.seed, QByteArray::fromHex(c.events[7].hash.toLatin1()));
        const auto r = c.verify();
        CHECK(r.error == ChainError::SignatureInvalid);
        CHECK(r.seq == 8);
    }
    SECTION("a validly signed replacement that does not link")
    {
        c.events[3].prev = QString(64, QLatin1Char('a'));
        c.resign(c.events[3]);
        const auto r = c.verify();
        CHECK(r.error == ChainError::ChainBroken);
        CHECK(r.seq == 4);
    }
}

TEST_CASE("verification continues from a trusted checkpoint", "[chain]")
{
    Chain c(6);
    const QList<Event> tail = c.events.mid(3);
    CHECK(verifyChain(tail, c.device, c.keys.publicKey, 4, c.events[2].hash).ok());
    CHECK(verifyChain(tail, c.device, c.keys.publicKey, 4, c.events[1].hash).error == ChainError::ChainBroken);
}
