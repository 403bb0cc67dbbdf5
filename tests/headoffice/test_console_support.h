#pragma once
// Console tests (issue 7): a browser-like client over loopback TLS (cookies, forms, Origin) against the real
// kakunin-hq HttpServer of hqtestsupport's Harness, and contracts set up by real tablets pushing signed events.

#include "hqtestsupport.h"

#include <core/content/contentpack.h>

#include <QHash>
#include <QList>
#include <QString>

#include <catch2/catch.hpp>

#include <map>
#include <string>
#include <utility>

// Failed checks show QStrings as text.
namespace Catch {
template <> struct StringMaker<QString> {
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch

namespace kakunin::hqtest {

// Users of every console test.
namespace users {
inline const QString Rep = QStringLiteral("rep-001");
inline const QString Rep2 = QStringLiteral("rep-002");
inline const QString Installer = QStringLiteral("inst-001");
inline const QString Staff = QStringLiteral("staff-001"); // confirmation_staff
inline const QString Staff2 = QStringLiteral("staff-002");
inline const QString Admin = QStringLiteral("admin-001"); // compliance_admin
inline const QString Auditor = QStringLiteral("audit-001"); // auditor
inline const QString Legacy = QStringLiteral("hq-call-001"); // head_office (command line)
inline const QString Password = QStringLiteral("correct horse battery staple");
} // namespace users

struct WebResponse {
    int status = 0;
    QByteArray body;
    std::multimap<std::string, std::string> headers;
    QString header(const char *name) const;
    QStringList setCookies() const;
    QString location() const;
    QString text() const { return QString::fromUtf8(body); }
    bool contains(const QString &s) const { return text().contains(s); }
};

using Fields = QList<std::pair<QString, QString>>;

// A browser: keeps cookies, sends forms with the Origin header a browser sends, never follows redirects.
class Browser {
public:
    explicit Browser(Harness &h);
    WebResponse get(const QString &path);
    // A form POST; `origin` empty sends no Origin header.
    WebResponse post(const QString &path, const Fields &fields, const QString &origin = QStringLiteral("self"));
    // Signs in through the sign-in page; REQUIREs success.
    void signIn(const QString &user, const QString &password = users::Password);
    WebResponse trySignIn(const QString &user, const QString &password);
    QString csrf(); // the CSRF token of the session (read from the queue page's forms)
    QString origin() const;
    QHash<QString, QString> cookies;
    Harness &h;

private:
    WebResponse send(const std::string &method, const QString &path, const QByteArray &body,
        const std::multimap<std::string, std::string> &headers);
};

// The hidden form field's value in a page, or "".
QString formValue(const QString &html, const QString &name);

// The console office: fast password hashing, the users above, and their passwords.
struct ConsoleOffice : Harness {
    ConsoleOffice();
    static hq::HqOptions fastOptions();
    qint64 events() { return service->eventCount(); }
    // A user's role changed in the database (a sales rep who moved to the confirmation team keeps their id).
    void changeRole(const QString &user, const QString &role);
};

// The crm-standard pack shipped in assets/content.
const ContentPack &crmPack();

// Contracts from real tablets: the rep registers the customer (with a phone) and concludes the walkthrough.
void registerCustomer(Tablet &rep, const QString &customer, const QString &name, const QString &phone);
void conclude(Tablet &rep, const QString &customer, const QString &contract);
// C1 clean (by `caller`), assignment, lecture of the minimum and delivery sign-off by the installer's tablet.
void deliver(ConsoleOffice &o, Tablet &inst, const QString &contract);
// Trial and usage confirmation by head office: the contract becomes due for C3.
void confirmUsage(ConsoleOffice &o, const QString &contract);
QJsonObject cleanCall(const char *stage);
QString stageOf(Harness &h, const QString &contract);
bool onHold(Harness &h, const QString &contract);

} // namespace kakunin::hqtest
