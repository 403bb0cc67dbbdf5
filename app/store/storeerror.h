#pragma once

namespace kakunin {

// What went wrong in the store, as a code; the UI layer turns codes into translated words.
enum class StoreError {
    None = 0,
    PinTooWeak, // fewer than 6 digits, or a passphrase shorter than 8 characters
    WrongPin, // the PIN does not unwrap the key; nothing was opened
    LockedOut, // too many wrong PINs: wait (see UnlockState::retryAfterMs)
    NotInitialized, // no store in this folder yet: set a PIN first
    AlreadyInitialized, // a store exists here; refusing to overwrite it
    KeyMissing, // the database exists but its wrapped key is gone
    KeyDamaged, // the wrapped key record cannot be read
    PlainSqliteLoaded, // cipher_version did not answer: refusing to run on plain SQLite
    NotADatabase, // the key unwrapped but the file is not our database (damaged page 1 or replaced)
    Corrupt, // a page fails its check: damaged or tampered; the file is left untouched
    NewerSchema, // made by a newer app version; update the app
    MigrationFailed, // a migration did not apply; the database is unchanged
    IoError, // the folder or a file could not be read or written
    InvalidEvent, // a draft without type, aggregate or actor
    PayloadNotCanonical, // a payload with floating point, lone surrogates or too deep
    KeyStorageFailed, // neither the keychain nor the key file could be written
    Locked, // the store is not open (locked): nothing can be read or recorded
};

const char *storeErrorName(StoreError e);

} // namespace kakunin
