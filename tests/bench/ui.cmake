# scripts/bench ui: the tablet UI against a hello-world Qt Quick Controls window (issue 5).
add_executable(bench_ui bench_ui.cpp)
target_link_libraries(bench_ui PRIVATE appmodels appmodelsplugin ui uiplugin Qt6::Gui Qt6::Quick Qt6::QuickControls2
                                       Qt6::Test)
kakunin_warnings(bench_ui)
