#include "contracttimeline.h"

#include "appsession.h"
#include "errortext.h"
#include "signaturepad.h"
#include "timelinecancellation.h"
#include "timelinetext.h"

#include <core/domain/eventcatalog.h>

#include <algorithm>
#include <limits>

namespace kakunin {
namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

ContractStage callDueAt(const QString &stage)
{
    if (stage == QLatin1String("C1"))
        return ContractStage::Contracted;
    if (stage == QLatin1String("C2"))
        return ContractStage::Delivered;
    return ContractStage::UsageConfirmed;
}

} // namespace

QList<Event> contractEvents(const Store &store, const QString &contractId)
{
    // The tablet's own events in their order, and those head office sent (sync) in the order they were
    // applied; merged by time, each list keeping its own order.
    QList<Event> own = store.latestEvents(contractId, std::numeric_limits<int>::max());
    std::reverse(own.begin(), own.end());
    const QList<Event> remote = store.remoteEvents(contractId);
    QList<Event> out;
    out.reserve(own.size() + remote.size());
    qsizetype i = 0, j = 0;
    while (i < own.size() || j < remote.size()) {
        if (j == remote.size() || (i < own.size() && own.at(i).at <= remote.at(j).at))
            out.append(own.at(i++));
        else
            out.append(remote.at(j++));
    }
    return out;
}

