#include "strokesmoothing.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace kakunin::evidence {

float inkWidth(const InkStyle &style, float velocity, int pressure)
{
    // Fast pen, thin line: the width falls with the filtered speed (as a fountain pen's ink does).
    float w = std::clamp(style.maxWidth / (1.0f + std::max(velocity, 0.0f)), style.minWidth, style.maxWidth);
    if (pressure >= 0) {
        // Pressure multiplies: 0 → ×0.5, 500 → ×1, 1000 → ×1.5.
        w *= 0.5f + static_cast<float>(std::min(pressure, 1000)) / 1000.0f;
        w = std::clamp(w, style.minWidth * 0.5f, style.maxWidth * 1.5f);
    }
    return w;
}

LiveStroke::LiveStroke(InkStyle style) : m_style(style)
{
    m_samples.reserve(256);
    m_vertices.reserve(512);
}

void LiveStroke::addPoint(float x, float y, qint64 t, int pressure)
{
    ++m_points;
    if (!m_inputs.empty()) {
        const Input &last = m_inputs.back();
        const float dist = std::hypot(x - last.x, y - last.y);
        if (dist < 0.01f)
            return; // the pen rests: no new ink
        const float dt = static_cast<float>(std::max<qint64>(t - m_lastT, 1));
        m_velocity = m_style.velocityFilter * m_velocity + (1.0f - m_style.velocityFilter) * (dist / dt);
    }
    m_lastT = t;
    m_inputs.push_back({x, y, inkWidth(m_style, m_velocity, pressure)});
    if (m_inputs.size() > 3)
        m_inputs.erase(m_inputs.begin());

    // Drop the old tail, commit the new curve piece, then rebuild the tail to the latest point.
    m_samples.resize(m_committedSamples);
    m_vertices.resize(m_committedVertices);
    const std::size_t n = m_inputs.size();
    const auto mid = [](const Input &a, const Input &b) {
        return Input {(a.x + b.x) / 2, (a.y + b.y) / 2, (a.width + b.width) / 2};
    };
    if (n >= 2) {
        const Input &a = m_inputs[n - 2], &b = m_inputs[n - 1];
        const Input m = mid(a, b);
        if (m_committedSamples == 0) {
            appendCurve(a, mid(a, m), m, true); // straight from the first point to the first midpoint
        } else {
            const Input &z = m_inputs[n - 3];
            appendCurve(mid(z, a), a, m, false);
        }
        appendStrip(m_committedSamples);
        m_committedSamples = m_samples.size();
        m_committedVertices = m_vertices.size();
    }
    rebuildTail();
}

void LiveStroke::appendCurve(const Input &from, const Input &control, const Input &to, bool includeStart)
{
    const float chord
        = std::hypot(control.x - from.x, control.y - from.y) + std::hypot(to.x - control.x, to.y - control.y);
    const int steps = std::clamp(static_cast<int>(std::ceil(chord / m_style.step)), 1, 32);
    for (int i = includeStart ? 0 : 1; i <= steps; ++i) {
        const float u = static_cast<float>(i) / static_cast<float>(steps), v = 1.0f - u;
        const float a = v * v, b = 2 * v * u, c = u * u;
        m_samples.push_back({a * from.x + b * control.x + c * to.x, a * from.y + b * control.y + c * to.y,
            v * from.width + u * to.width});
    }
}

void LiveStroke::rebuildTail()
{
    const Input &p = m_inputs.back();
    if (m_committedSamples == 0) {
        // A single point so far: a small disc.
        m_samples.push_back({p.x, p.y, p.width});
        constexpr int Sides = 8;
        const float r = p.width / 2;
        const auto corner = [&](int k) {
            const double a = 2.0 * std::numbers::pi * k / Sides;
            return StripVertex {p.x + r * static_cast<float>(std::cos(a)), p.y + r * static_cast<float>(std::sin(a))};
        };
        // A convex polygon as a strip: 0, 1, 7, 2, 6, 3, 5, 4.
        m_vertices.push_back(corner(0));
        for (int k = 1; k <= Sides / 2; ++k) {
            m_vertices.push_back(corner(k));
            if (k != Sides - k)
                m_vertices.push_back(corner(Sides - k));
        }
        return;
    }
    const InkSample &m = m_samples.back();
    appendCurve({m.x, m.y, m.width}, {(m.x + p.x) / 2, (m.y + p.y) / 2, (m.width + p.width) / 2}, p, false);
    appendStrip(m_committedSamples);
}

// Two vertices per sample, offset by half the width along the normal of the incoming direction.
void LiveStroke::appendStrip(std::size_t firstSample)
{
    for (std::size_t k = firstSample; k < m_samples.size(); ++k) {
        const InkSample &s = m_samples[k];
        float dx = 0, dy = 0;
        if (k > 0) {
            dx = s.x - m_samples[k - 1].x;
            dy = s.y - m_samples[k - 1].y;
        } else if (m_samples.size() > 1) {
            dx = m_samples[1].x - s.x;
            dy = m_samples[1].y - s.y;
        }
        const float len = std::hypot(dx, dy);
        float nx = 0, ny = 0;
        if (len > 1e-4f) {
            nx = -dy / len;
            ny = dx / len;
        } else if (m_vertices.size() >= 2) {
            // No direction here: keep the previous normal.
            const StripVertex &l = m_vertices[m_vertices.size() - 2], &r = m_vertices.back();
            const float w = std::hypot(r.x - l.x, r.y - l.y);
            if (w > 1e-6f) {
                nx = (l.x - r.x) / w;
                ny = (l.y - r.y) / w;
            }
        }
        const float h = s.width / 2;
        m_vertices.push_back({s.x + nx * h, s.y + ny * h});
        m_vertices.push_back({s.x - nx * h, s.y - ny * h});
    }
}

std::vector<InkSample> smoothStroke(const Stroke &stroke, const InkStyle &style)
{
    LiveStroke live(style);
    for (const StrokePoint &p : stroke)
        live.addPoint(static_cast<float>(p.x) / 10.0f, static_cast<float>(p.y) / 10.0f, p.t, p.pressure);
    return live.samples();
}

constexpr float WidthQuantum = 0.25f; // quarter-pixel width steps (InkRun)

std::vector<InkRun> inkRuns(const SignatureStrokes &strokes)
{
    std::vector<InkRun> runs;
    for (const Stroke &stroke : strokes.strokes) {
        const std::vector<InkSample> samples = smoothStroke(stroke);
        if (samples.empty())
            continue;
        if (samples.size() == 1) {
            runs.push_back({samples[0].width, {QPointF(samples[0].x, samples[0].y)}});
            continue;
        }
        InkRun current;
        for (std::size_t i = 1; i < samples.size(); ++i) {
            const InkSample &a = samples[i - 1], &b = samples[i];
            const float w = std::max(WidthQuantum, std::round((a.width + b.width) / 2 / WidthQuantum) * WidthQuantum);
            if (current.points.empty() || w != current.width) {
                if (!current.points.empty())
                    runs.push_back(std::move(current));
                current = InkRun {w, {QPointF(a.x, a.y)}};
            }
            current.points.emplace_back(b.x, b.y);
        }
        runs.push_back(std::move(current));
    }
    return runs;
}

} // namespace kakunin::evidence
