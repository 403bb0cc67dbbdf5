#pragma once

#include <core/evidence/signaturestrokes.h>
#include <store/store.h>

namespace kakunin {

// Who signs (署名): the customer, the successor (P2), the sales rep or the installer.
enum class SignerRole { Customer, Successor, SalesRep, Installer };

// How the seal (押印) was recorded.
enum class SealRecord { None, AffixedOnPaper, Image };

struct SignatureRequest {
    QString eventType; // "matters.signed" or "delivery.signed"
    QString contractId;
    QString actor; // the user recording it
    SignerRole role = SignerRole::Customer;
    QString signerName;
    SignatureStrokes strokes;
    QString contentHash; // the signed-content digest (core/evidence/signedcontent.h)
    SealRecord seal = SealRecord::None;
    QByteArray sealImage; // PNG or JPEG when seal == Image
};

enum class SignatureRecordError { None = 0, InvalidSignature, NoContent, StoreFailed };

// Stores the strokes and their PNG and SVG renderings as content-addressed blobs, then appends the signature
// event that cites them. The event is the last write: a signature never points at a missing blob.
Result<Event, SignatureRecordError> recordSignature(Store &store, const SignatureRequest &request);

QString signerRoleName(SignerRole role); // "customer", "successor", "rep", "installer"

} // namespace kakunin
