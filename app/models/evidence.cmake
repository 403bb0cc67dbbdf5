# Evidence items for QML (issue 4): the signature pad.
target_sources(appmodels PRIVATE models/signaturepad.cpp models/signaturepad.h)
