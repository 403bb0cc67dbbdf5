#include <catch2/catch.hpp>

#include <core/content/contentpackloader.h>

#include <support/testsupport.h>

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <functional>

using namespace kakunin;

// The packs shipped in assets/content: they must load, and be complete enough to sell with.
namespace {

const char *const ShippedPacks[] = {"crm-standard", "web-marketing"};

QString packPath(const char *id)
{
    return QStringLiteral(KAKUNIN_CONTENT_DIR "/") + QLatin1String(id) + QStringLiteral(".json");
}

bool hasJapanese(const QString &s)
{
    return std::any_of(s.cbegin(), s.cend(), [](QChar c) { return c.unicode() >= 0x3040 && c.unicode() <= 0x9fff; });
}

bool hasCjk(const QString &s)
{
    return std::any_of(s.cbegin(), s.cend(), [](QChar c) { return c.unicode() >= 0x3000; });
}

// Every text of the pack, with a label for failure messages.
QList<QPair<QString, LocalizedText>> allTexts(const ContentPack &p)
{
    QList<QPair<QString, LocalizedText>> out {{QStringLiteral("productName"), p.productName}};
    for (const ImportantMatter &m : p.importantMatters) {
        out.append({m.id + QStringLiteral(".title"), m.title});
        out.append({m.id + QStringLiteral(".body"), m.body});
        out.append({m.id + QStringLiteral(".confirmation"), m.confirmation});
    }
    for (const LectureCategory &c : p.lecture) {
        out.append({c.id + QStringLiteral(".feature"), c.feature});
        out.append({c.id + QStringLiteral(".operation"), c.operation});
        for (const LectureItem &i : c.items)
            out.append({i.id, i.text});
    }
    for (const CallQuestion &q : p.callScript)
        out.append({q.id, q.text});
    return out;
}

// Calls visit on every "ja"/"en" string of a JSON tree with a setter that replaces it in a copy of the root.
void forEachText(const QJsonValue &node, const std::function<QJsonValue(const QJsonValue &)> &rebuild,
    const std::function<void(const QString &, const std::function<QJsonValue(const QString &)> &)> &visit)
{
    if (node.isObject()) {
        const QJsonObject o = node.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            const QString key = it.key();
            auto childRebuild = [o, key, rebuild](const QJsonValue &v) {
                QJsonObject copy = o;
                copy[key] = v;
                return rebuild(copy);
            };
            if ((key == QLatin1String("ja") || key == QLatin1String("en")) && it.value().isString())
                visit(it.value().toString(), [childRebuild](const QString &s) { return childRebuild(s); });
            else
                forEachText(it.value(), childRebuild, visit);
        }
    } else if (node.isArray()) {
        const QJsonArray a = node.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            auto childRebuild = [a, i, rebuild](const QJsonValue &v) {
                QJsonArray copy = a;
                copy[i] = v;
                return rebuild(copy);
            };
            forEachText(a.at(i), childRebuild, visit);
        }
    }
}

} // namespace

TEST_CASE("both shipped packs load from the assets folder", "[content][packs]")
{
    const auto packs = loadContentPackDir(QStringLiteral(KAKUNIN_CONTENT_DIR));
    if (!packs.ok())
        FAIL(contentPackErrorName(packs.error().code)
            << " in " << packs.error().file.toStdString() << " at " << packs.error().field.toStdString());
    REQUIRE(packs->size() == 2);
    CHECK(packs->at(0).id == QLatin1String("crm-standard"));
    CHECK(packs->at(1).id == QLatin1String("web-marketing"));
    CHECK(packs->at(0).hash != packs->at(1).hash);
}

