#include "deliverylecture.h"

#include "errortext.h"
#include "signaturepad.h"
#include "signaturerecorder.h"

#include <core/content/contentpackloader.h>
#include <core/domain/eventcatalog.h>
#include <core/domain/profile.h>

#include <QDir>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace kakunin {
namespace {

constexpr int TickMs = 250; // the display shows seconds: a quarter-second tick never skips one

// A recorded clock reading, so the domain class replays each event at the time it was recorded.
class ReadingClock final : public Clock {
public:
    explicit ReadingClock(const Event &e) : m_utc(e.at), m_mono(e.mono), m_boot(e.boot) { }
    qint64 utcMs() const override { return m_utc; }
    qint64 monotonicMs() const override { return m_mono; }
    QString bootId() const override { return m_boot; }

private:
    qint64 m_utc, m_mono;
    QString m_boot;
};

bool isLectureEvent(const QString &type)
{
    return type.startsWith(QLatin1String("lecture.")) || type == EventType::DeliverySigned;
}

// A placeholder for hashes not known before recording (the probe only needs a well-formed one).
const QString ProbeHash = QString(64, QLatin1Char('0'));

} // namespace

DeliveryLecture::DeliveryLecture(QObject *parent) : QObject(parent)
{
    m_tick.setInterval(TickMs);
    connect(&m_tick, &QTimer::timeout, this, &DeliveryLecture::refresh);
    connect(&m_copyWatcher, &QFutureWatcherBase::finished, this, &DeliveryLecture::copyFinished);
    connect(&m_copyWatcher, &QFutureWatcherBase::progressValueChanged, this, [this](int value) {
        const int range = std::max(1, m_copyWatcher.progressMaximum() - m_copyWatcher.progressMinimum());
        m_copyProgress = static_cast<qreal>(value - m_copyWatcher.progressMinimum()) / range;
        emit copyProgressChanged();
    });
    clear(QString());
}

DeliveryLecture::~DeliveryLecture()
{
    // The worker holds its own copy of the data, but it paints with the application's fonts: let it finish.
    m_copyWatcher.waitForFinished();
}

void DeliveryLecture::setSession(AppSession *session)
{
    if (session == m_session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &AppSession::recorded, this, [this](const QStringList &aggregates) {
            if (aggregates.contains(m_contractId) || aggregates.contains(m_state.customerId))
                reload();
        });
        connect(m_session, &AppSession::stageChanged, this, &DeliveryLecture::reload);
        connect(m_session, &AppSession::userChanged, this, &DeliveryLecture::reload);
        connect(m_session, &AppSession::languageChanged, this, [this] {
            if (m_language.isEmpty()) {
                emit languageChanged();
                reload();
            }
        });
    }
    emit sessionChanged();
    reload();
}

void DeliveryLecture::setContractId(const QString &id)
{
    if (id == m_contractId)
        return;
    m_contractId = id;
    m_copyPages.clear();
    m_copyPath.clear();
    m_copyError.clear();
    emit contractIdChanged();
    emit copyChanged();
    reload();
}

QString DeliveryLecture::language() const
{
    const QString l = m_language.isEmpty() ? (m_session ? m_session->language() : QString()) : m_language;
    return l == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("ja");
}

void DeliveryLecture::setLanguage(const QString &code)
{
    const QString l = code.isEmpty() || code == QLatin1String("en") ? code : QStringLiteral("ja");
    if (l == m_language)
        return;
    m_language = l;
    emit languageChanged();
    reload();
}

QString DeliveryLecture::copiesFolder() const
{
    return !m_copiesFolder.isEmpty() ? m_copiesFolder : AppSession::copiesFolderOf(m_session);
}

void DeliveryLecture::setCopiesFolder(const QString &folder)
{
    if (folder == m_copiesFolder)
        return;
    m_copiesFolder = folder;
    emit copiesFolderChanged();
}

// ---------------------------------------------------------------------------------------------------
// Rebuilding from the record
// ---------------------------------------------------------------------------------------------------

