# Delivery lecture (issue 5): the view models over a real store with a ManualClock (D1, D2, P1, M1, M2), the
# page in the real QML (screenshots to $KAKUNIN_LECTURE_SHOTS), and the clock display and a checklist item under
# Qt Quick Test. The copy needs QPdfWriter and fonts, so test_lecture has its own main with a QGuiApplication
# (offscreen) instead of kakunin_catch_test's.
add_executable(test_lecture ${PROJECT_SOURCE_DIR}/tests/support/gui_test_main.cpp
                            test_lecture.cpp test_lecture_page.cpp lecturefixtures.h
                            ${PROJECT_SOURCE_DIR}/tests/support/testsupport.cpp)
target_include_directories(test_lecture PRIVATE ${PROJECT_SOURCE_DIR}/tests)
target_link_libraries(test_lecture PRIVATE Catch2::Catch2 appmodels appmodelsplugin ui uiplugin Qt6::Gui Qt6::Quick
                                           Qt6::QuickControls2 Qt6::Test)
kakunin_warnings(test_lecture)
catch_discover_tests(test_lecture TEST_PREFIX "test_lecture: " EXTRA_ARGS --warn NoTests
                     PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen")

# LectureClockDisplay and LectureChecklistItem, found by objectName, with synthetic clicks.
add_executable(test_lecture_quick test_lecture_quickmain.cpp)
target_link_libraries(test_lecture_quick PRIVATE appmodels appmodelsplugin ui uiplugin Qt6::QuickTest)
kakunin_warnings(test_lecture_quick)
foreach(qmltest tst_lectureclock tst_lectureitem)
    add_test(NAME lecture_quicktest_${qmltest}
             COMMAND test_lecture_quick -input ${CMAKE_CURRENT_SOURCE_DIR}/qml/${qmltest}.qml)
    set_tests_properties(lecture_quicktest_${qmltest} PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen" TIMEOUT 120)
endforeach()
