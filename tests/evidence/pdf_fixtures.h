#pragma once

// Realistic customer copies for the PDF tests and the PDF benchmark: the shipped crm-standard pack,
// times a minute or two apart on one afternoon, two or three signatures from synthetic strokes.
#include <evidence/customercopy.h>

#include <core/content/contentpackloader.h>

#include <QCryptographicHash>

#include <cmath>

namespace kakunin::test {

// 2026-11-28 14:00:00 in Japan.
inline constexpr qint64 Afternoon = 1'795'842'000'000;

// A handwriting-like signature: a few strokes of loops across a 600 × 200 px pad, 8 ms per point.
inline SignatureStrokes syntheticSignature(int seed)
{
    SignatureStrokes s;
    s.width = 6000;
    s.height = 2000;
    qint32 t = 0;
    const int strokes = 3 + seed % 2;
    for (int k = 0; k < strokes; ++k) {
        Stroke stroke;
        const double x0 = 500 + k * 1300, span = 1100;
        for (int i = 0; i <= 60; ++i) {
            const double u = i / 60.0;
            const double x = x0 + span * u + 220 * std::sin(u * 6.283 * (2 + (seed + k) % 3));
            const double y = 1000 + 520 * std::sin(u * 6.283 * (1.5 + 0.5 * k) + seed) * (0.6 + 0.4 * u);
            stroke.append({qint32(x), qint32(y), t, qint32(350 + 300 * std::sin(u * 3.14))});
            t += 8;
        }
        s.strokes.append(stroke);
        t += 180; // pen lifted between strokes
    }
    return s;
}

inline QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

inline evidence::CopyHeader copyHeader(const ContentPack &pack, const QString &staffId, const QString &staffName)
{
    evidence::CopyHeader h;
    h.customerId = QStringLiteral("cust-0042");
    h.customerName = QStringLiteral("山田 花子（山田美容室）");
    h.contractId = QStringLiteral("C-2026-000123");
    h.staffId = staffId;
    h.staffName = staffName;
    h.productName = pack.productName;
    h.packId = pack.id;
    h.packVersion = pack.version;
    h.packHash = pack.hash;
    h.recordHash = sha256Hex("record " + staffId.toUtf8());
    h.generatedAtUtc = Afternoon + 3 * 3600 * 1000 + 1234;
    return h;
}

// Every important matter of the pack, shown then confirmed, signed by the customer and the rep.
inline evidence::WalkthroughCopy walkthroughCopy(const ContentPack &pack, int itemCount = -1)
{
    evidence::WalkthroughCopy c;
    c.header = copyHeader(pack, QStringLiteral("rep-007"), QStringLiteral("佐藤 一郎"));
    qint64 at = Afternoon;
    const auto &matters = pack.importantMatters;
    const qsizetype n = itemCount < 0 ? matters.size() : std::min<qsizetype>(itemCount, matters.size());
    for (qsizetype i = 0; i < n; ++i) {
        const qint64 shown = at;
        const qint64 confirmed = at + 75'000 + 1000 * (i % 7);
        c.items.append({matters[i].id, matters[i].title, shown, confirmed});
        at = confirmed + 5'000;
    }
    c.noGuaranteeAttestedAtUtc = at + 20'000;
    c.signatures = {{evidence::SignerRole::Customer, QStringLiteral("山田 花子"), at + 60'000, syntheticSignature(1)},
        {evidence::SignerRole::SalesRep, QStringLiteral("佐藤 一郎"), at + 120'000, syntheticSignature(2)}};
    c.seal.kind = evidence::CopySeal::Kind::AffixedOnPaper;
    return c;
}

// The extended lecture (every item), taught and understood over three and a half hours.
inline evidence::DeliveryCopy deliveryCopy(const ContentPack &pack)
{
    evidence::DeliveryCopy c;
    c.header = copyHeader(pack, QStringLiteral("inst-003"), QStringLiteral("鈴木 次郎"));
    c.level = LectureLevel::Extended;
    QHash<QString, evidence::ItemTimes> times;
    qint64 at = Afternoon + 60'000;
    const QList<LectureItem> items = lectureItems(pack, LectureLevel::Extended);
    for (const LectureItem &i : items) {
        times.insert(i.id, {at, at + 240'000});
        at += 330'000;
    }
    c.categories = evidence::deliveryCategories(pack, LectureLevel::Extended, times);
    c.lectureStartedAtUtc = Afternoon;
    c.lectureEndedAtUtc = at + 60'000;
    c.lectureRunningMs = 3 * 3600'000LL + 12 * 60'000 + 5'000;
    c.minimumMs = 180 * 60'000LL;
    c.signatures = {{evidence::SignerRole::Customer, QStringLiteral("山田 花子"), at + 120'000, syntheticSignature(3)},
        {evidence::SignerRole::Installer, QStringLiteral("鈴木 次郎"), at + 180'000, syntheticSignature(4)}};
    c.seal.kind = evidence::CopySeal::Kind::AffixedOnPaper;
    return c;
}

} // namespace kakunin::test
