#pragma once
// What the console's pages read and do (docs/console.md), over HqService's public API: the confirmation-call
// queue (M2), a contract's call script from its content pack, holds and their reasons, and the two writes of
// this part, a call's result and a hold's resolution, both as head-office events through
// HqService::recordHeadOfficeEvents (signed with the server's key, checked by core's rules, pulled by the
// tablets). Whether a call is clean, puts the contract on hold or may be made at all by this caller is decided
// by core (applyContractEvent); this class only reports what core answered.

#include <hqservice.h>

#include <core/content/contentpack.h>
#include <core/content/contentpackloader.h>
#include <core/domain/lifecycle.h>
#include <core/domain/policy.h>
#include <core/event.h>
#include <core/result.h>

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <mutex>
#include <optional>

namespace kakunin::hq::console {

// The customer's copies (控え) the tablet hands over, served again by the console (GET /console/contract/copy).
enum class CopyKind { Walkthrough, Delivery };
enum class CopyRefusal {
    None = 0,
    NotSigned, // no accepted contract.concluded (walkthrough) or delivery.signed (delivery) yet
    PackUnknown, // head office holds neither a published nor a built-in pack with the contract's hash
    StrokesUnreadable, // a signature's strokes are missing or do not match their hash
    RenderFailed, // the PDF writer refused (no QGuiApplication, fonts): head office's fault
};
const char *copyRefusalName(CopyRefusal r); // "not_signed", "pack_unknown", "strokes_unreadable", "render_failed"
bool copyKindFromName(const QString &name, CopyKind *kind); // "walkthrough", "delivery"

// One contract as the console shows it: its state (core's ContractState) and the facts around it.
struct ContractFacts {
    QString id;
    QString customerId;
    QString customerName;
    QString business;
    QString phone;
    QString salesRep, salesRepName;
    QString installer, installerName;
    LocalizedText productName; // from the product's content pack; empty when no pack is known
    ContractState state;
};

// A call due now: the contract and the stage, since when, and the calls that did not reach the customer.
struct DueCall {
    ContractFacts contract;
    QString stage; // "C1", "C2" or "C3"
    qint64 dueSince = 0; // when the contract became due for this call (contracted, delivered, usage confirmed)
    int attempts = 0; // calls at this stage that did not reach the customer
    qint64 lastAttemptAt = 0;
};

// A contract a call put on hold (M2), with what the call found.
struct Hold {
    ContractFacts contract;
    QString stage; // the call that found the problem
    QStringList problems; // guarantee_mentioned, conduct_not_ok, lecture_not_ok, product_not_used
    QString note;
    QString caller, callerName;
    qint64 heldAt = 0;
};

struct CallQueue {
    QList<DueCall> due; // oldest first
    QList<Hold> held; // oldest first
};

// A recorded call, for the history on the call and hold pages.
struct CallRecord {
    qint64 at = 0;
    QString stage;
    QString caller, callerName;
    bool reached = false;
    QStringList problems;
    QString note;
    QString ruleCode; // set when the rules refused it (stored and flagged, no effect)
};

// A call's answers as the form sends them: "yes" / "no" for each question the stage asks.
struct CallInput {
    QString contractId;
    QString stage;
    QString reached;
    QString guarantee; // was anything guaranteed? (S1) yes = a problem
    QString conduct; // was the visit conducted as S2 requires? no = a problem
    QString lecture; // was the lecture as D1–D2 require? (C2, C3) no = a problem
    QString used; // has the product been used? (C3) no = a problem
    QString note;
};

enum class ConsoleError {
    None = 0,
    MissingField, // 400
    BadValue, // 400
    TooLong, // 400
    UnknownContract, // 400
    NotAllowed, // 403: the user's role may not record head-office events
    CallerIsSalesRep, // 403, M2
    CallerIsInstaller, // 403, M2
    NotDue, // 409: the contract is not at this call's stage (core: call_out_of_order)
    OnHold, // 409
    NotOnHold, // 409
    Disputed, // 409
    Terminated, // 409
    Refused, // 409: another rule (detail holds core's code)
    MayNotStart, // 409: core says the contract may not start now (detail: the missing condition, checkStart)
    UnknownUser, // 400
    UnknownDevice, // 400
    Exists, // 409: a user with this id exists
    NotATabletUser, // 409: enrollment codes are for sales reps and installers only
    UserDisabled, // 409
};

struct Failure {
    ConsoleError error = ConsoleError::None;
    QString field; // the form field for 400s
    QString detail; // core's code when the rules refused
};

template <typename T> using Outcome = Result<T, Failure>;

constexpr int MaxNoteLength = 2000; // characters of a call note or a hold resolution

class ConsoleService {
public:
    explicit ConsoleService(HqService &hq);

