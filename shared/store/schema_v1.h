#pragma once
// Schema version 1: the whole domain of DOMAIN.md. Never edit a released version; add schema_v2.h instead.
//
// Conventions:
// - Synced tables carry id (UUIDv7 made on the device; settings uses its key), created_at, updated_at,
//   deleted_at (tombstone, NULL = alive) and hlc (hybrid logical clock of the last write). Their rows are
//   written only through WriteTransaction, which also records the sync ops.
// - *_at columns are UTC milliseconds; *_date and *_expiry columns are calendar dates 'YYYY-MM-DD' in the
//   shop's local time; money is INTEGER fen; *_json columns hold JSON text; flags are 0/1.
// - Local-only tables (local_device, outbox, sync_state, blobs) never leave the device.
// - device_id columns are not foreign keys: the devices table is the hub's, a device may not hold it.

namespace checkin::store {

// Split in parts: MSVC limits one string literal to 16 KB.
inline constexpr const char* kSchemaV1[] = {
    R"sql(
-- [SECTION] Customer file
CREATE TABLE customers (
    id TEXT PRIMARY KEY NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    deleted_at INTEGER,
    hlc TEXT NOT NULL,
    surname TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',            -- 'mr' (先生) | 'ms' (女士) | '' unknown
    full_name TEXT,
    mobile TEXT,                               -- digits only, e.g. '13812345678'
    preferred_language TEXT NOT NULL DEFAULT 'zh',
    segment TEXT,                              -- luxury | mid | economy (from the car class)
    notes TEXT
) STRICT;
CREATE INDEX customers_mobile ON customers(mobile);

CREATE TABLE vehicles (
    id TEXT PRIMARY KEY NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    deleted_at INTEGER,
    hlc TEXT NOT NULL,
    customer_id TEXT NOT NULL REFERENCES customers(id),
    plate TEXT,                                -- normalized: upper case, no spaces, e.g. '京A12345'
    vin TEXT,
    make TEXT,
    model TEXT,
    year INTEGER,
    car_class TEXT CHECK (car_class IN ('luxury', 'mid', 'economy')),
    purchase_date TEXT,
    last_mileage_km INTEGER,
    insurance_expiry TEXT,
    inspection_expiry TEXT,
    licence_expiry TEXT
) STRICT;
CREATE INDEX vehicles_customer ON vehicles(customer_id);
CREATE INDEX vehicles_plate ON vehicles(plate);
CREATE INDEX vehicles_vin ON vehicles(vin);

CREATE TABLE consents (
    id TEXT PRIMARY KEY NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    deleted_at INTEGER,
    hlc TEXT NOT NULL,
    customer_id TEXT NOT NULL REFERENCES customers(id),
    kind TEXT NOT NULL CHECK (kind IN ('privacy', 'marketing')),
    granted INTEGER NOT NULL CHECK (granted IN (0, 1)),
    notice_version TEXT NOT NULL,
    recorded_at INTEGER NOT NULL,
    device_id TEXT
) STRICT;
CREATE INDEX consents_customer ON consents(customer_id);

)sql",
    R"sql(
-- [SECTION] Catalog, capacity, staff, devices
CREATE TABLE service_items (
    id TEXT PRIMARY KEY NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    deleted_at INTEGER,
    hlc TEXT NOT NULL,
    code TEXT NOT NULL,
    name_en TEXT NOT NULL,
    name_zh TEXT NOT NULL,
    description_en TEXT,
    description_zh TEXT,
    labor_fen INTEGER NOT NULL DEFAULT 0,
    parts_fen INTEGER NOT NULL DEFAULT 0,
    labor_hours_tenths INTEGER NOT NULL DEFAULT 0,
    duration_minutes INTEGER NOT NULL DEFAULT 0,
    interval_months INTEGER,
    interval_km INTEGER,
    is_package INTEGER NOT NULL DEFAULT 0 CHECK (is_package IN (0, 1)),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    sort_order INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE UNIQUE INDEX service_items_code ON service_items(code) WHERE deleted_at IS NULL;

CREATE TABLE service_item_contents (
    id TEXT PRIMARY KEY NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    deleted_at INTEGER,
    hlc TEXT NOT NULL,
    service_item_id TEXT NOT NULL REFERENCES service_items(id),
    text_en TEXT NOT NULL,
    text_zh TEXT NOT NULL,
    sort_order INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX service_item_contents_item ON service_item_contents(service_item_id);

CREATE TABLE shop_capacity (
    id TEXT PRIMARY KEY NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    deleted_at INTEGER,
    hlc TEXT NOT NULL,
    weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),   -- ISO: 1 = Monday .. 7 = Sunday
    hour INTEGER NOT NULL CHECK (hour BETWEEN 0 AND 23),        -- shop local time
    slots INTEGER NOT NULL CHECK (slots >= 0)
) STRICT;
CREATE UNIQUE INDEX shop_capacity_hour ON shop_capacity(weekday, hour) WHERE deleted_at IS NULL;

CREATE TABLE staff (
    id TEXT PRIMARY KEY NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    deleted_at INTEGER,
    hlc TEXT NOT NULL,
    name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('advisor', 'technician', 'manager')),
    pin_hash TEXT,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until INTEGER,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
) STRICT;

CREATE TABLE devices (
    id TEXT PRIMARY KEY NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    deleted_at INTEGER,
    hlc TEXT NOT NULL,
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    token_hash TEXT,
    enrolled_at INTEGER,
    revoked_at INTEGER
) STRICT;

)sql",
    R"sql(
