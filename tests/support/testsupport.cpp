#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QFile>

namespace kakunin::test {

StoreOptions TempStore::options() const
{
    StoreOptions o;
    o.directory = dir.path();
    o.clock = &clock;
    o.keyStorage = KeyStoragePolicy::FileOnly;
    o.kdf = FastKdf;
    return o;
}

std::unique_ptr<Store> TempStore::create(const QString &pin)
{
    auto r = Store::create(options(), pin);
    INFO("create: " << storeErrorName(r.error()));
    REQUIRE(r.ok());
    return std::move(r).value();
}

std::unique_ptr<Store> TempStore::unlock(const QString &pin)
{
    auto r = Store::unlock(options(), pin);
    INFO("unlock: " << storeErrorName(r.error()));
    REQUIRE(r.ok());
    return std::move(r).value();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(data) == data.size());
}

EventDraft customerDraft(const QString &id, const QString &name, const QString &business)
{
    QJsonObject payload {{QStringLiteral("name"), name}};
    if (!business.isEmpty())
        payload.insert(QStringLiteral("business"), business);
    return EventDraft {EventType::CustomerRegistered, id, QStringLiteral("rep-001"), payload};
}

} // namespace kakunin::test
