// test_walkthrough: the customer's PDF copy and the page need a QGuiApplication, so this binary has its own main.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QGuiApplication>
#include <QQuickStyle>

int main(int argc, char *argv[])
{
    // ctest sets nothing for discovery at build time: offscreen always, unless a display is asked for.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Material"));
    return Catch::Session().run(argc, argv);
}
