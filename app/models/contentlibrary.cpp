#include "contentlibrary.h"

#include <QVersionNumber>

namespace kakunin {

void ContentLibrary::loadBuiltIn()
{
    auto loaded = loadContentPackDir(QStringLiteral(":/content"));
    if (!loaded) {
        m_lastError = loaded.error();
        return;
    }
    for (const ContentPack &pack : loaded.value())
        add(pack);
}

void ContentLibrary::add(const ContentPack &pack)
{
    for (ContentPack &existing : m_packs) {
        if (existing.id == pack.id) {
            if (QVersionNumber::fromString(existing.version) < QVersionNumber::fromString(pack.version))
                existing = pack;
            return;
        }
    }
    m_packs.append(pack);
}

const ContentPack *ContentLibrary::byProduct(const QString &productCode) const
{
    for (const ContentPack &pack : m_packs)
        if (pack.productCode == productCode)
            return &pack;
    return nullptr;
}

const ContentPack *ContentLibrary::byId(const QString &packId) const
{
    for (const ContentPack &pack : m_packs)
        if (pack.id == packId)
            return &pack;
    return nullptr;
}

} // namespace kakunin
