#include "keystorage.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QSaveFile>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace kakunin {
namespace {

const QString KeyFileName = QStringLiteral("kakunin.key");
const QString KeychainService = QStringLiteral("Kakunin");
constexpr int KeychainTimeoutMs = 3000;

// QtKeychain is asynchronous; the store needs one answer, so wait for it with a bound.
bool runJob(QKeychain::Job *job)
{
    if (QCoreApplication::instance() == nullptr)
        return false; // no event loop to answer in: treat as no keychain
    QEventLoop loop;
    bool finished = false;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(KeychainTimeoutMs, &loop, &QEventLoop::quit);
    job->start();
    if (!finished)
        loop.exec();
    return finished && job->error() == QKeychain::NoError;
}

} // namespace

std::optional<QByteArray> FileKeyStorage::load()
{
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    return f.readAll();
}

bool FileKeyStorage::save(const QByteArray &record)
{
    QSaveFile f(m_path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return f.write(record) == record.size() && f.commit();
}

bool FileKeyStorage::remove()
{
    return !QFile::exists(m_path) || QFile::remove(m_path);
}

std::optional<QByteArray> KeychainKeyStorage::load()
{
    QKeychain::ReadPasswordJob job(KeychainService);
    job.setAutoDelete(false);
    job.setKey(m_account);
    if (!runJob(&job))
        return std::nullopt;
    return job.binaryData();
}

bool KeychainKeyStorage::save(const QByteArray &record)
{
    QKeychain::WritePasswordJob job(KeychainService);
    job.setAutoDelete(false);
    job.setKey(m_account);
    job.setBinaryData(record);
    return runJob(&job);
}

bool KeychainKeyStorage::remove()
{
    QKeychain::DeletePasswordJob job(KeychainService);
    job.setAutoDelete(false);
    job.setKey(m_account);
    return runJob(&job);
}

std::unique_ptr<KeyStorage> openKeyStorage(const QString &directory, KeyStoragePolicy policy, bool creating)
{
    const QString abs = QDir(directory).absolutePath();
    auto file = std::make_unique<FileKeyStorage>(QDir(abs).filePath(KeyFileName));
    const QByteArray forced = qgetenv("KAKUNIN_KEY_STORAGE");
    if (policy == KeyStoragePolicy::FileOnly || forced == "file" || (!creating && QFile::exists(file->path())))
        return file;
    const QString account = QStringLiteral("dbkey-")
        + QString::fromLatin1(QCryptographicHash::hash(abs.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
    auto keychain = std::make_unique<KeychainKeyStorage>(account);
    if (!creating)
        return keychain; // no file: the record can only be in the keychain
    // Probe: a keychain counts only if it stores and returns a record.
    const QByteArray probe = QByteArrayLiteral("probe");
    if (keychain->save(probe) && keychain->load() == probe)
        return keychain;
    if (forced == "keychain")
        return keychain;
    return file;
}

} // namespace kakunin
