#pragma once
// Small helpers for the console's server-rendered HTML: every text and attribute value that is not a literal of
// the page goes through esc(); query values through urlValue().

#include <QString>

namespace kakunin::hq::console {

QString esc(const QString &text); // & < > " ' as character references; control characters dropped
QString urlValue(const QString &value); // percent-encoded for a query string or path segment
// "2026-04-01 10:00" in the zone (IANA id; UTC when unknown); "—" for 0.
QString formatTime(qint64 utcMs, const QString &timeZone);
// A phone number as a tel: URI ("+81312345678"), or "" when it holds no digits.
QString telUri(const QString &phone);

} // namespace kakunin::hq::console
