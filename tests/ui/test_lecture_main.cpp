// test_lecture: the customer's copy needs QPdfWriter and fonts, so this binary runs a QGuiApplication.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QGuiApplication>

int main(int argc, char *argv[])
{
    // ctest sets QT_QPA_PLATFORM=offscreen; test discovery at build time runs without it.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
