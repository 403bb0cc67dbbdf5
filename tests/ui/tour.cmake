# The tour (issue 5): the whole journey through the real QML offscreen, in Japanese and in English, with a
# screenshot of every screen in build/tour/.
add_executable(test_tour tour/tour.cpp tour/uidriver.cpp tour/uidriver.h)
target_link_libraries(test_tour PRIVATE appmodels appmodelsplugin ui uiplugin Qt6::Gui Qt6::Quick Qt6::QuickControls2
                                        Qt6::Test Catch2::Catch2)
target_include_directories(test_tour PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/tour)
target_compile_definitions(test_tour PRIVATE KAKUNIN_TOUR_DIR="${PROJECT_BINARY_DIR}/tour")
kakunin_warnings(test_tour)
foreach(language ja en)
    add_test(NAME tour_${language} COMMAND test_tour)
    set_tests_properties(tour_${language} PROPERTIES ENVIRONMENT "KAKUNIN_TOUR_LANGUAGE=${language}" TIMEOUT 300)
endforeach()
