// The console's devices and users page (issue 7 part 2, docs/console.md "Devices and users"): tablets with their
// user and last sync, revoke and wipe, users and their roles, enrollment codes as text and as a QR code drawn on
// the server; through HqService's admin API, over loopback TLS, on both stores.
#include "test_console_guard.h"
#include "test_console_support.h"

#include <catch2/catch.hpp>

#include <protocol/messages.h>
#include <protocol/protocol.h>

#include <QRegularExpression>

using namespace kakunin;
using namespace kakunin::hqtest;
using namespace kakunin::hqtest::users;

namespace {

WebResponse postWith(Browser &b, const QString &path, Fields fields)
{
    fields.prepend({QStringLiteral("csrf"), b.csrf()});
    return b.post(path, fields);
}

QString deviceStatus(ConsoleOffice &o, const QString &id)
{
    const auto d = o.service->device(id);
    return d ? d->status : QString();
}

} // namespace

TEST_CASE(
    "console devices: each tablet with its user and last sync, and a compliance admin revokes one and orders a wipe "
    "of another, and the revoked tablet can no longer sync",
    "[console][devices]")
{
    ConsoleOffice o;
    Tablet rep(o, Rep);
    Tablet inst(o, Installer);
    registerCustomer(rep, QStringLiteral("cust-a"), QStringLiteral("青木商店"), QStringLiteral("03-1000-0001"));
    rep.pushOutbox();
    const QString repDevice = rep.store->deviceId();
    const QString instDevice = inst.store->deviceId();

    Browser auditor = signedIn(o, Auditor);
    const WebResponse page = auditor.get(QStringLiteral("/console/devices"));
    REQUIRE(page.status == 200);
    CHECK(page.contains(QStringLiteral("id=\"devices-table\"")));
    CHECK(page.contains(QStringLiteral("id=\"users-table\"")));
    CHECK(page.contains(QStringLiteral("<tr data-device=\"%1\" data-status=\"active\">").arg(repDevice)));
    CHECK(page.contains(QStringLiteral("<tr data-device=\"%1\" data-status=\"active\">").arg(instDevice)));
    CHECK_FALSE(page.contains(o.service->identity().deviceId)); // head office's own chain is no tablet
    CHECK(page.contains(QStringLiteral("2026-04-01 10:00"))); // enrolled, and the rep's last push
    // An auditor reads, and gets no buttons.
    CHECK_FALSE(page.contains(QStringLiteral("id=\"revoke-")));
    CHECK_FALSE(page.contains(QStringLiteral("id=\"user-form\"")));
    CHECK_FALSE(page.contains(QStringLiteral("id=\"issue-code-")));

    for (const char *action : {"revoke", "wipe"})
        checkPostGuarded(o, QStringLiteral("/console/devices/") + QLatin1String(action),
            {{QStringLiteral("device"), repDevice}}, {Staff, Auditor}, [&] { return deviceStatus(o, repDevice); });

    Browser admin = signedIn(o, Admin);
    const WebResponse adminPage = admin.get(QStringLiteral("/console/devices"));
    CHECK(adminPage.contains(QStringLiteral("id=\"revoke-%1\"").arg(repDevice)));
    CHECK(adminPage.contains(QStringLiteral("id=\"wipe-%1\"").arg(instDevice)));
    // Bad ids: 400 with the words, nothing changes.
    const WebResponse unknown = postWith(
        admin, QStringLiteral("/console/devices/revoke"), {{QStringLiteral("device"), QStringLiteral("<nope>")}});
    CHECK(unknown.status == 400);
    CHECK(unknown.contains(QStringLiteral("There is no tablet “&lt;nope&gt;”.")));
    CHECK(postWith(admin, QStringLiteral("/console/devices/wipe"),
              {{QStringLiteral("device"), o.service->identity().deviceId}})
              .status
        == 400);
    const WebResponse missing = postWith(admin, QStringLiteral("/console/devices/wipe"), {});
    CHECK(missing.status == 400);
    CHECK(missing.contains(QStringLiteral("Please fill in: Device.")));
    CHECK(deviceStatus(o, repDevice) == QStringLiteral("active"));

    const WebResponse revoked
        = postWith(admin, QStringLiteral("/console/devices/revoke"), {{QStringLiteral("device"), repDevice}});
    CHECK(revoked.status == 303);
    CHECK(deviceStatus(o, repDevice) == QStringLiteral("revoked"));
    CHECK(admin.get(revoked.location()).contains(QStringLiteral("is revoked: it can no longer sync.")));
    CHECK(rep.push({}).status != 200);
    const WebResponse wiped
        = postWith(admin, QStringLiteral("/console/devices/wipe"), {{QStringLiteral("device"), instDevice}});
    CHECK(wiped.status == 303);
    CHECK(deviceStatus(o, instDevice) == QStringLiteral("wipe_ordered"));
    const WebResponse after = admin.get(QStringLiteral("/console/devices"));
    CHECK(after.contains(QStringLiteral("<tr data-device=\"%1\" data-status=\"revoked\">").arg(repDevice)));
    CHECK(after.contains(QStringLiteral("<tr data-device=\"%1\" data-status=\"wipe_ordered\">").arg(instDevice)));
}

