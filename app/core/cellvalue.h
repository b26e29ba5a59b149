#pragma once
// Exact cell values. Counts are integers; amounts are integers scaled by 10^decimals
// (万元 with 6 decimals keeps fen precision). Nothing here is ever a floating-point number.

#include <QString>
#include <QtGlobal>

namespace nianbao {

enum class CellKind { Count, SignedCount, Amount };

// Largest magnitude of a figure in whole units (counts, or the integer part of an amount).
inline constexpr qint64 kMaxWholeUnits = 999'999'999'999;

struct ParsedValue {
    enum class Status { Value, Empty, Invalid };
    Status status = Status::Empty;
    qint64 raw = 0;     // scaled by 10^decimals
    QString error;      // translated reason when Invalid

    bool isValue() const { return status == Status::Value; }
    bool isEmpty() const { return status == Status::Empty; }
    bool isInvalid() const { return status == Status::Invalid; }
};

// Parses what a person types or pastes: "1,234", full-width "１２３", "—" or "/" for empty,
// surrounding blanks. Negative numbers are refused unless the kind is SignedCount.
ParsedValue parseCellText(const QString &text, CellKind kind, int decimals);

// Parses the strict decimal string of the interchange file ("24252.311082").
ParsedValue parseDecimalString(const QString &text, int decimals, bool allowNegative = true);

// "1234.5": no group separators, trailing zeros of the fraction dropped.
QString formatRaw(qint64 raw, int decimals);

// Same with the group separators of a locale-like display: "1,234.5".
QString formatRawGrouped(qint64 raw, int decimals);

qint64 pow10(int decimals);

} // namespace nianbao