void DeliveryLecture::clear(const QString &problem)
{
    m_lecture.reset();
    m_state = ContractState();
    m_pack.reset();
    m_lectureEvents.clear();
    m_customerName.clear();
    m_itLiteracy = 0;
    m_profileKnown = false;
    m_level = LectureLevel::Standard;
    m_problem = problem;
    m_runningMs = 0;
    m_canStart = m_canPause = m_canResume = m_canSignOff = false;
    m_clockBlockedReason = problem;
    m_signOffBlockedReason = problem;
    m_tick.stop();
    m_checklist.setRows({});
    emit stateChanged();
    emit timeChanged();
}

void DeliveryLecture::reload()
{
    if (!m_session || m_contractId.isEmpty())
        return clear(m_session ? tr("No contract is selected.") : QString());
    const Store *store = m_session->store();
    if (!store)
        return clear(tr("The tablet is locked. Unlock it and try again."));
    const auto contract = store->projection(m_contractId);
    if (!contract || contract->kind != QLatin1String("contract"))
        return clear(tr("This contract is not on this tablet."));
    ContractState state = ContractState::fromJson(contract->state);
    if (state.id.isEmpty())
        state.id = m_contractId;
    const ContentPack *pack = m_session->content().byId(state.packId);
    if (!pack || pack->hash != state.packHash)
        return clear(tr("The content of this contract (%1, version %2) is not on this tablet. Sync the tablet, then "
                        "open the lecture again.")
                         .arg(state.packId, state.packVersion));

    // P1: the level follows the customer's IT literacy; once the lecture started, the level it started with.
    QString customerName;
    int literacy = 0;
    bool profileKnown = false;
    if (const auto customer = store->projection(state.customerId)) {
        customerName = customer->state.value(QStringLiteral("name")).toString();
        profileKnown = customer->state.contains(QStringLiteral("itLiteracy"));
        literacy = static_cast<int>(customer->state.value(QStringLiteral("itLiteracy")).toInteger());
    }
    LectureLevel level = lectureLevelFor(profileKnown ? literacy : 0); // no profile: the fuller lecture
    if (static_cast<LectureClock::State>(state.lectureState) != LectureClock::State::NotStarted)
        lectureLevelFromName(state.lectureLevel, &level);

    // D1: the minimum the customer signed under (frozen at conclusion), else the policy's for the product.
    Policy policy = m_session->policy();
    if (state.lectureMinimumMinutes > 0) {
        ProductPolicy product = policy.forProduct(state.productCode);
        product.lectureMinimumMinutes = state.lectureMinimumMinutes;
        policy.products.insert(state.productCode, product);
    }
    auto opened = LectureSession::open(*pack, level, policy);
    if (!opened)
        return clear(lectureErrorText(opened.error()));
    LectureSession lecture = std::move(opened).value();

    // Replay: the lifecycle decides which events count; the accepted lecture events go through the domain
    // class at the clock reading they were recorded with.
    const qint64 count = contract->state.value(QStringLiteral("eventCount")).toInteger();
    QList<Event> events = store->latestEvents(m_contractId, static_cast<int>(std::min<qint64>(count + 64, 1 << 20)));
    std::reverse(events.begin(), events.end());
    ContractLifecycle lifecycle(m_contractId);
    QList<Event> lectureEvents;
    for (const Event &e : events) {
        if (lifecycle.apply(e) != LifecycleError::None || !isLectureEvent(e.type))
            continue;
        const ReadingClock at(e);
        const QString item = e.payload.value(QStringLiteral("itemId")).toString();
        LectureError le = LectureError::None;
        if (e.type == EventType::LectureStarted)
            le = lecture.start(at);
        else if (e.type == EventType::LecturePaused)
            le = lecture.pause(at);
        else if (e.type == EventType::LectureResumed)
            le = lecture.resume(at);
        else if (e.type == EventType::LectureItemTaught)
            le = lecture.markTaught(item, at);
        else if (e.type == EventType::LectureItemUnderstood)
            le = lecture.markUnderstood(item, at);
        else if (e.type == EventType::DeliverySigned)
            le = lecture.signOff(e.payload.value(QStringLiteral("signatureHash")).toString(), at);
        if (le == LectureError::None)
            lectureEvents.append(e);
    }

    m_state = std::move(state);
    m_pack = *pack;
    m_lecture = std::move(lecture);
    m_lectureEvents = std::move(lectureEvents);
    m_customerName = customerName;
    m_itLiteracy = literacy;
    m_profileKnown = profileKnown;
    m_level = level;
    m_problem.clear();
    updateDecisions();
    updateRows();
    if (clockState() == ClockState::Running)
        m_tick.start();
    else
        m_tick.stop();
    emit stateChanged();
    refresh();
    emit timeChanged();
}

