#include "sessiontickets.h"

#include <QMessageAuthenticationCode>

namespace kakunin::hq {

SessionTicketKeys::Key SessionTicketKeys::keyOf(qint64 period) const
{
    const QByteArray p = QByteArray::number(period);
    auto derive = [&](const char *label) {
        return QMessageAuthenticationCode::hash(QByteArray(label) + p, m_secret, QCryptographicHash::Sha256);
    };
    return {derive("kakunin-hq ticket name ").left(NameBytes), derive("kakunin-hq ticket cipher "),
        derive("kakunin-hq ticket mac ")};
}

std::optional<SessionTicketKeys::Key> SessionTicketKeys::find(const QByteArray &name, qint64 unixSeconds) const
{
    const qint64 now = period(unixSeconds);
    for (qint64 p : {now, now - 1}) {
        Key k = keyOf(p);
        if (k.name == name)
            return k;
    }
    return std::nullopt;
}

} // namespace kakunin::hq
