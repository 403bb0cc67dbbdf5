#pragma once

#include <QByteArray>
#include <QString>

namespace kakunin {

// Randomness is injected so tests can make keys and ids repeatable.
class RandomSource {
public:
    virtual ~RandomSource() = default;
    virtual QByteArray bytes(int count) = 0;
    QString uuid(); // RFC 4122 version 4, lowercase
};

class SystemRandom final : public RandomSource {
public:
    QByteArray bytes(int count) override; // OpenSSL's CSPRNG
};

// Deterministic stream for tests only (SHA-256 in counter mode over a seed).
class SeededRandom final : public RandomSource {
public:
    explicit SeededRandom(QByteArray seed) : m_seed(std::move(seed)) { }
    QByteArray bytes(int count) override;

private:
    QByteArray m_seed;
    quint64 m_counter = 0;
};

SystemRandom &systemRandom();

} // namespace kakunin
