#pragma once

#include "policy.h"
#include "profile.h"

#include <QJsonObject>
#include <QList>

namespace kakunin {

// P2 反社会的勢力: the prospect's answer; the signed declaration itself is an item of the walkthrough.
enum class AntisocialStatus { NotYetDeclared, DeclaredNone, DeclarationRefused, Identified };

struct ScreeningDeclarations {
    bool successorPresent = false; // 後継者が同席し説明を受ける
    bool successorWillSign = false; // 後継者も署名する
    bool fullTimeDeclared = false; // 兼業の場合: 専業化の申告
    AntisocialStatus antisocial = AntisocialStatus::NotYetDeclared;
};

enum class ScreeningOutcome { Allowed, AllowedWithConditions, Refused };

// Reasons (refusals) and conditions (what an allowed-with-conditions result requires).
enum class ScreeningReason {
    ProfileInvalid, // the sheet itself is not valid (see profileError)
    ElderlyWithoutSuccessor, // age ≥ policy.elderlyAge and no successor present
    ElderlySuccessorNotSigning, // a successor is present but will not sign
    SideBusinessWithoutDeclaration, // 兼業 without a full-time declaration
    ExtremelyLowItLiteracy, // cannot use or has never used a PC
    AntisocialForces, // identified, or refused to declare
    // conditions
    SuccessorMustSign, // the walkthrough needs the successor's signature too
    FullTimeDeclarationRecorded, // the full-time declaration is part of the record
};

struct ScreeningResult {
    ScreeningOutcome outcome = ScreeningOutcome::Refused;
    QList<ScreeningReason> refusals;
    QList<ScreeningReason> conditions;
    ProfileError profileError = ProfileError::None;
    int age = 0; // in the calendar year of the screening (only the birth year is recorded)
    int itLiteracy = 0;
    int policyVersion = 0;

    bool allowed() const { return outcome != ScreeningOutcome::Refused; }
    bool requiresSuccessorSignature() const { return conditions.contains(ScreeningReason::SuccessorMustSign); }
};

// Pure: same inputs, same result. `today` is the date in the company time zone (companyDate()).
ScreeningResult screen(
    const ProfileSheet &sheet, const ScreeningDeclarations &declarations, const Policy &policy, const QDate &today);

// Payloads of the events that record them (docs/events.md: profile.recorded, screening.recorded).
QJsonObject profileRecordedPayload(const ProfileSheet &sheet);
QJsonObject screeningRecordedPayload(const ScreeningResult &result, const ScreeningDeclarations &declarations);

QString screeningOutcomeName(ScreeningOutcome o);
bool screeningOutcomeFromName(const QString &name, ScreeningOutcome *out);
QString screeningReasonName(ScreeningReason r);

} // namespace kakunin
