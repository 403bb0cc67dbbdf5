#pragma once

#include <QList>
#include <QString>

namespace kakunin {

// Text in both languages the product speaks; Japanese is the default.
struct LocalizedText {
    QString ja;
    QString en;
    QString in(const QString &language) const { return language == QLatin1String("en") ? en : ja; }
    bool operator==(const LocalizedText &) const = default;
};

// What an important-matters item is about; some kinds are mandatory in every pack (S1, P2).
enum class MatterKind {
    General,
    Price, // price and payment through a credit company
    Term, // contract term
    NoGuarantee, // S1: no guarantee of customers, sales or results (mandatory)
    CoolingOff, // P3: cooling-off and free cancellation
    Cancellation, // how to cancel
    Support, // support hours and remote support
    DataHandling, // personal data handling
    AntisocialDeclaration, // P2: not an antisocial force (mandatory)
};

struct ImportantMatter {
    QString id;
    MatterKind kind = MatterKind::General;
    LocalizedText title;
    LocalizedText body;
    LocalizedText confirmation; // what the customer confirms by tapping
};

// Lecture depth (D2): "standard" items are taught to everyone, "extended" ones only in an extended
// lecture, chosen for customers of low IT literacy (P1).
enum class LectureLevel { Standard, Extended };

struct LectureItem {
    QString id;
    LectureLevel level = LectureLevel::Standard;
    int minutes = 0; // estimated teaching time
    LocalizedText text;
};

struct LectureCategory {
    QString id;
    LocalizedText feature; // e.g. 顧客管理
    LocalizedText operation; // e.g. 登録・検索
    QList<LectureItem> items;
};

// A question of a confirmation call (M2), by stage C1, C2, C3.
struct CallQuestion {
    QString id;
    QString stage; // "C1", "C2" or "C3"
    LocalizedText text;
};

// One product's content, versioned and hashed (docs/content-packs.md).
struct ContentPack {
    QString id; // e.g. "crm-standard"
    QString version; // e.g. "2026.11.1"
    QString productCode; // the product whose policy (lecture minimum, trial days) applies
    LocalizedText productName;
    QList<ImportantMatter> importantMatters; // in the order they are explained
    QList<LectureCategory> lecture;
    QList<CallQuestion> callScript;
    QString hash; // SHA-256 of the pack's canonical JSON (RFC 8785), lowercase hex
};

} // namespace kakunin
