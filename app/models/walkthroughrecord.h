#pragma once

#include <core/content/contentpack.h>
#include <core/domain/importantmatters.h>
#include <core/domain/lifecycle.h>
#include <core/domain/policy.h>
#include <core/event.h>
#include <evidence/copybuilders.h>
#include <evidence/customercopy.h>

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace kakunin {

class Store;

// What the important-matters walkthrough (S3) reads from and writes to the record: the event payloads of
// docs/events.md, the screening as the customer's projection keeps it (P2), the walkthrough rebuilt from a
// contract's events (resume after the app was closed), and the customer's copy gathered from the record.
// Rules stay in core: these helpers only translate between events and the domain classes.
namespace walkthrough {

// The customer's latest screening (P2) as ImportantMattersSession::open() needs it, read from the customer
// projection (`screening`, `screeningConditions`). An unscreened customer reads as refused.
ScreeningResult screeningOf(const QJsonObject &customerState);
bool screened(const QJsonObject &customerState);

// What the lifecycle needs to know about the customer beside the contract (P2 screening, P4 live contracts
// and unused approvals), computed from the store's projections as ProjectionBook does.
CustomerContext customerContext(const Store &store, const QString &customerId, const QString &exceptContractId);

// The contract this user left in the middle of a walkthrough (stage Explaining) for the customer and pack;
// empty when there is none. The newest one when several are open.
QString openContract(const Store &store, const QString &customerId, const QString &userId, const QString &packHash);

// Every event of an aggregate, oldest first.
QList<Event> eventsOf(const Store &store, const QString &aggregate);

// Rebuilds the walkthrough from its recorded events with their recorded times: matters.opened (the screening
// outcome and successor condition it was opened under), every item shown and confirmed, the attestation and
// the signatures, each replayed through the domain class (an event the rules refused when it was recorded is
// refused again and leaves no trace, as in the contract's projection). The pack must be the one opened.
// evidence::replayWalkthrough.
Result<ImportantMattersSession, MattersError> replay(const ContentPack &pack, const QList<Event> &events);

// Event payloads (docs/events.md).
QJsonObject openedPayload(
    const QString &customerId, const ContentPack &pack, const ScreeningResult &screening, const QString &approvalId);
QJsonObject itemPayload(const QString &itemId, int index);
QJsonObject attestedPayload(const QString &packHash);
QJsonObject concludedPayload(const Policy &policy, const QString &productCode);

// Applies a draft to a copy of the contract's state through the lifecycle (the function every projection and
// the server run), so a refusal is known before anything is written. Returns the lifecycle's code.
LifecycleError dryRun(
    const ContractState &state, const EventDraft &draft, qint64 atUtc, const CustomerContext *customer = nullptr);

// Who the copy is for and from (evidence/copybuilders.h).
using CopyParties = evidence::CopyParties;

// The customer's copy (重要事項説明書 控え) of a concluded walkthrough, gathered from the contract's events:
// items with the times they were shown and confirmed, the rep's attestation, the signatures drawn from their
// recorded strokes, the seal, and as record hash the hash of the last event (contract.concluded).
// Empty unless the events hold a complete, concluded walkthrough of this pack. Built by
// evidence::walkthroughCopyOf, which head office's console uses too.
std::optional<evidence::WalkthroughCopy> copyOf(
    const ContentPack &pack, const QList<Event> &events, const CopyParties &parties);

} // namespace walkthrough
} // namespace kakunin
