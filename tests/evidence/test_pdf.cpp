// The customer's copies as PDF, checked with the tools a person would use: pdftotext, pdftoppm, zbarimg,
// pdffonts, pdfinfo (poppler-utils, zbar-tools). A missing tool fails the test, it never skips it.
#include "pdf_fixtures.h"

#include <evidence/pdfcopy.h>

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace kakunin;
using namespace kakunin::evidence;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &program, const QStringList &args, const char *package)
{
    const QString path = QStandardPaths::findExecutable(program);
    INFO(program.toStdString() << " is missing: install the Debian package " << package << " (scripts/test does)");
    REQUIRE_FALSE(path.isEmpty());
    QProcess p;
    p.start(path, args);
    REQUIRE(p.waitForFinished(60'000));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
        p.readAllStandardError()};
}

// Text as pdftotext extracts it, without any white space: table cells wrap where the layout decides.
QString squeezed(const QString &s)
{
    QString out = s;
    out.remove(QRegularExpression(QStringLiteral("\\s+")));
    return out;
}

ContentPack crmPack()
{
    auto pack = loadContentPack(QStringLiteral(KAKUNIN_CONTENT_DIR "/crm-standard.json"));
    REQUIRE(pack.ok());
    return pack.value();
}

QString writePdf(const QString &path, const std::function<PdfError(QIODevice *)> &write)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    const PdfError e = write(&f);
    INFO("pdf error: " << pdfErrorName(e));
    REQUIRE(e == PdfError::None);
    f.close();
    REQUIRE(f.size() > 1000);
    // To look at the pages: KAKUNIN_TEST_KEEP_PDF=/some/dir keeps a copy of every PDF written.
    if (const QString keep = qEnvironmentVariable("KAKUNIN_TEST_KEEP_PDF"); !keep.isEmpty()) {
        const QString kept = keep + QLatin1Char('/') + QFileInfo(path).fileName();
        QFile::remove(kept);
        QFile::copy(path, kept);
    }
    return path;
}

QString pdfText(const QString &pdf, int page = 0)
{
    QStringList args;
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    args << pdf << QStringLiteral("-");
    const Run r = run(QStringLiteral("pdftotext"), args, "poppler-utils");
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return QString::fromUtf8(r.out);
}

int pageCount(const QString &pdf)
{
    const Run r = run(QStringLiteral("pdfinfo"), {pdf}, "poppler-utils");
    REQUIRE(r.exitCode == 0);
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(QString::fromUtf8(r.out));
    REQUIRE(m.hasMatch());
    return m.captured(1).toInt();
}

// Renders page 1 at 100 dpi, as a phone camera would roughly see a printout, and decodes the QR code.
QString decodeQrOnFirstPage(const QString &pdf, const QString &dir)
{
    const QString prefix = dir + QStringLiteral("/page1");
    const Run r = run(QStringLiteral("pdftoppm"),
        {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("100"), QStringLiteral("-f"), QStringLiteral("1"),
            QStringLiteral("-l"), QStringLiteral("1"), QStringLiteral("-singlefile"), pdf, prefix},
        "poppler-utils");
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    REQUIRE(QFile::exists(prefix + QStringLiteral(".png")));
    const Run z = run(QStringLiteral("zbarimg"),
        {QStringLiteral("--raw"), QStringLiteral("-q"), prefix + QStringLiteral(".png")}, "zbar-tools");
    INFO("zbarimg exit " << z.exitCode << ": " << z.err.toStdString());
    REQUIRE(z.exitCode == 0);
    return QString::fromUtf8(z.out).trimmed();
}

struct FontRow {
    QString name;
    QString emb;
};

// pdffonts: name, type (may hold spaces), encoding, emb, sub, uni, object, generation.
QList<FontRow> fonts(const QString &pdf)
{
    const Run r = run(QStringLiteral("pdffonts"), {pdf}, "poppler-utils");
    REQUIRE(r.exitCode == 0);
    QList<FontRow> rows;
    const QStringList lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (qsizetype i = 2; i < lines.size(); ++i) {
        const QStringList cols = lines[i].split(QLatin1Char(' '), Qt::SkipEmptyParts);
        REQUIRE(cols.size() >= 7);
        rows.append({cols.first(), cols.at(cols.size() - 5)});
    }
    return rows;
}

