#pragma once

#include "appsession.h"
#include "signaturepad.h"
#include "signaturerecorder.h"

#include <core/domain/importantmatters.h>
#include <core/domain/lifecycle.h>

#include <QFutureWatcher>
#include <QImage>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QQmlParserStatus>

#include <optional>

namespace kakunin {

// The important-matters walkthrough (重要事項説明, S3) of one customer and product, as the tablet shows it:
// every item of the product's content pack in order, shown and then confirmed by the customer (no skipping,
// back to re-read allowed), the rep's attestation that no guarantee was given (S1), the signatures in the
// order the rules require (customer, the successor when the screening requires one (P2), the rep), then
// contract.concluded (M1) and the customer's PDF copy.
//
// Each step is decided by ImportantMattersSession (core) first and recorded as its event; a refused step
// records nothing and sets errorCode / errorMessage. Opening records matters.opened for a new contract, or,
// when this user left a walkthrough of this customer and pack half-way (stage Explaining), rebuilds it from
// that contract's events. A refused prospect (P2) cannot open one: `blocked` and `blockedReason` say why.
class WalkthroughSession : public QObject, public QQmlParserStatus {
    Q_OBJECT
    QML_ELEMENT
    Q_INTERFACES(QQmlParserStatus)

    Q_PROPERTY(kakunin::AppSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString customerId READ customerId WRITE setCustomerId NOTIFY customerIdChanged)
    Q_PROPERTY(QString productCode READ productCode WRITE setProductCode NOTIFY productCodeChanged)
    // The language of the item texts and the copy, "ja" or "en": by default the app's (AppSession::language),
    // so the content matches the rest of the screen; set it to override, or to "" to follow the app again.
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    // Where "Save copy" writes (…/copies); by default the copies/ folder beside the store.
    Q_PROPERTY(QString copiesFolder READ copiesFolder WRITE setCopiesFolder NOTIFY copiesFolderChanged)

    Q_PROPERTY(Step step READ step NOTIFY stateChanged)
    Q_PROPERTY(bool blocked READ blocked NOTIFY stateChanged)
    Q_PROPERTY(QString blockedReason READ blockedReason NOTIFY stateChanged)
    Q_PROPERTY(QString contractId READ contractId NOTIFY stateChanged)
    Q_PROPERTY(bool resumed READ resumed NOTIFY stateChanged)
    Q_PROPERTY(QString customerName READ customerName NOTIFY stateChanged)
    Q_PROPERTY(QString productName READ productName NOTIFY stateChanged)
    Q_PROPERTY(QString packVersion READ packVersion NOTIFY stateChanged)

    // The item on screen and the progress through the items (S3).
    Q_PROPERTY(int count READ count NOTIFY stateChanged)
    Q_PROPERTY(int index READ index NOTIFY stateChanged)
    Q_PROPERTY(int confirmedCount READ confirmedCount NOTIFY stateChanged)
    Q_PROPERTY(qreal progress READ progress NOTIFY stateChanged)
    Q_PROPERTY(QString itemId READ itemId NOTIFY stateChanged)
    Q_PROPERTY(QString itemTitle READ itemTitle NOTIFY stateChanged)
    Q_PROPERTY(QString itemBody READ itemBody NOTIFY stateChanged)
    Q_PROPERTY(QString itemConfirmation READ itemConfirmation NOTIFY stateChanged)
    Q_PROPERTY(bool itemShown READ itemShown NOTIFY stateChanged)
    Q_PROPERTY(bool itemConfirmed READ itemConfirmed NOTIFY stateChanged)
    Q_PROPERTY(bool canConfirm READ canConfirm NOTIFY stateChanged)
    Q_PROPERTY(bool canGoNext READ canGoNext NOTIFY stateChanged)
    Q_PROPERTY(bool canGoBack READ canGoBack NOTIFY stateChanged)
    Q_PROPERTY(bool allConfirmed READ allConfirmed NOTIFY stateChanged)

    // S1: the rep's attestation, once every item is confirmed.
    Q_PROPERTY(bool attested READ attested NOTIFY stateChanged)
    Q_PROPERTY(bool canAttest READ canAttest NOTIFY stateChanged)

