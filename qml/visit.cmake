# Visit screen (issue 5): appointments, start/end, conduct timer (S2). Home's TodayVisitsPanel is in the main list.
qt_target_qml_sources(ui QML_FILES
    pages/VisitPage.qml
    components/VisitTimer.qml
    components/VisitBookingPopup.qml)
