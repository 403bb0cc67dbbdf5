#include "transport.h"

#include <QDateTime>

#include <algorithm>
#include <map>

namespace kakunin::syncclient {

int Transport::start(const HttpRequest &request)
{
    m_ended.emplace_back(++m_tickets, send(request));
    return m_tickets;
}

HttpResponse Transport::nothingInFlight()
{
    HttpResponse none;
    none.error = TransportError::Other;
    none.detail = QStringLiteral("no exchange in flight");
    return none;
}

std::pair<int, HttpResponse> Transport::finished()
{
    if (m_ended.empty())
        return {0, nothingInFlight()};
    auto ended = std::move(m_ended.front());
    m_ended.pop_front();
    return ended;
}

void Transport::pipeline(
    int window, const std::function<Next()> &next, const std::function<bool(const HttpResponse &)> &onAnswer)
{
    std::deque<int> order; // tickets, in the order of the requests
    std::map<int, HttpResponse> ended;
    bool sending = true, handing = true;
    for (;;) {
        while (sending && order.size() < static_cast<size_t>(std::max(1, window))) {
            const Next n = next();
            if (n.request) {
                order.push_back(start(*n.request));
                continue;
            }
            sending = n.later && !order.empty(); // nothing to wait for: it would never come
            break;
        }
        if (order.empty())
            return;
        auto [ticket, response] = finished();
        if (std::find(order.begin(), order.end(), ticket) == order.end())
            ticket = order.front(); // "nothing in flight" from a transport that lost track: end the oldest
        ended.insert_or_assign(ticket, std::move(response));
        while (!order.empty() && ended.count(order.front()) > 0) {
            const HttpResponse answer = std::move(ended.at(order.front()));
            ended.erase(order.front());
            order.pop_front();
            if (handing && !onAnswer(answer))
                handing = sending = false;
        }
    }
}

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
