#include "shared/sync/protocol.h"

#include <nlohmann/json.hpp>

#include <stdexcept>

namespace checkin::sync {
namespace {

using nlohmann::json;

json ColumnsToJson(const store::Columns& columns)
{
    json object = json::object();
    for (const auto& [name, value] : columns)
        object[name] = ValueToJson(value);
    return object;
}

store::Columns ColumnsFromJson(const json& object)
{
    if (!object.is_object())
        throw std::invalid_argument("columns must be a JSON object");
    store::Columns columns;
    for (const auto& [name, value] : object.items())
        columns.emplace_back(name, ValueFromJson(value));
    return columns;
}

json RowToJson(const store::RowState& row)
{
    json values = json::object();
    json clocks = json::object();
    for (const auto& [name, state] : row.columns) {
        values[name] = ValueToJson(state.value);
        if (state.clock)
            clocks[name] = json::array({state.clock->hlc, state.clock->device_id});
    }
    return {{"table", row.table}, {"id", row.id}, {"values", values}, {"clocks", clocks}};
}

store::RowState RowFromJson(const json& object)
{
    store::RowState row{object.at("table").get<std::string>(), object.at("id").get<std::string>(), {}};
    for (const auto& [name, value] : object.at("values").items())
        row.columns[name].value = ValueFromJson(value);
    for (const auto& [name, clock] : object.at("clocks").items()) {
        const auto found = row.columns.find(name);
        if (found == row.columns.end() || !clock.is_array() || clock.size() != 2)
            throw std::invalid_argument("clock of '" + name + "' without a value, or malformed");
        found->second.clock
            = store::ColumnClock{clock.at(0).get<std::string>(), clock.at(1).get<std::string>()};
    }
    return row;
}

} // namespace

store::Value ValueFromJson(const json& value)
{
    switch (value.type()) {
    case json::value_t::null:
        return nullptr;
    case json::value_t::boolean:
        return std::int64_t{value.get<bool>() ? 1 : 0};
    case json::value_t::number_integer:
        return value.get<std::int64_t>();
    case json::value_t::number_unsigned:
        if (value.get<std::uint64_t>() > static_cast<std::uint64_t>(INT64_MAX))
            throw std::invalid_argument("integer out of range");
        return value.get<std::int64_t>();
    case json::value_t::number_float:
        return value.get<double>();
    case json::value_t::string:
        return value.get<std::string>();
    default:
        throw std::invalid_argument("a column value must be null, a number or a string");
    }
}

json ValueToJson(const store::Value& value)
{
    return std::visit([](const auto& alternative) { return json(alternative); }, value);
}

json ToJson(const EnrollRequest& request)
{
    return {
        {"schema_version", request.schema_version}, {"code", request.code}, {"device_id", request.device_id}};
}

json ToJson(const EnrollResponse& response)
{
    return {{"token", response.token}, {"device_id", response.device_id}, {"name", response.name},
        {"role", response.role}};
}

json ToJson(const PushRequest& request)
{
    json ops = json::array();
    for (const PushOp& op : request.ops)
        ops.push_back({{"seq", op.seq}, {"op_id", op.op_id}, {"table", op.table}, {"row_id", op.row_id},
            {"kind", op.kind}, {"columns", ColumnsToJson(op.columns)}, {"hlc", op.hlc}, {"at", op.at_ms}});
    return {{"schema_version", request.schema_version}, {"device_id", request.device_id},
        {"outbox_size", request.outbox_size}, {"ops", ops}};
}

json ToJson(const PushResponse& response)
{
    json results = json::array();
    for (const OpResult& result : response.results) {
        json item = {{"seq", result.seq}};
        if (result.server_seq)
            item["server_seq"] = *result.server_seq;
        else
            item["rejected"] = {{"reason", result.reason}, {"message", result.message}};
        results.push_back(item);
    }
    json object = {{"results", results}, {"hub_time_ms", response.hub_time_ms}};
    if (response.refused)
        object["refused"] = {{"reason", response.refused->reason},
            {"expected_seq", response.refused->expected_seq}, {"message", response.refused->message}};
    return object;
}

json ToJson(const PullResponse& response)
{
    json rows = json::array();
    for (const store::RowState& row : response.rows)
        rows.push_back(RowToJson(row));
    return {{"rows", rows}, {"next_cursor", response.next_cursor}, {"more", response.more},
        {"reset", response.reset}};
}

json ToJson(const LookupResponse& response)
{
    json rows = json::array();
    for (const store::RowState& row : response.rows)
        rows.push_back(RowToJson(row));
    json history = json::array();
    for (const VehicleServiceHistory& vehicle : response.history) {
        json records = json::array();
        for (const domain::ServiceRecord& record : vehicle.records)
            records.push_back({{"code", record.code}, {"date", record.date},
                {"mileage_km", record.mileage_km ? json(*record.mileage_km) : json()}});
        history.push_back({{"vehicle_id", vehicle.vehicle_id}, {"records", records}});
    }
    return {{"rows", rows}, {"history", history}};
}

json ToJson(const HealthResponse& response)
{
    return {{"status", "ok"}, {"schema_version", response.schema_version},
        {"server_seq", response.server_seq}, {"hub_time_ms", response.hub_time_ms},
        {"device_id", response.device_id}, {"role", response.role}};
}

json ToJson(const MetricsResponse& response)
{
    json devices = json::array();
    for (const DeviceMetrics& device : response.devices)
        devices.push_back({{"device_id", device.device_id}, {"name", device.name}, {"role", device.role},
            {"revoked", device.revoked}, {"pushed_seq", device.pushed_seq},
            {"outbox_size", device.outbox_size}, {"lag", device.lag},
            {"last_push_at", device.last_push_at ? json(*device.last_push_at) : json()},
            {"last_pull_at", device.last_pull_at ? json(*device.last_pull_at) : json()},
            {"clock_refusals", device.clock_refusals}, {"last_refusal", device.last_refusal}});
    return {{"server_seq", response.server_seq}, {"devices", devices}};
}

json ToJson(const HubError& error)
{
    return {{"error", error.code}, {"message", error.message}};
}

EnrollRequest EnrollRequestFromJson(const json& object)
{
    return {object.at("schema_version").get<int>(), object.at("code").get<std::string>(),
        object.at("device_id").get<std::string>()};
}

EnrollResponse EnrollResponseFromJson(const json& object)
{
    return {object.at("token").get<std::string>(), object.at("device_id").get<std::string>(),
        object.at("name").get<std::string>(), object.at("role").get<std::string>()};
}

PushRequest PushRequestFromJson(const json& object)
{
    PushRequest request{object.at("schema_version").get<int>(), object.at("device_id").get<std::string>(),
        object.value("outbox_size", std::int64_t{0}), {}};
    for (const json& op : object.at("ops"))
        request.ops.push_back({op.at("seq").get<std::int64_t>(), op.at("op_id").get<std::string>(),
            op.at("table").get<std::string>(), op.at("row_id").get<std::string>(),
            op.at("kind").get<std::string>(), ColumnsFromJson(op.at("columns")),
            op.at("hlc").get<std::string>(), op.at("at").get<std::int64_t>()});
    return request;
}

PushResponse PushResponseFromJson(const json& object)
{
    PushResponse response;
    for (const json& item : object.at("results")) {
        OpResult result{item.at("seq").get<std::int64_t>(), std::nullopt, {}, {}};
        if (item.contains("server_seq")) {
            result.server_seq = item.at("server_seq").get<std::int64_t>();
        } else {
            result.reason = item.at("rejected").at("reason").get<std::string>();
            result.message = item.at("rejected").at("message").get<std::string>();
        }
        response.results.push_back(std::move(result));
    }
    if (object.contains("refused"))
        response.refused = PushRefusal{object["refused"].at("reason").get<std::string>(),
            object["refused"].at("expected_seq").get<std::int64_t>(),
            object["refused"].at("message").get<std::string>()};
    response.hub_time_ms = object.at("hub_time_ms").get<std::int64_t>();
    return response;
}

PullResponse PullResponseFromJson(const json& object)
{
    PullResponse response;
    for (const json& row : object.at("rows"))
        response.rows.push_back(RowFromJson(row));
    response.next_cursor = object.at("next_cursor").get<std::int64_t>();
    response.more = object.at("more").get<bool>();
    response.reset = object.value("reset", false);
    return response;
}

LookupResponse LookupResponseFromJson(const json& object)
{
    LookupResponse response;
    for (const json& row : object.at("rows"))
        response.rows.push_back(RowFromJson(row));
    for (const json& vehicle : object.at("history")) {
        VehicleServiceHistory history{vehicle.at("vehicle_id").get<std::string>(), {}};
        for (const json& record : vehicle.at("records")) {
            const json& mileage = record.at("mileage_km");
            history.records.push_back(
                {record.at("code").get<std::string>(), record.at("date").get<std::string>(),
                    mileage.is_null() ? std::nullopt : std::optional(mileage.get<std::int64_t>())});
        }
        response.history.push_back(std::move(history));
    }
    return response;
}

HealthResponse HealthResponseFromJson(const json& object)
{
    return {object.at("schema_version").get<int>(), object.at("server_seq").get<std::int64_t>(),
        object.at("hub_time_ms").get<std::int64_t>(), object.at("device_id").get<std::string>(),
        object.at("role").get<std::string>()};
}

HubError HubErrorFromJson(int status, const json& object)
{
    return {status, object.value("error", std::string("http_error")), object.value("message", std::string())};
}

} // namespace checkin::sync
