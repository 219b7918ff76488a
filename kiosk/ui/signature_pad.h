#pragma once
// The signature pad. Like the keyboards it never edits anything: it draws the signature it is given and
// reports what the finger did as events (pad-relative, 0..1); the screen turns them into intents and the
// app applies them to a media::SignatureEditor after the frame. A press that starts on the pad belongs to
// the pad until the finger lifts: it scrolls no list and taps no button, even when it slides over one.
#include <string_view>
#include <vector>

#include <imgui.h>

#include "shared/media/signature.h"

namespace checkin::ui {

struct SignaturePadEvent {
    enum class Kind { BeginStroke, AddPoint, EndStroke };
    Kind kind = Kind::AddPoint;
    float x = 0.0f; // pad-relative 0..1 (x right, y down), clamped to the pad; 0 for EndStroke
    float y = 0.0f;

    bool operator==(const SignaturePadEvent&) const = default;
};

// "Label##id": the visible part is recorded (as a Button) for the UI driver and never shown. `size` in
// pixels (from Em): x <= 0 fills the available width, y <= 0 is a third of the width. `hint` ("Sign here")
// shows while the signature is empty. Returns this frame's events, in order.
std::vector<SignaturePadEvent> SignaturePad(
    const char* label, const media::Signature& signature, ImVec2 size, std::string_view hint);

// What the app does with a pad event after the frame.
void ApplySignaturePadEvent(media::SignatureEditor& editor, const SignaturePadEvent& event);

} // namespace checkin::ui
