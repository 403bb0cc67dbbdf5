# Delivery lecture screen (issue 5): the page, the big lecture clock and a checklist item.
qt_target_qml_sources(ui QML_FILES pages/LecturePage.qml components/LectureClockDisplay.qml
                      components/LectureChecklistItem.qml)
