#include "retrypolicy.h"

#include <core/random.h>
#include <protocol/errors.h>

#include <QtEndian>

#include <algorithm>

namespace kakunin::syncclient {

bool RetryPolicy::isTransientStatus(int httpStatus)
{
    return protocol::isTransientStatus(httpStatus); // 408, 429, 5xx: one list for both ends
}

bool RetryPolicy::isTransient(TransportError error)
{
    switch (error) {
    case TransportError::Timeout:
    case TransportError::ConnectFailed:
    case TransportError::ConnectionLost:
        return true;
    case TransportError::None:
    case TransportError::PinMismatch:
    case TransportError::TlsFailed:
    case TransportError::BadRequest:
    case TransportError::Cancelled:
    case TransportError::Other:
        return false;
    }
    return false;
}

bool RetryPolicy::isTransient(const HttpResponse &response)
{
    if (response.error != TransportError::None)
        return isTransient(response.error);
    return isTransientStatus(response.status);
}

qint64 RetryPolicy::ceilingMs(int failures) const
{
    const int doublings = std::clamp(failures - 1, 0, 40);
    qint64 c = std::max<qint64>(baseMs, 1);
    for (int i = 0; i < doublings && c < capMs; ++i)
        c *= 2;
    return std::min(c, capMs);
}

qint64 RetryPolicy::delayMs(int failures, RandomSource &random, std::optional<qint64> retryAfterMs) const
{
    const qint64 ceiling = ceilingMs(failures);
    const QByteArray b = random.bytes(8);
    const quint64 r = b.size() == 8 ? qFromBigEndian<quint64>(b.constData()) : 0;
    const qint64 jittered = static_cast<qint64>(r % static_cast<quint64>(ceiling + 1));
    if (!retryAfterMs)
        return jittered;
    return std::max(jittered, std::clamp<qint64>(*retryAfterMs, 0, maxRetryAfterMs));
}

} // namespace kakunin::syncclient
