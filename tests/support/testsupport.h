#pragma once

#include <store/store.h>
#include <store/unlockthrottle.h>

#include <core/clock.h>
#include <core/random.h>

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

namespace kakunin::test {

// Argon2id costs for tests: real derivation, small memory, so a suite runs in seconds.
inline constexpr KdfParams FastKdf {1, 1024, 1};
inline const QString DemoPin = QStringLiteral("246810");

// A store in a fresh temporary folder, opened by PIN with the file fallback for the key.
struct TempStore {
    QTemporaryDir dir;
    ManualClock clock;
    StoreOptions options() const;
    std::unique_ptr<Store> create(const QString &pin = DemoPin);
    std::unique_ptr<Store> unlock(const QString &pin = DemoPin);
    QString dbPath() const { return Store::databasePath(dir.path()); }
};

QByteArray readFile(const QString &path);
void writeFile(const QString &path, const QByteArray &data);
EventDraft customerDraft(const QString &id, const QString &name, const QString &business = QString());

} // namespace kakunin::test
