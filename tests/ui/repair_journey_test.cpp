// Issue 4's journey through the real screens of three stations on one shop's data: a customer checks in at
// the kiosk; an advisor signs in with a PIN, confirms the check-in into a repair order, records two findings
// with a photo and a photo of the car; the customer opens the car on a lounge tablet with the ticket's code,
// approves one finding and declines the other; the advisor's screen shows both decisions. Then the store:
// rows, decisions with device and price, photos with their files, audit entries and outbox ops.
#include <cstdio>
#include <fstream>

#include <doctest/doctest.h>
#include <stb_image_write.h>

#include "shared/store/blob_store.h"
#include "shared/store/database.h"
#include "shared/store/queries_repair_orders.h"
#include "shared/store/queries_staff.h"
#include "ui/ui_steps.h"

using namespace checkin::testing;
using checkin::app::Role;
using checkin::i18n::Language;

namespace {

// A JPEG of w x h with a gradient, as a camera would drop it.
void WriteTestJpeg(const std::filesystem::path& path, int width, int height)
{
    std::vector<unsigned char> pixels(static_cast<std::size_t>(width * height * 3));
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x) {
            unsigned char* pixel = &pixels[static_cast<std::size_t>((y * width + x) * 3)];
            pixel[0] = static_cast<unsigned char>(x * 255 / width);
            pixel[1] = static_cast<unsigned char>(y * 255 / height);
            pixel[2] = 90;
        }
    REQUIRE(stbi_write_jpg(path.string().c_str(), width, height, 3, pixels.data(), 85) != 0);
}

std::string CheckInAtKiosk(AppHarness& kiosk)
{
    Tap(kiosk, "Start");
    Tap(kiosk, "I have a booking");
    Type(kiosk, kDemoPlate);
    Tap(kiosk, "Search");
    Type(kiosk, "2287");
    Tap(kiosk, "Confirm");
    Tap(kiosk, "Continue");
    Type(kiosk, "69120");
    Tap(kiosk, "Continue");
    Tap(kiosk, "Wait in the lounge");
    Tap(kiosk, "Continue");
    const std::string error
        = kiosk.Driver().Draw("Signature pad", {{0.1f, 0.6f}, {0.3f, 0.3f}, {0.6f, 0.65f}});
    REQUIRE(error.empty());
    Tap(kiosk, "Sign and check in");
    Expect(kiosk, "You are checked in");
    return kiosk.App().State().journey.queue_number;
}

} // namespace

