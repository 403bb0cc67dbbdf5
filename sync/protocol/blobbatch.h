#pragma once
// POST /v1/blobs: several content-addressed blobs in one request (docs/sync-protocol.md), so a tablet with a
// hundred signatures to send pays one round trip instead of a hundred. The body is multipart/mixed: one
// part per blob, named by the SHA-256 of its bytes in the part's filename:
//
//   --<boundary>\r\n
//   Content-Disposition: attachment; filename="<sha256>"\r\n
//   Content-Type: application/octet-stream\r\n
//   \r\n
//   <bytes>\r\n
//   --<boundary>--\r\n
//
// The answer (BlobBatchResponse) lists every blob in request order with whether it was new.

#include "messages.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace kakunin::protocol {

struct BlobPart {
    QString sha256; // as named by the sender; the server checks it against the bytes
    QByteArray data;
    bool operator==(const BlobPart &) const = default;
};

struct EncodedBlobBatch {
    QByteArray contentType; // multipart/mixed; boundary=...
    QByteArray body;
};

// Names each blob by its SHA-256. The boundary is random and never occurs inside a blob.
EncodedBlobBatch encodeBlobBatch(const QList<QByteArray> &blobs);

// Strict: the boundary from the content type, every part with a filename of 64 lowercase hex digits, nothing
// after the closing delimiter but CRLF. At most limits::MaxBlobsPerBatch parts (batch_too_large), each at most
// limits::MaxBlobBytes (blob_too_large); anything else malformed is malformed_request with the part's index.
Decoded<QList<BlobPart>> decodeBlobBatch(const QByteArray &contentType, const QByteArray &body);

struct BlobBatchResponse {
    QList<BlobPutResponse> blobs; // in request order
    bool operator==(const BlobBatchResponse &) const = default;
};

QByteArray encode(const BlobBatchResponse &m);
Decoded<BlobBatchResponse> decodeBlobBatchResponse(const QByteArray &json);

} // namespace kakunin::protocol
