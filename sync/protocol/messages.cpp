#include "messages.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>

namespace kakunin::protocol {
namespace {

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString b64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

QJsonObject serverJson(const ServerIdentity &s)
{
    return {{QStringLiteral("deviceId"), s.deviceId}, {QStringLiteral("publicKey"), b64(s.publicKey)}};
}

bool sameEvent(const Event &a, const Event &b)
{
    return a.toJson() == b.toJson();
}

} // namespace

QString path::changes(const QString &since, int limit)
{
    QUrlQuery q;
    if (!since.isEmpty())
        q.addQueryItem(QStringLiteral("since"), since);
    if (limit > 0)
        q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    const QString query = q.toString(QUrl::FullyEncoded);
    return QLatin1String(Changes) + (query.isEmpty() ? QString() : QLatin1Char('?') + query);
}

bool PushRequest::operator==(const PushRequest &o) const
{
    return deviceId == o.deviceId && sentAt == o.sentAt && sentMono == o.sentMono && boot == o.boot
        && std::equal(events.begin(), events.end(), o.events.begin(), o.events.end(), sameEvent);
}

bool Change::operator==(const Change &o) const
{
    return receivedAt == o.receivedAt && sameEvent(event, o.event);
}

// ---- health

QByteArray encode(const HealthResponse &m)
{
    return compact({{QStringLiteral("status"), m.status}, {QStringLiteral("apiVersion"), m.apiVersion},
        {QStringLiteral("serverTime"), m.serverTime}, {QStringLiteral("store"), m.store}});
}

Decoded<HealthResponse> decodeHealthResponse(const QByteArray &json)
{
    KAKUNIN_PARSE(HealthResponse, json);
    m.status = r.string("status");
    m.apiVersion = static_cast<int>(r.integer("apiVersion"));
    m.serverTime = r.integer("serverTime");
    m.store = r.string("store", false);
    return finish(r, m);
}

// ---- enrollment

QByteArray encode(const EnrollRequest &m)
{
    QJsonObject o {{QStringLiteral("code"), m.code}, {QStringLiteral("deviceId"), m.deviceId},
        {QStringLiteral("publicKey"), b64(m.publicKey)}};
    if (!m.deviceName.isEmpty())
        o.insert(QStringLiteral("deviceName"), m.deviceName);
    if (!m.appVersion.isEmpty())
        o.insert(QStringLiteral("appVersion"), m.appVersion);
    return compact(o);
}

Decoded<EnrollRequest> decodeEnrollRequest(const QByteArray &json)
{
    KAKUNIN_PARSE(EnrollRequest, json);
    m.code = r.nonEmptyString("code");
    m.deviceId = r.nonEmptyString("deviceId");
    m.publicKey = r.base64("publicKey", 32);
    m.deviceName = r.string("deviceName", false);
    m.appVersion = r.string("appVersion", false);
    return finish(r, m);
}

QByteArray encode(const EnrollResponse &m)
{
    return compact({{QStringLiteral("token"), m.token}, {QStringLiteral("tokenExpiresAt"), m.tokenExpiresAt},
        {QStringLiteral("userId"), m.userId}, {QStringLiteral("role"), m.role},
        {QStringLiteral("deviceId"), m.deviceId}, {QStringLiteral("storedUpTo"), m.storedUpTo},
        {QStringLiteral("headHash"), m.headHash}, {QStringLiteral("server"), serverJson(m.server)},
        {QStringLiteral("serverTime"), m.serverTime}});
}

Decoded<EnrollResponse> decodeEnrollResponse(const QByteArray &json)
{
    KAKUNIN_PARSE(EnrollResponse, json);
    m.token = r.nonEmptyString("token");
    m.tokenExpiresAt = r.nonNegative("tokenExpiresAt");
    m.userId = r.nonEmptyString("userId");
    m.role = r.nonEmptyString("role");
    m.deviceId = r.nonEmptyString("deviceId");
    m.storedUpTo = r.nonNegative("storedUpTo");
    m.headHash = r.string("headHash");
    ObjectReader s(r.object("server"), QStringLiteral("server"));
    if (r.ok()) {
        m.server.deviceId = s.nonEmptyString("deviceId");
        m.server.publicKey = s.base64("publicKey", 32);
        if (!s.ok())
            return Decoded<EnrollResponse>::failure(s.error());
    }
    m.serverTime = r.integer("serverTime");
    return finish(r, m);
}

// ---- push

QByteArray encode(const PushRequest &m)
{
    QJsonArray events;
    for (const Event &e : m.events)
        events.append(e.toJson());
    return compact({{QStringLiteral("deviceId"), m.deviceId}, {QStringLiteral("sentAt"), m.sentAt},
        {QStringLiteral("sentMono"), m.sentMono}, {QStringLiteral("boot"), m.boot},
        {QStringLiteral("events"), events}});
}

Decoded<PushRequest> decodePushRequest(const QByteArray &json)
{
    KAKUNIN_PARSE(PushRequest, json);
    m.deviceId = r.nonEmptyString("deviceId");
    m.sentAt = r.integer("sentAt");
    m.sentMono = r.integer("sentMono");
    m.boot = r.string("boot");
    const QJsonArray events = r.array("events");
    if (!r.ok())
        return Decoded<PushRequest>::failure(r.error());
    if (events.isEmpty())
        return Decoded<PushRequest>::failure(
            {ErrorCode::InvalidField, QStringLiteral("events"), QStringLiteral("empty")});
    if (events.size() > limits::MaxBatchEvents)
        return Decoded<PushRequest>::failure({ErrorCode::BatchTooLarge, QStringLiteral("events"), QString()});
    m.events.reserve(events.size());
    for (qsizetype i = 0; i < events.size(); ++i) {
        auto e = decodeEvent(events.at(i), QStringLiteral("events[%1]").arg(i));
        if (!e)
            return Decoded<PushRequest>::failure(e.error());
        m.events.append(std::move(e).value());
    }
    return m;
}

QByteArray encode(const PushResponse &m)
{
    QJsonArray refused;
    for (const RuleRefusal &x : m.refused)
        refused.append(QJsonObject {
            {QStringLiteral("seq"), x.seq}, {QStringLiteral("eventId"), x.eventId}, {QStringLiteral("code"), x.code}});
    return compact({{QStringLiteral("storedUpTo"), m.storedUpTo}, {QStringLiteral("headHash"), m.headHash},
        {QStringLiteral("accepted"), m.accepted}, {QStringLiteral("duplicates"), m.duplicates},
        {QStringLiteral("refused"), refused}, {QStringLiteral("receivedAt"), m.receivedAt},
        {QStringLiteral("clockSkewMs"), m.clockSkewMs}, {QStringLiteral("clockSkewFlagged"), m.clockSkewFlagged}});
}

Decoded<PushResponse> decodePushResponse(const QByteArray &json)
{
    KAKUNIN_PARSE(PushResponse, json);
    m.storedUpTo = r.nonNegative("storedUpTo");
    m.headHash = r.string("headHash");
    m.accepted = static_cast<int>(r.nonNegative("accepted"));
    m.duplicates = static_cast<int>(r.nonNegative("duplicates"));
    const QJsonArray refused = r.array("refused", false);
    for (qsizetype i = 0; i < refused.size() && r.ok(); ++i) {
        const QString p = QStringLiteral("refused[%1]").arg(i);
        if (!refused.at(i).isObject())
            return Decoded<PushResponse>::failure({ErrorCode::InvalidField, p, QStringLiteral("not_an_object")});
        ObjectReader x(refused.at(i).toObject(), p);
        RuleRefusal rr;
        rr.seq = x.nonNegative("seq");
        rr.eventId = x.string("eventId");
        rr.code = x.string("code");
        if (!x.ok())
            return Decoded<PushResponse>::failure(x.error());
        m.refused.append(rr);
    }
    m.receivedAt = r.integer("receivedAt");
    m.clockSkewMs = r.integer("clockSkewMs", false);
    m.clockSkewFlagged = r.boolean("clockSkewFlagged", false);
    return finish(r, m);
}

// ---- blobs

QByteArray encode(const BlobPutResponse &m)
{
    return compact({{QStringLiteral("sha256"), m.sha256}, {QStringLiteral("size"), m.size},
        {QStringLiteral("created"), m.created}});
}

Decoded<BlobPutResponse> decodeBlobPutResponse(const QByteArray &json)
{
    KAKUNIN_PARSE(BlobPutResponse, json);
    m.sha256 = r.string("sha256");
    m.size = r.nonNegative("size");
    m.created = r.boolean("created");
    return finish(r, m);
}

// ---- pull

QByteArray encode(const ChangesResponse &m)
{
    QJsonArray changes;
    for (const Change &c : m.changes)
        changes.append(
            QJsonObject {{QStringLiteral("event"), c.event.toJson()}, {QStringLiteral("receivedAt"), c.receivedAt}});
    QJsonObject devices;
    for (auto it = m.devices.constBegin(); it != m.devices.constEnd(); ++it)
        devices.insert(it.key(), b64(it.value()));
    return compact({{QStringLiteral("changes"), changes}, {QStringLiteral("devices"), devices},
        {QStringLiteral("cursor"), m.cursor}, {QStringLiteral("more"), m.more}});
}

Decoded<ChangesResponse> decodeChangesResponse(const QByteArray &json)
{
    KAKUNIN_PARSE(ChangesResponse, json);
    const QJsonArray changes = r.array("changes");
    const QJsonObject devices = r.object("devices");
    m.cursor = r.string("cursor");
    m.more = r.boolean("more");
    if (!r.ok())
        return Decoded<ChangesResponse>::failure(r.error());
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const QString p = QStringLiteral("changes[%1]").arg(i);
        if (!changes.at(i).isObject())
            return Decoded<ChangesResponse>::failure({ErrorCode::InvalidField, p, QStringLiteral("not_an_object")});
        ObjectReader c(changes.at(i).toObject(), p);
        const QJsonObject eventJson = c.object("event");
        const qint64 receivedAt = c.integer("receivedAt");
        if (!c.ok())
            return Decoded<ChangesResponse>::failure(c.error());
        auto e = decodeEvent(eventJson, p + QStringLiteral(".event"));
        if (!e)
            return Decoded<ChangesResponse>::failure(e.error());
        m.changes.append(Change {std::move(e).value(), receivedAt});
    }
    for (auto it = devices.constBegin(); it != devices.constEnd(); ++it) {
        const auto key
            = QByteArray::fromBase64Encoding(it.value().toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!it.value().isString() || !key || (*key).size() != 32)
            return Decoded<ChangesResponse>::failure(
                {ErrorCode::InvalidField, QStringLiteral("devices.") + it.key(), QStringLiteral("bad_base64")});
        m.devices.insert(it.key(), *key);
    }
    return m;
}

