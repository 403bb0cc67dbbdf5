#include "html.h"

#include <QDateTime>
#include <QTimeZone>
#include <QUrl>

namespace kakunin::hq::console {

QString esc(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&':
            out += QLatin1String("&amp;");
            break;
        case '<':
            out += QLatin1String("&lt;");
            break;
        case '>':
            out += QLatin1String("&gt;");
            break;
        case '"':
            out += QLatin1String("&quot;");
            break;
        case '\'':
            out += QLatin1String("&#39;");
            break;
        case 0:
            out += QChar(0xFFFD);
            break;
        default:
            out += c;
        }
    }
    return out;
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