void checkFontsEmbedded(const QString &pdf)
{
    const QList<FontRow> rows = fonts(pdf);
    REQUIRE_FALSE(rows.isEmpty());
    for (const FontRow &f : rows) {
        INFO("font " << f.name.toStdString() << " embedded: " << f.emb.toStdString());
        CHECK(f.emb == QLatin1String("yes"));
    }
}

// Every page has the header and the footer: the record hash and "page x / y".
void checkEveryPage(const QString &pdf, const QString &recordHash, const QString &contractId)
{
    const int pages = pageCount(pdf);
    for (int n = 1; n <= pages; ++n) {
        const QString text = squeezed(pdfText(pdf, n));
        INFO("page " << n << " of " << pages);
        CHECK(text.contains(recordHash));
        CHECK(text.contains(contractId));
        CHECK(text.contains(QStringLiteral("%1/%2ページ").arg(n).arg(pages)));
    }
}

} // namespace

TEST_CASE("walkthrough copy: every item, its times, the hashes, and a QR of the record hash", "[pdf]")
{
    const ContentPack pack = crmPack();
    const WalkthroughCopy copy = test::walkthroughCopy(pack);
    REQUIRE(copy.items.size() >= 15);
    QTemporaryDir dir;
    const QString pdf = writePdf(
        dir.filePath(QStringLiteral("walkthrough.pdf")), [&](QIODevice *d) { return writeWalkthroughPdf(copy, d); });

    const QString raw = pdfText(pdf);
    const QString text = squeezed(raw);
    CHECK(text.contains(QStringLiteral("重要事項説明書")));
    for (const WalkthroughItem &item : copy.items) {
        INFO("item " << item.id.toStdString() << " " << item.title.ja.toStdString());
        CHECK(text.contains(squeezed(item.title.ja)));
        CHECK(text.contains(item.id));
        CHECK(text.contains(squeezed(formatJapanTime(*item.shownAtUtc))));
        CHECK(text.contains(squeezed(formatJapanTime(*item.confirmedAtUtc))));
    }
    CHECK(text.contains(copy.header.recordHash));
    CHECK(text.contains(copy.header.packHash));
    CHECK(text.contains(copy.header.contractId));
    CHECK(text.contains(copy.header.customerId));
    CHECK(text.contains(squeezed(copy.header.customerName)));
    CHECK(text.contains(pack.id));
    CHECK(text.contains(pack.version));
    CHECK(text.contains(squeezed(formatJapanTime(copy.header.generatedAtUtc))));
    CHECK(text.contains(squeezed(formatJapanTime(*copy.noGuaranteeAttestedAtUtc))));
    for (const CopySignature &s : copy.signatures) {
        CHECK(text.contains(squeezed(s.name)));
        CHECK(text.contains(squeezed(formatJapanTime(s.atUtc))));
        CHECK(text.contains(s.strokes.hash()));
    }
    CHECK(text.contains(QStringLiteral("紙の控えに押印済み")));
    CHECK(raw.contains(QStringLiteral("+09:00")));

    CHECK(decodeQrOnFirstPage(pdf, dir.path()) == copy.header.recordHash);
    checkFontsEmbedded(pdf);
    checkEveryPage(pdf, copy.header.recordHash, copy.header.contractId);
}

TEST_CASE("delivery copy: categories, items taught and understood, running time and minimum", "[pdf]")
{
    const ContentPack pack = crmPack();
    const DeliveryCopy copy = test::deliveryCopy(pack);
    QTemporaryDir dir;
    const QString pdf = writePdf(
        dir.filePath(QStringLiteral("delivery.pdf")), [&](QIODevice *d) { return writeDeliveryPdf(copy, d); });

    const QString text = squeezed(pdfText(pdf));
    CHECK(text.contains(QStringLiteral("納品確認書")));
    int items = 0;
    for (const DeliveryCategory &c : copy.categories) {
        CHECK(text.contains(squeezed(c.feature.ja)));
        CHECK(text.contains(squeezed(c.operation.ja)));
        for (const DeliveryItem &i : c.items) {
            INFO("item " << i.id.toStdString() << " " << i.text.ja.toStdString());
            CHECK(text.contains(squeezed(i.text.ja)));
            CHECK(text.contains(squeezed(formatJapanTime(*i.taughtAtUtc))));
            CHECK(text.contains(squeezed(formatJapanTime(*i.understoodAtUtc))));
            ++items;
        }
    }
    CHECK(items == lectureItems(pack, LectureLevel::Extended).size());
    CHECK(text.contains(QStringLiteral("3:12:05")));
    CHECK(text.contains(QStringLiteral("最低3:00:00")));
    CHECK(text.contains(QStringLiteral("最低時間を満たしています")));
    CHECK(text.contains(copy.header.recordHash));
    CHECK(text.contains(copy.header.packHash));
    CHECK(text.contains(copy.header.contractId));
    for (const CopySignature &s : copy.signatures)
        CHECK(text.contains(squeezed(s.name)));

    // 35 items do not fit on one page: the table runs on with its header repeated.
    const int pages = pageCount(pdf);
    CHECK(pages >= 2);
    CHECK(squeezed(pdfText(pdf, 2)).contains(QStringLiteral("説明・理解の日時")));

    CHECK(decodeQrOnFirstPage(pdf, dir.path()) == copy.header.recordHash);
    checkFontsEmbedded(pdf);
    checkEveryPage(pdf, copy.header.recordHash, copy.header.contractId);
}

