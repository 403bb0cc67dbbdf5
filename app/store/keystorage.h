#pragma once

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace kakunin {

// Where the wrapped database key lives: the platform keychain when one answers,
// else a file beside the database, readable by its owner only.
class KeyStorage {
public:
    virtual ~KeyStorage() = default;
    virtual std::optional<QByteArray> load() = 0;
    virtual bool save(const QByteArray &record) = 0;
    virtual bool remove() = 0;
    virtual QString kind() const = 0; // "keychain" or "file"
};

class FileKeyStorage final : public KeyStorage {
public:
    explicit FileKeyStorage(QString path) : m_path(std::move(path)) { }
    std::optional<QByteArray> load() override;
    bool save(const QByteArray &record) override; // atomic replace, mode 0600
    bool remove() override;
    QString kind() const override { return QStringLiteral("file"); }
    QString path() const { return m_path; }

private:
    QString m_path;
};

class KeychainKeyStorage final : public KeyStorage {
public:
    explicit KeychainKeyStorage(QString account) : m_account(std::move(account)) { }
    std::optional<QByteArray> load() override;
    bool save(const QByteArray &record) override;
    bool remove() override;
    QString kind() const override { return QStringLiteral("keychain"); }

private:
    QString m_account;
};

enum class KeyStoragePolicy {
    Auto, // keychain where one answers, else the file (KAKUNIN_KEY_STORAGE=file|keychain overrides)
    FileOnly, // always the file
};

// For an existing store: wherever its record is. For a new one: the keychain if it takes and
// returns a record, else the file.
std::unique_ptr<KeyStorage> openKeyStorage(const QString &directory, KeyStoragePolicy policy, bool creating);

} // namespace kakunin
