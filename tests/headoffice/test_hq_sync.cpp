// Enrollment, tokens, push (chain, signatures, idempotency, identity) and blobs, over loopback TLS.
#include "hqtestsupport.h"

#include <protocol/blobbatch.h>

#include <catch2/catch.hpp>

#include <protocol/hqevents.h>

#include <core/domain/eventcatalog.h>
#include <core/ed25519.h>
#include <core/random.h>

using namespace kakunin;
using namespace kakunin::hqtest;
using protocol::ErrorCode;

namespace {

const QString Rep = QStringLiteral("rep-001");
const QString Rep2 = QStringLiteral("rep-002");

struct Office : Harness {
    explicit Office(hq::HqOptions o = {}) : Harness(o)
    {
        user(Rep, QStringLiteral("sales_rep"));
        user(Rep2, QStringLiteral("sales_rep"));
        user(QStringLiteral("inst-001"), QStringLiteral("installer"));
        user(QStringLiteral("hq-call-001"), QStringLiteral("head_office"));
    }
};

qint64 storedOf(Office &o, const QString &device)
{
    return o.service->eventsOfDevice(device).size();
}

protocol::EnrollRequest enrollment(const QString &code, const QString &device, const QByteArray &key)
{
    return protocol::EnrollRequest {code, device, key, QString(), QString()};
}

} // namespace

TEST_CASE("enrollment: a one-time code gives a bearer token and the server keeps only its hash", "[hq][enroll]")
{
    Office o;
    const QString code = o.code(Rep);
    const QByteArray key = ed25519::fromSeed(QByteArray(32, 'k')).publicKey;
    const Response r = o.post("/v1/enroll", protocol::encode(enrollment(code.toLower(), QStringLiteral("dev-a"), key)));
    INFO(r.body.toStdString());
    REQUIRE(r.status == 201);
    const auto answer = protocol::decodeEnrollResponse(r.body);
    REQUIRE(answer.ok());
    CHECK(answer->userId == Rep);
    CHECK(answer->role == QStringLiteral("sales_rep"));
    CHECK(answer->storedUpTo == 0);
    CHECK(answer->headHash == GenesisHash);
    CHECK(answer->server == o.service->identity());
    CHECK(answer->tokenExpiresAt > o.clock.utcMs());

    // The token works; the database holds its hash, never the token.
    CHECK(o.get("/v1/device", answer->token).status == 200);
    const auto devices = o.service->devices();
    CHECK(std::none_of(devices.begin(), devices.end(), [&](const hq::DeviceInfo &d) { return d.id.isEmpty(); }));
    auto c = o.db->open();
    const auto rows = c->query("SELECT token_hash FROM devices WHERE id = 'dev-a'", {});
    REQUIRE(rows.size() == 1);
    CHECK(rows.front().text(0) == sha256Hex(answer->token.toUtf8()));
    CHECK(c->query("SELECT 1 FROM devices WHERE token_hash = ?", {answer->token}).empty());
}

TEST_CASE("enrollment: bad, unknown, used and expired codes are refused with their codes", "[hq][enroll]")
{
    Office o;
    const QByteArray key = ed25519::fromSeed(QByteArray(32, 'k')).publicKey;
    auto enroll = [&](const QString &code, const QString &device = QStringLiteral("dev-a"),
                      const QByteArray &k = QByteArray()) {
        return o.post("/v1/enroll", protocol::encode(enrollment(code, device, k.isEmpty() ? key : k)));
    };
    CHECK(enroll(QStringLiteral("not-a-code")).code() == QStringLiteral("enrollment_code_invalid"));
    CHECK(enroll(QStringLiteral("AAAA-BBBB-CCCC-DDDD")).code() == QStringLiteral("enrollment_code_invalid"));
    CHECK(enroll(QStringLiteral("AAAA-BBBB-CCCC-DDDD")).status == 403);

    const QString code = o.code(Rep);
    REQUIRE(enroll(code).status == 201);
    const Response used = enroll(code, QStringLiteral("dev-b"));
    CHECK(used.status == 403);
    CHECK(used.code() == QStringLiteral("enrollment_code_used"));

    const QString late = o.code(Rep);
    o.advance(24LL * 3600 * 1000 + 1);
    const Response expired = enroll(late, QStringLiteral("dev-c"));
    CHECK(expired.status == 403);
    CHECK(expired.code() == QStringLiteral("enrollment_code_expired"));

    // The same device id with another key, or for another user, is refused.
    const Response otherKey
        = enroll(o.code(Rep), QStringLiteral("dev-a"), ed25519::fromSeed(QByteArray(32, 'x')).publicKey);
    CHECK(otherKey.status == 409);
    CHECK(otherKey.code() == QStringLiteral("device_key_mismatch"));
    const Response otherUser = enroll(o.code(Rep2), QStringLiteral("dev-a"));
    CHECK(otherUser.code() == QStringLiteral("device_enrolled_elsewhere"));

    // Head-office staff get no tablet codes.
    CHECK(o.service->issueCode(QStringLiteral("hq-call-001")).error().code == ErrorCode::RoleNotAllowed);
    // Malformed requests never reach the codes.
    CHECK(o.post("/v1/enroll", R"({"code":5})").code() == QStringLiteral("invalid_field"));
}

