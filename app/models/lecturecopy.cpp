#include "lecturecopy.h"

#include <evidence/pdfcopy.h>

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

namespace kakunin {
namespace {

constexpr int PreviewDpi = 110; // sharp on a tablet at the preview's size
constexpr int MaxPreviewPages = 4;

} // namespace

QString deliveryCopyPath(const QString &copiesFolder, const QString &contractId)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9_.-]"));
    QString name = contractId;
    name.replace(unsafe, QStringLiteral("_"));
    return QDir(copiesFolder).filePath(QStringLiteral("delivery-%1.pdf").arg(name));
}

QList<QImage> deliveryPreviewPages(const evidence::DeliveryCopy &copy)
{
    return evidence::renderDeliveryPreview(copy, PreviewDpi, MaxPreviewPages);
}

DeliveryCopyOutcome writeDeliveryCopy(
    const evidence::DeliveryCopy &copy, const QString &path, const std::function<void(int, int)> &progress)
{
    constexpr int Steps = 3;
    auto step = [&progress](int n) {
        if (progress)
            progress(n, Steps);
    };
    DeliveryCopyOutcome out;
    out.path = path;
    step(0);
    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        out.pdfError = evidence::writeDeliveryPdf(copy, &buffer);
    }
    step(1);
    if (out.pdfError != evidence::PdfError::None)
        return out;
    if (QDir().mkpath(QFileInfo(path).absolutePath())) {
        QSaveFile file(path);
        out.saved = file.open(QIODevice::WriteOnly) && file.write(pdf) == pdf.size() && file.commit();
    }
    out.bytes = pdf.size();
    step(2);
    out.preview = deliveryPreviewPages(copy);
    step(3);
    return out;
}

} // namespace kakunin
