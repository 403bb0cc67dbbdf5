#pragma once

#include <core/content/contentpack.h>
#include <core/domain/lifecycle.h>

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QTimeZone>

namespace kakunin {

// A contract's facts in words, in the user's language: stages, events, calls, cancellation kinds and the
// lifecycle's refusals. Core decides; this only says what it decided.
class TimelineText {
    Q_DECLARE_TR_FUNCTIONS(TimelineText)

public:
    // `lang` is the UI's language ("ja" or "en", AppSession::language): content-pack texts and weekday names
    // follow it.

    // The zone a contract's days are counted in: the one frozen at its conclusion, else the company's.
    static QTimeZone zone(const QString &frozen, const QTimeZone &company);

    // Dates and times as a Japanese tablet shows them, in `zone` (the company's time zone).
    static QString date(qint64 utcMs, const QTimeZone &zone, const QString &lang); // 2026/12/06 (Sat)
    static QString shortDate(qint64 utcMs, const QTimeZone &zone, const QString &lang); // 12/6 (Sat)
    static QString dateTime(qint64 utcMs, const QTimeZone &zone); // 2026/12/06 14:05
    static QString time(qint64 utcMs, const QTimeZone &zone); // 14:05

    // The contract's stage as a headline; `lectureStarted` tells a lecture in progress from one to start.
    static QString stage(ContractStage stage, bool lectureStarted);
    // P3: days left until the last cooling-off day (0 on that day, -1 after the deadline), and in words:
    // "Cooling-off until 12/6 (Sat) (3 days left)".
    static int daysLeft(qint64 deadlineUtc, qint64 nowUtc, const QTimeZone &zone);
    static QString coolingOff(qint64 deadlineUtc, qint64 nowUtc, const QTimeZone &zone, const QString &lang);
    // What happens next for the contract, and who does it.
    static QString nextStep(const ContractState &state);
    static QString cancellationKindTitle(CancellationKind kind);
    // What cancelling now means for the customer (P3).
    static QString cancellationKindExplanation(CancellationKind kind, const QString &costDate);
    // Why core refused (lifecycle error) in words.
    static QString refusal(LifecycleError error);
    // The problems a confirmation call found (M2), e.g. "conduct not as agreed (S2)"; empty when none.
    static QString callProblems(const QJsonObject &callPayload);

    // An event of the contract: title and a one-line detail; `pack` (may be null) names items and products.
    // `before` is the contract as it was just before the event.
    static QString eventTitle(const Event &event);
    static QString eventDetail(const Event &event, const ContractState &before, const ContentPack *pack,
        const QTimeZone &zone, const QString &lang);
    static QString duration(qint64 ms); // "3 h 25 min", "40 min"
    static QString productName(const ContentPack *pack, const QString &productCode, const QString &lang);
    // Who did it: "You", "Head office (ho-caller-01)", "Installer (inst-001)", …
    static QString actor(const QString &actor, const QString &type, const ContractState &state, const QString &me);
};

} // namespace kakunin
