#include "keyvault.h"

#include <QElapsedTimer>
#include <QJsonDocument>

#include <argon2.h>
#include <openssl/evp.h>

#include <algorithm>
#include <memory>

namespace kakunin {
namespace {

const QByteArray Aad = QByteArrayLiteral("kakunin.dbkey.v1");

QByteArray deriveKek(const QString &pin, const QByteArray &salt, const KdfParams &p)
{
    const QByteArray pw = pin.toUtf8();
    QByteArray out(32, Qt::Uninitialized);
    const int rc = argon2id_hash_raw(p.timeCost, p.memoryKiB, p.lanes, pw.constData(), static_cast<size_t>(pw.size()),
        salt.constData(), static_cast<size_t>(salt.size()), out.data(), static_cast<size_t>(out.size()));
    return rc == ARGON2_OK ? out : QByteArray();
}

struct CtxFree {
    void operator()(EVP_CIPHER_CTX *c) const { EVP_CIPHER_CTX_free(c); }
};

unsigned char *u(QByteArray &b)
{
    return reinterpret_cast<unsigned char *>(b.data());
}
const unsigned char *u(const QByteArray &b)
{
    return reinterpret_cast<const unsigned char *>(b.constData());
}

} // namespace

QByteArray WrappedKey::toJson() const
{
    const QJsonObject o {
        {QStringLiteral("v"), 1},
        {QStringLiteral("kdf"), QStringLiteral("argon2id")},
        {QStringLiteral("t"), static_cast<qint64>(kdf.timeCost)},
        {QStringLiteral("m"), static_cast<qint64>(kdf.memoryKiB)},
        {QStringLiteral("p"), static_cast<qint64>(kdf.lanes)},
        {QStringLiteral("salt"), QString::fromLatin1(salt.toBase64())},
        {QStringLiteral("nonce"), QString::fromLatin1(nonce.toBase64())},
        {QStringLiteral("ct"), QString::fromLatin1(ciphertext.toBase64())},
        {QStringLiteral("tag"), QString::fromLatin1(tag.toBase64())},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<WrappedKey, StoreError> WrappedKey::fromJson(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    auto b64 = [&o](const char *k) {
        return QByteArray::fromBase64(
            o.value(QLatin1String(k)).toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    };
    WrappedKey w;
    w.kdf.timeCost = static_cast<quint32>(o.value(QStringLiteral("t")).toInteger());
    w.kdf.memoryKiB = static_cast<quint32>(o.value(QStringLiteral("m")).toInteger());
    w.kdf.lanes = static_cast<quint32>(o.value(QStringLiteral("p")).toInteger());
    w.salt = b64("salt");
    w.nonce = b64("nonce");
    w.ciphertext = b64("ct");
    w.tag = b64("tag");
    const bool sane = o.value(QStringLiteral("v")).toInteger() == 1
        && o.value(QStringLiteral("kdf")).toString() == QLatin1String("argon2id") && w.kdf.timeCost >= 1
        && w.kdf.timeCost <= 100 && w.kdf.memoryKiB >= 8 && w.kdf.memoryKiB <= 4 * 1024 * 1024 && w.kdf.lanes >= 1
        && w.kdf.lanes <= 16 && w.salt.size() >= 16 && w.nonce.size() == 12
        && w.ciphertext.size() == keyvault::DbKeySize && w.tag.size() == 16;
    if (!sane)
        return Result<WrappedKey, StoreError>::failure(StoreError::KeyDamaged);
    return w;
}

namespace keyvault {

bool pinIsAcceptable(const QString &pin)
{
    const bool allDigits = !pin.isEmpty() && std::all_of(pin.begin(), pin.end(), [](QChar c) { return c.isDigit(); });
    return allDigits ? pin.size() >= 6 : pin.size() >= 8;
}

WrappedKey wrap(
    const QByteArray &dbKey, const QString &pin, const KdfParams &kdf, const QByteArray &salt, const QByteArray &nonce)
{
    WrappedKey w {kdf, salt, nonce, QByteArray(dbKey.size(), Qt::Uninitialized), QByteArray(16, Qt::Uninitialized)};
    const QByteArray kek = deriveKek(pin, salt, kdf);
    std::unique_ptr<EVP_CIPHER_CTX, CtxFree> ctx(EVP_CIPHER_CTX_new());
    int len = 0;
    const bool ok = !kek.isEmpty() && ctx
        && EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1
        && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, static_cast<int>(nonce.size()), nullptr) == 1
        && EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, u(kek), u(nonce)) == 1
        && EVP_EncryptUpdate(ctx.get(), nullptr, &len, u(Aad), static_cast<int>(Aad.size())) == 1
        && EVP_EncryptUpdate(ctx.get(), u(w.ciphertext), &len, u(dbKey), static_cast<int>(dbKey.size())) == 1
        && EVP_EncryptFinal_ex(ctx.get(), nullptr, &len) == 1
        && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, 16, w.tag.data()) == 1;
    if (!ok)
        return {};
    return w;
}

Result<QByteArray, StoreError> unwrap(const WrappedKey &w, const QString &pin)
{
    const QByteArray kek = deriveKek(pin, w.salt, w.kdf);
    if (kek.isEmpty())
        return Result<QByteArray, StoreError>::failure(StoreError::KeyDamaged);
    std::unique_ptr<EVP_CIPHER_CTX, CtxFree> ctx(EVP_CIPHER_CTX_new());
    QByteArray key(w.ciphertext.size(), Qt::Uninitialized);
    QByteArray tag = w.tag;
    int len = 0;
    const bool ok = ctx && EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1
        && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, static_cast<int>(w.nonce.size()), nullptr) == 1
        && EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, u(kek), u(w.nonce)) == 1
        && EVP_DecryptUpdate(ctx.get(), nullptr, &len, u(Aad), static_cast<int>(Aad.size())) == 1
        && EVP_DecryptUpdate(ctx.get(), u(key), &len, u(w.ciphertext), static_cast<int>(w.ciphertext.size())) == 1
        && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, 16, tag.data()) == 1
        && EVP_DecryptFinal_ex(ctx.get(), nullptr, &len) == 1; // authentication happens here
    if (!ok)
        return Result<QByteArray, StoreError>::failure(StoreError::WrongPin);
    return key;
}

KdfParams calibrate(int targetMs)
{
    // Measure a small derivation, then scale memory (time grows about linearly with it).
    KdfParams probe {3, 16 * 1024, 1};
    const QByteArray salt(16, 's');
    QElapsedTimer t;
    t.start();
    deriveKek(QStringLiteral("calibration"), salt, probe);
    const double ms = std::max<qint64>(1, t.nsecsElapsed() / 1'000'000);
    const double scale = targetMs / ms;
    const auto mem = static_cast<quint32>(std::clamp(probe.memoryKiB * scale, 19.0 * 1024, 1024.0 * 1024));
    return KdfParams {3, mem, 1};
}

} // namespace keyvault
} // namespace kakunin
