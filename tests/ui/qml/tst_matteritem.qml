import QtQuick
import QtTest
import Kakunin.Ui

// The important-matters item page (MatterItem.qml): large type, one big confirm button, "Next" only once
// the item is confirmed, "Previous" to re-read. Everything is found by objectName.
Item {
    id: root

    width: 1280
    height: 728

    MatterItem {
        id: matter

        anchors.fill: parent
        number: 3
        count: 15
        confirmedCount: 2
        title: "代金とお支払い方法"
        body: "代金の総額、月々のお支払い額、お支払い回数は契約書に書いてあるとおりです。".repeat(6)
        confirmation: "代金の総額・月々のお支払い額・お支払い回数を契約書で確認しました。"
    }

    SignalSpy {
        id: confirmSpy

        target: matter
        signalName: "confirmRequested"
    }

    SignalSpy {
        id: nextSpy

        target: matter
        signalName: "nextRequested"
    }

    SignalSpy {
        id: backSpy

        target: matter
        signalName: "backRequested"
    }

    TestCase {
        name: "MatterItem"
        when: windowShown

        function child(name: string): Item {
            const c = findChild(matter, name)
            verify(c !== null, name + " found by objectName")
            return c
        }

        // The state the walkthrough reports before the item is on record as shown.
        function init() {
            matter.shown = false
            matter.confirmed = false
            matter.canConfirm = false
            matter.canGoNext = false
            matter.canGoBack = true
            matter.last = false
            matter.errorMessage = ""
            matter.width = root.width
            matter.height = root.height
            confirmSpy.clear()
            nextSpy.clear()
            backSpy.clear()
            wait(0)
        }

        function test_short_text_needs_no_scrolling() {
            verify(!child("moreTextHint").visible)
        }

        function test_large_type_for_the_customer() {
            verify(child("itemTitle").font.pixelSize >= 40, "title ≥ 40 px")
            verify(child("itemBody").font.pixelSize >= 24, "body ≥ 24 px")
            verify(child("itemConfirmation").font.pixelSize >= 24, "confirmation ≥ 24 px")
            verify(child("confirmItemButton").height >= 64, "a big confirm button")
            verify(child("confirmItemButton").width >= 200)
            verify(child("nextItemButton").height >= 48)
            verify(child("previousItemButton").height >= 48)
            compare(child("itemTitle").text, "代金とお支払い方法")
        }

        function test_progress() {
            compare(child("itemPosition").text, "3 / 15")
            compare(child("mattersProgress").value, 2)
            compare(child("mattersProgress").to, 15)
            verify(child("confirmedCountLabel").text.indexOf("2") >= 0)
        }

        function test_confirm_disabled_until_shown() {
            verify(!child("confirmItemButton").enabled, "not before the item is shown")
            mouseClick(child("confirmItemButton"))
            compare(confirmSpy.count, 0)
            matter.shown = true
            matter.canConfirm = true
            verify(child("confirmItemButton").enabled)
            mouseClick(child("confirmItemButton"))
            compare(confirmSpy.count, 1)
        }

        function test_next_disabled_until_confirmed() {
            matter.shown = true
            matter.canConfirm = true
            verify(!child("nextItemButton").enabled, "no skipping: next only after confirming")
            verify(child("nextHint").visible)
            mouseClick(child("nextItemButton"))
            compare(nextSpy.count, 0)

            // What the walkthrough reports once the customer confirmed.
            matter.confirmed = true
            matter.canConfirm = false
            matter.canGoNext = true
            verify(!child("confirmItemButton").enabled, "confirmed once only")
            verify(child("confirmItemButton").text.length > 0)
            verify(child("nextItemButton").enabled)
            verify(!child("nextHint").visible)
            mouseClick(child("nextItemButton"))
            compare(nextSpy.count, 1)
        }

        function test_back_to_reread() {
            verify(child("previousItemButton").enabled)
            mouseClick(child("previousItemButton"))
            compare(backSpy.count, 1)
            matter.canGoBack = false
            verify(!child("previousItemButton").enabled)
            mouseClick(child("previousItemButton"))
            compare(backSpy.count, 1)
        }

        function test_last_item_continues_to_the_attestation() {
            const next = child("nextItemButton")
            const before = next.text
            matter.last = true
            verify(next.text !== before)
        }

        function test_error_shown_in_words() {
            verify(!child("itemError").visible)
            matter.errorMessage = "この項目を確認してから次へ進んでください。"
            verify(child("itemError").visible)
        }

        function test_long_text_scrolls_and_portrait_fits() {
            matter.body = "代金の総額、月々のお支払い額、お支払い回数は契約書に書いてあるとおりです。".repeat(40)
            const reading = child("itemReading")
            verify(reading.contentHeight > reading.height, "long text scrolls instead of pushing the button off")
            verify(child("moreTextHint").visible, "says there is more to read")
            reading.contentY = reading.contentHeight - reading.height
            verify(!child("moreTextHint").visible, "until the end is on screen")
            reading.contentY = 0
            matter.width = 800
            matter.height = 1208
            wait(0)
            const button = child("confirmItemButton")
            const pos = button.mapToItem(matter, 0, 0)
            verify(pos.x >= 0 && pos.x + button.width <= matter.width + 0.5, "button inside in portrait")
            verify(pos.y + button.height <= matter.height + 0.5)
            const next = child("nextItemButton")
            const nextPos = next.mapToItem(matter, 0, 0)
            verify(nextPos.x + next.width <= matter.width + 0.5, "next inside in portrait")
            matter.body = "短い本文"
        }
    }
}
