// The tour: the whole journey through the real QML, offscreen at 1280×800, in one language
// (KAKUNIN_TOUR_LANGUAGE=ja|en), with a PNG of every screen in build/tour/NN-screen-LANG.png.
// Time is a ManualClock shared by the store and the view models, so a three-hour lecture takes no time.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "uidriver.h"

#include <models/appcontext.h>

#include <core/clock.h>
#include <core/domain/eventcatalog.h>
#include <core/domain/lifecycle.h>
#include <core/projection.h>
#include <store/keystorage.h>
#include <store/store.h>

#include <QAbstractItemModel>
#include <QDateTime>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
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

    explicit TourApp(bool demoData = false)
    {
        AppContext::Options options;
        options.store.directory = dir.path();
        options.store.clock = &clock;
        options.store.keyStorage = KeyStoragePolicy::FileOnly;
        options.store.kdf = KdfParams {1, 1024, 1}; // real Argon2id, small so the tour stays quick
        options.clock = &clock;
        options.userId = QStringLiteral("rep-001");
        options.role = QStringLiteral("sales_rep");
        options.language = language(); // AppContext's Language installs the translator
        options.seedDemoData = demoData;
        options.backgroundReads = true; // as the app does
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

// The text in the tour's language.
QString say(const char *en, const char *ja)
{
    return english() ? QString::fromUtf8(en) : QString::fromUtf8(ja);
}

// Photographs the screen; with KAKUNIN_TOUR_DUMP set also prints what it shows (for writing assertions).
void shot(UiDriver &ui, const QString &name)
{
    ui.shot(name);
    if (qEnvironmentVariableIsSet("KAKUNIN_TOUR_DUMP"))
        qInfo().noquote() << "=== " << name << "\n" << ui.visibleText();
}

// Taps, and fails the test with the name of what could not be tapped.
void press(UiDriver &ui, const QString &name)
{
    INFO("tap " << name.toStdString());
    REQUIRE(ui.tap(name));
}

void enter(UiDriver &ui, const QString &name, const QString &text)
{
    INFO("type into " << name.toStdString());
    REQUIRE(ui.type(name, text));
}

void waitFor(UiDriver &ui, const QString &name)
{
    // Shown, and no page transition running (a tap during one lands where the page was).
    const bool shown = ui.waitFor([&] {
        const QObject *stack = ui.findObject(QStringLiteral("stack"));
        return ui.find(name) != nullptr && (stack == nullptr || !stack->property("busy").toBool());
    });
    INFO("wait for " << name.toStdString() << "; the screen shows:\n"
                     << (shown ? QString() : ui.visibleText()).toStdString());
    REQUIRE(shown);
}

// Back to home with the pages' own back buttons, as a person would.
void goHome(UiDriver &ui)
{
    for (int i = 0; i < 8 && ui.find(QStringLiteral("homePage")) == nullptr; ++i) {
        press(ui, QStringLiteral("backButton"));
        ui.waitFor([&] { return !ui.findObject(QStringLiteral("stack"))->property("busy").toBool(); });
    }
    waitFor(ui, QStringLiteral("homePage"));
}

// A new prospect from home: the customer form, then the customer page with its profile sheet.
void registerCustomer(UiDriver &ui, const QString &name, const QString &reading, const QString &business)
{
    goHome(ui);
    press(ui, QStringLiteral("newCustomerButton"));
    waitFor(ui, QStringLiteral("newCustomerPage"));
    enter(ui, QStringLiteral("customerNameInput"), name);
    enter(ui, QStringLiteral("customerReadingInput"), reading);
    enter(ui, QStringLiteral("customerBusinessInput"), business);
    enter(ui, QStringLiteral("customerPhoneInput"), QStringLiteral("03-5555-0101"));
    press(ui, QStringLiteral("saveCustomerButton"));
    waitFor(ui, QStringLiteral("customerPage"));
}

// The profile sheet (P1) as the rep fills it in with the customer.
void fillProfile(UiDriver &ui, int birthYear, const QString &businessForm)
{
    enter(ui, QStringLiteral("birthYearInput"), QString::number(birthYear));
    enter(ui, QStringLiteral("yearsInBusinessInput"), QStringLiteral("12"));
    enter(ui, QStringLiteral("yearsInTradeInput"), QStringLiteral("20"));
    press(ui, QStringLiteral("businessForm_") + businessForm);
    press(ui, QStringLiteral("smartphoneUse_daily_apps"));
    press(ui, QStringLiteral("pcSkill_office"));
}

} // namespace