    // Signatures (署名) in the order the rules require: "customer", "successor" (P2), "rep".
    Q_PROPERTY(bool successorRequired READ successorRequired NOTIFY stateChanged)
    Q_PROPERTY(QStringList requiredSigners READ requiredSigners NOTIFY stateChanged)
    Q_PROPERTY(QStringList pendingSigners READ pendingSigners NOTIFY stateChanged)
    Q_PROPERTY(QString nextSigner READ nextSigner NOTIFY stateChanged)
    Q_PROPERTY(QString nextSignerLabel READ nextSignerLabel NOTIFY stateChanged)
    Q_PROPERTY(QString nextSignerName READ nextSignerName NOTIFY stateChanged)
    Q_PROPERTY(bool canSign READ canSign NOTIFY stateChanged)
    // For the step indicator: [{signer, label, signed, current}] in the order above.
    Q_PROPERTY(QVariantList signatureSteps READ signatureSteps NOTIFY stateChanged)
    Q_PROPERTY(bool concluded READ concluded NOTIFY stateChanged)

    // The last refused action, in words (empty after a successful one).
    Q_PROPERTY(QString errorCode READ errorCode NOTIFY errorChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorChanged)

    // The customer's copy (PDF), written off the UI thread once the contract is concluded.
    Q_PROPERTY(bool copyBusy READ copyBusy NOTIFY copyChanged)
    Q_PROPERTY(bool copyReady READ copyReady NOTIFY copyChanged)
    Q_PROPERTY(QString copyError READ copyError NOTIFY copyChanged)
    Q_PROPERTY(int copySize READ copySize NOTIFY copyChanged)
    Q_PROPERTY(QString copySha256 READ copySha256 NOTIFY copyChanged)
    Q_PROPERTY(int previewPageCount READ previewPageCount NOTIFY copyChanged)
    Q_PROPERTY(QString recordHash READ recordHash NOTIFY copyChanged)
    Q_PROPERTY(QString savedPath READ savedPath NOTIFY copyChanged)

public:
    enum class Step {
        Unavailable, // not open: no session, customer or pack, or refused (blockedReason)
        Items, // one item per page, shown then confirmed (S3)
        Attestation, // the rep attests no guarantee was given (S1)
        Signatures, // customer, successor when required (P2), rep
        Complete, // contract.concluded recorded (M1); the copy
    };
    Q_ENUM(Step)

    explicit WalkthroughSession(QObject *parent = nullptr);
    ~WalkthroughSession() override;

    AppSession *session() const { return m_session; }
    void setSession(AppSession *session);
    QString customerId() const { return m_customerId; }
    void setCustomerId(const QString &id);
    QString productCode() const { return m_productCode; }
    void setProductCode(const QString &code);
    QString language() const;
    void setLanguage(const QString &language);
    QString copiesFolder() const;
    void setCopiesFolder(const QString &folder);

    Step step() const { return m_step; }
    bool blocked() const { return !m_blockedCode.isEmpty(); }
    QString blockedReason() const;
    QString blockedCode() const { return m_blockedCode; }
    QString contractId() const { return m_contractId; }
    bool resumed() const { return m_resumed; }
    QString customerName() const { return m_customerName; }
    QString productName() const;
    QString packVersion() const { return m_pack ? m_pack->version : QString(); }

    int count() const;
    int index() const { return m_index; }
    int confirmedCount() const;
    qreal progress() const;
    QString itemId() const;
    QString itemTitle() const;
    QString itemBody() const;
    QString itemConfirmation() const;
    bool itemShown() const;
    bool itemConfirmed() const;
    bool canConfirm() const;
    bool canGoNext() const;
    bool canGoBack() const;
    bool allConfirmed() const;

    bool attested() const;
    bool canAttest() const;

    bool successorRequired() const;
    QStringList requiredSigners() const;
    QStringList pendingSigners() const;
    QString nextSigner() const;
    QString nextSignerLabel() const { return signerLabel(nextSigner()); }
    QString nextSignerName() const;
    bool canSign() const;
    QVariantList signatureSteps() const;
    bool concluded() const { return m_step == Step::Complete; }

    QString errorCode() const { return m_errorCode; }
    QString errorMessage() const { return m_errorMessage; }