TEST_CASE("enrollment again: the same device and key continue their chain with a new token", "[hq][enroll]")
{
    Office o;
    FakeDevice dev(o, Rep);
    REQUIRE(dev.push({dev.customer(QStringLiteral("cust-1"))}).status == 200);
    const Response again = o.post("/v1/enroll", protocol::encode(enrollment(o.code(Rep), dev.id, dev.publicKey)));
    REQUIRE(again.status == 201);
    const auto answer = protocol::decodeEnrollResponse(again.body);
    CHECK(answer->storedUpTo == 1);
    CHECK(answer->headHash == dev.prev);
    CHECK(o.get("/v1/device", dev.token).code() == QStringLiteral("token_invalid")); // the old token is replaced
    CHECK(o.get("/v1/device", answer->token).status == 200);
}

TEST_CASE("tokens: missing, wrong, expired and revoked tokens are 401 with their codes", "[hq][auth]")
{
    hq::HqOptions opts;
    opts.tokenLifetimeMs = 3'600'000;
    Office o(opts);
    FakeDevice dev(o, Rep);
    CHECK(o.get("/v1/device").status == 401);
    CHECK(o.get("/v1/device").code() == QStringLiteral("token_missing"));
    CHECK(o.get("/v1/device", QStringLiteral("kq1.forged")).code() == QStringLiteral("token_invalid"));
    CHECK(o.get("/v1/changes", QStringLiteral("kq1.forged")).status == 401);
    CHECK(dev.push({dev.customer(QStringLiteral("c"))}).status == 200);

    SECTION("expired")
    {
        o.advance(3'600'000);
        const Response r = o.get("/v1/device", dev.token);
        CHECK(r.status == 401);
        CHECK(r.code() == QStringLiteral("token_expired"));
        CHECK(dev.push({dev.next(EventType::CustomerUpdated, QStringLiteral("c"), {})}).code()
            == QStringLiteral("token_expired"));
    }
    SECTION("revoked")
    {
        REQUIRE(o.service->revokeDevice(dev.id).ok());
        CHECK(o.get("/v1/device", dev.token).code() == QStringLiteral("token_revoked"));
        const Response push = dev.push({dev.next(EventType::CustomerUpdated, QStringLiteral("c"), {})});
        CHECK(push.status == 401);
        CHECK(push.code() == QStringLiteral("token_revoked"));
        CHECK(storedOf(o, dev.id) == 1);
    }
    SECTION("refreshed: the new token works, the old one no longer")
    {
        const Response r = o.post("/v1/token/refresh", "{}", dev.token);
        REQUIRE(r.status == 200);
        const auto fresh = protocol::decodeTokenResponse(r.body);
        REQUIRE(fresh.ok());
        CHECK(o.get("/v1/device", fresh->token).status == 200);
        CHECK(o.get("/v1/device", dev.token).code() == QStringLiteral("token_invalid"));
    }
}

TEST_CASE("a wipe order answers wipe_ordered until the device acknowledges, then the token is dead", "[hq][auth]")
{
    Office o;
    FakeDevice dev(o, Rep);
    REQUIRE(o.service->orderWipe(dev.id).ok());
    const Response r = o.get("/v1/device", dev.token);
    CHECK(r.status == 401);
    CHECK(r.code() == QStringLiteral("wipe_ordered"));
    CHECK(dev.push({dev.customer(QStringLiteral("c"))}).code() == QStringLiteral("wipe_ordered"));
    const Response ack
        = o.post("/v1/device/wipe-ack", protocol::encode(protocol::WipeAck {dev.id, o.clock.utcMs()}), dev.token);
    REQUIRE(ack.status == 200);
    CHECK(protocol::decodeDeviceStatus(ack.body)->status == QStringLiteral("wiped"));
    CHECK(o.get("/v1/device", dev.token).code() == QStringLiteral("token_revoked"));
    CHECK(o.service->device(dev.id)->status == QStringLiteral("wiped"));
}

