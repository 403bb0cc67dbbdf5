#include <catch2/catch.hpp>

#include <core/content/contentpackloader.h>
#include <core/evidence/bundle.h>
#include <core/evidence/signedcontent.h>
#include <evidence/strokerenderer.h>
#include <models/signaturerecorder.h>
#include <support/testsupport.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QtMath>

using namespace kakunin;

namespace {

const QString Contract = QStringLiteral("contract-0001");
const QString Customer = QStringLiteral("cust-0001");

SignatureStrokes syntheticSignature(int seed)
{
    SignatureStrokes s;
    s.width = 6000;
    s.height = 2000;
    for (int k = 0; k < 3; ++k) {
        Stroke stroke;
        for (int i = 0; i < 40; ++i) {
            const double a = i / 40.0 * 6.28 + seed + k;
            stroke.append({static_cast<qint32>(800 + k * 1600 + i * 30 + 300 * qCos(a)),
                static_cast<qint32>(1000 + 500 * qSin(a * 1.3)), static_cast<qint32>(k * 900 + i * 16), 500});
        }
        s.strokes.append(stroke);
    }
    return s;
}

// A walkthrough recorded through the real store: every item of the real CRM pack shown and confirmed,
// the rep's attestation, the customer's and the rep's signatures with strokes, PNG and SVG blobs.
struct Journey {
    test::TempStore t;
    std::unique_ptr<Store> store;
    ContentPack pack;
    QByteArray packJson;