TEST_CASE("shipped packs are complete: matters, lecture and call scripts", "[content][packs][S1][S3][P2][P3][D2][M2]")
{
    for (const char *id : ShippedPacks) {
        INFO(id);
        const auto r = loadContentPack(packPath(id));
        REQUIRE(r.ok());
        const ContentPack &p = r.value();
        CHECK(p.id == QLatin1String(id));
        CHECK(QFileInfo(packPath(id)).baseName() == p.id);
        CHECK_FALSE(p.version.isEmpty());
        CHECK_FALSE(p.productCode.isEmpty());

        // S3: at least 12 items, covering every kind the walkthrough must explain.
        CHECK(p.importantMatters.size() >= 12);
        QSet<MatterKind> kinds;
        for (const ImportantMatter &m : p.importantMatters)
            kinds.insert(m.kind);
        for (MatterKind k : {MatterKind::Price, MatterKind::Term, MatterKind::NoGuarantee, MatterKind::CoolingOff,
                 MatterKind::Cancellation, MatterKind::Support, MatterKind::DataHandling,
                 MatterKind::AntisocialDeclaration}) {
            INFO(matterKindName(k).toStdString());
            CHECK(kinds.contains(k));
        }
        for (const ImportantMatter &m : p.importantMatters) {
            if (m.kind == MatterKind::Price)
                CHECK((
                    m.body.ja.contains(QStringLiteral("信販会社")) || m.title.ja.contains(QStringLiteral("信販会社"))));
            if (m.kind == MatterKind::NoGuarantee)
                CHECK(m.body.ja.contains(QStringLiteral("保証")));
            if (m.kind == MatterKind::CoolingOff)
                CHECK(m.body.ja.contains(QStringLiteral("8日間")));
            if (m.kind == MatterKind::AntisocialDeclaration)
                CHECK(m.confirmation.ja.contains(QStringLiteral("反社会的勢力")));
        }

        // D2: at least 30 items in at least 6 feature categories, with extended items for low literacy.
        CHECK(p.lecture.size() >= 6);
        const auto all = lectureItems(p, LectureLevel::Extended);
        const auto standard = lectureItems(p, LectureLevel::Standard);
        CHECK(all.size() >= 30);
        CHECK(all.size() > standard.size());
        CHECK(all.size() - standard.size() >= 4);
        for (const LectureItem &i : standard)
            CHECK(i.level == LectureLevel::Standard);
        for (const LectureCategory &c : p.lecture)
            CHECK_FALSE(c.items.isEmpty());
        // D1: a standard lecture fills the guideline's 2–4 hours, roughly 150–200 estimated minutes.
        const int minutes = lectureMinutes(p, LectureLevel::Standard);
        CHECK(minutes >= 150);
        CHECK(minutes <= 200);
        CHECK(lectureMinutes(p, LectureLevel::Extended) <= 240 + 20);

        // M2: three calls, and every call asks again whether anything was guaranteed (S1).
        for (const char *stage : {"C1", "C2", "C3"}) {
            INFO(stage);
            const auto count = std::count_if(p.callScript.cbegin(), p.callScript.cend(),
                [stage](const CallQuestion &q) { return q.stage == QLatin1String(stage); });
            CHECK(count >= 3);
            const QString guarantee = QString::fromLatin1(stage).toLower() + QStringLiteral("-guarantee");
            CHECK(std::any_of(p.callScript.cbegin(), p.callScript.cend(),
                [&](const CallQuestion &q) { return q.id == guarantee && q.stage == QLatin1String(stage); }));
        }
    }
}

TEST_CASE("every text of the shipped packs is in Japanese and in English", "[content][packs]")
{
    for (const char *id : ShippedPacks) {
        const auto r = loadContentPack(packPath(id));
        REQUIRE(r.ok());
        for (const auto &[label, text] : allTexts(r.value())) {
            INFO(id << " " << label.toStdString());
            CHECK_FALSE(text.ja.trimmed().isEmpty());
            CHECK_FALSE(text.en.trimmed().isEmpty());
            CHECK(hasJapanese(text.ja));
            CHECK_FALSE(hasCjk(text.en)); // no Japanese left in the English
            CHECK(text.in(QStringLiteral("en")) == text.en);
        }
    }
}

TEST_CASE("the shipped packs' hashes are stable and change with any text", "[content][packs][S3]")
{
    for (const char *id : ShippedPacks) {
        INFO(id);
        const auto first = loadContentPack(packPath(id));
        const auto second = loadContentPack(packPath(id));
        REQUIRE(first.ok());
        REQUIRE(second.ok());
        CHECK(first->hash == second->hash);
        CHECK(first->hash.size() == 64);

        const QJsonObject root = QJsonDocument::fromJson(test::readFile(packPath(id))).object();
        int texts = 0;
        QSet<QString> hashes {first->hash};
        forEachText(
            root, [](const QJsonValue &v) { return v; },
            [&](const QString &text, const std::function<QJsonValue(const QString &)> &replace) {
                ++texts;
                const QJsonObject changed = replace(text + QStringLiteral("。")).toObject();
                const auto r = parseContentPack(QJsonDocument(changed).toJson(), QStringLiteral("changed.json"));
                REQUIRE(r.ok());
                CHECK(r->hash != first->hash);
                hashes.insert(r->hash);
            });
        CHECK(texts >= 2 * (1 + 12 * 3 + 30 + 6 * 2));
        CHECK(hashes.size() == texts + 1); // every edit gives its own hash
    }
}
