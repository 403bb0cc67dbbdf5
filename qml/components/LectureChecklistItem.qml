import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kakunin.Ui

// One checklist item of the delivery lecture (D2): what is taught, then "Taught" for the installer and
// "Understood" for the customer. A mark is a record and cannot be taken back, so a ticked box stays ticked (and
// stays readable, not greyed); whether a box may be ticked now is the view model's decision
// (canMarkTaught / canMarkUnderstood): only then does a tap ask for it.
Rectangle {
    id: root

    required property string itemId
    required property string text
    required property int minutes
    required property bool taught
    required property bool understood
    required property bool canMarkTaught
    required property bool canMarkUnderstood
    required property bool extended
    required property int number

    signal taughtRequested(string itemId)
    signal understoodRequested(string itemId)

    objectName: "lectureItem_" + root.itemId
    implicitWidth: 800
    implicitHeight: row.implicitHeight + Theme.spacing
    color: root.taught && root.understood ? "#eef6ee" : Theme.surface

    Rectangle {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: 1
        color: "#e3e6ea"
    }

    RowLayout {
        id: row

        anchors.fill: parent
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.spacing
        anchors.topMargin: Theme.spacing / 2
        anchors.bottomMargin: Theme.spacing / 2
        spacing: Theme.spacing

        Label {
            objectName: "itemNumber_" + root.itemId
            text: root.number > 0 ? root.number : ""
            font.pixelSize: Theme.fontBody
            color: Theme.mutedText
            horizontalAlignment: Text.AlignRight
            Layout.preferredWidth: 32
        }

        ColumnLayout {
            spacing: 2
            Layout.fillWidth: true

            Label {
                objectName: "itemText_" + root.itemId
                Layout.fillWidth: true
                text: root.text
                font.pixelSize: Theme.fontBody
                color: Theme.text
                wrapMode: Text.Wrap
            }

            Label {
                objectName: "itemDetail_" + root.itemId
                Layout.fillWidth: true
                text: root.extended ? qsTr("Extended item · about %n minute(s)", "", root.minutes)
                                    : qsTr("About %n minute(s)", "", root.minutes)
                font.pixelSize: Theme.fontSmall
                color: Theme.mutedText
                wrapMode: Text.Wrap
            }
        }

        // Clicking never flips the box itself: it asks, and the box shows what was recorded.
        CheckBox {
            objectName: "taught_" + root.itemId
            checkable: false
            checked: root.taught
            enabled: root.canMarkTaught || root.taught
            text: qsTr("Taught")
            font.pixelSize: Theme.fontBody
            Layout.preferredHeight: Theme.touchTarget
            Layout.minimumWidth: Theme.touchTarget * 2.5
            onClicked: {
                if (root.canMarkTaught)
                    root.taughtRequested(root.itemId)
            }
        }

        CheckBox {
            objectName: "understood_" + root.itemId
            checkable: false
            checked: root.understood
            enabled: root.canMarkUnderstood || root.understood
            text: qsTr("Understood")
            font.pixelSize: Theme.fontBody
            Layout.preferredHeight: Theme.touchTarget
            Layout.minimumWidth: Theme.touchTarget * 3
            onClicked: {
                if (root.canMarkUnderstood)
                    root.understoodRequested(root.itemId)
            }
        }
    }
}
