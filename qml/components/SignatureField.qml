import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kakunin.App
import Kakunin.Ui

// A signature box (署名欄): the pad on white paper with a signing line, and clear / undo.
// It only records: the page asks pad.validate() and decides what to do with the signature.
Item {
    id: root

    objectName: "signatureField"

    // Shown under the signing line, e.g. "Customer".
    property string label: ""
    readonly property alias pad: pad
    readonly property bool empty: pad.empty

    // Asks the pad whether this is a real signature; shows the reason when it is not.
    function check(): bool {
        message.text = pad.validationMessage()
        return message.text === ""
    }

    implicitWidth: 640
    implicitHeight: 320

    ColumnLayout {
        objectName: "signatureFieldLayout"
        anchors.fill: parent
        spacing: Theme.spacing / 2

        Rectangle {
            objectName: "signaturePaper"
            Layout.fillWidth: true
            Layout.fillHeight: true
            color: "white"
            radius: Theme.radius / 2
            border.color: pad.drawing ? Theme.primary : "#b8c0ca"
            border.width: 2

            Rectangle {
                objectName: "signatureLine"
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.bottom: parent.bottom
                anchors.margins: Theme.spacing * 2
                anchors.bottomMargin: parent.height / 4
                height: 1
                color: "#c7cdd4"
            }

            Label {
                objectName: "signatureHint"
                anchors.centerIn: parent
                visible: pad.empty && !pad.drawing
                text: qsTr("Sign here with your finger or pen")
                color: Theme.mutedText
                font.pixelSize: Theme.fontBody
            }

            SignaturePad {
                id: pad

                objectName: "signaturePad"
                anchors.fill: parent
            }
        }

        Label {
            id: message

            objectName: "signatureMessage"
            Layout.fillWidth: true
            visible: text !== ""
            color: Theme.error
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }

        RowLayout {
            objectName: "signatureActions"
            Layout.fillWidth: true
            spacing: Theme.spacing

            Label {
                objectName: "signatureLabel"
                Layout.fillWidth: true
                text: root.label
                color: Theme.text
                font.pixelSize: Theme.fontBody
                elide: Text.ElideRight
            }

            Button {
                objectName: "signatureUndoButton"
                text: qsTr("Undo stroke")
                enabled: !pad.empty
                font.pixelSize: Theme.fontBody
                Layout.preferredHeight: Theme.touchTarget
                Layout.minimumWidth: Theme.touchTarget * 2
                onClicked: pad.undoLastStroke()
            }

            Button {
                objectName: "signatureClearButton"
                text: qsTr("Clear")
                enabled: !pad.empty
                font.pixelSize: Theme.fontBody
                Layout.preferredHeight: Theme.touchTarget
                Layout.minimumWidth: Theme.touchTarget * 2
                onClicked: {
                    pad.clear()
                    message.text = ""
                }
            }
        }
    }
}
