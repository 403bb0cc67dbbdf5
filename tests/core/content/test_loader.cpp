#include <catch2/catch.hpp>

#include <core/canonicaljson.h>
#include <core/content/contentpackloader.h>
#include <core/event.h>

#include <support/testsupport.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <functional>

using namespace kakunin;
using Code = ContentPackErrorCode;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(KAKUNIN_TEST_DATA "/packs/") + QLatin1String(name);
}

QJsonObject minimalObject()
{
    return QJsonDocument::fromJson(test::readFile(fixture("minimal.json"))).object();
}

// Applies one edit to the minimal pack and loads the result from bytes.
ContentPackResult mutated(const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject o = minimalObject();
    edit(o);
    return parseContentPack(QJsonDocument(o).toJson(), QStringLiteral("mutated.json"));
}

// Replaces the value at a path of keys and array indexes, e.g. {"lecture", 0, "items", 1, "minutes"}.
struct Step {
    Step(const char *k) : key(QLatin1String(k)) { } // NOLINT(google-explicit-constructor)
    Step(int i) : index(i) { } // NOLINT(google-explicit-constructor)
    QString key;
    int index = -1;
};

QJsonValue setAt(const QJsonValue &node, const QList<Step> &path, qsizetype at, const QJsonValue &value, bool remove)
{
    const Step &s = path.at(at);
    const bool last = at + 1 == path.size();
    if (s.index >= 0) {
        QJsonArray a = node.toArray();
        if (last && remove)
            a.removeAt(s.index);
        else
            a[s.index] = last ? value : setAt(a.at(s.index), path, at + 1, value, remove);
        return a;
    }
    QJsonObject o = node.toObject();
    if (last && remove)
        o.remove(s.key);
    else
        o[s.key] = last ? value : setAt(o.value(s.key), path, at + 1, value, remove);
    return o;
}

void set(QJsonObject &o, const QList<Step> &path, const QJsonValue &value)
{
    o = setAt(o, path, 0, value, false).toObject();
}

void drop(QJsonObject &o, const QList<Step> &path)
{
    o = setAt(o, path, 0, QJsonValue(), true).toObject();
}

void requireError(const ContentPackResult &r, Code code, const QString &file, const char *itemId, const char *field)
{
    REQUIRE_FALSE(r.ok());
    const ContentPackError e = r.error();
    INFO("code " << contentPackErrorName(e.code) << " item '" << e.itemId.toStdString() << "' field '"
                 << e.field.toStdString() << "' value '" << e.value.toStdString() << "'");
    CHECK(e.code == code);
    CHECK(e.file == file);
    CHECK(e.itemId == QLatin1String(itemId));
    CHECK(e.field == QLatin1String(field));
}

} // namespace

TEST_CASE("the minimal fixture is valid, so each bad fixture fails for its one difference", "[content]")
{
    const auto r = loadContentPack(fixture("minimal.json"));
    REQUIRE(r.ok());
    CHECK(r->id == QLatin1String("test-pack"));
    CHECK(r->version == QLatin1String("1.0.0"));
    CHECK(r->productCode == QLatin1String("test-product"));
    CHECK(r->importantMatters.size() == 2);
    CHECK(r->importantMatters.at(0).kind == MatterKind::NoGuarantee);
    CHECK(r->importantMatters.at(1).confirmation.en == QLatin1String("I declare it."));
    REQUIRE(r->lecture.size() == 1);
    CHECK(r->lecture.at(0).items.at(1).level == LectureLevel::Extended);
    CHECK(r->lecture.at(0).items.at(1).minutes == 5);
    CHECK(r->callScript.at(2).stage == QLatin1String("C3"));
    CHECK(r->hash.size() == 64);
}

