// Photos and signatures through a real hub: chunked, resumable, verified uploads; verified downloads.
#ifndef _WIN32
#include <doctest/doctest.h>
#include <httplib.h>

#include <fstream>
#include <random>

#include "shared/domain/clock.h"
#include "shared/store/store.h"
#include "shared/store/sync_device.h"
#include "shared/sync/hub_blobs.h"
#include "shared/sync/sync_client.h"
#include "support/hub_process.h"
#include "unit/store/store_test_support.h"

using namespace checkin;

namespace {

std::string RandomBytes(size_t size, unsigned seed)
{
    std::mt19937 random(seed);
    std::string bytes(size, '\0');
    for (char& byte : bytes)
        byte = static_cast<char>(random() & 0xFF);
    return bytes;
}

std::filesystem::path WriteFile(const std::filesystem::path& path, const std::string& bytes)
{
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
}

struct Devices {
    testing::TempFolder folder;
    testing::HubProcess hub{folder.Folder()};
    domain::SystemClock clock;
    std::unique_ptr<store::Store> advisor = Device("advisor");
    std::unique_ptr<store::Store> lounge = Device("lounge");

    std::unique_ptr<store::Store> Device(const std::string& role)
    {
        auto device = store::Store::Open(folder.Folder() / (role + ".db"), clock, role);
        REQUIRE(sync::PairDevice(*device, hub.Url(), hub.Enroll(role, role)).Ok());
        return device;
    }

    httplib::Client Client(store::Store& device)
    {
        httplib::Client client(hub.Url());
        client.set_bearer_token_auth(store::ReadSyncState(device.Db(), "hub_token")->c_str());
        return client;
    }
};

} // namespace

TEST_SUITE("integration/blobs")
{
    TEST_CASE("A photo upload cut off half-way resumes, is verified, and reaches the lounge")
    {
        Devices shop;
        const std::string photo = RandomBytes(700 * 1024, 1);
        const std::string sha = sync::Sha256OfBytes(photo);
        const auto file = WriteFile(shop.folder.Folder() / "photo.jpg", photo);

        // The first 300 KB arrive, then the connection is lost.
        auto advisor_client = shop.Client(*shop.advisor);
        const auto first
            = advisor_client.Put("/v1/blobs/" + sha + "?offset=0&total=" + std::to_string(photo.size()),
                photo.substr(0, 300 * 1024), "application/octet-stream");
        REQUIRE(first);
        CHECK(first->status == 200);
        const auto lounge_early = sync::DownloadBlob(*shop.lounge, sha, shop.folder.Folder() / "early.jpg");
        CHECK(lounge_early.status == 404);
        // A chunk at the wrong offset is refused with where to resume.
        const auto wrong
            = advisor_client.Put("/v1/blobs/" + sha + "?offset=0&total=" + std::to_string(photo.size()),
                photo.substr(0, 1024), "application/octet-stream");
        REQUIRE(wrong);
        CHECK(wrong->status == 409);

        const sync::HubError uploaded = sync::UploadBlob(*shop.advisor, sha, file);
        CHECK_MESSAGE(uploaded.code.empty(), uploaded.message);
        const auto target = shop.folder.Folder() / "lounge-copy.jpg";
        const sync::HubError downloaded = sync::DownloadBlob(*shop.lounge, sha, target);
        CHECK_MESSAGE(downloaded.code.empty(), downloaded.message);
        CHECK(testing::ReadFileBytes(target) == photo);
        // Uploading it again sends nothing and succeeds.
        CHECK(sync::UploadBlob(*shop.advisor, sha, file).code.empty());
    }

    TEST_CASE("Bytes that do not match their SHA-256 are not kept; a lounge tablet cannot upload")
    {
        Devices shop;
        const std::string photo = RandomBytes(1000, 2);
        const std::string claimed = sync::Sha256OfBytes("something else");
        auto advisor_client = shop.Client(*shop.advisor);
        const auto forged = advisor_client.Put(
            "/v1/blobs/" + claimed + "?offset=0&total=1000", photo, "application/octet-stream");
        REQUIRE(forged);
        CHECK(forged->status == 422);
        CHECK(sync::DownloadBlob(*shop.lounge, claimed, shop.folder.Folder() / "x").status == 404);
        const auto status = advisor_client.Get("/v1/blobs/" + claimed + "/status");
        REQUIRE(status);
        CHECK(status->body.find("\"received\":0") != std::string::npos);

        const std::string sha = sync::Sha256OfBytes(photo);
        const auto file = WriteFile(shop.folder.Folder() / "p.jpg", photo);
        CHECK(sync::UploadBlob(*shop.lounge, sha, file).status == 403);
        httplib::Client anonymous(shop.hub.Url());
        const auto no_token = anonymous.Get("/v1/blobs/" + sha + "/status");
        REQUIRE(no_token);
        CHECK(no_token->status == 401);
    }
}
#endif
