#pragma once

#include "contentlibrary.h"
#include "storereader.h"

#include <core/clock.h>
#include <core/domain/policy.h>
#include <store/store.h>

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <memory>

namespace kakunin {

// The signed-in state of the tablet: first start (set a PIN), locked, or unlocked with an open store.
// Unlocking runs Argon2id and opens the database off the UI thread.
class AppSession : public QObject {
    Q_OBJECT
    Q_PROPERTY(Stage stage READ stage NOTIFY stageChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorCode READ errorCode NOTIFY errorChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorChanged)
    Q_PROPERTY(int failedAttempts READ failedAttempts NOTIFY failedAttemptsChanged)
    Q_PROPERTY(int retryAfterSeconds READ retryAfterSeconds NOTIFY retryAfterSecondsChanged)
    Q_PROPERTY(QString deviceId READ deviceId NOTIFY stageChanged)
    Q_PROPERTY(int eventCount READ eventCount NOTIFY eventCountChanged)
    Q_PROPERTY(QString userId READ userId NOTIFY userChanged)
    // "sales_rep" (営業担当) or "installer" (納品担当): decides which screens and actions are offered.
    Q_PROPERTY(QString role READ role NOTIFY userChanged)
    Q_PROPERTY(bool salesRep READ salesRep NOTIFY userChanged)
    Q_PROPERTY(bool installer READ installer NOTIFY userChanged)
    // The role in words, in the user's language.
    Q_PROPERTY(QString roleText READ roleText NOTIFY roleTextChanged)
    // "ja" or "en": the language of the UI, followed by content-pack texts (LocalizedText::in).
    Q_PROPERTY(QString language READ language NOTIFY languageChanged)
    Q_PROPERTY(int policyVersion READ policyVersion NOTIFY policyChanged)
    // PIN change (settings): runs off the UI thread like unlock; the outcome stays until the next try.
    Q_PROPERTY(bool pinChangeBusy READ pinChangeBusy NOTIFY pinChangeChanged)
    Q_PROPERTY(bool pinChangeDone READ pinChangeDone NOTIFY pinChangeChanged)
    Q_PROPERTY(QString pinChangeErrorCode READ pinChangeErrorCode NOTIFY pinChangeChanged)
    Q_PROPERTY(QString pinChangeErrorMessage READ pinChangeErrorMessage NOTIFY pinChangeChanged)

public:
    enum class Stage { SetUp, Locked, Unlocked };
    Q_ENUM(Stage)

    // userId: the signed-in user (until users come with sync, the `--user` option of kakunin).
    // role: "sales_rep" or "installer".
    explicit AppSession(StoreOptions options, QString userId = QStringLiteral("rep-001"),
        QString role = QStringLiteral("sales_rep"), QObject *parent = nullptr);
    ~AppSession() override;

    Stage stage() const { return m_stage; }
    bool busy() const { return m_busy; }
    QString errorCode() const;
    QString errorMessage() const;
    int failedAttempts() const { return m_failedAttempts; }
    int retryAfterSeconds() const { return m_retryAfterSeconds; }
    QString deviceId() const;
    int eventCount() const;
    QString userId() const { return m_userId; }
    QString role() const { return m_role; }
    bool salesRep() const { return m_role == QLatin1String("sales_rep"); }
    bool installer() const { return m_role == QLatin1String("installer"); }
    void setUser(const QString &userId, const QString &role);
    QString roleText() const;
    static QString roleText(const QString &role);

    QString language() const { return m_language; }
    // Kept in step with the Language singleton by AppContext; "ja" or "en" (anything else is Japanese).
    void setLanguage(const QString &code);

    // Time as every view model reads it; tests inject a ManualClock (not owned, must outlive the session).
    const Clock &clock() const { return *m_clock; }
    void setClock(const Clock *clock) { m_clock = clock != nullptr ? clock : &m_systemClock; }
    // The policy in force on this tablet (defaults until head office sends one).
    const Policy &policy() const { return m_policy; }
    void setPolicy(const Policy &policy);
    int policyVersion() const { return m_policy.version; }
    // Content packs shipped with the app (and, with sync, those head office publishes).
    const ContentLibrary &content() const { return m_content; }
    ContentLibrary &content() { return m_content; }

