#include "client_hq.h"

#include <catch2/catch.hpp>

#include <protocol/hqevents.h>
#include <protocol/messages.h>

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <csignal>

namespace kakunin::test {

namespace {

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    return QByteArray(data, static_cast<qsizetype>(n));
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

bool addExtension(X509 *cert, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (ext == nullptr)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

} // namespace

TlsIdentity makeTlsIdentity(const QString &dir, const QString &name)
{
    EVP_PKEY *key = EVP_EC_gen("P-256");
    REQUIRE(key != nullptr);
    X509 *cert = X509_new();
    X509_set_version(cert, 2);
    static long serial = 1;
    ASN1_INTEGER_set(X509_get_serialNumber(cert), serial++);
    X509_gmtime_adj(X509_getm_notBefore(cert), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert), 3650L * 86400);
    X509_set_pubkey(cert, key);
    X509_NAME *subject = X509_get_subject_name(cert);
    X509_NAME_add_entry_by_txt(
        subject, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char *>("localhost"), -1, -1, 0);
    X509_set_issuer_name(cert, subject);
    REQUIRE(addExtension(cert, NID_subject_alt_name, "DNS:localhost,IP:127.0.0.1"));
    REQUIRE(addExtension(cert, NID_basic_constraints, "critical,CA:TRUE"));
    REQUIRE(X509_sign(cert, key, EVP_sha256()) > 0);

    BIO *certBio = BIO_new(BIO_s_mem());
    BIO *keyBio = BIO_new(BIO_s_mem());
    PEM_write_bio_X509(certBio, cert);
    PEM_write_bio_PrivateKey(keyBio, key, nullptr, nullptr, 0, nullptr, nullptr);
    TlsIdentity id;
    id.certFile = QDir(dir).filePath(name + QStringLiteral("-cert.pem"));
    id.keyFile = QDir(dir).filePath(name + QStringLiteral("-key.pem"));
    writeFile(id.certFile, bioBytes(certBio));
    writeFile(id.keyFile, bioBytes(keyBio));
    BIO_free(certBio);
    BIO_free(keyBio);

    const int len = i2d_PUBKEY(key, nullptr);
    QByteArray spki(len, Qt::Uninitialized);
    auto *p = reinterpret_cast<unsigned char *>(spki.data());
    i2d_PUBKEY(key, &p);
    id.pin = QString::fromLatin1(QCryptographicHash::hash(spki, QCryptographicHash::Sha256).toBase64());
    X509_free(cert);
    EVP_PKEY_free(key);
    return id;
}

HqServer::HqServer()
{
    REQUIRE(m_dir.isValid());
    m_identity = makeTlsIdentity(m_dir.path(), QStringLiteral("hq"));
    m_other = makeTlsIdentity(m_dir.path(), QStringLiteral("impostor"));
    m_current = &m_identity;
}

HqServer::HqServer(SharedTag) : m_shared(true) { }

std::unique_ptr<HqServer> HqServer::shared()
{
    QFile f(QStringLiteral(KAKUNIN_HQ_ENV_FILE));
    INFO("run through ctest: the fixture hq_server writes " << f.fileName().toStdString());
    REQUIRE(f.open(QIODevice::ReadOnly));
    QHash<QString, QString> env;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (const qsizetype eq = line.indexOf('='); eq > 0)
            env.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)).trimmed());
    std::unique_ptr<HqServer> hq(new HqServer(SharedTag {}));
    hq->m_port = static_cast<quint16>(env.value(QStringLiteral("KAKUNIN_HQ_PORT")).toUInt());
    hq->m_identity.certFile = env.value(QStringLiteral("KAKUNIN_HQ_CA"));
    hq->m_identity.pin = env.value(QStringLiteral("KAKUNIN_HQ_PIN"));
    hq->m_backupPin = env.value(QStringLiteral("KAKUNIN_HQ_BACKUP_PIN"));
    hq->m_sharedData = env.value(QStringLiteral("KAKUNIN_HQ_DATA"));
    REQUIRE(hq->m_port > 0);
    REQUIRE_FALSE(hq->m_identity.pin.isEmpty());
    REQUIRE_FALSE(hq->m_backupPin.isEmpty());
    REQUIRE(QFile::exists(hq->m_identity.certFile));
    REQUIRE(QFile::exists(hq->m_sharedData));
    return hq;
}

