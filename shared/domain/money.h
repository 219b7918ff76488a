#pragma once
// Money as a whole number of fen (1/100 yuan). Never floating point: 0.1 + 0.2 != 0.3 in binary, and an
// invoice must add up to the fen. Arithmetic does not check for overflow; int64 fen holds about 9.2e16
// yuan.
#include <compare>
#include <cstdint>
#include <string>

namespace checkin::domain {

struct Money {
    std::int64_t minor = 0; // fen

    static constexpr Money FromYuan(std::int64_t yuan) { return Money{yuan * 100}; }

    auto operator<=>(const Money&) const = default;

    constexpr Money& operator+=(Money other)
    {
        minor += other.minor;
        return *this;
    }
    constexpr Money& operator-=(Money other)
    {
        minor -= other.minor;
        return *this;
    }
    friend constexpr Money operator+(Money a, Money b) { return a += b; }
    friend constexpr Money operator-(Money a, Money b) { return a -= b; }
    friend constexpr Money operator-(Money a) { return Money{-a.minor}; }
    // Quantity times unit price.
    friend constexpr Money operator*(Money a, std::int64_t quantity) { return Money{a.minor * quantity}; }
    friend constexpr Money operator*(std::int64_t quantity, Money a) { return a * quantity; }
};

// amount * basis_points / 10000 (1 bp = 0.01 %), rounded to the nearest fen with halves away from zero
// (四舍五入, the rounding of Chinese invoices): 0.5 fen -> 1 fen, -0.5 fen -> -1 fen, so a refund is
// exactly the negative of its charge. Exact for every amount whose result fits in int64.
Money ApplyRateBasisPoints(Money amount, int basis_points);

// VAT on a tax-exclusive amount: ApplyRateBasisPoints(net, vat_basis_points).
Money TaxOnNet(Money net, int vat_basis_points);

struct VatSplit {
    Money net; // tax-exclusive (不含税金额)
    Money tax; // net + tax == the gross amount, always
};

// Splits a tax-inclusive amount: net = gross / (1 + rate), rounded half away from zero; tax = gross - net.
// This is also 产值 = (total - discount) / (1 + VAT rate) when gross is total minus discount.
VatSplit SplitGross(Money gross, int vat_basis_points);

// "¥1,234.50", "-¥1,234.50", "¥0.05".
std::string FormatYuan(Money amount);

} // namespace checkin::domain
