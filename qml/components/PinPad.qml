import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kakunin.Ui

// Large digit keys for a PIN typed with a finger; the entered digits are shown as dots only.
Item {
    id: root

    property string pin: ""
    property int maxLength: 12

    signal submitted(string pin)

    implicitWidth: grid.implicitWidth
    implicitHeight: dots.height + grid.implicitHeight + Theme.spacing

    function clear() {
        root.pin = ""
    }

    function type(digit: string) {
        if (root.pin.length < root.maxLength)
            root.pin += digit
    }

    component DigitKey: Button {
        required property string digit

        objectName: "pinKey" + digit
        text: digit
        font.pixelSize: Theme.fontLarge
        Layout.preferredWidth: 96
        Layout.preferredHeight: Theme.touchTarget + 8
    }

    Text {
        id: dots

        objectName: "pinDots"
        anchors.horizontalCenter: parent.horizontalCenter
        height: 56
        verticalAlignment: Text.AlignVCenter
        text: root.pin.length > 0 ? "●".repeat(root.pin.length) : qsTr("Enter PIN")
        color: root.pin.length > 0 ? Theme.text : Theme.mutedText
        font.pixelSize: root.pin.length > 0 ? Theme.fontLarge : Theme.fontBody
        font.letterSpacing: root.pin.length > 0 ? 8 : 0
    }

    GridLayout {
        id: grid

        anchors.top: dots.bottom
        anchors.topMargin: Theme.spacing
        anchors.horizontalCenter: parent.horizontalCenter
        columns: 3
        rowSpacing: 12
        columnSpacing: 12

        DigitKey {
            digit: "1"
            onClicked: root.type(digit)
        }

        DigitKey {
            digit: "2"
            onClicked: root.type(digit)
        }

        DigitKey {
            digit: "3"
            onClicked: root.type(digit)
        }

        DigitKey {
            digit: "4"
            onClicked: root.type(digit)
        }

        DigitKey {
            digit: "5"
            onClicked: root.type(digit)
        }

        DigitKey {
            digit: "6"
            onClicked: root.type(digit)
        }

        DigitKey {
            digit: "7"
            onClicked: root.type(digit)
        }

        DigitKey {
            digit: "8"
            onClicked: root.type(digit)
        }

        DigitKey {
            digit: "9"
            onClicked: root.type(digit)
        }

        Button {
            objectName: "pinBackspace"
            text: "⌫"
            enabled: root.pin.length > 0
            font.pixelSize: Theme.fontLarge
            Layout.preferredWidth: 96
            Layout.preferredHeight: Theme.touchTarget + 8
            Accessible.name: qsTr("Delete last digit")
            onClicked: root.pin = root.pin.slice(0, -1)
        }

        DigitKey {
            digit: "0"
            onClicked: root.type(digit)
        }

        Button {
            objectName: "pinSubmit"
            text: qsTr("OK")
            highlighted: true
            enabled: root.pin.length > 0
            font.pixelSize: Theme.fontBody
            Layout.preferredWidth: 96
            Layout.preferredHeight: Theme.touchTarget + 8
            onClicked: root.submitted(root.pin)
        }
    }
}
