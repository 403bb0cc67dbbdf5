// Kakunin tablet app: wires the session to the QML UI. Everything else lives in the libraries.
#include <models/appcontext.h>
#include <models/selftest.h>

#include <store/store.h>

#include <QCommandLineParser>
#include <QDir>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QStandardPaths>
#include <QSysInfo>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(Kakunin_AppPlugin)
Q_IMPORT_QML_PLUGIN(Kakunin_UiPlugin)

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QGuiApplication::setOrganizationName(QStringLiteral("Kakunin"));
    QGuiApplication::setApplicationName(QStringLiteral("kakunin"));
    QGuiApplication::setApplicationVersion(QStringLiteral(KAKUNIN_VERSION));
    QQuickStyle::setStyle(QStringLiteral("Material"));

    QCommandLineParser cli;
    cli.addHelpOption();
    cli.addVersionOption();
    const QCommandLineOption selfTest(QStringLiteral("self-test"), QStringLiteral("Check store and UI, then exit."));
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"), QStringLiteral("Folder of the encrypted store."), QStringLiteral("dir"));
    const QCommandLineOption language(QStringLiteral("language"),
        QStringLiteral("ja or en (default: the one chosen in settings, else ja)."), QStringLiteral("code"));
    const QCommandLineOption user(QStringLiteral("user"), QStringLiteral("Signed-in user id (until sign-in exists)."),
        QStringLiteral("id"), QStringLiteral("rep-001"));
    const QCommandLineOption demoData(
        QStringLiteral("demo-data"), QStringLiteral("Fill an empty store with demo customers once it is unlocked."));
    const QCommandLineOption role(QStringLiteral("role"), QStringLiteral("Role of the user: sales_rep or installer."),
        QStringLiteral("role"), QStringLiteral("sales_rep"));
    const QCommandLineOption hqUrl(QStringLiteral("hq-url"),
        QStringLiteral("Head office's base URL (https://host:port); without it the tablet does not sync."),
        QStringLiteral("url"));
    const QCommandLineOption hqCa(QStringLiteral("hq-ca"),
        QStringLiteral("PEM file of the CA that issued head office's certificate."), QStringLiteral("file"));
    const QCommandLineOption hqPin(QStringLiteral("hq-pin"),
        QStringLiteral("Pin of head office's key, sha256//<base64>; twice: current, then backup."),
        QStringLiteral("pin"));
    const QCommandLineOption enrollCode(QStringLiteral("enroll-code"),
        QStringLiteral("One-time enrollment code from head office, used once after unlock."), QStringLiteral("code"));
    cli.addOptions({selfTest, dataDir, language, user, role, demoData, hqUrl, hqCa, hqPin, enrollCode});
    cli.process(app);

    QTextStream err(stderr);
    if (cli.isSet(language) && !kakunin::Language::supported().contains(cli.value(language))) {
        err << "kakunin: --language must be one of: " << kakunin::Language::supported().join(QStringLiteral(", "))
            << Qt::endl;
        return 2;
    }
    if (cli.isSet(hqUrl) && !cli.value(hqUrl).startsWith(QLatin1String("https://"))) {
        err << "kakunin: --hq-url must start with https://" << Qt::endl;
        return 2;
    }
    if (kakunin::plainSqliteMapped()) {
        err << "kakunin: plain SQLite is loaded in this process; refusing to run (one SQLite per process)." << Qt::endl;
        return 2;
    }

    kakunin::StoreOptions options;
    options.directory
        = cli.isSet(dataDir) ? cli.value(dataDir) : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    // The self-test never touches the user's data: it uses throwaway folders of its own.
    if (cli.isSet(selfTest))
        options.directory = QDir::temp().filePath(QStringLiteral("kakunin-self-test-unused"));

    kakunin::AppContext::Options contextOptions;
    contextOptions.store = options;
    contextOptions.userId = cli.value(user);
    contextOptions.role = cli.value(role);
    contextOptions.seedDemoData = cli.isSet(demoData);
    contextOptions.backgroundReads = true;
    if (cli.isSet(language))
        contextOptions.language = cli.value(language);
    if (!cli.isSet(selfTest)) {
        contextOptions.server = {cli.value(hqUrl), cli.value(hqCa), cli.values(hqPin)};
        contextOptions.sync.deviceName = QSysInfo::machineHostName();
        contextOptions.sync.appVersion = QStringLiteral(KAKUNIN_VERSION);
        contextOptions.enrollCode = cli.value(enrollCode);
    }
    kakunin::AppContext context(contextOptions); // installs the translator of the language

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    context.language().setEngine(&engine);
    if (cli.isSet(selfTest)) {
        QTextStream out(stdout);
        return kakunin::runSelfTest(engine, out);
    }
    engine.load(QUrl(QStringLiteral("qrc:/Kakunin/Ui/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    context.inactivityLock().install(); // auto-lock after the policy's idle minutes
    return QGuiApplication::exec();
}
