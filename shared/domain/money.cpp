#include "shared/domain/money.h"

#include <cstddef>
#include <cstdlib>

namespace checkin::domain {
namespace {

constexpr std::int64_t kBasisPointsPerUnit = 10'000;
constexpr std::int64_t kFenPerYuan = 100;

// numerator * factor / denominator rounded half away from zero; denominator > 0. Splits the numerator so that
// `numerator * factor` cannot overflow when the exact result fits: (q * d + r) * f / d = q * f + r * f / d.
std::int64_t MulDivRoundHalfAway(std::int64_t numerator, std::int64_t factor, std::int64_t denominator)
{
    const std::int64_t whole = numerator / denominator;
    const std::int64_t rest = (numerator % denominator) * factor; // |rest| < denominator * |factor|
    std::int64_t result = whole * factor + rest / denominator;
    const std::int64_t remainder = rest % denominator;
    if (2 * std::abs(remainder) >= denominator)
        result += remainder < 0 ? -1 : 1;
    return result;
}

} // namespace

Money ApplyRateBasisPoints(Money amount, int basis_points)
{
    return Money{MulDivRoundHalfAway(amount.minor, basis_points, kBasisPointsPerUnit)};
}

Money TaxOnNet(Money net, int vat_basis_points)
{
    return ApplyRateBasisPoints(net, vat_basis_points);
}

VatSplit SplitGross(Money gross, int vat_basis_points)
{
    const Money net{
        MulDivRoundHalfAway(gross.minor, kBasisPointsPerUnit, kBasisPointsPerUnit + vat_basis_points)};
    return VatSplit{net, gross - net};
}

std::string FormatYuan(Money amount)
{
    // Magnitude in unsigned arithmetic, so INT64_MIN formats too.
    const auto magnitude = amount.minor < 0 ? 0 - static_cast<std::uint64_t>(amount.minor)
                                            : static_cast<std::uint64_t>(amount.minor);
    std::string yuan = std::to_string(magnitude / kFenPerYuan);
    for (auto pos = static_cast<std::ptrdiff_t>(yuan.size()) - 3; pos > 0; pos -= 3)
        yuan.insert(static_cast<std::size_t>(pos), 1, ',');
    const auto fen = magnitude % kFenPerYuan;
    std::string text = amount.minor < 0 ? "-¥" : "¥";
    text += yuan;
    text += '.';
    text += static_cast<char>('0' + fen / 10);
    text += static_cast<char>('0' + fen % 10);
    return text;
}

} // namespace checkin::domain