TEST_CASE("each bad pack fixture is refused with its code, file, item and field", "[content]")
{
    struct Case {
        const char *file;
        Code code;
        const char *itemId;
        const char *field;
        const char *value;
    };
    const Case cases[] = {
        {"not_json.json", Code::NotJson, "", "", ""},
        {"unsupported_format.json", Code::UnsupportedFormat, "", "format", "2"},
        {"missing_translation.json", Code::MissingTranslation, "m-no-guarantee", "importantMatters[0].title.en", "en"},
        {"duplicate_id.json", Code::DuplicateId, "m-antisocial", "callScript[2].id", "m-antisocial"},
        {"missing_mandatory.json", Code::MissingMandatoryItem, "", "importantMatters", "antisocial_declaration"},
        {"unknown_level.json", Code::UnknownLevel, "i-power", "lecture[0].items[1].level", "expert"},
        {"unknown_kind.json", Code::UnknownKind, "m-antisocial", "importantMatters[1].kind", "warranty"},
        {"unknown_stage.json", Code::UnknownStage, "q-c2", "callScript[1].stage", "C4"},
        {"wrong_type.json", Code::WrongType, "i-start", "lecture[0].items[0].minutes", ""},
        {"float.json", Code::FloatingPoint, "i-start", "lecture[0].items[0].minutes", ""},
        {"extra_field.json", Code::UnknownField, "m-no-guarantee", "importantMatters[0].tilte", "tilte"},
        {"bad_minutes.json", Code::BadMinutes, "i-start", "lecture[0].items[0].minutes", "0"},
        {"duplicate_key.json", Code::DuplicateKey, "m-no-guarantee", "importantMatters[0].kind", "kind"},
    };
    for (const Case &c : cases) {
        INFO(c.file);
        const QString path = fixture(c.file);
        const auto r = loadContentPack(path);
        requireError(r, c.code, path, c.itemId, c.field);
        CHECK(r.error().value == QLatin1String(c.value));
        // Bytes and a name give the same answer as the file.
        const auto fromBytes = parseContentPack(test::readFile(path), QStringLiteral("blob:1"));
        requireError(fromBytes, c.code, QStringLiteral("blob:1"), c.itemId, c.field);
    }
}

TEST_CASE("texts need both languages, non-blank", "[content]")
{
    requireError(mutated([](QJsonObject &o) {
        drop(o, {"lecture", 0, "items", 1, "text", "ja"});
    }),
        Code::MissingTranslation, QStringLiteral("mutated.json"), "i-power", "lecture[0].items[1].text.ja");
    requireError(mutated([](QJsonObject &o) {
        set(o, {"callScript", 0, "text", "en"}, QStringLiteral(" \n "));
    }),
        Code::MissingTranslation, QStringLiteral("mutated.json"), "q-c1", "callScript[0].text.en");
    requireError(mutated([](QJsonObject &o) {
        set(o, {"productName", "ja"}, QString());
    }),
        Code::MissingTranslation, QStringLiteral("mutated.json"), "", "productName.ja");
    requireError(mutated([](QJsonObject &o) {
        set(o, {"lecture", 0, "operation"}, QStringLiteral("起動"));
    }),
        Code::WrongType, QStringLiteral("mutated.json"), "c-basics", "lecture[0].operation");
    requireError(mutated([](QJsonObject &o) {
        set(o, {"importantMatters", 1, "body", "fr"}, QStringLiteral("x"));
    }),
        Code::UnknownField, QStringLiteral("mutated.json"), "m-antisocial", "importantMatters[1].body.fr");
}

TEST_CASE("required fields, types and unknown fields at every level", "[content]")
{
    requireError(mutated([](QJsonObject &o) {
        drop(o, {"importantMatters", 0, "confirmation"});
    }),
        Code::MissingField, QStringLiteral("mutated.json"), "m-no-guarantee", "importantMatters[0].confirmation");
    requireError(mutated([](QJsonObject &o) { drop(o, {"version"}); }), Code::MissingField,
        QStringLiteral("mutated.json"), "", "version");
    requireError(mutated([](QJsonObject &o) { drop(o, {"format"}); }), Code::MissingField,
        QStringLiteral("mutated.json"), "", "format");
    requireError(mutated([](QJsonObject &o) {
        drop(o, {"lecture", 0, "items", 0, "id"});
    }),
        Code::MissingField, QStringLiteral("mutated.json"), "", "lecture[0].items[0].id");
    requireError(mutated([](QJsonObject &o) { set(o, {"lecture"}, QJsonObject()); }), Code::WrongType,
        QStringLiteral("mutated.json"), "", "lecture");
    requireError(mutated([](QJsonObject &o) {
        set(o, {"callScript", 1}, QStringLiteral("q"));
    }),
        Code::WrongType, QStringLiteral("mutated.json"), "", "callScript[1]");
    requireError(mutated([](QJsonObject &o) { set(o, {"format"}, QStringLiteral("1")); }), Code::WrongType,
        QStringLiteral("mutated.json"), "", "format");
    requireError(mutated([](QJsonObject &o) { set(o, {"comment"}, QStringLiteral("draft")); }), Code::UnknownField,
        QStringLiteral("mutated.json"), "", "comment");
    requireError(mutated([](QJsonObject &o) {
        set(o, {"lecture", 0, "items", 0, "note"}, 1);
    }),
        Code::UnknownField, QStringLiteral("mutated.json"), "i-start", "lecture[0].items[0].note");
    // A future format is refused as a whole, before its new fields are judged.
    const auto future = mutated([](QJsonObject &o) {
        set(o, {"format"}, 2);
        set(o, {"signatures"}, QJsonArray());
    });
    requireError(future, Code::UnsupportedFormat, QStringLiteral("mutated.json"), "", "format");
}

