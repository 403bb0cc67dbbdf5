# Domain rules of DOMAIN.md (docs/rules.md), compiled into core.
target_sources(core PRIVATE
    domain/policy.cpp domain/policy.h
    domain/profile.cpp domain/profile.h
    domain/screening.cpp domain/screening.h
    domain/visit.cpp domain/visit.h
    domain/importantmatters.cpp domain/importantmatters.h
    domain/lecture.cpp domain/lecture.h
    domain/eventcatalog.cpp domain/eventcatalog.h
    domain/lifecycle.cpp domain/lifecycle.h
)
