#pragma once
// A customer's handwritten signature as strokes in pad-relative coordinates (0..1, x right, y down), so it
// does not depend on the pad's size on screen, and its rendering to a PNG for the work order.
#include <cstdint>
#include <utility>
#include <vector>

namespace checkin::media {

struct SignatureStroke {
    std::vector<std::pair<float, float>> points; // one point is a dot, still ink

    bool operator==(const SignatureStroke&) const = default;
};

struct Signature {
    std::vector<SignatureStroke> strokes;

    bool Empty() const { return strokes.empty(); }
    bool operator==(const Signature&) const = default;
};

// A point closer than this (pad-relative) to the previous point of its stroke adds nothing and is dropped.
inline constexpr float kSignatureMinPointDistance = 0.004f;

// Builds a signature stroke by stroke with undo and redo. Each stroke and Clear() is one undo step;
// every stroke is held once (in the signature or in one history step), so history costs no copies.
class SignatureEditor {
public:
    // Starts a stroke (ending one still open). Coordinates are clamped to 0..1.
    void BeginStroke(float x, float y);
    // Continues the open stroke; ignored when no stroke is open.
    void AddPoint(float x, float y);
    void EndStroke();
    void Undo();
    void Redo();
    // Removes every stroke as one step that Undo() brings back; does nothing on an empty signature.
    void Clear();

    bool CanUndo() const { return !m_undo.empty(); }
    bool CanRedo() const { return !m_redo.empty(); }
    bool Drawing() const { return m_drawing; }
    // Includes the open stroke, so the pad shows ink under the finger.
    const Signature& Current() const { return m_current; }

private:
    struct Step {
        enum class Kind { Stroke, Clear };
        Kind kind = Kind::Stroke;
        // Undo side: the strokes a Clear removed. Redo side: the stroke an undone Stroke step re-adds.
        std::vector<SignatureStroke> strokes;
    };

    Signature m_current;
    std::vector<Step> m_undo;
    std::vector<Step> m_redo;
    bool m_drawing = false;
};

struct SignatureRasterOptions {
    float stroke_width_px = 4.0f;
    bool transparent_background = false; // else opaque white
};

// An RGBA PNG of the signature, anti-aliased, in dark blue-black ink. The image should have the pad's
// aspect ratio (points are relative, so another ratio stretches the writing). Empty when the size is not
// within 1..4096 pixels per side or the encoder fails.
std::vector<std::uint8_t> RasterizeSignaturePng(
    const Signature& signature, int width_px, int height_px, const SignatureRasterOptions& options = {});

} // namespace checkin::media
