#pragma once

#include "event.h"

#include <QJsonObject>

namespace kakunin {

// Event type names used by the foundation; docs/events.md lists every type, its payload and its rule.
namespace EventType {
inline const QString CustomerRegistered = QStringLiteral("customer.registered");
inline const QString CustomerUpdated = QStringLiteral("customer.updated");
} // namespace EventType

// Current state of one aggregate, folded from its events. The same fold runs on tablet and server,
// so replaying the same events always yields the same state.
struct AggregateState {
    QString kind;      // "customer", "contract", …
    QJsonObject state; // integers and strings only, so it canonicalizes
};

// Applies one event to the state of its aggregate (empty state for the first event).
AggregateState project(const AggregateState &current, const Event &event);

} // namespace kakunin
