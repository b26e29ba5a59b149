// The font subsetter (app/report/fontsubset.h) on damaged and hostile input: files cut short at
// many lengths; every byte of the structures it reads (directory, CFF header, INDEXes, DICTs,
// charset, FDSelect, Font DICTs, Private DICTs, head, hhea, maxp, loca, glyphs) set in turn to
// extreme values (huge counts and offsets); random bytes flipped (fixed seed); composite glyphs
// whose components form cycles. Each must give nullopt with a message, or a subset that is whole
// enough to be subset again, and all of it in bounded time (ctest's timeout).

#include "fontsubset.h"
#include "fontsubsettest.h"

#include <QElapsedTimer>
#include <QRandomGenerator>

#include <cmath>
#include <set>

using namespace Qt::StringLiterals;
using namespace nianbao;
using namespace fontsubsettest;
using nianbao::sfnt::tag;

namespace {

struct Region {
    qint64 begin, end;
};

// What makes a subset whole: one code and one finite advance per glyph, and a program that the
// subsetter reads again (a bare CFF inside the original's head, hhea and hmtx).
QString wholeness(const FontSubset &s, const std::vector<quint32> &glyphs,
                  const QByteArray &pristine, int face)
{
    if (s.codes.size() != glyphs.size() || s.advances.size() != glyphs.size()
        || s.program.isEmpty())
        return u"codes, advances or program missing"_s;
    for (double a : s.advances)
        if (!std::isfinite(a))
            return u"an advance is not a number"_s;
    QString error;
    QByteArray font = s.program;
    std::vector<quint32> again;
    if (s.format == FontSubset::Format::TrueType) {
        again = s.codes;
    } else {
        // The subset's glyph ids: .notdef and one per distinct code.
        std::set<quint32> cids(s.codes.begin(), s.codes.end());
        cids.insert(0);
        for (quint32 i = 0; i < cids.size(); ++i)
            again.push_back(i);
        const auto original = sfnt::openFace(pristine, face, &error);
        if (!original)
            return error;
        font = sfnt::writeSfnt(tag("OTTO"),
                               {{tag("CFF "), s.program},
                                {tag("head"), original->table(tag("head")).toByteArray()},
                                {tag("hhea"), original->table(tag("hhea")).toByteArray()},
                                {tag("hmtx"), original->table(tag("hmtx")).toByteArray()}});
    }
    if (!subsetFont(font, 0, again, &error))
        return u"the subset does not subset again: "_s + error;
    return {};
}

// The parts of a font the subsetter reads, as ranges of the file.
std::vector<Region> structures(const QByteArray &file, int face, const std::vector<quint32> &glyphs)
{
    QString error;
    const auto f = sfnt::openFace(file, face, &error);
    std::vector<Region> regions {{0, 16}};
    if (!f)
        return regions;
    const qint64 directory = file.startsWith("ttcf") ? sfnt::Reader(file).u32(12 + 4 * face) : 0;
    regions.push_back({directory, directory + 12 + 16 * qint64(f->tables.size())});
    for (const auto &t : f->tables) {
        const qint64 end = t.offset + t.length;
        if (t.tag == tag("CFF ")) {
            regions.push_back({t.offset, std::min(end, t.offset + 1500)});
            regions.push_back({std::max(t.offset, end - 700), end});
        } else if (t.tag == tag("head") || t.tag == tag("hhea") || t.tag == tag("maxp")) {
            regions.push_back({t.offset, end});
        } else if (t.tag == tag("loca") || t.tag == tag("hmtx") || t.tag == tag("name")) {
            regions.push_back({t.offset, std::min(end, t.offset + 300)});
        }
    }
    // The glyphs asked for, where glyf holds them.
    const sfnt::Reader head(f->table(tag("head"))), loca(f->table(tag("loca")));
    const qint64 glyf = tableRange(file, face, tag("glyf")).first;
    for (quint32 g : glyphs) {
        const bool wide = head.s16(50) == 1;
        const qint64 a = wide ? loca.u32(4 * g) : 2 * loca.u16(2 * g);
        const qint64 b = wide ? loca.u32(4 * g + 4) : 2 * loca.u16(2 * g + 2);
        if (glyf >= 0 && loca.ok() && a < b && b - a < 400)
            regions.push_back({glyf + a, glyf + b});
    }
    return regions;
}

} // namespace

