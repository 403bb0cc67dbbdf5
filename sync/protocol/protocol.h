#pragma once
// The sync API between tablet and head office (docs/sync-protocol.md): version, paths, headers and limits.
// Both ends include this one header, so a path or a limit can never differ between them.

#include <QString>
#include <QtGlobal>

namespace kakunin::protocol {

// The major version is part of every path (/v1/...). Changes inside a version are additive only:
// new members, new endpoints, new error codes. Decoders ignore members they do not know.
inline constexpr int ApiVersion = 1;

namespace path {
inline constexpr char Health[] = "/v1/health"; // GET, no auth
inline constexpr char Enroll[] = "/v1/enroll"; // POST EnrollRequest → EnrollResponse, no auth (one-time code)
inline constexpr char Events[] = "/v1/events"; // POST PushRequest → PushResponse
inline constexpr char BlobPrefix[] = "/v1/blobs/"; // PUT /v1/blobs/{sha256} raw bytes → BlobPutResponse
inline constexpr char Blobs[] = "/v1/blobs"; // POST multipart/mixed, many blobs → BlobBatchResponse
inline constexpr char Changes[] = "/v1/changes"; // GET ?since=cursor&limit=n → ChangesResponse
inline constexpr char Device[] = "/v1/device"; // GET → DeviceStatus
inline constexpr char WipeAck[] = "/v1/device/wipe-ack"; // POST WipeAck → DeviceStatus
inline constexpr char TokenRefresh[] = "/v1/token/refresh"; // POST {} → TokenResponse

inline QString blob(const QString &sha256)
{
    return QLatin1String(BlobPrefix) + sha256;
}
// since may be empty (from the beginning); limit 0 leaves the server's default.
QString changes(const QString &since, int limit = 0);
} // namespace path

namespace header {
inline constexpr char Authorization[] = "Authorization"; // "Bearer <token>"
inline constexpr char ContentType[] = "Content-Type";
inline constexpr char ContentEncoding[] = "Content-Encoding";
inline constexpr char RetryAfter[] = "Retry-After"; // seconds, on 429 and 503
inline constexpr char Json[] = "application/json";
inline constexpr char OctetStream[] = "application/octet-stream";
inline constexpr char Gzip[] = "gzip";
inline constexpr char BearerPrefix[] = "Bearer ";
} // namespace header

// Every limit is enforced by the server and answered with its own error code (errors.h). Clients size their
// batches to stay under them.
namespace limits {
inline constexpr qint64 MaxBodyBytes = 8 * 1024 * 1024; // any request body, after gzip is undone: body_too_large
inline constexpr int MaxBatchEvents = 500; // events in one push: batch_too_large
inline constexpr qint64 MaxBlobBytes = 4 * 1024 * 1024; // one blob: blob_too_large
inline constexpr int MaxBlobsPerBatch = 100; // blobs in one POST /v1/blobs: batch_too_large
inline constexpr int DefaultPullLimit = 500; // changes per page when the request names no limit
inline constexpr int MaxPullLimit = 1000; // a larger limit is lowered to this
inline constexpr int MaxHeaderCount = 64; // headers_too_large
inline constexpr qint64 MaxHeaderBytes = 16 * 1024; // names and values together: headers_too_large
inline constexpr int MaxUriLength = 2048; // uri_too_long
inline constexpr int MaxJsonDepth = 80; // nesting of a request document (event payloads: 64): too_deep
inline constexpr int ReadTimeoutSeconds = 20; // a request must arrive within this: request_timeout
inline constexpr int WriteTimeoutSeconds = 20;
inline constexpr int KeepAliveSeconds = 5;
} // namespace limits

} // namespace kakunin::protocol
