# The tour (issue 5): the whole journey through the real QML offscreen, in Japanese and in English, with a
# screenshot of every screen in build/tour/.
add_executable(test_tour tour/tour.cpp tour/uidriver.cpp tour/uidriver.h)
target_link_libraries(test_tour PRIVATE appmodels appmodelsplugin ui uiplugin Qt6::Gui Qt6::Quick Qt6::QuickControls2
                                        Qt6::Test Catch2::Catch2)
target_include_directories(test_tour PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/tour)
target_compile_definitions(test_tour PRIVATE KAKUNIN_TOUR_DIR="${PROJECT_BINARY_DIR}/tour")
kakunin_warnings(test_tour)
# Under a virtual X server where one is installed (scripts/test installs xvfb): the scene graph then renders
# with OpenGL as on a tablet, so the screenshots show the Material style as it is; without one, offscreen.
find_program(KAKUNIN_XVFB_RUN xvfb-run)
foreach(language ja en)
    if(KAKUNIN_XVFB_RUN)
        add_test(NAME tour_${language} COMMAND ${KAKUNIN_XVFB_RUN} -a -s "-screen 0 1280x800x24" $<TARGET_FILE:test_tour>)
    else()
        add_test(NAME tour_${language} COMMAND test_tour)
    endif()
    # One virtual X server at a time: xvfb-run -a picks a free display number racily.
    set_tests_properties(tour_${language} PROPERTIES ENVIRONMENT "KAKUNIN_TOUR_LANGUAGE=${language}" TIMEOUT 300
                                                     RESOURCE_LOCK xvfb)
endforeach()
