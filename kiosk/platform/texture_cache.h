#pragma once
// Photo textures for the window: decoded on a worker thread (media::DecodeRgba of the stored rendition),
// uploaded and freed on the GL thread only (BeginFrame), kept in an LRU list under a memory budget. The UI
// never waits: Find() returns nothing until the texture is ready and asks for it; the worker wakes the
// window when a picture is decoded. A picture whose file is not there yet (sync still downloading it) is
// tried again a little later.
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <filesystem>
#include <functional>
#include <list>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

#include "shared/media/photo_import.h"
#include "ui/photo_textures.h"

namespace checkin::platform {

class TextureCache final : public ui::PhotoTextures {
public:
    static constexpr std::size_t kDefaultBudgetBytes = 256u * 1024 * 1024;

    TextureCache(std::filesystem::path media_dir, std::function<void()> wake,
        std::size_t budget_bytes = kDefaultBudgetBytes);
    ~TextureCache() override; // frees every texture: call with the GL context current
    TextureCache(const TextureCache&) = delete;
    TextureCache& operator=(const TextureCache&) = delete;

    std::optional<ui::PhotoTexture> Find(const std::string& sha256) override;
    void RetryMissing() override { m_retry_at.clear(); }
    // On the GL thread, before drawing: uploads what was decoded, frees what is over the budget.
    void BeginFrame(std::int64_t now_ms);
    // Blocks until nothing is queued or decoding (for screenshots), at most timeout_ms.
    void WaitIdle(std::int64_t timeout_ms);
    std::size_t ResidentBytes() const { return m_resident_bytes; }

private:
    struct Entry {
        unsigned int texture = 0;
        ui::PhotoTexture image;
        std::size_t bytes = 0;
        std::list<std::string>::iterator lru;
    };
    struct Decoded {
        std::string sha256;
        std::optional<media::RgbaImage> image;
    };
    void Run();
    void Evict();

    std::filesystem::path m_media_dir;
    std::function<void()> m_wake;
    std::size_t m_budget_bytes;
    std::size_t m_resident_bytes = 0;
    std::unordered_map<std::string, Entry> m_entries; // GL thread only
    std::list<std::string> m_lru; // most recently used first
    std::unordered_map<std::string, std::int64_t> m_retry_at; // missing files: not before this time
    std::int64_t m_now_ms = 0;

    std::mutex m_mutex;
    std::condition_variable m_signal;
    std::deque<std::string> m_requests; // guarded by m_mutex
    std::vector<Decoded> m_decoded; // guarded by m_mutex
    std::unordered_map<std::string, bool> m_in_flight; // guarded by m_mutex
    int m_busy = 0; // guarded by m_mutex
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace checkin::platform
