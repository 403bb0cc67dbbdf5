#include "pages.h"

#include "alerts.h"
#include "html.h"

#include <core/domain/eventcatalog.h>

#include <QStringList>

namespace kakunin::hq::console {

QString PageContext::time(qint64 utcMs) const
{
    return formatTime(utcMs, timeZone);
}

namespace pages {

namespace {

const QString QueuePath = QStringLiteral("/console/queue");

QString languageSwitch(const PageContext &c)
{
    const bool ja = c.language == Language::Japanese;
    const QString to = ja ? QStringLiteral("en") : QStringLiteral("ja");
    const QString label = ja ? QStringLiteral("English") : QStringLiteral("日本語");
    const QString href = QStringLiteral("/console/language?to=%1&back=%2").arg(to, urlValue(c.target));
    return QStringLiteral(R"(<a class="lang" href="%1" lang="%2" hreflang="%2">%3</a>)").arg(esc(href), to, label);
}

QString csrfField(const PageContext &c)
{
    return c.session ? QStringLiteral(R"(<input type="hidden" name="csrf" value="%1">)").arg(esc(c.session->csrfToken))
                     : QString();
}

// The page around the content: header with the product, the user and role, navigation, language, sign-out.
QString layout(const PageContext &c, const QString &title, const QString &body, const QString &current = {})
{
    QString h;
    h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n")
             .arg(languageCode(c.language));
    h += QStringLiteral("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    h += QStringLiteral("<title>%1 · %2</title>\n")
             .arg(esc(title), esc(c.t(QT_TRANSLATE_NOOP("Console", "Kakunin head-office console"))));
    h += QStringLiteral("<link rel=\"stylesheet\" href=\"/console/static/console.css\">\n</head>\n<body>\n");
    h += QStringLiteral("<a class=\"skip\" href=\"#main\">%1</a>\n")
             .arg(esc(c.t(QT_TRANSLATE_NOOP("Console", "Skip to the content"))));
    h += QStringLiteral("<header class=\"top\">\n<div class=\"bar\">\n");
    h += QStringLiteral("<span class=\"brand\">%1 <small>%2</small></span>\n")
             .arg(esc(c.t(QT_TRANSLATE_NOOP("Console", "Kakunin"))),
                 esc(c.t(QT_TRANSLATE_NOOP("Console", "Head-office console"))));
    if (c.session) {
        // Only the pages that exist are linked.
        const std::pair<QString, const char *> items[] = {
            {QueuePath, QT_TRANSLATE_NOOP("Console", "Call queue")},
            {QStringLiteral("/console/contracts"), QT_TRANSLATE_NOOP("Console", "Contracts")},
            {QStringLiteral("/console/alerts"), QT_TRANSLATE_NOOP("Console", "Alerts")},
            {QStringLiteral("/console/devices"), QT_TRANSLATE_NOOP("Console", "Devices and users")},
            {QStringLiteral("/console/policies"), QT_TRANSLATE_NOOP("Console", "Policies and content")},
            {QStringLiteral("/console/export"), QT_TRANSLATE_NOOP("Console", "Export")},
        };
        h += QStringLiteral("<nav class=\"nav\" aria-label=\"%1\"><ul>\n")
                 .arg(esc(c.t(QT_TRANSLATE_NOOP("Console", "Main menu"))));
        for (const auto &[href, label] : items)
            h += QStringLiteral("<li><a href=\"%1\"%2>%3</a></li>\n")
                     .arg(
                         href, href == current ? QStringLiteral(" aria-current=\"page\"") : QString(), esc(c.t(label)));
        h += QStringLiteral("</ul></nav>\n");
    }
    h += QStringLiteral("<div class=\"account\">\n");
    if (c.session)
        h += QStringLiteral(
            "<span class=\"user\"><span class=\"sr\">%1 </span>%2 <span class=\"role\">%3</span></span>\n")
                 .arg(esc(c.t(QT_TRANSLATE_NOOP("Console", "Signed in as"))), esc(c.session->userName),
                     esc(roleLabel(c, c.session->role)));
    h += languageSwitch(c) + QLatin1Char('\n');
    if (c.session)
        h += QStringLiteral(
            "<form class=\"signout\" id=\"signout-form\" method=\"post\" "
            "action=\"/console/sign-out\">%1<button type=\"submit\" id=\"sign-out\">%2</button></form>\n")
                 .arg(csrfField(c), esc(c.t(QT_TRANSLATE_NOOP("Console", "Sign out"))));
    h += QStringLiteral("</div>\n</div>\n</header>\n<main id=\"main\" tabindex=\"-1\">\n");
    h += body;
    h += QStringLiteral("</main>\n</body>\n</html>\n");
    return h;
}

QString alertBox(const QString &cls, const QString &text)
{
    return QStringLiteral("<div class=\"alert %1\" role=\"alert\"><p>%2</p></div>\n").arg(cls, esc(text));
}

QString noticeBox(const QString &text)
{
    return QStringLiteral("<div class=\"alert ok\" role=\"status\"><p>%1</p></div>\n").arg(esc(text));
}

QString td(const QString &label, const QString &html, const QString &cls = QString())
{
    return QStringLiteral("<td data-label=\"%1\"%2>%3</td>")
        .arg(esc(label), cls.isEmpty() ? QString() : QStringLiteral(" class=\"%1\"").arg(cls), html);
}

QString stageBadge(const PageContext &c, const QString &stage)
{
    return QStringLiteral("<span class=\"stage s-%1\" title=\"%2\">%3</span>")
        .arg(stage.toLower(), esc(stageLabel(c, stage)), esc(stage));
}

QString phoneLink(const QString &phone)
{
    if (phone.isEmpty())
        return QStringLiteral("—");
    const QString uri = telUri(phone);
    if (uri.isEmpty())
        return esc(phone);
    return QStringLiteral("<a class=\"phone\" href=\"%1\">%2</a>").arg(esc(uri), esc(phone));
}

QString customerName(const ContractFacts &f)
{
    QString s = esc(f.customerName.isEmpty() ? f.customerId : f.customerName);
    if (!f.business.isEmpty())
        s += QStringLiteral(" <span class=\"muted\">%1</span>").arg(esc(f.business));
    return s;
}

QString callHref(const QString &contract, const QString &stage)
{
    return QStringLiteral("/console/call?contract=%1&stage=%2").arg(urlValue(contract), urlValue(stage));
}

QString holdHref(const QString &contract)
{
    return QStringLiteral("/console/hold?contract=%1").arg(urlValue(contract));
}

QString problemList(const PageContext &c, const QStringList &problems)
{
    if (problems.isEmpty())
        return QStringLiteral("—");
    QString h = QStringLiteral("<ul class=\"problems\">");
    for (const QString &p : problems)
        h += QStringLiteral("<li>%1</li>").arg(esc(problemLabel(c, p)));
    return h + QStringLiteral("</ul>");
}

QString dl(const QList<std::pair<QString, QString>> &rows, bool columns = false)
{
    // Columns: each term above its value, the pairs side by side as wide as the window allows.
    QString h = columns ? QStringLiteral("<dl class=\"facts cols\">\n") : QStringLiteral("<dl class=\"facts\">\n");
    for (const auto &[term, html] : rows)
        h += (columns ? QStringLiteral("<div><dt>%1</dt><dd>%2</dd></div>\n")
                      : QStringLiteral("<dt>%1</dt><dd>%2</dd>\n"))
                 .arg(esc(term), html);
    return h + QStringLiteral("</dl>\n");
}

QString idCode(const QString &id)
{
    return QStringLiteral("<code class=\"id\" title=\"%1\">%1</code>").arg(esc(id));
}

QString productName(const PageContext &c, const ContractFacts &f)
{
    const QString name = f.productName.in(languageCode(c.language));
    return name.isEmpty() ? f.state.productCode : name;
}

QString contractCard(const PageContext &c, const ContractFacts &f)
{
    QList<std::pair<QString, QString>> rows {
        {c.t(QT_TRANSLATE_NOOP("Console", "Customer")), customerName(f)},
        {c.t(QT_TRANSLATE_NOOP("Console", "Phone")), phoneLink(f.phone)},
        {c.t(QT_TRANSLATE_NOOP("Console", "Product")), esc(productName(c, f))},
        {c.t(QT_TRANSLATE_NOOP("Console", "Sales rep")),
            esc(f.salesRepName.isEmpty() ? QStringLiteral("—") : f.salesRepName)},
        {c.t(QT_TRANSLATE_NOOP("Console", "Installer")),
            esc(f.installerName.isEmpty() ? QStringLiteral("—") : f.installerName)},
        {c.t(QT_TRANSLATE_NOOP("Console", "Contracted")), esc(c.time(f.state.contractedAt))},
        {c.t(QT_TRANSLATE_NOOP("Console", "Delivered")), esc(c.time(f.state.deliveredAt))},
        {c.t(QT_TRANSLATE_NOOP("Console", "Use confirmed")), esc(c.time(f.state.usageConfirmedAt))},
    };
    return QStringLiteral(
        "<section class=\"card\" aria-labelledby=\"contract-h\">\n<h2 id=\"contract-h\">%1</h2>\n%2</section>\n")
        .arg(esc(c.t(QT_TRANSLATE_NOOP("Console", "Contract and customer"))), dl(rows, true));
}

QString historyTable(const PageContext &c, const QList<CallRecord> &history)
{
    QString h = QStringLiteral("<section class=\"card\" aria-labelledby=\"history-h\">\n<h2 id=\"history-h\">%1</h2>\n")
                    .arg(esc(c.t(QT_TRANSLATE_NOOP("Console", "Calls so far"))));
    if (history.isEmpty())
        return h
            + QStringLiteral("<p class=\"empty\">%1</p>\n</section>\n")
                  .arg(esc(c.t(QT_TRANSLATE_NOOP("Console", "No call has been recorded for this contract yet."))));
    const QString when = c.t(QT_TRANSLATE_NOOP("Console", "When"));
    const QString stage = c.t(QT_TRANSLATE_NOOP("Console", "Stage"));
    const QString caller = c.t(QT_TRANSLATE_NOOP("Console", "Caller"));
    const QString result = c.t(QT_TRANSLATE_NOOP("Console", "Result"));
    const QString note = c.t(QT_TRANSLATE_NOOP("Console", "Note"));
    h += QStringLiteral(
        "<div class=\"table-wrap\"><table>\n<thead><tr><th scope=\"col\">%1</th><th scope=\"col\">%2</th>"
        "<th scope=\"col\">%3</th><th scope=\"col\">%4</th><th scope=\"col\">%5</th></tr></thead>\n<tbody>\n")
             .arg(esc(when), esc(stage), esc(caller), esc(result), esc(note));
    for (const CallRecord &r : history) {
        QString outcome;
        if (!r.ruleCode.isEmpty())
            outcome = esc(c.t(QT_TRANSLATE_NOOP("Console", "Refused by the rules")) + QStringLiteral(" (") + r.ruleCode
                + QLatin1Char(')'));
        else if (!r.reached)
            outcome = esc(c.t(QT_TRANSLATE_NOOP("Console", "Not reached")));
        else if (r.problems.isEmpty())
            outcome = QStringLiteral("<span class=\"tag ok\">%1</span>")
                          .arg(esc(c.t(QT_TRANSLATE_NOOP("Console", "Clean"))));
        else
            outcome = QStringLiteral("<span class=\"tag warn\">%1</span>")
                          .arg(esc(c.t(QT_TRANSLATE_NOOP("Console", "Problem: on hold"))))
                + problemList(c, r.problems);
        h += QStringLiteral("<tr>") + td(when, esc(c.time(r.at))) + td(stage, stageBadge(c, r.stage))
            + td(caller, esc(r.callerName)) + td(result, outcome)
            + td(note,
                r.note.isEmpty() ? QStringLiteral("—")
                                 : QStringLiteral("<span class=\"note\">%1</span>").arg(esc(r.note)))
            + QStringLiteral("</tr>\n");
    }
    return h + QStringLiteral("</tbody></table></div>\n</section>\n");
}

QString radioGroup(const PageContext &c, const QString &name, const QString &legend, const QString &yesLabel,
    const QString &noLabel, const QString &current, bool required = false)
{
    const QString req = required ? QStringLiteral(" required") : QString();
    auto option = [&](const QString &value, const QString &label) {
        return QStringLiteral(
            "<label class=\"choice\"><input type=\"radio\" name=\"%1\" value=\"%2\"%3%4> %5</label>\n")
            .arg(name, value, current == value ? QStringLiteral(" checked") : QString(), req, esc(label));
    };
    Q_UNUSED(c);
    return QStringLiteral("<fieldset class=\"question\" id=\"f-%1\">\n<legend>%2</legend>\n<div class=\"choices\">\n")
               .arg(name, esc(legend))
        + option(QStringLiteral("yes"), yesLabel) + option(QStringLiteral("no"), noLabel)
        + QStringLiteral("</div>\n</fieldset>\n");
}

} // namespace

QString roleLabel(const PageContext &c, ConsoleRole role)
{
    switch (role) {
    case ConsoleRole::ConfirmationStaff:
        return c.t(QT_TRANSLATE_NOOP("Console", "Confirmation staff"));
    case ConsoleRole::ComplianceAdmin:
        return c.t(QT_TRANSLATE_NOOP("Console", "Compliance admin"));
    case ConsoleRole::Auditor:
        return c.t(QT_TRANSLATE_NOOP("Console", "Auditor"));
    }
    return QString();
}

QString stageLabel(const PageContext &c, const QString &stage)
{
    if (stage == QLatin1String("C1"))
        return c.t(QT_TRANSLATE_NOOP("Console", "C1: after the contract"));
    if (stage == QLatin1String("C2"))
        return c.t(QT_TRANSLATE_NOOP("Console", "C2: after the delivery"));
    if (stage == QLatin1String("C3"))
        return c.t(QT_TRANSLATE_NOOP("Console", "C3: before the start"));
    return stage;
}

QString problemLabel(const PageContext &c, const QString &problem)
{
    if (problem == QLatin1String("guarantee_mentioned"))
        return c.t(QT_TRANSLATE_NOOP("Console", "Results were guaranteed or promised (S1)"));
    if (problem == QLatin1String("conduct_not_ok"))
        return c.t(QT_TRANSLATE_NOOP("Console", "The visit was not conducted properly (S2)"));
    if (problem == QLatin1String("lecture_not_ok"))
        return c.t(QT_TRANSLATE_NOOP("Console", "The lecture was not as required (D1, D2)"));
    if (problem == QLatin1String("product_not_used"))
        return c.t(QT_TRANSLATE_NOOP("Console", "The product has not been used (D3)"));
    return problem;
}

QString fieldLabel(const PageContext &c, const QString &field)
{
    const std::pair<const char *, const char *> labels[] = {
        {"contract", QT_TRANSLATE_NOOP("Console", "Contract")},
        {"stage", QT_TRANSLATE_NOOP("Console", "Call stage")},
        {"reached", QT_TRANSLATE_NOOP("Console", "Whether the customer was reached")},
        {"guarantee", QT_TRANSLATE_NOOP("Console", "Whether results were guaranteed")},
        {"conduct", QT_TRANSLATE_NOOP("Console", "Whether the visit was conducted properly")},
        {"lecture", QT_TRANSLATE_NOOP("Console", "Whether the lecture was as required")},
        {"used", QT_TRANSLATE_NOOP("Console", "Whether the product has been used")},
        {"note", QT_TRANSLATE_NOOP("Console", "Note")},
        {"resolution", QT_TRANSLATE_NOOP("Console", "Resolution")},
        {"status", QT_TRANSLATE_NOOP("Console", "State")},
        {"device", QT_TRANSLATE_NOOP("Console", "Device")},
        {"user", QT_TRANSLATE_NOOP("Console", "User ID")},
        {"id", QT_TRANSLATE_NOOP("Console", "User ID")},
        {"role", QT_TRANSLATE_NOOP("Console", "Role")},
        {"name", QT_TRANSLATE_NOOP("Console", "Name")},
        {"pack", QT_TRANSLATE_NOOP("Console", "Content pack")},
        {"from", QT_TRANSLATE_NOOP("Console", "From")},
        {"to", QT_TRANSLATE_NOOP("Console", "To")},
        {"kind", QT_TRANSLATE_NOOP("Console", "Export")},
    };
    for (const auto &[name, label] : labels)
        if (field == QLatin1String(name))
            return c.t(label);
    return field;
}

QString failureText(const PageContext &c, const Failure &f, const QString &contractId, const QString &stage)
{
    switch (f.error) {
    case ConsoleError::None:
        return QString();
    case ConsoleError::MissingField:
        return c.t(QT_TRANSLATE_NOOP("Console", "Please fill in: %1.")).arg(fieldLabel(c, f.field));
    case ConsoleError::BadValue:
        return c.t(QT_TRANSLATE_NOOP("Console", "This value is not accepted: %1.")).arg(fieldLabel(c, f.field));
    case ConsoleError::TooLong:
        return c.t(QT_TRANSLATE_NOOP("Console", "%1 is too long: at most %2 characters."))
            .arg(fieldLabel(c, f.field))
            .arg(MaxNoteLength);
    case ConsoleError::UnknownContract:
        return c.t(QT_TRANSLATE_NOOP("Console", "There is no contract “%1”.")).arg(contractId);
    case ConsoleError::NotAllowed:
        return c.t(QT_TRANSLATE_NOOP("Console", "Your role may not record head-office events. Nothing was changed."));
    case ConsoleError::CallerIsSalesRep:
        return c.t(QT_TRANSLATE_NOOP("Console",
            "You are the sales rep of this contract. Confirmation calls are made by someone other than the sales "
            "rep (M2). Nothing was recorded: please ask a colleague to make this call."));
    case ConsoleError::CallerIsInstaller:
        return c.t(QT_TRANSLATE_NOOP("Console",
            "You are the installer of this contract. The C3 call is made by someone other than the installer (M2). "
            "Nothing was recorded: please ask a colleague to make this call."));
    case ConsoleError::NotDue:
        return c.t(QT_TRANSLATE_NOOP("Console", "This contract is not due for a %1 call now. Nothing was recorded."))
            .arg(stage);
    case ConsoleError::OnHold:
        return c.t(QT_TRANSLATE_NOOP("Console",
            "This contract is on hold. A compliance admin must resolve the hold first. Nothing was recorded."));
    case ConsoleError::NotOnHold:
        return c.t(QT_TRANSLATE_NOOP("Console", "This contract is not on hold. Nothing was changed."));
    case ConsoleError::Disputed:
        return c.t(QT_TRANSLATE_NOOP(
            "Console", "This contract is disputed: no call is made while the dispute is open. Nothing was recorded."));
    case ConsoleError::Terminated:
        return c.t(QT_TRANSLATE_NOOP("Console", "This contract has ended. Nothing was recorded."));
    case ConsoleError::Refused:
        return c.t(QT_TRANSLATE_NOOP("Console", "The rules refused this (%1). Nothing was changed.")).arg(f.detail);
    case ConsoleError::UnknownUser:
        return c.t(QT_TRANSLATE_NOOP("Console", "There is no user “%1”. Nothing was changed.")).arg(contractId);
    case ConsoleError::UnknownDevice:
        return c.t(QT_TRANSLATE_NOOP("Console", "There is no tablet “%1”. Nothing was changed.")).arg(contractId);
    case ConsoleError::Exists:
        return c.t(QT_TRANSLATE_NOOP("Console", "A user with the ID “%1” already exists. Nothing was changed."))
            .arg(contractId);
    case ConsoleError::NotATabletUser:
        return c.t(QT_TRANSLATE_NOOP("Console",
            "Enrollment codes are for sales reps and installers only: head-office staff work in the console. "
            "Nothing was issued."));
    case ConsoleError::UserDisabled:
        return c.t(QT_TRANSLATE_NOOP("Console", "This user is disabled. Nothing was issued."));
    case ConsoleError::MayNotStart:
        return c.t(QT_TRANSLATE_NOOP("Console", "The contract may not start: %1 Nothing was changed."))
            .arg(missingText(c, f.detail, 0));
    }
    return QString();
}

QString duration(const PageContext &c, qint64 ms)
{
    const qint64 minutes = std::max<qint64>(0, ms / 60'000);
    const qint64 days = minutes / (24 * 60);
    const qint64 hours = (minutes / 60) % 24;
    if (days > 0)
        return c.t(QT_TRANSLATE_NOOP("Console", "%1 d %2 h")).arg(days).arg(hours);
    if (hours > 0)
        return c.t(QT_TRANSLATE_NOOP("Console", "%1 h %2 min")).arg(hours).arg(minutes % 60);
    return c.t(QT_TRANSLATE_NOOP("Console", "%1 min")).arg(minutes);
}

QString signIn(const PageContext &c, const QString &csrf, const QString &next, const QString &user,
    const QString &error, const QString &notice)
{
    QString b = QStringLiteral("<div class=\"signin\">\n<section class=\"card\" aria-labelledby=\"signin-h\">\n");
    b += QStringLiteral("<h1 id=\"signin-h\">%1</h1>\n").arg(esc(c.t(QT_TRANSLATE_NOOP("Console", "Sign in"))));
    b += QStringLiteral("<p class=\"lead\">%1</p>\n")
             .arg(esc(c.t(QT_TRANSLATE_NOOP("Console",
                 "For head-office confirmation staff, compliance admins and auditors. Sales reps and installers "
                 "work on their tablets."))));
    if (!notice.isEmpty())
        b += noticeBox(notice);
    if (!error.isEmpty())
        b += alertBox(QStringLiteral("error"), error);
    b += QStringLiteral("<form method=\"post\" action=\"/console/sign-in\" class=\"stack\" id=\"signin-form\">\n");
    b += QStringLiteral("<input type=\"hidden\" name=\"csrf\" value=\"%1\">\n").arg(esc(csrf));
    b += QStringLiteral("<input type=\"hidden\" name=\"next\" value=\"%1\">\n").arg(esc(next));
    b += QStringLiteral("<label for=\"user\">%1</label>\n<input id=\"user\" name=\"user\" autocomplete=\"username\" "
                        "required maxlength=\"64\" autocapitalize=\"none\" spellcheck=\"false\" value=\"%2\"%3>\n")
             .arg(esc(c.t(QT_TRANSLATE_NOOP("Console", "User ID"))), esc(user),
                 user.isEmpty() ? QStringLiteral(" autofocus") : QString());
    b += QStringLiteral("<label for=\"password\">%1</label>\n<input id=\"password\" name=\"password\" "
                        "type=\"password\" autocomplete=\"current-password\" required%2>\n")
             .arg(esc(c.t(QT_TRANSLATE_NOOP("Console", "Password"))),
                 user.isEmpty() ? QString() : QStringLiteral(" autofocus"));
    b += QStringLiteral(
        "<button type=\"submit\" class=\"primary\" id=\"sign-in\">%1</button>\n</form>\n</section>\n</div>\n")
             .arg(esc(c.t(QT_TRANSLATE_NOOP("Console", "Sign in"))));
    return layout(c, c.t(QT_TRANSLATE_NOOP("Console", "Sign in")), b);
}

QString queue(const PageContext &c, const CallQueue &q, const QString &notice)
{
    const bool mayCall = c.session && Callers.contains(c.session->role);
    const bool mayResolve = c.session && Admins.contains(c.session->role);
    QString b;
    b += QStringLiteral("<h1>%1</h1>\n").arg(esc(c.t(QT_TRANSLATE_NOOP("Console", "Call queue"))));
    b += QStringLiteral("<p class=\"lead\">%1</p>\n")
             .arg(esc(c.t(QT_TRANSLATE_NOOP("Console",
                 "Confirmation calls due now (M2), oldest first: C1 after the contract, C2 after the delivery, C3 "
                 "before the start. Calls are made by someone other than the sales rep, and C3 by someone other "
                 "than the installer."))));
    if (!notice.isEmpty())
        b += noticeBox(notice);
    if (c.session && c.session->role == ConsoleRole::Auditor)
        b += QStringLiteral("<p class=\"hint\">%1</p>\n")
                 .arg(esc(c.t(QT_TRANSLATE_NOOP("Console",
                     "You are signed in as an auditor: you can read everything "
                     "and change nothing."))));

    // Calls due.
    const QString stage = c.t(QT_TRANSLATE_NOOP("Console", "Stage"));
    const QString contract = c.t(QT_TRANSLATE_NOOP("Console", "Contract"));
    const QString customer = c.t(QT_TRANSLATE_NOOP("Console", "Customer"));
    const QString phone = c.t(QT_TRANSLATE_NOOP("Console", "Phone"));
    const QString product = c.t(QT_TRANSLATE_NOOP("Console", "Product"));
    const QString waiting = c.t(QT_TRANSLATE_NOOP("Console", "Waiting"));
    const QString rep = c.t(QT_TRANSLATE_NOOP("Console", "Sales rep"));
    const QString attempts = c.t(QT_TRANSLATE_NOOP("Console", "Not reached"));
    const QString action = c.t(QT_TRANSLATE_NOOP("Console", "Action"));
    b += QStringLiteral(
        "<section aria-labelledby=\"due-h\">\n<h2 id=\"due-h\">%1 <span class=\"count\">%2</span></h2>\n")
             .arg(esc(c.t(QT_TRANSLATE_NOOP("Console", "Calls due"))))
             .arg(q.due.size());
    if (q.due.isEmpty()) {
        b += QStringLiteral("<p class=\"empty\">%1</p>\n")
                 .arg(esc(c.t(QT_TRANSLATE_NOOP("Console", "No call is due now."))));
    } else {
        b += QStringLiteral("<div class=\"table-wrap\"><table class=\"rows\" id=\"due\">\n<thead><tr>");
        for (const QString &h : {stage, contract, customer, phone, product, waiting, rep, attempts})
            b += QStringLiteral("<th scope=\"col\">%1</th>").arg(esc(h));
        b += QStringLiteral("<th scope=\"col\"><span class=\"sr\">%1</span></th></tr></thead>\n<tbody>\n")
                 .arg(esc(action));
        for (const DueCall &d : q.due) {
            const ContractFacts &f = d.contract;
            QString tries = d.attempts == 0 ? QStringLiteral("—")
                                            : QStringLiteral("%1 <span class=\"muted small\">(%2)</span>")
                                                  .arg(d.attempts)
                                                  .arg(esc(c.time(d.lastAttemptAt)));
            const QString link
                = QStringLiteral("<a class=\"button%1\" href=\"%2\">%3</a>")
                      .arg(mayCall ? QStringLiteral(" primary") : QString(), esc(callHref(f.id, d.stage)),
                          esc(mayCall ? c.t(QT_TRANSLATE_NOOP("Console", "Call"))
                                      : c.t(QT_TRANSLATE_NOOP("Console", "View"))));
            b += QStringLiteral("<tr data-contract=\"%1\">").arg(esc(f.id));
            b += td(stage, stageBadge(c, d.stage)) + td(contract, idCode(f.id)) + td(customer, customerName(f))
                + td(phone, phoneLink(f.phone)) + td(product, esc(productName(c, f)))
                + td(waiting,
                    QStringLiteral("%1 <span class=\"muted small\">%2</span>")
                        .arg(esc(duration(c, c.now - d.dueSince)),
                            esc(c.t(QT_TRANSLATE_NOOP("Console", "since %1")).arg(c.time(d.dueSince)))))
                + td(rep, esc(f.salesRepName)) + td(attempts, tries) + td(action, link, QStringLiteral("act"));
            b += QStringLiteral("</tr>\n");
        }
        b += QStringLiteral("</tbody></table></div>\n");
    }
    b += QStringLiteral("</section>\n");

    // Holds.
    const QString found = c.t(QT_TRANSLATE_NOOP("Console", "Found by"));
    const QString reason = c.t(QT_TRANSLATE_NOOP("Console", "Reason"));
    const QString since = c.t(QT_TRANSLATE_NOOP("Console", "On hold since"));
    b += QStringLiteral(
        "<section aria-labelledby=\"held-h\">\n<h2 id=\"held-h\">%1 <span class=\"count\">%2</span></h2>\n")
             .arg(esc(c.t(QT_TRANSLATE_NOOP("Console", "On hold"))))
             .arg(q.held.size());
    b += QStringLiteral("<p class=\"hint\">%1</p>\n")
             .arg(esc(c.t(QT_TRANSLATE_NOOP("Console",
                 "A call that finds a problem stops the contract until a compliance admin resolves the hold; then "
                 "the contract comes back to the queue."))));
    if (q.held.isEmpty()) {
        b += QStringLiteral("<p class=\"empty\">%1</p>\n")
                 .arg(esc(c.t(QT_TRANSLATE_NOOP("Console", "No contract is on hold."))));
    } else {
        b += QStringLiteral("<div class=\"table-wrap\"><table class=\"rows\" id=\"held\">\n<thead><tr>");
        for (const QString &h : {contract, customer, found, reason, since, rep})
            b += QStringLiteral("<th scope=\"col\">%1</th>").arg(esc(h));
        b += QStringLiteral("<th scope=\"col\"><span class=\"sr\">%1</span></th></tr></thead>\n<tbody>\n")
                 .arg(esc(action));
        for (const Hold &h : q.held) {
            const ContractFacts &f = h.contract;
            const QString link = QStringLiteral("<a class=\"button%1\" href=\"%2\">%3</a>")
                                     .arg(mayResolve ? QStringLiteral(" primary") : QString(), esc(holdHref(f.id)),
                                         esc(mayResolve ? c.t(QT_TRANSLATE_NOOP("Console", "Resolve"))
                                                        : c.t(QT_TRANSLATE_NOOP("Console", "View"))));
            QString why = problemList(c, h.problems);
            if (!h.note.isEmpty())
                why += QStringLiteral("<span class=\"note\">%1</span>").arg(esc(h.note));
            b += QStringLiteral("<tr data-contract=\"%1\">").arg(esc(f.id));
            b += td(contract, idCode(f.id)) + td(customer, customerName(f))
                + td(found,
                    stageBadge(c, h.stage) + QStringLiteral(" <span class=\"muted\">%1</span>").arg(esc(h.callerName)))
                + td(reason, why) + td(since, esc(c.time(h.heldAt))) + td(rep, esc(f.salesRepName))
                + td(action, link, QStringLiteral("act"));
            b += QStringLiteral("</tr>\n");
        }
        b += QStringLiteral("</tbody></table></div>\n");
    }
    b += QStringLiteral("</section>\n");
    return layout(c, c.t(QT_TRANSLATE_NOOP("Console", "Call queue")), b, QueuePath);
}

QString call(const PageContext &c, const CallView &v)
{
    const ContractFacts &f = v.contract;
    const QString title = c.t(QT_TRANSLATE_NOOP("Console", "%1 call")).arg(v.stage);
    QString b;
    b += QStringLiteral("<p class=\"crumbs\"><a href=\"%1\">%2</a></p>\n")
             .arg(QueuePath, esc(c.t(QT_TRANSLATE_NOOP("Console", "Back to the call queue"))));
    b += QStringLiteral("<h1>%1 <span class=\"muted\">%2</span></h1>\n").arg(esc(title), esc(f.id));
    b += QStringLiteral("<p class=\"lead\">%1</p>\n").arg(esc(stageLabel(c, v.stage)));
    if (v.error)
        b += alertBox(QStringLiteral("error"), failureText(c, *v.error, f.id, v.stage));
    const QString due = ConsoleService::dueStage(f.state);
    if (f.state.onHold)
        b += alertBox(QStringLiteral("warn"),
            c.t(QT_TRANSLATE_NOOP("Console",
                "This contract is on hold: no call can be recorded until the hold is "
                "resolved.")));
    else if (due != v.stage)
        b += alertBox(QStringLiteral("warn"),
            c.t(QT_TRANSLATE_NOOP("Console", "This contract is not due for a %1 call now.")).arg(v.stage));

    b += contractCard(c, f);
    // The script beside the answers: the caller reads on the left and records on the right.
    b += QStringLiteral("<div class=\"grid\">\n");
    b += QStringLiteral("<section class=\"card script\" aria-labelledby=\"script-h\">\n<h2 id=\"script-h\">%1</h2>\n")
             .arg(esc(c.t(QT_TRANSLATE_NOOP("Console", "Call script"))));
    b += QStringLiteral("<p class=\"hint\">%1</p>\n")
             .arg(esc(c.t(QT_TRANSLATE_NOOP(
                 "Console", "Read each question to the customer as written, then record the answers below."))));
    if (v.script.isEmpty()) {
        b += QStringLiteral("<p class=\"empty\">%1</p>\n")
                 .arg(esc(
                     c.t(QT_TRANSLATE_NOOP("Console", "No content pack with a script for this product was found."))));
    } else {
        b += QStringLiteral("<ol class=\"script\">\n");
        for (const CallQuestion &q : v.script)
            b += QStringLiteral("<li id=\"q-%1\">%2</li>\n").arg(esc(q.id), esc(q.text.in(languageCode(c.language))));
        b += QStringLiteral("</ol>\n");
    }
    b += QStringLiteral("</section>\n");

    if (v.mayRecord && due == v.stage) {
        const QStringList asked = ConsoleService::askedAnswers(v.stage);
        const QString yes = c.t(QT_TRANSLATE_NOOP("Console", "Yes"));
        const QString no = c.t(QT_TRANSLATE_NOOP("Console", "No"));
        b += QStringLiteral("<form class=\"card answers\" id=\"call-form\" method=\"post\" action=\"/console/call\" "
                            "aria-labelledby=\"answers-h\">\n<h2 id=\"answers-h\">%1</h2>\n")
                 .arg(esc(c.t(QT_TRANSLATE_NOOP("Console", "Answers"))));
        b += csrfField(c);
        b += QStringLiteral("<input type=\"hidden\" name=\"contract\" value=\"%1\">\n").arg(esc(f.id));
        b += QStringLiteral("<input type=\"hidden\" name=\"stage\" value=\"%1\">\n").arg(esc(v.stage));
        b += radioGroup(c, QStringLiteral("reached"), c.t(QT_TRANSLATE_NOOP("Console", "Did you reach the customer?")),
            c.t(QT_TRANSLATE_NOOP("Console", "Yes, I spoke with the customer")),
            c.t(QT_TRANSLATE_NOOP("Console", "No answer: the call stays in the queue")), v.input.reached, true);
        b += QStringLiteral("<p class=\"hint\">%1</p>\n")
                 .arg(esc(c.t(QT_TRANSLATE_NOOP(
                     "Console", "When the customer was not reached, only the attempt and the note are recorded."))));
        if (asked.contains(QLatin1String("guarantee")))
            b += radioGroup(c, QStringLiteral("guarantee"),
                c.t(QT_TRANSLATE_NOOP("Console",
                    "Did anyone guarantee or promise results, such as more customers or "
                    "sales? (S1)")),
                yes, no, v.input.guarantee);
        if (asked.contains(QLatin1String("conduct")))
            b += radioGroup(c, QStringLiteral("conduct"),
                c.t(QT_TRANSLATE_NOOP("Console",
                    "Was the visit conducted properly: by appointment, not overlong, "
                    "without pressure? (S2)")),
                yes, no, v.input.conduct);
        if (asked.contains(QLatin1String("lecture")))
            b += radioGroup(c, QStringLiteral("lecture"),
                c.t(QT_TRANSLATE_NOOP("Console",
                    "Was the lecture given on site, long enough and item by item? (D1, "
                    "D2)")),
                yes, no, v.input.lecture);
        if (asked.contains(QLatin1String("used")))
            b += radioGroup(c, QStringLiteral("used"),
                c.t(QT_TRANSLATE_NOOP("Console", "Has the customer actually used the product? (D3)")), yes, no,
                v.input.used);
        b += QStringLiteral("<label for=\"note\">%1</label>\n<textarea id=\"note\" name=\"note\" rows=\"4\" "
                            "maxlength=\"%2\" aria-describedby=\"note-hint\">%3</textarea>\n"
                            "<p class=\"hint\" id=\"note-hint\">%4</p>\n")
                 .arg(esc(c.t(QT_TRANSLATE_NOOP("Console", "Note"))))
                 .arg(MaxNoteLength)
                 .arg(esc(v.input.note),
                     esc(c.t(QT_TRANSLATE_NOOP("Console",
                                 "What the customer said, in a few words. At most %1 "
                                 "characters."))
                             .arg(MaxNoteLength)));
        b += QStringLiteral("<p class=\"hint\">%1</p>\n")
                 .arg(esc(c.t(QT_TRANSLATE_NOOP("Console",
                     "Head office's rules decide from the answers whether the call is clean; any problem puts the "
                     "contract on hold."))));
        b += QStringLiteral("<button type=\"submit\" class=\"primary\" id=\"record-call\">%1</button>\n</form>\n")
                 .arg(esc(c.t(QT_TRANSLATE_NOOP("Console", "Record the call"))));
    } else if (!v.mayRecord) {
        b += QStringLiteral("<section class=\"card\"><p class=\"hint\">%1</p></section>\n")
                 .arg(esc(c.t(QT_TRANSLATE_NOOP("Console", "Your role can read this page but not record calls."))));
    }
    b += QStringLiteral("</div>\n");
    b += historyTable(c, v.history);
    return layout(c, title, b, QueuePath);
}

QString hold(const PageContext &c, const HoldView &v)
{
    const ContractFacts &f = v.contract;
    const QString title = c.t(QT_TRANSLATE_NOOP("Console", "Hold"));
    QString b;
    b += QStringLiteral("<p class=\"crumbs\"><a href=\"%1\">%2</a></p>\n")
             .arg(QueuePath, esc(c.t(QT_TRANSLATE_NOOP("Console", "Back to the call queue"))));
    b += QStringLiteral("<h1>%1 <span class=\"muted\">%2</span></h1>\n").arg(esc(title), esc(f.id));
    if (v.error)
        b += alertBox(QStringLiteral("error"), failureText(c, *v.error, f.id, QString()));
    if (!v.hold) {
        b += alertBox(QStringLiteral("ok"), c.t(QT_TRANSLATE_NOOP("Console", "This contract is not on hold.")));
    } else {
        const Hold &h = *v.hold;
        b += QStringLiteral("<section class=\"alert warn\" aria-labelledby=\"hold-h\">\n<h2 id=\"hold-h\">%1</h2>\n")
                 .arg(esc(c.t(QT_TRANSLATE_NOOP("Console", "On hold since %1: the %2 call found"))
                              .arg(c.time(h.heldAt), h.stage)));
        b += problemList(c, h.problems);
        QList<std::pair<QString, QString>> rows {
            {c.t(QT_TRANSLATE_NOOP("Console", "Caller")), esc(h.callerName)},
            {c.t(QT_TRANSLATE_NOOP("Console", "Note")),
                h.note.isEmpty() ? QStringLiteral("—")
                                 : QStringLiteral("<span class=\"note\">%1</span>").arg(esc(h.note))},
            {c.t(QT_TRANSLATE_NOOP("Console", "Holds on this contract")), QString::number(f.state.holds)},
        };
        b += dl(rows) + QStringLiteral("</section>\n");
    }
    b += QStringLiteral("<div class=\"grid\">\n") + contractCard(c, f);
    if (v.hold && v.mayResolve) {
        b += QStringLiteral("<form class=\"card\" id=\"hold-form\" method=\"post\" action=\"/console/hold\" "
                            "aria-labelledby=\"resolve-h\">\n"
                            "<h2 id=\"resolve-h\">%1</h2>\n")
                 .arg(esc(c.t(QT_TRANSLATE_NOOP("Console", "Resolve the hold"))));
        b += csrfField(c);
        b += QStringLiteral("<input type=\"hidden\" name=\"contract\" value=\"%1\">\n").arg(esc(f.id));
        b += QStringLiteral("<label for=\"resolution\">%1</label>\n<textarea id=\"resolution\" name=\"resolution\" "
                            "rows=\"5\" required maxlength=\"%2\" aria-describedby=\"resolution-hint\">%3</textarea>\n"
                            "<p class=\"hint\" id=\"resolution-hint\">%4</p>\n")
                 .arg(esc(c.t(QT_TRANSLATE_NOOP("Console", "Resolution"))))
                 .arg(MaxNoteLength)
                 .arg(esc(v.resolution),
                     esc(c.t(QT_TRANSLATE_NOOP("Console",
                         "What was found out and what was done. The contract then "
                         "goes back to the call queue for the same call."))));
        b += QStringLiteral("<button type=\"submit\" class=\"primary\" id=\"resolve-hold\">%1</button>\n</form>\n")
                 .arg(esc(c.t(QT_TRANSLATE_NOOP("Console", "Resolve the hold"))));
    } else if (v.hold) {
        b += QStringLiteral("<section class=\"card\"><p class=\"hint\">%1</p></section>\n")
                 .arg(esc(c.t(QT_TRANSLATE_NOOP("Console", "Only a compliance admin can resolve a hold."))));
    }
    b += QStringLiteral("</div>\n");
    b += historyTable(c, v.history);
    return layout(c, title, b, QueuePath);
}

QString error(const PageContext &c, const QString &title, const QString &message)
{
    QString b = QStringLiteral("<h1>%1</h1>\n").arg(esc(title));
    b += alertBox(QStringLiteral("error"), message);
    b += QStringLiteral("<p><a href=\"%1\">%2</a></p>\n")
             .arg(c.session ? QueuePath : QStringLiteral("/console/sign-in"),
                 esc(c.session ? c.t(QT_TRANSLATE_NOOP("Console", "Back to the call queue"))
                               : c.t(QT_TRANSLATE_NOOP("Console", "Sign in"))));
    return layout(c, title, b);
}

// ---- part 2: contracts

const QStringList &contractStatuses()
{
    static const QStringList names {QStringLiteral("explaining"), QStringLiteral("contracted"),
        QStringLiteral("c1_cleared"), QStringLiteral("delivered"), QStringLiteral("c2_cleared"),
        QStringLiteral("in_trial"), QStringLiteral("usage_confirmed"), QStringLiteral("c3_cleared"),
        QStringLiteral("started"), QStringLiteral("follow_up"), QStringLiteral("on_hold"), QStringLiteral("disputed"),
        QStringLiteral("cancelled"), QStringLiteral("credit_cancelled")};
    return names;
}

QString statusLabel(const PageContext &c, const QString &status)
{
    const std::pair<const char *, const char *> labels[] = {
        {"none", QT_TRANSLATE_NOOP("Console", "Not opened")},
        {"explaining", QT_TRANSLATE_NOOP("Console", "Explaining important matters")},
        {"contracted", QT_TRANSLATE_NOOP("Console", "Contracted: C1 call due")},
        {"c1_cleared", QT_TRANSLATE_NOOP("Console", "C1 cleared: awaiting delivery")},
        {"delivered", QT_TRANSLATE_NOOP("Console", "Delivered: C2 call due")},
        {"c2_cleared", QT_TRANSLATE_NOOP("Console", "C2 cleared: trial not started")},
        {"in_trial", QT_TRANSLATE_NOOP("Console", "In trial")},
        {"usage_confirmed", QT_TRANSLATE_NOOP("Console", "Use confirmed: C3 call due")},
        {"c3_cleared", QT_TRANSLATE_NOOP("Console", "C3 cleared: ready to start")},
        {"started", QT_TRANSLATE_NOOP("Console", "Started")},
        {"follow_up", QT_TRANSLATE_NOOP("Console", "Started: in follow-up")},
        {"on_hold", QT_TRANSLATE_NOOP("Console", "On hold")},
        {"disputed", QT_TRANSLATE_NOOP("Console", "Disputed")},
        {"cancelled", QT_TRANSLATE_NOOP("Console", "Cancelled")},
        {"credit_cancelled", QT_TRANSLATE_NOOP("Console", "Credit contract cancelled")},
    };
    for (const auto &[name, label] : labels)
        if (status == QLatin1String(name))
            return c.t(label);
    return status;
}

QString missingText(const PageContext &c, const QString &missing, qint64 trialEndsAt)
{
    if (missing == QLatin1String("trial_not_elapsed") && trialEndsAt > 0)
        return c
            .t(QT_TRANSLATE_NOOP("Console", "The trial period runs until %1; the customer confirms use after it (D3)."))
            .arg(c.time(trialEndsAt));
    const std::pair<const char *, const char *> texts[] = {
        {"on_hold",
            QT_TRANSLATE_NOOP(
                "Console", "The contract is on hold: a compliance admin must resolve the hold first (M2).")},
        {"disputed", QT_TRANSLATE_NOOP("Console", "The customer has an open dispute (P6).")},
        {"terminated", QT_TRANSLATE_NOOP("Console", "The contract has ended (cancelled).")},
        {"start_guard_failed", QT_TRANSLATE_NOOP("Console", "A start condition does not hold on the recorded facts.")},
        {"matters_open", QT_TRANSLATE_NOOP("Console", "The important-matters walkthrough is not finished (S3).")},
        {"guarantee_attestation_missing",
            QT_TRANSLATE_NOOP("Console", "The sales rep has not attested that nothing was guaranteed (S1).")},
        {"signatures_missing",
            QT_TRANSLATE_NOOP("Console", "The important-matters walkthrough is not signed yet (S3).")},
        {"walkthrough", QT_TRANSLATE_NOOP("Console", "The contract has not been concluded yet (S3).")},
        {"call_c1", QT_TRANSLATE_NOOP("Console", "The C1 confirmation call has not been cleared (M2).")},
        {"delivery",
            QT_TRANSLATE_NOOP("Console", "The delivery and its on-site lecture have not been signed off (D1, D2).")},
        {"call_c2", QT_TRANSLATE_NOOP("Console", "The C2 confirmation call has not been cleared (M2).")},
        {"trial", QT_TRANSLATE_NOOP("Console", "The trial period has not started (D3).")},
        {"trial_not_elapsed", QT_TRANSLATE_NOOP("Console", "The trial period is still running (D3).")},
        {"usage_confirmation",
            QT_TRANSLATE_NOOP("Console", "The customer has not yet confirmed using the product (D3).")},
        {"call_c3", QT_TRANSLATE_NOOP("Console", "The C3 confirmation call has not been cleared (M2).")},
        {"already_started", QT_TRANSLATE_NOOP("Console", "The contract has already started.")},
    };
    for (const auto &[code, text] : texts)
        if (missing == QLatin1String(code))
            return c.t(text);
    return c.t(QT_TRANSLATE_NOOP("Console", "The rules do not allow the start (%1).")).arg(missing);
}

namespace {

const QString ContractsPath = QStringLiteral("/console/contracts");

QString contractHref(const QString &id)
{
    return QStringLiteral("/console/contract?id=%1").arg(urlValue(id));
}

QString statusTag(const PageContext &c, const ContractState &s)
{
    const QString status = s.status();
    QString cls = QStringLiteral("tag");
    if (status == QLatin1String("on_hold") || status == QLatin1String("disputed"))
        cls += QStringLiteral(" warn");
    else if (status == QLatin1String("started") || status == QLatin1String("follow_up")
        || status == QLatin1String("c3_cleared"))
        cls += QStringLiteral(" ok");
    return QStringLiteral("<span class=\"%1\" data-status=\"%2\">%3</span>")
        .arg(cls, esc(status), esc(statusLabel(c, status)));
}

QString timeOrDash(const PageContext &c, qint64 t)
{
    return esc(c.time(t));
}

QString evidenceKindLabel(const PageContext &c, EvidenceCheckKind k)
{
    switch (k) {
    case EvidenceCheckKind::Chain:
        return c.t(QT_TRANSLATE_NOOP("Console", "Chain"));
    case EvidenceCheckKind::Signature:
        return c.t(QT_TRANSLATE_NOOP("Console", "Device signature"));
    case EvidenceCheckKind::ContentHash:
        return c.t(QT_TRANSLATE_NOOP("Console", "Content hash"));
    case EvidenceCheckKind::SignedContent:
        return c.t(QT_TRANSLATE_NOOP("Console", "Signed content"));
    case EvidenceCheckKind::Strokes:
        return c.t(QT_TRANSLATE_NOOP("Console", "Signature strokes"));
    case EvidenceCheckKind::Blobs:
        return c.t(QT_TRANSLATE_NOOP("Console", "Attachments"));
    case EvidenceCheckKind::ReceiptTime:
        return c.t(QT_TRANSLATE_NOOP("Console", "Receipt time"));
    }
    return QString();
}

QString signerLabel(const PageContext &c, const SignatureRow &r)
{
    if (r.type == EventType::DeliverySigned)
        return c.t(QT_TRANSLATE_NOOP("Console", "Customer (delivery sign-off)"));
    if (r.type == EventType::ContractCancelled)
        return c.t(QT_TRANSLATE_NOOP("Console", "Customer (cancellation)"));
    if (r.signer == QLatin1String("successor"))
        return c.t(QT_TRANSLATE_NOOP("Console", "Successor (important matters)"));
    if (r.signer == QLatin1String("rep"))
        return c.t(QT_TRANSLATE_NOOP("Console", "Sales rep (important matters)"));
    return c.t(QT_TRANSLATE_NOOP("Console", "Customer (important matters)"));
}

QString sectionStart(const QString &id, const QString &title)
{
    return QStringLiteral("<section class=\"card\" id=\"%1\" aria-labelledby=\"%1-h\">\n<h2 id=\"%1-h\">%2</h2>\n")
        .arg(id, esc(title));
}

QString tableStart(const QString &id, const QStringList &headers)
{
    QString h = QStringLiteral("<div class=\"table-wrap\"><table class=\"rows\" id=\"%1\">\n<thead><tr>").arg(id);
    for (const QString &x : headers)
        h += QStringLiteral("<th scope=\"col\">%1</th>").arg(esc(x));
    return h + QStringLiteral("</tr></thead>\n<tbody>\n");
}

const QString TableEnd = QStringLiteral("</tbody></table></div>\n");

} // namespace

QString contracts(const PageContext &c, const ContractsView &v)
{
    QString b;
    b += QStringLiteral("<h1>%1</h1>\n").arg(esc(c.t(QT_TRANSLATE_NOOP("Console", "Contracts"))));
    b += QStringLiteral("<p class=\"lead\">%1</p>\n")
             .arg(esc(c.t(QT_TRANSLATE_NOOP("Console",
                 "Every contract head office holds, newest conclusion first. Open one for its timeline, evidence "
                 "and start decision."))));
    if (!v.error.isEmpty())
        b += alertBox(QStringLiteral("error"), v.error);
    b += QStringLiteral(
        "<form class=\"card filter\" id=\"contracts-filter\" method=\"get\" action=\"%1\" role=\"search\">\n")
             .arg(ContractsPath);
    b += QStringLiteral(
        "<div class=\"field\"><label for=\"status\">%1</label>\n<select id=\"status\" name=\"status\">\n")
             .arg(esc(c.t(QT_TRANSLATE_NOOP("Console", "State"))));
    b += QStringLiteral("<option value=\"\"%1>%2</option>\n")
             .arg(v.status.isEmpty() ? QStringLiteral(" selected") : QString(),
                 esc(c.t(QT_TRANSLATE_NOOP("Console", "All states"))));
    for (const QString &s : contractStatuses())
        b += QStringLiteral("<option value=\"%1\"%2>%3</option>\n")
                 .arg(s, v.status == s ? QStringLiteral(" selected") : QString(), esc(statusLabel(c, s)));
    b += QStringLiteral("</select></div>\n");
    b += QStringLiteral("<div class=\"field\"><label for=\"q\">%1</label>\n<input id=\"q\" name=\"q\" type=\"search\" "
                        "maxlength=\"100\" value=\"%2\"></div>\n")
             .arg(esc(c.t(QT_TRANSLATE_NOOP("Console", "Contract or customer (ID or name)"))), esc(v.query));
    b += QStringLiteral("<button type=\"submit\" id=\"contracts-search\">%1</button>\n</form>\n")
             .arg(esc(c.t(QT_TRANSLATE_NOOP("Console", "Search"))));

    const QString contract = c.t(QT_TRANSLATE_NOOP("Console", "Contract"));
    const QString customer = c.t(QT_TRANSLATE_NOOP("Console", "Customer"));
    const QString product = c.t(QT_TRANSLATE_NOOP("Console", "Product"));
    const QString state = c.t(QT_TRANSLATE_NOOP("Console", "State"));
    const QString contracted = c.t(QT_TRANSLATE_NOOP("Console", "Contracted"));
    const QString rep = c.t(QT_TRANSLATE_NOOP("Console", "Sales rep"));
    const QString installer = c.t(QT_TRANSLATE_NOOP("Console", "Installer"));
    b += QStringLiteral("<p class=\"count-line\" id=\"contracts-count\">%1</p>\n")
             .arg(esc(c.t(QT_TRANSLATE_NOOP("Console", "%1 contracts")).arg(v.rows.size())));
    if (v.rows.isEmpty()) {
        b += QStringLiteral("<p class=\"empty\">%1</p>\n")
                 .arg(esc(c.t(QT_TRANSLATE_NOOP("Console", "No contract matches."))));
    } else {
        b += tableStart(
            QStringLiteral("contracts-table"), {contract, customer, product, state, contracted, rep, installer});
        for (const ContractFacts &f : v.rows) {
            b += QStringLiteral("<tr data-contract=\"%1\">").arg(esc(f.id));
            b += td(contract, QStringLiteral("<a href=\"%1\">%2</a>").arg(esc(contractHref(f.id)), idCode(f.id)))
                + td(customer, customerName(f)) + td(product, esc(productName(c, f))) + td(state, statusTag(c, f.state))
                + td(contracted, timeOrDash(c, f.state.contractedAt))
                + td(rep, esc(f.salesRepName.isEmpty() ? QStringLiteral("—") : f.salesRepName))
                + td(installer, esc(f.installerName.isEmpty() ? QStringLiteral("—") : f.installerName));
            b += QStringLiteral("</tr>\n");
        }
        b += TableEnd;
    }
    return layout(c, c.t(QT_TRANSLATE_NOOP("Console", "Contracts")), b, ContractsPath);
}

QString contract(const PageContext &c, const ContractPageView &v)
{
    const ContractFacts &f = v.facts;
    const ContractView &cv = v.view;
    const ContractState &s = cv.state;
    const QString title = c.t(QT_TRANSLATE_NOOP("Console", "Contract %1")).arg(f.id);
    auto nameOf = [&](const QString &id) { return v.userNames.value(id, id); };
    QString b;
    b += QStringLiteral("<p class=\"crumbs\"><a href=\"%1\">%2</a></p>\n")
             .arg(ContractsPath, esc(c.t(QT_TRANSLATE_NOOP("Console", "Back to the contracts"))));
    b += QStringLiteral("<h1>%1 %2</h1>\n").arg(esc(title), statusTag(c, s));
    if (!v.notice.isEmpty())
        b += noticeBox(v.notice);
    if (v.error)
        b += alertBox(QStringLiteral("error"), failureText(c, *v.error, f.id, QString()));

    // The start decision (D3, M2): core's answer, with the missing condition in words.
    b += sectionStart(QStringLiteral("start-decision"), c.t(QT_TRANSLATE_NOOP("Console", "Start decision")));
    if (cv.start.mayStart) {
        b += QStringLiteral("<p class=\"tag ok\" id=\"start-ready\">%1</p>\n")
                 .arg(esc(c.t(QT_TRANSLATE_NOOP("Console",
                     "Every condition holds: the customer confirmed use after the trial (D3) and all three "
                     "confirmation calls are clean (M2)."))));
    } else {
        b += QStringLiteral("<p class=\"alert warn\" id=\"start-missing\" data-missing=\"%1\">%2</p>\n")
                 .arg(esc(cv.start.missing), esc(missingText(c, cv.start.missing, cv.start.trialEndsAt)));
    }
    const bool started = s.stage == ContractStage::Started || s.stage == ContractStage::FollowUp;
    if (started) {
        b += QStringLiteral("<p>%1</p>\n")
                 .arg(esc(c.t(QT_TRANSLATE_NOOP("Console", "Started on %1.")).arg(c.time(s.startedAt))));
    } else if (v.mayDecide) {
        b += QStringLiteral(
            "<form method=\"post\" action=\"/console/contract/start\" id=\"start-form\">\n%1"
            "<input type=\"hidden\" name=\"contract\" value=\"%2\">\n"
            "<button type=\"submit\" class=\"primary\" id=\"start-contract\"%3%4>%5</button>\n</form>\n")
                 .arg(csrfField(c), esc(f.id), cv.start.mayStart ? QString() : QStringLiteral(" disabled"),
                     cv.start.mayStart ? QString() : QStringLiteral(" aria-describedby=\"start-missing\""),
                     esc(c.t(QT_TRANSLATE_NOOP("Console", "Start the contract"))));
    } else {
        b += QStringLiteral("<p class=\"hint\">%1</p>\n")
                 .arg(esc(c.t(QT_TRANSLATE_NOOP("Console", "Only a compliance admin can start a contract."))));
    }
    // Where the work on this contract happens.
    QStringList links;
    const QString due = ConsoleService::dueStage(s);
    if (!due.isEmpty())
        links += QStringLiteral("<a class=\"button\" id=\"call-link\" href=\"%1\">%2</a>")
                     .arg(esc(callHref(f.id, due)), esc(c.t(QT_TRANSLATE_NOOP("Console", "%1 call")).arg(due)));
    if (s.onHold)
        links += QStringLiteral("<a class=\"button\" id=\"hold-link\" href=\"%1\">%2</a>")
                     .arg(esc(holdHref(f.id)), esc(c.t(QT_TRANSLATE_NOOP("Console", "Hold"))));
    // The customer's copies (控え), as the tablet handed them over.
    if (v.walkthroughCopy)
        links += QStringLiteral("<a class=\"button\" id=\"copy-walkthrough\" href=\"%1\" download>%2</a>")
                     .arg(esc(QStringLiteral("/console/contract/copy?id=%1&kind=walkthrough").arg(urlValue(f.id))),
                         esc(c.t(QT_TRANSLATE_NOOP("Console", "Walkthrough copy (PDF)"))));
    if (v.deliveryCopy)
        links += QStringLiteral("<a class=\"button\" id=\"copy-delivery\" href=\"%1\" download>%2</a>")
                     .arg(esc(QStringLiteral("/console/contract/copy?id=%1&kind=delivery").arg(urlValue(f.id))),
                         esc(c.t(QT_TRANSLATE_NOOP("Console", "Delivery copy (PDF)"))));
    if (!links.isEmpty())
        b += QStringLiteral("<p class=\"links\">%1</p>\n").arg(links.join(QLatin1Char(' ')));
    b += QStringLiteral("</section>\n");

    b += contractCard(c, f);
    QList<std::pair<QString, QString>> terms {
        {c.t(QT_TRANSLATE_NOOP("Console", "Customer ID")), idCode(f.customerId)},
        {c.t(QT_TRANSLATE_NOOP("Console", "Content pack")), esc(QStringLiteral("%1 %2").arg(s.packId, s.packVersion))},
        {c.t(QT_TRANSLATE_NOOP("Console", "Cooling-off until")), esc(c.time(s.coolingOffDeadline()))},
        {c.t(QT_TRANSLATE_NOOP("Console", "Lecture")),
            esc(c.t(QT_TRANSLATE_NOOP("Console", "%1 of at least %2 min"))
                    .arg(duration(c, s.lectureRunningMs))
                    .arg(s.lectureMinimumMinutes))},
        {c.t(QT_TRANSLATE_NOOP("Console", "Trial started")), esc(c.time(s.trialStartedAt))},
        {c.t(QT_TRANSLATE_NOOP("Console", "Started at")), esc(c.time(s.startedAt))},
        {c.t(QT_TRANSLATE_NOOP("Console", "Holds on this contract")), QString::number(s.holds)},
        {c.t(QT_TRANSLATE_NOOP("Console", "Events refused by the rules")), QString::number(s.rejected)},
    };
    b += QStringLiteral(
        "<section class=\"card\" aria-labelledby=\"terms-h\">\n<h2 id=\"terms-h\">%1</h2>\n%2</section>\n")
             .arg(esc(c.t(QT_TRANSLATE_NOOP("Console", "Terms and progress"))), dl(terms, true));

    // S3: the walkthrough, item by item.
    const QString when = c.t(QT_TRANSLATE_NOOP("Console", "When"));
    const QString item = c.t(QT_TRANSLATE_NOOP("Console", "Item"));
    b += sectionStart(QStringLiteral("walkthrough"), c.t(QT_TRANSLATE_NOOP("Console", "Important matters (S3)")));
    if (cv.walkthrough.isEmpty()) {
        b += QStringLiteral("<p class=\"empty\">%1</p>\n")
                 .arg(esc(c.t(QT_TRANSLATE_NOOP("Console", "No item recorded."))));
    } else {
        const QString shown = c.t(QT_TRANSLATE_NOOP("Console", "Shown"));
        const QString confirmed = c.t(QT_TRANSLATE_NOOP("Console", "Confirmed"));
        b += tableStart(QStringLiteral("walkthrough-table"), {QStringLiteral("#"), item, shown, confirmed});
        for (const WalkthroughItemRow &r : cv.walkthrough) {
            const QString name = r.title.in(languageCode(c.language));
            b += QStringLiteral("<tr data-item=\"%1\">").arg(esc(r.itemId))
                + td(QStringLiteral("#"), QString::number(r.index + 1))
                + td(item, name.isEmpty() ? idCode(r.itemId) : esc(name)) + td(shown, timeOrDash(c, r.shownAt))
                + td(confirmed, timeOrDash(c, r.confirmedAt)) + QStringLiteral("</tr>\n");
        }
        b += TableEnd;
    }
    b += QStringLiteral("</section>\n");

    // D2: the lecture checklist.
    b += sectionStart(QStringLiteral("lecture"), c.t(QT_TRANSLATE_NOOP("Console", "Delivery lecture (D1, D2)")));
    if (cv.lecture.isEmpty()) {
        b += QStringLiteral("<p class=\"empty\">%1</p>\n")
                 .arg(esc(c.t(QT_TRANSLATE_NOOP("Console", "The lecture has not started."))));
    } else {
        const QString taught = c.t(QT_TRANSLATE_NOOP("Console", "Taught"));
        const QString understood = c.t(QT_TRANSLATE_NOOP("Console", "Understood"));
        b += tableStart(QStringLiteral("lecture-table"), {item, taught, understood});
        for (const LectureItemRow &r : cv.lecture) {
            const QString text = r.text.in(languageCode(c.language));
            b += QStringLiteral("<tr data-item=\"%1\">").arg(esc(r.itemId))
                + td(item, text.isEmpty() ? idCode(r.itemId) : esc(text)) + td(taught, timeOrDash(c, r.taughtAt))
                + td(understood, timeOrDash(c, r.understoodAt)) + QStringLiteral("</tr>\n");
        }
        b += TableEnd;
    }
    b += QStringLiteral("</section>\n");

    // Signatures drawn from their strokes.
    b += sectionStart(QStringLiteral("signatures"), c.t(QT_TRANSLATE_NOOP("Console", "Signatures")));
    if (cv.signatures.isEmpty()) {
        b += QStringLiteral("<p class=\"empty\">%1</p>\n")
                 .arg(esc(c.t(QT_TRANSLATE_NOOP("Console", "No signature recorded."))));
    } else {
        b += QStringLiteral("<div class=\"signatures\">\n");
        for (const SignatureRow &r : cv.signatures) {
            b += QStringLiteral("<figure class=\"signature\" id=\"sig-%1\">\n").arg(esc(r.eventId));
            if (v.signatureSvg.contains(r.eventId))
                b += v.signatureSvg.value(r.eventId) + QLatin1Char('\n');
            else
                b += QStringLiteral("<p class=\"alert error\">%1 <code>%2</code></p>\n")
                         .arg(esc(c.t(QT_TRANSLATE_NOOP("Console", "The strokes cannot be drawn:"))),
                             esc(v.signatureError.value(r.eventId)));
            QString caption = esc(signerLabel(c, r));
            if (!r.signerName.isEmpty())
                caption += QStringLiteral(" · ") + esc(r.signerName);
            caption += QStringLiteral(" · ") + esc(c.time(r.at));
            if (!r.ruleCode.isEmpty())
                caption += QStringLiteral(" <span class=\"tag warn\">%1</span>")
                               .arg(esc(c.t(QT_TRANSLATE_NOOP("Console", "Refused by the rules")) + QStringLiteral(" (")
                                   + r.ruleCode + QLatin1Char(')')));
            b += QStringLiteral("<figcaption>%1</figcaption>\n</figure>\n").arg(caption);
        }
        b += QStringLiteral("</div>\n");
    }
    b += QStringLiteral("</section>\n");

    // The evidence check, per event.
    const QString passed = c.t(QT_TRANSLATE_NOOP("Console", "Passed"));
    const QString failed = c.t(QT_TRANSLATE_NOOP("Console", "Failed"));
    b += sectionStart(QStringLiteral("evidence"), c.t(QT_TRANSLATE_NOOP("Console", "Evidence check")));
    const bool allPassed = v.evidence.passed();
    b += QStringLiteral("<p class=\"tag %1\" id=\"evidence-result\" data-passed=\"%2\">%3</p>\n")
             .arg(allPassed ? QStringLiteral("ok") : QStringLiteral("warn"),
                 allPassed ? QStringLiteral("1") : QStringLiteral("0"),
                 esc(allPassed ? c.t(QT_TRANSLATE_NOOP("Console",
                         "Every stored event and device chain of this contract passed: chain, device "
                         "signature, content hash, signed content, strokes, attachments and receipt time."))
                               : c.t(QT_TRANSLATE_NOOP("Console", "%1 of %2 events failed a check."))
                                     .arg(v.evidence.failedEvents())
                                     .arg(v.evidence.events.size())));
    {
        const QString event = c.t(QT_TRANSLATE_NOOP("Console", "Event"));
        const QString device = c.t(QT_TRANSLATE_NOOP("Console", "Device"));
        const QString result = c.t(QT_TRANSLATE_NOOP("Console", "Result"));
        const QString checks = c.t(QT_TRANSLATE_NOOP("Console", "Checks"));
        b += tableStart(QStringLiteral("evidence-table"), {when, event, device, result, checks});
        for (const EventEvidence &e : v.evidence.events) {
            const Event &ev = e.stored.event;
            QString list = QStringLiteral("<ul class=\"checks\">");
            for (const EvidenceCheckResult &r : e.checks)
                list += QStringLiteral("<li class=\"%1\">%2: %3%4</li>")
                            .arg(r.passed ? QStringLiteral("pass") : QStringLiteral("fail"),
                                esc(evidenceKindLabel(c, r.kind)), esc(r.passed ? passed : failed),
                                r.passed ? QString() : QStringLiteral(" <code>%1</code>").arg(esc(r.code)));
            list += QStringLiteral("</ul>");
            b += QStringLiteral("<tr data-event=\"%1\" data-passed=\"%2\">")
                     .arg(esc(ev.id), e.passed() ? QStringLiteral("1") : QStringLiteral("0"))
                + td(when, esc(c.time(ev.at))) + td(event, QStringLiteral("<code>%1</code>").arg(esc(ev.type)))
                + td(device, idCode(ev.device) + QStringLiteral(" #%1").arg(ev.seq))
                + td(result,
                    QStringLiteral("<span class=\"tag %1\">%2</span>")
                        .arg(e.passed() ? QStringLiteral("ok") : QStringLiteral("warn"),
                            esc(e.passed() ? passed : failed)))
                + td(checks, list) + QStringLiteral("</tr>\n");
        }
        b += TableEnd;
        for (const DeviceEvidence &d : v.evidence.devices)
            if (!d.passed)
                b += alertBox(QStringLiteral("error"),
                    c.t(QT_TRANSLATE_NOOP("Console", "The chain of device %1 failed its check (%2, seq %3)."))
                        .arg(d.deviceId, d.code)
                        .arg(d.seq));
    }
    b += QStringLiteral("</section>\n");

    // The whole timeline.
    b += sectionStart(QStringLiteral("timeline"), c.t(QT_TRANSLATE_NOOP("Console", "Timeline")));
    {
        const QString event = c.t(QT_TRANSLATE_NOOP("Console", "Event"));
        const QString by = c.t(QT_TRANSLATE_NOOP("Console", "By"));
        const QString received = c.t(QT_TRANSLATE_NOOP("Console", "Received"));
        const QString rules = c.t(QT_TRANSLATE_NOOP("Console", "Rules"));
        b += tableStart(QStringLiteral("timeline-table"), {when, event, by, received, rules});
        for (const TimelineRow &r : cv.timeline) {
            QString who = esc(nameOf(r.actor));
            if (r.headOffice)
                who += QStringLiteral(" <span class=\"muted small\">%1</span>")
                           .arg(esc(c.t(QT_TRANSLATE_NOOP("Console", "(head office)"))));
            b += QStringLiteral("<tr data-event=\"%1\">").arg(esc(r.eventId)) + td(when, esc(c.time(r.at)))
                + td(event, QStringLiteral("<code>%1</code>").arg(esc(r.type))) + td(by, who)
                + td(received, esc(c.time(r.receivedAt)))
                + td(rules,
                    r.ruleCode.isEmpty()
                        ? esc(c.t(QT_TRANSLATE_NOOP("Console", "Accepted")))
                        : QStringLiteral("<span class=\"tag warn\">%1 (%2)</span>")
                              .arg(esc(c.t(QT_TRANSLATE_NOOP("Console", "Refused by the rules"))), esc(r.ruleCode)))
                + QStringLiteral("</tr>\n");
        }
        b += TableEnd;
    }
    b += QStringLiteral("</section>\n");
    return layout(c, title, b, ContractsPath);
}

// ---- part 2: alerts

namespace {

QString minuteOfDay(qint64 m)
{
    return QStringLiteral("%1:%2").arg(m / 60, 2, 10, QLatin1Char('0')).arg(m % 60, 2, 10, QLatin1Char('0'));
}

QString alertKindLabel(const PageContext &c, AlertKind k)
{
    switch (k) {
    case AlertKind::VisitOutsideHours:
        return c.t(QT_TRANSLATE_NOOP("Console", "Visit outside the allowed hours"));
    case AlertKind::VisitOverLength:
        return c.t(QT_TRANSLATE_NOOP("Console", "Visit over the maximum length"));
    case AlertKind::VisitUnannounced:
        return c.t(QT_TRANSLATE_NOOP("Console", "Visit without a proper appointment"));
    case AlertKind::ScreeningRetried:
        return c.t(QT_TRANSLATE_NOOP("Console", "Screening retried after a refusal"));
    case AlertKind::LectureNearMinimum:
        return c.t(QT_TRANSLATE_NOOP("Console", "Lecture close to the minimum"));
    case AlertKind::CoolingOffCancellation:
        return c.t(QT_TRANSLATE_NOOP("Console", "Cancelled in the cooling-off period"));
    case AlertKind::UseLapsed:
        return c.t(QT_TRANSLATE_NOOP("Console", "Use has lapsed"));
    case AlertKind::DisputeOverdue:
        return c.t(QT_TRANSLATE_NOOP("Console", "Dispute open past its period"));
    case AlertKind::RuleRefused:
        return c.t(QT_TRANSLATE_NOOP("Console", "Event refused by the rules"));
    case AlertKind::ClockSkew:
        return c.t(QT_TRANSLATE_NOOP("Console", "Device clock off"));
    }
    return QString();
}

QString alertDetail(const PageContext &c, const Alert &a)
{
    auto f = [&](const char *key) { return a.facts.value(QLatin1String(key)); };
    switch (a.kind) {
    case AlertKind::VisitOutsideHours: {
        QString reason;
        if (a.code == QLatin1String("customer_requested_time"))
            reason = c.t(QT_TRANSLATE_NOOP("Console", "reason: the customer asked for this time"));
        else if (a.code == QLatin1String("customer_business_hours"))
            reason = c.t(QT_TRANSLATE_NOOP("Console", "reason: the customer's business hours"));
        else if (a.code == QLatin1String("past_allowed_hours"))
            reason = c.t(QT_TRANSLATE_NOOP("Console", "the visit ran past the allowed hours"));
        else
            reason = c.t(QT_TRANSLATE_NOOP("Console", "no reason recorded"));
        return c.t(QT_TRANSLATE_NOOP("Console", "Visit %1–%2, allowed %3–%4 (%5)."))
            .arg(minuteOfDay(f("startMinuteOfDay")), minuteOfDay(f("endMinuteOfDay")),
                minuteOfDay(f("allowedStartMinute")), minuteOfDay(f("allowedEndMinute")), reason);
    }
    case AlertKind::VisitOverLength:
        return c.t(QT_TRANSLATE_NOOP("Console", "%1 min; the maximum is %2 min."))
            .arg(f("elapsedMinutes") > 0 ? f("elapsedMinutes") : f("reportedMinutes"))
            .arg(f("maxVisitMinutes"));
    case AlertKind::VisitUnannounced:
        if (a.code == QLatin1String("appointment_for_another_day"))
            return c.t(QT_TRANSLATE_NOOP("Console", "The appointment was for another day."));
        if (a.code == QLatin1String("cool_down_active"))
            return c.t(QT_TRANSLATE_NOOP("Console", "The customer had declined; the cool-down period was running."));
        return c.t(QT_TRANSLATE_NOOP("Console", "No appointment was recorded before the visit."));
    case AlertKind::ScreeningRetried:
        return c.t(QT_TRANSLATE_NOOP("Console", "%1 screenings, %2 refused; the first refusal on %3."))
            .arg(f("screenings"))
            .arg(f("refusals"))
            .arg(c.time(f("firstRefusedAt")));
    case AlertKind::LectureNearMinimum:
        return c.t(QT_TRANSLATE_NOOP("Console", "Lecture %1 min; the minimum is %2 min."))
            .arg(f("runningMinutes"))
            .arg(f("minimumMinutes"));
    case AlertKind::CoolingOffCancellation:
        return c.t(QT_TRANSLATE_NOOP("Console", "Cancelled on day %1 of %2 (contracted %3)."))
            .arg(f("dayOfPeriod"))
            .arg(f("coolingOffDays"))
            .arg(c.time(f("contractedAt")));
    case AlertKind::UseLapsed:
        return c.t(QT_TRANSLATE_NOOP("Console", "%1 days without use; follow up after %2 days."))
            .arg(f("daysWithoutUse"))
            .arg(f("lapsedUseDays"));
    case AlertKind::DisputeOverdue:
        return c.t(QT_TRANSLATE_NOOP("Console", "Dispute open for %1 days; the period is %2 days."))
            .arg(f("daysOpen"))
            .arg(f("disputeDays"));
    case AlertKind::RuleRefused:
        return c.t(QT_TRANSLATE_NOOP("Console", "%1 was refused (%2).")).arg(a.detail, a.code);
    case AlertKind::ClockSkew:
        return c.t(QT_TRANSLATE_NOOP("Console", "Off by %1 min; %2 min are allowed."))
            .arg(f("skewMs") / 60'000)
            .arg(f("maxClockSkewMinutes"));
    }
    return QString();
}

} // namespace

QString alerts(const PageContext &c, const AlertsView &v)
{
    const QString path = QStringLiteral("/console/alerts");
    QString b;
    b += QStringLiteral("<h1>%1</h1>\n").arg(esc(c.t(QT_TRANSLATE_NOOP("Console", "Alerts"))));
    b += QStringLiteral("<p class=\"lead\">%1</p>\n")
             .arg(esc(c.t(QT_TRANSLATE_NOOP("Console",
                 "What the rules found worth a look, newest first: visits (S2), retried screenings (P2), lectures "
                 "near the minimum (D1), cooling-off cancellations (P3), lapsed use (P5) and disputes past their "
                 "period (P6)."))));
    if (!v.notice.isEmpty())
        b += noticeBox(v.notice);
    if (!v.error.isEmpty())
        b += alertBox(QStringLiteral("error"), v.error);
    const QString when = c.t(QT_TRANSLATE_NOOP("Console", "When"));
    const QString rule = c.t(QT_TRANSLATE_NOOP("Console", "Rule"));
    const QString what = c.t(QT_TRANSLATE_NOOP("Console", "Alert"));
    const QString detail = c.t(QT_TRANSLATE_NOOP("Console", "Details"));
    const QString about = c.t(QT_TRANSLATE_NOOP("Console", "Customer or contract"));
    const QString rep = c.t(QT_TRANSLATE_NOOP("Console", "Sales rep"));
    const QString action = c.t(QT_TRANSLATE_NOOP("Console", "Action"));
    b += QStringLiteral("<p class=\"count-line\" id=\"alerts-count\">%1</p>\n")
             .arg(esc(c.t(QT_TRANSLATE_NOOP("Console", "%1 alerts")).arg(v.alerts.size())));
    if (v.alerts.isEmpty()) {
        b += QStringLiteral("<p class=\"empty\">%1</p>\n")
                 .arg(esc(c.t(QT_TRANSLATE_NOOP("Console", "Nothing to look at."))));
        return layout(c, c.t(QT_TRANSLATE_NOOP("Console", "Alerts")), b, path);
    }
    b += tableStart(QStringLiteral("alerts-table"), {when, rule, what, detail, about, rep, action});
    for (const Alert &a : v.alerts) {
        QString target;
        if (!a.contractId.isEmpty())
            target = QStringLiteral("<a href=\"%1\">%2</a>").arg(esc(contractHref(a.contractId)), idCode(a.contractId));
        else
            target = idCode(a.customerId);
        QString act = QStringLiteral("—");
        if (a.action == EventType::CreditCancelled && !a.contractId.isEmpty()) {
            if (v.mayAct)
                act = QStringLiteral("<form method=\"post\" action=\"/console/alerts/credit-cancel\" "
                                     "id=\"credit-cancel-form-%1\">%2<input type=\"hidden\" name=\"contract\" "
                                     "value=\"%1\"><button type=\"submit\" class=\"primary\" id=\"credit-cancel-%1\">%3"
                                     "</button></form>")
                          .arg(esc(a.contractId), csrfField(c),
                              esc(c.t(QT_TRANSLATE_NOOP("Console", "Cancel the credit contract (P6)"))));
            else
                act = esc(c.t(QT_TRANSLATE_NOOP("Console", "A compliance admin may cancel the credit contract.")));
        }
        b += QStringLiteral("<tr data-kind=\"%1\" data-contract=\"%2\">")
                 .arg(esc(alertKindName(a.kind)), esc(a.contractId))
            + td(when, esc(c.time(a.at))) + td(rule, esc(a.rule.isEmpty() ? QStringLiteral("—") : a.rule))
            + td(what, esc(alertKindLabel(c, a.kind))) + td(detail, esc(alertDetail(c, a))) + td(about, target)
            + td(rep, esc(a.rep.isEmpty() ? QStringLiteral("—") : v.userNames.value(a.rep, a.rep)))
            + td(action, act, QStringLiteral("act")) + QStringLiteral("</tr>\n");
    }
    b += TableEnd;
    return layout(c, c.t(QT_TRANSLATE_NOOP("Console", "Alerts")), b, path);
}

// ---- part 2: devices and users

QString userRoleLabel(const PageContext &c, const QString &role)
{
    const std::pair<const char *, const char *> labels[] = {
        {"sales_rep", QT_TRANSLATE_NOOP("Console", "Sales rep")},
        {"installer", QT_TRANSLATE_NOOP("Console", "Installer")},
        {"head_office", QT_TRANSLATE_NOOP("Console", "Head office (command line)")},
        {"confirmation_staff", QT_TRANSLATE_NOOP("Console", "Confirmation staff")},
        {"compliance_admin", QT_TRANSLATE_NOOP("Console", "Compliance admin")},
        {"auditor", QT_TRANSLATE_NOOP("Console", "Auditor")},
    };
    for (const auto &[name, label] : labels)
        if (role == QLatin1String(name))
            return c.t(label);
    return role;
}

namespace {

QString deviceStatusLabel(const PageContext &c, const QString &status)
{
    const std::pair<const char *, const char *> labels[] = {
        {"active", QT_TRANSLATE_NOOP("Console", "Active")},
        {"revoked", QT_TRANSLATE_NOOP("Console", "Revoked")},
        {"wipe_ordered", QT_TRANSLATE_NOOP("Console", "Wipe ordered")},
        {"wiped", QT_TRANSLATE_NOOP("Console", "Wiped")},
    };
    for (const auto &[name, label] : labels)
        if (status == QLatin1String(name))
            return c.t(label);
    return status;
}

QString smallPost(const PageContext &c, const QString &action, const QString &field, const QString &value,
    const QString &id, const QString &label, bool danger)
{
    return QStringLiteral("<form method=\"post\" action=\"%1\" id=\"%2-form\" class=\"inline\">%3"
                          "<input type=\"hidden\" name=\"%4\" value=\"%5\">"
                          "<button type=\"submit\" id=\"%2\"%6>%7</button></form>")
        .arg(action, esc(id), csrfField(c), field, esc(value), danger ? QStringLiteral(" class=\"danger\"") : QString(),
            esc(label));
}

} // namespace

QString devices(const PageContext &c, const DevicesView &v)
{
    const QString path = QStringLiteral("/console/devices");
    QString b;
    b += QStringLiteral("<h1>%1</h1>\n").arg(esc(c.t(QT_TRANSLATE_NOOP("Console", "Devices and users"))));
    if (!v.notice.isEmpty())
        b += noticeBox(v.notice);
    if (!v.error.isEmpty())
        b += alertBox(QStringLiteral("error"), v.error);

    QHash<QString, QString> names;
    for (const UserInfo &u : v.users)
        names.insert(u.id, u.name);
    // Tablets.
    b += sectionStart(QStringLiteral("devices"), c.t(QT_TRANSLATE_NOOP("Console", "Tablets")));
    b += QStringLiteral("<p class=\"hint\">%1</p>\n")
             .arg(esc(c.t(QT_TRANSLATE_NOOP("Console",
                 "Revoking a tablet stops its sync at once. Ordering a wipe makes the tablet erase its data at its "
                 "next contact with head office; what it recorded stays here as evidence."))));
    const QString device = c.t(QT_TRANSLATE_NOOP("Console", "Tablet"));
    const QString user = c.t(QT_TRANSLATE_NOOP("Console", "User"));
    const QString status = c.t(QT_TRANSLATE_NOOP("Console", "State"));
    const QString enrolled = c.t(QT_TRANSLATE_NOOP("Console", "Enrolled"));
    const QString lastSync = c.t(QT_TRANSLATE_NOOP("Console", "Last sync"));
    const QString events = c.t(QT_TRANSLATE_NOOP("Console", "Events"));
    const QString action = c.t(QT_TRANSLATE_NOOP("Console", "Action"));
    QList<DeviceInfo> tablets;
    for (const DeviceInfo &d : v.devices)
        if (d.status != QLatin1String("server"))
            tablets.append(d);
    if (tablets.isEmpty()) {
        b += QStringLiteral("<p class=\"empty\">%1</p>\n")
                 .arg(esc(c.t(QT_TRANSLATE_NOOP("Console", "No tablet is enrolled yet."))));
    } else {
        b += tableStart(QStringLiteral("devices-table"), {device, user, status, enrolled, lastSync, events, action});
        for (const DeviceInfo &d : tablets) {
            QString act;
            if (v.mayAdmin) {
                if (d.status == QLatin1String("active"))
                    act += smallPost(c, QStringLiteral("/console/devices/revoke"), QStringLiteral("device"), d.id,
                        QStringLiteral("revoke-") + d.id, c.t(QT_TRANSLATE_NOOP("Console", "Revoke")), false);
                if (d.status == QLatin1String("active") || d.status == QLatin1String("revoked"))
                    act += smallPost(c, QStringLiteral("/console/devices/wipe"), QStringLiteral("device"), d.id,
                        QStringLiteral("wipe-") + d.id, c.t(QT_TRANSLATE_NOOP("Console", "Order a wipe")), true);
            }
            if (act.isEmpty())
                act = QStringLiteral("—");
            QString label = idCode(d.id);
            if (!d.name.isEmpty())
                label = esc(d.name) + QStringLiteral("<br>") + label;
            b += QStringLiteral("<tr data-device=\"%1\" data-status=\"%2\">").arg(esc(d.id), esc(d.status))
                + td(device, label)
                + td(user, esc(names.value(d.userId, d.userId)) + QStringLiteral(" ") + idCode(d.userId))
                + td(status, esc(deviceStatusLabel(c, d.status))) + td(enrolled, esc(c.time(d.enrolledAt)))
                + td(lastSync, esc(c.time(d.lastPushAt))) + td(events, QString::number(d.headSeq))
                + td(action, act, QStringLiteral("act")) + QStringLiteral("</tr>\n");
        }
        b += TableEnd;
    }
    b += QStringLiteral("</section>\n");

    // Users.
    b += sectionStart(QStringLiteral("users"), c.t(QT_TRANSLATE_NOOP("Console", "Users")));
    const QString id = c.t(QT_TRANSLATE_NOOP("Console", "User ID"));
    const QString name = c.t(QT_TRANSLATE_NOOP("Console", "Name"));
    const QString role = c.t(QT_TRANSLATE_NOOP("Console", "Role"));
    const QString created = c.t(QT_TRANSLATE_NOOP("Console", "Created"));
    b += tableStart(QStringLiteral("users-table"), {id, name, role, created, action});
    for (const UserInfo &u : v.users) {
        QString act = QStringLiteral("—");
        const bool tabletUser = u.role == QLatin1String("sales_rep") || u.role == QLatin1String("installer");
        if (u.disabled)
            act = esc(c.t(QT_TRANSLATE_NOOP("Console", "Disabled")));
        else if (v.mayAdmin && tabletUser)
            act = smallPost(c, QStringLiteral("/console/enrollment"), QStringLiteral("user"), u.id,
                QStringLiteral("issue-code-") + u.id, c.t(QT_TRANSLATE_NOOP("Console", "Issue an enrollment code")),
                false);
        b += QStringLiteral("<tr data-user=\"%1\">").arg(esc(u.id)) + td(id, idCode(u.id)) + td(name, esc(u.name))
            + td(role, esc(userRoleLabel(c, u.role))) + td(created, esc(c.time(u.createdAt)))
            + td(action, act, QStringLiteral("act")) + QStringLiteral("</tr>\n");
    }
    b += TableEnd;
    if (v.mayAdmin) {
        b += QStringLiteral("<form method=\"post\" action=\"/console/users\" id=\"user-form\" class=\"stack narrow\" "
                            "aria-labelledby=\"user-form-h\">\n<h3 id=\"user-form-h\">%1</h3>\n%2")
                 .arg(esc(c.t(QT_TRANSLATE_NOOP("Console", "Add a user"))), csrfField(c));
        b += QStringLiteral("<label for=\"new-user-id\">%1</label>\n<input id=\"new-user-id\" name=\"id\" required "
                            "maxlength=\"64\" pattern=\"[A-Za-z0-9][A-Za-z0-9._\\-]*\" autocapitalize=\"none\" "
                            "spellcheck=\"false\" aria-describedby=\"new-user-id-hint\" value=\"%2\">\n"
                            "<p class=\"hint\" id=\"new-user-id-hint\">%3</p>\n")
                 .arg(esc(id), esc(v.newId),
                     esc(c.t(QT_TRANSLATE_NOOP("Console", "1 to 64 letters, digits, dots, hyphens or underscores."))));
        b += QStringLiteral("<label for=\"new-user-name\">%1</label>\n<input id=\"new-user-name\" name=\"name\" "
                            "required maxlength=\"100\" value=\"%2\">\n")
                 .arg(esc(name), esc(v.newName));
        b += QStringLiteral(
            "<label for=\"new-user-role\">%1</label>\n<select id=\"new-user-role\" name=\"role\" required>\n")
                 .arg(esc(role));
        for (const QString &r : ConsoleService::creatableRoles())
            b += QStringLiteral("<option value=\"%1\"%2>%3</option>\n")
                     .arg(r, v.newRole == r ? QStringLiteral(" selected") : QString(), esc(userRoleLabel(c, r)));
        b += QStringLiteral("</select>\n<p class=\"hint\">%1</p>\n")
                 .arg(esc(c.t(QT_TRANSLATE_NOOP("Console",
                     "Sales reps and installers then get an enrollment code for their tablet. Console users get "
                     "their password from the command line: kakunin-hq admin set-password."))));
        b += QStringLiteral("<button type=\"submit\" class=\"primary\" id=\"create-user\">%1</button>\n</form>\n")
                 .arg(esc(c.t(QT_TRANSLATE_NOOP("Console", "Add the user"))));
    }
    b += QStringLiteral("</section>\n");
    return layout(c, c.t(QT_TRANSLATE_NOOP("Console", "Devices and users")), b, path);
}

QString enrollment(const PageContext &c, const EnrollmentView &v)
{
    const QString path = QStringLiteral("/console/devices");
    const QString title = c.t(QT_TRANSLATE_NOOP("Console", "Enrollment code"));
    QString b;
    b += QStringLiteral("<p class=\"crumbs\"><a href=\"%1\">%2</a></p>\n")
             .arg(path, esc(c.t(QT_TRANSLATE_NOOP("Console", "Back to devices and users"))));
    b += QStringLiteral("<h1>%1</h1>\n").arg(esc(title));
    b += QStringLiteral("<section class=\"card enrollment\" id=\"enrollment\">\n");
    b += QStringLiteral("<p class=\"lead\">%1</p>\n")
             .arg(esc(c.t(QT_TRANSLATE_NOOP("Console", "For %1 (%2, %3). Valid once, until %4.")))
                      .arg(esc(v.user.name), esc(v.user.id), esc(userRoleLabel(c, v.user.role)),
                          esc(c.time(v.expiresAt))));
    b += QStringLiteral("<p class=\"code\" id=\"enrollment-code\">%1</p>\n").arg(esc(v.code));
    b += QStringLiteral("<div id=\"enrollment-qr\">%1</div>\n").arg(v.qrSvg);
    b += QStringLiteral("<p class=\"hint\">%1</p>\n")
             .arg(esc(c.t(QT_TRANSLATE_NOOP("Console",
                 "On the tablet, scan the QR code or type the code under Settings, Sync. The code is shown only "
                 "now: head office keeps only its hash. Issue a new one if it is lost."))));
    b += QStringLiteral("</section>\n");
    return layout(c, title, b, path);
}

// ---- part 2: policies and content

namespace {

const char *policyFieldLabel(const QString &field)
{
    const std::pair<const char *, const char *> labels[] = {
        {"visitHoursStart", QT_TRANSLATE_NOOP("Console", "Visits allowed from (S2)")},
        {"visitHoursEnd", QT_TRANSLATE_NOOP("Console", "Visits allowed until (S2)")},
        {"maxVisitMinutes", QT_TRANSLATE_NOOP("Console", "Maximum visit length, minutes (S2)")},
        {"visitWarnPercent", QT_TRANSLATE_NOOP("Console", "Warn the rep at this share of the maximum, % (S2)")},
        {"declinedCooldownDays", QT_TRANSLATE_NOOP("Console", "No visit after a refusal for, days (S2)")},
        {"elderlyAge", QT_TRANSLATE_NOOP("Console", "Elderly customer from age (P2)")},
        {"productDefaults.lectureMinimumMinutes", QT_TRANSLATE_NOOP("Console", "Minimum lecture, minutes (D1)")},
        {"productDefaults.trialDays", QT_TRANSLATE_NOOP("Console", "Trial period, days (D3)")},
        {"coolingOffDays", QT_TRANSLATE_NOOP("Console", "Cooling-off period, days (P3)")},
        {"lapsedUseDays", QT_TRANSLATE_NOOP("Console", "Use lapsed after, days (P5)")},
        {"disputeDays", QT_TRANSLATE_NOOP("Console", "Dispute period, days (P6)")},
        {"maxClockSkewMinutes", QT_TRANSLATE_NOOP("Console", "Tablet clock may be off by, minutes")},
        {"autoLockMinutes", QT_TRANSLATE_NOOP("Console", "Tablet locks after, minutes idle")},
        {"timeZone", QT_TRANSLATE_NOOP("Console", "Company time zone")},
    };
    for (const auto &[name, label] : labels)
        if (field == QLatin1String(name))
            return label;
    return nullptr;
}

QString policyErrorText(const PageContext &c, PolicyError e)
{
    switch (e) {
    case PolicyError::WrongType:
        return c.t(QT_TRANSLATE_NOOP("Console", "Enter a whole number."));
    case PolicyError::OutOfRange:
        return c.t(QT_TRANSLATE_NOOP("Console", "This number is outside the allowed range."));
    case PolicyError::BadTimeOfDay:
        return c.t(QT_TRANSLATE_NOOP("Console", "Enter a time as HH:MM."));
    case PolicyError::EmptyVisitHours:
        return c.t(QT_TRANSLATE_NOOP("Console", "The visit hours must end after they start."));
    case PolicyError::UnknownTimeZone:
        return c.t(QT_TRANSLATE_NOOP("Console", "Unknown time zone: use an IANA id such as Asia/Tokyo."));
    default:
        return c.t(QT_TRANSLATE_NOOP("Console", "This value is not accepted (%1)."))
            .arg(QLatin1String(policyErrorName(e)));
    }
}

} // namespace

QString contentErrorText(const PageContext &c, const ContentPackError &e)
{
    QString what;
    switch (e.code) {
    case ContentPackErrorCode::NotJson:
        what = c.t(QT_TRANSLATE_NOOP("Console", "This is not one JSON object."));
        break;
    case ContentPackErrorCode::TooLarge:
        what = c.t(QT_TRANSLATE_NOOP("Console", "The pack is too large."));
        break;
    case ContentPackErrorCode::MissingField:
        what = c.t(QT_TRANSLATE_NOOP("Console", "A required field is missing."));
        break;
    case ContentPackErrorCode::UnknownField:
        what = c.t(QT_TRANSLATE_NOOP("Console", "A field the format does not know."));
        break;
    case ContentPackErrorCode::WrongType:
        what = c.t(QT_TRANSLATE_NOOP("Console", "A field has the wrong type."));
        break;
    case ContentPackErrorCode::MissingTranslation:
        what = c.t(QT_TRANSLATE_NOOP("Console", "A text lacks its Japanese or English version."));
        break;
    case ContentPackErrorCode::MissingMandatoryItem:
        what = c.t(QT_TRANSLATE_NOOP("Console",
            "A mandatory important matter is missing: no guarantee (S1) or the antisocial declaration (P2)."));
        break;
    default:
        what = c.t(QT_TRANSLATE_NOOP("Console", "The pack is not valid."));
        break;
    }
    QString where;
    if (!e.field.isEmpty())
        where += QStringLiteral(" ") + c.t(QT_TRANSLATE_NOOP("Console", "Field: %1.")).arg(e.field);
    if (!e.itemId.isEmpty())
        where += QStringLiteral(" ") + c.t(QT_TRANSLATE_NOOP("Console", "Item: %1.")).arg(e.itemId);
    if (!e.value.isEmpty())
        where += QStringLiteral(" ") + c.t(QT_TRANSLATE_NOOP("Console", "Value: %1.")).arg(e.value.left(200));
    return what + where + QStringLiteral(" (") + QLatin1String(contentPackErrorName(e.code)) + QStringLiteral(") ")
        + c.t(QT_TRANSLATE_NOOP("Console", "Nothing was published."));
}

QString policies(const PageContext &c, const PoliciesView &v)
{
    const QString path = QStringLiteral("/console/policies");
    const QString title = c.t(QT_TRANSLATE_NOOP("Console", "Policies and content"));
    QString b;
    b += QStringLiteral("<h1>%1</h1>\n").arg(esc(title));
    if (!v.notice.isEmpty())
        b += noticeBox(v.notice);
    if (!v.policyError.isEmpty())
        b += alertBox(QStringLiteral("error"), v.policyError);
    if (!v.contentError.isEmpty())
        b += alertBox(QStringLiteral("error"), v.contentError);

    // Policy.
    b += sectionStart(
        QStringLiteral("policy"), c.t(QT_TRANSLATE_NOOP("Console", "Policy, version %1")).arg(v.current.version));
    b += QStringLiteral("<p class=\"hint\">%1</p>\n")
             .arg(esc(c.t(QT_TRANSLATE_NOOP("Console",
                 "Publishing makes the next version: tablets receive it at their next sync. Contracts keep the terms "
                 "they were concluded under."))));
    const bool edit = v.mayAdmin;
    if (edit)
        b += QStringLiteral(
            "<form method=\"post\" action=\"/console/policies\" id=\"policy-form\" class=\"policy\">\n%1")
                 .arg(csrfField(c));
    b += QStringLiteral("<div class=\"fields\">\n");
    for (const QString &field : ConsoleService::policyFields()) {
        const QString id = QStringLiteral("policy-") + QString(field).replace(QLatin1Char('.'), QLatin1Char('-'));
        const bool text = field == QLatin1String("timeZone");
        const bool time = field.startsWith(QLatin1String("visitHours"));
        const bool bad = field == v.errorField;
        const QString value = v.values.value(field);
        b += QStringLiteral("<div class=\"field%1\"><label for=\"%2\">%3</label>\n")
                 .arg(bad ? QStringLiteral(" invalid") : QString(), id, esc(c.t(policyFieldLabel(field))));
        b += QStringLiteral("<input id=\"%1\" name=\"%2\" type=\"%3\" value=\"%4\"%5%6%7>\n")
                 .arg(id, field,
                     text       ? QStringLiteral("text")
                         : time ? QStringLiteral("time")
                                : QStringLiteral("number"),
                     esc(value), edit ? QStringLiteral(" required") : QStringLiteral(" readonly"),
                     text || time ? QString() : QStringLiteral(" inputmode=\"numeric\" step=\"1\""),
                     bad ? QStringLiteral(" aria-invalid=\"true\" aria-describedby=\"%1-error\" autofocus").arg(id)
                         : QString());
        if (bad)
            b += QStringLiteral("<p class=\"field-error\" id=\"%1-error\">%2</p>\n")
                     .arg(id, esc(policyErrorText(c, v.error)));
        b += QStringLiteral("</div>\n");
    }
    b += QStringLiteral("</div>\n");
    if (edit)
        b += QStringLiteral("<button type=\"submit\" class=\"primary\" id=\"publish-policy\">%1</button>\n</form>\n")
                 .arg(esc(c.t(QT_TRANSLATE_NOOP("Console", "Publish the policy"))));
    b += QStringLiteral("</section>\n");

    // Content packs.
    b += sectionStart(QStringLiteral("content"), c.t(QT_TRANSLATE_NOOP("Console", "Content packs")));
    const QString pack = c.t(QT_TRANSLATE_NOOP("Console", "Content pack"));
    const QString version = c.t(QT_TRANSLATE_NOOP("Console", "Version"));
    const QString when = c.t(QT_TRANSLATE_NOOP("Console", "Published"));
    const QString by = c.t(QT_TRANSLATE_NOOP("Console", "By"));
    if (v.published.isEmpty()) {
        b += QStringLiteral("<p class=\"empty\">%1</p>\n")
                 .arg(esc(c.t(QT_TRANSLATE_NOOP("Console",
                     "No pack has been published from head office yet: tablets use the packs they were shipped "
                     "with."))));
    } else {
        b += tableStart(QStringLiteral("content-table"), {pack, version, when, by});
        for (const PublishedPack &p : v.published)
            b += QStringLiteral("<tr data-pack=\"%1\">").arg(esc(p.id)) + td(pack, idCode(p.id))
                + td(version, esc(p.version)) + td(when, esc(c.time(p.at))) + td(by, esc(p.by))
                + QStringLiteral("</tr>\n");
        b += TableEnd;
    }
    if (edit) {
        b += QStringLiteral(
            "<form method=\"post\" action=\"/console/content\" id=\"content-form\" class=\"stack\">\n%1")
                 .arg(csrfField(c));
        b += QStringLiteral(
            "<label for=\"content-json\">%1</label>\n<textarea id=\"content-json\" name=\"pack\" rows=\"12\" "
            "required spellcheck=\"false\" aria-describedby=\"content-hint\"%2>%3</textarea>\n"
            "<p class=\"hint\" id=\"content-hint\">%4</p>\n")
                 .arg(esc(c.t(QT_TRANSLATE_NOOP("Console", "New pack version (JSON)"))),
                     v.contentError.isEmpty() ? QString() : QStringLiteral(" aria-invalid=\"true\""),
                     esc(v.contentText),
                     esc(c.t(QT_TRANSLATE_NOOP("Console",
                         "Paste the whole pack file (docs/content-packs.md). Head office checks it with the same "
                         "loader "
                         "as the tablets; a pack with any error is not published."))));
        b += QStringLiteral("<button type=\"submit\" class=\"primary\" id=\"publish-content\">%1</button>\n</form>\n")
                 .arg(esc(c.t(QT_TRANSLATE_NOOP("Console", "Publish the pack"))));
    }
    b += QStringLiteral("</section>\n");
    return layout(c, title, b, path);
}

QString policyFormErrorText(const PageContext &c, const QString &field, PolicyError e)
{
    const char *label = policyFieldLabel(field);
    return c.t(QT_TRANSLATE_NOOP("Console", "%1: %2 Nothing was published."))
        .arg(label ? c.t(label) : field, policyErrorText(c, e));
}

// ---- part 2: export

QString exportPage(const PageContext &c, const ExportView &v)
{
    const QString path = QStringLiteral("/console/export");
    const QString title = c.t(QT_TRANSLATE_NOOP("Console", "Export"));
    QString b;
    b += QStringLiteral("<h1>%1</h1>\n").arg(esc(title));
    b += QStringLiteral("<p class=\"lead\">%1</p>\n")
             .arg(esc(c.t(QT_TRANSLATE_NOOP("Console",
                              "Contracts concluded and calls recorded in a date range, as CSV files (UTF-8 with BOM, "
                              "so Excel "
                              "opens them directly). Days are counted in the console's time zone (%1)."))
                          .arg(c.timeZone)));
    if (!v.error.isEmpty())
        b += alertBox(QStringLiteral("error"), v.error);
    b += QStringLiteral(
        "<form method=\"get\" action=\"/console/export.csv\" id=\"export-form\" class=\"card filter\">\n");
    b += QStringLiteral(
        "<div class=\"field\"><label for=\"export-from\">%1</label>\n<input id=\"export-from\" name=\"from\" "
        "type=\"date\" required value=\"%2\"></div>\n")
             .arg(esc(c.t(QT_TRANSLATE_NOOP("Console", "From"))), esc(v.from));
    b += QStringLiteral("<div class=\"field\"><label for=\"export-to\">%1</label>\n<input id=\"export-to\" name=\"to\" "
                        "type=\"date\" required value=\"%2\"></div>\n")
             .arg(esc(c.t(QT_TRANSLATE_NOOP("Console", "To (inclusive)"))), esc(v.to));
    b += QStringLiteral("<button type=\"submit\" name=\"kind\" value=\"contracts\" class=\"primary\" "
                        "id=\"export-contracts\">%1</button>\n")
             .arg(esc(c.t(QT_TRANSLATE_NOOP("Console", "Download contracts (CSV)"))));
    b += QStringLiteral("<button type=\"submit\" name=\"kind\" value=\"calls\" class=\"primary\" id=\"export-calls\">%1"
                        "</button>\n</form>\n")
             .arg(esc(c.t(QT_TRANSLATE_NOOP("Console", "Download call results (CSV)"))));
    return layout(c, title, b, path);
}

} // namespace pages
} // namespace kakunin::hq::console
