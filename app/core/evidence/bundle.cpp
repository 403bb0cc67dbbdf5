#include "bundle.h"

#include "core/canonicaljson.h"
#include "core/evidence/signaturestrokes.h"
#include "core/evidence/signedcontent.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace kakunin {
namespace {

using Kind = VerificationCheck::Kind;

QString b64(const QByteArray &b)
{
    return QString::fromLatin1(b.toBase64());
}

QByteArray unb64(const QJsonValue &v, bool *ok)
{
    const auto r = QByteArray::fromBase64Encoding(v.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    *ok = r.decodingStatus == QByteArray::Base64DecodingStatus::Ok && v.isString();
    return r.decoded;
}

QJsonObject withheldJson(const Event &e)
{
    return QJsonObject {{QStringLiteral("seq"), e.seq}, {QStringLiteral("device"), e.device},
        {QStringLiteral("prev"), e.prev}, {QStringLiteral("hash"), e.hash}, {QStringLiteral("sig"), b64(e.signature)},
        {QStringLiteral("withheld"), true}};
}

} // namespace

QByteArray RecordBundle::toJson() const
{
    QJsonArray events;
    for (const Event &e : chain)
        events.append(withheld.contains(e.seq) ? withheldJson(e) : e.toJson());
    QJsonObject blobObject;
    for (auto it = blobs.cbegin(); it != blobs.cend(); ++it)
        blobObject.insert(it.key(), b64(it.value()));
    QJsonObject packObject;
    for (auto it = packs.cbegin(); it != packs.cend(); ++it)
        packObject.insert(it.key(), b64(it.value()));
    const QJsonObject o {{QStringLiteral("format"), Format}, {QStringLiteral("device"), deviceId},
        {QStringLiteral("publicKey"), b64(devicePublicKey)},
        {QStringLiteral("aggregates"), QJsonArray::fromStringList(aggregates)}, {QStringLiteral("events"), events},
        {QStringLiteral("blobs"), blobObject}, {QStringLiteral("packs"), packObject},
        {QStringLiteral("exportedAt"), exportedAt}};
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Result<RecordBundle, BundleError> parseBundle(const QByteArray &json)
{
    using R = Result<RecordBundle, BundleError>;
    QJsonParseError pe {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return R::failure(BundleError::NotJson);
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toInteger() != RecordBundle::Format)
        return R::failure(BundleError::UnsupportedFormat);
    RecordBundle b;
    bool ok = true;
    b.deviceId = o.value(QStringLiteral("device")).toString();
    b.devicePublicKey = unb64(o.value(QStringLiteral("publicKey")), &ok);
    if (!ok)
        return R::failure(BundleError::MalformedEvent);
    for (const QJsonValue &a : o.value(QStringLiteral("aggregates")).toArray())
        b.aggregates.append(a.toString());
    b.exportedAt = o.value(QStringLiteral("exportedAt")).toInteger();
    for (const QJsonValue &v : o.value(QStringLiteral("events")).toArray()) {
        const QJsonObject eo = v.toObject();
        Event e;
        if (eo.value(QStringLiteral("withheld")).toBool()) {
            e.seq = eo.value(QStringLiteral("seq")).toInteger();
            e.device = eo.value(QStringLiteral("device")).toString();
            e.prev = eo.value(QStringLiteral("prev")).toString();
            e.hash = eo.value(QStringLiteral("hash")).toString();
            e.signature = unb64(eo.value(QStringLiteral("sig")), &ok);
            if (!ok || e.seq < 1)
                return R::failure(BundleError::MalformedEvent);
            b.withheld.insert(e.seq);
        } else if (!Event::fromJson(eo, &e)) {
            return R::failure(BundleError::MalformedEvent);
        }
        b.chain.append(e);
    }
    const QJsonObject blobs = o.value(QStringLiteral("blobs")).toObject();
    for (auto it = blobs.constBegin(); it != blobs.constEnd(); ++it) {
        b.blobs.insert(it.key(), unb64(it.value(), &ok));
        if (!ok)
            return R::failure(BundleError::MalformedBlob);
    }
    const QJsonObject packs = o.value(QStringLiteral("packs")).toObject();
    for (auto it = packs.constBegin(); it != packs.constEnd(); ++it) {
        b.packs.insert(it.key(), unb64(it.value(), &ok));
        if (!ok)
            return R::failure(BundleError::MalformedBlob);
    }
    return b;
}

const char *bundleErrorName(BundleError e)
{
    switch (e) {
    case BundleError::None:
        return "none";
    case BundleError::NotJson:
        return "not_json";
    case BundleError::UnsupportedFormat:
        return "unsupported_format";
    case BundleError::MalformedEvent:
        return "malformed_event";
    case BundleError::MalformedBlob:
        return "malformed_blob";
    }
    return "unknown";
}

QStringList citedBlobs(const Event &e)
{
    QStringList out;
    for (const char *field : {"signatureHash", "pngHash", "svgHash", "sealImageHash"}) {
        const QString h = e.payload.value(QLatin1String(field)).toString();
        if (!h.isEmpty())
            out.append(h);
    }
    return out;
}

bool VerificationReport::ok() const
{
    return !checks.isEmpty() && std::all_of(checks.cbegin(), checks.cend(), [](const auto &c) { return c.ok; });
}

VerificationReport verifyBundle(const RecordBundle &bundle)
{
    VerificationReport report;
    report.events = bundle.chain.size();
    report.recordEvents = bundle.chain.size() - bundle.withheld.size();

    // 1. The chain, with every device signature.
    const ChainReport chain
        = verifyChain(bundle.chain, bundle.deviceId, bundle.devicePublicKey, 1, GenesisHash, bundle.withheld);
    report.checks.append({Kind::Chain, chain.ok() && chain.checked > 0, chain.seq, bundle.deviceId,
        QString::fromLatin1(chain.ok() ? (chain.checked > 0 ? "ok" : "empty") : chainErrorName(chain.error))});

    // 2. Every blob is what its name says.
    for (auto it = bundle.blobs.cbegin(); it != bundle.blobs.cend(); ++it) {
        const bool ok = sha256Hex(it.value()) == it.key();
        report.checks.append(
            {Kind::Blob, ok, 0, it.key(), ok ? QStringLiteral("ok") : QStringLiteral("hash_mismatch")});
    }

    // 3. Packs: each one's canonical hash is the name it is filed under.
    QMap<QString, QJsonObject> packs;
    for (auto it = bundle.packs.cbegin(); it != bundle.packs.cend(); ++it) {
        bool ok = false;
        QJsonObject pack;
        if (const auto parsed = cjson::parseObject(it.value())) {
            const auto canonical = cjson::canonicalize(parsed.value());
            ok = canonical && sha256Hex(canonical.value()) == it.key();
            pack = parsed.value();
        }
        report.checks.append(
            {Kind::Pack, ok, 0, it.key(), ok ? QStringLiteral("ok") : QStringLiteral("hash_mismatch")});
        if (ok)
            packs.insert(it.key(), pack);
    }

    // 4. The record's events: what they cite exists, and every signature covers what it claims.
    struct Session {
        QString packHash;
        QString mattersDigest, deliveryDigest;
        QStringList shownItems;
    };
    QMap<QString, Session> sessions; // by contract
    for (const Event &e : bundle.chain) {
        if (bundle.withheld.contains(e.seq))
            continue;
        for (const QString &h : citedBlobs(e))
            if (!bundle.blobs.contains(h))
                report.checks.append({Kind::BlobMissing, false, e.seq, h, QStringLiteral("blob_missing")});
        Session &s = sessions[e.aggregate];
        if (e.type == QLatin1String("matters.opened") || e.type == QLatin1String("lecture.started")) {
            const QString packHash = e.payload.value(QStringLiteral("packHash")).toString();
            if (e.type == QLatin1String("matters.opened")) {
                s.packHash = packHash;
                s.mattersDigest = packHash;
            }
            if (!bundle.packs.contains(packHash))
                report.checks.append({Kind::PackMissing, false, e.seq, packHash, QStringLiteral("pack_missing")});
        }
        if (isMattersConfirmation(e.type)) {
            s.mattersDigest = foldSignedContent(s.mattersDigest, e.hash);
            if (e.type == QLatin1String("matters.item_shown"))
                s.shownItems.append(e.payload.value(QStringLiteral("itemId")).toString());
        }
        if (e.type == QLatin1String("lecture.started"))
            s.deliveryDigest = foldSignedContent(e.payload.value(QStringLiteral("packHash")).toString(), e.hash);
        else if (isDeliveryConfirmation(e.type))
            s.deliveryDigest = foldSignedContent(s.deliveryDigest, e.hash);

        const bool matters = e.type == QLatin1String("matters.signed");
        if (!matters && e.type != QLatin1String("delivery.signed"))
            continue;
        const QString signer
            = matters ? e.payload.value(QStringLiteral("signer")).toString() : QStringLiteral("customer (delivery)");
        const QString expected = matters ? s.mattersDigest : s.deliveryDigest;
        const bool covers = e.payload.value(QStringLiteral("contentHash")).toString() == expected;
        report.checks.append({Kind::SignedContent, covers, e.seq, signer,
            covers ? QStringLiteral("ok") : QStringLiteral("content_hash_mismatch")});
        const QString strokesHash = e.payload.value(QStringLiteral("signatureHash")).toString();
        QByteArray strokes = bundle.blobs.value(strokesHash);
        if (e.payload.contains(QStringLiteral("strokes"))) {
            // Strokes carried in the event itself must be the very bytes the signature hash names.
            const QByteArray inlined
                = QByteArray::fromBase64(e.payload.value(QStringLiteral("strokes")).toString().toLatin1());
            const bool same = sha256Hex(inlined) == strokesHash;
            report.checks.append({Kind::SignatureStrokes, same, e.seq, signer,
                same ? QStringLiteral("ok") : QStringLiteral("inline_strokes_mismatch")});
            if (strokes.isEmpty())
                strokes = inlined;
        }
        const auto decoded = SignatureStrokes::decode(strokes);
        const SignatureError valid = decoded ? decoded->validate() : decoded.error();
        report.checks.append({Kind::SignatureStrokes, valid == SignatureError::None, e.seq, signer,
            QString::fromLatin1(signatureErrorName(valid))});
        if (matters && packs.contains(s.packHash)) {
            // The items shown are the pack's items in its order: nothing skipped, nothing foreign.
            QStringList packItems;
            for (const QJsonValue &m : packs.value(s.packHash).value(QStringLiteral("importantMatters")).toArray())
                packItems.append(m.toObject().value(QStringLiteral("id")).toString());
            const bool same = s.shownItems == packItems;
            report.checks.append({Kind::PackItems, same, e.seq, s.packHash,
                same ? QStringLiteral("ok") : QStringLiteral("items_differ_from_pack")});
        }
    }
    return report;
}

} // namespace kakunin
