#include "signaturestrokes.h"

#include <QCryptographicHash>

#include <algorithm>
#include <cmath>
#include <limits>

namespace kakunin {

namespace {

// Format, all integers as LEB128 varints (minimal length; zig-zag for signed values):
//   "KSIG" | version (1 byte) | width | height | stroke count | per stroke: point count, then per point
//   the zig-zag deltas of x, y, t and pressure against the previous point of the signature (the first
//   point of the signature against 0, 0, 0, -1). See docs/evidence.md.
constexpr char Magic[4] = {'K', 'S', 'I', 'G'};
constexpr quint8 Version = 1;
constexpr quint64 MaxStrokes = 10'000;
constexpr quint64 MaxPoints = 1'000'000; // in total; a long signature has a few thousand

quint64 zigzag(qint64 v)
{
    return (static_cast<quint64>(v) << 1) ^ static_cast<quint64>(v >> 63);
}

qint64 unzigzag(quint64 v)
{
    return static_cast<qint64>(v >> 1) ^ -static_cast<qint64>(v & 1);
}

void putVarint(QByteArray &out, quint64 v)
{
    while (v >= 0x80) {
        out.append(static_cast<char>((v & 0x7f) | 0x80));
        v >>= 7;
    }
    out.append(static_cast<char>(v));
}

void putSigned(QByteArray &out, qint64 v)
{
    putVarint(out, zigzag(v));
}

class Reader {
public:
    explicit Reader(const QByteArray &bytes) : m_data(bytes) { }

    bool atEnd() const { return m_pos == m_data.size(); }
    qsizetype remaining() const { return m_data.size() - m_pos; }

    bool byte(quint8 &out)
    {
        if (m_pos >= m_data.size())
            return false;
        out = static_cast<quint8>(m_data.at(m_pos++));
        return true;
    }

    // Refuses truncated, overlong (non-minimal) and over-64-bit varints, so every record has one encoding.
    bool varint(quint64 &out)
    {
        quint64 v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            quint8 b = 0;
            if (!byte(b))
                return false;
            const quint64 part = b & 0x7fu;
            if (shift == 63 && part > 1)
                return false;
            v |= part << shift;
            if ((b & 0x80u) == 0) {
                if (b == 0 && shift > 0)
                    return false; // overlong
                out = v;
                return true;
            }
        }
        return false;
    }

    bool int32(qint32 &out)
    {
        quint64 v = 0;
        if (!varint(v))
            return false;
        const qint64 s = unzigzag(v);
        if (s < std::numeric_limits<qint32>::min() || s > std::numeric_limits<qint32>::max())
            return false;
        out = static_cast<qint32>(s);
        return true;
    }

    bool delta(qint32 previous, qint32 &out)
    {
        quint64 v = 0;
        if (!varint(v))
            return false;
        const qint64 d = unzigzag(v);
        // Deltas of 32-bit values fit in 33 bits; anything larger is not ours.
        if (d < -(qint64(1) << 32) || d > (qint64(1) << 32))
            return false;
        const qint64 s = qint64(previous) + d;
        if (s < std::numeric_limits<qint32>::min() || s > std::numeric_limits<qint32>::max())
            return false;
        out = static_cast<qint32>(s);
        return true;
    }

private:
    const QByteArray &m_data;
    qsizetype m_pos = 0;
};

} // namespace

QByteArray SignatureStrokes::encode() const
{
    QByteArray out;
    out.reserve(16 + pointCount() * 5);
    out.append(Magic, sizeof Magic);
    out.append(static_cast<char>(Version));
    putSigned(out, width);
    putSigned(out, height);
    putVarint(out, static_cast<quint64>(strokes.size()));
    StrokePoint prev {0, 0, 0, -1};
    for (const Stroke &s : strokes) {
        putVarint(out, static_cast<quint64>(s.size()));
        for (const StrokePoint &p : s) {
            putSigned(out, qint64(p.x) - prev.x);
            putSigned(out, qint64(p.y) - prev.y);
            putSigned(out, qint64(p.t) - prev.t);
            putSigned(out, qint64(p.pressure) - prev.pressure);
            prev = p;
        }
    }
    return out;
}

