#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace kakunin {

// Hash of "no previous event": the first event of every device chain points here.
inline const QString GenesisHash = QString(64, QLatin1Char('0'));

// What a caller asks to record; the store fills in id, seq, times, prev, hash and signature.
struct EventDraft {
    QString type; // e.g. "customer.registered" (docs/events.md)
    QString aggregate; // customer or contract id the event belongs to
    QString actor; // user id of who did it
    QJsonObject payload;
};

// An immutable, signed, hash-chained record (DESIGN.md "Records are events").
struct Event {
    QString id; // UUID v4
    QString device; // device id (UUID)
    qint64 seq = 0; // per device, gapless from 1
    qint64 at = 0; // wall-clock UTC, ms since epoch
    qint64 mono = 0; // device monotonic clock, ms since boot
    QString boot; // boot id: mono readings compare only within one boot
    QString actor;
    QString type;
    QString aggregate;
    QJsonObject payload;
    QString prev; // hash of this device's previous event (GenesisHash for seq 1)
    QString hash; // lowercase hex SHA-256 of canonicalContent()
    QByteArray signature; // Ed25519 over the 32 raw bytes of hash

    // Everything but hash and signature, the object that is hashed.
    QJsonObject content() const;
    // RFC 8785 bytes of content(); empty when the payload cannot be canonicalized.
    QByteArray canonicalContent() const;
    QString computeHash() const;

    // Wire and export form: content() plus "hash" and "sig" (base64).
    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject &o, Event *out);
};

QString sha256Hex(const QByteArray &data);

} // namespace kakunin
