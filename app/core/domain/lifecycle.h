#pragma once

#include "policy.h"

#include "core/event.h"

#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace kakunin {

// A contract's life (DOMAIN.md): stages in order; on hold and disputed are flags over a stage.
enum class ContractStage {
    None, // no event yet
    Explaining, // 重要事項説明 in progress (S3)
    Contracted, // signed and concluded (M1)
    C1Cleared, // first confirmation call clean (M2)
    Delivered, // lecture and delivery sign-off done (D1, D2, M1)
    C2Cleared,
    InTrial, // D3
    UsageConfirmed, // D3: used, no defects, may start
    C3Cleared, // inspection call by someone other than the installer (M2)
    Started,
    FollowUp, // P5
    Cancelled, // P3 (terminal)
    CreditCancelled, // P6 立替払い契約の取消 (terminal)
};

enum class LifecycleError {
    None = 0,
    Malformed, // validateEvent refused it
    NotAContractEvent,
    WrongStage, // not allowed in the current stage
    Terminated, // cancelled or credit-cancelled: nothing more happens
    OnHold, // M2: a call found a problem; resolve first
    Disputed, // P6: no progress while a dispute is open
    ScreeningRefused, // P2
    SuccessiveSaleNeedsApproval, // P4
    MattersSkippingAhead, // S3
    MattersNotShown,
    MattersAlreadyConfirmed,
    MattersOpen, // signing or concluding with an item unconfirmed
    ContentMismatch, // a signature over another content
    AlreadySigned,
    SuccessorNotRequired,
    CustomerSignatureFirst,
    SuccessorSignatureMissing,
    GuaranteeAttestationMissing, // S1
    SignaturesMissing, // conclude without every signature
    CallerIsSalesRep, // M2: confirmation calls are made without the sales rep
    CallerIsInstaller, // M2: C3 by someone other than the installer
    CallOutOfOrder,
    LectureAlreadyStarted,
    LectureNotStarted,
    LectureNotRunning,
    LectureNotPaused,
    LectureTooManyItems,
    LectureItemNotTaught,
    LectureItemAlreadyDone,
    LectureBelowMinimum, // D1
    LectureItemsOpen, // D2
    TrialNotElapsed, // D3
    ProductNeverUsed, // D3: a never-used product never starts
    DefectsReported,
    StartNotConsented,
    NotOnHold,
    NotDisputed,
    AlreadyDisputed,
    DisputePeriodNotElapsed, // P6
    StartGuardFailed, // defence in depth: a start without every precondition
};

enum class CancellationKind { None, CoolingOff, FreeNoCost, WithCost }; // P3

// Everything the rules need to know about one contract, folded from its events.
struct ContractState {
    ContractStage stage = ContractStage::None;
    QString id;
    QString customerId, productCode, packId, packVersion, packHash;
    QString salesRep, installer, approvalId;
    int itemCount = 0; // important-matters items
    int shownUpTo = 0; // items shown: indexes < shownUpTo
    int confirmed = 0; // items confirmed in order
    bool successorRequired = false;
    bool attested = false; // S1 rep attestation
    bool signedCustomer = false, signedSuccessor = false, signedRep = false;
    // Signed-content digests (core/evidence/signedcontent.h): what the next signature must cover.
    QString mattersDigest, deliveryDigest;
    // Terms frozen at conclusion: the customer signed under these numbers.
    int policyVersion = 0, coolingOffDays = 0, trialDays = 0, lectureMinimumMinutes = 0, disputeDays = 0;
    QString timeZone;
    qint64 contractedAt = 0;
    bool c1Clean = false, c2Clean = false, c3Clean = false;
    int callAttempts = 0;
    bool onHold = false;
    QString holdStage; // the call stage that found the problem
    int holds = 0;
    // Lecture (D1, D2)
    int lectureState = 0; // LectureClock::State as int
    qint64 lectureClosedMs = 0, lectureSegMono = 0;
    QString lectureSegBoot, lectureLevel;
    int lectureItemCount = 0;
    QStringList taught, understood; // sorted
    qint64 lectureRunningMs = 0; // at sign-off
    bool lectureMet = false;
    qint64 deliveredAt = 0, trialStartedAt = 0, usageConfirmedAt = 0, startedAt = 0;
    bool used = false;
    int followUps = 0;
    qint64 lastUsedAt = 0;
    qint64 externalCostAt = 0; // 0: no external cost yet
    bool disputed = false;
    qint64 disputedAt = 0;
    qint64 cancelledAt = 0, creditCancelledAt = 0;
    CancellationKind cancellation = CancellationKind::None;
    int rejected = 0; // events refused by the rules (kept as evidence, state unchanged)
    LifecycleError lastRejection = LifecycleError::None;

    bool terminated() const { return stage == ContractStage::Cancelled || stage == ContractStage::CreditCancelled; }
    bool live() const; // concluded and not ended: counts for P4
    qint64 coolingOffDeadline() const; // P3: last UTC ms of free cooling-off cancellation, 0 before conclusion
    QString status() const; // headline: stage name, or "on_hold" / "disputed"

    QJsonObject toJson() const; // integers, strings and string arrays only
    static ContractState fromJson(const QJsonObject &o);
};

// What a contract needs to know about its customer (P2, P4); known only where the customer's
// events are (ProjectionBook). Without it those checks rely on the event's own declaration.
struct CustomerContext {
    QString screeningOutcome; // latest screening.recorded outcome, empty if none
    int otherLiveContracts = 0;
    QStringList unusedApprovals; // approval.granted ids not yet used by a contract
};

// The one transition function: the lifecycle class, projections and the server all go through it.
// On error the returned state equals the input state.
LifecycleError applyContractEvent(ContractState &state, const Event &event, const CustomerContext *customer = nullptr);

// P3: the last millisecond of the cooling-off period, its last calendar day in `zone` included.
qint64 coolingOffDeadlineUtc(qint64 contractedAtUtc, int coolingOffDays, const QTimeZone &zone);
CancellationKind cancellationKindAt(const ContractState &state, qint64 atUtc);
// P5: head office calls a customer whose use has lapsed.
bool useLapsed(const ContractState &state, qint64 nowUtc, const Policy &policy);

class ContractLifecycle {
public:
    explicit ContractLifecycle(QString contractId = QString()) { m_state.id = std::move(contractId); }
    LifecycleError apply(const Event &event, const CustomerContext *customer = nullptr);
    const ContractState &state() const { return m_state; }
    ContractStage stage() const { return m_state.stage; }

private:
    ContractState m_state;
};

QString contractStageName(ContractStage s);
QString cancellationKindName(CancellationKind k);
const char *lifecycleErrorName(LifecycleError e);

} // namespace kakunin
