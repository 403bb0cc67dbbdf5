#pragma once

#include "contentpack.h"

#include <core/result.h>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace kakunin {

// The pack format this loader reads (docs/content-packs.md). A pack declares it in "format".
constexpr int ContentPackFormat = 1;
// Packs are small text; anything bigger is a mistake or an attack, refused before parsing.
constexpr qint64 MaxContentPackBytes = 4 * 1024 * 1024;
// Estimated minutes of one lecture item: a longer topic is split into several items.
constexpr int MaxLectureItemMinutes = 120;

// Why a pack was refused. Codes, not sentences: the UI and the console put them into words.
enum class ContentPackErrorCode {
    None = 0,
    Unreadable, // the file cannot be opened or read
    TooLarge, // over MaxContentPackBytes
    NotJson, // not one UTF-8 JSON object
    DuplicateKey, // the same member name twice in one object (parsers disagree on which wins)
    FloatingPoint, // a number with a fraction or exponent: packs carry integers only
    UnsupportedFormat, // "format" is not ContentPackFormat
    UnknownField, // a member the format does not define (typos show instead of being ignored)
    MissingField, // a required member is absent
    WrongType, // a member has the wrong JSON type
    MissingTranslation, // a text lacks "ja" or "en", or it is blank
    BadId, // an id, productCode or version is empty or has characters outside the allowed set
    DuplicateId, // an id used twice in one pack (or one pack id twice in a folder)
    UnknownKind, // importantMatters[].kind is not a known MatterKind
    UnknownLevel, // lecture item level is neither "standard" nor "extended"
    UnknownStage, // call question stage is not C1, C2 or C3
    BadMinutes, // lecture item minutes outside 1..MaxLectureItemMinutes
    TooFewItems, // an empty list, or a call stage / the standard level with no items
    MissingMandatoryItem, // no no_guarantee (S1) or no antisocial_declaration (P2) matter
};

// Where and why: file as given, the id of the innermost item around the problem (empty at top level),
// the JSON path of the field ("importantMatters[3].title.en"), and the offending value when it helps
// (an unknown kind, the missing mandatory kind, the call stage without questions).
struct ContentPackError {
    ContentPackErrorCode code = ContentPackErrorCode::None;
    QString file;
    QString itemId;
    QString field;
    QString value;
};

using ContentPackResult = Result<ContentPack, ContentPackError>;

// Reads and validates one pack. Either a complete, valid pack with its hash, or an error: never half.
ContentPackResult loadContentPack(const QString &path);
// Same from bytes; name stands for the file in errors (e.g. a resource path or a sync blob id).
ContentPackResult parseContentPack(const QByteArray &json, const QString &name);
// Every *.json in a folder, ordered by file name; pack ids must be unique across the folder.
Result<QList<ContentPack>, ContentPackError> loadContentPackDir(const QString &dir);

// Items taught at a level (D2): Standard → standard items only; Extended → every item.
// Category order, then item order, as in the pack.
QList<LectureItem> lectureItems(const ContentPack &pack, LectureLevel level);
// The lecture for a level with categories that have no item at that level left out.
QList<LectureCategory> lectureCategories(const ContentPack &pack, LectureLevel level);
// Sum of the estimated minutes of lectureItems(pack, level).
int lectureMinutes(const ContentPack &pack, LectureLevel level);

const char *contentPackErrorName(ContentPackErrorCode code);
QString matterKindName(MatterKind kind); // "no_guarantee" …
std::optional<MatterKind> matterKindFromName(QStringView name);
// Level names ("standard", "extended") are lectureLevelName / lectureLevelFromName in domain/lecture.h.

} // namespace kakunin
