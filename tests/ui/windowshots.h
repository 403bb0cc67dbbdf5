#pragma once

// Screenshots from the page tests, for looking at the screens: saved only when KAKUNIN_SHOTS names a folder.
#include <catch2/catch.hpp>

#include <QDir>
#include <QImage>
#include <QQuickWindow>
#include <QString>
#include <QTest>

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

} // namespace kakunin::test
