#include "platform/texture_cache.h"

#include <fstream>
#include <iterator>

#include <GL/gl.h>
#ifndef GL_CLAMP_TO_EDGE // Windows' gl.h stops at OpenGL 1.1; this is core since 1.2
#define GL_CLAMP_TO_EDGE 0x812F
#endif
#include <spdlog/spdlog.h>

#include "shared/store/blob_store.h"

namespace checkin::platform {
namespace {

constexpr std::int64_t kRetryMissingMs = 3'000;

std::optional<std::vector<std::uint8_t>> ReadBlob(
    const std::filesystem::path& media_dir, const std::string& sha256)
{
    for (const char* extension : {"jpg", "png"}) {
        std::ifstream file(media_dir / store::BlobRelativePath(sha256, extension), std::ios::binary);
        if (file)
            return std::vector<std::uint8_t>(std::istreambuf_iterator<char>(file), {});
    }
    return std::nullopt;
}

} // namespace

TextureCache::TextureCache(
    std::filesystem::path media_dir, std::function<void()> wake, std::size_t budget_bytes)
    : m_media_dir(std::move(media_dir)), m_wake(std::move(wake)), m_budget_bytes(budget_bytes)
{
    m_thread = std::thread([this] { Run(); });
}

TextureCache::~TextureCache()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_signal.notify_all();
    m_thread.join();
    for (auto& [sha, entry] : m_entries)
        glDeleteTextures(1, &entry.texture);
}

std::optional<ui::PhotoTexture> TextureCache::Find(const std::string& sha256)
{
    if (const auto found = m_entries.find(sha256); found != m_entries.end()) {
        m_lru.splice(m_lru.begin(), m_lru, found->second.lru);
        return found->second.image;
    }
    if (const auto retry = m_retry_at.find(sha256); retry != m_retry_at.end() && m_now_ms < retry->second)
        return std::nullopt;
    {
        std::lock_guard lock(m_mutex);
        if (m_in_flight.emplace(sha256, true).second)
            m_requests.push_back(sha256);
    }
    m_signal.notify_one();
    return std::nullopt;
}

void TextureCache::BeginFrame(std::int64_t now_ms)
{
    m_now_ms = now_ms;
    std::vector<Decoded> decoded;
    {
        std::lock_guard lock(m_mutex);
        decoded = std::exchange(m_decoded, {});
        for (const Decoded& each : decoded)
            m_in_flight.erase(each.sha256);
    }
    for (Decoded& each : decoded) {
        if (!each.image) {
            m_retry_at[each.sha256] = now_ms + kRetryMissingMs;
            continue;
        }
        m_retry_at.erase(each.sha256);
        GLuint texture = 0;
        glGenTextures(1, &texture);
        glBindTexture(GL_TEXTURE_2D, texture);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
        glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
        glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, each.image->width, each.image->height, 0, GL_RGBA,
            GL_UNSIGNED_BYTE, each.image->pixels.data());
        m_lru.push_front(each.sha256);
        Entry entry;
        entry.texture = texture;
        entry.image.id = reinterpret_cast<ImTextureID>(static_cast<std::uintptr_t>(texture));
        entry.image.size
            = ImVec2(static_cast<float>(each.image->width), static_cast<float>(each.image->height));
        entry.bytes = each.image->pixels.size();
        entry.lru = m_lru.begin();
        m_resident_bytes += entry.bytes;
        m_entries[each.sha256] = entry;
    }
    Evict();
}

// Least recently drawn first, but never the one drawn last (a single picture larger than the budget stays).
void TextureCache::Evict()
{
    while (m_resident_bytes > m_budget_bytes && m_lru.size() > 1) {
        const std::string sha = m_lru.back();
        m_lru.pop_back();
        const auto found = m_entries.find(sha);
        glDeleteTextures(1, &found->second.texture);
        m_resident_bytes -= found->second.bytes;
        m_entries.erase(found);
    }
}

void TextureCache::WaitIdle(std::int64_t timeout_ms)
{
    std::unique_lock lock(m_mutex);
    m_signal.wait_for(
        lock, std::chrono::milliseconds(timeout_ms), [this] { return m_requests.empty() && m_busy == 0; });
}

void TextureCache::Run()
{
    std::unique_lock lock(m_mutex);
    while (true) {
        m_signal.wait(lock, [this] { return m_stop || !m_requests.empty(); });
        if (m_stop)
            return;
        const std::string sha = std::move(m_requests.front());
        m_requests.pop_front();
        ++m_busy;
        lock.unlock();
        std::optional<media::RgbaImage> image;
        if (const auto bytes = ReadBlob(m_media_dir, sha))
            image = media::DecodeRgba(*bytes);
        if (!image)
            spdlog::debug("photo {} not available yet", sha);
        lock.lock();
        --m_busy;
        m_decoded.push_back({sha, std::move(image)});
        m_signal.notify_all();
        if (m_wake)
            m_wake();
    }
}

} // namespace checkin::platform
