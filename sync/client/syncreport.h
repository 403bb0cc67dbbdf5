#pragma once

#include <QMetaType>
#include <QString>
#include <QtGlobal>

namespace kakunin::syncclient {

// Where the engine is. The app turns phase and error into words (SyncStatus in app/models).
enum class SyncPhase {
    NotEnrolled, // no token yet: records stay on the tablet until enroll() succeeds
    Idle, // enrolled and nothing running; pending tells whether records wait
    Syncing, // a sync runs: progressDone of progressTotal
    WaitingToRetry, // a transient failure; the next try is at retryAtUtcMs
    Failed, // a failure that retrying will not cure (pinning, a refused record, a newer server ...)
    ReauthNeeded, // 401: the token no longer works; the app locks and asks to re-enroll
    Wiped, // head office ordered a wipe and the local data is erased
};

// Why the last attempt failed, as a code.
enum class SyncError {
    None = 0,
    Offline, // the app reported no network; nothing was tried
    Timeout, // connect or low-speed timeout
    Unreachable, // connection refused, name not resolved, connection lost mid-way
    ServerBusy, // 429, or 503 (Retry-After honoured)
    ServerError, // other 5xx
    PinMismatch, // the server's key is neither the current nor the backup pin: refused
    TlsFailed, // certificate chain, host name or handshake
    Unauthorized, // 401: token missing, expired, invalid or revoked
    WipeOrdered, // 401 wipe_ordered: the local data was erased
    Rejected, // head office refused a record or request (4xx); serverCode names why
    BadAnswer, // an answer that does not decode, or a pulled event whose hash or signature fails
    EnrollmentRefused, // the code is wrong, used or expired, or the device is enrolled elsewhere
    NotEnrolled, // sync asked for before enrollment
    StoreFailed, // the local store could not be read or written
};

const char *syncPhaseName(SyncPhase p);
const char *syncErrorName(SyncError e);

// Everything the engine reports at once, so a panel never shows a half-updated state.
struct SyncReport {
    SyncPhase phase = SyncPhase::NotEnrolled;
    SyncError lastError = SyncError::None; // of the last attempt; None after a success
    QString serverCode; // the server's error code ("seq_gap", "token_revoked") or the transport's, for support
    int httpStatus = 0; // of the failing answer, 0 when none
    qint64 pending = 0; // events head office has not acknowledged
    qint64 pendingBlobs = 0;
    int progressDone = 0; // while syncing: events acknowledged in this sync ...
    int progressTotal = 0; // ... of this many
    qint64 lastSuccessUtcMs = 0; // 0: never
    qint64 lastAttemptUtcMs = 0;
    qint64 retryAtUtcMs = 0; // WaitingToRetry: when the next try starts
    int failuresInRow = 0;
    bool clockSkewFlagged = false; // head office found the tablet's clock off by more than policy allows
    qint64 clockSkewMs = 0;
    int ruleRefusals = 0; // events head office stored but whose rules refused them, in the last sync
    QString userId; // the enrolled user ...
    QString role; // ... and their role at head office ("sales_rep", "installer")
    bool operator==(const SyncReport &) const = default;
};

} // namespace kakunin::syncclient

Q_DECLARE_METATYPE(kakunin::syncclient::SyncReport)
Q_DECLARE_METATYPE(kakunin::syncclient::SyncError)
