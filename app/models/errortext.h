#pragma once

#include <store/storeerror.h>

#include <QString>

namespace kakunin {

// Core and store report codes; this is where they become words, in the user's language.
QString errorText(StoreError error);

} // namespace kakunin