    bool copyBusy() const { return m_copyBusy; }
    bool copyReady() const { return !m_copyBytes.isEmpty(); }
    QString copyError() const { return m_copyError; }
    int copySize() const { return static_cast<int>(m_copyBytes.size()); }
    QString copySha256() const;
    int previewPageCount() const { return static_cast<int>(m_preview.size()); }
    QString recordHash() const { return m_recordHash; }
    QString savedPath() const { return m_savedPath; }
    QByteArray copyBytes() const { return m_copyBytes; }
    QImage previewPage(int page) const { return m_preview.value(page); }

    // (Re)opens the walkthrough from the store: resumes this user's open contract or opens a new one.
    Q_INVOKABLE void reload();
    // The customer confirms the item on screen (matters.item_confirmed).
    Q_INVOKABLE bool confirmItem();
    // The next item (recorded as shown the first time), or the attestation after the last item.
    Q_INVOKABLE bool next();
    // Back to re-read an earlier item (nothing is recorded: the first showing is the one that counts).
    Q_INVOKABLE bool back();
    // S1: the rep attests that no guarantee of customers, sales or results was given.
    Q_INVOKABLE bool attestNoGuarantee();
    // Records the next signature from the pad (signer must be nextSigner); sealOnPaper records the seal
    // (押印) on the paper copy with the customer's signature. After the last one, concludes the contract.
    Q_INVOKABLE bool sign(
        const QString &signer, kakunin::SignaturePad *pad, const QString &signerName, bool sealOnPaper = false);
    bool signStrokes(
        Signer signer, const SignatureStrokes &strokes, const QString &signerName, SealRecord seal = SealRecord::None);
    // Writes the customer's copy (PDF) and its preview off the UI thread; done when copyChanged says so.
    Q_INVOKABLE void makeCopy();
    // Saves the PDF bytes shown (exactly those) to copiesFolder; savedPath says where.
    Q_INVOKABLE bool saveCopy();

    // Words for a signer code: "customer" → "Customer", …
    Q_INVOKABLE QString signerLabel(const QString &signer) const;
    static QString mattersErrorText(MattersError error);
    static QString lifecycleErrorText(LifecycleError error);

    void classBegin() override;
    void componentComplete() override;

signals:
    void sessionChanged();
    void customerIdChanged();
    void productCodeChanged();
    void languageChanged();
    void copiesFolderChanged();
    void stateChanged();
    void errorChanged();
    void copyChanged();

private:
    struct CopyResult {
        QByteArray pdf;
        QList<QImage> preview;
        QString error; // a PdfError name, empty when written
    };

    void openIfReady();
    void close(const QString &blockedCode = QString());
    bool openFromStore();
    void setCustomer(const QJsonObject &customer);
    bool ensureShown();
    bool record(const EventDraft &draft);
    bool refuse(MattersError error);
    bool refuse(LifecycleError error);
    bool refuseCode(const QString &code, const QString &message);
    void clearError();
    void conclude();
    void updateStep();
    void onRecorded(const QStringList &aggregates);
    void copyFinished();
    ContractState contractState() const;
    const ImportantMatter *item(int index) const;

    QPointer<AppSession> m_session;
    QMetaObject::Connection m_recordedConnection;
    QString m_customerId;
    QString m_productCode;
    QString m_language; // empty: the app's
    QString m_copiesFolder;
    bool m_completing = false; // while QML sets the properties; C++ callers open as soon as all are set
    bool m_writing = false; // our own events: no reload when the session says they were recorded

    const ContentPack *m_pack = nullptr;
    std::optional<ImportantMattersSession> m_matters;
    Step m_step = Step::Unavailable;
    QString m_blockedCode;
    QString m_contractId;
    bool m_resumed = false;
    QString m_customerName;
    QString m_representative;
    int m_index = 0;

    QString m_errorCode;
    QString m_errorMessage;

    QFutureWatcher<CopyResult> m_copyWatcher;
    bool m_copyBusy = false;
    QString m_copyError;
    QByteArray m_copyBytes;
    QList<QImage> m_preview;
    QString m_recordHash;
    QString m_savedPath;
};

} // namespace kakunin
