#pragma once
// Schema version 4: after-sales (issue 5) - settlement, survey-driven complaints, the follow-up worklist,
// the manager's figures and the customer's rights. Never edit a released version; add schema_v5.h instead.
//
// - checkins.started_at: when the customer touched "Start" at the kiosk, for the median check-in time.
// - repair_orders.settlement_number: "JS" + shop-local yyyymmdd + "-" + 3 digits, given at delivery.
// - service_items.part_code / part_name: the part of a catalog service, copied to its order lines (the
//   national repair record lists part names, codes and quantities).
// - vehicles.last_visit_date: shop-local date of the last delivery, kept by the delivery use case so the
//   3-6-9 lapse counts and the worklist never scan every order.
// - customers.erased_at: the customer asked to be forgotten; the row stays (anonymous) for the aggregates.
// - repair_orders.output_value_fen: the order's 产值 (domain::NetOfRate(total - discount, VAT)), written by the
//   delivery use case: a delivered order no longer changes, and the manager's output value per day then
//   reads one index instead of every line of a month of orders. Orders delivered without it are computed
//   from their lines (queries_dashboard.cpp), found cheaply through repair_orders_unvalued.
// - complaints: where it came from, what the customer said, who answered, resolved and followed up.
// - followups: the note of the call, the reason the item is due, how often it was tried (a call nobody
//   answered stays open) and when last; followups_open lets the worklist count its tabs from the index.

namespace checkin::store {

inline constexpr const char* kSchemaV4[] = {
    R"sql(
ALTER TABLE checkins ADD COLUMN started_at INTEGER;
ALTER TABLE repair_orders ADD COLUMN settlement_number TEXT;
ALTER TABLE service_items ADD COLUMN part_code TEXT;
ALTER TABLE service_items ADD COLUMN part_name TEXT;
ALTER TABLE vehicles ADD COLUMN last_visit_date TEXT;
ALTER TABLE customers ADD COLUMN erased_at INTEGER;
ALTER TABLE repair_orders ADD COLUMN output_value_fen INTEGER;

ALTER TABLE complaints ADD COLUMN source TEXT NOT NULL DEFAULT 'staff' CHECK (source IN ('survey', 'staff'));
ALTER TABLE complaints ADD COLUMN survey_id TEXT REFERENCES surveys(id);
ALTER TABLE complaints ADD COLUMN description TEXT;
ALTER TABLE complaints ADD COLUMN responded_by TEXT REFERENCES staff(id);
ALTER TABLE complaints ADD COLUMN resolved_by TEXT REFERENCES staff(id);
ALTER TABLE complaints ADD COLUMN manager_id TEXT REFERENCES staff(id);
ALTER TABLE complaints ADD COLUMN manager_note TEXT;
ALTER TABLE complaints ADD COLUMN response_due_at INTEGER;

ALTER TABLE followups ADD COLUMN note TEXT;
ALTER TABLE followups ADD COLUMN reason TEXT;
ALTER TABLE followups ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE followups ADD COLUMN attempted_at INTEGER;

CREATE INDEX repair_orders_closed ON repair_orders(closed_at) WHERE closed_at IS NOT NULL;
CREATE INDEX repair_orders_output_value ON repair_orders(closed_at, output_value_fen)
    WHERE output_value_fen IS NOT NULL AND deleted_at IS NULL;
CREATE INDEX repair_orders_unvalued ON repair_orders(closed_at)
    WHERE closed_at IS NOT NULL AND output_value_fen IS NULL;
CREATE INDEX repair_orders_settlement ON repair_orders(settlement_number) WHERE settlement_number IS NOT NULL;
CREATE INDEX repair_orders_opened ON repair_orders(opened_at);
CREATE INDEX repair_orders_open_stage ON repair_orders(stage) WHERE closed_at IS NULL;
CREATE INDEX surveys_submitted ON surveys(submitted_at, nps, id) WHERE deleted_at IS NULL;
CREATE INDEX vehicles_last_visit ON vehicles(last_visit_date) WHERE deleted_at IS NULL;
CREATE INDEX vehicles_purchase ON vehicles(purchase_date, deleted_at, id);
CREATE INDEX complaints_opened ON complaints(opened_at);
CREATE INDEX findings_decided ON findings(decided_at, rating, decision)
    WHERE decided_at IS NOT NULL AND deleted_at IS NULL;
CREATE INDEX checkins_confirmed ON checkins(confirmed_at) WHERE confirmed_at IS NOT NULL;

CREATE INDEX followups_vehicle ON followups(vehicle_id);
CREATE INDEX followups_open ON followups(kind, due_date) WHERE done_at IS NULL AND deleted_at IS NULL;

-- Version 1 indexes widened to cover the manager's figures at a million orders (aftercare_bench.cpp): the
-- check-in figures read only the index, first maintenance finds a car's orders in its window and their
-- lines without reading a row, and the CSI reads answer scores from the index. Same leading columns, so
-- every query that used them still does.
DROP INDEX checkins_arrived;
CREATE INDEX checkins_arrived ON checkins(arrived_at, deleted_at, status, started_at, confirmed_at);
DROP INDEX repair_orders_vehicle;
CREATE INDEX repair_orders_vehicle ON repair_orders(vehicle_id, opened_at, closed_at, deleted_at, id);
DROP INDEX repair_order_lines_order;
CREATE INDEX repair_order_lines_order ON repair_order_lines(repair_order_id, deleted_at, status, service_item_id);
DROP INDEX survey_answers_survey;
CREATE INDEX survey_answers_survey ON survey_answers(survey_id, deleted_at, score);
)sql",
};

} // namespace checkin::store
