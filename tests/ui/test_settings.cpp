// Settings (issue 5): sync status, auto-lock, PIN change and the run-time language switch.
#include <catch2/catch.hpp>

#include <models/appcontext.h>
#include <models/appsession.h>
#include <models/inactivitylock.h>
#include <models/language.h>
#include <models/settingsfile.h>
#include <models/settingspacklist.h>
#include <models/syncstatus.h>
#include <support/testsupport.h>

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QSignalSpy>
#include <QTimeZone>
#include <QTimer>

using namespace kakunin;

namespace {

const QString NewPin = QStringLiteral("97531086");

// Runs the event loop until the session's background work is done; never sleeps blindly.
void waitIdle(AppSession &s)
{
    QElapsedTimer t;
    t.start();
    while ((s.busy() || s.pinChangeBusy()) && t.elapsed() < 20'000) {
        QEventLoop loop;
        QObject::connect(&s, &AppSession::busyChanged, &loop, &QEventLoop::quit);
        QObject::connect(&s, &AppSession::pinChangeChanged, &loop, &QEventLoop::quit);
        QTimer::singleShot(200, &loop, &QEventLoop::quit);
        loop.exec();
    }
    REQUIRE_FALSE(s.busy());
    REQUIRE_FALSE(s.pinChangeBusy());
}

// A session over a store that already holds DemoPin, unlocked.
void unlock(AppSession &s, const QString &pin = test::DemoPin)
{
    s.unlock(pin);
    waitIdle(s);
    REQUIRE(s.stage() == AppSession::Stage::Unlocked);
}

QString translate(const char *context, const char *text)
{
    return QCoreApplication::translate(context, text);
}

const char *const WrongPinSource = "That PIN is not correct.";
const QString WrongPinJa = QStringLiteral("暗証番号が正しくありません。");

} // namespace

TEST_CASE("sync status: not enrolled, with the real pending count that follows every append", "[settings][sync]")
{
    test::TempStore t;
    t.create().reset();
    AppSession session(t.options());
    session.setClock(&t.clock);
    SyncStatus status;
    status.setSession(&session);
    QSignalSpy changed(&status, &SyncStatus::changed);

    CHECK(status.state() == SyncStatus::State::NotEnrolled);
    CHECK(status.pendingCount() == 0);
    CHECK(status.stateText() == QLatin1String("Not connected to head office"));
    CHECK_FALSE(status.detailText().isEmpty());
    CHECK_FALSE(status.hasLastSuccess());
    CHECK_FALSE(status.canSyncNow()); // nothing to sync with before enrollment

    unlock(session);
    REQUIRE(session.record({test::customerDraft(QStringLiteral("c-1"), QStringLiteral("山田"))}).ok());
    CHECK(status.pendingCount() == 1);
    REQUIRE(session
                .record({test::customerDraft(QStringLiteral("c-2"), QStringLiteral("佐藤")),
                    test::customerDraft(QStringLiteral("c-3"), QStringLiteral("鈴木"))})
                .ok());
    CHECK(status.pendingCount() == 3);
    CHECK(status.pendingCount() == session.store()->unsentCount());
    CHECK(changed.count() >= 2);
    CHECK(status.pendingText().contains(QLatin1String("3")));

    // The engine marks events sent: the count follows when it asks for a refresh.
    REQUIRE(session.store()->markSentUpTo(2) == StoreError::None);
    status.refreshPendingCount();
    CHECK(status.pendingCount() == 1);

    // Locked: the store is closed and the last count stays.
    session.lock();
    CHECK(status.pendingCount() == 1);
    CHECK_FALSE(status.canSyncNow());

    // A fresh status over a session that unlocks later picks the count up on unlock.
    SyncStatus later;
    later.setSession(&session);
    CHECK(later.pendingCount() == 0);
    unlock(session);
    CHECK(later.pendingCount() == 1);
}

