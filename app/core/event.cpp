#include "event.h"

#include "canonicaljson.h"

#include <QCryptographicHash>

namespace kakunin {

QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QJsonObject Event::content() const
{
    return QJsonObject {
        {QStringLiteral("id"), id},
        {QStringLiteral("device"), device},
        {QStringLiteral("seq"), seq},
        {QStringLiteral("at"), at},
        {QStringLiteral("mono"), mono},
        {QStringLiteral("boot"), boot},
        {QStringLiteral("actor"), actor},
        {QStringLiteral("type"), type},
        {QStringLiteral("aggregate"), aggregate},
        {QStringLiteral("payload"), payload},
        {QStringLiteral("prev"), prev},
    };
}

QByteArray Event::canonicalContent() const
{
    auto c = cjson::canonicalize(content());
    return c ? c.value() : QByteArray();
}

QString Event::computeHash() const
{
    const QByteArray bytes = canonicalContent();
    return bytes.isEmpty() ? QString() : sha256Hex(bytes);
}

QJsonObject Event::toJson() const
{
    QJsonObject o = content();
    o.insert(QStringLiteral("hash"), hash);
    o.insert(QStringLiteral("sig"), QString::fromLatin1(signature.toBase64()));
    return o;
}

bool Event::fromJson(const QJsonObject &o, Event *out)
{
    static const char *const strings[] = {"id", "device", "boot", "actor", "type", "aggregate", "prev", "hash", "sig"};
    for (const char *k : strings)
        if (!o.value(QLatin1String(k)).isString())
            return false;
    for (const char *k : {"seq", "at", "mono"}) {
        const QJsonValue v = o.value(QLatin1String(k));
        if (!v.isDouble() || v.toDouble() != static_cast<double>(v.toInteger()))
            return false;
    }
    if (!o.value(QStringLiteral("payload")).isObject() || o.size() != 13)
        return false;
    Event e;
    e.id = o.value(QStringLiteral("id")).toString();
    e.device = o.value(QStringLiteral("device")).toString();
    e.seq = o.value(QStringLiteral("seq")).toInteger();
    e.at = o.value(QStringLiteral("at")).toInteger();
    e.mono = o.value(QStringLiteral("mono")).toInteger();
    e.boot = o.value(QStringLiteral("boot")).toString();
    e.actor = o.value(QStringLiteral("actor")).toString();
    e.type = o.value(QStringLiteral("type")).toString();
    e.aggregate = o.value(QStringLiteral("aggregate")).toString();
    e.payload = o.value(QStringLiteral("payload")).toObject();
    e.prev = o.value(QStringLiteral("prev")).toString();
    e.hash = o.value(QStringLiteral("hash")).toString();
    e.signature = QByteArray::fromBase64(
        o.value(QStringLiteral("sig")).toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    *out = std::move(e);
    return true;
}

} // namespace kakunin
