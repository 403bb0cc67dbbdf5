pragma Singleton
import QtQuick
import QtQuick.Controls

// The app's one stack of pages (AppShell). Pages open others by name, e.g.
// `Navigation.open("CustomerPage", {customerId: id})`; pages not yet opened are not created.
QtObject {
    id: root

    property StackView stack: null

    function open(page: string, properties: var) {
        root.stack.push(Qt.resolvedUrl("pages/" + page + ".qml"), properties);
    }

    function back() {
        root.stack.pop();
    }

    function home() {
        root.stack.pop(null);
    }
}
