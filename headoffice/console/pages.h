#pragma once
// The console's pages as HTML (docs/console.md). Pure functions of what ConsoleService read: no database, no
// decisions. Every text is translated through the request's language; every value is escaped.

#include "consoleauth.h"
#include "consoleservice.h"
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

namespace pages {

QString signIn(const PageContext &c, const QString &csrf, const QString &next, const QString &user,
    const QString &error, const QString &notice);
QString queue(const PageContext &c, const CallQueue &queue, const QString &notice);
QString call(const PageContext &c, const CallView &v);
QString hold(const PageContext &c, const HoldView &v);
QString error(const PageContext &c, const QString &title, const QString &message);

// Words for codes, in the request's language (also used for notices).
QString roleLabel(const PageContext &c, ConsoleRole role);
QString stageLabel(const PageContext &c, const QString &stage);
QString problemLabel(const PageContext &c, const QString &problem);
QString fieldLabel(const PageContext &c, const QString &field);
QString failureText(const PageContext &c, const Failure &f, const QString &contractId, const QString &stage);
QString duration(const PageContext &c, qint64 ms);

} // namespace pages
} // namespace kakunin::hq::console