    CallQueue queue();
    std::optional<ContractFacts> contract(const QString &id);
    // The questions of the contract's content pack for a stage (the pack version the customer saw when head
    // office holds it, else the newest of that pack or product).
    QList<CallQuestion> script(const ContractFacts &contract, const QString &stage);
    std::optional<ContentPack> pack(const ContractFacts &contract);
    std::optional<Hold> hold(const QString &contractId);
    QList<CallRecord> calls(const QString &contractId);

    // Part 2 (docs/console.md "Contracts"): every contract, newest conclusion first, filtered by core's status
    // name (ContractState::status(), "" for all) and a text found in the contract or customer id, the customer's
    // name or business (case-insensitive, "" for all).
    QList<ContractFacts> contracts(const QString &status = QString(), const QString &query = QString());
    const QList<ContentPack> &builtInPacks() const { return m_builtIn; }
    // The start decision (D3, M2): core's checkStart on the stored state first (MayNotStart with the missing
    // condition), then contract.started recorded through recordHeadOfficeEvents, which core checks again.
    Outcome<Event> startContract(const QString &actor, const QString &contractId);
    // P6: the credit contract cancelled (credit.cancelled) for a dispute open past its period; core decides.
    Outcome<Event> cancelCredit(const QString &actor, const QString &contractId);

    // Devices and users (HqService's admin API; it decides, these only check the form's values first).
    static const QStringList &creatableRoles(); // sales_rep, installer, confirmation_staff, compliance_admin, auditor
    Outcome<UserInfo> createUser(const QString &id, const QString &role, const QString &name);
    Outcome<QString> issueCode(const QString &userId);
    Outcome<DeviceInfo> revokeDevice(const QString &deviceId);
    Outcome<DeviceInfo> orderWipe(const QString &deviceId);

    // Policies and content (docs/console.md "Policies and content"): the form's values go into core's
    // Policy::fromJson / parseContentPack, which validate them; head office records the event the tablets pull.
    static const QStringList &policyFields(); // form field = the policy's JSON path ("productDefaults.trialDays")
    static QString policyValue(const Policy &policy, const QString &field);
    struct PolicyFormError {
        QString field; // the form field core (or the number parser) named
        PolicyError error = PolicyError::None; // WrongType also for a value that is not a whole number
    };
    // The current policy with the form's values, as the next version; or the field that is wrong.
    static Result<Policy, PolicyFormError> policyFromForm(const Policy &current, const QHash<QString, QString> &form);
    Outcome<Event> publishPolicy(const QString &actor, const Policy &policy);
    struct ContentFormError {
        ContentPackError error; // core's loader; code None when `published` is set
        QString published; // "id version" when this very version is already published
    };
    // Validates the JSON with core's content loader and publishes it (content.published).
    Result<Event, ContentFormError> publishContent(const QString &actor, const QString &json);

    // The customer's copy of a contract, built from what head office holds (the contract's accepted events, its
    // pack by hash, strokes inline or from the blobs) by the tablet's own builders (evidence/copybuilders.h):
    // None when it can be made. copyPdf renders it (evidence/pdfcopy.h; needs a QGuiApplication) in the language
    // ("ja" or "en"), dated generatedAtUtc.
    CopyRefusal copyRefusal(const ContractFacts &contract, CopyKind kind);
    Result<QByteArray, CopyRefusal> copyPdf(
        const ContractFacts &contract, CopyKind kind, const QString &language, qint64 generatedAtUtc);

    Outcome<Event> recordCall(const QString &actor, const CallInput &input);
    Outcome<Event> resolveHold(const QString &actor, const QString &contractId, const QString &resolution);

    // The stage a contract is due for now ("" when none: on hold, disputed, ended, or between calls) and since
    // when. Reads core's ContractState only.
    static QString dueStage(const ContractState &state);
    static qint64 dueSince(const ContractState &state, const QString &stage);
    // The answers the console asks at a stage: those core weighs for it (guarantee and conduct always, the
    // lecture from C2, product use at C3). The others are sent as "no problem".
    static QStringList askedAnswers(const QString &stage);
    static QStringList problemsOf(const QJsonObject &callPayload);
    static bool isStage(const QString &stage);

private:
    ContractFacts factsOf(const QString &id, const ContractState &state, const QHash<QString, QJsonObject> &customers,
        const QHash<QString, QString> &names);
    QHash<QString, QString> userNames();
    LocalizedText productNameOf(const ContractState &state);
    // The copy's data (as PDF when `pdf` is set): one path for both the check and the download.
    Result<QByteArray, CopyRefusal> makeCopy(
        const ContractFacts &contract, CopyKind kind, const QString &language, qint64 generatedAtUtc, bool pdf);

    HqService &m_hq;
    QList<ContentPack> m_builtIn;
    std::mutex m_mutex;
    QHash<QString, ContentPack> m_published; // by pack hash
};

const char *consoleErrorName(ConsoleError e);
int httpStatusOf(ConsoleError e);

} // namespace kakunin::hq::console
