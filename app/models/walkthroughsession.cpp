#include "walkthroughsession.h"

#include "errortext.h"
#include "signaturepad.h"
#include "walkthroughrecord.h"

#include <core/domain/eventcatalog.h>
#include <evidence/pdfcopy.h>

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

namespace kakunin {
namespace {

constexpr int PreviewDpi = 150; // 1240 px wide: sharp when enlarged on a tablet, about 9 MB per page
constexpr int MaxPreviewPages = 4;

SignerRole recorderRole(Signer s)
{
    switch (s) {
    case Signer::Customer:
        return SignerRole::Customer;
    case Signer::Successor:
        return SignerRole::Successor;
    case Signer::Rep:
        return SignerRole::SalesRep;
    }
    return SignerRole::Customer;
}

// Without AppSession::language(): the language the app's translation speaks (the Japanese translation
// answers "ja" here).
QString translatedLanguage()
{
    const QString code = QCoreApplication::translate(
        "WalkthroughSession", "en", "language code of the important-matters texts: ja in the Japanese translation");
    return code == QLatin1String("ja") ? QStringLiteral("ja") : QStringLiteral("en");
}

} // namespace

WalkthroughSession::WalkthroughSession(QObject *parent) : QObject(parent)
{
    connect(&m_copyWatcher, &QFutureWatcherBase::finished, this, &WalkthroughSession::copyFinished);
}

WalkthroughSession::~WalkthroughSession()
{
    m_copyWatcher.waitForFinished(); // the PDF job owns only its copy of the data; let it end before we go
}

void WalkthroughSession::setSession(AppSession *session)
{
    if (session == m_session)
        return;
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    if (m_session) {
        connect(m_session, &AppSession::recorded, this, &WalkthroughSession::onRecorded);
        connect(m_session, &AppSession::languageChanged, this, [this] {
            if (m_language.isEmpty()) { // following the app: the item texts change with it
                emit languageChanged();
                emit stateChanged();
            }
        });
        // Locking keeps the page as it is (Main.qml hides it); unlocking reads the walkthrough again, where
        // it was left. A concluded one stays on its copy.
        connect(m_session, &AppSession::storeOpened, this, [this] {
            if (m_step != Step::Complete)
                openIfReady();
        });
    }
    emit sessionChanged();
    openIfReady();
}

void WalkthroughSession::setCustomerId(const QString &id)
{
    if (id == m_customerId)
        return;
    m_customerId = id;
    emit customerIdChanged();
    openIfReady();
}

void WalkthroughSession::setProductCode(const QString &code)
{
    if (code == m_productCode)
        return;
    m_productCode = code;
    emit productCodeChanged();
    openIfReady();
}

QString WalkthroughSession::language() const
{
    if (!m_language.isEmpty())
        return m_language;
    const QString ui = (m_session ? m_session->language() : QString());
    return ui.isEmpty() ? translatedLanguage() : ui;
}

void WalkthroughSession::setLanguage(const QString &language)
{
    const QString before = this->language();
    m_language = language.isEmpty()       ? QString() // follow the app again
        : language == QLatin1String("en") ? QStringLiteral("en")
                                          : QStringLiteral("ja");
    if (this->language() == before)
        return;
    emit languageChanged();
    emit stateChanged();
}

QString WalkthroughSession::copiesFolder() const
{
    return !m_copiesFolder.isEmpty() ? m_copiesFolder : AppSession::copiesFolderOf(m_session);
}

void WalkthroughSession::setCopiesFolder(const QString &folder)
{
    if (folder == m_copiesFolder)
        return;
    m_copiesFolder = folder;
    emit copiesFolderChanged();
}

void WalkthroughSession::classBegin()
{
    m_completing = true;
}

void WalkthroughSession::componentComplete()
{
    m_completing = false;
    openIfReady();
}

void WalkthroughSession::openIfReady()
{
    if (m_completing || !m_session || m_customerId.isEmpty() || m_productCode.isEmpty())
        return;
    reload();
}

// ---------------------------------------------------------------------------------------------------
// State
// ---------------------------------------------------------------------------------------------------

QString WalkthroughSession::blockedReason() const
{
    const QString &c = m_blockedCode;
    if (c.isEmpty())
        return {};
    if (c == QLatin1String("locked"))
        return errorText(StoreError::Locked);
    if (c == QLatin1String("no_customer"))
        return tr("No customer is selected.");
    if (c == QLatin1String("unknown_customer"))
        return tr("This customer is not on this tablet.");
    if (c == QLatin1String("no_content"))
        return tr("There is no important-matters content for this product on this tablet.");
    if (c == QLatin1String("not_screened"))
        return tr("This customer has not been screened yet. Record the profile sheet and the screening first.");
    if (c == QLatin1String("screening_refused"))
        return mattersErrorText(MattersError::ScreeningRefused);
    if (c == QLatin1String("content_incomplete"))
        return mattersErrorText(MattersError::PackEmpty);
    if (c == QLatin1String("successive_sale"))
        return lifecycleErrorText(LifecycleError::SuccessiveSaleNeedsApproval);
    return tr("The walkthrough cannot be opened. Nothing was saved.");
}

QString WalkthroughSession::productName() const
{
    return m_pack ? m_pack->productName.in(language()) : QString();
}

const ImportantMatter *WalkthroughSession::item(int index) const
{
    if (!m_pack || index < 0 || index >= m_pack->importantMatters.size())
        return nullptr;
    return &m_pack->importantMatters.at(index);
}

int WalkthroughSession::count() const
{
    return m_matters ? static_cast<int>(m_matters->items().size()) : 0;
}

int WalkthroughSession::confirmedCount() const
{
    return m_matters ? m_matters->currentIndex() : 0;
}

qreal WalkthroughSession::progress() const
{
    return count() > 0 ? qreal(confirmedCount()) / count() : 0.0;
}

QString WalkthroughSession::itemId() const
{
    const ImportantMatter *m = item(m_index);
    return m ? m->id : QString();
}

QString WalkthroughSession::itemTitle() const
{
    const ImportantMatter *m = item(m_index);
    return m ? m->title.in(language()) : QString();
}

QString WalkthroughSession::itemBody() const
{
    const ImportantMatter *m = item(m_index);
    return m ? m->body.in(language()) : QString();
}

QString WalkthroughSession::itemConfirmation() const
{
    const ImportantMatter *m = item(m_index);
    return m ? m->confirmation.in(language()) : QString();
}

bool WalkthroughSession::itemShown() const
{
    return m_matters && m_index < count() && m_matters->items().at(m_index).shownAtUtc.has_value();
}

bool WalkthroughSession::itemConfirmed() const
{
    return m_matters && m_index < count() && m_matters->items().at(m_index).confirmedAtUtc.has_value();
}

bool WalkthroughSession::canConfirm() const
{
    // The item on screen is the next one to confirm and has been shown (S3: in order, shown first).
    return m_step == Step::Items && m_index == m_matters->currentIndex() && itemShown() && !itemConfirmed();
}

bool WalkthroughSession::canGoNext() const
{
    // No skipping: past an item only once it is confirmed.
    return m_step == Step::Items && itemConfirmed();
}

bool WalkthroughSession::canGoBack() const
{
    return (m_step == Step::Items || m_step == Step::Attestation) && m_index > 0 && m_matters
        && m_matters->signatures().isEmpty();
}

bool WalkthroughSession::allConfirmed() const
{
    return m_matters && m_matters->allConfirmed();
}

bool WalkthroughSession::attested() const
{
    return m_matters && m_matters->noGuaranteeAttestedAtUtc().has_value();
}

bool WalkthroughSession::canAttest() const
{
    return m_step == Step::Attestation && allConfirmed() && !attested();
}

bool WalkthroughSession::successorRequired() const
{
    return m_matters && m_matters->successorRequired();
}

QStringList WalkthroughSession::requiredSigners() const
{
    if (!m_matters)
        return {};
    QStringList out {signerName(Signer::Customer)};
    if (m_matters->successorRequired())
        out.append(signerName(Signer::Successor));
    out.append(signerName(Signer::Rep));
    return out;
}

QStringList WalkthroughSession::pendingSigners() const
{
    QStringList out;
    for (const QString &name : requiredSigners()) {
        Signer s;
        if (signerFromName(name, &s) && !m_matters->hasSigned(s))
            out.append(name);
    }
    return out;
}

QString WalkthroughSession::nextSigner() const
{
    const QStringList pending = pendingSigners();
    return pending.isEmpty() ? QString() : pending.first();
}

QString WalkthroughSession::nextSignerName() const
{
    const QString next = nextSigner();
    if (next == QLatin1String("customer"))
        return m_representative;
    if (next == QLatin1String("rep") && m_session)
        return m_session->userId();
    return QString();
}

bool WalkthroughSession::canSign() const
{
    return m_step == Step::Signatures && !nextSigner().isEmpty();
}

QVariantList WalkthroughSession::signatureSteps() const
{
    QVariantList steps;
    const QString next = nextSigner();
    for (const QString &name : requiredSigners()) {
        Signer s;
        signerFromName(name, &s);
        steps.append(QVariantMap {{QStringLiteral("signer"), name}, {QStringLiteral("label"), signerLabel(name)},
            {QStringLiteral("signed"), m_matters->hasSigned(s)}, {QStringLiteral("current"), name == next}});
    }
    return steps;
}

QString WalkthroughSession::copySha256() const
{
    return m_copyBytes.isEmpty()
        ? QString()
        : QString::fromLatin1(QCryptographicHash::hash(m_copyBytes, QCryptographicHash::Sha256).toHex());
}

QString WalkthroughSession::signerLabel(const QString &signer) const
{
    if (signer == QLatin1String("customer"))
        return tr("Customer");
    if (signer == QLatin1String("successor"))
        return tr("Successor");
    if (signer == QLatin1String("rep"))
        return tr("Sales representative");
    return QString();
}

void WalkthroughSession::updateStep()
{
    Step s = Step::Unavailable;
    if (m_matters && m_blockedCode.isEmpty()) {
        if (contractState().stage == ContractStage::Contracted || m_step == Step::Complete)
            s = Step::Complete;
        else if (m_index < count())
            s = Step::Items;
        else if (!attested())
            s = Step::Attestation;
        else
            s = Step::Signatures;
    }
    m_step = s;
}

ContractState WalkthroughSession::contractState() const
{
    if (!m_session || !m_session->store() || m_contractId.isEmpty())
        return {};
    const auto p = m_session->store()->projection(m_contractId);
    return p ? ContractState::fromJson(p->state) : ContractState {};
}

// ---------------------------------------------------------------------------------------------------
// Opening and resuming
// ---------------------------------------------------------------------------------------------------

void WalkthroughSession::close(const QString &blockedCode)
{
    m_pack = nullptr;
    m_matters.reset();
    m_contractId.clear();
    m_resumed = false;
    m_index = 0;
    m_blockedCode = blockedCode;
    m_step = Step::Unavailable;
    emit stateChanged();
}

void WalkthroughSession::reload()
{
    clearError();
    const bool hadCopy = !m_copyBytes.isEmpty() || !m_savedPath.isEmpty();
    m_copyBytes.clear();
    m_preview.clear();
    m_copyError.clear();
    m_recordHash.clear();
    m_savedPath.clear();
    if (hadCopy)
        emit copyChanged();
    if (!openFromStore())
        return;
    updateStep();
    if (m_step == Step::Items)
        ensureShown();
    else if (m_step == Step::Signatures && m_matters->complete())
        conclude(); // every signature was recorded before the app closed: the contract is concluded now
    emit stateChanged();
}

void WalkthroughSession::setCustomer(const QJsonObject &customer)
{
    const QString name = customer.value(QStringLiteral("name")).toString();
    const QString business = customer.value(QStringLiteral("business")).toString();
    m_customerName = business.isEmpty() ? name : QStringLiteral("%1（%2）").arg(name, business);
    // The customer signs as the representative (代表者).
    m_representative = customer.value(QStringLiteral("representative")).toString();
    if (m_representative.isEmpty())
        m_representative = name;
}

bool WalkthroughSession::openFromStore()
{
    m_customerName.clear();
    m_representative.clear();
    if (!m_session || !m_session->store()) {
        close(QStringLiteral("locked"));
        return false;
    }
    if (m_customerId.isEmpty()) {
        close(QStringLiteral("no_customer"));
        return false;
    }
    Store &store = *m_session->store();
    const auto customer = store.projection(m_customerId);
    if (!customer || customer->kind != QLatin1String("customer")) {
        close(QStringLiteral("unknown_customer"));
        return false;
    }
    setCustomer(customer->state);
    const ContentPack *pack = m_session->content().byProduct(m_productCode);
    if (!pack) {
        close(QStringLiteral("no_content"));
        return false;
    }
    if (!walkthrough::screened(customer->state)) {
        close(QStringLiteral("not_screened"));
        return false;
    }
    // P2: the domain decides whether this prospect may enter the walkthrough with this pack.
    const ScreeningResult screening = walkthrough::screeningOf(customer->state);
    auto opened = ImportantMattersSession::open(*pack, screening);
    if (!opened) {
        close(opened.error() == MattersError::ScreeningRefused ? QStringLiteral("screening_refused")
                                                               : QStringLiteral("content_incomplete"));
        return false;
    }
    close();
    m_pack = pack;

    // Resume the walkthrough this user left half-way for this customer and content, if any.
    const QString open = walkthrough::openContract(store, m_customerId, m_session->userId(), pack->hash);
    if (!open.isEmpty()) {
        auto replayed = walkthrough::replay(*pack, walkthrough::eventsOf(store, open));
        if (replayed) {
            m_matters = std::move(replayed).value();
            m_contractId = open;
            m_resumed = true;
            m_index = m_matters->allConfirmed() ? count() : m_matters->currentIndex();
            return true;
        }
    }

    // A new contract (S3: the contract aggregate is born with matters.opened).
    const QString contractId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const CustomerContext ctx = walkthrough::customerContext(store, m_customerId, contractId);
    // P4: a customer with a live contract needs head office's approval; the lifecycle checks it below.
    const QString approval
        = ctx.otherLiveContracts > 0 && !ctx.unusedApprovals.isEmpty() ? ctx.unusedApprovals.first() : QString();
    const EventDraft draft {EventType::MattersOpened, contractId, m_session->userId(),
        walkthrough::openedPayload(m_customerId, *pack, screening, approval)};
    const LifecycleError refused = walkthrough::dryRun(ContractState {}, draft, m_session->clock().utcMs(), &ctx);
    if (refused != LifecycleError::None) {
        close(refused == LifecycleError::SuccessiveSaleNeedsApproval ? QStringLiteral("successive_sale")
                : refused == LifecycleError::ScreeningRefused        ? QStringLiteral("screening_refused")
                                                              : QString::fromLatin1(lifecycleErrorName(refused)));
        return false;
    }
    m_pack = pack;
    m_contractId = contractId;
    if (!record(draft)) {
        const QString code = m_errorCode;
        close(code.isEmpty() ? QStringLiteral("store") : code);
        return false;
    }
    m_matters = std::move(opened).value();
    m_index = 0;
    return true;
}

// ---------------------------------------------------------------------------------------------------
// Steps: the domain decides, then the event is recorded, then the state moves on.
// ---------------------------------------------------------------------------------------------------

bool WalkthroughSession::ensureShown()
{
    if (m_step != Step::Items || itemShown())
        return true;
    ImportantMattersSession next = *m_matters;
    if (const MattersError e = next.show(itemId(), m_session->clock()); e != MattersError::None)
        return refuse(e);
    if (!record({EventType::MattersItemShown, m_contractId, m_session->userId(),
            walkthrough::itemPayload(itemId(), m_index)}))
        return false;
    *m_matters = std::move(next);
    return true;
}

bool WalkthroughSession::confirmItem()
{
    clearError();
    if (m_step != Step::Items)
        return refuse(m_step == Step::Unavailable ? MattersError::UnknownItem : MattersError::AlreadyConfirmed);
    ImportantMattersSession next = *m_matters;
    if (const MattersError e = next.confirm(itemId(), m_session->clock()); e != MattersError::None)
        return refuse(e);
    if (!record({EventType::MattersItemConfirmed, m_contractId, m_session->userId(),
            walkthrough::itemPayload(itemId(), m_index)}))
        return false;
    *m_matters = std::move(next);
    emit stateChanged();
    return true;
}

bool WalkthroughSession::next()
{
    clearError();
    if (m_step != Step::Items)
        return false;
    if (!itemConfirmed())
        return refuse(MattersError::SkippingAhead); // S3: no skipping
    ++m_index;
    updateStep();
    const bool shown = ensureShown();
    emit stateChanged();
    return shown;
}

bool WalkthroughSession::back()
{
    clearError();
    if (!canGoBack())
        return false;
    m_index = std::min(m_index, count()) - 1;
    updateStep();
    emit stateChanged();
    return true;
}

bool WalkthroughSession::attestNoGuarantee()
{
    clearError();
    if (m_step != Step::Attestation && m_step != Step::Items)
        return refuse(m_step == Step::Unavailable ? MattersError::UnknownItem : MattersError::AlreadySigned);
    ImportantMattersSession next = *m_matters;
    if (const MattersError e = next.attestNoGuarantee(m_session->clock()); e != MattersError::None)
        return refuse(e);
    if (next.noGuaranteeAttestedAtUtc() != m_matters->noGuaranteeAttestedAtUtc()
        && !record({EventType::MattersNoGuaranteeAttested, m_contractId, m_session->userId(),
            walkthrough::attestedPayload(m_pack->hash)}))
        return false;
    *m_matters = std::move(next);
    m_index = count();
    updateStep();
    emit stateChanged();
    return true;
}

bool WalkthroughSession::sign(const QString &signer, SignaturePad *pad, const QString &name, bool sealOnPaper)
{
    clearError();
    Signer s;
    if (!signerFromName(signer, &s))
        return refuseCode(QStringLiteral("unknown_signer"), tr("Unknown signer."));
    if (!pad)
        return refuseCode(QStringLiteral("no_signature"), signatureErrorText(SignatureError::Empty));
    return signStrokes(s, pad->strokes(), name.trimmed(), sealOnPaper ? SealRecord::AffixedOnPaper : SealRecord::None);
}

bool WalkthroughSession::signStrokes(
    Signer signer, const SignatureStrokes &strokes, const QString &name, SealRecord seal)
{
    clearError();
    if (!m_matters || m_step == Step::Unavailable || m_step == Step::Complete)
        return refuse(MattersError::AlreadySigned);
    if (!m_matters->allConfirmed())
        return refuse(MattersError::ItemsOpen);
    // The page order: the rep attests (S1) before anyone signs.
    if (!attested())
        return refuse(MattersError::GuaranteeAttestationMissing);
    if (const SignatureError e = strokes.validate(); e != SignatureError::None)
        return refuseCode(QString::fromLatin1(signatureErrorName(e)), signatureErrorText(e));

    // What the signature covers: the pack and every item event before it (signedcontent.h).
    const QString digest = contractState().mattersDigest;
    ImportantMattersSession next = *m_matters;
    next.setSignedContent(digest);
    if (const MattersError e = next.sign(signer, strokes.hash(), digest, m_session->clock()); e != MattersError::None)
        return refuse(e);
    const EventDraft probe {EventType::MattersSigned, m_contractId, m_session->userId(),
        {{QStringLiteral("signer"), signerName(signer)}, {QStringLiteral("signatureHash"), strokes.hash()},
            {QStringLiteral("contentHash"), digest}}};
    const ContractState before = contractState();
    if (const LifecycleError e = walkthrough::dryRun(before, probe, m_session->clock().utcMs());
        e != LifecycleError::None)
        return refuse(e);

    SignatureRequest request;
    request.eventType = EventType::MattersSigned;
    request.contractId = m_contractId;
    request.actor = m_session->userId();
    request.role = recorderRole(signer);
    request.signerName = name;
    request.strokes = strokes;
    request.contentHash = digest;
    request.seal = signer == Signer::Customer ? seal : SealRecord::None;
    m_writing = true;
    const auto written = recordSignature(*m_session->store(), request);
    if (written)
        emit m_session->recorded({m_contractId});
    m_writing = false;
    if (!written)
        return refuseCode(QStringLiteral("store_failed"), errorText(StoreError::IoError));
    if (const ContractState after = contractState(); after.rejected > before.rejected)
        return refuse(after.lastRejection);
    *m_matters = std::move(next);
    if (m_matters->complete())
        conclude();
    emit stateChanged();
    return true;
}

void WalkthroughSession::conclude()
{
    // M1: concluded only when the domain says the walkthrough is complete (every item, S1, every signature).
    if (!m_matters || !m_matters->complete()) {
        refuse(LifecycleError::SignaturesMissing);
        return;
    }
    if (!record({EventType::ContractConcluded, m_contractId, m_session->userId(),
            walkthrough::concludedPayload(m_session->policy(), m_productCode)}))
        return;
    m_step = Step::Complete;
    makeCopy();
}

bool WalkthroughSession::record(const EventDraft &draft)
{
    Store *store = m_session ? m_session->store() : nullptr;
    if (!store)
        return refuseCode(QStringLiteral("locked"), errorText(StoreError::Locked));
    // Defence in depth: the lifecycle (what projections and the server run) must accept it too.
    const ContractState before = contractState();
    if (draft.type != EventType::MattersOpened) {
        if (const LifecycleError e = walkthrough::dryRun(before, draft, m_session->clock().utcMs());
            e != LifecycleError::None)
            return refuse(e);
    }
    m_writing = true;
    const auto written = m_session->record({draft});
    m_writing = false;
    if (!written)
        return refuseCode(QString::fromLatin1(storeErrorName(written.error())), errorText(written.error()));
    if (const ContractState after = contractState(); after.rejected > before.rejected)
        return refuse(after.lastRejection);
    return true;
}

void WalkthroughSession::onRecorded(const QStringList &aggregates)
{
    if (m_writing || m_step == Step::Complete)
        return;
    // Someone else changed this customer (e.g. a new screening) or this contract: read it again.
    if (aggregates.contains(m_customerId) || (!m_contractId.isEmpty() && aggregates.contains(m_contractId)))
        reload();
}

// ---------------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------------

void WalkthroughSession::clearError()
{
    if (m_errorCode.isEmpty())
        return;
    m_errorCode.clear();
    m_errorMessage.clear();
    emit errorChanged();
}

bool WalkthroughSession::refuseCode(const QString &code, const QString &message)
{
    m_errorCode = code;
    m_errorMessage = message;
    emit errorChanged();
    return false;
}

bool WalkthroughSession::refuse(MattersError error)
{
    static const char *const names[]
        = {"none", "screening_refused", "pack_unidentified", "pack_empty", "pack_missing_no_guarantee",
            "pack_missing_antisocial_declaration", "unknown_item", "skipping_ahead", "already_confirmed", "not_shown",
            "items_open", "content_mismatch", "signature_missing_strokes", "already_signed", "successor_not_required",
            "customer_signature_first", "guarantee_attestation_missing", "successor_signature_missing"};
    const auto i = static_cast<std::size_t>(error);
    return refuseCode(QLatin1String(i < std::size(names) ? names[i] : "matters_error"), mattersErrorText(error));
}

bool WalkthroughSession::refuse(LifecycleError error)
{
    return refuseCode(QString::fromLatin1(lifecycleErrorName(error)), lifecycleErrorText(error));
}

QString WalkthroughSession::mattersErrorText(MattersError error)
{
    switch (error) {
    case MattersError::None:
        return {};
    case MattersError::ScreeningRefused:
        return tr("This customer was refused at the screening. The important matters cannot be explained or "
                  "signed.");
    case MattersError::PackUnidentified:
    case MattersError::PackEmpty:
    case MattersError::PackMissingNoGuarantee:
    case MattersError::PackMissingAntisocialDeclaration:
        return tr("The important-matters content for this product is incomplete. Contact head office.");
    case MattersError::UnknownItem:
        return tr("This item is not part of the important matters.");
    case MattersError::SkippingAhead:
        return tr("Please confirm this item before going on. No item may be skipped.");
    case MattersError::AlreadyConfirmed:
        return tr("This item is already confirmed.");
    case MattersError::NotShown:
        return tr("Please read this item first.");
    case MattersError::ItemsOpen:
        return tr("Every item must be confirmed first.");
    case MattersError::ContentMismatch:
        return tr("The signature does not match what was explained. Nothing was saved.");
    case MattersError::SignatureMissingStrokes:
        return signatureErrorText(SignatureError::Empty);
    case MattersError::AlreadySigned:
        return tr("This signature has already been recorded.");
    case MattersError::SuccessorNotRequired:
        return tr("No successor signature is needed for this customer.");
    case MattersError::CustomerSignatureFirst:
        return tr("The customer signs first.");
    case MattersError::GuaranteeAttestationMissing:
        return tr("The sales representative must first confirm that no guarantee was given.");
    case MattersError::SuccessorSignatureMissing:
        return tr("The successor signs before the sales representative.");
    }
    return tr("This step is not possible now. Nothing was saved.");
}

QString WalkthroughSession::lifecycleErrorText(LifecycleError error)
{
    switch (error) {
    case LifecycleError::None:
        return {};
    case LifecycleError::ScreeningRefused:
        return mattersErrorText(MattersError::ScreeningRefused);
    case LifecycleError::SuccessiveSaleNeedsApproval:
        return tr("This customer already has a contract. Selling again needs head office's approval.");
    case LifecycleError::MattersSkippingAhead:
        return mattersErrorText(MattersError::SkippingAhead);
    case LifecycleError::MattersNotShown:
        return mattersErrorText(MattersError::NotShown);
    case LifecycleError::MattersAlreadyConfirmed:
        return mattersErrorText(MattersError::AlreadyConfirmed);
    case LifecycleError::MattersOpen:
        return mattersErrorText(MattersError::ItemsOpen);
    case LifecycleError::ContentMismatch:
        return mattersErrorText(MattersError::ContentMismatch);
    case LifecycleError::AlreadySigned:
        return mattersErrorText(MattersError::AlreadySigned);
    case LifecycleError::SuccessorNotRequired:
        return mattersErrorText(MattersError::SuccessorNotRequired);
    case LifecycleError::CustomerSignatureFirst:
        return mattersErrorText(MattersError::CustomerSignatureFirst);
    case LifecycleError::SuccessorSignatureMissing:
        return mattersErrorText(MattersError::SuccessorSignatureMissing);
    case LifecycleError::GuaranteeAttestationMissing:
        return mattersErrorText(MattersError::GuaranteeAttestationMissing);
    case LifecycleError::SignaturesMissing:
        return tr("Signatures are missing. The contract is not concluded.");
    default:
        break;
    }
    return tr("This step is not possible now. Nothing was saved.");
}

// ---------------------------------------------------------------------------------------------------
// The customer's copy
// ---------------------------------------------------------------------------------------------------

void WalkthroughSession::makeCopy()
{
    if (m_copyBusy || m_step != Step::Complete || !m_session || !m_session->store())
        return;
    const QList<Event> events = walkthrough::eventsOf(*m_session->store(), m_contractId);
    walkthrough::CopyParties parties;
    parties.language = language();
    parties.customerId = m_customerId;
    parties.customerName = m_customerName;
    parties.staffId = m_session->userId();
    parties.generatedAtUtc = m_session->clock().utcMs();
    const auto copy = walkthrough::copyOf(*m_pack, events, parties);
    m_copyBytes.clear();
    m_preview.clear();
    m_savedPath.clear();
    if (!copy) {
        m_copyError = QStringLiteral("record_incomplete");
        emit copyChanged();
        return;
    }
    m_recordHash = copy->header.recordHash;
    m_copyError.clear();
    m_copyBusy = true;
    emit copyChanged();
    // Laying out and painting a copy takes a good part of a second: never on the UI thread.
    m_copyWatcher.setFuture(QtConcurrent::run([c = *copy] {
        CopyResult r;
        QBuffer buffer(&r.pdf);
        buffer.open(QIODevice::WriteOnly);
        const evidence::PdfError e = evidence::writeWalkthroughPdf(c, &buffer);
        buffer.close();
        if (e != evidence::PdfError::None) {
            r.pdf.clear();
            r.error = QString::fromLatin1(evidence::pdfErrorName(e));
            return r;
        }
        r.preview = evidence::renderWalkthroughPreview(c, PreviewDpi, MaxPreviewPages);
        return r;
    }));
}

void WalkthroughSession::copyFinished()
{
    CopyResult r = m_copyWatcher.result();
    m_copyBusy = false;
    m_copyBytes = r.pdf;
    m_preview = r.preview;
    m_copyError = r.error;
    emit copyChanged();
}

bool WalkthroughSession::saveCopy()
{
    clearError();
    if (m_copyBytes.isEmpty())
        return refuseCode(QStringLiteral("no_copy"), tr("The copy is not ready yet."));
    const QString folder = copiesFolder();
    if (!QDir().mkpath(folder))
        return refuseCode(QStringLiteral("io_error"), errorText(StoreError::IoError));
    const QString path = QDir(folder).filePath(QStringLiteral("walkthrough-%1.pdf").arg(m_contractId));
    QSaveFile file(path);
    // Exactly the bytes shown and hashed (copySha256): the copy is never written a second time.
    if (!file.open(QIODevice::WriteOnly) || file.write(m_copyBytes) != m_copyBytes.size() || !file.commit())
        return refuseCode(QStringLiteral("io_error"), errorText(StoreError::IoError));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_savedPath = QDir::toNativeSeparators(path);
    emit copyChanged();
    return true;
}

} // namespace kakunin