-- [SECTION] Bookings, check-ins, help
CREATE TABLE bookings (
    id TEXT PRIMARY KEY NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    deleted_at INTEGER,
    hlc TEXT NOT NULL,
    customer_id TEXT NOT NULL REFERENCES customers(id),
    vehicle_id TEXT NOT NULL REFERENCES vehicles(id),
    booking_code TEXT NOT NULL,
    slot_start INTEGER NOT NULL,
    status TEXT NOT NULL DEFAULT 'booked' CHECK (status IN ('booked', 'arrived', 'no_show', 'cancelled')),
    source TEXT NOT NULL CHECK (source IN ('kiosk', 'phone', 'web')),
    notes TEXT
) STRICT;
CREATE INDEX bookings_code ON bookings(booking_code);
CREATE INDEX bookings_slot ON bookings(slot_start);
CREATE INDEX bookings_vehicle ON bookings(vehicle_id);
CREATE INDEX bookings_customer ON bookings(customer_id);

CREATE TABLE booking_lines (
    id TEXT PRIMARY KEY NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    deleted_at INTEGER,
    hlc TEXT NOT NULL,
    booking_id TEXT NOT NULL REFERENCES bookings(id),
    service_item_id TEXT NOT NULL REFERENCES service_items(id),
    labor_fen INTEGER NOT NULL,                -- prices copied at booking time
    parts_fen INTEGER NOT NULL
) STRICT;
CREATE INDEX booking_lines_booking ON booking_lines(booking_id);

CREATE TABLE checkins (
    id TEXT PRIMARY KEY NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    deleted_at INTEGER,
    hlc TEXT NOT NULL,
    booking_id TEXT REFERENCES bookings(id),
    customer_id TEXT NOT NULL REFERENCES customers(id),
    vehicle_id TEXT NOT NULL REFERENCES vehicles(id),
    kind TEXT NOT NULL CHECK (kind IN ('booking', 'walk_in')),
    queue_number TEXT,                         -- 'A001'
    tracking_code TEXT,
    arrived_at INTEGER NOT NULL,
    mileage_km INTEGER,
    mileage_lower_flag INTEGER NOT NULL DEFAULT 0 CHECK (mileage_lower_flag IN (0, 1)),
    concerns_json TEXT,
    concerns_text TEXT,
    wait_mode TEXT CHECK (wait_mode IN ('lounge', 'leave', 'ride')),
    status TEXT NOT NULL DEFAULT 'waiting' CHECK (status IN ('waiting', 'confirmed', 'cancelled')),
    confirmed_at INTEGER,
    confirmed_by TEXT REFERENCES staff(id),
    estimate_fen INTEGER,
    device_id TEXT
) STRICT;
CREATE INDEX checkins_arrived ON checkins(arrived_at);
CREATE INDEX checkins_booking ON checkins(booking_id);
CREATE INDEX checkins_tracking ON checkins(tracking_code);

CREATE TABLE signatures (
    id TEXT PRIMARY KEY NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    deleted_at INTEGER,
    hlc TEXT NOT NULL,
    checkin_id TEXT NOT NULL REFERENCES checkins(id),
    png_sha256 TEXT NOT NULL,
    authorization_text TEXT NOT NULL,
    estimate_json TEXT NOT NULL,
    signed_at INTEGER NOT NULL
) STRICT;
CREATE INDEX signatures_checkin ON signatures(checkin_id);

