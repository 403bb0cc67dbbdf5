#pragma once

#include "customercopy.h"

#include <core/content/contentpack.h>
#include <core/domain/importantmatters.h>
#include <core/domain/lifecycle.h>
#include <core/event.h>
#include <core/result.h>

#include <QList>
#include <QString>

#include <optional>

namespace kakunin::evidence {

// The pure builders of the customer's copies (控え) from the record: plain events and the content pack in, copy
// data (customercopy.h) out, for pdfcopy.h to draw. Shared by the tablet (app/models: walkthroughrecord.h,
// lecturecopy.h) and head office's console (GET /console/contract/copy), so both make the very same copy.
// No store, no view model: the caller gathers the events.

// Rebuilds the walkthrough from its recorded events with their recorded times: matters.opened (the screening
// outcome and successor condition it was opened under), every item shown and confirmed, the attestation and
// the signatures, each replayed through the domain class (an event the rules refused when it was recorded is
// refused again and leaves no trace, as in the contract's projection). The pack must be the one opened.
Result<ImportantMattersSession, MattersError> replayWalkthrough(const ContentPack &pack, const QList<Event> &events);

struct CopyParties {
    QString language; // "ja" or "en"
    QString customerId;
    QString customerName;
    QString staffId;
    QString staffName;
    qint64 generatedAtUtc = 0;
};

// The customer's copy (重要事項説明書 控え) of a concluded walkthrough, gathered from the contract's events:
// items with the times they were shown and confirmed, the rep's attestation, the signatures drawn from their
// recorded strokes (inline `strokes`, base64), the seal, and as record hash the hash of the last
// contract.concluded. Empty unless the events hold a complete, concluded walkthrough of this pack.
std::optional<WalkthroughCopy> walkthroughCopyOf(
    const ContentPack &pack, const QList<Event> &events, const CopyParties &parties);

// What the delivery copy (納品確認書 控え) is made of: the contract's state, its pack and the accepted lecture
// events in order.
struct DeliveryRecord {
    ContractState state;
    const ContentPack *pack = nullptr;
    QString customerName;
    QString installerName; // the installer's name, or their user id where no name is known
    QList<Event> lectureEvents; // lecture.* and delivery.signed, accepted by the lifecycle, in seq order
};

enum class DeliveryCopyError {
    None = 0,
    NotSigned, // no accepted delivery.signed: there is nothing to copy yet
    SignatureUnreadable, // the signed event's strokes do not decode
};

// The delivery copy's data; language "ja" (default) or "en" for its labels and item texts.
Result<DeliveryCopy, DeliveryCopyError> deliveryCopyOf(
    const DeliveryRecord &record, const QString &language, qint64 generatedAtUtc);

} // namespace kakunin::evidence
