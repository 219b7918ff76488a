#pragma once
// The multi-point inspection checklist: what a technician looks at on every car. A finding's title is one of
// these keys (shown through the string table "finding.item.<key>" in each language), so a finding written in
// Chinese reads in English on an English lounge tablet; any other title is shown as written.
#include <span>
#include <string_view>

namespace checkin::domain {

std::span<const std::string_view> InspectionItemKeys();

} // namespace checkin::domain
