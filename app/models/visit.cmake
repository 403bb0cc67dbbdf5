# Visit screen and home's today's visits (issue 5): appointments, start/end, conduct timer (S2).
target_sources(appmodels PRIVATE
    models/visithistory.cpp models/visithistory.h
    models/visitcontroller.cpp models/visitcontroller.h
    models/appointmentform.cpp models/appointmentform.h
    models/appointmentlistmodel.cpp models/appointmentlistmodel.h)
