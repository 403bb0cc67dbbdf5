#pragma once

#include <QByteArray>
#include <QList>
#include <QPainterPath>
#include <QRectF>

namespace kakunin::evidence {

// Error correction of a QR symbol: the share of the symbol that may be damaged and still decode.
enum class QrErrorCorrection { Low, Medium, Quartile, High };

// A QR code as a square of dark (true) and light (false) modules, without the quiet zone.
// Built with libqrencode; independent of any painting so it can be checked module by module.
class QrMatrix {
public:
    // Quiet zone required around the symbol by ISO/IEC 18004, in modules on every side.
    static constexpr int QuietZone = 4;

    // Encodes bytes in 8-bit mode at the smallest version that fits. Null on failure (too long).
    static QrMatrix encode(const QByteArray &data, QrErrorCorrection level = QrErrorCorrection::Medium);

    bool isNull() const { return m_size == 0; }
    int size() const { return m_size; } // modules per side: 21 (version 1) … 177 (version 40)
    int version() const { return m_size == 0 ? 0 : (m_size - 17) / 4; }
    bool dark(int x, int y) const; // false outside the symbol (quiet zone included)

    // The dark modules as one path of axis-aligned rectangles (runs merged), scaled so the symbol plus
    // its quiet zone fills the largest square centred in target. Vector shapes: no raster scaling blur.
    QPainterPath path(const QRectF &target) const;

private:
    int m_size = 0;
    QList<bool> m_modules; // row-major
};

} // namespace kakunin::evidence
