#include "pages.h"

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
        // Only the pages that exist are linked; contracts, alerts, devices and users, policies and content and
        // the export arrive with the second part of the console.
        const std::pair<QString, const char *> items[] = {
            {QueuePath, QT_TRANSLATE_NOOP("Console", "Call queue")},
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
        h += QStringLiteral("<form class=\"signout\" method=\"post\" action=\"/console/sign-out\">%1"
                            "<button type=\"submit\">%2</button></form>\n")
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
    b += QStringLiteral("<form method=\"post\" action=\"/console/sign-in\" class=\"stack\">\n");
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
    b += QStringLiteral("<button type=\"submit\" class=\"primary\">%1</button>\n</form>\n</section>\n</div>\n")
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
        b += QStringLiteral("<form class=\"card answers\" method=\"post\" action=\"/console/call\" "
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
        b += QStringLiteral("<button type=\"submit\" class=\"primary\">%1</button>\n</form>\n")
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
        b += QStringLiteral(
            "<form class=\"card\" method=\"post\" action=\"/console/hold\" aria-labelledby=\"resolve-h\">\n"
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
        b += QStringLiteral("<button type=\"submit\" class=\"primary\">%1</button>\n</form>\n")
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

} // namespace pages
} // namespace kakunin::hq::console
