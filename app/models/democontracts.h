#pragma once

#include <core/clock.h>
#include <core/content/contentpack.h>
#include <core/domain/lifecycle.h>
#include <core/evidence/signaturestrokes.h>
#include <core/result.h>
#include <store/storeerror.h>

#include <QString>

namespace kakunin {

class Store;

// Who the demo's head-office events are by. In production call results, usage confirmations and the start
// decision arrive from head office by sync; the demo records them on the tablet under these ids.
inline const QString DemoCaller = QStringLiteral("ho-caller-01"); // confirmation staff (M2)
inline const QString DemoAdmin = QStringLiteral("ho-admin-01"); // compliance admin: trial, use, start
inline const QString DemoInstaller = QStringLiteral("inst-001");

// The clock a demo store stamps its events with. It shows the base clock, except while a demo history is
// written: then it shows the history's time, which only moves forward, by hand. The demo's contracts need
// days (cooling-off, trial) and hours of lecture behind them, and the rules check those on the events' own
// times, so the history is written at the times it happened. Give it to the store (StoreOptions::clock)
// only in demo mode: a real tablet's store runs on the system clock.
class DemoClock final : public Clock {
public:
    explicit DemoClock(const Clock *base = nullptr); // null: the system clock
    qint64 utcMs() const override;
    qint64 monotonicMs() const override;
    QString bootId() const override;

    void beginHistory(qint64 utcMs);
    void moveTo(qint64 utcMs); // forward only; the monotonic clock moves with it
    void advance(qint64 ms);
    void endHistory();
    bool inHistory() const { return m_history; }

private:
    SystemClock m_system;
    const Clock *m_base;
    bool m_history = false;
    qint64 m_utc = 0;
    qint64 m_mono = 0;
};

// A call's outcome as the demo records it (M2).
enum class DemoCall { Clean, NotReached, ConductProblem, GuaranteeMentioned };

// Writes one contract's events into a store in the order and at the times a real tablet and head office
// would, one event at a time on `clock` (which must be the store's clock, in history mode). Every event goes
// through the store's projection, i.e. the real lifecycle: the script stops at the first one the rules
// refuse and says which (failure()). Used by the demo data set and by tests that need a contract's past.
class ContractScript {
public:
    ContractScript(Store &store, DemoClock &clock, const ContentPack &pack, QString contractId, QString customerId,
        QString salesRep);

    bool ok() const { return m_failure.isEmpty(); }
    QString failure() const { return m_failure; } // "<event type>: <lifecycle error>", empty while all is well
    int written() const { return m_written; }
    const QString &contractId() const { return m_contractId; }
    const QString &customerId() const { return m_customerId; }
    const ContentPack &pack() const { return m_pack; }
    ContractState state() const; // as the store projects it

    // S3, S1, M1: the walkthrough, one item shown and confirmed every `perItemMs`.
    ContractScript &open(const QString &screeningOutcome);
    ContractScript &explain(int items, qint64 perItemMs);
    ContractScript &explainAll(qint64 perItemMs);
    ContractScript &sign(const QString &customerName, const QString &repName);
    ContractScript &conclude(const Policy &policy);
    // M2: by DemoCaller.
    ContractScript &call(const QString &stage, DemoCall outcome, const QString &note = QString());
    ContractScript &resolveHold(const QString &resolution);
    // D1, D2: items taught and understood one after the other, `perItemMs` each.
    ContractScript &startLecture(const QString &installer, LectureLevel level);
    ContractScript &teach(int items, qint64 perItemMs);
    ContractScript &teachAll(qint64 perItemMs);
    ContractScript &pauseLecture();
    ContractScript &resumeLecture();
    ContractScript &signDelivery(const QString &customerName);
    // D3 and the start, by head office (DemoAdmin).
    ContractScript &startTrial();
    ContractScript &confirmUsage();
    ContractScript &start();
    ContractScript &recordCost(const QString &orderRef, int amountYen);
    // P3: with the customer's signature, by `actor` (the sales rep).
    ContractScript &cancel(const QString &actor, const QString &signerName, const QString &reason);

private:
    bool append(const QString &type, const QString &actor, const QJsonObject &payload = {});
    bool checkAccepted(const QString &type, int rejectedBefore);
    int rejected() const;

    Store &m_store;
    DemoClock &m_clock;
    const ContentPack &m_pack;
    QString m_contractId, m_customerId, m_rep, m_installer;
    int m_shown = 0;
    QList<LectureItem> m_lectureItems;
    int m_taught = 0;
    int m_written = 0;
    quint32 m_signatureSeed = 1;
    QString m_failure;
};

// A handwritten-looking signature for demo records: several strokes of timed points that pass
// SignatureStrokes::validate(); `seed` varies the shape.
SignatureStrokes demoSignature(quint32 seed);

// The demo's contracts (issue 5), for the demo customers of seedDemoData(): seven contracts, one in each
// state a newcomer should see, with their whole past as real events (visits, walkthrough, signatures,
// calls, lecture, trial), plus today's appointments of two customers:
//   demo-c01 伊藤  explaining: the walkthrough stopped halfway yesterday, to continue at today's appointment
//   demo-c03 高橋  concluded 3 days ago: in cooling-off, the C1 call not reached yet
//   demo-c05 渡辺  C1 clean after a hold (a C1 problem resolved): ready for the delivery lecture
//   demo-c06 山本  delivery lecture in progress (paused yesterday after 1 h 40 min)
//   demo-c08 小林  delivered, C2 clean, in the trial period
//   demo-c09 加藤  cancelled during cooling-off, with the customer's signature
//   demo-c10 吉田  started after three clean calls
//   demo-c07 中村  a first sales visit appointment today (no contract yet)
// Today's appointments of demo-c01 and demo-c07 are booked only where seedDemoData booked none for today.
// `clock` must be the store's clock (StoreOptions::clock); the history is written at past times on it and
// it shows its base clock again afterwards. The store's projection accepts every event (rejected == 0).
// Idempotent: a store that already holds a contract is left as it is (returns 0). Customers of the demo
// set that are missing are skipped. Returns the number of events written.
Result<int, StoreError> seedDemoContracts(
    Store &store, const QString &userId, const QString &installerId, DemoClock &clock);

} // namespace kakunin
