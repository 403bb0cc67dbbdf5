#pragma once

#include "curltransport.h"
#include "syncengine.h"

#include <store/storeerror.h>

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace kakunin::syncclient {

// Runs a SyncEngine on its own thread, so HTTP never blocks the UI. The app creates one after the store is
// unlocked and deletes it before the store is closed (on lock). Every request goes to the engine as a
// queued call; every engine signal comes back here, on the thread that made the service.
class SyncService : public QObject {
    Q_OBJECT

public:
    // Opens the engine's own connection to `store` (Store::openConnection()). clock and random must be
    // usable from the worker thread (SystemClock and SystemRandom are).
    static std::unique_ptr<SyncService> create(const Store &store, CurlOptions curl, SyncOptions options,
        const Clock &clock, RandomSource &random, StoreError *error = nullptr);
    ~SyncService() override; // cancels an exchange in flight and joins the thread

    const SyncReport &report() const { return m_report; } // the last one the engine published
    QThread *workerThread() { return &m_thread; }
    const CurlTransport &transport() const { return *m_transport; } // lastThread(): where libcurl ran

public slots:
    // "Sync now", and after each completed session. Requests that arrive while one is still queued are one
    // request: ten records in a row start one sync, not ten.
    void requestSync();
    void setOnline(bool online);
    void enroll(const QString &code);
    // Ends the exchange in flight and every later one at once (thread-safe); the engine then idles until the
    // service is deleted.
    void cancel();

signals:
    void reportChanged(const kakunin::syncclient::SyncReport &report);
    void enrollFinished(kakunin::syncclient::SyncError error, const QString &userId);
    void remoteApplied(const QStringList &aggregates);
    void sentUpTo(qint64 seq);
    void reauthNeeded();
    void wiped();

private:
    SyncService() = default;
    QThread m_thread;
    SyncEngine *m_engine = nullptr; // lives on m_thread
    CurlTransport *m_transport = nullptr; // owned by the engine; cancel() is thread-safe
    SyncReport m_report;
    std::atomic_bool m_syncQueued {false};
};

} // namespace kakunin::syncclient
