// scripts/bench evidence: the signature pad's work per input point, against a baseline measured in this
// same run. Both sides end in the same scene-graph geometry upload (SignaturePad::fillGeometry), no window.
#include <evidence/strokerenderer.h>
#include <evidence/strokesmoothing.h>
#include <models/signaturepad.h>

#include "benchreport.h"
#include <QElapsedTimer>

#include <QGuiApplication>
#include <QSGGeometry>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <vector>

using namespace kakunin;

namespace {

void report(
    const char *what, double value, const char *unit, double baseline, const char *baselineName, const char *goal)
{
    bench::report(what, value, unit, baseline, baselineName, goal, 5);
}

// A long signature: 12 strokes of 250 points each, sampled every 8 ms as a 120 Hz digitizer would.
SignatureStrokes signature()
{
    SignatureStrokes s;
    s.width = 8000;
    s.height = 3000;
    qint32 t = 0;
    for (int k = 0; k < 12; ++k) {
        Stroke stroke;
        for (int i = 0; i < 250; ++i) {
            const double a = i / 12.0;
            stroke.append({static_cast<qint32>(400 + k * 600 + i * 2 + 250 * std::cos(a)),
                static_cast<qint32>(1500 + 900 * std::sin(a * 1.3)), t, 400 + (i % 50) * 4});
            t += 8;
        }
        t += 200;
        s.strokes.append(stroke);
    }
    return s;
}

using bench::medianMs;

// What the pad does per input point: extend the smoothed, width-varying stroke, then upload its strip.
void padPath(const SignatureStrokes &s)
{
    for (const Stroke &stroke : s.strokes) {
        evidence::LiveStroke live;
        QSGGeometry geometry(QSGGeometry::defaultAttributes_Point2D(), 0);
        geometry.setDrawingMode(QSGGeometry::DrawTriangleStrip);
        for (const StrokePoint &p : stroke) {
            live.addPoint(static_cast<float>(p.x) / 10.0f, static_cast<float>(p.y) / 10.0f, p.t, p.pressure);
            SignaturePad::fillGeometry(geometry, live.vertices());
        }
    }
}

// Baseline: a plain polyline of the same points, uploaded the same way.
void polylinePath(const SignatureStrokes &s)
{
    for (const Stroke &stroke : s.strokes) {
        std::vector<evidence::StripVertex> line;
        QSGGeometry geometry(QSGGeometry::defaultAttributes_Point2D(), 0);
        geometry.setDrawingMode(QSGGeometry::DrawLineStrip);
        for (const StrokePoint &p : stroke) {
            line.push_back({static_cast<float>(p.x) / 10.0f, static_cast<float>(p.y) / 10.0f});
            SignaturePad::fillGeometry(geometry, line);
        }
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    const SignatureStrokes s = signature();
    const double points = s.pointCount();
    std::printf(
        "bench strokes (%d points in %lld strokes)\n", s.pointCount(), static_cast<long long>(s.strokes.size()));

    padPath(s); // warm up
    polylinePath(s);
    const double padMs = medianMs(15, [&] { padPath(s); }) / points;
    const double lineMs = medianMs(15, [&] { polylinePath(s); }) / points;
    report(
        "pad: smoothing + strip + geometry (ms/point)", padMs, "ms", lineMs, "plain polyline (ms/point)", "<= 0.1 ms");

    // Renderings from the same strokes, against the pad's processing of the whole signature.
    const double padAllMs = padMs * points;
    const double pngMs = medianMs(5, [&] { evidence::renderSignaturePng(s, 1200); });
    const double svgMs = medianMs(5, [&] { evidence::renderSignatureSvg(s); });
    report("PNG 1200 px of the signature (ms)", pngMs, "ms", padAllMs, "pad, whole signature (ms)", "report");
    report("SVG of the signature (ms)", svgMs, "ms", padAllMs, "pad, whole signature (ms)", "report");
    return 0;
}
