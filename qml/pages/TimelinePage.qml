import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kakunin.App
import Kakunin.Ui

// Contract timeline: every event of the contract in order, with the deadlines, the calls and the way to
// cancel beside it (P3, M2, D3, P6). ContractTimeline decides; this page presents it.
Page {
    id: root

    objectName: "timelinePage"

    required property string contractId

    background: Rectangle {
        color: Theme.background
    }

    ContractTimeline {
        id: timeline

        session: Session
        contractId: root.contractId
    }

    header: PageHeader {
        title: timeline.customerName !== "" ? qsTr("Contract: %1").arg(timeline.customerName) : qsTr("Contract")
        onBackRequested: Navigation.back()
    }

    GridLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing * 1.5
        columns: root.width >= root.height ? 2 : 1
        columnSpacing: Theme.spacing * 1.5
        rowSpacing: Theme.spacing

        // Portrait: the summary on top, the timeline under it; landscape: side by side.
        TimelineSideCard {
            objectName: "timelineSide"
            timeline: timeline
            Layout.column: root.width >= root.height ? 1 : 0
            Layout.row: 0
            Layout.fillHeight: root.width >= root.height
            Layout.preferredWidth: root.width >= root.height ? Math.min(480, root.width * 0.4) : -1
            Layout.fillWidth: root.width < root.height
            Layout.preferredHeight: root.width >= root.height ? -1 : root.height * 0.45
            onCancelRequested: cancelDialog.open()
            onLectureRequested: Navigation.open("LecturePage", {contractId: root.contractId})
            onWalkthroughRequested: Navigation.open("WalkthroughPage", {customerId: timeline.customerId,
                                                        productCode: timeline.productCode})
        }

        Pane {
            objectName: "timelineCard"
            Layout.column: 0
            Layout.row: root.width >= root.height ? 0 : 1
            Layout.fillWidth: true
            Layout.fillHeight: true
            padding: Theme.spacing * 1.5
            background: Rectangle {
                color: Theme.surface
                radius: Theme.radius
                border.color: "#dde1e6"
            }

            ColumnLayout {
                anchors.fill: parent
                spacing: Theme.spacing

                RowLayout {
                    Layout.fillWidth: true

                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Timeline")
                        font.pixelSize: Theme.fontLarge
                        font.bold: true
                        color: Theme.text
                    }

                    Label {
                        objectName: "timelineCount"
                        text: qsTr("%n record(s)", "", eventList.count)
                        font.pixelSize: Theme.fontSmall
                        color: Theme.mutedText
                    }
                }

                ListView {
                    id: eventList

                    // The newest events matter most: the list opens at the end of the story and stays there
                    // while rows are laid out and records arrive, until the user scrolls.
                    property bool followEnd: true

                    objectName: "timelineList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: timeline.events
                    boundsBehavior: Flickable.StopAtBounds
                    ScrollBar.vertical: ScrollBar {}
                    delegate: TimelineEventRow {
                        width: ListView.view.width - Theme.spacing
                    }

                    onMovementStarted: eventList.followEnd = false
                    onContentHeightChanged: {
                        if (eventList.followEnd)
                            Qt.callLater(eventList.positionViewAtEnd)
                    }
                    onCountChanged: {
                        if (eventList.followEnd)
                            Qt.callLater(eventList.positionViewAtEnd)
                    }
                }

                Label {
                    objectName: "timelineEmpty"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    visible: eventList.count === 0
                    text: qsTr("No record of this contract on this tablet.")
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                    font.pixelSize: Theme.fontBody
                    color: Theme.mutedText
                }
            }
        }
    }

    TimelineCancelDialog {
        id: cancelDialog

        timeline: timeline
    }
}
