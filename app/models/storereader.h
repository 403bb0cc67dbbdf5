#pragma once

#include <store/store.h>

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <memory>

namespace kakunin {

// Reads the store on one worker thread through a second connection to the same file (WAL lets it read while
// the UI's connection writes), so a view of thousands of rows fills without holding the UI thread — home
// right after unlock. Reads run one at a time, in the order asked.
class StoreReader {
public:
    StoreReader() { m_pool.setMaxThreadCount(1); }
    ~StoreReader() { close(); }
    StoreReader(const StoreReader &) = delete;
    StoreReader &operator=(const StoreReader &) = delete;

    // Opens the second connection to `store`'s file (no second quick_check); false when it cannot.
    bool open(const Store &store)
    {
        close();
        auto connection = store.openConnection();
        if (connection)
            m_connection = std::shared_ptr<Store>(std::move(connection.value()));
        return isOpen();
    }
    // Waits for reads in flight, then closes the connection (before the store locks).
    void close()
    {
        m_pool.waitForDone();
        m_connection.reset();
    }
    bool isOpen() const { return m_connection != nullptr; }
    void waitForReads() { m_pool.waitForDone(); }

    // work(store) on the worker thread, then done(result) on context's thread; dropped with context. work must
    // not touch context: give it what it needs by value.
    template <typename T> void read(QObject *context, std::function<T(const Store &)> work, std::function<void(T)> done)
    {
        auto *watcher = new QFutureWatcher<T>(context);
        QObject::connect(watcher, &QFutureWatcherBase::finished, watcher, [watcher, done = std::move(done)] {
            done(watcher->result());
            watcher->deleteLater();
        });
        watcher->setFuture(QtConcurrent::run(
            &m_pool, [connection = m_connection, work = std::move(work)] { return work(*connection); }));
    }

private:
    std::shared_ptr<Store> m_connection; // used on m_pool's one thread only
    QThreadPool m_pool;
};

} // namespace kakunin
