#pragma once
// The console's words in Japanese (default) and English. Texts are marked in the code with
// QT_TRANSLATE_NOOP("Console", "…") and translated per request with one of two QTranslators loaded from the
// .qm files compiled into kakunin-hq (assets/i18n/console_ja.ts, console_en.ts). No translator is installed
// globally: each request asks for its own language.

#include <QString>
#include <QTranslator>

#include <memory>

namespace kakunin::hq::console {

enum class Language { Japanese, English };

QString languageCode(Language l); // "ja", "en"
Language languageFromCode(const QString &code); // anything but "en" is Japanese

class Translations {
public:
    Translations();
    Translations(const Translations &) = delete;
    Translations &operator=(const Translations &) = delete;

    // The text in the language; the English source when no translation is found.
    QString text(Language language, const char *source) const;
    bool loaded(Language language) const;

private:
    std::unique_ptr<QTranslator> m_ja;
    std::unique_ptr<QTranslator> m_en;
    bool m_jaLoaded = false;
    bool m_enLoaded = false;
};

} // namespace kakunin::hq::console
