#pragma once

#include "settingsfile.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTranslator>

#include <memory>

class QQmlEngine;

namespace kakunin {

// The UI language, switchable at run time: Japanese (default) or English. Owns the installed QTranslator
// and retranslates the QML engine when the code changes; the choice is kept in the settings file of the
// data folder. QML sees it as the singleton `Language` (qmlsingletons.h); AppSession::language follows it
// so view models can pick the ja/en half of content-pack texts.
class Language : public QObject {
    Q_OBJECT
    Q_PROPERTY(QString code READ code NOTIFY codeChanged)
    Q_PROPERTY(QStringList supported READ supported CONSTANT)

public:
    static constexpr const char *SettingsKey = "language";
    static QStringList supported() { return {QStringLiteral("ja"), QStringLiteral("en")}; }
    static QString defaultCode() { return QStringLiteral("ja"); }

    // settingsDirectory: where the choice is kept (the data folder; empty: not kept).
    // initial: the language to start with (e.g. `--language`); empty: the kept choice, else Japanese.
    // Translations are read from `<qmPrefix><code>.qm`, the app's own in `:/i18n`.
    explicit Language(const QString &settingsDirectory, const QString &initial = QString(),
        QString qmPrefix = QStringLiteral(":/i18n/kakunin_"), QObject *parent = nullptr);
    ~Language() override;

    QString code() const { return m_code; }
    // Switches the translator, retranslates QML and keeps the choice. False for an unsupported code.
    Q_INVOKABLE bool setCode(const QString &code);

    // The engine to retranslate (not owned; known once QML first reads the singleton).
    void setEngine(QQmlEngine *engine);
    // The translator installed now; null when no translation file was found.
    const QTranslator *translator() const { return m_translator.get(); }

signals:
    void codeChanged();

private:
    void apply(const QString &code);

    SettingsFile m_settings;
    QString m_qmPrefix;
    QString m_code;
    std::unique_ptr<QTranslator> m_translator;
    QPointer<QQmlEngine> m_engine;
};

} // namespace kakunin
