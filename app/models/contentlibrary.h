#pragma once

#include <core/content/contentpackloader.h>

#include <QList>

namespace kakunin {

// The content packs this tablet knows (docs/content-packs.md): those shipped in the app's resources
// (`:/content`), later also those head office publishes. Looked up by product code or pack id.
class ContentLibrary {
public:
    // Loads every pack under :/content; a malformed pack is left out and reported by lastError().
    void loadBuiltIn();
    // Adds or replaces (same id) a pack; newest version wins.
    void add(const ContentPack &pack);

    const QList<ContentPack> &packs() const { return m_packs; }
    const ContentPack *byProduct(const QString &productCode) const;
    const ContentPack *byId(const QString &packId) const;
    ContentPackError lastError() const { return m_lastError; }

private:
    QList<ContentPack> m_packs;
    ContentPackError m_lastError;
};

} // namespace kakunin
