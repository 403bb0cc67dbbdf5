#include "qrcode.h"

#include <qrencode.h>

#include <algorithm>
#include <memory>

namespace kakunin::evidence {

namespace {

QRecLevel toLibLevel(QrErrorCorrection level)
{
    switch (level) {
    case QrErrorCorrection::Low:
        return QR_ECLEVEL_L;
    case QrErrorCorrection::Medium:
        return QR_ECLEVEL_M;
    case QrErrorCorrection::Quartile:
        return QR_ECLEVEL_Q;
    case QrErrorCorrection::High:
        return QR_ECLEVEL_H;
    }
    return QR_ECLEVEL_M;
}

struct QrFree {
    void operator()(QRcode *code) const { QRcode_free(code); }
};

} // namespace

QrMatrix QrMatrix::encode(const QByteArray &data, QrErrorCorrection level)
{
    QrMatrix m;
    if (data.isEmpty())
        return m;
    // QRcode_encodeData: 8-bit mode for every byte (no mode switching that could alter the payload).
    std::unique_ptr<QRcode, QrFree> code(QRcode_encodeData(static_cast<int>(data.size()),
        reinterpret_cast<const unsigned char *>(data.constData()), 0, toLibLevel(level)));
    if (!code || code->width <= 0)
        return m;
    m.m_size = code->width;
    m.m_modules.resize(qsizetype(code->width) * code->width);
    for (qsizetype i = 0; i < m.m_modules.size(); ++i)
        m.m_modules[i] = (code->data[i] & 1) != 0; // bit 0: dark module; the other bits are libqrencode's
    return m;
}

bool QrMatrix::dark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_size || y >= m_size)
        return false;
    return m_modules.at(qsizetype(y) * m_size + x);
}

QPainterPath QrMatrix::path(const QRectF &target) const
{
    QPainterPath p;
    p.setFillRule(Qt::WindingFill);
    if (isNull() || target.isEmpty())
        return p;
    const int total = m_size + 2 * QuietZone;
    const qreal side = std::min(target.width(), target.height());
    const qreal module = side / total;
    const QPointF origin(
        target.center().x() - side / 2 + QuietZone * module, target.center().y() - side / 2 + QuietZone * module);
    for (int y = 0; y < m_size; ++y) {
        int x = 0;
        while (x < m_size) {
            if (!dark(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < m_size && dark(x, y))
                ++x;
            p.addRect(QRectF(origin.x() + start * module, origin.y() + y * module, (x - start) * module, module));
        }
    }
    return p;
}

} // namespace kakunin::evidence
