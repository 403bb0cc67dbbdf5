#include "routes.h"

#include "consoleauth.h"
#include "consoleservice.h"
#include "html.h"
#include "i18n.h"
#include "pages.h"

#include "hqservice.h"

#include <httplib.h>

#include <QFile>
#include <QHash>

#include <cstdio>
#include <memory>

namespace kakunin::hq::console {

namespace {

constexpr char SessionCookie[] = "__Host-kakunin_session";
constexpr char SignInCookie[] = "__Host-kakunin_signin";
constexpr char LanguageCookie[] = "__Host-kakunin_lang";
constexpr qsizetype MaxFormBytes = 64 * 1024;
constexpr int MaxFormFields = 32;
const QString QueuePath = QStringLiteral("/console/queue");
const QString SignInPath = QStringLiteral("/console/sign-in");

QString header(const httplib::Request &req, const char *name)
{
    return QString::fromStdString(req.get_header_value(name));
}

QString param(const httplib::Request &req, const char *name)
{
    return req.has_param(name) ? QString::fromStdString(req.get_param_value(name)) : QString();
}

QHash<QString, QString> cookiesOf(const httplib::Request &req)
{
    QHash<QString, QString> out;
    const size_t n = req.get_header_value_count("Cookie");
    for (size_t i = 0; i < n; ++i) {
        const QString line = QString::fromStdString(req.get_header_value("Cookie", i));
        for (const QString &part : line.split(QLatin1Char(';'))) {
            const qsizetype eq = part.indexOf(QLatin1Char('='));
            if (eq <= 0)
                continue;
            const QString name = part.left(eq).trimmed();
            if (!out.contains(name)) // the first one wins, as browsers send the most specific first
                out.insert(name, part.mid(eq + 1).trimmed());
        }
    }
    return out;
}

// application/x-www-form-urlencoded: the body's fields only (never the query string's), each at most once.
std::optional<QHash<QString, QString>> parseForm(const std::string &body)
{
    QHash<QString, QString> fields;
    const QByteArray bytes = QByteArray::fromStdString(body);
    if (bytes.isEmpty())
        return fields;
    const QList<QByteArray> pairs = bytes.split('&');
    if (pairs.size() > MaxFormFields)
        return std::nullopt;
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        auto decode
            = [](QByteArray b) { return QString::fromUtf8(QByteArray::fromPercentEncoding(b.replace('+', ' '))); };
        const QString name = decode(eq < 0 ? pair : pair.left(eq));
        const QString value = eq < 0 ? QString() : decode(pair.mid(eq + 1));
        if (name.isEmpty() || name.size() > 64 || fields.contains(name))
            return std::nullopt;
        fields.insert(name, value);
    }
    return fields;
}

// A path of this console to go back to after sign-in or a language switch; anything else is refused, so the
// console never redirects elsewhere.
bool isLocalPath(const QString &p)
{
    if (!p.startsWith(QLatin1String("/console")) || p.size() > 1024 || p.contains(QLatin1String("//"))
        || p.contains(QLatin1Char('\\')))
        return false;
    if (p.size() > 8 && p[8] != QLatin1Char('/') && p[8] != QLatin1Char('?'))
        return false;
    for (const QChar ch : p)
        if (ch.unicode() < 0x21 || ch.unicode() == 0x7f)
            return false;
    return true;
}

// The browser says where a POST comes from: Origin (every current browser sends it on form posts), else
// Referer. It must be this very server, as the browser addressed it.
bool sameOrigin(const httplib::Request &req)
{
    const QString host = header(req, "Host");
    if (host.isEmpty())
        return false;
    const QString self = QStringLiteral("https://") + host;
    const QString origin = header(req, "Origin");
    if (!origin.isEmpty())
        return origin == self;
    const QString referer = header(req, "Referer");
    return !referer.isEmpty() && (referer == self || referer.startsWith(self + QLatin1Char('/')));
}

std::string sessionCookie(const QString &token)
{
    return std::string(SessionCookie) + "=" + token.toStdString() + "; Path=/; Secure; HttpOnly; SameSite=Strict";
}

std::string expiredCookie(const char *name)
{
    return std::string(name) + "=; Path=/; Secure; HttpOnly; SameSite=Strict; Max-Age=0";
}

bool looksLikeToken(const QString &t)
{
    if (t.size() != 43)
        return false;
    for (const QChar ch : t)
        if (!(ch.isLetterOrNumber() && ch.unicode() < 128) && ch != QLatin1Char('-') && ch != QLatin1Char('_'))
            return false;
    return true;
}

QByteArray loadCss()
{
    QFile f(QStringLiteral(":/console/static/console.css"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class ConsoleApp {
public:
    explicit ConsoleApp(HqService &hq) : m_hq(hq), m_auth(hq), m_service(hq), m_css(loadCss()) { }

    struct Ctx {
        const httplib::Request &req;
        httplib::Response &res;
        PageContext page;
        std::optional<Session> session;
        QHash<QString, QString> form;
        QHash<QString, QString> cookies;
        const std::string &body;
        bool tooLarge = false;
    };
    using Handler = void (ConsoleApp::*)(Ctx &);

    // Who may use a route: public routes need no session (sign-in, language, style sheet); every other route
    // lists its roles.
    struct Route {
        const char *method;
        const char *pattern;
        bool isPublic;
        RoleSet roles;
        Handler handler;
    };

    static const std::vector<Route> &routes()
    {
        static const std::vector<Route> table = {
            {"GET", "/console/?", true, {}, &ConsoleApp::home},
            {"GET", "/console/sign-in", true, {}, &ConsoleApp::signInPage},
            {"POST", "/console/sign-in", true, {}, &ConsoleApp::signIn},
            {"GET", "/console/language", true, {}, &ConsoleApp::language},
            {"GET", "/console/static/console\\.css", true, {}, &ConsoleApp::css},
            {"POST", "/console/sign-out", false, AnyConsoleRole, &ConsoleApp::signOut},
            {"GET", "/console/queue", false, AnyConsoleRole, &ConsoleApp::queue},
            {"GET", "/console/call", false, AnyConsoleRole, &ConsoleApp::callPage},
            {"POST", "/console/call", false, Callers, &ConsoleApp::recordCall},
            {"GET", "/console/hold", false, AnyConsoleRole, &ConsoleApp::holdPage},
            {"POST", "/console/hold", false, Admins, &ConsoleApp::resolveHold},
            {"GET", "/console/.*", true, {}, &ConsoleApp::notFound},
            {"POST", "/console/.*", true, {}, &ConsoleApp::notFound},
        };
        return table;
    }

    // `body`: a POST's body as read (at most MaxFormBytes; `tooLarge` when there was more).
    void handle(const Route &route, const httplib::Request &req, httplib::Response &res, const std::string &body = {},
        bool tooLarge = false)
    {
        Ctx ctx {req, res, PageContext {}, std::nullopt, {}, cookiesOf(req), body, tooLarge};
        ctx.page.language = languageFromCode(ctx.cookies.value(QLatin1String(LanguageCookie)));
        ctx.page.i18n = &m_i18n;
        ctx.page.target = QString::fromStdString(req.target);
        if (req.method == "POST") {
            // After a form, the language switch leads back to the page the form was on.
            const QString self = QStringLiteral("https://") + header(req, "Host");
            const QString referer = header(req, "Referer");
            ctx.page.target = referer.startsWith(self + QLatin1Char('/')) ? referer.mid(self.size()) : QueuePath;
        }
        if (!isLocalPath(ctx.page.target))
            ctx.page.target = QueuePath;
        ctx.page.timeZone = m_hq.options().console.timeZone;
        ctx.page.now = m_hq.clock().utcMs();
        securityHeaders(res);
        try {
            dispatch(route, ctx);
        } catch (const SqlError &e) {
            std::fprintf(stderr, "kakunin-hq: console: database: %s\n", e.what());
            page(ctx, 503, ctx.page.t(QT_TRANSLATE_NOOP("Console", "Service unavailable")),
                ctx.page.t(QT_TRANSLATE_NOOP(
                    "Console", "The database cannot be reached. Nothing was changed. Please try again in a moment.")));
        } catch (const std::exception &e) {
            std::fprintf(stderr, "kakunin-hq: console: %s\n", e.what());
            page(ctx, 500, ctx.page.t(QT_TRANSLATE_NOOP("Console", "Internal error")),
                ctx.page.t(QT_TRANSLATE_NOOP("Console", "Something went wrong on head office's side.")));
        }
    }

private:
    // The one place where every route's access is checked, in this order: session (for non-public routes), then
    // for a POST the form, its origin and its CSRF token, then the route's roles. Only then the handler runs.
    void dispatch(const Route &route, Ctx &ctx)
    {
        const bool post = qstrcmp(route.method, "POST") == 0;
        if (!route.isPublic) {
            ctx.session = m_auth.session(ctx.cookies.value(QLatin1String(SessionCookie)));
            if (!ctx.session) {
                if (ctx.cookies.contains(QLatin1String(SessionCookie)))
                    ctx.res.set_header("Set-Cookie", expiredCookie(SessionCookie));
                const QString to
                    = post ? SignInPath : SignInPath + QStringLiteral("?next=") + urlValue(ctx.page.target);
                return redirect(ctx, to);
            }
            ctx.page.session = &*ctx.session;
        }
        if (post) {
            if (ctx.tooLarge)
                return page(ctx, 413, ctx.page.t(QT_TRANSLATE_NOOP("Console", "Form too large")),
                    ctx.page.t(QT_TRANSLATE_NOOP("Console", "The form is too large. Nothing was changed.")));
            const QString type = header(ctx.req, "Content-Type").section(QLatin1Char(';'), 0, 0).trimmed().toLower();
            if (type != QLatin1String("application/x-www-form-urlencoded"))
                return page(ctx, 415, ctx.page.t(QT_TRANSLATE_NOOP("Console", "Unsupported form")),
                    ctx.page.t(QT_TRANSLATE_NOOP("Console", "This form cannot be read. Nothing was changed.")));
            auto form = parseForm(ctx.body);
            if (!form)
                return page(ctx, 400, ctx.page.t(QT_TRANSLATE_NOOP("Console", "Bad request")),
                    ctx.page.t(QT_TRANSLATE_NOOP("Console", "This form cannot be read. Nothing was changed.")));
            ctx.form = *form;
            const bool tokenOk = route.isPublic
                || ConsoleAuth::sameToken(ctx.form.value(QStringLiteral("csrf")), ctx.session->csrfToken);
            if (!sameOrigin(ctx.req) || !tokenOk)
                return formExpired(ctx);
        }
        if (!route.isPublic && !route.roles.contains(ctx.session->role))
            return page(ctx, 403, ctx.page.t(QT_TRANSLATE_NOOP("Console", "Not allowed")),
                ctx.page.t(QT_TRANSLATE_NOOP("Console", "Your role (%1) may not do this. Nothing was changed."))
                    .arg(pages::roleLabel(ctx.page, ctx.session->role)));
        if (ctx.session)
            m_auth.touch(*ctx.session);
        (this->*route.handler)(ctx);
    }

    static void securityHeaders(httplib::Response &res)
    {
        res.set_header("Content-Security-Policy",
            "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors "
            "'none'; base-uri 'none'");
        res.set_header("X-Content-Type-Options", "nosniff");
        res.set_header("X-Frame-Options", "DENY");
        res.set_header("Referrer-Policy", "same-origin");
    }

    static void html(Ctx &ctx, int status, const QString &body)
    {
        ctx.res.status = status;
        ctx.res.set_header("Cache-Control", "no-store");
        ctx.res.set_content(body.toStdString(), "text/html; charset=utf-8");
    }

    static void page(Ctx &ctx, int status, const QString &title, const QString &message)
    {
        html(ctx, status, pages::error(ctx.page, title, message));
    }

    static void redirect(Ctx &ctx, const QString &to)
    {
        ctx.res.status = 303;
        ctx.res.set_header("Location", to.toStdString());
        ctx.res.set_header("Cache-Control", "no-store");
    }

    void formExpired(Ctx &ctx)
    {
        page(ctx, 403, ctx.page.t(QT_TRANSLATE_NOOP("Console", "Form expired")),
            ctx.page.t(QT_TRANSLATE_NOOP("Console",
                "This form has expired or was not sent from this console. Nothing was changed. Please go back, "
                "reload the page and try again.")));
    }

    // ---- handlers

    void home(Ctx &ctx) { redirect(ctx, QueuePath); }

    void notFound(Ctx &ctx)
    {
        page(ctx, 404, ctx.page.t(QT_TRANSLATE_NOOP("Console", "Not found")),
            ctx.page.t(QT_TRANSLATE_NOOP("Console", "This page does not exist.")));
    }

    void css(Ctx &ctx)
    {
        ctx.res.status = 200;
        ctx.res.set_header("Cache-Control", "max-age=300");
        ctx.res.set_content(m_css.toStdString(), "text/css; charset=utf-8");
    }

    void language(Ctx &ctx)
    {
        const QString to = param(ctx.req, "to") == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("ja");
        QString back = param(ctx.req, "back");
        if (!isLocalPath(back))
            back = QueuePath;
        ctx.res.set_header("Set-Cookie",
            std::string(LanguageCookie) + "=" + to.toStdString() + "; Path=/; Secure; SameSite=Lax; Max-Age=31536000");
        redirect(ctx, back);
    }

    static QString nextOf(const QString &candidate)
    {
        return isLocalPath(candidate) && !candidate.startsWith(SignInPath) ? candidate : QueuePath;
    }

    void renderSignIn(Ctx &ctx, int status, const QString &user, const QString &error, const QString &notice)
    {
        QString csrf = ctx.cookies.value(QLatin1String(SignInCookie));
        if (!looksLikeToken(csrf)) {
            csrf = ConsoleAuth::newToken();
            ctx.res.set_header("Set-Cookie",
                std::string(SignInCookie) + "=" + csrf.toStdString()
                    + "; Path=/; Secure; HttpOnly; SameSite=Strict; Max-Age=7200");
        }
        const QString next = nextOf(ctx.form.contains(QStringLiteral("next")) ? ctx.form.value(QStringLiteral("next"))
                                                                              : param(ctx.req, "next"));
        html(ctx, status, pages::signIn(ctx.page, csrf, next, user, error, notice));
    }

    void signInPage(Ctx &ctx)
    {
        if (m_auth.session(ctx.cookies.value(QLatin1String(SessionCookie))))
            return redirect(ctx, nextOf(param(ctx.req, "next")));
        const QString notice = param(ctx.req, "signed-out") == QLatin1String("1")
            ? ctx.page.t(QT_TRANSLATE_NOOP("Console", "You have signed out."))
            : QString();
        renderSignIn(ctx, 200, QString(), QString(), notice);
    }

    void signIn(Ctx &ctx)
    {
        // Login CSRF: the form's token must match the one this browser got with the sign-in page.
        if (!ConsoleAuth::sameToken(
                ctx.form.value(QStringLiteral("csrf")), ctx.cookies.value(QLatin1String(SignInCookie))))
            return formExpired(ctx);
        const QString user = ctx.form.value(QStringLiteral("user")).trimmed();
        const SignInResult r = m_auth.signIn(user, ctx.form.value(QStringLiteral("password")));
        if (r.refusal != SignInRefusal::None) {
            // The same words whatever the reason: nobody learns whether a user exists or is locked out.
            const ConsoleOptions &o = m_hq.options().console;
            const QString message = ctx.page
                                        .t(QT_TRANSLATE_NOOP("Console",
                                            "Sign-in failed. Check your user ID and password. After %1 failed "
                                            "attempts in a row, sign-in is locked for %2 minutes."))
                                        .arg(o.maxFailedSignIns)
                                        .arg(o.lockoutMs / 60'000);
            ctx.res.set_header("WWW-Authenticate", "Form realm=\"kakunin-console\"");
            return renderSignIn(ctx, 401, user.left(64), message, QString());
        }
        ctx.res.set_header("Set-Cookie", sessionCookie(r.token));
        ctx.res.set_header("Set-Cookie", expiredCookie(SignInCookie));
        redirect(ctx, nextOf(ctx.form.value(QStringLiteral("next"))));
    }

    void signOut(Ctx &ctx)
    {
        m_auth.signOut(ctx.cookies.value(QLatin1String(SessionCookie)));
        ctx.res.set_header("Set-Cookie", expiredCookie(SessionCookie));
        redirect(ctx, SignInPath + QStringLiteral("?signed-out=1"));
    }

    void queue(Ctx &ctx)
    {
        QString notice;
        const QString done = param(ctx.req, "done");
        const QString id = param(ctx.req, "contract");
        if (!done.isEmpty() && !id.isEmpty()) {
            if (const auto f = m_service.contract(id)) {
                const QString stage = param(ctx.req, "stage");
                if (done == QLatin1String("resolved"))
                    notice = ctx.page
                                 .t(QT_TRANSLATE_NOOP(
                                     "Console", "The hold on %1 is resolved. The contract is back in the call queue."))
                                 .arg(id);
                else if (f->state.onHold)
                    notice = ctx.page
                                 .t(QT_TRANSLATE_NOOP("Console",
                                     "The call was recorded. It found a problem: contract %1 is on hold until "
                                     "a compliance admin resolves it."))
                                 .arg(id);
                else if (ConsoleService::isStage(stage) && ConsoleService::dueStage(f->state) == stage)
                    notice = ctx.page
                                 .t(QT_TRANSLATE_NOOP("Console",
                                     "The call was recorded. The customer of %1 was not reached: the call "
                                     "stays in the queue."))
                                 .arg(id);
                else if (ConsoleService::isStage(stage))
                    notice = ctx.page
                                 .t(QT_TRANSLATE_NOOP("Console",
                                     "The call was recorded. Contract %1 passed the %2 "
                                     "call."))
                                 .arg(id, stage);
            }
        }
        html(ctx, 200, pages::queue(ctx.page, m_service.queue(), notice));
    }

    // The contract a page is about, or the error page already sent.
    std::optional<ContractFacts> contractOf(Ctx &ctx, const QString &id)
    {
        if (id.isEmpty()) {
            page(ctx, 400, ctx.page.t(QT_TRANSLATE_NOOP("Console", "Bad request")),
                ctx.page.t(QT_TRANSLATE_NOOP("Console", "No contract was given. Nothing was changed.")));
            return std::nullopt;
        }
        auto f = m_service.contract(id);
        if (!f)
            page(ctx, ctx.req.method == "POST" ? 400 : 404,
                ctx.page.t(QT_TRANSLATE_NOOP("Console", "Unknown contract")),
                pages::failureText(
                    ctx.page, Failure {ConsoleError::UnknownContract, QStringLiteral("contract"), {}}, id, QString()));
        return f;
    }

    void renderCall(Ctx &ctx, int status, const ContractFacts &f, const QString &stage, std::optional<Failure> error,
        const CallInput &input)
    {
        CallView v;
        v.contract = f;
        v.stage = stage;
        v.script = m_service.script(f, stage);
        v.history = m_service.calls(f.id);
        v.mayRecord = Callers.contains(ctx.session->role);
        v.error = error;
        v.input = input;
        html(ctx, status, pages::call(ctx.page, v));
    }

    void callPage(Ctx &ctx)
    {
        const auto f = contractOf(ctx, param(ctx.req, "contract"));
        if (!f)
            return;
        QString stage = param(ctx.req, "stage");
        if (stage.isEmpty())
            stage = ConsoleService::dueStage(f->state);
        if (!ConsoleService::isStage(stage))
            return page(ctx, 400, ctx.page.t(QT_TRANSLATE_NOOP("Console", "Bad request")),
                ctx.page.t(QT_TRANSLATE_NOOP("Console", "Give the call stage: C1, C2 or C3.")));
        renderCall(ctx, 200, *f, stage, std::nullopt, CallInput {});
    }

    void recordCall(Ctx &ctx)
    {
        const auto &form = ctx.form;
        CallInput in;
        in.contractId = form.value(QStringLiteral("contract"));
        in.stage = form.value(QStringLiteral("stage"));
        in.reached = form.value(QStringLiteral("reached"));
        in.guarantee = form.value(QStringLiteral("guarantee"));
        in.conduct = form.value(QStringLiteral("conduct"));
        in.lecture = form.value(QStringLiteral("lecture"));
        in.used = form.value(QStringLiteral("used"));
        in.note = form.value(QStringLiteral("note"));
        const auto r = m_service.recordCall(ctx.session->userId, in);
        if (r) {
            return redirect(ctx,
                QueuePath
                    + QStringLiteral("?done=call&contract=%1&stage=%2")
                          .arg(urlValue(in.contractId), urlValue(in.stage)));
        }
        const Failure &f = r.error();
        const int status = httpStatusOf(f.error);
        // Without a known contract and stage there is no call page to show the error on.
        const auto facts = in.contractId.isEmpty() ? std::nullopt : m_service.contract(in.contractId);
        if (!facts || !ConsoleService::isStage(in.stage))
            return page(ctx, status, ctx.page.t(QT_TRANSLATE_NOOP("Console", "Bad request")),
                pages::failureText(ctx.page, f, in.contractId, in.stage));
        renderCall(ctx, status, *facts, in.stage, f, in);
    }

    void renderHold(Ctx &ctx, int status, const ContractFacts &f, std::optional<Failure> error, const QString &text)
    {
        HoldView v;
        v.contract = f;
        v.hold = m_service.hold(f.id);
        v.history = m_service.calls(f.id);
        v.mayResolve = Admins.contains(ctx.session->role);
        v.error = error;
        v.resolution = text;
        html(ctx, status, pages::hold(ctx.page, v));
    }

    void holdPage(Ctx &ctx)
    {
        if (const auto f = contractOf(ctx, param(ctx.req, "contract")))
            renderHold(ctx, 200, *f, std::nullopt, QString());
    }

    void resolveHold(Ctx &ctx)
    {
        const QString id = ctx.form.value(QStringLiteral("contract"));
        const QString text = ctx.form.value(QStringLiteral("resolution"));
        const auto r = m_service.resolveHold(ctx.session->userId, id, text);
        if (r)
            return redirect(ctx, QueuePath + QStringLiteral("?done=resolved&contract=%1").arg(urlValue(id)));
        const auto facts = id.isEmpty() ? std::nullopt : m_service.contract(id);
        if (!facts)
            return page(ctx, httpStatusOf(r.error().error), ctx.page.t(QT_TRANSLATE_NOOP("Console", "Bad request")),
                pages::failureText(ctx.page, r.error(), id, QString()));
        renderHold(ctx, httpStatusOf(r.error().error), *facts, r.error(), text);
    }

    HqService &m_hq;
    ConsoleAuth m_auth;
    ConsoleService m_service;
    Translations m_i18n;
    QByteArray m_css;
};

void addRoutes(httplib::Server &server, HqService &service)
{
    // The routes share one console; the server's handlers keep it alive as long as the server.
    auto app = std::make_shared<ConsoleApp>(service);
    for (const ConsoleApp::Route &route : ConsoleApp::routes()) {
        if (qstrcmp(route.method, "POST") == 0) {
            // Forms are read here, bounded, rather than by the HTTP layer (which refuses url-encoded bodies over
            // 8 KiB and mixes the query string into the form's fields).
            server.Post(route.pattern,
                [app, &route](
                    const httplib::Request &req, httplib::Response &res, const httplib::ContentReader &reader) {
                    std::string body;
                    bool over = false;
                    reader([&](const char *data, size_t n) {
                        if (over || body.size() + n > static_cast<size_t>(MaxFormBytes))
                            over = true; // read on and drop, so the browser gets to read the answer
                        else
                            body.append(data, n);
                        return true;
                    });
                    app->handle(route, req, res, body, over);
                });
        } else {
            server.Get(route.pattern,
                [app, &route](const httplib::Request &req, httplib::Response &res) { app->handle(route, req, res); });
        }
    }
}

} // namespace kakunin::hq::console
