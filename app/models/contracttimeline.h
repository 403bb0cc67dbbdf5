#pragma once

#include "appsession.h"
#include "signaturepad.h"
#include "timelineeventmodel.h"

#include <core/domain/lifecycle.h>
#include <core/evidence/signaturestrokes.h>

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace kakunin {

// Every event of a contract, oldest first: the tablet's own and those head office sent by sync.
QList<Event> contractEvents(const Store &store, const QString &contractId);

// The contract timeline (issue 5): one contract's life in words for the rep, the installer and the customer.
// The stage and every decision come from core: the lifecycle (applyContractEvent over the contract's
// events), the P3 deadline (coolingOffDeadlineUtc) and cancellation kind (cancellationKindAt), and the
// catalog's and the lifecycle's verdict on a cancellation (checkCancellation). Days left are counted in the
// contract's time zone (the company's) on the session's clock. Re-reads the store when the session records
// events for this contract or its customer.
//
//   ContractTimeline { session: Session; contractId: root.contractId }
class ContractTimeline : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(kakunin::AppSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString contractId READ contractId WRITE setContractId NOTIFY contractIdChanged)
    Q_PROPERTY(kakunin::TimelineEventModel *events READ events CONSTANT)

    Q_PROPERTY(bool exists READ exists NOTIFY changed)
    Q_PROPERTY(QString stage READ stage NOTIFY changed) // contractStageName(), e.g. "c1_cleared"
    Q_PROPERTY(QString status READ status NOTIFY changed) // the stage, or "on_hold" / "disputed"
    Q_PROPERTY(QString headline READ headline NOTIFY changed) // the stage in words
    Q_PROPERTY(QString nextText READ nextText NOTIFY changed) // what happens next, in words
    Q_PROPERTY(QString customerId READ customerId NOTIFY changed)
    Q_PROPERTY(QString customerName READ customerName NOTIFY changed)
    Q_PROPERTY(QString businessName READ businessName NOTIFY changed)
    Q_PROPERTY(QString productName READ productName NOTIFY changed)

    // Key dates, in words ("" while not reached).
    Q_PROPERTY(QString contractedText READ contractedText NOTIFY changed)
    Q_PROPERTY(QString coolingOffDeadlineText READ coolingOffDeadlineText NOTIFY changed) // 12/6 (Sat)
    Q_PROPERTY(int coolingOffDaysLeft READ coolingOffDaysLeft NOTIFY changed) // 0: last day today; -1: over
    Q_PROPERTY(bool coolingOffOpen READ coolingOffOpen NOTIFY changed)
    Q_PROPERTY(QString coolingOffText READ coolingOffText NOTIFY changed) // "Cooling-off until 12/6 (3 days left)"
    Q_PROPERTY(QString deliveredText READ deliveredText NOTIFY changed)
    Q_PROPERTY(QString trialStartText READ trialStartText NOTIFY changed)
    Q_PROPERTY(QString trialEndText READ trialEndText NOTIFY changed)
    Q_PROPERTY(int trialDaysLeft READ trialDaysLeft NOTIFY changed) // -1 when not in trial
    Q_PROPERTY(QString trialText READ trialText NOTIFY changed)
    Q_PROPERTY(QString usageConfirmedText READ usageConfirmedText NOTIFY changed)
    Q_PROPERTY(QString startedText READ startedText NOTIFY changed)
    Q_PROPERTY(QString cancelledText READ cancelledText NOTIFY changed)

    // M2: each call's status ("later", "waiting", "problem", "clean", "not_made") and its words.
    Q_PROPERTY(QString callC1Status READ callC1Status NOTIFY changed)
    Q_PROPERTY(QString callC1Text READ callC1Text NOTIFY changed)
    Q_PROPERTY(QString callC2Status READ callC2Status NOTIFY changed)
    Q_PROPERTY(QString callC2Text READ callC2Text NOTIFY changed)
    Q_PROPERTY(QString callC3Status READ callC3Status NOTIFY changed)
    Q_PROPERTY(QString callC3Text READ callC3Text NOTIFY changed)

    // Flags over the stage (M2 hold, P6 dispute) with their reasons in words.
    Q_PROPERTY(bool onHold READ onHold NOTIFY changed)
    Q_PROPERTY(QString holdText READ holdText NOTIFY changed)
    Q_PROPERTY(bool disputed READ disputed NOTIFY changed)
    Q_PROPERTY(QString disputeText READ disputeText NOTIFY changed)

    // P3: what a cancellation now would be, whether this user may record it, and why not.
    Q_PROPERTY(QString cancellationKind READ cancellationKind NOTIFY changed) // cancellationKindName() or "none"
    Q_PROPERTY(QString cancellationKindText READ cancellationKindText NOTIFY changed)
    Q_PROPERTY(QString cancellationText READ cancellationText NOTIFY changed)
    Q_PROPERTY(bool canCancel READ canCancel NOTIFY changed)
    // Whether to offer cancelling at all: only for a concluded contract that has not ended, and not to a role
    // the catalog never lets record one (the installer). Offered but refused (canCancel false) shows why.
    Q_PROPERTY(bool cancellationOffered READ cancellationOffered NOTIFY changed)
    Q_PROPERTY(QString cancelBlockedText READ cancelBlockedText NOTIFY changed)
    Q_PROPERTY(bool reasonRecorded READ reasonRecorded CONSTANT) // the record carries the customer's reason
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged) // why the last cancel() failed

    // D1: the installer's way into the delivery lecture.
    Q_PROPERTY(bool canStartLecture READ canStartLecture NOTIFY changed)
    Q_PROPERTY(bool lectureInProgress READ lectureInProgress NOTIFY changed)
    Q_PROPERTY(QString lectureButtonText READ lectureButtonText NOTIFY changed)
    // S3: the rep's way back into an unfinished walkthrough (WalkthroughPage {customerId, productCode}).
    Q_PROPERTY(bool canContinueWalkthrough READ canContinueWalkthrough NOTIFY changed)
    Q_PROPERTY(QString productCode READ productCode NOTIFY changed)

