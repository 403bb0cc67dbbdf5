#pragma once
// Head-office events that travel down with the pull besides the domain's own (docs/events.md): installer
// assignments and content-pack publications. They are ordinary signed events of head office's chain
// (device = ServerIdentity::deviceId), checked here because the domain catalog does not know them.

#include <core/chainverifier.h>
#include <core/domain/eventcatalog.h>
#include <core/domain/lifecycle.h>
#include <core/event.h>

#include <QString>

namespace kakunin::protocol {

namespace ControlType {
// Head office assigns a contract's delivery to an installer (aggregate assignmentAggregate(contractId)).
// Payload {contractId, customerId, installer (user id)}. From it on, the installer pulls the contract and its
// customer, their past events first.
inline const QString AssignmentRecorded = QStringLiteral("assignment.recorded");
// Head office publishes a content pack (aggregate contentAggregate(packId)). Payload {packId, version,
// packHash, pack}: `pack` is the pack's JSON object; SHA-256 of its RFC 8785 form is packHash. Every user
// pulls it.
inline const QString ContentPublished = QStringLiteral("content.published");
} // namespace ControlType

QString assignmentAggregate(const QString &contractId); // "assignment:<contractId>"
QString contentAggregate(const QString &packId); // "content:<packId>"

bool isControlEvent(const QString &type);
// Events every user pulls: policy.updated and content.published.
bool isBroadcastEvent(const QString &type);

// Checks a control event's aggregate, actor and payload; EventError codes as validateEvent. Only head office
// records control events (RoleNotAllowed for any other role).
EventError validateControlEvent(const Event &event, Role emitter, QString *badField = nullptr);

// One event on its own: its hash is the hash of its content (ContentChanged) and the key signed it
// (SignatureInvalid). None when both hold. For events pulled without the rest of their chain.
ChainError checkEvent(const Event &event, const QByteArray &publicKey);

// Wire names of core's codes, snake_case: "lecture_below_minimum", "missing_field", "role_not_allowed".
QString lifecycleCode(LifecycleError e);
QString eventErrorCode(EventError e);

// Fills hash and signature (Ed25519 over the 32 raw bytes of the hash). False when the payload does not
// canonicalize or the seed is malformed.
bool sealEvent(Event &event, const QByteArray &seed);

} // namespace kakunin::protocol
