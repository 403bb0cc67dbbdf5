#pragma once
// Console passwords: Argon2id (libargon2) in the PHC string encoding, which carries the salt and the cost
// parameters, so hashes made under older parameters still verify (and are re-hashed at the next sign-in).

#include <QByteArray>
#include <QString>
#include <QtGlobal>

namespace kakunin::hq::console {

struct Argon2Params {
    quint32 memoryKiB = 19 * 1024;
    quint32 iterations = 2;
    quint32 parallelism = 1;
};

constexpr int MinPasswordLength = 12; // characters
constexpr int MaxPasswordBytes = 1024; // UTF-8; longer is refused before hashing (hashing cost)

// "$argon2id$v=19$m=…,t=…,p=…$salt$hash" with a random 16-byte salt and a 32-byte hash; empty on failure.
QString hashPassword(const QByteArray &password, const Argon2Params &params);
// True when `encoded` is an Argon2id hash of `password`. Constant time in the hash comparison (libargon2).
bool verifyPassword(const QString &encoded, const QByteArray &password);
// True when `encoded` was made with other parameters than `params` (or is no Argon2id hash at all).
bool needsRehash(const QString &encoded, const Argon2Params &params);

} // namespace kakunin::hq::console
