import QtQuick
import QtTest
import Kakunin.App
import Kakunin.Ui

// The signature pad with synthetic mouse and touch input: strokes, times, undo, clear, refusal.
Item {
    id: root

    width: 800
    height: 500

    SignatureField {
        id: field

        objectName: "testField"
        anchors.fill: parent
        label: "Customer"
    }

    TestCase {
        id: test

        name: "SignaturePad"
        when: windowShown

        // SignatureError codes (app/core/evidence/signaturestrokes.h).
        readonly property int errNone: 0
        readonly property int errEmpty: 1
        readonly property int errTooSmall: 2

        function pad(): SignaturePad {
            const p = findChild(field, "signaturePad")
            verify(p !== null, "signaturePad found by objectName")
            return p
        }

        // Draws one stroke: a wave from (x, y) to the right, one move per step.
        function drawStroke(x: real, y: real, steps: int) {
            const p = pad()
            mousePress(p, x, y)
            for (let i = 1; i <= steps; ++i)
                mouseMove(p, x + i * 8, y + 30 * Math.sin(i / 3), 2)
            mouseRelease(p, x + steps * 8, y + 30 * Math.sin(steps / 3))
        }

        function checkMonotonic(times) {
            for (let i = 1; i < times.length; ++i)
                verify(times[i] >= times[i - 1], "t[" + i + "]=" + times[i] + " >= t[" + (i - 1) + "]=" + times[i - 1])
        }

        function init() {
            pad().clear()
        }

        function test_objects() {
            for (const name of ["signaturePad", "signatureUndoButton", "signatureClearButton", "signatureHint",
                                "signaturePaper"]) {
                verify(findChild(field, name) !== null, name)
            }
            verify(findChild(field, "signatureUndoButton").height >= 48)
            verify(findChild(field, "signatureClearButton").height >= 48)
            verify(findChild(field, "signatureClearButton").width >= 48)
        }

        function test_empty_is_refused() {
            const p = pad()
            verify(p.empty)
            compare(p.strokeCount, 0)
            compare(p.validate(), errEmpty)
            verify(!findChild(field, "signatureClearButton").enabled)
            // The field says why, in words, and refuses.
            verify(!field.check())
            const message = findChild(field, "signatureMessage")
            verify(message.visible)
            verify(message.text.length > 0)
        }

        function test_dot_is_refused() {
            const p = pad()
            mouseClick(p, 200, 200)
            compare(p.strokeCount, 1)
            compare(p.pointCount, 1)
            compare(p.validate(), errTooSmall)
            // A short tick is refused too.
            mousePress(p, 300, 200)
            mouseMove(p, 303, 202, 2)
            mouseRelease(p, 305, 203)
            compare(p.strokeCount, 2)
            compare(p.validate(), errTooSmall)
            verify(!field.check())
            verify(p.validationMessage().length > 0)
            compare(findChild(field, "signatureMessage").text, p.validationMessage())
        }

        function test_strokes_recorded_with_increasing_times() {
            const p = pad()
            drawStroke(100, 200, 30)
            compare(p.strokeCount, 1)
            verify(p.pointCount >= 20, "points: " + p.pointCount)
            drawStroke(150, 300, 30)
            compare(p.strokeCount, 2)
            verify(!p.empty)
            const times = p.pointTimes()
            compare(times.length, p.pointCount)
            compare(times[0], 0)
            checkMonotonic(times)
            verify(times[times.length - 1] > 0, "time advanced: " + times[times.length - 1])
            compare(p.validate(), errNone)
            verify(field.check())
            verify(!findChild(field, "signatureMessage").visible)
            verify(findChild(field, "signatureClearButton").enabled)
        }

        function test_ink_is_drawn() {
            const p = pad()
            let img = grabImage(p)
            compare(img.pixel(200, 200).r, 1) // white paper, no ink yet
            mousePress(p, 100, 200)
            for (let i = 1; i <= 40; ++i)
                mouseMove(p, 100 + i * 5, 200, 5) // slow: thick ink
            mouseRelease(p, 300, 200)
            img = grabImage(p)
            verify(img.pixel(200, 200).r < 0.3, "ink under the stroke: " + img.pixel(200, 200))
            verify(img.pixel(200, 240).r > 0.9, "no ink away from it: " + img.pixel(200, 240))
            p.undoLastStroke()
            img = grabImage(p)
            verify(img.pixel(200, 200).r > 0.9, "undo removes the ink: " + img.pixel(200, 200))
        }

        function test_undo_removes_last_stroke() {
            const p = pad()
            drawStroke(100, 150, 20)
            const afterFirst = p.pointCount
            drawStroke(100, 300, 25)
            compare(p.strokeCount, 2)
            mouseClick(findChild(field, "signatureUndoButton"))
            compare(p.strokeCount, 1)
            compare(p.pointCount, afterFirst)
            p.undoLastStroke()
            compare(p.strokeCount, 0)
            verify(p.empty)
            p.undoLastStroke() // nothing left: harmless
            compare(p.strokeCount, 0)
        }

        function test_clear_empties() {
            const p = pad()
            drawStroke(100, 200, 25)
            drawStroke(100, 300, 25)
            mouseClick(findChild(field, "signatureClearButton"))
            verify(p.empty)
            compare(p.pointCount, 0)
            compare(p.validate(), errEmpty)
            // Time starts again at the next signature's first point.
            drawStroke(120, 200, 25)
            compare(p.pointTimes()[0], 0)
        }

        function test_touch() {
            const p = pad()
            const touch = touchEvent(p)
            touch.press(0, p, 100, 200).commit()
            for (let i = 1; i <= 30; ++i) {
                wait(2)
                touch.move(0, p, 100 + i * 10, 200 + 40 * Math.sin(i / 4)).commit()
            }
            touch.release(0, p, 400, 200 + 40 * Math.sin(30 / 4)).commit()
            compare(p.strokeCount, 1)
            // Every move is kept, even those Qt Quick merges within one frame.
            verify(p.pointCount >= 30, "touch points: " + p.pointCount)
            checkMonotonic(p.pointTimes())
            compare(p.validate(), errNone)
            compare(p.drawing, false)
        }
    }
}
