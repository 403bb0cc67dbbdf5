#pragma once
// One line per figure, always next to the baseline measured in the same run (DEVELOPERS.md).

#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace kakunin::bench {

inline void report(const char *what, double value, const char *unit, double baseline, const char *baselineName,
    const char *goal, int decimals = 3)
{
    std::printf("%-46s %12.*f %-5s | baseline %-28s %12.*f | ratio %6.2f | goal %s\n", what, decimals, value, unit,
        baselineName, decimals, baseline, value / baseline, goal);
}

inline double seconds(const std::function<void()> &f)
{
    QElapsedTimer t;
    t.start();
    f();
    return static_cast<double>(t.nsecsElapsed()) / 1e9;
}

// Median of several runs, in milliseconds.
inline double medianMs(int runs, const std::function<void()> &f)
{
    std::vector<double> v;
    for (int i = 0; i < runs; ++i)
        v.push_back(seconds(f) * 1000.0);
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace kakunin::bench
