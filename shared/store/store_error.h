#pragma once
// One exception type for everything the store can fail at. The code is what the UI maps to a translated
// message; the English text names the file and is meant for logs.
#include <stdexcept>
#include <string>

namespace checkin::store {

enum class StoreErrorCode { CannotOpen, NotADatabase, SchemaTooNew, Constraint, Busy, Io, Other };

class StoreError : public std::runtime_error {
public:
    StoreError(StoreErrorCode code, const std::string& message)
        : std::runtime_error(message), m_code(code) { }
    StoreErrorCode Code() const { return m_code; }

private:
    StoreErrorCode m_code;
};

} // namespace checkin::store
