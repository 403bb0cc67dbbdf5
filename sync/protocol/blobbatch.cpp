#include "blobbatch.h"

#include <core/event.h>
#include <core/random.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace kakunin::protocol {
namespace {

constexpr char Crlf[] = "\r\n";

DecodeError malformed(qsizetype part, const QString &detail)
{
    return {ErrorCode::MalformedRequest, part < 0 ? QString() : QStringLiteral("blobs[%1]").arg(part), detail};
}

// The boundary parameter of a multipart content type, unquoted; empty when there is none.
QByteArray boundaryOf(const QByteArray &contentType)
{
    const QList<QByteArray> params = contentType.split(';');
    if (params.isEmpty() || params.first().trimmed().toLower() != "multipart/mixed")
        return {};
    for (qsizetype i = 1; i < params.size(); ++i) {
        const QByteArray p = params.at(i).trimmed();
        if (!p.toLower().startsWith("boundary="))
            continue;
        QByteArray b = p.mid(9);
        if (b.size() >= 2 && b.startsWith('"') && b.endsWith('"'))
            b = b.mid(1, b.size() - 2);
        return b.size() <= 70 ? b : QByteArray(); // RFC 2046: 1–70 characters
    }
    return {};
}

// The filename of a part's Content-Disposition header, or empty.
QByteArray filenameOf(const QByteArray &headers)
{
    for (const QByteArray &line : headers.split('\n')) {
        const QByteArray l = line.trimmed();
        if (!l.toLower().startsWith("content-disposition:"))
            continue;
        const qsizetype at = l.indexOf("filename=\"");
        if (at < 0)
            return {};
        const qsizetype from = at + 10;
        const qsizetype to = l.indexOf('"', from);
        return to < 0 ? QByteArray() : l.mid(from, to - from);
    }
    return {};
}

} // namespace

EncodedBlobBatch encodeBlobBatch(const QList<QByteArray> &blobs)
{
    QByteArray boundary;
    bool clash = true;
    while (clash) {
        boundary = "kakunin-" + systemRandom().bytes(16).toHex();
        clash = std::any_of(blobs.begin(), blobs.end(), [&](const QByteArray &b) { return b.contains(boundary); });
    }
    qsizetype size = 0;
    for (const QByteArray &b : blobs)
        size += b.size() + 200;
    EncodedBlobBatch out;
    out.contentType = "multipart/mixed; boundary=" + boundary;
    out.body.reserve(size + 64);
    for (const QByteArray &b : blobs) {
        out.body += "--" + boundary + Crlf;
        out.body += "Content-Disposition: attachment; filename=\"" + sha256Hex(b).toLatin1() + "\"" + Crlf;
        out.body += QByteArray("Content-Type: ") + header::OctetStream + Crlf + Crlf;
        out.body += b;
        out.body += Crlf;
    }
    out.body += "--" + boundary + "--" + Crlf;
    return out;
}

Decoded<QList<BlobPart>> decodeBlobBatch(const QByteArray &contentType, const QByteArray &body)
{
    using R = Decoded<QList<BlobPart>>;
    const QByteArray boundary = boundaryOf(contentType);
    if (boundary.isEmpty())
        return R::failure({ErrorCode::UnsupportedMediaType, QString(), QStringLiteral("multipart_boundary")});
    const QByteArray delimiter = "--" + boundary;
    const QByteArray between = Crlf + delimiter; // what ends a part's bytes
    if (!body.startsWith(delimiter + Crlf))
        return R::failure(malformed(-1, QStringLiteral("multipart_start")));
    QList<BlobPart> parts;
    qsizetype at = delimiter.size() + 2;
    for (;;) {
        const qsizetype index = parts.size();
        if (index >= limits::MaxBlobsPerBatch)
            return R::failure({ErrorCode::BatchTooLarge, QStringLiteral("blobs"), QString()});
        const qsizetype headersEnd = body.indexOf("\r\n\r\n", at);
        if (headersEnd < 0 || headersEnd - at > 1024)
            return R::failure(malformed(index, QStringLiteral("multipart_headers")));
        const QByteArray name = filenameOf(body.mid(at, headersEnd - at));
        if (!isSha256Hex(QString::fromLatin1(name)))
            return R::failure({ErrorCode::BlobIdInvalid, QStringLiteral("blobs[%1]").arg(index), QString()});
        const qsizetype dataFrom = headersEnd + 4;
        const qsizetype dataTo = body.indexOf(between, dataFrom);
        if (dataTo < 0)
            return R::failure(malformed(index, QStringLiteral("multipart_unterminated")));
        if (dataTo - dataFrom > limits::MaxBlobBytes)
            return R::failure({ErrorCode::BlobTooLarge, QStringLiteral("blobs[%1]").arg(index), QString()});
        parts.append(BlobPart {QString::fromLatin1(name), body.mid(dataFrom, dataTo - dataFrom)});
        at = dataTo + between.size();
        if (body.mid(at, 2) == "--") { // the closing delimiter
            const QByteArray rest = body.mid(at + 2);
            if (!rest.isEmpty() && rest != Crlf)
                return R::failure(malformed(-1, QStringLiteral("multipart_trailer")));
            return parts;
        }
        if (body.mid(at, 2) != Crlf)
            return R::failure(malformed(index, QStringLiteral("multipart_delimiter")));
        at += 2;
    }
}

QByteArray encode(const BlobBatchResponse &m)
{
    QJsonArray blobs;
    for (const BlobPutResponse &b : m.blobs)
        blobs.append(QJsonObject {{QStringLiteral("sha256"), b.sha256}, {QStringLiteral("size"), b.size},
            {QStringLiteral("created"), b.created}});
    return QJsonDocument(QJsonObject {{QStringLiteral("blobs"), blobs}}).toJson(QJsonDocument::Compact);
}

Decoded<BlobBatchResponse> decodeBlobBatchResponse(const QByteArray &json)
{
    KAKUNIN_PARSE(BlobBatchResponse, json);
    const QJsonArray blobs = r.array("blobs");
    for (qsizetype i = 0; r.ok() && i < blobs.size(); ++i) {
        if (!blobs.at(i).isObject()) {
            r.fail(ErrorCode::InvalidField, QStringLiteral("blobs[%1]").arg(i));
            break;
        }
        ObjectReader b(blobs.at(i).toObject(), QStringLiteral("blobs[%1]").arg(i));
        BlobPutResponse x;
        x.sha256 = b.string("sha256");
        x.size = b.nonNegative("size");
        x.created = b.boolean("created");
        if (!b.ok()) {
            r.fail(b.error().code, b.error().field, b.error().detail);
            break;
        }
        m.blobs.append(x);
    }
    return finish(r, m);
}

} // namespace kakunin::protocol
