#pragma once

#include "core/event.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace kakunin {

// Every event type of the domain (docs/events.md). The two customer types of the foundation live in
// core/projection.h with the same names.
namespace EventType {
inline const QString ProfileRecorded = QStringLiteral("profile.recorded");
inline const QString ScreeningRecorded = QStringLiteral("screening.recorded");
inline const QString AppointmentRecorded = QStringLiteral("appointment.recorded");
inline const QString VisitStarted = QStringLiteral("visit.started");
inline const QString VisitWarned = QStringLiteral("visit.warned");
inline const QString VisitFlagged = QStringLiteral("visit.flagged");
inline const QString VisitEnded = QStringLiteral("visit.ended");
inline const QString VisitDeclined = QStringLiteral("visit.declined");
inline const QString ApprovalGranted = QStringLiteral("approval.granted");
inline const QString MattersOpened = QStringLiteral("matters.opened");
inline const QString MattersItemShown = QStringLiteral("matters.item_shown");
inline const QString MattersItemConfirmed = QStringLiteral("matters.item_confirmed");
inline const QString MattersNoGuaranteeAttested = QStringLiteral("matters.no_guarantee_attested");
inline const QString MattersSigned = QStringLiteral("matters.signed");
inline const QString ContractConcluded = QStringLiteral("contract.concluded");
inline const QString CallRecorded = QStringLiteral("call.recorded");
inline const QString HoldResolved = QStringLiteral("hold.resolved");
inline const QString LectureStarted = QStringLiteral("lecture.started");
inline const QString LecturePaused = QStringLiteral("lecture.paused");
inline const QString LectureResumed = QStringLiteral("lecture.resumed");
inline const QString LectureItemTaught = QStringLiteral("lecture.item_taught");
inline const QString LectureItemUnderstood = QStringLiteral("lecture.item_understood");
inline const QString DeliverySigned = QStringLiteral("delivery.signed");
inline const QString TrialStarted = QStringLiteral("trial.started");
inline const QString UsageConfirmed = QStringLiteral("usage.confirmed");
inline const QString ContractStarted = QStringLiteral("contract.started");
inline const QString FollowUpRecorded = QStringLiteral("followup.recorded");
inline const QString UsageReported = QStringLiteral("usage.reported");
inline const QString CostRecorded = QStringLiteral("cost.recorded");
inline const QString ContractCancelled = QStringLiteral("contract.cancelled");
inline const QString DisputeOpened = QStringLiteral("dispute.opened");
inline const QString DisputeResolved = QStringLiteral("dispute.resolved");
inline const QString CreditCancelled = QStringLiteral("credit.cancelled");
inline const QString PolicyUpdated = QStringLiteral("policy.updated");
} // namespace EventType

enum class Role { SalesRep, Installer, HeadOffice };

enum class FieldType {
    String, // non-empty string
    Text, // string, may be empty
    Integer, // integer within ±(2^53 − 1)
    NonNegative,
    Flag, // integer 0 or 1
    Hash, // 64 lowercase hex digits (SHA-256)
    Choice, // one of FieldSpec::choices
    Object, // a JSON object checked by the type (policy.updated)
};

struct FieldSpec {
    QString name;
    FieldType type = FieldType::String;
    bool required = true;
    QStringList choices;
};

enum class AggregateKind { Customer, Contract, Policy };

struct EventSpec {
    QString type;
    AggregateKind aggregate = AggregateKind::Customer;
    QList<Role> emitters;
    QStringList rules; // rule ids of DOMAIN.md it serves
    QList<FieldSpec> fields;
};

enum class EventError {
    None = 0,
    UnknownType,
    EmptyAggregate,
    EmptyActor,
    MissingField,
    UnknownField,
    WrongType, // not a string / not an integer
    EmptyString,
    NegativeNumber,
    NotAFlag, // not 0 or 1
    BadHash,
    BadChoice,
    BadPolicy, // policy.updated: Policy::fromJson refused it
    RoleNotAllowed, // the emitter's role may not record this type
};

const QList<EventSpec> &eventCatalog();
const EventSpec *eventSpec(const QString &type);
bool isContractEvent(const QString &type);
QString aggregateKindName(AggregateKind k);

// Checks type, aggregate, actor and payload against the catalog; badField names the offending field.
EventError validateEvent(const Event &event, QString *badField = nullptr);
// Plus: may this role record it? (the server knows the role of the authenticated user)
EventError validateEvent(const Event &event, Role emitter, QString *badField = nullptr);

const char *eventErrorName(EventError e);
QString roleName(Role r);
QString fieldTypeName(FieldType t);

} // namespace kakunin
