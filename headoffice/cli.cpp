#include "cli.h"

#include "console/consoleauth.h"
#include "hqservice.h"
#include "httpserver.h"

#include <core/content/contentpackloader.h>
#include <core/random.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTimeZone>

#include <csignal>
#include <pthread.h>
#include <thread>

namespace kakunin::hq {
namespace {

// An HTTP worker serves one connection at a time, so a burst of tablets (after an outage) is served at once
// rather than in turn; the database work they do queues for a few connections, in arrival order, instead of
// hundreds of backends taking turns on the cores.
constexpr int DefaultThreads = 128;
// One per core: a few busy backends beat many taking turns (docs/headoffice.md has the figures).
int defaultDbConnections()
{
    return std::max(2, static_cast<int>(std::thread::hardware_concurrency()));
}

const char *const Usage = R"(usage:
  kakunin-hq serve --cert FILE --key FILE [--host ADDR] [--port N|0] [--port-file FILE] [--threads N (128)]
                   [--db-connections N (1 per core, at least 2)] [--token-days N] [--log] [CONSOLE OPTIONS] [STORE]
  kakunin-hq admin COMMAND [OPTIONS] [STORE]

STORE: --db postgresql://USER@HOST:PORT/DB (or $KAKUNIN_HQ_DB) for PostgreSQL, else the embedded SQLCipher
       store in --data-dir DIR (or $KAKUNIN_HQ_DATA, default ./kakunin-hq-data)

CONSOLE OPTIONS (the web console under https://HOST:PORT/console/, docs/console.md):
  --console-idle-minutes N (30)  --console-session-hours N (12)  --console-time-zone ZONE (Asia/Tokyo)
  --argon2-memory-kib N (19456)  --argon2-iterations N (2)  --argon2-parallelism N (1)
       (the Argon2id cost of new password hashes; also read by set-password)

admin commands:
  create-user --id ID --role ROLE [--name NAME]
       ROLE: sales_rep, installer (tablets); confirmation_staff, compliance_admin, auditor (the console);
             head_office (head-office events from this command line)
  set-password USER [--password-file FILE]                  a console user's password: the first line of FILE,
                                                            else of standard input (at least 12 characters)
  issue-code --user ID [--ttl-hours H] [--label TEXT]       prints the one-time enrollment code
  revoke-device --device ID
  order-wipe --device ID
  record-call --actor HQ_USER --contract ID --stage C1|C2|C3 [--problem guarantee|conduct|lecture|unused]
              [--unreached] [--note TEXT]
  assign --actor HQ_USER --contract ID --installer ID
  record-event --actor HQ_USER --type TYPE --aggregate ID --payload JSON
  publish-policy --actor HQ_USER --file POLICY.json
  publish-content --actor HQ_USER --file PACK.json
  list-users | list-devices | list-flags | identity
  show --aggregate ID
)";

using Options = QMap<QString, QString>;

// --name value pairs; flags (--log, --unreached) take no value.
bool parseOptions(const QStringList &args, int from, Options *out, QString *error)
{
    static const QStringList flags {QStringLiteral("log"), QStringLiteral("unreached")};
    for (int i = from; i < args.size(); ++i) {
        const QString &a = args[i];
        if (!a.startsWith(QLatin1String("--"))) {
            *error = QStringLiteral("unexpected argument %1").arg(a);
            return false;
        }
        const QString name = a.mid(2);
        if (flags.contains(name)) {
            out->insert(name, QStringLiteral("1"));
            continue;
        }
        if (i + 1 >= args.size()) {
            *error = QStringLiteral("--%1 needs a value").arg(name);
            return false;
        }
        out->insert(name, args[++i]);
    }
    return true;
}

QByteArray embeddedKey(const QString &dir, QString *error)
{
    if (!QDir().mkpath(dir)) {
        *error = QStringLiteral("cannot create %1").arg(dir);
        return {};
    }
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString path = QDir(dir).filePath(QStringLiteral("hq.key"));
    QFile f(path);
    if (f.exists()) {
        if (!f.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read %1").arg(path);
            return {};
        }
        const QByteArray key = QByteArray::fromHex(f.readAll().trimmed());
        if (key.size() != 32)
            *error = QStringLiteral("%1 does not hold a 32-byte key").arg(path);
        return key;
    }
    const QByteArray key = systemRandom().bytes(32);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(key.toHex() + '\n') < 0
        || !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || !out.commit()) {
        *error = QStringLiteral("cannot write %1").arg(path);
        return {};
    }
    return key;
}

std::shared_ptr<Database> openStore(const Options &o, QString *error)
{
    QString url = o.value(QStringLiteral("db"), qEnvironmentVariable("KAKUNIN_HQ_DB"));
    if (!url.isEmpty())
        return openPostgres(url);
    const QString dir = o.value(
        QStringLiteral("data-dir"), qEnvironmentVariable("KAKUNIN_HQ_DATA", QStringLiteral("kakunin-hq-data")));
    const QByteArray key = embeddedKey(dir, error);
    if (key.isEmpty())
        return nullptr;
    return openEmbedded(QDir(dir).filePath(QStringLiteral("hq.db")), key);
}

QString line(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject eventLine(const Event &e)
{
    return e.toJson();
}

int refused(QTextStream &err, const protocol::ApiError &e)
{
    err << "refused: " << protocol::errorCodeName(e.code);
    if (!e.detail.isEmpty())
        err << " (" << e.detail << ")";
    err << ": " << e.message;
    if (!e.field.isEmpty())
        err << " [" << e.field << "]";
    err << Qt::endl;
    return 1;
}

std::optional<QJsonObject> readJsonFile(const QString &path, QTextStream &err)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        err << "cannot read " << path << Qt::endl;
        return std::nullopt;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
    if (!doc.isObject()) {
        err << path << " is not one JSON object" << Qt::endl;
        return std::nullopt;
    }
    return doc.object();
}

struct Required {
    const Options &o;
    QTextStream &err;
    bool ok = true;
    QString operator()(const char *name)
    {
        const QString v = o.value(QLatin1String(name));
        if (v.isEmpty() && ok) {
            err << "missing --" << name << Qt::endl;
            ok = false;
        }
        return v;
    }
};

int admin(const QString &command, HqService &hq, const Options &o, QTextStream &out, QTextStream &err)
{
    Required need {o, err};
    auto printEvents = [&](const ApiResult<QList<Event>> &r) {
        if (!r)
            return refused(err, r.error());
        for (const Event &e : r.value())
            out << line(eventLine(e)) << Qt::endl;
        return 0;
    };
    auto printEvent = [&](const ApiResult<Event> &r) {
        if (!r)
            return refused(err, r.error());
        out << line(eventLine(r.value())) << Qt::endl;
        return 0;
    };
    auto printDevice = [&](const ApiResult<DeviceInfo> &r) {
        if (!r)
            return refused(err, r.error());
        out << r->id << ' ' << r->status << Qt::endl;
        return 0;
    };

    if (command == QLatin1String("create-user")) {
        const QString id = need("id"), role = need("role");
        if (!need.ok)
            return 2;
        const auto r = hq.createUser(id, role, o.value(QStringLiteral("name")));
        if (!r)
            return refused(err, r.error());
        out << r->id << ' ' << r->role << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("set-password")) {
        const QString user = need("user");
        if (!need.ok)
            return 2;
        QString password;
        if (const QString file = o.value(QStringLiteral("password-file")); !file.isEmpty()) {
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly)) {
                err << "cannot read " << file << Qt::endl;
                return 2;
            }
            password = QString::fromUtf8(f.readLine(console::MaxPasswordBytes + 2));
        } else {
            QTextStream in(stdin);
            password = in.readLine(console::MaxPasswordBytes + 1);
        }
        while (password.endsWith(QLatin1Char('\n')) || password.endsWith(QLatin1Char('\r')))
            password.chop(1);
        const console::PasswordError e = console::ConsoleAuth(hq).setPassword(user, password);
        switch (e) {
        case console::PasswordError::None:
            out << user << " password set" << Qt::endl;
            return 0;
        case console::PasswordError::NoSuchUser:
            err << "refused: no user " << user << Qt::endl;
            return 1;
        case console::PasswordError::NotConsoleUser:
            err << "refused: only confirmation_staff, compliance_admin and auditor users sign in to the console"
                << Qt::endl;
            return 1;
        case console::PasswordError::TooShort:
            err << "refused: a password has at least " << console::MinPasswordLength << " characters" << Qt::endl;
            return 1;
        case console::PasswordError::TooLong:
            err << "refused: a password has at most " << console::MaxPasswordBytes << " bytes" << Qt::endl;
            return 1;
        case console::PasswordError::HashFailed:
            err << "refused: the password could not be hashed (check the --argon2-* options)" << Qt::endl;
            return 1;
        }
        return 1;
    }
    if (command == QLatin1String("issue-code")) {
        const QString user = need("user");
        if (!need.ok)
            return 2;
        const qint64 ttl
            = static_cast<qint64>(o.value(QStringLiteral("ttl-hours"), QStringLiteral("0")).toDouble() * 3'600'000.0);
        const auto r = hq.issueCode(user, ttl, o.value(QStringLiteral("label")));
        if (!r)
            return refused(err, r.error());
        out << r.value() << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("revoke-device")) {
        const QString dev = need("device");
        return need.ok ? printDevice(hq.revokeDevice(dev)) : 2;
    }
    if (command == QLatin1String("order-wipe")) {
        const QString dev = need("device");
        return need.ok ? printDevice(hq.orderWipe(dev)) : 2;
    }
    if (command == QLatin1String("record-call")) {
        const QString actor = need("actor"), contract = need("contract"), stage = need("stage");
        if (!need.ok)
            return 2;
        const QString problem = o.value(QStringLiteral("problem"));
        const QJsonObject payload {{QStringLiteral("stage"), stage},
            {QStringLiteral("reached"), o.contains(QStringLiteral("unreached")) ? 0 : 1},
            {QStringLiteral("guaranteeMentioned"), problem == QLatin1String("guarantee") ? 1 : 0},
            {QStringLiteral("conductOk"), problem == QLatin1String("conduct") ? 0 : 1},
            {QStringLiteral("lectureOk"), problem == QLatin1String("lecture") ? 0 : 1},
            {QStringLiteral("productUsed"), problem == QLatin1String("unused") ? 0 : 1},
            {QStringLiteral("note"), o.value(QStringLiteral("note"))}};
        return printEvents(
            hq.recordHeadOfficeEvents(actor, {EventDraft {EventType::CallRecorded, contract, actor, payload}}));
    }
    if (command == QLatin1String("assign")) {
        const QString actor = need("actor"), contract = need("contract"), installer = need("installer");
        return need.ok ? printEvent(hq.assignInstaller(actor, contract, installer)) : 2;
    }
    if (command == QLatin1String("record-event")) {
        const QString actor = need("actor"), type = need("type"), aggregate = need("aggregate"),
                      payload = need("payload");
        if (!need.ok)
            return 2;
        const QJsonDocument doc = QJsonDocument::fromJson(payload.toUtf8());
        if (!doc.isObject()) {
            err << "--payload is not one JSON object" << Qt::endl;
            return 2;
        }
        return printEvents(hq.recordHeadOfficeEvents(actor, {EventDraft {type, aggregate, actor, doc.object()}}));
    }
    if (command == QLatin1String("publish-policy")) {
        const QString actor = need("actor"), file = need("file");
        if (!need.ok)
            return 2;
        const auto json = readJsonFile(file, err);
        if (!json)
            return 2;
        QString bad;
        const auto policy = Policy::fromJson(*json, &bad);
        if (!policy) {
            err << "refused: policy " << policyErrorName(policy.error()) << " [" << bad << "]" << Qt::endl;
            return 1;
        }
        return printEvent(hq.publishPolicy(actor, policy.value()));
    }
    if (command == QLatin1String("publish-content")) {
        const QString actor = need("actor"), file = need("file");
        if (!need.ok)
            return 2;
        const auto pack = loadContentPack(file);
        if (!pack) {
            err << "refused: content pack " << contentPackErrorName(pack.error().code) << " [" << pack.error().field
                << "]" << Qt::endl;
            return 1;
        }
        const auto json = readJsonFile(file, err);
        return json ? printEvent(hq.publishContent(actor, *json)) : 2;
    }
    if (command == QLatin1String("list-users")) {
        for (const UserInfo &u : hq.users())
            out << line({{QStringLiteral("id"), u.id}, {QStringLiteral("role"), u.role},
                {QStringLiteral("name"), u.name}, {QStringLiteral("disabled"), u.disabled}})
                << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("list-devices")) {
        for (const DeviceInfo &dv : hq.devices())
            out << line({{QStringLiteral("id"), dv.id}, {QStringLiteral("user"), dv.userId},
                {QStringLiteral("status"), dv.status}, {QStringLiteral("storedUpTo"), dv.headSeq},
                {QStringLiteral("headHash"), dv.headHash}, {QStringLiteral("lastPushAt"), dv.lastPushAt},
                {QStringLiteral("clockSkewMs"), dv.clockSkewMs}})
                << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("list-flags")) {
        for (const Flag &f : hq.flags())
            out << line({{QStringLiteral("id"), f.id}, {QStringLiteral("at"), f.at}, {QStringLiteral("kind"), f.kind},
                {QStringLiteral("code"), f.code}, {QStringLiteral("device"), f.device},
                {QStringLiteral("user"), f.userId}, {QStringLiteral("seq"), f.seq},
                {QStringLiteral("eventId"), f.eventId}, {QStringLiteral("aggregate"), f.aggregate},
                {QStringLiteral("detail"), f.detail}})
                << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("identity")) {
        const auto id = hq.identity();
        out << line({{QStringLiteral("deviceId"), id.deviceId},
            {QStringLiteral("publicKey"), QString::fromLatin1(id.publicKey.toBase64())},
            {QStringLiteral("store"), hq.storeKind()}})
            << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("show")) {
        const QString id = need("aggregate");
        if (!need.ok)
            return 2;
        const auto state = hq.aggregate(id);
        if (!state) {
            err << "no aggregate " << id << Qt::endl;
            return 1;
        }
        out << line({{QStringLiteral("kind"), state->kind}, {QStringLiteral("state"), state->state}}) << Qt::endl;
        return 0;
    }
    err << "unknown admin command " << command << "\n" << Usage;
    return 2;
}

