import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kakunin.App
import Kakunin.Ui

// Japanese or English, switched at once (the Language singleton retranslates every screen and keeps the
// choice). Each language is named in itself, so whoever cannot read the current one still finds theirs.
RowLayout {
    id: root

    // Prefix of the buttons' objectNames: "<prefix>Ja", "<prefix>En".
    property string namePrefix: "language"
    property bool compact: false

    spacing: root.compact ? Theme.spacing / 2 : Theme.spacing

    component Choice: Button {
        id: choice

        required property string code
        required property bool compact

        Layout.fillWidth: !choice.compact
        Layout.preferredHeight: choice.compact ? Theme.minTouch : Theme.touchTarget + 8
        Layout.preferredWidth: choice.compact ? -1 : 220
        Layout.minimumWidth: choice.compact ? Theme.touchTarget * 1.5 : Theme.touchTarget * 2
        checkable: true
        checked: Language.code === choice.code
        highlighted: checked
        font.pixelSize: choice.compact ? Theme.fontBody : Theme.fontLarge
        // A language's name is written as it is, not in the capitals of Material buttons.
        contentItem: Label {
            text: choice.text
            font.pixelSize: choice.font.pixelSize
            font.bold: choice.checked
            color: choice.checked ? "white" : Theme.text
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            elide: Text.ElideRight
        }
        onClicked: {
            Language.setCode(choice.code)
            choice.checked = Qt.binding(() => Language.code === choice.code) // the singleton decides, not the click
        }
    }

    Choice {
        objectName: root.namePrefix + "Ja"
        code: "ja"
        compact: root.compact
        text: "日本語" // the language's own name, never translated
    }

    Choice {
        objectName: root.namePrefix + "En"
        code: "en"
        compact: root.compact
        text: "English" // the language's own name, never translated
    }
}
