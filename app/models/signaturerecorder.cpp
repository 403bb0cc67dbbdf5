#include "signaturerecorder.h"

#include <evidence/strokerenderer.h>

namespace kakunin {
namespace {

constexpr int PngWidthPx = 900; // sharp enough for a printed A4 copy at the signature box's size

} // namespace

QString signerRoleName(SignerRole role)
{
    switch (role) {
    case SignerRole::Customer:
        return QStringLiteral("customer");
    case SignerRole::Successor:
        return QStringLiteral("successor");
    case SignerRole::SalesRep:
        return QStringLiteral("rep");
    case SignerRole::Installer:
        return QStringLiteral("installer");
    }
    return QStringLiteral("customer");
}

Result<Event, SignatureRecordError> recordSignature(Store &store, const SignatureRequest &request)
{
    using R = Result<Event, SignatureRecordError>;
    if (request.strokes.validate() != SignatureError::None)
        return R::failure(SignatureRecordError::InvalidSignature);
    if (request.contentHash.isEmpty())
        return R::failure(SignatureRecordError::NoContent);
    const auto strokes = store.putBlob(request.strokes.encode());
    const auto png = store.putBlob(evidence::renderSignaturePng(request.strokes, PngWidthPx));
    const auto svg = store.putBlob(evidence::renderSignatureSvg(request.strokes));
    if (!strokes || !png || !svg)
        return R::failure(SignatureRecordError::StoreFailed);
    // The strokes travel inside the signed event too (base64 of the compact encoding), so the record holds the
    // signature itself even without its blobs; signatureHash names the same bytes.
    QJsonObject payload {{QStringLiteral("signatureHash"), strokes.value()},
        {QStringLiteral("strokes"), QString::fromLatin1(request.strokes.encode().toBase64())},
        {QStringLiteral("contentHash"), request.contentHash}, {QStringLiteral("pngHash"), png.value()},
        {QStringLiteral("svgHash"), svg.value()}, {QStringLiteral("signerName"), request.signerName}};
    if (request.eventType == QLatin1String("matters.signed")) {
        payload.insert(QStringLiteral("signer"), signerRoleName(request.role));
        static const char *const seals[] = {"none", "affixed_on_paper", "image"};
        payload.insert(QStringLiteral("seal"), QLatin1String(seals[static_cast<int>(request.seal)]));
        if (request.seal == SealRecord::Image) {
            const auto image = store.putBlob(request.sealImage);
            if (!image)
                return R::failure(SignatureRecordError::StoreFailed);
            payload.insert(QStringLiteral("sealImageHash"), image.value());
        }
    }
    auto event = store.append({request.eventType, request.contractId, request.actor, payload});
    if (!event)
        return R::failure(SignatureRecordError::StoreFailed);
    return event.value();
}

} // namespace kakunin
