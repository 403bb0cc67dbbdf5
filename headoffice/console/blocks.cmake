# Console building blocks (issue 7, part 2; docs/console-evidence.md): alerts, the evidence check, signatures
# drawn from their strokes, CSV export and the contract view. Qt Core only, no HTML; the pages call them.
# Included by headoffice/CMakeLists.txt right after add_library(hqserver ...).
target_sources(hqserver PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/alerts.cpp ${CMAKE_CURRENT_LIST_DIR}/alerts.h
    ${CMAKE_CURRENT_LIST_DIR}/contractview.cpp ${CMAKE_CURRENT_LIST_DIR}/contractview.h
    ${CMAKE_CURRENT_LIST_DIR}/csvexport.cpp ${CMAKE_CURRENT_LIST_DIR}/csvexport.h
    ${CMAKE_CURRENT_LIST_DIR}/evidencecheck.cpp ${CMAKE_CURRENT_LIST_DIR}/evidencecheck.h
    ${CMAKE_CURRENT_LIST_DIR}/signaturesvg.cpp ${CMAKE_CURRENT_LIST_DIR}/signaturesvg.h
    # The ink smoothing comes from the evidence library (linked by headoffice/CMakeLists.txt), so the console's
    # SVG has the very same line and widths as the tablet.
)
