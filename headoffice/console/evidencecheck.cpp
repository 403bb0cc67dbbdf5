#include "evidencecheck.h"

#include "contractview.h"

#include <protocol/hqevents.h>

#include <core/domain/eventcatalog.h>
#include <core/ed25519.h>
#include <core/evidence/signaturestrokes.h>
#include <core/evidence/signedcontent.h>

#include <QHash>
#include <QMap>

#include <algorithm>
#include <map>
#include <memory>
#include <optional>

namespace kakunin::hq::console {

namespace {

using K = EvidenceCheckKind;

const QString Ok = QStringLiteral("ok");

EvidenceCheckResult pass(K kind, const QString &subject = QString())
{
    return EvidenceCheckResult {kind, true, Ok, subject};
}

EvidenceCheckResult failure(K kind, const QString &code, const QString &subject = QString())
{
    return EvidenceCheckResult {kind, false, code, subject};
}

QString text(const Event &e, const char *key)
{
    return e.payload.value(QLatin1String(key)).toString();
}

bool carriesStrokes(const QString &type)
{
    return type == EventType::MattersSigned || type == EventType::DeliverySigned
        || type == EventType::ContractCancelled;
}

class Checker {
public:
    Checker(HqService &service, const QList<StoredEvent> &all, qint64 tolerance)
        : m_service(service), m_tolerance(tolerance), m_server(service.identity())
    {
        for (const DeviceInfo &d : service.devices())
            m_devices.insert(d.id, d);
        for (const StoredEvent &s : all)
            m_chains[s.event.device].insert(s.event.seq, &s);
    }

    EventEvidence check(const StoredEvent &s, const std::optional<QString> &expectedDigest)
    {
        EventEvidence out;
        out.stored = s;
        const Event &e = s.event;
        out.checks.append(chain(e));
        out.checks.append(signature(e));
        out.checks.append(e.computeHash() == e.hash
                ? pass(K::ContentHash, e.hash)
                : failure(K::ContentHash, QStringLiteral("content_changed"), e.hash));
        if (expectedDigest)
            out.checks.append(!expectedDigest->isEmpty() && text(e, "contentHash") == *expectedDigest
                    ? pass(K::SignedContent, *expectedDigest)
                    : failure(K::SignedContent, QStringLiteral("content_hash_mismatch"), *expectedDigest));
        if (carriesStrokes(e.type))
            out.checks.append(strokes(e));
        if (auto b = blobs(e))
            out.checks.append(b.value());
        out.checks.append(receipt(s));
        return out;
    }

    DeviceEvidence device(const QString &id) const
    {
        DeviceEvidence d;
        d.deviceId = id;
        d.headOffice = id == m_server.deviceId;
        const auto info = m_devices.constFind(id);
        const QMap<qint64, const StoredEvent *> chain = m_chains.value(id);
        d.storedEvents = chain.size();
        if (info == m_devices.cend()) {
            d.code = QStringLiteral("device_unknown");
            return d;
        }
        d.userId = info->userId;
        d.headSeq = info->headSeq;
        qint64 expected = 1;
        for (auto it = chain.cbegin(); it != chain.cend(); ++it, ++expected) {
            if (it.key() != expected) {
                d.code = QStringLiteral("event_missing");
                d.seq = expected;
                return d;
            }
        }
        const qint64 last = chain.isEmpty() ? 0 : chain.lastKey();
        if (last < info->headSeq) {
            d.code = QStringLiteral("event_missing"); // removed from the end
            d.seq = last + 1;
            return d;
        }
        if (last > info->headSeq || (last > 0 && chain.last()->event.hash != info->headHash)) {
            d.code = QStringLiteral("head_mismatch");
            d.seq = last;
            return d;
        }
        d.passed = true;
        d.code = Ok;
        return d;
    }

private:
    const StoredEvent *previous(const Event &e) const { return m_chains.value(e.device).value(e.seq - 1, nullptr); }

    EvidenceCheckResult chain(const Event &e) const
    {
        const auto info = m_devices.constFind(e.device);
        if (info == m_devices.cend())
            return failure(K::Chain, QStringLiteral("device_unknown"), e.device);
        QString expectedPrev = GenesisHash;
        if (e.seq != 1) {
            const StoredEvent *p = previous(e);
            if (!p)
                return failure(K::Chain, QStringLiteral("seq_gap"), QString::number(e.seq - 1));
            expectedPrev = p->event.hash;
        }
        if (e.prev != expectedPrev)
            return failure(K::Chain, QStringLiteral("prev_mismatch"), expectedPrev);
        if (e.seq > info->headSeq || (e.seq == info->headSeq && e.hash != info->headHash))
            return failure(K::Chain, QStringLiteral("head_mismatch"), info->headHash);
        return pass(K::Chain, e.prev);
    }

