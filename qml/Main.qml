import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Kakunin.App
import Kakunin.Ui

ApplicationWindow {
    id: root

    width: 1280
    height: 800
    visible: true
    title: qsTr("Kakunin")
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontBody
    color: Theme.background

    Material.theme: Material.Light
    Material.primary: Theme.primary
    Material.accent: Theme.primary

    // Screens not yet shown are not created: the lock screen first, home only once unlocked.
    Loader {
        id: screen

        objectName: "screenLoader"
        anchors.fill: parent
        sourceComponent: Session.stage === Session.Unlocked ? homeComponent : lockComponent
    }

    Component {
        id: lockComponent

        LockPage {}
    }

    Component {
        id: homeComponent

        AppShell {}
    }
}
