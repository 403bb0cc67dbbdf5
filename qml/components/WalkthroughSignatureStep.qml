import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kakunin.App
import Kakunin.Ui

// The signatures (署名) after the walkthrough, one signer at a time in the order the rules require:
// the customer, the successor when the screening requires one (P2), then the sales rep. The walkthrough
// decides who is next; this page shows the pad for that signer and hands the strokes over.
Item {
    id: root

    objectName: "walkthroughSignatureStep"

    required property WalkthroughSession walkthrough

    readonly property string signer: root.walkthrough.nextSigner
    readonly property bool landscape: root.width >= root.height

    implicitWidth: 1280
    implicitHeight: 728

    function submit() {
        if (!field.check())
            return
        if (root.walkthrough.sign(root.signer, field.pad, nameField.text, sealCheck.checked)) {
            field.pad.clear()
            nameField.text = root.walkthrough.nextSignerName
            sealCheck.checked = false
        }
    }

    GridLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing * 2
        columns: root.landscape ? 2 : 1
        columnSpacing: Theme.spacing * 2
        rowSpacing: Theme.spacing

        // Who signs, in order; done ones ticked.
        ColumnLayout {
            objectName: "signatureSteps"
            Layout.preferredWidth: root.landscape ? 300 : -1
            Layout.fillWidth: !root.landscape
            Layout.fillHeight: root.landscape
            spacing: Theme.spacing / 2

            Label {
                text: qsTr("Signatures")
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.text
            }

            // One below the other beside the pad (landscape), side by side above it (portrait).
            Grid {
                Layout.fillWidth: true
                spacing: Theme.spacing / 2
                columns: root.landscape ? 1 : 2

                Repeater {
                    model: root.walkthrough.signatureSteps

                    delegate: Rectangle {
                        id: stepChip

                        required property var modelData
                        required property int index

                        objectName: "signatureStep_" + stepChip.modelData.signer
                        width: 290 // two side by side in portrait
                        height: Theme.touchTarget
                        radius: Theme.radius
                        color: stepChip.modelData.current ? "#eef3f9" : "transparent"
                        border.color: stepChip.modelData.current ? Theme.primary : "#dde1e6"
                        border.width: stepChip.modelData.current ? 2 : 1

                        Label {
                            anchors.fill: parent
                            anchors.leftMargin: Theme.spacing
                            verticalAlignment: Text.AlignVCenter
                            text: (stepChip.modelData.signed ? "✓ " : (stepChip.index + 1) + ". ")
                                  + stepChip.modelData.label
                            elide: Text.ElideRight
                            font.pixelSize: Theme.fontBody
                            font.bold: stepChip.modelData.current
                            color: stepChip.modelData.signed ? Theme.success : Theme.text
                        }
                    }
                }
            }

            Label {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                visible: root.landscape
                text: qsTr("Each signature covers every item as it was shown and confirmed, with the times.")
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSmall
                color: Theme.mutedText
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing

            Label {
                objectName: "signatureTitle"
                Layout.fillWidth: true
                text: qsTr("Signature: %1").arg(root.walkthrough.nextSignerLabel)
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
            }

            Label {
                objectName: "signatureInstruction"
                Layout.fillWidth: true
                text: root.signer === "rep"
                      ? qsTr("The sales representative signs last, confirming that every item was explained as shown.")
                      : qsTr("By signing you confirm that every item was explained to you and that you understood it.")
                wrapMode: Text.Wrap
                font.pixelSize: 24
                color: Theme.text
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing

                Label {
                    text: qsTr("Name")
                    font.pixelSize: Theme.fontBody
                    color: Theme.mutedText
                }

                TextField {
                    id: nameField

                    objectName: "signerNameField"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.touchTarget
                    text: root.walkthrough.nextSignerName
                    placeholderText: qsTr("Full name of the person signing")
                    font.pixelSize: Theme.fontBody
                }
            }

            SignatureField {
                id: field

                objectName: "signatureField_" + root.signer
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.minimumHeight: 220
                label: root.walkthrough.nextSignerLabel
            }

            Label {
                objectName: "signError"
                Layout.fillWidth: true
                visible: root.walkthrough.errorMessage !== ""
                text: root.walkthrough.errorMessage
                wrapMode: Text.Wrap
                color: Theme.error
                font.pixelSize: Theme.fontBody
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing

                CheckBox {
                    id: sealCheck

                    objectName: "sealCheck"
                    visible: root.signer === "customer"
                    Layout.minimumHeight: Theme.minTouch
                    text: qsTr("Seal affixed on the paper copy")
                    font.pixelSize: Theme.fontBody
                }

                Item {
                    Layout.fillWidth: true
                }

                Button {
                    objectName: "signButton"
                    Layout.preferredHeight: Theme.touchTarget
                    Layout.minimumWidth: 240
                    enabled: root.walkthrough.canSign && !field.empty
                    highlighted: true
                    text: qsTr("Sign")
                    font.pixelSize: Theme.fontLarge
                    font.bold: true
                    onClicked: root.submit()
                }
            }
        }
    }
}
