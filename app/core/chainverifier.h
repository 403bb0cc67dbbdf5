#pragma once

#include "event.h"

#include <QList>
#include <QSet>

namespace kakunin {

// Why a device chain does not hold. Each tamper has its own code (docs/store.md).
enum class ChainError {
    None = 0,
    ContentChanged, // an event's content no longer matches its hash
    SignatureInvalid, // hash matches content, but the device did not sign it (forged)
    EventMissing, // a seq is skipped: an event was removed
    EventInserted, // a seq appears twice, or an event of another device sits in the chain
    EventsReordered, // seq goes backwards: events were moved
    ChainBroken, // seq continues but prev does not link to the previous event's hash
};

struct ChainReport {
    ChainError error = ChainError::None;
    qint64 seq = 0; // seq of the first offending event (0 when none)
    qint64 checked = 0; // events verified before the first failure
    QString headHash; // hash of the last good event
    bool ok() const { return error == ChainError::None; }
};

// Checks events in the order given, as stored or as exported, against one device's public key.
// firstSeq/firstPrev let a verifier continue from a checkpoint it already trusts. Events whose seq is in
// `withheld` carry only seq, device, prev, hash and signature (another customer's record in an exported
// bundle): their signature and links are checked, their content cannot be.
ChainReport verifyChain(const QList<Event> &events, const QString &deviceId, const QByteArray &publicKey,
    qint64 firstSeq = 1, const QString &firstPrev = GenesisHash, const QSet<qint64> &withheld = {});

const char *chainErrorName(ChainError e);

} // namespace kakunin
