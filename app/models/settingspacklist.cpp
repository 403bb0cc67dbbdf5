#include "settingspacklist.h"

#include <QCoreApplication>

namespace kakunin {

SettingsPackList::SettingsPackList(QObject *parent) : QAbstractListModel(parent) { }

int SettingsPackList::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant SettingsPackList::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return r.name;
    case PackIdRole:
        return r.id;
    case VersionRole:
        return r.version;
    case ProductCodeRole:
        return r.productCode;
    case HashRole:
        return r.hash;
    case ShortHashRole:
        return r.hash.left(ShortHashLength);
    default:
        return {};
    }
}

QHash<int, QByteArray> SettingsPackList::roleNames() const
{
    return {{PackIdRole, "packId"}, {NameRole, "name"}, {VersionRole, "version"}, {ProductCodeRole, "productCode"},
        {HashRole, "hash"}, {ShortHashRole, "shortHash"}};
}

void SettingsPackList::setSession(AppSession *session)
{
    if (session == m_session)
        return;
    disconnect(m_language);
    m_session = session;
    if (m_session)
        m_language = connect(m_session, &AppSession::languageChanged, this, &SettingsPackList::reload);
    emit sessionChanged();
    reload();
}

void SettingsPackList::reload()
{
    const int before = count();
    beginResetModel();
    m_rows.clear();
    if (m_session) {
        const QString language = m_session->language();
        for (const ContentPack &p : m_session->content().packs())
            m_rows.append({p.id, p.productName.in(language), p.version, p.productCode, p.hash});
        std::sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) { return a.id < b.id; });
    }
    endResetModel();
    if (count() != before)
        emit countChanged();
}

SettingsInfo::SettingsInfo(QObject *parent) : QObject(parent)
{
    connect(&m_packs, &SettingsPackList::sessionChanged, this, &SettingsInfo::sessionChanged);
}

void SettingsInfo::setSession(AppSession *session)
{
    m_packs.setSession(session);
}

QString SettingsInfo::appVersion()
{
    return QStringLiteral(KAKUNIN_VERSION); // the build's, whatever binary shows it
}

} // namespace kakunin
