// The customer's copies (控え) on the console's contract page (issue 7; docs/console.md "Contracts"): head office
// builds them from what it holds with the tablet's own builders and renderer, and serves them as PDF downloads
// to every console role; through the real HttpServer over loopback TLS, on both stores.
#include "test_console_blocks_journey.h"
#include "test_console_guard.h"
#include "test_console_support.h"

#include <catch2/catch.hpp>

#include <core/domain/eventcatalog.h>
#include <core/domain/policy.h>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace kakunin;
using namespace kakunin::hqtest;
using namespace kakunin::hqtest::users;

namespace {

// The hash of the contract's last accepted event of `type` as head office stored it.
QString hashOf(ConsoleOffice &o, const QString &contract, const QString &type)
{
    QString hash;
    for (const hq::StoredEvent &s : o.service->eventsOfAggregate(contract))
        if (s.event.type == type && s.ruleCode.isEmpty())
            hash = s.event.hash;
    REQUIRE(!hash.isEmpty());
    return hash;
}

// The PDF's text as pdftotext (poppler-utils) extracts it, without white space (cells wrap where the layout
// decides). A missing tool fails the test.
QString pdfText(const QByteArray &pdf)
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("copy.pdf"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(pdf) == pdf.size());
    f.close();
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60'000));
    REQUIRE(p.exitCode() == 0);
    QString text = QString::fromUtf8(p.readAllStandardOutput());
    text.remove(QRegularExpression(QStringLiteral("\\s+")));
    return text;
}

QString copyPath(const QString &contract, const char *kind)
{
    return QStringLiteral("/console/contract/copy?id=%1&kind=%2").arg(contract, QLatin1String(kind));
}

void checkPdf(const WebResponse &r, const QString &fileName, const QString &contract, const QString &recordHash)
{
    REQUIRE(r.status == 200);
    // To look at the copies by hand: KAKUNIN_CONSOLE_COPIES_OUT=<folder> keeps the last one of each name.
    if (const QString out = qEnvironmentVariable("KAKUNIN_CONSOLE_COPIES_OUT"); !out.isEmpty()) {
        QFile kept(QDir(out).filePath(fileName));
        if (kept.open(QIODevice::WriteOnly))
            kept.write(r.body);
    }
    CHECK(r.header("Content-Type") == QStringLiteral("application/pdf"));
    CHECK(r.header("Content-Disposition") == QStringLiteral("attachment; filename=\"%1\"").arg(fileName));
    CHECK(r.header("Cache-Control") == QStringLiteral("no-store"));
    REQUIRE(r.body.startsWith("%PDF-"));
    const QString text = pdfText(r.body);
    CHECK(text.contains(contract));
    CHECK(text.contains(recordHash));
}

} // namespace

TEST_CASE("console contract copies: every role downloads the walkthrough and delivery copies as PDF, made from "
          "head office's record (S3 D2)",
    "[console][contracts][copies][S3][D2]")
{
    ConsoleOffice o;
    Tablet rep(o, Rep);
    Tablet inst(o, Installer);
    const QString ctr = QStringLiteral("ctr-copy");
    const QString page = QStringLiteral("/console/contract?id=ctr-copy");
    const auto pack = blocks::PackSpec::of(blocks::shippedPack());
    blocks::registerCustomer(rep, QStringLiteral("cust-copy"), QStringLiteral("髙橋 一郎"));
    blocks::visit(rep, QStringLiteral("cust-copy"), QStringLiteral("v-copy"), 60);
    blocks::walkthrough(rep, QStringLiteral("cust-copy"), ctr, pack);
    blocks::sync(rep);
    o.advance(MsPerDay);

    Browser auditor(o);
    english(auditor);
    auditor.signIn(Auditor);

    // Concluded, not delivered: the walkthrough copy only; the delivery copy is refused with the reason.
    const WebResponse concluded = auditor.get(page);
    REQUIRE(concluded.status == 200);
    CHECK(concluded.contains(QStringLiteral("id=\"copy-walkthrough\"")));
    CHECK(concluded.contains(QStringLiteral("Walkthrough copy (PDF)")));
    CHECK_FALSE(concluded.contains(QStringLiteral("id=\"copy-delivery\"")));
    const WebResponse early = auditor.get(copyPath(ctr, "delivery"));
    CHECK(early.status == 409);
    CHECK(early.contains(QStringLiteral("The delivery confirmation of this contract is not signed yet")));
    CHECK(early.header("Content-Type").startsWith(QStringLiteral("text/html")));
    checkPdf(auditor.get(copyPath(ctr, "walkthrough")), QStringLiteral("walkthrough-ctr-copy.pdf"), ctr,
        hashOf(o, ctr, EventType::ContractConcluded));

    // Delivered: both copies, for every console role.
    blocks::call(o, Legacy, ctr, QStringLiteral("C1"));
    REQUIRE(o.service->assignInstaller(Admin, ctr, Installer).ok());
    o.advance(MsPerDay);
    blocks::lecture(inst, ctr, 190, pack);
    blocks::sync(inst);
    o.advance(MsPerMinute);
    const QString deliveryHash = hashOf(o, ctr, EventType::DeliverySigned);
    for (const QString &user : {Auditor, Staff, Admin}) {
        INFO(user.toStdString());
        Browser b(o);
        english(b);
        b.signIn(user);
        const WebResponse delivered = b.get(page);
        REQUIRE(delivered.status == 200);
        CHECK(delivered.contains(QStringLiteral("id=\"copy-walkthrough\"")));
        CHECK(delivered.contains(
            QStringLiteral("id=\"copy-delivery\" href=\"/console/contract/copy?id=ctr-copy&amp;kind=delivery\"")));
        checkPdf(b.get(copyPath(ctr, "delivery")), QStringLiteral("delivery-ctr-copy.pdf"), ctr, deliveryHash);
    }
    // In Japanese (the default language) too.
    Browser ja(o);
    ja.signIn(Staff);
    const WebResponse jaCopy = ja.get(copyPath(ctr, "delivery"));
    checkPdf(jaCopy, QStringLiteral("delivery-ctr-copy.pdf"), ctr, deliveryHash);
    CHECK(pdfText(jaCopy.body).contains(QStringLiteral("納品確認書")));

    // Unknown contract, unknown kind, no contract (a day has passed: a new session).
    auditor.cookies.clear();
    english(auditor);
    auditor.signIn(Auditor);
    CHECK(auditor.get(copyPath(QStringLiteral("ctr-none"), "delivery")).status == 404);
    CHECK(auditor.get(copyPath(ctr, "invoice")).status == 400);
    CHECK(auditor.get(QStringLiteral("/console/contract/copy?kind=delivery")).status == 400);

    // Without a session: to the sign-in page, no PDF.
    Browser anonymous(o);
    const WebResponse none = anonymous.get(copyPath(ctr, "walkthrough"));
    CHECK(none.status == 303);
    CHECK(none.location().startsWith(QStringLiteral("/console/sign-in?next=")));
    CHECK_FALSE(none.body.startsWith("%PDF-"));
}
