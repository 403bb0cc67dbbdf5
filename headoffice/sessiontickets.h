#pragma once

#include <QByteArray>

#include <optional>

namespace kakunin::hq {

// The keys that seal TLS session tickets, shared by every kakunin-hq process on one database: a tablet that
// synced through one process resumes its TLS session on any of them (no certificate chain to send and check,
// no signature). Derived from a secret the processes share, one key per period, so they rotate without any
// process telling another; a ticket sealed in the previous period still opens.
class SessionTicketKeys {
public:
    static constexpr qint64 PeriodSeconds = 12 * 3600;
    static constexpr int NameBytes = 16;

    struct Key {
        QByteArray name; // NameBytes, sent in the ticket so the opener finds its key
        QByteArray cipherKey; // AES-256-CBC
        QByteArray macKey; // HMAC-SHA256
    };

    explicit SessionTicketKeys(QByteArray secret) : m_secret(std::move(secret)) { }

    // The key that seals new tickets at this time.
    Key current(qint64 unixSeconds) const { return keyOf(period(unixSeconds)); }
    // The key a ticket named `name` was sealed with, if it is the current or the previous period's.
    std::optional<Key> find(const QByteArray &name, qint64 unixSeconds) const;

private:
    static qint64 period(qint64 unixSeconds) { return unixSeconds / PeriodSeconds; }
    Key keyOf(qint64 period) const;
    QByteArray m_secret;
};

} // namespace kakunin::hq
