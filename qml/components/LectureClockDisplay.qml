import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kakunin.Ui

// The lecture clock (D1) as a bar: the running time large, the time still needed for the minimum, the state,
// and Start / Pause / Resume. It only presents: the page feeds it from DeliveryLecture and forwards the signals.
Rectangle {
    id: root

    objectName: "lectureClockDisplay"

    property string runningText: "0:00:00"
    property string remainingText: ""
    property string stateText: ""
    // Why the clock cannot be started, paused or resumed now; empty when it can.
    property string blockedReason: ""
    property bool started: false
    property bool running: false
    property bool signedOff: false
    property bool minimumReached: false
    property bool canStart: false
    property bool canPause: false
    property bool canResume: false

    signal startRequested
    signal pauseRequested
    signal resumeRequested

    implicitWidth: 800
    implicitHeight: content.implicitHeight + Theme.spacing * 2
    color: Theme.surface
    border.color: root.running ? Theme.primary : "#dde1e6"
    border.width: root.running ? 3 : 1
    radius: Theme.radius

    RowLayout {
        id: content

        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing * 1.5

        ColumnLayout {
            spacing: 0

            Label {
                objectName: "lectureClock"
                text: root.runningText
                font.pixelSize: 64
                font.bold: true
                color: root.running ? Theme.primary : Theme.mutedText
                Accessible.name: qsTr("Lecture running time %1").arg(root.runningText)
            }

            Label {
                objectName: "lectureState"
                text: root.stateText
                font.pixelSize: Theme.fontBody
                color: root.running ? Theme.primary : Theme.mutedText
            }
        }

        ColumnLayout {
            spacing: Theme.spacing / 4
            Layout.fillWidth: true

            Label {
                objectName: "lectureRemaining"
                Layout.fillWidth: true
                text: root.remainingText
                font.pixelSize: Theme.fontLarge
                font.bold: root.minimumReached
                color: root.minimumReached ? Theme.success : Theme.text
                wrapMode: Text.Wrap
            }

            Label {
                objectName: "lectureClockReason"
                Layout.fillWidth: true
                visible: text !== ""
                text: root.blockedReason
                font.pixelSize: Theme.fontSmall
                color: Theme.error
                wrapMode: Text.Wrap
            }
        }

        Button {
            objectName: "lectureStart"
            visible: !root.started && !root.signedOff
            enabled: root.canStart
            text: qsTr("Start lecture")
            highlighted: true
            font.pixelSize: Theme.fontBody
            Layout.preferredHeight: Theme.touchTarget
            Layout.minimumWidth: Theme.touchTarget * 3
            onClicked: root.startRequested()
        }

        Button {
            objectName: "lecturePause"
            visible: root.started && root.running && !root.signedOff
            enabled: root.canPause
            text: qsTr("Pause")
            font.pixelSize: Theme.fontBody
            Layout.preferredHeight: Theme.touchTarget
            Layout.minimumWidth: Theme.touchTarget * 3
            onClicked: root.pauseRequested()
        }

        Button {
            objectName: "lectureResume"
            visible: root.started && !root.running && !root.signedOff
            enabled: root.canResume
            text: qsTr("Resume")
            highlighted: true
            font.pixelSize: Theme.fontBody
            Layout.preferredHeight: Theme.touchTarget
            Layout.minimumWidth: Theme.touchTarget * 3
            onClicked: root.resumeRequested()
        }
    }
}
