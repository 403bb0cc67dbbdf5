#include "screening.h"

namespace kakunin {

ScreeningResult screen(
    const ProfileSheet &sheet, const ScreeningDeclarations &declarations, const Policy &policy, const QDate &today)
{
    ScreeningResult r;
    r.policyVersion = policy.version;
    r.profileError = validateProfile(sheet, today);
    if (r.profileError != ProfileError::None) {
        r.refusals.append(ScreeningReason::ProfileInvalid);
        r.outcome = ScreeningOutcome::Refused;
        return r;
    }
    r.age = today.year() - sheet.representativeBirthYear;
    r.itLiteracy = itLiteracyLevel(sheet);

    if (declarations.antisocial == AntisocialStatus::Identified
        || declarations.antisocial == AntisocialStatus::DeclarationRefused)
        r.refusals.append(ScreeningReason::AntisocialForces);

    // Age exactly at the threshold is elderly.
    if (r.age >= policy.elderlyAge) {
        if (!declarations.successorPresent)
            r.refusals.append(ScreeningReason::ElderlyWithoutSuccessor);
        else if (!declarations.successorWillSign)
            r.refusals.append(ScreeningReason::ElderlySuccessorNotSigning);
        else
            r.conditions.append(ScreeningReason::SuccessorMustSign);
    }

    if (sheet.businessForm == BusinessForm::SideBusiness) {
        if (declarations.fullTimeDeclared)
            r.conditions.append(ScreeningReason::FullTimeDeclarationRecorded);
        else
            r.refusals.append(ScreeningReason::SideBusinessWithoutDeclaration);
    }

    if (sheet.pcSkill == PcSkill::Cannot || sheet.pcSkill == PcSkill::NeverUsed)
        r.refusals.append(ScreeningReason::ExtremelyLowItLiteracy);

    if (!r.refusals.isEmpty())
        r.outcome = ScreeningOutcome::Refused;
    else if (!r.conditions.isEmpty())
        r.outcome = ScreeningOutcome::AllowedWithConditions;
    else
        r.outcome = ScreeningOutcome::Allowed;
    return r;
}

QJsonObject profileRecordedPayload(const ProfileSheet &sheet)
{
    return QJsonObject {{QStringLiteral("birthYear"), sheet.representativeBirthYear},
        {QStringLiteral("yearsInBusiness"), sheet.yearsInBusiness},
        {QStringLiteral("yearsInTrade"), sheet.yearsInTrade},
        {QStringLiteral("businessForm"), businessFormName(sheet.businessForm)},
        {QStringLiteral("smartphoneUse"), smartphoneUseName(sheet.smartphoneUse)},
        {QStringLiteral("itProducts"), sheet.itProductsInUse.join(QLatin1Char(','))},
        {QStringLiteral("pcSkill"), pcSkillName(sheet.pcSkill)},
        {QStringLiteral("itLiteracy"), itLiteracyLevel(sheet)}};
}

QJsonObject screeningRecordedPayload(const ScreeningResult &result, const ScreeningDeclarations &declarations)
{
    auto codes = [](const QList<ScreeningReason> &reasons) {
        QStringList names;
        for (ScreeningReason r : reasons)
            names.append(screeningReasonName(r));
        return names.join(QLatin1Char(','));
    };
    return QJsonObject {{QStringLiteral("outcome"), screeningOutcomeName(result.outcome)},
        {QStringLiteral("refusals"), codes(result.refusals)}, {QStringLiteral("conditions"), codes(result.conditions)},
        {QStringLiteral("age"), result.age}, {QStringLiteral("itLiteracy"), result.itLiteracy},
        {QStringLiteral("policyVersion"), result.policyVersion},
        {QStringLiteral("successorPresent"), declarations.successorPresent ? 1 : 0},
        {QStringLiteral("fullTimeDeclared"), declarations.fullTimeDeclared ? 1 : 0}};
}

QString screeningOutcomeName(ScreeningOutcome o)
{
    switch (o) {
    case ScreeningOutcome::Allowed:
        return QStringLiteral("allowed");
    case ScreeningOutcome::AllowedWithConditions:
        return QStringLiteral("allowed_with_conditions");
    case ScreeningOutcome::Refused:
        return QStringLiteral("refused");
    }
    return QString();
}

bool screeningOutcomeFromName(const QString &name, ScreeningOutcome *out)
{
    for (ScreeningOutcome o :
        {ScreeningOutcome::Allowed, ScreeningOutcome::AllowedWithConditions, ScreeningOutcome::Refused}) {
        if (screeningOutcomeName(o) == name) {
            *out = o;
            return true;
        }
    }
    return false;
}

QString screeningReasonName(ScreeningReason r)
{
    switch (r) {
    case ScreeningReason::ProfileInvalid:
        return QStringLiteral("profile_invalid");
    case ScreeningReason::ElderlyWithoutSuccessor:
        return QStringLiteral("elderly_without_successor");
    case ScreeningReason::ElderlySuccessorNotSigning:
        return QStringLiteral("elderly_successor_not_signing");
    case ScreeningReason::SideBusinessWithoutDeclaration:
        return QStringLiteral("side_business_without_declaration");
    case ScreeningReason::ExtremelyLowItLiteracy:
        return QStringLiteral("extremely_low_it_literacy");
    case ScreeningReason::AntisocialForces:
        return QStringLiteral("antisocial_forces");
    case ScreeningReason::SuccessorMustSign:
        return QStringLiteral("successor_must_sign");
    case ScreeningReason::FullTimeDeclarationRecorded:
        return QStringLiteral("full_time_declared");
    }
    return QString();
}

} // namespace kakunin