TEST_CASE("tour: first start, screening, visit, walkthrough, lecture, timeline, cancellation")
{
    TourApp app;
    UiDriver &ui = *app.ui;
    Store *store = nullptr;

    {
        // --- First start: a PIN, twice.
        waitFor(ui, QStringLiteral("pinPad"));
        CHECK(ui.text(QStringLiteral("lockInstruction"))
            == say("Welcome. Choose a PIN of at least 6 digits to protect the records on this tablet.",
                "ようこそ。このタブレットの記録を守るため、6桁以上の暗証番号を決めてください。"));
        shot(ui, QStringLiteral("first-start"));
        CHECK_FALSE(ui.enabled(QStringLiteral("pinSubmit")));
        for (int round = 0; round < 2; ++round) {
            for (const QChar digit : Pin)
                press(ui, QStringLiteral("pinKey") + digit);
            press(ui, QStringLiteral("pinSubmit"));
        }
        waitFor(ui, QStringLiteral("homePage"));
        store = app.context->session().store();
        REQUIRE(store != nullptr);
        CHECK(ui.text(QStringLiteral("myCustomersTitle")) == say("My customers", "担当のお客様"));
        shot(ui, QStringLiteral("home-empty"));

        // --- Screening, refused (P2): an elderly representative with no successor present.
        registerCustomer(
            ui, QStringLiteral("佐々木 正"), QStringLiteral("ササキ タダシ"), QStringLiteral("佐々木米穀店"));
        shot(ui, QStringLiteral("customer-new"));
        fillProfile(ui, 1946, QStringLiteral("full_time"));
        shot(ui, QStringLiteral("profile-refusal-preview"));
        CHECK(ui.find(QStringLiteral("previewRefusal")) != nullptr);
        press(ui, QStringLiteral("saveProfile"));
        waitFor(ui, QStringLiteral("confirmRefusalOk"));
        shot(ui, QStringLiteral("screening-confirm-refusal"));
        press(ui, QStringLiteral("confirmRefusalOk"));
        REQUIRE(ui.waitFor([&] { return ui.find(QStringLiteral("refusalReason")) != nullptr; }));
        shot(ui, QStringLiteral("screening-refused"));
        CHECK(ui.text(QStringLiteral("screeningResult"))
            == say("No contract may be offered to this prospect.", "このお客様には契約をご提案できません。"));
        CHECK(ui.text(QStringLiteral("refusalReason"))
            == say("✕ The representative is 80 (70 or older) and no successor is present to hear the explanation.",
                "✕ 代表者が80歳（70歳以上）で、説明を受ける後継者の方が同席していません。"));
        CHECK(ui.find(QStringLiteral("explainButton")) == nullptr); // no way forward
        CHECK(ui.find(QStringLiteral("bookVisitButton")) == nullptr);
        CHECK_FALSE(ui.text(QStringLiteral("blockedText")).isEmpty());

        // --- Screening, allowed: a full-time owner in their fifties.
        registerCustomer(ui, QStringLiteral("森 由紀"), QStringLiteral("モリ ユキ"), QStringLiteral("もり珈琲店"));
        fillProfile(ui, 1974, QStringLiteral("full_time"));
        CHECK(ui.find(QStringLiteral("previewRefusal")) == nullptr);
        press(ui, QStringLiteral("saveProfile"));
        REQUIRE(ui.waitFor([&] { return ui.find(QStringLiteral("explainButton")) != nullptr; }));
        shot(ui, QStringLiteral("screening-allowed"));
        CHECK(ui.text(QStringLiteral("screeningResult"))
            == say("A contract may be offered.", "契約のご提案が可能です。"));
        CHECK(ui.find(QStringLiteral("refusalReason")) == nullptr);

        // --- Visit (S2): book an appointment, start the visit, see the conduct timer.
        press(ui, QStringLiteral("bookVisitButton"));
        waitFor(ui, QStringLiteral("bookingPopup"));
        shot(ui, QStringLiteral("visit-booking"));
        press(ui, QStringLiteral("bookingConfirm"));
        REQUIRE(ui.waitFor([&] { return ui.find(QStringLiteral("bookingPopup")) == nullptr; }));
        QTest::qWait(400); // the popup's closing transition
        waitFor(ui, QStringLiteral("visitPage"));
        shot(ui, QStringLiteral("visit-booked"));
        CHECK(ui.enabled(QStringLiteral("startVisitButton")));
        press(ui, QStringLiteral("startVisitButton"));
        waitFor(ui, QStringLiteral("endVisitButton"));
        app.clock.advance(25 * 60'000); // the conversation before the explanation
        QTest::qWait(1100); // the timer's display tick
        shot(ui, QStringLiteral("visit-running"));
        CHECK(ui.find(QStringLiteral("visitWarning")) == nullptr); // far from 80 % of the maximum

        // --- Important-matters walkthrough (S3, S1, M1): every item confirmed by the customer, no skipping.
        press(ui, QStringLiteral("openCustomerButton"));
        waitFor(ui, QStringLiteral("customerPage"));
        press(ui, QStringLiteral("explainButton"));
        waitFor(ui, QStringLiteral("matterItem"));
        shot(ui, QStringLiteral("walkthrough-first-item"));
        CHECK(ui.text(QStringLiteral("itemPosition")) == QStringLiteral("1 / 16"));
        CHECK(ui.text(QStringLiteral("itemTitle")) == say("What you are buying", "ご購入いただく商品"));
        CHECK_FALSE(ui.enabled(QStringLiteral("nextItemButton"))); // not before the customer confirms
        int items = 0;
        while (ui.find(QStringLiteral("confirmItemButton")) != nullptr && items < 40) {
            app.clock.advance(90'000); // reading the item together
            press(ui, QStringLiteral("confirmItemButton"));
            if (items == 0)
                shot(ui, QStringLiteral("walkthrough-item-confirmed"));
            press(ui, QStringLiteral("nextItemButton"));
            ++items;
        }
        CHECK(items == 16); // crm-standard's important matters, every one
        waitFor(ui, QStringLiteral("attestButton"));
        shot(ui, QStringLiteral("walkthrough-attestation"));
        press(ui, QStringLiteral("attestCheck"));
        press(ui, QStringLiteral("attestButton"));
        const QList<std::pair<QString, QString>> signers {{QStringLiteral("customer"), QStringLiteral("森 由紀")},
            {QStringLiteral("rep"), QStringLiteral("鈴木 一郎")}};
        for (const auto &[signer, name] : signers) {
            waitFor(ui, QStringLiteral("signatureField_") + signer);
            // The customer's name comes from the customer record; the rep's is filled in or written.
            if (signer == QLatin1String("customer"))
                CHECK(ui.text(QStringLiteral("signerNameField")) == name);
            else if (ui.text(QStringLiteral("signerNameField")).isEmpty())
                enter(ui, QStringLiteral("signerNameField"), name);
            CHECK_FALSE(ui.text(QStringLiteral("signerNameField")).isEmpty());
            REQUIRE(ui.sign(QStringLiteral("signaturePad")));
            shot(ui, QStringLiteral("walkthrough-signature-") + signer);
            press(ui, QStringLiteral("signButton"));
        }
        waitFor(ui, QStringLiteral("walkthroughCopyView"));
        REQUIRE(ui.waitFor([&] { return ui.find(QStringLiteral("copyBusy")) == nullptr; }, 30000));
        shot(ui, QStringLiteral("walkthrough-copy"));
        press(ui, QStringLiteral("doneButton"));

        // The rep ends the visit.
        for (int i = 0; i < 4 && ui.find(QStringLiteral("endVisitButton")) == nullptr; ++i) {
            press(ui, QStringLiteral("backButton"));
            ui.waitFor([&] { return !ui.findObject(QStringLiteral("stack"))->property("busy").toBool(); });
        }
        press(ui, QStringLiteral("endVisitButton"));
        waitFor(ui, QStringLiteral("lastVisit"));
        shot(ui, QStringLiteral("visit-ended"));

        const QList<AggregateState> contracts = store->projectionsOfKind(QStringLiteral("contract"));
        REQUIRE(contracts.size() == 1);
        const ContractState concluded = ContractState::fromJson(contracts.first().state);
        const QString contractId = concluded.id;
        CHECK(concluded.stage == ContractStage::Contracted);

        // Head office's first confirmation call (M2), clean. On a real tablet it arrives by sync; here it is
        // written into the store as the sync engine would apply it.
        app.clock.advance(24 * 3600'000LL);
        REQUIRE(store
                    ->appendBatch({{EventType::CallRecorded, contractId, QStringLiteral("hq-call-001"),
                        {{QStringLiteral("stage"), QStringLiteral("C1")}, {QStringLiteral("reached"), 1},
                            {QStringLiteral("guaranteeMentioned"), 0}, {QStringLiteral("conductOk"), 1},
                            {QStringLiteral("lectureOk"), 1}, {QStringLiteral("productUsed"), 0},
                            {QStringLiteral("note"), QString()}}}})
                    .ok());

        // --- Delivery lecture (D1, D2) by the installer, on the installer's tablet.
        app.context->session().setUser(QStringLiteral("inst-001"), QStringLiteral("installer"));
        goHome(ui);
        waitFor(ui, QStringLiteral("nextContract_") + contractId);
        shot(ui, QStringLiteral("home-installer"));
        press(ui, QStringLiteral("nextContract_") + contractId);
        waitFor(ui, QStringLiteral("lecturePage"));
        shot(ui, QStringLiteral("lecture-before-start"));
        CHECK_FALSE(ui.enabled(QStringLiteral("signOffButton")));
        press(ui, QStringLiteral("lectureStart"));
        REQUIRE(ui.waitFor([&] { return ui.enabled(QStringLiteral("lecturePause")); }));

        const auto *checklist
            = qvariant_cast<QAbstractItemModel *>(ui.find(QStringLiteral("lectureChecklist"))->property("model"));
        REQUIRE(checklist != nullptr);
        const int itemIdRole = checklist->roleNames().key("itemId");
        QStringList itemIds;
        for (int row = 0; row < checklist->rowCount(); ++row)
            itemIds.append(checklist->index(row, 0).data(itemIdRole).toString());
        REQUIRE(itemIds.size() >= 20);
        const qint64 perItem = 150 * 60'000LL / itemIds.size(); // 150 minutes for the checklist
        for (int i = 0; i < itemIds.size(); ++i) {
            app.clock.advance(perItem);
            press(ui, QStringLiteral("taught_") + itemIds[i]);
            press(ui, QStringLiteral("understood_") + itemIds[i]);
            if (i == 2)
                shot(ui, QStringLiteral("lecture-running"));
            if (i == itemIds.size() / 2) { // a break, which the lecture time does not count
                press(ui, QStringLiteral("lecturePause"));
                app.clock.advance(20 * 60'000);
                QTest::qWait(300);
                shot(ui, QStringLiteral("lecture-paused"));
                press(ui, QStringLiteral("lectureResume"));
            }
        }
        // Every item done but the minimum not reached: the sign-off waits and says why (D1).
        QTest::qWait(300);
        shot(ui, QStringLiteral("lecture-below-minimum"));
        CHECK(ui.text(QStringLiteral("lectureClock")) == QStringLiteral("2:29:59")); // the break is not counted
        CHECK_FALSE(ui.enabled(QStringLiteral("signOffButton")));
        CHECK(ui.visibleText(ui.find(QStringLiteral("signOffSection")))
                  .contains(say("0:30:00", "あと 0:30:00 必要です")));
        app.clock.advance(31 * 60'000);
        REQUIRE(ui.waitFor([&] { return ui.find(QStringLiteral("signOffBlockedReason")) == nullptr; }));
        REQUIRE(ui.sign(QStringLiteral("signaturePad")));
        shot(ui, QStringLiteral("lecture-sign-off"));
        press(ui, QStringLiteral("signOffButton"));
        waitFor(ui, QStringLiteral("signedOffMessage"));
        // The customer's copy is written as soon as the sign-off is recorded.
        REQUIRE(ui.waitFor(
            [&] {
                return ui.find(QStringLiteral("copyPreview")) != nullptr
                    && ui.find(QStringLiteral("copyBusy")) == nullptr;
            },
            30000));
        shot(ui, QStringLiteral("lecture-copy"));
        CHECK(ContractState::fromJson(store->projection(contractId)->state).lectureMet);

        // --- Contract timeline and cancellation in cooling-off (P3), back on the rep's tablet.
        app.context->session().setUser(QStringLiteral("rep-001"), QStringLiteral("sales_rep"));
        goHome(ui);
        const QString customerId = ContractState::fromJson(store->projection(contractId)->state).customerId;
        press(ui, QStringLiteral("customerRow_") + customerId);
        waitFor(ui, QStringLiteral("contract_") + contractId);
        press(ui, QStringLiteral("contract_") + contractId);
        waitFor(ui, QStringLiteral("timelinePage"));
        shot(ui, QStringLiteral("timeline"));
        CHECK_FALSE(ui.text(QStringLiteral("coolingOffDeadlineValue")).isEmpty());
        press(ui, QStringLiteral("cancelButton"));
        waitFor(ui, QStringLiteral("cancelDialog"));
        REQUIRE(ui.waitFor([&] { return ui.findObject(QStringLiteral("cancelDialog"))->property("opened").toBool(); }));
        CHECK(ui.text(QStringLiteral("cancelSignerName")) == QStringLiteral("森 由紀")); // the customer signs
        CHECK(ui.text(QStringLiteral("cancelKind")) == say("Cooling-off: free of charge", "クーリングオフ：無償"));
        REQUIRE(ui.sign(QStringLiteral("signaturePad")));
        shot(ui, QStringLiteral("timeline-cancel"));
        press(ui, QStringLiteral("confirmCancelButton"));
        REQUIRE(ui.waitFor([&] { return ui.find(QStringLiteral("cancelDialog")) == nullptr; }));
        waitFor(ui, QStringLiteral("cancelledDate"));
        shot(ui, QStringLiteral("timeline-cancelled"));
        CHECK(ui.text(QStringLiteral("cancelledDateValue"))
            == say("Cancelled on 2026/12/02 (Wed) (Cooling-off: free of charge)",
                "2026/12/02 (水) に解約（クーリングオフ：無償）"));
        CHECK(ContractState::fromJson(store->projection(contractId)->state).stage == ContractStage::Cancelled);

        // --- Settings: about, and the language switched at run time.
        goHome(ui);
        press(ui, QStringLiteral("settingsButton"));
        waitFor(ui, QStringLiteral("settingsPage"));
        shot(ui, QStringLiteral("settings"));
        CHECK(ui.visibleText(ui.find(QStringLiteral("aboutVersion")))
                  .contains(QRegularExpression(QStringLiteral("\\d"))));
        // The other language at run time: the page's own words change at once, and back.
        const QString other = english() ? QStringLiteral("languageJa") : QStringLiteral("languageEn");
        const QString mine = english() ? QStringLiteral("languageEn") : QStringLiteral("languageJa");
        const QString title = ui.text(QStringLiteral("pageTitle"));
        press(ui, other);
        REQUIRE(ui.waitFor([&] { return ui.text(QStringLiteral("pageTitle")) != title; }));
        CHECK(
            ui.text(QStringLiteral("pageTitle")) == (english() ? QStringLiteral("設定") : QStringLiteral("Settings")));
        shot(ui, QStringLiteral("settings-other-language"));
        press(ui, mine);
        REQUIRE(ui.waitFor([&] { return ui.text(QStringLiteral("pageTitle")) == title; }));
    }
}

// What a newcomer sees with `scripts/demo`: the demo data set (a dozen customers, seven contracts in their
// different states, today's appointments), the screens it leads to, and home held in portrait.
TEST_CASE("tour: the demo data set on home, a contract in cooling-off, a lecture in progress, portrait")
{
    TourApp app(true);
    UiDriver &ui = *app.ui;
    ui.setNextShotNumber(60);
    waitFor(ui, QStringLiteral("pinPad"));
    for (int round = 0; round < 2; ++round) {
        for (const QChar digit : Pin)
            press(ui, QStringLiteral("pinKey") + digit);
        press(ui, QStringLiteral("pinSubmit"));
    }
    waitFor(ui, QStringLiteral("homePage"));
    REQUIRE(
        ui.waitFor([&] { return app.context->customers().totalCount() == 10 && !app.context->customers().loading(); }));
    QTest::qWait(200);
    shot(ui, QStringLiteral("demo-home"));
    CHECK(ui.visibleText(ui.find(QStringLiteral("myCustomers"))).contains(QStringLiteral("伊藤 花子")));
    CHECK_FALSE(
        ui.visibleText(ui.find(QStringLiteral("myCustomers"))).contains(QStringLiteral("山田 太郎"))); // rep-002's (P4)
    CHECK(ui.visibleText(ui.find(QStringLiteral("todaysVisits"))).contains(QStringLiteral("10:00"))); // 伊藤様
    CHECK(ui.find(QStringLiteral("nextContracts")) != nullptr);

    // Search by romaji finds a Japanese name by its reading.
    enter(ui, QStringLiteral("customerSearch"), QStringLiteral("takahashi"));
    REQUIRE(ui.waitFor([&] { return app.context->customers().count() == 1; }));
    shot(ui, QStringLiteral("demo-home-search"));
    press(ui, QStringLiteral("customerRow_demo-c03"));
    waitFor(ui, QStringLiteral("customerPage"));
    shot(ui, QStringLiteral("demo-customer-in-cooling-off"));

    app.window->resize(800, 1280);
    QTest::qWait(300);
    goHome(ui);
    shot(ui, QStringLiteral("demo-home-portrait"));
    CHECK(ui.find(QStringLiteral("myCustomers"))->width() <= 800);
    app.window->resize(1280, 800);
    QTest::qWait(300);
}

int main(int argc, char *argv[])
{
    // Under a virtual X server (xvfb-run, as ctest runs it where xvfb is installed) the scene graph renders
    // with OpenGL (Mesa) as on a tablet, Material's raised buttons included; without a display the offscreen
    // platform with the software renderer, which leaves out the style's shader effects.
    if (qEnvironmentVariableIsEmpty("DISPLAY")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        qputenv("QT_QUICK_BACKEND", "software");
    } else {
        qputenv("QT_QPA_PLATFORM", "xcb");
    }
    QTemporaryDir runtimeDir; // Qt wants a private runtime folder; CI shells have none
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        qputenv("XDG_RUNTIME_DIR", runtimeDir.path().toLocal8Bit());
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Material"));
    return Catch::Session().run(argc, argv);
}
