// The tablet of the console's browser end-to-end tests (tests/console-e2e, docs/testing-console-e2e.md): a real
// encrypted tablet store in a folder that outlives the process, and the real sync engine (CurlTransport: TLS,
// the test CA, public-key pinning) against a running kakunin-hq. The Node script runs one step at a time:
//
//   e2e_tablet <step>      with E2E_TABLET_DIR (the tablet's folder) and the step's E2E_* variables
//
// Steps (Catch test cases, so the journey builders of tests/sync, which REQUIRE, are reused as they are):
//   enroll    E2E_URL E2E_CA E2E_PIN E2E_CODE E2E_USER: a new store, enrolled with the one-time code
//   journey   E2E_CUSTOMER E2E_CONTRACT: test::recordJourney up to contract.concluded, then a sync
//   deliver   E2E_CONTRACT: pulls the assignment, installer lecture over the contract's minimum on the
//             injected clock (it ended a few minutes ago), delivery sign-off with real strokes, sync
//   trial     E2E_CONTRACT: the installer starts the trial period on a tablet clock set back past the
//             contract's trial days (head office's clock cannot be injected in a real kakunin-hq), sync
//   state     E2E_CONTRACT: a sync (push and pull) and the contract as this tablet's store holds it
// Each step writes one JSON object to E2E_OUT: {"ok": true, ...}.

#include <sync/client_journey.h>

#include <client/curltransport.h>
#include <client/syncengine.h>

#include <core/clock.h>
#include <core/domain/eventcatalog.h>
#include <core/evidence/signaturestrokes.h>
#include <core/evidence/signedcontent.h>
#include <core/random.h>
#include <store/store.h>

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

