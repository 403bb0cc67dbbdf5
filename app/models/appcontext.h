#pragma once

#include "appsession.h"
#include "customerlistmodel.h"
#include "democontracts.h"
#include "inactivitylock.h"
#include "language.h"
#include "syncstatus.h"
#include "syncwiring.h"

#include <QObject>

namespace kakunin {

// Everything one running tablet app owns and QML reaches as singletons (qmlsingletons.h): the session and
// the models that follow it. main.cpp and the tour test build the same one, so both run the same wiring.
class AppContext : public QObject {
    Q_OBJECT

public:
    struct Options {
        StoreOptions store;
        QString userId = QStringLiteral("rep-001");
        QString role = QStringLiteral("sales_rep");
        bool seedDemoData = false; // fill an empty store with the demo data set once it is unlocked
        // Lists read through a second connection on a worker thread (the app, the tour, the UI benchmark);
        // off, they read on the UI thread and hold their rows as soon as they are asked (view-model tests).
        bool backgroundReads = false;
        const Clock *clock = nullptr; // null: the system clock
        // The UI language to start with ("ja"/"en"); empty: the one chosen last time (kept in the data folder
        // beside the store), else Japanese.
        QString language;
        QString translations = QStringLiteral(":/i18n/kakunin_"); // <prefix><code>.qm
        ServerConfig server; // --hq-url, --hq-ca, --hq-pin (current, backup); no url: this tablet does not sync
        syncclient::SyncOptions sync; // deviceName, appVersion
        QString enrollCode; // --enroll-code: used once after unlock, ignored when already enrolled
    };

    explicit AppContext(const Options &options, QObject *parent = nullptr);
    ~AppContext() override;

    AppSession &session() { return m_session; }
    CustomerListModel &customers() { return m_customers; }
    Language &language() { return m_language; }
    SyncStatus &syncStatus() { return m_syncStatus; }
    // Not watching input until install() (main.cpp): tests drive check() with their ManualClock.
    InactivityLock &inactivityLock() { return m_inactivityLock; }
    SyncWiring *sync() { return m_sync.get(); } // null when no head office is configured

private:
    static StoreOptions storeOptions(const Options &options, DemoClock &demoClock);

    // First: in demo mode it is the store's clock, so the demo history can be written at its own times.
    DemoClock m_demoClock;
    Language m_language;
    AppSession m_session;
    CustomerListModel m_customers;
    SyncStatus m_syncStatus;
    InactivityLock m_inactivityLock;
    std::unique_ptr<SyncWiring> m_sync; // last: stopped before the session it syncs goes
};

} // namespace kakunin
