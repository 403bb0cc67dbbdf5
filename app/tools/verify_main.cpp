// kakunin-verify BUNDLE.json — says in words what holds and what does not; exits 1 on any failure.
#include <core/evidence/bundle.h>

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

using namespace kakunin;

namespace {

QString describe(const VerificationCheck &c)
{
    using K = VerificationCheck::Kind;
    const QString at = c.seq > 0 ? QStringLiteral(" (event %1)").arg(c.seq) : QString();
    switch (c.kind) {
    case K::Chain:
        return c.ok ? QStringLiteral("device chain of %1 is whole: every link, content hash and device signature holds")
                          .arg(c.subject)
                    : QStringLiteral("device chain of %1 does not hold: %2%3").arg(c.subject, c.detail, at);
    case K::Blob:
        return c.ok ? QStringLiteral("blob %1 matches its SHA-256").arg(c.subject)
                    : QStringLiteral("blob %1 was altered: its bytes no longer match its SHA-256").arg(c.subject);
    case K::BlobMissing:
        return QStringLiteral("blob %1 cited%2 is missing from the bundle").arg(c.subject, at);
    case K::Pack:
        return c.ok
            ? QStringLiteral("content pack %1 matches its hash").arg(c.subject)
            : QStringLiteral("content pack %1 was altered: its text no longer matches the hash the record is bound to")
                  .arg(c.subject);
    case K::PackMissing:
        return QStringLiteral("content pack %1 cited%2 is missing from the bundle").arg(c.subject, at);
    case K::PackItems:
        return c.ok ? QStringLiteral("every item of pack %1 was shown, in order%2").arg(c.subject, at)
                    : QStringLiteral("the items shown%2 are not the items of pack %1 in order").arg(c.subject, at);
    case K::SignedContent:
        return c.ok
            ? QStringLiteral("signature of %1%2 covers the pack and every confirmation before it").arg(c.subject, at)
            : QStringLiteral("signature of %1%2 does not cover what the record shows was confirmed").arg(c.subject, at);
    case K::SignatureStrokes:
        return c.ok
            ? QStringLiteral("signature strokes of %1%2 decode to a real signature").arg(c.subject, at)
            : QStringLiteral("signature strokes of %1%2 are not a valid signature: %3").arg(c.subject, at, c.detail);
    }
    return c.detail;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2) {
        err << "usage: kakunin-verify BUNDLE.json" << Qt::endl;
        return 2;
    }
    QFile file(args.at(1));
    if (!file.open(QIODevice::ReadOnly)) {
        err << "kakunin-verify: cannot read " << args.at(1) << Qt::endl;
        return 2;
    }
    const auto bundle = parseBundle(file.readAll());
    if (!bundle) {
        out << "FAIL  the file is not a record bundle: " << bundleErrorName(bundle.error()) << Qt::endl;
        return 1;
    }
    const VerificationReport report = verifyBundle(bundle.value());
    for (const VerificationCheck &c : report.checks)
        out << (c.ok ? "ok    " : "FAIL  ") << describe(c) << Qt::endl;
    out << (report.ok() ? "VERIFIED" : "NOT VERIFIED") << ": " << report.events << " events, " << report.recordEvents
        << " of them in this record, " << bundle->blobs.size() << " blobs, " << bundle->packs.size()
        << " content pack(s)" << Qt::endl;
    return report.ok() ? 0 : 1;
}
