#include "timelinetext.h"

#include <core/domain/eventcatalog.h>
#include <core/domain/lecture.h>

#include <QDateTime>
#include <QLocale>

namespace kakunin {
namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

qint64 num(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toInteger();
}

QLocale uiLocale(const QString &lang)
{
    return lang == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedStates)
                                       : QLocale(QLocale::Japanese, QLocale::Japan);
}

QDateTime local(qint64 utcMs, const QTimeZone &zone)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, zone.isValid() ? zone : QTimeZone("Asia/Tokyo"));
}

const ImportantMatter *matterOf(const ContentPack *pack, const QString &id)
{
    if (pack != nullptr)
        for (const ImportantMatter &m : pack->importantMatters)
            if (m.id == id)
                return &m;
    return nullptr;
}

const LectureItem *lectureItemOf(const ContentPack *pack, const QString &id)
{
    if (pack != nullptr)
        for (const LectureCategory &c : pack->lecture)
            for (const LectureItem &i : c.items)
                if (i.id == id)
                    return &i;
    return nullptr;
}

QString joined(const QStringList &parts)
{
    QStringList kept;
    for (const QString &p : parts)
        if (!p.trimmed().isEmpty())
            kept.append(p.trimmed());
    return kept.join(QStringLiteral(" · "));
}

} // namespace

QTimeZone TimelineText::zone(const QString &frozen, const QTimeZone &company)
{
    // QTimeZone of an empty id is not reliably invalid: ask for the id only when there is one.
    if (!frozen.isEmpty())
        if (const QTimeZone z(frozen.toUtf8()); z.isValid())
            return z;
    return company.isValid() ? company : QTimeZone("Asia/Tokyo");
}

QString TimelineText::date(qint64 utcMs, const QTimeZone &zone, const QString &lang)
{
    return uiLocale(lang).toString(local(utcMs, zone).date(), QStringLiteral("yyyy/MM/dd (ddd)"));
}

QString TimelineText::shortDate(qint64 utcMs, const QTimeZone &zone, const QString &lang)
{
    return uiLocale(lang).toString(local(utcMs, zone).date(), QStringLiteral("M/d (ddd)"));
}

QString TimelineText::dateTime(qint64 utcMs, const QTimeZone &zone)
{
    return local(utcMs, zone).toString(QStringLiteral("yyyy/MM/dd HH:mm"));
}

QString TimelineText::time(qint64 utcMs, const QTimeZone &zone)
{
    return local(utcMs, zone).toString(QStringLiteral("HH:mm"));
}

