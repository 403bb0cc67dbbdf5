# Customer screens (issue 5): details, registration, profile sheet and screening (P1, P2), contracts.
target_sources(appmodels PRIVATE
    models/customertext.cpp models/customertext.h
    models/customerform.cpp models/customerform.h
    models/customerdetail.cpp models/customerdetail.h
    models/customercontractsmodel.cpp models/customercontractsmodel.h
    models/profileform.cpp models/profileform.h)
