// The walkthrough page in an offscreen window over the app's real wiring (AppContext, demo data): found by
// objectName, clicked through from the first item to the customer's copy. With KAKUNIN_SHOTS=<folder> it
// saves a screenshot of every step there (landscape 1280×800 and portrait 800×1280).
#include "test_walkthrough_support.h"
#include "windowshots.h"

#include <models/appcontext.h>
#include <models/demodata.h>
#include <models/walkthroughsession.h>

#include <QDir>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Kakunin_AppPlugin)
Q_IMPORT_QML_PLUGIN(Kakunin_UiPlugin)

using namespace kakunin;
using namespace kakunin::test;

namespace {

const QByteArray PageQml = R"(
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
    Material.theme: Material.Light
    Material.primary: Theme.primary
    Material.accent: Theme.primary

    property string customer: ""

    Loader {
        objectName: "pageLoader"
        anchors.fill: parent
        active: parent.customer !== ""
        sourceComponent: WalkthroughPage {
            customerId: customer
            productCode: "crm-standard"
        }
    }
}
)";

class PageHarness {
public:
    explicit PageHarness(TempStore &t) : m_context(options(t))
    {
        unlock(m_context.session(), t);
        // The demo customers without the demo contracts: each test starts its own walkthrough.
        REQUIRE(seedDemoData(*m_context.session().store(), m_context.session().userId(), t.clock).ok());
        m_engine.addImportPath(QStringLiteral("qrc:/"));
        QQmlComponent component(&m_engine);
        component.setData(PageQml, QUrl(QStringLiteral("qrc:/walkthrough_harness.qml")));
        INFO(component.errorString().toStdString());
        m_window.reset(qobject_cast<QQuickWindow *>(component.create()));
        REQUIRE(m_window);
    }
    ~PageHarness() { m_window.reset(); }

    void open(const QString &customerId)
    {
        m_window->setProperty("customer", customerId);
        REQUIRE(QTest::qWaitForWindowExposed(m_window.get()));
        settle();
    }

    QQuickWindow *window() const { return m_window.get(); }
    AppSession &session() { return m_context.session(); }

    template <typename T = QQuickItem> T *find(const char *name) const
    {
        return m_window->findChild<T *>(QLatin1String(name));
    }
    QQuickItem *item(const char *name) const
    {
        QQuickItem *i = find(name);
        INFO("objectName " << name);
        REQUIRE(i != nullptr);
        return i;
    }
    WalkthroughSession *walkthrough() const
    {
        auto *w = find<WalkthroughSession>("walkthrough");
        REQUIRE(w != nullptr);
        return w;
    }
    bool enabled(const char *name) const { return item(name)->isEnabled(); }
    bool visible(const char *name) const
    {
        QQuickItem *i = find(name);
        return i != nullptr && i->isVisible();
    }
    void click(const char *name)
    {
        QQuickItem *b = item(name);
        REQUIRE(b->isEnabled());
        REQUIRE(b->isVisible());
        QTest::mouseClick(
            m_window.get(), Qt::LeftButton, {}, b->mapToScene(QPointF(b->width() / 2, b->height() / 2)).toPoint());
        settle();
    }
    // Writes a few looping strokes on the pad, as a finger would.
    void write(QQuickItem *pad)
    {
        for (int k = 0; k < 3; ++k) {
            const QPointF start = pad->mapToScene(QPointF(pad->width() * (0.12 + 0.27 * k), pad->height() * 0.5));
            QTest::mousePress(m_window.get(), Qt::LeftButton, {}, start.toPoint());
            for (int i = 1; i <= 24; ++i) {
                const QPointF p = start + QPointF(i * pad->width() * 0.009, std::sin(i / 3.0) * pad->height() * 0.18);
                QTest::mouseMove(m_window.get(), p.toPoint(), 8);
            }
            QTest::mouseRelease(m_window.get(), Qt::LeftButton, {},
                (start + QPointF(24 * pad->width() * 0.009, std::sin(8.0) * pad->height() * 0.18)).toPoint());
        }
        settle();
    }
    void settle() { QTest::qWait(20); }

