// The console's evidence check (issue 7, docs/console-evidence.md) against head office's real stores: a whole
// contract passes; a row changed in the database — payload, hash, signature, receipt time, a blob, a deleted
// event, the recorded head — fails on exactly the events it touches, with the check and code that say why.
#include "test_console_blocks_journey.h"

#include <console/evidencecheck.h>

#include <catch2/catch.hpp>

#include <protocol/hqevents.h>

#include <core/canonicaljson.h>
#include <core/domain/eventcatalog.h>
#include <core/ed25519.h>
#include <core/random.h>

#include <QSet>

using namespace kakunin;
using namespace kakunin::hqtest;
using namespace kakunin::hqtest::blocks;
using namespace kakunin::hq::console;
using kakunin::hq::StoredEvent;

namespace {

const QString Customer = QStringLiteral("cust-1");
const QString Contract = QStringLiteral("ctr-1");

// A contract from the first visit to its start: rep, installer and head office, every signature with strokes.
struct Started : Office {
    Tablet rep {*this, Rep};
    Tablet inst {*this, Installer};
    Started()
    {
        toDelivered(*this, rep, inst, Customer, Contract);
        toStarted(*this, Contract);
    }

    // The attacker with database access: one statement on head office's store, outside the service.
    void sql(const char *statement, const hq::SqlParams &params) const
    {
        auto c = db->open();
        c->exec(statement, params);
    }

    StoredEvent stored(const QString &aggregate, const QString &type, int nth = 0) const
    {
        int seen = 0;
        for (const StoredEvent &s : service->eventsOfAggregate(aggregate))
            if (s.event.type == type && seen++ == nth)
                return s;
        FAIL("no " << type.toStdString() << " #" << nth);
        return {};
    }

    void setPayload(const Event &e, const QJsonObject &payload) const
    {
        const auto canonical = cjson::canonicalize(payload);
        REQUIRE(canonical.ok());
        sql("UPDATE events SET payload = ? WHERE id = ?", {QString::fromUtf8(canonical.value()), e.id});
    }
};

const EventEvidence &evidenceOf(const EvidenceReport &r, const QString &eventId)
{
    for (const EventEvidence &e : r.events)
        if (e.stored.event.id == eventId)
            return e;
    FAIL("event " << eventId.toStdString() << " not in the report");
    return r.events.first();
}

// Every failed check as "event id:check:code", to compare with exactly what a tamper should break.
QSet<QString> failures(const EvidenceReport &r)
{
    QSet<QString> out;
    for (const EventEvidence &e : r.events)
        for (const EvidenceCheckResult &c : e.checks)
            if (!c.passed)
                out.insert(
                    e.stored.event.id + QLatin1Char(':') + evidenceCheckKindName(c.kind) + QLatin1Char(':') + c.code);
    return out;
}

QString failure(const Event &e, EvidenceCheckKind kind, const char *code)
{
    return e.id + QLatin1Char(':') + evidenceCheckKindName(kind) + QLatin1Char(':') + QLatin1String(code);
}

QSet<EvidenceCheckKind> kindsOf(const EventEvidence &e)
{
    QSet<EvidenceCheckKind> out;
    for (const EvidenceCheckResult &c : e.checks)
        out.insert(c.kind);
    return out;
}

} // namespace

