#pragma once

#include <core/content/contentpack.h>
#include <core/domain/lifecycle.h>
#include <core/event.h>

#include <QAbstractListModel>
#include <QList>
#include <QTimeZone>
#include <QtQml/qqmlregistration.h>

namespace kakunin {

// Every event of one contract, oldest first, as the contract timeline lists it: when (company time zone),
// who, what in words, and whether the rules accepted it (a refused event stays in the record as evidence).
class TimelineEventModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by ContractTimeline.")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Roles {
        EventIdRole = Qt::UserRole + 1,
        TypeRole, // the event type, e.g. "call.recorded"
        AtRole, // UTC ms
        DateTextRole, // 2026/12/06 (Sat)
        TimeTextRole, // 14:05
        ActorRole, // user id
        ActorTextRole, // "You", "Head office ho-caller-01", …
        TitleRole,
        DetailRole,
        CategoryRole, // "matters", "signature", "milestone", "call", "lecture", "hold", "cancel", "dispute", "other"
        MilestoneRole, // bool: a step of the contract's life (conclusion, calls, delivery, start, cancellation…)
        AcceptedRole, // bool: the lifecycle accepted it
        RefusalTextRole, // why it was refused, in words; empty when accepted
        NewDayRole, // bool: the first event of its calendar day (for a date heading)
    };
    Q_ENUM(Roles)

    struct Row {
        Event event;
        QString dateText, timeText, actorText, title, detail, category, refusal;
        bool milestone = false;
        bool accepted = true;
        bool newDay = false;
    };

    explicit TimelineEventModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return static_cast<int>(m_rows.size()); }

    // Replays `events` (oldest first) through the lifecycle and describes each; returns the final state.
    // `pack` (may be null) names items and products, `me` is the signed-in user, `lang` the UI's language.
    ContractState load(const QList<Event> &events, const ContentPack *pack, const QTimeZone &zone, const QString &me,
        const QString &lang);
    void clear();
    const QList<Row> &rows() const { return m_rows; }

    static QString categoryOf(const QString &type);

signals:
    void countChanged();

private:
    QList<Row> m_rows;
};

} // namespace kakunin