TEST_CASE("push: a tablet's events are stored and the answer says up to which seq", "[hq][push]")
{
    Office o;
    Tablet tab(o, Rep);
    tab.record(EventType::CustomerRegistered, QStringLiteral("cust-1"),
        {{QStringLiteral("name"), QStringLiteral("山田商店")}});
    tab.record(
        EventType::CustomerUpdated, QStringLiteral("cust-1"), {{QStringLiteral("phone"), QStringLiteral("03-1234")}});
    const auto answer = tab.pushOutbox();
    CHECK(answer.storedUpTo == 2);
    CHECK(answer.accepted == 2);
    CHECK(answer.duplicates == 0);
    CHECK(answer.refused.isEmpty());
    CHECK(answer.headHash == tab.store->headHash());
    CHECK(answer.receivedAt == o.clock.utcMs());
    CHECK(tab.store->unsentCount() == 0);

    const auto stored = o.service->eventsOfDevice(tab.store->deviceId());
    REQUIRE(stored.size() == 2);
    CHECK(stored[1].event.toJson() == tab.store->latestEvents(QStringLiteral("cust-1"), 1).first().toJson());
    CHECK(stored[1].receivedAt == o.clock.utcMs());
    CHECK(o.service->aggregate(QStringLiteral("cust-1"))->state.value(QStringLiteral("phone")).toString()
        == QStringLiteral("03-1234"));
    CHECK(o.service->device(tab.store->deviceId())->headSeq == 2);

    const Response status = o.get("/v1/device", tab.token);
    REQUIRE(status.status == 200);
    CHECK(protocol::decodeDeviceStatus(status.body)->storedUpTo == 2);
}

TEST_CASE("push is idempotent: replayed and overlapping batches store nothing twice", "[hq][push]")
{
    Office o;
    FakeDevice dev(o, Rep);
    QList<Event> events {dev.customer(QStringLiteral("cust-1"))};
    for (int i = 0; i < 4; ++i)
        events.append(dev.next(EventType::CustomerUpdated, QStringLiteral("cust-1"),
            {{QStringLiteral("phone"), QStringLiteral("03-%1").arg(i)}}));
    REQUIRE(dev.push(events.mid(0, 3)).status == 200);

    // The answer was lost: the tablet sends 1..3 again, then 2..5.
    const Response replay = dev.push(events.mid(0, 3));
    REQUIRE(replay.status == 200);
    auto r = protocol::decodePushResponse(replay.body);
    CHECK(r->accepted == 0);
    CHECK(r->duplicates == 3);
    CHECK(r->storedUpTo == 3);

    const Response overlap = dev.push(events.mid(1));
    REQUIRE(overlap.status == 200);
    r = protocol::decodePushResponse(overlap.body);
    CHECK(r->accepted == 2);
    CHECK(r->duplicates == 2);
    CHECK(r->storedUpTo == 5);
    CHECK(storedOf(o, dev.id) == 5);
    CHECK(o.service->eventCount() == 5);
}

