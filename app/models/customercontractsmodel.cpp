#include "customercontractsmodel.h"

#include "appsession.h"
#include "customertext.h"

#include <core/domain/lifecycle.h>
#include <store/store.h>

#include <algorithm>

namespace kakunin {

CustomerContractsModel::CustomerContractsModel(QObject *parent) : QAbstractListModel(parent) { }

int CustomerContractsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant CustomerContractsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case ProductNameRole:
        return r.productName;
    case ContractIdRole:
        return r.id;
    case ProductCodeRole:
        return r.productCode;
    case StatusRole:
        return r.status;
    case StatusTextRole:
        return statusText(r.status);
    case ContractedTextRole:
        return r.contractedText;
    case LiveRole:
        return r.live;
    default:
        return {};
    }
}

QHash<int, QByteArray> CustomerContractsModel::roleNames() const
{
    return {{ContractIdRole, "contractId"}, {ProductCodeRole, "productCode"}, {ProductNameRole, "productName"},
        {StatusRole, "status"}, {StatusTextRole, "statusText"}, {ContractedTextRole, "contractedText"},
        {LiveRole, "live"}};
}

void CustomerContractsModel::setSource(const AppSession *session, const QString &customerId)
{
    m_session = session;
    m_customerId = customerId;
    reload();
}

void CustomerContractsModel::reload()
{
    const int before = count();
    beginResetModel();
    m_rows.clear();
    const Store *store = m_session != nullptr ? m_session->store() : nullptr;
    if (store != nullptr && !m_customerId.isEmpty()) {
        const QString language = m_session->language();
        for (const AggregateState &a : store->projectionsOfKind(QStringLiteral("contract"))) {
            if (a.state.value(QStringLiteral("customerId")).toString() != m_customerId)
                continue;
            const ContractState c = ContractState::fromJson(a.state);
            Row r;
            r.id = a.state.value(QStringLiteral("id")).toString();
            r.productCode = c.productCode;
            const ContentPack *pack = m_session->content().byProduct(c.productCode);
            r.productName = pack != nullptr ? pack->productName.in(language) : c.productCode;
            r.status = c.status();
            r.live = c.live();
            if (c.contractedAt > 0)
                r.contractedText = tr("Contracted %1").arg(customertext::date(m_session->policy(), c.contractedAt));
            r.lastAt = a.state.value(QStringLiteral("lastAt")).toInteger();
            m_rows.append(r);
        }
        std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) { return a.lastAt > b.lastAt; });
    }
    endResetModel();
    if (count() != before)
        emit countChanged();
}

int CustomerContractsModel::liveCount() const
{
    return static_cast<int>(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.live; }));
}

QString CustomerContractsModel::statusText(const QString &status)
{
    static const QList<QPair<QLatin1String, const char *>> texts {
        {QLatin1String("explaining"), QT_TR_NOOP("Explanation in progress")},
        {QLatin1String("contracted"), QT_TR_NOOP("Contracted, first confirmation call next")},
        {QLatin1String("c1_cleared"), QT_TR_NOOP("Confirmed, delivery next")},
        {QLatin1String("delivered"), QT_TR_NOOP("Delivered, second confirmation call next")},
        {QLatin1String("c2_cleared"), QT_TR_NOOP("Confirmed, trial next")},
        {QLatin1String("in_trial"), QT_TR_NOOP("In trial")},
        {QLatin1String("usage_confirmed"), QT_TR_NOOP("Use confirmed, inspection call next")},
        {QLatin1String("c3_cleared"), QT_TR_NOOP("Ready to start")}, {QLatin1String("started"), QT_TR_NOOP("Started")},
        {QLatin1String("follow_up"), QT_TR_NOOP("Started, in follow-up")},
        {QLatin1String("cancelled"), QT_TR_NOOP("Cancelled")},
        {QLatin1String("credit_cancelled"), QT_TR_NOOP("Credit contract cancelled")},
        {QLatin1String("on_hold"), QT_TR_NOOP("On hold: a confirmation call found a problem")},
        {QLatin1String("disputed"), QT_TR_NOOP("Disputed")}};
    for (const auto &[code, text] : texts)
        if (status == code)
            return tr(text);
    return status;
}

} // namespace kakunin
