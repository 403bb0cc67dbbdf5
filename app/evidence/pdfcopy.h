#pragma once

#include "customercopy.h"

#include <QImage>
#include <QList>
#include <QString>

class QIODevice;

namespace kakunin::evidence {

// The customer's copies (控え) as PDF: A4 portrait, Japanese fonts embedded, black-and-white readable,
// a header and a footer (page x / y, record hash) on every page, every time in Japan time with its
// offset, signatures drawn from their strokes, and a QR code of the record hash on the first page.
// Written offline with QPdfWriter; needs a QGuiApplication (offscreen is enough), no widgets.
// Layout, fonts and how to check a copy by hand: docs/evidence.md, "Customer copies (PDF)".

enum class PdfError {
    None = 0,
    NoGuiApplication, // QPdfWriter and fonts need a QGuiApplication
    DeviceNotWritable, // null device, or not open for writing
    MissingRecordHash, // nothing to print in the footer and the QR: the copy would prove nothing
    QrEncodingFailed,
    PaintFailed, // QPainter could not start on the PDF writer, or the device refused the bytes
};

PdfError writeWalkthroughPdf(const WalkthroughCopy &copy, QIODevice *device); // 重要事項説明書 控え
PdfError writeDeliveryPdf(const DeliveryCopy &copy, QIODevice *device); // 納品確認書

// The first pages (at most maxPages) of a copy as images at dpi (24..600), for an on-screen preview: laid out
// and painted by the same code as the PDF, so they show what the PDF shows. Empty where the PDF would be
// refused. Needs a QGuiApplication; may run off the UI thread.
QList<QImage> renderWalkthroughPreview(const WalkthroughCopy &copy, int dpi, int maxPages = 1);
QList<QImage> renderDeliveryPreview(const DeliveryCopy &copy, int dpi, int maxPages = 1);

const char *pdfErrorName(PdfError e);

// The font families the copies are set in: the first installed of a list (docs/evidence.md) whose
// embedded subsets keep Japanese text extractable. Needs a QGuiApplication.
QString pdfTextFontFamily();
QString pdfMonoFontFamily(); // hashes and ids

} // namespace kakunin::evidence
