#pragma once
// The console's pages as HTML (docs/console.md). Pure functions of what ConsoleService read: no database, no
// decisions. Every text is translated through the request's language; every value is escaped.

#include "alerts.h"
#include "consoleauth.h"
#include "consoleservice.h"
#include "contractview.h"
#include "evidencecheck.h"
#include "i18n.h"

#include <QString>

#include <optional>

namespace kakunin::hq::console {

struct PageContext {
    Language language = Language::Japanese;
    const Translations *i18n = nullptr;
    const Session *session = nullptr; // the signed-in user; null on the sign-in page
    QString target; // the request's path and query, for the language switch's way back
    QString timeZone = QStringLiteral("Asia/Tokyo");
    qint64 now = 0;

    QString t(const char *source) const { return i18n->text(language, source); }
    // t() with %1, %2 … filled from the escaped arguments.
    QString time(qint64 utcMs) const;
};

struct CallView {
    ContractFacts contract;
    QString stage;
    QList<CallQuestion> script;
    QList<CallRecord> history;
    bool mayRecord = false; // the user's role records calls
    std::optional<Failure> error;
    CallInput input; // what the form held when it was refused
};

struct HoldView {
    ContractFacts contract;
    std::optional<Hold> hold;
    QList<CallRecord> history;
    bool mayResolve = false;
    std::optional<Failure> error;
    QString resolution;
};

// The contracts list (part 2): the rows, the filter as given, and an error for a bad filter.
struct ContractsView {
    QList<ContractFacts> rows;
    QString status; // core's status name, "" for all
    QString query;
    QString error;
};

// One contract (part 2): what core folded, the evidence check, the signatures drawn, the start decision.
struct ContractPageView {
    ContractFacts facts;
    ContractView view;
    EvidenceReport evidence;
    QHash<QString, QString> signatureSvg; // event id → <svg> element
    QHash<QString, QString> signatureError; // event id → signatureSvgErrorName
    QHash<QString, QString> userNames;
    bool mayDecide = false; // the user's role may start the contract (compliance_admin)
    bool walkthroughCopy = false; // the customer's copies can be made (GET /console/contract/copy)
    bool deliveryCopy = false;
    std::optional<Failure> error;
    QString notice;
};

struct AlertsView {
    QList<Alert> alerts;
    QHash<QString, QString> userNames;
    bool mayAct = false; // compliance_admin: the P6 action
    QString notice;
    QString error;
};

struct DevicesView {
    QList<DeviceInfo> devices;
    QList<UserInfo> users;
    bool mayAdmin = false; // compliance_admin: revoke, wipe, users, enrollment codes
    QString notice;
    QString error;
    QString newId, newRole, newName; // the add-user form as sent, when it was refused
};

struct EnrollmentView {
    UserInfo user;
    QString code;
    qint64 expiresAt = 0;
    QString qrSvg;
};

struct PublishedPack {
    QString id, version, by;
    qint64 at = 0;
};

struct PoliciesView {
    Policy current;
    QHash<QString, QString> values; // the policy form: the current values, or as sent when refused
    QString errorField; // the field core refused
    PolicyError error = PolicyError::None;
    QString policyError, contentError, notice; // sentences
    QString contentText; // the pasted pack as sent, when refused
    QList<PublishedPack> published; // newest first
    bool mayAdmin = false;
};

struct ExportView {
    QString from, to; // yyyy-MM-dd as given
    QString error;
};

namespace pages {

QString signIn(const PageContext &c, const QString &csrf, const QString &next, const QString &user,
    const QString &error, const QString &notice);
QString queue(const PageContext &c, const CallQueue &queue, const QString &notice);
QString call(const PageContext &c, const CallView &v);
QString hold(const PageContext &c, const HoldView &v);
QString error(const PageContext &c, const QString &title, const QString &message);
QString contracts(const PageContext &c, const ContractsView &v);
QString contract(const PageContext &c, const ContractPageView &v);
// Core's status names the contracts filter offers, in order.
const QStringList &contractStatuses();
QString alerts(const PageContext &c, const AlertsView &v);
QString devices(const PageContext &c, const DevicesView &v);
QString enrollment(const PageContext &c, const EnrollmentView &v);
QString policies(const PageContext &c, const PoliciesView &v);
QString exportPage(const PageContext &c, const ExportView &v);
QString policyFormErrorText(const PageContext &c, const QString &field, PolicyError e);
QString contentErrorText(const PageContext &c, const ContentPackError &e);
QString userRoleLabel(const PageContext &c, const QString &role); // every users.role, tablet roles too

// Words for codes, in the request's language (also used for notices).
QString roleLabel(const PageContext &c, ConsoleRole role);
QString stageLabel(const PageContext &c, const QString &stage);
QString problemLabel(const PageContext &c, const QString &problem);
QString fieldLabel(const PageContext &c, const QString &field);
QString failureText(const PageContext &c, const Failure &f, const QString &contractId, const QString &stage);
QString duration(const PageContext &c, qint64 ms);
// Core's contract status (ContractState::status(): a stage name, "on_hold", "disputed") in words.
QString statusLabel(const PageContext &c, const QString &status);
// The condition checkStart names as missing (contractview.h StartCheck::missing), as a sentence.
QString missingText(const PageContext &c, const QString &missing, qint64 trialEndsAt);

} // namespace pages
} // namespace kakunin::hq::console
