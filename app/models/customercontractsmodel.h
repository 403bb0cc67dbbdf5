#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace kakunin {

class AppSession;

// The contracts of one customer (contract projections whose customerId is the customer), the most recently
// active first, with the product's name from the content packs and the contract's state in words.
class CustomerContractsModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by CustomerDetail.")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Roles {
        ContractIdRole = Qt::UserRole + 1,
        ProductCodeRole,
        ProductNameRole,
        StatusRole, // ContractState::status(): stage name, or "on_hold" / "disputed"
        StatusTextRole,
        ContractedTextRole, // "Contracted Sat 31 Jan 2026", or empty before conclusion
        LiveRole, // bool: concluded and not ended (P4)
    };
    Q_ENUM(Roles)

    explicit CustomerContractsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return static_cast<int>(m_rows.size()); }

    void setSource(const AppSession *session, const QString &customerId);
    void reload();
    int liveCount() const;

    static QString statusText(const QString &status);

signals:
    void countChanged();

private:
    struct Row {
        QString id, productCode, productName, status, contractedText;
        bool live = false;
        qint64 lastAt = 0;
    };
    const AppSession *m_session = nullptr;
    QString m_customerId;
    QList<Row> m_rows;
};

} // namespace kakunin
