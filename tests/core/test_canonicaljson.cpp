#include <catch2/catch.hpp>

#include <core/canonicaljson.h>
#include <core/ed25519.h>
#include <core/event.h>

#include <support/testsupport.h>

#include <QJsonArray>
#include <QJsonDocument>

using namespace kakunin;

namespace {

QJsonObject vectors()
{
    return QJsonDocument::fromJson(test::readFile(QStringLiteral(KAKUNIN_TEST_DATA "/vectors.json"))).object();
}

} // namespace

TEST_CASE("canonical JSON matches the reference vectors byte for byte", "[cjson]")
{
    const QJsonArray cases = vectors().value(QStringLiteral("canonical")).toArray();
    REQUIRE(cases.size() >= 9);
    for (const QJsonValue &v : cases) {
        const QJsonObject c = v.toObject();
        INFO(c.value(QStringLiteral("name")).toString().toStdString());
        auto parsed = cjson::parseObject(c.value(QStringLiteral("input")).toString().toUtf8());
        REQUIRE(parsed.ok());
        auto out = cjson::canonicalize(parsed.value());
        REQUIRE(out.ok());
        CHECK(QString::fromUtf8(out.value()) == c.value(QStringLiteral("canonical")).toString());
        CHECK(sha256Hex(out.value()) == c.value(QStringLiteral("sha256")).toString());
    }
}

TEST_CASE("canonical JSON refuses what would not hash the same everywhere", "[cjson]")
{
    const QJsonArray cases = vectors().value(QStringLiteral("invalid")).toArray();
    REQUIRE(cases.size() >= 3);
    for (const QJsonValue &v : cases) {
        const QJsonObject c = v.toObject();
        const QString name = c.value(QStringLiteral("name")).toString();
        INFO(name.toStdString());
        if (name == QLatin1String("lone surrogate"))
            continue; // Qt's parser already replaces lone surrogates; checked directly below
        auto parsed = cjson::parseObject(c.value(QStringLiteral("input")).toString().toUtf8());
        REQUIRE_FALSE(parsed.ok());
        CHECK(
            std::string(cjson::errorName(parsed.error())) == c.value(QStringLiteral("error")).toString().toStdString());
    }
    const QJsonObject lone {{QStringLiteral("a"), QString(QChar(0xD800))}};
    CHECK(cjson::canonicalize(lone).error() == cjson::Error::LoneSurrogate);
    const QJsonObject loneLow {{QStringLiteral("a"), QString(QChar(0xDC00)) + QStringLiteral("x")}};
    CHECK(cjson::canonicalize(loneLow).error() == cjson::Error::LoneSurrogate);
    CHECK(cjson::canonicalize(QJsonObject {{QStringLiteral("a"), 0.1}}).error() == cjson::Error::NonIntegerNumber);
    CHECK(cjson::canonicalize(QJsonObject {{QStringLiteral("a"), qint64(1) << 60}}).error()
        == cjson::Error::IntegerOutOfRange);

    QJsonValue deep = QJsonArray {1};
    for (int i = 0; i < cjson::MaxDepth + 2; ++i)
        deep = QJsonArray {deep};
    CHECK(cjson::canonicalize(deep).error() == cjson::Error::TooDeep);
}

TEST_CASE("event hash and signature match the reference vector", "[cjson][ed25519]")
{
    const QJsonObject ev = vectors().value(QStringLiteral("event")).toObject();
    const QJsonObject content = ev.value(QStringLiteral("content")).toObject();
    Event e;
    QJsonObject full = content;
    full.insert(QStringLiteral("hash"), ev.value(QStringLiteral("hash")));
    full.insert(QStringLiteral("sig"),
        QString::fromLatin1(
            QByteArray::fromHex(ev.value(QStringLiteral("signature")).toString().toLatin1()).toBase64()));
    REQUIRE(Event::fromJson(full, &e));
    CHECK(QString::fromUtf8(e.canonicalContent()) == ev.value(QStringLiteral("canonical")).toString());
    CHECK(e.computeHash() == ev.value(QStringLiteral("hash")).toString());

    const QByteArray seed = QByteArray::fromHex(ev.value(QStringLiteral("seed")).toString().toLatin1());
    const auto keys = ed25519::fromSeed(seed);
    CHECK(keys.publicKey.toHex() == ev.value(QStringLiteral("publicKey")).toString().toLatin1());
    // Ed25519 is deterministic: the same seed and message give the reference signature.
    const QByteArray sig = ed25519::sign(seed, QByteArray::fromHex(e.hash.toLatin1()));
    CHECK(sig == e.signature);
    CHECK(ed25519::verify(keys.publicKey, QByteArray::fromHex(e.hash.toLatin1()), sig));
}

TEST_CASE("signature round trip and rejection", "[ed25519]")
{
    SeededRandom rnd(QByteArrayLiteral("sig"));
    const auto keys = ed25519::fromSeed(rnd.bytes(32));
    const auto other = ed25519::fromSeed(rnd.bytes(32));
    const QByteArray msg = QByteArrayLiteral("important matters, item 3 confirmed");
    const QByteArray sig = ed25519::sign(keys.seed, msg);
    REQUIRE(sig.size() == ed25519::SignatureSize);
    CHECK(ed25519::verify(keys.publicKey, msg, sig));
    CHECK_FALSE(ed25519::verify(other.publicKey, msg, sig));
    CHECK_FALSE(ed25519::verify(keys.publicKey, msg + '.', sig));
    QByteArray flipped = sig;
    flipped[10] = static_cast<char>(flipped[10] ^ 0x01);
    CHECK_FALSE(ed25519::verify(keys.publicKey, msg, flipped));
    CHECK_FALSE(ed25519::verify(keys.publicKey, msg, sig.left(63)));
    CHECK(ed25519::sign(QByteArray(31, 'x'), msg).isEmpty());
}

TEST_CASE("event JSON round trip refuses malformed records", "[event]")
{
    Event e {QStringLiteral("id-1"), QStringLiteral("dev"), 1, 2, 3, QStringLiteral("b"), QStringLiteral("a"),
        QStringLiteral("customer.registered"), QStringLiteral("c"), QJsonObject {{QStringLiteral("k"), 1}}, GenesisHash,
        {}, QByteArray(64, 'x')};
    e.hash = e.computeHash();
    Event back;
    REQUIRE(Event::fromJson(e.toJson(), &back));
    CHECK(back.computeHash() == e.hash);
    CHECK(back.signature == e.signature);

    QJsonObject wrongType = e.toJson();
    wrongType.insert(QStringLiteral("seq"), QStringLiteral("1"));
    CHECK_FALSE(Event::fromJson(wrongType, &back));
    QJsonObject extra = e.toJson();
    extra.insert(QStringLiteral("smuggled"), 1);
    CHECK_FALSE(Event::fromJson(extra, &back));
    QJsonObject fraction = e.toJson();
    fraction.insert(QStringLiteral("at"), 1.5);
    CHECK_FALSE(Event::fromJson(fraction, &back));
}
