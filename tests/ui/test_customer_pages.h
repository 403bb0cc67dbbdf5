#pragma once
// The app's real wiring (AppContext, AppShell, Navigation) in an offscreen window over a temporary store with
// the demo data: pages are opened through Navigation, items found by objectName and clicked as a finger
// would. With KAKUNIN_SHOTS=<folder> each step can save a screenshot (landscape 1280×800, or portrait).

#include <catch2/catch.hpp>

#include "windowshots.h"

#include <models/appcontext.h>
#include <models/democontracts.h>
#include <models/demodata.h>
#include <support/testsupport.h>

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

#include <algorithm>
#include <memory>

namespace kakunin::pagetest {

inline qint64 tokyo(int y, int m, int d, int hour, int minute = 0)
{
    return QDateTime(QDate(y, m, d), QTime(hour, minute), Policy().zone()).toMSecsSinceEpoch();
}

inline const QByteArray ShellQml = R"(
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Kakunin.Ui

ApplicationWindow {
    width: 1280
    height: 800
    visible: true
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontBody
    color: Theme.background
    Material.theme: Material.Light
    Material.primary: Theme.primary
    Material.accent: Theme.primary

    // What a page's button does, for the test to call: Navigation.open / back.
    function openPage(page, properties) {
        Navigation.open(page, properties);
    }

    function goBack() {
        Navigation.back();
    }

    AppShell {
        anchors.fill: parent
    }
}
)";

class Tablet {
public:
    // Signs in as the demo rep, seeds the demo customers (and with contracts the demo contracts) and shows home.
    explicit Tablet(test::TempStore &t, bool contracts = false)
        : m_manual(&t.clock), m_clock(&t.clock), m_context(options(t, m_clock))
    {
        test::setUpWithDemoData(m_context.session(), test::DemoPin, m_clock, contracts);
        m_context.customers().reload();
        m_window = test::showHarness(m_engine, ShellQml, QStringLiteral("qrc:/customer_harness.qml"));
        settle();
    }
    ~Tablet() { m_window.reset(); }

    AppSession &session() { return m_context.session(); }
    ManualClock &clock() { return *m_manual; }
    QQuickWindow &window() { return *m_window; }

    // Every item of that name in the scene (delegates of views and repeaters, popups on the overlay too).
    QList<QQuickItem *> all(const QString &name) const
    {
        QList<QQuickItem *> found;
        QList<QQuickItem *> todo {m_window->contentItem()};
        while (!todo.isEmpty()) {
            QQuickItem *i = todo.takeFirst();
            if (i->objectName() == name)
                found.append(i);
            todo.append(i->childItems());
        }
        return found;
    }
    // The visible one first: pages below the top of the stack keep their items.
    QQuickItem *find(const QString &name) const
    {
        const QList<QQuickItem *> items = all(name);
        for (QQuickItem *i : items)
            if (i->isVisible())
                return i;
        return items.isEmpty() ? nullptr : items.last();
    }
    QQuickItem *item(const QString &name) const
    {
        QQuickItem *i = find(name);
        INFO("objectName " << name.toStdString());
        REQUIRE(i != nullptr);
        return i;
    }
    // A non-visual object (a popup, a view model) by objectName: a QObject child of some item in the scene.
    QObject *object(const QString &name) const
    {
        QObject *o = nullptr;
        QList<QQuickItem *> todo {m_window->contentItem()};
        while (!todo.isEmpty() && o == nullptr) {
            QQuickItem *i = todo.takeFirst();
            o = i->findChild<QObject *>(name, Qt::FindDirectChildrenOnly);
            todo.append(i->childItems());
        }
        INFO("objectName " << name.toStdString());
        REQUIRE(o != nullptr);
        return o;
    }
    QString text(const QString &name) const { return item(name)->property("text").toString(); }
    bool visible(const QString &name) const
    {
        QQuickItem *i = find(name);
        return i != nullptr && i->isVisible();
    }
    int count(const QString &name) const
    {
        int n = 0;
        for (QQuickItem *i : all(name))
            n += i->isVisible() ? 1 : 0;
        return n;
    }
    // Scrolls the Flickable around the item (a ScrollView's) so that the item is on screen.
    void reveal(QQuickItem *i)
    {
        for (QQuickItem *p = i->parentItem(); p != nullptr; p = p->parentItem()) {
            if (!p->inherits("QQuickFlickable"))
                continue;
            auto *content = p->property("contentItem").value<QQuickItem *>();
            const qreal y = i->mapToItem(content, QPointF(0, 0)).y();
            const qreal contentY = p->property("contentY").toReal();
            if (y < contentY || y + i->height() > contentY + p->height()) {
                const qreal maxY = std::max<qreal>(0, p->property("contentHeight").toReal() - p->height());
                p->setProperty("contentY", std::clamp<qreal>(y - p->height() / 3, 0, maxY));
                QTest::qWait(50);
            }
            return;
        }
    }
    void click(const QString &name)
    {
        QQuickItem *b = item(name);
        INFO("click " << name.toStdString());
        REQUIRE(b->isVisible());
        REQUIRE(b->isEnabled());
        reveal(b);
        QTest::mouseClick(
            m_window.get(), Qt::LeftButton, {}, b->mapToScene(QPointF(b->width() / 2, b->height() / 2)).toPoint());
        settle();
    }
    // What typing into a CustomerTextField does: its edited(text) signal.
    void type(const QString &field, const QString &text)
    {
        QQuickItem *f = item(field);
        REQUIRE(QMetaObject::invokeMethod(f, "edited", Q_ARG(QString, text)));
        settle();
    }
    void open(const QString &page, const QVariantMap &properties)
    {
        REQUIRE(QMetaObject::invokeMethod(
            m_window.get(), "openPage", Q_ARG(QVariant, page), Q_ARG(QVariant, QVariant::fromValue(properties))));
        settle();
    }
    void back()
    {
        REQUIRE(QMetaObject::invokeMethod(m_window.get(), "goBack"));
        settle();
    }
    void settle() { QTest::qWait(400); } // page transitions finish

    void shot(const QString &name) { test::saveShot(m_window.get(), name, 400); }
    void portraitShot(const QString &name) { test::savePortraitShot(m_window.get(), name, 400); }

private:
    static AppContext::Options options(test::TempStore &t, DemoClock &clock)
    {
        AppContext::Options o;
        o.store = t.options();
        o.store.clock = &clock;
        o.clock = &clock;
        o.language = qEnvironmentVariable("KAKUNIN_SHOTS_LANGUAGE", QStringLiteral("en"));
        return o;
    }

    ManualClock *m_manual;
    DemoClock m_clock;
    AppContext m_context;
    QQmlEngine m_engine;
    std::unique_ptr<QQuickWindow> m_window;
};

} // namespace kakunin::pagetest
