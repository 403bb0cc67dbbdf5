#include "customerdetail.h"

#include "appsession.h"
#include "customertext.h"
#include "visithistory.h"

#include <core/domain/eventcatalog.h>
#include <core/domain/lifecycle.h>
#include <store/store.h>

#include <QJsonArray>

#include <algorithm>

namespace kakunin {

namespace {

constexpr int AllEvents = 100'000;

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QStringList codes(const QString &commaSeparated)
{
    return commaSeparated.split(QLatin1Char(','), Qt::SkipEmptyParts);
}

} // namespace

CustomerDetail::CustomerDetail(QObject *parent) : QObject(parent) { }

void CustomerDetail::setSession(AppSession *session)
{
    if (session == m_session)
        return;
    if (m_session != nullptr)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session != nullptr) {
        // Contract events name the contract, not the customer: any write may change what is shown here.
        connect(m_session, &AppSession::recorded, this, &CustomerDetail::reload);
        connect(m_session, &AppSession::stageChanged, this, &CustomerDetail::reload);
        connect(m_session, &AppSession::userChanged, this, &CustomerDetail::reload);
        connect(m_session, &AppSession::languageChanged, this, &CustomerDetail::reload);
    }
    emit sessionChanged();
    reload();
}

void CustomerDetail::setCustomerId(const QString &id)
{
    if (id == m_customerId)
        return;
    m_customerId = id;
    emit customerIdChanged();
    reload();
}

bool CustomerDetail::salesRep() const
{
    return m_session != nullptr && m_session->salesRep();
}

void CustomerDetail::reload()
{
    m_found = m_exists = false;
    m_name.clear();
    m_reading.clear();
    m_business.clear();
    m_representative.clear();
    m_phone.clear();
    m_address.clear();
    m_registeredText.clear();
    m_hasProfile = false;
    m_itLiteracy = 0;
    m_screening.clear();
    m_screenedText.clear();
    m_refusalReasons.clear();
    m_conditions.clear();
    m_unusedApprovals = 0;
    m_appointmentText.clear();
    m_coolDownText.clear();
    m_visitInProgress = false;

    const Store *store = m_session != nullptr ? m_session->store() : nullptr;
    const auto projection
        = store != nullptr && !m_customerId.isEmpty() ? store->projection(m_customerId) : std::nullopt;
    if (projection && projection->kind == QLatin1String("customer")) {
        const QJsonObject &s = projection->state;
        m_exists = true;
        // P4: a rep sees only their own customers.
        m_found = str(s, "registeredBy") == m_session->userId();
    }
    if (m_found) {
        const QJsonObject &s = projection->state;
        const Policy &policy = m_session->policy();
        const qint64 now = m_session->clock().utcMs();
        m_name = str(s, "name");
        m_reading = str(s, "reading");
        m_business = str(s, "business");
        m_representative = str(s, "representative");
        m_phone = str(s, "phone");
        m_address = str(s, "address");
        m_registeredText
            = tr("Registered %1").arg(customertext::date(policy, s.value(QStringLiteral("registeredAt")).toInteger()));
        m_hasProfile = s.contains(QLatin1String("profile"));
        m_itLiteracy = static_cast<int>(s.value(QStringLiteral("itLiteracy")).toInteger());
        m_screening = str(s, "screening");

        QList<Event> events = store->latestEvents(m_customerId, AllEvents); // newest first
        const auto screening = std::find_if(
            events.cbegin(), events.cend(), [](const Event &e) { return e.type == EventType::ScreeningRecorded; });
        if (screening != events.cend()) {
            const int age = static_cast<int>(screening->payload.value(QStringLiteral("age")).toInteger());
            for (const QString &c : codes(screening->payload.value(QStringLiteral("refusals")).toString()))
                m_refusalReasons.append(customertext::screeningReasonText(c, age, policy));
            for (const QString &c : codes(screening->payload.value(QStringLiteral("conditions")).toString()))
                m_conditions.append(customertext::screeningReasonText(c, age, policy));
            m_screenedText = tr("Screened %1").arg(customertext::date(policy, screening->at));
        }

        std::reverse(events.begin(), events.end());
        const VisitHistory visits = VisitHistory::fromEvents(events);
        m_visitInProgress = visits.openVisit() != nullptr;
        const QList<Appointment> upcoming = visits.upcoming(policy, now);
        if (!upcoming.isEmpty())
            m_appointmentText
                = tr("Next appointment: %1").arg(customertext::dayTime(policy, upcoming.first().scheduledAtUtc, now));
        if (visits.lastDeclinedAt && now < coolDownEndsUtc(policy, *visits.lastDeclinedAt))
            m_coolDownText = tr("The customer declined on %1. No sales visit until %2 (%n day(s) of cool-down).",
                nullptr, policy.declinedCooldownDays)
                                 .arg(customertext::date(policy, *visits.lastDeclinedAt),
                                     customertext::date(policy, coolDownEndsUtc(policy, *visits.lastDeclinedAt)));

        // P4: approvals of head office not yet cited by a contract.
        QStringList used;
        for (const AggregateState &c : store->projectionsOfKind(QStringLiteral("contract")))
            if (str(c.state, "customerId") == m_customerId)
                used.append(str(c.state, "approvalId"));
        for (const QJsonValue &a : s.value(QStringLiteral("approvals")).toArray())
            m_unusedApprovals += used.contains(a.toString()) ? 0 : 1;
    }
    m_contracts.setSource(m_found ? m_session : nullptr, m_customerId);
    emit changed();
}

