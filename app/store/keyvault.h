#pragma once

#include "storeerror.h"

#include <core/result.h>

#include <QByteArray>
#include <QJsonObject>

namespace kakunin {

// Argon2id cost, stored beside the wrapped key so it can be raised later without re-encrypting data.
struct KdfParams {
    quint32 timeCost = 3;
    quint32 memoryKiB = 65536;
    quint32 lanes = 1;
    bool operator==(const KdfParams &) const = default;
};

// The database key wrapped with AES-256-GCM under Argon2id(PIN, salt).
struct WrappedKey {
    KdfParams kdf;
    QByteArray salt; // 16 bytes
    QByteArray nonce; // 12 bytes
    QByteArray ciphertext;
    QByteArray tag; // 16 bytes

    QByteArray toJson() const;
    static Result<WrappedKey, StoreError> fromJson(const QByteArray &json);
};

namespace keyvault {

constexpr int DbKeySize = 32;

bool pinIsAcceptable(const QString &pin); // ≥ 6 digits, or a passphrase of ≥ 8 characters
WrappedKey wrap(
    const QByteArray &dbKey, const QString &pin, const KdfParams &kdf, const QByteArray &salt, const QByteArray &nonce);
// WrongPin when authentication fails: the PIN is wrong or the record was altered.
Result<QByteArray, StoreError> unwrap(const WrappedKey &wrapped, const QString &pin);
// Picks a memory cost so that one derivation takes about targetMs on this machine.
KdfParams calibrate(int targetMs);

} // namespace keyvault
} // namespace kakunin
