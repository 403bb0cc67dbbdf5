// Console sign-in, sessions, CSRF and authorization (issue 7, docs/console.md), over loopback TLS against the
// real kakunin-hq server, on the embedded store and on PostgreSQL.
#include "test_console_support.h"

#include <catch2/catch.hpp>

#include <console/consoleauth.h>
#include <console/password.h>

#include <cli.h>

#include <core/domain/eventcatalog.h>
#include <core/domain/lifecycle.h>
#include <core/event.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUrl>

using namespace kakunin;
using namespace kakunin::hqtest;
using namespace kakunin::hqtest::users;
namespace console = kakunin::hq::console;

namespace {

const QString SessionCookie = QStringLiteral("__Host-kakunin_session");
const QString FailedWords = QStringLiteral("Sign-in failed. Check your user ID and password.");

QString sessionSetCookie(const WebResponse &r)
{
    for (const QString &c : r.setCookies())
        if (c.startsWith(SessionCookie + QLatin1Char('=')))
            return c;
    return QString();
}

qint64 sessionCount(ConsoleOffice &o)
{
    auto c = o.db->open();
    return c->query("SELECT count(*) FROM console_sessions").front().integer(0);
}

// A contract on hold after a C1 call that found a guarantee: the state the POST tests try to change.
struct HeldContract {
    explicit HeldContract(ConsoleOffice &o) : rep(o, Rep)
    {
        registerCustomer(rep, QStringLiteral("cust-h"), QStringLiteral("保留商店"), QStringLiteral("03-1111-2222"));
        conclude(rep, QStringLiteral("cust-h"), QStringLiteral("ctr-h"));
        rep.pushOutbox();
        QJsonObject problem = cleanCall("C1");
        problem.insert(QStringLiteral("guaranteeMentioned"), 1);
        REQUIRE(o.service
                    ->recordHeadOfficeEvents(
                        Staff, {EventDraft {EventType::CallRecorded, QStringLiteral("ctr-h"), Staff, problem}})
                    .ok());
        REQUIRE(onHold(o, QStringLiteral("ctr-h")));
        registerCustomer(rep, QStringLiteral("cust-d"), QStringLiteral("待機商店"), QStringLiteral("03-3333-4444"));
        conclude(rep, QStringLiteral("cust-d"), QStringLiteral("ctr-d"));
        rep.pushOutbox();
    }
    Tablet rep;
};

Fields callForm(const QString &csrf)
{
    return {{QStringLiteral("csrf"), csrf}, {QStringLiteral("contract"), QStringLiteral("ctr-d")},
        {QStringLiteral("stage"), QStringLiteral("C1")}, {QStringLiteral("reached"), QStringLiteral("yes")},
        {QStringLiteral("guarantee"), QStringLiteral("no")}, {QStringLiteral("conduct"), QStringLiteral("yes")},
        {QStringLiteral("note"), QString()}};
}

Fields resolveForm(const QString &csrf)
{
    return {{QStringLiteral("csrf"), csrf}, {QStringLiteral("contract"), QStringLiteral("ctr-h")},
        {QStringLiteral("resolution"), QStringLiteral("確認済み")}};
}

} // namespace

