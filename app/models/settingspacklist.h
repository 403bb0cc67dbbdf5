#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QPointer>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include "appsession.h"

namespace kakunin {

// Settings → About: the content packs this tablet explains and teaches from (name in the user's language,
// id, version and the start of the hash that records cite), so support can tell which content was shown.
class SettingsPackList : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(kakunin::AppSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    static constexpr int ShortHashLength = 12;

    enum Roles {
        PackIdRole = Qt::UserRole + 1,
        NameRole, // product name in the session's language
        VersionRole,
        ProductCodeRole,
        HashRole, // full SHA-256, lowercase hex
        ShortHashRole, // its first ShortHashLength characters
    };
    Q_ENUM(Roles)

    explicit SettingsPackList(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    AppSession *session() const { return m_session; }
    void setSession(AppSession *session);
    int count() const { return static_cast<int>(m_rows.size()); }

    Q_INVOKABLE void reload();

signals:
    void sessionChanged();
    void countChanged();

private:
    struct Row {
        QString id;
        QString name;
        QString version;
        QString productCode;
        QString hash;
    };
    QPointer<AppSession> m_session;
    QMetaObject::Connection m_language;
    QList<Row> m_rows;
};

// What QML creates for Settings → About: the session in; the pack list and the app version out (qmllint in
// Qt 6.4 cannot resolve a QAbstractItemModel created in QML, so the model is a property of this plain object).
class SettingsInfo : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(kakunin::AppSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(kakunin::SettingsPackList *packs READ packs CONSTANT)
    Q_PROPERTY(QString appVersion READ appVersion CONSTANT)

public:
    explicit SettingsInfo(QObject *parent = nullptr);

    AppSession *session() const { return m_packs.session(); }
    void setSession(AppSession *session);
    SettingsPackList *packs() { return &m_packs; }
    static QString appVersion();

signals:
    void sessionChanged();

private:
    SettingsPackList m_packs;
};

} // namespace kakunin
