#pragma once
// Contracts for the console building blocks' tests (docs/console-evidence.md): real tablets with encrypted
// stores record signed chains (signatures with real strokes, their blobs uploaded first), push them to a real
// kakunin-hq over loopback TLS, and head office records its events through HqService — on the embedded store
// or PostgreSQL, per test binary.

#include "hqtestsupport.h"

#include <core/content/contentpack.h>
#include <core/evidence/signaturestrokes.h>

#include <QStringList>

namespace kakunin::hqtest::blocks {

inline const QString Rep = QStringLiteral("rep-001");
inline const QString Rep2 = QStringLiteral("rep-002");
inline const QString Installer = QStringLiteral("inst-001");
inline const QString Caller = QStringLiteral("hq-call-001");
inline const QString Caller2 = QStringLiteral("hq-call-002");
inline const QString Admin = QStringLiteral("hq-admin");

struct Office : Harness {
    Office();
};

// A real signature: two wavy strokes on a 400 × 150 px pad; `variant` moves them a little.
SignatureStrokes sampleStrokes(int variant = 0);

// What a contract is bound to: the pack's hash and the item ids of its walkthrough and standard lecture.
struct PackSpec {
    QString packId = QStringLiteral("crm-test");
    QString packVersion = QStringLiteral("2026.1.0");
    QString packHash = QString(64, QLatin1Char('a'));
    QString productCode = QStringLiteral("CRM");
    QStringList matters {QStringLiteral("price"), QStringLiteral("no-guarantee"), QStringLiteral("antisocial")};
    QStringList lecture {QStringLiteral("login"), QStringLiteral("search")};
    static PackSpec of(const ContentPack &pack);
};

// The shipped crm-standard pack (assets/content), loaded by core's loader.
ContentPack shippedPack();

// Puts every blob the tablet has not sent yet (PUT /v1/blobs/{sha256}), then pushes the outbox.
void sync(Tablet &t);

// A signature event recorded as the app records it: the stroke blob and a rendering first, the strokes inline too.
Event recordSigned(Tablet &t, const QString &type, const QString &contract, QJsonObject payload,
    const SignatureStrokes &strokes, const QString &signerName);

void registerCustomer(Tablet &rep, const QString &customer, const QString &name,
    const QString &business = QStringLiteral("髙橋商店"), const QString &outcome = QStringLiteral("allowed"));
// An appointment for now and a visit of `minutes` (advancing every clock), ended normally.
void visit(Tablet &rep, const QString &customer, const QString &visitId, int minutes,
    const QString &outOfHoursReason = QStringLiteral("none"));
// The important-matters walkthrough up to contract.concluded: every item shown and confirmed, the S1 attestation,
// the customer's and the rep's signatures (real strokes). Not pushed.
void walkthrough(Tablet &rep, const QString &customer, const QString &contract, const PackSpec &pack = {});
// A confirmation call; `problem` "" for a clean one, else the answer that fails: guarantee, conduct, lecture,
// unused. REQUIREs head office to accept it.
Event call(Harness &h, const QString &caller, const QString &contract, const QString &stage,
    const QString &problem = QString(), const QString &note = QString());
// Any head-office event, REQUIREd to be accepted.
Event office(
    Harness &h, const QString &actor, const QString &type, const QString &aggregate, const QJsonObject &payload = {});
// The delivery lecture of `minutes` running time (with a 20-minute pause that does not count), every item
// taught and understood, and the delivery sign-off with the customer's signature. Not pushed.
void lecture(Tablet &inst, const QString &contract, int minutes, const PackSpec &pack = {});

// Everything from the customer's registration to the delivery, pushed: customer, visit, walkthrough, C1,
// assignment, lecture of `lectureMinutes`, C2.
void toDelivered(Office &o, Tablet &rep, Tablet &inst, const QString &customer, const QString &contract,
    int lectureMinutes = 190, const PackSpec &pack = {});
// Then trial, usage confirmation after the trial, C3 and the start.
void toStarted(Office &o, const QString &contract);

} // namespace kakunin::hqtest::blocks
