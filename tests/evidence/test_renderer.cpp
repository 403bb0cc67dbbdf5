#include <catch2/catch.hpp>

#include <evidence/strokerenderer.h>
#include <evidence/strokesmoothing.h>

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QXmlStreamReader>

#include <cmath>

using namespace kakunin;
using namespace kakunin::evidence;

namespace {

// A horizontal wave across the middle of a 600×200 px pad and a short vertical bar on the left.
SignatureStrokes sample()
{
    SignatureStrokes s;
    s.width = 6000;
    s.height = 2000;
    Stroke wave;
    for (int i = 0; i <= 50; ++i)
        wave.append(
            {static_cast<qint32>(1000 + i * 80), static_cast<qint32>(1000 + 300 * std::sin(i / 5.0)), i * 10, -1});
    Stroke bar;
    for (int i = 0; i <= 20; ++i)
        bar.append({500, static_cast<qint32>(500 + i * 50), 600 + i * 12, 500});
    s.strokes = {wave, bar};
    return s;
}

int inkAlpha(const QImage &img, int x, int y, int radius)
{
    int best = 0;
    for (int dy = -radius; dy <= radius; ++dy)
        for (int dx = -radius; dx <= radius; ++dx)
            if (img.valid(x + dx, y + dy))
                best = std::max(best, qAlpha(img.pixel(x + dx, y + dy)));
    return best;
}

} // namespace

TEST_CASE("the PNG decodes and has ink exactly where the strokes are", "[evidence][render]")
{
    const SignatureStrokes s = sample();
    const QByteArray png = renderSignaturePng(s, 600);
    REQUIRE(png.startsWith("\x89PNG"));
    QImage img;
    REQUIRE(img.loadFromData(png, "PNG"));
    CHECK(img.width() == 600);
    CHECK(img.height() == 200); // aspect ratio kept
    CHECK(img.hasAlphaChannel());

    // On the strokes: ink. (Pad pixels map 1:1 at this width.)
    for (const Stroke &stroke : s.strokes)
        for (const StrokePoint &p : stroke)
            CHECK(inkAlpha(img, p.x / 10, p.y / 10, 1) > 128);
    // Far from them: transparent.
    CHECK(qAlpha(img.pixel(10, 10)) == 0);
    CHECK(qAlpha(img.pixel(590, 190)) == 0);
    CHECK(qAlpha(img.pixel(300, 10)) == 0);
    CHECK(qGray(img.pixel(300, 100 + static_cast<int>(30 * std::sin(25 / 5.0)))) < 60); // black ink

    // Deterministic: the same strokes give the same bytes; a moved point gives others.
    CHECK(renderSignaturePng(sample(), 600) == png);
    SignatureStrokes moved = sample();
    moved.strokes[0][25].y += 200;
    CHECK(renderSignaturePng(moved, 600) != png);

    // Scaled up, still in proportion; nonsense sizes give nothing.
    QImage big;
    REQUIRE(big.loadFromData(renderSignaturePng(s, 1200), "PNG"));
    CHECK(big.size() == QSize(1200, 400));
    CHECK(renderSignaturePng(s, 0).isEmpty());
    CHECK(renderSignaturePng(SignatureStrokes {}, 300).isEmpty());
}

TEST_CASE("width follows the pen's speed and pressure", "[evidence][render]")
{
    const InkStyle style;
    CHECK(inkWidth(style, 0, -1) == Approx(style.maxWidth));
    CHECK(inkWidth(style, 100, -1) == Approx(style.minWidth));
    CHECK(inkWidth(style, 0.5f, -1) > inkWidth(style, 2.0f, -1));
    CHECK(inkWidth(style, 1, 1000) > inkWidth(style, 1, -1));
    CHECK(inkWidth(style, 1, 0) < inkWidth(style, 1, -1));

    // A slow stroke draws more ink than the same path drawn fast.
    const auto inked = [](int msPerPoint) {
        SignatureStrokes s;
        s.width = 4000;
        s.height = 1000;
        Stroke line;
        for (int i = 0; i <= 30; ++i)
            line.append({500 + i * 100, 500, i * msPerPoint, -1});
        s.strokes = {line};
        QImage img;
        img.loadFromData(renderSignaturePng(s, 400), "PNG");
        qint64 sum = 0;
        for (int y = 0; y < img.height(); ++y)
            for (int x = 0; x < img.width(); ++x)
                sum += qAlpha(img.pixel(x, y));
        return sum;
    };
    CHECK(inked(40) > inked(2) * 3 / 2);

    // The smoothed line passes through the first and last points and is denser than the input.
    const SignatureStrokes waveSignature = sample(); // kept alive: wave refers into it
    const Stroke &wave = waveSignature.strokes[0];
    const auto samples = smoothStroke(wave);
    REQUIRE(samples.size() > static_cast<std::size_t>(wave.size()));
    CHECK(samples.front().x == Approx(wave.first().x / 10.0));
    CHECK(samples.back().x == Approx(wave.last().x / 10.0));
    CHECK(samples.back().y == Approx(wave.last().y / 10.0));
}