Result<SignatureStrokes, SignatureError> SignatureStrokes::decode(const QByteArray &bytes)
{
    using R = Result<SignatureStrokes, SignatureError>;
    const auto bad = [] { return R::failure(SignatureError::Malformed); };
    if (bytes.size() < 5 || !bytes.startsWith(QByteArray::fromRawData(Magic, sizeof Magic)))
        return bad();
    Reader r(bytes);
    quint8 skip = 0;
    for (int i = 0; i < 4; ++i)
        r.byte(skip);
    quint8 version = 0;
    if (!r.byte(version) || version != Version)
        return bad();
    SignatureStrokes s;
    quint64 strokeCount = 0;
    if (!r.int32(s.width) || !r.int32(s.height) || !r.varint(strokeCount))
        return bad();
    // Each stroke takes at least one byte; refuse counts the bytes cannot hold before allocating.
    if (strokeCount > MaxStrokes || strokeCount > quint64(r.remaining()))
        return bad();
    s.strokes.reserve(static_cast<qsizetype>(strokeCount));
    StrokePoint prev {0, 0, 0, -1};
    quint64 total = 0;
    for (quint64 i = 0; i < strokeCount; ++i) {
        quint64 n = 0;
        if (!r.varint(n))
            return bad();
        total += n;
        // Each point takes at least four bytes.
        if (n > MaxPoints || total > MaxPoints || n > quint64(r.remaining()) / 4)
            return bad();
        Stroke stroke;
        stroke.reserve(static_cast<qsizetype>(n));
        for (quint64 j = 0; j < n; ++j) {
            StrokePoint p;
            if (!r.delta(prev.x, p.x) || !r.delta(prev.y, p.y) || !r.delta(prev.t, p.t)
                || !r.delta(prev.pressure, p.pressure))
                return bad();
            stroke.append(p);
            prev = p;
        }
        s.strokes.append(std::move(stroke));
    }
    if (!r.atEnd())
        return bad();
    return s;
}

QString SignatureStrokes::hash() const
{
    return QString::fromLatin1(QCryptographicHash::hash(encode(), QCryptographicHash::Sha256).toHex());
}

int SignatureStrokes::pointCount() const
{
    qsizetype n = 0;
    for (const Stroke &s : strokes)
        n += s.size();
    return static_cast<int>(std::min<qsizetype>(n, std::numeric_limits<int>::max()));
}

SignatureError SignatureStrokes::validate() const
{
    const int points = pointCount();
    if (points == 0)
        return SignatureError::Empty;

    qint64 lastT = 0;
    double ink = 0;
    qint32 minX = std::numeric_limits<qint32>::max(), minY = minX;
    qint32 maxX = std::numeric_limits<qint32>::min(), maxY = maxX;
    for (const Stroke &s : strokes) {
        for (qsizetype i = 0; i < s.size(); ++i) {
            const StrokePoint &p = s.at(i);
            if (width <= 0 || height <= 0 || p.x < 0 || p.y < 0 || p.x > width || p.y > height || p.pressure < -1
                || p.pressure > 1000)
                return SignatureError::OutOfBounds;
            if (p.t < lastT)
                return SignatureError::TimeNotMonotonic;
            lastT = p.t;
            minX = std::min(minX, p.x);
            maxX = std::max(maxX, p.x);
            minY = std::min(minY, p.y);
            maxY = std::max(maxY, p.y);
            if (i > 0) {
                const double dx = double(p.x) - s.at(i - 1).x, dy = double(p.y) - s.at(i - 1).y;
                ink += std::sqrt(dx * dx + dy * dy);
            }
        }
    }
    const qint32 box = std::max(maxX - minX, maxY - minY);
    if (points < MinPoints || ink < MinInkLength || box < MinBoxSize)
        return SignatureError::TooSmall;
    return SignatureError::None;
}

const char *signatureErrorName(SignatureError e)
{
    switch (e) {
    case SignatureError::None:
        return "none";
    case SignatureError::Empty:
        return "empty";
    case SignatureError::TooSmall:
        return "too_small";
    case SignatureError::TimeNotMonotonic:
        return "time_not_monotonic";
    case SignatureError::OutOfBounds:
        return "out_of_bounds";
    case SignatureError::Malformed:
        return "malformed";
    }
    return "unknown";
}

} // namespace kakunin
