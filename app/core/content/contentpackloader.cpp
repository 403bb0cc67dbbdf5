#include "contentpackloader.h"

#include <core/canonicaljson.h>
#include <core/event.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>
#include <QVariant>

#include <algorithm>
#include <initializer_list>
#include <utility>

namespace kakunin {
namespace {

using Code = ContentPackErrorCode;

QString childPath(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString indexPath(const QString &path, qsizetype i)
{
    return path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
}

// ---------------------------------------------------------------------------------------------
// Qt's parser silently keeps the last of two equal member names, and stores 30.0 as the integer 30.
// Both would let a pack say something other than what a reviewer reads, so the raw text (already
// known to be valid JSON) is walked once more for what the parsed object can no longer show.
struct PathStep {
    QString key; // member name, or empty for an array element
    qsizetype index = -1;
};

class RawScanner {
public:
    explicit RawScanner(const QByteArray &json) : m_s(json) { }

    bool run()
    {
        skipSpace();
        return value(QString(), 0);
    }

    QString duplicatePath; // first duplicate member, empty when none
    QList<PathStep> duplicateSteps;
    QSet<QString> floatPaths;

private:
    static constexpr int MaxNesting = 1100; // above QJsonDocument's own limit

    char peek() const { return m_i < m_s.size() ? m_s.at(m_i) : '\0'; }

    void skipSpace()
    {
        while (m_i < m_s.size() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
            ++m_i;
    }

    bool string(QString *out)
    {
        if (peek() != '"')
            return false;
        ++m_i;
        QString decoded;
        QByteArray run;
        auto flush = [&] {
            decoded += QString::fromUtf8(run);
            run.clear();
        };
        while (m_i < m_s.size()) {
            const char c = m_s.at(m_i++);
            if (c == '"') {
                flush();
                if (out != nullptr)
                    *out = decoded;
                return true;
            }
            if (c != '\\') {
                run.append(c);
                continue;
            }
            if (m_i >= m_s.size())
                return false;
            const char e = m_s.at(m_i++);
            switch (e) {
            case '"':
                run.append('"');
                break;
            case '\\':
                run.append('\\');
                break;
            case '/':
                run.append('/');
                break;
            case 'b':
                run.append('\b');
                break;
            case 'f':
                run.append('\f');
                break;
            case 'n':
                run.append('\n');
                break;
            case 'r':
                run.append('\r');
                break;
            case 't':
                run.append('\t');
                break;
            case 'u': {
                if (m_i + 4 > m_s.size())
                    return false;
                bool ok = false;
                const uint unit = m_s.mid(m_i, 4).toUInt(&ok, 16);
                if (!ok)
                    return false;
                m_i += 4;
                flush();
                decoded += QChar(static_cast<char16_t>(unit));
                break;
            }
            default:
                return false;
            }
        }
        return false;
    }

    bool value(const QString &path, int depth)
    {
        if (depth > MaxNesting)
            return false;
        const char c = peek();
        if (c == '{')
            return object(path, depth);
        if (c == '[')
            return array(path, depth);
        if (c == '"')
            return string(nullptr);
        if (c == 't' || c == 'f' || c == 'n') {
            while (m_i < m_s.size() && peek() >= 'a' && peek() <= 'z')
                ++m_i;
            return true;
        }
        bool fraction = false;
        const qsizetype start = m_i;
        while (m_i < m_s.size()) {
            const char d = peek();
            if (d == '.' || d == 'e' || d == 'E')
                fraction = true;
            else if (!(d == '-' || d == '+' || (d >= '0' && d <= '9')))
                break;
            ++m_i;
        }
        if (m_i == start)
            return false;
        if (fraction)
            floatPaths.insert(path);
        return true;
    }

    bool object(const QString &path, int depth)
    {
        ++m_i; // '{'
        skipSpace();
        if (peek() == '}') {
            ++m_i;
            return true;
        }
        QSet<QString> seen;
        for (;;) {
            skipSpace();
            QString key;
            if (!string(&key))
                return false;
            const QString p = childPath(path, key);
            if (seen.contains(key) && duplicatePath.isEmpty()) {
                duplicatePath = p;
                duplicateSteps = m_steps;
                duplicateSteps.append(PathStep {key, -1});
            }
            seen.insert(key);
            skipSpace();
            if (peek() != ':')
                return false;
            ++m_i;
            skipSpace();
            m_steps.append(PathStep {key, -1});
            const bool ok = value(p, depth + 1);
            m_steps.removeLast();
            if (!ok)
                return false;
            skipSpace();
            if (peek() == ',') {
                ++m_i;
                continue;
            }
            if (peek() == '}') {
                ++m_i;
                return true;
            }
            return false;
        }
    }

    bool array(const QString &path, int depth)
    {
        ++m_i; // '['
        skipSpace();
        if (peek() == ']') {
            ++m_i;
            return true;
        }
        for (qsizetype i = 0;; ++i) {
            skipSpace();
            m_steps.append(PathStep {QString(), i});
            const bool ok = value(indexPath(path, i), depth + 1);
            m_steps.removeLast();
            if (!ok)
                return false;
            skipSpace();
            if (peek() == ',') {
                ++m_i;
                continue;
            }
            if (peek() == ']') {
                ++m_i;
                return true;
            }
            return false;
        }
    }

    const QByteArray &m_s;
    qsizetype m_i = 0;
    QList<PathStep> m_steps;
};

// The id of the innermost object with an "id" below the root along steps (for errors found by the scan).
QString innermostId(const QJsonObject &root, const QList<PathStep> &steps)
{
    QString id;
    QJsonValue v = root;
    for (qsizetype i = 0; i + 1 < steps.size(); ++i) { // the last step is the field itself
        const PathStep &s = steps.at(i);
        v = s.index >= 0 ? v.toArray().at(s.index) : v.toObject().value(s.key);
        if (v.isObject() && v.toObject().value(QLatin1String("id")).isString())
            id = v.toObject().value(QLatin1String("id")).toString();
    }
    return id;
}

// Ids travel inside events and file names: lowercase ASCII words joined by '.', '-' or '_'.
bool validId(const QString &s, qsizetype maxLength)
{
    if (s.isEmpty() || s.size() > maxLength)
        return false;
    auto alnum = [](QChar c) {
        return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
    };
    if (!alnum(s.front()) || !alnum(s.back()))
        return false;
    for (QChar c : s) {
        if (!alnum(c) && c != QLatin1Char('.') && c != QLatin1Char('-') && c != QLatin1Char('_'))
            return false;
    }
    return true;
}

// Versions may carry capitals and '+' (e.g. "2026.11.1", "1.0.0-rc1"), still nothing that needs escaping.
bool validVersion(const QString &s)
{
    if (s.isEmpty() || s.size() > 32 || !s.front().isLetterOrNumber() || s.front().unicode() > 0x7f)
        return false;
    for (QChar c : s) {
        const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            || c == QLatin1Char('.') || c == QLatin1Char('-') || c == QLatin1Char('_') || c == QLatin1Char('+');
        if (!ok)
            return false;
    }
    return true;
}

struct KindName {
    MatterKind kind;
    const char *name;
};
constexpr KindName KindNames[] = {
    {MatterKind::General, "general"},
    {MatterKind::Price, "price"},
    {MatterKind::Term, "term"},
    {MatterKind::NoGuarantee, "no_guarantee"},
    {MatterKind::CoolingOff, "cooling_off"},
    {MatterKind::Cancellation, "cancellation"},
    {MatterKind::Support, "support"},
    {MatterKind::DataHandling, "data_handling"},
    {MatterKind::AntisocialDeclaration, "antisocial_declaration"},
};

// The same names as domain/lecture.h; kept here so the loader does not depend on the domain layer.
QString levelName(LectureLevel level)
{
    return level == LectureLevel::Extended ? QStringLiteral("extended") : QStringLiteral("standard");
}

std::optional<LectureLevel> levelFromName(QStringView name)
{
    if (name == QLatin1String("standard"))
        return LectureLevel::Standard;
    if (name == QLatin1String("extended"))
        return LectureLevel::Extended;
    return std::nullopt;
}

// Kinds every pack must explain (S1 no guarantee, P2 antisocial-forces declaration).
constexpr MatterKind MandatoryKinds[] = {MatterKind::NoGuarantee, MatterKind::AntisocialDeclaration};
const char *const CallStages[] = {"C1", "C2", "C3"};

// ---------------------------------------------------------------------------------------------
// Walks the parsed object in the documented order and stops at the first problem.
class PackReader {
public:
    PackReader(const QString &file, const QSet<QString> &floatPaths) : m_floatPaths(floatPaths) { error.file = file; }

    ContentPackError error;

    bool read(const QJsonObject &root, ContentPack *pack)
    {
        // The format decides what else may appear, so it is read before anything else.
        qint64 format = 0;
        if (!readInt(root, QStringLiteral("format"), QString(), QString(), &format))
            return false;
        if (format != ContentPackFormat)
            return fail(Code::UnsupportedFormat, QString(), QStringLiteral("format"), QString::number(format));
        if (!allowOnly(root,
                {"format", "id", "version", "productCode", "productName", "importantMatters", "lecture", "callScript"},
                QString(), QString()))
            return false;

        if (!readString(root, QStringLiteral("id"), QString(), QString(), &pack->id))
            return false;
        if (!validId(pack->id, 64))
            return fail(Code::BadId, QString(), QStringLiteral("id"), pack->id);
        if (!readString(root, QStringLiteral("version"), QString(), QString(), &pack->version))
            return false;
        if (!validVersion(pack->version))
            return fail(Code::BadId, QString(), QStringLiteral("version"), pack->version);
        if (!readString(root, QStringLiteral("productCode"), QString(), QString(), &pack->productCode))
            return false;
        if (!validId(pack->productCode, 64))
            return fail(Code::BadId, QString(), QStringLiteral("productCode"), pack->productCode);
        if (!readText(root, QStringLiteral("productName"), QString(), QString(), &pack->productName))
            return false;

        if (!readList(root, QStringLiteral("importantMatters"), &PackReader::readMatter, &pack->importantMatters)
            || !readList(root, QStringLiteral("lecture"), &PackReader::readCategory, &pack->lecture)
            || !readList(root, QStringLiteral("callScript"), &PackReader::readQuestion, &pack->callScript))
            return false;

        return checkWhole(*pack);
    }

private:
    // Rules about the pack as a whole, once every element is known to be well formed.
    bool checkWhole(const ContentPack &pack)
    {
        if (pack.importantMatters.isEmpty())
            return fail(Code::TooFewItems, QString(), QStringLiteral("importantMatters"));
        for (MatterKind kind : MandatoryKinds) {
            const bool present = std::any_of(pack.importantMatters.cbegin(), pack.importantMatters.cend(),
                [kind](const ImportantMatter &m) { return m.kind == kind; });
            if (!present)
                return fail(
                    Code::MissingMandatoryItem, QString(), QStringLiteral("importantMatters"), matterKindName(kind));
        }
        if (pack.lecture.isEmpty())
            return fail(Code::TooFewItems, QString(), QStringLiteral("lecture"));
        if (lectureItems(pack, LectureLevel::Standard).isEmpty())
            return fail(Code::TooFewItems, QString(), QStringLiteral("lecture"), levelName(LectureLevel::Standard));
        // Every confirmation call (M2) needs a script.
        for (const char *stage : CallStages) {
            const QString s = QLatin1String(stage);
            const bool present = std::any_of(
                pack.callScript.cbegin(), pack.callScript.cend(), [&s](const CallQuestion &q) { return q.stage == s; });
            if (!present)
                return fail(Code::TooFewItems, QString(), QStringLiteral("callScript"), s);
        }
        return true;
    }

    // Reads one top-level array, item by item, with each item's JSON path for the error.
    template <typename T>
    bool readList(const QJsonObject &root, const QString &key,
        bool (PackReader::*readOne)(const QJsonValue &, const QString &, T *), QList<T> *out)
    {
        QJsonArray items;
        if (!readArray(root, key, QString(), QString(), &items))
            return false;
        for (qsizetype i = 0; i < items.size(); ++i) {
            T item;
            if (!(this->*readOne)(items.at(i), indexPath(key, i), &item))
                return false;
            out->append(item);
        }
        return true;
    }

    bool readMatter(const QJsonValue &v, const QString &path, ImportantMatter *m)
    {
        QJsonObject o;
        QString itemId;
        if (!readElement(v, path, &o, &itemId))
            return false;
        if (!allowOnly(o, {"id", "kind", "title", "body", "confirmation"}, path, itemId))
            return false;
        if (!readId(o, path, &m->id))
            return false;
        QString kind;
        if (!readString(o, QStringLiteral("kind"), path, itemId, &kind))
            return false;
        const auto k = matterKindFromName(kind);
        if (!k)
            return fail(Code::UnknownKind, itemId, childPath(path, QStringLiteral("kind")), kind);
        m->kind = *k;
        return readText(o, QStringLiteral("title"), path, itemId, &m->title)
            && readText(o, QStringLiteral("body"), path, itemId, &m->body)
            && readText(o, QStringLiteral("confirmation"), path, itemId, &m->confirmation);
    }

    bool readCategory(const QJsonValue &v, const QString &path, LectureCategory *c)
    {
        QJsonObject o;
        QString itemId;
        if (!readElement(v, path, &o, &itemId))
            return false;
        if (!allowOnly(o, {"id", "feature", "operation", "items"}, path, itemId))
            return false;
        if (!readId(o, path, &c->id))
            return false;
        if (!readText(o, QStringLiteral("feature"), path, itemId, &c->feature)
            || !readText(o, QStringLiteral("operation"), path, itemId, &c->operation))
            return false;
        QJsonArray items;
        if (!readArray(o, QStringLiteral("items"), path, itemId, &items))
            return false;
        const QString itemsPath = childPath(path, QStringLiteral("items"));
        if (items.isEmpty())
            return fail(Code::TooFewItems, itemId, itemsPath);
        for (qsizetype i = 0; i < items.size(); ++i) {
            LectureItem item;
            if (!readItem(items.at(i), indexPath(itemsPath, i), &item))
                return false;
            c->items.append(item);
        }
        return true;
    }

    bool readItem(const QJsonValue &v, const QString &path, LectureItem *item)
    {
        QJsonObject o;
        QString itemId;
        if (!readElement(v, path, &o, &itemId))
            return false;
        if (!allowOnly(o, {"id", "level", "minutes", "text"}, path, itemId))
            return false;
        if (!readId(o, path, &item->id))
            return false;
        QString level;
        if (!readString(o, QStringLiteral("level"), path, itemId, &level))
            return false;
        const auto l = levelFromName(level);
        if (!l)
            return fail(Code::UnknownLevel, itemId, childPath(path, QStringLiteral("level")), level);
        item->level = *l;
        qint64 minutes = 0;
        if (!readInt(o, QStringLiteral("minutes"), path, itemId, &minutes))
            return false;
        if (minutes < 1 || minutes > MaxLectureItemMinutes)
            return fail(Code::BadMinutes, itemId, childPath(path, QStringLiteral("minutes")), QString::number(minutes));
        item->minutes = static_cast<int>(minutes);
        return readText(o, QStringLiteral("text"), path, itemId, &item->text);
    }

    bool readQuestion(const QJsonValue &v, const QString &path, CallQuestion *q)
    {
        QJsonObject o;
        QString itemId;
        if (!readElement(v, path, &o, &itemId))
            return false;
        if (!allowOnly(o, {"id", "stage", "text"}, path, itemId))
            return false;
        if (!readId(o, path, &q->id))
            return false;
        if (!readString(o, QStringLiteral("stage"), path, itemId, &q->stage))
            return false;
        const bool known = std::any_of(
            std::begin(CallStages), std::end(CallStages), [q](const char *s) { return q->stage == QLatin1String(s); });
        if (!known)
            return fail(Code::UnknownStage, itemId, childPath(path, QStringLiteral("stage")), q->stage);
        return readText(o, QStringLiteral("text"), path, itemId, &q->text);
    }

    // An array element must be an object; its id (if it is a string) names it in every later error.
    bool readElement(const QJsonValue &v, const QString &path, QJsonObject *o, QString *itemId)
    {
        if (!v.isObject())
            return fail(Code::WrongType, QString(), path);
        *o = v.toObject();
        const QJsonValue id = o->value(QLatin1String("id"));
        *itemId = id.isString() ? id.toString() : QString();
        return true;
    }

    // The element's own id: well formed and unique in the whole pack.
    bool readId(const QJsonObject &o, const QString &path, QString *out)
    {
        if (!readString(o, QStringLiteral("id"), path, QString(), out))
            return false;
        const QString field = childPath(path, QStringLiteral("id"));
        if (!validId(*out, 64))
            return fail(Code::BadId, *out, field, *out);
        if (m_ids.contains(*out))
            return fail(Code::DuplicateId, *out, field, *out);
        m_ids.insert(*out);
        return true;
    }

    bool allowOnly(
        const QJsonObject &o, std::initializer_list<const char *> allowed, const QString &path, const QString &itemId)
    {
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            const QString key = it.key();
            const bool known = std::any_of(
                allowed.begin(), allowed.end(), [&key](const char *a) { return key == QLatin1String(a); });
            if (!known)
                return fail(Code::UnknownField, itemId, childPath(path, key), key);
        }
        return true;
    }

    bool need(const QJsonObject &o, const QString &key, const QString &path, const QString &itemId, QJsonValue *out)
    {
        if (!o.contains(key))
            return fail(Code::MissingField, itemId, childPath(path, key));
        *out = o.value(key);
        return true;
    }

    bool readString(const QJsonObject &o, const QString &key, const QString &path, const QString &itemId, QString *out)
    {
        QJsonValue v;
        if (!need(o, key, path, itemId, &v))
            return false;
        if (!v.isString())
            return fail(Code::WrongType, itemId, childPath(path, key));
        *out = v.toString();
        return true;
    }

    bool readInt(const QJsonObject &o, const QString &key, const QString &path, const QString &itemId, qint64 *out)
    {
        QJsonValue v;
        if (!need(o, key, path, itemId, &v))
            return false;
        const QString field = childPath(path, key);
        if (!v.isDouble())
            return fail(Code::WrongType, itemId, field);
        // 30.0 parses as an integer in Qt; the raw scan still saw the fraction.
        if (m_floatPaths.contains(field) || v.toVariant().typeId() != QMetaType::LongLong)
            return fail(Code::FloatingPoint, itemId, field);
        *out = v.toInteger();
        return true;
    }

    bool readArray(
        const QJsonObject &o, const QString &key, const QString &path, const QString &itemId, QJsonArray *out)
    {
        QJsonValue v;
        if (!need(o, key, path, itemId, &v))
            return false;
        if (!v.isArray())
            return fail(Code::WrongType, itemId, childPath(path, key));
        *out = v.toArray();
        return true;
    }

    // {"ja", "en"}, both non-blank: a customer must never see an empty line in either language.
    bool readText(
        const QJsonObject &o, const QString &key, const QString &path, const QString &itemId, LocalizedText *out)
    {
        QJsonValue v;
        if (!need(o, key, path, itemId, &v))
            return false;
        const QString textPath = childPath(path, key);
        if (!v.isObject())
            return fail(Code::WrongType, itemId, textPath);
        const QJsonObject t = v.toObject();
        if (!allowOnly(t, {"ja", "en"}, textPath, itemId))
            return false;
        for (const QString &lang : {QStringLiteral("ja"), QStringLiteral("en")}) {
            const QString field = childPath(textPath, lang);
            if (!t.contains(lang))
                return fail(Code::MissingTranslation, itemId, field, lang);
            const QJsonValue s = t.value(lang);
            if (!s.isString())
                return fail(Code::WrongType, itemId, field);
            if (s.toString().trimmed().isEmpty())
                return fail(Code::MissingTranslation, itemId, field, lang);
            (lang == QLatin1String("ja") ? out->ja : out->en) = s.toString();
        }
        return true;
    }

    bool fail(Code code, const QString &itemId, const QString &field, const QString &value = QString())
    {
        error.code = code;
        error.itemId = itemId;
        error.field = field;
        error.value = value;
        return false;
    }

    const QSet<QString> &m_floatPaths;
    QSet<QString> m_ids;
};

ContentPackResult failure(Code code, const QString &file, const QString &itemId = QString(),
    const QString &field = QString(), const QString &value = QString())
{
    return ContentPackResult::failure(ContentPackError {code, file, itemId, field, value});
}

} // namespace

ContentPackResult parseContentPack(const QByteArray &json, const QString &name)
{
    if (json.size() > MaxContentPackBytes)
        return failure(Code::TooLarge, name);
    QJsonParseError pe {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return failure(Code::NotJson, name);
    const QJsonObject root = doc.object();

    RawScanner scan(json);
    if (!scan.run())
        return failure(Code::NotJson, name);
    if (!scan.duplicatePath.isEmpty())
        return failure(Code::DuplicateKey, name, innermostId(root, scan.duplicateSteps), scan.duplicatePath,
            scan.duplicateSteps.constLast().key);

    ContentPack pack;
    PackReader reader(name, scan.floatPaths);
    if (!reader.read(root, &pack))
        return ContentPackResult::failure(reader.error);

    // The hash covers the whole object exactly as written (RFC 8785), so any tool can recompute it.
    const auto canonical = cjson::canonicalize(root);
    if (!canonical)
        return failure(Code::NotJson, name);
    pack.hash = sha256Hex(canonical.value());
    return pack;
}

ContentPackResult loadContentPack(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return failure(Code::Unreadable, path);
    if (f.size() > MaxContentPackBytes)
        return failure(Code::TooLarge, path);
    const QByteArray data = f.read(MaxContentPackBytes + 1);
    if (f.error() != QFileDevice::NoError)
        return failure(Code::Unreadable, path);
    return parseContentPack(data, path);
}

Result<QList<ContentPack>, ContentPackError> loadContentPackDir(const QString &dir)
{
    using DirResult = Result<QList<ContentPack>, ContentPackError>;
    const QDir d(dir);
    if (!d.exists())
        return DirResult::failure(ContentPackError {Code::Unreadable, dir, {}, {}, {}});
    QList<ContentPack> packs;
    const QStringList names = d.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &n : names) {
        auto r = loadContentPack(d.filePath(n));
        if (!r)
            return DirResult::failure(r.error());
        for (const ContentPack &p : std::as_const(packs)) {
            if (p.id == r->id)
                return DirResult::failure(
                    ContentPackError {Code::DuplicateId, d.filePath(n), {}, QStringLiteral("id"), p.id});
        }
        packs.append(std::move(r).value());
    }
    return packs;
}

QList<LectureItem> lectureItems(const ContentPack &pack, LectureLevel level)
{
    QList<LectureItem> out;
    for (const LectureCategory &c : pack.lecture) {
        for (const LectureItem &i : c.items) {
            if (level == LectureLevel::Extended || i.level == LectureLevel::Standard)
                out.append(i);
        }
    }
    return out;
}

QList<LectureCategory> lectureCategories(const ContentPack &pack, LectureLevel level)
{
    QList<LectureCategory> out;
    for (const LectureCategory &c : pack.lecture) {
        LectureCategory kept = c;
        kept.items.clear();
        for (const LectureItem &i : c.items) {
            if (level == LectureLevel::Extended || i.level == LectureLevel::Standard)
                kept.items.append(i);
        }
        if (!kept.items.isEmpty())
            out.append(kept);
    }
    return out;
}

int lectureMinutes(const ContentPack &pack, LectureLevel level)
{
    int total = 0;
    for (const LectureItem &i : lectureItems(pack, level))
        total += i.minutes;
    return total;
}

const char *contentPackErrorName(ContentPackErrorCode code)
{
    switch (code) {
    case Code::None:
        return "none";
    case Code::Unreadable:
        return "unreadable";
    case Code::TooLarge:
        return "too_large";
    case Code::NotJson:
        return "not_json";
    case Code::DuplicateKey:
        return "duplicate_key";
    case Code::FloatingPoint:
        return "floating_point";
    case Code::UnsupportedFormat:
        return "unsupported_format";
    case Code::UnknownField:
        return "unknown_field";
    case Code::MissingField:
        return "missing_field";
    case Code::WrongType:
        return "wrong_type";
    case Code::MissingTranslation:
        return "missing_translation";
    case Code::BadId:
        return "bad_id";
    case Code::DuplicateId:
        return "duplicate_id";
    case Code::UnknownKind:
        return "unknown_kind";
    case Code::UnknownLevel:
        return "unknown_level";
    case Code::UnknownStage:
        return "unknown_stage";
    case Code::BadMinutes:
        return "bad_minutes";
    case Code::TooFewItems:
        return "too_few_items";
    case Code::MissingMandatoryItem:
        return "missing_mandatory_item";
    }
    return "unknown";
}

QString matterKindName(MatterKind kind)
{
    for (const KindName &k : KindNames) {
        if (k.kind == kind)
            return QLatin1String(k.name);
    }
    return QString();
}

std::optional<MatterKind> matterKindFromName(QStringView name)
{
    for (const KindName &k : KindNames) {
        if (name == QLatin1String(k.name))
            return k.kind;
    }
    return std::nullopt;
}

} // namespace kakunin
