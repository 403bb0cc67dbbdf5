#include "client_fakehq.h"

#include <core/ed25519.h>
#include <core/evidence/bundle.h>
#include <protocol/blobbatch.h>
#include <protocol/hqevents.h>
#include <protocol/messages.h>

#include <QUrlQuery>

namespace kakunin::test {

using syncclient::HttpRequest;
using syncclient::HttpResponse;

HttpResponse jsonAnswer(int status, const QByteArray &body)
{
    HttpResponse r;
    r.status = status;
    r.body = body;
    r.headers.append({QByteArrayLiteral("content-type"), QByteArrayLiteral("application/json")});
    return r;
}

HttpResponse errorAnswer(const QString &code, std::optional<qint64> retryAfterMs, qint64 storedUpTo)
{
    const protocol::ErrorCode c = protocol::errorCodeFromName(code);
    protocol::ApiError e = protocol::ApiError::make(c, code);
    e.codeName = code;
    e.storedUpTo = storedUpTo;
    HttpResponse r = jsonAnswer(protocol::httpStatus(c), protocol::encodeError(e));
    r.retryAfterMs = retryAfterMs;
    return r;
}

HttpResponse lost()
{
    HttpResponse r;
    r.error = syncclient::TransportError::ConnectionLost;
    r.detail = QStringLiteral("connection reset by test");
    return r;
}

FakeHq::FakeHq()
{
    const auto keys = ed25519::fromSeed(QByteArray(32, '\x42'));
    m_seed = keys.seed;
    m_publicKey = keys.publicKey;
}

Event FakeHq::appendHqEvent(const QString &type, const QString &aggregate, const QJsonObject &payload)
{
    Event e;
    e.id = QStringLiteral("hq-%1").arg(feed.size() + 1);
    e.device = serverDevice();
    e.seq = feed.size() + 1;
    e.at = 1'767'225'600'000LL + e.seq;
    e.mono = e.seq;
    e.boot = QStringLiteral("hq-boot");
    e.actor = QStringLiteral("conf-001");
    e.type = type;
    e.aggregate = aggregate;
    e.payload = payload;
    e.prev = m_hqHead;
    protocol::sealEvent(e, m_seed);
    m_hqHead = e.hash;
    feed.append(e);
    return e;
}

HttpResponse FakeHq::send(const HttpRequest &request)
{
    if (before)
        if (auto r = before(request))
            return *r;
    log.append(request.method + ' ' + request.path.toUtf8());
    HttpResponse r = answer(request);
    if (after)
        if (auto f = after(request))
            return *f;
    return r;
}

HttpResponse FakeHq::answer(const HttpRequest &request)
{
    const QByteArray &body = request.body; // compression is the real transport's job
    const QString path = request.path.section(QLatin1Char('?'), 0, 0);
    if (path == QLatin1String(protocol::path::Enroll)) {
        const auto req = protocol::decodeEnrollRequest(body);
        if (!req)
            return errorAnswer(QStringLiteral("invalid_field"));
        if (req->code != protocol::normalizeEnrollmentCode(code))
            return errorAnswer(QStringLiteral("enrollment_code_invalid"));
        token = token + QStringLiteral("+");
        revoked = false;
        protocol::EnrollResponse a;
        a.token = token;
        a.tokenExpiresAt = tokenExpiresAt;
        a.userId = QStringLiteral("rep-001");
        a.role = QStringLiteral("sales_rep");
        a.deviceId = req->deviceId;
        a.storedUpTo = stored.isEmpty() ? 0 : stored.last().seq;
        a.headHash = stored.isEmpty() ? GenesisHash : stored.last().hash;
        a.server = {serverDevice(), m_publicKey};
        return jsonAnswer(201, protocol::encode(a));
    }
    QByteArray auth;
    for (const auto &[name, value] : request.headers)
        if (name.toLower() == "authorization")
            auth = value;
    if (auth != "Bearer " + token.toLatin1())
        return errorAnswer(QStringLiteral("token_invalid"));
    if (revoked)
        return errorAnswer(QStringLiteral("token_revoked"));
    if (path == QLatin1String(protocol::path::WipeAck)) {
        ++wipeAcks;
        protocol::DeviceStatus s;
        s.status = QStringLiteral("wipe_ordered");
        return jsonAnswer(200, protocol::encode(s));
    }
    if (wipeOrdered)
        return errorAnswer(QStringLiteral("wipe_ordered"));
    if (path == QLatin1String(protocol::path::TokenRefresh)) {
        token = token + QStringLiteral("r");
        protocol::TokenResponse t {token, tokenExpiresAt + 30LL * 24 * 3600'000};
        tokenExpiresAt = t.tokenExpiresAt;
        return jsonAnswer(200, protocol::encode(t));
    }
    if (path == QLatin1String(protocol::path::Blobs)) {
        const auto parts = protocol::decodeBlobBatch(request.contentType, body);
        if (!parts)
            return errorAnswer(QStringLiteral("malformed_request"));
        protocol::BlobBatchResponse a;
        for (const protocol::BlobPart &p : parts.value()) {
            if (sha256Hex(p.data) != p.sha256)
                return errorAnswer(QStringLiteral("blob_hash_mismatch"));
            a.blobs.append(protocol::BlobPutResponse {p.sha256, p.data.size(), !blobs.contains(p.sha256)});
            blobs.insert(p.sha256, p.data);
        }
        return jsonAnswer(200, protocol::encode(a));
    }
    if (path.startsWith(QLatin1String(protocol::path::BlobPrefix))) {
        const QString sha = path.mid(static_cast<qsizetype>(qstrlen(protocol::path::BlobPrefix)));
        if (sha256Hex(body) != sha)
            return errorAnswer(QStringLiteral("blob_hash_mismatch"));
        const bool created = !blobs.contains(sha);
        blobs.insert(sha, body);
        return jsonAnswer(created ? 201 : 200, protocol::encode(protocol::BlobPutResponse {sha, body.size(), created}));
    }
    if (path == QLatin1String(protocol::path::Events)) {
        const auto req = protocol::decodePushRequest(body);
        if (!req)
            return errorAnswer(QStringLiteral("invalid_field"));
        QList<Event> fresh;
        for (const Event &e : req->events) {
            const qint64 head = stored.size() + fresh.size();
            if (e.seq <= stored.size()) {
                if (stored.at(e.seq - 1).hash != e.hash)
                    return errorAnswer(QStringLiteral("seq_conflict"));
                ++duplicates;
                continue;
            }
            if (e.seq != head + 1)
                return errorAnswer(QStringLiteral("seq_gap"), std::nullopt, stored.size());
            for (const QString &h : citedBlobs(e))
                if (!blobs.contains(h))
                    return errorAnswer(QStringLiteral("invalid_field"));
            fresh.append(e);
        }
        stored += fresh;
        protocol::PushResponse a;
        a.storedUpTo = stored.size();
        a.headHash = stored.isEmpty() ? GenesisHash : stored.last().hash;
        a.accepted = static_cast<int>(fresh.size());
        return jsonAnswer(200, protocol::encode(a));
    }
    if (path == QLatin1String(protocol::path::Changes)) {
        const QUrlQuery q(request.path.section(QLatin1Char('?'), 1));
        const auto since = protocol::decodeCursor(q.queryItemValue(QStringLiteral("since")));
        if (!since)
            return errorAnswer(QStringLiteral("cursor_invalid"));
        const int limit
            = q.hasQueryItem(QStringLiteral("limit")) ? q.queryItemValue(QStringLiteral("limit")).toInt() : 500;
        protocol::ChangesResponse a;
        qint64 pos = *since;
        while (pos < feed.size() && a.changes.size() < limit) {
            a.changes.append({feed.at(pos), 0});
            ++pos;
        }
        if (!a.changes.isEmpty())
            a.devices.insert(serverDevice(), m_publicKey);
        a.cursor = protocol::encodeCursor(pos);
        a.more = pos < feed.size();
        return jsonAnswer(200, protocol::encode(a));
    }
    return errorAnswer(QStringLiteral("not_found"));
}

} // namespace kakunin::test
