# Delivery lecture screen (issue 5): the lecture clock, the checklist, the sign-off and the customer's copy.
target_sources(appmodels PRIVATE models/deliverylecture.cpp models/deliverylecture.h models/lecturechecklistmodel.cpp
                                 models/lecturechecklistmodel.h models/lecturecopy.cpp models/lecturecopy.h
                                 models/lecturepreview.cpp models/lecturepreview.h)
