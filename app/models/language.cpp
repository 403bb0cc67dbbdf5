#include "language.h"

#include <QCoreApplication>
#include <QQmlEngine>

namespace kakunin {

Language::Language(const QString &settingsDirectory, const QString &initial, QString qmPrefix, QObject *parent)
    : QObject(parent), m_settings(settingsDirectory), m_qmPrefix(std::move(qmPrefix))
{
    QString code = initial;
    if (!supported().contains(code))
        code = m_settings.value(QLatin1String(SettingsKey));
    if (!supported().contains(code))
        code = defaultCode();
    apply(code);
}

Language::~Language()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
}

bool Language::setCode(const QString &code)
{
    if (!supported().contains(code))
        return false;
    if (!m_settings.setValue(QLatin1String(SettingsKey), code))
        qWarning("kakunin: the language choice could not be saved in %s", qPrintable(m_settings.path()));
    if (code == m_code)
        return true;
    apply(code);
    if (m_engine)
        m_engine->retranslate();
    emit codeChanged();
    return true;
}

void Language::setEngine(QQmlEngine *engine)
{
    m_engine = engine;
    if (m_engine)
        m_engine->setUiLanguage(m_code);
}

void Language::apply(const QString &code)
{
    auto next = std::make_unique<QTranslator>();
    if (!next->load(m_qmPrefix + code + QLatin1String(".qm"))) {
        qWarning("kakunin: no translation file %s%s.qm", qPrintable(m_qmPrefix), qPrintable(code));
        next.reset();
    }
    // The new one first, then the old one out: every text is translated at every moment in between.
    if (next)
        QCoreApplication::installTranslator(next.get());
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    m_translator = std::move(next);
    m_code = code;
    if (m_engine)
        m_engine->setUiLanguage(m_code);
}

} // namespace kakunin
