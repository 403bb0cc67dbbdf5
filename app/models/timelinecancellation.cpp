#include "timelinecancellation.h"

#include <evidence/strokerenderer.h>
#include <store/store.h>

namespace kakunin {
namespace {

constexpr int PngWidthPx = 900; // as signaturerecorder.cpp: sharp enough for a printed copy

bool catalogKnows(const QString &field)
{
    const EventSpec *spec = eventSpec(EventType::ContractCancelled);
    if (spec == nullptr)
        return false;
    for (const FieldSpec &f : spec->fields)
        if (f.name == field)
            return true;
    return false;
}

} // namespace

Role roleFromName(const QString &role)
{
    if (role == QLatin1String("installer"))
        return Role::Installer;
    if (role == QLatin1String("head_office"))
        return Role::HeadOffice;
    return Role::SalesRep;
}

QJsonObject cancellationPayload(const QString &signatureHash, const QJsonObject &optional)
{
    QJsonObject payload {{QStringLiteral("signatureHash"), signatureHash}};
    for (auto it = optional.constBegin(); it != optional.constEnd(); ++it)
        if (catalogKnows(it.key()))
            payload.insert(it.key(), it.value());
    return payload;
}

bool cancellationCarriesReason()
{
    return catalogKnows(QStringLiteral("reason"));
}

CancelCheck checkCancellation(const ContractState &state, const QString &actor, Role role, qint64 atUtc)
{
    CancelCheck check;
    if (state.stage == ContractStage::None) {
        check.error = CancelError::NoContract;
        return check;
    }
    // The event that would be recorded, with a stand-in for the signature's hash.
    Event e;
    e.type = EventType::ContractCancelled;
    e.aggregate = state.id;
    e.actor = actor;
    e.at = atUtc;
    e.payload = cancellationPayload(QString(64, QLatin1Char('0')), {});
    if (validateEvent(e, role) != EventError::None) {
        check.error = CancelError::NotAllowed;
        return check;
    }
    ContractState trial = state;
    check.rule = applyContractEvent(trial, e);
    if (check.rule != LifecycleError::None) {
        check.error = CancelError::Refused;
        return check;
    }
    check.kind = trial.cancellation;
    return check;
}

Result<EventDraft, CancelCheck> prepareCancellation(Store &store, const CancelRequest &request, qint64 atUtc)
{
    using R = Result<EventDraft, CancelCheck>;
    const auto projected = store.projection(request.contractId);
    ContractState state;
    if (projected && projected->kind == QLatin1String("contract"))
        state = ContractState::fromJson(projected->state);
    CancelCheck check = checkCancellation(state, request.actor, request.role, atUtc);
    if (!check.ok())
        return R::failure(check);
    check.signature = request.strokes.validate();
    if (check.signature != SignatureError::None) {
        check.error = CancelError::InvalidSignature;
        return R::failure(check);
    }
    const QByteArray encoded = request.strokes.encode();
    const auto strokes = store.putBlob(encoded);
    const auto png = store.putBlob(evidence::renderSignaturePng(request.strokes, PngWidthPx));
    const auto svg = store.putBlob(evidence::renderSignatureSvg(request.strokes));
    if (!strokes || !png || !svg) {
        check.error = CancelError::StoreFailed;
        return R::failure(check);
    }
    QJsonObject optional {{QStringLiteral("strokes"), QString::fromLatin1(encoded.toBase64())},
        {QStringLiteral("pngHash"), png.value()}, {QStringLiteral("svgHash"), svg.value()},
        {QStringLiteral("signerName"), request.signerName}};
    if (!request.reason.trimmed().isEmpty())
        optional.insert(QStringLiteral("reason"), request.reason.trimmed());
    return EventDraft {EventType::ContractCancelled, request.contractId, request.actor,
        cancellationPayload(strokes.value(), optional)};
}

} // namespace kakunin
