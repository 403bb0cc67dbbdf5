// The console's policies and content page (issue 7 part 2, docs/console.md "Policies and content"): policy values
// edited and published, validated by core's Policy::fromJson; content-pack versions pasted and published,
// validated by core's content loader; both as head-office events every tablet pulls. On both stores.
#include "test_console_guard.h"
#include "test_console_support.h"

#include <catch2/catch.hpp>

#include <protocol/hqevents.h>

#include <core/domain/eventcatalog.h>
#include <core/domain/policy.h>

#include <QFile>
#include <QJsonDocument>

#include <algorithm>

using namespace kakunin;
using namespace kakunin::hqtest;
using namespace kakunin::hqtest::users;

namespace {

// The policy form as the page fills it, with some values changed.
// `csrf` "" leaves the token out.
Fields policyForm(const QString &csrf, const Policy &p, const QList<std::pair<QString, QString>> &changes)
{
    Fields f;
    if (!csrf.isEmpty())
        f.append({QStringLiteral("csrf"), csrf});
    const QJsonObject json = p.toJson();
    const QJsonObject defaults = json.value(QStringLiteral("productDefaults")).toObject();
    for (const char *key : {"visitHoursStart", "visitHoursEnd", "maxVisitMinutes", "visitWarnPercent",
             "declinedCooldownDays", "elderlyAge", "coolingOffDays", "lapsedUseDays", "disputeDays",
             "maxClockSkewMinutes", "autoLockMinutes", "timeZone"}) {
        const QJsonValue v = json.value(QLatin1String(key));
        f.append({QLatin1String(key), v.isString() ? v.toString() : QString::number(v.toInteger())});
    }
    for (const char *key : {"lectureMinimumMinutes", "trialDays"})
        f.append({QStringLiteral("productDefaults.") + QLatin1String(key),
            QString::number(defaults.value(QLatin1String(key)).toInteger())});
    for (const auto &[name, value] : changes)
        for (auto &field : f)
            if (field.first == name)
                field.second = value;
    return f;
}

QString packText(const QString &version)
{
    QFile file(QStringLiteral(KAKUNIN_CONTENT_DIR "/crm-standard.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QJsonObject pack = QJsonDocument::fromJson(file.readAll()).object();
    pack.insert(QStringLiteral("version"), version);
    return QString::fromUtf8(QJsonDocument(pack).toJson(QJsonDocument::Indented));
}

QString policyVersion(ConsoleOffice &o)
{
    return QString::number(o.service->currentPolicy().version);
}

} // namespace

TEST_CASE("S2 P6 console policies: a compliance admin publishes new values, core validates them, and the policy "
          "reaches the tablets by pull",
    "[console][policies][S2][P6]")
{
    ConsoleOffice o;
    Tablet rep(o, Rep);
    checkPostGuarded(o, QStringLiteral("/console/policies"),
        policyForm(QString(), o.service->currentPolicy(), {{QStringLiteral("disputeDays"), QStringLiteral("45")}}),
        {Staff, Auditor}, [&] { return policyVersion(o); });

    Browser auditor = signedIn(o, Auditor);
    const WebResponse readOnly = auditor.get(QStringLiteral("/console/policies"));
    REQUIRE(readOnly.status == 200);
    CHECK(readOnly.contains(
        QStringLiteral("id=\"policy-disputeDays\" name=\"disputeDays\" type=\"number\" value=\"30\" readonly")));
    CHECK_FALSE(readOnly.contains(QStringLiteral("id=\"policy-form\"")));
    CHECK_FALSE(readOnly.contains(QStringLiteral("id=\"content-form\"")));

    Browser admin = signedIn(o, Admin);
    const Policy before = o.service->currentPolicy();
    const qint64 events = o.events();
    const WebResponse r = admin.post(QStringLiteral("/console/policies"),
        policyForm(admin.csrf(), before,
            {{QStringLiteral("disputeDays"), QStringLiteral("45")},
                {QStringLiteral("visitHoursEnd"), QStringLiteral("19:30")},
                {QStringLiteral("productDefaults.lectureMinimumMinutes"), QStringLiteral("200")}}));
    CHECK(r.status == 303);
    CHECK(r.location() == QStringLiteral("/console/policies?done=policy"));
    CHECK(o.events() == events + 1);
    const Policy after = o.service->currentPolicy();
    CHECK(after.version == before.version + 1);
    CHECK(after.disputeDays == 45);
    CHECK(after.visitEndMinute == 19 * 60 + 30);
    CHECK(after.productDefaults.lectureMinimumMinutes == 200);
    CHECK(after.coolingOffDays == before.coolingOffDays);
    const auto last = o.service->eventsOfDevice(o.service->identity().deviceId).last().event;
    CHECK(last.type == EventType::PolicyUpdated);
    CHECK(last.actor == Admin);
    const auto changes = rep.pullAll();
    CHECK(std::any_of(changes.begin(), changes.end(), [&](const auto &c) { return c.event.id == last.id; }));
    const WebResponse page = admin.get(r.location());
    CHECK(page.contains(QStringLiteral("is published. Tablets receive it at their next sync.")));
    CHECK(page.contains(QStringLiteral("id=\"policy-disputeDays\" name=\"disputeDays\" type=\"number\" value=\"45\"")));
}

TEST_CASE("console policies: values core refuses show the form again with the field's error, and nothing is published",
    "[console][policies]")
{
    ConsoleOffice o;
    Browser admin = signedIn(o, Admin);
    const Policy current = o.service->currentPolicy();
    const qint64 events = o.events();
    struct Bad {
        const char *field;
        const char *value;
        const char *id;
        const char *words;
    };
    const Bad bad[] = {
        {"maxVisitMinutes", "two hours", "policy-maxVisitMinutes", "Enter a whole number."},
        {"maxVisitMinutes", "", "policy-maxVisitMinutes", "Enter a whole number."},
        {"elderlyAge", "5", "policy-elderlyAge", "This number is outside the allowed range."},
        {"visitHoursEnd", "08:00", "policy-visitHoursEnd", "The visit hours must end after they start."},
        {"visitHoursStart", "9 o'clock", "policy-visitHoursStart", "Enter a time as HH:MM."},
        {"timeZone", "Mars/Olympus", "policy-timeZone", "Unknown time zone"},
        {"productDefaults.trialDays", "0", "policy-productDefaults-trialDays", "outside the allowed range"},
    };
    for (const Bad &b : bad) {
        INFO(b.field << " = " << b.value);
        const WebResponse r = admin.post(QStringLiteral("/console/policies"),
            policyForm(admin.csrf(), current, {{QLatin1String(b.field), QString::fromUtf8(b.value)}}));
        CHECK(r.status == 400);
        CHECK(r.contains(QString::fromUtf8(b.words)));
        CHECK(r.contains(QStringLiteral("Nothing was published.")));
        CHECK(r.contains(QStringLiteral("aria-describedby=\"%1-error\"").arg(QLatin1String(b.id))));
        CHECK(r.contains(QStringLiteral("id=\"policy-form\"")));
    }
    CHECK(o.events() == events);
    CHECK(o.service->currentPolicy() == current);
}

TEST_CASE("console content: a new pack version pasted is validated by core's loader, published as a head-office "
          "event and pulled by the tablets, while malformed packs and a version already published change nothing",
    "[console][content]")
{
    ConsoleOffice o;
    Tablet rep(o, Rep);
    checkPostGuarded(o, QStringLiteral("/console/content"),
        {{QStringLiteral("pack"), packText(QStringLiteral("2026.9.0"))}}, {Staff, Auditor});
    Browser admin = signedIn(o, Admin);
    auto publish = [&](const QString &text) {
        return admin.post(QStringLiteral("/console/content"),
            {{QStringLiteral("csrf"), admin.csrf()}, {QStringLiteral("pack"), text}});
    };
    const qint64 events = o.events();
    const WebResponse notJson = publish(QStringLiteral("{\"id\": \"crm-standard\", "));
    CHECK(notJson.status == 400);
    CHECK(notJson.contains(QStringLiteral("This is not one JSON object.")));
    CHECK(notJson.contains(QStringLiteral("Nothing was published.")));
    CHECK(notJson.contains(QStringLiteral("{&quot;id&quot;: &quot;crm-standard&quot;, </textarea>"))); // kept, escaped
    QJsonObject broken = QJsonDocument::fromJson(packText(QStringLiteral("2026.9.1")).toUtf8()).object();
    broken.insert(QStringLiteral("colour"), QStringLiteral("red"));
    const WebResponse unknown = publish(QString::fromUtf8(QJsonDocument(broken).toJson()));
    CHECK(unknown.status == 400);
    CHECK(unknown.contains(QStringLiteral("A field the format does not know.")));
    CHECK(unknown.contains(QStringLiteral("colour")));
    const WebResponse empty = publish(QString());
    CHECK(empty.status == 400);
    CHECK(o.events() == events);

    const WebResponse ok = publish(packText(QStringLiteral("2026.9.0")));
    INFO(ok.text().left(2000).toStdString());
    CHECK(ok.status == 303);
    CHECK(ok.location() == QStringLiteral("/console/policies?done=content&pack=crm-standard&version=2026.9.0"));
    CHECK(o.events() == events + 1);
    const auto stored = o.service->eventsOfAggregate(protocol::contentAggregate(QStringLiteral("crm-standard")));
    REQUIRE(stored.size() == 1);
    CHECK(stored.first().event.type == protocol::ControlType::ContentPublished);
    CHECK(stored.first().event.payload.value(QStringLiteral("version")).toString() == QStringLiteral("2026.9.0"));
    const auto changes = rep.pullAll();
    CHECK(std::any_of(
        changes.begin(), changes.end(), [&](const auto &c) { return c.event.id == stored.first().event.id; }));
    const WebResponse page = admin.get(ok.location());
    CHECK(page.contains(QStringLiteral("Content pack crm-standard 2026.9.0 is published.")));
    CHECK(page.contains(QStringLiteral("<tr data-pack=\"crm-standard\">")));

    const WebResponse again = publish(packText(QStringLiteral("2026.9.0")));
    CHECK(again.status == 409);
    CHECK(again.contains(QStringLiteral("crm-standard 2026.9.0 is already published.")));
    CHECK(o.events() == events + 1);
}
