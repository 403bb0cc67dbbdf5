#pragma once

#include <core/domain/eventcatalog.h>
#include <core/domain/lifecycle.h>
#include <core/evidence/signaturestrokes.h>
#include <core/result.h>

namespace kakunin {

class Store;

// P3 解約: a cancellation is recorded with the customer's signature (署名). Who may record it is the catalog's
// decision (validateEvent with the role), whether the contract can still be cancelled the lifecycle's
// (applyContractEvent): both are asked with the very event that would be recorded.
enum class CancelError {
    None = 0,
    NoContract, // no contract with this id on the tablet
    NotAllowed, // the catalog: this role may not record a cancellation (e.g. the installer)
    Refused, // the lifecycle refused it: see CancelCheck::rule (Terminated, WrongStage, …)
    InvalidSignature, // see CancelCheck::signature
    StoreFailed,
};

struct CancelCheck {
    CancelError error = CancelError::None;
    LifecycleError rule = LifecycleError::None;
    SignatureError signature = SignatureError::None;
    CancellationKind kind = CancellationKind::None; // how it would be classified now (P3)
    bool ok() const { return error == CancelError::None; }
};

struct CancelRequest {
    QString contractId;
    QString actor; // the user recording it
    Role role = Role::SalesRep;
    QString signerName; // the customer who signs
    QString reason; // the customer's words; recorded only where the catalog carries it
    SignatureStrokes strokes;
};

// May `actor` in `role` record the cancellation of `state` at `atUtc`? The signature is not looked at.
CancelCheck checkCancellation(const ContractState &state, const QString &actor, Role role, qint64 atUtc);

// Checks the request against the contract as the store projects it, stores the signature's strokes and its
// PNG and SVG renderings as blobs, and returns the contract.cancelled draft that cites them. The caller
// appends it (AppSession::record, so views reload), as the last write: a signature never points at a
// missing blob.
Result<EventDraft, CancelCheck> prepareCancellation(Store &store, const CancelRequest &request, qint64 atUtc);

// The payload of contract.cancelled: the signature's hash, plus whatever of strokes, renderings, signer and
// reason the catalog's contract.cancelled knows (docs/events.md); fields it does not know are left out.
QJsonObject cancellationPayload(const QString &signatureHash, const QJsonObject &optional);
// Whether the catalog's contract.cancelled carries the customer's reason (`reason`).
bool cancellationCarriesReason();

Role roleFromName(const QString &role); // "sales_rep", "installer", "head_office"

} // namespace kakunin
