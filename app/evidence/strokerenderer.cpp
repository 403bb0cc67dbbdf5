#include "strokerenderer.h"

#include "strokesmoothing.h"

#include <QBuffer>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace kakunin::evidence {

namespace {

// The pad's size in logical pixels.
QSizeF padSize(const SignatureStrokes &s)
{
    return QSizeF(s.width / 10.0, s.height / 10.0);
}

// Fixed precision, never "-0.00": the same strokes give the same text on every machine.
QString num(double v)
{
    QString s = QString::number(v, 'f', 2);
    if (s == QLatin1String("-0.00"))
        s = QStringLiteral("0.00");
    return s;
}

} // namespace

void paintSignature(QPainter &painter, const SignatureStrokes &strokes, const QRectF &target)
{
    const QSizeF pad = padSize(strokes);
    if (pad.isEmpty() || target.isEmpty())
        return;
    const double scale = std::min(target.width() / pad.width(), target.height() / pad.height());
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.translate(target.x() + (target.width() - pad.width() * scale) / 2,
        target.y() + (target.height() - pad.height() * scale) / 2);
    painter.scale(scale, scale);
    painter.setClipRect(QRectF(QPointF(0, 0), pad), Qt::IntersectClip);
    for (const InkRun &run : inkRuns(strokes)) {
        if (run.points.size() == 1) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(Qt::black);
            painter.drawEllipse(run.points.front(), run.width / 2, run.width / 2);
            continue;
        }
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(Qt::black, run.width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPolyline(run.points.data(), static_cast<int>(run.points.size()));
    }
    painter.restore();
}

QByteArray renderSignaturePng(const SignatureStrokes &strokes, int widthPx)
{
    const QSizeF pad = padSize(strokes);
    if (pad.isEmpty() || widthPx <= 0 || widthPx > 8192)
        return {};
    const int heightPx = std::max(1, static_cast<int>(std::lround(widthPx * pad.height() / pad.width())));
    if (heightPx > 8192)
        return {};
    // Transparent background, so the signature sits on any paper; no metadata, so same strokes, same bytes.
    QImage image(widthPx, heightPx, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter p(&image);
        paintSignature(p, strokes, QRectF(0, 0, widthPx, heightPx));
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    writer.write(image.convertToFormat(QImage::Format_ARGB32));
    return bytes;
}

QByteArray renderSignatureSvg(const SignatureStrokes &strokes)
{
    const QSizeF pad = padSize(strokes);
    if (pad.isEmpty())
        return {};
    QString svg;
    svg += QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"%1\" height=\"%2\" "
                          "viewBox=\"0 0 %1 %2\">\n")
               .arg(num(pad.width()), num(pad.height()));
    svg += QStringLiteral("<g fill=\"none\" stroke=\"#000000\" stroke-linecap=\"round\" stroke-linejoin=\"round\">\n");
    for (const InkRun &run : inkRuns(strokes)) {
        if (run.points.size() == 1) {
            svg += QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"%3\" fill=\"#000000\" stroke=\"none\"/>\n")
                       .arg(num(run.points.front().x()), num(run.points.front().y()), num(run.width / 2));
            continue;
        }
        svg += QStringLiteral("<path stroke-width=\"%1\" d=\"M").arg(num(run.width));
        for (std::size_t i = 0; i < run.points.size(); ++i) {
            if (i == 1)
                svg += QStringLiteral(" L");
            svg += QLatin1Char(' ') + num(run.points[i].x()) + QLatin1Char(' ') + num(run.points[i].y());
        }
        svg += QStringLiteral("\"/>\n");
    }
    svg += QStringLiteral("</g>\n</svg>\n");
    return svg.toUtf8();
}

} // namespace kakunin::evidence
