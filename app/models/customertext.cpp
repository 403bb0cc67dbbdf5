#include "customertext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QVariantMap>

namespace kakunin::customertext {

namespace {

QVariantMap option(const QString &value, const QString &text)
{
    return QVariantMap {{QStringLiteral("value"), value}, {QStringLiteral("text"), text}};
}

QDateTime local(const Policy &policy, qint64 utcMs)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, policy.zone());
}

} // namespace

QString uiLanguage()
{
    // The Japanese translation answers "ja"; English (and no translation at all) keeps "en".
    const QString code = QCoreApplication::translate("CustomerText", "en",
        "language code of this translation: ja in Japanese; picks the language of content packs and dates");
    return code == QLatin1String("ja") ? code : QStringLiteral("en");
}

QLocale uiLocale()
{
    return uiLanguage() == QLatin1String("ja") ? QLocale(QLocale::Japanese, QLocale::Japan)
                                               : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QString screeningOutcomeText(const QString &outcomeCode)
{
    if (outcomeCode == QLatin1String("allowed"))
        return QCoreApplication::translate("CustomerText", "A contract may be offered.");
    if (outcomeCode == QLatin1String("allowed_with_conditions"))
        return QCoreApplication::translate("CustomerText", "A contract may be offered under the conditions below.");
    if (outcomeCode == QLatin1String("refused"))
        return QCoreApplication::translate("CustomerText", "No contract may be offered to this prospect.");
    return QCoreApplication::translate("CustomerText", "Not screened yet: fill in the profile sheet first.");
}

QString screeningReasonText(ScreeningReason reason, int age, const Policy &policy)
{
    switch (reason) {
    case ScreeningReason::ProfileInvalid:
        return QCoreApplication::translate("CustomerText", "The profile sheet is incomplete or contradicts itself.");
    case ScreeningReason::ElderlyWithoutSuccessor:
        return QCoreApplication::translate("CustomerText",
            "The representative is %1 (%2 or older) and no successor is present to hear the explanation.")
            .arg(age)
            .arg(policy.elderlyAge);
    case ScreeningReason::ElderlySuccessorNotSigning:
        return QCoreApplication::translate(
            "CustomerText", "The representative is %1 (%2 or older) and the successor present will not sign too.")
            .arg(age)
            .arg(policy.elderlyAge);
    case ScreeningReason::SideBusinessWithoutDeclaration:
        return QCoreApplication::translate(
            "CustomerText", "The business is run on the side and the representative has not declared going full-time.");
    case ScreeningReason::ExtremelyLowItLiteracy:
        return QCoreApplication::translate("CustomerText", "The representative cannot use a PC or has never used one.");
    case ScreeningReason::AntisocialForces:
        return QCoreApplication::translate(
            "CustomerText", "Ties to antisocial forces were found, or the declaration of no ties was refused.");
    case ScreeningReason::SuccessorMustSign:
        return QCoreApplication::translate(
            "CustomerText", "The successor hears the whole explanation and signs the contract too.");
    case ScreeningReason::FullTimeDeclarationRecorded:
        return QCoreApplication::translate(
            "CustomerText", "The representative declared going full-time; the declaration is part of the record.");
    }
    return {};
}

QString screeningReasonText(const QString &reasonCode, int age, const Policy &policy)
{
    for (ScreeningReason r : {ScreeningReason::ProfileInvalid, ScreeningReason::ElderlyWithoutSuccessor,
             ScreeningReason::ElderlySuccessorNotSigning, ScreeningReason::SideBusinessWithoutDeclaration,
             ScreeningReason::ExtremelyLowItLiteracy, ScreeningReason::AntisocialForces,
             ScreeningReason::SuccessorMustSign, ScreeningReason::FullTimeDeclarationRecorded})
        if (screeningReasonName(r) == reasonCode)
            return screeningReasonText(r, age, policy);
    return QCoreApplication::translate("CustomerText", "Reason not known to this app version (%1).").arg(reasonCode);
}

QString profileErrorText(ProfileError error)
{
    switch (error) {
    case ProfileError::None:
        return {};
    case ProfileError::BirthYearMissing:
        return QCoreApplication::translate("CustomerText", "Enter the representative's year of birth (or age).");
    case ProfileError::BirthYearInFuture:
        return QCoreApplication::translate("CustomerText", "The year of birth is in the future.");
    case ProfileError::BirthYearImplausible:
        return QCoreApplication::translate("CustomerText", "The year of birth is too far in the past. Check it.");
    case ProfileError::YearsInBusinessNegative:
        return QCoreApplication::translate("CustomerText", "Years in business cannot be negative.");
    case ProfileError::YearsInTradeNegative:
        return QCoreApplication::translate("CustomerText", "Years in this trade cannot be negative.");
    case ProfileError::YearsBeforeBirth:
        return QCoreApplication::translate(
            "CustomerText", "The years in business or in this trade are more than the representative's age.");
    case ProfileError::ItProductNameEmpty:
        return QCoreApplication::translate("CustomerText", "An IT product has no name.");
    }
    return {};
}

QString profileErrorField(ProfileError error)
{
    switch (error) {
    case ProfileError::None:
        return {};
    case ProfileError::BirthYearMissing:
    case ProfileError::BirthYearInFuture:
    case ProfileError::BirthYearImplausible:
        return QStringLiteral("birthYear");
    case ProfileError::YearsInBusinessNegative:
        return QStringLiteral("yearsInBusiness");
    case ProfileError::YearsInTradeNegative:
    case ProfileError::YearsBeforeBirth:
        return QStringLiteral("yearsInTrade");
    case ProfileError::ItProductNameEmpty:
        return QStringLiteral("itProducts");
    }
    return {};
}

QString businessFormText(BusinessForm f)
{
    switch (f) {
    case BusinessForm::FullTime:
        return QCoreApplication::translate("CustomerText", "Full-time business");
    case BusinessForm::SideBusiness:
        return QCoreApplication::translate("CustomerText", "Side business");
    }
    return {};
}

QString smartphoneUseText(SmartphoneUse s)
{
    switch (s) {
    case SmartphoneUse::None:
        return QCoreApplication::translate("CustomerText", "No smartphone");
    case SmartphoneUse::CallsOnly:
        return QCoreApplication::translate("CustomerText", "Calls only");
    case SmartphoneUse::DailyApps:
        return QCoreApplication::translate("CustomerText", "Uses apps every day");
    }
    return {};
}

QString pcSkillText(PcSkill s)
{
    switch (s) {
    case PcSkill::Cannot:
        return QCoreApplication::translate("CustomerText", "Cannot use a PC");
    case PcSkill::NeverUsed:
        return QCoreApplication::translate("CustomerText", "Has never used a PC");
    case PcSkill::Basic:
        return QCoreApplication::translate("CustomerText", "Mail and web");
    case PcSkill::Office:
        return QCoreApplication::translate("CustomerText", "Documents and spreadsheets");
    case PcSkill::Advanced:
        return QCoreApplication::translate("CustomerText", "Settings and business software");
    }
    return {};
}

QString itLiteracyText(int level)
{
    switch (level) {
    case 1:
        return QCoreApplication::translate("CustomerText", "Level 1 of 4: extremely low (no PC use)");
    case 2:
        return QCoreApplication::translate("CustomerText", "Level 2 of 4: low, extended lecture");
    case 3:
        return QCoreApplication::translate("CustomerText", "Level 3 of 4: medium, standard lecture");
    case 4:
        return QCoreApplication::translate("CustomerText", "Level 4 of 4: high, standard lecture");
    default:
        return {};
    }
}

QString lectureLevelText(LectureLevel level)
{
    return level == LectureLevel::Extended ? QCoreApplication::translate("CustomerText", "Extended lecture")
                                           : QCoreApplication::translate("CustomerText", "Standard lecture");
}

QVariantList businessFormOptions()
{
    QVariantList l;
    for (BusinessForm f : {BusinessForm::FullTime, BusinessForm::SideBusiness})
        l.append(option(businessFormName(f), businessFormText(f)));
    return l;
}

QVariantList smartphoneUseOptions()
{
    QVariantList l;
    for (SmartphoneUse s : {SmartphoneUse::None, SmartphoneUse::CallsOnly, SmartphoneUse::DailyApps})
        l.append(option(smartphoneUseName(s), smartphoneUseText(s)));
    return l;
}

QVariantList pcSkillOptions()
{
    QVariantList l;
    for (PcSkill s : {PcSkill::Cannot, PcSkill::NeverUsed, PcSkill::Basic, PcSkill::Office, PcSkill::Advanced})
        l.append(option(pcSkillName(s), pcSkillText(s)));
    return l;
}

QString date(const Policy &policy, qint64 utcMs)
{
    return uiLocale().toString(local(policy, utcMs).date(),
        QCoreApplication::translate("CustomerText", "ddd d MMM yyyy", "date format (QDate)"));
}

QString time(const Policy &policy, qint64 utcMs)
{
    return local(policy, utcMs).time().toString(QStringLiteral("HH:mm"));
}

QString dateTime(const Policy &policy, qint64 utcMs)
{
    return QCoreApplication::translate("CustomerText", "%1, %2", "date, time")
        .arg(date(policy, utcMs), time(policy, utcMs));
}

QString dayName(const Policy &policy, const QDate &day, const QDate &today)
{
    Q_UNUSED(policy)
    if (day == today)
        return QCoreApplication::translate("CustomerText", "Today");
    if (day == today.addDays(1))
        return QCoreApplication::translate("CustomerText", "Tomorrow");
    return uiLocale().toString(
        day, QCoreApplication::translate("CustomerText", "ddd d MMM", "short date format (QDate)"));
}

QString dayTime(const Policy &policy, qint64 utcMs, qint64 nowUtc)
{
    const QDate day = companyDate(policy, utcMs);
    const QDate today = companyDate(policy, nowUtc);
    const QString dayText = day.year() == today.year() || day == today || day == today.addDays(1)
        ? dayName(policy, day, today)
        : date(policy, utcMs);
    return QCoreApplication::translate("CustomerText", "%1, %2", "date, time").arg(dayText, time(policy, utcMs));
}

} // namespace kakunin::customertext
