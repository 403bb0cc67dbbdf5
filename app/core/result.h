#pragma once

#include <utility>
#include <variant>

namespace kakunin {

// A value or an error code: core and store report codes, the UI turns them into words.
template <typename T, typename E> class Result {
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) { } // NOLINT(google-explicit-constructor)
    static Result failure(E error) { return Result(std::in_place_index<1>, error); }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T *operator->() const { return &std::get<0>(m_data); }
    T *operator->() { return &std::get<0>(m_data); }
    E error() const { return ok() ? E {} : std::get<1>(m_data); }

private:
    template <std::size_t I, typename V> Result(std::in_place_index_t<I> tag, V &&v) : m_data(tag, std::forward<V>(v))
    {
    }
    std::variant<T, E> m_data;
};

} // namespace kakunin
