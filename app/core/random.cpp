#include "random.h"

#include <QCryptographicHash>

#include <openssl/rand.h>

#include <stdexcept>

namespace kakunin {

QString RandomSource::uuid()
{
    QByteArray b = bytes(16);
    b[6] = static_cast<char>((b[6] & 0x0F) | 0x40);
    b[8] = static_cast<char>((b[8] & 0x3F) | 0x80);
    const QByteArray h = b.toHex();
    return QString::fromLatin1(
        h.mid(0, 8) + '-' + h.mid(8, 4) + '-' + h.mid(12, 4) + '-' + h.mid(16, 4) + '-' + h.mid(20, 12));
}

QByteArray SystemRandom::bytes(int count)
{
    QByteArray out(count, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), count) != 1)
        throw std::runtime_error("CSPRNG unavailable"); // nothing safe can continue without it
    return out;
}

QByteArray SeededRandom::bytes(int count)
{
    QByteArray out;
    while (out.size() < count) {
        QByteArray block = m_seed;
        block.append(QByteArray::number(m_counter++));
        out.append(QCryptographicHash::hash(block, QCryptographicHash::Sha256));
    }
    out.truncate(count);
    return out;
}

SystemRandom &systemRandom()
{
    static SystemRandom r;
    return r;
}

} // namespace kakunin
