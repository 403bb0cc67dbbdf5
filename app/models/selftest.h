#pragma once

#include <QTextStream>

class QQmlEngine;

namespace kakunin {

// `kakunin --self-test`: the encrypted store works end to end in a throwaway folder, no plain SQLite is
// mapped, and every QML file of the UI compiles and the main window loads. Returns the exit code.
int runSelfTest(QQmlEngine &engine, QTextStream &out);

// True when the process maps libsqlite3 beside SQLCipher (see DESIGN.md "One SQLite per process").
bool plainSqliteMapped();

} // namespace kakunin