TEST_CASE("the SVG is deterministic, well-formed and follows the strokes", "[evidence][render]")
{
    const QByteArray svg = renderSignatureSvg(sample());
    CHECK(renderSignatureSvg(sample()) == svg);
    CHECK(svg.startsWith("<?xml"));
    CHECK(svg.contains("viewBox=\"0 0 600.00 200.00\""));

    QXmlStreamReader xml(svg);
    int paths = 0, elements = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement) {
            ++elements;
            if (xml.name() == QLatin1String("path")) {
                ++paths;
                CHECK(xml.attributes().value(QLatin1String("d")).startsWith(QLatin1String("M ")));
            }
        }
    }
    CHECK_FALSE(xml.hasError());
    CHECK(paths >= 2);

    SignatureStrokes moved = sample();
    moved.strokes[1][3].x += 1;
    CHECK(renderSignatureSvg(moved) != svg);

    // A single dot is a circle.
    SignatureStrokes dot;
    dot.width = 1000;
    dot.height = 1000;
    dot.strokes = {{{500, 500, 0, -1}}};
    CHECK(renderSignatureSvg(dot).contains("<circle cx=\"50.00\" cy=\"50.00\""));
}

TEST_CASE("paintSignature keeps the aspect ratio inside its target", "[evidence][render]")
{
    QImage img(400, 400, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::transparent);
    {
        QPainter p(&img);
        paintSignature(p, sample(), QRectF(0, 0, 400, 400));
    }
    // 600×200 scaled to 400×133, centred vertically: nothing above y=133 or below y=267.
    for (int x = 0; x < 400; x += 4) {
        CHECK(qAlpha(img.pixel(x, 120)) == 0);
        CHECK(qAlpha(img.pixel(x, 280)) == 0);
    }
    CHECK(inkAlpha(img, 100 * 400 / 600, 133 + 100 * 400 / 600, 2) > 128);
}

TEST_CASE("the live stroke builds a strip around its samples, point by point", "[evidence][render]")
{
    LiveStroke live;
    live.addPoint(10, 10, 0, -1);
    CHECK(live.samples().size() == 1);
    CHECK(live.vertices().size() == 8); // a dot is a small octagon
    live.addPoint(10, 10, 5, -1); // the pen rests: nothing new
    CHECK(live.samples().size() == 1);
    CHECK(live.pointCount() == 2);

    float x = 10;
    for (int i = 1; i <= 40; ++i) {
        x += 3;
        live.addPoint(x, 10 + 5 * std::sin(i / 4.0f), i * 8, -1);
        REQUIRE(live.vertices().size() == 2 * live.samples().size());
        // The stroke always reaches the latest point.
        CHECK(live.samples().back().x == Approx(x));
    }
    // Each vertex pair straddles its sample at half the ink width.
    for (std::size_t k = 0; k < live.samples().size(); ++k) {
        const InkSample &s = live.samples()[k];
        const StripVertex &l = live.vertices()[2 * k], &r = live.vertices()[2 * k + 1];
        CHECK((l.x + r.x) / 2 == Approx(s.x).margin(1e-3));
        CHECK((l.y + r.y) / 2 == Approx(s.y).margin(1e-3));
        CHECK(std::hypot(l.x - r.x, l.y - r.y) == Approx(s.width).margin(1e-3));
    }
    // The same points give the same samples as the renderer's smoothing.
    Stroke stroke;
    LiveStroke again;
    for (int i = 0; i < 20; ++i) {
        stroke.append({100 + i * 30, 100 + (i % 4) * 20, i * 8, -1});
        again.addPoint(10.0f + static_cast<float>(i) * 3.0f, 10.0f + static_cast<float>(i % 4) * 2.0f, i * 8, -1);
    }
    const auto smoothed = smoothStroke(stroke);
    REQUIRE(smoothed.size() == again.samples().size());
    for (std::size_t k = 0; k < smoothed.size(); ++k) {
        CHECK(smoothed[k].x == Approx(again.samples()[k].x));
        CHECK(smoothed[k].width == Approx(again.samples()[k].width));
    }
}
