#pragma once

#include "appsession.h"
#include "lecturechecklistmodel.h"
#include "lecturecopy.h"

#include <core/domain/lecture.h>
#include <core/domain/lifecycle.h>

#include <QFutureWatcher>
#include <QImage>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace kakunin {

class SignaturePad;

// The delivery lecture (納品講習) of one contract, for the installer: the lecture clock (D1), the checklist of
// the customer's level (D2, P1), the sign-off with the customer's signature (M1) and the customer's PDF copy.
//
// Everything is rebuilt from the contract's events, so an app killed three hours into a lecture comes back
// with the right running time: the events are replayed through the lifecycle (which decides what was
// accepted) and the accepted lecture events through LectureSession, each on its own recorded clock reading.
// A running segment keeps counting across an app restart on the same boot; a reboot loses it (D1).
// Every action asks LectureSession first, then the lifecycle (a dry run of the event it would record),
// and only then records; a refusal is reported in words (lastError), nothing is written.
class DeliveryLecture : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(kakunin::AppSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString contractId READ contractId WRITE setContractId NOTIFY contractIdChanged)
    // Language of the content texts (checklist) and of the customer's copy, "ja" or "en": the session's (the UI
    // language) unless set here.
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    // Where copies are written; by default the copies/ folder beside the store.
    Q_PROPERTY(QString copiesFolder READ copiesFolder WRITE setCopiesFolder NOTIFY copiesFolderChanged)

    // What is shown, or why nothing can be (contract not on this tablet, pack missing, locked).
    Q_PROPERTY(bool loaded READ loaded NOTIFY stateChanged)
    Q_PROPERTY(QString problem READ problem NOTIFY stateChanged)
    Q_PROPERTY(QString customerName READ customerName NOTIFY stateChanged)
    Q_PROPERTY(QString productName READ productName NOTIFY stateChanged)
    Q_PROPERTY(QString level READ level NOTIFY stateChanged) // "standard" / "extended"
    Q_PROPERTY(QString levelText READ levelText NOTIFY stateChanged)
    Q_PROPERTY(QString levelReason READ levelReason NOTIFY stateChanged) // P1 in words

    // The clock (D1).
    Q_PROPERTY(ClockState clockState READ clockState NOTIFY stateChanged)
    Q_PROPERTY(bool started READ started NOTIFY stateChanged) // started at least once (running, paused or done)
    Q_PROPERTY(bool running READ running NOTIFY stateChanged)
    Q_PROPERTY(bool signedOff READ signedOff NOTIFY stateChanged)
    Q_PROPERTY(qint64 runningMs READ runningMs NOTIFY timeChanged)
    Q_PROPERTY(qint64 minimumMs READ minimumMs NOTIFY stateChanged)
    Q_PROPERTY(qint64 remainingMinimumMs READ remainingMinimumMs NOTIFY timeChanged)
    Q_PROPERTY(bool minimumReached READ minimumReached NOTIFY timeChanged)
    Q_PROPERTY(QString runningText READ runningText NOTIFY timeChanged) // "2:13:05"
    Q_PROPERTY(QString remainingText READ remainingText NOTIFY timeChanged) // "0:46:55 to the minimum (3:00:00)"
    Q_PROPERTY(QString clockStateText READ clockStateText NOTIFY stateChanged)
    Q_PROPERTY(bool canStart READ canStart NOTIFY stateChanged)
    Q_PROPERTY(bool canPause READ canPause NOTIFY stateChanged)
    Q_PROPERTY(bool canResume READ canResume NOTIFY stateChanged)
    Q_PROPERTY(QString clockBlockedReason READ clockBlockedReason NOTIFY stateChanged)

    // The checklist (D2).
    Q_PROPERTY(kakunin::LectureChecklistModel *checklist READ checklist CONSTANT)
    Q_PROPERTY(int itemCount READ itemCount NOTIFY stateChanged)
    Q_PROPERTY(int taughtCount READ taughtCount NOTIFY stateChanged)
    Q_PROPERTY(int understoodCount READ understoodCount NOTIFY stateChanged)
    Q_PROPERTY(int openCount READ openCount NOTIFY stateChanged)
    Q_PROPERTY(QString progressText READ progressText NOTIFY stateChanged)

    // The sign-off (D1, D2, M1): allowed only when core allows; otherwise why, in words.
    Q_PROPERTY(bool canSignOff READ canSignOff NOTIFY timeChanged)
    Q_PROPERTY(QString signOffBlockedReason READ signOffBlockedReason NOTIFY timeChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

    // The customer's copy (PDF), written off the UI thread.
    Q_PROPERTY(bool copyBusy READ copyBusy NOTIFY copyChanged)
    Q_PROPERTY(qreal copyProgress READ copyProgress NOTIFY copyProgressChanged)
    Q_PROPERTY(bool copyReady READ copyReady NOTIFY copyChanged)
    Q_PROPERTY(QString copyPath READ copyPath NOTIFY copyChanged)
    Q_PROPERTY(QString copyError READ copyError NOTIFY copyChanged)
    Q_PROPERTY(int copyPageCount READ copyPageCount NOTIFY copyChanged)

public:
    enum class ClockState { NotStarted, Running, Paused, SignedOff };
    Q_ENUM(ClockState)

    explicit DeliveryLecture(QObject *parent = nullptr);
    ~DeliveryLecture() override;

    AppSession *session() const { return m_session; }
    void setSession(AppSession *session);
    QString contractId() const { return m_contractId; }
    void setContractId(const QString &id);
    QString language() const;
    void setLanguage(const QString &code); // empty: follow the session
    QString copiesFolder() const;
    void setCopiesFolder(const QString &folder);

    bool loaded() const { return m_lecture.has_value(); }
    QString problem() const { return m_problem; }
    QString customerName() const { return m_customerName; }
    QString productName() const;
    QString level() const { return lectureLevelName(m_level); }
    QString levelText() const;
    QString levelReason() const;

    ClockState clockState() const;
    bool started() const { return clockState() != ClockState::NotStarted; }
    bool running() const { return clockState() == ClockState::Running; }
    bool signedOff() const { return clockState() == ClockState::SignedOff; }
    qint64 runningMs() const { return m_runningMs; }
    qint64 minimumMs() const { return m_lecture ? m_lecture->minimumMs() : 0; }
    qint64 remainingMinimumMs() const { return std::max<qint64>(0, minimumMs() - m_runningMs); }
    bool minimumReached() const { return loaded() && m_runningMs >= minimumMs(); }
    QString runningText() const;
    QString remainingText() const;
    QString clockStateText() const;
    bool canStart() const { return m_canStart; }
    bool canPause() const { return m_canPause; }
    bool canResume() const { return m_canResume; }
    QString clockBlockedReason() const { return m_clockBlockedReason; }

    LectureChecklistModel *checklist() { return &m_checklist; }
    int itemCount() const;
    int taughtCount() const;
    int understoodCount() const;
    int openCount() const;
    QString progressText() const;

    bool canSignOff() const { return m_canSignOff; }
    QString signOffBlockedReason() const { return m_signOffBlockedReason; }
    QString lastError() const { return m_lastError; }

    bool copyBusy() const { return m_copyBusy; }
    qreal copyProgress() const { return m_copyProgress; }
    bool copyReady() const { return !m_copyPages.isEmpty(); }
    QString copyPath() const { return m_copyPath; }
    QString copyError() const { return m_copyError; }
    int copyPageCount() const { return static_cast<int>(m_copyPages.size()); }
    const QList<QImage> &copyPages() const { return m_copyPages; } // the preview, page by page

    // Lecture clock (D1): each records lecture.started / lecture.paused / lecture.resumed when core allows.
    Q_INVOKABLE bool start();
    Q_INVOKABLE bool pause();
    Q_INVOKABLE bool resume();
    // Checklist (D2): lecture.item_taught (installer) and lecture.item_understood (customer).
    Q_INVOKABLE bool markTaught(const QString &itemId);
    Q_INVOKABLE bool markUnderstood(const QString &itemId);
    // Sign-off: the customer's signature on the pad, over the delivery digest, recorded as delivery.signed
    // (recordSignature) only when core allows; then the customer's copy is written.
    Q_INVOKABLE bool signOff(kakunin::SignaturePad *pad);
    bool signOff(const SignatureStrokes &strokes);
    // Writes the customer's copy (PDF) and its preview off the UI thread.
    Q_INVOKABLE void writeCopy();
    // Blocks until a copy being written is done (tests, shutdown).
    void waitForCopy();

    // Words for core's codes, in the user's language.
    static QString lectureErrorText(LectureError e);
    static QString lifecycleErrorText(LifecycleError e);

public slots:
    // Reads the contract again from the store (done on every `recorded` that names it).
    void reload();
    // Re-reads the session's clock: running time, remaining time and whether sign-off is allowed.
    void refresh();

signals:
    void sessionChanged();
    void contractIdChanged();
    void languageChanged();
    void copiesFolderChanged();
    void stateChanged();
    void timeChanged();
    void lastErrorChanged();
    void copyChanged();
    void copyProgressChanged();
    void signedOffNow(); // the customer's signature was just recorded

private:
    void clear(const QString &problem);
    bool record(const EventDraft &draft);
    EventDraft draft(const QString &type, const QJsonObject &payload = {}) const;
    LifecycleError probe(const EventDraft &draft) const; // the lifecycle's verdict on recording it now
    QString refusalText(LifecycleError e) const; // lifecycleErrorText, with the stage said in words
    bool mayRecordAs(const QString &type) const; // the signed-in role may record this type
    bool refuse(const QString &text);
    void updateDecisions();
    void updateRows();
    void setError(const QString &text);
    void copyFinished();

    QPointer<AppSession> m_session;
    QMetaObject::Connection m_recordedConnection;
    QString m_contractId;
    QString m_language; // empty: the session's
    QString m_copiesFolder;

    // Rebuilt by reload().
    std::optional<LectureSession> m_lecture;
    ContractState m_state;
    std::optional<ContentPack> m_pack;
    QList<Event> m_lectureEvents; // accepted lecture events, in order
    QString m_customerName;
    int m_itLiteracy = 0;
    bool m_profileKnown = false;
    LectureLevel m_level = LectureLevel::Standard;
    QString m_problem;

    // Updated by refresh().
    qint64 m_runningMs = 0;
    bool m_canStart = false, m_canPause = false, m_canResume = false, m_canSignOff = false;
    QString m_clockBlockedReason, m_signOffBlockedReason;
    QString m_lastError;

    LectureChecklistModel m_checklist {this};
    QTimer m_tick; // display tick while the clock runs

    bool m_copyBusy = false;
    qreal m_copyProgress = 0;
    QString m_copyPath, m_copyError;
    QList<QImage> m_copyPages;
    QFutureWatcher<DeliveryCopyOutcome> m_copyWatcher;
};

} // namespace kakunin