void DeliveryLecture::refresh()
{
    if (!m_lecture || !m_session)
        return;
    const Clock &clock = m_session->clock();
    const qint64 running = m_lecture->clock().runningMs(clock);

    bool can = false;
    QStringList why;
    const LectureError check = m_lecture->checkSignOff(clock);
    if (check == LectureError::SignedOff) {
        // Nothing blocks: it is done.
    } else if (check == LectureError::NotStarted) {
        why.append(tr("Start the lecture first."));
    } else {
        // Say everything that is missing, not only the first thing core found.
        if (running < m_lecture->minimumMs())
            why.append(tr("The lecture has run %1 of the minimum %2: %3 still to go.")
                           .arg(evidence::formatDuration(running), evidence::formatDuration(m_lecture->minimumMs()),
                               evidence::formatDuration(m_lecture->minimumMs() - running)));
        if (const int open = static_cast<int>(m_lecture->openItems().size()); open > 0)
            why.append(tr("%n checklist item(s) not yet taught and understood.", nullptr, open));
        if (check == LectureError::None) {
            const LifecycleError verdict = probe(draft(EventType::DeliverySigned,
                {{QStringLiteral("signatureHash"), ProbeHash},
                    {QStringLiteral("contentHash"), m_state.deliveryDigest}}));
            if (!mayRecordAs(EventType::DeliverySigned))
                why.append(tr("Only the installer can collect the delivery sign-off."));
            else if (verdict != LifecycleError::None)
                why.append(refusalText(verdict));
            else
                can = true;
        } else if (why.isEmpty()) {
            why.append(lectureErrorText(check));
        }
    }
    const QString reason = why.join(QLatin1Char('\n'));
    if (running == m_runningMs && can == m_canSignOff && reason == m_signOffBlockedReason)
        return;
    m_runningMs = running;
    m_canSignOff = can;
    m_signOffBlockedReason = reason;
    emit timeChanged();
}

void DeliveryLecture::updateDecisions()
{
    const Clock &clock = m_session->clock();
    const ClockState s = clockState();
    m_canStart = m_canPause = m_canResume = false;
    m_clockBlockedReason.clear();
    QString type;
    QJsonObject payload;
    LectureError domain = LectureError::None;
    LectureSession next = *m_lecture;
    if (s == ClockState::NotStarted) {
        type = EventType::LectureStarted;
        payload = {{QStringLiteral("level"), lectureLevelName(m_level)},
            {QStringLiteral("itemCount"), static_cast<int>(m_lecture->itemIds().size())},
            {QStringLiteral("packHash"), m_state.packHash}};
        domain = next.start(clock);
    } else if (s == ClockState::Running) {
        type = EventType::LecturePaused;
        domain = next.pause(clock);
    } else if (s == ClockState::Paused) {
        type = EventType::LectureResumed;
        domain = next.resume(clock);
    } else {
        return; // signed off: the clock is closed
    }
    QString reason;
    if (!mayRecordAs(type))
        reason = tr("Only the installer can run the delivery lecture.");
    else if (domain != LectureError::None)
        reason = lectureErrorText(domain);
    else if (const LifecycleError verdict = probe(draft(type, payload)); verdict != LifecycleError::None)
        reason = refusalText(verdict);
    const bool allowed = reason.isEmpty();
    m_canStart = allowed && s == ClockState::NotStarted;
    m_canPause = allowed && s == ClockState::Running;
    m_canResume = allowed && s == ClockState::Paused;
    m_clockBlockedReason = reason;
}

