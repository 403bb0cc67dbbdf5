#pragma once
// gzip for request bodies (Content-Encoding: gzip). Inflating is bounded, so a small hostile body cannot
// expand into gigabytes: past maxOutput it stops with TooLarge.

#include <core/result.h>

#include <QByteArray>

namespace kakunin::protocol {

enum class GzipError { None = 0, Corrupt, TooLarge };

QByteArray gzipCompress(const QByteArray &data, int level = 6);
// Whether gzip would shrink `data` by a tenth or more, judged from a few slices of it (PNG renderings do not
// shrink, signature strokes do): compressing what does not shrink costs the tablet time and battery for nothing.
bool gzipShrinks(const QByteArray &data);
Result<QByteArray, GzipError> gzipDecompress(const QByteArray &gz, qint64 maxOutput);

} // namespace kakunin::protocol
