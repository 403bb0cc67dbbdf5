#include <catch2/catch.hpp>

#include <core/evidence/signaturestrokes.h>

#include <cmath>

using namespace kakunin;

namespace {

// A plausible signature: two strokes of a looping wave on a 600×240 px pad, 8 ms between samples.
SignatureStrokes sample()
{
    SignatureStrokes s;
    s.width = 6000;
    s.height = 2400;
    qint32 t = 0;
    for (int k = 0; k < 2; ++k) {
        Stroke stroke;
        for (int i = 0; i < 40; ++i) {
            const double a = i / 39.0 * 6.28;
            stroke.append({static_cast<qint32>(500 + k * 2500 + i * 50), static_cast<qint32>(1200 + 400 * std::sin(a)),
                t, k == 0 ? -1 : 300 + i * 10});
            t += 8;
        }
        t += 150; // pen lifted
        s.strokes.append(stroke);
    }
    return s;
}

QByteArray varint(quint64 v)
{
    QByteArray out;
    while (v >= 0x80) {
        out.append(static_cast<char>((v & 0x7f) | 0x80));
        v >>= 7;
    }
    out.append(static_cast<char>(v));
    return out;
}

} // namespace

TEST_CASE("strokes encode compactly and decode to the same strokes", "[evidence][strokes]")
{
    const SignatureStrokes s = sample();
    const QByteArray bytes = s.encode();
    CHECK(bytes.startsWith("KSIG\x01"));
    CHECK(bytes.size() < s.pointCount() * 6); // a few bytes per point, not a picture
    auto decoded = SignatureStrokes::decode(bytes);
    REQUIRE(decoded.ok());
    CHECK(decoded.value() == s);
    CHECK(decoded->encode() == bytes);

    SignatureStrokes empty;
    empty.width = 100;
    empty.height = 50;
    auto e = SignatureStrokes::decode(empty.encode());
    REQUIRE(e.ok());
    CHECK(e.value() == empty);

    // Extremes of every field survive.
    SignatureStrokes extreme;
    extreme.width = INT32_MAX;
    extreme.height = INT32_MIN;
    extreme.strokes = {{{INT32_MIN, INT32_MAX, INT32_MAX, -1}, {INT32_MAX, INT32_MIN, INT32_MIN, 1000}}, {}};
    auto x = SignatureStrokes::decode(extreme.encode());
    REQUIRE(x.ok());
    CHECK(x.value() == extreme);
}

