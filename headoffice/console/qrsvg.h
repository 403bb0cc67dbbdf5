#pragma once
// A QR code as an inline SVG element for the console's pages (the enrollment code a tablet scans or types),
// drawn on the server with libqrencode: no script, no image from elsewhere.

#include <QByteArray>
#include <QString>

namespace kakunin::hq::console {

// The dark modules as one <path> of unit squares (runs merged) inside a viewBox of the symbol plus its 4-module
// quiet zone; `size` CSS pixels square; `label` the accessible name (escaped). "" when the text does not fit.
QString qrSvg(const QByteArray &text, int size, const QString &label);

} // namespace kakunin::hq::console
