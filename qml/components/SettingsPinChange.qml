import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kakunin.App
import Kakunin.Ui

// Change the PIN: the current one, then the new one twice. The session checks the entries and rewraps the
// key off the UI thread; a wrong current PIN counts like a wrong PIN at the lock screen.
ColumnLayout {
    id: root

    function submit() {
        Session.changePin(current.text, fresh.text, confirmation.text)
        current.clear()
        fresh.clear()
        confirmation.clear()
    }

    spacing: Theme.spacing

    component SecretField: TextField {
        Layout.fillWidth: true
        Layout.maximumWidth: 360
        Layout.preferredHeight: Theme.touchTarget
        font.pixelSize: Theme.fontBody
        echoMode: TextInput.Password // also tells the keyboard: sensitive, no prediction
        enabled: !Session.pinChangeBusy
    }

    Label {
        Layout.fillWidth: true
        text: qsTr("Use at least 6 digits, or a passphrase of at least 8 characters. The records are not re-encrypted; only the key is locked with the new PIN.")
        wrapMode: Text.Wrap
        color: Theme.mutedText
        font.pixelSize: Theme.fontSmall
    }

    // Each field keeps its label: Material's placeholder text disappears as soon as something is typed.
    GridLayout {
        Layout.fillWidth: true
        columns: 2
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacing / 2

        Label {
            text: qsTr("Current PIN")
            font.pixelSize: Theme.fontBody
            color: Theme.text
        }

        SecretField {
            id: current

            objectName: "currentPin"
            onAccepted: fresh.forceActiveFocus()
        }

        Label {
            text: qsTr("New PIN")
            font.pixelSize: Theme.fontBody
            color: Theme.text
        }

        SecretField {
            id: fresh

            objectName: "newPin"
            onAccepted: confirmation.forceActiveFocus()
        }

        Label {
            text: qsTr("New PIN again")
            font.pixelSize: Theme.fontBody
            color: Theme.text
        }

        SecretField {
            id: confirmation

            objectName: "newPinConfirmation"
            onAccepted: if (submitButton.enabled) root.submit()
        }
    }

    // The button and, beside it, what happens: progress, then the outcome.
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing

        Button {
            id: submitButton

            objectName: "changePinButton"
            Layout.preferredHeight: Theme.touchTarget
            text: qsTr("Change PIN")
            font.pixelSize: Theme.fontBody
            highlighted: true
            enabled: !Session.pinChangeBusy && current.text.length > 0 && fresh.text.length > 0
                     && confirmation.text.length > 0
            onClicked: root.submit()
        }

        BusyIndicator {
            objectName: "changePinBusy"
            visible: Session.pinChangeBusy
            running: Session.pinChangeBusy
            Layout.preferredWidth: Theme.minTouch
            Layout.preferredHeight: Theme.minTouch
        }

        Label {
            Layout.fillWidth: true
            visible: Session.pinChangeBusy
            text: qsTr("Changing the PIN…")
            color: Theme.mutedText
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }

        Label {
            objectName: "changePinError"
            Layout.fillWidth: true
            visible: !Session.pinChangeBusy && text !== ""
            text: Session.pinChangeErrorMessage
            wrapMode: Text.Wrap
            color: Theme.error
            font.pixelSize: Theme.fontBody
        }

        Label {
            objectName: "changePinDone"
            Layout.fillWidth: true
            visible: Session.pinChangeDone
            text: qsTr("The PIN was changed. Use the new PIN from the next unlock.")
            wrapMode: Text.Wrap
            color: Theme.success
            font.pixelSize: Theme.fontBody
        }
    }
}
