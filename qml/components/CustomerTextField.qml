import QtQuick
import QtQuick.Controls
import Kakunin.Ui

// A labelled text field with the view model's words for what is wrong with it underneath. A Column, not a
// ColumnLayout: nested layouts inside a grid that changes size did not always rearrange (Qt 6.4).
Column {
    id: root

    required property string label
    property string value
    property string error
    property string placeholder
    property string hint
    property alias field: input
    property alias validator: input.validator

    signal edited(string text)

    spacing: 4

    Label {
        width: root.width
        text: root.label
        font.pixelSize: Theme.fontSmall
        font.bold: true
        color: root.error.length > 0 ? Theme.error : Theme.mutedText
        wrapMode: Text.Wrap
    }

    TextField {
        id: input

        objectName: root.objectName + "Input"
        width: root.width
        height: Theme.touchTarget
        text: root.value
        placeholderText: root.placeholder
        font.pixelSize: Theme.fontBody
        selectByMouse: true
        onTextEdited: root.edited(input.text)
    }

    Label {
        objectName: root.objectName + "Error"
        visible: root.error.length > 0 || root.hint.length > 0
        width: root.width
        text: root.error.length > 0 ? root.error : root.hint
        font.pixelSize: Theme.fontSmall
        color: root.error.length > 0 ? Theme.error : Theme.mutedText
        wrapMode: Text.Wrap
    }
}
