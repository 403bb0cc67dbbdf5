#include "demodata.h"

#include <core/clock.h>
#include <core/domain/eventcatalog.h>
#include <core/domain/policy.h>
#include <core/domain/screening.h>
#include <core/projection.h>
#include <store/store.h>

#include <QDateTime>

namespace kakunin {

namespace {

struct DemoCustomer {
    const char *id;
    bool otherRep;
    const char *name; // UTF-8
    const char *reading; // フリガナ, UTF-8
    const char *business;
    const char *representative;
    const char *phone;
    const char *address;
    int age; // of the representative this year
    int yearsInBusiness;
    int yearsInTrade;
    BusinessForm form;
    SmartphoneUse smartphone;
    PcSkill pc;
    const char *itProducts; // comma-separated, UTF-8
    bool successorPresent;
};

// clang-format off
const DemoCustomer Customers[] = {
    {"demo-c01", false, "伊藤 花子", "イトウ ハナコ", "ヘアサロン はなこ（美容室）", "伊藤 花子", "03-5312-4478",
     "東京都杉並区阿佐谷南1-12-3", 49, 18, 25, BusinessForm::FullTime, SmartphoneUse::DailyApps, PcSkill::Basic,
     "会計ソフト", false},
    {"demo-c02", false, "佐藤 健一", "サトウ ケンイチ", "佐藤工務店", "佐藤 健一", "048-255-0132",
     "埼玉県川口市本町3-4-18", 78, 45, 55, BusinessForm::FullTime, SmartphoneUse::CallsOnly, PcSkill::Basic,
     "", false}, // elderly, no successor: refused (P2)
    {"demo-c03", false, "高橋 美咲", "タカハシ ミサキ", "たかはし歯科医院", "高橋 美咲", "045-871-3360",
     "神奈川県横浜市港北区日吉本町2-7-9", 46, 12, 20, BusinessForm::FullTime, SmartphoneUse::DailyApps,
     PcSkill::Office, "予約管理システム,ネットバンキング", false},
    {"demo-c04", false, "田中 大輔", "タナカ ダイスケ", "居酒屋 だいちゃん", "田中 大輔", "03-6905-2214",
     "東京都北区赤羽1-33-5", 41, 6, 15, BusinessForm::SideBusiness, SmartphoneUse::DailyApps, PcSkill::Basic,
     "", false}, // side business without the full-time declaration: refused (P2)
    {"demo-c05", false, "渡辺 由美", "ワタナベ ユミ", "わたなべ学習塾", "渡辺 由美", "042-522-8741",
     "東京都立川市柴崎町2-5-11", 58, 22, 30, BusinessForm::FullTime, SmartphoneUse::DailyApps, PcSkill::Office,
     "会計ソフト", false},
    {"demo-c06", false, "山本 さくら", "ヤマモト サクラ", "フラワーショップ さくら（花屋）", "山本 さくら", "047-364-5508",
     "千葉県松戸市本町14-2", 37, 5, 12, BusinessForm::FullTime, SmartphoneUse::DailyApps, PcSkill::Basic,
     "ネットショップ", false},
    {"demo-c07", false, "中村 誠", "ナカムラ マコト", "中村自動車整備工場", "中村 誠", "043-251-9903",
     "千葉県千葉市中央区院内1-8-2", 74, 40, 52, BusinessForm::FullTime, SmartphoneUse::CallsOnly, PcSkill::Basic,
     "", true}, // elderly with a successor who will sign: allowed with conditions
    {"demo-c08", false, "小林 恵子", "コバヤシ ケイコ", "喫茶 こばやし", "小林 恵子", "03-3861-7742",
     "東京都台東区浅草橋2-16-4", 63, 28, 28, BusinessForm::FullTime, SmartphoneUse::CallsOnly, PcSkill::Basic,
     "", false},
    {"demo-c09", false, "加藤 翔太", "カトウ ショウタ", "かとう鍼灸整骨院", "加藤 翔太", "044-733-6125",
     "神奈川県川崎市中原区小杉町3-2-1", 35, 4, 11, BusinessForm::FullTime, SmartphoneUse::DailyApps,
     PcSkill::Advanced, "予約管理システム,会計ソフト", false},
    {"demo-c10", false, "吉田 直美", "ヨシダ ナオミ", "ベーカリー よしだ（パン屋）", "吉田 直美", "048-645-3019",
     "埼玉県さいたま市大宮区宮町1-60", 52, 15, 26, BusinessForm::FullTime, SmartphoneUse::DailyApps,
     PcSkill::Basic, "", false},
    {"demo-c11", true, "山田 太郎", "ヤマダ タロウ", "山田酒店", "山田 太郎", "03-3718-4402",
     "東京都目黒区自由が丘1-29-7", 55, 30, 33, BusinessForm::FullTime, SmartphoneUse::DailyApps, PcSkill::Basic,
     "ネットバンキング", false},
    {"demo-c12", true, "松本 真理子", "マツモト マリコ", "ネイルサロン マリー", "松本 真理子", "045-314-2287",
     "神奈川県横浜市西区南幸2-10-6", 44, 9, 16, BusinessForm::FullTime, SmartphoneUse::DailyApps,
     PcSkill::Basic, "", false},
};
// clang-format on

// Appointments of the signed-in rep (S2: recorded beforehand), so home shows today's visits.
struct DemoAppointment {
    const char *customer;
    int dayOffset; // 0 = the clock's date in the company time zone
    int hour, minute; // company time
};
const DemoAppointment Appointments[] = {
    {"demo-c01", 0, 10, 0},
    {"demo-c03", 0, 13, 30},
    {"demo-c07", 0, 16, 0},
    {"demo-c09", 1, 11, 0},
};

QString u8(const char *s)
{
    return QString::fromUtf8(s);
}

} // namespace

Result<int, StoreError> seedDemoData(Store &store, const QString &userId, const Clock &clock, bool onlyOwn)
{
    if (!store.projectionsOfKind(QStringLiteral("customer")).isEmpty())
        return 0;
    const Policy policy;
    const QDate today = companyDate(policy, clock.utcMs());
    QList<EventDraft> drafts;
    for (const DemoCustomer &c : Customers) {
        if (onlyOwn && c.otherRep)
            continue;
        const QString id = QLatin1String(c.id);
        const QString actor = c.otherRep ? DemoOtherRep : userId;
        drafts.append({EventType::CustomerRegistered, id, actor,
            QJsonObject {{QStringLiteral("name"), u8(c.name)}, {QStringLiteral("reading"), u8(c.reading)},
                {QStringLiteral("business"), u8(c.business)}, {QStringLiteral("representative"), u8(c.representative)},
                {QStringLiteral("phone"), QLatin1String(c.phone)}, {QStringLiteral("address"), u8(c.address)}}});

        ProfileSheet sheet;
        sheet.representativeBirthYear = today.year() - c.age;
        sheet.yearsInBusiness = c.yearsInBusiness;
        sheet.yearsInTrade = c.yearsInTrade;
        sheet.businessForm = c.form;
        sheet.smartphoneUse = c.smartphone;
        sheet.pcSkill = c.pc;
        const QString products = u8(c.itProducts);
        if (!products.isEmpty())
            sheet.itProductsInUse = products.split(QLatin1Char(','));
        drafts.append({EventType::ProfileRecorded, id, actor, profileRecordedPayload(sheet)});

        ScreeningDeclarations declarations;
        declarations.successorPresent = c.successorPresent;
        declarations.successorWillSign = c.successorPresent;
        declarations.antisocial = AntisocialStatus::DeclaredNone;
        const ScreeningResult result = screen(sheet, declarations, policy, today);
        drafts.append({EventType::ScreeningRecorded, id, actor, screeningRecordedPayload(result, declarations)});
    }
    int n = 0;
    for (const DemoAppointment &a : Appointments) {
        const QDateTime at(today.addDays(a.dayOffset), QTime(a.hour, a.minute), policy.zone());
        drafts.append({EventType::AppointmentRecorded, QLatin1String(a.customer), userId,
            QJsonObject {
                {QStringLiteral("appointmentId"), QStringLiteral("demo-a%1").arg(++n, 2, 10, QLatin1Char('0'))},
                {QStringLiteral("scheduledAt"), at.toMSecsSinceEpoch()}}});
    }
    const auto written = store.appendBatch(drafts);
    if (!written)
        return Result<int, StoreError>::failure(written.error());
    return static_cast<int>(written->size());
}

} // namespace kakunin