class TestFontSubsetHostile : public QObject
{
    Q_OBJECT

private slots:
    void damaged_data();
    void damaged();
    void componentCycles();
};

void TestFontSubsetHostile::damaged_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("face");
    QTest::addColumn<QList<quint32>>("glyphList");
    QTest::addColumn<QList<int>>("values"); // the values each byte of the structures is set to
    const QString made = testCffFolder();
    QVERIFY(!made.isEmpty());
    const QList<quint32> latin {36, 37, 38, 1, 2, 200, 399, 150, 149, 37};
    const QList<int> all {0x00, 0x01, 0x7f, 0x80, 0xfe, 0xff, 28, 29};
    for (const QString &name :
         {u"name-keyed"_s, u"cid-ranges"_s, u"cid-scattered"_s, u"cid-plain"_s})
        QTest::newRow(name.toUtf8()) << made + u'/' + name + u".otf"_s << 0 << latin << all;
    const QRawFont dejaVu(kDejaVu + u"DejaVuSans.ttf"_s, 1000);
    const std::vector<quint32> accented = glyphsOf(dejaVu, u"ÀÁÂÃÄÅǺ½ﬁAbc"_s);
    QTest::newRow("DejaVuSans") << kDejaVu + u"DejaVuSans.ttf"_s << 0
                                << QList<quint32>(accented.begin(), accented.end()) << all;
    const std::vector<quint32> spread = spreadGlyphs(10000, 12);
    const QList<quint32> some(spread.begin(), spread.end());
    QTest::newRow("ukai face 1") << kUkai << 1 << some << QList<int> {0x00, 0x80, 0xff};
    // Its subroutines make each subset of it copy a megabyte: fewer values.
    QTest::newRow("NianbaoSerif-Regular")
        << kFontDir + u"/NianbaoSerif-Regular.otf"_s << 0 << some << QList<int> {0x00, 0xff, 29};
}

void TestFontSubsetHostile::damaged()
{
    QFETCH(QString, path);
    QFETCH(int, face);
    QFETCH(QList<quint32>, glyphList);
    QFETCH(QList<int>, values);
    const std::vector<quint32> glyphs(glyphList.begin(), glyphList.end());
    const QByteArray pristine = readFile(path);
    QString error;
    QVERIFY2(subsetFont(pristine, face, glyphs, &error), qPrintable(error));
    QByteArray data = pristine;
    int rejected = 0, accepted = 0;
    const auto attempt = [&](QByteArrayView file, const QString &what) {
        QString error;
        const auto result = subsetFont(file, face, glyphs, &error);
        if (!result) {
            ++rejected;
            return error.isEmpty() ? what + u": no message"_s : QString();
        }
        ++accepted;
        const QString broken = wholeness(*result, glyphs, pristine, face);
        return broken.isEmpty() ? broken : what + u": "_s + broken;
    };
    QElapsedTimer timer;
    timer.start();

    // Cut short: every length up to 600 bytes, around each table's start, middle and end, and
    // at lengths spread over the file.
    QString error2;
    std::set<qint64> lengths;
    for (qint64 n = 0; n <= std::min<qint64>(600, data.size()); ++n)
        lengths.insert(n);
    if (const auto f = sfnt::openFace(pristine, face, &error2))
        for (const auto &t : f->tables)
            for (qint64 n : {t.offset - 1, t.offset, t.offset + 1, t.offset + t.length / 2,
                             t.offset + t.length - 1})
                lengths.insert(std::clamp<qint64>(n, 0, data.size() - 1));
    for (qint64 i = 1; i < 100; ++i)
        lengths.insert(data.size() * i / 100);
    for (qint64 n : lengths) {
        const QString failure = attempt(QByteArrayView(pristine).first(n), u"cut at %1"_s.arg(n));
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }

    // Every byte of the structures set to each value in turn.
    const std::vector<Region> regions = structures(pristine, face, glyphs);
    for (const Region &r : regions)
        for (qint64 at = r.begin; at < r.end && at < data.size(); ++at) {
            for (int v : values) {
                if (char(v) == pristine[at])
                    continue;
                data[at] = char(v);
                const QString failure = attempt(data, u"byte %1 set to %2"_s.arg(at).arg(v));
                data[at] = pristine[at];
                QVERIFY2(failure.isEmpty(), qPrintable(failure));
            }
        }

    // Random bytes of the structures flipped, one to four at a time.
    QRandomGenerator random(20261128);
    for (int round = 0; round < 1500; ++round) {
        std::vector<qint64> changed;
        const int n = 1 + random.bounded(4);
        for (int i = 0; i < n; ++i) {
            const Region &r = regions[random.bounded(int(regions.size()))];
            const qint64 at = std::min(r.begin + qint64(random.bounded(double(r.end - r.begin))),
                                       data.size() - 1);
            data[at] = char(data[at] ^ (1 + random.bounded(255)));
            changed.push_back(at);
        }
        const QString failure = attempt(data, u"flip round %1"_s.arg(round));
        for (qint64 at : changed)
            data[at] = pristine[at];
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }
    qInfo("%d damaged inputs rejected, %d subset whole, in %lld ms", rejected, accepted,
          static_cast<long long>(timer.elapsed()));
    QVERIFY(rejected > 0);
}

