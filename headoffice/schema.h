#pragma once

#include "sql.h"

namespace kakunin::hq {

enum class MigrationResult { Ok, NewerSchema };

int latestSchemaVersion();
// Brings the schema up to date in one transaction under the write lock; a database from a newer
// kakunin-hq is left untouched (NewerSchema).
MigrationResult migrate(Connection &c, const Database &db);

} // namespace kakunin::hq
