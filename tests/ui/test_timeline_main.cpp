// test_timeline: the timeline page and the signature renderings need a QGuiApplication: own main.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QGuiApplication>
#include <QQuickStyle>

int main(int argc, char *argv[])
{
    // Test discovery at build time runs without ctest's environment: offscreen unless a display is asked for.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Material"));
    return Catch::Session().run(argc, argv);
}