TEST_CASE("sync status: the engine drives it through one snapshot", "[settings][sync]")
{
    test::TempStore t;
    t.create().reset();
    AppSession session(t.options());
    session.setClock(&t.clock);
    unlock(session);
    SyncStatus status;
    status.setSession(&session);
    QSignalSpy requested(&status, &SyncStatus::syncRequested);

    status.syncNow();
    CHECK(requested.isEmpty()); // not enrolled: "Sync now" does nothing

    SyncStatus::Snapshot s;
    s.state = SyncStatus::State::Idle;
    status.setSnapshot(s);
    CHECK(status.stateText() == QLatin1String("Up to date"));
    CHECK(status.canSyncNow());
    status.syncNow();
    CHECK(requested.count() == 1);

    s.state = SyncStatus::State::Syncing;
    s.progressDone = 3;
    s.progressTotal = 10;
    status.setSnapshot(s);
    CHECK(status.stateText().contains(QLatin1String("3 of 10")));
    CHECK_FALSE(status.canSyncNow()); // already running

    // Retry time and last success in the company's time zone (Asia/Tokyo), on the session's clock.
    const QTimeZone tokyo("Asia/Tokyo");
    t.clock.setUtc(QDateTime(QDate(2026, 12, 1), QTime(14, 0), tokyo).toMSecsSinceEpoch());
    s.state = SyncStatus::State::WaitingToRetry;
    s.failure = SyncStatus::Failure::ServerUnreachable;
    s.code = QStringLiteral("timeout");
    s.retryAtUtcMs = QDateTime(QDate(2026, 12, 1), QTime(14, 5), tokyo).toMSecsSinceEpoch();
    s.lastSuccessUtcMs = QDateTime(QDate(2026, 12, 1), QTime(9, 30), tokyo).toMSecsSinceEpoch();
    status.setSnapshot(s);
    CHECK(status.stateText() == QLatin1String("Waiting to retry at 14:05"));
    CHECK(status.detailText().contains(QLatin1String("(timeout)")));
    CHECK(status.lastSuccessText() == QLatin1String("Last synced today at 09:30"));
    s.lastSuccessUtcMs = QDateTime(QDate(2026, 11, 30), QTime(18, 2), tokyo).toMSecsSinceEpoch();
    status.setSnapshot(s);
    CHECK(status.lastSuccessText() == QLatin1String("Last synced on 2026-11-30 at 18:02"));

    s.state = SyncStatus::State::Error;
    s.failure = SyncStatus::Failure::Unauthorized;
    s.code.clear();
    status.setSnapshot(s);
    CHECK(status.stateText() == QLatin1String("Sync failed"));
    CHECK(status.detailText() == SyncStatus::failureText(SyncStatus::Failure::Unauthorized));
    for (int f = static_cast<int>(SyncStatus::Failure::Offline); f <= static_cast<int>(SyncStatus::Failure::Internal);
         ++f)
        CHECK_FALSE(SyncStatus::failureText(static_cast<SyncStatus::Failure>(f)).isEmpty());
}

