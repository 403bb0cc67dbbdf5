#include "copybuilders.h"

#include <core/clock.h>
#include <core/domain/eventcatalog.h>
#include <core/domain/lecture.h>
#include <core/domain/policy.h>
#include <core/evidence/signaturestrokes.h>

#include <QHash>

namespace kakunin::evidence {
namespace {

// Replays a recorded event on the domain class with the times the event carries.
class EventClock final : public Clock {
public:
    explicit EventClock(const Event &e) : m_event(e) { }
    qint64 utcMs() const override { return m_event.at; }
    qint64 monotonicMs() const override { return m_event.mono; }
    QString bootId() const override { return m_event.boot; }

private:
    const Event &m_event;
};

QString text(const Event &e, const char *key)
{
    return e.payload.value(QLatin1String(key)).toString();
}

} // namespace

Result<ImportantMattersSession, MattersError> replayWalkthrough(const ContentPack &pack, const QList<Event> &events)
{
    using R = Result<ImportantMattersSession, MattersError>;
    std::optional<ImportantMattersSession> s;
    for (const Event &e : events) {
        const EventClock clock(e);
        if (e.type == EventType::MattersOpened) {
            if (s)
                continue; // only the first one opens; the lifecycle refuses any other
            if (text(e, "packHash") != pack.hash)
                return R::failure(MattersError::ContentMismatch);
            // The screening the walkthrough was opened under: its outcome and whether the successor signs.
            ScreeningResult screening;
            if (!screeningOutcomeFromName(text(e, "screeningOutcome"), &screening.outcome))
                screening.outcome = ScreeningOutcome::Refused;
            if (e.payload.value(QLatin1String("successorRequired")).toInteger() == 1)
                screening.conditions.append(ScreeningReason::SuccessorMustSign);
            auto opened = ImportantMattersSession::open(pack, screening);
            if (!opened)
                return R::failure(opened.error());
            s = std::move(opened).value();
            continue;
        }
        if (!s)
            continue;
        if (e.type == EventType::MattersItemShown) {
            s->show(text(e, "itemId"), clock);
        } else if (e.type == EventType::MattersItemConfirmed) {
            s->confirm(text(e, "itemId"), clock);
        } else if (e.type == EventType::MattersNoGuaranteeAttested) {
            if (text(e, "packHash") == pack.hash)
                s->attestNoGuarantee(clock);
        } else if (e.type == EventType::MattersSigned) {
            Signer signer;
            if (!signerFromName(text(e, "signer"), &signer))
                continue;
            // The digest was checked against the confirmation events when it was recorded (lifecycle); here the
            // order and completeness rules are replayed.
            s->setSignedContent(text(e, "contentHash"));
            s->sign(signer, text(e, "signatureHash"), text(e, "contentHash"), clock);
        }
    }
    if (!s)
        return R::failure(MattersError::UnknownItem);
    return std::move(*s);
}

std::optional<WalkthroughCopy> walkthroughCopyOf(
    const ContentPack &pack, const QList<Event> &events, const CopyParties &parties)
{
    auto session = replayWalkthrough(pack, events);
    if (!session || !session->complete())
        return std::nullopt;
    const Event *concluded = nullptr;
    for (const Event &e : events)
        if (e.type == EventType::ContractConcluded)
            concluded = &e;
    if (!concluded)
        return std::nullopt;

    WalkthroughCopy copy;
    CopyHeader &h = copy.header;
    h.language = parties.language;
    h.customerId = parties.customerId;
    h.customerName = parties.customerName;
    h.contractId = concluded->aggregate;
    h.staffId = parties.staffId;
    h.staffName = parties.staffName;
    h.productName = pack.productName;
    h.packId = pack.id;
    h.packVersion = pack.version;
    h.packHash = pack.hash;
    h.recordHash = concluded->hash; // the last event of the record: through the chain it covers all before it
    h.generatedAtUtc = parties.generatedAtUtc;
    copy.items = walkthroughItems(pack, session->items());
    copy.noGuaranteeAttestedAtUtc = session->noGuaranteeAttestedAtUtc();

    // The accepted signatures, in the order signed, drawn from the strokes their events carry.
    for (const SignatureRecord &sig : session->signatures()) {
        for (const Event &e : events) {
            if (e.type != EventType::MattersSigned || text(e, "signatureHash") != sig.strokesHash
                || text(e, "signer") != signerName(sig.signer))
                continue;
            auto strokes = SignatureStrokes::decode(QByteArray::fromBase64(text(e, "strokes").toLatin1()));
            if (!strokes || strokes->hash() != sig.strokesHash)
                return std::nullopt; // the copy draws only what was signed
            copy.signatures.append(
                {copySignerRole(sig.signer), text(e, "signerName"), e.at, std::move(strokes).value()});
            if (sig.signer == Signer::Customer && text(e, "seal") == QLatin1String("affixed_on_paper"))
                copy.seal.kind = CopySeal::Kind::AffixedOnPaper;
            break;
        }
    }
    return copy;
}

Result<DeliveryCopy, DeliveryCopyError> deliveryCopyOf(
    const DeliveryRecord &record, const QString &language, qint64 generatedAtUtc)
{
    using R = Result<DeliveryCopy, DeliveryCopyError>;
    const ContractState &s = record.state;
    const Event *started = nullptr;
    const Event *signedOff = nullptr;
    QHash<QString, ItemTimes> times;
    for (const Event &e : record.lectureEvents) {
        const QString item = e.payload.value(QStringLiteral("itemId")).toString();
        if (e.type == EventType::LectureStarted && !started)
            started = &e;
        else if (e.type == EventType::LectureItemTaught)
            times[item].taughtAtUtc = e.at;
        else if (e.type == EventType::LectureItemUnderstood)
            times[item].understoodAtUtc = e.at;
        else if (e.type == EventType::DeliverySigned)
            signedOff = &e;
    }
    if (!signedOff || !s.lectureMet || !record.pack)
        return R::failure(DeliveryCopyError::NotSigned);
    const auto strokes = SignatureStrokes::decode(
        QByteArray::fromBase64(signedOff->payload.value(QStringLiteral("strokes")).toString().toLatin1(),
            QByteArray::AbortOnBase64DecodingErrors));
    if (!strokes)
        return R::failure(DeliveryCopyError::SignatureUnreadable);

    DeliveryCopy copy;
    CopyHeader &h = copy.header;
    h.language = language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("ja");
    h.customerId = s.customerId;
    h.customerName = record.customerName;
    h.contractId = s.id;
    h.staffId = s.installer;
    h.staffName = record.installerName;
    h.productName = record.pack->productName;
    h.packId = s.packId;
    h.packVersion = s.packVersion;
    h.packHash = s.packHash;
    h.recordHash = signedOff->hash; // the delivery sign-off: it covers the pack and every lecture event
    h.generatedAtUtc = generatedAtUtc;
    LectureLevel level = LectureLevel::Standard;
    lectureLevelFromName(s.lectureLevel, &level);
    copy.level = level;
    copy.lectureRunningMs = s.lectureRunningMs;
    copy.minimumMs = s.lectureMinimumMinutes * MsPerMinute;
    if (started)
        copy.lectureStartedAtUtc = started->at;
    copy.lectureEndedAtUtc = signedOff->at;
    copy.categories = deliveryCategories(*record.pack, level, times);
    copy.signatures.append({SignerRole::Customer, signedOff->payload.value(QStringLiteral("signerName")).toString(),
        signedOff->at, strokes.value()});
    return copy;
}

} // namespace kakunin::evidence