// The console's options (docs/console.md); false with a message when one is malformed.
bool consoleOptions(const Options &o, ConsoleOptions *c, QTextStream &err)
{
    const std::pair<const char *, qint64> numbers[] = {{"console-idle-minutes", 1}, {"console-session-hours", 1},
        {"argon2-memory-kib", 8}, {"argon2-iterations", 1}, {"argon2-parallelism", 1}};
    for (const auto &[name, minimum] : numbers) {
        const QString key = QLatin1String(name);
        if (!o.contains(key))
            continue;
        bool ok = false;
        const qint64 v = o.value(key).toLongLong(&ok);
        if (!ok || v < minimum || v > 4'194'304) {
            err << "--" << name << " needs a whole number from " << minimum << Qt::endl;
            return false;
        }
        if (key == QLatin1String("console-idle-minutes"))
            c->sessionIdleMs = v * MsPerMinute;
        else if (key == QLatin1String("console-session-hours"))
            c->sessionAbsoluteMs = v * 60 * MsPerMinute;
        else if (key == QLatin1String("argon2-memory-kib"))
            c->argon2MemoryKiB = static_cast<quint32>(v);
        else if (key == QLatin1String("argon2-iterations"))
            c->argon2Iterations = static_cast<quint32>(v);
        else
            c->argon2Parallelism = static_cast<quint32>(v);
    }
    if (o.contains(QStringLiteral("console-time-zone"))) {
        c->timeZone = o.value(QStringLiteral("console-time-zone"));
        if (!QTimeZone(c->timeZone.toUtf8()).isValid()) {
            err << "--console-time-zone: unknown zone " << c->timeZone << Qt::endl;
            return false;
        }
    }
    return true;
}

