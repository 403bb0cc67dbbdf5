#include "qrsvg.h"

#include "html.h"

#include <qrencode.h>

#include <memory>

namespace kakunin::hq::console {

QString qrSvg(const QByteArray &text, int size, const QString &label)
{
    struct Free {
        void operator()(QRcode *c) const { QRcode_free(c); }
    };
    // 8-bit mode for every byte, error correction M, the smallest version that fits.
    std::unique_ptr<QRcode, Free> code(QRcode_encodeData(
        static_cast<int>(text.size()), reinterpret_cast<const unsigned char *>(text.constData()), 0, QR_ECLEVEL_M));
    if (!code || code->width <= 0)
        return QString();
    const int n = code->width;
    constexpr int Quiet = 4;
    QString path;
    for (int y = 0; y < n; ++y) {
        for (int x = 0; x < n;) {
            if (!(code->data[y * n + x] & 1)) {
                ++x;
                continue;
            }
            int run = 1;
            while (x + run < n && (code->data[y * n + x + run] & 1))
                ++run;
            path += QStringLiteral("M%1 %2h%3v1h-%3z").arg(x + Quiet).arg(y + Quiet).arg(run);
            x += run;
        }
    }
    const int box = n + 2 * Quiet;
    return QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr\" width=\"%1\" height=\"%1\" "
                          "viewBox=\"0 0 %2 %2\" shape-rendering=\"crispEdges\" role=\"img\" aria-label=\"%3\">"
                          "<title>%3</title><rect width=\"%2\" height=\"%2\" fill=\"#fff\"/>"
                          "<path fill=\"#000\" d=\"%4\"/></svg>")
        .arg(size)
        .arg(box)
        .arg(esc(label), path);
}

} // namespace kakunin::hq::console
