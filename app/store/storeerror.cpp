#include "storeerror.h"

namespace kakunin {

const char *storeErrorName(StoreError e)
{
    switch (e) {
    case StoreError::None:
        return "none";
    case StoreError::PinTooWeak:
        return "pin_too_weak";
    case StoreError::WrongPin:
        return "wrong_pin";
    case StoreError::LockedOut:
        return "locked_out";
    case StoreError::NotInitialized:
        return "not_initialized";
    case StoreError::AlreadyInitialized:
        return "already_initialized";
    case StoreError::KeyMissing:
        return "key_missing";
    case StoreError::KeyDamaged:
        return "key_damaged";
    case StoreError::PlainSqliteLoaded:
        return "plain_sqlite_loaded";
    case StoreError::NotADatabase:
        return "not_a_database";
    case StoreError::Corrupt:
        return "corrupt";
    case StoreError::NewerSchema:
        return "newer_schema";
    case StoreError::MigrationFailed:
        return "migration_failed";
    case StoreError::IoError:
        return "io_error";
    case StoreError::InvalidEvent:
        return "invalid_event";
    case StoreError::PayloadNotCanonical:
        return "payload_not_canonical";
    case StoreError::KeyStorageFailed:
        return "key_storage_failed";
    case StoreError::Locked:
        return "locked";
    }
    return "unknown";
}

} // namespace kakunin
