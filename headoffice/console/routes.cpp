#include "routes.h"

#include "consoleauth.h"
#include "consoleservice.h"
#include "contractview.h"
#include "csvexport.h"
#include "evidencecheck.h"
#include "html.h"
#include "i18n.h"
#include "pages.h"
#include "qrsvg.h"
#include "signaturesvg.h"

#include "hqservice.h"

#include <httplib.h>

#include <protocol/hqevents.h>

#include <core/content/contentpackloader.h>
#include <core/domain/eventcatalog.h>

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QTimeZone>

#include <cstdio>
#include <memory>

namespace kakunin::hq::console {

namespace {

constexpr char SessionCookie[] = "__Host-kakunin_session";
constexpr char SignInCookie[] = "__Host-kakunin_signin";
constexpr char LanguageCookie[] = "__Host-kakunin_lang";
constexpr qsizetype MaxFormBytes = 64 * 1024;
constexpr int MaxFormFields = 32;
constexpr qsizetype MaxContentFormBytes = 3 * MaxContentPackBytes + 4096;
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
            {"GET", "/console/contracts", false, AnyConsoleRole, &ConsoleApp::contractsPage},
            {"GET", "/console/contract", false, AnyConsoleRole, &ConsoleApp::contractPage},
            {"POST", "/console/contract/start", false, Admins, &ConsoleApp::startContract},
            {"GET", "/console/contract/copy", false, AnyConsoleRole, &ConsoleApp::contractCopy},
            {"GET", "/console/alerts", false, AnyConsoleRole, &ConsoleApp::alertsPage},
            {"POST", "/console/alerts/credit-cancel", false, Admins, &ConsoleApp::cancelCredit},
            {"GET", "/console/devices", false, AnyConsoleRole, &ConsoleApp::devicesPage},
            {"POST", "/console/devices/revoke", false, Admins, &ConsoleApp::revokeDevice},
            {"POST", "/console/devices/wipe", false, Admins, &ConsoleApp::orderWipe},
            {"POST", "/console/users", false, Admins, &ConsoleApp::createUser},
            {"POST", "/console/enrollment", false, Admins, &ConsoleApp::issueCode},
            {"GET", "/console/policies", false, AnyConsoleRole, &ConsoleApp::policiesPage},
            {"POST", "/console/policies", false, Admins, &ConsoleApp::publishPolicy},
            {"POST", "/console/content", false, Admins, &ConsoleApp::publishContent},
            {"GET", "/console/export", false, AnyConsoleRole, &ConsoleApp::exportPage},
            {"GET", "/console/export\\.csv", false, AnyConsoleRole, &ConsoleApp::exportCsv},
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

    // ---- part 2: contracts

    void contractsPage(Ctx &ctx)
    {
        ContractsView v;
        v.status = param(ctx.req, "status");
        v.query = param(ctx.req, "q").trimmed();
        int status = 200;
        if (!v.status.isEmpty() && !pages::contractStatuses().contains(v.status)) {
            v.error = pages::failureText(
                ctx.page, Failure {ConsoleError::BadValue, QStringLiteral("status"), {}}, QString(), QString());
            v.status.clear();
            status = 400;
        } else if (v.query.size() > 100) {
            v.error = ctx.page.t(QT_TRANSLATE_NOOP("Console", "The search text is too long: at most 100 characters."));
            v.query = v.query.left(100);
            status = 400;
        }
        if (status == 200)
            v.rows = m_service.contracts(v.status, v.query);
        html(ctx, status, pages::contracts(ctx.page, v));
    }

