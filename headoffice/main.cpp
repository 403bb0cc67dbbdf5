// kakunin-hq: the head-office server (sync API) and its admin commands.
#include "cli.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
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