namespace kakunin::e2e {
namespace {

QString env(const char *name)
{
    const QString v = qEnvironmentVariable(name);
    INFO("missing environment variable " << name);
    REQUIRE_FALSE(v.isEmpty());
    return v;
}

QString folder()
{
    return env("E2E_TABLET_DIR");
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    INFO(path.toStdString());
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    INFO(path.toStdString());
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

void answer(QJsonObject o)
{
    o.insert(QStringLiteral("ok"), true);
    writeFile(env("E2E_OUT"), QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// The tablet's clock: the real wall-clock time, a monotonic clock that agrees with it, and a new boot per step
// (each step is a new process; head office's evidence check compares the two clocks only within one boot). A step
// that needs time to pass sets the wall clock back first and then lets both clocks run together, so that what it
// records happened in the past, as on a tablet that syncs afterwards: head office's clock cannot be injected.
class TabletClock final : public Clock {
public:
    qint64 utcMs() const override { return m_utc; }
    qint64 monotonicMs() const override { return m_mono; }
    QString bootId() const override { return m_boot; }
    void setUtc(qint64 ms) { m_utc = ms; } // before the first event of the step only
    void advance(qint64 ms)
    {
        m_utc += ms;
        m_mono += ms;
    }

private:
    qint64 m_utc = QDateTime::currentMSecsSinceEpoch();
    qint64 m_mono = 1'000;
    QString m_boot = QStringLiteral("e2e-%1").arg(QDateTime::currentMSecsSinceEpoch());
};

// The tablet of one folder: store (raw key in the folder), and the engine on its own connection.
struct E2eTablet {
    explicit E2eTablet(bool create)
    {
        QDir dir(folder());
        REQUIRE(dir.mkpath(QStringLiteral(".")));
        if (create) {
            REQUIRE_FALSE(QFile::exists(dir.filePath(QStringLiteral("key"))));
            writeFile(dir.filePath(QStringLiteral("key")), systemRandom().bytes(32).toHex());
            const QJsonObject server {{QStringLiteral("url"), env("E2E_URL")}, {QStringLiteral("ca"), env("E2E_CA")},
                {QStringLiteral("pin"), env("E2E_PIN")}};
            writeFile(dir.filePath(QStringLiteral("config.json")), QJsonDocument(server).toJson());
        }
        const QByteArray key = QByteArray::fromHex(readFile(dir.filePath(QStringLiteral("key"))).trimmed());
        config = QJsonDocument::fromJson(readFile(dir.filePath(QStringLiteral("config.json")))).object();
        StoreOptions o;
        o.directory = dir.filePath(QStringLiteral("store"));
        o.clock = &clock;
        o.keyStorage = KeyStoragePolicy::FileOnly;
        auto s = Store::openWithKey(o, key, create);
        INFO(storeErrorName(s.error()));
        REQUIRE(s.ok());
        store = std::move(s).value();
        auto c = store->openConnection();
        REQUIRE(c.ok());
        syncclient::CurlOptions curl;
        curl.baseUrl = config.value(QStringLiteral("url")).toString();
        curl.pins = {config.value(QStringLiteral("pin")).toString()};
        curl.caFile = config.value(QStringLiteral("ca")).toString();
        curl.connectTimeoutMs = 5'000;
        curl.totalTimeoutMs = 30'000;
        curl.clock = &realClock;
        syncclient::SyncOptions sync;
        sync.deviceName = QStringLiteral("e2e tablet");
        engine = std::make_unique<syncclient::SyncEngine>(
            std::move(c).value(), std::make_unique<syncclient::CurlTransport>(curl), realClock, random, sync);
    }
    E2eTablet(const E2eTablet &) = delete;
    E2eTablet &operator=(const E2eTablet &) = delete;

    void sync()
    {
        const syncclient::SyncError e = engine->syncOnce();
        INFO(syncclient::syncErrorName(e) << " " << engine->report().serverCode.toStdString());
        REQUIRE(e == syncclient::SyncError::None);
        INFO("head office refused events by its rules");
        REQUIRE(engine->report().ruleRefusals == 0);
        REQUIRE(store->unsentCount() == 0);
    }

    QJsonObject contract(const QString &id) const
    {
        const auto p = store->projection(id);
        INFO("the tablet's store holds no contract " << id.toStdString());
        REQUIRE(p.has_value());
        return p->state;
    }

    Event record(const QString &type, const QString &aggregate, const QJsonObject &payload)
    {
        auto r = store->append({type, aggregate, user(), payload});
        INFO(type.toStdString() << ": " << storeErrorName(r.error()));
        REQUIRE(r.ok());
        return r.value();
    }

    QString user() const { return QString::fromUtf8(readFile(QDir(folder()).filePath(QStringLiteral("user")))); }

    TabletClock clock;
    SystemClock realClock; // the engine's: what it sends as its time is the real one (no skew flag)
    SeededRandom random {QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8()};
    QJsonObject config;
    std::unique_ptr<Store> store;
    std::unique_ptr<syncclient::SyncEngine> engine;
};

} // namespace

TEST_CASE("enroll")
{
    E2eTablet t(true);
    const QString user = env("E2E_USER");
    const syncclient::SyncError e = t.engine->enrollNow(env("E2E_CODE"));
    INFO(syncclient::syncErrorName(e) << " " << t.engine->report().serverCode.toStdString());
    REQUIRE(e == syncclient::SyncError::None);
    writeFile(QDir(folder()).filePath(QStringLiteral("user")), user.toUtf8());
    answer({{QStringLiteral("device"), t.store->deviceId()}, {QStringLiteral("user"), user}});
}

TEST_CASE("journey")
{
    E2eTablet t(false);
    const QString contract = env("E2E_CONTRACT");
    const QList<Event> events = test::recordJourney(*t.store, t.user(), env("E2E_CUSTOMER"), contract);
    t.sync();
    answer({{QStringLiteral("events"), events.size()},
        {QStringLiteral("stageName"), t.contract(contract).value(QStringLiteral("stageName"))}});
}

TEST_CASE("deliver")
{
    E2eTablet t(false);
    const QString contract = env("E2E_CONTRACT");
    t.sync(); // the assignment and the C1 result come down first
    const QJsonObject before = t.contract(contract);
    const int minimum = before.value(QStringLiteral("lectureMinimumMinutes")).toInt();
    REQUIRE(minimum > 0);
    const QString packHash = before.value(QStringLiteral("packHash")).toString();
    const QStringList items {QStringLiteral("login"), QStringLiteral("customers"), QStringLiteral("reports")};
    // The lecture runs over the minimum and ends a few minutes ago: it starts that long before now.
    const qint64 perItem = qint64(minimum) * 60'000 / items.size() + 60'000;
    t.clock.setUtc(QDateTime::currentMSecsSinceEpoch() - perItem * items.size() - 5 * 60'000);
    t.record(EventType::LectureStarted, contract,
        {{QStringLiteral("level"), QStringLiteral("standard")}, {QStringLiteral("itemCount"), items.size()},
            {QStringLiteral("packHash"), packHash}});
    for (const QString &item : items) {
        t.clock.advance(perItem);
        t.record(EventType::LectureItemTaught, contract, {{QStringLiteral("itemId"), item}});
        t.record(EventType::LectureItemUnderstood, contract, {{QStringLiteral("itemId"), item}});
    }
    const QString digest = t.contract(contract).value(QStringLiteral("deliveryDigest")).toString();
    t.clock.advance(60'000);
    const auto strokes = t.store->putBlob(test::signatureStrokes());
    REQUIRE(strokes.ok());
    t.record(EventType::DeliverySigned, contract,
        {{QStringLiteral("signatureHash"), strokes.value()}, {QStringLiteral("contentHash"), digest}});
    t.sync();
    const QJsonObject after = t.contract(contract);
    answer({{QStringLiteral("stageName"), after.value(QStringLiteral("stageName"))},
        {QStringLiteral("lectureRunningMs"), after.value(QStringLiteral("lectureRunningMs"))},
        {QStringLiteral("lectureMinimumMinutes"), minimum}});
}

TEST_CASE("trial")
{
    E2eTablet t(false);
    const QString contract = env("E2E_CONTRACT");
    t.sync(); // the C2 result
    const QJsonObject before = t.contract(contract);
    const qint64 days = before.value(QStringLiteral("trialDays")).toInteger();
    REQUIRE(days > 0);
    t.clock.setUtc(QDateTime::currentMSecsSinceEpoch() - (days + 1) * 24 * 3'600'000LL);
    t.record(EventType::TrialStarted, contract, {});
    t.sync();
    answer({{QStringLiteral("stageName"), t.contract(contract).value(QStringLiteral("stageName"))},
        {QStringLiteral("trialDays"), days}});
}

TEST_CASE("state")
{
    E2eTablet t(false);
    const QString contract = env("E2E_CONTRACT");
    t.sync();
    QJsonArray calls;
    for (const Event &e : t.store->remoteEvents(contract))
        if (e.type == EventType::CallRecorded || e.type == EventType::HoldResolved
            || e.type == EventType::ContractStarted)
            calls.append(QJsonObject {{QStringLiteral("type"), e.type}, {QStringLiteral("actor"), e.actor},
                {QStringLiteral("payload"), e.payload}});
    answer({{QStringLiteral("state"), t.contract(contract)}, {QStringLiteral("headOffice"), calls}});
}

} // namespace kakunin::e2e
