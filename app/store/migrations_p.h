#pragma once

#include "storeerror.h"

#include <sqlite3.h>

namespace kakunin::store {

// The schema version this build writes; a file with a higher PRAGMA user_version refuses to open.
int latestSchemaVersion();
// Applies every missing migration, each in its own transaction.
StoreError migrate(sqlite3 *db);
int schemaVersion(sqlite3 *db);

} // namespace kakunin::store