public:
    explicit ContractTimeline(QObject *parent = nullptr);
    ~ContractTimeline() override;

    AppSession *session() const { return m_session; }
    void setSession(AppSession *session);
    QString contractId() const { return m_contractId; }
    void setContractId(const QString &id);
    TimelineEventModel *events() { return &m_events; }

    const ContractState &state() const { return m_state; }
    bool exists() const { return m_state.stage != ContractStage::None; }
    QString stage() const { return contractStageName(m_state.stage); }
    QString status() const { return m_state.status(); }
    QString headline() const;
    QString nextText() const;
    QString customerId() const { return m_state.customerId; }
    QString customerName() const { return m_customerName; }
    QString businessName() const { return m_businessName; }
    QString productName() const { return m_productName; }

    QString contractedText() const;
    QString coolingOffDeadlineText() const;
    int coolingOffDaysLeft() const;
    bool coolingOffOpen() const;
    QString coolingOffText() const;
    QString deliveredText() const;
    QString trialStartText() const;
    QString trialEndText() const;
    int trialDaysLeft() const;
    QString trialText() const;
    QString usageConfirmedText() const;
    QString startedText() const;
    QString cancelledText() const;

    QString callStatus(const QString &stage) const;
    QString callText(const QString &stage) const;
    QString callC1Status() const { return callStatus(QStringLiteral("C1")); }
    QString callC1Text() const { return callText(QStringLiteral("C1")); }
    QString callC2Status() const { return callStatus(QStringLiteral("C2")); }
    QString callC2Text() const { return callText(QStringLiteral("C2")); }
    QString callC3Status() const { return callStatus(QStringLiteral("C3")); }
    QString callC3Text() const { return callText(QStringLiteral("C3")); }

    bool onHold() const { return m_state.onHold && !m_state.terminated(); }
    QString holdText() const;
    bool disputed() const { return m_state.disputed && !m_state.terminated(); }
    QString disputeText() const;

    QString cancellationKind() const;
    QString cancellationKindText() const;
    QString cancellationText() const;
    bool canCancel() const;
    bool cancellationOffered() const;
    QString cancelBlockedText() const;
    bool reasonRecorded() const;
    QString errorText() const { return m_errorText; }

    bool canStartLecture() const;
    bool lectureInProgress() const;
    bool canContinueWalkthrough() const;
    QString productCode() const { return m_state.productCode; }
    QString lectureButtonText() const;

    // P3: records the cancellation with the customer's signature from the pad. Refused (false, errorText says
    // why) when core refuses it — already cancelled, not concluded, a role that may not — or the signature
    // is not acceptable. `reason` is optional (none is needed during cooling-off).
    Q_INVOKABLE bool cancel(const QString &reason, const QString &signerName, kakunin::SignaturePad *pad);
    bool cancelWith(const QString &reason, const QString &signerName, const SignatureStrokes &strokes);
    // Reads the contract again (also done on every record for it, and each minute for the days left).
    Q_INVOKABLE void reload();

signals:
    void sessionChanged();
    void contractIdChanged();
    void changed();
    void errorTextChanged();
    void cancelled();

private:
    qint64 now() const;
    QString language() const;
    QTimeZone zone() const;
    QDate today() const;
    QString date(qint64 utcMs) const;
    QString shortDate(qint64 utcMs) const;
    int trialDays() const;
    QString callDate(const QString &stage, bool clean) const;
    int callAttemptsUnreached(const QString &stage) const;
    const TimelineEventModel::Row *lastCall(const QString &stage) const;
    void setErrorText(const QString &text);

    QPointer<AppSession> m_session;
    QString m_contractId;
    TimelineEventModel m_events;
    ContractState m_state;
    QString m_customerName, m_businessName, m_productName;
    QString m_errorText;
    QTimer m_minute;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace kakunin
