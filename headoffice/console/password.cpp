#include "password.h"

#include <core/random.h>

#include <argon2.h>

#include <vector>

namespace kakunin::hq::console {

namespace {
constexpr quint32 SaltBytes = 16;
constexpr quint32 HashBytes = 32;

QString prefixFor(const Argon2Params &p)
{
    return QStringLiteral("$argon2id$v=%1$m=%2,t=%3,p=%4$")
        .arg(ARGON2_VERSION_NUMBER)
        .arg(p.memoryKiB)
        .arg(p.iterations)
        .arg(p.parallelism);
}
} // namespace

QString hashPassword(const QByteArray &password, const Argon2Params &params)
{
    if (password.size() > MaxPasswordBytes)
        return QString();
    const QByteArray salt = systemRandom().bytes(SaltBytes);
    const size_t length
        = argon2_encodedlen(params.iterations, params.memoryKiB, params.parallelism, SaltBytes, HashBytes, Argon2_id);
    std::vector<char> encoded(length + 1, '\0');
    const int rc = argon2id_hash_encoded(params.iterations, params.memoryKiB, params.parallelism, password.constData(),
        static_cast<size_t>(password.size()), salt.constData(), static_cast<size_t>(salt.size()), HashBytes,
        encoded.data(), encoded.size());
    if (rc != ARGON2_OK)
        return QString();
    return QString::fromLatin1(encoded.data());
}

bool verifyPassword(const QString &encoded, const QByteArray &password)
{
    if (!encoded.startsWith(QLatin1String("$argon2id$")) || password.size() > MaxPasswordBytes)
        return false;
    const QByteArray e = encoded.toLatin1();
    return argon2id_verify(e.constData(), password.constData(), static_cast<size_t>(password.size())) == ARGON2_OK;
}

bool needsRehash(const QString &encoded, const Argon2Params &params)
{
    return !encoded.startsWith(prefixFor(params));
}

} // namespace kakunin::hq::console
