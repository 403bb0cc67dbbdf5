import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kakunin.App
import Kakunin.Ui

// Settings: language (switched at once), PIN change, and about this tablet.
Page {
    id: root

    objectName: "settingsPage"

    readonly property bool wide: root.width >= 1000

    background: Rectangle {
        color: Theme.background
    }

    header: PageHeader {
        title: qsTr("Settings")
        onBackRequested: Navigation.back()
    }

    Component.onCompleted: Session.clearPinChange() // no outcome of an earlier visit

    ScrollView {
        id: scroll

        objectName: "settingsScroll"
        anchors.fill: parent
        contentWidth: availableWidth
        contentHeight: grid.implicitHeight + Theme.spacing * 4
        clip: true

        // Two columns on a wide screen (language and about | PIN), one below the other otherwise.
        GridLayout {
            id: grid

            width: scroll.availableWidth - Theme.spacing * 4
            x: Theme.spacing * 2
            y: Theme.spacing * 2
            columns: root.wide ? 2 : 1
            rowSpacing: Theme.spacing * 1.5
            columnSpacing: Theme.spacing * 1.5

            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 1
                spacing: Theme.spacing * 1.5

                SettingsSection {
                    objectName: "languageSection"
                    title: qsTr("Language")
                    Layout.fillWidth: true

                    SettingsLanguageChoice {
                        Layout.fillWidth: true
                    }
                }

                SettingsSection {
                    objectName: "pinSection"
                    title: qsTr("PIN")
                    Layout.fillWidth: true

                    SettingsPinChange {
                        Layout.fillWidth: true
                    }
                }

                Item { // keeps the cards on top when the other column is taller
                    visible: root.wide
                    Layout.fillHeight: true
                }
            }

            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 1
                spacing: Theme.spacing * 1.5

                SettingsSection {
                    objectName: "aboutSection"
                    title: qsTr("About this tablet")
                    Layout.fillWidth: true

                    SettingsAbout {
                        Layout.fillWidth: true
                    }
                }

                Item { // keeps the cards on top when the other column is taller
                    visible: root.wide
                    Layout.fillHeight: true
                }
            }

        }
    }
}