    void renderContract(
        Ctx &ctx, int status, const ContractFacts &f, std::optional<Failure> error, const QString &notice)
    {
        ContractPageView v;
        v.facts = f;
        v.view = loadContractView(m_hq, f.id, m_hq.clock(), m_service.builtInPacks());
        v.evidence = checkContractEvidence(m_hq, f.id);
        for (const StoredEvent &s : m_hq.eventsOfAggregate(f.id)) {
            const Event &e = s.event;
            if (e.type != EventType::MattersSigned && e.type != EventType::DeliverySigned
                && e.type != EventType::ContractCancelled)
                continue;
            SignatureSvgOptions o;
            o.title = ctx.page.t(QT_TRANSLATE_NOOP("Console", "Signature, %1")).arg(ctx.page.time(e.at));
            o.cssClass = QStringLiteral("sig");
            const auto svg = signatureSvgOf(m_hq, e, o);
            if (svg)
                v.signatureSvg.insert(e.id, svg.value());
            else
                v.signatureError.insert(e.id, QLatin1String(signatureSvgErrorName(svg.error())));
        }
        for (const UserInfo &u : m_hq.users())
            v.userNames.insert(u.id, u.name.isEmpty() ? u.id : u.name);
        v.walkthroughCopy = m_service.copyRefusal(f, CopyKind::Walkthrough) == CopyRefusal::None;
        v.deliveryCopy = m_service.copyRefusal(f, CopyKind::Delivery) == CopyRefusal::None;
        v.mayDecide = Admins.contains(ctx.session->role);
        v.error = error;
        v.notice = notice;
        html(ctx, status, pages::contract(ctx.page, v));
    }

    void contractPage(Ctx &ctx)
    {
        const auto f = contractOf(ctx, param(ctx.req, "id"));
        if (!f)
            return;
        const QString notice = param(ctx.req, "done") == QLatin1String("started") ? ctx.page.t(QT_TRANSLATE_NOOP(
                                   "Console", "The contract has started. The tablets receive it at their next sync."))
                                                                                  : QString();
        renderContract(ctx, 200, *f, std::nullopt, notice);
    }

    // The customer's copy (控え) as the tablet hands it over, as a PDF download in the page's language.
    void contractCopy(Ctx &ctx)
    {
        CopyKind kind = CopyKind::Walkthrough;
        if (!copyKindFromName(param(ctx.req, "kind"), &kind))
            return page(ctx, 400, ctx.page.t(QT_TRANSLATE_NOOP("Console", "Bad request")),
                ctx.page.t(QT_TRANSLATE_NOOP("Console", "There is no such copy.")));
        const auto f = contractOf(ctx, param(ctx.req, "id"));
        if (!f)
            return;
        const auto pdf = m_service.copyPdf(*f, kind, languageCode(ctx.page.language), m_hq.clock().utcMs());
        if (!pdf) {
            const char *reason = nullptr;
            switch (pdf.error()) {
            case CopyRefusal::NotSigned:
                reason = kind == CopyKind::Walkthrough
                    ? QT_TRANSLATE_NOOP(
                        "Console", "The walkthrough of this contract is not concluded yet: there is no copy to make.")
                    : QT_TRANSLATE_NOOP("Console",
                        "The delivery confirmation of this contract is not signed yet: there is no copy to make.");
                break;
            case CopyRefusal::PackUnknown:
                reason = QT_TRANSLATE_NOOP("Console",
                    "Head office does not hold the content pack this contract was explained with, so its copy "
                    "cannot be made.");
                break;
            case CopyRefusal::StrokesUnreadable:
                reason = QT_TRANSLATE_NOOP("Console",
                    "A signature's strokes are missing or do not match their hash, so the copy cannot be made.");
                break;
            case CopyRefusal::None:
            case CopyRefusal::RenderFailed:
                return page(ctx, 500, ctx.page.t(QT_TRANSLATE_NOOP("Console", "Internal error")),
                    ctx.page.t(QT_TRANSLATE_NOOP("Console", "The PDF could not be written on head office's side.")));
            }
            std::fprintf(
                stderr, "kakunin-hq: console: no copy of %s: %s\n", qPrintable(f->id), copyRefusalName(pdf.error()));
            return page(ctx, 409, ctx.page.t(QT_TRANSLATE_NOOP("Console", "No copy yet")), ctx.page.t(reason));
        }
        static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9_.-]"));
        QString name = f->id;
        name.replace(unsafe, QStringLiteral("_"));
        name = QStringLiteral("%1-%2.pdf")
                   .arg(kind == CopyKind::Walkthrough ? QStringLiteral("walkthrough") : QStringLiteral("delivery"),
                       name);
        ctx.res.status = 200;
        ctx.res.set_header("Cache-Control", "no-store");
        ctx.res.set_header("Content-Disposition", "attachment; filename=\"" + name.toStdString() + "\"");
        ctx.res.set_content(pdf.value().toStdString(), "application/pdf");
    }