TEST_CASE("ids are well formed and unique across the whole pack", "[content]")
{
    requireError(mutated([](QJsonObject &o) {
        set(o, {"lecture", 0, "items", 1, "id"}, QStringLiteral("i-start"));
    }),
        Code::DuplicateId, QStringLiteral("mutated.json"), "i-start", "lecture[0].items[1].id");
    requireError(mutated([](QJsonObject &o) {
        set(o, {"lecture", 0, "id"}, QStringLiteral("m-no-guarantee"));
    }),
        Code::DuplicateId, QStringLiteral("mutated.json"), "m-no-guarantee", "lecture[0].id");
    requireError(mutated([](QJsonObject &o) {
        set(o, {"importantMatters", 0, "id"}, QStringLiteral("Bad Id"));
    }),
        Code::BadId, QStringLiteral("mutated.json"), "Bad Id", "importantMatters[0].id");
    requireError(mutated([](QJsonObject &o) { set(o, {"id"}, QString()); }), Code::BadId,
        QStringLiteral("mutated.json"), "", "id");
    requireError(mutated([](QJsonObject &o) { set(o, {"version"}, QStringLiteral("1.0 beta")); }), Code::BadId,
        QStringLiteral("mutated.json"), "", "version");
    requireError(mutated([](QJsonObject &o) { set(o, {"productCode"}, QStringLiteral("-x")); }), Code::BadId,
        QStringLiteral("mutated.json"), "", "productCode");
    CHECK(mutated([](QJsonObject &o) { set(o, {"version"}, QStringLiteral("2026.11.1+b2")); }).ok());
}

TEST_CASE("lecture minutes are integers from 1 to 120", "[content][D2]")
{
    for (int minutes : {1, 60, MaxLectureItemMinutes}) {
        INFO(minutes);
        CHECK(mutated([minutes](QJsonObject &o) { set(o, {"lecture", 0, "items", 0, "minutes"}, minutes); }).ok());
    }
    for (int minutes : {0, -5, MaxLectureItemMinutes + 1, 100000}) {
        INFO(minutes);
        const auto r = mutated([minutes](QJsonObject &o) { set(o, {"lecture", 0, "items", 0, "minutes"}, minutes); });
        requireError(r, Code::BadMinutes, QStringLiteral("mutated.json"), "i-start", "lecture[0].items[0].minutes");
        CHECK(r.error().value == QString::number(minutes));
    }
    requireError(mutated([](QJsonObject &o) {
        set(o, {"lecture", 0, "items", 1, "minutes"}, 12.5);
    }),
        Code::FloatingPoint, QStringLiteral("mutated.json"), "i-power", "lecture[0].items[1].minutes");
    // Exponent notation is a float too, even when its value is whole.
    QByteArray json = test::readFile(fixture("minimal.json"));
    json.replace("\"minutes\": 5", "\"minutes\": 5e0");
    requireError(parseContentPack(json, QStringLiteral("exp.json")), Code::FloatingPoint, QStringLiteral("exp.json"),
        "i-power", "lecture[0].items[1].minutes");
    json = test::readFile(fixture("minimal.json"));
    json.replace("\"format\": 1", "\"format\": 1.0");
    requireError(parseContentPack(json, QStringLiteral("fmt.json")), Code::FloatingPoint, QStringLiteral("fmt.json"),
        "", "format");
}

