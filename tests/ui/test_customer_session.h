#pragma once
// A signed-in session over a real temporary SQLCipher store, for the customer and visit view models.

#include <catch2/catch.hpp>

#include <core/domain/eventcatalog.h>
#include <core/domain/policy.h>
#include <models/appsession.h>
#include <support/testsupport.h>

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <memory>

namespace kakunin::test {

inline const QString Rep = QStringLiteral("rep-001");
inline const QString OtherRep = QStringLiteral("rep-002");

// UTC ms of a wall-clock time in the company time zone (Asia/Tokyo by default).
inline qint64 companyTime(int y, int m, int d, int hour, int minute = 0)
{
    return QDateTime(QDate(y, m, d), QTime(hour, minute), Policy().zone()).toMSecsSinceEpoch();
}

inline void waitIdle(AppSession &s)
{
    QElapsedTimer t;
    t.start();
    while (s.busy() && t.elapsed() < 20'000) {
        QEventLoop loop;
        QObject::connect(&s, &AppSession::busyChanged, &loop, &QEventLoop::quit);
        QTimer::singleShot(200, &loop, &QEventLoop::quit);
        loop.exec();
    }
    REQUIRE_FALSE(s.busy());
}

// The store and the session read the same ManualClock, as on a tablet both read the system clock.
struct SignedIn {
    TempStore t;
    std::unique_ptr<AppSession> session;

    explicit SignedIn(const QString &user = Rep, const QString &role = QStringLiteral("sales_rep"))
    {
        // 2026-02-02 (a Monday) 10:00 in Tokyo: inside the allowed visit hours.
        t.clock.setUtc(companyTime(2026, 2, 2, 10));
        session = std::make_unique<AppSession>(t.options(), user, role);
        session->setClock(&t.clock);
        session->setUpPin(DemoPin, DemoPin);
        waitIdle(*session);
        REQUIRE(session->stage() == AppSession::Stage::Unlocked);
    }

    Store &store() { return *session->store(); }

    // Locks and unlocks again: everything in memory is gone, only the store remains.
    void reopen()
    {
        session->lock();
        REQUIRE(session->store() == nullptr);
        session->unlock(DemoPin);
        waitIdle(*session);
        REQUIRE(session->stage() == AppSession::Stage::Unlocked);
    }

    void registerCustomer(
        const QString &id, const QString &name, const QString &actor = Rep, const QString &reading = QString())
    {
        QJsonObject payload {{QStringLiteral("name"), name}};
        if (!reading.isEmpty())
            payload.insert(QStringLiteral("reading"), reading);
        REQUIRE(store().append({EventType::CustomerRegistered, id, actor, payload}).ok());
    }

    // Events of one aggregate with the given type, oldest first.
    QList<Event> events(const QString &aggregate, const QString &type)
    {
        QList<Event> out;
        const QList<Event> all = store().latestEvents(aggregate, 100'000);
        for (auto it = all.crbegin(); it != all.crend(); ++it)
            if (it->type == type)
                out.append(*it);
        return out;
    }
};

} // namespace kakunin::test