void DeliveryLecture::updateRows()
{
    const Clock &clock = m_session->clock();
    const bool mayTeach = mayRecordAs(EventType::LectureItemTaught);
    const bool mayConfirm = mayRecordAs(EventType::LectureItemUnderstood);
    const QString lang = language();
    QList<LectureChecklistModel::Row> rows;
    for (const LectureCategory &c : lectureCategories(*m_pack, m_level)) {
        const QString section = c.feature.in(lang) + QStringLiteral(" ／ ") + c.operation.in(lang);
        for (const LectureItem &i : c.items) {
            LectureChecklistModel::Row r;
            r.itemId = i.id;
            r.categoryId = c.id;
            r.category = section;
            r.text = i.text.in(lang);
            r.minutes = i.minutes;
            r.extended = i.level == LectureLevel::Extended;
            r.taught = m_state.taught.contains(i.id);
            r.understood = m_state.understood.contains(i.id);
            const QJsonObject item {{QStringLiteral("itemId"), i.id}};
            if (mayTeach && !r.taught) {
                LectureSession next = *m_lecture;
                r.canMarkTaught = next.markTaught(i.id, clock) == LectureError::None
                    && probe(draft(EventType::LectureItemTaught, item)) == LifecycleError::None;
            }
            if (mayConfirm && r.taught && !r.understood) {
                LectureSession next = *m_lecture;
                r.canMarkUnderstood = next.markUnderstood(i.id, clock) == LectureError::None
                    && probe(draft(EventType::LectureItemUnderstood, item)) == LifecycleError::None;
            }
            rows.append(r);
        }
    }
    m_checklist.setRows(rows);
}

// ---------------------------------------------------------------------------------------------------
// Decisions: the domain class first, then the lifecycle's verdict on the very event, then record
// ---------------------------------------------------------------------------------------------------

EventDraft DeliveryLecture::draft(const QString &type, const QJsonObject &payload) const
{
    return EventDraft {type, m_contractId, m_session ? m_session->userId() : QString(), payload};
}

LifecycleError DeliveryLecture::probe(const EventDraft &d) const
{
    const Store *store = m_session ? m_session->store() : nullptr;
    if (!store)
        return LifecycleError::Malformed;
    const Clock &clock = m_session->clock();
    Event e;
    e.id = QStringLiteral("probe");
    e.device = store->deviceId();
    e.seq = store->headSeq() + 1;
    e.at = clock.utcMs();
    e.mono = clock.monotonicMs();
    e.boot = clock.bootId();
    e.actor = d.actor;
    e.type = d.type;
    e.aggregate = d.aggregate;
    e.payload = d.payload;
    e.prev = store->headHash();
    e.hash = e.computeHash();
    ContractState copy = m_state;
    return applyContractEvent(copy, e);
}

bool DeliveryLecture::mayRecordAs(const QString &type) const
{
    if (!m_session)
        return false;
    Role role = Role::SalesRep;
    if (m_session->installer())
        role = Role::Installer;
    else if (!m_session->salesRep())
        return false;
    const EventSpec *spec = eventSpec(type);
    return spec && spec->emitters.contains(role);
}

void DeliveryLecture::setError(const QString &text)
{
    if (text == m_lastError)
        return;
    m_lastError = text;
    emit lastErrorChanged();
}

bool DeliveryLecture::refuse(const QString &text)
{
    setError(text);
    return false;
}

bool DeliveryLecture::record(const EventDraft &d)
{
    const int rejectedBefore = m_state.rejected;
    const auto written = m_session->record({d}); // emits recorded: this view reloads
    if (!written)
        return refuse(errorText(written.error()));
    if (m_state.rejected > rejectedBefore) // defence in depth: the projection refused what the probe allowed
        return refuse(refusalText(m_state.lastRejection));
    setError(QString());
    return true;
}

bool DeliveryLecture::start()
{
    if (!m_lecture)
        return refuse(m_problem);
    if (!m_canStart)
        return refuse(
            m_clockBlockedReason.isEmpty() ? lectureErrorText(LectureError::AlreadyStarted) : m_clockBlockedReason);
    updateDecisions(); // on this very moment's clock
    if (!m_canStart)
        return refuse(m_clockBlockedReason);
    return record(draft(EventType::LectureStarted,
        {{QStringLiteral("level"), lectureLevelName(m_level)},
            {QStringLiteral("itemCount"), static_cast<int>(m_lecture->itemIds().size())},
            {QStringLiteral("packHash"), m_state.packHash}}));
}

bool DeliveryLecture::pause()
{
    if (!m_lecture)
        return refuse(m_problem);
    updateDecisions();
    if (!m_canPause)
        return refuse(
            m_clockBlockedReason.isEmpty() ? lectureErrorText(LectureError::NotRunning) : m_clockBlockedReason);
    return record(draft(EventType::LecturePaused));
}

