#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QString>

namespace kakunin {

class AppSession;
class Store;

// "My customers" on the home screen: the customer projections of the store that the signed-in user
// registered (P4: a rep sees only their own customers), filtered by what is typed into the search field:
// name, business, the name's reading in kana (フリガナ), or that reading in romaji typed on a latin keyboard.
// Created by C++ (main.cpp) and given the session's store on unlock; QML sees it as the singleton
// `Customers` (qmlsingletons.h).
class CustomerListModel : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterTextChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int totalCount READ totalCount NOTIFY countChanged) // mine, before the filter
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged) // a background load runs

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
        ReadingRole, // the name's reading in kana (フリガナ), empty when not recorded
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
    // Null (tests): reload() reads on the calling thread and the rows are there when it returns. The app's
    // session: it reads through the session's background reader (AppSession::readStore), so unlocking shows
    // home at once with thousands of customers; the rows arrive with countChanged and loading turns false.
    void setReads(AppSession *session) { m_reads = session; }
    bool loading() const { return m_loading; }

    // Code → words, in the user's language.
    static QString screeningText(const QString &outcome);
    static QString statusText(const QString &status);
    // What the filter compares: case-folded, NFKC (full-width → half-width), katakana → hiragana, no spaces.
    static QString searchKey(const QString &text);
    // Kana → Hepburn romaji (さとう → "satou", しんぶん → "shinbun"); other characters are dropped except
    // latin letters, which pass through lower-cased.
    static QString romaji(const QString &kana);
    // What romaji are compared by, so the ways people type a name all meet: long vowels ignored
    // (satou, satoh, sato → "sato"), Kunrei and word-processor spellings read as Hepburn (si → shi,
    // tu → tsu, tya → cha), doubled letters single (kk, nn), m before b/p read as n.
    static QString romajiKey(const QString &latin);

signals:
    void filterTextChanged();
    void countChanged();
    void loadingChanged();

private:
    struct Row {
        QString id;
        QString name;
        QString business;
        QString phone;
        QString address;
        QString screening;
        QString status;
        QString reading;
        QString key; // searchKey(name) + '\n' + searchKey(business) + '\n' + searchKey(reading)
        QString romajiKey; // romajiKey(romaji(reading))
    };
    static QList<Row> readRows(const Store &store, const QString &userId);
    void apply(QList<Row> rows);
    void setLoading(bool loading);
    void refilter();

    const Store *m_store = nullptr;
    AppSession *m_reads = nullptr;
    quint64 m_generation = 0; // of the newest load asked for; older results are dropped
    bool m_loading = false;
    QString m_userId;
    QString m_filterText;
    QList<Row> m_all; // mine, ordered by name
    QList<int> m_visible; // indexes into m_all that match the filter
};

} // namespace kakunin
