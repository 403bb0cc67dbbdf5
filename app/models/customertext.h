#pragma once

#include <core/domain/policy.h>
#include <core/domain/profile.h>
#include <core/domain/screening.h>

#include <QLocale>
#include <QString>
#include <QVariantList>

namespace kakunin {

// Codes of the customer and profile rules (P1, P2) in words, in the user's language, and the dates and
// times the customer and visit screens show (in the company time zone of the policy).
namespace customertext {

// "ja" or "en": the language the UI is translated to (dates follow it; content packs follow
// AppSession::language).
QString uiLanguage();
QLocale uiLocale();

QString screeningOutcomeText(const QString &outcomeCode);
// A refusal or condition code of screening.recorded in words. `age` and `policy` fill in the numbers.
QString screeningReasonText(const QString &reasonCode, int age, const Policy &policy);
QString screeningReasonText(ScreeningReason reason, int age, const Policy &policy);
QString profileErrorText(ProfileError error);
// The field of the profile sheet a ProfileError is about ("birthYear", "yearsInBusiness", "yearsInTrade",
// "itProducts"), empty for none.
QString profileErrorField(ProfileError error);

QString businessFormText(BusinessForm f);
QString smartphoneUseText(SmartphoneUse s);
QString pcSkillText(PcSkill s);
QString itLiteracyText(int level); // 1–4, with what it means for the lecture; empty for 0
QString lectureLevelText(LectureLevel level);

// [{value: code, text: words}] for pickers.
QVariantList businessFormOptions();
QVariantList smartphoneUseOptions();
QVariantList pcSkillOptions();

// UTC ms → words in the company time zone: "Sat 31 Jan 2026", "10:00", "Sat 31 Jan 2026, 10:00";
// dayTime says "today, 10:00" / "tomorrow, 10:00" relative to nowUtc.
QString date(const Policy &policy, qint64 utcMs);
QString time(const Policy &policy, qint64 utcMs);
QString dateTime(const Policy &policy, qint64 utcMs);
QString dayTime(const Policy &policy, qint64 utcMs, qint64 nowUtc);
QString dayName(const Policy &policy, const QDate &day, const QDate &today); // "Today", "Tomorrow", "Mon 2 Feb"

} // namespace customertext
} // namespace kakunin