int serve(HqService &hq, const Options &o, QTextStream &out, QTextStream &err)
{
    ServerOptions so;
    so.certFile = o.value(QStringLiteral("cert"));
    so.keyFile = o.value(QStringLiteral("key"));
    if (so.certFile.isEmpty() || so.keyFile.isEmpty()) {
        err << "serve needs --cert and --key (PEM files)" << Qt::endl;
        return 2;
    }
    so.host = o.value(QStringLiteral("host"), so.host);
    so.port = o.value(QStringLiteral("port"), QStringLiteral("8443")).toInt();
    so.threads = o.value(QStringLiteral("threads"), QString::number(DefaultThreads)).toInt();
    so.log = o.contains(QStringLiteral("log"));

    // SIGINT/SIGTERM end the server cleanly: blocked everywhere, awaited by one thread.
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &set, nullptr);

    HttpServer server(hq, so);
    if (!server.bind()) {
        err << server.error() << Qt::endl;
        return 1;
    }
    if (const QString portFile = o.value(QStringLiteral("port-file")); !portFile.isEmpty()) {
        QSaveFile f(portFile);
        if (!f.open(QIODevice::WriteOnly) || f.write(QByteArray::number(server.port()) + '\n') < 0 || !f.commit()) {
            err << "cannot write " << portFile << Qt::endl;
            return 1;
        }
    }
    out << "kakunin-hq: listening on https://" << so.host << ':' << server.port() << " (" << hq.storeKind() << " store)"
        << Qt::endl;
    std::thread waiter([&server, set] {
        int sig = 0;
        sigwait(&set, &sig);
        server.stop();
    });
    server.serve();
    // serve() also returns when listening fails; wake the waiter either way.
    pthread_kill(waiter.native_handle(), SIGTERM);
    waiter.join();
    out << "kakunin-hq: stopped" << Qt::endl;
    return 0;
}

} // namespace

