#pragma once

#include <QStringList>
#include <QTextStream>

namespace kakunin::hq {

// kakunin-hq's command line: `serve` and `admin <command>` (docs/headoffice.md). Returns the exit code.
int runCli(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace kakunin::hq
