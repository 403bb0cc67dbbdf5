// kakunin-hq: the head-office server (sync API) and its admin commands.
#include "cli.h"

#include <QFile>
#include <QGuiApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    // The console's PDF copies are drawn with Qt GUI (fonts, QPdfWriter); a server has no display, so the
    // offscreen platform unless the operator chose another.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    // One SQLite per process (DESIGN.md): plain libsqlite3 beside SQLCipher could write plaintext.
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (maps.open(QIODevice::ReadOnly) && maps.readAll().contains("libsqlite3.so")) {
        std::fputs("kakunin-hq: libsqlite3 is loaded into this process; refusing to start\n", stderr);
        return 1;
    }
    QTextStream out(stdout);
    QTextStream err(stderr);
    return kakunin::hq::runCli(app.arguments(), out, err);
}
