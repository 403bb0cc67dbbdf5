// Pull (P4 visibility, installers, head-office events) and the domain rules re-checked by head office.
#include "hqtestsupport.h"

#include <catch2/catch.hpp>

#include <protocol/gzip.h>
#include <protocol/hqevents.h>

#include <httplib.h>

#include <core/domain/eventcatalog.h>
#include <core/domain/lifecycle.h>
#include <core/evidence/signedcontent.h>

#include <QFile>
#include <QJsonDocument>

using namespace kakunin;
using namespace kakunin::hqtest;

namespace {

const QString Rep = QStringLiteral("rep-001");
const QString Rep2 = QStringLiteral("rep-002");
const QString Installer = QStringLiteral("inst-001");
const QString Caller = QStringLiteral("hq-call-001");
const QString Admin = QStringLiteral("hq-admin");
const QString PackHash = QString(64, QLatin1Char('a'));

QString hashOf(char c)
{
    return QString(64, QLatin1Char(c));
}

// Customers cust-0 … cust-(n-1) registered on the tablet and pushed.
void registerCustomers(Tablet &a, int n)
{
    for (int i = 0; i < n; ++i)
        a.record(EventType::CustomerRegistered, QStringLiteral("cust-%1").arg(i),
            {{QStringLiteral("name"), QStringLiteral("顧客%1").arg(i)}});
    a.pushOutbox();
}

struct Office : Harness {
    explicit Office(hq::HqOptions options = {}) : Harness(std::move(options))
    {
        user(Rep, QStringLiteral("sales_rep"));
        user(Rep2, QStringLiteral("sales_rep"));
        user(Installer, QStringLiteral("installer"));
        user(Caller, QStringLiteral("head_office"));
        user(Admin, QStringLiteral("head_office"));
    }
};

void registerCustomer(Tablet &rep, const QString &customer, const QString &name)
{
    rep.record(EventType::CustomerRegistered, customer, {{QStringLiteral("name"), name}});
    rep.record(EventType::ScreeningRecorded, customer,
        {{QStringLiteral("outcome"), QStringLiteral("allowed")}, {QStringLiteral("refusals"), QString()},
            {QStringLiteral("conditions"), QString()}, {QStringLiteral("age"), 52}, {QStringLiteral("itLiteracy"), 3},
            {QStringLiteral("policyVersion"), 1}, {QStringLiteral("successorPresent"), 0},
            {QStringLiteral("fullTimeDeclared"), 0}});
}

// The important-matters walkthrough of a two-item pack, up to the concluded contract (S3, M1).
void conclude(Tablet &rep, const QString &customer, const QString &contract)
{
    rep.record(EventType::MattersOpened, contract,
        {{QStringLiteral("customerId"), customer}, {QStringLiteral("productCode"), QStringLiteral("CRM")},
            {QStringLiteral("packId"), QStringLiteral("crm-test")},
            {QStringLiteral("packVersion"), QStringLiteral("2026.1.0")}, {QStringLiteral("packHash"), PackHash},
            {QStringLiteral("itemCount"), 2}, {QStringLiteral("screeningOutcome"), QStringLiteral("allowed")},
            {QStringLiteral("successorRequired"), 0}, {QStringLiteral("approvalId"), QString()}});
    for (int i = 0; i < 2; ++i) {
        const QJsonObject item {
            {QStringLiteral("itemId"), QStringLiteral("item-%1").arg(i)}, {QStringLiteral("index"), i}};
        rep.h.advance(60'000);
        rep.record(EventType::MattersItemShown, contract, item);
        rep.record(EventType::MattersItemConfirmed, contract, item);
    }
    rep.record(EventType::MattersNoGuaranteeAttested, contract, {{QStringLiteral("packHash"), PackHash}});
    auto digest
        = [&] { return rep.store->projection(contract)->state.value(QStringLiteral("mattersDigest")).toString(); };
    for (const char *signer : {"customer", "rep"})
        rep.record(EventType::MattersSigned, contract,
            {{QStringLiteral("signer"), QLatin1String(signer)},
                {QStringLiteral("signatureHash"), hashOf(signer[0] == 'c' ? 'c' : 'b')},
                {QStringLiteral("contentHash"), digest()}});
    rep.record(EventType::ContractConcluded, contract,
        {{QStringLiteral("policyVersion"), 1}, {QStringLiteral("coolingOffDays"), 8}, {QStringLiteral("trialDays"), 14},
            {QStringLiteral("lectureMinimumMinutes"), 180}, {QStringLiteral("disputeDays"), 30},
            {QStringLiteral("timeZone"), QStringLiteral("Asia/Tokyo")}});
}

QJsonObject cleanCall(const char *stage)
{
    return {{QStringLiteral("stage"), QLatin1String(stage)}, {QStringLiteral("reached"), 1},
        {QStringLiteral("guaranteeMentioned"), 0}, {QStringLiteral("conductOk"), 1}, {QStringLiteral("lectureOk"), 1},
        {QStringLiteral("productUsed"), 1}, {QStringLiteral("note"), QString()}};
}

QSet<QString> aggregatesOf(const QList<protocol::Change> &changes)
{
    QSet<QString> out;
    for (const auto &c : changes)
        out.insert(c.event.aggregate);
    return out;
}

QString stageOf(Harness &h, const QString &contract)
{
    return h.service->aggregate(contract)->state.value(QStringLiteral("stageName")).toString();
}

// Every change checks on its own: content hash and the signature of its device (or of head office).
void requireVerifiable(const protocol::ChangesResponse &page)
{
    for (const auto &c : page.changes) {
        INFO(c.event.type.toStdString());
        REQUIRE(page.devices.contains(c.event.device));
        CHECK(protocol::checkEvent(c.event, page.devices.value(c.event.device)) == ChainError::None);
    }
}

} // namespace

TEST_CASE("P4 pull: a rep sees their own customers and never another rep's", "[hq][pull][P4]")
{
    Office o;
    Tablet a(o, Rep);
    Tablet b(o, Rep2);
    registerCustomer(a, QStringLiteral("cust-a"), QStringLiteral("青木商店"));
    conclude(a, QStringLiteral("cust-a"), QStringLiteral("ctr-a"));
    registerCustomer(b, QStringLiteral("cust-b"), QStringLiteral("馬場工務店"));
    conclude(b, QStringLiteral("cust-b"), QStringLiteral("ctr-b"));
    a.pushOutbox();
    b.pushOutbox();
    // Head office acts on both customers.
    REQUIRE(o.service
                ->recordHeadOfficeEvents(
                    Caller, {EventDraft {EventType::CallRecorded, QStringLiteral("ctr-b"), Caller, cleanCall("C1")}})
                .ok());
    REQUIRE(o.service
                ->recordHeadOfficeEvents(Admin,
                    {EventDraft {EventType::ApprovalGranted, QStringLiteral("cust-b"), Admin,
                        {{QStringLiteral("approvalId"), QStringLiteral("ap-1")},
                            {QStringLiteral("reason"), QStringLiteral("追加契約")}}}})
                .ok());

    // Rep A's own tablet gets nothing back: its events are its own, nothing else is theirs.
    const auto pageA = a.pull();
    CHECK(pageA.changes.isEmpty());
    CHECK_FALSE(pageA.more);

    // Rep B gets head office's call and approval, never A's customer.
    const auto changesB = b.pullAll();
    CHECK(aggregatesOf(changesB) == QSet<QString> {QStringLiteral("ctr-b"), QStringLiteral("cust-b")});
    CHECK(changesB.size() == 2);
    for (const auto &c : changesB)
        CHECK(c.event.device == o.service->identity().deviceId);

    // A second tablet of rep A receives A's records, and nothing of B's.
    Tablet a2(o, Rep);
    const auto changesA2 = a2.pullAll();
    CHECK(aggregatesOf(changesA2) == QSet<QString> {QStringLiteral("cust-a"), QStringLiteral("ctr-a")});
    CHECK(changesA2.size() == a.store->headSeq());
    requireVerifiable(a2.pull());
    for (const auto &c : changesA2) {
        CHECK_FALSE(c.event.payload.value(QStringLiteral("name")).toString() == QStringLiteral("馬場工務店"));
        CHECK(c.receivedAt > 0);
    }
}

TEST_CASE("answers under a kilobyte go plain and a pull of many events goes gzip, to a client that accepts gzip",
    "[hq][pull][protocol]")
{
    Office o;
    Tablet a(o, Rep);
    registerCustomers(a, 20);
    Tablet a2(o, Rep);

    httplib::SSLClient cli("127.0.0.1", o.port);
    cli.set_ca_cert_path((certDir() + QStringLiteral("/ca.pem")).toStdString().c_str());
    cli.enable_server_certificate_verification(true);
    cli.set_decompress(false); // to see what travels
    const httplib::Headers gzip {{"Authorization", "Bearer " + a2.token.toStdString()}, {"Accept-Encoding", "gzip"}};
    auto encodingOf = [](const httplib::Result &r) { return r->get_header_value("Content-Encoding"); };

    const auto health = cli.Get(protocol::path::Health, gzip);
    REQUIRE(health);
    CHECK(health->status == 200);
    CHECK(encodingOf(health).empty());
    CHECK(protocol::decodeHealthResponse(QByteArray::fromStdString(health->body)).ok());

    const auto empty = cli.Get(protocol::path::changes(a2.pull().cursor, 50).toStdString().c_str(), gzip);
    REQUIRE(empty);
    CHECK(empty->body.size() < 1024);
    CHECK(encodingOf(empty).empty());

    const auto refused = cli.Get("/v1/changes?since=kc1:5", gzip);
    REQUIRE(refused);
    CHECK(refused->status == 400);
    CHECK(encodingOf(refused).empty());

    const auto full = cli.Get(protocol::path::changes(QString(), 50).toStdString().c_str(), gzip);
    REQUIRE(full);
    REQUIRE(full->status == 200);
    CHECK(encodingOf(full) == "gzip");
    const auto inflated = protocol::gzipDecompress(QByteArray::fromStdString(full->body), 1 << 24);
    REQUIRE(inflated);
    CHECK(inflated.value().size() >= 1024);
    const auto page = protocol::decodeChangesResponse(inflated.value());
    REQUIRE(page);
    CHECK(page.value().changes.size() == 20);
}

TEST_CASE("pull pages follow the cursor and a garbled cursor is refused", "[hq][pull]")
{
    Office o;
    Tablet a(o, Rep);
    registerCustomers(a, 7);
    Tablet a2(o, Rep);
    auto page = a2.pull(QString(), 3);
    CHECK(page.changes.size() == 3);
    CHECK(page.more);
    QList<qint64> seqs;
    QString cursor;
    for (int i = 0; i < 5; ++i) {
        page = a2.pull(cursor, 3);
        for (const auto &c : page.changes)
            seqs.append(c.event.seq);
        cursor = page.cursor;
        if (!page.more)
            break;
    }
    CHECK(seqs == QList<qint64> {1, 2, 3, 4, 5, 6, 7});
    CHECK(a2.pull(cursor).changes.isEmpty());
    CHECK(a2.pull(cursor).cursor == cursor);
    CHECK(o.get("/v1/changes?since=kc1:5", a2.token).code() == QStringLiteral("cursor_invalid"));
}

TEST_CASE(
    "P4 installers see a contract and its customer only once head office assigns it, history first", "[hq][pull][P4]")
{
    Office o;
    Tablet rep(o, Rep);
    Tablet inst(o, Installer);
    registerCustomer(rep, QStringLiteral("cust-a"), QStringLiteral("青木商店"));
    conclude(rep, QStringLiteral("cust-a"), QStringLiteral("ctr-a"));
    registerCustomer(rep, QStringLiteral("cust-z"), QStringLiteral("他の顧客"));
    rep.pushOutbox();
    REQUIRE(o.service
                ->recordHeadOfficeEvents(
                    Caller, {EventDraft {EventType::CallRecorded, QStringLiteral("ctr-a"), Caller, cleanCall("C1")}})
                .ok());
    CHECK(inst.pullAll().isEmpty());

    const auto assignment = o.service->assignInstaller(Admin, QStringLiteral("ctr-a"), Installer);
    INFO(assignment.error().message.toStdString());
    REQUIRE(assignment.ok());
    const auto page = inst.pull();
    requireVerifiable(page);
    const auto &changes = page.changes;
    CHECK(aggregatesOf(changes)
        == QSet<QString> {
            QStringLiteral("cust-a"), QStringLiteral("ctr-a"), protocol::assignmentAggregate(QStringLiteral("ctr-a"))});
    REQUIRE_FALSE(changes.isEmpty());
    CHECK(changes.first().event.type == EventType::CustomerRegistered); // oldest first
    CHECK(changes.last().event.type == protocol::ControlType::AssignmentRecorded);
    CHECK(changes.last().event.payload.value(QStringLiteral("installer")).toString() == Installer);
    // Everything of the contract and its customer: the rep's walkthrough and head office's call.
    const qint64 repEvents = 2 + rep.store->latestEvents(QStringLiteral("ctr-a"), 100).size();
    CHECK(changes.size() == repEvents + 2);
    // The rep sees the assignment too; nothing of cust-z reaches the installer.
    CHECK(aggregatesOf(rep.pullAll()).contains(protocol::assignmentAggregate(QStringLiteral("ctr-a"))));

    // Assigning a user who is no installer, or a contract that does not exist, is refused.
    CHECK_FALSE(o.service->assignInstaller(Admin, QStringLiteral("ctr-a"), Rep2).ok());
    CHECK_FALSE(o.service->assignInstaller(Admin, QStringLiteral("ctr-none"), Installer).ok());
}

TEST_CASE("head-office events are a chain of their own, signed with the server's key", "[hq][evidence][M2]")
{
    Office o;
    Tablet rep(o, Rep);
    registerCustomer(rep, QStringLiteral("cust-a"), QStringLiteral("青木商店"));
    conclude(rep, QStringLiteral("cust-a"), QStringLiteral("ctr-a"));
    rep.pushOutbox();
    REQUIRE(o.service
                ->recordHeadOfficeEvents(
                    Caller, {EventDraft {EventType::CallRecorded, QStringLiteral("ctr-a"), Caller, cleanCall("C1")}})
                .ok());
    REQUIRE(o.service->assignInstaller(Admin, QStringLiteral("ctr-a"), Installer).ok());
    CHECK(stageOf(o, QStringLiteral("ctr-a")) == contractStageName(ContractStage::C1Cleared));

    const auto server = o.service->identity();
    QList<Event> chain;
    for (const auto &s : o.service->eventsOfDevice(server.deviceId))
        chain.append(s.event);
    REQUIRE(chain.size() == 2);
    CHECK(verifyChain(chain, server.deviceId, server.publicKey).ok());
    CHECK(chain[0].actor == Caller);

    // A call out of order is refused by the rules: nothing is stored.
    auto r = o.service->recordHeadOfficeEvents(
        Caller, {EventDraft {EventType::CallRecorded, QStringLiteral("ctr-a"), Caller, cleanCall("C3")}});
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().detail == QStringLiteral("call_out_of_order"));
    // Only head-office staff record head-office events.
    r = o.service->recordHeadOfficeEvents(
        Rep, {EventDraft {EventType::CallRecorded, QStringLiteral("ctr-a"), Rep, cleanCall("C2")}});
    CHECK(r.error().code == protocol::ErrorCode::RoleNotAllowed);
    CHECK(o.service->eventsOfDevice(server.deviceId).size() == 2);
}

