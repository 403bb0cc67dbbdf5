#include "wire.h"

#include <core/canonicaljson.h>

#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace kakunin::protocol {

int jsonDepth(const QByteArray &text, int limit)
{
    int depth = 0;
    int deepest = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : text) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            deepest = std::max(deepest, ++depth);
            if (deepest > limit)
                return deepest;
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return deepest;
}

Decoded<QJsonObject> parseJsonObject(const QByteArray &text, int maxDepth)
{
    using R = Decoded<QJsonObject>;
    if (jsonDepth(text, maxDepth) > maxDepth)
        return R::failure({ErrorCode::TooDeep, QString(), QString()});
    QJsonParseError pe {};
    const QJsonDocument doc = QJsonDocument::fromJson(text, &pe);
    if (pe.error == QJsonParseError::DeepNesting)
        return R::failure({ErrorCode::TooDeep, QString(), QString()});
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return R::failure({ErrorCode::MalformedJson, QString(), QString()});
    return doc.object();
}

ErrorCode checkInteger(const QJsonValue &v)
{
    if (!v.isDouble())
        return ErrorCode::InvalidField;
    const double d = v.toDouble();
    if (!std::isfinite(d) || std::fabs(d) > static_cast<double>(cjson::MaxSafeInteger))
        return ErrorCode::NumberOutOfRange;
    if (d != std::floor(d))
        return ErrorCode::InvalidField;
    return ErrorCode::None;
}

QString ObjectReader::pathOf(const char *key) const
{
    return pathOf(QLatin1String(key));
}

QString ObjectReader::pathOf(const QString &key) const
{
    return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
}

void ObjectReader::fail(ErrorCode code, const QString &field, const QString &detail)
{
    if (m_error.code == ErrorCode::None)
        m_error = DecodeError {code, field, detail};
}

QJsonValue ObjectReader::value(const char *key, bool required)
{
    const QJsonValue v = m_o.value(QLatin1String(key));
    if (v.isUndefined() && required)
        fail(ErrorCode::InvalidField, pathOf(key), QStringLiteral("missing"));
    return v;
}

QString ObjectReader::string(const char *key, bool required)
{
    const QJsonValue v = value(key, required);
    if (v.isUndefined())
        return {};
    if (!v.isString()) {
        fail(ErrorCode::InvalidField, pathOf(key), QStringLiteral("not_a_string"));
        return {};
    }
    return v.toString();
}

QString ObjectReader::nonEmptyString(const char *key)
{
    const QString s = string(key, true);
    if (ok() && s.isEmpty())
        fail(ErrorCode::InvalidField, pathOf(key), QStringLiteral("empty"));
    return s;
}

qint64 ObjectReader::integer(const char *key, bool required, qint64 fallback)
{
    const QJsonValue v = value(key, required);
    if (v.isUndefined())
        return fallback;
    if (const ErrorCode c = checkInteger(v); c != ErrorCode::None) {
        fail(c, pathOf(key), c == ErrorCode::InvalidField ? QStringLiteral("not_an_integer") : QString());
        return fallback;
    }
    return static_cast<qint64>(v.toDouble());
}

qint64 ObjectReader::nonNegative(const char *key, bool required, qint64 fallback)
{
    const qint64 n = integer(key, required, fallback);
    if (n < 0) {
        fail(ErrorCode::InvalidField, pathOf(key), QStringLiteral("negative"));
        return fallback;
    }
    return n;
}

bool ObjectReader::boolean(const char *key, bool required, bool fallback)
{
    const QJsonValue v = value(key, required);
    if (v.isUndefined())
        return fallback;
    if (!v.isBool()) {
        fail(ErrorCode::InvalidField, pathOf(key), QStringLiteral("not_a_boolean"));
        return fallback;
    }
    return v.toBool();
}

QByteArray ObjectReader::base64(const char *key, int exactSize)
{
    const QString s = string(key, true);
    if (!ok())
        return {};
    auto decoded = QByteArray::fromBase64Encoding(s.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || (exactSize >= 0 && (*decoded).size() != exactSize)) {
        fail(ErrorCode::InvalidField, pathOf(key), QStringLiteral("bad_base64"));
        return {};
    }
    return *decoded;
}

QJsonObject ObjectReader::object(const char *key, bool required)
{
    const QJsonValue v = value(key, required);
    if (v.isUndefined())
        return {};
    if (!v.isObject()) {
        fail(ErrorCode::InvalidField, pathOf(key), QStringLiteral("not_an_object"));
        return {};
    }
    return v.toObject();
}

QJsonArray ObjectReader::array(const char *key, bool required)
{
    const QJsonValue v = value(key, required);
    if (v.isUndefined())
        return {};
    if (!v.isArray()) {
        fail(ErrorCode::InvalidField, pathOf(key), QStringLiteral("not_an_array"));
        return {};
    }
    return v.toArray();
}

Decoded<Event> decodeEvent(const QJsonValue &value, const QString &path)
{
    using R = Decoded<Event>;
    if (!value.isObject())
        return R::failure({ErrorCode::InvalidField, path, QStringLiteral("not_an_object")});
    const QJsonObject o = value.toObject();
    ObjectReader r(o, path);
    for (const char *key : {"id", "device", "boot", "actor", "type", "aggregate", "prev", "hash", "sig"})
        r.string(key);
    for (const char *key : {"seq", "at", "mono"})
        r.integer(key);
    const QJsonObject payload = r.object("payload");
    if (!r.ok())
        return R::failure(r.error());
    static const QJsonObject members = Event().toJson();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        if (!members.contains(it.key()))
            return R::failure({ErrorCode::InvalidField, r.pathOf(it.key()), QStringLiteral("unknown_member")});
    if (const auto c = cjson::canonicalize(payload); !c) {
        const QString field = r.pathOf("payload");
        const QString detail = QLatin1String(cjson::errorName(c.error()));
        switch (c.error()) {
        case cjson::Error::IntegerOutOfRange:
            return R::failure({ErrorCode::NumberOutOfRange, field, detail});
        case cjson::Error::TooDeep:
            return R::failure({ErrorCode::TooDeep, field, detail});
        default:
            return R::failure({ErrorCode::InvalidField, field, detail});
        }
    }
    Event e;
    if (!Event::fromJson(o, &e))
        return R::failure({ErrorCode::InvalidField, path, QStringLiteral("not_an_event")});
    return e;
}

} // namespace kakunin::protocol
