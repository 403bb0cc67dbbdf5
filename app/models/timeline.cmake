# Contract timeline (issue 5): the timeline view model and its event list, the home panel "Next for me",
# cancellation with the customer's signature (P3), and the demo contracts.
target_sources(appmodels PRIVATE
    models/contracttimeline.cpp models/contracttimeline.h
    models/timelineeventmodel.cpp models/timelineeventmodel.h
    models/timelinetext.cpp models/timelinetext.h
    models/timelinecancellation.cpp models/timelinecancellation.h
    models/nextcontractsmodel.cpp models/nextcontractsmodel.h
    models/democontracts.cpp models/democontracts.h)