    Journey()
    {
        const QString path = QStringLiteral(KAKUNIN_CONTENT_DIR "/crm-standard.json");
        auto loaded = loadContentPack(path);
        REQUIRE(loaded.ok());
        pack = loaded.value();
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        packJson = f.readAll();
        store = t.create();

        // Someone else's customer first: the bundle must withhold it and still prove the chain.
        append(test::customerDraft(QStringLiteral("cust-other"), QStringLiteral("他社 太郎")));
        append(test::customerDraft(Customer, QStringLiteral("山田 花子"), QStringLiteral("山田美容室")));
        append({QStringLiteral("matters.opened"), Contract, QStringLiteral("rep-001"),
            QJsonObject {{QStringLiteral("customerId"), Customer}, {QStringLiteral("packId"), pack.id},
                {QStringLiteral("packVersion"), pack.version}, {QStringLiteral("packHash"), pack.hash},
                {QStringLiteral("itemCount"), static_cast<int>(pack.importantMatters.size())}}});
        QString digest = pack.hash;
        for (int i = 0; i < pack.importantMatters.size(); ++i) {
            const QJsonObject item {
                {QStringLiteral("itemId"), pack.importantMatters.at(i).id}, {QStringLiteral("index"), i}};
            for (const char *type : {"matters.item_shown", "matters.item_confirmed"}) {
                t.clock.advance(45'000);
                digest = foldSignedContent(
                    digest, append({QString::fromLatin1(type), Contract, QStringLiteral("rep-001"), item}).hash);
            }
            append(test::customerDraft(QStringLiteral("cust-other"), QStringLiteral("他社 太郎"))); // interleaved
        }
        append({QStringLiteral("matters.no_guarantee_attested"), Contract, QStringLiteral("rep-001"),
            QJsonObject {{QStringLiteral("packHash"), pack.hash}}});
        sign(SignerRole::Customer, QStringLiteral("山田 花子"), digest, 1);
        sign(SignerRole::SalesRep, QStringLiteral("佐藤 一郎"), digest, 2);
    }

    Event append(const EventDraft &d)
    {
        auto r = store->append(d);
        REQUIRE(r.ok());
        return r.value();
    }

    void sign(SignerRole role, const QString &name, const QString &digest, int seed)
    {
        SignatureRequest r;
        r.eventType = QStringLiteral("matters.signed");
        r.contractId = Contract;
        r.actor = QStringLiteral("rep-001");
        r.role = role;
        r.signerName = name;
        r.strokes = syntheticSignature(seed);
        r.contentHash = digest;
        r.seal = role == SignerRole::Customer ? SealRecord::AffixedOnPaper : SealRecord::None;
        auto e = recordSignature(*store, r);
        REQUIRE(e.ok());
        CHECK(e->payload.value(QStringLiteral("signer")).toString() == signerRoleName(role));
        CHECK(QByteArray::fromBase64(e->payload.value(QStringLiteral("strokes")).toString().toLatin1())
            == r.strokes.encode());
    }

    RecordBundle bundle() const
    {
        RecordBundle b = store->exportRecord({Contract, Customer});
        b.packs.insert(pack.hash, packJson);
        return b;
    }
};

QStringList failures(const RecordBundle &b)
{
    QStringList out;
    for (const VerificationCheck &c : verifyBundle(b).checks)
        if (!c.ok)
            out.append(c.detail);
    return out;
}

int eventIndex(const RecordBundle &b, const QString &type, int nth = 0)
{
    for (int i = 0; i < b.chain.size(); ++i)
        if (b.chain.at(i).type == type && nth-- == 0)
            return i;
    FAIL("no event " << type.toStdString());
    return -1;
}

} // namespace

TEST_CASE("a recorded walkthrough exports to a bundle that verifies end to end", "[evidence][verify]")
{
    Journey j;
    const RecordBundle b = j.bundle();
    CHECK(b.withheld.size() == j.pack.importantMatters.size() + 1); // the other customer's events
    for (qint64 seq : b.withheld)
        CHECK(b.chain.at(static_cast<int>(seq - 1)).payload.isEmpty());
    CHECK(b.blobs.size() == 6); // strokes, PNG and SVG of two signatures

    const VerificationReport report = verifyBundle(b);
    for (const VerificationCheck &c : report.checks) {
        INFO(static_cast<int>(c.kind) << " " << c.subject.toStdString() << " " << c.detail.toStdString());
        CHECK(c.ok);
    }
    CHECK(report.ok());
    int signedContent = 0;
    for (const VerificationCheck &c : report.checks)
        signedContent += c.kind == VerificationCheck::Kind::SignedContent ? 1 : 0;
    CHECK(signedContent == 2);

    // The JSON form round-trips to the same verdict.
    auto parsed = parseBundle(b.toJson());
    REQUIRE(parsed.ok());
    CHECK(verifyBundle(parsed.value()).ok());
    CHECK(parseBundle("{").error() == BundleError::NotJson);
    CHECK(parseBundle("{\"format\":2}").error() == BundleError::UnsupportedFormat);
}

TEST_CASE("each tamper of a bundle fails verification with its reason", "[evidence][verify]")
{
    Journey j;
    RecordBundle b = j.bundle();

    SECTION("an item's confirmation time moved")
    {
        b.chain[eventIndex(b, QStringLiteral("matters.item_confirmed"), 3)].at -= 600'000;
        CHECK(failures(b).contains(QStringLiteral("content_changed")));
    }
    SECTION("a stroke changed")
    {
        const QString h = b.chain.at(eventIndex(b, QStringLiteral("matters.signed")))
                              .payload.value(QStringLiteral("signatureHash"))
                              .toString();
        auto strokes = SignatureStrokes::decode(b.blobs.value(h)).value();
        strokes.strokes[0][5].x += 40;
        b.blobs[h] = strokes.encode();
        CHECK(failures(b) == QStringList {QStringLiteral("hash_mismatch")});
    }
    SECTION("the PNG swapped for another signature's")
    {
        const Event &customer = b.chain.at(eventIndex(b, QStringLiteral("matters.signed"), 0));
        const Event &rep = b.chain.at(eventIndex(b, QStringLiteral("matters.signed"), 1));
        b.blobs[customer.payload.value(QStringLiteral("pngHash")).toString()]
            = b.blobs.value(rep.payload.value(QStringLiteral("pngHash")).toString());
        CHECK(failures(b) == QStringList {QStringLiteral("hash_mismatch")});
    }
    SECTION("the content text changed")
    {
        QByteArray &pack = b.packs[j.pack.hash];
        const QByteArray original = j.pack.importantMatters.at(2).title.ja.toUtf8();
        REQUIRE(pack.contains(original));
        pack.replace(original, original + "（改）");
        CHECK(failures(b).contains(QStringLiteral("hash_mismatch")));
    }
    SECTION("an event removed")
    {
        b.chain.removeAt(eventIndex(b, QStringLiteral("matters.item_shown"), 5));
        const QStringList f = failures(b);
        CHECK(f.contains(QStringLiteral("event_missing")));
        CHECK(f.contains(QStringLiteral("content_hash_mismatch"))); // the signatures no longer cover the record
    }
    SECTION("a signature re-pointed at other content")
    {
        Event &customer = b.chain[eventIndex(b, QStringLiteral("matters.signed"))];
        customer.payload.insert(QStringLiteral("contentHash"), j.pack.hash);
        const QStringList f = failures(b);
        CHECK(f.contains(QStringLiteral("content_changed")));
        CHECK(f.contains(QStringLiteral("content_hash_mismatch")));
    }
    SECTION("the strokes inside the event changed")
    {
        Event &customer = b.chain[eventIndex(b, QStringLiteral("matters.signed"))];
        auto strokes = SignatureStrokes::decode(
            QByteArray::fromBase64(customer.payload.value(QStringLiteral("strokes")).toString().toLatin1()))
                           .value();
        strokes.strokes[1][3].y += 25;
        customer.payload.insert(QStringLiteral("strokes"), QString::fromLatin1(strokes.encode().toBase64()));
        const QStringList f = failures(b);
        CHECK(f.contains(QStringLiteral("content_changed")));
        CHECK(f.contains(QStringLiteral("inline_strokes_mismatch")));
    }
    SECTION("a blob left out")
    {
        b.blobs.remove(b.chain.at(eventIndex(b, QStringLiteral("matters.signed")))
                           .payload.value(QStringLiteral("svgHash"))
                           .toString());
        CHECK(failures(b) == QStringList {QStringLiteral("blob_missing")});
    }
}

TEST_CASE("an empty or dot-sized signature is never recorded", "[evidence][verify]")
{
    Journey j;
    const qint64 before = j.store->headSeq();
    SignatureRequest r;
    r.eventType = QStringLiteral("matters.signed");
    r.contractId = Contract;
    r.actor = QStringLiteral("rep-001");
    r.contentHash = j.pack.hash;
    CHECK(recordSignature(*j.store, r).error() == SignatureRecordError::InvalidSignature);
    r.strokes.width = 6000;
    r.strokes.height = 2000;
    r.strokes.strokes.append(Stroke {{100, 100, 0, -1}, {102, 101, 8, -1}});
    CHECK(recordSignature(*j.store, r).error() == SignatureRecordError::InvalidSignature);
    r.strokes = syntheticSignature(3);
    r.contentHash.clear();
    CHECK(recordSignature(*j.store, r).error() == SignatureRecordError::NoContent);
    CHECK(j.store->headSeq() == before);
}

TEST_CASE("kakunin-verify says what holds and exits non-zero on a tampered bundle", "[evidence][verify]")
{
    Journey j;
    const QString path = j.t.dir.filePath(QStringLiteral("record.json"));
    RecordBundle b = j.bundle();
    test::writeFile(path, b.toJson());
    QProcess p;
    p.start(QStringLiteral(KAKUNIN_VERIFY), {path});
    REQUIRE(p.waitForFinished(30'000));
    const QString ok = QString::fromUtf8(p.readAllStandardOutput());
    CHECK(p.exitCode() == 0);
    CHECK(ok.contains(QLatin1String("VERIFIED")));
    CHECK(ok.contains(QLatin1String("covers the pack and every confirmation before it")));
    CHECK_FALSE(ok.contains(QLatin1String("FAIL")));

    b.chain[eventIndex(b, QStringLiteral("matters.item_confirmed"), 0)].at += 1;
    test::writeFile(path, b.toJson());
    p.start(QStringLiteral(KAKUNIN_VERIFY), {path});
    REQUIRE(p.waitForFinished(30'000));
    const QString bad = QString::fromUtf8(p.readAllStandardOutput());
    CHECK(p.exitCode() == 1);
    CHECK(bad.contains(QLatin1String("NOT VERIFIED")));
    CHECK(bad.contains(QLatin1String("does not hold: content_changed")));
}
