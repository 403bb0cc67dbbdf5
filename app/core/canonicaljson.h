#pragma once

#include "result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>

namespace kakunin::cjson {

// RFC 8785 (JSON Canonicalization Scheme) restricted to what our records carry:
// objects, arrays, strings, booleans, null and integers within ±(2^53 − 1).
// Floating point is refused so that every implementation agrees on the bytes.
enum class Error {
    None = 0,
    NonIntegerNumber, // 1.5, 1e400, NaN …
    IntegerOutOfRange, // |n| > 2^53 − 1
    LoneSurrogate, // a string that is not valid UTF-16
    TooDeep, // nesting beyond MaxDepth
    NotJson, // parse(): the bytes are not one JSON object
};

constexpr int MaxDepth = 64;
constexpr qint64 MaxSafeInteger = 9007199254740991LL;

Result<QByteArray, Error> canonicalize(const QJsonValue &value);
Result<QByteArray, Error> canonicalize(const QJsonObject &object);

// Parses one JSON object and checks it can be canonicalized.
Result<QJsonObject, Error> parseObject(const QByteArray &json);

const char *errorName(Error e);

} // namespace kakunin::cjson