TEST_CASE("push: a broken chain, a forged signature, changed content or an inserted event is refused and nothing of "
          "the batch is stored",
    "[hq][push][chain]")
{
    Office o;
    FakeDevice dev(o, Rep);
    REQUIRE(dev.push({dev.customer(QStringLiteral("cust-1"))}).status == 200);
    const qint64 eventsBefore = o.service->eventCount();
    const Event good = dev.next(
        EventType::CustomerUpdated, QStringLiteral("cust-1"), {{QStringLiteral("phone"), QStringLiteral("1")}});
    auto expectRefused = [&](const QList<Event> &batch, const char *code, int status) {
        const Response r = dev.push(batch);
        INFO(r.body.toStdString());
        CHECK(r.status == status);
        CHECK(r.code() == QLatin1String(code));
        CHECK(r.error()->storedUpTo == 1);
        CHECK(o.service->eventCount() == eventsBefore);
        CHECK(o.service->device(dev.id)->headSeq == 1);
    };

    // Each refusal leaves everything as it was, so the next tamper starts from the same state.
    const Event skipped = dev.next(EventType::CustomerUpdated, QStringLiteral("cust-1"), {});
    INFO("a seq is skipped");
    expectRefused({skipped}, "seq_gap", 409);

    Event unlinked = good;
    unlinked.prev = QString(64, QLatin1Char('e'));
    REQUIRE(protocol::sealEvent(unlinked, dev.seed));
    INFO("prev does not link to the stored head");
    expectRefused({unlinked}, "chain_broken", 409);

    Event second = skipped;
    second.prev = GenesisHash;
    REQUIRE(protocol::sealEvent(second, dev.seed));
    INFO("prev does not link inside the batch");
    expectRefused({good, second}, "chain_broken", 409);
    CHECK(dev.push({good, second}).error()->seq == 3);

    Event otherKey = good;
    REQUIRE(protocol::sealEvent(otherKey, QByteArray(32, 'z')));
    INFO("signed by another key");
    expectRefused({otherKey}, "signature_invalid", 422);

    Event edited = good;
    edited.payload.insert(QStringLiteral("phone"), QStringLiteral("0120-999"));
    INFO("content changed after signing");
    expectRefused({edited}, "content_changed", 422);

    Event forged = skipped;
    forged.signature = ed25519::sign(QByteArray(32, 'z'), QByteArray::fromHex(forged.hash.toLatin1()));
    INFO("a valid event followed by a forged one: the whole batch is refused");
    expectRefused({good, forged}, "signature_invalid", 422);

    Event reused = good;
    reused.id = o.service->eventsOfDevice(dev.id).first().event.id;
    REQUIRE(protocol::sealEvent(reused, dev.seed));
    INFO("an event id already stored for another event");
    expectRefused({reused}, "duplicate_event_id", 409);

    FakeDevice replayed = dev;
    replayed.seq = 0;
    replayed.prev = GenesisHash;
    INFO("an event inserted at a stored seq");
    expectRefused({replayed.customer(QStringLiteral("cust-9"), QStringLiteral("別の顧客"))}, "seq_conflict", 409);

    // With nothing tampered the same events go in.
    CHECK(dev.push({good, skipped}).status == 200);
    CHECK(o.service->device(dev.id)->headSeq == 3);
}

TEST_CASE("push: one device may not push events of another device or another user", "[hq][push][P4]")
{
    Office o;
    FakeDevice a(o, Rep);
    FakeDevice b(o, Rep2);
    REQUIRE(a.push({a.customer(QStringLiteral("cust-a"))}).status == 200);
    const qint64 before = o.service->eventCount();

    auto expect = [&](const Response &r, int status, const char *code) {
        INFO(r.body.toStdString());
        CHECK(r.status == status);
        CHECK(r.code() == QLatin1String(code));
        CHECK(o.service->eventCount() == before);
    };
    // Events of another device, even signed by it.
    expect(a.push({b.customer(QStringLiteral("cust-b"))}), 403, "device_mismatch");
    // A request naming another device.
    b.seq = 0;
    b.prev = GenesisHash;
    expect(o.post("/v1/events", b.pushBody({b.customer(QStringLiteral("cust-b"))}), a.token), 403, "device_mismatch");
    // An event whose actor is another user.
    FakeDevice impostor = a;
    impostor.user = Rep2;
    expect(impostor.push({impostor.customer(QStringLiteral("cust-x"))}), 403, "actor_mismatch");
    // Writing to another rep's customer (P4).
    b.seq = 0;
    b.prev = GenesisHash;
    expect(b.push({b.next(EventType::CustomerUpdated, QStringLiteral("cust-a"),
               {{QStringLiteral("phone"), QStringLiteral("1")}})}),
        403, "aggregate_forbidden");
    // A role that may not record the type.
    FakeDevice rep = a;
    expect(rep.push({rep.next(EventType::LecturePaused, QStringLiteral("ctr-1"), {})}), 403, "role_not_allowed");
    // An event the catalog refuses.
    FakeDevice other = a;
    const Response r = other.push(
        {other.next(EventType::CustomerUpdated, QStringLiteral("cust-a"), {{QStringLiteral("shoeSize"), 42}})});
    expect(r, 422, "event_invalid");
    CHECK(r.error()->detail == QStringLiteral("unknown_field"));
    CHECK(r.error()->field == QStringLiteral("events[0].payload.shoeSize"));
    CHECK(o.service->eventCount() == before);
}