TEST_CASE("mandatory matters: no guarantee (S1) and antisocial declaration (P2)", "[content][S1][P2]")
{
    const auto noS1 = mutated([](QJsonObject &o) { drop(o, {"importantMatters", 0}); });
    requireError(noS1, Code::MissingMandatoryItem, QStringLiteral("mutated.json"), "", "importantMatters");
    CHECK(noS1.error().value == QLatin1String("no_guarantee"));
    const auto noP2 = mutated([](QJsonObject &o) {
        set(o, {"importantMatters", 1, "kind"}, QStringLiteral("support"));
    });
    requireError(noP2, Code::MissingMandatoryItem, QStringLiteral("mutated.json"), "", "importantMatters");
    CHECK(noP2.error().value == QLatin1String("antisocial_declaration"));
}

TEST_CASE("empty lists and call stages without a script are refused", "[content][M2]")
{
    requireError(mutated([](QJsonObject &o) { set(o, {"importantMatters"}, QJsonArray()); }), Code::TooFewItems,
        QStringLiteral("mutated.json"), "", "importantMatters");
    requireError(mutated([](QJsonObject &o) { set(o, {"lecture"}, QJsonArray()); }), Code::TooFewItems,
        QStringLiteral("mutated.json"), "", "lecture");
    requireError(mutated([](QJsonObject &o) {
        set(o, {"lecture", 0, "items"}, QJsonArray());
    }),
        Code::TooFewItems, QStringLiteral("mutated.json"), "c-basics", "lecture[0].items");
    const auto onlyExtended = mutated([](QJsonObject &o) { drop(o, {"lecture", 0, "items", 0}); });
    requireError(onlyExtended, Code::TooFewItems, QStringLiteral("mutated.json"), "", "lecture");
    CHECK(onlyExtended.error().value == QLatin1String("standard"));
    const auto noC2 = mutated([](QJsonObject &o) { drop(o, {"callScript", 1}); });
    requireError(noC2, Code::TooFewItems, QStringLiteral("mutated.json"), "", "callScript");
    CHECK(noC2.error().value == QLatin1String("C2"));
}

TEST_CASE("unreadable, oversized and non-object input", "[content]")
{
    const QString missing = fixture("no_such_pack.json");
    requireError(loadContentPack(missing), Code::Unreadable, missing, "", "");
    QByteArray big = test::readFile(fixture("minimal.json"));
    big.append(QByteArray(MaxContentPackBytes, ' '));
    requireError(parseContentPack(big, QStringLiteral("big.json")), Code::TooLarge, QStringLiteral("big.json"), "", "");
    requireError(
        parseContentPack("[1, 2]", QStringLiteral("array.json")), Code::NotJson, QStringLiteral("array.json"), "", "");
    requireError(parseContentPack(QByteArray(), QStringLiteral("empty.json")), Code::NotJson,
        QStringLiteral("empty.json"), "", "");
}

TEST_CASE("the hash is SHA-256 of the RFC 8785 form of the whole file", "[content][S3]")
{
    const QByteArray bytes = test::readFile(fixture("minimal.json"));
    const auto a = parseContentPack(bytes, QStringLiteral("a.json"));
    const auto b = loadContentPack(fixture("minimal.json"));
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    CHECK(a->hash == b->hash);
    const auto canonical = cjson::canonicalize(QJsonDocument::fromJson(bytes).object());
    REQUIRE(canonical.ok());
    CHECK(a->hash == sha256Hex(canonical.value()));
    CHECK(a->hash == a->hash.toLower());
    // Layout is not content: compact output with the same members hashes the same.
    const auto compact
        = parseContentPack(QJsonDocument::fromJson(bytes).toJson(QJsonDocument::Compact), QStringLiteral("c.json"));
    REQUIRE(compact.ok());
    CHECK(compact->hash == a->hash);
    // Every byte of meaning counts: one character in one text changes the hash.
    const auto edited = mutated([](QJsonObject &o) {
        set(o, {"callScript", 2, "text", "en"}, QStringLiteral("Did you use it!"));
    });
    REQUIRE(edited.ok());
    CHECK(edited->hash != a->hash);
}

