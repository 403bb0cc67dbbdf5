#include "hqevents.h"

#include "messages.h"

#include <core/canonicaljson.h>
#include <core/content/contentpackloader.h>
#include <core/ed25519.h>

namespace kakunin::protocol {
namespace {

QString snakeCase(const char *camel)
{
    QString out;
    for (const char *p = camel; *p != '\0'; ++p) {
        const QChar c = QLatin1Char(*p);
        if (c.isUpper()) {
            if (!out.isEmpty())
                out.append(QLatin1Char('_'));
            out.append(c.toLower());
        } else {
            out.append(c);
        }
    }
    return out;
}

bool nonEmptyString(const QJsonObject &p, const char *key)
{
    const QJsonValue v = p.value(QLatin1String(key));
    return v.isString() && !v.toString().trimmed().isEmpty();
}

// Each listed member must be a non-empty string, and no other member may be there besides `extra`.
EventError checkStrings(const QJsonObject &p, std::initializer_list<const char *> keys, QString *badField,
    std::initializer_list<const char *> extra = {})
{
    for (const char *k : keys) {
        if (!p.contains(QLatin1String(k))) {
            if (badField)
                *badField = QLatin1String(k);
            return EventError::MissingField;
        }
        if (!nonEmptyString(p, k)) {
            if (badField)
                *badField = QLatin1String(k);
            return p.value(QLatin1String(k)).isString() ? EventError::EmptyString : EventError::WrongType;
        }
    }
    for (auto it = p.constBegin(); it != p.constEnd(); ++it) {
        bool known = false;
        for (const char *k : keys)
            known |= it.key() == QLatin1String(k);
        for (const char *k : extra)
            known |= it.key() == QLatin1String(k);
        if (!known) {
            if (badField)
                *badField = it.key();
            return EventError::UnknownField;
        }
    }
    return EventError::None;
}

} // namespace

QString assignmentAggregate(const QString &contractId)
{
    return QStringLiteral("assignment:") + contractId;
}

QString contentAggregate(const QString &packId)
{
    return QStringLiteral("content:") + packId;
}

bool isControlEvent(const QString &type)
{
    return type == ControlType::AssignmentRecorded || type == ControlType::ContentPublished;
}

bool isBroadcastEvent(const QString &type)
{
    return type == EventType::PolicyUpdated || type == ControlType::ContentPublished;
}

EventError validateControlEvent(const Event &event, Role emitter, QString *badField)
{
    if (!isControlEvent(event.type))
        return EventError::UnknownType;
    if (event.actor.trimmed().isEmpty())
        return EventError::EmptyActor;
    const QJsonObject &p = event.payload;
    EventError e = EventError::None;
    if (event.type == ControlType::AssignmentRecorded) {
        e = checkStrings(p, {"contractId", "customerId", "installer"}, badField);
        if (e == EventError::None
            && event.aggregate != assignmentAggregate(p.value(QStringLiteral("contractId")).toString()))
            e = EventError::EmptyAggregate;
    } else {
        e = checkStrings(p, {"packId", "version", "packHash"}, badField, {"pack"});
        if (e == EventError::None && !isSha256Hex(p.value(QStringLiteral("packHash")).toString())) {
            if (badField)
                *badField = QStringLiteral("packHash");
            e = EventError::BadHash;
        }
        if (e == EventError::None) {
            const QJsonValue pack = p.value(QStringLiteral("pack"));
            const auto bytes
                = pack.isObject() ? cjson::canonicalize(pack.toObject()) : cjson::canonicalize(QJsonValue());
            if (!pack.isObject() || !bytes || sha256Hex(bytes.value()) != p.value(QStringLiteral("packHash")).toString()
                || !parseContentPack(bytes.value(), event.aggregate)) {
                if (badField)
                    *badField = QStringLiteral("pack");
                e = pack.isObject() ? EventError::BadHash : EventError::MissingField;
            }
        }
        if (e == EventError::None && event.aggregate != contentAggregate(p.value(QStringLiteral("packId")).toString()))
            e = EventError::EmptyAggregate;
    }
    if (e != EventError::None)
        return e;
    return emitter == Role::HeadOffice ? EventError::None : EventError::RoleNotAllowed;
}

ChainError checkEvent(const Event &event, const QByteArray &publicKey)
{
    if (event.computeHash() != event.hash)
        return ChainError::ContentChanged;
    if (!ed25519::verify(publicKey, QByteArray::fromHex(event.hash.toLatin1()), event.signature))
        return ChainError::SignatureInvalid;
    return ChainError::None;
}

bool sealEvent(Event &event, const QByteArray &seed)
{
    event.hash = event.computeHash();
    if (event.hash.isEmpty())
        return false;
    event.signature = ed25519::sign(seed, QByteArray::fromHex(event.hash.toLatin1()));
    return !event.signature.isEmpty();
}

QString lifecycleCode(LifecycleError e)
{
    return snakeCase(lifecycleErrorName(e));
}

QString eventErrorCode(EventError e)
{
    return snakeCase(eventErrorName(e));
}

} // namespace kakunin::protocol
