#include "shared/media/signature.h"

#include <algorithm>
#include <cmath>

#include <stb_image_write.h>

namespace checkin::media {
namespace {

constexpr int kMaxRasterSide = 4096;
constexpr float kInkRed = 24.0f;
constexpr float kInkGreen = 32.0f;
constexpr float kInkBlue = 72.0f;

std::pair<float, float> Clamped(float x, float y)
{
    // A NaN from a broken input becomes 0 rather than poisoning the stroke.
    const auto clamp = [](float value) { return std::isnan(value) ? 0.0f : std::clamp(value, 0.0f, 1.0f); };
    return {clamp(x), clamp(y)};
}

struct PixelPoint {
    float x;
    float y;
};

float DistanceToSegment(PixelPoint p, PixelPoint a, PixelPoint b)
{
    const float abx = b.x - a.x;
    const float aby = b.y - a.y;
    const float length_squared = abx * abx + aby * aby;
    float t = 0.0f;
    if (length_squared > 0.0f)
        t = std::clamp(((p.x - a.x) * abx + (p.y - a.y) * aby) / length_squared, 0.0f, 1.0f);
    const float dx = p.x - (a.x + t * abx);
    const float dy = p.y - (a.y + t * aby);
    return std::sqrt(dx * dx + dy * dy);
}

// Ink coverage per pixel, 0..1: the maximum over segments, so joints and crossings do not darken.
class CoverageMap {
public:
    CoverageMap(int width, int height)
        : m_width(width),
          m_height(height),
          m_coverage(static_cast<size_t>(width) * static_cast<size_t>(height), 0.0f)
    {
    }

    // A round-capped segment of the given half width; a == b is a dot. Coverage falls off over one pixel
    // at the edge (the anti-aliasing).
    void Stamp(PixelPoint a, PixelPoint b, float half_width)
    {
        const float reach = half_width + 1.0f;
        const int x0 = std::max(0, static_cast<int>(std::floor(std::min(a.x, b.x) - reach)));
        const int y0 = std::max(0, static_cast<int>(std::floor(std::min(a.y, b.y) - reach)));
        const int x1 = std::min(m_width - 1, static_cast<int>(std::ceil(std::max(a.x, b.x) + reach)));
        const int y1 = std::min(m_height - 1, static_cast<int>(std::ceil(std::max(a.y, b.y) + reach)));
        for (int y = y0; y <= y1; ++y) {
            for (int x = x0; x <= x1; ++x) {
                const PixelPoint center{static_cast<float>(x) + 0.5f, static_cast<float>(y) + 0.5f};
                const float ink = std::clamp(half_width + 0.5f - DistanceToSegment(center, a, b), 0.0f, 1.0f);
                float& cell = m_coverage[static_cast<size_t>(y) * static_cast<size_t>(m_width)
                    + static_cast<size_t>(x)];
                cell = std::max(cell, ink);
            }
        }
    }

    const std::vector<float>& Values() const { return m_coverage; }

private:
    int m_width;
    int m_height;
    std::vector<float> m_coverage;
};

std::uint8_t Channel(float value)
{
    return static_cast<std::uint8_t>(std::lround(std::clamp(value, 0.0f, 255.0f)));
}

void AppendBytes(void* context, void* data, int size)
{
    auto* out = static_cast<std::vector<std::uint8_t>*>(context);
    const auto* bytes = static_cast<const std::uint8_t*>(data);
    out->insert(out->end(), bytes, bytes + size);
}

} // namespace

void SignatureEditor::BeginStroke(float x, float y)
{
    EndStroke();
    m_current.strokes.push_back({{Clamped(x, y)}});
    m_undo.push_back({Step::Kind::Stroke, {}});
    m_redo.clear();
    m_drawing = true;
}

void SignatureEditor::AddPoint(float x, float y)
{
    if (!m_drawing)
        return;
    const auto point = Clamped(x, y);
    const auto& last = m_current.strokes.back().points.back();
    if (std::hypot(point.first - last.first, point.second - last.second) < kSignatureMinPointDistance)
        return;
    m_current.strokes.back().points.push_back(point);
}

void SignatureEditor::EndStroke()
{
    m_drawing = false;
}

void SignatureEditor::Undo()
{
    EndStroke();
    if (m_undo.empty())
        return;
    Step step = std::move(m_undo.back());
    m_undo.pop_back();
    if (step.kind == Step::Kind::Stroke) {
        m_redo.push_back({Step::Kind::Stroke, {std::move(m_current.strokes.back())}});
        m_current.strokes.pop_back();
    } else {
        m_current.strokes = std::move(step.strokes);
        m_redo.push_back({Step::Kind::Clear, {}});
    }
}

void SignatureEditor::Redo()
{
    EndStroke();
    if (m_redo.empty())
        return;
    Step step = std::move(m_redo.back());
    m_redo.pop_back();
    if (step.kind == Step::Kind::Stroke) {
        m_current.strokes.push_back(std::move(step.strokes.front()));
        m_undo.push_back({Step::Kind::Stroke, {}});
    } else {
        m_undo.push_back({Step::Kind::Clear, std::move(m_current.strokes)});
        m_current.strokes.clear();
    }
}

void SignatureEditor::Clear()
{
    EndStroke();
    if (m_current.Empty())
        return;
    m_undo.push_back({Step::Kind::Clear, std::move(m_current.strokes)});
    m_current.strokes.clear();
    m_redo.clear();
}

std::vector<std::uint8_t> RasterizeSignaturePng(
    const Signature& signature, int width_px, int height_px, const SignatureRasterOptions& options)
{
    if (width_px < 1 || height_px < 1 || width_px > kMaxRasterSide || height_px > kMaxRasterSide)
        return {};
    CoverageMap coverage(width_px, height_px);
    const float half_width = std::max(0.5f, options.stroke_width_px * 0.5f);
    const auto to_pixels = [&](const std::pair<float, float>& point) {
        const auto [x, y] = Clamped(point.first, point.second);
        return PixelPoint{x * static_cast<float>(width_px), y * static_cast<float>(height_px)};
    };
    for (const SignatureStroke& stroke : signature.strokes) {
        if (stroke.points.empty())
            continue;
        PixelPoint previous = to_pixels(stroke.points.front());
        coverage.Stamp(previous, previous, half_width);
        for (size_t i = 1; i < stroke.points.size(); ++i) {
            const PixelPoint next = to_pixels(stroke.points[i]);
            coverage.Stamp(previous, next, half_width);
            previous = next;
        }
    }

    std::vector<std::uint8_t> rgba;
    rgba.reserve(coverage.Values().size() * 4);
    for (const float ink : coverage.Values()) {
        if (options.transparent_background) {
            rgba.insert(
                rgba.end(), {Channel(kInkRed), Channel(kInkGreen), Channel(kInkBlue), Channel(ink * 255.0f)});
        } else {
            const auto blend = [ink](float ink_channel) { return 255.0f + (ink_channel - 255.0f) * ink; };
            rgba.insert(rgba.end(),
                {Channel(blend(kInkRed)), Channel(blend(kInkGreen)), Channel(blend(kInkBlue)), 255});
        }
    }

    std::vector<std::uint8_t> png;
    // The flag is global in stb and the window's screenshot sets it: rows must go top first here.
    stbi_flip_vertically_on_write(0);
    if (stbi_write_png_to_func(AppendBytes, &png, width_px, height_px, 4, rgba.data(), width_px * 4) == 0)
        return {};
    return png;
}

} // namespace checkin::media
