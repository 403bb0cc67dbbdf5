import QtQuick
import QtTest
import Kakunin.Ui

// One checklist item: "Taught" for the installer, "Understood" for the customer. A click asks (signal with the
// item id); the boxes show only what was recorded, and are enabled only when the view model allows it.
Item {
    id: root

    width: 1000
    height: 200

    LectureChecklistItem {
        id: item

        width: parent.width
        itemId: "crm-cust-register"
        text: "顧客を新しく登録する"
        minutes: 10
        taught: false
        understood: false
        canMarkTaught: true
        canMarkUnderstood: false
        extended: false
        number: 7
    }

    SignalSpy {
        id: taughtSpy

        target: item
        signalName: "taughtRequested"
    }

    SignalSpy {
        id: understoodSpy

        target: item
        signalName: "understoodRequested"
    }

    TestCase {
        id: test

        name: "LectureChecklistItem"
        when: windowShown

        function find(name: string): Item {
            const found = findChild(item, name)
            verify(found !== null, name + " found by objectName")
            return found
        }

        function init() {
            taughtSpy.clear()
            understoodSpy.clear()
            item.taught = false
            item.understood = false
            item.canMarkTaught = true
            item.canMarkUnderstood = false
            item.extended = false
        }

        function test_objects_and_sizes() {
            compare(item.objectName, "lectureItem_crm-cust-register")
            const taught = find("taught_crm-cust-register")
            const understood = find("understood_crm-cust-register")
            verify(taught.height >= 48, "touch target " + taught.height)
            verify(understood.height >= 48, "touch target " + understood.height)
            verify(find("itemText_crm-cust-register").font.pixelSize >= 20, "customer-facing text is large")
            compare(find("itemText_crm-cust-register").text, "顧客を新しく登録する")
            compare(find("itemNumber_crm-cust-register").text, "7")
            verify(find("itemDetail_crm-cust-register").text.length > 0)
        }

        function test_taught_asks_and_shows_the_record() {
            const taught = find("taught_crm-cust-register")
            verify(taught.enabled)
            verify(!taught.checked)
            mouseClick(taught)
            compare(taughtSpy.count, 1)
            compare(taughtSpy.signalArguments[0][0], "crm-cust-register")
            verify(!taught.checked, "the box does not flip itself; the record decides")
            item.taught = true
            item.canMarkTaught = false
            verify(taught.checked)
            verify(taught.enabled, "a ticked box stays readable")
            mouseClick(taught)
            compare(taughtSpy.count, 1, "a recorded mark is not asked for again")
            verify(taught.checked)
        }

        function test_understood_only_when_allowed() {
            const understood = find("understood_crm-cust-register")
            verify(!understood.enabled, "not before it was taught")
            mouseClick(understood)
            compare(understoodSpy.count, 0)
            item.taught = true
            item.canMarkUnderstood = true
            verify(understood.enabled)
            mouseClick(understood)
            compare(understoodSpy.count, 1)
            compare(understoodSpy.signalArguments[0][0], "crm-cust-register")
            item.understood = true
            item.canMarkUnderstood = false
            verify(understood.checked)
        }

        function test_extended_item_says_so() {
            const detail = find("itemDetail_crm-cust-register")
            const standardText = detail.text
            item.extended = true
            verify(detail.text !== standardText)
        }
    }
}
