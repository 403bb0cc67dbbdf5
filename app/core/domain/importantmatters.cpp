#include "importantmatters.h"

namespace kakunin {

MattersError checkPackForWalkthrough(const ContentPack &pack)
{
    if (pack.id.isEmpty() || pack.version.isEmpty() || pack.hash.isEmpty())
        return MattersError::PackUnidentified;
    if (pack.importantMatters.isEmpty())
        return MattersError::PackEmpty;
    bool noGuarantee = false, antisocial = false;
    for (const ImportantMatter &m : pack.importantMatters) {
        noGuarantee |= m.kind == MatterKind::NoGuarantee;
        antisocial |= m.kind == MatterKind::AntisocialDeclaration;
    }
    if (!noGuarantee)
        return MattersError::PackMissingNoGuarantee;
    if (!antisocial)
        return MattersError::PackMissingAntisocialDeclaration;
    return MattersError::None;
}

Result<ImportantMattersSession, MattersError> ImportantMattersSession::open(
    const ContentPack &pack, const ScreeningResult &screening)
{
    using R = Result<ImportantMattersSession, MattersError>;
    if (!screening.allowed())
        return R::failure(MattersError::ScreeningRefused);
    if (const MattersError e = checkPackForWalkthrough(pack); e != MattersError::None)
        return R::failure(e);
    ImportantMattersSession s;
    s.m_packId = pack.id;
    s.m_packVersion = pack.version;
    s.m_packHash = pack.hash;
    s.m_successorRequired = screening.requiresSuccessorSignature();
    for (const ImportantMatter &m : pack.importantMatters)
        s.m_items.append(MatterRecord {m.id, m.kind, std::nullopt, 0, std::nullopt, 0});
    return s;
}

int ImportantMattersSession::indexOf(const QString &itemId) const
{
    for (int i = 0; i < m_items.size(); ++i)
        if (m_items.at(i).itemId == itemId)
            return i;
    return -1;
}

MattersError ImportantMattersSession::show(const QString &itemId, const Clock &clock)
{
    const int i = indexOf(itemId);
    if (i < 0)
        return MattersError::UnknownItem;
    if (i > m_confirmed)
        return MattersError::SkippingAhead;
    // Going back to re-read an earlier item is fine; the first showing is the one recorded.
    MatterRecord &r = m_items[i];
    if (!r.shownAtUtc) {
        r.shownAtUtc = clock.utcMs();
        r.shownMono = clock.monotonicMs();
    }
    return MattersError::None;
}

MattersError ImportantMattersSession::confirm(const QString &itemId, const Clock &clock)
{
    const int i = indexOf(itemId);
    if (i < 0)
        return MattersError::UnknownItem;
    if (i < m_confirmed)
        return MattersError::AlreadyConfirmed;
    if (i > m_confirmed)
        return MattersError::SkippingAhead;
    MatterRecord &r = m_items[i];
    if (!r.shownAtUtc)
        return MattersError::NotShown;
    r.confirmedAtUtc = clock.utcMs();
    r.confirmedMono = clock.monotonicMs();
    ++m_confirmed;
    return MattersError::None;
}

MattersError ImportantMattersSession::attestNoGuarantee(const Clock &clock)
{
    if (!allConfirmed())
        return MattersError::ItemsOpen;
    if (!m_attestedAt)
        m_attestedAt = clock.utcMs();
    return MattersError::None;
}

bool ImportantMattersSession::hasSigned(Signer s) const
{
    for (const SignatureRecord &r : m_signatures)
        if (r.signer == s)
            return true;
    return false;
}

MattersError ImportantMattersSession::sign(
    Signer signer, const QString &strokesHash, const QString &contentHash, const Clock &clock)
{
    if (!allConfirmed())
        return MattersError::ItemsOpen;
    if (contentHash != (m_signedContent.isEmpty() ? m_packHash : m_signedContent))
        return MattersError::ContentMismatch;
    if (strokesHash.isEmpty())
        return MattersError::SignatureMissingStrokes;
    if (hasSigned(signer))
        return MattersError::AlreadySigned;
    if (signer == Signer::Successor && !m_successorRequired)
        return MattersError::SuccessorNotRequired;
    if (signer != Signer::Customer && !hasSigned(Signer::Customer))
        return MattersError::CustomerSignatureFirst;
    if (signer == Signer::Rep && !m_attestedAt)
        return MattersError::GuaranteeAttestationMissing;
    if (signer == Signer::Rep && m_successorRequired && !hasSigned(Signer::Successor))
        return MattersError::SuccessorSignatureMissing;
    m_signatures.append(SignatureRecord {signer, clock.utcMs(), strokesHash, contentHash});
    return MattersError::None;
}

bool ImportantMattersSession::complete() const
{
    return allConfirmed() && m_attestedAt && hasSigned(Signer::Customer) && hasSigned(Signer::Rep)
        && (!m_successorRequired || hasSigned(Signer::Successor));
}

QString signerName(Signer s)
{
    switch (s) {
    case Signer::Customer:
        return QStringLiteral("customer");
    case Signer::Successor:
        return QStringLiteral("successor");
    case Signer::Rep:
        return QStringLiteral("rep");
    }
    return QString();
}

bool signerFromName(const QString &name, Signer *out)
{
    for (Signer s : {Signer::Customer, Signer::Successor, Signer::Rep}) {
        if (signerName(s) == name) {
            *out = s;
            return true;
        }
    }
    return false;
}

} // namespace kakunin
