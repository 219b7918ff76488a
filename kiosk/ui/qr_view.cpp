#include "ui/qr_view.h"

#include <cmath>

#include <imgui.h>

#include "ui/theme.h"

namespace checkin::ui {

void QrView(const media::QrMatrix& matrix, float size_px)
{
    const ImVec2 min = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(size_px, size_px));
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(min, ImVec2(min.x + size_px, min.y + size_px), colors::kPanel);
    if (matrix.size <= 0)
        return;

    const float span = static_cast<float>(matrix.size + 2 * media::kQrQuietZoneModules);
    const float whole = std::floor(size_px / span);
    const float module = whole >= 1.0f ? whole : size_px / span;
    const float code_side = module * static_cast<float>(matrix.size);
    const ImVec2 origin(
        std::round(min.x + (size_px - code_side) * 0.5f), std::round(min.y + (size_px - code_side) * 0.5f));
    // One rectangle per horizontal run of dark modules.
    for (int y = 0; y < matrix.size; ++y) {
        const float top = origin.y + module * static_cast<float>(y);
        for (int x = 0; x < matrix.size;) {
            if (!matrix.At(x, y)) {
                ++x;
                continue;
            }
            const int run_start = x;
            while (x < matrix.size && matrix.At(x, y))
                ++x;
            draw->AddRectFilled(ImVec2(origin.x + module * static_cast<float>(run_start), top),
                ImVec2(origin.x + module * static_cast<float>(x), top + module), IM_COL32_BLACK);
        }
    }
}

} // namespace checkin::ui
