import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kakunin.App
import Kakunin.Ui

// First start (choose and confirm a PIN) and unlock. The session decides what is acceptable.
Page {
    id: root

    objectName: "lockPage"

    readonly property bool settingUp: Session.stage === Session.SetUp
    // While setting up: the first entry waits here until the confirmation is typed.
    property string firstEntry: ""
    property bool usePassphrase: false

    function submit(secret) {
        if (root.settingUp) {
            if (root.firstEntry === "") {
                if (!Session.pinAcceptable(secret)) {
                    Session.setUpPin(secret, secret) // reports why it is not acceptable
                } else {
                    root.firstEntry = secret
                }
            } else {
                Session.setUpPin(root.firstEntry, secret)
                root.firstEntry = ""
            }
        } else {
            Session.unlock(secret)
        }
        pad.clear()
        passphrase.clear()
    }

    background: Rectangle {
        color: Theme.background
    }

    // The language can be chosen before the PIN, e.g. on first start by an English-speaking user.
    SettingsLanguageChoice {
        objectName: "lockLanguage"
        namePrefix: "lockLanguage"
        compact: true
        anchors.top: parent.top
        anchors.right: parent.right
        anchors.margins: Theme.spacing
        z: 1
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing * 3
        spacing: Theme.spacing * 4

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            spacing: Theme.spacing

            Item {
                Layout.fillHeight: true
            }

            Label {
                text: qsTr("Kakunin")
                font.pixelSize: Theme.fontTitle * 1.4
                font.bold: true
                color: Theme.primary
            }

            Label {
                Layout.fillWidth: true
                text: qsTr("Compliant sales and delivery records")
                font.pixelSize: Theme.fontLarge
                color: Theme.mutedText
                wrapMode: Text.Wrap
            }

            Label {
                objectName: "lockUser"
                Layout.fillWidth: true
                text: qsTr("%1 (%2)").arg(Session.userId).arg(Session.roleText)
                font.pixelSize: Theme.fontBody
                color: Theme.mutedText
                wrapMode: Text.Wrap
            }

            Label {
                objectName: "lockInstruction"
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing * 2
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBody
                color: Theme.text
                text: root.settingUp
                      ? (root.firstEntry === ""
                         ? qsTr("Welcome. Choose a PIN of at least 6 digits to protect the records on this tablet.")
                         : qsTr("Enter the same PIN again to confirm it."))
                      : qsTr("Enter your PIN to unlock.")
            }

            Label {
                objectName: "lockError"
                Layout.fillWidth: true
                visible: text !== ""
                text: Session.errorMessage
                wrapMode: Text.Wrap
                color: Theme.error
                font.pixelSize: Theme.fontBody
            }

            // Why head office locked the tablet or erased it (sync), until the next unlock or enrollment.
            Label {
                objectName: "syncNotice"
                Layout.fillWidth: true
                visible: text !== ""
                text: SyncStatus.noticeText
                wrapMode: Text.Wrap
                color: Theme.error
                font.pixelSize: Theme.fontBody
            }

            RowLayout {
                visible: Session.busy
                spacing: Theme.spacing

                BusyIndicator {
                    objectName: "lockBusy"
                    running: Session.busy
                    Layout.preferredWidth: 48
                    Layout.preferredHeight: 48
                }

                Label {
                    text: root.settingUp ? qsTr("Setting up the encrypted store…") : qsTr("Unlocking…")
                    color: Theme.mutedText
                }
            }

            Item {
                Layout.fillHeight: true
            }
        }

        // The keypad side: centred in its half of the screen.
        Item {
            Layout.fillHeight: true
            Layout.fillWidth: true
            Layout.preferredWidth: 1

            Column {
                anchors.centerIn: parent
                spacing: Theme.spacing

                PinPad {
                    id: pad

                    objectName: "pinPad"
                    anchors.horizontalCenter: parent.horizontalCenter
                    visible: !root.usePassphrase
                    enabled: !Session.busy && Session.retryAfterSeconds === 0
                    onSubmitted: secret => root.submit(secret)
                }

                TextField {
                    id: passphrase

                    objectName: "passphraseField"
                    anchors.horizontalCenter: parent.horizontalCenter
                    width: 420
                    height: Theme.touchTarget
                    visible: root.usePassphrase
                    enabled: !Session.busy && Session.retryAfterSeconds === 0
                    echoMode: TextInput.Password
                    placeholderText: qsTr("Passphrase")
                    onAccepted: root.submit(text)
                }

                Button {
                    objectName: "passphraseSubmit"
                    anchors.horizontalCenter: parent.horizontalCenter
                    height: Theme.touchTarget
                    visible: root.usePassphrase
                    enabled: passphrase.enabled && passphrase.text.length > 0
                    highlighted: true
                    text: root.settingUp ? qsTr("Continue") : qsTr("Unlock")
                    onClicked: root.submit(passphrase.text)
                }

                Switch {
                    objectName: "usePassphrase"
                    anchors.horizontalCenter: parent.horizontalCenter
                    height: Theme.minTouch
                    text: qsTr("Use a passphrase instead")
                    checked: root.usePassphrase
                    onToggled: root.usePassphrase = checked
                }
            }
        }
    }
}