TEST_CASE("M2 evidence check: a whole contract passes — chain, signatures, content, signed content, receipt",
    "[console][evidence][M2][S3][D1]")
{
    Started o;
    const EvidenceReport r = checkContractEvidence(*o.service, Contract);
    INFO(QStringList(failures(r).values()).join(QLatin1Char(' ')).toStdString());
    REQUIRE(r.found);
    CHECK(r.passed());
    CHECK(r.failedEvents() == 0);
    CHECK(r.toleranceMs == 5 * MsPerMinute);
    const qint64 expected = o.service->eventsOfAggregate(Customer).size()
        + o.service->eventsOfAggregate(Contract).size()
        + o.service->eventsOfAggregate(protocol::assignmentAggregate(Contract)).size();
    CHECK(r.events.size() == expected);
    int signatures = 0;
    for (const EventEvidence &e : r.events) {
        const QSet<EvidenceCheckKind> kinds = kindsOf(e);
        for (auto k : {EvidenceCheckKind::Chain, EvidenceCheckKind::Signature, EvidenceCheckKind::ContentHash,
                 EvidenceCheckKind::ReceiptTime})
            CHECK(kinds.contains(k));
        const QString &t = e.stored.event.type;
        const bool signature = t == EventType::MattersSigned || t == EventType::DeliverySigned;
        CHECK(kinds.contains(EvidenceCheckKind::SignedContent) == signature);
        CHECK(kinds.contains(EvidenceCheckKind::Strokes) == signature);
        CHECK(kinds.contains(EvidenceCheckKind::Blobs) == signature); // each carries a PNG rendering
        signatures += signature ? 1 : 0;
        for (const EvidenceCheckResult &c : e.checks)
            CHECK(c.code == QStringLiteral("ok"));
    }
    CHECK(signatures == 3);

    // The device chains: the rep's tablet, the installer's tablet and head office's own, each whole.
    REQUIRE(r.devices.size() == 3);
    QSet<QString> ids;
    for (const DeviceEvidence &d : r.devices) {
        ids.insert(d.deviceId);
        CHECK(d.passed);
        CHECK(d.code == QStringLiteral("ok"));
        CHECK(d.storedEvents == d.headSeq);
        CHECK(d.headOffice == (d.deviceId == o.service->identity().deviceId));
    }
    CHECK(ids == QSet<QString> {o.rep.store->deviceId(), o.inst.store->deviceId(), o.service->identity().deviceId});

    const EvidenceReport none = checkContractEvidence(*o.service, QStringLiteral("ctr-none"));
    CHECK_FALSE(none.found);
    CHECK_FALSE(none.passed());
}

TEST_CASE("S3 evidence check: a payload changed in the database fails the content hash of exactly that event",
    "[console][evidence][S3]")
{
    Started o;
    const Event confirmed = o.stored(Contract, EventType::MattersItemConfirmed, 1).event;
    QJsonObject payload = confirmed.payload;
    payload.insert(QStringLiteral("itemId"), QStringLiteral("something-else"));
    o.setPayload(confirmed, payload);

    const EvidenceReport r = checkContractEvidence(*o.service, Contract);
    CHECK_FALSE(r.passed());
    CHECK(r.failedEvents() == 1);
    CHECK(failures(r) == QSet<QString> {failure(confirmed, EvidenceCheckKind::ContentHash, "content_changed")});
    const EventEvidence &e = evidenceOf(r, confirmed.id);
    CHECK(e.failed(EvidenceCheckKind::Chain) == nullptr);
    CHECK(e.failed(EvidenceCheckKind::Signature) == nullptr); // the signature over the stored hash still holds
    for (const DeviceEvidence &d : r.devices)
        CHECK(d.passed);
}

TEST_CASE("S3 M1 evidence check: a signature's content hash changed fails its content and signed content",
    "[console][evidence][S3][M1]")
{
    Started o;
    const Event signedEvent = o.stored(Contract, EventType::MattersSigned, 0).event;
    QJsonObject payload = signedEvent.payload;
    payload.insert(QStringLiteral("contentHash"), QString(64, QLatin1Char('f')));
    o.setPayload(signedEvent, payload);

    const EvidenceReport r = checkContractEvidence(*o.service, Contract);
    CHECK(r.failedEvents() == 1);
    CHECK(failures(r)
        == QSet<QString> {failure(signedEvent, EvidenceCheckKind::ContentHash, "content_changed"),
            failure(signedEvent, EvidenceCheckKind::SignedContent, "content_hash_mismatch")});
    // The digest the check expected is the one the signature was recorded with.
    CHECK(evidenceOf(r, signedEvent.id).failed(EvidenceCheckKind::SignedContent)->subject
        == signedEvent.payload.value(QStringLiteral("contentHash")).toString());
}

