// A tablet that only pushes, for the "tablet killed mid-push" test: opens the store with its raw key, runs
// syncs with the real CurlTransport until the outbox is empty, and says what head office acknowledged.
// Usage: client_pusher STORE_DIR KEY_HEX BASE_URL CA_FILE PIN[,PIN]
#include <client/curltransport.h>
#include <client/syncengine.h>

#include <core/clock.h>
#include <core/random.h>
#include <store/store.h>

#include <QCoreApplication>

#include <cstdio>

using namespace kakunin;
using namespace kakunin::syncclient;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 6)
        return 2;
    StoreOptions o;
    o.directory = QString::fromLocal8Bit(argv[1]);
    o.keyStorage = KeyStoragePolicy::FileOnly;
    auto store = Store::openWithKey(o, QByteArray::fromHex(argv[2]));
    if (!store) {
        std::printf("error %s\n", storeErrorName(store.error()));
        return 1;
    }
    static const SystemClock clock;
    CurlOptions c;
    c.baseUrl = QString::fromLocal8Bit(argv[3]);
    c.caFile = QString::fromLocal8Bit(argv[4]);
    c.pins = QString::fromLatin1(argv[5]).split(QLatin1Char(','));
    c.clock = &clock;
    SyncOptions s;
    s.batchEvents = 10;
    SyncEngine engine(std::move(store).value(), std::make_unique<CurlTransport>(c), clock, systemRandom(), s);
    QObject::connect(&engine, &SyncEngine::sentUpTo, [](qint64 seq) {
        std::printf("sent %lld\n", static_cast<long long>(seq));
        std::fflush(stdout);
    });
    std::printf("ready %lld\n", static_cast<long long>(engine.store()->unsentCount()));
    std::fflush(stdout);
    for (int i = 0; i < 100; ++i) {
        const SyncError e = engine.syncOnce();
        std::printf("sync %s\n", syncErrorName(e));
        std::fflush(stdout);
        if (e == SyncError::None && engine.store()->unsentCount() == 0)
            return 0;
    }
    return 1;
}
