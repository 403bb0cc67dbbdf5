#pragma once

#include "core/event.h"

#include <QString>

namespace kakunin {

// What a signature (署名) signs: the content pack's hash followed by every confirmation event before it,
// so a signature covers exactly the items shown and confirmed (or taught and understood), with their times.
//
//   digest₀     = the content pack's hash
//   digestₙ₊₁   = SHA-256(digestₙ ‖ hash of the n-th confirmation event)   (hex strings, concatenated)
//
// Important matters fold matters.item_shown and matters.item_confirmed; a delivery folds lecture.started,
// lecture.paused, lecture.resumed, lecture.item_taught and lecture.item_understood — each of the
// contract's events of those types in seq order. Anyone can recompute it from an exported bundle.
QString foldSignedContent(const QString &digest, const QString &eventHash);

bool isMattersConfirmation(const QString &eventType);
bool isDeliveryConfirmation(const QString &eventType);

} // namespace kakunin
