#pragma once
// The documents of the sync API (docs/sync-protocol.md, docs/openapi.yaml) and their JSON codecs.
// encode() writes compact JSON; decodeX() reads strictly (wire.h) and names the first offending member.
// Members a decoder does not know are ignored, so either end may add members within API version 1.

#include "errors.h"
#include "protocol.h"
#include "wire.h"

#include <core/event.h>

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

namespace kakunin::protocol {

// GET /v1/health
struct HealthResponse {
    QString status = QStringLiteral("ok");
    int apiVersion = ApiVersion;
    qint64 serverTime = 0; // UTC ms
    QString store; // "postgresql" or "embedded"
    bool operator==(const HealthResponse &) const = default;
};

// POST /v1/enroll: the one-time code head office gave the user, and the device's identity.
struct EnrollRequest {
    QString code; // as typed; dashes, spaces and case do not matter
    QString deviceId; // Store::deviceId()
    QByteArray publicKey; // Store::devicePublicKey(), Ed25519, 32 bytes (base64 on the wire)
    QString deviceName; // optional label for the console
    QString appVersion; // optional
    bool operator==(const EnrollRequest &) const = default;
};

// Head office's own signing identity: its events are a chain of their own under this device id, signed
// with this key (Ed25519, base64 on the wire).
struct ServerIdentity {
    QString deviceId;
    QByteArray publicKey;
    bool operator==(const ServerIdentity &) const = default;
};

struct EnrollResponse {
    QString token; // bearer token; the server keeps only its SHA-256
    qint64 tokenExpiresAt = 0; // UTC ms
    QString userId;
    QString role; // "sales_rep", "installer" (core roleName)
    QString deviceId;
    qint64 storedUpTo = 0; // the device's last seq head office holds (0 for a new device)
    QString headHash; // hash of that event (GenesisHash when none)
    ServerIdentity server;
    qint64 serverTime = 0;
    bool operator==(const EnrollResponse &) const = default;
};

// POST /v1/events: the next events of the device's chain, in seq order (limits::MaxBatchEvents at most).
// Events already stored are accepted again without effect (idempotent by id, seq and hash).
struct PushRequest {
    QString deviceId;
    qint64 sentAt = 0; // device wall clock (UTC ms) when sending: head office measures clock skew with it
    qint64 sentMono = 0; // device monotonic clock then
    QString boot; // boot id of sentMono
    QList<Event> events; // wire form: Event::toJson() (13 members)
    bool operator==(const PushRequest &) const;
};

// An event stored but refused by the domain rules (applyContractEvent): it stays in the chain as evidence,
// changes nothing, and head office is flagged (docs/sync-protocol.md "Rule refusals").
struct RuleRefusal {
    qint64 seq = 0;
    QString eventId;
    QString code; // lifecycleErrorName(), e.g. "lecture_below_minimum"
    bool operator==(const RuleRefusal &) const = default;
};

struct PushResponse {
    qint64 storedUpTo = 0; // committed: the tablet may markSentUpTo(storedUpTo)
    QString headHash;
    int accepted = 0; // new events stored by this request
    int duplicates = 0; // events that were already stored
    QList<RuleRefusal> refused;
    qint64 receivedAt = 0; // server UTC ms
    qint64 clockSkewMs = 0; // sentAt − receivedAt
    bool clockSkewFlagged = false; // |skew| beyond the policy's maxClockSkewMinutes
    bool operator==(const PushResponse &) const = default;
};

// PUT /v1/blobs/{sha256} answers this.
struct BlobPutResponse {
    QString sha256;
    qint64 size = 0;
    bool created = false; // false: the blob was already stored
    bool operator==(const BlobPutResponse &) const = default;
};

// GET /v1/changes: what the user may see (P4), oldest first, after `since`.
struct Change {
    Event event; // device events signed by their device, head-office events by the server key
    qint64 receivedAt = 0; // when head office stored it
    bool operator==(const Change &o) const;
};

struct ChangesResponse {
    QList<Change> changes;
    QMap<QString, QByteArray> devices; // public key of every device whose events are in this page
    QString cursor; // opaque: send as "since" next time; store it with the applied changes in one transaction
    bool more = false; // another page is waiting
    bool operator==(const ChangesResponse &) const = default;
};

// GET /v1/device, and the answer to a wipe acknowledgement.
struct DeviceStatus {
    QString deviceId;
    QString userId;
    QString role;
    QString status; // "active", "revoked", "wipe_ordered", "wiped"
    qint64 storedUpTo = 0;
    QString headHash;
    qint64 tokenExpiresAt = 0;
    qint64 wipeOrderedAt = 0; // 0: none
    qint64 serverTime = 0;
    bool operator==(const DeviceStatus &) const = default;
};

// POST /v1/device/wipe-ack: the device confirms it is about to erase its data (sent before erasing).
struct WipeAck {
    QString deviceId;
    qint64 at = 0; // device UTC ms
    bool operator==(const WipeAck &) const = default;
};

// POST /v1/token/refresh: a fresh token for a device whose token still works; the old one stops working.
struct TokenResponse {
    QString token;
    qint64 tokenExpiresAt = 0;
    bool operator==(const TokenResponse &) const = default;
};

QByteArray encode(const HealthResponse &m);
QByteArray encode(const EnrollRequest &m);
QByteArray encode(const EnrollResponse &m);
QByteArray encode(const PushRequest &m);
QByteArray encode(const PushResponse &m);
QByteArray encode(const BlobPutResponse &m);
QByteArray encode(const ChangesResponse &m);
QByteArray encode(const DeviceStatus &m);
QByteArray encode(const WipeAck &m);
QByteArray encode(const TokenResponse &m);

Decoded<HealthResponse> decodeHealthResponse(const QByteArray &json);
Decoded<EnrollRequest> decodeEnrollRequest(const QByteArray &json);
Decoded<EnrollResponse> decodeEnrollResponse(const QByteArray &json);
// Also refuses more than limits::MaxBatchEvents events (batch_too_large) and an empty batch.
Decoded<PushRequest> decodePushRequest(const QByteArray &json);
Decoded<PushResponse> decodePushResponse(const QByteArray &json);
Decoded<BlobPutResponse> decodeBlobPutResponse(const QByteArray &json);
Decoded<ChangesResponse> decodeChangesResponse(const QByteArray &json);
Decoded<DeviceStatus> decodeDeviceStatus(const QByteArray &json);
Decoded<WipeAck> decodeWipeAck(const QByteArray &json);
Decoded<TokenResponse> decodeTokenResponse(const QByteArray &json);

// Enrollment codes: 16 characters of Crockford base32 shown as XXXX-XXXX-XXXX-XXXX. normalizeCode() drops
// dashes and spaces, upper-cases, and maps O→0, I/L→1; empty when anything else remains.
QString normalizeEnrollmentCode(const QString &typed);
inline constexpr int EnrollmentCodeLength = 16;

// Opaque pull cursors. The server encodes a position in the user's feed; clients only store and send them.
QString encodeCursor(qint64 position);
std::optional<qint64> decodeCursor(const QString &cursor); // nullopt when it is not a cursor; "" → 0

// A blob's name: 64 lowercase hex digits.
bool isSha256Hex(const QString &s);

} // namespace kakunin::protocol