    EvidenceCheckResult signature(const Event &e)
    {
        QByteArray key;
        if (e.device == m_server.deviceId) {
            key = m_server.publicKey; // head office's own events: the server's key
        } else {
            const auto info = m_devices.constFind(e.device);
            if (info == m_devices.cend())
                return failure(K::Signature, QStringLiteral("device_unknown"), e.device);
            key = info->publicKey; // the key the device enrolled with
        }
        if (key.size() != ed25519::PublicKeySize)
            return failure(K::Signature, QStringLiteral("no_public_key"), e.device);
        auto &verifier = m_verifiers[e.device];
        if (!verifier)
            verifier = std::make_unique<ed25519::Verifier>(key);
        const QByteArray digest = QByteArray::fromHex(e.hash.toLatin1());
        const bool ok = digest.size() == 32 && verifier->valid() && verifier->verify(digest, e.signature);
        return ok ? pass(K::Signature, e.device) : failure(K::Signature, QStringLiteral("signature_invalid"), e.device);
    }

    std::optional<QByteArray> blob(const QString &sha256)
    {
        auto it = m_blobs.constFind(sha256);
        if (it != m_blobs.cend())
            return it.value();
        const auto b = m_service.blob(sha256);
        m_blobs.insert(sha256, b);
        return b;
    }

    EvidenceCheckResult strokes(const Event &e)
    {
        const QString name = text(e, "signatureHash");
        const QString inlined = text(e, "strokes");
        QByteArray bytes;
        if (!inlined.isEmpty()) {
            bytes = QByteArray::fromBase64(inlined.toLatin1());
            if (sha256Hex(bytes) != name)
                return failure(K::Strokes, QStringLiteral("strokes_mismatch"), name);
        }
        if (const auto stored = blob(name)) {
            if (sha256Hex(stored.value()) != name)
                return failure(K::Strokes, QStringLiteral("strokes_mismatch"), name);
            bytes = stored.value();
        } else if (inlined.isEmpty()) {
            return failure(K::Strokes, QStringLiteral("strokes_missing"), name);
        }
        const auto decoded = SignatureStrokes::decode(bytes);
        if (!decoded)
            return failure(K::Strokes, QStringLiteral("strokes_malformed"), name);
        if (const SignatureError v = decoded->validate(); v != SignatureError::None)
            return failure(K::Strokes, QString::fromLatin1(signatureErrorName(v)), name);
        return pass(K::Strokes, name);
    }

    std::optional<EvidenceCheckResult> blobs(const Event &e)
    {
        QStringList cited;
        for (const char *field : {"pngHash", "svgHash", "sealImageHash"})
            if (const QString h = text(e, field); !h.isEmpty())
                cited.append(h);
        if (cited.isEmpty())
            return std::nullopt;
        for (const QString &h : std::as_const(cited)) {
            const auto b = blob(h);
            if (!b)
                return failure(K::Blobs, QStringLiteral("blob_missing"), h);
            if (sha256Hex(b.value()) != h)
                return failure(K::Blobs, QStringLiteral("blob_mismatch"), h);
        }
        return pass(K::Blobs);
    }

    EvidenceCheckResult receipt(const StoredEvent &s) const
    {
        const Event &e = s.event;
        if (s.receivedAt <= 0)
            return failure(K::ReceiptTime, QStringLiteral("not_received"));
        const QString received = QString::number(s.receivedAt);
        if (e.at > s.receivedAt + m_tolerance)
            return failure(K::ReceiptTime, QStringLiteral("after_receipt"), received);
        // Within one boot the monotonic clock is the truth about elapsed time: the wall clock must agree.
        if (const StoredEvent *p = previous(e); p && p->event.boot == e.boot && !e.boot.isEmpty()) {
            const qint64 mono = e.mono - p->event.mono;
            if (mono < 0)
                return failure(K::ReceiptTime, QStringLiteral("time_reversed"), received);
            if (std::abs((e.at - p->event.at) - mono) > m_tolerance)
                return failure(K::ReceiptTime, QStringLiteral("clock_moved"), received);
        }
        return pass(K::ReceiptTime, received);
    }

