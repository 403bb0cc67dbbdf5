# Settings (issue 5): the settings page and its parts.
qt_target_qml_sources(ui QML_FILES
    pages/SettingsPage.qml
    components/SettingsSection.qml
    components/SettingsLanguageChoice.qml
    components/SettingsPinChange.qml
    components/SettingsAbout.qml)