TEST_CASE(
    "D1 a delivery sign-off under the lecture minimum is stored, refused by the rules and flagged", "[hq][rules][D1]")
{
    Office o;
    Tablet rep(o, Rep);
    registerCustomer(rep, QStringLiteral("cust-a"), QStringLiteral("青木商店"));
    conclude(rep, QStringLiteral("cust-a"), QStringLiteral("ctr-a"));
    rep.pushOutbox();
    REQUIRE(o.service
                ->recordHeadOfficeEvents(
                    Caller, {EventDraft {EventType::CallRecorded, QStringLiteral("ctr-a"), Caller, cleanCall("C1")}})
                .ok());
    REQUIRE(o.service->assignInstaller(Admin, QStringLiteral("ctr-a"), Installer).ok());

    Tablet inst(o, Installer);
    const QString ctr = QStringLiteral("ctr-a");
    QString digest = PackHash; // what the delivery signature covers (core/evidence/signedcontent.h)
    auto fold = [&](const Event &e) { digest = foldSignedContent(digest, e.hash); };
    fold(inst.record(EventType::LectureStarted, ctr,
        {{QStringLiteral("level"), QStringLiteral("standard")}, {QStringLiteral("itemCount"), 1},
            {QStringLiteral("packHash"), PackHash}}));
    fold(inst.record(EventType::LectureItemTaught, ctr, {{QStringLiteral("itemId"), QStringLiteral("login-1")}}));
    fold(inst.record(EventType::LectureItemUnderstood, ctr, {{QStringLiteral("itemId"), QStringLiteral("login-1")}}));
    o.advance(90 * 60'000); // 90 minutes: half the minimum
    const Event early = inst.record(EventType::DeliverySigned, ctr,
        {{QStringLiteral("signatureHash"), hashOf('d')}, {QStringLiteral("contentHash"), digest}});

    const auto answer = inst.pushOutbox();
    CHECK(answer.storedUpTo == inst.store->headSeq()); // stored: the chain goes on
    REQUIRE(answer.refused.size() == 1);
    CHECK(answer.refused[0].seq == early.seq);
    CHECK(answer.refused[0].eventId == early.id);
    CHECK(answer.refused[0].code == QStringLiteral("lecture_below_minimum"));
    CHECK(stageOf(o, ctr) == contractStageName(ContractStage::C1Cleared)); // no effect on the contract
    const auto state = o.service->aggregate(ctr)->state;
    CHECK(state.value(QStringLiteral("rejected")).toInteger() == 1);
    CHECK(state.value(QStringLiteral("lastRejection")).toString() == QStringLiteral("LectureBelowMinimum"));
    const auto flags = o.service->flags();
    REQUIRE(flags.size() == 1);
    CHECK(flags[0].kind == QStringLiteral("rule_refused"));
    CHECK(flags[0].code == QStringLiteral("lecture_below_minimum"));
    CHECK(flags[0].eventId == early.id);
    CHECK(flags[0].userId == Installer);
    const auto stored = o.service->eventsOfDevice(inst.store->deviceId());
    CHECK(stored.last().ruleCode == QStringLiteral("lecture_below_minimum"));

    // The lecture goes on to the minimum; the second sign-off is accepted.
    o.advance(95 * 60'000);
    const Event later = inst.record(EventType::DeliverySigned, ctr,
        {{QStringLiteral("signatureHash"), hashOf('e')}, {QStringLiteral("contentHash"), digest}});
    const auto second = inst.pushOutbox();
    CHECK(second.refused.isEmpty());
    CHECK(stageOf(o, ctr) == contractStageName(ContractStage::Delivered));
    CHECK(o.service->flags().size() == 1);

    // The rep's tablet learns about the delivery, refused attempt included.
    const auto repChanges = rep.pullAll();
    CHECK(std::any_of(repChanges.begin(), repChanges.end(), [&](const auto &c) { return c.event.id == later.id; }));
    CHECK(std::any_of(repChanges.begin(), repChanges.end(), [&](const auto &c) { return c.event.id == early.id; }));
}

TEST_CASE("M2 lecture events on a contract a confirmation call put on hold are stored, refused and flagged",
    "[hq][rules][M2]")
{
    Office o;
    Tablet rep(o, Rep);
    registerCustomer(rep, QStringLiteral("cust-a"), QStringLiteral("青木商店"));
    conclude(rep, QStringLiteral("cust-a"), QStringLiteral("ctr-a"));
    rep.pushOutbox();
    QJsonObject problem = cleanCall("C1");
    problem.insert(QStringLiteral("conductOk"), 0); // S2: the customer reports pressure
    REQUIRE(o.service
                ->recordHeadOfficeEvents(
                    Caller, {EventDraft {EventType::CallRecorded, QStringLiteral("ctr-a"), Caller, problem}})
                .ok());
    REQUIRE(o.service->aggregate(QStringLiteral("ctr-a"))->state.value(QStringLiteral("onHold")).toInteger() == 1);
    REQUIRE(o.service->assignInstaller(Admin, QStringLiteral("ctr-a"), Installer).ok());

    // The installer's tablet has not pulled the hold yet and starts the lecture.
    Tablet inst(o, Installer);
    inst.record(EventType::LectureStarted, QStringLiteral("ctr-a"),
        {{QStringLiteral("level"), QStringLiteral("standard")}, {QStringLiteral("itemCount"), 1},
            {QStringLiteral("packHash"), PackHash}});
    const auto answer = inst.pushOutbox();
    CHECK(answer.storedUpTo == 1);
    REQUIRE(answer.refused.size() == 1);
    CHECK(answer.refused[0].code == QStringLiteral("on_hold"));
    REQUIRE(o.service->flags().size() == 1);
    CHECK(o.service->flags()[0].code == QStringLiteral("on_hold"));
}

TEST_CASE("P2 P4 the server re-checks rules that need the customer: screening and a second live contract",
    "[hq][rules][P2][P4]")
{
    Office o;
    FakeDevice dev(o, Rep);
    const QString cust = QStringLiteral("cust-p");
    QList<Event> events {dev.customer(cust)};
    // No screening recorded, yet the device claims "allowed": the server knows better (P2).
    events.append(dev.next(EventType::MattersOpened, QStringLiteral("ctr-p"),
        {{QStringLiteral("customerId"), cust}, {QStringLiteral("productCode"), QStringLiteral("CRM")},
            {QStringLiteral("packId"), QStringLiteral("crm-test")},
            {QStringLiteral("packVersion"), QStringLiteral("1")}, {QStringLiteral("packHash"), PackHash},
            {QStringLiteral("itemCount"), 2}, {QStringLiteral("screeningOutcome"), QStringLiteral("allowed")},
            {QStringLiteral("successorRequired"), 0}, {QStringLiteral("approvalId"), QString()}}));
    const Response r = dev.push(events);
    REQUIRE(r.status == 200);
    const auto answer = protocol::decodePushResponse(r.body);
    REQUIRE(answer->refused.size() == 1);
    CHECK(answer->refused[0].code == QStringLiteral("screening_refused"));
}

TEST_CASE("P4 a rep cannot write to another rep's customer or open a contract for it", "[hq][push][P4]")
{
    Office o;
    FakeDevice a(o, Rep);
    FakeDevice b(o, Rep2);
    REQUIRE(a.push({a.customer(QStringLiteral("cust-a"))}).status == 200);
    const Event contract = b.next(EventType::MattersOpened, QStringLiteral("ctr-x"),
        {{QStringLiteral("customerId"), QStringLiteral("cust-a")},
            {QStringLiteral("productCode"), QStringLiteral("CRM")}, {QStringLiteral("packId"), QStringLiteral("p")},
            {QStringLiteral("packVersion"), QStringLiteral("1")}, {QStringLiteral("packHash"), PackHash},
            {QStringLiteral("itemCount"), 2}, {QStringLiteral("screeningOutcome"), QStringLiteral("allowed")},
            {QStringLiteral("successorRequired"), 0}, {QStringLiteral("approvalId"), QString()}});
    Response r = b.push({contract});
    CHECK(r.code() == QStringLiteral("aggregate_forbidden"));
    // Registering a customer id someone else owns is no way in either.
    b.seq = 0;
    b.prev = GenesisHash;
    r = b.push({b.customer(QStringLiteral("cust-a"), QStringLiteral("乗っ取り"))});
    CHECK(r.code() == QStringLiteral("aggregate_forbidden"));
    CHECK(o.service->aggregate(QStringLiteral("cust-a"))->state.value(QStringLiteral("name")).toString()
        == QStringLiteral("山田商店"));
    // An installer may not touch a contract that is not assigned to them.
    FakeDevice inst(o, Installer);
    r = inst.push({inst.next(EventType::LectureStarted, QStringLiteral("ctr-x"),
        {{QStringLiteral("level"), QStringLiteral("standard")}, {QStringLiteral("itemCount"), 1},
            {QStringLiteral("packHash"), PackHash}})});
    CHECK(r.code() == QStringLiteral("aggregate_forbidden"));
}

TEST_CASE("P4 concurrent pushes are stored together: a refused one stores nothing, the others everything once",
    "[hq][push][P4]")
{
    // The first push is held before it takes the write lock; the four that arrive meanwhile wait, and the next
    // thread stores them as one group — except the second push of a device, which waits for the group after.
    std::mutex m;
    std::condition_variable cv;
    bool released = false;
    std::vector<size_t> groups;
    hq::HqOptions options;
    options.beforeStoringPushes = [&](size_t n) {
        std::unique_lock lock(m);
        groups.push_back(n);
        if (groups.size() == 1)
            cv.wait(lock, [&] { return released; });
    };
    Office o(options);
    FakeDevice first(o, Rep), a(o, Rep), b(o, Rep2), thief(o, Rep2);
    const QList<Event> firstEvents {first.customer(QStringLiteral("cust-first"))};
    const QList<Event> aEvents {a.customer(QStringLiteral("cust-a")),
        a.next(EventType::CustomerUpdated, QStringLiteral("cust-a"),
            {{QStringLiteral("phone"), QStringLiteral("03-1234-5678")}})};
    const QList<Event> aLater {a.next(EventType::CustomerUpdated, QStringLiteral("cust-a"),
        {{QStringLiteral("phone"), QStringLiteral("03-8765-4321")}})};
    const QList<Event> bEvents {b.customer(QStringLiteral("cust-b"))};
    // Rep2 opens a contract on the customer rep-001 registers in the same group: refused (P4).
    const QList<Event> thiefEvents {thief.next(EventType::MattersOpened, QStringLiteral("ctr-stolen"),
        {{QStringLiteral("customerId"), QStringLiteral("cust-a")},
            {QStringLiteral("productCode"), QStringLiteral("CRM")}, {QStringLiteral("packId"), QStringLiteral("p")},
            {QStringLiteral("packVersion"), QStringLiteral("1")}, {QStringLiteral("packHash"), PackHash},
            {QStringLiteral("itemCount"), 2}, {QStringLiteral("screeningOutcome"), QStringLiteral("allowed")},
            {QStringLiteral("successorRequired"), 0}, {QStringLiteral("approvalId"), QString()}})};

    auto pushFrom = [&](const FakeDevice &d, const QList<Event> &events) {
        const auto auth = o.service->authenticate(QStringLiteral("Bearer ") + d.token);
        REQUIRE(auth.ok());
        return o.service->push(auth.value(),
            protocol::PushRequest {d.id, o.clock.utcMs(), o.clock.monotonicMs(), o.clock.bootId(), events});
    };
    std::vector<std::optional<hq::ApiResult<protocol::PushResponse>>> answers(5);
    std::vector<std::thread> threads;
    const std::vector<std::pair<const FakeDevice *, const QList<Event> *>> order {
        {&first, &firstEvents}, {&a, &aEvents}, {&b, &bEvents}, {&thief, &thiefEvents}, {&a, &aLater}};
    for (size_t i = 0; i < order.size(); ++i) {
        threads.emplace_back([&, i] { answers[i] = pushFrom(*order[i].first, *order[i].second); });
        // One at a time, so they queue in this order.
        for (int spin = 0; spin < 100000; ++spin) {
            const bool holding = [&] {
                std::lock_guard lock(m);
                return !groups.empty();
            }();
            // The last is a's next push: it waits for a's first (DeviceOrder) before it joins the queue.
            if (i == 0 ? holding : i < 4 ? o.service->pushesWaiting() == i : o.service->pushesAwaitingTurn() == 1)
                break;
            std::this_thread::sleep_for(std::chrono::microseconds(100));
        }
    }
    REQUIRE(o.service->pushesWaiting() == 3);
    REQUIRE(o.service->pushesAwaitingTurn() == 1);
    {
        std::lock_guard lock(m);
        released = true;
    }
    cv.notify_all();
    for (std::thread &t : threads)
        t.join();

    CHECK(groups == std::vector<size_t> {1, 3, 1});
    for (size_t i : {0, 1, 2, 4}) {
        INFO("push " << i);
        REQUIRE(answers[i]->ok());
    }
    CHECK(answers[1]->value().storedUpTo == 2);
    CHECK(answers[2]->value().accepted == 1);
    CHECK(answers[4]->value().storedUpTo == 3);
    REQUIRE(!answers[3]->ok());
    CHECK(answers[3]->error().code == protocol::ErrorCode::AggregateForbidden);
    CHECK(answers[3]->error().storedUpTo == 0);
    // Stored exactly once each, the refused push not at all; the heads moved only for the stored pushes.
    auto storedIds = [&](const FakeDevice &d) {
        QStringList ids;
        for (const hq::StoredEvent &s : o.service->eventsOfDevice(d.id))
            ids.append(s.event.id);
        return ids;
    };
    CHECK(storedIds(first) == QStringList {firstEvents[0].id});
    CHECK(storedIds(a) == QStringList {aEvents[0].id, aEvents[1].id, aLater[0].id});
    CHECK(storedIds(b) == QStringList {bEvents[0].id});
    CHECK(storedIds(thief).isEmpty());
    CHECK(o.service->eventCount() == 5);
    CHECK(o.service->device(a.id)->headSeq == 3);
    CHECK(o.service->device(b.id)->headSeq == 1);
    CHECK(o.service->device(thief.id)->headSeq == 0);
    CHECK_FALSE(o.service->aggregate(QStringLiteral("ctr-stolen")).has_value());
    CHECK(o.service->aggregate(QStringLiteral("cust-a"))->state.value(QStringLiteral("phone")).toString()
        == QStringLiteral("03-8765-4321"));
    // The refused device's chain is where it was: its own customer goes in now.
    thief.seq = 0;
    thief.prev = GenesisHash;
    CHECK(thief.push({thief.customer(QStringLiteral("cust-thief"))}).status == 200);
}

TEST_CASE(
    "a device's next push that overtakes the one before it waits for it: both are stored, in seq order", "[hq][push]")
{
    // The tablet sends its next batch while head office stores the one before (docs/sync-protocol.md). The first
    // is held after its checks, so the second reaches the store first unless it waits for it; without the wait it
    // would be refused with seq_gap.
    std::mutex m;
    std::condition_variable cv;
    bool held = false, released = false;
    hq::HqOptions options;
    options.afterCheckingPush = [&](const protocol::PushRequest &r) {
        if (r.events.first().seq != 1)
            return;
        std::unique_lock lock(m);
        held = true;
        cv.notify_all();
        cv.wait(lock, [&] { return released; });
    };
    Office o(options);
    FakeDevice tablet(o, Rep);
    const QList<Event> first {tablet.customer(QStringLiteral("cust-1")),
        tablet.next(EventType::CustomerUpdated, QStringLiteral("cust-1"),
            {{QStringLiteral("phone"), QStringLiteral("03-1111-1111")}})};
    const QList<Event> second {tablet.next(EventType::CustomerUpdated, QStringLiteral("cust-1"),
        {{QStringLiteral("phone"), QStringLiteral("03-2222-2222")}})};
    const auto auth = o.service->authenticate(QStringLiteral("Bearer ") + tablet.token);
    REQUIRE(auth.ok());
    auto pushOf = [&](const QList<Event> &events) {
        return o.service->push(auth.value(),
            protocol::PushRequest {tablet.id, o.clock.utcMs(), o.clock.monotonicMs(), o.clock.bootId(), events});
    };
    std::optional<hq::ApiResult<protocol::PushResponse>> firstAnswer, secondAnswer;
    std::thread a([&] { firstAnswer = pushOf(first); });
    {
        std::unique_lock lock(m);
        REQUIRE(cv.wait_for(lock, std::chrono::seconds(30), [&] { return held; }));
    }
    std::thread b([&] { secondAnswer = pushOf(second); });
    for (int spin = 0; spin < 100000 && o.service->pushesAwaitingTurn() == 0; ++spin)
        std::this_thread::sleep_for(std::chrono::microseconds(100));
    CHECK(o.service->pushesAwaitingTurn() == 1);
    CHECK(o.service->pushesWaiting() == 0); // it waits before the store's queue, not in it
    {
        std::lock_guard lock(m);
        released = true;
    }
    cv.notify_all();
    a.join();
    b.join();

    REQUIRE(firstAnswer->ok());
    REQUIRE(secondAnswer->ok());
    CHECK(firstAnswer->value().storedUpTo == 2);
    CHECK(secondAnswer->value().storedUpTo == 3);
    CHECK(secondAnswer->value().accepted == 1);
    QList<qint64> seqs;
    for (const hq::StoredEvent &e : o.service->eventsOfDevice(tablet.id))
        seqs.append(e.event.seq);
    CHECK(seqs == QList<qint64> {1, 2, 3});
    CHECK(o.service->pushesAwaitingTurn() == 0);
    CHECK(o.service->aggregate(QStringLiteral("cust-1"))->state.value(QStringLiteral("phone")).toString()
        == QStringLiteral("03-2222-2222"));
}

TEST_CASE(
    "while a push group holds the write lock the next group reads, then waits for its turn to write", "[hq][push]")
{
    // Two stages per process: one group reads before the lock while the one before it holds the lock. The first
    // group is held under the lock; the second must get as far as its reads meanwhile, and write only after.
    std::mutex m;
    std::condition_variable cv;
    bool holding = false, released = false;
    std::vector<size_t> reading;
    hq::HqOptions options;
    options.beforeStoringPushes = [&](size_t n) {
        std::lock_guard lock(m);
        reading.push_back(n);
        cv.notify_all();
    };
    options.holdingWriteLock = [&](size_t) {
        std::unique_lock lock(m);
        if (holding)
            return; // the second group: the first is done
        holding = true;
        cv.notify_all();
        cv.wait(lock, [&] { return released; });
    };
    Office o(options);
    FakeDevice one(o, Rep), two(o, Rep2);
    const QList<Event> oneEvents {one.customer(QStringLiteral("cust-one"))};
    const QList<Event> twoEvents {two.customer(QStringLiteral("cust-two"))};
    auto pushFrom = [&](const FakeDevice &d, const QList<Event> &events) {
        const auto auth = o.service->authenticate(QStringLiteral("Bearer ") + d.token);
        return auth.ok() ? std::optional(o.service->push(auth.value(),
                   protocol::PushRequest {d.id, o.clock.utcMs(), o.clock.monotonicMs(), o.clock.bootId(), events}))
                         : std::nullopt;
    };
    std::optional<hq::ApiResult<protocol::PushResponse>> oneAnswer, twoAnswer;
    std::thread a([&] { oneAnswer = pushFrom(one, oneEvents); });
    {
        std::unique_lock lock(m);
        REQUIRE(cv.wait_for(lock, std::chrono::seconds(30), [&] { return holding; }));
    }
    std::thread b([&] { twoAnswer = pushFrom(two, twoEvents); });
    bool secondRead = false;
    {
        std::unique_lock lock(m);
        secondRead = cv.wait_for(lock, std::chrono::seconds(30), [&] { return reading.size() == 2; });
        released = true;
    }
    cv.notify_all();
    a.join();
    b.join();

    CHECK(secondRead); // it read while the first held the lock
    CHECK(reading == std::vector<size_t> {1, 1});
    REQUIRE(oneAnswer);
    REQUIRE(twoAnswer);
    REQUIRE(oneAnswer->ok());
    REQUIRE(twoAnswer->ok());
    CHECK(oneAnswer->value().storedUpTo == 1);
    CHECK(twoAnswer->value().storedUpTo == 1);
    CHECK(o.service->eventCount() == 2);
    QList<qint64> positions;
    for (const FakeDevice *d : {&one, &two})
        for (const hq::StoredEvent &e : o.service->eventsOfDevice(d->id))
            positions.append(e.pos);
    CHECK(positions == QList<qint64> {1, 2}); // positions in the order the writes committed
}

TEST_CASE("a push whose customer head office changed between its reads and the write lock reads again and keeps "
          "both changes",
    "[hq][push]")
{
    // On PostgreSQL a push group reads before the write lock; a head-office edit of the same customer lands in
    // between. The push must notice under the lock, read again, and store a projection with both edits.
    hq::HqOptions options;
    Harness *office = nullptr;
    int calls = 0;
    auto edit = [&] {
        const auto r = office->service->recordHeadOfficeEvents(Admin,
            {EventDraft {EventType::CustomerUpdated, QStringLiteral("cust-1"), Admin,
                {{QStringLiteral("business"), QStringLiteral("head office's correction")}}}});
        REQUIRE(r.ok());
    };
    options.afterReadingPushes = [&] {
        if (++calls == 2)
            edit();
    };
    Office o(options);
    office = &o;
    FakeDevice rep(o, Rep);
    REQUIRE(rep.push({rep.customer(QStringLiteral("cust-1"))}).status == 200);
    if (!onPostgres())
        edit(); // no reads before the lock there: the edit simply comes first
    const Response r = rep.push({rep.next(EventType::CustomerUpdated, QStringLiteral("cust-1"),
        {{QStringLiteral("phone"), QStringLiteral("03-1111-2222")}})});
    REQUIRE(r.status == 200);
    const auto state = o.service->aggregate(QStringLiteral("cust-1"))->state;
    CHECK(state.value(QStringLiteral("name")).toString() == QStringLiteral("山田商店"));
    CHECK(state.value(QStringLiteral("phone")).toString() == QStringLiteral("03-1111-2222"));
    CHECK(state.value(QStringLiteral("business")).toString() == QStringLiteral("head office's correction"));
    CHECK(o.service->eventCount() == 3);
    // Only PostgreSQL reads before the lock (the embedded store has no round trips to save).
    CHECK(calls == (onPostgres() ? 2 : 0));
}

TEST_CASE("policy and content updates reach every tablet user through the pull", "[hq][pull][policy]")
{
    Office o;
    Tablet rep(o, Rep);
    Policy p;
    p.version = 7;
    p.maxVisitMinutes = 90;
    REQUIRE(o.service->publishPolicy(Admin, p).ok());
    QFile f(QStringLiteral(KAKUNIN_TEST_DATA "/../../assets/content/crm-standard.json"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    const auto content = o.service->publishContent(Admin, QJsonDocument::fromJson(f.readAll()).object());
    INFO(content.error().message.toStdString() << " " << content.error().detail.toStdString());
    REQUIRE(content.ok());

    const auto changes = rep.pullAll();
    REQUIRE(changes.size() == 2);
    CHECK(changes[0].event.type == EventType::PolicyUpdated);
    CHECK(Policy::fromJson(changes[0].event.payload.value(QStringLiteral("policy")).toObject())->maxVisitMinutes == 90);
    CHECK(changes[1].event.type == protocol::ControlType::ContentPublished);
    CHECK(protocol::validateControlEvent(changes[1].event, Role::HeadOffice) == EventError::None);
    CHECK(o.service->currentPolicy().version == 7);

    // A user created afterwards starts with the current policy and content.
    o.user(QStringLiteral("inst-009"), QStringLiteral("installer"));
    Tablet late(o, QStringLiteral("inst-009"));
    const auto lateChanges = late.pullAll();
    REQUIRE(lateChanges.size() == 2);
    CHECK(lateChanges[0].event.id == changes[0].event.id);

    // A policy Policy::fromJson refuses never goes out.
    QJsonObject bad = p.toJson();
    bad.insert(QStringLiteral("elderlyAge"), QStringLiteral("seventy"));
    CHECK_FALSE(o.service
                    ->recordHeadOfficeEvents(Admin,
                        {EventDraft {EventType::PolicyUpdated, QStringLiteral("policy"), Admin,
                            {{QStringLiteral("policy"), bad}}}})
                    .ok());
}
