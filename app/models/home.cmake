# Home screen (issue 5): "My customers" list model and the demo data set.
target_sources(appmodels PRIVATE models/customerlistmodel.cpp models/customerlistmodel.h models/demodata.cpp
                                 models/demodata.h)
