#pragma once
// Where screens get the texture of a stored photo rendition. The window's cache implements it (GL textures
// made on the GL thread, decoded on a worker); headless runs have none and screens draw a frame with the
// caption instead. Asking for a texture that is not ready starts loading it and returns nothing this frame.
#include <optional>
#include <string>

#include <imgui.h>

namespace checkin::ui {

struct PhotoTexture {
    ImTextureID id = nullptr;
    ImVec2 size; // pixels of the image
};

class PhotoTextures {
public:
    virtual ~PhotoTextures() = default;
    virtual std::optional<PhotoTexture> Find(const std::string& sha256) = 0;
    // New files arrived (sync downloaded photos): pictures that were missing are tried again at once.
    virtual void RetryMissing() = 0;
};

// Draws the photo fitted into `size` (letterboxed, centred) or, while it is not loaded, a grey frame with
// the caption; records the area as a tappable item labelled `label` for the UI driver. Returns true when
// tapped.
bool PhotoTile(
    PhotoTextures* textures, const std::string& sha256, const char* label, ImVec2 size, float zoom = 1.0f);

} // namespace checkin::ui
