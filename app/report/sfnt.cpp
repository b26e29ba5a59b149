#include "sfnt.h"

#include "fontsubset_p.h"

#include <QtEndian>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace nianbao::sfnt {

bool Face::has(quint32 t) const
{
    return std::any_of(tables.begin(), tables.end(), [t](const Table &x) { return x.tag == t; });
}

QByteArrayView Face::table(quint32 t) const
{
    for (const Table &x : tables)
        if (x.tag == t)
            return file.data().sliced(x.offset, x.length);
    return {};
}

std::optional<Face> openFace(QByteArrayView file, int index, QString *error)
{
    using subset::Tr;
    Face face;
    face.file = Reader(file);
    const Reader &r = face.file;
    qint64 start = 0;
    if (r.u32(0) == tag("ttcf")) {
        const quint32 count = r.u32(8);
        if (!r.ok() || index < 0 || quint32(index) >= count) {
            *error = Tr::tr("The font collection has no face %1.").arg(index);
            return std::nullopt;
        }
        start = r.u32(12 + 4 * qint64(index));
    } else if (index != 0) {
        *error = Tr::tr("The font file is not a collection and has no face %1.").arg(index);
        return std::nullopt;
    }
    face.version = r.u32(start);
    const quint16 count = r.u16(start + 4);
    if (!r.ok()
        || (face.version != 0x00010000 && face.version != tag("true")
            && face.version != tag("OTTO"))) {
        *error = Tr::tr("The file is not an OpenType or TrueType font.");
        return std::nullopt;
    }
    face.tables.reserve(count);
    for (qint64 i = 0; i < count; ++i) {
        const qint64 rec = start + 12 + 16 * i;
        Face::Table t {r.u32(rec), r.u32(rec + 8), r.u32(rec + 12)};
        if (!r.ok() || !r.has(t.offset, t.length)) {
            *error = subset::damaged("table directory");
            return std::nullopt;
        }
        face.tables.push_back(t);
    }
    return face;
}

namespace {

// The sum of the big-endian 32-bit words of the bytes, as if padded with zeros to a multiple of 4.
quint32 checksum(QByteArrayView bytes)
{
    quint32 sum = 0;
    const char *p = bytes.data();
    const qint64 whole = bytes.size() / 4 * 4;
    for (qint64 i = 0; i < whole; i += 4)
        sum += qFromBigEndian<quint32>(p + i);
    quint32 last = 0;
    for (qint64 i = whole; i < bytes.size(); ++i)
        last |= quint32(quint8(p[i])) << (24 - 8 * (i - whole));
    return sum + last;
}

} // namespace

QByteArray writeSfnt(quint32 version, std::vector<std::pair<quint32, QByteArray>> tables)
{
    std::sort(tables.begin(), tables.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    const quint32 n = quint32(tables.size());
    quint32 power = 1, log2 = 0;
    while (power * 2 <= n) {
        power *= 2;
        ++log2;
    }
    QByteArray out;
    qint64 total = 12 + 16 * qint64(n);
    for (const auto &t : tables)
        total += (t.second.size() + 3) & ~qint64(3);
    out.reserve(total);
    putU32(out, version);
    putU16(out, n);
    putU16(out, power * 16);
    putU16(out, log2);
    putU16(out, n * 16 - power * 16);
    qint64 offset = 12 + 16 * qint64(n);
    qint64 headAt = -1;
    quint32 sum = 0; // of the whole font: the directory's and the (padded) tables' sums
    for (auto &[t, bytes] : tables) {
        if (t == tag("head") && bytes.size() >= 12) {
            setU32(bytes, 8, 0); // checkSumAdjustment counts as 0 in every checksum
            headAt = offset;
        }
        const quint32 tableSum = checksum(bytes);
        sum += tableSum;
        putU32(out, t);
        putU32(out, tableSum);
        putU32(out, quint32(offset));
        putU32(out, quint32(bytes.size()));
        offset += (bytes.size() + 3) & ~qint64(3);
    }
    for (const auto &t : tables) {
        out.append(t.second);
        out.append((4 - t.second.size() % 4) % 4, '\0');
    }
    sum += checksum(QByteArrayView(out).first(12 + 16 * qint64(n)));
    if (headAt >= 0)
        setU32(out, headAt + 8, 0xB1B0AFBA - sum);
    return out;
}

} // namespace nianbao::sfnt
