#include "ed25519.h"

#include <openssl/evp.h>
#include <sodium.h>

#include <memory>

namespace kakunin::ed25519 {
namespace {

struct PkeyFree {
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
};
struct MdCtxFree {
    void operator()(EVP_MD_CTX *c) const { EVP_MD_CTX_free(c); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyFree>;
using MdCtx = std::unique_ptr<EVP_MD_CTX, MdCtxFree>;

const unsigned char *bytes(const QByteArray &b)
{
    return reinterpret_cast<const unsigned char *>(b.constData());
}

} // namespace

KeyPair fromSeed(const QByteArray &seed)
{
    if (seed.size() != SeedSize)
        return {};
    Pkey key(EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, bytes(seed), SeedSize));
    if (!key)
        return {};
    QByteArray pub(PublicKeySize, Qt::Uninitialized);
    size_t len = PublicKeySize;
    if (EVP_PKEY_get_raw_public_key(key.get(), reinterpret_cast<unsigned char *>(pub.data()), &len) != 1)
        return {};
    return {seed, pub};
}

Signer::Signer(const QByteArray &seed)
{
    if (seed.size() == SeedSize)
        m_key = EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, bytes(seed), SeedSize);
}

Signer::~Signer()
{
    EVP_PKEY_free(static_cast<EVP_PKEY *>(m_key));
}

QByteArray Signer::sign(const QByteArray &message) const
{
    MdCtx ctx(EVP_MD_CTX_new());
    if (m_key == nullptr || !ctx
        || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, static_cast<EVP_PKEY *>(m_key)) != 1)
        return {};
    QByteArray sig(SignatureSize, Qt::Uninitialized);
    size_t len = SignatureSize;
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(sig.data()), &len, bytes(message),
            static_cast<size_t>(message.size()))
        != 1)
        return {};
    return sig;
}

Verifier::Verifier(const QByteArray &publicKey)
{
    // sodium_init is idempotent and thread-safe; -1 only when the library cannot initialise at all.
    if (publicKey.size() == PublicKeySize && sodium_init() >= 0)
        m_key = publicKey;
}

Verifier::~Verifier() = default;

bool Verifier::verify(const QByteArray &message, const QByteArray &signature) const
{
    if (m_key.isEmpty() || signature.size() != SignatureSize)
        return false;
    return crypto_sign_verify_detached(
               bytes(signature), bytes(message), static_cast<unsigned long long>(message.size()), bytes(m_key))
        == 0;
}

QByteArray sign(const QByteArray &seed, const QByteArray &message)
{
    return Signer(seed).sign(message);
}

bool verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature)
{
    return Verifier(publicKey).verify(message, signature);
}

} // namespace kakunin::ed25519