TEST_CASE("console sign-in: the session cookie is Secure, HttpOnly, SameSite=Strict, and only its hash is stored",
    "[console][signin]")
{
    ConsoleOffice o;
    Browser b(o);
    const WebResponse page = b.get(QStringLiteral("/console/sign-in"));
    REQUIRE(page.status == 200);
    CHECK(page.header("Content-Security-Policy").contains(QLatin1String("default-src 'none'")));
    CHECK(page.header("X-Frame-Options") == QStringLiteral("DENY"));
    CHECK(page.contains(QStringLiteral("<label for=\"user\">")));

    const WebResponse r = b.trySignIn(Staff, Password);
    REQUIRE(r.status == 303);
    CHECK(r.location() == QStringLiteral("/console/queue"));
    const QString cookie = sessionSetCookie(r);
    INFO(cookie.toStdString());
    const QStringList attributes = cookie.split(QStringLiteral("; "));
    CHECK(attributes.contains(QStringLiteral("Secure")));
    CHECK(attributes.contains(QStringLiteral("HttpOnly")));
    CHECK(attributes.contains(QStringLiteral("SameSite=Strict")));
    CHECK(attributes.contains(QStringLiteral("Path=/")));
    CHECK_FALSE(cookie.contains(QLatin1String("Domain")));
    const QString token = b.cookies.value(SessionCookie);
    CHECK(QByteArray::fromBase64(token.toLatin1(), QByteArray::Base64UrlEncoding).size() == 32); // 256 bits

    auto c = o.db->open();
    const auto rows = c->query("SELECT token_hash, user_id FROM console_sessions");
    REQUIRE(rows.size() == 1);
    CHECK(rows.front().text(0) == sha256Hex(token.toUtf8()));
    CHECK(rows.front().text(1) == Staff);
    CHECK(c->query("SELECT 1 FROM console_sessions WHERE token_hash = ?", {token}).empty());
    // The password is stored as an Argon2id PHC string with its salt and parameters, never in clear.
    const auto hash = c->query("SELECT password_hash FROM console_credentials WHERE user_id = ?", {Staff});
    REQUIRE(hash.size() == 1);
    CHECK(hash.front().text(0).startsWith(QLatin1String("$argon2id$v=19$m=64,t=1,p=1$")));
    CHECK_FALSE(hash.front().text(0).contains(Password));

    const WebResponse queue = b.get(QStringLiteral("/console/queue"));
    REQUIRE(queue.status == 200);
    CHECK(queue.contains(QStringLiteral("確認 花子")));
    CHECK(queue.header("Cache-Control") == QStringLiteral("no-store"));
}

TEST_CASE("console sign-in: a wrong password and an unknown user get the same words", "[console][signin]")
{
    ConsoleOffice o;
    Browser b(o);
    b.cookies.insert(QStringLiteral("__Host-kakunin_lang"), QStringLiteral("en"));
    const WebResponse wrong = b.trySignIn(Staff, QStringLiteral("not the password at all"));
    const WebResponse unknown = b.trySignIn(QStringLiteral("nobody"), QStringLiteral("not the password at all"));
    const WebResponse locked = [&] {
        for (int i = 0; i < 5; ++i)
            b.trySignIn(Staff2, QStringLiteral("wrong password number"));
        return b.trySignIn(Staff2, Password);
    }();
    for (const WebResponse *r : {&wrong, &unknown, &locked}) {
        CHECK(r->status == 401);
        CHECK(r->contains(FailedWords));
        CHECK(sessionSetCookie(*r).isEmpty());
    }
    // The pages differ only in the user id typed back into the form.
    auto withoutUser = [](const WebResponse &r, const QString &user) {
        return r.text().replace(QStringLiteral("value=\"%1\"").arg(user), QString());
    };
    CHECK(withoutUser(wrong, Staff) == withoutUser(unknown, QStringLiteral("nobody")));
    CHECK(withoutUser(wrong, Staff) == withoutUser(locked, Staff2));
    CHECK(sessionCount(o) == 0);
}

