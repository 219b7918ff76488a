#include "ui/signature_pad.h"

#include <algorithm>
#include <string>

#include "ui/theme.h"
#include "ui/touch.h"

namespace checkin::ui {
namespace {

constexpr ImU32 kInk = IM_COL32(24, 32, 72, 255); // the colour of the PNG's ink
constexpr float kInkWidthEm = 0.14f;
constexpr float kBaselineY = 0.72f; // of the pad's height
constexpr float kBaselineInset = 0.06f; // of the pad's width, each side

std::string_view VisiblePart(const char* label)
{
    const std::string_view text(label);
    return text.substr(0, text.find("##"));
}

SignaturePadEvent EventAt(SignaturePadEvent::Kind kind, ImVec2 position, ImVec2 min, ImVec2 size)
{
    return {kind, std::clamp((position.x - min.x) / size.x, 0.0f, 1.0f),
        std::clamp((position.y - min.y) / size.y, 0.0f, 1.0f)};
}

void DrawInk(ImDrawList* draw, const media::Signature& signature, ImVec2 min, ImVec2 size)
{
    const float width = Em(kInkWidthEm);
    std::vector<ImVec2> points;
    for (const media::SignatureStroke& stroke : signature.strokes) {
        if (stroke.points.empty())
            continue;
        points.clear();
        for (const auto& [x, y] : stroke.points)
            points.emplace_back(min.x + x * size.x, min.y + y * size.y);
        if (points.size() > 1)
            draw->AddPolyline(points.data(), static_cast<int>(points.size()), kInk, ImDrawFlags_None, width);
        // Round ends; a single point is a dot.
        draw->AddCircleFilled(points.front(), width * 0.5f, kInk);
        draw->AddCircleFilled(points.back(), width * 0.5f, kInk);
    }
}

} // namespace

std::vector<SignaturePadEvent> SignaturePad(
    const char* label, const media::Signature& signature, ImVec2 size, std::string_view hint)
{
    if (size.x <= 0.0f)
        size.x = std::max(ImGui::GetContentRegionAvail().x, Em(kTouchTargetEm));
    if (size.y <= 0.0f)
        size.y = size.x / 3.0f;

    const ImGuiID id = ImGui::GetID(label);
    ImGui::InvisibleButton(label, size);
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();
    const ImGuiIO& io = ImGui::GetIO();
    const bool moved = ImGui::IsMousePosValid() && (io.MouseDelta.x != 0.0f || io.MouseDelta.y != 0.0f);

    std::vector<SignaturePadEvent> events;
    if (ImGui::IsItemActivated()) {
        Gestures().ClaimScroll(id); // no scroll list follows a finger that is writing
        events.push_back(EventAt(SignaturePadEvent::Kind::BeginStroke, io.MousePos, min, size));
    } else if ((ImGui::IsItemActive() || ImGui::IsItemDeactivated()) && moved) {
        events.push_back(EventAt(SignaturePadEvent::Kind::AddPoint, io.MousePos, min, size));
    }
    if (ImGui::IsItemDeactivated())
        events.push_back({SignaturePadEvent::Kind::EndStroke});

    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float rounding = ImGui::GetStyle().FrameRounding;
    draw->AddRectFilled(min, max, colors::kPanel, rounding);
    draw->AddRect(min, max, colors::kSecondaryPressed, rounding, 0, Em(0.06f));
    const float baseline = min.y + size.y * kBaselineY;
    draw->AddLine(ImVec2(min.x + size.x * kBaselineInset, baseline),
        ImVec2(max.x - size.x * kBaselineInset, baseline), colors::kMutedText, Em(0.05f));
    if (signature.Empty() && !hint.empty()) {
        const ImVec2 text_size = ImGui::CalcTextSize(hint.data(), hint.data() + hint.size());
        const ImVec2 position(min.x + (size.x - text_size.x) * 0.5f, baseline - text_size.y - Em(0.4f));
        draw->AddText(position, colors::kMutedText, hint.data(), hint.data() + hint.size());
        Recorder().RecordText(std::string(hint));
    }
    draw->PushClipRect(min, max, true);
    DrawInk(draw, signature, min, size);
    draw->PopClipRect();

    Recorder().RecordItem({std::string(VisiblePart(label)), {}, min, max, ItemKind::Button, true});
    return events;
}

void ApplySignaturePadEvent(media::SignatureEditor& editor, const SignaturePadEvent& event)
{
    switch (event.kind) {
    case SignaturePadEvent::Kind::BeginStroke:
        editor.BeginStroke(event.x, event.y);
        break;
    case SignaturePadEvent::Kind::AddPoint:
        editor.AddPoint(event.x, event.y);
        break;
    case SignaturePadEvent::Kind::EndStroke:
        editor.EndStroke();
        break;
    }
}

} // namespace checkin::ui
