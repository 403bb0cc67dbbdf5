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

    // Once unlocked, the pages stay while the tablet is locked (hidden under the lock screen), so the user
    // comes back to the page they left: a lecture or a walkthrough in progress is not closed by the auto-lock.
    readonly property bool unlocked: Session.stage === Session.Unlocked

    onUnlockedChanged: if (root.unlocked) shell.active = true
    Component.onCompleted: if (root.unlocked) shell.active = true

    // Screens not yet shown are not created: the lock screen first, home only once unlocked.
    Loader {
        id: shell

        objectName: "shellLoader"
        anchors.fill: parent
        active: false // from the first unlock on, for good
        visible: root.unlocked
        enabled: shell.visible
        sourceComponent: homeComponent
    }

    Loader {
        id: screen

        objectName: "screenLoader"
        anchors.fill: parent
        active: !root.unlocked
        sourceComponent: lockComponent
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
