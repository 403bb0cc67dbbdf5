#include "customerlistmodel.h"

#include <store/store.h>

#include <QCollator>

#include <algorithm>

namespace kakunin {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QString statusOf(const QJsonObject &s)
{
    const QString screening = str(s, "screening");
    if (screening == QLatin1String("refused"))
        return QStringLiteral("refused");
    if (!screening.isEmpty())
        return QStringLiteral("ready");
    if (s.contains(QLatin1String("profile")))
        return QStringLiteral("needs_screening");
    return QStringLiteral("needs_profile");
}

} // namespace

CustomerListModel::CustomerListModel(QObject *parent) : QAbstractListModel(parent) { }

int CustomerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant CustomerListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_all.at(m_visible.at(index.row()));
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return r.name;
    case IdRole:
        return r.id;
    case BusinessRole:
        return r.business;
    case PhoneRole:
        return r.phone;
    case AddressRole:
        return r.address;
    case ScreeningRole:
        return r.screening;
    case ScreeningTextRole:
        return screeningText(r.screening);
    case StatusRole:
        return r.status;
    case StatusTextRole:
        return statusText(r.status);
    case RefusedRole:
        return r.status == QLatin1String("refused");
    default:
        return {};
    }
}

QHash<int, QByteArray> CustomerListModel::roleNames() const
{
    return {{IdRole, "customerId"}, {NameRole, "name"}, {BusinessRole, "business"}, {PhoneRole, "phone"},
        {AddressRole, "address"}, {ScreeningRole, "screening"}, {ScreeningTextRole, "screeningText"},
        {StatusRole, "status"}, {StatusTextRole, "statusText"}, {RefusedRole, "refused"}};
}

void CustomerListModel::setFilterText(const QString &text)
{
    if (text == m_filterText)
        return;
    m_filterText = text;
    emit filterTextChanged();
    const int before = count();
    beginResetModel();
    refilter();
    endResetModel();
    if (count() != before)
        emit countChanged();
}

void CustomerListModel::setSource(const Store *store, const QString &userId)
{
    m_store = store;
    m_userId = userId;
    reload();
}

void CustomerListModel::reload()
{
    const int before = count();
    const int totalBefore = totalCount();
    beginResetModel();
    m_all.clear();
    if (m_store != nullptr) {
        for (const AggregateState &c : m_store->projectionsOfKind(QStringLiteral("customer"))) {
            const QJsonObject &s = c.state;
            if (m_userId.isEmpty() || str(s, "registeredBy") != m_userId)
                continue; // P4: only the signed-in rep's own customers
            Row r {str(s, "id"), str(s, "name"), str(s, "business"), str(s, "phone"), str(s, "address"),
                str(s, "screening"), statusOf(s), {}};
            r.key = searchKey(r.name) + QLatin1Char('\n') + searchKey(r.business);
            m_all.append(std::move(r));
        }
        QCollator collator(QLocale(QLocale::Japanese, QLocale::Japan));
        std::stable_sort(m_all.begin(), m_all.end(),
            [&collator](const Row &a, const Row &b) { return collator.compare(a.name, b.name) < 0; });
    }
    refilter();
    endResetModel();
    if (count() != before || totalCount() != totalBefore)
        emit countChanged();
}

void CustomerListModel::refilter()
{
    m_visible.clear();
    const QString needle = searchKey(m_filterText);
    for (qsizetype i = 0; i < m_all.size(); ++i)
        if (needle.isEmpty() || m_all.at(i).key.contains(needle))
            m_visible.append(static_cast<int>(i));
}

QString CustomerListModel::searchKey(const QString &text)
{
    QString s = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    QString out;
    out.reserve(s.size());
    for (QChar c : std::as_const(s)) {
        if (c.isSpace())
            continue;
        const char16_t u = c.unicode();
        // Katakana ァ..ヶ → hiragana ぁ..ゖ, so ハナコ finds はなこ and the other way round.
        out.append(u >= 0x30A1 && u <= 0x30F6 ? QChar(static_cast<char16_t>(u - 0x60)) : c);
    }
    return out;
}

QString CustomerListModel::screeningText(const QString &outcome)
{
    if (outcome == QLatin1String("allowed"))
        return tr("Screening passed");
    if (outcome == QLatin1String("allowed_with_conditions"))
        return tr("Screening passed with conditions");
    if (outcome == QLatin1String("refused"))
        return tr("Screening refused");
    return tr("Not screened yet");
}

QString CustomerListModel::statusText(const QString &status)
{
    if (status == QLatin1String("needs_profile"))
        return tr("Profile sheet to fill in");
    if (status == QLatin1String("needs_screening"))
        return tr("Screening to do");
    if (status == QLatin1String("refused"))
        return tr("No contract possible");
    if (status == QLatin1String("ready"))
        return tr("Ready for the explanation");
    return {};
}

} // namespace kakunin