TEST_CASE("S3 evidence check: an event re-hashed after a change fails its signature, the next link and what "
          "the signatures cover",
    "[console][evidence][S3]")
{
    Started o;
    const Event shown = o.stored(Contract, EventType::MattersItemShown, 1).event;
    const Event next = o.stored(Contract, EventType::MattersItemConfirmed, 1).event;
    Event forged = shown;
    forged.payload.insert(QStringLiteral("itemId"), QStringLiteral("something-else"));
    forged.hash = forged.computeHash(); // the attacker recomputes the hash, but cannot sign it
    const auto canonical = cjson::canonicalize(forged.payload);
    REQUIRE(canonical.ok());
    o.sql("UPDATE events SET payload = ?, hash = ? WHERE id = ?",
        {QString::fromUtf8(canonical.value()), forged.hash, shown.id});

    const EvidenceReport r = checkContractEvidence(*o.service, Contract);
    CHECK(failures(r)
        == QSet<QString> {failure(shown, EvidenceCheckKind::Signature, "signature_invalid"),
            failure(next, EvidenceCheckKind::Chain, "prev_mismatch"),
            failure(o.stored(Contract, EventType::MattersSigned, 0).event, EvidenceCheckKind::SignedContent,
                "content_hash_mismatch"),
            failure(o.stored(Contract, EventType::MattersSigned, 1).event, EvidenceCheckKind::SignedContent,
                "content_hash_mismatch")});
}

TEST_CASE("M2 evidence check: head office's own events are checked with its key", "[console][evidence][M2]")
{
    Started o;
    const Event c2 = o.stored(Contract, EventType::CallRecorded, 1).event;
    REQUIRE(c2.device == o.service->identity().deviceId);
    // Signed by some other key: a forged head-office record.
    const QByteArray seed = systemRandom().bytes(ed25519::SeedSize);
    const QByteArray forgedSig = ed25519::sign(seed, QByteArray::fromHex(c2.hash.toLatin1()));
    o.sql("UPDATE events SET sig = ? WHERE id = ?", {forgedSig, c2.id});

    const EvidenceReport r = checkContractEvidence(*o.service, Contract);
    CHECK(failures(r) == QSet<QString> {failure(c2, EvidenceCheckKind::Signature, "signature_invalid")});
}

TEST_CASE(
    "evidence check: a deleted event is a gap in its device chain, a moved head a head mismatch", "[console][evidence]")
{
    Started o;
    const StoredEvent ended = o.stored(Customer, EventType::VisitEnded);
    const StoredEvent after = [&] {
        for (const StoredEvent &s : o.service->eventsOfDevice(o.rep.store->deviceId()))
            if (s.event.seq == ended.event.seq + 1)
                return s;
        FAIL("no event after visit.ended");
        return StoredEvent {};
    }();
    o.sql("DELETE FROM events WHERE id = ?", {ended.event.id});
    // And the installer's recorded head names another hash.
    o.sql("UPDATE devices SET head_hash = ? WHERE id = ?", {QString(64, QLatin1Char('9')), o.inst.store->deviceId()});

    const EvidenceReport r = checkContractEvidence(*o.service, Contract);
    const Event lastOfInstaller = o.service->eventsOfDevice(o.inst.store->deviceId()).last().event;
    CHECK(failures(r)
        == QSet<QString> {failure(after.event, EvidenceCheckKind::Chain, "seq_gap"),
            failure(lastOfInstaller, EvidenceCheckKind::Chain, "head_mismatch")});
    for (const DeviceEvidence &d : r.devices) {
        if (d.deviceId == o.rep.store->deviceId()) {
            CHECK(d.code == QStringLiteral("event_missing"));
            CHECK(d.seq == ended.event.seq);
        } else if (d.deviceId == o.inst.store->deviceId()) {
            CHECK(d.code == QStringLiteral("head_mismatch"));
        } else {
            CHECK(d.passed);
        }
    }
    CHECK_FALSE(r.passed());
}

