#include "test_walkthrough_support.h"

#include <core/domain/importantmatters.h>
#include <models/walkthroughrecord.h>
#include <models/walkthroughsession.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace kakunin;
using namespace kakunin::test;

namespace {

const QString Product = QStringLiteral("crm-standard");

// An unlocked session with one screened customer, and the walkthrough open for it.
struct Walkthrough {
    TempStore t;
    AppSession session {t.options()};
    QTemporaryDir copies;
    std::unique_ptr<WalkthroughSession> w;

    explicit Walkthrough(const QString &outcome = QStringLiteral("allowed"), const QString &conditions = QString())
    {
        unlock(session, t);
        addScreenedCustomer(session, QStringLiteral("c1"), outcome, conditions);
        open();
    }

    void open()
    {
        w = std::make_unique<WalkthroughSession>();
        w->setCopiesFolder(copies.path());
        w->setLanguage(QStringLiteral("ja"));
        w->setSession(&session);
        w->setCustomerId(QStringLiteral("c1"));
        w->setProductCode(Product);
    }

    const ContentPack &pack() const { return *session.content().byProduct(Product); }
    qint64 head() const { return session.store()->headSeq(); }
    QList<Event> events() const { return walkthrough::eventsOf(*session.store(), w->contractId()); }

    void confirmAll()
    {
        while (w->step() == WalkthroughSession::Step::Items) {
            t.clock.advance(40'000); // reading
            REQUIRE(w->confirmItem());
            t.clock.advance(2'000);
            REQUIRE(w->next());
        }
    }

    void signAll()
    {
        int seed = 1;
        while (w->canSign()) {
            Signer s;
            REQUIRE(signerFromName(w->nextSigner(), &s));
            t.clock.advance(30'000);
            INFO(w->errorCode().toStdString());
            REQUIRE(w->signStrokes(s, handwriting(seed++), w->nextSignerName()));
        }
    }
};

QStringList typesOf(const QList<Event> &events)
{
    QStringList out;
    for (const Event &e : events)
        out.append(e.type);
    return out;
}

// Where AppSession has a UI language (AppSession::setLanguage), switches it and runs check.
template <typename S, typename F> void switchAppLanguage(S &session, const QString &code, F check)
{
    if constexpr (requires { session.setLanguage(code); }) {
        session.setLanguage(code);
        check();
    }
}

bool waitForCopy(WalkthroughSession &w)
{
    QSignalSpy spy(&w, &WalkthroughSession::copyChanged);
    for (int i = 0; i < 100 && w.copyBusy(); ++i)
        spy.wait(200);
    return !w.copyBusy();
}

} // namespace

TEST_CASE("S3 walkthrough: every item shown then confirmed in order with no skipping", "[walkthrough][S3]")
{
    Walkthrough f;
    WalkthroughSession &w = *f.w;
    REQUIRE(w.step() == WalkthroughSession::Step::Items);
    CHECK_FALSE(w.blocked());
    CHECK_FALSE(w.resumed());
    const int count = static_cast<int>(f.pack().importantMatters.size());
    REQUIRE(count >= 3);
    CHECK(w.count() == count);
    CHECK(w.productName() == f.pack().productName.ja);

    // The first item is on screen and recorded as shown; it can be confirmed, not passed.
    CHECK(w.index() == 0);
    CHECK(w.itemId() == f.pack().importantMatters.at(0).id);
    CHECK(w.itemTitle() == f.pack().importantMatters.at(0).title.ja);
    CHECK(w.itemBody() == f.pack().importantMatters.at(0).body.ja);
    CHECK(w.itemConfirmation() == f.pack().importantMatters.at(0).confirmation.ja);
    CHECK(w.itemShown());
    CHECK_FALSE(w.itemConfirmed());
    CHECK(w.canConfirm());
    CHECK_FALSE(w.canGoNext());
    CHECK_FALSE(w.canGoBack());
    CHECK(typesOf(f.events()) == QStringList {EventType::MattersOpened, EventType::MattersItemShown});

    // No skipping: next before confirming is refused in words and records nothing.
    const qint64 before = f.head();
    CHECK_FALSE(w.next());
    CHECK(w.errorCode() == QLatin1String("skipping_ahead"));
    CHECK_FALSE(w.errorMessage().isEmpty());
    CHECK(w.index() == 0);
    CHECK(f.head() == before);

    f.t.clock.advance(30'000);
    REQUIRE(w.confirmItem());
    CHECK(w.errorCode().isEmpty());
    CHECK(w.itemConfirmed());
    CHECK_FALSE(w.canConfirm());
    CHECK(w.canGoNext());
    CHECK(w.confirmedCount() == 1);
    CHECK(w.progress() == Approx(1.0 / count));
    CHECK_FALSE(w.confirmItem()); // once only
    CHECK(w.errorCode() == QLatin1String("already_confirmed"));

    REQUIRE(w.next());
    CHECK(w.index() == 1);
    CHECK(w.itemShown());
    CHECK(w.canGoBack());
    CHECK_FALSE(w.canGoNext());

    // Back to re-read: allowed, nothing recorded (the first showing counts); forward again, no second showing.
    const qint64 beforeBack = f.head();
    REQUIRE(w.back());
    CHECK(w.index() == 0);
    CHECK(w.itemConfirmed());
    CHECK_FALSE(w.canConfirm());
    REQUIRE(w.next());
    CHECK(w.index() == 1);
    CHECK(f.head() == beforeBack);

    f.confirmAll();
    CHECK(w.allConfirmed());
    CHECK(w.confirmedCount() == count);
    CHECK(w.step() == WalkthroughSession::Step::Attestation);

    // The record: opened, then per item shown then confirmed, in the pack's order; the lifecycle refused nothing.
    const QList<Event> events = f.events();
    REQUIRE(events.size() == 1 + 2 * count);
    for (int i = 0; i < count; ++i) {
        const Event &shown = events.at(1 + 2 * i);
        const Event &confirmed = events.at(2 + 2 * i);
        CHECK(shown.type == EventType::MattersItemShown);
        CHECK(confirmed.type == EventType::MattersItemConfirmed);
        CHECK(shown.payload.value(QStringLiteral("index")).toInt() == i);
        CHECK(confirmed.payload.value(QStringLiteral("itemId")).toString() == f.pack().importantMatters.at(i).id);
        CHECK(confirmed.at > shown.at);
    }
    const ContractState c = contractOf(f.session, w.contractId());
    CHECK(c.stage == ContractStage::Explaining);
    CHECK(c.confirmed == count);
    CHECK(c.shownUpTo == count);
    CHECK(c.rejected == 0);
    CHECK(c.packHash == f.pack().hash);
    CHECK(f.session.store()->verifyChain().ok());
}

TEST_CASE("S1 the rep attests that no guarantee was given before anyone signs", "[walkthrough][S1]")
{
    Walkthrough f;
    WalkthroughSession &w = *f.w;
    // Not while an item is open.
    CHECK_FALSE(w.attestNoGuarantee());
    CHECK(w.errorCode() == QLatin1String("items_open"));
    f.confirmAll();
    REQUIRE(w.step() == WalkthroughSession::Step::Attestation);
    CHECK(w.canAttest());
    CHECK_FALSE(w.attested());

    // No signature before the attestation, not even the customer's.
    const qint64 before = f.head();
    CHECK_FALSE(w.signStrokes(Signer::Customer, handwriting(1), QStringLiteral("伊藤 花子")));
    CHECK(w.errorCode() == QLatin1String("guarantee_attestation_missing"));
    CHECK_FALSE(w.errorMessage().isEmpty());
    CHECK(f.head() == before);

    f.t.clock.advance(10'000);
    REQUIRE(w.attestNoGuarantee());
    CHECK(w.attested());
    CHECK_FALSE(w.canAttest());
    CHECK(w.step() == WalkthroughSession::Step::Signatures);
    const Event last = f.events().last();
    CHECK(last.type == EventType::MattersNoGuaranteeAttested);
    CHECK(last.payload.value(QStringLiteral("packHash")).toString() == f.pack().hash);
    CHECK(contractOf(f.session, w.contractId()).attested);
}

TEST_CASE("P2 a refused or unscreened prospect cannot enter the walkthrough", "[walkthrough][P2]")
{
    TempStore t;
    AppSession session(t.options());
    unlock(session, t);
    addScreenedCustomer(session, QStringLiteral("refused"), QStringLiteral("refused"), QString(),
        QStringLiteral("elderly_without_successor"));
    REQUIRE(session.record({customerDraft(QStringLiteral("unscreened"), QStringLiteral("新規 顧客"))}).ok());
    const qint64 before = session.store()->headSeq();

    for (const char *id : {"refused", "unscreened"}) {
        WalkthroughSession w;
        w.setSession(&session);
        w.setCustomerId(QLatin1String(id));
        w.setProductCode(Product);
        INFO(id);
        CHECK(w.step() == WalkthroughSession::Step::Unavailable);
        CHECK(w.blocked());
        CHECK(w.blockedCode() == QLatin1String(qstrcmp(id, "refused") == 0 ? "screening_refused" : "not_screened"));
        CHECK_FALSE(w.blockedReason().isEmpty());
        CHECK(w.contractId().isEmpty());
        CHECK(w.count() == 0);
        CHECK_FALSE(w.canConfirm());
        CHECK_FALSE(w.confirmItem());
        CHECK_FALSE(w.next());
        CHECK_FALSE(w.attestNoGuarantee());
        CHECK_FALSE(w.signStrokes(Signer::Customer, handwriting(1), QString()));
    }
    // Nothing was recorded: no contract was born.
    CHECK(session.store()->headSeq() == before);
    CHECK(session.store()->projectionsOfKind(QStringLiteral("contract")).isEmpty());

    // No pack for the product, or an unknown customer: blocked as well, in words.
    WalkthroughSession w;
    w.setSession(&session);
    w.setCustomerId(QStringLiteral("nobody"));
    w.setProductCode(Product);
    CHECK(w.blockedCode() == QLatin1String("unknown_customer"));
    w.setCustomerId(QStringLiteral("refused"));
    w.setProductCode(QStringLiteral("no-such-product"));
    CHECK(w.blockedCode() == QLatin1String("no_content"));
    CHECK_FALSE(w.blockedReason().isEmpty());
}

TEST_CASE("P2 successor required: customer then successor then rep sign", "[walkthrough][P2][S3]")
{
    Walkthrough f(QStringLiteral("allowed_with_conditions"), QStringLiteral("successor_must_sign"));
    WalkthroughSession &w = *f.w;
    CHECK(w.successorRequired());
    CHECK(w.requiredSigners()
        == QStringList {QStringLiteral("customer"), QStringLiteral("successor"), QStringLiteral("rep")});
    f.confirmAll();
    REQUIRE(w.attestNoGuarantee());
    CHECK(w.nextSigner() == QLatin1String("customer"));
    CHECK(w.nextSignerName() == QStringLiteral("伊藤 花子"));
    CHECK_FALSE(w.nextSignerLabel().isEmpty());

    // Out of order: refused by the domain, in words, nothing recorded.
    const qint64 before = f.head();
    CHECK_FALSE(w.signStrokes(Signer::Rep, handwriting(1), Rep));
    CHECK(w.errorCode() == QLatin1String("customer_signature_first"));
    CHECK_FALSE(w.signStrokes(Signer::Successor, handwriting(1), QStringLiteral("伊藤 一郎")));
    CHECK(w.errorCode() == QLatin1String("customer_signature_first"));
    // A dot is no signature.
    SignatureStrokes dot;
    dot.width = 6000;
    dot.height = 2000;
    dot.strokes.append(Stroke {{100, 100, 0, -1}});
    CHECK_FALSE(w.signStrokes(Signer::Customer, dot, QStringLiteral("伊藤 花子")));
    CHECK(w.errorCode() == QLatin1String(signatureErrorName(SignatureError::TooSmall)));
    CHECK(f.head() == before);

    REQUIRE(w.signStrokes(Signer::Customer, handwriting(1), QStringLiteral("伊藤 花子"), SealRecord::AffixedOnPaper));
    CHECK(w.pendingSigners() == QStringList {QStringLiteral("successor"), QStringLiteral("rep")});
    CHECK(w.nextSigner() == QLatin1String("successor"));
    CHECK_FALSE(w.signStrokes(Signer::Rep, handwriting(2), Rep));
    CHECK(w.errorCode() == QLatin1String("successor_signature_missing"));
    CHECK_FALSE(w.signStrokes(Signer::Customer, handwriting(2), QStringLiteral("伊藤 花子")));
    CHECK(w.errorCode() == QLatin1String("already_signed"));

    REQUIRE(w.signStrokes(Signer::Successor, handwriting(3), QStringLiteral("伊藤 一郎")));
    CHECK(w.nextSigner() == QLatin1String("rep"));
    CHECK(w.nextSignerName() == Rep);
    CHECK_FALSE(w.concluded());
    REQUIRE(w.signStrokes(Signer::Rep, handwriting(4), Rep));
    CHECK(w.concluded());

    QStringList signers;
    for (const Event &e : f.events())
        if (e.type == EventType::MattersSigned)
            signers.append(e.payload.value(QStringLiteral("signer")).toString());
    CHECK(signers == QStringList {QStringLiteral("customer"), QStringLiteral("successor"), QStringLiteral("rep")});
    const ContractState c = contractOf(f.session, w.contractId());
    CHECK(c.signedSuccessor);
    CHECK(c.rejected == 0);
}

TEST_CASE("P2 without the condition there is no successor signature", "[walkthrough][P2]")
{
    Walkthrough f;
    WalkthroughSession &w = *f.w;
    CHECK_FALSE(w.successorRequired());
    CHECK(w.requiredSigners() == QStringList {QStringLiteral("customer"), QStringLiteral("rep")});
    f.confirmAll();
    REQUIRE(w.attestNoGuarantee());
    REQUIRE(w.signStrokes(Signer::Customer, handwriting(1), QStringLiteral("伊藤 花子")));
    CHECK_FALSE(w.signStrokes(Signer::Successor, handwriting(2), QStringLiteral("誰か")));
    CHECK(w.errorCode() == QLatin1String("successor_not_required"));
    CHECK(w.nextSigner() == QLatin1String("rep"));
}

TEST_CASE("M1 the contract is concluded only when the walkthrough is complete and signed", "[walkthrough][M1][S3]")
{
    Walkthrough f;
    WalkthroughSession &w = *f.w;
    const QString contract = w.contractId();
    REQUIRE_FALSE(contract.isEmpty());
    auto stage = [&] { return contractOf(f.session, contract).stage; };

    CHECK(stage() == ContractStage::Explaining);
    f.confirmAll();
    CHECK(stage() == ContractStage::Explaining);
    REQUIRE(w.attestNoGuarantee());
    REQUIRE(w.signStrokes(Signer::Customer, handwriting(1), QStringLiteral("伊藤 花子")));
    CHECK(stage() == ContractStage::Explaining);
    CHECK_FALSE(w.concluded());
    CHECK_FALSE(typesOf(f.events()).contains(EventType::ContractConcluded));

    f.t.clock.advance(60'000);
    REQUIRE(w.signStrokes(Signer::Rep, handwriting(2), Rep));
    CHECK(w.concluded());
    CHECK(w.step() == WalkthroughSession::Step::Complete);
    CHECK(stage() == ContractStage::Contracted);
    const QList<Event> events = f.events();
    REQUIRE(events.last().type == EventType::ContractConcluded);
    // The terms the customer signed under, from the policy in force (P3, D1, D3, P6).
    const Policy &p = f.session.policy();
    const QJsonObject terms = events.last().payload;
    CHECK(terms.value(QStringLiteral("coolingOffDays")).toInt() == p.coolingOffDays);
    CHECK(terms.value(QStringLiteral("trialDays")).toInt() == p.trialDays(Product));
    CHECK(terms.value(QStringLiteral("lectureMinimumMinutes")).toInt() == p.lectureMinimumMinutes(Product));
    CHECK(terms.value(QStringLiteral("timeZone")).toString() == p.timeZone);
    const ContractState c = contractOf(f.session, contract);
    CHECK(c.rejected == 0);
    CHECK(c.coolingOffDeadline() > c.contractedAt);

    // Signatures cover the pack and every item event before them (signed-content digest).
    for (const Event &e : events)
        if (e.type == EventType::MattersSigned)
            CHECK(e.payload.value(QStringLiteral("contentHash")).toString().size() == 64);

    // Nothing more once concluded.
    CHECK_FALSE(w.signStrokes(Signer::Rep, handwriting(3), Rep));
    CHECK_FALSE(w.confirmItem());
    CHECK(f.session.store()->verifyChain().ok());
}

TEST_CASE(
    "P4 a second walkthrough for a customer with a live contract needs head office's approval", "[walkthrough][P4]")
{
    Walkthrough f;
    f.confirmAll();
    REQUIRE(f.w->attestNoGuarantee());
    f.signAll();
    REQUIRE(f.w->concluded());
    const qint64 before = f.head();
    f.open();
    CHECK(f.w->blocked());
    CHECK(f.w->blockedCode() == QLatin1String("successive_sale"));
    CHECK_FALSE(f.w->blockedReason().isEmpty());
    CHECK(f.head() == before);
}

TEST_CASE("S3 resume: a walkthrough left half-way is rebuilt from the store's events after reopening",
    "[walkthrough][S3][resume]")
{
    TempStore t;
    QString contract;
    qint64 head = 0;
    {
        AppSession session(t.options());
        unlock(session, t);
        addScreenedCustomer(session, QStringLiteral("c1"), QStringLiteral("allowed_with_conditions"),
            QStringLiteral("successor_must_sign"));
        WalkthroughSession w;
        w.setSession(&session);
        w.setCustomerId(QStringLiteral("c1"));
        w.setProductCode(Product);
        for (int i = 0; i < 3; ++i) {
            t.clock.advance(20'000);
            REQUIRE(w.confirmItem());
            REQUIRE(w.next());
        }
        contract = w.contractId();
        head = session.store()->headSeq();
        // The app is killed here: the session and its store go away with the walkthrough on item 4.
    }

    AppSession session(t.options());
    unlock(session, t);
    auto w = std::make_unique<WalkthroughSession>();
    w->setSession(&session);
    w->setCustomerId(QStringLiteral("c1"));
    w->setProductCode(Product);
    REQUIRE(w->step() == WalkthroughSession::Step::Items);
    CHECK(w->resumed());
    CHECK(w->contractId() == contract);
    CHECK(w->index() == 3);
    CHECK(w->confirmedCount() == 3);
    CHECK(w->itemShown()); // shown before the app went away: not shown a second time
    CHECK(w->canConfirm());
    CHECK(w->successorRequired());
    CHECK(session.store()->headSeq() == head); // nothing new recorded by reopening
    // Earlier items stay confirmed and can be re-read.
    REQUIRE(w->back());
    CHECK(w->itemConfirmed());
    REQUIRE(w->next());

    // On to the signatures, then away again after the customer signed.
    while (w->step() == WalkthroughSession::Step::Items) {
        t.clock.advance(20'000);
        REQUIRE(w->confirmItem());
        REQUIRE(w->next());
    }
    REQUIRE(w->attestNoGuarantee());
    REQUIRE(w->signStrokes(Signer::Customer, handwriting(1), QStringLiteral("伊藤 花子")));
    w.reset();

    w = std::make_unique<WalkthroughSession>();
    w->setSession(&session);
    w->setCustomerId(QStringLiteral("c1"));
    w->setProductCode(Product);
    CHECK(w->resumed());
    CHECK(w->contractId() == contract);
    CHECK(w->step() == WalkthroughSession::Step::Signatures);
    CHECK(w->attested());
    CHECK(w->pendingSigners() == QStringList {QStringLiteral("successor"), QStringLiteral("rep")});
    REQUIRE(w->signStrokes(Signer::Successor, handwriting(2), QStringLiteral("伊藤 一郎")));
    REQUIRE(w->signStrokes(Signer::Rep, handwriting(3), Rep));
    CHECK(w->concluded());
    CHECK(contractOf(session, contract).stage == ContractStage::Contracted);
    CHECK(contractOf(session, contract).rejected == 0);
}

TEST_CASE("M1 the customer's copy: a PDF written off the UI thread and saved byte for byte", "[walkthrough][M1][copy]")
{
    Walkthrough f;
    WalkthroughSession &w = *f.w;
    f.confirmAll();
    REQUIRE(w.attestNoGuarantee());
    QSignalSpy copyChanged(&w, &WalkthroughSession::copyChanged);
    f.signAll();
    REQUIRE(w.concluded());
    CHECK_FALSE(copyChanged.isEmpty());
    REQUIRE(waitForCopy(w));
    INFO(w.copyError().toStdString());
    REQUIRE(w.copyReady());
    const QByteArray pdf = w.copyBytes();
    CHECK(pdf.startsWith("%PDF"));
    CHECK(w.copySize() == pdf.size());
    // The copy's record hash is the hash of the record's last event, contract.concluded.
    CHECK(w.recordHash() == f.events().last().hash);
    for (int i = 0; i < w.previewPageCount(); ++i) {
        const QImage page = w.previewPage(i);
        REQUIRE_FALSE(page.isNull());
        CHECK(double(page.width()) / page.height() == Approx(210.0 / 297.0).epsilon(0.01));
    }

    REQUIRE(w.saveCopy());
    CHECK(w.savedPath().startsWith(QDir::toNativeSeparators(f.copies.path())));
    CHECK(w.savedPath().contains(w.contractId()));
    QFile saved(w.savedPath());
    REQUIRE(saved.open(QIODevice::ReadOnly));
    CHECK(saved.readAll() == pdf); // exactly the bytes made and shown
    CHECK(w.copySha256() == QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex()));
    CHECK((saved.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup)) == 0);

    // The copy lists every item with its times, the attestation and both signatures, from the record.
    walkthrough::CopyParties parties;
    parties.language = QStringLiteral("ja");
    const auto copy = walkthrough::copyOf(f.pack(), f.events(), parties);
    REQUIRE(copy.has_value());
    CHECK(copy->items.size() == f.pack().importantMatters.size());
    for (const evidence::WalkthroughItem &i : copy->items) {
        CHECK(i.shownAtUtc.has_value());
        CHECK(i.confirmedAtUtc.has_value());
    }
    CHECK(copy->noGuaranteeAttestedAtUtc.has_value());
    REQUIRE(copy->signatures.size() == 2);
    CHECK(copy->signatures.at(0).role == evidence::SignerRole::Customer);
    CHECK(copy->signatures.at(1).role == evidence::SignerRole::SalesRep);
    CHECK(copy->signatures.at(0).strokes == handwriting(1));

    // No copy of an unfinished walkthrough.
    QList<Event> unfinished = f.events();
    unfinished.removeLast();
    CHECK_FALSE(walkthrough::copyOf(f.pack(), unfinished, parties).has_value());
}

TEST_CASE("walkthrough texts follow the app's language (ja or en)", "[walkthrough]")
{
    Walkthrough f;
    WalkthroughSession &w = *f.w;
    QSignalSpy changed(&w, &WalkthroughSession::stateChanged);
    w.setLanguage(QStringLiteral("en"));
    CHECK(w.language() == QLatin1String("en"));
    CHECK(changed.size() == 1);
    CHECK(w.itemTitle() == f.pack().importantMatters.at(0).title.en);
    CHECK(w.productName() == f.pack().productName.en);
    w.setLanguage(QStringLiteral("ja"));
    CHECK(w.itemTitle() == f.pack().importantMatters.at(0).title.ja);
    // Without a session and a translation the app speaks English (the source language), and so do the items.
    CHECK(WalkthroughSession().language() == QLatin1String("en"));

    // "" follows the app's language again, and changes with it.
    w.setLanguage(QString());
    switchAppLanguage(f.session, QStringLiteral("en"), [&] {
        CHECK(w.language() == QLatin1String("en"));
        CHECK(w.itemTitle() == f.pack().importantMatters.at(0).title.en);
    });
}

TEST_CASE("walkthrough refusals are words", "[walkthrough]")
{
    QStringList words;
    for (int e = 1; e <= static_cast<int>(MattersError::SuccessorSignatureMissing); ++e)
        words.append(WalkthroughSession::mattersErrorText(static_cast<MattersError>(e)));
    for (const QString &w : words)
        CHECK_FALSE(w.isEmpty());
    CHECK(WalkthroughSession::mattersErrorText(MattersError::None).isEmpty());
    CHECK_FALSE(WalkthroughSession::lifecycleErrorText(LifecycleError::SuccessiveSaleNeedsApproval).isEmpty());
    CHECK_FALSE(WalkthroughSession::lifecycleErrorText(LifecycleError::StartGuardFailed).isEmpty());
    WalkthroughSession w;
    for (const char *s : {"customer", "successor", "rep"})
        CHECK_FALSE(w.signerLabel(QLatin1String(s)).isEmpty());
}

TEST_CASE("walkthrough screening as the customer projection keeps it", "[walkthrough][P2]")
{
    QJsonObject customer {{QStringLiteral("screening"), QStringLiteral("allowed_with_conditions")},
        {QStringLiteral("screeningConditions"), QStringLiteral("successor_must_sign,full_time_declared")}};
    ScreeningResult r = walkthrough::screeningOf(customer);
    CHECK(r.allowed());
    CHECK(r.requiresSuccessorSignature());
    CHECK(r.conditions.size() == 2);
    CHECK(walkthrough::screened(customer));
    customer.insert(QStringLiteral("screening"), QStringLiteral("refused"));
    CHECK_FALSE(walkthrough::screeningOf(customer).allowed());
    CHECK_FALSE(walkthrough::screened(QJsonObject {}));
    CHECK_FALSE(walkthrough::screeningOf(QJsonObject {}).allowed());
}
