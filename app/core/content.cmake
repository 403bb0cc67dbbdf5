# Content packs (docs/content-packs.md): loader and validation. Included from CMakeLists.txt.
target_sources(core PRIVATE
    content/contentpack.h
    content/contentpackloader.cpp content/contentpackloader.h
)
