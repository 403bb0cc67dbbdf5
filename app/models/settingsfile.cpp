#include "settingsfile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace kakunin {

namespace {

QJsonObject readObject(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QJsonDocument doc = QJsonDocument::fromJson(f.read(64 * 1024));
    return doc.isObject() ? doc.object() : QJsonObject();
}

} // namespace

SettingsFile::SettingsFile(QString directory) : m_directory(std::move(directory)) { }

QString SettingsFile::path() const
{
    return QDir(m_directory).filePath(QLatin1String(FileName));
}

QString SettingsFile::value(const QString &key) const
{
    if (m_directory.isEmpty())
        return {};
    return readObject(path()).value(key).toString();
}

bool SettingsFile::setValue(const QString &key, const QString &value)
{
    if (m_directory.isEmpty())
        return false;
    if (!QDir(m_directory).exists()) {
        if (!QDir().mkpath(m_directory))
            return false;
        QFile::setPermissions(m_directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    QJsonObject o = readObject(path());
    if (o.value(key).toString() == value && o.contains(key))
        return true;
    o.insert(key, value);
    QSaveFile f(path());
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(QJsonDocument(o).toJson(QJsonDocument::Indented));
    return f.commit();
}

} // namespace kakunin