    void shot(const QString &name) { test::saveShot(m_window.get(), name, 20); }
    void portraitShot(const QString &name) { test::savePortraitShot(m_window.get(), name, 20); }

private:
    static AppContext::Options options(TempStore &t)
    {
        AppContext::Options o;
        o.store = t.options();
        o.clock = &t.clock;
        return o;
    }

    AppContext m_context;
    QQmlEngine m_engine;
    std::unique_ptr<QQuickWindow> m_window;
};

} // namespace

TEST_CASE("walkthrough page: one item per page then attestation then signatures then the copy (S3 S1 M1)",
    "[walkthrough][page][S3][S1][M1]")
{
    TempStore t;
    t.clock.setUtc(1'795'842'000'000); // 2026-11-28 14:00 in Japan
    PageHarness h(t);
    h.open(QStringLiteral("demo-c01"));
    WalkthroughSession *w = h.walkthrough();
    REQUIRE(w->step() == WalkthroughSession::Step::Items);
    QTemporaryDir copies;
    w->setCopiesFolder(copies.path());

    // Large type for the customer: the title at least 40 px, the text at least 24 px.
    CHECK(h.item("itemTitle")->property("font").value<QFont>().pixelSize() >= 40);
    CHECK(h.item("itemBody")->property("font").value<QFont>().pixelSize() >= 24);
    CHECK(h.item("confirmItemButton")->height() >= 48);
    CHECK(h.item("itemPosition")->property("text").toString() == QStringLiteral("1 / %1").arg(w->count()));
    CHECK(h.enabled("confirmItemButton"));
    CHECK_FALSE(h.enabled("nextItemButton"));
    CHECK_FALSE(h.enabled("previousItemButton"));
    h.shot(QStringLiteral("01-item-first"));
    h.portraitShot(QStringLiteral("01-item-first-portrait"));

    h.click("confirmItemButton");
    CHECK(w->itemConfirmed());
    CHECK_FALSE(h.enabled("confirmItemButton"));
    CHECK(h.enabled("nextItemButton"));
    h.shot(QStringLiteral("02-item-confirmed"));
    h.click("nextItemButton");
    CHECK(w->index() == 1);
    CHECK(h.item("itemPosition")->property("text").toString() == QStringLiteral("2 / %1").arg(w->count()));
    CHECK(h.enabled("previousItemButton"));
    CHECK_FALSE(h.enabled("nextItemButton"));

    // The rest of the items; the Japanese texts for one look.
    while (w->step() == WalkthroughSession::Step::Items) {
        t.clock.advance(45'000);
        if (w->index() == 2) {
            w->setLanguage(QStringLiteral("ja"));
            h.shot(QStringLiteral("03-item-ja"));
            h.portraitShot(QStringLiteral("03-item-ja-portrait"));
            w->setLanguage(QStringLiteral("en"));
        }
        h.click("confirmItemButton");
        h.click("nextItemButton");
    }

    // S1: the rep attests before the signatures.
    REQUIRE(w->step() == WalkthroughSession::Step::Attestation);
    CHECK_FALSE(h.enabled("attestButton"));
    h.item("attestCheck")->setProperty("checked", true);
    h.settle();
    CHECK(h.enabled("attestButton"));
    h.shot(QStringLiteral("04-attestation"));
    h.click("attestButton");
    REQUIRE(w->step() == WalkthroughSession::Step::Signatures);

    // Signatures in order: the customer's pad first, no successor's for this customer, then the rep's.
    CHECK(h.find("signatureField_customer") != nullptr);
    CHECK(h.find("signatureField_successor") == nullptr);
    CHECK(h.find("signatureField_rep") == nullptr);
    CHECK_FALSE(h.enabled("signButton"));
    h.write(h.item("signatureField_customer")->findChild<QQuickItem *>(QStringLiteral("signaturePad")));
    CHECK(h.enabled("signButton"));
    h.item("sealCheck")->setProperty("checked", true);
    h.shot(QStringLiteral("05-signature-customer"));
    h.portraitShot(QStringLiteral("05-signature-customer-portrait"));
    t.clock.advance(40'000);
    h.click("signButton");
    INFO(w->errorMessage().toStdString());
    REQUIRE(w->nextSigner() == QLatin1String("rep"));
    REQUIRE(h.find("signatureField_rep") != nullptr);
    CHECK(h.find("signatureField_customer") == nullptr);
    h.write(h.item("signatureField_rep")->findChild<QQuickItem *>(QStringLiteral("signaturePad")));
    h.shot(QStringLiteral("06-signature-rep"));
    t.clock.advance(40'000);
    h.click("signButton");
    REQUIRE(w->step() == WalkthroughSession::Step::Complete);

    // The copy: a busy indicator while the PDF is written off the UI thread, then the preview and "Save copy".
    CHECK(w->copyBusy());
    CHECK(h.visible("copyBusy"));
    QSignalSpy copied(w, &WalkthroughSession::copyChanged);
    for (int i = 0; i < 100 && w->copyBusy(); ++i)
        copied.wait(200);
    REQUIRE(w->copyReady());
    h.settle();
    CHECK(h.enabled("saveCopyButton"));
    h.shot(QStringLiteral("07-copy"));
    h.click("saveCopyButton");
    CHECK(h.visible("savedPathLabel"));
    CHECK(QFile::exists(w->savedPath()));
    h.shot(QStringLiteral("08-copy-saved"));
    h.portraitShot(QStringLiteral("08-copy-saved-portrait"));
    if (w->previewPageCount() > 1) {
        h.click("nextPageButton");
        h.shot(QStringLiteral("09-copy-page2"));
        // Tap to read a page at full width.
        h.click("copyPreview");
        CHECK(h.visible("copyZoomPage"));
        h.shot(QStringLiteral("09-copy-zoom"));
        h.click("closeZoomButton");
    }
}

TEST_CASE("walkthrough page: a refused prospect sees why and cannot start (P2)", "[walkthrough][page][P2]")
{
    TempStore t;
    PageHarness h(t);
    h.open(QStringLiteral("demo-c02")); // elderly, no successor: refused at screening
    WalkthroughSession *w = h.walkthrough();
    CHECK(w->step() == WalkthroughSession::Step::Unavailable);
    CHECK(w->blockedCode() == QLatin1String("screening_refused"));
    CHECK_FALSE(h.visible("confirmItemButton"));
    CHECK(h.session().store()->projectionsOfKind(QStringLiteral("contract")).isEmpty());
    h.shot(QStringLiteral("10-refused"));
}

TEST_CASE("walkthrough page: the successor signs between customer and rep (P2)", "[walkthrough][page][P2]")
{
    TempStore t;
    PageHarness h(t);
    h.open(QStringLiteral("demo-c07")); // elderly with a successor who signs too
    WalkthroughSession *w = h.walkthrough();
    REQUIRE(w->step() == WalkthroughSession::Step::Items);
    REQUIRE(w->successorRequired());
    while (w->step() == WalkthroughSession::Step::Items) {
        h.click("confirmItemButton");
        h.click("nextItemButton");
    }
    h.item("attestCheck")->setProperty("checked", true);
    h.settle();
    h.click("attestButton");
    h.write(h.item("signatureField_customer")->findChild<QQuickItem *>(QStringLiteral("signaturePad")));
    h.click("signButton");
    REQUIRE(h.find("signatureField_successor") != nullptr);
    h.item("signerNameField")->setProperty("text", QStringLiteral("中村 翔"));
    h.write(h.item("signatureField_successor")->findChild<QQuickItem *>(QStringLiteral("signaturePad")));
    h.shot(QStringLiteral("11-signature-successor"));
    h.click("signButton");
    REQUIRE(h.find("signatureField_rep") != nullptr);
}
