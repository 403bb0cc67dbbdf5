#pragma once

#include <core/content/contentpack.h>
#include <core/domain/eventcatalog.h>
#include <core/domain/policy.h>
#include <core/event.h>
#include <core/evidence/signedcontent.h>

#include <QDateTime>
#include <QJsonObject>
#include <QTimeZone>

namespace kakunin::test {

inline const QString Rep = QStringLiteral("rep-001");
inline const QString Installer = QStringLiteral("inst-001");
inline const QString Caller = QStringLiteral("hq-call-001");
inline const QString Caller2 = QStringLiteral("hq-call-002");
inline const QString Customer = QStringLiteral("cust-1");
inline const QString Contract = QStringLiteral("ctr-1");

inline QString hashOf(char c)
{
    return QString(64, QLatin1Char(c));
}
inline const QString PackHash = hashOf('a');

// A UTC instant given as a wall time in Tokyo.
inline qint64 tokyo(int y, int mo, int d, int h, int mi, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone("Asia/Tokyo")).toMSecsSinceEpoch();
}

inline LocalizedText text(const char *s)
{
    return LocalizedText {QString::fromUtf8(s), QString::fromUtf8(s)};
}

// A small pack built by hand: the loader is tested elsewhere.
inline ContentPack samplePack()
{
    ContentPack p;
    p.id = QStringLiteral("crm-test");
    p.version = QStringLiteral("2026.1.0");
    p.productCode = QStringLiteral("CRM");
    p.productName = text("顧客管理");
    p.importantMatters = {
        {QStringLiteral("price"), MatterKind::Price, text("料金"), text("…"), text("確認しました")},
        {QStringLiteral("no-guarantee"), MatterKind::NoGuarantee, text("成果の保証はありません"), text("…"),
            text("確認しました")},
        {QStringLiteral("cooling-off"), MatterKind::CoolingOff, text("クーリングオフ"), text("…"),
            text("確認しました")},
        {QStringLiteral("antisocial"), MatterKind::AntisocialDeclaration, text("反社会的勢力ではありません"), text("…"),
            text("表明します")},
    };
    p.lecture = {
        {QStringLiteral("login"), text("基本"), text("ログイン"),
            {{QStringLiteral("login-1"), LectureLevel::Standard, 10, text("ログイン")},
                {QStringLiteral("login-x"), LectureLevel::Extended, 15, text("マウスの操作")}}},
        {QStringLiteral("customers"), text("顧客管理"), text("登録"),
            {{QStringLiteral("cust-1"), LectureLevel::Standard, 20, text("顧客の登録")},
                {QStringLiteral("cust-x"), LectureLevel::Extended, 20, text("文字入力の練習")}}},
    };
    p.hash = PackHash;
    return p;
}

// Builds events with explicit wall and monotonic times, as a device would record them.
struct EventBuilder {
    qint64 at = tokyo(2026, 4, 1, 10, 0);
    qint64 mono = 1'000'000;
    QString boot = QStringLiteral("boot-1");
    qint64 seq = 0;

    void advance(qint64 ms)
    {
        at += ms;
        mono += ms;
    }
    Event make(
        const QString &type, const QString &actor, const QJsonObject &payload, const QString &aggregate = Contract)
    {
        Event e;
        e.id = QStringLiteral("ev-%1").arg(++seq);
        e.device = QStringLiteral("dev-1");
        e.seq = seq;
        e.at = at;
        e.mono = mono;
        e.boot = boot;
        e.actor = actor;
        e.type = type;
        e.aggregate = aggregate;
        e.payload = payload;
        e.prev = GenesisHash;
        e.hash = e.computeHash();
        return e;
    }
};

inline QJsonObject callPayload(const char *stage, bool clean = true)
{
    return QJsonObject {{QStringLiteral("stage"), QString::fromLatin1(stage)}, {QStringLiteral("reached"), 1},
        {QStringLiteral("guaranteeMentioned"), clean ? 0 : 1}, {QStringLiteral("conductOk"), 1},
        {QStringLiteral("lectureOk"), 1}, {QStringLiteral("productUsed"), 1}, {QStringLiteral("note"), QString()}};
}

