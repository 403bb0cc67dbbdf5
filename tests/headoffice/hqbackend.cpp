// Which store this test binary runs the head-office suite against (set per binary by CMake).
#include "hqtestsupport.h"

const char *kakunin::hqtest::backend()
{
    return KAKUNIN_HQ_BACKEND;
}
