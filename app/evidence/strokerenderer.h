#pragma once

#include <core/evidence/signaturestrokes.h>

#include <QByteArray>
#include <QRectF>

class QPainter;

namespace kakunin::evidence {

// Draws a signature from its strokes, smoothed, with a width that follows the pen's speed,
// scaled to fit target while keeping its aspect ratio. The same drawing serves the screen, PNG, SVG and PDF.
void paintSignature(QPainter &painter, const SignatureStrokes &strokes, const QRectF &target);

// Renderings generated from the strokes, stored as content-addressed blobs beside the signature event.
QByteArray renderSignaturePng(const SignatureStrokes &strokes, int widthPx);
QByteArray renderSignatureSvg(const SignatureStrokes &strokes);

} // namespace kakunin::evidence