TEST_CASE("the Japanese face is embedded and extracts as the same characters", "[pdf]")
{
    // Kanji that share a glyph with a Kangxi radical (日 ⽇, 入 ⼊, 見 ⾒ …) and digits are where a
    // font's subset can lose the way back to Unicode; the copy must read back exactly as written.
    const ContentPack pack = crmPack();
    WalkthroughCopy copy = test::walkthroughCopy(pack, 3);
    copy.header.customerName = QStringLiteral("日入一人大力月見言金長門 0123456789");
    QTemporaryDir dir;
    const QString pdf = writePdf(
        dir.filePath(QStringLiteral("fonts.pdf")), [&](QIODevice *d) { return writeWalkthroughPdf(copy, d); });
    const QString text = squeezed(pdfText(pdf));
    CHECK(text.contains(squeezed(copy.header.customerName)));
    CHECK(text.contains(QStringLiteral("ご購入いただく商品")));

    const QList<FontRow> rows = fonts(pdf);
    bool biz = false;
    for (const FontRow &f : rows)
        biz = biz || f.name.contains(QLatin1String("BIZUD"));
    INFO("fonts used: " << pdfTextFontFamily().toStdString() << " / " << pdfMonoFontFamily().toStdString()
                        << "; the copies are meant to be set in BIZ UD Gothic: install the Debian package "
                           "fonts-morisawa-bizud-gothic");
    CHECK(biz);
}

TEST_CASE("English copies use the English texts", "[pdf]")
{
    const ContentPack pack = crmPack();
    WalkthroughCopy walk = test::walkthroughCopy(pack);
    walk.header.language = QStringLiteral("en");
    DeliveryCopy delivery = test::deliveryCopy(pack);
    delivery.header.language = QStringLiteral("en");
    QTemporaryDir dir;
    const QString a = writePdf(
        dir.filePath(QStringLiteral("walk-en.pdf")), [&](QIODevice *d) { return writeWalkthroughPdf(walk, d); });
    const QString b = writePdf(
        dir.filePath(QStringLiteral("delivery-en.pdf")), [&](QIODevice *d) { return writeDeliveryPdf(delivery, d); });
    const QString ta = squeezed(pdfText(a));
    for (const WalkthroughItem &item : walk.items)
        CHECK(ta.contains(squeezed(item.title.en)));
    CHECK(ta.contains(QStringLiteral("Sealaffixedonthepapercopy")));
    const QString tb = squeezed(pdfText(b));
    // Qt may wrap "right-click" after its hyphen, and pdftotext joins such lines without it.
    auto unhyphenated = [](QString s) { return s.remove(QLatin1Char('-')); };
    for (const DeliveryCategory &c : delivery.categories) {
        for (const DeliveryItem &i : c.items) {
            INFO(i.text.en.toStdString());
            CHECK(unhyphenated(tb).contains(unhyphenated(squeezed(i.text.en))));
        }
    }
    CHECK(tb.contains(QStringLiteral("meetstheminimum")));
    CHECK(squeezed(pdfText(b, 1)).contains(QStringLiteral("Page1/")));
}

