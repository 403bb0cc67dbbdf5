# Customer screens (issue 5): registration, details, profile sheet and screening (P1, P2, P4).
kakunin_catch_test(test_customer test_customer_form.cpp test_customer_detail.cpp)
target_link_libraries(test_customer PRIVATE appmodels Qt6::Test)

# The customer and visit pages and home's today's visits in an offscreen window over the app's real wiring
# (AppContext, AppShell, Navigation) and the demo data; KAKUNIN_SHOTS=<folder> saves screenshots. The pages
# need a QGuiApplication, so the binary has its own main.
add_executable(test_customer_pages test_customer_pages_main.cpp test_customer_pages.cpp test_visit_page.cpp
                                   ${PROJECT_SOURCE_DIR}/tests/support/testsupport.cpp)
target_include_directories(test_customer_pages PRIVATE ${PROJECT_SOURCE_DIR}/tests)
target_link_libraries(test_customer_pages PRIVATE Catch2::Catch2 appmodels appmodelsplugin ui uiplugin Qt6::Gui
                                                  Qt6::Quick Qt6::QuickControls2 Qt6::Test)
kakunin_warnings(test_customer_pages)
catch_discover_tests(test_customer_pages TEST_PREFIX "test_customer_pages: " EXTRA_ARGS --warn NoTests
                     PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
