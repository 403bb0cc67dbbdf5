// QR codes of the record hash: the matrix from libqrencode, checked without painting, then decoded.
#include <evidence/qrcode.h>

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace kakunin::evidence;

namespace {

const QByteArray Hash = QCryptographicHash::hash("a record", QCryptographicHash::Sha256).toHex();

// A finder pattern: a 7 × 7 dark ring, a light ring, a 3 × 3 dark centre.
bool finderAt(const QrMatrix &m, int x0, int y0)
{
    for (int y = 0; y < 7; ++y) {
        for (int x = 0; x < 7; ++x) {
            const bool ring = x == 0 || y == 0 || x == 6 || y == 6;
            const bool centre = x >= 2 && x <= 4 && y >= 2 && y <= 4;
            if (m.dark(x0 + x, y0 + y) != (ring || centre))
                return false;
        }
    }
    return true;
}

} // namespace

TEST_CASE("a record hash encodes as a version 5 symbol with its finder patterns", "[pdf][qr]")
{
    const QrMatrix m = QrMatrix::encode(Hash);
    REQUIRE_FALSE(m.isNull());
    CHECK(m.size() == 37); // 64 bytes at level M need version 5
    CHECK(m.version() == 5);
    CHECK(finderAt(m, 0, 0));
    CHECK(finderAt(m, m.size() - 7, 0));
    CHECK(finderAt(m, 0, m.size() - 7));
    CHECK_FALSE(m.dark(-1, 0));
    CHECK_FALSE(m.dark(m.size(), 0));
    // Deterministic: the same bytes give the same symbol.
    const QrMatrix again = QrMatrix::encode(Hash);
    bool same = true;
    for (int y = 0; y < m.size(); ++y) {
        for (int x = 0; x < m.size(); ++x)
            same = same && m.dark(x, y) == again.dark(x, y);
    }
    CHECK(same);
    CHECK(QrMatrix::encode(QByteArray()).isNull());
    CHECK(QrMatrix::encode(QByteArray(4000, 'x')).isNull()); // over the largest symbol
}

TEST_CASE("the vector path keeps the quiet zone and covers exactly the dark modules", "[pdf][qr]")
{
    const QrMatrix m = QrMatrix::encode(Hash);
    const QRectF target(100, 50, 450, 450);
    const QPainterPath path = m.path(target);
    const qreal module = 450.0 / (m.size() + 2 * QrMatrix::QuietZone);
    const QRectF symbol(100 + 4 * module, 50 + 4 * module, m.size() * module, m.size() * module);
    CHECK(path.boundingRect().left() == Approx(symbol.left()));
    CHECK(path.boundingRect().top() == Approx(symbol.top()));
    CHECK(path.boundingRect().right() == Approx(symbol.right()));
    CHECK(path.boundingRect().bottom() == Approx(symbol.bottom()));
    int mismatches = 0;
    for (int y = 0; y < m.size(); ++y) {
        for (int x = 0; x < m.size(); ++x) {
            const QPointF centre = symbol.topLeft() + QPointF((x + 0.5) * module, (y + 0.5) * module);
            mismatches += path.contains(centre) != m.dark(x, y);
        }
    }
    CHECK(mismatches == 0);
}

TEST_CASE("the matrix decodes with zbarimg to exactly the bytes encoded", "[pdf][qr]")
{
    const QString zbarimg = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
    INFO("zbarimg is missing: install the Debian package zbar-tools (scripts/test does)");
    REQUIRE_FALSE(zbarimg.isEmpty());
    const QrMatrix m = QrMatrix::encode(Hash);
    const int scale = 4, side = (m.size() + 2 * QrMatrix::QuietZone) * scale;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < side; ++y) {
        for (int x = 0; x < side; ++x) {
            if (m.dark(x / scale - QrMatrix::QuietZone, y / scale - QrMatrix::QuietZone))
                image.setPixel(x, y, qRgb(0, 0, 0));
        }
    }
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("qr.png"));
    REQUIRE(image.save(png));
    QProcess p;
    p.start(zbarimg, {QStringLiteral("--raw"), QStringLiteral("-q"), png});
    REQUIRE(p.waitForFinished(30'000));
    CHECK(p.exitCode() == 0);
    CHECK(p.readAllStandardOutput().trimmed() == Hash);
}
