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
#include <QTranslator>
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
    const QCommandLineOption language(QStringLiteral("language"), QStringLiteral("ja (default) or en."),
        QStringLiteral("code"), QStringLiteral("ja"));
    const QCommandLineOption user(QStringLiteral("user"), QStringLiteral("Signed-in user id (until sign-in exists)."),
        QStringLiteral("id"), QStringLiteral("rep-001"));
    const QCommandLineOption demoData(
        QStringLiteral("demo-data"), QStringLiteral("Fill an empty store with demo customers once it is unlocked."));
    const QCommandLineOption role(QStringLiteral("role"), QStringLiteral("Role of the user: sales_rep or installer."),
        QStringLiteral("role"), QStringLiteral("sales_rep"));
    cli.addOptions({selfTest, dataDir, language, user, role, demoData});
    cli.process(app);

    QTranslator translator;
    if (translator.load(QStringLiteral(":/i18n/kakunin_%1.qm").arg(cli.value(language))))
        QCoreApplication::installTranslator(&translator);

    QTextStream err(stderr);
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
    kakunin::AppContext context(contextOptions);

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    if (cli.isSet(selfTest)) {
        QTextStream out(stdout);
        return kakunin::runSelfTest(engine, out);
    }
    engine.load(QUrl(QStringLiteral("qrc:/Kakunin/Ui/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    return QGuiApplication::exec();
}
