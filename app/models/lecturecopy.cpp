#include "lecturecopy.h"

#include <core/domain/eventcatalog.h>
#include <core/domain/lecture.h>
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

Result<evidence::DeliveryCopy, DeliveryCopyError> deliveryCopyOf(
    const DeliveryRecord &record, const QString &language, qint64 generatedAtUtc)
{
    using R = Result<evidence::DeliveryCopy, DeliveryCopyError>;
    const ContractState &s = record.state;
    const Event *started = nullptr;
    const Event *signedOff = nullptr;
    QHash<QString, evidence::ItemTimes> times;
    for (const Event &e : record.lectureEvents) {
        const QString item = e.payload.value(QStringLiteral("itemId")).toString();
        if (e.type == EventType::LectureStarted && !started)
            started = &e;
        else if (e.type == EventType::LectureItemTaught)
            times[item].taughtAtUtc = e.at;
        else if (e.type == EventType::LectureItemUnderstood)
            times[item].understoodAtUtc = e.at;
        else if (e.type == EventType::DeliverySigned)
            signedOff = &e;
    }
    if (!signedOff || !s.lectureMet || !record.pack)
        return R::failure(DeliveryCopyError::NotSigned);
    const auto strokes = SignatureStrokes::decode(
        QByteArray::fromBase64(signedOff->payload.value(QStringLiteral("strokes")).toString().toLatin1(),
            QByteArray::AbortOnBase64DecodingErrors));
    if (!strokes)
        return R::failure(DeliveryCopyError::SignatureUnreadable);

    evidence::DeliveryCopy copy;
    evidence::CopyHeader &h = copy.header;
    h.language = language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("ja");
    h.customerId = s.customerId;
    h.customerName = record.customerName;
    h.contractId = s.id;
    h.staffId = s.installer;
    h.staffName = record.installerName;
    h.productName = record.pack->productName;
    h.packId = s.packId;
    h.packVersion = s.packVersion;
    h.packHash = s.packHash;
    h.recordHash = signedOff->hash; // the delivery sign-off: it covers the pack and every lecture event
    h.generatedAtUtc = generatedAtUtc;
    LectureLevel level = LectureLevel::Standard;
    lectureLevelFromName(s.lectureLevel, &level);
    copy.level = level;
    copy.lectureRunningMs = s.lectureRunningMs;
    copy.minimumMs = s.lectureMinimumMinutes * MsPerMinute;
    if (started)
        copy.lectureStartedAtUtc = started->at;
    copy.lectureEndedAtUtc = signedOff->at;
    copy.categories = evidence::deliveryCategories(*record.pack, level, times);
    copy.signatures.append({evidence::SignerRole::Customer,
        signedOff->payload.value(QStringLiteral("signerName")).toString(), signedOff->at, strokes.value()});
    return copy;
}

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
