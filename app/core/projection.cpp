#include "projection.h"

namespace kakunin {
namespace {

QString kindOf(const QString &eventType)
{
    return eventType.section(QLatin1Char('.'), 0, 0);
}

} // namespace

AggregateState project(const AggregateState &current, const Event &event)
{
    AggregateState next = current;
    if (next.kind.isEmpty())
        next.kind = kindOf(event.type);
    QJsonObject &s = next.state;
    if (event.type == EventType::CustomerRegistered || event.type == EventType::CustomerUpdated) {
        // Registration sets the customer's details; updates overwrite only the fields they carry.
        for (auto it = event.payload.constBegin(); it != event.payload.constEnd(); ++it)
            s.insert(it.key(), it.value());
        if (event.type == EventType::CustomerRegistered)
            s.insert(QStringLiteral("registeredAt"), event.at);
    }
    s.insert(QStringLiteral("id"), event.aggregate);
    s.insert(QStringLiteral("eventCount"), s.value(QStringLiteral("eventCount")).toInteger() + 1);
    s.insert(QStringLiteral("lastType"), event.type);
    s.insert(QStringLiteral("lastAt"), event.at);
    return next;
}

} // namespace kakunin
