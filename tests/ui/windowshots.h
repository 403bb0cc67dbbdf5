#pragma once

// What the page tests share: setting up over the demo data, showing the harness window, and screenshots for
// looking at the screens (saved only when KAKUNIN_SHOTS names a folder).
#include <catch2/catch.hpp>

#include <models/appsession.h>
#include <models/democontracts.h>
#include <models/demodata.h>

#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickWindow>
#include <QString>
#include <QTest>

#include <memory>

namespace kakunin::test {

// <folder>/<name>.png after settleMs of event processing.
inline void saveShot(QQuickWindow *window, const QString &name, int settleMs)
{
    const QString folder = qEnvironmentVariable("KAKUNIN_SHOTS");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    QTest::qWait(settleMs);
    REQUIRE(window->grabWindow().save(QDir(folder).filePath(name + QStringLiteral(".png"))));
}

// The same at 800×1280 (portrait must not break), then back to 1280×800.
inline void savePortraitShot(QQuickWindow *window, const QString &name, int settleMs)
{
    if (qEnvironmentVariableIsEmpty("KAKUNIN_SHOTS"))
        return;
    window->resize(800, 1280);
    QTest::qWait(settleMs);
    saveShot(window, name, settleMs);
    window->resize(1280, 800);
    QTest::qWait(settleMs);
}

// First start with `pin`, then the demo data set written on the demo clock (with the demo contracts if asked).
inline void setUpWithDemoData(AppSession &session, const QString &pin, DemoClock &clock, bool contracts)
{
    session.setUpPin(pin, pin);
    QElapsedTimer timer;
    timer.start();
    while (session.busy() && timer.elapsed() < 20'000)
        QTest::qWait(50);
    REQUIRE(session.stage() == AppSession::Stage::Unlocked);
    REQUIRE(seedDemoData(*session.store(), session.userId(), clock).ok());
    if (contracts)
        REQUIRE(seedDemoContracts(*session.store(), session.userId(), DemoInstaller, clock).ok());
}

// A page harness window made from QML text, shown and exposed.
inline std::unique_ptr<QQuickWindow> showHarness(QQmlEngine &engine, const QByteArray &qml, const QString &url)
{
    engine.addImportPath(QStringLiteral("qrc:/"));
    QQmlComponent component(&engine);
    component.setData(qml, QUrl(url));
    INFO(component.errorString().toStdString());
    std::unique_ptr<QQuickWindow> window(qobject_cast<QQuickWindow *>(component.create()));
    REQUIRE(window);
    REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    return window;
}

} // namespace kakunin::test
