#include <doctest/doctest.h>

#include <cstdint>
#include <vector>

#include <stb_image.h>
#include <stb_image_write.h>

#include "shared/media/signature.h"

using namespace checkin::media;

namespace {

void DrawLine(SignatureEditor& editor, float x0, float y0, float x1, float y1)
{
    editor.BeginStroke(x0, y0);
    for (int step = 1; step <= 10; ++step) {
        const float t = static_cast<float>(step) / 10.0f;
        editor.AddPoint(x0 + (x1 - x0) * t, y0 + (y1 - y0) * t);
    }
    editor.EndStroke();
}

struct Decoded {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> rgba;

    const std::uint8_t* Pixel(int x, int y) const { return &rgba[static_cast<size_t>((y * width + x) * 4)]; }
};

Decoded Decode(const std::vector<std::uint8_t>& png)
{
    Decoded image;
    int channels = 0;
    stbi_uc* pixels = stbi_load_from_memory(
        png.data(), static_cast<int>(png.size()), &image.width, &image.height, &channels, 4);
    REQUIRE(pixels != nullptr);
    image.rgba.assign(pixels, pixels + static_cast<size_t>(image.width * image.height * 4));
    stbi_image_free(pixels);
    return image;
}

} // namespace

TEST_SUITE("unit/media")
{
    TEST_CASE("signature editor: each stroke is one undo step; a new stroke drops the redo")
    {
        SignatureEditor editor;
        CHECK(editor.Current().Empty());
        CHECK_FALSE(editor.CanUndo());
        DrawLine(editor, 0.1f, 0.5f, 0.4f, 0.5f);
        DrawLine(editor, 0.5f, 0.2f, 0.5f, 0.8f);
        REQUIRE(editor.Current().strokes.size() == 2);
        CHECK(editor.Current().strokes[0].points.size() == 11);
        const Signature both = editor.Current();

        editor.Undo();
        REQUIRE(editor.Current().strokes.size() == 1);
        CHECK(editor.Current().strokes[0] == both.strokes[0]);
        CHECK(editor.CanRedo());
        editor.Redo();
        CHECK(editor.Current() == both);
        CHECK_FALSE(editor.CanRedo());

        editor.Undo();
        editor.Undo();
        CHECK(editor.Current().Empty());
        CHECK_FALSE(editor.CanUndo());
        editor.Undo(); // nothing left: no effect
        CHECK(editor.Current().Empty());
        editor.Redo();
        DrawLine(editor, 0.2f, 0.2f, 0.3f, 0.3f);
        CHECK_FALSE(editor.CanRedo());
        CHECK(editor.Current().strokes.size() == 2);
    }

    TEST_CASE("signature editor: Clear is one step that Undo brings back; clearing nothing is no step")
    {
        SignatureEditor editor;
        editor.Clear();
        CHECK_FALSE(editor.CanUndo());
        DrawLine(editor, 0.1f, 0.5f, 0.4f, 0.5f);
        DrawLine(editor, 0.5f, 0.2f, 0.5f, 0.8f);
        const Signature before = editor.Current();
        editor.Clear();
        CHECK(editor.Current().Empty());
        editor.Undo();
        CHECK(editor.Current() == before);
        editor.Redo();
        CHECK(editor.Current().Empty());
        editor.Undo();
        editor.Undo(); // then the second stroke
        REQUIRE(editor.Current().strokes.size() == 1);
        CHECK(editor.Current().strokes[0] == before.strokes[0]);
        editor.Redo();
        editor.Redo();
        CHECK(editor.Current().Empty());
        CHECK_FALSE(editor.CanRedo());
    }

    TEST_CASE("signature editor: close points are dropped, points are clamped, a tap is a dot")
    {
        SignatureEditor editor;
        editor.AddPoint(0.5f, 0.5f); // no stroke open
        CHECK(editor.Current().Empty());
        editor.BeginStroke(0.5f, 0.5f);
        CHECK(editor.Drawing());
        editor.AddPoint(0.5f + kSignatureMinPointDistance * 0.5f, 0.5f);
        CHECK(editor.Current().strokes[0].points.size() == 1);
        editor.AddPoint(1.7f, -0.3f);
        editor.EndStroke();
        editor.AddPoint(0.2f, 0.2f); // after the stroke ended
        REQUIRE(editor.Current().strokes[0].points.size() == 2);
        CHECK(editor.Current().strokes[0].points[1] == std::pair{1.0f, 0.0f});

        editor.BeginStroke(0.3f, 0.3f);
        editor.EndStroke();
        REQUIRE(editor.Current().strokes.size() == 2);
        CHECK(editor.Current().strokes[1].points.size() == 1);

        editor.BeginStroke(0.6f, 0.6f);
        editor.AddPoint(0.7f, 0.7f);
        editor.Undo(); // undoing while the finger is down ends the stroke and removes it
        CHECK_FALSE(editor.Drawing());
        CHECK(editor.Current().strokes.size() == 2);
    }

    TEST_CASE("signature PNG: ink where the strokes are, white elsewhere, top row first")
    {
        SignatureEditor editor;
        DrawLine(editor, 0.1f, 0.5f, 0.9f, 0.5f);
        editor.BeginStroke(0.5f, 0.2f); // a dot near the top
        editor.EndStroke();
        stbi_flip_vertically_on_write(1); // left set by a screenshot of the window
        const std::vector<std::uint8_t> png
            = RasterizeSignaturePng(editor.Current(), 200, 100, {.stroke_width_px = 5.0f});
        REQUIRE_FALSE(png.empty());
        const Decoded image = Decode(png);
        REQUIRE(image.width == 200);
        REQUIRE(image.height == 100);

        CHECK(image.Pixel(100, 50)[0] < 60); // on the line
        CHECK(image.Pixel(100, 50)[2] < 100); // dark blue-black
        CHECK(image.Pixel(100, 20)[0] < 60); // the dot
        CHECK(image.Pixel(100, 80)[0] == 255); // where the dot would be if the rows were flipped
        CHECK(image.Pixel(5, 50)[0] == 255); // before the line starts
        CHECK(image.Pixel(150, 5)[0] == 255);
        CHECK(image.Pixel(150, 5)[3] == 255);
        // Anti-aliased: the line's edge row is between ink and paper.
        const std::uint8_t edge = image.Pixel(100, 47)[0];
        CHECK(edge > 60);
        CHECK(edge < 255);
    }

    TEST_CASE("signature PNG: transparent background, and no image for impossible sizes")
    {
        SignatureEditor editor;
        DrawLine(editor, 0.1f, 0.5f, 0.9f, 0.5f);
        const Decoded image
            = Decode(RasterizeSignaturePng(editor.Current(), 120, 40, {.transparent_background = true}));
        CHECK(image.Pixel(60, 20)[3] == 255);
        CHECK(image.Pixel(60, 2)[3] == 0);
        CHECK(RasterizeSignaturePng(editor.Current(), 0, 40).empty());
        CHECK(RasterizeSignaturePng(editor.Current(), 100, 5000).empty());
        CHECK_FALSE(RasterizeSignaturePng(Signature{}, 10, 10).empty()); // a blank page is still an image
    }
}
