import QtQuick
import Kakunin.Ui

// Home panel; its own file so the screen that feeds it can grow it without touching home.
EmptyState {
    id: root

    objectName: "todaysVisits"
    title: qsTr("Today's visits")
    message: qsTr("No appointments today.")
}