ContractTimeline::ContractTimeline(QObject *parent) : QObject(parent)
{
    // Days left change at midnight, and the cancellation kind with them: look again every minute.
    m_minute.setInterval(60'000);
    connect(&m_minute, &QTimer::timeout, this, &ContractTimeline::changed);
}

ContractTimeline::~ContractTimeline() = default;

void ContractTimeline::setSession(AppSession *session)
{
    if (session == m_session)
        return;
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_session = session;
    if (m_session) {
        m_connections.append(connect(m_session, &AppSession::recorded, this, [this](const QStringList &aggregates) {
            if (aggregates.contains(m_contractId) || (!customerId().isEmpty() && aggregates.contains(customerId())))
                reload();
        }));
        m_connections.append(connect(m_session, &AppSession::stageChanged, this, &ContractTimeline::reload));
        m_connections.append(connect(m_session, &AppSession::userChanged, this, &ContractTimeline::reload));
        m_connections.append(connect(m_session, &AppSession::languageChanged, this, &ContractTimeline::reload));
        m_minute.start();
    } else {
        m_minute.stop();
    }
    emit sessionChanged();
    reload();
}

void ContractTimeline::setContractId(const QString &id)
{
    if (id == m_contractId)
        return;
    m_contractId = id;
    emit contractIdChanged();
    setErrorText({});
    reload();
}

void ContractTimeline::reload()
{
    const Store *store = m_session ? m_session->store() : nullptr;
    m_state = ContractState();
    m_customerName.clear();
    m_businessName.clear();
    m_productName.clear();
    const auto projected = store != nullptr && !m_contractId.isEmpty() ? store->projection(m_contractId) : std::nullopt;
    if (!projected || projected->kind != QLatin1String("contract")) {
        m_events.clear();
        emit changed();
        return;
    }
    QList<Event> events = contractEvents(*store, m_contractId);
    const QString packId = str(projected->state, "packId");
    const ContentPack *pack = m_session->content().byId(packId);
    const QTimeZone zone = TimelineText::zone(str(projected->state, "timeZone"), m_session->policy().zone());
    m_state = m_events.load(events, pack, zone, m_session->userId(), language());
    m_productName = TimelineText::productName(pack, m_state.productCode, language());
    if (const auto customer = store->projection(m_state.customerId)) {
        m_customerName = str(customer->state, "name");
        m_businessName = str(customer->state, "business");
    }
    emit changed();
}

qint64 ContractTimeline::now() const
{
    return m_session ? m_session->clock().utcMs() : 0;
}

QTimeZone ContractTimeline::zone() const
{
    // The terms frozen at conclusion say in which zone days are counted; before that, the company's.
    return TimelineText::zone(m_state.timeZone, m_session ? m_session->policy().zone() : QTimeZone());
}

QDate ContractTimeline::today() const
{
    return localDate(zone(), now());
}

QString ContractTimeline::language() const
{
    return m_session ? m_session->language() : QStringLiteral("ja");
}

QString ContractTimeline::date(qint64 utcMs) const
{
    return utcMs > 0 ? TimelineText::date(utcMs, zone(), language()) : QString();
}

QString ContractTimeline::shortDate(qint64 utcMs) const
{
    return utcMs > 0 ? TimelineText::shortDate(utcMs, zone(), language()) : QString();
}

QString ContractTimeline::headline() const
{
    return exists() ? TimelineText::stage(m_state.stage, m_state.lectureState != 0) : tr("No such contract");
}

QString ContractTimeline::nextText() const
{
    return TimelineText::nextStep(m_state);
}

QString ContractTimeline::contractedText() const
{
    if (m_state.contractedAt <= 0)
        return {};
    return date(m_state.contractedAt) + QLatin1Char(' ') + TimelineText::time(m_state.contractedAt, zone());
}

QString ContractTimeline::coolingOffDeadlineText() const
{
    return shortDate(m_state.coolingOffDeadline());
}

int ContractTimeline::coolingOffDaysLeft() const
{
    return TimelineText::daysLeft(m_state.coolingOffDeadline(), now(), zone());
}

bool ContractTimeline::coolingOffOpen() const
{
    return coolingOffDaysLeft() >= 0 && !m_state.terminated();
}

QString ContractTimeline::coolingOffText() const
{
    if (!exists())
        return {};
    if (m_state.terminated() && m_state.coolingOffDeadline() > 0) // days left mean nothing any more
        return tr("Cooling-off until %1").arg(shortDate(m_state.coolingOffDeadline()));
    return TimelineText::coolingOff(m_state.coolingOffDeadline(), now(), zone(), language());
}

QString ContractTimeline::deliveredText() const
{
    return date(m_state.deliveredAt);
}

QString ContractTimeline::trialStartText() const
{
    return date(m_state.trialStartedAt);
}

QString ContractTimeline::trialEndText() const
{
    // D3: the trial period has elapsed at this instant; use may be confirmed from then on.
    return m_state.trialStartedAt > 0 ? date(m_state.trialStartedAt + m_state.trialDays * MsPerDay) : QString();
}

int ContractTimeline::trialDaysLeft() const
{
    if (m_state.stage != ContractStage::InTrial)
        return -1;
    const qint64 end = m_state.trialStartedAt + m_state.trialDays * MsPerDay;
    return now() >= end ? 0 : static_cast<int>(today().daysTo(localDate(zone(), end)));
}

QString ContractTimeline::trialText() const
{
    if (m_state.trialStartedAt <= 0)
        return m_state.terminated() ? QString() : tr("Starts after the C2 call (%n day(s))", nullptr, trialDays());
    const qint64 end = m_state.trialStartedAt + m_state.trialDays * MsPerDay;
    if (m_state.stage == ContractStage::InTrial) {
        if (now() >= end)
            return tr("Trial ended on %1: waiting for the customer's confirmation of use").arg(shortDate(end));
        return tr("Trial until %1 (%n day(s) left)", nullptr, trialDaysLeft()).arg(shortDate(end));
    }
    return tr("Trial %1 – %2").arg(shortDate(m_state.trialStartedAt), shortDate(end));
}

int ContractTimeline::trialDays() const
{
    if (m_state.trialDays > 0)
        return m_state.trialDays;
    return m_session ? m_session->policy().trialDays(m_state.productCode) : 0;
}

QString ContractTimeline::usageConfirmedText() const
{
    return date(m_state.usageConfirmedAt);
}

QString ContractTimeline::startedText() const
{
    return date(m_state.startedAt);
}

QString ContractTimeline::cancelledText() const
{
    if (m_state.stage == ContractStage::Cancelled)
        return tr("Cancelled on %1 (%2)")
            .arg(date(m_state.cancelledAt), TimelineText::cancellationKindTitle(m_state.cancellation));
    if (m_state.stage == ContractStage::CreditCancelled)
        return tr("Credit contract cancelled on %1 (P6)").arg(date(m_state.creditCancelledAt));
    return {};
}

const TimelineEventModel::Row *ContractTimeline::lastCall(const QString &stage) const
{
    const auto &rows = m_events.rows();
    for (auto it = rows.crbegin(); it != rows.crend(); ++it)
        if (it->accepted && it->event.type == EventType::CallRecorded && str(it->event.payload, "stage") == stage)
            return &*it;
    return nullptr;
}

int ContractTimeline::callAttemptsUnreached(const QString &stage) const
{
    // Unanswered attempts since the stage's last answered call (or since the start).
    int n = 0;
    for (const auto &r : m_events.rows()) {
        if (!r.accepted || r.event.type != EventType::CallRecorded || str(r.event.payload, "stage") != stage)
            continue;
        n = r.event.payload.value(QStringLiteral("reached")).toInteger() == 1 ? 0 : n + 1;
    }
    return n;
}

QString ContractTimeline::callStatus(const QString &stage) const
{
    const bool clean = stage == QLatin1String("C1") ? m_state.c1Clean
        : stage == QLatin1String("C2")              ? m_state.c2Clean
                                                    : m_state.c3Clean;
    if (clean)
        return QStringLiteral("clean");
    if (m_state.onHold && m_state.holdStage == stage)
        return QStringLiteral("problem");
    if (m_state.terminated())
        return QStringLiteral("not_made");
    if (m_state.stage == callDueAt(stage))
        return QStringLiteral("waiting");
    return QStringLiteral("later");
}

QString ContractTimeline::callText(const QString &stage) const
{
    const QString status = callStatus(stage);
    const TimelineEventModel::Row *last = lastCall(stage);
    if (status == QLatin1String("clean"))
        return tr("Clean: no problem found (%1)").arg(last != nullptr ? date(last->event.at) : QString());
    if (status == QLatin1String("problem"))
        return tr("Problem found (%1): %2")
            .arg(last != nullptr ? date(last->event.at) : QString(),
                last != nullptr ? TimelineText::callProblems(last->event.payload) : QString());
    if (status == QLatin1String("not_made"))
        return tr("Not made: the contract has ended");
    if (status == QLatin1String("waiting")) {
        const int attempts = callAttemptsUnreached(stage);
        if (attempts > 0)
            return tr("Waiting for head office (%n attempt(s), not reached yet)", nullptr, attempts);
        return tr("Waiting for head office");
    }
    if (stage == QLatin1String("C1"))
        return tr("After the contract is concluded");
    if (stage == QLatin1String("C2"))
        return tr("After the delivery");
    return tr("After the trial and the confirmation of use");
}

QString ContractTimeline::holdText() const
{
    if (!onHold())
        return {};
    const TimelineEventModel::Row *last = lastCall(m_state.holdStage);
    if (last == nullptr)
        return tr("On hold: head office is resolving a problem.");
    const QString note = str(last->event.payload, "note");
    QString text = tr("On hold since the %1 call on %2: %3.")
                       .arg(m_state.holdStage, date(last->event.at), TimelineText::callProblems(last->event.payload));
    if (!note.isEmpty())
        text += QLatin1Char(' ') + tr("Note from head office: %1").arg(note);
    return text;
}

QString ContractTimeline::disputeText() const
{
    if (!disputed())
        return {};
    return tr("Dispute open since %1. If it is still open on %2, head office cancels the credit company's "
              "advance-payment contract (P6).")
        .arg(date(m_state.disputedAt), date(m_state.disputedAt + m_state.disputeDays * MsPerDay));
}

QString ContractTimeline::cancellationKind() const
{
    if (!m_session)
        return cancellationKindName(CancellationKind::None);
    const CancelCheck check = checkCancellation(m_state, m_session->userId(), roleFromName(m_session->role()), now());
    return cancellationKindName(check.kind);
}

QString ContractTimeline::cancellationKindText() const
{
    if (m_state.stage < ContractStage::Contracted || m_state.terminated())
        return TimelineText::cancellationKindTitle(CancellationKind::None);
    return TimelineText::cancellationKindTitle(cancellationKindAt(m_state, now()));
}

QString ContractTimeline::cancellationText() const
{
    if (m_state.stage < ContractStage::Contracted || m_state.terminated())
        return cancelBlockedText();
    return TimelineText::cancellationKindExplanation(cancellationKindAt(m_state, now()), date(m_state.externalCostAt));
}

bool ContractTimeline::canCancel() const
{
    return m_session && checkCancellation(m_state, m_session->userId(), roleFromName(m_session->role()), now()).ok();
}

bool ContractTimeline::cancellationOffered() const
{
    if (!m_session || m_state.stage < ContractStage::Contracted || m_state.terminated())
        return false;
    return checkCancellation(m_state, m_session->userId(), roleFromName(m_session->role()), now()).error
        != CancelError::NotAllowed;
}

QString ContractTimeline::cancelBlockedText() const
{
    if (!m_session)
        return {};
    const CancelCheck check = checkCancellation(m_state, m_session->userId(), roleFromName(m_session->role()), now());
    switch (check.error) {
    case CancelError::None:
        return {};
    case CancelError::NoContract:
        return tr("There is no contract to cancel.");
    case CancelError::NotAllowed:
        return tr("A cancellation is recorded by the sales rep or by head office.");
    case CancelError::Refused:
        if (m_state.stage == ContractStage::Cancelled)
            return tr("This contract is already cancelled.");
        if (check.rule == LifecycleError::WrongStage && m_state.stage == ContractStage::Explaining)
            return tr("The contract is not concluded yet: stop the explanation instead of cancelling.");
        return TimelineText::refusal(check.rule);
    case CancelError::InvalidSignature:
    case CancelError::StoreFailed:
        break;
    }
    return {};
}

bool ContractTimeline::reasonRecorded() const
{
    return cancellationCarriesReason();
}

bool ContractTimeline::cancel(const QString &reason, const QString &signerName, SignaturePad *pad)
{
    if (pad == nullptr) {
        setErrorText(signatureErrorText(SignatureError::Empty));
        return false;
    }
    return cancelWith(reason, signerName, pad->strokes());
}

bool ContractTimeline::cancelWith(const QString &reason, const QString &signerName, const SignatureStrokes &strokes)
{
    Store *store = m_session ? m_session->store() : nullptr;
    if (store == nullptr) {
        setErrorText(kakunin::errorText(StoreError::Locked));
        return false;
    }
    CancelRequest request;
    request.contractId = m_contractId;
    request.actor = m_session->userId();
    request.role = roleFromName(m_session->role());
    request.signerName = signerName.trimmed().isEmpty() ? m_customerName : signerName.trimmed();
    request.reason = reason;
    request.strokes = strokes;
    const auto draft = prepareCancellation(*store, request, now());
    if (!draft) {
        const CancelCheck &check = draft.error();
        if (check.error == CancelError::InvalidSignature)
            setErrorText(signatureErrorText(check.signature));
        else if (check.error == CancelError::StoreFailed)
            setErrorText(kakunin::errorText(StoreError::IoError));
        else
            setErrorText(cancelBlockedText());
        return false;
    }
    const auto written = m_session->record({draft.value()}); // reloads through recorded()
    if (!written) {
        setErrorText(kakunin::errorText(written.error()));
        return false;
    }
    setErrorText({});
    emit cancelled();
    return true;
}

bool ContractTimeline::canStartLecture() const
{
    // D1: the lecture follows a clean C1 (core's stage C1Cleared), and not while on hold or disputed.
    return m_session && m_session->installer() && m_state.stage == ContractStage::C1Cleared && !m_state.onHold
        && !m_state.disputed && (m_state.lectureState == 0 || m_state.installer == m_session->userId());
}

bool ContractTimeline::canContinueWalkthrough() const
{
    // S3: the rep who opened the walkthrough goes on with it, item by item, at the next visit.
    return m_session && m_session->salesRep() && m_state.stage == ContractStage::Explaining
        && m_state.salesRep == m_session->userId();
}

bool ContractTimeline::lectureInProgress() const
{
    return m_state.stage == ContractStage::C1Cleared && m_state.lectureState != 0;
}

QString ContractTimeline::lectureButtonText() const
{
    return lectureInProgress() ? tr("Continue delivery lecture") : tr("Start delivery lecture");
}

void ContractTimeline::setErrorText(const QString &text)
{
    if (text == m_errorText)
        return;
    m_errorText = text;
    emit errorTextChanged();
}

} // namespace kakunin