TEST_CASE("evidence check: a tampered or missing blob fails the strokes or blobs check of the event citing it",
    "[console][evidence][S3]")
{
    Started o;
    const Event customerSig = o.stored(Contract, EventType::MattersSigned, 0).event;
    const Event repSig = o.stored(Contract, EventType::MattersSigned, 1).event;
    const Event delivery = o.stored(Contract, EventType::DeliverySigned).event;
    const QByteArray other = sampleStrokes(9).encode();
    o.sql("UPDATE blobs SET data = ? WHERE sha256 = ?",
        {other, customerSig.payload.value(QStringLiteral("signatureHash")).toString()});
    o.sql("UPDATE blobs SET data = ? WHERE sha256 = ?",
        {QByteArray("another picture"), repSig.payload.value(QStringLiteral("pngHash")).toString()});
    o.sql("DELETE FROM blobs WHERE sha256 = ?", {delivery.payload.value(QStringLiteral("pngHash")).toString()});

    const EvidenceReport r = checkContractEvidence(*o.service, Contract);
    CHECK(failures(r)
        == QSet<QString> {failure(customerSig, EvidenceCheckKind::Strokes, "strokes_mismatch"),
            failure(repSig, EvidenceCheckKind::Blobs, "blob_mismatch"),
            failure(delivery, EvidenceCheckKind::Blobs, "blob_missing")});
}

TEST_CASE("evidence check: receipt time missing, an event recorded after its receipt, a wall clock that jumped",
    "[console][evidence]")
{
    Started o;
    const Event c1 = o.stored(Contract, EventType::CallRecorded, 0).event;
    o.sql("UPDATE events SET received_at = 0 WHERE id = ?", {c1.id});
    const EvidenceReport r = checkContractEvidence(*o.service, Contract);
    CHECK(failures(r) == QSet<QString> {failure(c1, EvidenceCheckKind::ReceiptTime, "not_received")});

    // A device whose clock claims an hour back, then an hour ahead of head office's receipt.
    FakeDevice dev(o, Rep2);
    const QString cust = QStringLiteral("cust-fake");
    auto reseal = [&](Event e, qint64 shift) {
        e.at += shift;
        REQUIRE(protocol::sealEvent(e, dev.seed));
        dev.prev = e.hash;
        return e;
    };
    QList<Event> events {dev.customer(cust)};
    events.append(
        reseal(dev.next(EventType::ScreeningRecorded, cust,
                   {{QStringLiteral("outcome"), QStringLiteral("allowed")}, {QStringLiteral("refusals"), QString()},
                       {QStringLiteral("conditions"), QString()}, {QStringLiteral("age"), 40},
                       {QStringLiteral("itLiteracy"), 3}, {QStringLiteral("policyVersion"), 1},
                       {QStringLiteral("successorPresent"), 0}, {QStringLiteral("fullTimeDeclared"), 1}}),
            -60 * MsPerMinute));
    events.append(reseal(
        dev.next(EventType::MattersOpened, QStringLiteral("ctr-fake"),
            {{QStringLiteral("customerId"), cust}, {QStringLiteral("productCode"), QStringLiteral("CRM")},
                {QStringLiteral("packId"), QStringLiteral("crm-test")},
                {QStringLiteral("packVersion"), QStringLiteral("1")}, {QStringLiteral("packHash"), PackSpec().packHash},
                {QStringLiteral("itemCount"), 3}, {QStringLiteral("screeningOutcome"), QStringLiteral("allowed")},
                {QStringLiteral("successorRequired"), 0}, {QStringLiteral("approvalId"), QString()}}),
        60 * MsPerMinute));
    REQUIRE(dev.push(events).status == 200);
    const EvidenceReport fake = checkContractEvidence(*o.service, QStringLiteral("ctr-fake"));
    REQUIRE(fake.found);
    CHECK(failures(fake)
        == QSet<QString> {failure(events[1], EvidenceCheckKind::ReceiptTime, "clock_moved"),
            failure(events[2], EvidenceCheckKind::ReceiptTime, "after_receipt")});
}