inline QJsonObject mattersOpenedPayload(
    int itemCount = 4, bool successor = false, const char *outcome = "allowed", const QString &approvalId = QString())
{
    return QJsonObject {{QStringLiteral("customerId"), Customer},
        {QStringLiteral("productCode"), QStringLiteral("CRM")}, {QStringLiteral("packId"), QStringLiteral("crm-test")},
        {QStringLiteral("packVersion"), QStringLiteral("2026.1.0")}, {QStringLiteral("packHash"), PackHash},
        {QStringLiteral("itemCount"), itemCount}, {QStringLiteral("screeningOutcome"), QString::fromLatin1(outcome)},
        {QStringLiteral("successorRequired"), successor ? 1 : 0}, {QStringLiteral("approvalId"), approvalId}};
}

inline QJsonObject concludedPayload(const Policy &p = Policy())
{
    return QJsonObject {{QStringLiteral("policyVersion"), p.version},
        {QStringLiteral("coolingOffDays"), p.coolingOffDays},
        {QStringLiteral("trialDays"), p.trialDays(QStringLiteral("CRM"))},
        {QStringLiteral("lectureMinimumMinutes"), p.lectureMinimumMinutes(QStringLiteral("CRM"))},
        {QStringLiteral("disputeDays"), p.disputeDays}, {QStringLiteral("timeZone"), p.timeZone}};
}

// The walkthrough of a 4-item pack up to "contracted".
inline QList<Event> walkthrough(
    EventBuilder &b, const QString &contract = Contract, const QString &approvalId = QString())
{
    QList<Event> out;
    out.append(b.make(EventType::MattersOpened, Rep, mattersOpenedPayload(4, false, "allowed", approvalId), contract));
    const char *ids[] = {"price", "no-guarantee", "cooling-off", "antisocial"};
    QString digest = PackHash; // what the signatures cover (core/evidence/signedcontent.h)
    for (int i = 0; i < 4; ++i) {
        const QJsonObject item {{QStringLiteral("itemId"), QString::fromLatin1(ids[i])}, {QStringLiteral("index"), i}};
        b.advance(60'000);
        out.append(b.make(EventType::MattersItemShown, Rep, item, contract));
        digest = foldSignedContent(digest, out.last().hash);
        b.advance(30'000);
        out.append(b.make(EventType::MattersItemConfirmed, Rep, item, contract));
        digest = foldSignedContent(digest, out.last().hash);
    }
    out.append(b.make(EventType::MattersNoGuaranteeAttested, Rep, {{QStringLiteral("packHash"), PackHash}}, contract));
    auto sig = [&](const char *signer, char h) {
        return b.make(EventType::MattersSigned, Rep,
            {{QStringLiteral("signer"), QString::fromLatin1(signer)}, {QStringLiteral("signatureHash"), hashOf(h)},
                {QStringLiteral("contentHash"), digest}},
            contract);
    };
    out.append(sig("customer", 'c'));
    out.append(sig("rep", 'd'));
    out.append(b.make(EventType::ContractConcluded, Rep, concludedPayload(), contract));
    return out;
}

// Lecture of `items` items running for `runningMs`, then the delivery sign-off.
inline QList<Event> lectureAndDelivery(
    EventBuilder &b, qint64 runningMs, int items = 2, const QString &contract = Contract)
{
    QList<Event> out;
    out.append(b.make(EventType::LectureStarted, Installer,
        {{QStringLiteral("level"), QStringLiteral("standard")}, {QStringLiteral("itemCount"), items},
            {QStringLiteral("packHash"), PackHash}},
        contract));
    QString digest = foldSignedContent(PackHash, out.last().hash);
    for (int i = 0; i < items; ++i) {
        const QJsonObject item {{QStringLiteral("itemId"), QStringLiteral("item-%1").arg(i)}};
        out.append(b.make(EventType::LectureItemTaught, Installer, item, contract));
        digest = foldSignedContent(digest, out.last().hash);
        out.append(b.make(EventType::LectureItemUnderstood, Installer, item, contract));
        digest = foldSignedContent(digest, out.last().hash);
    }
    b.advance(runningMs);
    out.append(b.make(EventType::DeliverySigned, Installer,
        {{QStringLiteral("signatureHash"), hashOf('e')}, {QStringLiteral("contentHash"), digest}}, contract));
    return out;
}

} // namespace kakunin::test
