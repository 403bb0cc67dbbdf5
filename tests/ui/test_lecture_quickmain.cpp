// Qt Quick Test runner for the delivery lecture components: the app's static QML modules, served from qrc:/.
#include <QQmlEngine>
#include <QtPlugin>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>

Q_IMPORT_QML_PLUGIN(Kakunin_AppPlugin)
Q_IMPORT_QML_PLUGIN(Kakunin_UiPlugin)

class Setup : public QObject {
    Q_OBJECT

public slots:
    void qmlEngineAvailable(QQmlEngine *engine) { engine->addImportPath(QStringLiteral("qrc:/")); }
};

QUICK_TEST_MAIN_WITH_SETUP(lecture, Setup)

#include "test_lecture_quickmain.moc"
