#include <catch2/catch.hpp>

#include "rulessupport.h"

#include <core/domain/importantmatters.h>

using namespace kakunin;
using test::PackHash;

namespace {

ScreeningResult allowed(bool successor = false)
{
    ScreeningResult r;
    r.outcome = successor ? ScreeningOutcome::AllowedWithConditions : ScreeningOutcome::Allowed;
    if (successor)
        r.conditions.append(ScreeningReason::SuccessorMustSign);
    return r;
}

void confirmAll(ImportantMattersSession &s, ManualClock &clock)
{
    for (const MatterRecord &m : QList<MatterRecord>(s.items())) {
        REQUIRE(s.show(m.itemId, clock) == MattersError::None);
        clock.advance(20'000);
        REQUIRE(s.confirm(m.itemId, clock) == MattersError::None);
        clock.advance(5'000);
    }
}

} // namespace

TEST_CASE("S3 items are shown and confirmed in the pack's order, each with its times", "[S3]")
{
    ManualClock clock;
    auto s = ImportantMattersSession::open(test::samplePack(), allowed());
    REQUIRE(s.ok());
    CHECK(s->packId() == QLatin1String("crm-test"));
    CHECK(s->packVersion() == QLatin1String("2026.1.0"));
    CHECK(s->packHash() == PackHash);

    CHECK(s->show(QStringLiteral("no-guarantee"), clock) == MattersError::SkippingAhead);
    CHECK(s->confirm(QStringLiteral("price"), clock) == MattersError::NotShown);
    CHECK(s->show(QStringLiteral("nope"), clock) == MattersError::UnknownItem);
    const qint64 shownAt = clock.utcMs();
    REQUIRE(s->show(QStringLiteral("price"), clock) == MattersError::None);
    clock.advance(40'000);
    CHECK(s->confirm(QStringLiteral("no-guarantee"), clock) == MattersError::SkippingAhead);
    REQUIRE(s->confirm(QStringLiteral("price"), clock) == MattersError::None);
    CHECK(s->confirm(QStringLiteral("price"), clock) == MattersError::AlreadyConfirmed);
    CHECK(s->items().at(0).shownAtUtc == shownAt);
    CHECK(s->items().at(0).confirmedAtUtc == shownAt + 40'000);
    CHECK(s->currentIndex() == 1);
    // Going back to re-read is allowed and keeps the first time shown.
    clock.advance(1000);
    CHECK(s->show(QStringLiteral("price"), clock) == MattersError::None);
    CHECK(s->items().at(0).shownAtUtc == shownAt);
    CHECK(s->show(QStringLiteral("cooling-off"), clock) == MattersError::SkippingAhead);
    CHECK(s->show(QStringLiteral("no-guarantee"), clock) == MattersError::None);
}

TEST_CASE("S3 M1 signatures only after every item is confirmed, bound to the pack hash", "[S3][M1]")
{
    ManualClock clock;
    auto s = ImportantMattersSession::open(test::samplePack(), allowed());
    REQUIRE(s.ok());
    const QString strokes = test::hashOf('c');
    CHECK(s->sign(Signer::Customer, strokes, PackHash, clock) == MattersError::ItemsOpen);
    CHECK(s->attestNoGuarantee(clock) == MattersError::ItemsOpen);
    confirmAll(s.value(), clock);
    CHECK(s->allConfirmed());
    CHECK(s->sign(Signer::Customer, strokes, test::hashOf('b'), clock) == MattersError::ContentMismatch);
    CHECK(s->sign(Signer::Customer, QString(), PackHash, clock) == MattersError::SignatureMissingStrokes);
    CHECK(s->sign(Signer::Rep, strokes, PackHash, clock) == MattersError::CustomerSignatureFirst);
    REQUIRE(s->sign(Signer::Customer, strokes, PackHash, clock) == MattersError::None);
    CHECK(s->sign(Signer::Customer, strokes, PackHash, clock) == MattersError::AlreadySigned);
    CHECK(s->sign(Signer::Successor, strokes, PackHash, clock) == MattersError::SuccessorNotRequired);
    CHECK_FALSE(s->complete());
    CHECK(s->signatures().at(0).contentHash == PackHash);
}

TEST_CASE("S1 the rep attests that no guarantee was made before the rep signs", "[S1]")
{
    ManualClock clock;
    auto s = ImportantMattersSession::open(test::samplePack(), allowed());
    REQUIRE(s.ok());
    confirmAll(s.value(), clock);
    REQUIRE(s->sign(Signer::Customer, test::hashOf('c'), PackHash, clock) == MattersError::None);
    CHECK(s->sign(Signer::Rep, test::hashOf('d'), PackHash, clock) == MattersError::GuaranteeAttestationMissing);
    REQUIRE(s->attestNoGuarantee(clock) == MattersError::None);
    CHECK(s->noGuaranteeAttestedAtUtc().has_value());
    REQUIRE(s->sign(Signer::Rep, test::hashOf('d'), PackHash, clock) == MattersError::None);
    CHECK(s->complete());
}

TEST_CASE("P2 S3 an elderly customer's successor signs too, before the rep", "[P2][S3]")
{
    ManualClock clock;
    auto s = ImportantMattersSession::open(test::samplePack(), allowed(true));
    REQUIRE(s.ok());
    CHECK(s->successorRequired());
    confirmAll(s.value(), clock);
    REQUIRE(s->attestNoGuarantee(clock) == MattersError::None);
    REQUIRE(s->sign(Signer::Customer, test::hashOf('c'), PackHash, clock) == MattersError::None);
    CHECK(s->sign(Signer::Rep, test::hashOf('d'), PackHash, clock) == MattersError::SuccessorSignatureMissing);
    REQUIRE(s->sign(Signer::Successor, test::hashOf('f'), PackHash, clock) == MattersError::None);
    CHECK_FALSE(s->complete());
    REQUIRE(s->sign(Signer::Rep, test::hashOf('d'), PackHash, clock) == MattersError::None);
    CHECK(s->complete());
}

TEST_CASE("P2 a refused screening cannot open the walkthrough", "[P2][S3]")
{
    ScreeningResult refused;
    refused.outcome = ScreeningOutcome::Refused;
    refused.refusals.append(ScreeningReason::ElderlyWithoutSuccessor);
    const auto s = ImportantMattersSession::open(test::samplePack(), refused);
    CHECK(s.error() == MattersError::ScreeningRefused);
}

TEST_CASE("S1 P2 a pack missing the no-guarantee or antisocial item is refused", "[S1][P2][S3]")
{
    struct Row {
        const char *name;
        void (*edit)(ContentPack &);
        MattersError expected;
    };
    const std::vector<Row> rows {
        {"complete pack", [](ContentPack &) {}, MattersError::None},
        {"no NoGuarantee item", [](ContentPack &p) { p.importantMatters.removeAt(1); },
            MattersError::PackMissingNoGuarantee},
        {"no antisocial declaration", [](ContentPack &p) { p.importantMatters.removeAt(3); },
            MattersError::PackMissingAntisocialDeclaration},
        {"no items", [](ContentPack &p) { p.importantMatters.clear(); }, MattersError::PackEmpty},
        {"no hash", [](ContentPack &p) { p.hash.clear(); }, MattersError::PackUnidentified},
        {"no version", [](ContentPack &p) { p.version.clear(); }, MattersError::PackUnidentified},
    };
    for (const Row &r : rows) {
        INFO(r.name);
        ContentPack p = test::samplePack();
        r.edit(p);
        CHECK(checkPackForWalkthrough(p) == r.expected);
        CHECK(ImportantMattersSession::open(p, allowed()).error() == r.expected);
    }
}
