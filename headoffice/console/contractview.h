#pragma once
// One contract as head office holds it, for the console's contract page (issue 7, docs/console-evidence.md):
// its state folded by core (ProjectionBook / applyContractEvent over the stored events of its customer group,
// in head office's storage order), the timeline, every walkthrough and lecture item with its times, the
// signatures, and whether it may start now — answered by core's lifecycle, with the missing condition as a
// code. Codes and numbers only: the page puts them into words.

#include <hqservice.h>

#include <core/clock.h>
#include <core/content/contentpack.h>
#include <core/domain/lifecycle.h>

#include <QJsonObject>
#include <QList>
#include <QString>

namespace kakunin::hq::console {

// ---- reading what head office stored (HqService's public reading API only)

// Every stored event, in head office's storage order (pos): each device's chain, head office's own included.
QList<StoredEvent> allStoredEvents(HqService &service);
// The events the rules of one customer depend on: the customer's, every contract opened for it, and the
// installer assignments of those contracts; in storage order.
QList<StoredEvent> customerGroupEvents(const QList<StoredEvent> &all, const QString &customerId);
// The same from head office in one query (HqService::eventsOfCustomerGroup).
QList<StoredEvent> customerGroupEvents(HqService &service, const QString &customerId);
// A content pack head office published (content.published) with this hash, parsed by core's loader.
std::optional<ContentPack> publishedPack(HqService &service, const QString &packId, const QString &packHash);

// ---- the view

struct TimelineRow {
    QString eventId;
    QString type; // event type, e.g. "call.recorded"
    QString aggregate; // the contract, its customer or the contract's assignment
    QString actor; // user id
    QString device; // device id (head office's own for head-office events)
    qint64 seq = 0;
    qint64 at = 0; // the device's wall clock, UTC ms
    qint64 receivedAt = 0; // head office's receipt time, UTC ms
    qint64 pos = 0; // head office's storage order
    QString ruleCode; // lifecycle code when head office's rules refused it (stored as evidence), else ""
    bool headOffice = false; // recorded by head office (signed with the server's key)
};

// S3: one important-matters item, in the pack's order.
struct WalkthroughItemRow {
    int index = 0;
    QString itemId;
    LocalizedText title; // empty when the pack is not known here
    qint64 shownAt = 0; // first accepted matters.item_shown, 0: never shown
    qint64 confirmedAt = 0; // accepted matters.item_confirmed, 0: not confirmed
};

// D2: one checklist item of the delivery lecture.
struct LectureItemRow {
    QString itemId;
    QString categoryId; // empty when the pack is not known here
    LocalizedText text;
    qint64 taughtAt = 0; // accepted lecture.item_taught, 0: not taught
    qint64 understoodAt = 0; // accepted lecture.item_understood, 0: not understood
};

// A signature event (matters.signed, delivery.signed, contract.cancelled): signaturesvg.h draws it.
struct SignatureRow {
    QString eventId;
    QString type;
    QString signer; // "customer", "successor", "rep" (matters.signed); "customer" for the others
    QString signerName;
    QString seal; // matters.signed: none, affixed_on_paper, image; else ""
    qint64 at = 0;
    QString signatureHash; // SHA-256 of the stroke blob
    QString contentHash; // signed-content digest ("" for a cancellation)
    QString ruleCode; // "" when the rules accepted it
};

// "May it start?" (D3, M2): core's answer to a contract.started now, and the first condition missing.
struct StartCheck {
    bool mayStart = false;
    LifecycleError error = LifecycleError::None; // applyContractEvent(contract.started at now) on a copy
    QString code; // protocol::lifecycleCode(error), "" when it may start
    // The first missing condition: "" when it may start; a lifecycle code where core names it ("on_hold",
    // "disputed", "terminated", "start_guard_failed", "trial_not_elapsed", "matters_open",
    // "guarantee_attestation_missing", "signatures_missing"); otherwise the step that has not happened yet:
    // "walkthrough", "call_c1", "delivery", "call_c2", "trial", "usage_confirmation", "call_c3", or
    // "already_started".
    QString missing;
    // Core's answer to the next step when the stage alone does not say enough (the usage confirmation of an
    // InTrial contract, the conclusion of one still Explaining); None otherwise.
    LifecycleError stepError = LifecycleError::None;
    qint64 trialEndsAt = 0; // in trial: when the trial period (frozen at conclusion) ends, UTC ms
};

struct ContractView {
    bool found = false;
    QString contractId;
    ContractState state; // folded by core over the customer group's stored events
    QJsonObject customer; // the customer's projection: name, business, phone, screening, …
    QList<TimelineRow> timeline; // oldest first (at, then storage order)
    QList<WalkthroughItemRow> walkthrough;
    QList<LectureItemRow> lecture;
    QList<SignatureRow> signatures; // in storage order
    StartCheck start;
    bool packKnown = false; // titles and the lecture checklist come from the pack the contract is bound to
};

// What core's lifecycle (applyContractEvent) would answer to a head-office event of `type` recorded at
// `nowUtc` on a copy of the state: None when it would be accepted. The state itself is not changed.
LifecycleError askLifecycle(const ContractState &state, const QString &type, const QJsonObject &payload, qint64 nowUtc);

// Asks core whether a contract.started recorded at `nowUtc` would be accepted, and what is missing.
StartCheck checkStart(const ContractState &state, qint64 nowUtc);

// Builds the view from a customer group's stored events (storage order). `packs`: content packs that may
// hold the contract's pack (matched by hash) for titles and the lecture checklist.
// `serverDeviceId` marks the rows head office recorded itself.
ContractView buildContractView(const QList<StoredEvent> &groupEvents, const QString &contractId, qint64 nowUtc,
    const QList<ContentPack> &packs = {}, const QString &serverDeviceId = QString());

// Reads the contract's customer group from head office and builds the view at the clock's time. The pack
// is looked up in `packs`, then among the packs head office published.
ContractView loadContractView(
    HqService &service, const QString &contractId, const Clock &clock, const QList<ContentPack> &packs = {});

} // namespace kakunin::hq::console
