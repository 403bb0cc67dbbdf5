// The main of the test binaries that draw PDFs (QPdfWriter and fonts need a QGuiApplication): test_pdf,
// test_lecture and test_console_copies_*.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QGuiApplication>

int main(int argc, char *argv[])
{
    // No display on a test machine: the offscreen platform unless the caller chose another.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
