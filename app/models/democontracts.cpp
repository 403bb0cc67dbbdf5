#include "democontracts.h"

#include "contentlibrary.h"
#include "signaturerecorder.h"
#include "timelinecancellation.h"
#include "visithistory.h"

#include <core/domain/eventcatalog.h>
#include <core/domain/lecture.h>
#include <core/domain/policy.h>
#include <core/domain/profile.h>
#include <store/store.h>

#include <QDateTime>
#include <QtMath>

#include <algorithm>
#include <functional>

namespace kakunin {

// ---------------------------------------------------------------------------------------------- DemoClock

DemoClock::DemoClock(const Clock *base) : m_base(base != nullptr ? base : &m_system) { }

qint64 DemoClock::utcMs() const
{
    return m_history ? m_utc : m_base->utcMs();
}

qint64 DemoClock::monotonicMs() const
{
    return m_history ? m_mono : m_base->monotonicMs();
}

QString DemoClock::bootId() const
{
    // The history is one boot of its own: its monotonic readings never mix with today's.
    return m_history ? QStringLiteral("demo-history") : m_base->bootId();
}

void DemoClock::beginHistory(qint64 utcMs)
{
    m_history = true;
    m_utc = utcMs;
    m_mono = 1'000;
}

void DemoClock::moveTo(qint64 utcMs)
{
    if (utcMs > m_utc)
        advance(utcMs - m_utc);
}

void DemoClock::advance(qint64 ms)
{
    if (ms <= 0)
        return;
    m_utc += ms;
    m_mono += ms;
}

void DemoClock::endHistory()
{
    m_history = false;
}

// ----------------------------------------------------------------------------------------- demoSignature

SignatureStrokes demoSignature(quint32 seed)
{
    // A family name in three flowing strokes on a 640 × 320 px pad (tenths of a pixel), timed as written.
    SignatureStrokes s;
    s.width = 6400;
    s.height = 3200;
    qint32 t = 0;
    const double wobble = 1.0 + (seed % 7) * 0.15;
    for (int k = 0; k < 3; ++k) {
        Stroke stroke;
        const double x0 = 900 + k * 1650 + (seed % 5) * 40;
        const double amplitude = 420 + ((seed >> 2) % 5) * 60 - k * 50;
        for (int i = 0; i < 28; ++i) {
            const double u = i / 27.0;
            const double x = x0 + u * 1400;
            const double y = 1700 - amplitude * qSin(u * M_PI * (2.0 + k) * wobble) - u * 200 + k * 90;
            stroke.append({static_cast<qint32>(x), static_cast<qint32>(y), t, 400 + (i % 5) * 60});
            t += 11 + (i % 3) * 4;
        }
        s.strokes.append(stroke);
        t += 240;
    }
    return s;
}

// ------------------------------------------------------------------------------------------- ContractScript

namespace {

QJsonObject flags(std::initializer_list<std::pair<const char *, int>> values)
{
    QJsonObject o;
    for (const auto &[key, value] : values)
        o.insert(QLatin1String(key), value);
    return o;
}

} // namespace

ContractScript::ContractScript(
    Store &store, DemoClock &clock, const ContentPack &pack, QString contractId, QString customerId, QString salesRep)
    : m_store(store), m_clock(clock), m_pack(pack), m_contractId(std::move(contractId)),
      m_customerId(std::move(customerId)), m_rep(std::move(salesRep))
{
}

ContractState ContractScript::state() const
{
    const auto p = m_store.projection(m_contractId);
    return p ? ContractState::fromJson(p->state) : ContractState();
}

int ContractScript::rejected() const
{
    const auto p = m_store.projection(m_contractId);
    return p ? static_cast<int>(p->state.value(QStringLiteral("rejected")).toInteger()) : 0;
}

bool ContractScript::checkAccepted(const QString &type, int rejectedBefore)
{
    if (rejected() == rejectedBefore)
        return true;
    m_failure = type + QStringLiteral(": ") + QLatin1String(lifecycleErrorName(state().lastRejection));
    return false;
}

bool ContractScript::append(const QString &type, const QString &actor, const QJsonObject &payload)
{
    if (!ok())
        return false;
    const int before = rejected();
    const auto written = m_store.append({type, m_contractId, actor, payload});
    if (!written) {
        m_failure = type + QStringLiteral(": ") + QLatin1String(storeErrorName(written.error()));
        return false;
    }
    ++m_written;
    if (written->at != m_clock.utcMs()) {
        m_failure = type + QStringLiteral(": the store does not stamp its events with the script's clock");
        return false;
    }
    return checkAccepted(type, before);
}

ContractScript &ContractScript::open(const QString &screeningOutcome)
{
    append(EventType::MattersOpened, m_rep,
        {{QStringLiteral("customerId"), m_customerId}, {QStringLiteral("productCode"), m_pack.productCode},
            {QStringLiteral("packId"), m_pack.id}, {QStringLiteral("packVersion"), m_pack.version},
            {QStringLiteral("packHash"), m_pack.hash},
            {QStringLiteral("itemCount"), static_cast<int>(m_pack.importantMatters.size())},
            {QStringLiteral("screeningOutcome"), screeningOutcome}, {QStringLiteral("successorRequired"), 0},
            {QStringLiteral("approvalId"), QString()}});
    return *this;
}

ContractScript &ContractScript::explain(int items, qint64 perItemMs)
{
    const int end = std::min<int>(m_shown + items, static_cast<int>(m_pack.importantMatters.size()));
    for (; m_shown < end && ok(); ++m_shown) {
        const QJsonObject item {
            {QStringLiteral("itemId"), m_pack.importantMatters.at(m_shown).id}, {QStringLiteral("index"), m_shown}};
        append(EventType::MattersItemShown, m_rep, item);
        m_clock.advance(perItemMs * 3 / 4); // read together, then the customer confirms
        append(EventType::MattersItemConfirmed, m_rep, item);
        m_clock.advance(perItemMs / 4);
    }
    return *this;
}

ContractScript &ContractScript::explainAll(qint64 perItemMs)
{
    return explain(static_cast<int>(m_pack.importantMatters.size()), perItemMs);
}

ContractScript &ContractScript::sign(const QString &customerName, const QString &repName)
{
    m_clock.advance(MsPerMinute);
    append(EventType::MattersNoGuaranteeAttested, m_rep, {{QStringLiteral("packHash"), m_pack.hash}});
    const std::pair<SignerRole, QString> signers[]
        = {{SignerRole::Customer, customerName}, {SignerRole::SalesRep, repName}};
    for (const auto &[role, name] : signers) {
        if (!ok())
            break;
        m_clock.advance(2 * MsPerMinute);
        SignatureRequest request;
        request.eventType = EventType::MattersSigned;
        request.contractId = m_contractId;
        request.actor = m_rep;
        request.role = role;
        request.signerName = name;
        request.strokes = demoSignature(m_signatureSeed++);
        request.contentHash = state().mattersDigest;
        request.seal = role == SignerRole::Customer ? SealRecord::AffixedOnPaper : SealRecord::None;
        const int before = rejected();
        const auto signedEvent = recordSignature(m_store, request);
        if (!signedEvent) {
            m_failure = EventType::MattersSigned + QStringLiteral(": signature not recorded");
            break;
        }
        ++m_written;
        checkAccepted(EventType::MattersSigned, before);
    }
    return *this;
}

ContractScript &ContractScript::conclude(const Policy &policy)
{
    m_clock.advance(MsPerMinute);
    append(EventType::ContractConcluded, m_rep,
        {{QStringLiteral("policyVersion"), policy.version}, {QStringLiteral("coolingOffDays"), policy.coolingOffDays},
            {QStringLiteral("trialDays"), policy.trialDays(m_pack.productCode)},
            {QStringLiteral("lectureMinimumMinutes"), policy.lectureMinimumMinutes(m_pack.productCode)},
            {QStringLiteral("disputeDays"), policy.disputeDays}, {QStringLiteral("timeZone"), policy.timeZone}});
    return *this;
}

ContractScript &ContractScript::call(const QString &stage, DemoCall outcome, const QString &note)
{
    // Recorded by confirmation staff at head office; in production it arrives on the tablet by sync.
    const bool reached = outcome != DemoCall::NotReached;
    const bool afterDelivery = stage != QLatin1String("C1");
    QJsonObject payload
        = flags({{"reached", reached ? 1 : 0}, {"guaranteeMentioned", outcome == DemoCall::GuaranteeMentioned ? 1 : 0},
            {"conductOk", reached && outcome != DemoCall::ConductProblem ? 1 : 0},
            {"lectureOk", reached && afterDelivery ? 1 : 0},
            {"productUsed", reached && stage == QLatin1String("C3") ? 1 : 0}});
    payload.insert(QStringLiteral("stage"), stage);
    payload.insert(QStringLiteral("note"), note);
    append(EventType::CallRecorded, DemoCaller, payload);
    m_clock.advance(12 * MsPerMinute);
    return *this;
}

ContractScript &ContractScript::resolveHold(const QString &resolution)
{
    append(EventType::HoldResolved, DemoAdmin, {{QStringLiteral("resolution"), resolution}});
    return *this;
}

ContractScript &ContractScript::startLecture(const QString &installer, LectureLevel level)
{
    m_installer = installer;
    m_lectureItems = lectureItemsFor(m_pack, level);
    m_taught = 0;
    append(EventType::LectureStarted, installer,
        {{QStringLiteral("level"), lectureLevelName(level)},
            {QStringLiteral("itemCount"), static_cast<int>(m_lectureItems.size())},
            {QStringLiteral("packHash"), m_pack.hash}});
    m_clock.advance(3 * MsPerMinute);
    return *this;
}

ContractScript &ContractScript::teach(int items, qint64 perItemMs)
{
    const int end = std::min<int>(m_taught + items, static_cast<int>(m_lectureItems.size()));
    for (; m_taught < end && ok(); ++m_taught) {
        const QJsonObject item {{QStringLiteral("itemId"), m_lectureItems.at(m_taught).id}};
        m_clock.advance(perItemMs - MsPerMinute);
        append(EventType::LectureItemTaught, m_installer, item);
        m_clock.advance(MsPerMinute); // the customer tries it, then ticks it
        append(EventType::LectureItemUnderstood, m_installer, item);
    }
    return *this;
}

ContractScript &ContractScript::teachAll(qint64 perItemMs)
{
    return teach(static_cast<int>(m_lectureItems.size()), perItemMs);
}

ContractScript &ContractScript::pauseLecture()
{
    append(EventType::LecturePaused, m_installer);
    return *this;
}

ContractScript &ContractScript::resumeLecture()
{
    append(EventType::LectureResumed, m_installer);
    return *this;
}

ContractScript &ContractScript::signDelivery(const QString &customerName)
{
    if (!ok())
        return *this;
    m_clock.advance(3 * MsPerMinute);
    SignatureRequest request;
    request.eventType = EventType::DeliverySigned;
    request.contractId = m_contractId;
    request.actor = m_installer;
    request.role = SignerRole::Customer;
    request.signerName = customerName;
    request.strokes = demoSignature(m_signatureSeed++);
    request.contentHash = state().deliveryDigest;
    const int before = rejected();
    if (!recordSignature(m_store, request)) {
        m_failure = EventType::DeliverySigned + QStringLiteral(": signature not recorded");
        return *this;
    }
    ++m_written;
    checkAccepted(EventType::DeliverySigned, before);
    return *this;
}

ContractScript &ContractScript::startTrial()
{
    append(EventType::TrialStarted, DemoAdmin);
    return *this;
}

ContractScript &ContractScript::confirmUsage()
{
    append(EventType::UsageConfirmed, DemoAdmin, flags({{"used", 1}, {"noDefects", 1}, {"mayStart", 1}}));
    return *this;
}

ContractScript &ContractScript::start()
{
    append(EventType::ContractStarted, DemoAdmin);
    return *this;
}

ContractScript &ContractScript::recordCost(const QString &orderRef, int amountYen)
{
    append(EventType::CostRecorded, DemoAdmin,
        {{QStringLiteral("orderRef"), orderRef}, {QStringLiteral("amountYen"), amountYen}});
    return *this;
}

ContractScript &ContractScript::cancel(const QString &actor, const QString &signerName, const QString &reason)
{
    if (!ok())
        return *this;
    CancelRequest request;
    request.contractId = m_contractId;
    request.actor = actor;
    request.role = Role::SalesRep;
    request.signerName = signerName;
    request.reason = reason;
    request.strokes = demoSignature(m_signatureSeed++);
    const auto draft = prepareCancellation(m_store, request, m_clock.utcMs());
    if (!draft) {
        m_failure = EventType::ContractCancelled + QStringLiteral(": ")
            + QLatin1String(lifecycleErrorName(draft.error().rule));
        return *this;
    }
    append(draft->type, draft->actor, draft->payload);
    return *this;
}

// ---------------------------------------------------------------------------------------- seedDemoContracts

namespace {

struct Customer {
    QString id, name, screening;
    int itLiteracy = 0;
};

class DemoHistory {
public:
    DemoHistory(Store &store, DemoClock &clock, const QTimeZone &zone, QDate today)
        : m_store(store), m_clock(clock), m_zone(zone), m_today(today)
    {
    }