TEST_CASE("lecture items by level (D2): standard only, or everything for extended", "[content][D2]")
{
    const auto r = mutated([](QJsonObject &o) {
        // A second category with only an extended item.
        QJsonArray lecture = o.value(QStringLiteral("lecture")).toArray();
        lecture.append(QJsonObject {
            {QStringLiteral("id"), QStringLiteral("c-pc")},
            {QStringLiteral("feature"),
                QJsonObject {
                    {QStringLiteral("ja"), QStringLiteral("パソコン")}, {QStringLiteral("en"), QStringLiteral("PC")}}},
            {QStringLiteral("operation"),
                QJsonObject {
                    {QStringLiteral("ja"), QStringLiteral("マウス")}, {QStringLiteral("en"), QStringLiteral("Mouse")}}},
            {QStringLiteral("items"),
                QJsonArray {QJsonObject {{QStringLiteral("id"), QStringLiteral("i-mouse")},
                    {QStringLiteral("level"), QStringLiteral("extended")}, {QStringLiteral("minutes"), 7},
                    {QStringLiteral("text"),
                        QJsonObject {{QStringLiteral("ja"), QStringLiteral("マウス")},
                            {QStringLiteral("en"), QStringLiteral("Mouse")}}}}}},
        });
        o[QStringLiteral("lecture")] = lecture;
    });
    REQUIRE(r.ok());
    const auto standard = lectureItems(r.value(), LectureLevel::Standard);
    REQUIRE(standard.size() == 1);
    CHECK(standard.at(0).id == QLatin1String("i-start"));
    const auto extended = lectureItems(r.value(), LectureLevel::Extended);
    REQUIRE(extended.size() == 3);
    CHECK(extended.at(1).id == QLatin1String("i-power"));
    CHECK(extended.at(2).id == QLatin1String("i-mouse"));
    CHECK(lectureMinutes(r.value(), LectureLevel::Standard) == 10);
    CHECK(lectureMinutes(r.value(), LectureLevel::Extended) == 22);
    CHECK(lectureCategories(r.value(), LectureLevel::Standard).size() == 1);
    const auto cats = lectureCategories(r.value(), LectureLevel::Extended);
    REQUIRE(cats.size() == 2);
    CHECK(cats.at(0).items.size() == 2);
}

TEST_CASE("matter kind names round-trip", "[content]")
{
    for (MatterKind k : {MatterKind::General, MatterKind::Price, MatterKind::Term, MatterKind::NoGuarantee,
             MatterKind::CoolingOff, MatterKind::Cancellation, MatterKind::Support, MatterKind::DataHandling,
             MatterKind::AntisocialDeclaration}) {
        const QString name = matterKindName(k);
        CHECK_FALSE(name.isEmpty());
        CHECK(matterKindFromName(name) == k);
    }
    CHECK(matterKindName(MatterKind::AntisocialDeclaration) == QLatin1String("antisocial_declaration"));
    CHECK_FALSE(matterKindFromName(u"No_Guarantee").has_value());
    CHECK(std::string(contentPackErrorName(Code::MissingMandatoryItem)) == "missing_mandatory_item");
}

TEST_CASE("a folder of packs loads in name order and refuses the same pack id twice", "[content]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QByteArray minimal = test::readFile(fixture("minimal.json"));
    test::writeFile(dir.filePath(QStringLiteral("b.json")), minimal);
    QJsonObject other = QJsonDocument::fromJson(minimal).object();
    other[QStringLiteral("id")] = QStringLiteral("another-pack");
    test::writeFile(dir.filePath(QStringLiteral("a.json")), QJsonDocument(other).toJson());
    test::writeFile(dir.filePath(QStringLiteral("README.md")), "not a pack");
    const auto ok = loadContentPackDir(dir.path());
    REQUIRE(ok.ok());
    REQUIRE(ok->size() == 2);
    CHECK(ok->at(0).id == QLatin1String("another-pack"));
    CHECK(ok->at(1).id == QLatin1String("test-pack"));

    test::writeFile(dir.filePath(QStringLiteral("c.json")), minimal);
    const auto dup = loadContentPackDir(dir.path());
    REQUIRE_FALSE(dup.ok());
    CHECK(dup.error().code == Code::DuplicateId);
    CHECK(dup.error().file == dir.filePath(QStringLiteral("c.json")));
    CHECK(dup.error().field == QLatin1String("id"));

    test::writeFile(dir.filePath(QStringLiteral("c.json")), "{");
    const auto bad = loadContentPackDir(dir.path());
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().code == Code::NotJson);
    CHECK(bad.error().file == dir.filePath(QStringLiteral("c.json")));
}
