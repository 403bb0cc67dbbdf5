#pragma once

#include "keystorage.h"
#include "keyvault.h"
#include "storeerror.h"

#include <core/chainverifier.h>
#include <core/event.h>
#include <core/evidence/bundle.h>
#include <core/projection.h>
#include <core/result.h>

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace kakunin {

class Clock;
class RandomSource;

struct StoreOptions {
    QString directory; // holds kakunin.db (+ -wal, -shm), kakunin.key, kakunin.unlock
    const Clock *clock = nullptr; // system clock when null
    RandomSource *random = nullptr; // system CSPRNG when null
    KeyStoragePolicy keyStorage = KeyStoragePolicy::Auto;
    std::optional<KdfParams> kdf; // none: calibrated so one unlock takes about 300 ms here
};

struct UnlockState {
    int failures = 0;
    qint64 retryAfterMs = 0;
};

// The tablet's encrypted, tamper-evident event store (DESIGN.md "Store", docs/store.md).
// One Store per process and thread; it is not shared between threads.
class Store {
public:
    using Opened = Result<std::unique_ptr<Store>, StoreError>;

    static bool exists(const QString &directory);
    static QString databasePath(const QString &directory);

    // First start: makes the database key and the device key, wraps the database key under the PIN.
    static Opened create(const StoreOptions &options, const QString &pin);
    // Unwraps the key with the PIN (counted, with growing delays) and opens the file.
    static Opened unlock(const StoreOptions &options, const QString &pin);
    static UnlockState unlockState(const StoreOptions &options);
    // Opens (or with create, makes) the file with a raw 32-byte key and no wrapped key record:
    // for tools, benchmarks and crash tests that already hold the key.
    static Opened openWithKey(const StoreOptions &options, const QByteArray &rawKey, bool create = false);

    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    // Rewraps the database key under a new PIN; the data is not re-encrypted.
    StoreError changePin(const QString &currentPin, const QString &newPin);

    // Appends events atomically: seq, prev, hash, signature, outbox and projection in one transaction.
    Result<Event, StoreError> append(const EventDraft &draft);
    Result<QList<Event>, StoreError> appendBatch(const QList<EventDraft> &drafts);

    // The device chain in stored order; with afterSeq/afterHash only what follows a head already verified.
    ChainReport verifyChain(qint64 afterSeq = 0, const QString &afterHash = GenesisHash) const;
    bool integrityOk() const; // PRAGMA integrity_check

    // Outbox: events not yet durably stored by head office, in seq order.
    // afterSeq: only those after it (the sync engine reads on behind the batches it has in flight).
    QList<Event> unsentEvents(int limit, qint64 afterSeq = 0) const;
    qint64 unsentCount() const;
    StoreError markSentUpTo(qint64 seq);

    // Content-addressed blobs: stored once under the SHA-256 of their bytes, queued for upload.
    Result<QString, StoreError> putBlob(const QByteArray &bytes);
    std::optional<QByteArray> blob(const QString &sha256) const;

    // A record for support and disputes: the device chain up to the record's last event, with the events of
    // `aggregates` in full, every other event withheld, and the blobs they cite. Content packs are added
    // by the caller, who knows them.
    RecordBundle exportRecord(const QStringList &aggregates) const;

    QList<Event> latestEvents(const QString &aggregate, int limit) const; // newest first
    std::optional<AggregateState> projection(const QString &aggregate) const;
    QList<AggregateState> projectionsOfKind(const QString &kind) const; // ordered by aggregate id

    qint64 headSeq() const;
    // The last seq in the file, read now: it includes what other connections appended (headSeq() is this one's).
    qint64 recordedHeadSeq() const;
    QString headHash() const;
    QString deviceId() const;
    QByteArray devicePublicKey() const;
    QString cipherVersion() const;
    int schemaVersion() const;
    QString keyStorageKind() const; // "keychain", "file", or "none" when opened with a raw key

    // --- Sync (docs/sync-client.md) ---
    // A second connection to the same file for another thread (the sync worker); WAL lets it read while
    // this one writes, and both wait for each other's short write transactions.
    Opened openConnection() const;
    // Blobs not yet stored by head office, oldest first, and the mark after head office confirmed one.
    QStringList unsentBlobs(int limit) const;
    qint64 unsentBlobCount() const;
    StoreError markBlobSent(const QString &sha256);
    // Head office holds this device's chain only up to `seq` (restored from a backup): every later event of
    // the chain goes back into the outbox, to be sent again.
    StoreError requeueAfter(qint64 seq);
    // Events pulled from head office, applied to the projections together with the new cursor in ONE
    // transaction: a crash leaves either both or neither. Events of this device and events already applied
    // are skipped. Returns the aggregates whose projection changed.
    Result<QStringList, StoreError> applyRemote(const QList<Event> &events, const QString &cursor);
    QString syncCursor() const; // empty before the first pull
    QList<Event> remoteEvents(const QString &aggregate) const; // in the order they were applied
    // Sync settings and credentials (server, token, …) kept inside the encrypted file; empty value removes.
    QString syncValue(const QString &key) const;
    StoreError setSyncValue(const QString &key, const QString &value);
    // Wipe order: removes the wrapped key record, deletes every row (secure_delete), then the files.
    // Every connection to this store is useless afterwards; close them.
    StoreError wipe();

    struct Private; // implementation detail, defined in store.cpp

private:
    explicit Store(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace kakunin
