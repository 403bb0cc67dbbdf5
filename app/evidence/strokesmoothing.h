#pragma once

#include <core/evidence/signaturestrokes.h>

#include <QPointF>
#include <QtGlobal>

#include <vector>

namespace kakunin::evidence {

// How ink looks: widths in logical pixels of the pad, speed in logical pixels per millisecond.
struct InkStyle {
    float minWidth = 1.0f; // fastest strokes
    float maxWidth = 4.0f; // slowest strokes
    float velocityFilter = 0.7f; // weight of the previous speed (smooths jittery samples)
    float step = 1.5f; // curve sampling: about one sample per this many pixels
};

// A point on the smoothed centre line with the ink width there (logical pixels of the pad).
struct InkSample {
    float x = 0;
    float y = 0;
    float width = 0;
};

// Same layout as QSGGeometry::Point2D, so the pad copies vertices straight into its geometry.
struct StripVertex {
    float x = 0;
    float y = 0;
};

// Ink width of one input point from the filtered pen speed and, when known, its pressure (0..1000).
float inkWidth(const InkStyle &style, float velocity, int pressure);

// One stroke being drawn, built incrementally: each input point extends a smooth centre line (quadratic
// Béziers through the midpoints of consecutive points, with the input points as control points) and the
// triangle strip that fills it. Samples and vertices up to the last midpoint are final ("committed");
// the tail from there to the latest point is rebuilt on every point. The pad, the bench and the
// renderers all use this one code path.
class LiveStroke {
public:
    explicit LiveStroke(InkStyle style = {});

    // x, y in logical pixels, t in ms, pressure -1 or 0..1000.
    void addPoint(float x, float y, qint64 t, int pressure);

    // The whole stroke as of now: committed samples followed by the tail.
    const std::vector<InkSample> &samples() const { return m_samples; }
    // Triangle strip covering samples() (a small disc for a single point).
    const std::vector<StripVertex> &vertices() const { return m_vertices; }
    int pointCount() const { return m_points; }

private:
    struct Input {
        float x, y, width;
    };
    void appendCurve(const Input &from, const Input &control, const Input &to, bool includeStart);
    void appendStrip(std::size_t firstSample);
    void rebuildTail();

    InkStyle m_style;
    std::vector<Input> m_inputs; // only the last two are needed
    std::vector<InkSample> m_samples;
    std::vector<StripVertex> m_vertices;
    std::size_t m_committedSamples = 0;
    std::size_t m_committedVertices = 0;
    float m_velocity = 0;
    qint64 m_lastT = 0;
    int m_points = 0;
};

// The smoothed centre line of a recorded stroke, in logical pixels (stroke units / 10).
std::vector<InkSample> smoothStroke(const Stroke &stroke, const InkStyle &style = {});

// Widths are drawn in quarter-pixel steps: consecutive segments of the same step form one polyline, so a
// stroke is a handful of paths. Every renderer (PNG, PDF, the tablet's SVG and head office's console SVG)
// draws exactly these runs.
struct InkRun {
    float width = 0;
    std::vector<QPointF> points; // one point: a dot
};
std::vector<InkRun> inkRuns(const SignatureStrokes &strokes);

} // namespace kakunin::evidence
