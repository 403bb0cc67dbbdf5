#include "profile.h"

#include <QList>
#include <QPair>

#include <algorithm>

namespace kakunin {
namespace {

constexpr int OldestPlausibleAge = 130;

const QList<QPair<BusinessForm, QString>> &businessForms()
{
    static const QList<QPair<BusinessForm, QString>> l {{BusinessForm::FullTime, QStringLiteral("full_time")},
        {BusinessForm::SideBusiness, QStringLiteral("side_business")}};
    return l;
}
const QList<QPair<SmartphoneUse, QString>> &smartphoneUses()
{
    static const QList<QPair<SmartphoneUse, QString>> l {{SmartphoneUse::None, QStringLiteral("none")},
        {SmartphoneUse::CallsOnly, QStringLiteral("calls_only")},
        {SmartphoneUse::DailyApps, QStringLiteral("daily_apps")}};
    return l;
}
const QList<QPair<PcSkill, QString>> &pcSkills()
{
    static const QList<QPair<PcSkill, QString>> l {{PcSkill::Cannot, QStringLiteral("cannot")},
        {PcSkill::NeverUsed, QStringLiteral("never_used")}, {PcSkill::Basic, QStringLiteral("basic")},
        {PcSkill::Office, QStringLiteral("office")}, {PcSkill::Advanced, QStringLiteral("advanced")}};
    return l;
}

template <typename E> QString nameOf(const QList<QPair<E, QString>> &table, E value)
{
    for (const auto &p : table)
        if (p.first == value)
            return p.second;
    return QString();
}

template <typename E> bool valueOf(const QList<QPair<E, QString>> &table, const QString &name, E *out)
{
    for (const auto &p : table) {
        if (p.second == name) {
            *out = p.first;
            return true;
        }
    }
    return false;
}

} // namespace

ProfileError validateProfile(const ProfileSheet &sheet, const QDate &today)
{
    if (sheet.representativeBirthYear <= 0)
        return ProfileError::BirthYearMissing;
    if (sheet.representativeBirthYear > today.year())
        return ProfileError::BirthYearInFuture;
    const int age = today.year() - sheet.representativeBirthYear;
    if (age > OldestPlausibleAge)
        return ProfileError::BirthYearImplausible;
    if (sheet.yearsInBusiness < 0)
        return ProfileError::YearsInBusinessNegative;
    if (sheet.yearsInTrade < 0)
        return ProfileError::YearsInTradeNegative;
    if (sheet.yearsInBusiness > age || sheet.yearsInTrade > age)
        return ProfileError::YearsBeforeBirth;
    for (const QString &p : sheet.itProductsInUse)
        if (p.trimmed().isEmpty())
            return ProfileError::ItProductNameEmpty;
    return ProfileError::None;
}

int itLiteracyLevel(const ProfileSheet &sheet)
{
    if (sheet.pcSkill == PcSkill::Cannot || sheet.pcSkill == PcSkill::NeverUsed)
        return MinItLiteracy;
    int points = sheet.pcSkill == PcSkill::Basic ? 1 : sheet.pcSkill == PcSkill::Office ? 2 : 3;
    if (sheet.smartphoneUse == SmartphoneUse::DailyApps)
        ++points;
    if (!sheet.itProductsInUse.isEmpty())
        ++points;
    return std::clamp(points, 2, MaxItLiteracy);
}

LectureLevel lectureLevelFor(int itLiteracy)
{
    return itLiteracy <= HighestExtendedLectureLiteracy ? LectureLevel::Extended : LectureLevel::Standard;
}

QString businessFormName(BusinessForm f)
{
    return nameOf(businessForms(), f);
}
QString smartphoneUseName(SmartphoneUse s)
{
    return nameOf(smartphoneUses(), s);
}
QString pcSkillName(PcSkill s)
{
    return nameOf(pcSkills(), s);
}
bool businessFormFromName(const QString &name, BusinessForm *out)
{
    return valueOf(businessForms(), name, out);
}
bool smartphoneUseFromName(const QString &name, SmartphoneUse *out)
{
    return valueOf(smartphoneUses(), name, out);
}
bool pcSkillFromName(const QString &name, PcSkill *out)
{
    return valueOf(pcSkills(), name, out);
}

} // namespace kakunin
