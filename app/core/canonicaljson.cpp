#include "canonicaljson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <vector>

namespace kakunin::cjson {
namespace {

// JCS orders keys by their UTF-16 code units, not by locale or code point.
bool utf16Less(const QString &a, const QString &b)
{
    return std::lexicographical_compare(a.utf16(), a.utf16() + a.size(), b.utf16(), b.utf16() + b.size());
}

Error appendValue(QByteArray &out, const QJsonValue &v, int depth);

Error appendStringUtf8(QByteArray &out, const QString &s)
{
    // Validate and escape control characters, then emit UTF-8 for the rest.
    static const char hex[] = "0123456789abcdef";
    const auto *u = s.utf16();
    const qsizetype n = s.size();
    out.append('"');
    qsizetype runStart = 0;
    auto flush = [&](qsizetype end) {
        if (end > runStart)
            out.append(QStringView(u + runStart, end - runStart).toUtf8());
    };
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = u[i];
        if (QChar::isHighSurrogate(c)) {
            if (i + 1 >= n || !QChar::isLowSurrogate(u[i + 1]))
                return Error::LoneSurrogate;
            ++i; // the pair is emitted with the run
            continue;
        }
        if (QChar::isLowSurrogate(c))
            return Error::LoneSurrogate;
        const char *esc = nullptr;
        switch (c) {
        case u'"':
            esc = "\\\"";
            break;
        case u'\\':
            esc = "\\\\";
            break;
        case u'\b':
            esc = "\\b";
            break;
        case u'\t':
            esc = "\\t";
            break;
        case u'\n':
            esc = "\\n";
            break;
        case u'\f':
            esc = "\\f";
            break;
        case u'\r':
            esc = "\\r";
            break;
        default:
            break;
        }
        if (esc == nullptr && c >= 0x20)
            continue;
        flush(i);
        runStart = i + 1;
        if (esc != nullptr) {
            out.append(esc);
        } else {
            out.append("\\u00");
            out.append(hex[(c >> 4) & 0xF]);
            out.append(hex[c & 0xF]);
        }
    }
    flush(n);
    out.append('"');
    return Error::None;
}

Error appendNumber(QByteArray &out, const QJsonValue &v)
{
    const QVariant var = v.toVariant();
    qint64 n = 0;
    if (var.typeId() == QMetaType::LongLong || var.typeId() == QMetaType::Int) {
        n = var.toLongLong();
    } else {
        const double d = v.toDouble();
        if (!std::isfinite(d) || std::trunc(d) != d)
            return Error::NonIntegerNumber;
        if (std::fabs(d) > static_cast<double>(MaxSafeInteger))
            return Error::IntegerOutOfRange;
        n = static_cast<qint64>(d);
    }
    if (n > MaxSafeInteger || n < -MaxSafeInteger)
        return Error::IntegerOutOfRange;
    out.append(QByteArray::number(n));
    return Error::None;
}

Error appendObject(QByteArray &out, const QJsonObject &o, int depth)
{
    QStringList keys = o.keys();
    std::sort(keys.begin(), keys.end(), utf16Less);
    out.append('{');
    bool first = true;
    for (const QString &k : keys) {
        if (!first)
            out.append(',');
        first = false;
        if (auto e = appendStringUtf8(out, k); e != Error::None)
            return e;
        out.append(':');
        if (auto e = appendValue(out, o.value(k), depth + 1); e != Error::None)
            return e;
    }
    out.append('}');
    return Error::None;
}

Error appendValue(QByteArray &out, const QJsonValue &v, int depth)
{
    if (depth > MaxDepth)
        return Error::TooDeep;
    switch (v.type()) {
    case QJsonValue::Null:
        out.append("null");
        return Error::None;
    case QJsonValue::Bool:
        out.append(v.toBool() ? "true" : "false");
        return Error::None;
    case QJsonValue::Double:
        return appendNumber(out, v);
    case QJsonValue::String:
        return appendStringUtf8(out, v.toString());
    case QJsonValue::Array: {
        out.append('[');
        bool first = true;
        for (const QJsonValue &item : v.toArray()) {
            if (!first)
                out.append(',');
            first = false;
            if (auto e = appendValue(out, item, depth + 1); e != Error::None)
                return e;
        }
        out.append(']');
        return Error::None;
    }
    case QJsonValue::Object:
        return appendObject(out, v.toObject(), depth);
    case QJsonValue::Undefined:
        break;
    }
    return Error::NotJson;
}

} // namespace

Result<QByteArray, Error> canonicalize(const QJsonValue &value)
{
    QByteArray out;
    out.reserve(256);
    if (auto e = appendValue(out, value, 0); e != Error::None)
        return Result<QByteArray, Error>::failure(e);
    return out;
}

Result<QByteArray, Error> canonicalize(const QJsonObject &object)
{
    return canonicalize(QJsonValue(object));
}

Result<QJsonObject, Error> parseObject(const QByteArray &json)
{
    QJsonParseError pe {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return Result<QJsonObject, Error>::failure(
            pe.error == QJsonParseError::DeepNesting ? Error::TooDeep : Error::NotJson);
    QJsonObject o = doc.object();
    if (auto c = canonicalize(o); !c)
        return Result<QJsonObject, Error>::failure(c.error());
    return o;
}

const char *errorName(Error e)
{
    switch (e) {
    case Error::None:
        return "none";
    case Error::NonIntegerNumber:
        return "non_integer_number";
    case Error::IntegerOutOfRange:
        return "integer_out_of_range";
    case Error::LoneSurrogate:
        return "lone_surrogate";
    case Error::TooDeep:
        return "too_deep";
    case Error::NotJson:
        return "not_json";
    }
    return "unknown";
}

} // namespace kakunin::cjson
