#include <catch2/catch.hpp>

#include <core/ed25519.h>
#include <support/testsupport.h>

using namespace kakunin;

TEST_CASE("append assigns seq, prev, hash, signature and times", "[store][events]")
{
    test::TempStore t;
    auto s = t.create();
    const qint64 t0 = t.clock.utcMs();
    const qint64 m0 = t.clock.monotonicMs();
    auto first = s->append(
        test::customerDraft(QStringLiteral("cust-1"), QStringLiteral("伊藤 花子"), QStringLiteral("伊藤美容室")));
    REQUIRE(first.ok());
    t.clock.advance(5'000);
    auto second = s->append({EventType::CustomerUpdated, QStringLiteral("cust-1"), QStringLiteral("rep-001"),
        QJsonObject {{QStringLiteral("phone"), QStringLiteral("03-0000-1111")}}});
    REQUIRE(second.ok());

    CHECK(first->seq == 1);
    CHECK(first->prev == GenesisHash);
    CHECK(first->at == t0);
    CHECK(first->mono == m0);
    CHECK(first->device == s->deviceId());
    CHECK(second->seq == 2);
    CHECK(second->prev == first->hash);
    CHECK(second->at == t0 + 5'000);
    CHECK(second->hash == second->computeHash());
    CHECK(ed25519::verify(s->devicePublicKey(), QByteArray::fromHex(second->hash.toLatin1()), second->signature));
    CHECK(s->headSeq() == 2);
    CHECK(s->headHash() == second->hash);
    CHECK(s->verifyChain().ok());

    const auto proj = s->projection(QStringLiteral("cust-1"));
    REQUIRE(proj.has_value());
    CHECK(proj->kind == QLatin1String("customer"));
    CHECK(proj->state.value(QStringLiteral("name")).toString() == QStringLiteral("伊藤 花子"));
    CHECK(proj->state.value(QStringLiteral("phone")).toString() == QLatin1String("03-0000-1111"));
    CHECK(proj->state.value(QStringLiteral("eventCount")).toInteger() == 2);
}

TEST_CASE("a batch is all or nothing", "[store][events]")
{
    test::TempStore t;
    auto s = t.create();
    REQUIRE(s->append(test::customerDraft(QStringLiteral("c1"), QStringLiteral("A"))).ok());
    QList<EventDraft> batch {test::customerDraft(QStringLiteral("c2"), QStringLiteral("B")),
        {EventType::CustomerUpdated, QStringLiteral("c1"), QStringLiteral("rep-001"),
            QJsonObject {{QStringLiteral("score"), 0.5}}},
        test::customerDraft(QStringLiteral("c3"), QStringLiteral("C"))};
    CHECK(s->appendBatch(batch).error() == StoreError::PayloadNotCanonical);
    CHECK(s->headSeq() == 1);
    CHECK_FALSE(s->projection(QStringLiteral("c2")).has_value());
    CHECK(s->unsentCount() == 1);

    CHECK(s->append({QString(), QStringLiteral("c1"), QStringLiteral("rep"), {}}).error() == StoreError::InvalidEvent);
    CHECK(s->append({EventType::CustomerUpdated, QString(), QStringLiteral("rep"), {}}).error()
        == StoreError::InvalidEvent);

    batch.removeAt(1);
    auto ok = s->appendBatch(batch);
    REQUIRE(ok.ok());
    CHECK(ok->size() == 2);
    CHECK(ok->last().seq == 3);
    CHECK(s->verifyChain().ok());
}

TEST_CASE("the outbox lists unsent events in order until head office confirms them", "[store][outbox]")
{
    test::TempStore t;
    auto s = t.create();
    for (int i = 0; i < 12; ++i)
        REQUIRE(s->append(test::customerDraft(QStringLiteral("c%1").arg(i), QStringLiteral("N%1").arg(i))).ok());
    auto unsent = s->unsentEvents(5);
    REQUIRE(unsent.size() == 5);
    for (int i = 0; i < 5; ++i)
        CHECK(unsent[i].seq == i + 1);
    CHECK(s->markSentUpTo(5) == StoreError::None);
    CHECK(s->unsentCount() == 7);
    CHECK(s->unsentEvents(100).first().seq == 6);
    // Marking is monotone: an old acknowledgement does not bring events back.
    CHECK(s->markSentUpTo(3) == StoreError::None);
    CHECK(s->unsentCount() == 7);
    CHECK(s->markSentUpTo(12) == StoreError::None);
    CHECK(s->unsentEvents(100).isEmpty());
}

TEST_CASE("events and chain head survive closing and reopening", "[store][events]")
{
    test::TempStore t;
    QString head;
    QString device;
    {
        auto s = t.create();
        for (int i = 0; i < 3; ++i)
            REQUIRE(s->append(test::customerDraft(QStringLiteral("c1"), QStringLiteral("N%1").arg(i))).ok());
        head = s->headHash();
        device = s->deviceId();
    }
    auto s = t.unlock();
    CHECK(s->headSeq() == 3);
    CHECK(s->headHash() == head);
    CHECK(s->deviceId() == device);
    auto next = s->append(test::customerDraft(QStringLiteral("c2"), QStringLiteral("N")));
    REQUIRE(next.ok());
    CHECK(next->seq == 4);
    CHECK(next->prev == head);
    CHECK(s->verifyChain().ok());
    CHECK(s->integrityOk());
}

TEST_CASE("latest events of one aggregate come newest first", "[store][queries]")
{
    test::TempStore t;
    auto s = t.create();
    for (int i = 0; i < 30; ++i) {
        const QString agg = i % 3 == 0 ? QStringLiteral("target") : QStringLiteral("other-%1").arg(i);
        REQUIRE(s->append(test::customerDraft(agg, QStringLiteral("N%1").arg(i))).ok());
    }
    const auto latest = s->latestEvents(QStringLiteral("target"), 4);
    REQUIRE(latest.size() == 4);
    CHECK(latest[0].seq == 28);
    CHECK(latest[3].seq == 19);
    for (const Event &e : latest) {
        CHECK(e.aggregate == QLatin1String("target"));
        CHECK(e.hash == e.computeHash());
    }
    CHECK(s->latestEvents(QStringLiteral("nobody"), 10).isEmpty());
}

TEST_CASE("blobs are stored once under the SHA-256 of their bytes", "[store][blobs]")
{
    test::TempStore t;
    auto s = t.create();
    const QByteArray png = QByteArrayLiteral("\x89PNG fake signature rendering");
    auto first = s->putBlob(png);
    REQUIRE(first.ok());
    CHECK(first.value() == sha256Hex(png));
    CHECK(s->putBlob(png).value() == first.value()); // idempotent
    CHECK(s->blob(first.value()) == png);
    CHECK_FALSE(s->blob(sha256Hex("other")).has_value());
    s.reset();
    CHECK(t.unlock()->blob(first.value()) == png); // encrypted with everything else, and kept
}

TEST_CASE("projectionsOfKind lists one kind, ordered by aggregate id", "[store][projections]")
{
    test::TempStore t;
    auto s = t.create();
    CHECK(s->projectionsOfKind(QStringLiteral("customer")).isEmpty());
    REQUIRE(s->append(test::customerDraft(QStringLiteral("cust-b"), QStringLiteral("B"))).ok());
    REQUIRE(s->append(test::customerDraft(QStringLiteral("cust-a"), QStringLiteral("A"))).ok());
    REQUIRE(s->append({EventType::CustomerUpdated, QStringLiteral("cust-b"), QStringLiteral("rep-001"),
                          QJsonObject {{QStringLiteral("phone"), QStringLiteral("03-0000-2222")}}})
                .ok());

    const QList<AggregateState> customers = s->projectionsOfKind(QStringLiteral("customer"));
    REQUIRE(customers.size() == 2);
    CHECK(customers[0].state.value(QStringLiteral("id")).toString() == QLatin1String("cust-a"));
    CHECK(customers[1].state.value(QStringLiteral("id")).toString() == QLatin1String("cust-b"));
    CHECK(customers[1].state.value(QStringLiteral("phone")).toString() == QLatin1String("03-0000-2222"));
    CHECK(customers[1].state.value(QStringLiteral("registeredBy")).toString() == QLatin1String("rep-001"));
    CHECK(customers[0] == *s->projection(QStringLiteral("cust-a")));
    CHECK(s->projectionsOfKind(QStringLiteral("contract")).isEmpty());
}
