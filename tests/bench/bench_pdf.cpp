// scripts/bench evidence: the customer's PDF copy, against a baseline measured in this same run.
#include "pdf_fixtures.h"

#include <evidence/pdfcopy.h>

#include "benchreport.h"
#include <QBuffer>
#include <QElapsedTimer>

#include <QGuiApplication>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace kakunin;

namespace {

using bench::report;

// Median of several runs of f, in milliseconds; returns the bytes of the last run through size.
double medianMs(int runs, const std::function<qsizetype()> &f, qsizetype *size)
{
    std::vector<double> v;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        *size = f();
        v.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
    }
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// The least a PDF copy costs: one A4 page, one line of Japanese text in the same font.
qsizetype oneLinePdf()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(600);
    QPainter p(&writer);
    QFont font(evidence::pdfTextFontFamily());
    font.setPointSizeF(9.5);
    p.setFont(font);
    p.drawText(QPointF(400, 400), QStringLiteral("重要事項説明書（お客様控え） C-2026-000123"));
    p.end();
    return buffer.data().size();
}

} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const auto pack = loadContentPack(QStringLiteral(KAKUNIN_CONTENT_DIR "/crm-standard.json"));
    if (!pack) {
        std::fprintf(stderr, "cannot load crm-standard.json: %s\n", contentPackErrorName(pack.error().code));
        return 1;
    }
    const evidence::WalkthroughCopy walk = test::walkthroughCopy(pack.value(), 15);
    const evidence::DeliveryCopy delivery = test::deliveryCopy(pack.value());
    std::printf("bench pdf (fonts: %s / %s; %lld items, %lld signatures)\n", qPrintable(evidence::pdfTextFontFamily()),
        qPrintable(evidence::pdfMonoFontFamily()), static_cast<long long>(walk.items.size()),
        static_cast<long long>(walk.signatures.size()));

    // Warm-up: the font database and the font files are loaded once per process.
    qsizetype bytes = oneLinePdf();
    const double baselineMs = medianMs(15, oneLinePdf, &bytes);
    const qsizetype baselineBytes = bytes;
    auto writeWalk = [&] {
        QBuffer b;
        b.open(QIODevice::WriteOnly);
        evidence::writeWalkthroughPdf(walk, &b);
        return b.data().size();
    };
    auto writeDelivery = [&] {
        QBuffer b;
        b.open(QIODevice::WriteOnly);
        evidence::writeDeliveryPdf(delivery, &b);
        return b.data().size();
    };
    QElapsedTimer cold;
    cold.start();
    bytes = writeWalk();
    const double coldMs = static_cast<double>(cold.nsecsElapsed()) / 1e6;
    const double walkMs = medianMs(9, writeWalk, &bytes);
    const qsizetype walkBytes = bytes;
    const double deliveryMs = medianMs(5, writeDelivery, &bytes);
    const qsizetype deliveryBytes = bytes;

    report("walkthrough PDF, 15 items + 2 signatures (ms)", walkMs, "ms", baselineMs, "one-line one-page PDF (ms)",
        "<= 1000 ms");
    report("first walkthrough after warm-up (ms)", coldMs, "ms", baselineMs, "one-line one-page PDF (ms)", "report");
    report("delivery PDF, 35 items + 2 signatures (ms)", deliveryMs, "ms", baselineMs, "one-line one-page PDF (ms)",
        "report");
    std::printf("sizes: walkthrough %lld bytes, delivery %lld bytes, baseline %lld bytes\n",
        static_cast<long long>(walkBytes), static_cast<long long>(deliveryBytes),
        static_cast<long long>(baselineBytes));
    return 0;
}
