import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kakunin.Ui

// For the sales rep, after the customer confirmed every item: the attestation that no guarantee of
// customers, sales or results was given (S1, 集客保証の禁止). Recorded before anyone signs.
Item {
    id: root

    objectName: "walkthroughAttestation"

    property int count: 0
    property bool attested: false
    property bool canAttest: false
    property bool canGoBack: false
    property string errorMessage: ""

    signal attestRequested
    signal backRequested

    implicitWidth: 1280
    implicitHeight: 728

    Flickable {
        id: scroller

        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight + Theme.spacing * 4
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column

            x: Theme.spacing * 2
            y: Theme.spacing * 2
            width: Math.min(scroller.width - Theme.spacing * 4, 960)
            spacing: Theme.spacing * 1.5

            Label {
                objectName: "allConfirmedLabel"
                Layout.fillWidth: true
                text: "✓ " + qsTr("The customer confirmed all %1 items.").arg(root.count)
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.success
            }

            Label {
                Layout.fillWidth: true
                text: qsTr("For the sales representative")
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
            }

            Pane {
                objectName: "attestationStatement"
                Layout.fillWidth: true
                padding: Theme.spacing * 1.5
                background: Rectangle {
                    color: Theme.surface
                    radius: Theme.radius
                    border.color: Theme.primary
                    border.width: 2
                }

                ColumnLayout {
                    anchors.fill: parent
                    spacing: Theme.spacing

                    Label {
                        Layout.fillWidth: true
                        text: qsTr("I did not promise or guarantee the customer any number of customers, any sales or any results from this product, neither in words nor in writing.")
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontLarge
                        color: Theme.text
                    }

                    CheckBox {
                        id: agree

                        objectName: "attestCheck"
                        Layout.fillWidth: true
                        Layout.minimumHeight: Theme.touchTarget
                        enabled: root.canAttest
                        checked: root.attested
                        text: qsTr("I attest that this is true.")
                        font.pixelSize: Theme.fontBody
                    }
                }
            }

            Label {
                Layout.fillWidth: true
                text: qsTr("The attestation is recorded with the time and is asked again in every confirmation call from head office.")
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBody
                color: Theme.mutedText
            }

            Label {
                objectName: "attestError"
                Layout.fillWidth: true
                visible: root.errorMessage !== ""
                text: root.errorMessage
                wrapMode: Text.Wrap
                color: Theme.error
                font.pixelSize: Theme.fontBody
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing

                Button {
                    objectName: "attestBackButton"
                    Layout.preferredHeight: Theme.touchTarget
                    enabled: root.canGoBack
                    flat: true
                    text: qsTr("Back to the items")
                    font.pixelSize: Theme.fontBody
                    onClicked: root.backRequested()
                }

                Item {
                    Layout.fillWidth: true
                }

                Button {
                    objectName: "attestButton"
                    Layout.preferredHeight: Theme.touchTarget
                    Layout.minimumWidth: 280
                    enabled: root.canAttest && agree.checked
                    highlighted: true
                    text: qsTr("Attest and go to the signatures")
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    onClicked: root.attestRequested()
                }
            }
        }
    }
}
