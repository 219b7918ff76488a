#pragma once
// What a screen asks for. Screens draw from a read-only view and push intents; the app applies them after
// the frame (as Dear ImGui's Documents demo queues actions), so no screen touches the store.
#include <string>
#include <variant>
#include <vector>

#include "shared/i18n/strings.h"
#include "ui/keyboard.h"

namespace checkin::app {

enum class KioskScreen { Attract, Menu, FindBooking, VerifyIdentity, BookingDetails };
enum class TextField { Plate, Mobile, VerifyCode };
enum class LookupMode { Plate, Mobile };

namespace intent {
struct Navigate {
    KioskScreen to;
};
struct StartOver {};
struct SetLanguage {
    i18n::Language language;
};
struct ToggleLargeText {};
struct CallAdvisor {};
struct EditText {
    TextField field;
    ui::KeyEdit edit;
};
struct SetLookupMode {
    LookupMode mode;
};
struct SearchBooking {};
struct SelectBooking {
    std::string booking_id;
};
struct SubmitVerification {};
struct StillHere {};
} // namespace intent

using Intent = std::variant<intent::Navigate, intent::StartOver, intent::SetLanguage, intent::ToggleLargeText,
                            intent::CallAdvisor, intent::EditText, intent::SetLookupMode, intent::SearchBooking,
                            intent::SelectBooking, intent::SubmitVerification, intent::StillHere>;

class IntentQueue {
public:
    void Push(Intent intent) { m_intents.push_back(std::move(intent)); }
    std::vector<Intent> Take() { return std::exchange(m_intents, {}); }
    bool Empty() const { return m_intents.empty(); }

private:
    std::vector<Intent> m_intents;
};

} // namespace checkin::app