QString CustomerDetail::itLiteracyText() const
{
    return customertext::itLiteracyText(m_itLiteracy);
}

QString CustomerDetail::screeningText() const
{
    return customertext::screeningOutcomeText(m_screening);
}

bool CustomerDetail::canEdit() const
{
    return m_found && salesRep();
}

bool CustomerDetail::canVisit() const
{
    return m_found && salesRep() && !refused();
}

bool CustomerDetail::canExplain() const
{
    return m_found && salesRep() && screened() && !refused();
}

QString CustomerDetail::blockedText() const
{
    if (m_session == nullptr || m_session->store() == nullptr)
        return {};
    if (!m_exists)
        return tr("This customer is not on this tablet.");
    if (!m_found)
        return tr("This customer is not one of yours.");
    if (refused())
        return tr("The screening refused this prospect: no visit, explanation or contract is possible. "
                  "The reasons are recorded for head office.");
    if (!salesRep())
        return tr("Only the sales representative visits and explains.");
    if (!screened())
        return tr("The important matters can be explained once the profile sheet is filled in and screened.");
    return {};
}

QString CustomerDetail::nextStepText() const
{
    if (!m_found || refused() || !salesRep())
        return {};
    if (!m_hasProfile)
        return tr("Next: fill in the profile sheet with the representative.");
    if (!screened())
        return tr("Next: record the screening.");
    if (m_visitInProgress)
        return tr("A visit is in progress.");
    if (m_contracts.count() == 0)
        return tr("Next: explain the important matters on a visit.");
    return {};
}

QString CustomerDetail::successiveSaleText() const
{
    if (!m_found || refused() || m_contracts.liveCount() == 0)
        return {};
    if (m_unusedApprovals > 0)
        return tr("This customer has a live contract. Head office approved one more contract.");
    return tr("This customer has a live contract. Another contract needs head office approval first.");
}

QVariantList CustomerDetail::products() const
{
    QVariantList l;
    if (m_session == nullptr)
        return l;
    const QString language = m_session->language();
    for (const ContentPack &pack : m_session->content().packs())
        l.append(QVariantMap {
            {QStringLiteral("code"), pack.productCode}, {QStringLiteral("name"), pack.productName.in(language)}});
    return l;
}

} // namespace kakunin
