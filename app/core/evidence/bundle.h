#pragma once

#include "core/chainverifier.h"
#include "core/event.h"
#include "core/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

namespace kakunin {

// An exported record (docs/evidence.md "Record bundles"): one device's chain from its first event up to the
// last event of the record, with the record's events in full and every other event withheld (seq, prev,
// hash and signature only), the blobs the record cites and the content packs it is bound to.
struct RecordBundle {
    static constexpr int Format = 1;

    QString deviceId;
    QByteArray devicePublicKey; // Ed25519, 32 bytes
    QStringList aggregates; // the record: a contract and its customer
    QList<Event> chain; // seq 1..n in order
    QSet<qint64> withheld; // seqs of events outside the record (content not included)
    QMap<QString, QByteArray> blobs; // sha256 hex → bytes (strokes, PNG, SVG, seal images)
    QMap<QString, QByteArray> packs; // content-pack hash → the pack's JSON file as shipped
    qint64 exportedAt = 0;

    QByteArray toJson() const;
};

enum class BundleError { None = 0, NotJson, UnsupportedFormat, MalformedEvent, MalformedBlob };

// The blobs an event cites by hash (signature strokes, PNG and SVG renderings, seal image).
QStringList citedBlobs(const Event &event);

Result<RecordBundle, BundleError> parseBundle(const QByteArray &json);
const char *bundleErrorName(BundleError e);

// One thing verification checked, and whether it holds.
struct VerificationCheck {
    enum class Kind {
        Chain, // the device chain: seq, links, content hashes, device signatures
        Blob, // a blob's bytes match its SHA-256
        BlobMissing, // an event cites a blob the bundle does not carry
        Pack, // a content pack's canonical hash matches the hash the record is bound to
        PackMissing, // the record is bound to a pack the bundle does not carry
        PackItems, // items shown are the pack's items, in the pack's order
        SignedContent, // a signature's content hash is the digest of the pack and the confirmations before it
        SignatureStrokes, // a signature's stroke blob decodes and is a real signature
    };
    Kind kind;
    bool ok = false;
    qint64 seq = 0; // the event concerned (0: none)
    QString subject; // blob or pack hash, signer, …
    QString detail; // a code such as "content_changed" for failures
};

struct VerificationReport {
    QList<VerificationCheck> checks;
    qint64 events = 0;
    qint64 recordEvents = 0;
    bool ok() const;
};

// Checks everything a bundle claims: chain, device signatures, blob hashes, pack hashes, and that every
// signature covers exactly the pack and the confirmations it claims (core/evidence/signedcontent.h).
VerificationReport verifyBundle(const RecordBundle &bundle);

} // namespace kakunin
