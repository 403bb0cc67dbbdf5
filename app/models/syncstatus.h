#pragma once

#include <QObject>
#include <QString>

namespace kakunin {

class AppSession;

// What the home screen says about sync with head office: the state in words, how many records wait to be
// sent, when the last sync succeeded, and a "Sync now" request. The sync engine (sync/client) drives it
// with setSnapshot(); until a tablet is enrolled it says so and counts the outbox of the open store.
// QML sees it as the singleton `SyncStatus` (qmlsingletons.h).
class SyncStatus : public QObject {
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY changed)
    Q_PROPERTY(QString stateText READ stateText NOTIFY changed) // one line, in words
    Q_PROPERTY(QString detailText READ detailText NOTIFY changed) // what it means / what to do, may be empty
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY changed) // events head office has not acknowledged
    Q_PROPERTY(QString pendingText READ pendingText NOTIFY changed) // the same in words
    Q_PROPERTY(int progressDone READ progressDone NOTIFY changed) // while syncing: events sent so far
    Q_PROPERTY(int progressTotal READ progressTotal NOTIFY changed) // ... of this many (0: not known)
    Q_PROPERTY(bool hasLastSuccess READ hasLastSuccess NOTIFY changed)
    Q_PROPERTY(QString lastSuccessText READ lastSuccessText NOTIFY changed)
    Q_PROPERTY(bool canSyncNow READ canSyncNow NOTIFY changed)
    // A new enrollment code may be entered: never enrolled, or head office stopped accepting the token.
    Q_PROPERTY(bool canEnroll READ canEnroll NOTIFY changed)
    // What the lock and first-start screens say after sync locked the tablet (token revoked) or head office
    // erased it (wipe order); empty otherwise.
    Q_PROPERTY(QString noticeText READ noticeText NOTIFY changed)

public:
    enum class State {
        NotEnrolled, // no head office yet: records stay on the tablet
        Idle, // enrolled, nothing running: up to date, or records waiting for the next sync
        Syncing, // a sync runs (progressDone / progressTotal)
        WaitingToRetry, // a transient failure; the next try is at retryAtUtcMs
        Error, // a failure that needs someone (revoked device, rejected record, ...)
    };
    Q_ENUM(State)

    // Why the last sync failed, as a code; words come from errorText().
    enum class Failure {
        None,
        Offline, // no network
        ServerUnreachable, // timeout, DNS, connection refused, 5xx
        ServerBusy, // 429 / 503 with Retry-After
        TlsFailure, // certificate or pinned key does not match
        Unauthorized, // token revoked: the app locks and needs a new enrollment
        Rejected, // head office refused a record (chain, signature or rule)
        TabletClockOff, // the tablet's clock is off by more than the policy allows
        EnrollmentRefused, // the enrollment code was wrong, used or expired
        Internal, // anything else
    };
    Q_ENUM(Failure)

    // Everything the engine reports at once, so the panel never shows a half-updated state.
    struct Snapshot {
        State state = State::NotEnrolled;
        int progressDone = 0;
        int progressTotal = 0;
        qint64 lastSuccessUtcMs = 0; // 0: never
        qint64 retryAtUtcMs = 0; // WaitingToRetry: when the next try starts
        Failure failure = Failure::None; // WaitingToRetry and Error: why
        QString code; // the precise code for support, e.g. "token_revoked" or "timeout" (shown in brackets)
        bool operator==(const Snapshot &) const = default;
    };

    explicit SyncStatus(QObject *parent = nullptr);

    // The session whose store's outbox is counted (not owned; it must outlive this object or be reset to
    // null). The count follows AppSession::recorded and unlock; while locked the last count stays.
    void setSession(AppSession *session);

    const Snapshot &snapshot() const { return m_snapshot; }
    void setSnapshot(const Snapshot &snapshot);
    // The engine also calls this after it marked events sent.
    Q_INVOKABLE void refreshPendingCount();

    State state() const { return m_snapshot.state; }
    QString stateText() const;
    QString detailText() const;
    int pendingCount() const { return m_pending; }
    QString pendingText() const;
    int progressDone() const { return m_snapshot.progressDone; }
    int progressTotal() const { return m_snapshot.progressTotal; }
    bool hasLastSuccess() const { return m_snapshot.lastSuccessUtcMs > 0; }
    QString lastSuccessText() const;
    bool canSyncNow() const;

    // Asks the engine for a sync now (the engine connects to syncRequested).
    Q_INVOKABLE void syncNow();
    bool canEnroll() const;
    // Asks for an enrollment with a one-time code from head office (SyncWiring connects to enrollRequested).
    Q_INVOKABLE void enroll(const QString &code);

    enum class Notice { None, Reauth, Wiped };
    Notice notice() const { return m_notice; }
    void setNotice(Notice notice);
    // A head office to enroll with was given (--hq-url); without one the panel offers no enrollment.
    void setServerConfigured(bool configured);
    QString noticeText() const;
    // After a wipe: no snapshot, nothing pending (the store is gone), the notice stays.
    void reset();

    static QString failureText(Failure failure);

signals:
    void changed();
    void syncRequested();
    void enrollRequested(const QString &code);

private:
    QString timeText(qint64 utcMs, bool withDay) const;

    AppSession *m_session = nullptr;
    QMetaObject::Connection m_recorded;
    QMetaObject::Connection m_opened;
    QMetaObject::Connection m_stage;
    QMetaObject::Connection m_language;
    Snapshot m_snapshot;
    int m_pending = 0;
    Notice m_notice = Notice::None;
    bool m_serverConfigured = false;
};

} // namespace kakunin