    // Appends events as the signed-in user would record them and tells every view that reads them.
    // Rules are checked by the caller (the domain classes) before; the store signs and chains.
    Result<QList<Event>, StoreError> record(const QList<EventDraft> &drafts);

    Q_INVOKABLE bool pinAcceptable(const QString &pin) const;
    // First start: both entries must match and be acceptable.
    Q_INVOKABLE void setUpPin(const QString &pin, const QString &confirmation);
    Q_INVOKABLE void unlock(const QString &pin);
    // Locks now; while a PIN change is still running, as soon as it has finished.
    Q_INVOKABLE void lock();

    // Checks the entries, then rewraps the database key under the new PIN off the UI thread
    // (Store::changePin). A wrong current PIN counts like a wrong PIN at unlock; once the wrong PINs
    // lock the tablet out, the session locks too: whoever holds it does not know the PIN.
    Q_INVOKABLE void changePin(const QString &currentPin, const QString &newPin, const QString &confirmation);
    bool pinChangeBusy() const { return m_pinChangeBusy; }
    bool pinChangeDone() const { return m_pinChangeDone; }
    QString pinChangeErrorCode() const;
    QString pinChangeErrorMessage() const;
    // Forgets the outcome of the last PIN change (the settings page does so when it opens).
    Q_INVOKABLE void clearPinChange();

    Store *store() const { return m_store.get(); }

    // Views read in the background through a second connection (the app turns this on; tests that want rows
    // at once leave it off). Takes effect at the next unlock.
    void setBackgroundReads(bool on) { m_backgroundReads = on; }
    // work(store) then done(result): on the reader thread and back on context's when background reads are on,
    // else both here at once. Nothing happens while locked.
    template <typename T>
    void readStore(QObject *context, std::function<T(const Store &)> work, std::function<void(T)> done)
    {
        if (m_reader.isOpen())
            m_reader.read<T>(context, std::move(work), std::move(done));
        else if (m_store)
            done(work(*m_store));
    }
    void waitForReads() { m_reader.waitForReads(); }
    // The folder of the store; customer copies go to its copies/ subfolder.
    QString dataDirectory() const { return m_options.directory; }
    // "<data folder>/copies", where the customers' PDF copies are saved (the app's data location without a
    // session).
    static QString copiesFolderOf(const AppSession *session);

signals:
    // The store is open, emitted just before stageChanged: what home shows is made ready here, since QML
    // bindings see stageChanged before any connected slot.
    void storeOpened();
    void stageChanged();
    void eventCountChanged();
    void userChanged();
    void roleTextChanged();
    void languageChanged();
    void policyChanged();
    void pinChangeChanged();
    // Events were appended for these aggregates (customer or contract ids): views that show them reload.
    void recorded(const QStringList &aggregates);
    void busyChanged();
    void errorChanged();
    void failedAttemptsChanged();
    void retryAfterSecondsChanged();

private:
    struct Outcome {
        Store *store = nullptr; // owned by whoever receives it
        StoreError error = StoreError::None;
    };
    void run(std::function<Outcome()> work);
    void finish();
    void setError(StoreError e, const QString &code = QString());
    void refreshThrottle();
    void finishPinChange();
    void setPinChangeError(StoreError e, const QString &code = QString());
    QString messageFor(StoreError e, const QString &localCode) const;

    StoreOptions m_options;
    QString m_userId;
    QString m_role;
    SystemClock m_systemClock;
    const Clock *m_clock = &m_systemClock;
    Policy m_policy;
    ContentLibrary m_content;
    std::unique_ptr<Store> m_store;
    StoreReader m_reader; // open while unlocked, when m_backgroundReads
    bool m_backgroundReads = false;
    Stage m_stage = Stage::SetUp;
    bool m_busy = false;
    StoreError m_error = StoreError::None;
    QString m_localError; // codes that come from this layer, e.g. "pin_mismatch"
    int m_failedAttempts = 0;
    int m_retryAfterSeconds = 0;
    QTimer m_countdown;
    QFutureWatcher<Outcome> m_watcher;
    QString m_language = QStringLiteral("ja");
    bool m_pinChangeBusy = false;
    bool m_pinChangeDone = false;
    bool m_lockWhenPinChanged = false; // lock() came while the store was in use by the PIN change
    StoreError m_pinChangeError = StoreError::None;
    QString m_pinChangeLocalError;
    QFutureWatcher<StoreError> m_pinWatcher;
};

} // namespace kakunin
