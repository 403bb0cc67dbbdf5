#include "i18n.h"

namespace kakunin::hq::console {

QString languageCode(Language l)
{
    return l == Language::English ? QStringLiteral("en") : QStringLiteral("ja");
}

Language languageFromCode(const QString &code)
{
    return code == QLatin1String("en") ? Language::English : Language::Japanese;
}

Translations::Translations() : m_ja(std::make_unique<QTranslator>()), m_en(std::make_unique<QTranslator>())
{
    m_jaLoaded = m_ja->load(QStringLiteral(":/console/i18n/console_ja.qm"));
    m_enLoaded = m_en->load(QStringLiteral(":/console/i18n/console_en.qm"));
}

bool Translations::loaded(Language language) const
{
    return language == Language::English ? m_enLoaded : m_jaLoaded;
}

QString Translations::text(Language language, const char *source) const
{
    // QTranslator::translate only reads what load() built: safe from every worker thread at once.
    const QTranslator &t = language == Language::English ? *m_en : *m_ja;
    const QString text = t.translate("Console", source);
    return text.isEmpty() ? QString::fromUtf8(source) : text;
}

} // namespace kakunin::hq::console
