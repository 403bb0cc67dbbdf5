#include "chainverifier.h"

#include "ed25519.h"

#include <QSet>

#include <algorithm>

namespace kakunin {

ChainReport verifyChain(const QList<Event> &events, const QString &deviceId, const QByteArray &publicKey,
    qint64 firstSeq, const QString &firstPrev, const QSet<qint64> &withheld)
{
    ChainReport r;
    r.headHash = firstPrev;
    auto fail = [&r](ChainError e, qint64 seq) {
        r.error = e;
        r.seq = seq;
        return r;
    };

    // Shape first: which seqs are there, how often, and in what order.
    QSet<qint64> seen;
    qint64 maxSeq = firstSeq - 1;
    for (const Event &e : events) {
        if (e.device != deviceId || seen.contains(e.seq) || e.seq < firstSeq)
            return fail(ChainError::EventInserted, e.seq);
        seen.insert(e.seq);
        maxSeq = std::max(maxSeq, e.seq);
    }
    for (qint64 s = firstSeq; s <= maxSeq; ++s)
        if (!seen.contains(s))
            return fail(ChainError::EventMissing, s);
    for (qsizetype i = 0; i < events.size(); ++i)
        if (events.at(i).seq != firstSeq + i)
            return fail(ChainError::EventsReordered, events.at(i).seq);

    // Then each event: its content, its signature, its link.
    const ed25519::Verifier verifier(publicKey);
    for (const Event &e : events) {
        if (!withheld.contains(e.seq) && e.computeHash() != e.hash)
            return fail(ChainError::ContentChanged, e.seq);
        if (!verifier.verify(QByteArray::fromHex(e.hash.toLatin1()), e.signature))
            return fail(ChainError::SignatureInvalid, e.seq);
        if (e.prev != r.headHash)
            return fail(ChainError::ChainBroken, e.seq);
        r.headHash = e.hash;
        ++r.checked;
    }
    return r;
}

const char *chainErrorName(ChainError e)
{
    switch (e) {
    case ChainError::None:
        return "ok";
    case ChainError::ContentChanged:
        return "content_changed";
    case ChainError::SignatureInvalid:
        return "signature_invalid";
    case ChainError::EventMissing:
        return "event_missing";
    case ChainError::EventInserted:
        return "event_inserted";
    case ChainError::EventsReordered:
        return "events_reordered";
    case ChainError::ChainBroken:
        return "chain_broken";
    }
    return "unknown";
}

} // namespace kakunin
