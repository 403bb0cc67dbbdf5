#pragma once

#include "transport.h"

#include <QtGlobal>

#include <optional>

namespace kakunin {
class RandomSource;
}

namespace kakunin::syncclient {

// Which failures are retried, and after how long.
// Transient (retried): timeouts, a connection that could not be made or was lost, 408, 429 and 5xx.
// Everything else (TLS and pinning, 401, other 4xx, an answer we cannot read) waits for a person or a
// new version, so it is reported and not hammered.
// Delay: exponential backoff with full jitter, uniformly in [0, min(cap, base · 2^(failures-1))], drawn from
// the injected RandomSource; a server's Retry-After is a floor (capped at maxRetryAfterMs, so a broken
// header cannot park the tablet for a year).
struct RetryPolicy {
    qint64 baseMs = 2'000;
    qint64 capMs = 5 * 60'000;
    qint64 maxRetryAfterMs = 60 * 60'000;

    static bool isTransientStatus(int httpStatus);
    static bool isTransient(TransportError error);
    static bool isTransient(const HttpResponse &response);

    // failures ≥ 1: how many attempts in a row have failed.
    qint64 ceilingMs(int failures) const;
    qint64 delayMs(int failures, RandomSource &random, std::optional<qint64> retryAfterMs = std::nullopt) const;
};

} // namespace kakunin::syncclient
