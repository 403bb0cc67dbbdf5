#include <catch2/catch.hpp>

#include <protocol/blobbatch.h>
#include <protocol/gzip.h>
#include <protocol/hqevents.h>
#include <protocol/messages.h>

#include <core/canonicaljson.h>
#include <core/domain/policy.h>
#include <core/ed25519.h>
#include <core/random.h>

#include <QFile>
#include <QJsonDocument>

using namespace kakunin;
using namespace kakunin::protocol;

namespace {

const QByteArray Seed = QByteArray(32, '\x07');

Event sampleEvent(qint64 seq = 1, const QString &prev = GenesisHash)
{
    Event e;
    e.id = QStringLiteral("3f0c6a52-54a4-4c5e-9a55-5b0b8d3a9f%1").arg(seq, 2, 10, QLatin1Char('0'));
    e.device = QStringLiteral("dev-1");
    e.seq = seq;
    e.at = 1'767'225'600'000LL + seq;
    e.mono = 5'000 + seq;
    e.boot = QStringLiteral("boot-1");
    e.actor = QStringLiteral("rep-001");
    e.type = QStringLiteral("customer.registered");
    e.aggregate = QStringLiteral("cust-1");
    e.payload = QJsonObject {{QStringLiteral("name"), QStringLiteral("山田商店")}};
    e.prev = prev;
    REQUIRE(sealEvent(e, Seed));
    return e;
}

template <typename T> T roundTrip(const T &m, Decoded<T> (*decode)(const QByteArray &))
{
    const QByteArray json = encode(m);
    auto back = decode(json);
    INFO(json.toStdString());
    REQUIRE(back.ok());
    CHECK(back.value() == m);
    return back.value();
}

QByteArray pushWithEvent(const QJsonObject &event)
{
    QJsonObject o {{QStringLiteral("deviceId"), QStringLiteral("dev-1")}, {QStringLiteral("sentAt"), 1},
        {QStringLiteral("sentMono"), 1}, {QStringLiteral("boot"), QStringLiteral("b")},
        {QStringLiteral("events"), QJsonArray {event}}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

TEST_CASE("every message survives encode and decode unchanged", "[protocol]")
{
    roundTrip(HealthResponse {QStringLiteral("ok"), ApiVersion, 123, QStringLiteral("embedded")}, decodeHealthResponse);

    EnrollRequest enroll {QStringLiteral("ABCD-EFGH-JKMN-PQRS"), QStringLiteral("dev-1"), QByteArray(32, 'k'),
        QStringLiteral("Tablet 7"), QStringLiteral("0.1.0")};
    roundTrip(enroll, decodeEnrollRequest);

    EnrollResponse er;
    er.token = QStringLiteral("kq1.abc");
    er.tokenExpiresAt = 99;
    er.userId = QStringLiteral("rep-001");
    er.role = QStringLiteral("sales_rep");
    er.deviceId = QStringLiteral("dev-1");
    er.storedUpTo = 4;
    er.headHash = GenesisHash;
    er.server = {QStringLiteral("hq-1"), QByteArray(32, 's')};
    er.serverTime = 77;
    roundTrip(er, decodeEnrollResponse);

    PushRequest push;
    push.deviceId = QStringLiteral("dev-1");
    push.sentAt = 1'767'225'600'000LL;
    push.sentMono = 42;
    push.boot = QStringLiteral("boot-1");
    push.events = {sampleEvent(1), sampleEvent(2, sampleEvent(1).hash)};
    const PushRequest back = roundTrip(push, decodePushRequest);
    CHECK(back.events[1].signature == push.events[1].signature);
    CHECK(back.events[0].payload.value(QStringLiteral("name")).toString() == QStringLiteral("山田商店"));

    PushResponse pr;
    pr.storedUpTo = 2;
    pr.headHash = push.events[1].hash;
    pr.accepted = 1;
    pr.duplicates = 1;
    pr.refused = {RuleRefusal {2, push.events[1].id, QStringLiteral("lecture_below_minimum")}};
    pr.receivedAt = 5;
    pr.clockSkewMs = -400'000;
    pr.clockSkewFlagged = true;
    roundTrip(pr, decodePushResponse);

    roundTrip(BlobPutResponse {QString(64, QLatin1Char('a')), 10, true}, decodeBlobPutResponse);

    ChangesResponse cr;
    cr.changes = {Change {sampleEvent(1), 1000}, Change {sampleEvent(2), 2000}};
    cr.devices.insert(QStringLiteral("dev-1"), ed25519::fromSeed(Seed).publicKey);
    cr.cursor = encodeCursor(17);
    cr.more = true;
    roundTrip(cr, decodeChangesResponse);

    DeviceStatus ds {QStringLiteral("dev-1"), QStringLiteral("rep-001"), QStringLiteral("sales_rep"),
        QStringLiteral("wipe_ordered"), 12, GenesisHash, 100, 50, 60};
    roundTrip(ds, decodeDeviceStatus);
    roundTrip(WipeAck {QStringLiteral("dev-1"), 12345}, decodeWipeAck);
    roundTrip(TokenResponse {QStringLiteral("kq1.x"), 9}, decodeTokenResponse);
}

TEST_CASE("an event keeps its hash and signature across the wire", "[protocol]")
{
    const Event e = sampleEvent();
    const QByteArray json = encode(PushRequest {QStringLiteral("dev-1"), 0, 0, QString(), {e}});
    auto back = decodePushRequest(json);
    REQUIRE(back.ok());
    const Event &b = back->events.first();
    CHECK(b.computeHash() == e.hash);
    CHECK(checkEvent(b, ed25519::fromSeed(Seed).publicKey) == ChainError::None);
    Event tampered = b;
    tampered.payload.insert(QStringLiteral("name"), QStringLiteral("other"));
    CHECK(checkEvent(tampered, ed25519::fromSeed(Seed).publicKey) == ChainError::ContentChanged);
    Event forged = b;
    forged.signature[0] = static_cast<char>(forged.signature[0] ^ 1);
    CHECK(checkEvent(forged, ed25519::fromSeed(Seed).publicKey) == ChainError::SignatureInvalid);
}

TEST_CASE("error answers carry a stable code and the HTTP status that goes with it", "[protocol][errors]")
{
    ApiError e = ApiError::make(ErrorCode::SeqGap, QStringLiteral("expected seq 5"), QStringLiteral("events[0].seq"));
    e.seq = 7;
    e.storedUpTo = 4;
    e.detail = QStringLiteral("x");
    const QByteArray json = encodeError(e);
    CHECK(json.contains("\"code\":\"seq_gap\""));
    const auto back = decodeError(json);
    REQUIRE(back.has_value());
    CHECK(*back == e);
    CHECK(httpStatus(ErrorCode::SeqGap) == 409);
    CHECK(httpStatus(ErrorCode::TokenRevoked) == 401);
    CHECK(httpStatus(ErrorCode::BodyTooLarge) == 413);
    CHECK(httpStatus(ErrorCode::HeadersTooLarge) == 431);
    CHECK(httpStatus(ErrorCode::Unavailable) == 503);
    CHECK(isAuthError(ErrorCode::WipeOrdered));
    CHECK_FALSE(isAuthError(ErrorCode::SeqGap));
    CHECK(isTransientStatus(503));
    CHECK(isTransientStatus(429));
    CHECK(isTransientStatus(408));
    CHECK_FALSE(isTransientStatus(409));
    CHECK_FALSE(isTransientStatus(401));

    // Names are unique and read back; a code from a newer server is kept as Unknown with its name.
    QSet<QString> names;
    for (int i = 0; i <= static_cast<int>(ErrorCode::Unknown); ++i) {
        const auto c = static_cast<ErrorCode>(i);
        const QString name = QLatin1String(errorCodeName(c));
        CHECK_FALSE(names.contains(name));
        names.insert(name);
        CHECK(errorCodeFromName(name) == c);
    }
    const auto future = decodeError(R"({"error":{"code":"quota_exceeded","message":"m"}})");
    REQUIRE(future.has_value());
    CHECK(future->code == ErrorCode::Unknown);
    CHECK(future->codeName == QStringLiteral("quota_exceeded"));
    CHECK_FALSE(decodeError("<html>bad gateway</html>").has_value());
}

TEST_CASE("decoders refuse bad JSON, wrong types, huge numbers and deep nesting with their codes", "[protocol]")
{
    auto code = [](const QByteArray &json) { return decodePushRequest(json).error().code; };
    CHECK(code("{not json") == ErrorCode::MalformedJson);
    CHECK(code("[1,2]") == ErrorCode::MalformedJson);
    CHECK(code("") == ErrorCode::MalformedJson);
    CHECK(code(QByteArray(5000, '[') + QByteArray(5000, ']')) == ErrorCode::TooDeep);
    CHECK(code(R"({"deviceId":5,"sentAt":1,"sentMono":1,"boot":"b","events":[]})") == ErrorCode::InvalidField);
    CHECK(decodePushRequest(R"({"deviceId":5})").error().field == QStringLiteral("deviceId"));
    CHECK(
        code(R"({"deviceId":"d","sentAt":1e300,"sentMono":1,"boot":"b","events":[]})") == ErrorCode::NumberOutOfRange);
    CHECK(code(R"({"deviceId":"d","sentAt":9007199254740993,"sentMono":1,"boot":"b","events":[]})")
        == ErrorCode::NumberOutOfRange);
    CHECK(code(R"({"deviceId":"d","sentAt":1.5,"sentMono":1,"boot":"b","events":[]})") == ErrorCode::InvalidField);
    CHECK(code(R"({"deviceId":"d","sentAt":1,"sentMono":1,"boot":"b","events":[]})") == ErrorCode::InvalidField);
    CHECK(code(R"({"deviceId":"d","sentAt":1,"sentMono":1,"boot":"b","events":{}})") == ErrorCode::InvalidField);

    QJsonObject event = sampleEvent().toJson();
    CHECK(decodePushRequest(pushWithEvent(event)).ok());

    QJsonObject wrong = event;
    wrong.insert(QStringLiteral("seq"), QStringLiteral("1"));
    auto r = decodePushRequest(pushWithEvent(wrong));
    CHECK(r.error().code == ErrorCode::InvalidField);
    CHECK(r.error().field == QStringLiteral("events[0].seq"));

    QJsonObject huge = event;
    huge.insert(QStringLiteral("at"), 1e19);
    CHECK(decodePushRequest(pushWithEvent(huge)).error().code == ErrorCode::NumberOutOfRange);

    QJsonObject extra = event;
    extra.insert(QStringLiteral("note"), QStringLiteral("x"));
    CHECK(decodePushRequest(pushWithEvent(extra)).error().field == QStringLiteral("events[0].note"));

    QJsonObject floating = event;
    floating.insert(QStringLiteral("payload"), QJsonObject {{QStringLiteral("amount"), 1.5}});
    r = decodePushRequest(pushWithEvent(floating));
    CHECK(r.error().code == ErrorCode::InvalidField);
    CHECK(r.error().field == QStringLiteral("events[0].payload"));
    CHECK(r.error().detail == QStringLiteral("non_integer_number"));

    QJsonObject bigPayload = event;
    bigPayload.insert(QStringLiteral("payload"), QJsonObject {{QStringLiteral("n"), 1e17}});
    CHECK(decodePushRequest(pushWithEvent(bigPayload)).error().code == ErrorCode::NumberOutOfRange);

    QJsonValue nested = QJsonObject {{QStringLiteral("x"), 1}};
    for (int i = 0; i < 70; ++i)
        nested = QJsonObject {{QStringLiteral("x"), nested}};
    QJsonObject deep = event;
    deep.insert(QStringLiteral("payload"), nested);
    CHECK(decodePushRequest(pushWithEvent(deep)).error().code == ErrorCode::TooDeep);

    CHECK(decodeEnrollRequest(R"({"code":"x","deviceId":"d","publicKey":"AAAA"})").error().field
        == QStringLiteral("publicKey"));
    CHECK(decodeEnrollRequest(R"({"code":"","deviceId":"d","publicKey":"AAAA"})").error().field
        == QStringLiteral("code"));
}

TEST_CASE("a push over the batch limit is refused as batch_too_large", "[protocol][limits]")
{
    PushRequest push;
    push.deviceId = QStringLiteral("dev-1");
    const Event e = sampleEvent();
    for (int i = 0; i <= limits::MaxBatchEvents; ++i)
        push.events.append(e);
    CHECK(decodePushRequest(encode(push)).error().code == ErrorCode::BatchTooLarge);
    push.events.removeLast();
    CHECK(decodePushRequest(encode(push)).ok());
}

TEST_CASE("decoders ignore members they do not know, so versions can add members", "[protocol]")
{
    auto r = decodeTokenResponse(R"({"token":"t","tokenExpiresAt":5,"scope":"all","extra":{"a":[1,2]}})");
    REQUIRE(r.ok());
    CHECK(r->token == QStringLiteral("t"));
}

TEST_CASE("blob batches are compressed only when gzip shrinks them", "[protocol]")
{
    // Signature strokes shrink; PNG renderings (here: random bytes, which compress no better) do not.
    QByteArray strokes;
    for (int i = 0; i < 2000; ++i)
        strokes += QByteArrayLiteral("{\"x\":") + QByteArray::number(100 + i % 37) + QByteArrayLiteral(",\"y\":")
            + QByteArray::number(200 + i % 23) + QByteArrayLiteral(",\"t\":") + QByteArray::number(i * 8) + "},";
    const QByteArray png = systemRandom().bytes(800 * 1024);
    CHECK(gzipShrinks(strokes));
    CHECK_FALSE(gzipShrinks(png));
    CHECK_FALSE(gzipShrinks(systemRandom().bytes(1000))); // small: judged from all of it
    // A batch of mostly renderings with strokes at the end is judged from slices across the whole of it.
    CHECK(gzipShrinks(systemRandom().bytes(64 * 1024) + strokes.repeated(10)));
    CHECK_FALSE(gzipShrinks(QByteArray()));
}

TEST_CASE("gzip bodies round-trip and inflating is bounded", "[protocol][limits]")
{
    QByteArray data;
    for (int i = 0; i < 1000; ++i)
        data += encode(TokenResponse {QStringLiteral("token-%1").arg(i), i});
    const QByteArray gz = gzipCompress(data);
    REQUIRE_FALSE(gz.isEmpty());
    CHECK(gz.size() < data.size() / 4);
    CHECK(gz.startsWith("\x1f\x8b"));
    auto back = gzipDecompress(gz, data.size());
    REQUIRE(back.ok());
    CHECK(back.value() == data);
    CHECK(gzipDecompress(gz, data.size() - 1).error() == GzipError::TooLarge);

    // A bomb: twice the body limit in zeros compresses to a few KiB; inflating stops at the limit.
    const QByteArray bomb = gzipCompress(QByteArray(2 * limits::MaxBodyBytes, '\0'), 9);
    CHECK(bomb.size() < 200 * 1024);
    CHECK(gzipDecompress(bomb, limits::MaxBodyBytes).error() == GzipError::TooLarge);

    CHECK(gzipDecompress("not gzip at all", 100).error() == GzipError::Corrupt);
    CHECK(gzipDecompress(gz.left(gz.size() / 2), data.size()).error() == GzipError::Corrupt);
    CHECK(gzipDecompress(gzipCompress(QByteArray()), 10).value().isEmpty());
}

TEST_CASE("a blob batch round-trips, and malformed multipart bodies are refused with their codes", "[protocol][limits]")
{
    // Bytes that look like multipart syntax must survive: CRLF, dashes, a fake delimiter.
    const QList<QByteArray> blobs {QByteArray("\x89PNG\r\n\x1a\n", 8), QByteArray("--kakunin-fake\r\n\r\n--"),
        QByteArray(), QByteArray(70'000, 'x')};
    const EncodedBlobBatch enc = encodeBlobBatch(blobs);
    CHECK(enc.contentType.startsWith("multipart/mixed; boundary=kakunin-"));
    const auto parts = decodeBlobBatch(enc.contentType, enc.body);
    REQUIRE(parts.ok());
    REQUIRE(parts->size() == blobs.size());
    for (qsizetype i = 0; i < blobs.size(); ++i) {
        CHECK(parts->at(i).data == blobs.at(i));
        CHECK(parts->at(i).sha256 == sha256Hex(blobs.at(i)));
    }

    auto code = [](const QByteArray &type, const QByteArray &body) {
        const auto d = decodeBlobBatch(type, body);
        return d.ok() ? ErrorCode::None : d.error().code;
    };
    CHECK(code("multipart/form-data; boundary=x", enc.body) == ErrorCode::UnsupportedMediaType);
    CHECK(code("multipart/mixed", enc.body) == ErrorCode::UnsupportedMediaType);
    CHECK(code(enc.contentType, enc.body.left(enc.body.size() - 20)) == ErrorCode::MalformedRequest);
    CHECK(code(enc.contentType, enc.body + "garbage") == ErrorCode::MalformedRequest);
    CHECK(code(enc.contentType, "nothing multipart here") == ErrorCode::MalformedRequest);
    QByteArray badName = enc.body;
    badName.replace(sha256Hex(blobs.first()).toLatin1(), "../../etc/passwd");
    const auto named = decodeBlobBatch(enc.contentType, badName);
    REQUIRE_FALSE(named.ok());
    CHECK(named.error().code == ErrorCode::BlobIdInvalid);
    CHECK(named.error().field == QStringLiteral("blobs[0]"));

    QList<QByteArray> many;
    for (int i = 0; i <= limits::MaxBlobsPerBatch; ++i)
        many.append(QByteArray::number(i));
    const EncodedBlobBatch tooMany = encodeBlobBatch(many);
    CHECK(code(tooMany.contentType, tooMany.body) == ErrorCode::BatchTooLarge);
    const EncodedBlobBatch big = encodeBlobBatch({QByteArray(limits::MaxBlobBytes + 1, 'b')});
    CHECK(code(big.contentType, big.body) == ErrorCode::BlobTooLarge);

    const BlobBatchResponse answer {{{sha256Hex("a"), 1, true}, {sha256Hex("b"), 1, false}}};
    CHECK(decodeBlobBatchResponse(encode(answer)).value() == answer);
    CHECK_FALSE(decodeBlobBatchResponse(R"({"blobs":[{"sha256":1}]})").ok());
}

TEST_CASE("cursors are opaque and only this server's cursors decode", "[protocol]")
{
    for (qint64 p : {0LL, 1LL, 987'654'321LL}) {
        const QString c = encodeCursor(p);
        CHECK(decodeCursor(c) == p);
        CHECK_FALSE((c.contains(QString::number(p)) && p > 9));
    }
    CHECK(decodeCursor(QString()) == 0);
    CHECK_FALSE(decodeCursor(QStringLiteral("12")).has_value());
    CHECK_FALSE(decodeCursor(QStringLiteral("!!!")).has_value());
    CHECK_FALSE(decodeCursor(QString::fromLatin1(QByteArray("kc1:-5").toBase64())).has_value());
    CHECK_FALSE(decodeCursor(QString::fromLatin1(QByteArray("kc1:05").toBase64())).has_value());
    CHECK(path::changes(encodeCursor(3), 10).startsWith(QStringLiteral("/v1/changes?since=")));
    CHECK(path::changes(QString()) == QStringLiteral("/v1/changes"));
    CHECK(path::blob(QString(64, QLatin1Char('a'))) == QStringLiteral("/v1/blobs/") + QString(64, QLatin1Char('a')));
}

TEST_CASE("enrollment codes are read forgivingly: dashes, spaces, case and look-alike letters", "[protocol]")
{
    CHECK(normalizeEnrollmentCode(QStringLiteral("abcd-efgh-jkmn-pqrs")) == QStringLiteral("ABCDEFGHJKMNPQRS"));
    CHECK(normalizeEnrollmentCode(QStringLiteral(" 0o1i L234 5678 9ABC ")) == QStringLiteral("0011123456789ABC"));
    CHECK(normalizeEnrollmentCode(QStringLiteral("ABCD-EFGH-JKMN-PQR")).isEmpty());
    CHECK(normalizeEnrollmentCode(QStringLiteral("ABCD-EFGH-JKMN-PQRU")).isEmpty());
    CHECK(normalizeEnrollmentCode(QStringLiteral("ABCD-EFGH-JKMN-PQR!")).isEmpty());
    CHECK(isSha256Hex(QString(64, QLatin1Char('f'))));
    CHECK_FALSE(isSha256Hex(QString(64, QLatin1Char('F'))));
    CHECK_FALSE(isSha256Hex(QString(63, QLatin1Char('f'))));
}

TEST_CASE("head-office control events: assignments and content packs are checked like catalog events", "[protocol][P4]")
{
    Event a;
    a.type = ControlType::AssignmentRecorded;
    a.actor = QStringLiteral("hq-admin");
    a.aggregate = assignmentAggregate(QStringLiteral("ctr-1"));
    a.payload = {{QStringLiteral("contractId"), QStringLiteral("ctr-1")},
        {QStringLiteral("customerId"), QStringLiteral("cust-1")},
        {QStringLiteral("installer"), QStringLiteral("inst-001")}};
    CHECK(validateControlEvent(a, Role::HeadOffice) == EventError::None);
    CHECK(validateControlEvent(a, Role::SalesRep) == EventError::RoleNotAllowed);
    QString bad;
    Event missing = a;
    missing.payload.remove(QStringLiteral("installer"));
    CHECK(validateControlEvent(missing, Role::HeadOffice, &bad) == EventError::MissingField);
    CHECK(bad == QStringLiteral("installer"));
    Event extra = a;
    extra.payload.insert(QStringLiteral("x"), 1);
    CHECK(validateControlEvent(extra, Role::HeadOffice) == EventError::UnknownField);
    Event elsewhere = a;
    elsewhere.aggregate = QStringLiteral("ctr-1");
    CHECK(validateControlEvent(elsewhere, Role::HeadOffice) != EventError::None);
    CHECK(isControlEvent(ControlType::ContentPublished));
    CHECK_FALSE(isControlEvent(QStringLiteral("customer.registered")));
    CHECK(isBroadcastEvent(QStringLiteral("policy.updated")));
    CHECK(isBroadcastEvent(ControlType::ContentPublished));
    CHECK_FALSE(isBroadcastEvent(ControlType::AssignmentRecorded));

    // A real content pack from assets/content: its canonical hash must match.
    QFile f(QStringLiteral(KAKUNIN_TEST_DATA "/../../assets/content/crm-standard.json"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QJsonObject pack = QJsonDocument::fromJson(f.readAll()).object();
    const QString packHash = sha256Hex(cjson::canonicalize(pack).value());
    Event c;
    c.type = ControlType::ContentPublished;
    c.actor = QStringLiteral("hq-admin");
    c.aggregate = contentAggregate(QStringLiteral("crm-standard"));
    c.payload = {{QStringLiteral("packId"), QStringLiteral("crm-standard")},
        {QStringLiteral("version"), pack.value(QStringLiteral("version")).toString()},
        {QStringLiteral("packHash"), packHash}, {QStringLiteral("pack"), pack}};
    CHECK(validateControlEvent(c, Role::HeadOffice) == EventError::None);
    c.payload.insert(QStringLiteral("packHash"), QString(64, QLatin1Char('0')));
    CHECK(validateControlEvent(c, Role::HeadOffice) == EventError::BadHash);

    CHECK(lifecycleCode(LifecycleError::LectureBelowMinimum) == QStringLiteral("lecture_below_minimum"));
    CHECK(eventErrorCode(EventError::RoleNotAllowed) == QStringLiteral("role_not_allowed"));
}

TEST_CASE("docs/sync-protocol.md and docs/openapi.yaml name every error code and every path", "[protocol][docs]")
{
    const QString docs = QStringLiteral(KAKUNIN_TEST_DATA "/../../docs/");
    QFile md(docs + QStringLiteral("sync-protocol.md"));
    QFile yaml(docs + QStringLiteral("openapi.yaml"));
    REQUIRE(md.open(QIODevice::ReadOnly));
    REQUIRE(yaml.open(QIODevice::ReadOnly));
    const QByteArray mdText = md.readAll();
    const QByteArray yamlText = yaml.readAll();
    for (int i = 1; i < static_cast<int>(ErrorCode::Unknown); ++i) {
        const QByteArray name = errorCodeName(static_cast<ErrorCode>(i));
        INFO(name.toStdString());
        CHECK(mdText.contains("`" + name + "`"));
        CHECK(yamlText.contains(name));
    }
    for (const char *p : {path::Health, path::Enroll, path::Events, path::Blobs, path::Changes, path::Device,
             path::WipeAck, path::TokenRefresh}) {
        INFO(p);
        CHECK(mdText.contains(p));
        CHECK(yamlText.contains(QByteArray("  ") + p + ":"));
    }
}
