// The console speaks Japanese (default) and English: both translation files are complete for every text in
// headoffice/console, and the compiled translations are in kakunin-hq (docs/console.md).
#include <catch2/catch.hpp>

#include <console/i18n.h>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace kakunin::hq::console;

namespace {

struct TsCount {
    int messages = 0;
    int unfinished = 0;
    int empty = 0;
    QStringList firstUnfinished;
};

TsCount countTs(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    TsCount c;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("message")) {
            ++c.messages;
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!type.isEmpty()) {
                ++c.unfinished;
                if (c.firstUnfinished.size() < 10)
                    c.firstUnfinished.append(source);
            }
            if (text.trimmed().isEmpty())
                ++c.empty;
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return c;
}

} // namespace

TEST_CASE(
    "console translations: both files are complete, also after lupdate reads the sources again", "[console][i18n]")
{
    const QString root = QStringLiteral(KAKUNIN_SOURCE_DIR);
    QTemporaryDir work;
    REQUIRE(work.isValid());
    QStringList copies;
    for (const char *name : {"console_ja.ts", "console_en.ts"}) {
        const QString copy = work.filePath(QLatin1String(name));
        REQUIRE(QFile::copy(root + QStringLiteral("/assets/i18n/") + QLatin1String(name), copy));
        QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        copies.append(copy);
    }
    QProcess lupdate;
    lupdate.setWorkingDirectory(root);
    lupdate.start(QStringLiteral("/usr/lib/qt6/bin/lupdate"),
        QStringList {QStringLiteral("-silent"), QStringLiteral("headoffice/console"), QStringLiteral("-ts")} + copies
            + QStringList {QStringLiteral("-no-obsolete")});
    REQUIRE(lupdate.waitForFinished(120'000));
    INFO(lupdate.readAllStandardError().toStdString());
    REQUIRE(lupdate.exitCode() == 0);
    for (const QString &copy : copies) {
        const TsCount c = countTs(copy);
        INFO(QFileInfo(copy).fileName().toStdString()
            << ": unfinished " << c.firstUnfinished.join(QStringLiteral(" | ")).toStdString()
            << " (run lupdate headoffice/console -ts assets/i18n/console_*.ts, "
               "then scripts/dev/fill_translations.py)");
        CHECK(c.messages > 100);
        CHECK(c.unfinished == 0);
        CHECK(c.empty == 0);
    }
}

TEST_CASE("console translations are compiled into the server and chosen per request", "[console][i18n]")
{
    const Translations t;
    REQUIRE(t.loaded(Language::Japanese));
    REQUIRE(t.loaded(Language::English));
    CHECK(t.text(Language::Japanese, "Call queue") == QStringLiteral("確認コール一覧"));
    CHECK(t.text(Language::English, "Call queue") == QStringLiteral("Call queue"));
    CHECK(t.text(Language::Japanese, "Sign out") == QStringLiteral("ログアウト"));
    // A text the files do not know comes back as its English source.
    CHECK(t.text(Language::Japanese, "no such text") == QStringLiteral("no such text"));
    CHECK(languageFromCode(QStringLiteral("en")) == Language::English);
    CHECK(languageFromCode(QStringLiteral("fr")) == Language::Japanese);
}
