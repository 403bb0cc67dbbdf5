#pragma once

#include <store/store.h>

namespace kakunin::test {

// A sales journey recorded on a tablet the way the app records it, up to contract.concluded: the customer,
// their screening, the important-matters walkthrough of four items, the attestation, the customer's and the
// rep's signatures (their stroke blobs put first) and the conclusion. Valid under head office's rules, so
// none of it is refused. Returns the events in seq order.
QList<Event> recordJourney(Store &store, const QString &rep, const QString &customer, const QString &contract);

// A signature as the pad records it: two strokes of timed points, valid for SignatureStrokes::validate() and so
// for head office's evidence check. `variant` shifts the strokes, so that signers get different blobs.
QByteArray signatureStrokes(int variant = 0);

} // namespace kakunin::test
