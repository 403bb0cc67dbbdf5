// The tour: the whole journey through the real QML, offscreen at 1280×800, in one language
// (KAKUNIN_TOUR_LANGUAGE=ja|en), with a PNG of every screen in build/tour/NN-screen-LANG.png.
// Time is a ManualClock shared by the store and the view models, so a three-hour lecture takes no time.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "uidriver.h"

#include <models/appcontext.h>

#include <core/clock.h>
#include <store/keystorage.h>

#include <QDateTime>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTranslator>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(Kakunin_AppPlugin)
Q_IMPORT_QML_PLUGIN(Kakunin_UiPlugin)

using namespace kakunin;
using kakunin::test::UiDriver;

namespace {

QString language()
{
    const QString l = qEnvironmentVariable("KAKUNIN_TOUR_LANGUAGE");
    return l.isEmpty() ? QStringLiteral("ja") : l;
}

qint64 tokyo(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone("Asia/Tokyo")).toMSecsSinceEpoch();
}

const QString Pin = QStringLiteral("135790");

// One running app over a fresh data folder, as on a new tablet.
struct TourApp {
    QTemporaryDir dir;
    ManualClock clock {tokyo(2026, 12, 1, 9, 30), 5'000'000};
    std::unique_ptr<AppContext> context;
    QQmlApplicationEngine engine;
    QQuickWindow *window = nullptr;
    std::unique_ptr<UiDriver> ui;

    TourApp()
    {
        AppContext::Options options;
        options.store.directory = dir.path();
        options.store.clock = &clock;
        options.store.keyStorage = KeyStoragePolicy::FileOnly;
        options.store.kdf = KdfParams {1, 1024, 1}; // real Argon2id, small so the tour stays quick
        options.clock = &clock;
        options.userId = QStringLiteral("rep-001");
        options.role = QStringLiteral("sales_rep");
        context = std::make_unique<AppContext>(options);
        engine.addImportPath(QStringLiteral("qrc:/"));
        engine.load(QUrl(QStringLiteral("qrc:/Kakunin/Ui/Main.qml")));
        REQUIRE(engine.rootObjects().size() == 1);
        window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        REQUIRE(window != nullptr);
        window->resize(1280, 800);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window));
        ui = std::make_unique<UiDriver>(window, QStringLiteral(KAKUNIN_TOUR_DIR), language());
    }
};

bool english()
{
    return language() == QLatin1String("en");
}

} // namespace

TEST_CASE("tour: first start, screening, visit, walkthrough, lecture, timeline, cancellation")
{
    TourApp app;
    UiDriver &ui = *app.ui;

    // First start: a PIN, twice.
    REQUIRE(ui.waitForItem(QStringLiteral("pinPad")));
    CHECK(ui.text(QStringLiteral("lockInstruction"))
        == (english()
                ? QStringLiteral("Welcome. Choose a PIN of at least 6 digits to protect the records on this tablet.")
                : QStringLiteral("ようこそ。このタブレットの記録を守るため、6桁以上の暗証番号を決めてください。")));
    ui.shot(QStringLiteral("first-start"));
    CHECK_FALSE(ui.enabled(QStringLiteral("pinSubmit")));
    for (int round = 0; round < 2; ++round) {
        for (const QChar digit : Pin)
            REQUIRE(ui.tap(QStringLiteral("pinKey") + digit));
        REQUIRE(ui.tap(QStringLiteral("pinSubmit")));
    }
    REQUIRE(ui.waitForItem(QStringLiteral("homePage")));
    CHECK(ui.text(QStringLiteral("myCustomersTitle"))
        == (english() ? QStringLiteral("My customers") : QStringLiteral("担当のお客様")));
    ui.shot(QStringLiteral("home-empty"));
}

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_QUICK_BACKEND", "software"); // grabWindow works without a GPU
    QTemporaryDir runtimeDir; // Qt wants a private runtime folder; CI shells have none
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        qputenv("XDG_RUNTIME_DIR", runtimeDir.path().toLocal8Bit());
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Material"));
    QTranslator translator;
    if (translator.load(QStringLiteral(":/i18n/kakunin_%1.qm").arg(language())))
        QCoreApplication::installTranslator(&translator);
    return Catch::Session().run(argc, argv);
}
