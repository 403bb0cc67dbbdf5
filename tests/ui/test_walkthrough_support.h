#pragma once

// Shared by the walkthrough tests: an unlocked AppSession over a temporary store, screened customers,
// and handwriting-like signatures.
#include <catch2/catch.hpp>

#include <core/domain/eventcatalog.h>
#include <core/domain/lifecycle.h>
#include <core/evidence/signaturestrokes.h>
#include <models/appsession.h>
#include <support/testsupport.h>

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonObject>
#include <QTimer>

#include <cmath>

namespace kakunin::test {

inline const QString Rep = QStringLiteral("rep-001");

// Runs the event loop until the session's background work is done (never a blind sleep).
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

// Unlocks (or on first use sets up) the session's store with the demo PIN; its clock is the TempStore's.
inline void unlock(AppSession &s, TempStore &t)
{
    s.setClock(&t.clock);
    if (s.stage() == AppSession::Stage::SetUp)
        s.setUpPin(DemoPin, DemoPin);
    else
        s.unlock(DemoPin);
    waitIdle(s);
    REQUIRE(s.stage() == AppSession::Stage::Unlocked);
}

// A registered customer with a recorded screening (P2): outcome and conditions as screening.recorded has them.
inline void addScreenedCustomer(AppSession &s, const QString &id, const QString &outcome,
    const QString &conditions = QString(), const QString &refusals = QString())
{
    const QJsonObject screening {{QStringLiteral("outcome"), outcome}, {QStringLiteral("refusals"), refusals},
        {QStringLiteral("conditions"), conditions}, {QStringLiteral("age"), 52}, {QStringLiteral("itLiteracy"), 3},
        {QStringLiteral("policyVersion"), 1},
        {QStringLiteral("successorPresent"), conditions.contains(QLatin1String("successor")) ? 1 : 0},
        {QStringLiteral("fullTimeDeclared"), 0}};
    REQUIRE(s.record({customerDraft(id, QStringLiteral("伊藤 花子"), QStringLiteral("ヘアサロン はなこ")),
                         {EventType::ScreeningRecorded, id, Rep, screening}})
                .ok());
}

// A handwriting-like signature: a few looping strokes across a 600 × 200 px pad, 8 ms per point.
inline SignatureStrokes handwriting(int seed)
{
    SignatureStrokes s;
    s.width = 6000;
    s.height = 2000;
    qint32 t = 0;
    for (int k = 0; k < 3; ++k) {
        Stroke stroke;
        const double x0 = 500 + k * 1700;
        for (int i = 0; i <= 50; ++i) {
            const double u = i / 50.0;
            const double x = x0 + 1300 * u + 200 * std::sin(u * 12.0 + seed);
            const double y = 1000 + 500 * std::sin(u * 9.0 + seed + k);
            stroke.append({qint32(x), qint32(y), t, -1});
            t += 8;
        }
        s.strokes.append(stroke);
        t += 150;
    }
    return s;
}

inline ContractState contractOf(const AppSession &s, const QString &contractId)
{
    const auto p = s.store()->projection(contractId);
    REQUIRE(p.has_value());
    return ContractState::fromJson(p->state);
}

} // namespace kakunin::test