    void startContract(Ctx &ctx)
    {
        const QString id = ctx.form.value(QStringLiteral("contract"));
        const auto r = m_service.startContract(ctx.session->userId, id);
        if (r)
            return redirect(ctx, QStringLiteral("/console/contract?id=%1&done=started").arg(urlValue(id)));
        const int status = httpStatusOf(r.error().error);
        const auto facts = id.isEmpty() ? std::nullopt : m_service.contract(id);
        if (!facts)
            return page(ctx, status, ctx.page.t(QT_TRANSLATE_NOOP("Console", "Bad request")),
                pages::failureText(ctx.page, r.error(), id, QString()));
        renderContract(ctx, status, *facts, r.error(), QString());
    }

    // ---- part 2: alerts

    void renderAlerts(Ctx &ctx, int status, const QString &notice, const QString &error)
    {
        AlertsView v;
        v.alerts = AlertScanner(m_hq, m_hq.clock()).scan();
        for (const UserInfo &u : m_hq.users())
            v.userNames.insert(u.id, u.name.isEmpty() ? u.id : u.name);
        v.mayAct = Admins.contains(ctx.session->role);
        v.notice = notice;
        v.error = error;
        html(ctx, status, pages::alerts(ctx.page, v));
    }

    void alertsPage(Ctx &ctx)
    {
        QString notice;
        if (param(ctx.req, "done") == QLatin1String("credit-cancelled"))
            notice = ctx.page
                         .t(QT_TRANSLATE_NOOP("Console",
                             "The credit contract of %1 is cancelled. The tablets receive it at their next sync."))
                         .arg(param(ctx.req, "contract"));
        renderAlerts(ctx, 200, notice, QString());
    }

    void cancelCredit(Ctx &ctx)
    {
        const QString id = ctx.form.value(QStringLiteral("contract"));
        const auto r = m_service.cancelCredit(ctx.session->userId, id);
        if (r)
            return redirect(ctx, QStringLiteral("/console/alerts?done=credit-cancelled&contract=%1").arg(urlValue(id)));
        renderAlerts(
            ctx, httpStatusOf(r.error().error), QString(), pages::failureText(ctx.page, r.error(), id, QString()));
    }

    // ---- part 2: devices and users

    void renderDevices(Ctx &ctx, int status, DevicesView v)
    {
        v.devices = m_hq.devices();
        v.users = m_hq.users();
        v.mayAdmin = Admins.contains(ctx.session->role);
        html(ctx, status, pages::devices(ctx.page, std::move(v)));
    }

    void devicesPage(Ctx &ctx)
    {
        DevicesView v;
        const QString done = param(ctx.req, "done");
        const QString id = param(ctx.req, "id");
        if (done == QLatin1String("revoked"))
            v.notice = ctx.page.t(QT_TRANSLATE_NOOP("Console", "Tablet %1 is revoked: it can no longer sync.")).arg(id);
        else if (done == QLatin1String("wipe"))
            v.notice = ctx.page
                           .t(QT_TRANSLATE_NOOP(
                               "Console", "A wipe of tablet %1 is ordered: it erases its data at its next contact."))
                           .arg(id);
        else if (done == QLatin1String("user"))
            v.notice = ctx.page.t(QT_TRANSLATE_NOOP("Console", "User %1 was added.")).arg(id);
        renderDevices(ctx, 200, v);
    }

    void deviceAction(Ctx &ctx, bool wipe)
    {
        const QString id = ctx.form.value(QStringLiteral("device"));
        const auto r = wipe ? m_service.orderWipe(id) : m_service.revokeDevice(id);
        if (r)
            return redirect(ctx,
                QStringLiteral("/console/devices?done=%1&id=%2")
                    .arg(wipe ? QStringLiteral("wipe") : QStringLiteral("revoked"), urlValue(id)));
        DevicesView v;
        v.error = pages::failureText(ctx.page, r.error(), id, QString());
        renderDevices(ctx, httpStatusOf(r.error().error), v);
    }

    void revokeDevice(Ctx &ctx) { deviceAction(ctx, false); }
    void orderWipe(Ctx &ctx) { deviceAction(ctx, true); }