TEST_CASE("console users: a compliance admin adds a user with a role, and bad ids, roles, names and duplicates are "
          "refused with the field named, and nobody else may add one",
    "[console][users]")
{
    ConsoleOffice o;
    const auto userCount = [&] { return QString::number(o.service->users().size()); };
    checkPostGuarded(o, QStringLiteral("/console/users"),
        {{QStringLiteral("id"), QStringLiteral("rep-009")}, {QStringLiteral("role"), QStringLiteral("sales_rep")},
            {QStringLiteral("name"), QStringLiteral("営業 九郎")}},
        {Staff, Auditor}, userCount);
    Browser admin = signedIn(o, Admin);
    auto add = [&](const QString &id, const QString &role, const QString &name) {
        return postWith(admin, QStringLiteral("/console/users"),
            {{QStringLiteral("id"), id}, {QStringLiteral("role"), role}, {QStringLiteral("name"), name}});
    };
    const QString before = userCount();
    struct Bad {
        QString id, role, name;
        int status;
        const char *words;
    };
    const Bad bad[] = {
        {QString(), QStringLiteral("sales_rep"), QStringLiteral("x"), 400, "Please fill in: User ID."},
        {QStringLiteral("bad id!"), QStringLiteral("sales_rep"), QStringLiteral("x"), 400,
            "This value is not accepted: User ID."},
        {QStringLiteral("x1"), QStringLiteral("head_office"), QStringLiteral("x"), 400,
            "This value is not accepted: Role."},
        {QStringLiteral("x1"), QStringLiteral("root"), QStringLiteral("x"), 400, "This value is not accepted: Role."},
        {QStringLiteral("x1"), QString(), QStringLiteral("x"), 400, "Please fill in: Role."},
        {QStringLiteral("x1"), QStringLiteral("installer"), QStringLiteral("  "), 400, "Please fill in: Name."},
        {QStringLiteral("x1"), QStringLiteral("installer"), QString(101, QLatin1Char('n')), 400, "Name is too long"},
        {Rep, QStringLiteral("installer"), QStringLiteral("x"), 409, "A user with the ID “rep-001” already exists."},
    };
    for (const Bad &b : bad) {
        INFO(b.id.toStdString() << " " << b.role.toStdString());
        const WebResponse r = add(b.id, b.role, b.name);
        CHECK(r.status == b.status);
        CHECK(r.contains(QString::fromUtf8(b.words)));
        CHECK(r.contains(QStringLiteral("id=\"user-form\""))); // the form again
    }
    CHECK(userCount() == before);

    const WebResponse ok = add(QStringLiteral("audit-009"), QStringLiteral("auditor"), QStringLiteral("<監査> 九郎"));
    CHECK(ok.status == 303);
    CHECK(ok.location() == QStringLiteral("/console/devices?done=user&id=audit-009"));
    const auto created = o.service->user(QStringLiteral("audit-009"));
    REQUIRE(created);
    CHECK(created->role == QStringLiteral("auditor"));
    CHECK(created->name == QStringLiteral("<監査> 九郎"));
    const WebResponse list = admin.get(ok.location());
    CHECK(list.contains(QStringLiteral("User audit-009 was added.")));
    CHECK(list.contains(QStringLiteral("&lt;監査&gt; 九郎")));
}

TEST_CASE("console enrollment codes: shown once as text and as a QR code drawn on the server, and a tablet enrolls "
          "with it, but none for console users",
    "[console][devices][enrollment]")
{
    ConsoleOffice o;
    checkPostGuarded(o, QStringLiteral("/console/enrollment"), {{QStringLiteral("user"), Rep}}, {Staff, Auditor});
    Browser admin = signedIn(o, Admin);
    CHECK(admin.get(QStringLiteral("/console/devices")).contains(QStringLiteral("id=\"issue-code-rep-001\"")));
    CHECK_FALSE(admin.get(QStringLiteral("/console/devices")).contains(QStringLiteral("id=\"issue-code-staff-001\"")));

    const WebResponse r = postWith(admin, QStringLiteral("/console/enrollment"), {{QStringLiteral("user"), Rep}});
    REQUIRE(r.status == 200);
    CHECK(r.header("Cache-Control") == QStringLiteral("no-store"));
    static const QRegularExpression codeRe(QStringLiteral("<p class=\"code\" id=\"enrollment-code\">([0-9A-Z-]+)</p>"));
    const auto m = codeRe.match(r.text());
    REQUIRE(m.hasMatch());
    const QString code = m.captured(1);
    CHECK(
        r.contains(QStringLiteral("<div id=\"enrollment-qr\"><svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr\"")));
    CHECK(r.contains(QStringLiteral("<path fill=\"#000\" d=\"M4 4h7v1h-7z"))); // the finder pattern's top row

    // The code enrolls a tablet, once.
    test::TempStore temp;
    temp.clock.setUtc(o.clock.utcMs());
    const auto store = temp.create();
    const protocol::EnrollRequest req {
        code, store->deviceId(), store->devicePublicKey(), QStringLiteral("tablet"), QString()};
    CHECK(o.post("/v1/enroll", protocol::encode(req)).status == 201);
    CHECK(o.service->device(store->deviceId())->userId == Rep);

    for (const auto &[user, status, words] :
        {std::tuple {Staff, 409, "Enrollment codes are for sales reps and installers only"},
            std::tuple {QStringLiteral("nobody"), 400, "There is no user “nobody”."},
            std::tuple {QString(), 400, "Please fill in: User ID."}}) {
        INFO(user.toStdString());
        const WebResponse refused
            = postWith(admin, QStringLiteral("/console/enrollment"), {{QStringLiteral("user"), user}});
        CHECK(refused.status == status);
        CHECK(refused.contains(QString::fromUtf8(words)));
        CHECK_FALSE(refused.contains(QStringLiteral("id=\"enrollment-code\"")));
    }
}
