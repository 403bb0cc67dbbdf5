#pragma once
// Evidence check of one contract as head office stores it (issue 7 "Contract page", DESIGN.md "Evidence",
// docs/console-evidence.md): every stored event of the contract, its customer and its installer assignment,
// each checked on its own — chain, device signature, content hash, signed content, strokes and blobs, receipt
// time — with a pass or a failure code, plus every device chain those events sit in. Passed only when all pass.

#include <hqservice.h>

#include <QList>
#include <QString>

namespace kakunin::hq::console {

enum class EvidenceCheckKind {
    Chain, // seq continues the device's stored chain and prev is the hash of the device's previous event
    Signature, // Ed25519 over the hash with the device's enrolled key (head office's key for its own events)
    ContentHash, // the hash recomputes from the event's content (RFC 8785)
    // matters.signed / delivery.signed: contentHash is the digest core computes (foldSignedContent) from the
    // pack's hash and every confirmation event head office's rules accepted before it, in storage order
    SignedContent,
    Strokes, // a signature's strokes: present, their SHA-256 is signatureHash, they decode and are a signature
    Blobs, // every blob the event cites (PNG, SVG, seal image) is stored and hashes to its name
    ReceiptTime, // head office recorded a receipt time, and the event's wall-clock time is plausible
};

// "chain", "signature", "content_hash", "signed_content", "strokes", "blobs", "receipt_time".
QString evidenceCheckKindName(EvidenceCheckKind kind);

struct EvidenceCheckResult {
    EvidenceCheckKind kind = EvidenceCheckKind::Chain;
    bool passed = false;
    // "ok", or the failure:
    //  Chain: "device_unknown", "seq_gap" (the device's previous seq is not stored), "prev_mismatch",
    //    "head_mismatch" (the device's recorded head names another hash for this seq)
    //  Signature: "device_unknown", "no_public_key", "signature_invalid"
    //  ContentHash: "content_changed" (also when the content no longer canonicalizes)
    //  SignedContent: "content_hash_mismatch"
    //  Strokes: "strokes_missing", "strokes_mismatch" (inline strokes or blob do not hash to signatureHash),
    //    "strokes_malformed", or the signature's own code ("empty", "too_small", …, signatureErrorName)
    //  Blobs: "blob_missing", "blob_mismatch"
    //  ReceiptTime: "not_received", "after_receipt" (recorded later than received, beyond the skew allowed),
    //    "clock_moved" (within one boot the wall clock and the monotonic clock disagree beyond the skew
    //    allowed), "time_reversed" (the monotonic clock runs backwards within one boot)
    QString code;
    QString subject; // what was checked when it helps: the blob's hash, the expected digest, …
};

struct EventEvidence {
    StoredEvent stored;
    QList<EvidenceCheckResult>
        checks; // Chain, Signature, ContentHash, [SignedContent], [Strokes], [Blobs], ReceiptTime
    bool passed() const;
    // The first failed check of a kind (nullptr when it passed or was not made).
    const EvidenceCheckResult *failed(EvidenceCheckKind kind) const;
};

// A whole device chain (the record's events sit in it): seq 1..n stored without a gap, n and the last hash
// being the head head office recorded for the device.
struct DeviceEvidence {
    QString deviceId;
    QString userId; // "" for head office's own chain
    bool headOffice = false;
    qint64 headSeq = 0; // the head head office recorded
    qint64 storedEvents = 0;
    bool passed = false;
    QString code; // "ok", "device_unknown", "event_missing" (seq says which), "head_mismatch"
    qint64 seq = 0;
};

struct EvidenceReport {
    QString contractId;
    bool found = false;
    QList<EventEvidence> events; // in storage order
    QList<DeviceEvidence> devices; // ordered by device id
    qint64 toleranceMs = 0; // the clock skew allowed (policy maxClockSkewMinutes)
    bool passed() const; // found, and every event and device check passed
    int failedEvents() const;
};

// Checks the contract `contractId` against what head office stores.
EvidenceReport checkContractEvidence(HqService &service, const QString &contractId);

} // namespace kakunin::hq::console