// ---- device

QByteArray encode(const DeviceStatus &m)
{
    return compact({{QStringLiteral("deviceId"), m.deviceId}, {QStringLiteral("userId"), m.userId},
        {QStringLiteral("role"), m.role}, {QStringLiteral("status"), m.status},
        {QStringLiteral("storedUpTo"), m.storedUpTo}, {QStringLiteral("headHash"), m.headHash},
        {QStringLiteral("tokenExpiresAt"), m.tokenExpiresAt}, {QStringLiteral("wipeOrderedAt"), m.wipeOrderedAt},
        {QStringLiteral("serverTime"), m.serverTime}});
}

Decoded<DeviceStatus> decodeDeviceStatus(const QByteArray &json)
{
    KAKUNIN_PARSE(DeviceStatus, json);
    m.deviceId = r.nonEmptyString("deviceId");
    m.userId = r.string("userId");
    m.role = r.string("role");
    m.status = r.nonEmptyString("status");
    m.storedUpTo = r.nonNegative("storedUpTo");
    m.headHash = r.string("headHash");
    m.tokenExpiresAt = r.nonNegative("tokenExpiresAt", false);
    m.wipeOrderedAt = r.nonNegative("wipeOrderedAt", false);
    m.serverTime = r.integer("serverTime", false);
    return finish(r, m);
}

