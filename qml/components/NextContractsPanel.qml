import QtQuick
import Kakunin.Ui

// Home panel; its own file so the screen that feeds it can grow it without touching home.
EmptyState {
    id: root

    objectName: "nextContracts"
    title: qsTr("Next for me")
    message: qsTr("No contract needs you now.")
}
