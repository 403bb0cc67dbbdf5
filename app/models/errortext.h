#pragma once

#include <core/evidence/signaturestrokes.h>
#include <store/storeerror.h>

#include <QString>

namespace kakunin {

// Core and store report codes; this is where they become words, in the user's language.
QString errorText(StoreError error);
QString signatureErrorText(SignatureError error);

} // namespace kakunin