    HqService &m_service;
    qint64 m_tolerance;
    protocol::ServerIdentity m_server;
    QHash<QString, DeviceInfo> m_devices;
    QHash<QString, QMap<qint64, const StoredEvent *>> m_chains;
    std::map<QString, std::unique_ptr<ed25519::Verifier>> m_verifiers;
    QHash<QString, std::optional<QByteArray>> m_blobs;
};

} // namespace

QString evidenceCheckKindName(EvidenceCheckKind kind)
{
    switch (kind) {
    case K::Chain:
        return QStringLiteral("chain");
    case K::Signature:
        return QStringLiteral("signature");
    case K::ContentHash:
        return QStringLiteral("content_hash");
    case K::SignedContent:
        return QStringLiteral("signed_content");
    case K::Strokes:
        return QStringLiteral("strokes");
    case K::Blobs:
        return QStringLiteral("blobs");
    case K::ReceiptTime:
        return QStringLiteral("receipt_time");
    }
    return QString();
}

bool EventEvidence::passed() const
{
    return std::all_of(checks.cbegin(), checks.cend(), [](const EvidenceCheckResult &c) { return c.passed; });
}

const EvidenceCheckResult *EventEvidence::failed(EvidenceCheckKind kind) const
{
    for (const EvidenceCheckResult &c : checks)
        if (c.kind == kind && !c.passed)
            return &c;
    return nullptr;
}

bool EvidenceReport::passed() const
{
    return found && !events.isEmpty()
        && std::all_of(events.cbegin(), events.cend(), [](const EventEvidence &e) { return e.passed(); })
        && std::all_of(devices.cbegin(), devices.cend(), [](const DeviceEvidence &d) { return d.passed; });
}

int EvidenceReport::failedEvents() const
{
    return static_cast<int>(
        std::count_if(events.cbegin(), events.cend(), [](const EventEvidence &e) { return !e.passed(); }));
}

EvidenceReport checkContractEvidence(HqService &service, const QString &contractId)
{
    EvidenceReport report;
    report.contractId = contractId;
    const auto stored = service.aggregate(contractId);
    if (!stored || stored->kind != QLatin1String("contract"))
        return report;
    report.found = true;
    const QString customerId = stored->state.value(QStringLiteral("customerId")).toString();
    report.toleranceMs = service.currentPolicy().maxClockSkewMinutes * MsPerMinute;

    const QList<StoredEvent> all = allStoredEvents(service);
    Checker checker(service, all, report.toleranceMs);
    const QString assignment = protocol::assignmentAggregate(contractId);
    QStringList devices;
    // What each signature must cover: the digest core's lifecycle computed when head office accepted the events
    // (core/evidence/signedcontent.h) — the pack's hash folded with every confirmation event head office's
    // rules accepted before it, in storage order. Taken from the stored acceptance (rule_code), so one tampered
    // event does not change what the rules make of every later one.
    QString packHash, mattersDigest, deliveryDigest;
    for (const StoredEvent &s : customerGroupEvents(all, customerId)) {
        const Event &e = s.event;
        if (e.aggregate != contractId && e.aggregate != customerId && e.aggregate != assignment)
            continue;
        std::optional<QString> expected; // only for signature events; empty: nothing to cover, any claim fails
        if (e.aggregate == contractId) {
            const bool accepted = s.ruleCode.isEmpty();
            if (e.type == EventType::MattersSigned)
                expected = mattersDigest;
            else if (e.type == EventType::DeliverySigned)
                expected = deliveryDigest;
            else if (accepted && e.type == EventType::MattersOpened)
                mattersDigest = packHash = text(e, "packHash");
            else if (accepted && isMattersConfirmation(e.type))
                mattersDigest = foldSignedContent(mattersDigest, e.hash);
            if (accepted && e.type == EventType::LectureStarted)
                deliveryDigest = foldSignedContent(packHash, e.hash);
            else if (accepted && isDeliveryConfirmation(e.type))
                deliveryDigest = foldSignedContent(deliveryDigest, e.hash);
        }
        report.events.append(checker.check(s, expected));
        if (!devices.contains(e.device))
            devices.append(e.device);
    }
    std::sort(devices.begin(), devices.end());
    for (const QString &d : std::as_const(devices))
        report.devices.append(checker.device(d));
    return report;
}

} // namespace kakunin::hq::console
