#pragma once

#include "screening.h"

#include "core/clock.h"
#include "core/content/contentpack.h"
#include "core/result.h"

#include <QList>
#include <optional>

namespace kakunin {

enum class MattersError {
    None = 0,
    ScreeningRefused, // P2: a refused prospect cannot enter the walkthrough
    PackUnidentified, // pack without id, version or hash: nothing to bind the record to
    PackEmpty,
    PackMissingNoGuarantee, // S1 item missing
    PackMissingAntisocialDeclaration, // P2 item missing
    UnknownItem,
    SkippingAhead, // an item after the current one
    AlreadyConfirmed,
    NotShown, // confirm before the item was shown
    ItemsOpen, // signing before every item is confirmed
    ContentMismatch, // a signature over another content hash
    SignatureMissingStrokes, // an empty signature blob reference
    AlreadySigned,
    SuccessorNotRequired, // no successor signature without the screening condition
    CustomerSignatureFirst, // successor and rep sign after the customer
    GuaranteeAttestationMissing, // S1: the rep attests no guarantee was made before signing
    SuccessorSignatureMissing, // P2: the rep signs last, after the required successor
};

enum class Signer { Customer, Successor, Rep };

struct MatterRecord {
    QString itemId;
    MatterKind kind = MatterKind::General;
    std::optional<qint64> shownAtUtc;
    qint64 shownMono = 0;
    std::optional<qint64> confirmedAtUtc;
    qint64 confirmedMono = 0;
};

struct SignatureRecord {
    Signer signer = Signer::Customer;
    qint64 atUtc = 0;
    QString strokesHash; // sha256 of the stroke blob
    QString contentHash; // the pack hash it signs
};

MattersError checkPackForWalkthrough(const ContentPack &pack);

// S3 重要事項説明: every item in the pack's order, each shown then confirmed; signatures only at the end.
class ImportantMattersSession {
public:
    static Result<ImportantMattersSession, MattersError> open(
        const ContentPack &pack, const ScreeningResult &screening);

    MattersError show(const QString &itemId, const Clock &clock);
    MattersError confirm(const QString &itemId, const Clock &clock);
    // S1: the rep attests that no guarantee of customers, sales or results was given (集客保証をしていない).
    MattersError attestNoGuarantee(const Clock &clock);
    // The recorded signed-content digest (ContractState::mattersDigest, core/evidence/signedcontent.h) that
    // signatures must cover; until set, signatures are bound to the pack hash alone.
    void setSignedContent(const QString &digest) { m_signedContent = digest; }
    MattersError sign(Signer signer, const QString &strokesHash, const QString &contentHash, const Clock &clock);

    int currentIndex() const { return m_confirmed; } // the next item to show or confirm
    bool allConfirmed() const { return m_confirmed == m_items.size(); }
    bool complete() const; // every item, the attestation and every required signature
    bool successorRequired() const { return m_successorRequired; }
    bool hasSigned(Signer s) const;

    const QList<MatterRecord> &items() const { return m_items; }
    const QList<SignatureRecord> &signatures() const { return m_signatures; }
    std::optional<qint64> noGuaranteeAttestedAtUtc() const { return m_attestedAt; }
    QString packId() const { return m_packId; }
    QString packVersion() const { return m_packVersion; }
    QString packHash() const { return m_packHash; }

private:
    ImportantMattersSession() = default;
    int indexOf(const QString &itemId) const;

    QString m_packId, m_packVersion, m_packHash;
    QString m_signedContent;
    QList<MatterRecord> m_items;
    int m_confirmed = 0;
    bool m_successorRequired = false;
    std::optional<qint64> m_attestedAt;
    QList<SignatureRecord> m_signatures;
};

QString signerName(Signer s);
bool signerFromName(const QString &name, Signer *out);

} // namespace kakunin