TEST_CASE("a copy states what is missing: unconfirmed items, lecture under the minimum, seal image", "[pdf]")
{
    const ContentPack pack = crmPack();
    WalkthroughCopy walk = test::walkthroughCopy(pack, 4);
    walk.items[2].confirmedAtUtc.reset();
    walk.noGuaranteeAttestedAtUtc.reset();
    QImage seal(120, 120, QImage::Format_RGB32);
    seal.fill(Qt::white);
    {
        QPainter p(&seal);
        p.setPen(QPen(Qt::red, 8));
        p.drawEllipse(10, 10, 100, 100);
    }
    QBuffer png;
    png.open(QIODevice::WriteOnly);
    seal.save(&png, "PNG");
    walk.seal = {CopySeal::Kind::Image, png.data(), test::sha256Hex(png.data())};
    QTemporaryDir dir;
    const QString a = writePdf(
        dir.filePath(QStringLiteral("open.pdf")), [&](QIODevice *d) { return writeWalkthroughPdf(walk, d); });
    const QString ta = squeezed(pdfText(a));
    CHECK(ta.contains(QStringLiteral("未確認")));
    CHECK(ta.contains(QStringLiteral("表明は記録されていません")));
    CHECK(ta.contains(walk.seal.imageHash));

    DeliveryCopy delivery = test::deliveryCopy(pack);
    delivery.lectureRunningMs = 150 * 60'000LL;
    const QString b = writePdf(
        dir.filePath(QStringLiteral("short.pdf")), [&](QIODevice *d) { return writeDeliveryPdf(delivery, d); });
    CHECK(squeezed(pdfText(b)).contains(QStringLiteral("最低時間に達していません")));
}

TEST_CASE("bad arguments are refused with a code", "[pdf]")
{
    const ContentPack pack = crmPack();
    WalkthroughCopy copy = test::walkthroughCopy(pack, 2);
    QBuffer closed;
    CHECK(writeWalkthroughPdf(copy, &closed) == PdfError::DeviceNotWritable);
    CHECK(writeWalkthroughPdf(copy, nullptr) == PdfError::DeviceNotWritable);
    copy.header.recordHash.clear();
    QBuffer open;
    open.open(QIODevice::WriteOnly);
    CHECK(writeWalkthroughPdf(copy, &open) == PdfError::MissingRecordHash);
    CHECK(open.data().isEmpty());
    CHECK(QLatin1String(pdfErrorName(PdfError::MissingRecordHash)) == QLatin1String("missing_record_hash"));
}

TEST_CASE("copy data comes from the pack and the session records", "[pdf]")
{
    const ContentPack pack = crmPack();
    QList<MatterRecord> records;
    records.append({pack.importantMatters[0].id, pack.importantMatters[0].kind, 1000, 1, 2000, 2});
    const QList<WalkthroughItem> items = walkthroughItems(pack, records);
    REQUIRE(items.size() == pack.importantMatters.size());
    CHECK(items[0].title == pack.importantMatters[0].title);
    CHECK(items[0].shownAtUtc == 1000);
    CHECK(items[0].confirmedAtUtc == 2000);
    CHECK_FALSE(items[1].shownAtUtc.has_value());

    const QList<DeliveryCategory> standard = deliveryCategories(pack, LectureLevel::Standard, {});
    int n = 0;
    for (const DeliveryCategory &c : standard) {
        for (const DeliveryItem &i : c.items) {
            CHECK_FALSE(i.extended);
            CHECK_FALSE(i.taughtAtUtc.has_value());
            ++n;
        }
    }
    CHECK(n == lectureItems(pack, LectureLevel::Standard).size());
    CHECK(copySignerRole(Signer::Rep) == SignerRole::SalesRep);
    CHECK(copySignerRole(Signer::Successor) == SignerRole::Successor);
}

TEST_CASE("times are Japan time with the offset, durations are h:mm:ss", "[pdf]")
{
    CHECK(formatJapanTime(0) == QStringLiteral("1970-01-01 09:00:00 +09:00"));
    CHECK(formatJapanTime(test::Afternoon) == QStringLiteral("2026-11-28 14:00:00 +09:00"));
    CHECK(formatJapanTime(test::Afternoon + 10 * 3600'000LL + 999) == QStringLiteral("2026-11-29 00:00:00 +09:00"));
    CHECK(formatDuration(3 * 3600'000LL + 12 * 60'000 + 5'999) == QStringLiteral("3:12:05"));
    CHECK(formatDuration(0) == QStringLiteral("0:00:00"));
    CHECK(formatDuration(-5) == QStringLiteral("0:00:00"));
}
