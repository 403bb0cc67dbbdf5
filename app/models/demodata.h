#pragma once

#include <core/result.h>
#include <store/storeerror.h>

#include <QString>

namespace kakunin {

class Clock;
class Store;

// A realistic demo data set for scripts/demo (`kakunin --demo-data`): a dozen small businesses with Japanese
// names and their readings (フリガナ), registered, interviewed (profile.recorded) and screened
// (screening.recorded, two refused), ten for `userId` and two for another rep ("rep-002") so P4 is visible;
// and four appointments of `userId` (appointment.recorded): three today, one tomorrow. Real events, appended in one
// batch (all or nothing); the screening is judged by screen() under the default policy on the clock's date. Idempotent:
// a store that already holds a customer is left as it is (returns 0). Returns the number of events written.
// onlyOwn: leave out the other rep's customers, so every event is by `userId` (a tablet that syncs: head office
// refuses a batch with events by anyone but the enrolled user).
Result<int, StoreError> seedDemoData(Store &store, const QString &userId, const Clock &clock, bool onlyOwn = false);

// The other rep of the demo data set.
inline const QString DemoOtherRep = QStringLiteral("rep-002");

} // namespace kakunin