int runCli(const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (args.size() < 2 || args[1] == QLatin1String("--help") || args[1] == QLatin1String("help")) {
        (args.size() < 2 ? err : out) << Usage;
        return args.size() < 2 ? 2 : 0;
    }
    const QString mode = args[1];
    const bool isAdmin = mode == QLatin1String("admin");
    if (!isAdmin && mode != QLatin1String("serve")) {
        err << Usage;
        return 2;
    }
    if (isAdmin && args.size() < 3) {
        err << Usage;
        return 2;
    }
    Options o;
    QString error;
    int first = isAdmin ? 3 : 2;
    // set-password USER: the user is the one positional argument of an admin command.
    if (isAdmin && args[2] == QLatin1String("set-password") && args.size() > 3
        && !args[3].startsWith(QLatin1String("--"))) {
        o.insert(QStringLiteral("user"), args[3]);
        first = 4;
    }
    if (!parseOptions(args, first, &o, &error)) {
        err << error << "\n" << Usage;
        return 2;
    }
    try {
        std::shared_ptr<Database> db = openStore(o, &error);
        if (!db) {
            err << error << Qt::endl;
            return 1;
        }
        HqOptions ho;
        if (o.contains(QStringLiteral("token-days")))
            ho.tokenLifetimeMs = o.value(QStringLiteral("token-days")).toLongLong() * MsPerDay;
        ho.maxConnections
            = std::max(2, o.value(QStringLiteral("db-connections"), QString::number(defaultDbConnections())).toInt());
        if (!consoleOptions(o, &ho.console, err))
            return 2;
        static const SystemClock clock;
        HqService hq(db, clock, ho);
        return isAdmin ? admin(args[2], hq, o, out, err) : serve(hq, o, out, err);
    } catch (const SqlError &e) {
        err << "kakunin-hq: database: " << e.what() << Qt::endl;
        return 1;
    }
}

} // namespace kakunin::hq
