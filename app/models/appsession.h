#pragma once

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
    Q_PROPERTY(int eventCount READ eventCount NOTIFY stageChanged)
    Q_PROPERTY(QString userId READ userId NOTIFY stageChanged)

public:
    enum class Stage { SetUp, Locked, Unlocked };
    Q_ENUM(Stage)

    // userId: the signed-in user (until users come with sync, the `--user` option of kakunin).
    explicit AppSession(StoreOptions options, QString userId = QStringLiteral("rep-001"), QObject *parent = nullptr);
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

    Q_INVOKABLE bool pinAcceptable(const QString &pin) const;
    // First start: both entries must match and be acceptable.
    Q_INVOKABLE void setUpPin(const QString &pin, const QString &confirmation);
    Q_INVOKABLE void unlock(const QString &pin);
    Q_INVOKABLE void lock();

    Store *store() const { return m_store.get(); }

signals:
    // The store is open, emitted just before stageChanged: what home shows is made ready here, since QML
    // bindings see stageChanged before any connected slot.
    void storeOpened();
    void stageChanged();
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

    StoreOptions m_options;
    QString m_userId;
    std::unique_ptr<Store> m_store;
    Stage m_stage = Stage::SetUp;
    bool m_busy = false;
    StoreError m_error = StoreError::None;
    QString m_localError; // codes that come from this layer, e.g. "pin_mismatch"
    int m_failedAttempts = 0;
    int m_retryAfterSeconds = 0;
    QTimer m_countdown;
    QFutureWatcher<Outcome> m_watcher;
};

} // namespace kakunin
