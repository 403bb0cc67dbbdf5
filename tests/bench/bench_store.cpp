// scripts/bench store: event store figures, each against a baseline measured in this same run.
#include <store/store.h>

#include <core/clock.h>

#include "benchreport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace kakunin;

namespace {

using bench::medianMs;
using bench::report;
using bench::seconds;

const QByteArray RawKey = QByteArray::fromHex("5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a");

EventDraft draft(int i, const QString &aggregate)
{
    return {EventType::CustomerUpdated, aggregate, QStringLiteral("rep-001"),
        QJsonObject {
            {QStringLiteral("note"), QStringLiteral("訪問記録 %1: 重要事項の説明を実施、お客様確認済み").arg(i)},
            {QStringLiteral("item"), i}}};
}

// Raw SQLCipher with the store's pragmas: the same bytes into a table of the same shape.
double rawInsertsPerSecond(const QString &dir, const QList<Event> &sample, int total, int batch)
{
    const QByteArray path = QFile::encodeName(dir + QStringLiteral("/raw.db"));
    QFile::remove(QString::fromLocal8Bit(path));
    sqlite3 *db = nullptr;
    sqlite3_open(path.constData(), &db);
    const QByteArray spec = "x'" + RawKey.toHex() + "'";
    sqlite3_key(db, spec.constData(), static_cast<int>(spec.size()));
    sqlite3_exec(db,
        "PRAGMA cipher_page_size=4096; PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; "
        "PRAGMA foreign_keys=ON; CREATE TABLE events(seq INTEGER NOT NULL UNIQUE, id TEXT NOT NULL UNIQUE, "
        "device TEXT, at INTEGER, mono INTEGER, boot TEXT, actor TEXT, type TEXT, aggregate TEXT, payload TEXT, "
        "prev TEXT, hash TEXT NOT NULL UNIQUE, sig BLOB)",
        nullptr, nullptr, nullptr);
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO events VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", -1, &st, nullptr);
    const double s = seconds([&] {
        for (int i = 0; i < total; i += batch) {
            sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
            for (int j = i; j < i + batch; ++j) {
                const Event &e = sample.at(j % sample.size());
                const QByteArray id = (e.id + QString::number(j)).toUtf8(), dev = e.device.toUtf8(),
                                 boot = e.boot.toUtf8(), actor = e.actor.toUtf8(), type = e.type.toUtf8(),
                                 agg = e.aggregate.toUtf8(), prev = e.prev.toUtf8(),
                                 hash = (e.hash + QString::number(j)).toUtf8(),
                                 payload = QJsonDocument(e.payload).toJson(QJsonDocument::Compact);
                sqlite3_bind_int64(st, 1, j);
                sqlite3_bind_text(st, 2, id.constData(), -1, SQLITE_TRANSIENT);
                sqlite3_bind_text(st, 3, dev.constData(), -1, SQLITE_TRANSIENT);
                sqlite3_bind_int64(st, 4, e.at);
                sqlite3_bind_int64(st, 5, e.mono);
                sqlite3_bind_text(st, 6, boot.constData(), -1, SQLITE_TRANSIENT);
                sqlite3_bind_text(st, 7, actor.constData(), -1, SQLITE_TRANSIENT);
                sqlite3_bind_text(st, 8, type.constData(), -1, SQLITE_TRANSIENT);
                sqlite3_bind_text(st, 9, agg.constData(), -1, SQLITE_TRANSIENT);
                sqlite3_bind_text(st, 10, payload.constData(), -1, SQLITE_TRANSIENT);
                sqlite3_bind_text(st, 11, prev.constData(), -1, SQLITE_TRANSIENT);
                sqlite3_bind_text(st, 12, hash.constData(), -1, SQLITE_TRANSIENT);
                sqlite3_bind_blob(
                    st, 13, e.signature.constData(), static_cast<int>(e.signature.size()), SQLITE_TRANSIENT);
                sqlite3_step(st);
                sqlite3_reset(st);
            }
            sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
        }
    });
    sqlite3_finalize(st);
    sqlite3_close(db);
    return total / s;
}

double storeAppendsPerSecond(const QString &dir, int total, int batch, QList<Event> *sample)
{
    StoreOptions o;
    o.directory = dir;
    auto s = Store::openWithKey(o, RawKey, true).value();
    const double secs = seconds([&] {
        for (int i = 0; i < total; i += batch) {
            QList<EventDraft> drafts;
            for (int j = i; j < i + batch; ++j)
                drafts.append(draft(j, QStringLiteral("cust-%1").arg(j % 50)));
            auto r = s->appendBatch(drafts);
            if (!r)
                std::fprintf(stderr, "append failed: %s\n", storeErrorName(r.error()));
            else if (sample != nullptr && sample->size() < 200)
                sample->append(r.value());
        }
    });
    return total / secs;
}

// Opens a store file the way SQLCipher is opened with a raw key, and reads page 1.
void rawOpen(const QByteArray &path)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(path.constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
    const QByteArray spec = "x'" + RawKey.toHex() + "'";
    sqlite3_key(db, spec.constData(), static_cast<int>(spec.size()));
    sqlite3_exec(db,
        "PRAGMA cipher_page_size=4096; PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; "
        "PRAGMA foreign_keys=ON; SELECT count(*) FROM sqlite_master;",
        nullptr, nullptr, nullptr);
    sqlite3_close(db);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir tmp;
    std::printf("bench store (SQLCipher %s, %s)\n", "3.4.1", qPrintable(tmp.path()));

    // 1. Appends against raw SQLCipher INSERTs of the same bytes, same pragmas.
    QList<Event> sample;
    const double batch1 = storeAppendsPerSecond(tmp.path() + QStringLiteral("/a1"), 300, 1, &sample);
    const double raw1 = rawInsertsPerSecond(tmp.path(), sample, 300, 1);
    report("append, batches of 1 (events/s)", batch1, "ev/s", raw1, "raw INSERT, batches of 1", "report");
    const double batch100 = storeAppendsPerSecond(tmp.path() + QStringLiteral("/a100"), 10'000, 100, nullptr);
    const double raw100 = rawInsertsPerSecond(tmp.path(), sample, 10'000, 100);
    report("append, batches of 100 (events/s)", batch100, "ev/s", raw100, "raw INSERT, batches of 100", ">= 0.3");

    // 2. Unlock with a PIN (Argon2id calibrated here) against opening with the raw key alone.
    {
        StoreOptions o;
        o.directory = tmp.path() + QStringLiteral("/pin");
        o.keyStorage = KeyStoragePolicy::FileOnly;
        const QString pin = QStringLiteral("482913");
        Store::create(o, pin).value().reset();
        const double unlockMs = medianMs(5, [&] {
            auto s = Store::unlock(o, pin);
            if (s)
                s.value()->headSeq();
        });
        // SQLCipher keyed with the raw key: key, pragmas and first read, no KDF (the store adds quick_check).
        const QByteArray path = QFile::encodeName(Store::databasePath(tmp.path() + QStringLiteral("/a100")));
        const double rawOpenMs = medianMs(15, [&] { rawOpen(path); });
        report("unlock: Argon2id + open + first read (ms)", unlockMs, "ms", rawOpenMs, "raw-key open + first read",
            "0.2-0.5 s");
        report("open with raw key alone: key+pragmas+read (ms)", rawOpenMs, "ms", unlockMs, "unlock with PIN (ms)",
            "<= 5 ms");
    }

    // 3. Queries on a store of 100,000 events.
    {
        StoreOptions o;
        o.directory = tmp.path() + QStringLiteral("/big");
        auto s = Store::openWithKey(o, RawKey, true).value();
        for (int i = 0; i < 100'000; i += 1000) {
            QList<EventDraft> drafts;
            for (int j = i; j < i + 1000; ++j)
                drafts.append(
                    draft(j, j % 100 == 0 ? QStringLiteral("target") : QStringLiteral("cust-%1").arg(j % 2000)));
            s->appendBatch(drafts).value();
        }
        s.reset();
        const double openMs = medianMs(5, [&] { Store::openWithKey(o, RawKey).value()->headSeq(); });
        const double rawOpenBigMs = medianMs(15, [&] { rawOpen(QFile::encodeName(Store::databasePath(o.directory))); });
        s = Store::openWithKey(o, RawKey).value();
        const double latestMs = medianMs(21, [&] { s->latestEvents(QStringLiteral("target"), 100); });
        const double projMs = medianMs(21, [&] { s->projection(QStringLiteral("target")); });
        const double verifyMs = medianMs(1, [&] { s->verifyChain(); });

        sqlite3 *db = nullptr;
        sqlite3_open(QFile::encodeName(Store::databasePath(o.directory)).constData(), &db);
        const QByteArray spec = "x'" + RawKey.toHex() + "'";
        sqlite3_key(db, spec.constData(), static_cast<int>(spec.size()));
        sqlite3_exec(db, "PRAGMA cipher_page_size=4096", nullptr, nullptr, nullptr);
        sqlite3_stmt *st = nullptr;
        sqlite3_prepare_v2(
            db, "SELECT payload FROM events WHERE aggregate = 'target' ORDER BY seq DESC LIMIT 100", -1, &st, nullptr);
        const double rawLatestMs = medianMs(21, [&] {
            while (sqlite3_step(st) == SQLITE_ROW) { }
            sqlite3_reset(st);
        });
        sqlite3_finalize(st);
        sqlite3_close(db);
        report("100k events: latest 100 of one customer (ms)", latestMs, "ms", rawLatestMs, "raw indexed SELECT (ms)",
            "<= 2 ms");
        report("100k events: one customer's projection (ms)", projMs, "ms", rawLatestMs, "raw indexed SELECT (ms)",
            "<= 2 ms");
        report("100k events: raw-key open + first read (ms)", rawOpenBigMs, "ms", openMs,
            "Store open incl. quick_check", "<= 5 ms");
        report("100k events: Store open incl. quick_check (ms)", openMs, "ms", rawOpenBigMs,
            "raw-key open + first read", "report");
        report("100k events: verifyChain (events/s)", 100'000 / (verifyMs / 1000.0), "ev/s", batch100,
            "append batches of 100", "report");
    }
    return 0;
}