QByteArray encode(const WipeAck &m)
{
    return compact({{QStringLiteral("deviceId"), m.deviceId}, {QStringLiteral("at"), m.at}});
}

Decoded<WipeAck> decodeWipeAck(const QByteArray &json)
{
    KAKUNIN_PARSE(WipeAck, json);
    m.deviceId = r.nonEmptyString("deviceId");
    m.at = r.integer("at");
    return finish(r, m);
}

QByteArray encode(const TokenResponse &m)
{
    return compact({{QStringLiteral("token"), m.token}, {QStringLiteral("tokenExpiresAt"), m.tokenExpiresAt}});
}

Decoded<TokenResponse> decodeTokenResponse(const QByteArray &json)
{
    KAKUNIN_PARSE(TokenResponse, json);
    m.token = r.nonEmptyString("token");
    m.tokenExpiresAt = r.nonNegative("tokenExpiresAt");
    return finish(r, m);
}

#undef KAKUNIN_PARSE

// ---- small formats

QString normalizeEnrollmentCode(const QString &typed)
{
    QString out;
    for (QChar c : typed) {
        if (c == QLatin1Char('-') || c.isSpace())
            continue;
        c = c.toUpper();
        if (c == QLatin1Char('O'))
            c = QLatin1Char('0');
        else if (c == QLatin1Char('I') || c == QLatin1Char('L'))
            c = QLatin1Char('1');
        // Crockford base32: digits and letters without I, L, O, U.
        const bool digit = c >= QLatin1Char('0') && c <= QLatin1Char('9');
        const bool letter = c >= QLatin1Char('A') && c <= QLatin1Char('Z') && c != QLatin1Char('U');
        if (!digit && !letter)
            return {};
        out.append(c);
    }
    return out.size() == EnrollmentCodeLength ? out : QString();
}

QString encodeCursor(qint64 position)
{
    const QByteArray raw = "kc1:" + QByteArray::number(position);
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<qint64> decodeCursor(const QString &cursor)
{
    if (cursor.isEmpty())
        return 0;
    if (cursor.size() > 64)
        return std::nullopt;
    const auto raw = QByteArray::fromBase64Encoding(cursor.toLatin1(),
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals | QByteArray::AbortOnBase64DecodingErrors);
    if (!raw || !(*raw).startsWith("kc1:"))
        return std::nullopt;
    bool ok = false;
    const qint64 position = (*raw).mid(4).toLongLong(&ok);
    if (!ok || position < 0 || QByteArray::number(position) != (*raw).mid(4))
        return std::nullopt;
    return position;
}

bool isSha256Hex(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}$"));
    return re.match(s).hasMatch();
}

} // namespace kakunin::protocol
