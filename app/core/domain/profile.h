#pragma once

#include "core/content/contentpack.h"

#include <QDate>
#include <QStringList>

namespace kakunin {

// P1 代表者経歴シート: filled from the rep's interview.
enum class BusinessForm { FullTime, SideBusiness }; // 専業 / 兼業
enum class SmartphoneUse { None, CallsOnly, DailyApps }; // 不使用 / 通話のみ / アプリも日常的に
enum class PcSkill {
    Cannot,
    NeverUsed,
    Basic,
    Office,
    Advanced
}; // できない / 使ったことがない / メール・閲覧 / 文書・表計算 / 設定・業務ソフト

struct ProfileSheet {
    int representativeBirthYear = 0;
    int yearsInBusiness = 0; // 事業歴
    int yearsInTrade = 0; // この業界の経験年数
    BusinessForm businessForm = BusinessForm::FullTime;
    SmartphoneUse smartphoneUse = SmartphoneUse::None;
    QStringList itProductsInUse; // e.g. 会計ソフト, ネットバンキング
    PcSkill pcSkill = PcSkill::Cannot;
};

enum class ProfileError {
    None = 0,
    BirthYearMissing,
    BirthYearInFuture,
    BirthYearImplausible, // older than any living person
    YearsInBusinessNegative,
    YearsInTradeNegative,
    YearsBeforeBirth, // in business or trade longer than the representative has lived
    ItProductNameEmpty,
};

ProfileError validateProfile(const ProfileSheet &sheet, const QDate &today);

// IT-literacy level 1–4 (docs/rules.md "IT literacy"):
//   cannot use / never used a PC → 1, whatever else.
//   otherwise points = PC (Basic 1, Office 2, Advanced 3) + smartphone apps daily 1 + any IT product in use 1;
//   points ≤ 2 → 2, 3 → 3, ≥ 4 → 4.
inline constexpr int MinItLiteracy = 1;
inline constexpr int MaxItLiteracy = 4;
inline constexpr int HighestExtendedLectureLiteracy = 2; // levels 1–2 get the extended lecture (D2)
int itLiteracyLevel(const ProfileSheet &sheet);
LectureLevel lectureLevelFor(int itLiteracy);

// Wire names, used in event payloads (docs/events.md).
QString businessFormName(BusinessForm f);
QString smartphoneUseName(SmartphoneUse s);
QString pcSkillName(PcSkill s);
bool businessFormFromName(const QString &name, BusinessForm *out);
bool smartphoneUseFromName(const QString &name, SmartphoneUse *out);
bool pcSkillFromName(const QString &name, PcSkill *out);

} // namespace kakunin
