import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kakunin.App
import Kakunin.Ui

// P3 解約: what cancelling now means for the customer, the customer's reason (when the record carries one),
// and the customer's signature. Core decides whether it may be recorded (ContractTimeline.cancel).
Dialog {
    id: root

    required property ContractTimeline timeline

    objectName: "cancelDialog"
    modal: true
    focus: true
    padding: Theme.spacing * 1.5
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: parent ? Math.min(parent.width - Theme.spacing * 4, 900) : 900
    height: parent ? Math.min(parent.height - Theme.spacing * 4, 760) : 760
    title: qsTr("Cancel the contract")
    closePolicy: Popup.CloseOnEscape

    onOpened: {
        signature.pad.clear()
        reason.text = ""
        signerName.text = root.timeline.customerName
        error.text = ""
    }

    function record() {
        if (!signature.check())
            return
        if (root.timeline.cancel(reason.text, signerName.text, signature.pad))
            root.close()
        else
            error.text = root.timeline.errorText
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Label {
            objectName: "cancelKind"
            Layout.fillWidth: true
            text: root.timeline.cancellationKindText
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: root.timeline.cancellationKind === "with_cost" ? Theme.accent : Theme.success
            wrapMode: Text.Wrap
        }

        Label {
            objectName: "cancelExplanation"
            Layout.fillWidth: true
            text: root.timeline.cancellationText
            font.pixelSize: Theme.fontBody
            color: Theme.text
            wrapMode: Text.Wrap
        }

        GridLayout {
            Layout.fillWidth: true
            columns: root.width > 640 ? 2 : 1
            columnSpacing: Theme.spacing
            rowSpacing: Theme.spacing / 2

            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0

                Label {
                    text: qsTr("Name of the customer who signs")
                    font.pixelSize: Theme.fontSmall
                    color: Theme.mutedText
                }

                TextField {
                    id: signerName

                    objectName: "cancelSignerName"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.touchTarget
                    font.pixelSize: Theme.fontBody
                }
            }

            TextField {
                id: reason

                objectName: "cancelReason"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTarget
                visible: root.timeline.reasonRecorded
                placeholderText: qsTr("Reason, in the customer's words (optional)")
                font.pixelSize: Theme.fontBody
            }
        }

        SignatureField {
            id: signature

            objectName: "cancelSignature"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: 200
            label: qsTr("Customer's signature")
        }

        Label {
            id: error

            objectName: "cancelError"
            Layout.fillWidth: true
            visible: text !== ""
            color: Theme.error
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            Item {
                Layout.fillWidth: true
            }

            Button {
                objectName: "cancelDialogClose"
                text: qsTr("Keep the contract")
                font.pixelSize: Theme.fontBody
                flat: true
                Layout.preferredHeight: Theme.touchTarget
                onClicked: root.close()
            }

            Button {
                objectName: "confirmCancelButton"
                text: qsTr("Record the cancellation")
                font.pixelSize: Theme.fontBody
                highlighted: true
                enabled: !signature.empty && root.timeline.canCancel
                Layout.preferredHeight: Theme.touchTarget
                onClicked: root.record()
            }
        }
    }
}
