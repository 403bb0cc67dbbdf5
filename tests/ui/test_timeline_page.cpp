// The timeline page and home's "Next for me" in an offscreen window over the app's real wiring (AppContext,
// AppShell, Navigation) and the demo data with the demo contracts: found by objectName, clicked through to a
// cancellation with the customer's signature. With KAKUNIN_SHOTS=<folder> it saves a screenshot of each step
// (landscape 1280×800, some also portrait 800×1280).
#include <catch2/catch.hpp>

#include "windowshots.h"

#include <models/appcontext.h>
#include <models/contracttimeline.h>
#include <models/democontracts.h>
#include <models/demodata.h>
#include <support/testsupport.h>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <cmath>

Q_IMPORT_QML_PLUGIN(Kakunin_AppPlugin)
Q_IMPORT_QML_PLUGIN(Kakunin_UiPlugin)

namespace Catch {
template <> struct StringMaker<QString> {
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
template <> struct StringMaker<QStringList> {
    static std::string convert(const QStringList &l) { return "[" + l.join(QStringLiteral(" | ")).toStdString() + "]"; }
};
} // namespace Catch

using namespace kakunin;

namespace kakunin::timelinetest {
qint64 tokyo(int year, int month, int day, int hour, int minute, int second = 0, int ms = 0);
void setNow(ManualClock &clock, qint64 utcMs);
} // namespace kakunin::timelinetest

using namespace kakunin::timelinetest;

namespace {

// A plural text as the installed translation renders it: "5 days" with the English catalogue, the source's
// "5 day(s)" without one.
QString plural(const char *context, const char *text, int n)
{
    return QCoreApplication::translate(context, text, nullptr, n);
}

const QByteArray ShellQml = R"(
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

    AppShell {
        anchors.fill: parent
    }

    function openPage(page, contractId) {
        Navigation.open(page, {contractId: contractId})
    }
}
)";

class Tablet {
public:
    explicit Tablet(test::TempStore &t) : m_clock(&t.clock), m_context(options(t, m_clock))
    {
        test::setUpWithDemoData(m_context.session(), test::DemoPin, m_clock, true);
        m_context.customers().reload();
        m_window = test::showHarness(m_engine, ShellQml, QStringLiteral("qrc:/timeline_harness.qml"));
        settle();
    }
    ~Tablet() { m_window.reset(); }

    AppSession &session() { return m_context.session(); }

    // By objectName in the visual tree (list delegates and popups included), the visible one first: pages
    // below the top of the stack keep their items.
    QQuickItem *find(const QString &name) const
    {
        QList<QQuickItem *> found;
        collect(m_window->contentItem(), name, found);
        for (auto it = found.crbegin(); it != found.crend(); ++it)
            if ((*it)->isVisible())
                return *it;
        return found.isEmpty() ? nullptr : found.last();
    }
    QQuickItem *item(const QString &name) const
    {
        QQuickItem *i = find(name);
        INFO("objectName " << name.toStdString());
        REQUIRE(i != nullptr);
        return i;
    }
    bool popupOpen(const QString &name) const
    {
        QList<QQuickItem *> items;
        collect(m_window->contentItem(), QString(), items, true);
        for (QQuickItem *i : std::as_const(items))
            for (QObject *o : i->findChildren<QObject *>(name, Qt::FindDirectChildrenOnly))
                if (o->property("visible").toBool())
                    return true;
        return false;
    }
    QString text(const QString &name) const { return item(name)->property("text").toString(); }
    bool visible(const QString &name) const
    {
        QQuickItem *i = find(name);
        return i != nullptr && i->isVisible();
    }
    // Clicks the middle of the part of the item that shows (a list row may be half scrolled out).
    void click(const QString &name)
    {
        QQuickItem *b = item(name);
        INFO("click " << name.toStdString());
        REQUIRE(b->isEnabled());
        REQUIRE(b->isVisible());
        QRectF shown = b->mapRectToScene(QRectF(0, 0, b->width(), b->height()));
        for (QQuickItem *p = b->parentItem(); p != nullptr; p = p->parentItem())
            if (p->clip())
                shown &= p->mapRectToScene(QRectF(0, 0, p->width(), p->height()));
        REQUIRE(!shown.isEmpty());
        QTest::mouseClick(m_window.get(), Qt::LeftButton, {}, shown.center().toPoint());
        settle();
    }
    void open(const QString &page, const QString &contractId)
    {
        REQUIRE(QMetaObject::invokeMethod(
            m_window.get(), "openPage", Q_ARG(QVariant, QVariant(page)), Q_ARG(QVariant, QVariant(contractId))));
        settle();
    }
    // Pages slide in and out (StackView transitions): wait until the item shows, or is gone.
    bool waitVisible(const QString &name, bool shown = true)
    {
        QElapsedTimer timer;
        timer.start();
        while (visible(name) != shown && timer.elapsed() < 5'000)
            QTest::qWait(20);
        QTest::qWait(400); // let the transition finish before the next click
        return visible(name) == shown;
    }
    // A few looping strokes on the pad, as a finger would write them.
    void write(QQuickItem *pad)
    {
        for (int k = 0; k < 3; ++k) {
            const QPointF start = pad->mapToScene(QPointF(pad->width() * (0.12 + 0.27 * k), pad->height() * 0.5));
            QTest::mousePress(m_window.get(), Qt::LeftButton, {}, start.toPoint());
            QPointF p = start;
            for (int i = 1; i <= 24; ++i) {
                p = start + QPointF(i * pad->width() * 0.009, std::sin(i / 3.0) * pad->height() * 0.18);
                QTest::mouseMove(m_window.get(), p.toPoint(), 8);
            }
            QTest::mouseRelease(m_window.get(), Qt::LeftButton, {}, p.toPoint());
        }
        settle();
    }
    void settle() { QTest::qWait(60); }

    void shot(const QString &name) { test::saveShot(m_window.get(), name, 60); }
    void portraitShot(const QString &name) { test::savePortraitShot(m_window.get(), name, 60); }

private:
    static void collect(QQuickItem *item, const QString &name, QList<QQuickItem *> &found, bool all = false)
    {
        if (all || item->objectName() == name)
            found.append(item);
        const QList<QQuickItem *> children = item->childItems();
        for (QQuickItem *child : children)
            collect(child, name, found, all);
    }

    static AppContext::Options options(test::TempStore &t, DemoClock &clock)
    {
        AppContext::Options o;
        o.store = t.options();
        o.store.clock = &clock;
        o.clock = &clock;
        // Screenshots in Japanese: KAKUNIN_SHOTS_LANGUAGE=ja (the text checks then fail; the pictures are the
        // point), with KAKUNIN_SHOTS_TRANSLATIONS=<folder>/kakunin_ for catalogues not yet in the app.
        o.language = qEnvironmentVariable("KAKUNIN_SHOTS_LANGUAGE", QStringLiteral("en"));
        o.translations = qEnvironmentVariable("KAKUNIN_SHOTS_TRANSLATIONS", o.translations);
        return o;
    }

    DemoClock m_clock;
    AppContext m_context;
    QQmlEngine m_engine;
    std::unique_ptr<QQuickWindow> m_window;
};

} // namespace