TEST_SUITE("ui/repair_journey")
{
    TEST_CASE("kiosk check-in, advisor order with findings and photos, lounge decisions, advisor sees them")
    {
        TempDir shop;
        const auto store_file = shop.Path() / "shop.db";
        const auto camera = shop.Path() / "camera";
        std::filesystem::create_directories(camera);
        WriteTestJpeg(camera / "brake_pads.jpg", 640, 480);
        WriteTestJpeg(camera / "car_front.jpg", 800, 600);

        AppHarness kiosk(Role::Kiosk, Language::English, store_file);
        const std::string queue_number = CheckInAtKiosk(kiosk);
        const std::string tracking_code = kiosk.App().State().journey.tracking_code;

        AppHarness advisor(Role::Advisor, Language::English, store_file, camera);
        Expect(advisor, "Who is signing in?");
        Tap(advisor, "李娜");
        Type(advisor, "1111"); // not her PIN
        Tap(advisor, "Sign in");
        Expect(advisor, "Wrong PIN. 4 tries left");
        Type(advisor, "2468");
        Tap(advisor, "Sign in");
        Expect(advisor, "Service advisor");
        Expect(advisor, "Waiting for an advisor");

        // The check-in waits with its queue number; the advisor opens it with the customer file.
        Tap(advisor, queue_number + "  粤A·5M823  Volkswagen Passat");
        Expect(advisor, "Mr. Zhang");
        Expect(advisor, "Services due");
        // The full name, typed on the station's keyboard (the driver hands the InputText's edit to the app).
        advisor.App().Submit(checkin::app::intent::EditFullName{"张伟强"});
        advisor.Driver().Settle();
        Tap(advisor, "Save name");
        Expect(advisor, "Name saved.");
        Tap(advisor, "张师傅");
        Tap(advisor, "Bay 2");
        Tap(advisor, "+30");
        Tap(advisor, "Confirm and open the order");
        Expect(advisor, "Repair order opened.");
        Expect(advisor, "Basic maintenance");
        Tap(advisor, "Move to: Inspection");

        // Two findings: red front brake pads with a photo, yellow wiper blades.
        Tap(advisor, "Add a finding");
        Tap(advisor, "Front brake pads");
        Tap(advisor, "Red: needs work now");
        Type(advisor, "180");
        Tap(advisor, "Parts  0 yuan");
        Type(advisor, "560");
        Tap(advisor, "Save");
        Expect(advisor, "Finding saved.");
        Expect(advisor, "Awaiting approval");
        Tap(advisor, "Add a finding");
        Tap(advisor, "Wiper blades");
        Tap(advisor, "Yellow: soon");
        Tap(advisor, "Parts  0 yuan");
        Type(advisor, "168");
        Tap(advisor, "Save");
        Tap(advisor, "Add photo: Front brake pads");
        Expect(advisor, "Photos for the finding");
        Tap(advisor, "brake_pads.jpg");
        WaitForPhotoImports(advisor);
        Tap(advisor, "Done");
        Tap(advisor, "Add photos");
        Tap(advisor, "car_front.jpg");
        WaitForPhotoImports(advisor);
        Tap(advisor, "Done");
        Expect(advisor, "Photo added: car_front.jpg");

        // The customer, on a lounge tablet, with the code from the ticket.
        AppHarness lounge(Role::Lounge, Language::English, store_file);
        Expect(lounge, "Follow your car");
        Type(lounge, tracking_code);
        Tap(lounge, "Open");
        Expect(lounge, "Awaiting approval");
        Expect(lounge, "李娜");
        Expect(lounge, "¥740.00");
        Tap(lounge, "Approve: Front brake pads");
        Expect(lounge, "You approved this");
        Tap(lounge, "Decline: Wiper blades");
        Expect(lounge, "You declined this");
        Expect(lounge, "Approved work");

        // The advisor's order follows the store: both decisions show without a tap.
        advisor.Driver().Settle();
        Expect(advisor, "Approved by the customer");
        Expect(advisor, "Declined by the customer");

        // In the store.
        checkin::store::Store& store = advisor.Store();
        const auto orders = checkin::store::OpenOrders(store);
        const auto mine = std::find_if(orders.begin(), orders.end(),
            [](const checkin::store::OrderSummary& each) { return each.plate == kDemoPlate; });
        REQUIRE(mine != orders.end());
        CHECK(mine->technician_name == "张师傅");
        CHECK(mine->bay == "2");
        const auto order = checkin::store::LoadOrder(store, mine->order_id);
        REQUIRE(order);
        REQUIRE(order->findings.size() == 2);
        for (const auto& finding : order->findings) {
            if (finding.title == "brake_pads_front") {
                CHECK(finding.decision == "approved");
                CHECK(finding.decided_price_fen == 74'000);
                CHECK(finding.photo_ids.size() == 1);
            } else {
                CHECK(finding.title == "wiper_blades");
                CHECK(finding.decision == "declined");
                CHECK(finding.decided_price_fen == 16'800);
            }
        }
        REQUIRE(order->photos.size() == 2);
        for (const auto& photo : order->photos) {
            CHECK(checkin::store::HasBlob(store, photo.original_sha256));
            CHECK(checkin::store::HasBlob(store, photo.screen_sha256));
            CHECK(checkin::store::HasBlob(store, photo.thumb_sha256));
        }
        CHECK(order->approved_fen >= 74'000);

        checkin::store::Statement ops(store.Db(), R"sql(
SELECT table_name, count(*) FROM outbox
WHERE row_id IN (SELECT id FROM findings WHERE repair_order_id = ?1)
   OR row_id IN (SELECT id FROM photos WHERE repair_order_id = ?1)
   OR row_id = ?1
GROUP BY table_name ORDER BY table_name)sql");
        ops.BindAll(mine->order_id);
        std::map<std::string, std::int64_t> op_counts;
        while (ops.Step())
            op_counts[ops.Text(0)] = ops.Int64(1);
        CHECK(op_counts["repair_orders"] >= 3); // opened, inspection, awaiting approval
        CHECK(op_counts["findings"] >= 4); // two added, two decided
        CHECK(op_counts["photos"] == 2);

        const auto audit = checkin::store::RecentAuditEntries(store, 100);
        const auto count_action = [&](const std::string& action) {
            return std::count_if(
                audit.begin(), audit.end(), [&](const auto& entry) { return entry.action == action; });
        };
        CHECK(count_action("sign_in_failed") == 1);
        CHECK(count_action("sign_in") == 1);
        CHECK(count_action("decide_finding") == 2);
    }
}
