#pragma once
// Schema version 2: what sync needs on top of version 1. Never edit a released version; add schema_v3.h.
//
// - column_clocks: who wrote each column of a synced row last, as (hlc, device_id). Merges compare these
//   per column (last writer wins). A trigger on outbox stamps the clocks of every local write, so
//   WriteTransaction needs no change and a local write can never leave a stale clock behind.
// - sync_rejections: ops the hub refused on business rules, kept so staff see them.
// - hub_*: the hub's own bookkeeping (pairing codes, every op received, the change feed, per-device
//   state). Devices carry these tables empty: one schema for every store keeps migrations simple.
// All of these are local-only: they never leave the store they live in.

namespace checkin::store {

inline constexpr const char* kSchemaV2[] = {
    R"sql(
CREATE TABLE column_clocks (
    table_name TEXT NOT NULL,
    row_id TEXT NOT NULL,
    column_name TEXT NOT NULL,
    hlc TEXT NOT NULL,
    device_id TEXT NOT NULL,
    PRIMARY KEY (table_name, row_id, column_name)
) STRICT, WITHOUT ROWID;

-- A local write is always the newest: it takes every column it wrote plus updated_at. created_at keeps the
-- clock of the write that created the row (merges keep the earliest one).
CREATE TRIGGER outbox_stamps_column_clocks AFTER INSERT ON outbox BEGIN
    INSERT INTO column_clocks (table_name, row_id, column_name, hlc, device_id)
        SELECT NEW.table_name, NEW.row_id, key, NEW.hlc, NEW.device_id FROM json_each(NEW.columns_json)
        UNION ALL SELECT NEW.table_name, NEW.row_id, 'updated_at', NEW.hlc, NEW.device_id WHERE true
        ON CONFLICT (table_name, row_id, column_name) DO UPDATE SET hlc = excluded.hlc,
            device_id = excluded.device_id
        WHERE excluded.hlc > column_clocks.hlc
            OR (excluded.hlc = column_clocks.hlc AND excluded.device_id > column_clocks.device_id);
    INSERT INTO column_clocks (table_name, row_id, column_name, hlc, device_id)
        VALUES (NEW.table_name, NEW.row_id, 'created_at', NEW.hlc, NEW.device_id)
        ON CONFLICT (table_name, row_id, column_name) DO NOTHING;
END;

CREATE TABLE sync_rejections (
    device_seq INTEGER PRIMARY KEY NOT NULL,
    op_id TEXT NOT NULL,
    table_name TEXT NOT NULL,
    row_id TEXT NOT NULL,
    reason TEXT NOT NULL,                      -- machine code, e.g. 'constraint', 'unknown_row'
    message TEXT NOT NULL,                     -- English detail for logs and staff
    rejected_at INTEGER NOT NULL,
    seen_at INTEGER                            -- when staff acknowledged it
) STRICT;

)sql",
    R"sql(
CREATE TABLE hub_pairing_codes (
    code_hash TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('kiosk', 'lounge', 'advisor', 'board')),
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    used_at INTEGER,
    device_id TEXT
) STRICT;

-- Every op a device pushed, once, with its outcome: server_seq when accepted, reason when rejected.
CREATE TABLE hub_ops (
    device_id TEXT NOT NULL,
    device_seq INTEGER NOT NULL,
    op_id TEXT NOT NULL,
    table_name TEXT NOT NULL,
    row_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('upsert', 'delete')),
    columns_json TEXT NOT NULL,
    hlc TEXT NOT NULL,
    received_at INTEGER NOT NULL,
    server_seq INTEGER UNIQUE,
    reason TEXT,
    message TEXT,
    PRIMARY KEY (device_id, device_seq),
    CHECK ((server_seq IS NULL) <> (reason IS NULL))
) STRICT, WITHOUT ROWID;

-- The change feed: each synced row once, at the server_seq of its last accepted change.
CREATE TABLE hub_feed (
    server_seq INTEGER PRIMARY KEY NOT NULL,
    table_name TEXT NOT NULL,
    row_id TEXT NOT NULL,
    UNIQUE (table_name, row_id)
) STRICT;

CREATE TABLE hub_device_state (
    device_id TEXT PRIMARY KEY NOT NULL,
    last_seq INTEGER NOT NULL DEFAULT 0,       -- highest device_seq taken (accepted or rejected)
    last_push_at INTEGER,
    last_pull_at INTEGER,
    pull_cursor INTEGER NOT NULL DEFAULT 0,
    outbox_size INTEGER NOT NULL DEFAULT 0,    -- as the device last reported it
    clock_refusals INTEGER NOT NULL DEFAULT 0,
    last_refusal TEXT
) STRICT;

-- Clocks of writes made before this migration, from the outbox (oldest first, so the newest wins).
INSERT INTO column_clocks (table_name, row_id, column_name, hlc, device_id)
    SELECT o.table_name, o.row_id, j.key, o.hlc, o.device_id FROM outbox AS o, json_each(o.columns_json) AS j
    WHERE true ORDER BY o.device_seq
    ON CONFLICT (table_name, row_id, column_name) DO UPDATE SET hlc = excluded.hlc,
        device_id = excluded.device_id
    WHERE excluded.hlc > column_clocks.hlc;
)sql",
};

} // namespace checkin::store
