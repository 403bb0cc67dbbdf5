#pragma once
// CSV export of contracts and confirmation-call results for a date range (issue 7 "Export",
// docs/console-evidence.md): UTF-8 with a BOM (so Excel in Japan opens it as UTF-8), CRLF line ends, RFC 4180
// quoting, a header row of column ids. Values are codes, ids, numbers and times in the export's time zone; the
// page names the columns in the reader's language.

#include <hqservice.h>

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace kakunin::hq::console {

// [fromUtc, toUtc) and the zone every time is written in.
struct CsvRange {
    qint64 fromUtc = 0;
    qint64 toUtc = 0;
    QTimeZone zone;
    bool contains(qint64 utc) const { return utc >= fromUtc && utc < toUtc; }
};

// The days [from, to) in `zone`: from `from` 00:00 up to, not including, `to` 00:00 local time.
CsvRange csvRangeOfDays(const QDate &from, const QDate &to, const QTimeZone &zone);

// Column ids, in order (the header row).
const QStringList &contractCsvColumns();
const QStringList &callCsvColumns();

// RFC 4180: a field with a comma, a quote, CR or LF is quoted, quotes doubled. Free text a user typed is also
// kept from being read as a formula by spreadsheet programs (a leading = + - @ tab or CR gets a ' before it).
QString csvField(const QString &value, bool freeText = false);
QByteArray csvLine(const QStringList &fields); // fields already escaped with csvField, joined, CRLF, UTF-8

// "2026-04-01 10:00:00" in the zone (the form Excel reads as a date and time); "" for 0.
QString csvTime(qint64 utcMs, const QTimeZone &zone);

// Contracts whose contract date falls in the range: the conclusion (contract.concluded), or for a walkthrough
// never concluded its opening (matters.opened). One row each, ordered by that date, then id.
QByteArray contractsCsv(const QList<StoredEvent> &events, const QList<UserInfo> &users, const CsvRange &range);
// Every confirmation call (call.recorded) recorded in the range, oldest first.
QByteArray callsCsv(const QList<StoredEvent> &events, const QList<UserInfo> &users, const CsvRange &range);

class CsvExport {
public:
    explicit CsvExport(HqService &service) : m_service(service) { }
    QByteArray contracts(const CsvRange &range) const;
    QByteArray calls(const CsvRange &range) const;

private:
    HqService &m_service;
};

} // namespace kakunin::hq::console