TEST_CASE("timeline page: from home's next contracts to a cancellation signed by the customer (P3, M2)",
    "[timeline][page][P3][M2]")
{
    test::TempStore t;
    setNow(t.clock, tokyo(2026, 12, 1, 9, 30));
    Tablet tablet(t);

    // Home: the rep's contracts that need them next.
    REQUIRE(tablet.waitVisible(QStringLiteral("nextContract_demo-k01")));
    CHECK(tablet.text(QStringLiteral("nextContractsTitle")) == QLatin1String("Next for me"));
    CHECK(tablet.visible(QStringLiteral("nextContract_demo-k01")));
    CHECK(tablet.visible(QStringLiteral("nextContract_demo-k03")));
    CHECK_FALSE(tablet.visible(QStringLiteral("nextContractsEmpty")));
    CHECK(tablet.item(QStringLiteral("nextContract_demo-k03"))->height() >= 48);
    tablet.shot(QStringLiteral("01-home-rep"));

    // A tap opens the contract's timeline.
    tablet.click(QStringLiteral("nextContract_demo-k03"));
    REQUIRE(tablet.waitVisible(QStringLiteral("timelinePage")));
    CHECK(tablet.text(QStringLiteral("pageTitle")) == QStringLiteral("Contract: 高橋 美咲"));
    CHECK(tablet.text(QStringLiteral("coolingOffDeadlineValue"))
        == plural("TimelineText", "Cooling-off until %1 (%n day(s) left)", 4).arg(QStringLiteral("12/5 (Sat)")));
    CHECK(tablet.text(QStringLiteral("callC1Text"))
        == plural("kakunin::ContractTimeline", "Waiting for head office (%n attempt(s), not reached yet)", 1));
    CHECK(tablet.text(QStringLiteral("callC2Text")) == QLatin1String("After the delivery"));
    CHECK(tablet.item(QStringLiteral("timelineHeadline"))->property("font").value<QFont>().pixelSize() >= 28);
    CHECK(tablet.item(QStringLiteral("timelineList"))->property("count").toInt() > 30);
    CHECK_FALSE(tablet.visible(QStringLiteral("startLectureButton"))); // a rep gives no lecture
    CHECK(tablet.item(QStringLiteral("cancelButton"))->height() >= 48);
    tablet.shot(QStringLiteral("02-timeline-cooling-off"));
    tablet.portraitShot(QStringLiteral("02-timeline-cooling-off-portrait"));

    // Cancel: nothing is recorded without the customer's signature.
    tablet.click(QStringLiteral("cancelButton"));
    REQUIRE(tablet.popupOpen(QStringLiteral("cancelDialog")));
    REQUIRE(tablet.waitVisible(QStringLiteral("confirmCancelButton")));
    CHECK(tablet.text(QStringLiteral("cancelKind")) == QLatin1String("Cooling-off: free of charge"));
    CHECK(tablet.item(QStringLiteral("cancelSignerName"))->property("text").toString() == QStringLiteral("高橋 美咲"));
    CHECK_FALSE(tablet.item(QStringLiteral("confirmCancelButton"))->isEnabled());
    tablet.write(tablet.item(QStringLiteral("signaturePad")));
    CHECK(tablet.item(QStringLiteral("confirmCancelButton"))->isEnabled());
    tablet.shot(QStringLiteral("03-cancel-dialog"));
    tablet.portraitShot(QStringLiteral("03-cancel-dialog-portrait"));
    const qint64 before = tablet.session().store()->headSeq();
    tablet.click(QStringLiteral("confirmCancelButton"));
    CHECK(tablet.waitVisible(QStringLiteral("confirmCancelButton"), false));
    CHECK_FALSE(tablet.popupOpen(QStringLiteral("cancelDialog")));
    CHECK(tablet.session().store()->headSeq() == before + 1);
    CHECK(tablet.text(QStringLiteral("timelineHeadline")) == QLatin1String("Cancelled"));
    CHECK(tablet.text(QStringLiteral("cancelledDateValue")).startsWith(QLatin1String("Cancelled on 2026/12/01")));
    CHECK_FALSE(tablet.visible(QStringLiteral("cancelButton")));
    CHECK(tablet.text(QStringLiteral("callC1Text")) == QLatin1String("Not made: the contract has ended"));
    tablet.shot(QStringLiteral("04-timeline-cancelled"));

    // Back home: the cancelled contract needs nobody any more.
    tablet.click(QStringLiteral("backButton"));
    REQUIRE(tablet.waitVisible(QStringLiteral("timelinePage"), false));
    CHECK(tablet.visible(QStringLiteral("nextContract_demo-k01")));
    CHECK_FALSE(tablet.visible(QStringLiteral("nextContract_demo-k03")));

    // The other states, for the eye.
    for (const char *id : {"demo-k10", "demo-k08", "demo-k05", "demo-k01"}) {
        tablet.open(QStringLiteral("TimelinePage"), QLatin1String(id));
        REQUIRE(tablet.waitVisible(QStringLiteral("timelinePage")));
        tablet.shot(QStringLiteral("05-timeline-") + QLatin1String(id));
        // The walkthrough stopped halfway: the rep goes on with it from here; nothing to cancel yet.
        const bool explaining = QLatin1String(id) == QLatin1String("demo-k01");
        CHECK(tablet.visible(QStringLiteral("continueWalkthroughButton")) == explaining);
        CHECK(tablet.visible(QStringLiteral("cancelButton")) == !explaining);
        tablet.click(QStringLiteral("backButton"));
        REQUIRE(tablet.waitVisible(QStringLiteral("timelinePage"), false));
    }
}

