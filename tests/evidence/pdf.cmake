# Customer copies (PDF) and QR codes (issue 4). Paths are relative to tests/.
# QPdfWriter and fonts need a QGuiApplication: test_pdf has its own main (offscreen platform), and
# checks the PDFs with poppler-utils (pdftotext, pdftoppm, pdffonts, pdfinfo) and zbar-tools (zbarimg).
add_executable(test_pdf support/gui_test_main.cpp evidence/test_pdf.cpp evidence/test_qrcode.cpp
                        evidence/pdf_fixtures.h)
target_include_directories(test_pdf PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/evidence)
target_link_libraries(test_pdf PRIVATE Catch2::Catch2 evidence core Qt6::Gui)
target_compile_definitions(test_pdf PRIVATE KAKUNIN_CONTENT_DIR="${PROJECT_SOURCE_DIR}/assets/content")
kakunin_warnings(test_pdf)
catch_discover_tests(test_pdf TEST_PREFIX "test_pdf: " PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
