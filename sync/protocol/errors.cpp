#include "errors.h"

#include "wire.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <array>

namespace kakunin::protocol {
namespace {

struct CodeInfo {
    ErrorCode code;
    const char *name;
    int status;
};

// The stable names and their HTTP statuses: append only, never rename (clients match on the names).
constexpr std::array Codes = {
    CodeInfo {ErrorCode::None, "none", 200},
    CodeInfo {ErrorCode::MalformedRequest, "malformed_request", 400},
    CodeInfo {ErrorCode::MalformedJson, "malformed_json", 400},
    CodeInfo {ErrorCode::InvalidField, "invalid_field", 400},
    CodeInfo {ErrorCode::NumberOutOfRange, "number_out_of_range", 400},
    CodeInfo {ErrorCode::TooDeep, "too_deep", 400},
    CodeInfo {ErrorCode::UnsupportedMediaType, "unsupported_media_type", 415},
    CodeInfo {ErrorCode::UnsupportedEncoding, "unsupported_encoding", 415},
    CodeInfo {ErrorCode::BodyTooLarge, "body_too_large", 413},
    CodeInfo {ErrorCode::BatchTooLarge, "batch_too_large", 413},
    CodeInfo {ErrorCode::BlobTooLarge, "blob_too_large", 413},
    CodeInfo {ErrorCode::HeadersTooLarge, "headers_too_large", 431},
    CodeInfo {ErrorCode::UriTooLong, "uri_too_long", 414},
    CodeInfo {ErrorCode::RequestTimeout, "request_timeout", 408},
    CodeInfo {ErrorCode::NotFound, "not_found", 404},
    CodeInfo {ErrorCode::MethodNotAllowed, "method_not_allowed", 405},
    CodeInfo {ErrorCode::CursorInvalid, "cursor_invalid", 400},
    CodeInfo {ErrorCode::TokenMissing, "token_missing", 401},
    CodeInfo {ErrorCode::TokenInvalid, "token_invalid", 401},
    CodeInfo {ErrorCode::TokenExpired, "token_expired", 401},
    CodeInfo {ErrorCode::TokenRevoked, "token_revoked", 401},
    CodeInfo {ErrorCode::WipeOrdered, "wipe_ordered", 401},
    CodeInfo {ErrorCode::EnrollmentCodeInvalid, "enrollment_code_invalid", 403},
    CodeInfo {ErrorCode::EnrollmentCodeUsed, "enrollment_code_used", 403},
    CodeInfo {ErrorCode::EnrollmentCodeExpired, "enrollment_code_expired", 403},
    CodeInfo {ErrorCode::DeviceKeyMismatch, "device_key_mismatch", 409},
    CodeInfo {ErrorCode::DeviceEnrolledElsewhere, "device_enrolled_elsewhere", 409},
    CodeInfo {ErrorCode::UserDisabled, "user_disabled", 403},
    CodeInfo {ErrorCode::DeviceMismatch, "device_mismatch", 403},
    CodeInfo {ErrorCode::ActorMismatch, "actor_mismatch", 403},
    CodeInfo {ErrorCode::SeqGap, "seq_gap", 409},
    CodeInfo {ErrorCode::SeqConflict, "seq_conflict", 409},
    CodeInfo {ErrorCode::ChainBroken, "chain_broken", 409},
    CodeInfo {ErrorCode::ContentChanged, "content_changed", 422},
    CodeInfo {ErrorCode::SignatureInvalid, "signature_invalid", 422},
    CodeInfo {ErrorCode::DuplicateEventId, "duplicate_event_id", 409},
    CodeInfo {ErrorCode::EventInvalid, "event_invalid", 422},
    CodeInfo {ErrorCode::RoleNotAllowed, "role_not_allowed", 403},
    CodeInfo {ErrorCode::AggregateForbidden, "aggregate_forbidden", 403},
    CodeInfo {ErrorCode::BlobIdInvalid, "blob_id_invalid", 400},
    CodeInfo {ErrorCode::BlobHashMismatch, "blob_hash_mismatch", 422},
    CodeInfo {ErrorCode::BlobNotFound, "blob_not_found", 404},
    CodeInfo {ErrorCode::RateLimited, "rate_limited", 429},
    CodeInfo {ErrorCode::InternalError, "internal_error", 500},
    CodeInfo {ErrorCode::Unavailable, "unavailable", 503},
    CodeInfo {ErrorCode::Unknown, "unknown", 500},
};

const CodeInfo &info(ErrorCode code)
{
    for (const CodeInfo &i : Codes)
        if (i.code == code)
            return i;
    return Codes.back();
}

} // namespace

const char *errorCodeName(ErrorCode code)
{
    return info(code).name;
}

ErrorCode errorCodeFromName(const QString &name)
{
    for (const CodeInfo &i : Codes)
        if (name == QLatin1String(i.name))
            return i.code;
    return ErrorCode::Unknown;
}

int httpStatus(ErrorCode code)
{
    return info(code).status;
}

bool isTransientStatus(int status)
{
    return status == 408 || status == 429 || status >= 500;
}

ApiError ApiError::make(ErrorCode code, const QString &message, const QString &field)
{
    ApiError e;
    e.code = code;
    e.codeName = QLatin1String(errorCodeName(code));
    e.message = message;
    e.field = field;
    return e;
}

QByteArray encodeError(const ApiError &error)
{
    QJsonObject o {
        {QStringLiteral("code"), error.codeName.isEmpty() ? QLatin1String(errorCodeName(error.code)) : error.codeName},
        {QStringLiteral("message"), error.message}};
    if (!error.field.isEmpty())
        o.insert(QStringLiteral("field"), error.field);
    if (!error.detail.isEmpty())
        o.insert(QStringLiteral("detail"), error.detail);
    if (error.seq > 0)
        o.insert(QStringLiteral("seq"), error.seq);
    if (error.storedUpTo >= 0)
        o.insert(QStringLiteral("storedUpTo"), error.storedUpTo);
    return QJsonDocument(QJsonObject {{QStringLiteral("error"), o}}).toJson(QJsonDocument::Compact);
}

std::optional<ApiError> decodeError(const QByteArray &body)
{
    auto parsed = parseJsonObject(body);
    if (!parsed)
        return std::nullopt;
    const QJsonValue inner = parsed->value(QStringLiteral("error"));
    if (!inner.isObject() || !inner.toObject().value(QStringLiteral("code")).isString())
        return std::nullopt;
    const QJsonObject o = inner.toObject();
    ApiError e;
    e.codeName = o.value(QStringLiteral("code")).toString();
    e.code = errorCodeFromName(e.codeName);
    e.message = o.value(QStringLiteral("message")).toString();
    e.field = o.value(QStringLiteral("field")).toString();
    e.detail = o.value(QStringLiteral("detail")).toString();
    e.seq = o.value(QStringLiteral("seq")).toInteger(0);
    e.storedUpTo = o.value(QStringLiteral("storedUpTo")).toInteger(-1);
    return e;
}

} // namespace kakunin::protocol