TEST_CASE("decode refuses every malformed record without crashing", "[evidence][strokes]")
{
    const QByteArray good = sample().encode();
    const auto refused = [](const QByteArray &b) {
        auto r = SignatureStrokes::decode(b);
        return !r.ok() && r.error() == SignatureError::Malformed;
    };
    CHECK(refused(QByteArray()));
    CHECK(refused("KSIG"));
    CHECK(refused("KSIX" + good.mid(4)));
    QByteArray v2 = good;
    v2[4] = 2;
    CHECK(refused(v2));
    CHECK(refused(good + '\0')); // trailing bytes

    // Every truncation is refused.
    for (qsizetype n = 0; n < good.size(); ++n)
        CHECK(refused(good.left(n)));

    // Huge counts are refused before anything is allocated.
    const QByteArray head = QByteArray("KSIG\x01", 5) + varint(200) + varint(200);
    CHECK(refused(head + varint(quint64(1) << 40)));
    CHECK(refused(head + varint(1) + varint(quint64(1) << 40)));
    CHECK(refused(head + varint(1) + varint(100'000'000)));
    CHECK(refused(head + varint(20'000)));
    // A varint longer than 64 bits, an overlong varint, a width beyond 32 bits.
    CHECK(refused(head + QByteArray(11, '\xff') + '\x01'));
    CHECK(refused(QByteArray("KSIG\x01", 5) + QByteArray("\x80\x00", 2) + varint(2) + varint(0)));
    CHECK(refused(QByteArray("KSIG\x01", 5) + varint(quint64(1) << 33) + varint(2) + varint(0)));
    // A point delta that overflows 32 bits.
    CHECK(refused(head + varint(1) + varint(1) + varint(quint64(1) << 34) + varint(0) + varint(0) + varint(0)));

    // Random corruption never crashes; whatever decodes re-encodes to the same bytes.
    quint32 seed = 12345;
    for (int i = 0; i < 2000; ++i) {
        QByteArray b = good;
        for (int k = 0; k < 3; ++k) {
            seed = seed * 1664525u + 1013904223u;
            b[static_cast<qsizetype>(seed % static_cast<quint32>(b.size()))] = static_cast<char>(seed >> 24);
        }
        auto r = SignatureStrokes::decode(b);
        if (r.ok())
            CHECK(r->encode() == b);
    }
}

TEST_CASE("hash is stable and changes with any point", "[evidence][strokes]")
{
    const SignatureStrokes s = sample();
    const QString h = s.hash();
    CHECK(h.size() == 64);
    CHECK(h == h.toLower());
    CHECK(sample().hash() == h);
    for (int field = 0; field < 4; ++field) {
        SignatureStrokes c = sample();
        StrokePoint &p = c.strokes[1][17];
        (field == 0 ? p.x : field == 1 ? p.y : field == 2 ? p.t : p.pressure) += 1;
        CHECK(c.hash() != h);
    }
    SignatureStrokes c = sample();
    c.strokes[0].removeLast();
    CHECK(c.hash() != h);
    c = sample();
    c.width += 1;
    CHECK(c.hash() != h);
}

TEST_CASE("validate refuses empty, tiny and inconsistent signatures", "[evidence][strokes]")
{
    CHECK(sample().validate() == SignatureError::None);

    SignatureStrokes s = sample();
    s.strokes.clear();
    CHECK(s.validate() == SignatureError::Empty);
    s.strokes = {Stroke {}};
    CHECK(s.validate() == SignatureError::Empty);

    // A dot: one point, or many points in the same spot.
    s.strokes = {{{3000, 1200, 0, -1}}};
    CHECK(s.validate() == SignatureError::TooSmall);
    Stroke dot;
    for (int i = 0; i < 30; ++i)
        dot.append({3000 + i % 3, 1200 + i % 2, i * 8, -1});
    s.strokes = {dot};
    CHECK(s.validate() == SignatureError::TooSmall);
    // A quick tick: long enough but too few points.
    s.strokes = {{{1000, 1000, 0, -1}, {1500, 1500, 10, -1}, {2500, 500, 20, -1}}};
    CHECK(s.validate() == SignatureError::TooSmall);
    // Many points but a tiny box (scribble inside 10 px).
    Stroke scribble;
    for (int i = 0; i < 60; ++i)
        scribble.append({3000 + (i % 2) * 90, 1200 + (i % 3) * 40, i * 8, -1});
    s.strokes = {scribble};
    CHECK(s.validate() == SignatureError::TooSmall);

    s = sample();
    s.strokes[0][5].t = s.strokes[0][4].t - 1;
    CHECK(s.validate() == SignatureError::TimeNotMonotonic);
    s = sample();
    s.strokes[1][0].t = s.strokes[0].last().t - 1; // backwards across strokes
    CHECK(s.validate() == SignatureError::TimeNotMonotonic);
    s = sample();
    s.strokes[0][0].t = -5;
    CHECK(s.validate() == SignatureError::TimeNotMonotonic);

    s = sample();
    s.strokes[0][3].x = s.width + 1;
    CHECK(s.validate() == SignatureError::OutOfBounds);
    s = sample();
    s.strokes[1][3].y = -1;
    CHECK(s.validate() == SignatureError::OutOfBounds);
    s = sample();
    s.strokes[1][3].pressure = 1001;
    CHECK(s.validate() == SignatureError::OutOfBounds);

    CHECK(QLatin1String(signatureErrorName(SignatureError::TooSmall)) == QLatin1String("too_small"));
    CHECK(QLatin1String(signatureErrorName(SignatureError::Malformed)) == QLatin1String("malformed"));
}