    void createUser(Ctx &ctx)
    {
        DevicesView v;
        v.newId = ctx.form.value(QStringLiteral("id")).trimmed();
        v.newRole = ctx.form.value(QStringLiteral("role"));
        v.newName = ctx.form.value(QStringLiteral("name"));
        const auto r = m_service.createUser(v.newId, v.newRole, v.newName);
        if (r)
            return redirect(ctx, QStringLiteral("/console/devices?done=user&id=%1").arg(urlValue(v.newId)));
        v.error = pages::failureText(ctx.page, r.error(), v.newId, QString());
        renderDevices(ctx, httpStatusOf(r.error().error), v);
    }

    void issueCode(Ctx &ctx)
    {
        const QString id = ctx.form.value(QStringLiteral("user"));
        const auto r = m_service.issueCode(id);
        if (!r) {
            DevicesView v;
            v.error = pages::failureText(ctx.page, r.error(), id, QString());
            return renderDevices(ctx, httpStatusOf(r.error().error), v);
        }
        EnrollmentView v;
        v.user = *m_hq.user(id);
        v.code = r.value();
        v.expiresAt = m_hq.clock().utcMs() + m_hq.options().codeLifetimeMs;
        v.qrSvg
            = qrSvg(v.code.toUtf8(), 240, ctx.page.t(QT_TRANSLATE_NOOP("Console", "QR code of the enrollment code")));
        // Shown once, never in a URL or a cache.
        html(ctx, 200, pages::enrollment(ctx.page, v));
    }

    // ---- part 2: policies and content

    void renderPolicies(Ctx &ctx, int status, PoliciesView v)
    {
        v.current = m_hq.currentPolicy();
        if (v.values.isEmpty())
            for (const QString &field : ConsoleService::policyFields())
                v.values.insert(field, ConsoleService::policyValue(v.current, field));
        QHash<QString, QString> names;
        for (const UserInfo &u : m_hq.users())
            names.insert(u.id, u.name.isEmpty() ? u.id : u.name);
        // Head office's own chain holds every pack it published.
        const QList<StoredEvent> own = m_hq.eventsOfDevice(m_hq.identity().deviceId);
        for (auto it = own.crbegin(); it != own.crend(); ++it)
            if (it->event.type == protocol::ControlType::ContentPublished && it->ruleCode.isEmpty())
                v.published.append(PublishedPack {it->event.payload.value(QStringLiteral("packId")).toString(),
                    it->event.payload.value(QStringLiteral("version")).toString(),
                    names.value(it->event.actor, it->event.actor), it->event.at});
        v.mayAdmin = Admins.contains(ctx.session->role);
        html(ctx, status, pages::policies(ctx.page, v));
    }

    void policiesPage(Ctx &ctx)
    {
        PoliciesView v;
        const QString done = param(ctx.req, "done");
        if (done == QLatin1String("policy"))
            v.notice = ctx.page
                           .t(QT_TRANSLATE_NOOP(
                               "Console", "Policy version %1 is published. Tablets receive it at their next sync."))
                           .arg(m_hq.currentPolicy().version);
        else if (done == QLatin1String("content"))
            v.notice = ctx.page
                           .t(QT_TRANSLATE_NOOP(
                               "Console", "Content pack %1 %2 is published. Tablets receive it at their next sync."))
                           .arg(param(ctx.req, "pack"), param(ctx.req, "version"));
        renderPolicies(ctx, 200, v);
    }

    void publishPolicy(Ctx &ctx)
    {
        const auto policy = ConsoleService::policyFromForm(m_hq.currentPolicy(), ctx.form);
        PoliciesView v;
        for (const QString &field : ConsoleService::policyFields())
            v.values.insert(field, ctx.form.value(field));
        if (!policy) {
            v.errorField = policy.error().field;
            v.error = policy.error().error;
            v.policyError = pages::policyFormErrorText(ctx.page, v.errorField, v.error);
            return renderPolicies(ctx, 400, v);
        }
        const auto r = m_service.publishPolicy(ctx.session->userId, policy.value());
        if (!r) {
            v.policyError = pages::failureText(ctx.page, r.error(), QString(), QString());
            return renderPolicies(ctx, httpStatusOf(r.error().error), v);
        }
        redirect(ctx, QStringLiteral("/console/policies?done=policy"));
    }

