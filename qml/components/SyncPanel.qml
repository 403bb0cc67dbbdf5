import QtQuick
import Kakunin.Ui

// Home panel; its own file so the screen that feeds it can grow it without touching home.
EmptyState {
    id: root

    objectName: "syncState"
    title: qsTr("Head office")
    message: qsTr("This tablet is not connected to head office yet. Records stay encrypted on the tablet.")
}
