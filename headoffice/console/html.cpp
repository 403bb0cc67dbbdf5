#include "html.h"
#include "signaturesvg.h"

#include <QDateTime>
#include <QTimeZone>
#include <QUrl>

namespace kakunin::hq::console {

QString esc(const QString &text)
{
    return escapeXml(text); // the same rules as the SVG pictures: & < > " ' and no control characters
}

QString urlValue(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

QString formatTime(qint64 utcMs, const QString &timeZone)
{
    if (utcMs <= 0)
        return QStringLiteral("—");
    QTimeZone zone(timeZone.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone::utc();
    return QDateTime::fromMSecsSinceEpoch(utcMs, zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString telUri(const QString &phone)
{
    QString digits;
    for (const QChar c : phone) {
        if (c.isDigit() && c.unicode() < 128)
            digits += c;
        else if (c == QLatin1Char('+') && digits.isEmpty())
            digits += c;
        else if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19) // full-width digits
            digits += QChar(u'0' + (c.unicode() - 0xFF10));
    }
    if (digits.isEmpty() || digits == QLatin1String("+"))
        return QString();
    return QStringLiteral("tel:") + digits;
}

} // namespace kakunin::hq::console
