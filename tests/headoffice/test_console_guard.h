#pragma once
// The console's part-2 POST routes are all guarded the same way (docs/console.md "One place for access"): these
// helpers check it for one route and its form, so each page's tests state it in one line.

#include "test_console_support.h"

#include <console/consoleauth.h>

#include <functional>

namespace kakunin::hqtest {

// The console in English for this browser (the tests compare English words).
inline void english(Browser &b)
{
    b.cookies.insert(QStringLiteral("__Host-kakunin_lang"), QStringLiteral("en"));
}

// A browser signed in as `user` that reads the console in English.
inline Browser signedIn(ConsoleOffice &o, const QString &user)
{
    Browser b(o);
    english(b);
    b.signIn(user);
    return b;
}

// `fields` without the csrf field; `state` reads what the POST would change (compared before and after).
// Checks: no session and a forged session cookie → 303 to sign-in; a signed-in user without or with a wrong
// CSRF token, or from another origin → 403; every role in `refused` (signed in, right token) → 403 with the
// role named. Nothing changes in any of these: no event, the same `state`.
inline void checkPostGuarded(ConsoleOffice &o, const QString &path, const Fields &fields, const QStringList &refused,
    const std::function<QString()> &state = {})
{
    INFO("POST " << path.toStdString());
    const qint64 events = o.events();
    const QString before = state ? state() : QString();
    auto with = [&](const QString &token) {
        Fields f = fields;
        f.prepend({QStringLiteral("csrf"), token});
        return f;
    };
    Browser anonymous(o);
    const WebResponse none = anonymous.post(path, with(hq::console::ConsoleAuth::newToken()));
    CHECK(none.status == 303);
    CHECK(none.location() == QStringLiteral("/console/sign-in"));
    Browser forged(o);
    forged.cookies.insert(QStringLiteral("__Host-kakunin_session"), hq::console::ConsoleAuth::newToken());
    CHECK(forged.post(path, with(hq::console::ConsoleAuth::newToken())).status == 303);

    Browser admin(o);
    admin.signIn(users::Admin);
    CHECK(admin.post(path, fields).status == 403);
    CHECK(admin.post(path, with(QStringLiteral("x"))).status == 403);
    CHECK(admin.post(path, with(hq::console::ConsoleAuth::newToken())).status == 403);
    CHECK(admin.post(path, with(admin.csrf()), QStringLiteral("https://evil.example")).status == 403);
    for (const QString &user : refused) {
        INFO("as " << user.toStdString());
        Browser b(o);
        english(b);
        b.signIn(user);
        const WebResponse r = b.post(path, with(b.csrf()));
        CHECK(r.status == 403);
        CHECK(r.contains(QStringLiteral("may not do this. Nothing was changed.")));
    }
    CHECK(o.events() == events);
    if (state)
        CHECK(state() == before);
}

} // namespace kakunin::hqtest
