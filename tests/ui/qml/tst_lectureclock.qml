import QtQuick
import QtTest
import Kakunin.Ui

// The lecture clock bar: the running time large and always shown, the remaining time, and one of
// Start / Pause / Resume by state, enabled only when the view model allows it.
Item {
    id: root

    width: 1280
    height: 300

    LectureClockDisplay {
        id: display

        width: parent.width
        runningText: "2:13:05"
        remainingText: "0:46:55 to the minimum of 3:00:00"
        stateText: "Running"
    }

    SignalSpy {
        id: startSpy

        target: display
        signalName: "startRequested"
    }

    SignalSpy {
        id: pauseSpy

        target: display
        signalName: "pauseRequested"
    }

    SignalSpy {
        id: resumeSpy

        target: display
        signalName: "resumeRequested"
    }

    TestCase {
        id: test

        name: "LectureClockDisplay"
        when: windowShown

        function find(name: string): Item {
            const item = findChild(display, name)
            verify(item !== null, name + " found by objectName")
            return item
        }

        function setState(started: bool, running: bool, signedOff: bool) {
            display.started = started
            display.running = running
            display.signedOff = signedOff
        }

        function init() {
            startSpy.clear()
            pauseSpy.clear()
            resumeSpy.clear()
            setState(false, false, false)
            display.canStart = false
            display.canPause = false
            display.canResume = false
            display.minimumReached = false
            display.blockedReason = ""
        }

        function test_clock_is_large_and_shows_the_texts() {
            const clock = find("lectureClock")
            compare(clock.text, "2:13:05")
            verify(clock.font.pixelSize >= 48, "the running time is large: " + clock.font.pixelSize)
            verify(clock.visible)
            const remaining = find("lectureRemaining")
            compare(remaining.text, "0:46:55 to the minimum of 3:00:00")
            verify(remaining.font.pixelSize >= 20)
            compare(find("lectureState").text, "Running")
            display.runningText = "2:13:06"
            compare(clock.text, "2:13:06")
        }

        function test_start_only_when_allowed() {
            const start = find("lectureStart")
            verify(start.visible)
            verify(!find("lecturePause").visible)
            verify(!find("lectureResume").visible)
            verify(start.height >= 48)
            verify(!start.enabled)
            mouseClick(start)
            compare(startSpy.count, 0)
            display.blockedReason = "The lecture can start only after the C1 call."
            verify(find("lectureClockReason").visible)
            display.canStart = true
            verify(start.enabled)
            mouseClick(start)
            compare(startSpy.count, 1)
        }

        function test_pause_while_running_resume_while_paused() {
            setState(true, true, false)
            display.canPause = true
            verify(!find("lectureStart").visible)
            const pause = find("lecturePause")
            verify(pause.visible)
            verify(!find("lectureResume").visible)
            mouseClick(pause)
            compare(pauseSpy.count, 1)

            setState(true, false, false)
            display.canResume = true
            const resume = find("lectureResume")
            verify(resume.visible)
            verify(!find("lecturePause").visible)
            mouseClick(resume)
            compare(resumeSpy.count, 1)
        }

        function test_no_buttons_after_sign_off() {
            setState(true, false, true)
            display.minimumReached = true
            verify(!find("lectureStart").visible)
            verify(!find("lecturePause").visible)
            verify(!find("lectureResume").visible)
            verify(find("lectureClock").visible)
            verify(find("lectureRemaining").font.bold)
        }
    }
}
