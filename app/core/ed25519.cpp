#include "ed25519.h"

#include <openssl/evp.h>

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
    if (publicKey.size() == PublicKeySize)
        m_key = EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, bytes(publicKey), PublicKeySize);
}

Verifier::~Verifier()
{
    EVP_PKEY_free(static_cast<EVP_PKEY *>(m_key));
}

bool Verifier::verify(const QByteArray &message, const QByteArray &signature) const
{
    MdCtx ctx(EVP_MD_CTX_new());
    if (m_key == nullptr || signature.size() != SignatureSize || !ctx
        || EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, static_cast<EVP_PKEY *>(m_key)) != 1)
        return false;
    return EVP_DigestVerify(
               ctx.get(), bytes(signature), SignatureSize, bytes(message), static_cast<size_t>(message.size()))
        == 1;
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