void TestFontSubsetHostile::componentCycles()
{
    // DejaVu draws À, Á and Â as composites of A and an accent. Their first components are turned
    // to make cycles: À → Á → À, and Â → Â.
    const QString path = kDejaVu + u"DejaVuSans.ttf"_s;
    QByteArray data = readFile(path);
    const QList<quint32> ids = QRawFont(path, 1000).glyphIndexesForString(u"ÀÁÂ"_s);
    QCOMPARE(ids.size(), 3);
    const qint64 headAt = tableRange(data, 0, tag("head")).first;
    const qint64 locaAt = tableRange(data, 0, tag("loca")).first;
    const qint64 glyfAt = tableRange(data, 0, tag("glyf")).first;
    const sfnt::Reader r(data);
    const bool wide = r.s16(headAt + 50) == 1;
    const auto glyphAt = [&](quint32 g) {
        return glyfAt + (wide ? r.u32(locaAt + 4 * g) : 2 * r.u16(locaAt + 2 * g));
    };
    for (quint32 g : ids)
        QVERIFY2(r.s16(glyphAt(g)) < 0, "not a composite");
    const qint64 first[3] = {glyphAt(ids[0]) + 12, glyphAt(ids[1]) + 12, glyphAt(ids[2]) + 12};
    sfnt::setU16(data, first[0], ids[1]);
    sfnt::setU16(data, first[1], ids[0]);
    sfnt::setU16(data, first[2], ids[2]);
    QVERIFY(r.ok());

    QString error;
    const std::vector<quint32> glyphs(ids.begin(), ids.end());
    const auto result = subsetFont(data, 0, glyphs, &error);
    QVERIFY2(result, qPrintable(error));
    QVERIFY2(wholeness(*result, glyphs, data, 0).isEmpty(), "the subset is not whole");
    // The three glyphs are kept; the A they no longer use is left empty.
    const quint32 a = QRawFont(path, 1000).glyphIndexesForString(u"A"_s).value(0);
    const auto subset = sfnt::openFace(result->program, 0, &error);
    QVERIFY(subset);
    const sfnt::Reader loca(subset->table(tag("loca"))), head(subset->table(tag("head")));
    const auto length = [&](quint32 g) {
        return head.s16(50) == 1 ? qint64(loca.u32(4 * g + 4)) - loca.u32(4 * g)
                                 : 2 * (qint64(loca.u16(2 * g + 2)) - loca.u16(2 * g));
    };
    QCOMPARE(length(a), 0);
    for (quint32 g : ids)
        QVERIFY(length(g) > 0);
    QVERIFY(loca.ok());
}

QTEST_MAIN(TestFontSubsetHostile)
#include "tst_font_subset_hostile.moc"