TEST_CASE("auto-lock: locks after the policy's idle minutes and input starts the time again", "[settings][autolock]")
{
    test::TempStore t;
    t.create().reset();
    AppSession session(t.options());
    session.setClock(&t.clock);
    InactivityLock idle(session);
    idle.install(); // input on the application resets the idle time
    unlock(session);
    const qint64 limit = session.policy().autoLockMinutes * MsPerMinute;
    CHECK(idle.limitMs() == limit);

    t.clock.advance(limit - 1'000);
    idle.check();
    CHECK(session.stage() == AppSession::Stage::Unlocked);

    // A tap anywhere in the app is activity: the full idle time starts again.
    QObject anything;
    QEvent press(QEvent::MouseButtonPress);
    QCoreApplication::sendEvent(&anything, &press);
    t.clock.advance(limit - 1'000);
    idle.check();
    CHECK(session.stage() == AppSession::Stage::Unlocked);
    QEvent key(QEvent::KeyPress);
    QCoreApplication::sendEvent(&anything, &key);
    QEvent other(QEvent::User); // not input: does not count
    t.clock.advance(limit / 2);
    QCoreApplication::sendEvent(&anything, &other);
    t.clock.advance(limit / 2);
    idle.check();
    CHECK(session.stage() == AppSession::Stage::Locked);
    CHECK(session.store() == nullptr);

    // Unlocking is activity; a shorter policy takes effect at once.
    unlock(session);
    Policy p = session.policy();
    p.autoLockMinutes = 1;
    session.setPolicy(p);
    t.clock.advance(MsPerMinute - 1);
    idle.check();
    CHECK(session.stage() == AppSession::Stage::Unlocked);
    t.clock.advance(1);
    idle.check();
    CHECK(session.stage() == AppSession::Stage::Locked);
}

TEST_CASE("auto-lock: time asleep or in the background counts, a clock set back does not help", "[settings][autolock]")
{
    test::TempStore t;
    t.create().reset();
    AppSession session(t.options());
    session.setClock(&t.clock);
    InactivityLock idle(session);
    unlock(session);
    const qint64 limit = idle.limitMs();

    // Asleep: the monotonic clock stands still, the wall clock moves on.
    t.clock.setUtc(t.clock.utcMs() + limit);
    idle.applicationStateChanged(Qt::ApplicationActive); // back from the background
    CHECK(session.stage() == AppSession::Stage::Locked);

    // The wall clock set back: the monotonic clock still counts.
    unlock(session);
    t.clock.advance(limit);
    t.clock.setUtc(t.clock.utcMs() - 2 * limit);
    idle.check();
    CHECK(session.stage() == AppSession::Stage::Locked);

    // Not unlocked: nothing to do.
    t.clock.advance(10 * limit);
    idle.check();
    CHECK(session.stage() == AppSession::Stage::Locked);
}

TEST_CASE("auto-lock closes the store and nothing else: nothing is recorded or lost", "[settings][autolock]")
{
    test::TempStore t;
    t.create().reset();
    AppSession session(t.options());
    session.setClock(&t.clock);
    InactivityLock idle(session);
    unlock(session);
    QStringList recorded;
    QObject::connect(&session, &AppSession::recorded, [&recorded](const QStringList &a) { recorded += a; });
    const qint64 events = session.store()->headSeq();
    t.clock.advance(idle.limitMs());
    idle.check();
    REQUIRE(session.stage() == AppSession::Stage::Locked);
    CHECK(recorded.isEmpty()); // locking records nothing and stops nothing
    unlock(session);
    CHECK(session.store()->headSeq() == events);
    CHECK(session.store()->verifyChain().ok());
}

TEST_CASE("PIN change: the right PIN rewraps the key, the old PIN no longer opens the data", "[settings][pin]")
{
    test::TempStore t;
    {
        auto store = t.create();
        REQUIRE(store->append(test::customerDraft(QStringLiteral("c-1"), QStringLiteral("山田"))).ok());
    }
    AppSession session(t.options());
    unlock(session);
    QSignalSpy changes(&session, &AppSession::pinChangeChanged);

    session.changePin(test::DemoPin, NewPin, NewPin);
    CHECK(session.pinChangeBusy()); // off the UI thread
    waitIdle(session);
    CHECK(session.pinChangeDone());
    CHECK(session.pinChangeErrorCode() == QLatin1String("none"));
    CHECK(session.pinChangeErrorMessage().isEmpty());
    CHECK(session.stage() == AppSession::Stage::Unlocked); // still open: nothing to re-enter
    CHECK(changes.count() >= 2);

    session.lock();
    CHECK_FALSE(session.pinChangeDone()); // forgotten with the lock
    session.unlock(test::DemoPin);
    waitIdle(session);
    CHECK(session.stage() == AppSession::Stage::Locked);
    CHECK(session.errorCode() == QLatin1String("wrong_pin"));
    unlock(session, NewPin);
    REQUIRE(session.store()->headSeq() == 1); // the same data, not re-encrypted
    CHECK(session.store()->verifyChain().ok());
    CHECK(session.failedAttempts() == 0);
}

TEST_CASE("PIN change: entries are checked, a wrong current PIN is refused and counted", "[settings][pin]")
{
    test::TempStore t;
    t.create().reset();
    AppSession session(t.options());
    unlock(session);

    session.changePin(test::DemoPin, NewPin, QStringLiteral("97531087"));
    CHECK_FALSE(session.pinChangeBusy());
    CHECK(session.pinChangeErrorCode() == QLatin1String("pin_mismatch"));
    CHECK_FALSE(session.pinChangeErrorMessage().isEmpty());

    session.changePin(test::DemoPin, QStringLiteral("1234"), QStringLiteral("1234"));
    CHECK(session.pinChangeErrorCode() == QLatin1String("pin_too_weak"));

    session.changePin(QStringLiteral("000000"), NewPin, NewPin);
    waitIdle(session);
    CHECK_FALSE(session.pinChangeDone());
    CHECK(session.pinChangeErrorCode() == QLatin1String("wrong_pin"));
    CHECK(session.failedAttempts() == 1); // counted like a wrong PIN at unlock
    CHECK(session.pinChangeErrorMessage().contains(QLatin1String("1")));
    CHECK(Store::unlockState(t.options()).failures == 1);
    CHECK(session.stage() == AppSession::Stage::Unlocked);

    session.clearPinChange();
    CHECK(session.pinChangeErrorCode() == QLatin1String("none"));

    // The old PIN still opens: nothing changed.
    session.lock();
    unlock(session);
    CHECK(session.failedAttempts() == 0);
}

TEST_CASE("PIN change: guessing until the lock-out locks the session", "[settings][pin]")
{
    test::TempStore t;
    t.create().reset();
    AppSession session(t.options());
    unlock(session);
    for (int i = 0; i < UnlockThrottle::FreeAttempts && session.stage() == AppSession::Stage::Unlocked; ++i) {
        session.changePin(QStringLiteral("000000"), NewPin, NewPin);
        waitIdle(session);
        CHECK(session.pinChangeErrorCode() == QLatin1String("wrong_pin"));
    }
    CHECK(session.stage() == AppSession::Stage::Unlocked);
    session.changePin(QStringLiteral("000000"), NewPin, NewPin);
    waitIdle(session);
    // Whoever holds the tablet does not know its PIN: it locks, and the lock screen says for how long.
    CHECK(session.stage() == AppSession::Stage::Locked);
    CHECK(session.errorCode() == QLatin1String("locked_out"));
    CHECK(session.retryAfterSeconds() > 0);
}

TEST_CASE("PIN change: a lock during the change waits for it, then locks", "[settings][pin]")
{
    test::TempStore t;
    t.create().reset();
    AppSession session(t.options());
    unlock(session);
    session.changePin(test::DemoPin, NewPin, NewPin);
    REQUIRE(session.pinChangeBusy());
    session.lock(); // e.g. the auto-lock: the store is in use on the worker thread
    CHECK(session.store() != nullptr);
    waitIdle(session);
    CHECK(session.stage() == AppSession::Stage::Locked);
    CHECK(session.store() == nullptr);
    unlock(session, NewPin);
}

TEST_CASE("language: the translator is swapped at run time and the choice is kept", "[settings][language]")
{
    QTemporaryDir dir;
    {
        Language language(dir.path());
        CHECK(language.code() == QLatin1String("ja")); // the default
        REQUIRE(language.translator() != nullptr);
        CHECK(translate("ErrorText", WrongPinSource) == WrongPinJa);
        const QTranslator *japanese = language.translator();

        QSignalSpy changed(&language, &Language::codeChanged);
        CHECK(language.setCode(QStringLiteral("en")));
        CHECK(changed.count() == 1);
        CHECK(language.code() == QLatin1String("en"));
        REQUIRE(language.translator() != nullptr);
        CHECK(language.translator() != japanese);
        CHECK(language.translator()->language().startsWith(QLatin1String("en")));
        CHECK(translate("ErrorText", WrongPinSource) == QLatin1String(WrongPinSource));

        CHECK_FALSE(language.setCode(QStringLiteral("fr")));
        CHECK(language.code() == QLatin1String("en"));
        CHECK(changed.count() == 1);
        CHECK(language.setCode(QStringLiteral("en"))); // already: no change
        CHECK(changed.count() == 1);
    }
    CHECK(translate("ErrorText", WrongPinSource) == QLatin1String(WrongPinSource)); // removed with its owner
    CHECK(SettingsFile(dir.path()).value(QStringLiteral("language")) == QLatin1String("en"));
    {
        Language restarted(dir.path());
        CHECK(restarted.code() == QLatin1String("en")); // kept across a restart
    }
    {
        Language fromOption(dir.path(), QStringLiteral("ja")); // `--language ja` for this run
        CHECK(fromOption.code() == QLatin1String("ja"));
        CHECK(translate("ErrorText", WrongPinSource) == WrongPinJa);
    }
    CHECK(SettingsFile(dir.path()).value(QStringLiteral("language")) == QLatin1String("en")); // not overwritten
}

TEST_CASE("language: QML retranslates and the session's language follows the switch", "[settings][language]")
{
    test::TempStore t;
    t.create().reset();
    AppContext::Options options;
    options.store = t.options();
    options.clock = &t.clock;
    AppContext context(options);
    AppSession &session = context.session();
    CHECK(session.language() == QLatin1String("ja"));

    QQmlEngine engine;
    context.language().setEngine(&engine);
    QQmlComponent component(&engine);
    component.setData("import QtQml\nQtObject { property string text: qsTranslate(\"ErrorText\", \"That PIN is not "
                      "correct.\") }",
        QUrl());
    std::unique_ptr<QObject> object(component.create());
    REQUIRE(object != nullptr);
    CHECK(object->property("text").toString() == WrongPinJa);

    SettingsPackList packs;
    QAbstractItemModelTester tester(&packs, QAbstractItemModelTester::FailureReportingMode::Fatal);
    packs.setSession(&session);
    REQUIRE(packs.count() == session.content().packs().size());
    REQUIRE(packs.count() >= 2);
    const QModelIndex first = packs.index(0, 0);
    const ContentPack *pack = session.content().byId(packs.data(first, SettingsPackList::PackIdRole).toString());
    REQUIRE(pack != nullptr);
    CHECK(packs.data(first, SettingsPackList::NameRole).toString() == pack->productName.ja);
    CHECK(packs.data(first, SettingsPackList::VersionRole).toString() == pack->version);
    CHECK(packs.data(first, SettingsPackList::ShortHashRole).toString() == pack->hash.left(12));

    QSignalSpy languageChanged(&session, &AppSession::languageChanged);
    QSignalSpy roleText(&session, &AppSession::roleTextChanged);
    REQUIRE(context.language().setCode(QStringLiteral("en")));
    CHECK(session.language() == QLatin1String("en"));
    CHECK(languageChanged.count() == 1);
    CHECK(roleText.count() == 1);
    CHECK(session.roleText() == QLatin1String("Sales rep"));
    CHECK(object->property("text").toString() == QLatin1String(WrongPinSource)); // retranslated
    CHECK(packs.data(packs.index(0, 0), SettingsPackList::NameRole).toString() == pack->productName.en);

    REQUIRE(context.language().setCode(QStringLiteral("ja")));
    CHECK(session.language() == QLatin1String("ja"));
    CHECK(object->property("text").toString() == WrongPinJa);
}

TEST_CASE("language: the choice made in settings is the language of the next start", "[settings][language]")
{
    test::TempStore t;
    t.create().reset();
    AppContext::Options options;
    options.store = t.options();
    {
        AppContext context(options);
        REQUIRE(context.language().setCode(QStringLiteral("en")));
    }
    {
        AppContext context(options);
        CHECK(context.language().code() == QLatin1String("en"));
        CHECK(context.session().language() == QLatin1String("en"));
    }
    options.language = QStringLiteral("ja"); // `--language ja`
    AppContext context(options);
    CHECK(context.session().language() == QLatin1String("ja"));
}

TEST_CASE("settings file: a missing or damaged file is no choice, writes are whole", "[settings]")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("data"));
    SettingsFile settings(folder);
    CHECK(settings.value(QStringLiteral("language")).isEmpty());
    REQUIRE(settings.setValue(QStringLiteral("language"), QStringLiteral("en")));
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    CHECK((QFile::permissions(folder) & others) == 0); // a folder made here is the user's alone
    CHECK(settings.value(QStringLiteral("language")) == QLatin1String("en"));
    test::writeFile(settings.path(), "{not json");
    CHECK(settings.value(QStringLiteral("language")).isEmpty());
    Language language(folder);
    CHECK(language.code() == QLatin1String("ja"));
}
