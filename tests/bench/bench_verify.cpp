// scripts/bench evidence: kakunin-verify's check of a 10,000-event bundle against the irreducible part of it,
// 10,000 Ed25519 signature verifications, measured in the same run.
#include "benchreport.h"

#include <store/store.h>

#include <core/ed25519.h>
#include <core/evidence/bundle.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace kakunin;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir tmp;
    StoreOptions o;
    o.directory = tmp.path();
    auto store = Store::openWithKey(o, QByteArray(32, '\x42'), true).value();
    constexpr int Events = 10'000;
    for (int i = 0; i < Events; i += 500) {
        QList<EventDraft> drafts;
        for (int j = i; j < i + 500; ++j)
            drafts.append(
                {QStringLiteral("customer.updated"), QStringLiteral("cust-%1").arg(j % 40), QStringLiteral("rep-001"),
                    QJsonObject {
                        {QStringLiteral("note"), QStringLiteral("訪問記録 %1: 重要事項の説明、確認済み").arg(j)}}});
        store->appendBatch(drafts).value();
    }
    QStringList all;
    for (int c = 0; c < 40; ++c)
        all.append(QStringLiteral("cust-%1").arg(c));
    const QByteArray json = store->exportRecord(all).toJson();

    QElapsedTimer t;
    t.start();
    const auto parsed = parseBundle(json);
    const VerificationReport report = verifyBundle(parsed.value());
    const double verifyS = static_cast<double>(t.nsecsElapsed()) / 1e9;
    if (!report.ok() || report.events != Events) {
        std::fprintf(stderr, "bundle did not verify\n");
        return 1;
    }

    const ed25519::Verifier verifier(parsed->devicePublicKey);
    t.restart();
    int good = 0;
    for (const Event &e : parsed->chain)
        good += verifier.verify(QByteArray::fromHex(e.hash.toLatin1()), e.signature) ? 1 : 0;
    const double sigS = static_cast<double>(t.nsecsElapsed()) / 1e9;

    std::printf("bench verify (%d events, %.1f MB bundle)\n", Events, json.size() / 1e6);
    bench::report(
        "kakunin-verify: parse + verify bundle (s)", verifyS, "s", sigS, "Ed25519 verify x10,000 (s)", "<= 2 s");
    bench::report(
        "verification rate (events/s)", Events / verifyS, "ev/s", good / sigS, "Ed25519 verifications/s", "report", 0);
    return 0;
}
