#pragma once

#include "appsession.h"

#include <core/domain/lifecycle.h>

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace kakunin {

// Home's "Next for me": the contracts that need the signed-in user next, most pressing first, each with
// what is next in words and the page that does it.
//   sales rep: own contracts still being explained, on hold (M2), or in cooling-off (P3) → TimelinePage
//   installer: contracts ready for the delivery lecture (C1 clean), or with the user's lecture in progress
//              (D1) → LecturePage
class NextContractsModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use NextContracts.contracts.")
    Q_PROPERTY(kakunin::AppSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Roles {
        ContractIdRole = Qt::UserRole + 1,
        CustomerIdRole,
        CustomerNameRole,
        BusinessRole,
        ProductRole, // product name in the UI's language
        StageRole, // contractStageName()
        StatusRole, // ContractState::status(): the stage, "on_hold" or "disputed"
        ReasonRole, // why it is listed: "explaining", "on_hold", "cooling_off", "lecture_ready", "lecture_running"
        NextTextRole, // what is next, in words
        DetailTextRole, // the deadline, time or place that matters, in words
        PageRole, // the page that does it: "TimelinePage" or "LecturePage"
        UrgentRole, // bool: on hold, or the last day of cooling-off
    };
    Q_ENUM(Roles)

    // Why a contract needs `userId` in `role` now, or an empty string when it does not.
    static QString reasonFor(const ContractState &state, const QString &userId, const QString &role, qint64 nowUtc);

    explicit NextContractsModel(QObject *parent = nullptr);

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
        QString contractId, customerId, customerName, business, product, stage, status, reason, next, detail, page;
        bool urgent = false;
        int priority = 0;
        qint64 sortKey = 0;
    };

    QPointer<AppSession> m_session;
    QList<Row> m_rows;
    QList<QMetaObject::Connection> m_connections;
};

// What QML creates for home's panel: `NextContracts { session: Session }`, its list in `contracts`.
class NextContracts : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(kakunin::AppSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(kakunin::NextContractsModel *contracts READ contracts CONSTANT)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    explicit NextContracts(QObject *parent = nullptr);

    AppSession *session() const { return m_model.session(); }
    void setSession(AppSession *session) { m_model.setSession(session); }
    NextContractsModel *contracts() { return &m_model; }
    int count() const { return m_model.count(); }
    Q_INVOKABLE void reload() { m_model.reload(); }

signals:
    void sessionChanged();
    void countChanged();

private:
    NextContractsModel m_model;
};

} // namespace kakunin
