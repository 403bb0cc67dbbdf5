#include "transport.h"

#include <QDateTime>

namespace kakunin::syncclient {

const char *transportErrorName(TransportError e)
{
    switch (e) {
    case TransportError::None:
        return "none";
    case TransportError::Timeout:
        return "timeout";
    case TransportError::ConnectFailed:
        return "connect_failed";
    case TransportError::ConnectionLost:
        return "connection_lost";
    case TransportError::PinMismatch:
        return "pin_mismatch";
    case TransportError::TlsFailed:
        return "tls_failed";
    case TransportError::BadRequest:
        return "bad_request";
    case TransportError::Cancelled:
        return "cancelled";
    case TransportError::Other:
        return "other";
    }
    return "unknown";
}

QByteArray HttpResponse::header(const QByteArray &lowerName) const
{
    for (const auto &[name, value] : headers)
        if (name == lowerName)
            return value;
    return {};
}

std::optional<qint64> parseRetryAfter(const QByteArray &value, qint64 nowUtcMs)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return std::nullopt;
    bool isNumber = true;
    for (char c : v)
        isNumber = isNumber && c >= '0' && c <= '9';
    if (isNumber) {
        bool ok = false;
        const qint64 seconds = v.toLongLong(&ok);
        if (!ok || seconds > 365LL * 24 * 3600) // an absurd value is a broken server, not a plan
            return std::nullopt;
        return seconds * 1000;
    }
    // HTTP-date (RFC 9110 IMF-fixdate, e.g. "Sun, 06 Nov 1994 08:49:37 GMT").
    // Qt's RFC 2822 reader wants a numeric zone; HTTP dates are always GMT.
    QString text = QString::fromLatin1(v);
    if (text.endsWith(QLatin1String(" GMT")) || text.endsWith(QLatin1String(" UTC")))
        text = text.chopped(4) + QLatin1String(" +0000");
    const QDateTime at = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!at.isValid())
        return std::nullopt;
    return std::max<qint64>(0, at.toMSecsSinceEpoch() - nowUtcMs);
}

} // namespace kakunin::syncclient
