#include "lecturechecklistmodel.h"

#include "deliverylecture.h"

namespace kakunin {

LectureChecklistModel::LectureChecklistModel(DeliveryLecture *owner) : QAbstractListModel(owner), m_owner(owner) { }

int LectureChecklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant LectureChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return r.text;
    case CategoryRole:
        return r.category;
    case MinutesRole:
        return r.minutes;
    case TaughtRole:
        return r.taught;
    case UnderstoodRole:
        return r.understood;
    case CanMarkTaughtRole:
        return r.canMarkTaught;
    case CanMarkUnderstoodRole:
        return r.canMarkUnderstood;
    case ItemIdRole:
        return r.itemId;
    case ExtendedRole:
        return r.extended;
    case CategoryIdRole:
        return r.categoryId;
    case NumberRole:
        return index.row() + 1;
    default:
        return {};
    }
}

QHash<int, QByteArray> LectureChecklistModel::roleNames() const
{
    return {{CategoryRole, "category"}, {TextRole, "text"}, {MinutesRole, "minutes"}, {TaughtRole, "taught"},
        {UnderstoodRole, "understood"}, {CanMarkTaughtRole, "canMarkTaught"},
        {CanMarkUnderstoodRole, "canMarkUnderstood"}, {ItemIdRole, "itemId"}, {ExtendedRole, "extended"},
        {CategoryIdRole, "categoryId"}, {NumberRole, "number"}};
}

bool LectureChecklistModel::markTaught(const QString &itemId)
{
    return m_owner->markTaught(itemId);
}

bool LectureChecklistModel::markUnderstood(const QString &itemId)
{
    return m_owner->markUnderstood(itemId);
}

void LectureChecklistModel::setRows(const QList<Row> &rows)
{
    bool sameItems = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameItems && i < rows.size(); ++i)
        sameItems = rows[i].itemId == m_rows[i].itemId && rows[i].category == m_rows[i].category;
    if (!sameItems) {
        const bool countChanges = rows.size() != m_rows.size();
        beginResetModel();
        m_rows = rows;
        endResetModel();
        if (countChanges)
            emit countChanged();
        return;
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows[i] == m_rows[i])
            continue;
        m_rows[i] = rows[i];
        const QModelIndex at = index(static_cast<int>(i));
        emit dataChanged(at, at);
    }
}

} // namespace kakunin