CREATE TABLE help_requests (
    id TEXT PRIMARY KEY NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    deleted_at INTEGER,
    hlc TEXT NOT NULL,
    device_id TEXT NOT NULL,
    screen TEXT NOT NULL,
    language TEXT NOT NULL,
    requested_at INTEGER NOT NULL,
    handled_at INTEGER,
    handled_by TEXT REFERENCES staff(id)
) STRICT;
CREATE INDEX help_requests_open ON help_requests(requested_at) WHERE handled_at IS NULL;

)sql",
    R"sql(
-- [SECTION] Repair orders and after-sales
CREATE TABLE repair_orders (
    id TEXT PRIMARY KEY NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    deleted_at INTEGER,
    hlc TEXT NOT NULL,
    checkin_id TEXT REFERENCES checkins(id),
    customer_id TEXT NOT NULL REFERENCES customers(id),
    vehicle_id TEXT NOT NULL REFERENCES vehicles(id),
    number TEXT NOT NULL,
    advisor_id TEXT REFERENCES staff(id),
    technician_id TEXT REFERENCES staff(id),
    bay TEXT,
    stage TEXT NOT NULL,                       -- the state machine lives in shared/domain
    promised_at INTEGER,
    opened_at INTEGER NOT NULL,
    closed_at INTEGER,
    mileage_km INTEGER,
    discount_fen INTEGER NOT NULL DEFAULT 0,
    vat_rate_bp INTEGER NOT NULL               -- basis points: 1300 = 13 %
) STRICT;
CREATE INDEX repair_orders_vehicle ON repair_orders(vehicle_id);
CREATE INDEX repair_orders_customer ON repair_orders(customer_id);
CREATE INDEX repair_orders_checkin ON repair_orders(checkin_id);
CREATE INDEX repair_orders_number ON repair_orders(number);

CREATE TABLE repair_order_lines (
    id TEXT PRIMARY KEY NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    deleted_at INTEGER,
    hlc TEXT NOT NULL,
    repair_order_id TEXT NOT NULL REFERENCES repair_orders(id),
    service_item_id TEXT REFERENCES service_items(id),
    description TEXT NOT NULL,
    labor_fen INTEGER NOT NULL DEFAULT 0,
    parts_fen INTEGER NOT NULL DEFAULT 0,
    labor_hours_tenths INTEGER NOT NULL DEFAULT 0,
    part_code TEXT,
    part_name TEXT,
    quantity REAL NOT NULL DEFAULT 1,          -- may be fractional (litres of oil); money is per line
    status TEXT NOT NULL CHECK (status IN ('proposed', 'approved', 'declined', 'done')),
    source TEXT NOT NULL CHECK (source IN ('booking', 'advisor', 'finding'))
) STRICT;
CREATE INDEX repair_order_lines_order ON repair_order_lines(repair_order_id);

CREATE TABLE stage_events (
    id TEXT PRIMARY KEY NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    deleted_at INTEGER,
    hlc TEXT NOT NULL,
    repair_order_id TEXT NOT NULL REFERENCES repair_orders(id),
    stage TEXT NOT NULL,
    at INTEGER NOT NULL,
    by_staff_id TEXT REFERENCES staff(id)
) STRICT;
CREATE INDEX stage_events_order ON stage_events(repair_order_id);

CREATE TABLE findings (
    id TEXT PRIMARY KEY NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    deleted_at INTEGER,
    hlc TEXT NOT NULL,
    repair_order_id TEXT NOT NULL REFERENCES repair_orders(id),
    title TEXT NOT NULL,
    description TEXT,
    rating TEXT NOT NULL CHECK (rating IN ('red', 'yellow', 'green')),
    labor_fen INTEGER NOT NULL DEFAULT 0,
    parts_fen INTEGER NOT NULL DEFAULT 0,
    decision TEXT NOT NULL DEFAULT 'pending' CHECK (decision IN ('pending', 'approved', 'declined')),
    decided_at INTEGER,
    decided_device_id TEXT,
    decided_price_fen INTEGER
) STRICT;
CREATE INDEX findings_order ON findings(repair_order_id);

CREATE TABLE photos (
    id TEXT PRIMARY KEY NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    deleted_at INTEGER,
    hlc TEXT NOT NULL,
    repair_order_id TEXT NOT NULL REFERENCES repair_orders(id),
    finding_id TEXT REFERENCES findings(id),
    blob_sha256 TEXT NOT NULL,                 -- original; may arrive after the row (see blobs)
    screen_sha256 TEXT,
    thumb_sha256 TEXT,
    caption TEXT,
    kind TEXT NOT NULL CHECK (kind IN ('before', 'after', 'progress')),
    width INTEGER,
    height INTEGER,
    taken_at INTEGER NOT NULL
) STRICT;
CREATE INDEX photos_order ON photos(repair_order_id);
CREATE INDEX photos_finding ON photos(finding_id);

