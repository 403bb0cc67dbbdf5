#pragma once

#include <QByteArray>

namespace kakunin::ed25519 {

constexpr int SeedSize = 32;
constexpr int PublicKeySize = 32;
constexpr int SignatureSize = 64;

struct KeyPair {
    QByteArray seed;      // the 32-byte private key (RFC 8032 "secret key")
    QByteArray publicKey; // 32 bytes
};

// Derives the key pair from a 32-byte seed; empty publicKey when the seed is malformed.
KeyPair fromSeed(const QByteArray &seed);
// Empty result when the seed is malformed.
QByteArray sign(const QByteArray &seed, const QByteArray &message);
bool verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature);

} // namespace kakunin::ed25519
