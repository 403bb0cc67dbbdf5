#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace kakunin {

class DeliveryLecture;

// The delivery checklist (D2) of one contract for the customer's lecture level (P1): one row per item, in the
// pack's order, with its category (feature ／ operation) as the section. Rows are filled by DeliveryLecture,
// which rebuilds them from the contract's events; marking goes back through it, so core decides and the
// event is recorded. Created by DeliveryLecture (its `checklist` property), never from QML.
class LectureChecklistModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The checklist belongs to a DeliveryLecture")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Roles {
        CategoryRole = Qt::UserRole + 1, // section: "feature ／ operation" in the content language
        TextRole, // what is taught
        MinutesRole, // estimated teaching time
        TaughtRole, // bool: the installer marked it taught
        UnderstoodRole, // bool: the customer ticked it understood
        CanMarkTaughtRole, // bool: core would accept "taught" now
        CanMarkUnderstoodRole, // bool: core would accept "understood" now
        ItemIdRole,
        ExtendedRole, // bool: an extended-lecture item (P1: low IT literacy)
        CategoryIdRole,
        NumberRole, // 1-based position in the checklist
    };
    Q_ENUM(Roles)

    struct Row {
        QString itemId;
        QString categoryId;
        QString category;
        QString text;
        int minutes = 0;
        bool extended = false;
        bool taught = false;
        bool understood = false;
        bool canMarkTaught = false;
        bool canMarkUnderstood = false;
        bool operator==(const Row &) const = default;
    };

    explicit LectureChecklistModel(DeliveryLecture *owner);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return static_cast<int>(m_rows.size()); }
    const QList<Row> &rows() const { return m_rows; }

    // The installer marks an item taught; the customer ticks it understood. Both go through the lecture's
    // domain checks and record lecture.item_taught / lecture.item_understood. False when refused.
    Q_INVOKABLE bool markTaught(const QString &itemId);
    Q_INVOKABLE bool markUnderstood(const QString &itemId);

    // Replaces the rows: the same items in the same order change in place (dataChanged), others reset.
    void setRows(const QList<Row> &rows);

signals:
    void countChanged();

private:
    DeliveryLecture *m_owner;
    QList<Row> m_rows;
};

} // namespace kakunin