CREATE TABLE surveys (
    id TEXT PRIMARY KEY NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    deleted_at INTEGER,
    hlc TEXT NOT NULL,
    repair_order_id TEXT NOT NULL REFERENCES repair_orders(id),
    nps INTEGER CHECK (nps BETWEEN 0 AND 10),
    comment TEXT,
    submitted_at INTEGER NOT NULL
) STRICT;
CREATE INDEX surveys_order ON surveys(repair_order_id);

CREATE TABLE survey_answers (
    id TEXT PRIMARY KEY NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    deleted_at INTEGER,
    hlc TEXT NOT NULL,
    survey_id TEXT NOT NULL REFERENCES surveys(id),
    question_key TEXT NOT NULL,
    score INTEGER NOT NULL
) STRICT;
CREATE INDEX survey_answers_survey ON survey_answers(survey_id);

CREATE TABLE complaints (
    id TEXT PRIMARY KEY NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    deleted_at INTEGER,
    hlc TEXT NOT NULL,
    repair_order_id TEXT REFERENCES repair_orders(id),
    customer_id TEXT NOT NULL REFERENCES customers(id),
    category TEXT CHECK (category IN ('product', 'service', 'communication')),
    opened_at INTEGER NOT NULL,
    first_response_at INTEGER,
    options_json TEXT,                         -- the two resolution options offered
    chosen_option INTEGER,
    resolution TEXT,
    resolved_at INTEGER,
    manager_followup_at INTEGER,
    closed_at INTEGER,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'responded', 'resolved', 'closed'))
) STRICT;
CREATE INDEX complaints_customer ON complaints(customer_id);
CREATE INDEX complaints_status ON complaints(status);

CREATE TABLE followups (
    id TEXT PRIMARY KEY NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    deleted_at INTEGER,
    hlc TEXT NOT NULL,
    customer_id TEXT NOT NULL REFERENCES customers(id),
    vehicle_id TEXT REFERENCES vehicles(id),
    repair_order_id TEXT REFERENCES repair_orders(id),
    kind TEXT NOT NULL,                        -- day1 | day7 | day30 | maintenance | inspection | insurance ...
    due_date TEXT NOT NULL,
    outcome TEXT,
    done_at INTEGER,
    done_by TEXT REFERENCES staff(id),
    booking_id TEXT REFERENCES bookings(id)
) STRICT;
CREATE INDEX followups_due ON followups(due_date) WHERE done_at IS NULL;
CREATE INDEX followups_customer ON followups(customer_id);

CREATE TABLE audit_log (
    id TEXT PRIMARY KEY NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    deleted_at INTEGER,
    hlc TEXT NOT NULL,
    staff_id TEXT REFERENCES staff(id),
    device_id TEXT,
    action TEXT NOT NULL,
    subject_table TEXT,
    subject_id TEXT,
    detail_json TEXT,
    at INTEGER NOT NULL
) STRICT;
CREATE INDEX audit_log_at ON audit_log(at);

CREATE TABLE settings (
    key TEXT PRIMARY KEY NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    deleted_at INTEGER,
    hlc TEXT NOT NULL,
    value TEXT
) STRICT;

)sql",
    R"sql(
-- [SECTION] Local-only tables
CREATE TABLE local_device (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    device_id TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL,
    next_seq INTEGER NOT NULL,
    hlc_last TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE outbox (
    op_id TEXT PRIMARY KEY NOT NULL,
    device_id TEXT NOT NULL,
    device_seq INTEGER NOT NULL,
    table_name TEXT NOT NULL,
    row_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('upsert', 'delete')),
    columns_json TEXT NOT NULL,
    hlc TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    pushed_at INTEGER,
    UNIQUE (device_id, device_seq)
) STRICT;
CREATE INDEX outbox_pending ON outbox(device_seq) WHERE pushed_at IS NULL;

CREATE TABLE sync_state (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE blobs (
    sha256 TEXT PRIMARY KEY NOT NULL,
    size INTEGER NOT NULL,
    mime TEXT NOT NULL,
    path TEXT NOT NULL,                        -- relative to the device's blob folder
    complete INTEGER NOT NULL DEFAULT 0 CHECK (complete IN (0, 1))
) STRICT;
)sql",
};

} // namespace checkin::store
