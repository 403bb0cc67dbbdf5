#pragma once
// gzip for request bodies (Content-Encoding: gzip). Inflating is bounded, so a small hostile body cannot
// expand into gigabytes: past maxOutput it stops with TooLarge.

#include <core/result.h>

#include <QByteArray>

namespace kakunin::protocol {

enum class GzipError { None = 0, Corrupt, TooLarge };

QByteArray gzipCompress(const QByteArray &data, int level = 6);
Result<QByteArray, GzipError> gzipDecompress(const QByteArray &gz, qint64 maxOutput);

} // namespace kakunin::protocol
