#pragma once
// Strict reading of wire JSON: one object, bounded nesting, integers that every implementation reads alike.
// Used by the message codecs (messages.h); exposed for the server's and the client's own small documents.

#include "errors.h"
#include "protocol.h"

#include <core/event.h>
#include <core/result.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace kakunin::protocol {

// Why a document was refused; the server answers it as an ApiError with the same code and field.
struct DecodeError {
    ErrorCode code = ErrorCode::None;
    QString field; // JSON path of the offending member, "" for the document itself
    QString detail; // a finer code where one exists (e.g. validateEvent's name)
    bool operator==(const DecodeError &) const = default;
};

template <typename T> using Decoded = Result<T, DecodeError>;

// Nesting depth of a JSON text, counted without parsing (strings are skipped), so a hostile document of a
// million brackets is refused before any parser recurses into it. Stops counting past `limit`.
int jsonDepth(const QByteArray &text, int limit);

// One JSON object: too_deep beyond maxDepth, malformed_json for anything else that is not one object.
Decoded<QJsonObject> parseJsonObject(const QByteArray &text, int maxDepth = limits::MaxJsonDepth);

// Reads members of one object, remembering the first problem with its path. Members it is not asked for are
// ignored (additive protocol changes). Integers must be finite, whole and within ±(2^53 − 1).
class ObjectReader {
public:
    ObjectReader(const QJsonObject &object, QString path = QString()) : m_o(object), m_path(std::move(path)) { }

    QString string(const char *key, bool required = true);
    QString nonEmptyString(const char *key);
    qint64 integer(const char *key, bool required = true, qint64 fallback = 0);
    qint64 nonNegative(const char *key, bool required = true, qint64 fallback = 0);
    bool boolean(const char *key, bool required = true, bool fallback = false);
    QByteArray base64(const char *key, int exactSize = -1); // required, standard base64
    QJsonObject object(const char *key, bool required = true);
    QJsonArray array(const char *key, bool required = true);

    QString pathOf(const char *key) const;
    QString pathOf(const QString &key) const;
    void fail(ErrorCode code, const QString &field, const QString &detail = QString());
    bool ok() const { return m_error.code == ErrorCode::None; }
    const DecodeError &error() const { return m_error; }

private:
    QJsonValue value(const char *key, bool required);
    QJsonObject m_o;
    QString m_path;
    DecodeError m_error;
};

// Checks one JSON number the way the protocol reads integers: NumberOutOfRange beyond ±(2^53 − 1) or not
// finite, InvalidField when it has a fraction.
ErrorCode checkInteger(const QJsonValue &v);

// One event in its wire form: exactly the 13 members of docs/canonical-json.md; numbers checked as above,
// the payload as RFC 8785 requires (integers only, at most 64 levels). The hash and signature are not
// verified here (see verifyEvent in hqevents.h).
Decoded<Event> decodeEvent(const QJsonValue &value, const QString &path);

// The document read by `r`, or the first problem it found.
template <typename T> Decoded<T> finish(const ObjectReader &r, T value)
{
    if (!r.ok())
        return Decoded<T>::failure(r.error());
    return value;
}

// Parses `json` into an ObjectReader `r` and declares the document `m` of type T (or returns the error).
#define KAKUNIN_PARSE(T, json)                                                                                         \
    auto parsed_ = parseJsonObject(json);                                                                              \
    if (!parsed_)                                                                                                      \
        return Decoded<T>::failure(parsed_.error());                                                                   \
    ObjectReader r(parsed_.value());                                                                                   \
    T m

} // namespace kakunin::protocol
