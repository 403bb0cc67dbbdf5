#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace kakunin {

// One sampled point of a pen or finger, in integers so records hash the same everywhere.
struct StrokePoint {
    qint32 x = 0; // tenths of a logical pixel from the pad's left edge
    qint32 y = 0; // tenths of a logical pixel from the pad's top edge
    qint32 t = 0; // milliseconds since the first point of the signature
    qint32 pressure = -1; // 0..1000, or -1 when the device does not report pressure
    bool operator==(const StrokePoint &) const = default;
};

using Stroke = QList<StrokePoint>;

enum class SignatureError {
    None = 0,
    Empty, // no stroke at all
    TooSmall, // a dot or a tick: too few points, too short a path or too small a box
    TimeNotMonotonic,
    OutOfBounds,
    Malformed, // decode(): the bytes are not a stroke record
};

// The signature itself (署名), not a picture of it: every stroke as timed points on a pad of known size.
struct SignatureStrokes {
    qint32 width = 0; // pad size in tenths of a logical pixel
    qint32 height = 0;
    QList<Stroke> strokes;

    bool operator==(const SignatureStrokes &) const = default;

    // Compact, deterministic binary encoding (docs/evidence.md); the blob that is hashed and stored.
    QByteArray encode() const;
    static Result<SignatureStrokes, SignatureError> decode(const QByteArray &bytes);
    QString hash() const; // lowercase hex SHA-256 of encode()

    // Refuses empty or trivially small signatures and malformed point sequences.
    SignatureError validate() const;
    int pointCount() const;

    // validate() thresholds, in the units of the points (tenths of a logical pixel): fewer points, less ink
    // or a smaller bounding box (its larger side) than these is a dot or a tick, not a signature.
    static constexpr int MinPoints = 10;
    static constexpr int MinInkLength = 400; // 40 px of ink in total
    static constexpr int MinBoxSize = 200; // 20 px
};

const char *signatureErrorName(SignatureError e);

} // namespace kakunin
