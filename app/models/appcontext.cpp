#include "appcontext.h"

#include "demodata.h"
#include "qmlsingletons.h"

namespace kakunin {

AppContext::AppContext(const Options &options, QObject *parent)
    : QObject(parent), m_demoClock(options.store.clock != nullptr ? options.store.clock : options.clock),
      m_language(options.store.directory, options.language, options.translations),
      m_session(storeOptions(options, m_demoClock), options.userId, options.role), m_inactivityLock(m_session)
{
    m_session.setClock(options.clock);
    m_inactivityLock.touch(); // idle time on the clock just set
    m_session.setLanguage(m_language.code());
    m_syncStatus.setSession(&m_session);
    m_session.setBackgroundReads(options.backgroundReads);
    m_customers.setReads(&m_session);
    Q_ASSERT(AppSessionForeign::s_instance == nullptr); // one per process: QML singletons point here
    AppSessionForeign::s_instance = &m_session;
    CustomerListModelForeign::s_instance = &m_customers;
    LanguageForeign::s_instance = &m_language;
    SyncStatusForeign::s_instance = &m_syncStatus;

    // Content-pack texts and words made in C++ follow the language the user picks.
    connect(&m_language, &Language::codeChanged, this, [this] {
        m_session.setLanguage(m_language.code());
        m_customers.reload();
    });

    const bool seed = options.seedDemoData;
    // A tablet that syncs may hold only its own user's events (head office refuses others'): the demo then has
    // the rep's own customers and appointments, and no contracts (their calls and lectures are other people's).
    const bool syncs = !options.server.url.isEmpty();
    connect(&m_session, &AppSession::storeOpened, this, [this, seed, syncs] {
        if (seed && !(syncs && m_session.role() == QLatin1String("installer"))) {
            // An installer's demo shows the contracts of the demo rep's customers.
            const bool installer = m_session.role() == QLatin1String("installer");
            const QString rep = installer ? QStringLiteral("rep-001") : m_session.userId();
            const QString fitter = installer ? m_session.userId() : DemoInstaller;
            const auto seeded = seedDemoData(*m_session.store(), rep, m_session.clock(), syncs);
            if (!seeded)
                qWarning("kakunin: demo data not written (%s)", storeErrorName(seeded.error()));
            if (!syncs) {
                const auto contracts = seedDemoContracts(*m_session.store(), rep, fitter, m_demoClock);
                if (!contracts)
                    qWarning("kakunin: demo contracts not written (%s)", storeErrorName(contracts.error()));
            }
            m_syncStatus.refreshPendingCount(); // written past the session: nothing else tells it
        }
        m_customers.setSource(m_session.store(), m_session.userId());
    });
    connect(&m_session, &AppSession::stageChanged, this, [this] {
        if (m_session.store() == nullptr)
            m_customers.setSource(nullptr, m_session.userId()); // locked: nothing to show, nothing to keep
    });
    connect(&m_session, &AppSession::recorded, &m_customers, &CustomerListModel::reload);
    connect(&m_session, &AppSession::userChanged, this,
        [this] { m_customers.setSource(m_session.store(), m_session.userId()); });

    if (!options.server.url.isEmpty()) {
        m_sync = std::make_unique<SyncWiring>(m_session, m_syncStatus, options.sync, options.server);
        m_sync->enroll(options.enrollCode); // empty: nothing
    }
}

StoreOptions AppContext::storeOptions(const Options &options, DemoClock &demoClock)
{
    StoreOptions store = options.store;
    if (options.seedDemoData)
        store.clock = &demoClock; // shows the base clock except while the demo history is written
    return store;
}

AppContext::~AppContext()
{
    AppSessionForeign::s_instance = nullptr;
    CustomerListModelForeign::s_instance = nullptr;
    LanguageForeign::s_instance = nullptr;
    SyncStatusForeign::s_instance = nullptr;
}

} // namespace kakunin