TEST_CASE("console sign-in: five failures in a row lock the user out for 15 minutes on the injected clock",
    "[console][signin]")
{
    ConsoleOffice o;
    Browser b(o);
    for (int i = 0; i < 4; ++i)
        CHECK(b.trySignIn(Staff, QStringLiteral("wrong password %1").arg(i)).status == 401);
    // A success resets the count.
    b.signIn(Staff);
    Browser c(o);
    for (int i = 0; i < 4; ++i)
        CHECK(c.trySignIn(Staff, QStringLiteral("wrong password %1").arg(i)).status == 401);
    CHECK(c.trySignIn(Staff, Password).status == 303);

    Browser d(o);
    for (int i = 0; i < 5; ++i)
        CHECK(d.trySignIn(Staff, QStringLiteral("wrong password %1").arg(i)).status == 401);
    // Locked: even the right password is refused; other users are not affected.
    CHECK(d.trySignIn(Staff, Password).status == 401);
    CHECK(console::ConsoleAuth(*o.service).signIn(Staff, Password).refusal == console::SignInRefusal::LockedOut);
    Browser e(o);
    CHECK(e.trySignIn(Admin, Password).status == 303);
    o.advance(14 * 60'000);
    CHECK(d.trySignIn(Staff, Password).status == 401);
    o.advance(60'000 + 1);
    const WebResponse unlocked = d.trySignIn(Staff, Password);
    CHECK(unlocked.status == 303);
    CHECK_FALSE(sessionSetCookie(unlocked).isEmpty());
}

TEST_CASE("console sign-in: sales reps, installers and command-line users never sign in", "[console][signin][M2]")
{
    ConsoleOffice o;
    console::ConsoleAuth auth(*o.service);
    CHECK(auth.setPassword(Rep, Password) == console::PasswordError::NotConsoleUser);
    CHECK(auth.setPassword(Installer, Password) == console::PasswordError::NotConsoleUser);
    CHECK(auth.setPassword(Legacy, Password) == console::PasswordError::NotConsoleUser);
    CHECK(auth.setPassword(QStringLiteral("nobody"), Password) == console::PasswordError::NoSuchUser);
    CHECK(auth.setPassword(Staff, QStringLiteral("short")) == console::PasswordError::TooShort);

    // Even with a valid hash planted in the table, their role keeps them out.
    const QString hash = console::hashPassword(Password.toUtf8(), console::Argon2Params {64, 1, 1});
    auto c = o.db->open();
    for (const QString &id : {Rep, Installer, Legacy})
        c->exec("INSERT INTO console_credentials(user_id, password_hash, changed_at, failed_count, locked_until, "
                "last_sign_in_at) VALUES (?, ?, 0, 0, 0, 0)",
            {id, hash});
    Browser b(o);
    for (const QString &id : {Rep, Installer, Legacy}) {
        INFO(id.toStdString());
        const WebResponse r = b.trySignIn(id, Password);
        CHECK(r.status == 401);
        CHECK(sessionSetCookie(r).isEmpty());
        CHECK(auth.signIn(id, Password).refusal == console::SignInRefusal::NotConsoleUser);
    }
    // Console users get no tablet enrollment codes.
    CHECK(o.service->issueCode(Staff).error().code == protocol::ErrorCode::RoleNotAllowed);
    CHECK(sessionCount(o) == 0);
}

TEST_CASE("console sign-out deletes the session: the old cookie no longer opens a page", "[console][signin]")
{
    ConsoleOffice o;
    Browser b(o);
    b.signIn(Staff);
    const QString token = b.cookies.value(SessionCookie);
    const QString csrf = b.csrf();
    const WebResponse out = b.post(QStringLiteral("/console/sign-out"), {{QStringLiteral("csrf"), csrf}});
    CHECK(out.status == 303);
    CHECK(out.location() == QStringLiteral("/console/sign-in?signed-out=1"));
    CHECK(sessionSetCookie(out).contains(QLatin1String("Max-Age=0")));
    CHECK(sessionCount(o) == 0);

    Browser stale(o);
    stale.cookies.insert(SessionCookie, token);
    const WebResponse r = stale.get(QStringLiteral("/console/queue"));
    CHECK(r.status == 303);
    CHECK(r.location().startsWith(QLatin1String("/console/sign-in?next=")));
}

TEST_CASE("console sessions end when idle and at their absolute end, on the injected clock", "[console][signin]")
{
    ConsoleOffice o;
    const auto &c = o.service->options().console;
    Browser b(o);
    b.signIn(Staff);
    o.advance(c.sessionIdleMs - 60'000);
    CHECK(b.get(QStringLiteral("/console/queue")).status == 200); // a use moves the idle end
    o.advance(c.sessionIdleMs - 60'000);
    CHECK(b.get(QStringLiteral("/console/queue")).status == 200);
    o.advance(c.sessionIdleMs);
    CHECK(b.get(QStringLiteral("/console/queue")).status == 303); // idle too long

    Browser busy(o);
    busy.signIn(Staff);
    for (qint64 used = 0; used + c.sessionIdleMs / 2 < c.sessionAbsoluteMs; used += c.sessionIdleMs / 2) {
        o.advance(c.sessionIdleMs / 2);
        REQUIRE(busy.get(QStringLiteral("/console/queue")).status == 200);
    }
    o.advance(c.sessionIdleMs / 2);
    CHECK(busy.get(QStringLiteral("/console/queue")).status == 303); // past the absolute end, used or not
}

TEST_CASE("console: a GET without a session goes to sign-in and comes back after it", "[console][signin]")
{
    ConsoleOffice o;
    Browser b(o);
    const WebResponse r = b.get(QStringLiteral("/console/call?contract=ctr-x&stage=C1"));
    CHECK(r.status == 303);
    const QString signIn = QStringLiteral("/console/sign-in?next=%2Fconsole%2Fcall%3Fcontract%3Dctr-x%26stage%3DC1");
    // (cpp-httplib's client percent-decodes header values it reads.)
    CHECK(r.location() == QUrl::fromPercentEncoding(signIn.toUtf8()));
    const WebResponse page = b.get(signIn);
    INFO(page.text().toStdString());
    CHECK(
        formValue(page.text(), QStringLiteral("next")) == QStringLiteral("/console/call?contract=ctr-x&amp;stage=C1"));
    const WebResponse in = b.post(QStringLiteral("/console/sign-in"),
        {{QStringLiteral("csrf"), formValue(page.text(), QStringLiteral("csrf"))}, {QStringLiteral("user"), Staff},
            {QStringLiteral("password"), Password},
            {QStringLiteral("next"), QStringLiteral("/console/call?contract=ctr-x&stage=C1")}});
    CHECK(in.status == 303);
    CHECK(in.location() == QStringLiteral("/console/call?contract=ctr-x&stage=C1"));
    // Only this console's paths: anything else goes to the queue.
    for (const QString &next : {QStringLiteral("https://evil.example/"), QStringLiteral("//evil.example/console/"),
             QStringLiteral("/consolex"), QStringLiteral("/v1/changes")}) {
        Browser other(o);
        const WebResponse p = other.get(QStringLiteral("/console/sign-in"));
        const WebResponse s = other.post(QStringLiteral("/console/sign-in"),
            {{QStringLiteral("csrf"), formValue(p.text(), QStringLiteral("csrf"))}, {QStringLiteral("user"), Staff},
                {QStringLiteral("password"), Password}, {QStringLiteral("next"), next}});
        CHECK(s.location() == QStringLiteral("/console/queue"));
    }
}

TEST_CASE("console: every POST without a session is sent to sign-in and changes nothing", "[console][csrf]")
{
    ConsoleOffice o;
    HeldContract held(o);
    const qint64 before = o.events();
    Browser anonymous(o);
    const QString anyToken = console::ConsoleAuth::newToken();
    const std::pair<QString, Fields> posts[] = {
        {QStringLiteral("/console/call"), callForm(anyToken)},
        {QStringLiteral("/console/hold"), resolveForm(anyToken)},
        {QStringLiteral("/console/sign-out"), {{QStringLiteral("csrf"), anyToken}}},
    };
    for (const auto &[path, fields] : posts) {
        INFO(path.toStdString());
        const WebResponse r = anonymous.post(path, fields);
        CHECK(r.status == 303);
        CHECK(r.location() == QStringLiteral("/console/sign-in"));
        // A forged or stale session cookie is no session either.
        Browser forged(o);
        forged.cookies.insert(SessionCookie, console::ConsoleAuth::newToken());
        const WebResponse f = forged.post(path, fields);
        CHECK(f.status == 303);
        CHECK(f.location() == QStringLiteral("/console/sign-in"));
    }
    CHECK(o.events() == before);
    CHECK(onHold(o, QStringLiteral("ctr-h")));
    CHECK(stageOf(o, QStringLiteral("ctr-d")) == contractStageName(ContractStage::Contracted));
}

TEST_CASE("console: a POST with a session but a missing or wrong CSRF token, or from another origin, is 403 and "
          "changes nothing",
    "[console][csrf]")
{
    ConsoleOffice o;
    HeldContract held(o);
    const qint64 before = o.events();
    Browser admin(o);
    admin.signIn(Admin);
    const QString csrf = admin.csrf();
    Browser other(o);
    other.signIn(Staff);
    const QString othersToken = other.csrf(); // a real token, of another session
    REQUIRE(othersToken != csrf);

    for (const QString &path :
        {QStringLiteral("/console/call"), QStringLiteral("/console/hold"), QStringLiteral("/console/sign-out")}) {
        INFO(path.toStdString());
        const Fields valid = path.endsWith(QLatin1String("call")) ? callForm(csrf)
            : path.endsWith(QLatin1String("hold"))                ? resolveForm(csrf)
                                                                  : Fields {{QStringLiteral("csrf"), csrf}};
        Fields missing = valid;
        missing.removeFirst();
        Fields wrong = valid;
        wrong[0].second = othersToken;
        Fields empty = valid;
        empty[0].second.clear();
        for (const Fields *f : {&missing, &wrong, &empty}) {
            const WebResponse r = admin.post(path, *f);
            CHECK(r.status == 403);
            CHECK(r.contains(QStringLiteral("何も変更していません")));
        }
        // The right token from another site, or with no Origin and no Referer, is refused as well.
        CHECK(admin.post(path, valid, QStringLiteral("https://evil.example")).status == 403);
        CHECK(admin.post(path, valid, QStringLiteral("null")).status == 403);
        CHECK(admin.post(path, valid, QString()).status == 403);
    }
    CHECK(o.events() == before);
    CHECK(onHold(o, QStringLiteral("ctr-h")));
    CHECK(sessionCount(o) == 2); // nobody was signed out
    // With the token and the origin, the same request works.
    CHECK(admin.post(QStringLiteral("/console/hold"), resolveForm(csrf)).status == 303);
    CHECK_FALSE(onHold(o, QStringLiteral("ctr-h")));
}

TEST_CASE("console sign-in form: its own token and the same origin are required (login CSRF)", "[console][csrf]")
{
    ConsoleOffice o;
    Browser b(o);
    const WebResponse page = b.get(QStringLiteral("/console/sign-in"));
    const QString token = formValue(page.text(), QStringLiteral("csrf"));
    const Fields creds {{QStringLiteral("user"), Staff}, {QStringLiteral("password"), Password}};
    CHECK(b.post(QStringLiteral("/console/sign-in"), creds).status == 403);
    Fields forged = creds;
    forged.prepend({QStringLiteral("csrf"), console::ConsoleAuth::newToken()});
    CHECK(b.post(QStringLiteral("/console/sign-in"), forged).status == 403);
    Fields good = creds;
    good.prepend({QStringLiteral("csrf"), token});
    CHECK(b.post(QStringLiteral("/console/sign-in"), good, QStringLiteral("https://evil.example")).status == 403);
    CHECK(sessionCount(o) == 0);
    CHECK(b.post(QStringLiteral("/console/sign-in"), good).status == 303);
}

TEST_CASE(
    "console authorization: each route's roles are checked on the server before the handler runs", "[console][roles]")
{
    ConsoleOffice o;
    HeldContract held(o);
    const qint64 before = o.events();

    SECTION("an auditor reads the queue, the call and hold pages, and can record nothing")
    {
        Browser b(o);
        b.signIn(Auditor);
        const WebResponse queue = b.get(QStringLiteral("/console/queue"));
        CHECK(queue.status == 200);
        CHECK(queue.contains(QStringLiteral("ctr-d")));
        const WebResponse call = b.get(QStringLiteral("/console/call?contract=ctr-d&stage=C1"));
        CHECK(call.status == 200);
        CHECK_FALSE(call.contains(QStringLiteral("action=\"/console/call\""))); // no form
        const WebResponse hold = b.get(QStringLiteral("/console/hold?contract=ctr-h"));
        CHECK(hold.status == 200);
        CHECK_FALSE(hold.contains(QStringLiteral("action=\"/console/hold\"")));
        const QString csrf = b.csrf();
        const WebResponse r = b.post(QStringLiteral("/console/call"), callForm(csrf));
        CHECK(r.status == 403);
        CHECK(r.contains(QStringLiteral("監査担当")));
        CHECK(b.post(QStringLiteral("/console/hold"), resolveForm(csrf)).status == 403);
        CHECK(o.events() == before);
        // Nor through the service with its own user id: auditors author no head-office event.
        CHECK(o.service
                  ->recordHeadOfficeEvents(Auditor,
                      {EventDraft {EventType::CallRecorded, QStringLiteral("ctr-d"), Auditor, cleanCall("C1")}})
                  .error()
                  .code
            == protocol::ErrorCode::RoleNotAllowed);
        CHECK(o.events() == before);
    }
    SECTION("confirmation staff record calls but do not resolve holds")
    {
        Browser b(o);
        b.signIn(Staff);
        const WebResponse hold = b.get(QStringLiteral("/console/hold?contract=ctr-h"));
        CHECK(hold.status == 200);
        CHECK_FALSE(hold.contains(QStringLiteral("action=\"/console/hold\"")));
        CHECK(b.post(QStringLiteral("/console/hold"), resolveForm(b.csrf())).status == 403);
        CHECK(onHold(o, QStringLiteral("ctr-h")));
        CHECK(o.events() == before);
        CHECK(b.post(QStringLiteral("/console/call"), callForm(b.csrf())).status == 303);
        CHECK(o.events() == before + 1);
    }
    SECTION("a compliance admin does both")
    {
        Browser b(o);
        b.signIn(Admin);
        CHECK(b.post(QStringLiteral("/console/hold"), resolveForm(b.csrf())).status == 303);
        CHECK(b.post(QStringLiteral("/console/call"), callForm(b.csrf())).status == 303);
        CHECK(o.events() == before + 2);
    }
}

TEST_CASE("console pages: Japanese by default, English by the language switch", "[console][i18n]")
{
    ConsoleOffice o;
    Browser b(o);
    b.signIn(Staff);
    WebResponse r = b.get(QStringLiteral("/console/queue"));
    CHECK(r.contains(QStringLiteral("<html lang=\"ja\">")));
    CHECK(r.contains(QStringLiteral("確認コール一覧")));
    CHECK(r.contains(QStringLiteral("ログアウト")));
    const WebResponse sw = b.get(QStringLiteral("/console/language?to=en&back=%2Fconsole%2Fqueue"));
    CHECK(sw.status == 303);
    CHECK(sw.location() == QStringLiteral("/console/queue"));
    CHECK(b.cookies.value(QStringLiteral("__Host-kakunin_lang")) == QStringLiteral("en"));
    r = b.get(QStringLiteral("/console/queue"));
    CHECK(r.contains(QStringLiteral("<html lang=\"en\">")));
    CHECK(r.contains(QStringLiteral("Call queue")));
    CHECK(r.contains(QStringLiteral("Sign out")));
    CHECK_FALSE(r.contains(QStringLiteral("確認コール一覧")));
    // The way back is always this console.
    CHECK(b.get(QStringLiteral("/console/language?to=ja&back=https%3A%2F%2Fevil.example%2F")).location()
        == QStringLiteral("/console/queue"));
    CHECK(b.get(QStringLiteral("/console/no-such-page")).status == 404);
    const WebResponse css = b.get(QStringLiteral("/console/static/console.css"));
    CHECK(css.status == 200);
    CHECK(css.header("Content-Type").startsWith(QLatin1String("text/css")));
    CHECK(css.contains(QStringLiteral("@media (max-width: 56rem)")));
}

TEST_CASE("console admin command: set-password reads the password file, and sign-in uses it", "[console][cli]")
{
    QTemporaryDir dir;
    QStringList store;
    if (onPostgres())
        store = {QStringLiteral("--db"), freshPostgresSchema()};
    else
        store = {QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("hq"))};
    auto run = [&](QStringList args, QString *output = nullptr) {
        QString outText, errText;
        QTextStream out(&outText), err(&errText);
        args.prepend(QStringLiteral("kakunin-hq"));
        const int rc = hq::runCli(args + store, out, err);
        INFO(errText.toStdString());
        if (output)
            *output = outText + errText;
        return rc;
    };
    REQUIRE(run({QStringLiteral("admin"), QStringLiteral("create-user"), QStringLiteral("--id"), QStringLiteral("ana"),
                QStringLiteral("--role"), QStringLiteral("confirmation_staff")})
        == 0);
    REQUIRE(run({QStringLiteral("admin"), QStringLiteral("create-user"), QStringLiteral("--id"), QStringLiteral("rex"),
                QStringLiteral("--role"), QStringLiteral("sales_rep")})
        == 0);
    // head_office keeps working for the command line.
    REQUIRE(run({QStringLiteral("admin"), QStringLiteral("create-user"), QStringLiteral("--id"), QStringLiteral("old"),
                QStringLiteral("--role"), QStringLiteral("head_office")})
        == 0);
    const QString file = dir.filePath(QStringLiteral("pw.txt"));
    test::writeFile(file, "a long enough secret\n");
    const QStringList cheap {QStringLiteral("--argon2-memory-kib"), QStringLiteral("64"),
        QStringLiteral("--argon2-iterations"), QStringLiteral("1")};
    QString output;
    CHECK(run(QStringList {QStringLiteral("admin"), QStringLiteral("set-password"), QStringLiteral("ana"),
                  QStringLiteral("--password-file"), file}
                  + cheap,
              &output)
        == 0);
    CHECK(output.contains(QLatin1String("ana password set")));
    CHECK(run(QStringList {QStringLiteral("admin"), QStringLiteral("set-password"), QStringLiteral("rex"),
                  QStringLiteral("--password-file"), file}
                  + cheap,
              &output)
        == 1);
    CHECK(output.contains(QLatin1String("only confirmation_staff")));
    test::writeFile(file, "short\n");
    CHECK(run(QStringList {QStringLiteral("admin"), QStringLiteral("set-password"), QStringLiteral("ana"),
                  QStringLiteral("--password-file"), file}
              + cheap)
        == 1);
    CHECK(run({QStringLiteral("admin"), QStringLiteral("create-user"), QStringLiteral("--id"), QStringLiteral("x"),
              QStringLiteral("--role"), QStringLiteral("boss")})
        == 1);

    // The stored hash signs ana in (the parameters travel inside the hash).
    std::shared_ptr<hq::Database> db;
    if (onPostgres()) {
        db = hq::openPostgres(store[1]);
    } else {
        const QByteArray key = QByteArray::fromHex(test::readFile(dir.filePath(QStringLiteral("hq/hq.key"))).trimmed());
        db = hq::openEmbedded(dir.filePath(QStringLiteral("hq/hq.db")), key);
    }
    ManualClock clock;
    hq::HqService service(db, clock, ConsoleOffice::fastOptions());
    console::ConsoleAuth auth(service);
    CHECK(auth.signIn(QStringLiteral("ana"), QStringLiteral("a long enough secret")).refusal
        == console::SignInRefusal::None);
    CHECK(auth.signIn(QStringLiteral("ana"), QStringLiteral("short")).refusal == console::SignInRefusal::WrongPassword);
}