TEST_CASE("blobs are content-addressed: the bytes must hash to the name", "[hq][blobs]")
{
    Office o;
    FakeDevice dev(o, Rep);
    const QByteArray png = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(2000, 'p');
    const std::string name = "/v1/blobs/" + sha256Hex(png).toStdString();
    const Headers octets {{"Content-Type", "application/octet-stream"}};
    Response r = o.send("PUT", name, png, octets, dev.token);
    INFO(r.body.toStdString());
    CHECK(r.status == 201);
    CHECK(protocol::decodeBlobPutResponse(r.body)->created);
    CHECK(o.service->blob(sha256Hex(png)) == png);
    r = o.send("PUT", name, png, octets, dev.token);
    CHECK(r.status == 200);
    CHECK_FALSE(protocol::decodeBlobPutResponse(r.body)->created);

    CHECK(o.send("PUT", name, png + "x", octets, dev.token).code() == QStringLiteral("blob_hash_mismatch"));
    CHECK(o.send("PUT", "/v1/blobs/ABC", png, octets, dev.token).code() == QStringLiteral("blob_id_invalid"));
    CHECK(o.send("PUT", name, png, {{"Content-Type", "image/png"}}, dev.token).code()
        == QStringLiteral("unsupported_media_type"));
    CHECK(o.send("PUT", name, png, octets).code() == QStringLiteral("token_missing"));
    const QByteArray big(protocol::limits::MaxBlobBytes + 1, 'b');
    r = o.send("PUT", "/v1/blobs/" + sha256Hex(big).toStdString(), big, octets, dev.token);
    CHECK(r.status == 413);
    CHECK(r.code() == QStringLiteral("blob_too_large"));
    CHECK_FALSE(o.service->blob(sha256Hex(big)).has_value());
}

TEST_CASE("a blob batch stores every blob in one request, or none when one is wrong", "[hq][blobs]")
{
    Office o;
    FakeDevice dev(o, Rep);
    QList<QByteArray> blobs;
    for (int i = 0; i < 40; ++i)
        blobs.append(QByteArray("signature ") + QByteArray::number(i) + QByteArray(3000, 's'));
    const std::string path = protocol::path::Blobs;
    auto post = [&](const protocol::EncodedBlobBatch &b) {
        return o.send("POST", path, b.body, {{"Content-Type", b.contentType.toStdString()}}, dev.token);
    };
    // One of them is already stored: it is answered as known.
    REQUIRE(o.send("PUT", "/v1/blobs/" + sha256Hex(blobs[3]).toStdString(), blobs[3],
                 {{"Content-Type", "application/octet-stream"}}, dev.token)
                .status
        == 201);
    Response r = post(protocol::encodeBlobBatch(blobs));
    INFO(r.body.toStdString());
    REQUIRE(r.status == 200);
    const auto answer = protocol::decodeBlobBatchResponse(r.body);
    REQUIRE(answer.ok());
    REQUIRE(answer->blobs.size() == blobs.size());
    for (qsizetype i = 0; i < blobs.size(); ++i) {
        CHECK(answer->blobs[i].sha256 == sha256Hex(blobs[i]));
        CHECK(answer->blobs[i].created == (i != 3));
        CHECK(o.service->blob(sha256Hex(blobs[i])) == blobs[i]);
    }
    // Sent again (the answer was lost): nothing new, nothing doubled.
    r = post(protocol::encodeBlobBatch(blobs));
    REQUIRE(r.status == 200);
    const auto again = protocol::decodeBlobBatchResponse(r.body);
    REQUIRE(again.ok());
    REQUIRE(again->blobs.size() == blobs.size());
    for (const auto &b : again->blobs)
        CHECK_FALSE(b.created);

    // One part whose bytes do not hash to its name refuses the whole batch: nothing of it is stored.
    const QList<QByteArray> fresh {QByteArray("fresh one"), QByteArray("fresh two")};
    protocol::EncodedBlobBatch tampered = protocol::encodeBlobBatch(fresh);
    tampered.body.replace("fresh two", "fresh 2!!");
    r = post(tampered);
    CHECK(r.status == 422);
    REQUIRE(r.error().has_value());
    CHECK(r.code() == QStringLiteral("blob_hash_mismatch"));
    CHECK(r.error()->field == QStringLiteral("blobs[1]"));
    CHECK_FALSE(o.service->blob(sha256Hex(fresh[0])).has_value());

    const protocol::EncodedBlobBatch ok = protocol::encodeBlobBatch(fresh);
    CHECK(o.send("POST", path, ok.body, {{"Content-Type", "multipart/form-data; boundary=x"}}, dev.token).code()
        == QStringLiteral("unsupported_media_type"));
    CHECK(o.send("POST", path, ok.body, {{"Content-Type", ok.contentType.toStdString()}}).code()
        == QStringLiteral("token_missing"));
    CHECK(post({ok.contentType, ok.body.left(ok.body.size() / 2)}).code() == QStringLiteral("malformed_request"));
    CHECK_FALSE(o.service->blob(sha256Hex(fresh[0])).has_value());
}

