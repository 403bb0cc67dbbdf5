#pragma once
// Error codes of the sync API. Every error answer is {"error": {"code": "...", "message": "...", ...}} with a
// stable code from this list (docs/sync-protocol.md "Errors"); the HTTP status follows from the code.

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace kakunin::protocol {

enum class ErrorCode {
    None = 0,
    // The request itself (400, 404, 405, 408, 413–415, 431)
    MalformedRequest, // the HTTP request could not be read
    MalformedJson, // the body is not one JSON object
    InvalidField, // a member is missing, has the wrong type, or a value is not allowed ("field" names it)
    NumberOutOfRange, // an integer beyond ±(2^53 − 1), or a number that is no finite integer where one is needed
    TooDeep, // nesting beyond limits::MaxJsonDepth (64 inside an event payload)
    UnsupportedMediaType, // Content-Type is not what the endpoint takes
    UnsupportedEncoding, // Content-Encoding other than gzip or none, or a gzip body that does not inflate
    BodyTooLarge, // over limits::MaxBodyBytes (after gzip is undone)
    BatchTooLarge, // over limits::MaxBatchEvents events
    BlobTooLarge, // over limits::MaxBlobBytes
    HeadersTooLarge, // over limits::MaxHeaderCount or limits::MaxHeaderBytes
    UriTooLong, // over limits::MaxUriLength
    RequestTimeout, // the request did not arrive within limits::ReadTimeoutSeconds
    NotFound, // no such endpoint
    MethodNotAllowed,
    CursorInvalid, // "since" is not a cursor this server gave out
    // Authentication (401): the app locks; wipe_ordered also erases local data
    TokenMissing,
    TokenInvalid,
    TokenExpired,
    TokenRevoked,
    WipeOrdered,
    // Enrollment (403, 409)
    EnrollmentCodeInvalid,
    EnrollmentCodeUsed,
    EnrollmentCodeExpired,
    DeviceKeyMismatch, // the device id is enrolled with another public key
    DeviceEnrolledElsewhere, // the device id is enrolled to another user
    UserDisabled,
    // Push: the whole batch is refused and nothing of it is stored (403, 409, 422)
    DeviceMismatch, // an event of another device, or a request for another device than the token's
    ActorMismatch, // an event whose actor is not the device's user
    SeqGap, // the batch does not continue the device's chain (a seq is missing)
    SeqConflict, // a seq already stored with another event (inserted or forked chain)
    ChainBroken, // prev does not link to the previous event's hash
    ContentChanged, // an event's hash is not the hash of its content
    SignatureInvalid, // the device's key did not sign the hash
    DuplicateEventId, // an event id already stored for another event
    EventInvalid, // the event catalog refuses the event (validateEvent, "detail" names the code)
    RoleNotAllowed, // the user's role may not record this event type
    AggregateForbidden, // the user may not write to this customer or contract (P4)
    // Blobs (400, 404, 422)
    BlobIdInvalid, // the path does not name a lowercase hex SHA-256
    BlobHashMismatch, // the bytes do not hash to the name
    BlobNotFound,
    // Server (429, 500, 503): transient, retry with backoff
    RateLimited,
    InternalError,
    Unavailable,
    // Client side only: an error answer whose code this build does not know (a newer server)
    Unknown,
};

const char *errorCodeName(ErrorCode code); // "token_expired" …; "unknown" for Unknown
ErrorCode errorCodeFromName(const QString &name); // Unknown for names this build does not know
int httpStatus(ErrorCode code);
// Statuses a client retries with backoff (timeouts, 408, 429, 5xx); every other failure is permanent.
bool isTransientStatus(int httpStatus);
// 401: the token no longer works; the app locks (and wipes on WipeOrdered).
inline bool isAuthError(ErrorCode c)
{
    return c == ErrorCode::TokenMissing || c == ErrorCode::TokenInvalid || c == ErrorCode::TokenExpired
        || c == ErrorCode::TokenRevoked || c == ErrorCode::WipeOrdered;
}

// The body of every error answer.
struct ApiError {
    ErrorCode code = ErrorCode::None;
    QString codeName; // the code as sent (kept when the code is Unknown to this build)
    QString message; // English, for logs; the app shows its own translated text for the code
    QString field; // the offending member, e.g. "events[3].payload.itemId"
    QString detail; // a finer code, e.g. validateEvent's "missing_field" or a lifecycle code
    qint64 seq = 0; // the offending event's seq (push), 0 when none
    qint64 storedUpTo = -1; // push: the device's last seq durably stored on the server (-1: not sent)

    static ApiError make(ErrorCode code, const QString &message = QString(), const QString &field = QString());
    bool operator==(const ApiError &) const = default;
};

QByteArray encodeError(const ApiError &error);
// nullopt when the bytes are not an error answer at all (a proxy's HTML page …).
std::optional<ApiError> decodeError(const QByteArray &body);

} // namespace kakunin::protocol
