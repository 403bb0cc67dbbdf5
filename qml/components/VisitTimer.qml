import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Kakunin.App
import Kakunin.Ui

// The conduct timer of a visit in progress (S2), large enough to read from across the table: elapsed time on
// the monotonic clock, the share of the maximum with the warning mark, and the warning in words.
ColumnLayout {
    id: root

    required property VisitController visit

    readonly property color stateColor: root.visit.maxExceeded ? Theme.error : (root.visit.warning ? "#b26a00" : Theme.primary)

    spacing: Theme.spacing

    Label {
        objectName: "visitElapsed"
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignHCenter
        text: root.visit.elapsedText
        font.pixelSize: 112
        font.bold: true
        font.family: Theme.fontFamily
        color: root.stateColor
    }

    // Share of the maximum; the tick marks where the warning starts.
    Item {
        Layout.fillWidth: true
        Layout.preferredHeight: 28

        Rectangle {
            id: track

            anchors.fill: parent
            radius: height / 2
            color: "#e3e7ec"
        }

        Rectangle {
            objectName: "visitProgress"
            anchors.left: track.left
            anchors.top: track.top
            anchors.bottom: track.bottom
            width: track.width * Math.min(1, root.visit.percentOfMax / 100)
            radius: height / 2
            color: root.stateColor
        }

        Rectangle {
            x: track.width * root.visit.warnPercent / 100 - width / 2
            width: 3
            height: parent.height + 12
            y: -6
            color: Theme.text
        }
    }

    RowLayout {
        Layout.fillWidth: true

        Label {
            objectName: "visitPercent"
            text: qsTr("%1 % of %2 min").arg(root.visit.percentOfMax).arg(root.visit.maxMinutes)
            font.pixelSize: Theme.fontBody
            color: Theme.mutedText
        }

        Item {
            Layout.fillWidth: true
        }

        Label {
            objectName: "visitRemaining"
            text: root.visit.remainingText
            font.pixelSize: Theme.fontBody
            font.bold: root.visit.warning
            color: root.visit.warning ? root.stateColor : Theme.mutedText
        }
    }

    Rectangle {
        objectName: "visitWarning"
        Layout.fillWidth: true
        visible: root.visit.conductText.length > 0
        implicitHeight: warningText.implicitHeight + Theme.spacing * 2
        radius: Theme.radius / 2
        color: root.visit.maxExceeded || root.visit.pastAllowedHours ? "#fdecea" : "#fff4e0"

        Label {
            id: warningText

            anchors.fill: parent
            anchors.margins: Theme.spacing
            text: root.visit.conductText
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: root.visit.maxExceeded || root.visit.pastAllowedHours ? Theme.error : "#8a5300"
            wrapMode: Text.Wrap
        }
    }
}
