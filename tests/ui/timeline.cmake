# Contract timeline, "Next for me" and the demo contracts (issue 5). Paths are relative to tests/ui.
# View models over a real temporary store with a ManualClock (P3, M2, D3, P6), the list models under
# QAbstractItemModelTester, the demo contracts through the real lifecycle, and the timeline page and the home
# panel in an offscreen window (KAKUNIN_SHOTS=<folder> saves screenshots). The page needs a QGuiApplication,
# so the binary has its own main.
add_executable(test_timeline test_timeline_main.cpp test_timeline_support.cpp test_timeline.cpp
                             test_nextcontracts.cpp test_democontracts.cpp test_timeline_page.cpp windowshots.h
                             ${PROJECT_SOURCE_DIR}/tests/support/testsupport.cpp)
target_include_directories(test_timeline PRIVATE ${PROJECT_SOURCE_DIR}/tests)
target_link_libraries(test_timeline PRIVATE Catch2::Catch2 appmodels appmodelsplugin ui uiplugin Qt6::Gui Qt6::Quick
                                            Qt6::QuickControls2 Qt6::Test)
kakunin_warnings(test_timeline)
catch_discover_tests(test_timeline TEST_PREFIX "test_timeline: " EXTRA_ARGS --warn NoTests
                     PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