    qint64 at(int daysAgo, int hour, int minute) const
    {
        return QDateTime(m_today.addDays(-daysAgo), QTime(hour, minute), m_zone).toMSecsSinceEpoch();
    }

    // A step of the history at a time of day; steps run in time order whatever order they were added in.
    void add(int daysAgo, int hour, int minute, std::function<bool()> step)
    {
        m_steps.append({at(daysAgo, hour, minute), m_steps.size(), std::move(step)});
    }

    bool customerEvent(const QString &type, const QString &customerId, const QString &actor, const QJsonObject &p)
    {
        const auto written = m_store.append({type, customerId, actor, p});
        if (!written) {
            m_error = written.error();
            return false;
        }
        if (written->at != m_clock.utcMs()) {
            m_error = StoreError::InvalidEvent; // the store does not stamp its events with this clock
            return false;
        }
        ++m_written;
        return true;
    }

    // S2: an appointment agreed with the customer beforehand.
    bool appointment(const QString &customerId, const QString &rep, const QString &appointmentId, qint64 scheduledAt)
    {
        return customerEvent(EventType::AppointmentRecorded, customerId, rep,
            {{QStringLiteral("appointmentId"), appointmentId}, {QStringLiteral("scheduledAt"), scheduledAt}});
    }

    // S2: the appointment two days before, then the visit from its start to its end around `during`.
    void visit(const QString &customerId, const QString &rep, int daysAgo, int hour, int minute, int minutes,
        const std::function<bool()> &during)
    {
        const QString visitId = customerId + QStringLiteral("-visit-") + QString::number(daysAgo);
        const QString appointmentId = customerId + QStringLiteral("-appt-") + QString::number(daysAgo);
        const qint64 start = at(daysAgo, hour, minute);
        add(daysAgo + 2, 17, 20, [=, this] { return appointment(customerId, rep, appointmentId, start); });
        add(daysAgo, hour, minute, [=, this] {
            if (!customerEvent(EventType::VisitStarted, customerId, rep,
                    {{QStringLiteral("visitId"), visitId}, {QStringLiteral("appointmentId"), appointmentId},
                        {QStringLiteral("outOfHoursReason"), QStringLiteral("none")}}))
                return false;
            m_clock.advance(5 * MsPerMinute);
            if (!during())
                return false;
            m_clock.moveTo(start + minutes * MsPerMinute);
            return customerEvent(EventType::VisitEnded, customerId, rep,
                {{QStringLiteral("visitId"), visitId},
                    {QStringLiteral("elapsedMinutes"), (m_clock.utcMs() - start) / MsPerMinute}});
        });
    }

