# Console building blocks (issue 7, part 2; docs/console-evidence.md): alerts, the evidence check, signatures
# drawn from their strokes, CSV export and the contract view. Qt Core only, no HTML; the pages call them.
# Included by headoffice/CMakeLists.txt right after add_library(hqserver ...).
target_sources(hqserver PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/alerts.cpp ${CMAKE_CURRENT_LIST_DIR}/alerts.h
    ${CMAKE_CURRENT_LIST_DIR}/contractview.cpp ${CMAKE_CURRENT_LIST_DIR}/contractview.h
    ${CMAKE_CURRENT_LIST_DIR}/csvexport.cpp ${CMAKE_CURRENT_LIST_DIR}/csvexport.h
    ${CMAKE_CURRENT_LIST_DIR}/evidencecheck.cpp ${CMAKE_CURRENT_LIST_DIR}/evidencecheck.h
    ${CMAKE_CURRENT_LIST_DIR}/signaturesvg.cpp ${CMAKE_CURRENT_LIST_DIR}/signaturesvg.h
    # The ink smoothing the tablet draws with (Qt Core only, std::vector maths), so the console's SVG has the
    # very same line and widths. Compiled here because its library, evidence, brings in Qt GUI.
    ${PROJECT_SOURCE_DIR}/app/evidence/strokesmoothing.cpp ${PROJECT_SOURCE_DIR}/app/evidence/strokesmoothing.h
)