TEST_CASE("head office records its receipt time and flags a device clock off by more than the policy allows",
    "[hq][time][evidence]")
{
    Office o;
    FakeDevice dev(o, Rep);
    const qint64 now = o.clock.utcMs();
    Response r = dev.push({dev.customer(QStringLiteral("cust-1"))}, now + 2 * 60'000);
    REQUIRE(r.status == 200);
    auto answer = protocol::decodePushResponse(r.body);
    CHECK(answer->clockSkewMs == 2 * 60'000);
    CHECK_FALSE(answer->clockSkewFlagged);
    CHECK(o.service->flags().isEmpty());

    r = dev.push({dev.next(EventType::CustomerUpdated, QStringLiteral("cust-1"), {})}, now - 11 * 60'000);
    answer = protocol::decodePushResponse(r.body);
    CHECK(answer->clockSkewFlagged);
    const auto flags = o.service->flags();
    REQUIRE(flags.size() == 1);
    CHECK(flags[0].kind == QStringLiteral("clock_skew"));
    CHECK(flags[0].device == dev.id);
    CHECK(o.service->device(dev.id)->clockSkewMs == -11 * 60'000);

    // The policy decides: with 15 minutes allowed the same skew is fine.
    Policy p;
    p.version = 2;
    p.maxClockSkewMinutes = 15;
    REQUIRE(o.service->publishPolicy(QStringLiteral("hq-call-001"), p).ok());
    r = dev.push({dev.next(EventType::CustomerUpdated, QStringLiteral("cust-1"), {})}, now - 11 * 60'000);
    CHECK_FALSE(protocol::decodePushResponse(r.body)->clockSkewFlagged);
    CHECK(o.service->eventsOfDevice(dev.id).last().receivedAt == now);
}

TEST_CASE("a full batch with awkward text is stored and pulled back byte for byte", "[hq][push][pull]")
{
    Office o;
    FakeDevice dev(o, Rep);
    const QString awkward = QStringLiteral("tab\there, line\nbreak, back\\slash, \"quote\", 日本語, 😀, \\N, \r");
    QList<Event> batch {dev.customer(QStringLiteral("cust-1"), awkward)};
    o.clock.reboot(QStringLiteral("boot\twith\\odd\ncharacters"));
    for (int i = 1; i < protocol::limits::MaxBatchEvents; ++i)
        batch.append(dev.next(EventType::CustomerUpdated, QStringLiteral("cust-1"),
            {{QStringLiteral("address"), awkward + QString::number(i)}, {QStringLiteral("phone"), QString()}}));
    const Response r = dev.push(batch);
    INFO(r.body.toStdString());
    REQUIRE(r.status == 200);
    CHECK(protocol::decodePushResponse(r.body)->storedUpTo == protocol::limits::MaxBatchEvents);

    FakeDevice other(o, Rep);
    QList<protocol::Change> changes;
    QString cursor;
    for (int page = 0; page < 5; ++page) {
        const Response p = o.get(protocol::path::changes(cursor).toStdString(), other.token);
        REQUIRE(p.status == 200);
        const auto answer = protocol::decodeChangesResponse(p.body);
        REQUIRE(answer.ok());
        changes += answer->changes;
        for (const auto &c : answer->changes)
            CHECK(protocol::checkEvent(c.event, answer->devices.value(dev.id)) == ChainError::None);
        cursor = answer->cursor;
        if (!answer->more)
            break;
    }
    REQUIRE(changes.size() == batch.size());
    for (qsizetype i = 0; i < batch.size(); ++i)
        CHECK(changes[i].event.toJson() == batch[i].toJson());
    CHECK(o.service->aggregate(QStringLiteral("cust-1"))->state.value(QStringLiteral("name")).toString() == awkward);
}