HqServer::~HqServer()
{
    if (!m_shared && running())
        kill();
}

void HqServer::start(const TlsIdentity *id, quint16 port)
{
    REQUIRE_FALSE(m_shared); // the fixture's server belongs to every test
    if (running())
        kill();
    m_current = id != nullptr ? id : &m_identity;
    const QString portFile = m_dir.filePath(QStringLiteral("port"));
    QFile::remove(portFile);
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process->start(QStringLiteral(KAKUNIN_HQ),
        {QStringLiteral("serve"), QStringLiteral("--cert"), m_current->certFile, QStringLiteral("--key"),
            m_current->keyFile, QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
            QString::number(port), QStringLiteral("--port-file"), portFile, QStringLiteral("--threads"),
            QStringLiteral("4"), QStringLiteral("--data-dir"), dataDir()});
    REQUIRE(m_process->waitForStarted(10'000));
    QByteArray out;
    // A restart on the same port may briefly find it taken by the old socket: the server says so and exits.
    while (!out.contains("listening on") && m_process->state() == QProcess::Running)
        if (m_process->waitForReadyRead(20'000))
            out += m_process->readAllStandardOutput();
    INFO("kakunin-hq: " << out.toStdString());
    REQUIRE(out.contains("listening on"));
    QFile f(portFile);
    REQUIRE(f.open(QIODevice::ReadOnly));
    m_port = static_cast<quint16>(f.readAll().trimmed().toUInt());
    REQUIRE(m_port > 0);
}

void HqServer::kill()
{
    REQUIRE_FALSE(m_shared);
    if (!m_process)
        return;
    m_process->kill(); // SIGKILL
    m_process->waitForFinished(10'000);
    m_process.reset();
}

void HqServer::stop()
{
    REQUIRE_FALSE(m_shared);
    if (!m_process)
        return;
    m_process->terminate();
    if (!m_process->waitForFinished(10'000))
        kill();
    m_process.reset();
}

QString HqServer::admin(const QStringList &args) const
{
    // kakunin-hq admin opens the embedded store without waiting for a writer: while the server writes, it may
    // say "database is locked" (reported to the head-office owner). Run it again then; anything else counts.
    for (int attempt = 1;; ++attempt) {
        QProcess p;
        p.start(QStringLiteral(KAKUNIN_HQ),
            QStringList {QStringLiteral("admin")} + args + QStringList {QStringLiteral("--data-dir"), dataDir()});
        REQUIRE(p.waitForFinished(30'000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        const QByteArray err = p.readAllStandardError();
        if (p.exitCode() != 0 && err.contains("database is locked") && attempt < 100)
            continue;
        INFO("admin " << args.join(QLatin1Char(' ')).toStdString() << ": " << err.toStdString());
        REQUIRE(p.exitStatus() == QProcess::NormalExit);
        REQUIRE(p.exitCode() == 0);
        return out;
    }
}

QString HqServer::createUser(const QString &id, const QString &role) const
{
    return admin({QStringLiteral("create-user"), QStringLiteral("--id"), id, QStringLiteral("--role"), role});
}

QString HqServer::issueCode(const QString &user) const
{
    return admin({QStringLiteral("issue-code"), QStringLiteral("--user"), user}).trimmed();
}

std::pair<qint64, QString> HqServer::deviceHead(const QString &deviceId) const
{
    const QString out = admin({QStringLiteral("list-devices")});
    for (const QString &line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
        if (o.value(QStringLiteral("id")).toString() == deviceId)
            return {o.value(QStringLiteral("storedUpTo")).toInteger(), o.value(QStringLiteral("headHash")).toString()};
    }
    return {-1, QString()};
}

syncclient::CurlOptions HqServer::curlOptions(quint16 viaPort) const
{
    syncclient::CurlOptions o;
    o.baseUrl = QStringLiteral("https://127.0.0.1:%1").arg(viaPort != 0 ? viaPort : m_port);
    // The current key and a backup key head office would roll to (here: one nobody holds).
    o.pins = {m_identity.pin, m_backupPin};
    o.caFile = m_identity.certFile;
    o.connectTimeoutMs = 3'000;
    o.lowSpeedLimitBytes = 1;
    o.lowSpeedTimeS = 2;
    o.totalTimeoutMs = 20'000;
    return o;
}

Tablet::Tablet(const QByteArray &seed)
    : clock(QDateTime::currentMSecsSinceEpoch(), 1'000), random(seed), rawKey(random.bytes(32))
{
    REQUIRE(dir.isValid());
    auto s = Store::openWithKey(options(), rawKey, true);
    INFO(storeErrorName(s.error()));
    REQUIRE(s.ok());
    store = std::move(s).value();
}

StoreOptions Tablet::options() const
{
    StoreOptions o;
    o.directory = dir.filePath(QStringLiteral("store"));
    o.clock = &clock;
    o.keyStorage = KeyStoragePolicy::FileOnly;
    return o;
}

void Tablet::connect(const syncclient::CurlOptions &curl, syncclient::SyncOptions sync)
{
    auto c = store->openConnection();
    REQUIRE(c.ok());
    syncclient::CurlOptions o = curl;
    o.clock = &clock;
    engine = std::make_unique<syncclient::SyncEngine>(
        std::move(c).value(), std::make_unique<syncclient::CurlTransport>(o), clock, random, sync);
}

void Tablet::enroll(HqServer &hq, const QString &user)
{
    userId = user;
    const syncclient::SyncError e = engine->enrollNow(hq.issueCode(user));
    INFO(syncclient::syncErrorName(e) << " " << engine->report().serverCode.toStdString());
    REQUIRE(e == syncclient::SyncError::None);
}

void Tablet::recordCustomerEvents(int n, const QString &customer)
{
    QList<EventDraft> drafts;
    for (int i = 0; i < n; ++i) {
        if (i == 0 && !store->projection(customer))
            drafts.append({EventType::CustomerRegistered, customer, userId,
                QJsonObject {{QStringLiteral("name"), QStringLiteral("顧客 %1").arg(customer)}}});
        else
            drafts.append({EventType::CustomerUpdated, customer, userId,
                QJsonObject {{QStringLiteral("phone"), QStringLiteral("03-%1-%2").arg(store->headSeq()).arg(i)}}});
    }
    REQUIRE(store->appendBatch(drafts).ok());
}

FeedChecker::FeedChecker(HqServer &hq, const QString &userId) : m_hq(hq), m_reader("feed reader")
{
    m_reader.connect(hq.curlOptions());
    m_reader.enroll(hq, userId);
}

void FeedChecker::check(const QString &device, const QByteArray &publicKey, qint64 headSeq, const QString &headHash)
{
    if (!m_transport || m_port != m_hq.port()) { // directly, not through a proxy; a restart may move the port
        m_transport = std::make_unique<syncclient::CurlTransport>(m_hq.curlOptions());
        m_port = m_hq.port();
    }
    syncclient::CurlTransport &transport = *m_transport;
    const QByteArray auth = "Bearer " + m_reader.store->syncValue(QStringLiteral("token")).toLatin1();
    for (int page = 0; page < 1000; ++page) {
        syncclient::HttpRequest req;
        req.path = protocol::path::changes(m_cursor, protocol::limits::MaxPullLimit);
        req.headers.append({QByteArrayLiteral("Authorization"), auth});
        const syncclient::HttpResponse r = transport.send(req);
        INFO("pull: " << syncclient::transportErrorName(r.error) << " " << r.status << " "
                      << r.body.left(300).toStdString());
        REQUIRE(r.ok());
        const auto answer = protocol::decodeChangesResponse(r.body);
        REQUIRE(answer.ok());
        for (const protocol::Change &c : answer->changes) {
            const Event &e = c.event;
            if (e.device != device)
                continue;
            INFO("event seq " << e.seq << " after " << m_seq);
            REQUIRE_FALSE(m_ids.contains(e.id)); // exactly once
            REQUIRE(e.seq == m_seq + 1); // in order, nothing missing
            REQUIRE(e.prev == m_hash); // the chain is intact
            REQUIRE(protocol::checkEvent(e, publicKey) == ChainError::None);
            m_ids.insert(e.id);
            m_seq = e.seq;
            m_hash = e.hash;
        }
        m_cursor = answer->cursor;
        if (!answer->more)
            break;
    }
    CHECK(m_seq == headSeq);
    CHECK(m_hash == headHash);
}

syncclient::SyncOptions fastSyncOptions()
{
    syncclient::SyncOptions o;
    o.batchEvents = 25;
    o.retry.baseMs = 200;
    o.retry.capMs = 2'000;
    o.deviceName = QStringLiteral("test tablet");
    return o;
}

} // namespace kakunin::test
