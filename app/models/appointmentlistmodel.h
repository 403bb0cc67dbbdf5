#pragma once

#include "appsession.h"

#include <QAbstractListModel>
#include <QDate>
#include <QList>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace kakunin {

class Policy;
class Store;

// Home, "Today's visits": the appointments of the signed-in rep's own customers (P4) on today's date in the
// company time zone, in time order, with where each visit stands (S2). Created in QML with the session; reloads
// when events are recorded, when the tablet locks or unlocks, and when the date changes.
class AppointmentListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use TodayVisits.appointments.")
    Q_PROPERTY(kakunin::AppSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(QString dateText READ dateText NOTIFY dateChanged)

public:
    enum Roles {
        AppointmentIdRole = Qt::UserRole + 1,
        CustomerIdRole,
        CustomerNameRole,
        BusinessRole,
        ScheduledAtRole, // UTC ms (double in QML)
        TimeTextRole, // "10:00" in the company time zone
        StateRole, // "upcoming", "due" (its time has come), "in_progress", "visited", "declined", "refused"
        StateTextRole,
    };
    Q_ENUM(Roles)

    explicit AppointmentListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    AppSession *session() const { return m_session; }
    void setSession(AppSession *session);
    int count() const { return static_cast<int>(m_rows.size()); }
    QString dateText() const;

    static QString stateText(const QString &state);

public slots:
    void reload();

signals:
    void sessionChanged();
    void countChanged();
    void dateChanged();

private:
    struct Row {
        QString appointmentId, customerId, customerName, business, timeText, state;
        qint64 scheduledAt = 0;
    };
    void minuteTick();
    // Today's appointments of `userId`'s customers; runs on the session's reader thread (AppSession::readStore).
    static QList<Row> readRows(const Store &store, const Policy &policy, const QString &userId, QDate day, qint64 now);
    void apply(QList<Row> rows, QDate day);
    quint64 m_generation = 0; // of the newest reload; older results are dropped

    AppSession *m_session = nullptr;
    QList<Row> m_rows;
    QDate m_day;
    QTimer m_timer; // once a minute: "due" and the date follow the clock
};

// What QML creates for home's panel: the session in, today's appointments out (qmllint in Qt 6.4 cannot
// resolve a QAbstractItemModel created in QML, so the model is a property of this plain object).
class TodayVisits : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(kakunin::AppSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(kakunin::AppointmentListModel *appointments READ appointments CONSTANT)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(QString dateText READ dateText NOTIFY dateChanged)

public:
    explicit TodayVisits(QObject *parent = nullptr);

    AppSession *session() const { return m_model.session(); }
    void setSession(AppSession *session);
    AppointmentListModel *appointments() { return &m_model; }
    int count() const { return m_model.count(); }
    QString dateText() const { return m_model.dateText(); }

signals:
    void sessionChanged();
    void countChanged();
    void dateChanged();

private:
    AppointmentListModel m_model;
};

} // namespace kakunin
