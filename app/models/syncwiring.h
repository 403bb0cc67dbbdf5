#pragma once

#include "syncstatus.h"

#include <client/syncservice.h>

#include <QObject>
#include <QStringList>

#include <memory>

namespace kakunin {

class AppSession;
class Clock;
class RandomSource;

// Where head office is: the base URL, the CA that issued its certificate (empty: the system's CAs) and the
// pins of its public key (current first, then the backup; "sha256//<base64>" or bare base64).
struct ServerConfig {
    QString url; // "https://hq.example.jp:8443"; empty: this tablet does not sync
    QString caFile;
    QStringList pins;
};

// Connects the sync engine (sync/client, on its own thread) to the app (docs/sync-client.md):
// - while the session is unlocked a SyncService runs on a second connection to its store; it syncs at once,
//   on its timer, after every `recorded` (each completed step of a session) and when SyncStatus asks
//   ("Sync now"); locking stops it;
// - every SyncReport becomes a SyncStatus::Snapshot, and the pending count follows what head office stored;
// - the enrolled user and role become the session's (AppSession::setUser);
// - pulled events reach the views as AppSession::recorded(aggregates);
// - 401 (reauthNeeded): the session locks and SyncStatus says why; wipe order (wiped): the store, already
//   erased by the engine, is closed and the app goes back to first start.
// AppContext owns one; main.cpp gives it the --hq-* options.
class SyncWiring : public QObject {
    Q_OBJECT

public:
    SyncWiring(AppSession &session, SyncStatus &status, syncclient::SyncOptions options, ServerConfig server,
        QObject *parent = nullptr);
    ~SyncWiring() override;

    bool configured() const { return !m_server.url.isEmpty(); }
    // Enrolls with a one-time code: now when unlocked, else right after the next unlock (once; a tablet
    // that is already enrolled then ignores it).
    void enroll(const QString &code);
    // The worker's clock and random source (both used on the worker thread; null: the system's). Takes
    // effect at the next unlock.
    void setTime(const Clock *clock, RandomSource *random);

    syncclient::SyncService *service() const { return m_service.get(); }

    static SyncStatus::Snapshot snapshot(const syncclient::SyncReport &report);
    static SyncStatus::Failure failure(syncclient::SyncError error);

signals:
    void enrollFinished(bool ok);

private:
    void startService();
    void stopService();
    void onReport(const syncclient::SyncReport &report);
    void onReauthNeeded();
    void onWiped();

    AppSession &m_session;
    SyncStatus &m_status;
    syncclient::SyncOptions m_options;
    ServerConfig m_server;
    const Clock *m_clock = nullptr; // null: the system clock
    RandomSource *m_random = nullptr;
    std::unique_ptr<syncclient::SyncService> m_service;
    QString m_pendingCode;
    bool m_applyingRemote = false;
};

} // namespace kakunin