QString TimelineText::duration(qint64 ms)
{
    const qint64 minutes = ms / MsPerMinute;
    if (minutes < 60)
        return tr("%n min", nullptr, static_cast<int>(minutes));
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

QString TimelineText::productName(const ContentPack *pack, const QString &productCode, const QString &lang)
{
    return pack != nullptr ? pack->productName.in(lang) : productCode;
}

QString TimelineText::stage(ContractStage stage, bool lectureStarted)
{
    switch (stage) {
    case ContractStage::None:
        return tr("No contract");
    case ContractStage::Explaining:
        return tr("Explaining the important matters");
    case ContractStage::Contracted:
        return tr("Concluded: waiting for the first confirmation call (C1)");
    case ContractStage::C1Cleared:
        return lectureStarted ? tr("Delivery lecture in progress") : tr("Ready for the delivery lecture");
    case ContractStage::Delivered:
        return tr("Delivered: waiting for the second confirmation call (C2)");
    case ContractStage::C2Cleared:
        return tr("C2 clean: the trial period starts next");
    case ContractStage::InTrial:
        return tr("In the trial period");
    case ContractStage::UsageConfirmed:
        return tr("Use confirmed: waiting for the inspection call (C3)");
    case ContractStage::C3Cleared:
        return tr("All three calls clean: head office decides the start");
    case ContractStage::Started:
        return tr("Started");
    case ContractStage::FollowUp:
        return tr("Started: in follow-up");
    case ContractStage::Cancelled:
        return tr("Cancelled");
    case ContractStage::CreditCancelled:
        return tr("Credit contract cancelled");
    }
    return {};
}

int TimelineText::daysLeft(qint64 deadlineUtc, qint64 nowUtc, const QTimeZone &zone)
{
    if (deadlineUtc <= 0 || nowUtc > deadlineUtc)
        return -1;
    return static_cast<int>(localDate(zone, nowUtc).daysTo(localDate(zone, deadlineUtc)));
}

QString TimelineText::coolingOff(qint64 deadlineUtc, qint64 nowUtc, const QTimeZone &zone, const QString &lang)
{
    if (deadlineUtc <= 0)
        return tr("Cooling-off starts when the contract is concluded.");
    const int left = daysLeft(deadlineUtc, nowUtc, zone);
    if (left < 0)
        return tr("Cooling-off ended on %1").arg(shortDate(deadlineUtc, zone, lang));
    if (left == 0)
        return tr("Cooling-off until %1 (last day today)").arg(shortDate(deadlineUtc, zone, lang));
    return tr("Cooling-off until %1 (%n day(s) left)", nullptr, left).arg(shortDate(deadlineUtc, zone, lang));
}

QString TimelineText::nextStep(const ContractState &s)
{
    if (s.terminated())
        return tr("Nothing more: the contract has ended.");
    if (s.disputed)
        return tr("Head office works on the dispute; the contract waits until it is settled.");
    if (s.onHold)
        return tr("Head office resolves the problem the %1 call found, then calls again.").arg(s.holdStage);
    switch (s.stage) {
    case ContractStage::None:
        return {};
    case ContractStage::Explaining:
        return tr("Continue the explanation: %1 of %2 items confirmed.").arg(s.confirmed).arg(s.itemCount);
    case ContractStage::Contracted:
        return tr("Head office makes the first confirmation call (C1).");
    case ContractStage::C1Cleared:
        return s.lectureState != 0 ? tr("The installer continues the delivery lecture: %1 of %2 items taught.")
                                         .arg(s.taught.size())
                                         .arg(s.lectureItemCount)
                                   : tr("The installer gives the delivery lecture at the customer's site.");
    case ContractStage::Delivered:
        return tr("Head office makes the second confirmation call (C2).");
    case ContractStage::C2Cleared:
        return tr("The trial period starts.");
    case ContractStage::InTrial:
        return tr("The customer uses the product; after the trial, head office asks for the confirmation of use.");
    case ContractStage::UsageConfirmed:
        return tr("Head office makes the inspection call (C3).");
    case ContractStage::C3Cleared:
        return tr("Head office decides the start.");
    case ContractStage::Started:
    case ContractStage::FollowUp:
        return tr("Follow-up: head office watches the use and offers a free re-lecture when needed (P5).");
    case ContractStage::Cancelled:
    case ContractStage::CreditCancelled:
        break;
    }
    return {};
}

QString TimelineText::cancellationKindTitle(CancellationKind kind)
{
    switch (kind) {
    case CancellationKind::CoolingOff:
        return tr("Cooling-off: free of charge");
    case CancellationKind::FreeNoCost:
        return tr("Free: no cost incurred yet");
    case CancellationKind::WithCost:
        return tr("With cost");
    case CancellationKind::None:
        break;
    }
    return tr("Not possible now");
}

QString TimelineText::cancellationKindExplanation(CancellationKind kind, const QString &costDate)
{
    switch (kind) {
    case CancellationKind::CoolingOff:
        return tr("The customer is within the cooling-off period: the contract can be cancelled free of charge, "
                  "without giving a reason.");
    case CancellationKind::FreeNoCost:
        return tr("The cooling-off period has ended. Cancelling is still free, because head office has not placed "
                  "an order with cost yet.");
    case CancellationKind::WithCost:
        return tr("The cooling-off period has ended and head office placed an order with cost on %1. The customer "
                  "may have to bear that cost.")
            .arg(costDate);
    case CancellationKind::None:
        break;
    }
    return {};
}

QString TimelineText::refusal(LifecycleError error)
{
    switch (error) {
    case LifecycleError::None:
        return {};
    case LifecycleError::Terminated:
        return tr("This contract has already ended (cancelled or credit contract cancelled). Nothing more can be "
                  "recorded for it.");
    case LifecycleError::WrongStage:
        return tr("This is not possible at the contract's current stage.");
    case LifecycleError::OnHold:
        return tr("The contract is on hold until head office resolves the problem a call found.");
    case LifecycleError::Disputed:
        return tr("The contract makes no progress while a dispute is open.");
    case LifecycleError::CallOutOfOrder:
        return tr("The call does not fit the contract's stage.");
    case LifecycleError::CallerIsSalesRep:
        return tr("Confirmation calls are made without the sales rep (M2).");
    case LifecycleError::CallerIsInstaller:
        return tr("The inspection call (C3) is made by someone other than the installer (M2).");
    case LifecycleError::LectureBelowMinimum:
        return tr("The lecture is shorter than the minimum time (D1).");
    case LifecycleError::LectureItemsOpen:
        return tr("Some lecture items are not taught or not understood yet (D2).");
    case LifecycleError::TrialNotElapsed:
        return tr("The trial period has not ended yet (D3).");
    case LifecycleError::ProductNeverUsed:
        return tr("A product that was never used cannot start (D3).");
    case LifecycleError::ContentMismatch:
        return tr("The signature does not cover the content that was shown.");
    default:
        break;
    }
    return tr("Refused by the rules (%1).").arg(QLatin1String(lifecycleErrorName(error)));
}

QString TimelineText::callProblems(const QJsonObject &p)
{
    const QString stage = str(p, "stage");
    QStringList problems;
    if (num(p, "guaranteeMentioned") == 1)
        problems.append(tr("a guarantee of results was mentioned (S1)"));
    if (num(p, "conductOk") != 1)
        problems.append(tr("the sales conduct was not as agreed (S2)"));
    if (stage != QLatin1String("C1") && num(p, "lectureOk") != 1)
        problems.append(tr("the lecture was not as required (D1, D2)"));
    if (stage == QLatin1String("C3") && num(p, "productUsed") != 1)
        problems.append(tr("the product was not used (D3)"));
    return problems.join(QStringLiteral(", "));
}

QString TimelineText::eventTitle(const Event &e)
{
    const QString &t = e.type;
    const QJsonObject &p = e.payload;
    if (t == EventType::MattersOpened)
        return tr("Explanation of the important matters started");
    if (t == EventType::MattersItemShown)
        return tr("Item explained");
    if (t == EventType::MattersItemConfirmed)
        return tr("Item confirmed by the customer");
    if (t == EventType::MattersNoGuaranteeAttested)
        return tr("Rep attested that no guarantee was given (S1)");
    if (t == EventType::MattersSigned) {
        const QString signer = str(p, "signer");
        if (signer == QLatin1String("customer"))
            return tr("Important matters signed by the customer");
        if (signer == QLatin1String("successor"))
            return tr("Important matters signed by the successor");
        return tr("Important matters signed by the sales rep");
    }
    if (t == EventType::ContractConcluded)
        return tr("Contract concluded");
    if (t == EventType::CallRecorded)
        return tr("Confirmation call %1").arg(str(p, "stage"));
    if (t == EventType::HoldResolved)
        return tr("Hold resolved by head office");
    if (t == EventType::LectureStarted)
        return tr("Delivery lecture started");
    if (t == EventType::LecturePaused)
        return tr("Lecture paused");
    if (t == EventType::LectureResumed)
        return tr("Lecture resumed");
    if (t == EventType::LectureItemTaught)
        return tr("Lecture item taught");
    if (t == EventType::LectureItemUnderstood)
        return tr("Lecture item understood by the customer");
    if (t == EventType::DeliverySigned)
        return tr("Delivery confirmation signed by the customer");
    if (t == EventType::TrialStarted)
        return tr("Trial period started");
    if (t == EventType::UsageConfirmed)
        return tr("Use confirmed by the customer");
    if (t == EventType::ContractStarted)
        return tr("Contract started");
    if (t == EventType::FollowUpRecorded)
        return tr("Follow-up");
    if (t == EventType::UsageReported)
        return tr("Use reported");
    if (t == EventType::CostRecorded)
        return tr("Order with cost placed");
    if (t == EventType::ContractCancelled)
        return tr("Contract cancelled");
    if (t == EventType::DisputeOpened)
        return tr("Dispute opened");
    if (t == EventType::DisputeResolved)
        return tr("Dispute resolved");
    if (t == EventType::CreditCancelled)
        return tr("Credit contract cancelled (P6)");
    return t;
}

QString TimelineText::eventDetail(
    const Event &e, const ContractState &before, const ContentPack *pack, const QTimeZone &zone, const QString &lang)
{
    const QString &t = e.type;
    const QJsonObject &p = e.payload;
    if (t == EventType::MattersOpened)
        return joined({productName(pack, str(p, "productCode"), lang),
            tr("%n item(s)", nullptr, static_cast<int>(num(p, "itemCount"))),
            tr("content version %1").arg(str(p, "packVersion"))});
    if (t == EventType::MattersItemShown || t == EventType::MattersItemConfirmed) {
        const ImportantMatter *m = matterOf(pack, str(p, "itemId"));
        return tr("%1 of %2: %3")
            .arg(num(p, "index") + 1)
            .arg(before.itemCount)
            .arg(m != nullptr ? m->title.in(lang) : str(p, "itemId"));
    }
    if (t == EventType::MattersSigned) {
        const QString seal = str(p, "seal");
        return joined({str(p, "signerName"),
            seal == QLatin1String("affixed_on_paper") ? tr("seal affixed on paper")
                : seal == QLatin1String("image")      ? tr("seal recorded as an image")
                                                      : QString()});
    }
    if (t == EventType::ContractConcluded)
        return tr("Cooling-off %1 days, trial %2 days, lecture at least %3")
            .arg(num(p, "coolingOffDays"))
            .arg(num(p, "trialDays"))
            .arg(duration(num(p, "lectureMinimumMinutes") * MsPerMinute));
    if (t == EventType::CallRecorded) {
        QString result;
        if (num(p, "reached") != 1)
            result = tr("Not reached: head office will call again");
        else if (const QString problems = callProblems(p); !problems.isEmpty())
            result = tr("Problem found: %1. The contract is on hold.").arg(problems);
        else
            result = tr("No problem found");
        return joined({result, str(p, "note")});
    }
    if (t == EventType::HoldResolved || t == EventType::DisputeResolved)
        return str(p, "resolution");
    if (t == EventType::LectureStarted)
        return joined({str(p, "level") == QLatin1String("extended") ? tr("Extended lecture") : tr("Standard lecture"),
            tr("%n item(s)", nullptr, static_cast<int>(num(p, "itemCount")))});
    if (t == EventType::LecturePaused) {
        const LectureClock clock = LectureClock::restore(static_cast<LectureClock::State>(before.lectureState),
            before.lectureClosedMs, before.lectureSegMono, before.lectureSegBoot);
        return tr("%1 of lecture so far").arg(duration(clock.runningMs(e.mono, e.boot)));
    }
    if (t == EventType::LectureItemTaught || t == EventType::LectureItemUnderstood) {
        const LectureItem *i = lectureItemOf(pack, str(p, "itemId"));
        return i != nullptr ? i->text.in(lang) : str(p, "itemId");
    }
    if (t == EventType::DeliverySigned)
        return joined({str(p, "signerName"),
            tr("%1 of lecture")
                .arg(duration(LectureClock::restore(static_cast<LectureClock::State>(before.lectureState),
                    before.lectureClosedMs, before.lectureSegMono, before.lectureSegBoot)
                                  .runningMs(e.mono, e.boot)))});
    if (t == EventType::TrialStarted)
        return tr("%n day(s), until %1", nullptr, before.trialDays)
            .arg(shortDate(e.at + before.trialDays * MsPerDay, zone, lang));
    if (t == EventType::UsageConfirmed)
        return num(p, "used") == 1 && num(p, "noDefects") == 1 && num(p, "mayStart") == 1
            ? tr("Used, no defects, agrees to the start")
            : QString();
    if (t == EventType::FollowUpRecorded) {
        const QString kind = str(p, "kind");
        return joined({kind == QLatin1String("relecture")  ? tr("Free re-lecture (P5)")
                : kind == QLatin1String("lapsed_use_call") ? tr("Call about lapsed use (P5)")
                                                           : tr("Check"),
            str(p, "note")});
    }
    if (t == EventType::UsageReported)
        return tr("Last used on %1").arg(date(num(p, "lastUsedAt"), zone, lang));
    if (t == EventType::CostRecorded)
        return tr("Order %1 · ¥%2").arg(str(p, "orderRef"), uiLocale(lang).toString(num(p, "amountYen")));
    if (t == EventType::ContractCancelled)
        return joined({cancellationKindTitle(cancellationKindAt(before, e.at)),
            str(p, "signerName").isEmpty() ? tr("signed by the customer")
                                           : tr("signed by %1").arg(str(p, "signerName")),
            str(p, "reason")});
    if (t == EventType::DisputeOpened)
        return str(p, "disputeId");
    if (t == EventType::CreditCancelled)
        return tr("The credit company's advance-payment contract is cancelled; customer and dealer settle the sales "
                  "contract between them.");
    return {};
}

QString TimelineText::actor(const QString &actor, const QString &type, const ContractState &state, const QString &me)
{
    if (!me.isEmpty() && actor == me)
        return tr("You");
    if (actor == state.salesRep)
        return tr("Sales rep %1").arg(actor);
    if (actor == state.installer)
        return tr("Installer %1").arg(actor);
    if (const EventSpec *spec = eventSpec(type); spec != nullptr && spec->emitters.contains(Role::HeadOffice))
        return tr("Head office %1").arg(actor);
    return actor;
}

} // namespace kakunin
