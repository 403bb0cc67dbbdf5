# Important-matters walkthrough (issue 5): the walkthrough view model, its record helpers, the copy preview.
target_sources(appmodels PRIVATE models/walkthroughsession.cpp models/walkthroughsession.h
                                 models/walkthroughrecord.cpp models/walkthroughrecord.h
                                 models/walkthroughpreview.cpp models/walkthroughpreview.h)
