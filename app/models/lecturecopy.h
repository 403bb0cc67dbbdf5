#pragma once

#include <core/content/contentpack.h>
#include <core/domain/lifecycle.h>
#include <core/event.h>
#include <evidence/copybuilders.h>
#include <evidence/customercopy.h>
#include <evidence/pdfcopy.h>

#include <QImage>
#include <QList>
#include <QString>

#include <functional>

namespace kakunin {

// The customer's copy of the delivery confirmation (納品確認書 控え): gathered from the record, written as PDF
// by evidence::writeDeliveryPdf, and previewed on screen by an in-process QPainter rendering of the same data.

// What the copy is made of (the contract's state, its pack and the accepted lecture events in order), and why
// it cannot be made: evidence/copybuilders.h, shared with head office's console.
using DeliveryRecord = evidence::DeliveryRecord;
using DeliveryCopyError = evidence::DeliveryCopyError;

// The copy's data; language "ja" (default) or "en" for its labels and item texts.
using evidence::deliveryCopyOf;

// The first pages of the copy for the screen, painted by the PDF's own layout (evidence::renderDeliveryPreview).
QList<QImage> deliveryPreviewPages(const evidence::DeliveryCopy &copy);

// Where copies are kept: "<data folder>/copies/delivery-<contract id>.pdf" (unsafe characters replaced).
QString deliveryCopyPath(const QString &copiesFolder, const QString &contractId);

struct DeliveryCopyOutcome {
    evidence::PdfError pdfError = evidence::PdfError::None;
    bool saved = false; // false: the folder or the file could not be written
    QString path;
    qint64 bytes = 0;
    QList<QImage> preview;
};

// Writes the PDF (atomically, QSaveFile) and renders the preview; for a worker thread. progress(step, of).
DeliveryCopyOutcome writeDeliveryCopy(
    const evidence::DeliveryCopy &copy, const QString &path, const std::function<void(int, int)> &progress = {});

} // namespace kakunin
