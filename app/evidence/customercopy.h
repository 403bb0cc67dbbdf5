#pragma once

#include <core/content/contentpack.h>
#include <core/domain/importantmatters.h>
#include <core/evidence/signaturestrokes.h>

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace kakunin::evidence {

// What goes into the customer's copies (控え) of a walkthrough (重要事項説明書) or a delivery
// confirmation (納品確認書). Plain data gathered from the record; pdfcopy.h draws it. Times are UTC
// milliseconds as in the events; the PDF shows them in Japan time with the offset.

// Who signed (署名), in the order the PDF lists them.
enum class SignerRole {
    Customer, // お客様 (the representative)
    Successor, // 後継者 (P2: present, explained to, and signing too)
    SalesRep, // 営業担当
    Installer, // 納品担当
};

// The walkthrough's signers (domain/importantmatters.h) as they are listed on the copy.
SignerRole copySignerRole(Signer signer);

struct CopySignature {
    SignerRole role = SignerRole::Customer;
    QString name;
    qint64 atUtc = 0;
    SignatureStrokes strokes; // drawn from the strokes, never from a picture of them
};

// The seal (押印): affixed on the paper copy, or an image of it.
struct CopySeal {
    enum class Kind {
        None, // no seal recorded: the PDF says so
        AffixedOnPaper, // 紙の控えに押印済み
        Image, // a scan or photo of the seal impression
    };
    Kind kind = Kind::None;
    QByteArray image; // PNG or JPEG bytes when kind == Image
    QString imageHash; // SHA-256 of image (the blob id), lowercase hex; printed under the image
};

// The parties and the record, common to both copies.
struct CopyHeader {
    QString language = QStringLiteral("ja"); // "ja" (default) or "en": labels and item texts
    QString customerId;
    QString customerName;
    QString contractId;
    QString staffId; // the sales rep (walkthrough) or the installer (delivery)
    QString staffName;
    LocalizedText productName;
    QString packId;
    QString packVersion;
    QString packHash; // SHA-256 of the content pack
    QString recordHash; // hash of the record this copy is a copy of; printed, in the footer and as the QR
    qint64 generatedAtUtc = 0;
};

// 重要事項説明書 控え
struct WalkthroughItem {
    QString id;
    LocalizedText title;
    std::optional<qint64> shownAtUtc;
    std::optional<qint64> confirmedAtUtc;
};

struct WalkthroughCopy {
    CopyHeader header;
    QList<WalkthroughItem> items; // in the order they were explained
    std::optional<qint64> noGuaranteeAttestedAtUtc; // S1: the rep attested no guarantee was given
    QList<CopySignature> signatures;
    CopySeal seal;
};

// 納品確認書
struct DeliveryItem {
    QString id;
    LocalizedText text;
    bool extended = false; // an extended-lecture item (P1: low IT literacy)
    std::optional<qint64> taughtAtUtc; // installer
    std::optional<qint64> understoodAtUtc; // customer
};

struct DeliveryCategory {
    QString id;
    LocalizedText feature; // e.g. 顧客管理
    LocalizedText operation; // e.g. 登録・検索
    QList<DeliveryItem> items;
};

struct DeliveryCopy {
    CopyHeader header;
    LectureLevel level = LectureLevel::Standard;
    qint64 lectureRunningMs = 0; // D1: running time on the monotonic clock
    qint64 minimumMs = 0; // D1: the product's policy minimum
    std::optional<qint64> lectureStartedAtUtc;
    std::optional<qint64> lectureEndedAtUtc;
    QList<DeliveryCategory> categories;
    QList<CopySignature> signatures;
    CopySeal seal;
};

// The walkthrough items in the pack's order, titled from the pack, timed from the session's records.
// A pack item without a record is listed with no times (the PDF shows it as not confirmed).
QList<WalkthroughItem> walkthroughItems(const ContentPack &pack, const QList<MatterRecord> &records);

struct ItemTimes {
    std::optional<qint64> taughtAtUtc;
    std::optional<qint64> understoodAtUtc;
};

// The delivery checklist for a level, as in the pack (lectureCategories), with the times by item id.
QList<DeliveryCategory> deliveryCategories(
    const ContentPack &pack, LectureLevel level, const QHash<QString, ItemTimes> &times);

// "2026-11-28 14:03:12 +09:00": Japan time (Asia/Tokyo) with its UTC offset. Empty for no time.
QString formatJapanTime(qint64 utcMs);
// Running time as "3:12:05" (hours:minutes:seconds), rounded down to the second.
QString formatDuration(qint64 ms);

} // namespace kakunin::evidence
