#pragma once
// A signature (署名) drawn from its stored strokes as an SVG string for the console's pages (issue 7,
// docs/console-evidence.md): the same smoothing and speed-dependent ink width the tablet draws with
// (app/evidence/strokesmoothing.h), the same paths as the tablet's SVG rendering (docs/evidence.md
// "Rendering"), scaled into a box of the page's choosing. Pure string output; every text in it is escaped.

#include <hqservice.h>

#include <core/event.h>
#include <core/evidence/signaturestrokes.h>
#include <core/result.h>

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

namespace kakunin::hq::console {

struct SignatureSvgOptions {
    int width = 360; // the box on the page, in CSS pixels; the pad is scaled into it keeping its aspect ratio
    int height = 135;
    QString title; // accessible name (<title> and aria-label), e.g. "顧客 山田 太郎 2026-04-01 10:12"; escaped
    QString cssClass; // class attribute of the <svg>, "" for none; escaped
};

enum class SignatureSvgError {
    None = 0,
    NotASignature, // the event carries no strokes by its type (matters.signed, delivery.signed, contract.cancelled)
    StrokesMissing, // neither inline strokes nor a stored blob named signatureHash
    StrokesMismatch, // the strokes found do not hash to signatureHash
    Malformed, // the bytes do not decode as strokes (SignatureStrokes::decode)
};

const char *signatureSvgErrorName(SignatureSvgError e); // "not_a_signature", "strokes_missing", …

// XML/HTML text and attribute escaping: & < > " ' (and control characters other than tab and newline dropped).
QString escapeXml(const QString &text);

// The SVG element (no XML declaration: it is meant to sit inside an HTML page). Empty for a pad of size 0.
QString signatureSvg(const SignatureStrokes &strokes, const SignatureSvgOptions &options = {});

using BlobLookup = std::function<std::optional<QByteArray>(const QString &sha256)>;

// The strokes a signature event stores: inline (`strokes`, base64) or the blob named `signatureHash`,
// checked against that hash.
Result<SignatureStrokes, SignatureSvgError> signatureStrokesOf(const Event &event, const BlobLookup &blob);

// Both steps with head office's blobs.
Result<QString, SignatureSvgError> signatureSvgOf(
    HqService &service, const Event &event, const SignatureSvgOptions &options = {});

} // namespace kakunin::hq::console