bool DeliveryLecture::resume()
{
    if (!m_lecture)
        return refuse(m_problem);
    updateDecisions();
    if (!m_canResume)
        return refuse(
            m_clockBlockedReason.isEmpty() ? lectureErrorText(LectureError::NotPaused) : m_clockBlockedReason);
    return record(draft(EventType::LectureResumed));
}

bool DeliveryLecture::markTaught(const QString &itemId)
{
    if (!m_lecture)
        return refuse(m_problem);
    if (!mayRecordAs(EventType::LectureItemTaught))
        return refuse(tr("Only the installer can mark items taught."));
    LectureSession next = *m_lecture;
    if (const LectureError e = next.markTaught(itemId, m_session->clock()); e != LectureError::None)
        return refuse(lectureErrorText(e));
    const EventDraft d = draft(EventType::LectureItemTaught, {{QStringLiteral("itemId"), itemId}});
    if (const LifecycleError e = probe(d); e != LifecycleError::None)
        return refuse(refusalText(e));
    return record(d);
}

bool DeliveryLecture::markUnderstood(const QString &itemId)
{
    if (!m_lecture)
        return refuse(m_problem);
    if (!mayRecordAs(EventType::LectureItemUnderstood))
        return refuse(tr("Only the installer can record the customer's understanding."));
    LectureSession next = *m_lecture;
    if (const LectureError e = next.markUnderstood(itemId, m_session->clock()); e != LectureError::None)
        return refuse(lectureErrorText(e));
    const EventDraft d = draft(EventType::LectureItemUnderstood, {{QStringLiteral("itemId"), itemId}});
    if (const LifecycleError e = probe(d); e != LifecycleError::None)
        return refuse(refusalText(e));
    return record(d);
}

bool DeliveryLecture::signOff(SignaturePad *pad)
{
    if (!pad)
        return refuse(signatureErrorText(SignatureError::Empty));
    return signOff(pad->strokes());
}

bool DeliveryLecture::signOff(const SignatureStrokes &strokes)
{
    if (!m_lecture)
        return refuse(m_problem);
    refresh();
    if (const SignatureError s = strokes.validate(); s != SignatureError::None)
        return refuse(signatureErrorText(s));
    if (!mayRecordAs(EventType::DeliverySigned))
        return refuse(tr("Only the installer can collect the delivery sign-off."));
    LectureSession next = *m_lecture;
    if (const LectureError e = next.signOff(strokes.hash(), m_session->clock()); e != LectureError::None) {
        return refuse(m_signOffBlockedReason.isEmpty() || e == LectureError::SignedOff ? lectureErrorText(e)
                                                                                       : m_signOffBlockedReason);
    }
    const QString digest = m_state.deliveryDigest; // what the signature covers: the pack and every lecture event
    const EventDraft d = draft(EventType::DeliverySigned,
        {{QStringLiteral("signatureHash"), strokes.hash()}, {QStringLiteral("contentHash"), digest}});
    if (const LifecycleError e = probe(d); e != LifecycleError::None)
        return refuse(refusalText(e));

    SignatureRequest request;
    request.eventType = EventType::DeliverySigned;
    request.contractId = m_contractId;
    request.actor = m_session->userId();
    request.role = kakunin::SignerRole::Customer;
    request.signerName = m_customerName;
    request.strokes = strokes;
    request.contentHash = digest;
    const int rejectedBefore = m_state.rejected;
    const auto recorded = recordSignature(*m_session->store(), request);
    if (!recorded) {
        return refuse(recorded.error() == SignatureRecordError::InvalidSignature
                ? signatureErrorText(strokes.validate())
                : errorText(StoreError::IoError));
    }
    emit m_session->recorded({m_contractId}); // every view of this contract reloads, this one too
    if (m_state.rejected > rejectedBefore || m_state.stage != ContractStage::Delivered)
        return refuse(refusalText(m_state.lastRejection));
    setError(QString());
    emit signedOffNow();
    writeCopy();
    return true;
}

// ---------------------------------------------------------------------------------------------------
// The customer's copy
// ---------------------------------------------------------------------------------------------------

