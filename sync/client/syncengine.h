#pragma once

#include "retrypolicy.h"
#include "syncreport.h"
#include "transport.h"

#include <core/event.h>

#include <QObject>
#include <QStringList>

#include <memory>

class QTimer;

namespace kakunin {
class Clock;
class RandomSource;
class Store;
} // namespace kakunin

namespace kakunin::syncclient {

struct SyncOptions {
    RetryPolicy retry;
    qint64 periodicMs = 5 * 60'000; // while online and enrolled, a sync at least this often
    qint64 wakeMs = 1'000; // the real timer checks the injected clock at least this often
    int batchEvents = 200; // events per push (the protocol allows 500)
    qint64 batchBytes = 2 * 1024 * 1024; // JSON bytes per push before gzip (the protocol allows 8 MiB)
    int pullLimit = 500;
    int requestsInFlight = 2; // pushes (and blob batches) sent at once: the next travels while the last is stored
    qint64 tokenRefreshMarginMs = 7LL * 24 * 3600'000; // refresh a token that expires sooner than this
    QString deviceName; // shown on the console's device list
    QString appVersion;
};

// The tablet's sync engine (docs/sync-client.md). It lives on a worker thread (SyncService) and does
// blocking HTTP there, never on the UI thread; the UI talks to it with queued signals and slots.
//
// One sync: refresh the token if it is about to expire, push (blobs first, then the events in seq order, in
// batches; the outbox is marked only up to the seq head office says it has durably stored), then pull
// (each page applied together with its cursor in one store transaction). A transient failure schedules a
// retry with backoff on the injected clock; tick() runs what is due, so tests advance a ManualClock instead
// of sleeping. 401 → ReauthNeeded (reauthNeeded()); 401 wipe_ordered → the store is wiped (wiped()).
class SyncEngine : public QObject {
    Q_OBJECT

public:
    // store: this engine's own connection (Store::openConnection()), used only on the engine's thread.
    SyncEngine(std::unique_ptr<Store> store, std::unique_ptr<Transport> transport, const Clock &clock,
        RandomSource &random, SyncOptions options = {}, QObject *parent = nullptr);
    ~SyncEngine() override;

    const SyncReport &report() const { return m_report; }
    bool isEnrolled() const;
    bool isOnline() const { return m_online; }
    Store *store() const { return m_store.get(); }
    Transport *transport() const { return m_transport.get(); }
    // Monotonic time (injected clock) of the next scheduled attempt; 0 when none.
    qint64 nextAttemptMono() const { return m_nextAttemptMono; }

    // Runs one complete sync now, blocking (push then pull); returns its error (None on success).
    SyncError syncOnce();
    // Exchanges a one-time enrollment code and the device's public key for a token, kept in the store.
    SyncError enrollNow(const QString &code);

public slots:
    void start(); // arms the timer; syncs at once when online and enrolled
    void stop(); // no more attempts; the report stays
    void requestSync(); // on demand, and after each completed session: syncs now when online
    void setOnline(bool online); // from the app's network watcher; going online syncs
    void enroll(const QString &code); // enrollNow(), answered by enrollFinished()
    void tick(); // runs an attempt that is due by the injected clock; the real timer calls it

signals:
    void reportChanged(const kakunin::syncclient::SyncReport &report);
    void enrollFinished(kakunin::syncclient::SyncError error, const QString &userId);
    // Pulled events changed these aggregates (the app reloads what shows them).
    void remoteApplied(const QStringList &aggregates);
    // Head office acknowledged events up to this seq (the pending count dropped).
    void sentUpTo(qint64 seq);
    void reauthNeeded(); // lock the app and ask for a new enrollment code
    void wiped(); // local data erased: close every Store and show enrollment

private:
    struct Outcome;
    Outcome push();
    Outcome pushRound(bool &requeued, bool &again);
    Outcome markPushed(const QList<Event> &batch, const HttpResponse &r);
    std::optional<std::pair<QList<Event>, QByteArray>> nextPush(qint64 afterSeq, qint64 upToSeq) const;
    void addHeaders(HttpRequest &request, bool authorized) const;
    Outcome pull();
    Outcome refreshToken();
    HttpResponse call(HttpRequest request, bool authorized = true);
    Outcome failure(const HttpResponse &response);
    SyncError finish(const Outcome &outcome);
    void handleWipe();
    void schedule(qint64 delayMs);
    void armTimer();
    void refreshCounts();
    void publish();
    bool runnable() const;

    std::unique_ptr<Store> m_store;
    std::unique_ptr<Transport> m_transport;
    const Clock &m_clock;
    RandomSource &m_random;
    SyncOptions m_options;
    SyncReport m_report;
    QTimer *m_timer = nullptr;
    bool m_started = false;
    bool m_online = true;
    bool m_running = false;
    qint64 m_nextAttemptMono = 0;
};

} // namespace kakunin::syncclient