    void publishContent(Ctx &ctx)
    {
        const QString text = ctx.form.value(QStringLiteral("pack"));
        const auto r = m_service.publishContent(ctx.session->userId, text);
        if (r)
            return redirect(ctx,
                QStringLiteral("/console/policies?done=content&pack=%1&version=%2")
                    .arg(urlValue(r->payload.value(QStringLiteral("packId")).toString()),
                        urlValue(r->payload.value(QStringLiteral("version")).toString())));
        PoliciesView v;
        v.contentText = text;
        if (!r.error().published.isEmpty()) {
            v.contentError = ctx.page
                                 .t(QT_TRANSLATE_NOOP("Console",
                                     "%1 is already published. Give the new pack a new version. Nothing was "
                                     "published."))
                                 .arg(r.error().published);
            return renderPolicies(ctx, 409, v);
        }
        v.contentError = pages::contentErrorText(ctx.page, r.error().error);
        renderPolicies(ctx, 400, v);
    }

    // ---- part 2: export

    void exportPage(Ctx &ctx)
    {
        ExportView v;
        const QDate today = QDateTime::fromMSecsSinceEpoch(m_hq.clock().utcMs(), zone()).date();
        v.from = QDate(today.year(), today.month(), 1).toString(Qt::ISODate);
        v.to = today.toString(Qt::ISODate);
        html(ctx, 200, pages::exportPage(ctx.page, v));
    }

    QTimeZone zone() const
    {
        QTimeZone z(m_hq.options().console.timeZone.toUtf8());
        return z.isValid() ? z : QTimeZone::utc();
    }

    void exportCsv(Ctx &ctx)
    {
        ExportView v;
        v.from = param(ctx.req, "from");
        v.to = param(ctx.req, "to");
        const QString kind = param(ctx.req, "kind");
        const QDate from = QDate::fromString(v.from, Qt::ISODate);
        const QDate to = QDate::fromString(v.to, Qt::ISODate);
        QString field;
        if (kind != QLatin1String("contracts") && kind != QLatin1String("calls"))
            field = QStringLiteral("kind");
        else if (!from.isValid() || v.from.size() != 10)
            field = QStringLiteral("from");
        else if (!to.isValid() || v.to.size() != 10)
            field = QStringLiteral("to");
        if (!field.isEmpty()) {
            v.error = pages::failureText(ctx.page, Failure {ConsoleError::BadValue, field, {}}, QString(), QString());
            return html(ctx, 400, pages::exportPage(ctx.page, v));
        }
        if (to < from) {
            v.error = ctx.page.t(QT_TRANSLATE_NOOP("Console", "The range ends before it starts."));
            return html(ctx, 400, pages::exportPage(ctx.page, v));
        }
        // The form's last day is included: the range runs to the next day's midnight.
        const CsvRange range = csvRangeOfDays(from, to.addDays(1), zone());
        const CsvExport exporter(m_hq);
        const QByteArray csv = kind == QLatin1String("contracts") ? exporter.contracts(range) : exporter.calls(range);
        const QString name = QStringLiteral("kakunin-%1-%2-%3.csv").arg(kind, v.from, v.to);
        ctx.res.status = 200;
        ctx.res.set_header("Cache-Control", "no-store");
        ctx.res.set_header("Content-Disposition", "attachment; filename=\"" + name.toStdString() + "\"");
        ctx.res.set_content(csv.toStdString(), "text/csv; charset=utf-8");
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
            // A content pack is pasted whole: its form may be as large as a pack URL-encoded.
            const size_t limit = qstrcmp(route.pattern, "/console/content") == 0
                ? static_cast<size_t>(MaxContentFormBytes)
                : static_cast<size_t>(MaxFormBytes);
            server.Post(route.pattern,
                [app, &route, limit](
                    const httplib::Request &req, httplib::Response &res, const httplib::ContentReader &reader) {
                    std::string body;
                    bool over = false;
                    reader([&](const char *data, size_t n) {
                        if (over || body.size() + n > limit)
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