void DeliveryLecture::writeCopy()
{
    if (m_copyBusy || !m_lecture)
        return;
    const DeliveryRecord record {m_state, &*m_pack, m_customerName, m_state.installer, m_lectureEvents};
    const auto made = deliveryCopyOf(record, language(), m_session->clock().utcMs());
    if (!made) {
        m_copyError = made.error() == DeliveryCopyError::NotSigned
            ? tr("The customer's copy is made once the delivery confirmation is signed.")
            : tr("The signature in the record could not be read, so no copy was made.");
        emit copyChanged();
        return;
    }
    const QString target = deliveryCopyPath(copiesFolder(), m_contractId);
    m_copyBusy = true;
    m_copyProgress = 0;
    m_copyError.clear();
    emit copyChanged();
    emit copyProgressChanged();
    m_copyWatcher.setFuture(QtConcurrent::run(
        [](QPromise<DeliveryCopyOutcome> &promise, const evidence::DeliveryCopy &copy, const QString &path) {
            promise.setProgressRange(0, 3);
            promise.addResult(
                writeDeliveryCopy(copy, path, [&promise](int step, int) { promise.setProgressValue(step); }));
        },
        made.value(), target));
}

void DeliveryLecture::waitForCopy()
{
    m_copyWatcher.waitForFinished();
    copyFinished();
}

void DeliveryLecture::copyFinished()
{
    if (!m_copyBusy)
        return;
    m_copyBusy = false;
    m_copyProgress = 1;
    if (m_copyWatcher.future().resultCount() == 0) {
        m_copyError = tr("The customer's copy could not be made.");
    } else {
        const DeliveryCopyOutcome out = m_copyWatcher.result();
        if (out.pdfError != evidence::PdfError::None) {
            m_copyError = tr("The customer's copy could not be written (%1).")
                              .arg(QString::fromLatin1(evidence::pdfErrorName(out.pdfError)));
        } else {
            m_copyError = out.saved ? QString() : tr("The customer's copy could not be saved in %1.").arg(out.path);
            m_copyPath = out.saved ? out.path : QString();
            m_copyPages = out.preview;
        }
    }
    emit copyProgressChanged();
    emit copyChanged();
}

// ---------------------------------------------------------------------------------------------------
// Presentation
// ---------------------------------------------------------------------------------------------------

DeliveryLecture::ClockState DeliveryLecture::clockState() const
{
    if (!m_lecture)
        return ClockState::NotStarted;
    if (m_lecture->signedOff())
        return ClockState::SignedOff;
    switch (m_lecture->clock().state()) {
    case LectureClock::State::NotStarted:
        return ClockState::NotStarted;
    case LectureClock::State::Running:
        return ClockState::Running;
    case LectureClock::State::Paused:
        return ClockState::Paused;
    }
    return ClockState::NotStarted;
}

QString DeliveryLecture::productName() const
{
    return m_pack ? m_pack->productName.in(language()) : QString();
}

QString DeliveryLecture::levelText() const
{
    if (!m_lecture)
        return QString();
    return m_level == LectureLevel::Extended ? tr("Extended lecture (from the basics)") : tr("Standard lecture");
}

QString DeliveryLecture::levelReason() const
{
    if (!m_lecture)
        return QString();
    if (clockState() != ClockState::NotStarted)
        return tr("Level chosen when the lecture started.");
    if (!m_profileKnown)
        return tr("No profile sheet is recorded, so the extended lecture is given.");
    return m_level == LectureLevel::Extended
        ? tr("IT literacy %1 of %2: the extended lecture, with the basic items.").arg(m_itLiteracy).arg(MaxItLiteracy)
        : tr("IT literacy %1 of %2: the standard lecture.").arg(m_itLiteracy).arg(MaxItLiteracy);
}

QString DeliveryLecture::runningText() const
{
    return evidence::formatDuration(m_runningMs);
}

QString DeliveryLecture::remainingText() const
{
    if (!m_lecture)
        return QString();
    if (minimumReached())
        return tr("Minimum of %1 reached").arg(evidence::formatDuration(minimumMs()));
    return tr("%1 to the minimum of %2")
        .arg(evidence::formatDuration(remainingMinimumMs()), evidence::formatDuration(minimumMs()));
}

QString DeliveryLecture::clockStateText() const
{
    if (!m_lecture)
        return QString();
    switch (clockState()) {
    case ClockState::NotStarted:
        return tr("Not started");
    case ClockState::Running:
        return tr("Running");
    case ClockState::Paused:
        return tr("Paused: this time does not count");
    case ClockState::SignedOff:
        return tr("Delivery signed");
    }
    return QString();
}

