#include "appcontext.h"

#include "demodata.h"
#include "qmlsingletons.h"

namespace kakunin {

AppContext::AppContext(const Options &options, QObject *parent)
    : QObject(parent), m_session(options.store, options.userId, options.role)
{
    m_session.setClock(options.clock);
    Q_ASSERT(AppSessionForeign::s_instance == nullptr); // one per process: QML singletons point here
    AppSessionForeign::s_instance = &m_session;
    CustomerListModelForeign::s_instance = &m_customers;

    const bool seed = options.seedDemoData;
    connect(&m_session, &AppSession::storeOpened, this, [this, seed] {
        if (seed) {
            const auto seeded = seedDemoData(*m_session.store(), m_session.userId(), m_session.clock());
            if (!seeded)
                qWarning("kakunin: demo data not written (%s)", storeErrorName(seeded.error()));
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
}

AppContext::~AppContext()
{
    AppSessionForeign::s_instance = nullptr;
    CustomerListModelForeign::s_instance = nullptr;
}

} // namespace kakunin
