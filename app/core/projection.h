#pragma once

#include "event.h"

#include <QJsonObject>
#include <QMap>
#include <QStringList>

namespace kakunin {

// Event type names used by the foundation; docs/events.md lists every type, its payload and its rule
// (the domain types are in domain/eventcatalog.h).
namespace EventType {
inline const QString CustomerRegistered = QStringLiteral("customer.registered");
inline const QString CustomerUpdated = QStringLiteral("customer.updated");
} // namespace EventType

// Current state of one aggregate, folded from its events. The same fold runs on tablet and server,
// so replaying the same events always yields the same state.
struct AggregateState {
    QString kind; // "customer", "contract", …
    QJsonObject state; // integers, strings and arrays of strings only, so it canonicalizes
    bool operator==(const AggregateState &) const = default;
};

// Applies one event to the state of its aggregate (empty state for the first event).
// Contract events go through the lifecycle's transition function (domain/lifecycle.h); a refused event
// leaves the state as it was and is counted with its code.
AggregateState project(const AggregateState &current, const Event &event);

// Every aggregate at once. Checks that need the customer next to the contract (P2 screening before the
// walkthrough, P4 approval for a second live contract) run here; the server folds everything through it.
class ProjectionBook {
public:
    // Returns the lifecycle error code (0 = accepted) for contract events, 0 for others.
    int apply(const Event &event);
    const QMap<QString, AggregateState> &aggregates() const { return m_aggregates; }
    AggregateState aggregate(const QString &id) const { return m_aggregates.value(id); }
    QStringList contractsOf(const QString &customerId) const;
    QByteArray canonical() const; // RFC 8785 bytes of every aggregate, for comparing projections

private:
    QMap<QString, AggregateState> m_aggregates;
};

} // namespace kakunin
