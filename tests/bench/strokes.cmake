# bench_strokes: the pad's per-point stroke processing against a plain polyline of the same points.
add_executable(bench_strokes bench_strokes.cpp)
target_link_libraries(bench_strokes PRIVATE appmodels evidence core Qt6::Quick)
kakunin_warnings(bench_strokes)
