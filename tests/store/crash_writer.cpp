// Appends events until killed; prints each committed seq so the parent knows what must survive.
#include <store/store.h>

#include <QCoreApplication>
#include <QJsonObject>

#include <cstdio>

using namespace kakunin;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3)
        return 2;
    StoreOptions o;
    o.directory = QString::fromLocal8Bit(argv[1]);
    auto s = Store::openWithKey(o, QByteArray::fromHex(argv[2]));
    if (!s) {
        std::fprintf(stdout, "error %s\n", storeErrorName(s.error()));
        return 1;
    }
    std::fprintf(stdout, "ready %lld\n", static_cast<long long>(s.value()->headSeq()));
    std::fflush(stdout);
    for (qint64 i = 0;; ++i) {
        QList<EventDraft> batch;
        const int n = 1 + static_cast<int>(i % 4);
        for (int j = 0; j < n; ++j)
            batch.append({EventType::CustomerUpdated, QStringLiteral("cust-%1").arg(i % 17), QStringLiteral("rep-001"),
                QJsonObject {{QStringLiteral("note"), QStringLiteral("write %1.%2").arg(i).arg(j)}}});
        auto r = s.value()->appendBatch(batch);
        if (!r) {
            std::fprintf(stdout, "error %s\n", storeErrorName(r.error()));
            return 1;
        }
        std::fprintf(stdout, "committed %lld\n", static_cast<long long>(r->last().seq));
        std::fflush(stdout);
    }
}
