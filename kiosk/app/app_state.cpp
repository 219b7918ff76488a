#include "app/app_state.h"

namespace checkin::app {

std::string_view RoleName(Role role)
{
    switch (role) {
    case Role::Kiosk:
        return "kiosk";
    case Role::Lounge:
        return "lounge";
    case Role::Advisor:
        return "advisor";
    case Role::Board:
        return "board";
    }
    return "kiosk";
}

std::optional<Role> ParseRole(std::string_view name)
{
    for (Role role : {Role::Kiosk, Role::Lounge, Role::Advisor, Role::Board})
        if (RoleName(role) == name)
            return role;
    return std::nullopt;
}

} // namespace checkin::app