TEST_CASE("timeline page: an installer goes from home to the lecture, offered only after a clean C1 (D1)",
    "[timeline][page][D1]")
{
    test::TempStore t;
    setNow(t.clock, tokyo(2026, 12, 1, 9, 30));
    Tablet tablet(t);
    tablet.session().setUser(DemoInstaller, QStringLiteral("installer"));
    REQUIRE(tablet.waitVisible(QStringLiteral("nextContract_demo-k06")));
    CHECK(tablet.visible(QStringLiteral("nextContract_demo-k06")));
    CHECK(tablet.visible(QStringLiteral("nextContract_demo-k05")));
    CHECK_FALSE(tablet.visible(QStringLiteral("nextContract_demo-k01")));
    tablet.shot(QStringLiteral("06-home-installer"));

    tablet.open(QStringLiteral("TimelinePage"), QStringLiteral("demo-k05"));
    REQUIRE(tablet.waitVisible(QStringLiteral("timelinePage")));
    REQUIRE(tablet.visible(QStringLiteral("startLectureButton")));
    CHECK(tablet.text(QStringLiteral("startLectureButton")) == QLatin1String("Start delivery lecture"));
    CHECK(tablet.text(QStringLiteral("callC1Text")).startsWith(QLatin1String("Clean: no problem found")));
    CHECK_FALSE(tablet.visible(QStringLiteral("cancelButton"))); // installers do not record cancellations
    tablet.shot(QStringLiteral("07-timeline-installer-ready"));
    tablet.click(QStringLiteral("startLectureButton"));
    CHECK(tablet.waitVisible(QStringLiteral("lecturePage")));
    tablet.click(QStringLiteral("backButton"));
    REQUIRE(tablet.waitVisible(QStringLiteral("lecturePage"), false));
    tablet.click(QStringLiteral("backButton"));
    REQUIRE(tablet.waitVisible(QStringLiteral("timelinePage"), false));

    // A contract still in cooling-off with no clean C1 offers no lecture.
    tablet.open(QStringLiteral("TimelinePage"), QStringLiteral("demo-k03"));
    REQUIRE(tablet.waitVisible(QStringLiteral("timelinePage")));
    CHECK_FALSE(tablet.visible(QStringLiteral("startLectureButton")));
}
