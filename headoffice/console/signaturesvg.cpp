#include "signaturesvg.h"

#include <evidence/strokesmoothing.h>

#include <core/domain/eventcatalog.h>

#include <QPointF>

#include <cmath>
#include <vector>

namespace kakunin::hq::console {

namespace {

// Fixed precision, never "-0.00": the same strokes give the same text on every machine.
QString num(double v)
{
    QString s = QString::number(v, 'f', 2);
    if (s == QLatin1String("-0.00"))
        s = QStringLiteral("0.00");
    return s;
}

} // namespace

const char *signatureSvgErrorName(SignatureSvgError e)
{
    switch (e) {
    case SignatureSvgError::None:
        return "none";
    case SignatureSvgError::NotASignature:
        return "not_a_signature";
    case SignatureSvgError::StrokesMissing:
        return "strokes_missing";
    case SignatureSvgError::StrokesMismatch:
        return "strokes_mismatch";
    case SignatureSvgError::Malformed:
        return "malformed";
    }
    return "unknown";
}

QString escapeXml(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&':
            out += QLatin1String("&amp;");
            break;
        case '<':
            out += QLatin1String("&lt;");
            break;
        case '>':
            out += QLatin1String("&gt;");
            break;
        case '"':
            out += QLatin1String("&quot;");
            break;
        case '\'':
            out += QLatin1String("&#39;");
            break;
        default:
            // XML 1.0 allows no other control characters; a name pasted with one must not break the page.
            if (c.unicode() < 0x20 && c != QLatin1Char('\t') && c != QLatin1Char('\n'))
                break;
            if (c.unicode() == 0xFFFE || c.unicode() == 0xFFFF)
                break;
            out += c;
        }
    }
    return out;
}

QString signatureSvg(const SignatureStrokes &strokes, const SignatureSvgOptions &options)
{
    const double padWidth = strokes.width / 10.0, padHeight = strokes.height / 10.0;
    if (padWidth <= 0 || padHeight <= 0)
        return QString();
    const int width = options.width > 0 ? options.width : static_cast<int>(std::ceil(padWidth));
    const int height = options.height > 0 ? options.height : static_cast<int>(std::ceil(padHeight));
    QString svg;
    // The viewBox is the pad in logical pixels: the page's box scales it (keeping the aspect ratio, centred),
    // ink widths included, as the tablet's renderings scale it to their size.
    svg += QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"%1\" height=\"%2\" "
                          "viewBox=\"0 0 %3 %4\" preserveAspectRatio=\"xMidYMid meet\" role=\"img\"")
               .arg(width)
               .arg(height)
               .arg(num(padWidth), num(padHeight));
    if (!options.title.isEmpty())
        svg += QStringLiteral(" aria-label=\"%1\"").arg(escapeXml(options.title));
    if (!options.cssClass.isEmpty())
        svg += QStringLiteral(" class=\"%1\"").arg(escapeXml(options.cssClass));
    svg += QStringLiteral(">\n");
    if (!options.title.isEmpty())
        svg += QStringLiteral("<title>%1</title>\n").arg(escapeXml(options.title));
    svg += QStringLiteral("<g fill=\"none\" stroke=\"#000000\" stroke-linecap=\"round\" stroke-linejoin=\"round\">\n");
    for (const evidence::InkRun &run : evidence::inkRuns(strokes)) {
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
    return svg;
}

Result<SignatureStrokes, SignatureSvgError> signatureStrokesOf(const Event &event, const BlobLookup &blob)
{
    using R = Result<SignatureStrokes, SignatureSvgError>;
    if (event.type != EventType::MattersSigned && event.type != EventType::DeliverySigned
        && event.type != EventType::ContractCancelled)
        return R::failure(SignatureSvgError::NotASignature);
    const QString name = event.payload.value(QStringLiteral("signatureHash")).toString();
    QByteArray bytes;
    const QString inlined = event.payload.value(QStringLiteral("strokes")).toString();
    if (!inlined.isEmpty()) {
        bytes = QByteArray::fromBase64(inlined.toLatin1());
    } else if (blob) {
        if (const auto stored = blob(name))
            bytes = stored.value();
    }
    if (bytes.isEmpty())
        return R::failure(SignatureSvgError::StrokesMissing);
    if (sha256Hex(bytes) != name)
        return R::failure(SignatureSvgError::StrokesMismatch);
    auto decoded = SignatureStrokes::decode(bytes);
    if (!decoded)
        return R::failure(SignatureSvgError::Malformed);
    return std::move(decoded).value();
}

Result<QString, SignatureSvgError> signatureSvgOf(
    HqService &service, const Event &event, const SignatureSvgOptions &options)
{
    using R = Result<QString, SignatureSvgError>;
    const auto strokes = signatureStrokesOf(event, [&service](const QString &sha) { return service.blob(sha); });
    if (!strokes)
        return R::failure(strokes.error());
    return signatureSvg(strokes.value(), options);
}

} // namespace kakunin::hq::console
