#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QString>

namespace kakunin {

class Store;

// "My customers" on the home screen: the customer projections of the store that the signed-in user
// registered (P4: a rep sees only their own customers), filtered by what is typed into the search field.
// Created by C++ (main.cpp) and given the session's store on unlock; QML sees it as the singleton
// `Customers` (qmlsingletons.h).
class CustomerListModel : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterTextChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int totalCount READ totalCount NOTIFY countChanged) // mine, before the filter

public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        NameRole,
        BusinessRole,
        PhoneRole,
        AddressRole,
        ScreeningRole, // code: "allowed", "allowed_with_conditions", "refused", or empty when not screened
        ScreeningTextRole, // the same in words, translated
        StatusRole, // code of the next step: "needs_profile", "needs_screening", "refused", "ready"
        StatusTextRole, // the same in words, translated
        RefusedRole, // bool: screening refused the prospect (P2); there is no way forward
    };
    Q_ENUM(Roles)

    explicit CustomerListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString filterText() const { return m_filterText; }
    void setFilterText(const QString &text);
    int count() const { return static_cast<int>(m_visible.size()); }
    int totalCount() const { return static_cast<int>(m_all.size()); }

    // The store to read (not owned; null when locked) and the signed-in user; reloads.
    void setSource(const Store *store, const QString &userId);
    // Reads the customers again, e.g. after new events were appended.
    Q_INVOKABLE void reload();

    // Code → words, in the user's language.
    static QString screeningText(const QString &outcome);
    static QString statusText(const QString &status);
    // What the filter compares: case-folded, NFKC (full-width → half-width), katakana → hiragana, no spaces.
    static QString searchKey(const QString &text);

signals:
    void filterTextChanged();
    void countChanged();

private:
    struct Row {
        QString id;
        QString name;
        QString business;
        QString phone;
        QString address;
        QString screening;
        QString status;
        QString key; // searchKey(name) + '\n' + searchKey(business)
    };
    void refilter();

    const Store *m_store = nullptr;
    QString m_userId;
    QString m_filterText;
    QList<Row> m_all; // mine, ordered by name
    QList<int> m_visible; // indexes into m_all that match the filter
};

} // namespace kakunin
