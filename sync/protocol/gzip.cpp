#include "gzip.h"

#include <zlib.h>

namespace kakunin::protocol {

QByteArray gzipCompress(const QByteArray &data, int level)
{
    z_stream s {};
    // 15 window bits + 16: a gzip header and trailer rather than zlib's.
    if (deflateInit2(&s, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out;
    out.resize(static_cast<qsizetype>(deflateBound(&s, static_cast<uLong>(data.size()))) + 32);
    s.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    s.avail_in = static_cast<uInt>(data.size());
    s.next_out = reinterpret_cast<Bytef *>(out.data());
    s.avail_out = static_cast<uInt>(out.size());
    const int rc = deflate(&s, Z_FINISH);
    const auto written = static_cast<qsizetype>(s.total_out);
    deflateEnd(&s);
    if (rc != Z_STREAM_END)
        return {};
    out.truncate(written);
    return out;
}

bool gzipShrinks(const QByteArray &data)
{
    constexpr qsizetype Slice = 4096, Slices = 8;
    if (data.size() <= Slice * Slices)
        return gzipCompress(data, 1).size() * 10 <= data.size() * 9;
    QByteArray sample;
    for (qsizetype i = 0; i < Slices; ++i)
        sample += data.mid((data.size() - Slice) * i / (Slices - 1), Slice);
    return gzipCompress(sample, 1).size() * 10 <= sample.size() * 9;
}

Result<QByteArray, GzipError> gzipDecompress(const QByteArray &gz, qint64 maxOutput)
{
    using R = Result<QByteArray, GzipError>;
    z_stream s {};
    if (inflateInit2(&s, 15 + 16) != Z_OK)
        return R::failure(GzipError::Corrupt);
    s.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(gz.constData()));
    s.avail_in = static_cast<uInt>(gz.size());
    QByteArray out;
    char chunk[64 * 1024];
    int rc = Z_OK;
    while (rc != Z_STREAM_END) {
        s.next_out = reinterpret_cast<Bytef *>(chunk);
        s.avail_out = sizeof chunk;
        rc = inflate(&s, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END) {
            inflateEnd(&s);
            return R::failure(GzipError::Corrupt);
        }
        const qsizetype n = static_cast<qsizetype>(sizeof chunk - s.avail_out);
        if (out.size() + n > maxOutput) {
            inflateEnd(&s);
            return R::failure(GzipError::TooLarge);
        }
        out.append(chunk, n);
        if (rc == Z_OK && n == 0 && s.avail_in == 0) { // truncated stream
            inflateEnd(&s);
            return R::failure(GzipError::Corrupt);
        }
    }
    const bool trailing = s.avail_in != 0;
    inflateEnd(&s);
    if (trailing)
        return R::failure(GzipError::Corrupt);
    return out;
}

} // namespace kakunin::protocol
