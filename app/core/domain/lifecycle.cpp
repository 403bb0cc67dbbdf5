#include "lifecycle.h"

#include "core/evidence/signedcontent.h"

#include "eventcatalog.h"
#include "lecture.h"

#include <QDateTime>
#include <QJsonArray>

namespace kakunin {
namespace {

using E = LifecycleError;
using S = ContractStage;

QString str(const Event &e, const char *key)
{
    return e.payload.value(QLatin1String(key)).toString();
}
qint64 num(const Event &e, const char *key)
{
    return e.payload.value(QLatin1String(key)).toInteger();
}
bool flag(const Event &e, const char *key)
{
    return num(e, key) == 1;
}

void insertSorted(QStringList &list, const QString &value)
{
    list.insert(std::lower_bound(list.begin(), list.end(), value), value);
}

LectureClock lectureClockOf(const ContractState &s)
{
    return LectureClock::restore(
        static_cast<LectureClock::State>(s.lectureState), s.lectureClosedMs, s.lectureSegMono, s.lectureSegBoot);
}

void storeLectureClock(ContractState &s, const LectureClock &c)
{
    s.lectureState = static_cast<int>(c.state());
    s.lectureClosedMs = c.closedMs();
    s.lectureSegMono = c.segmentStartMono();
    s.lectureSegBoot = c.segmentBoot();
}

LifecycleError lectureError(LectureError e)
{
    switch (e) {
    case LectureError::AlreadyStarted:
        return E::LectureAlreadyStarted;
    case LectureError::NotStarted:
        return E::LectureNotStarted;
    case LectureError::NotRunning:
        return E::LectureNotRunning;
    case LectureError::NotPaused:
        return E::LectureNotPaused;
    default:
        return E::None;
    }
}

bool trialElapsed(const ContractState &s, qint64 atUtc)
{
    return s.trialStartedAt > 0 && atUtc - s.trialStartedAt >= s.trialDays * MsPerDay;
}

// Every precondition of "started", checked on the facts rather than on the stage alone.
bool mayStart(const ContractState &s, qint64 atUtc)
{
    return s.c1Clean && s.c2Clean && s.c3Clean && s.lectureMet
        && s.lectureRunningMs >= s.lectureMinimumMinutes * MsPerMinute && trialElapsed(s, atUtc) && s.used
        && s.usageConfirmedAt - s.trialStartedAt >= s.trialDays * MsPerDay && !s.onHold && !s.disputed;
}

// Important-matters walkthrough (S3, S1, P2, P4).
LifecycleError explain(ContractState &s, const Event &e, const CustomerContext *customer)
{
    const QString &t = e.type;
    if (t == EventType::MattersOpened) {
        if (s.stage != S::None)
            return E::WrongStage;
        const QString outcome = customer ? customer->screeningOutcome : str(e, "screeningOutcome");
        if (outcome != QLatin1String("allowed") && outcome != QLatin1String("allowed_with_conditions"))
            return E::ScreeningRefused;
        if (str(e, "screeningOutcome") == QLatin1String("refused"))
            return E::ScreeningRefused;
        const QString approval = str(e, "approvalId");
        if (customer && customer->otherLiveContracts > 0
            && (approval.isEmpty() || !customer->unusedApprovals.contains(approval)))
            return E::SuccessiveSaleNeedsApproval;
        if (num(e, "itemCount") < 1)
            return E::MattersOpen;
        s.stage = S::Explaining;
        s.customerId = str(e, "customerId");
        s.productCode = str(e, "productCode");
        s.packId = str(e, "packId");
        s.packVersion = str(e, "packVersion");
        s.packHash = str(e, "packHash");
        s.itemCount = static_cast<int>(num(e, "itemCount"));
        s.successorRequired = flag(e, "successorRequired");
        s.approvalId = approval;
        s.salesRep = e.actor;
        return E::None;
    }
    if (s.stage == S::None)
        return E::WrongStage;
    if (s.stage != S::Explaining)
        return E::WrongStage;
    if (t == EventType::MattersItemShown) {
        const qint64 i = num(e, "index");
        if (i >= s.itemCount || i > s.confirmed)
            return E::MattersSkippingAhead;
        s.shownUpTo = std::max<int>(s.shownUpTo, static_cast<int>(i) + 1);
        return E::None;
    }
    if (t == EventType::MattersItemConfirmed) {
        const qint64 i = num(e, "index");
        if (i < s.confirmed)
            return E::MattersAlreadyConfirmed;
        if (i > s.confirmed || i >= s.itemCount)
            return E::MattersSkippingAhead;
        if (i >= s.shownUpTo)
            return E::MattersNotShown;
        ++s.confirmed;
        return E::None;
    }
    const bool allConfirmed = s.confirmed == s.itemCount;
    if (t == EventType::MattersNoGuaranteeAttested) {
        if (!allConfirmed)
            return E::MattersOpen;
        if (str(e, "packHash") != s.packHash)
            return E::ContentMismatch;
        s.attested = true;
        return E::None;
    }
    if (t == EventType::MattersSigned) {
        if (!allConfirmed)
            return E::MattersOpen;
        // The signature covers the pack and every item event before it (docs/evidence.md).
        if (str(e, "contentHash") != s.mattersDigest)
            return E::ContentMismatch;
        const QString signer = str(e, "signer");
        if (signer == QLatin1String("customer")) {
            if (s.signedCustomer)
                return E::AlreadySigned;
            s.signedCustomer = true;
            return E::None;
        }
        if (!s.signedCustomer)
            return E::CustomerSignatureFirst;
        if (signer == QLatin1String("successor")) {
            if (!s.successorRequired)
                return E::SuccessorNotRequired;
            if (s.signedSuccessor)
                return E::AlreadySigned;
            s.signedSuccessor = true;
            return E::None;
        }
        if (s.signedRep)
            return E::AlreadySigned;
        if (!s.attested)
            return E::GuaranteeAttestationMissing;
        if (s.successorRequired && !s.signedSuccessor)
            return E::SuccessorSignatureMissing;
        s.signedRep = true;
        return E::None;
    }
    if (t == EventType::ContractConcluded) {
        if (!allConfirmed)
            return E::MattersOpen;
        if (!s.attested)
            return E::GuaranteeAttestationMissing;
        if (!s.signedCustomer || !s.signedRep || (s.successorRequired && !s.signedSuccessor))
            return E::SignaturesMissing;
        if (customer && customer->otherLiveContracts > 0
            && (s.approvalId.isEmpty() || !customer->unusedApprovals.contains(s.approvalId)))
            return E::SuccessiveSaleNeedsApproval;
        if (!QTimeZone(str(e, "timeZone").toUtf8()).isValid() || num(e, "coolingOffDays") < 1 || num(e, "trialDays") < 1
            || num(e, "lectureMinimumMinutes") < 1 || num(e, "disputeDays") < 1)
            return E::Malformed;
        s.policyVersion = static_cast<int>(num(e, "policyVersion"));
        s.coolingOffDays = static_cast<int>(num(e, "coolingOffDays"));
        s.trialDays = static_cast<int>(num(e, "trialDays"));
        s.lectureMinimumMinutes = static_cast<int>(num(e, "lectureMinimumMinutes"));
        s.disputeDays = static_cast<int>(num(e, "disputeDays"));
        s.timeZone = str(e, "timeZone");
        s.contractedAt = e.at;
        s.stage = S::Contracted;
        return E::None;
    }
    return E::WrongStage;
}

// M2 確認コール: C1 after contract, C2 after delivery, C3 before start.
LifecycleError call(ContractState &s, const Event &e)
{
    const QString stage = str(e, "stage");
    const S expected = stage == QLatin1String("C1") ? S::Contracted
        : stage == QLatin1String("C2")              ? S::Delivered
                                                    : S::UsageConfirmed;
    if (s.stage != expected)
        return E::CallOutOfOrder;
    if (e.actor == s.salesRep)
        return E::CallerIsSalesRep;
    if (stage == QLatin1String("C3") && e.actor == s.installer)
        return E::CallerIsInstaller;
    ++s.callAttempts;
    if (!flag(e, "reached"))
        return E::None; // no answer: try again later, nothing changes
    // The script: no guarantee given (S1)? conduct as per S2? lecture as per D1–D2? product used (D3)?
    const bool problem = flag(e, "guaranteeMentioned") || !flag(e, "conductOk")
        || (stage != QLatin1String("C1") && !flag(e, "lectureOk"))
        || (stage == QLatin1String("C3") && !flag(e, "productUsed"));
    if (problem) {
        s.onHold = true;
        s.holdStage = stage;
        ++s.holds;
        return E::None;
    }
    if (stage == QLatin1String("C1")) {
        s.c1Clean = true;
        s.stage = S::C1Cleared;
    } else if (stage == QLatin1String("C2")) {
        s.c2Clean = true;
        s.stage = S::C2Cleared;
    } else {
        s.c3Clean = true;
        s.stage = S::C3Cleared;
    }
    return E::None;
}

// D1, D2 納品講習.
LifecycleError lecture(ContractState &s, const Event &e)
{
    if (s.stage != S::C1Cleared)
        return E::WrongStage;
    const QString &t = e.type;
    LectureClock clock = lectureClockOf(s);
    if (t == EventType::LectureStarted) {
        if (const E err = lectureError(clock.start(e.mono, e.boot)); err != E::None)
            return err;
        if (num(e, "itemCount") < 1)
            return E::LectureItemsOpen;
        s.installer = e.actor;
        s.lectureLevel = str(e, "level");
        s.lectureItemCount = static_cast<int>(num(e, "itemCount"));
        storeLectureClock(s, clock);
        return E::None;
    }
    if (clock.state() == LectureClock::State::NotStarted)
        return E::LectureNotStarted;
    if (t == EventType::LecturePaused || t == EventType::LectureResumed) {
        const LectureError le
            = t == EventType::LecturePaused ? clock.pause(e.mono, e.boot) : clock.resume(e.mono, e.boot);
        if (const E err = lectureError(le); err != E::None)
            return err;
        storeLectureClock(s, clock);
        return E::None;
    }
    const QString item = str(e, "itemId");
    if (t == EventType::LectureItemTaught) {
        if (clock.state() != LectureClock::State::Running)
            return E::LectureNotRunning;
        if (s.taught.contains(item))
            return E::LectureItemAlreadyDone;
        if (s.taught.size() >= s.lectureItemCount)
            return E::LectureTooManyItems;
        insertSorted(s.taught, item);
        return E::None;
    }
    if (t == EventType::LectureItemUnderstood) {
        if (!s.taught.contains(item))
            return E::LectureItemNotTaught;
        if (s.understood.contains(item))
            return E::LectureItemAlreadyDone;
        insertSorted(s.understood, item);
        return E::None;
    }
    if (t == EventType::DeliverySigned) {
        const qint64 running = clock.runningMs(e.mono, e.boot);
        if (running < s.lectureMinimumMinutes * MsPerMinute)
            return E::LectureBelowMinimum;
        if (s.taught.size() != s.lectureItemCount || s.understood.size() != s.lectureItemCount)
            return E::LectureItemsOpen;
        // The signature covers the pack and every lecture event before it (docs/evidence.md).
        if (str(e, "contentHash") != s.deliveryDigest)
            return E::ContentMismatch;
        if (clock.state() == LectureClock::State::Running)
            clock.pause(e.mono, e.boot);
        storeLectureClock(s, clock);
        s.lectureRunningMs = running;
        s.lectureMet = true;
        s.deliveredAt = e.at;
        s.stage = S::Delivered;
        return E::None;
    }
    return E::WrongStage;
}

LifecycleError progress(ContractState &s, const Event &e)
{
    const QString &t = e.type;
    if (t == EventType::TrialStarted) {
        if (s.stage != S::C2Cleared)
            return E::WrongStage;
        s.trialStartedAt = e.at;
        s.stage = S::InTrial;
        return E::None;
    }
    if (t == EventType::UsageConfirmed) {
        if (s.stage != S::InTrial)
            return E::WrongStage;
        if (!trialElapsed(s, e.at))
            return E::TrialNotElapsed;
        if (!flag(e, "used"))
            return E::ProductNeverUsed;
        if (!flag(e, "noDefects"))
            return E::DefectsReported;
        if (!flag(e, "mayStart"))
            return E::StartNotConsented;
        s.used = true;
        s.usageConfirmedAt = e.at;
        s.stage = S::UsageConfirmed;
        return E::None;
    }
    if (t == EventType::ContractStarted) {
        if (s.stage != S::C3Cleared)
            return E::WrongStage;
        if (!mayStart(s, e.at))
            return E::StartGuardFailed;
        s.startedAt = e.at;
        s.stage = S::Started;
        return E::None;
    }
    if (t == EventType::FollowUpRecorded || t == EventType::UsageReported) {
        if (s.stage != S::Started && s.stage != S::FollowUp)
            return E::WrongStage;
        if (t == EventType::UsageReported) {
            s.lastUsedAt = std::max(s.lastUsedAt, num(e, "lastUsedAt"));
        } else {
            ++s.followUps;
            s.stage = S::FollowUp;
        }
        return E::None;
    }
    return E::NotAContractEvent;
}

LifecycleError transition(ContractState &s, const Event &e, const CustomerContext *customer)
{
    if (validateEvent(e) != EventError::None)
        return E::Malformed;
    if (!isContractEvent(e.type))
        return E::NotAContractEvent;
    if (s.terminated())
        return E::Terminated;
    const QString &t = e.type;
    if (t.startsWith(QLatin1String("matters.")) || t == EventType::ContractConcluded)
        return explain(s, e, customer);
    const bool concluded = s.stage >= S::Contracted;
    if (!concluded)
        return E::WrongStage;

    // Side exits (P3, P6) are open in every stage after conclusion, on hold or not.
    if (t == EventType::CostRecorded) {
        if (s.externalCostAt == 0)
            s.externalCostAt = e.at;
        return E::None;
    }
    if (t == EventType::ContractCancelled) {
        s.cancellation = cancellationKindAt(s, e.at);
        s.cancelledAt = e.at;
        s.stage = S::Cancelled;
        return E::None;
    }
    if (t == EventType::DisputeOpened) {
        if (s.disputed)
            return E::AlreadyDisputed;
        s.disputed = true;
        s.disputedAt = e.at;
        return E::None;
    }
    if (t == EventType::DisputeResolved) {
        if (!s.disputed)
            return E::NotDisputed;
        s.disputed = false;
        return E::None;
    }
    if (t == EventType::CreditCancelled) {
        if (!s.disputed)
            return E::NotDisputed;
        if (e.at - s.disputedAt < s.disputeDays * MsPerDay)
            return E::DisputePeriodNotElapsed;
        s.creditCancelledAt = e.at;
        s.stage = S::CreditCancelled;
        return E::None;
    }
    if (t == EventType::HoldResolved) {
        if (!s.onHold)
            return E::NotOnHold;
        s.onHold = false;
        return E::None;
    }

    // Everything else moves the contract forward: not while on hold or disputed.
    if (s.onHold)
        return E::OnHold;
    if (s.disputed)
        return E::Disputed;
    if (t == EventType::CallRecorded)
        return call(s, e);
    if (t.startsWith(QLatin1String("lecture.")) || t == EventType::DeliverySigned)
        return lecture(s, e);
    return progress(s, e);
}

} // namespace

LifecycleError applyContractEvent(ContractState &state, const Event &event, const CustomerContext *customer)
{
    ContractState next = state;
    if (next.id.isEmpty())
        next.id = event.aggregate;
    const LifecycleError e = transition(next, event, customer);
    if (e != LifecycleError::None) {
        ++state.rejected;
        state.lastRejection = e;
        return e;
    }
    // What the next signature will have to cover: accepted confirmation events, folded in order.
    if (event.type == EventType::MattersOpened)
        next.mattersDigest = next.packHash;
    else if (isMattersConfirmation(event.type))
        next.mattersDigest = foldSignedContent(next.mattersDigest, event.hash);
    if (event.type == EventType::LectureStarted)
        next.deliveryDigest = foldSignedContent(next.packHash, event.hash);
    else if (isDeliveryConfirmation(event.type))
        next.deliveryDigest = foldSignedContent(next.deliveryDigest, event.hash);
    state = std::move(next);
    return e;
}

LifecycleError ContractLifecycle::apply(const Event &event, const CustomerContext *customer)
{
    return applyContractEvent(m_state, event, customer);
}

qint64 coolingOffDeadlineUtc(qint64 contractedAtUtc, int coolingOffDays, const QTimeZone &zone)
{
    // The contract day is day 1 (書面受領日を含めて): the period ends at the end of day `coolingOffDays`.
    const QDate lastDay = localDate(zone, contractedAtUtc).addDays(coolingOffDays - 1);
    return QDateTime(lastDay.addDays(1), QTime(0, 0), zone).toMSecsSinceEpoch() - 1;
}

CancellationKind cancellationKindAt(const ContractState &s, qint64 atUtc)
{
    if (atUtc <= coolingOffDeadlineUtc(s.contractedAt, s.coolingOffDays, QTimeZone(s.timeZone.toUtf8())))
        return CancellationKind::CoolingOff;
    if (s.externalCostAt == 0 || s.externalCostAt > atUtc)
        return CancellationKind::FreeNoCost;
    return CancellationKind::WithCost;
}

bool useLapsed(const ContractState &s, qint64 nowUtc, const Policy &policy)
{
    if (s.stage != S::Started && s.stage != S::FollowUp)
        return false;
    const qint64 since = s.lastUsedAt > 0 ? s.lastUsedAt : s.startedAt;
    return nowUtc - since >= policy.lapsedUseDays * MsPerDay;
}

bool ContractState::live() const
{
    return stage >= S::Contracted && !terminated();
}

qint64 ContractState::coolingOffDeadline() const
{
    if (stage < S::Contracted || contractedAt == 0)
        return 0;
    return coolingOffDeadlineUtc(contractedAt, coolingOffDays, QTimeZone(timeZone.toUtf8()));
}

QString ContractState::status() const
{
    if (!terminated()) {
        if (disputed)
            return QStringLiteral("disputed");
        if (onHold)
            return QStringLiteral("on_hold");
    }
    return contractStageName(stage);
}

QString contractStageName(ContractStage s)
{
    switch (s) {
    case S::None:
        return QStringLiteral("none");
    case S::Explaining:
        return QStringLiteral("explaining");
    case S::Contracted:
        return QStringLiteral("contracted");
    case S::C1Cleared:
        return QStringLiteral("c1_cleared");
    case S::Delivered:
        return QStringLiteral("delivered");
    case S::C2Cleared:
        return QStringLiteral("c2_cleared");
    case S::InTrial:
        return QStringLiteral("in_trial");
    case S::UsageConfirmed:
        return QStringLiteral("usage_confirmed");
    case S::C3Cleared:
        return QStringLiteral("c3_cleared");
    case S::Started:
        return QStringLiteral("started");
    case S::FollowUp:
        return QStringLiteral("follow_up");
    case S::Cancelled:
        return QStringLiteral("cancelled");
    case S::CreditCancelled:
        return QStringLiteral("credit_cancelled");
    }
    return QString();
}

QString cancellationKindName(CancellationKind k)
{
    switch (k) {
    case CancellationKind::None:
        return QStringLiteral("none");
    case CancellationKind::CoolingOff:
        return QStringLiteral("cooling_off");
    case CancellationKind::FreeNoCost:
        return QStringLiteral("free_no_cost");
    case CancellationKind::WithCost:
        return QStringLiteral("with_cost");
    }
    return QString();
}

const char *lifecycleErrorName(LifecycleError e)
{
    // clang-format off
    switch (e) {
#define KAKUNIN_NAME(x) \
    case E::x: return #x;
        KAKUNIN_NAME(None) KAKUNIN_NAME(Malformed) KAKUNIN_NAME(NotAContractEvent) KAKUNIN_NAME(WrongStage)
        KAKUNIN_NAME(Terminated) KAKUNIN_NAME(OnHold) KAKUNIN_NAME(Disputed) KAKUNIN_NAME(ScreeningRefused)
        KAKUNIN_NAME(SuccessiveSaleNeedsApproval) KAKUNIN_NAME(MattersSkippingAhead) KAKUNIN_NAME(MattersNotShown)
        KAKUNIN_NAME(MattersAlreadyConfirmed) KAKUNIN_NAME(MattersOpen) KAKUNIN_NAME(ContentMismatch)
        KAKUNIN_NAME(AlreadySigned) KAKUNIN_NAME(SuccessorNotRequired) KAKUNIN_NAME(CustomerSignatureFirst)
        KAKUNIN_NAME(SuccessorSignatureMissing) KAKUNIN_NAME(GuaranteeAttestationMissing)
        KAKUNIN_NAME(SignaturesMissing) KAKUNIN_NAME(CallerIsSalesRep) KAKUNIN_NAME(CallerIsInstaller)
        KAKUNIN_NAME(CallOutOfOrder) KAKUNIN_NAME(LectureAlreadyStarted) KAKUNIN_NAME(LectureNotStarted)
        KAKUNIN_NAME(LectureNotRunning) KAKUNIN_NAME(LectureNotPaused) KAKUNIN_NAME(LectureTooManyItems)
        KAKUNIN_NAME(LectureItemNotTaught) KAKUNIN_NAME(LectureItemAlreadyDone) KAKUNIN_NAME(LectureBelowMinimum)
        KAKUNIN_NAME(LectureItemsOpen) KAKUNIN_NAME(TrialNotElapsed) KAKUNIN_NAME(ProductNeverUsed)
        KAKUNIN_NAME(DefectsReported) KAKUNIN_NAME(StartNotConsented) KAKUNIN_NAME(NotOnHold)
        KAKUNIN_NAME(NotDisputed) KAKUNIN_NAME(AlreadyDisputed) KAKUNIN_NAME(DisputePeriodNotElapsed)
        KAKUNIN_NAME(StartGuardFailed)
#undef KAKUNIN_NAME
    }
    // clang-format on
    return "?";
}

namespace {

QJsonArray toArray(const QStringList &l)
{
    QJsonArray a;
    for (const QString &s : l)
        a.append(s);
    return a;
}

QStringList fromArray(const QJsonValue &v)
{
    QStringList l;
    for (const QJsonValue &x : v.toArray())
        l.append(x.toString());
    return l;
}

} // namespace

// Field list shared by toJson and fromJson so the two cannot drift.
// clang-format off
#define KAKUNIN_CONTRACT_STRINGS(X) \
    X(id) X(customerId) X(productCode) X(packId) X(packVersion) X(packHash) X(salesRep) X(installer) \
    X(approvalId) X(timeZone) X(holdStage) X(lectureSegBoot) X(lectureLevel) X(mattersDigest) X(deliveryDigest)
#define KAKUNIN_CONTRACT_INTS(X) \
    X(itemCount) X(shownUpTo) X(confirmed) X(policyVersion) X(coolingOffDays) X(trialDays) \
    X(lectureMinimumMinutes) X(disputeDays) X(callAttempts) X(holds) X(lectureState) X(lectureItemCount) \
    X(followUps) X(rejected)
#define KAKUNIN_CONTRACT_LONGS(X) \
    X(contractedAt) X(lectureClosedMs) X(lectureSegMono) X(lectureRunningMs) X(deliveredAt) X(trialStartedAt) \
    X(usageConfirmedAt) X(startedAt) X(lastUsedAt) X(externalCostAt) X(disputedAt) X(cancelledAt) \
    X(creditCancelledAt)
#define KAKUNIN_CONTRACT_BOOLS(X) \
    X(successorRequired) X(attested) X(signedCustomer) X(signedSuccessor) X(signedRep) X(c1Clean) X(c2Clean) \
    X(c3Clean) X(onHold) X(lectureMet) X(used) X(disputed)
// clang-format on

QJsonObject ContractState::toJson() const
{
    QJsonObject o;
#define KAKUNIN_PUT(f) o.insert(QStringLiteral(#f), f);
#define KAKUNIN_PUT_BOOL(f) o.insert(QStringLiteral(#f), f ? 1 : 0);
    KAKUNIN_CONTRACT_STRINGS(KAKUNIN_PUT)
    KAKUNIN_CONTRACT_INTS(KAKUNIN_PUT)
    KAKUNIN_CONTRACT_LONGS(KAKUNIN_PUT)
    KAKUNIN_CONTRACT_BOOLS(KAKUNIN_PUT_BOOL)
#undef KAKUNIN_PUT
#undef KAKUNIN_PUT_BOOL
    o.insert(QStringLiteral("stage"), static_cast<int>(stage));
    o.insert(QStringLiteral("stageName"), contractStageName(stage));
    o.insert(QStringLiteral("coolingOffDeadline"), coolingOffDeadline()); // derived, for the tablet's timeline
    o.insert(QStringLiteral("status"), status());
    o.insert(QStringLiteral("cancellation"), cancellationKindName(cancellation));
    o.insert(QStringLiteral("lastRejection"), QString::fromLatin1(lifecycleErrorName(lastRejection)));
    o.insert(QStringLiteral("lastRejectionCode"), static_cast<int>(lastRejection));
    o.insert(QStringLiteral("taught"), toArray(taught));
    o.insert(QStringLiteral("understood"), toArray(understood));
    return o;
}

ContractState ContractState::fromJson(const QJsonObject &o)
{
    ContractState s;
#define KAKUNIN_GET_STRING(f) s.f = o.value(QStringLiteral(#f)).toString();
#define KAKUNIN_GET_INT(f) s.f = static_cast<int>(o.value(QStringLiteral(#f)).toInteger());
#define KAKUNIN_GET_LONG(f) s.f = o.value(QStringLiteral(#f)).toInteger();
#define KAKUNIN_GET_BOOL(f) s.f = o.value(QStringLiteral(#f)).toInteger() == 1;
    KAKUNIN_CONTRACT_STRINGS(KAKUNIN_GET_STRING)
    KAKUNIN_CONTRACT_INTS(KAKUNIN_GET_INT)
    KAKUNIN_CONTRACT_LONGS(KAKUNIN_GET_LONG)
    KAKUNIN_CONTRACT_BOOLS(KAKUNIN_GET_BOOL)
#undef KAKUNIN_GET_STRING
#undef KAKUNIN_GET_INT
#undef KAKUNIN_GET_LONG
#undef KAKUNIN_GET_BOOL
    const qint64 stage = o.value(QStringLiteral("stage")).toInteger();
    s.stage = stage >= 0 && stage <= static_cast<int>(S::CreditCancelled) ? static_cast<S>(stage) : S::None;
    for (auto k : {CancellationKind::None, CancellationKind::CoolingOff, CancellationKind::FreeNoCost,
             CancellationKind::WithCost})
        if (cancellationKindName(k) == o.value(QStringLiteral("cancellation")).toString())
            s.cancellation = k;
    const qint64 rejection = o.value(QStringLiteral("lastRejectionCode")).toInteger();
    s.lastRejection
        = rejection >= 0 && rejection <= static_cast<int>(E::StartGuardFailed) ? static_cast<E>(rejection) : E::None;
    s.taught = fromArray(o.value(QStringLiteral("taught")));
    s.understood = fromArray(o.value(QStringLiteral("understood")));
    return s;
}

} // namespace kakunin
