#include "selftest.h"

#include "appsession.h"

#include <store/store.h>

#include <QDirIterator>
#include <QFile>
#include <QJsonObject>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QTemporaryDir>

namespace kakunin {

bool plainSqliteMapped()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    return maps.open(QIODevice::ReadOnly) && maps.readAll().contains("libsqlite3.so");
}

namespace {

bool check(QTextStream &out, bool ok, const QString &what)
{
    out << (ok ? "ok    " : "FAIL  ") << what << Qt::endl;
    return ok;
}

bool storeWorks(QTextStream &out)
{
    QTemporaryDir dir;
    StoreOptions options;
    options.directory = dir.path();
    options.keyStorage = KeyStoragePolicy::FileOnly;
    const QString pin = QStringLiteral("902468");
    bool ok = true;
    {
        auto created = Store::create(options, pin);
        ok &= check(out, created.ok(),
            QStringLiteral("create a store (%1)").arg(QLatin1String(storeErrorName(created.error()))));
        if (!created)
            return false;
        ok &= check(out, created.value()->cipherVersion() == QLatin1String("3.4.1"),
            QStringLiteral("SQLCipher answers cipher_version %1").arg(created.value()->cipherVersion()));
        const EventDraft draft {QStringLiteral("customer.registered"), QStringLiteral("self-test"),
            QStringLiteral("self-test"), QJsonObject {{QStringLiteral("name"), QStringLiteral("確認")}}};
        ok &= check(out, created.value()->append(draft).ok(), QStringLiteral("append a signed event"));
    }
    ok &= check(out, Store::unlock(options, QStringLiteral("000000")).error() == StoreError::WrongPin,
        QStringLiteral("a wrong PIN is refused"));
    auto reopened = Store::unlock(options, pin);
    ok &= check(out, reopened.ok(), QStringLiteral("unlock with the PIN"));
    if (reopened) {
        ok &= check(out, reopened.value()->verifyChain().ok() && reopened.value()->headSeq() == 1,
            QStringLiteral("the chain verifies"));
        ok &= check(out, reopened.value()->integrityOk(), QStringLiteral("integrity_check is ok"));
    }
    return ok;
}

bool qmlLoads(QQmlEngine &engine, QTextStream &out)
{
    bool ok = true;
    int files = 0;
    QDirIterator it(
        QStringLiteral(":/Kakunin/Ui"), {QStringLiteral("*.qml")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        ++files;
        QQmlComponent component(&engine, QUrl(QStringLiteral("qrc") + path));
        if (component.isError()) {
            for (const QQmlError &e : component.errors())
                out << "      " << e.toString() << Qt::endl;
        }
        ok &= check(out, component.isReady(), QStringLiteral("QML compiles: %1").arg(path));
    }
    ok &= check(out, files > 0, QStringLiteral("%1 QML files found in the UI module").arg(files));

    QQmlComponent main(&engine, QUrl(QStringLiteral("qrc:/Kakunin/Ui/Main.qml")));
    std::unique_ptr<QObject> window(main.create());
    if (!window) {
        for (const QQmlError &e : main.errors())
            out << "      " << e.toString() << Qt::endl;
    }
    ok &= check(out, window != nullptr, QStringLiteral("the main window loads"));
    return ok;
}

} // namespace

int runSelfTest(QQmlEngine &engine, QTextStream &out)
{
    bool ok = storeWorks(out);
    ok &= check(out, !plainSqliteMapped(), QStringLiteral("libsqlite3 is not mapped"));
    ok &= qmlLoads(engine, out);
    out << (ok ? "self-test passed" : "self-test FAILED") << Qt::endl;
    return ok ? 0 : 1;
}

} // namespace kakunin
