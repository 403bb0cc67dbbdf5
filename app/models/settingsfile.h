#pragma once

#include <QString>

namespace kakunin {

// The tablet's few user preferences that must survive a restart (today: the language), kept as a small
// JSON file beside the encrypted store. Nothing secret goes here: the file is plain text.
class SettingsFile {
public:
    static constexpr const char *FileName = "settings.json";

    explicit SettingsFile(QString directory);

    QString path() const;
    // Empty when the file, or the value, is absent or unreadable.
    QString value(const QString &key) const;
    // Writes atomically; a folder made here is the user's alone, as the store makes it.
    bool setValue(const QString &key, const QString &value);

private:
    QString m_directory;
};

} // namespace kakunin
