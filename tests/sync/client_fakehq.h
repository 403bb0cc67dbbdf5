#pragma once
// A head office in memory that speaks the protocol's documents, for the retry/backoff and state unit tests
// of the engine only (fault injection without timing). The sync tests proper run the real CurlTransport
// against the real kakunin-hq (test_client_sync*.cpp).

#include <client/transport.h>

#include <core/event.h>

#include <QList>
#include <QMap>
#include <QSet>

#include <functional>
#include <optional>

namespace kakunin::test {

class FakeHq final : public syncclient::Transport {
public:
    FakeHq();
    syncclient::HttpResponse send(const syncclient::HttpRequest &request) override;

    // Before answering: a fault may answer instead (nullopt: the request goes on). `stored` is set for faults
    // that fire after head office did the work (lost answers).
    std::function<std::optional<syncclient::HttpResponse>(const syncclient::HttpRequest &)> before;
    std::function<std::optional<syncclient::HttpResponse>(const syncclient::HttpRequest &)> after;

    // Head office's own chain, signed with its key; appendHqEvent adds one to the pull feed.
    Event appendHqEvent(const QString &type, const QString &aggregate, const QJsonObject &payload);
    QByteArray serverKey() const { return m_publicKey; }
    QString serverDevice() const { return QStringLiteral("hq-device"); }

    QString code = QStringLiteral("ABCD-EFGH-JKMN-PQRS");
    QString token = QStringLiteral("kq1.first");
    qint64 tokenExpiresAt = 1'900'000'000'000LL;
    bool wipeOrdered = false;
    bool revoked = false;
    QList<Event> stored; // the device's chain as head office holds it
    QMap<QString, QByteArray> blobs;
    QList<Event> feed; // what the user may pull
    QList<QByteArray> log; // "METHOD path" of every request that reached the server
    int wipeAcks = 0;
    int duplicates = 0;

private:
    syncclient::HttpResponse answer(const syncclient::HttpRequest &request);
    QByteArray m_seed;
    QByteArray m_publicKey;
    QString m_hqHead = GenesisHash;
};

syncclient::HttpResponse jsonAnswer(int status, const QByteArray &body);
syncclient::HttpResponse errorAnswer(
    const QString &code, std::optional<qint64> retryAfterMs = std::nullopt, qint64 storedUpTo = -1);
syncclient::HttpResponse lost(); // the connection dropped: no answer

} // namespace kakunin::test
