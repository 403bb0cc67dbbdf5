# bench_pdf: a 15-item walkthrough copy with 2 signatures against a one-line PDF (issue 4, goal <= 1 s).
add_executable(bench_pdf bench_pdf.cpp)
target_include_directories(bench_pdf PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/../evidence)
target_link_libraries(bench_pdf PRIVATE evidence core Qt6::Gui)
target_compile_definitions(bench_pdf PRIVATE KAKUNIN_CONTENT_DIR="${PROJECT_SOURCE_DIR}/assets/content")
kakunin_warnings(bench_pdf)
