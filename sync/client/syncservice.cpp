#include "syncservice.h"

#include <store/store.h>

namespace kakunin::syncclient {

std::unique_ptr<SyncService> SyncService::create(const Store &store, CurlOptions curl, SyncOptions options,
    const Clock &clock, RandomSource &random, StoreError *error)
{
    qRegisterMetaType<kakunin::syncclient::SyncReport>();
    qRegisterMetaType<kakunin::syncclient::SyncError>();
    auto connection = store.openConnection();
    if (error != nullptr)
        *error = connection.error();
    if (!connection)
        return nullptr;
    curl.clock = &clock;
    auto transport = std::make_unique<CurlTransport>(std::move(curl));
    std::unique_ptr<SyncService> s(new SyncService);
    s->m_transport = transport.get();
    s->m_engine
        = new SyncEngine(std::move(connection).value(), std::move(transport), clock, random, std::move(options));
    s->m_report = s->m_engine->report();
    s->m_engine->moveToThread(&s->m_thread);
    s->m_thread.setObjectName(QStringLiteral("kakunin-sync"));
    SyncService *self = s.get();
    SyncEngine *engine = s->m_engine;
    connect(engine, &SyncEngine::reportChanged, self, [self](const SyncReport &r) {
        self->m_report = r;
        emit self->reportChanged(r);
    });
    connect(engine, &SyncEngine::enrollFinished, self, &SyncService::enrollFinished);
    connect(engine, &SyncEngine::remoteApplied, self, &SyncService::remoteApplied);
    connect(engine, &SyncEngine::sentUpTo, self, &SyncService::sentUpTo);
    connect(engine, &SyncEngine::reauthNeeded, self, &SyncService::reauthNeeded);
    connect(engine, &SyncEngine::wiped, self, &SyncService::wiped);
    connect(&s->m_thread, &QThread::started, engine, &SyncEngine::start);
    s->m_thread.start();
    return s;
}

SyncService::~SyncService()
{
    m_transport->cancel(); // an exchange in flight ends at once, and no new one starts
    // The engine, its timer and its store connection end on their own thread.
    QMetaObject::invokeMethod(
        m_engine, [e = m_engine] { delete e; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void SyncService::cancel()
{
    m_transport->cancel();
}

void SyncService::requestSync()
{
    if (m_syncQueued.exchange(true))
        return; // one is on its way already
    QMetaObject::invokeMethod(
        m_engine,
        [this] {
            m_syncQueued.store(false);
            m_engine->requestSync();
        },
        Qt::QueuedConnection);
}

void SyncService::setOnline(bool online)
{
    QMetaObject::invokeMethod(
        m_engine, [e = m_engine, online] { e->setOnline(online); }, Qt::QueuedConnection);
}

void SyncService::enroll(const QString &code)
{
    QMetaObject::invokeMethod(
        m_engine, [e = m_engine, code] { e->enroll(code); }, Qt::QueuedConnection);
}

} // namespace kakunin::syncclient