int DeliveryLecture::itemCount() const
{
    return m_lecture ? static_cast<int>(m_lecture->itemIds().size()) : 0;
}

int DeliveryLecture::taughtCount() const
{
    return m_lecture ? static_cast<int>(m_state.taught.size()) : 0;
}

int DeliveryLecture::understoodCount() const
{
    return m_lecture ? static_cast<int>(m_state.understood.size()) : 0;
}

int DeliveryLecture::openCount() const
{
    return m_lecture ? static_cast<int>(m_lecture->openItems().size()) : 0;
}

QString DeliveryLecture::progressText() const
{
    if (!m_lecture)
        return QString();
    return tr("Taught %1 of %3 · understood %2 of %3").arg(taughtCount()).arg(understoodCount()).arg(itemCount());
}

QString DeliveryLecture::refusalText(LifecycleError e) const
{
    if (e != LifecycleError::WrongStage)
        return lifecycleErrorText(e);
    if (m_state.stage < ContractStage::C1Cleared)
        return tr("The lecture can start only after head office's first confirmation call (C1) was clean.");
    if (m_state.stage >= ContractStage::Delivered)
        return tr("The delivery confirmation of this contract is already signed.");
    return lifecycleErrorText(e);
}

QString DeliveryLecture::lectureErrorText(LectureError e)
{
    switch (e) {
    case LectureError::None:
        return QString();
    case LectureError::NotStarted:
        return tr("The lecture has not started yet.");
    case LectureError::AlreadyStarted:
        return tr("The lecture has already started.");
    case LectureError::NotRunning:
        return tr("The lecture is paused. Resume it first.");
    case LectureError::NotPaused:
        return tr("The lecture is running, not paused.");
    case LectureError::SignedOff:
        return tr("The delivery confirmation is signed. The lecture can no longer change.");
    case LectureError::EmptyChecklist:
        return tr("The content has no checklist item for this lecture level.");
    case LectureError::UnknownItem:
        return tr("This item is not on the checklist of this lecture.");
    case LectureError::NotTaught:
        return tr("The installer marks an item taught before the customer confirms understanding.");
    case LectureError::AlreadyDone:
        return tr("This item is already marked.");
    case LectureError::BelowMinimum:
        return tr("The lecture has not yet run for the minimum time.");
    case LectureError::ItemsOpen:
        return tr("Some checklist items are not yet taught and understood.");
    case LectureError::SignatureMissingStrokes:
        return signatureErrorText(SignatureError::Empty);
    }
    return tr("The rules do not allow this now.");
}

QString DeliveryLecture::lifecycleErrorText(LifecycleError e)
{
    switch (e) {
    case LifecycleError::None:
        return QString();
    case LifecycleError::Terminated:
        return tr("This contract has ended. Nothing more can be recorded.");
    case LifecycleError::OnHold:
        return tr("This contract is on hold: a confirmation call found a problem. Head office must resolve it "
                  "first.");
    case LifecycleError::Disputed:
        return tr("A dispute is open on this contract. Nothing moves forward until it is resolved.");
    case LifecycleError::LectureAlreadyStarted:
        return lectureErrorText(LectureError::AlreadyStarted);
    case LifecycleError::LectureNotStarted:
        return lectureErrorText(LectureError::NotStarted);
    case LifecycleError::LectureNotRunning:
        return lectureErrorText(LectureError::NotRunning);
    case LifecycleError::LectureNotPaused:
        return lectureErrorText(LectureError::NotPaused);
    case LifecycleError::LectureTooManyItems:
        return tr("Every item of this lecture is already marked.");
    case LifecycleError::LectureItemNotTaught:
        return lectureErrorText(LectureError::NotTaught);
    case LifecycleError::LectureItemAlreadyDone:
        return lectureErrorText(LectureError::AlreadyDone);
    case LifecycleError::LectureBelowMinimum:
        return lectureErrorText(LectureError::BelowMinimum);
    case LifecycleError::LectureItemsOpen:
        return lectureErrorText(LectureError::ItemsOpen);
    case LifecycleError::ContentMismatch:
        return tr("The signature does not cover the checklist as recorded. Please sign again.");
    case LifecycleError::WrongStage:
        return tr("This contract is not at the delivery stage.");
    default:
        return tr("The rules do not allow this now.");
    }
}

} // namespace kakunin
