#include "ui/photo_textures.h"

#include <algorithm>

#include "ui/theme.h"
#include "ui/touch.h"

namespace checkin::ui {

bool PhotoTile(PhotoTextures* textures, const std::string& sha256, const char* label, ImVec2 size, float zoom)
{
    const bool clicked = ImGui::InvisibleButton(label, size);
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(min, max, IM_COL32(40, 44, 52, 255), ImGui::GetStyle().FrameRounding);

    const std::optional<PhotoTexture> texture
        = textures && !sha256.empty() ? textures->Find(sha256) : std::nullopt;
    if (texture && texture->size.x > 0 && texture->size.y > 0) {
        // Fit, then zoom around the centre; the clip rectangle keeps a zoomed picture inside its tile.
        const float fit = std::min(size.x / texture->size.x, size.y / texture->size.y) * zoom;
        const ImVec2 shown(texture->size.x * fit, texture->size.y * fit);
        const ImVec2 centre((min.x + max.x) * 0.5f, (min.y + max.y) * 0.5f);
        draw->PushClipRect(min, max, true);
        draw->AddImage(texture->id, ImVec2(centre.x - shown.x * 0.5f, centre.y - shown.y * 0.5f),
            ImVec2(centre.x + shown.x * 0.5f, centre.y + shown.y * 0.5f));
        draw->PopClipRect();
    } else {
        const std::string_view text(label);
        const std::string_view visible = text.substr(0, text.find("##"));
        draw->PushClipRect(min, max, true);
        draw->AddText(ImVec2(min.x + Em(0.5f), min.y + Em(0.4f)), IM_COL32(220, 224, 230, 255),
            visible.data(), visible.data() + visible.size());
        draw->PopClipRect();
    }

    RecordedItem item;
    const std::string_view text(label);
    item.label = std::string(text.substr(0, text.find("##")));
    item.min = min;
    item.max = max;
    item.clip_min = draw->GetClipRectMin();
    item.clip_max = draw->GetClipRectMax();
    Recorder().RecordItem(std::move(item));
    return clicked && !Gestures().ReleaseWasSwipe();
}

} // namespace checkin::ui
