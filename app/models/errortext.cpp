#include "errortext.h"

#include <QCoreApplication>

namespace kakunin {

QString errorText(StoreError error)
{
    switch (error) {
    case StoreError::None:
        return {};
    case StoreError::PinTooWeak:
        return QCoreApplication::translate(
            "ErrorText", "Use at least 6 digits, or a passphrase of at least 8 characters.");
    case StoreError::WrongPin:
        return QCoreApplication::translate("ErrorText", "That PIN is not correct.");
    case StoreError::LockedOut:
        return QCoreApplication::translate("ErrorText", "Too many wrong PINs. Please wait before trying again.");
    case StoreError::NotInitialized:
        return QCoreApplication::translate("ErrorText", "This tablet has no data yet. Set a PIN to start.");
    case StoreError::AlreadyInitialized:
        return QCoreApplication::translate("ErrorText", "This tablet is already set up. Enter your PIN.");
    case StoreError::KeyMissing:
        return QCoreApplication::translate(
            "ErrorText", "The key for this tablet's data is missing. Contact head office; do not reset the tablet.");
    case StoreError::KeyDamaged:
        return QCoreApplication::translate(
            "ErrorText", "The key for this tablet's data is damaged. Contact head office; do not reset the tablet.");
    case StoreError::PlainSqliteLoaded:
        return QCoreApplication::translate(
            "ErrorText", "The app was started without its encryption library and refuses to run. Reinstall the app.");
    case StoreError::NotADatabase:
    case StoreError::Corrupt:
        return QCoreApplication::translate("ErrorText",
            "The data on this tablet is damaged or was altered. Nothing was changed. Contact head office.");
    case StoreError::NewerSchema:
        return QCoreApplication::translate(
            "ErrorText", "This data was written by a newer version of the app. Update the app.");
    case StoreError::MigrationFailed:
        return QCoreApplication::translate(
            "ErrorText", "The data could not be upgraded. Nothing was changed. Contact head office.");
    case StoreError::IoError:
        return QCoreApplication::translate("ErrorText", "The tablet's storage could not be read or written.");
    case StoreError::InvalidEvent:
    case StoreError::PayloadNotCanonical:
        return QCoreApplication::translate("ErrorText", "This record is incomplete and was not saved.");
    case StoreError::KeyStorageFailed:
        return QCoreApplication::translate(
            "ErrorText", "The key could not be saved on this tablet. Nothing was set up.");
    case StoreError::Locked:
        return QCoreApplication::translate("ErrorText", "The tablet is locked. Unlock it and try again.");
    }
    return QCoreApplication::translate("ErrorText", "Unexpected error.");
}

QString signatureErrorText(SignatureError error)
{
    switch (error) {
    case SignatureError::None:
        return {};
    case SignatureError::Empty:
        return QCoreApplication::translate("ErrorText", "Please sign in the box first.");
    case SignatureError::TooSmall:
        return QCoreApplication::translate(
            "ErrorText", "This signature is too small. Please sign with your full name.");
    case SignatureError::TimeNotMonotonic:
    case SignatureError::OutOfBounds:
    case SignatureError::Malformed:
        return QCoreApplication::translate(
            "ErrorText", "The signature could not be read. Please clear it and sign again.");
    }
    return QCoreApplication::translate("ErrorText", "Unexpected error.");
}

} // namespace kakunin
