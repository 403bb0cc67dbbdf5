#include "test_console_support.h"

#include <catch2/catch.hpp>

#include <console/consoleauth.h>

#include <core/content/contentpackloader.h>
#include <core/domain/eventcatalog.h>
#include <core/domain/lifecycle.h>
#include <core/evidence/signedcontent.h>

#include <httplib.h>

#include <QRegularExpression>
#include <QUrl>

namespace kakunin::hqtest {

// ---- WebResponse

QString WebResponse::header(const char *name) const
{
    for (const auto &[k, v] : headers)
        if (QString::fromStdString(k).compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return QString::fromStdString(v);
    return QString();
}

QStringList WebResponse::setCookies() const
{
    QStringList out;
    for (const auto &[k, v] : headers)
        if (QString::fromStdString(k).compare(QLatin1String("Set-Cookie"), Qt::CaseInsensitive) == 0)
            out.append(QString::fromStdString(v));
    return out;
}

QString WebResponse::location() const
{
    return header("Location");
}

QString formValue(const QString &html, const QString &name)
{
    const QRegularExpression re(QStringLiteral("name=\"%1\" value=\"([^\"]*)\"").arg(QRegularExpression::escape(name)));
    const auto m = re.match(html);
    return m.hasMatch() ? m.captured(1) : QString();
}

// ---- Browser

Browser::Browser(Harness &harness) : h(harness) { }

QString Browser::origin() const
{
    return QStringLiteral("https://127.0.0.1:%1").arg(h.port);
}

WebResponse Browser::send(const std::string &method, const QString &path, const QByteArray &body,
    const std::multimap<std::string, std::string> &headers)
{
    httplib::SSLClient cli("127.0.0.1", h.port);
    cli.set_ca_cert_path((certDir() + QStringLiteral("/ca.pem")).toStdString().c_str());
    cli.enable_server_certificate_verification(true);
    cli.set_connection_timeout(5, 0);
    cli.set_read_timeout(30, 0);
    cli.set_url_encode(false); // paths are sent as written, queries included, like a browser's
    httplib::Request req;
    req.method = method;
    req.path = path.toStdString();
    req.headers = httplib::Headers(headers.begin(), headers.end());
    QStringList jar;
    for (auto it = cookies.cbegin(); it != cookies.cend(); ++it)
        jar.append(it.key() + QLatin1Char('=') + it.value());
    if (!jar.isEmpty())
        req.headers.emplace("Cookie", jar.join(QStringLiteral("; ")).toStdString());
    req.body = body.toStdString();
    auto res = cli.send(req);
    WebResponse r;
    if (!res)
        return r;
    r.status = res->status;
    r.body = QByteArray::fromStdString(res->body);
    r.headers = std::multimap<std::string, std::string>(res->headers.begin(), res->headers.end());
    for (const QString &c : r.setCookies()) {
        const QString pair = c.section(QLatin1Char(';'), 0, 0);
        const QString name = pair.section(QLatin1Char('='), 0, 0).trimmed();
        const QString value = pair.section(QLatin1Char('='), 1);
        if (c.contains(QLatin1String("Max-Age=0")) || value.isEmpty())
            cookies.remove(name);
        else
            cookies.insert(name, value);
    }
    return r;
}

WebResponse Browser::get(const QString &path)
{
    return send("GET", path, {}, {});
}

WebResponse Browser::post(const QString &path, const Fields &fields, const QString &originHeader)
{
    QByteArray body;
    for (const auto &[name, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    std::multimap<std::string, std::string> headers {{"Content-Type", "application/x-www-form-urlencoded"}};
    if (!originHeader.isEmpty())
        headers.emplace("Origin", (originHeader == QLatin1String("self") ? origin() : originHeader).toStdString());
    return send("POST", path, body, headers);
}

WebResponse Browser::trySignIn(const QString &user, const QString &password)
{
    const WebResponse page = get(QStringLiteral("/console/sign-in"));
    REQUIRE(page.status == 200);
    return post(QStringLiteral("/console/sign-in"),
        {{QStringLiteral("csrf"), formValue(page.text(), QStringLiteral("csrf"))}, {QStringLiteral("user"), user},
            {QStringLiteral("password"), password}});
}

void Browser::signIn(const QString &user, const QString &password)
{
    const WebResponse r = trySignIn(user, password);
    INFO(r.text().toStdString());
    REQUIRE(r.status == 303);
    REQUIRE(r.location() == QStringLiteral("/console/queue"));
    REQUIRE(cookies.contains(QStringLiteral("__Host-kakunin_session")));
}

QString Browser::csrf()
{
    const WebResponse r = get(QStringLiteral("/console/queue"));
    REQUIRE(r.status == 200);
    const QString token = formValue(r.text(), QStringLiteral("csrf"));
    REQUIRE_FALSE(token.isEmpty());
    return token;
}

// ---- ConsoleOffice

hq::HqOptions ConsoleOffice::fastOptions()
{
    hq::HqOptions o;
    o.console.argon2MemoryKiB = 64; // real Argon2id, tiny cost: the suite stays fast
    o.console.argon2Iterations = 1;
    return o;
}

ConsoleOffice::ConsoleOffice() : Harness(fastOptions())
{
    using namespace users;
    user(Rep, QStringLiteral("sales_rep"));
    user(Rep2, QStringLiteral("sales_rep"));
    user(Installer, QStringLiteral("installer"));
    user(Legacy, QStringLiteral("head_office"));
    for (const auto &[id, role, name] :
        {std::tuple {Staff, "confirmation_staff", "確認 花子"}, std::tuple {Staff2, "confirmation_staff", "確認 次郎"},
            std::tuple {Admin, "compliance_admin", "管理 一郎"}, std::tuple {Auditor, "auditor", "監査 三郎"}}) {
        REQUIRE(service->createUser(id, QLatin1String(role), QString::fromUtf8(name)).ok());
        REQUIRE(hq::console::ConsoleAuth(*service).setPassword(id, Password) == hq::console::PasswordError::None);
    }
}

void ConsoleOffice::changeRole(const QString &id, const QString &role)
{
    auto c = db->open();
    c->exec("UPDATE users SET role = ? WHERE id = ?", {role, id});
}

// ---- contracts

const ContentPack &crmPack()
{
    static const ContentPack pack = [] {
        auto p = loadContentPack(QStringLiteral(KAKUNIN_CONTENT_DIR "/crm-standard.json"));
        REQUIRE(p.ok());
        return p.value();
    }();
    return pack;
}

QJsonObject cleanCall(const char *stage)
{
    return {{QStringLiteral("stage"), QLatin1String(stage)}, {QStringLiteral("reached"), 1},
        {QStringLiteral("guaranteeMentioned"), 0}, {QStringLiteral("conductOk"), 1}, {QStringLiteral("lectureOk"), 1},
        {QStringLiteral("productUsed"), 1}, {QStringLiteral("note"), QString()}};
}

QString stageOf(Harness &h, const QString &contract)
{
    return h.service->aggregate(contract)->state.value(QStringLiteral("stageName")).toString();
}

bool onHold(Harness &h, const QString &contract)
{
    return h.service->aggregate(contract)->state.value(QStringLiteral("onHold")).toInteger() == 1;
}

void registerCustomer(Tablet &rep, const QString &customer, const QString &name, const QString &phone)
{
    rep.record(EventType::CustomerRegistered, customer,
        {{QStringLiteral("name"), name}, {QStringLiteral("phone"), phone},
            {QStringLiteral("business"), QStringLiteral("飲食店")}});
    rep.record(EventType::ScreeningRecorded, customer,
        {{QStringLiteral("outcome"), QStringLiteral("allowed")}, {QStringLiteral("refusals"), QString()},
            {QStringLiteral("conditions"), QString()}, {QStringLiteral("age"), 52}, {QStringLiteral("itLiteracy"), 3},
            {QStringLiteral("policyVersion"), 1}, {QStringLiteral("successorPresent"), 0},
            {QStringLiteral("fullTimeDeclared"), 0}});
}

void conclude(Tablet &rep, const QString &customer, const QString &contract)
{
    const ContentPack &pack = crmPack();
    const int items = 2; // the walkthrough's length does not matter to the console
    rep.record(EventType::MattersOpened, contract,
        {{QStringLiteral("customerId"), customer}, {QStringLiteral("productCode"), pack.productCode},
            {QStringLiteral("packId"), pack.id}, {QStringLiteral("packVersion"), pack.version},
            {QStringLiteral("packHash"), pack.hash}, {QStringLiteral("itemCount"), items},
            {QStringLiteral("screeningOutcome"), QStringLiteral("allowed")}, {QStringLiteral("successorRequired"), 0},
            {QStringLiteral("approvalId"), QString()}});
    for (int i = 0; i < items; ++i) {
        const QJsonObject item {
            {QStringLiteral("itemId"), pack.importantMatters.at(i).id}, {QStringLiteral("index"), i}};
        rep.h.advance(60'000);
        rep.record(EventType::MattersItemShown, contract, item);
        rep.record(EventType::MattersItemConfirmed, contract, item);
    }
    rep.record(EventType::MattersNoGuaranteeAttested, contract, {{QStringLiteral("packHash"), pack.hash}});
    auto digest
        = [&] { return rep.store->projection(contract)->state.value(QStringLiteral("mattersDigest")).toString(); };
    for (const char *signer : {"customer", "rep"})
        rep.record(EventType::MattersSigned, contract,
            {{QStringLiteral("signer"), QLatin1String(signer)},
                {QStringLiteral("signatureHash"), QString(64, QLatin1Char(signer[0] == 'c' ? 'c' : 'b'))},
                {QStringLiteral("contentHash"), digest()}});
    rep.record(EventType::ContractConcluded, contract,
        {{QStringLiteral("policyVersion"), 1}, {QStringLiteral("coolingOffDays"), 8}, {QStringLiteral("trialDays"), 14},
            {QStringLiteral("lectureMinimumMinutes"), 180}, {QStringLiteral("disputeDays"), 30},
            {QStringLiteral("timeZone"), QStringLiteral("Asia/Tokyo")}});
}

void deliver(ConsoleOffice &o, Tablet &inst, const QString &contract)
{
    const auto assigned = o.service->assignInstaller(users::Admin, contract, inst.user);
    INFO(assigned.error().message.toStdString());
    REQUIRE(assigned.ok());
    QString digest = crmPack().hash; // what the delivery signature covers (core/evidence/signedcontent.h)
    auto fold = [&](const Event &e) { digest = foldSignedContent(digest, e.hash); };
    fold(inst.record(EventType::LectureStarted, contract,
        {{QStringLiteral("level"), QStringLiteral("standard")}, {QStringLiteral("itemCount"), 1},
            {QStringLiteral("packHash"), crmPack().hash}}));
    fold(inst.record(EventType::LectureItemTaught, contract, {{QStringLiteral("itemId"), QStringLiteral("item-1")}}));
    fold(inst.record(
        EventType::LectureItemUnderstood, contract, {{QStringLiteral("itemId"), QStringLiteral("item-1")}}));
    o.advance(181 * 60'000);
    inst.record(EventType::DeliverySigned, contract,
        {{QStringLiteral("signatureHash"), QString(64, QLatin1Char('d'))}, {QStringLiteral("contentHash"), digest}});
    const auto answer = inst.pushOutbox();
    REQUIRE(answer.refused.isEmpty());
    REQUIRE(stageOf(o, contract) == contractStageName(ContractStage::Delivered));
}

void confirmUsage(ConsoleOffice &o, const QString &contract)
{
    REQUIRE(
        o.service
            ->recordHeadOfficeEvents(users::Admin, {EventDraft {EventType::TrialStarted, contract, users::Admin, {}}})
            .ok());
    o.advance(14LL * 24 * 3'600'000 + 60'000);
    const auto r = o.service->recordHeadOfficeEvents(users::Admin,
        {EventDraft {EventType::UsageConfirmed, contract, users::Admin,
            {{QStringLiteral("used"), 1}, {QStringLiteral("noDefects"), 1}, {QStringLiteral("mayStart"), 1}}}});
    INFO(r.error().message.toStdString() << " " << r.error().detail.toStdString());
    REQUIRE(r.ok());
    REQUIRE(stageOf(o, contract) == contractStageName(ContractStage::UsageConfirmed));
}

} // namespace kakunin::hqtest