    bool run()
    {
        std::stable_sort(m_steps.begin(), m_steps.end(),
            [](const Step &a, const Step &b) { return a.at != b.at ? a.at < b.at : a.order < b.order; });
        for (const Step &s : std::as_const(m_steps)) {
            m_clock.moveTo(s.at);
            if (!s.run())
                return false;
        }
        return true;
    }

    int written() const { return m_written; }
    StoreError error() const { return m_error; }

private:
    struct Step {
        qint64 at;
        qsizetype order;
        std::function<bool()> run;
    };
    Store &m_store;
    DemoClock &m_clock;
    QTimeZone m_zone;
    QDate m_today;
    QList<Step> m_steps;
    int m_written = 0;
    StoreError m_error = StoreError::None;
};

} // namespace

Result<int, StoreError> seedDemoContracts(
    Store &store, const QString &userId, const QString &installerId, DemoClock &clock)
{
    using R = Result<int, StoreError>;
    if (!store.projectionsOfKind(QStringLiteral("contract")).isEmpty())
        return 0;
    ContentLibrary content;
    content.loadBuiltIn();
    const ContentPack *crm = content.byId(QStringLiteral("crm-standard"));
    const ContentPack *web = content.byId(QStringLiteral("web-marketing"));
    if (crm == nullptr || web == nullptr)
        return R::failure(StoreError::IoError);

    QMap<QString, Customer> customers; // the demo customers screening allowed
    for (const AggregateState &c : store.projectionsOfKind(QStringLiteral("customer"))) {
        const QJsonObject &s = c.state;
        const QString screening = s.value(QStringLiteral("screening")).toString();
        if (screening != QLatin1String("allowed") && screening != QLatin1String("allowed_with_conditions"))
            continue;
        const QString id = s.value(QStringLiteral("id")).toString();
        customers.insert(id,
            {id, s.value(QStringLiteral("name")).toString(), screening,
                static_cast<int>(s.value(QStringLiteral("itLiteracy")).toInteger())});
    }

    const Policy policy;
    const QDate today = companyDate(policy, clock.utcMs());
    DemoHistory history(store, clock, policy.zone(), today);
    std::vector<std::unique_ptr<ContractScript>> scripts; // live until the history has run
    auto contract = [&](const char *customer, const ContentPack &pack) -> ContractScript * {
        const QString id = QLatin1String(customer);
        if (!customers.contains(id))
            return nullptr;
        scripts.push_back(
            std::make_unique<ContractScript>(store, clock, pack, QStringLiteral("demo-k") + id.right(2), id, userId));
        return scripts.back().get();
    };
    auto customerOf = [&](const ContractScript *k) { return customers.value(k->customerId()); };
    // S3 at 4 minutes an item, signed and concluded (M1), inside a visit (S2) that lasts 105 minutes.
    auto concludeOn = [&](ContractScript *k, int daysAgo, int hour) {
        const Customer c = customerOf(k);
        history.visit(c.id, userId, daysAgo, hour, 0, 105, [=, &policy, &userId] {
            return k->open(c.screening).explainAll(4 * MsPerMinute).sign(c.name, userId).conclude(policy).ok();
        });
    };
    auto step = [&](ContractScript *k, int daysAgo, int hour, int minute, std::function<void(ContractScript &)> f) {
        history.add(daysAgo, hour, minute, [k, f] {
            f(*k);
            return k->ok();
        });
    };
    // D1: about 3 h 25 min of running time over two sessions with a lunch break between (D2: every item
    // taught and understood), then the customer signs the delivery confirmation.
    auto lectureOn = [&](ContractScript *k, int daysAgo) {
        const Customer c = customerOf(k);
        const LectureLevel level = lectureLevelFor(c.itLiteracy);
        step(k, daysAgo, 9, 30, [=, &installerId](ContractScript &s) {
            s.startLecture(installerId, level);
            const auto count = lectureItemsFor(s.pack(), level).size();
            s.teach(static_cast<int>(count / 2), std::max<qint64>(5 * MsPerMinute, 205 * MsPerMinute / count));
            s.pauseLecture();
        });
        step(k, daysAgo, 13, 0, [=](ContractScript &s) {
            const auto count = lectureItemsFor(s.pack(), level).size();
            s.resumeLecture().teachAll(std::max<qint64>(5 * MsPerMinute, 205 * MsPerMinute / count));
            s.signDelivery(c.name);
        });
    };
    // 吉田: started after three clean calls (M2) and a 15-day trial with use confirmed (D3).
    if (ContractScript *k = contract("demo-c10", *crm)) {
        concludeOn(k, 46, 10);
        step(k, 44, 11, 0, [](ContractScript &s) { s.call(QStringLiteral("C1"), DemoCall::Clean); });
        lectureOn(k, 40);
        step(k, 38, 15, 0, [](ContractScript &s) { s.call(QStringLiteral("C2"), DemoCall::Clean); });
        step(k, 37, 10, 0, [](ContractScript &s) { s.startTrial(); });
        step(k, 22, 14, 0, [](ContractScript &s) { s.confirmUsage(); });
        step(k, 21, 11, 0, [](ContractScript &s) {
            s.call(QStringLiteral("C3"), DemoCall::Clean, QStringLiteral("毎朝の予約確認に使っているとのこと"));
        });
        step(k, 20, 10, 0, [](ContractScript &s) { s.start(); });
    }
    // 小林: delivered, C2 clean, in the trial period (D3) until 5 days from today.
    if (ContractScript *k = contract("demo-c08", *crm)) {
        concludeOn(k, 21, 14);
        step(k, 19, 10, 30, [](ContractScript &s) { s.call(QStringLiteral("C1"), DemoCall::Clean); });
        lectureOn(k, 11);
        step(k, 10, 15, 30, [](ContractScript &s) { s.call(QStringLiteral("C2"), DemoCall::Clean); });
        step(k, 9, 10, 0, [](ContractScript &s) { s.startTrial(); });
    }
    // 渡辺: the C1 call found a problem (S2), head office resolved it, the repeated C1 was clean: ready for
    // the delivery lecture.
    if (ContractScript *k = contract("demo-c05", *crm)) {
        concludeOn(k, 12, 10);
        step(k, 10, 11, 0, [](ContractScript &s) {
            s.call(QStringLiteral("C1"), DemoCall::ConductProblem,
                QStringLiteral("訪問が予定より長く感じたとのお申し出あり。販売店へ確認します。"));
        });
        step(k, 9, 16, 0, [](ContractScript &s) {
            s.resolveHold(QStringLiteral(
                "販売店責任者が訪問記録（95分・規定内）を確認し、お客様へご説明のうえご了承いただきました。"));
        });
        step(k, 8, 10, 30, [](ContractScript &s) { s.call(QStringLiteral("C1"), DemoCall::Clean); });
    }
    // 山本: the delivery lecture started yesterday and was paused after about 1 h 40 min, to go on today.
    if (ContractScript *k = contract("demo-c06", *web)) {
        concludeOn(k, 15, 13);
        step(k, 13, 14, 0, [](ContractScript &s) { s.call(QStringLiteral("C1"), DemoCall::Clean); });
        const LectureLevel level = lectureLevelFor(customerOf(k).itLiteracy);
        step(k, 1, 13, 0, [=, &installerId](ContractScript &s) {
            s.startLecture(installerId, level).teach(14, 7 * MsPerMinute).pauseLecture();
        });
    }
    // 高橋: concluded 3 days ago, in cooling-off (P3); head office could not reach her for C1 yet.
    if (ContractScript *k = contract("demo-c03", *web)) {
        concludeOn(k, 3, 10);
        step(k, 1, 17, 0, [](ContractScript &s) {
            s.call(QStringLiteral("C1"), DemoCall::NotReached,
                QStringLiteral("ご不在のため、翌営業日に再度お電話します。"));
        });
    }
    // 加藤: cancelled during cooling-off (P3), with his signature, at a visit two days ago.
    if (ContractScript *k = contract("demo-c09", *web)) {
        concludeOn(k, 6, 15);
        step(k, 5, 10, 0, [](ContractScript &s) { s.call(QStringLiteral("C1"), DemoCall::Clean); });
        const Customer c = customerOf(k);
        history.visit(c.id, userId, 2, 11, 0, 30, [k, c, &userId] {
            return k->cancel(userId, c.name, QStringLiteral("社内で検討した結果、今回は導入を見送ることにしました。"))
                .ok();
        });
    }
    // Today's appointments (S2: agreed beforehand), unless the customer already has one today (seedDemoData
    // books some itself).
    auto appointmentToday = [&](const QString &customerId, int recordedDaysAgo, int hour, int minute) {
        if (!customers.contains(customerId) || !VisitHistory::load(store, customerId).on(policy, today).isEmpty())
            return;
        const qint64 scheduled = QDateTime(today, QTime(hour, minute), policy.zone()).toMSecsSinceEpoch();
        history.add(recordedDaysAgo, 17, 40, [&history, customerId, &userId, scheduled] {
            return history.appointment(customerId, userId, customerId + QStringLiteral("-appt-today"), scheduled);
        });
    };
    // 伊藤: the walkthrough stopped after 7 of 16 items yesterday, at her request; it goes on at today's
    // appointment.
    if (ContractScript *k = contract("demo-c01", *crm)) {
        const Customer c = customerOf(k);
        history.visit(
            c.id, userId, 1, 15, 0, 50, [k, c] { return k->open(c.screening).explain(7, 4 * MsPerMinute).ok(); });
        appointmentToday(c.id, 1, 15, 0);
    }
    // 中村: a first sales visit today.
    appointmentToday(QStringLiteral("demo-c07"), 2, 10, 30);
    clock.beginHistory(history.at(60, 9, 0));
    const bool done = history.run();
    clock.endHistory();
    int written = history.written();
    for (const auto &k : scripts)
        written += k->written();
    if (!done) {
        for (const auto &k : scripts)
            if (!k->ok())
                qWarning(
                    "kakunin: demo contract %s refused: %s", qPrintable(k->contractId()), qPrintable(k->failure()));
        return R::failure(history.error() != StoreError::None ? history.error() : StoreError::InvalidEvent);
    }
    return written;
}

} // namespace kakunin
