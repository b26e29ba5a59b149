// Benchmarks of the font subsetter (app/report/fontsubset.h): the glyphs of the three sample
// reports' text (about 760 characters, the glyphs a report PDF embeds per face) subset from each
// report face. Extra fonts, e.g. a copy of the serif face without subroutines, can be given in
// NIANBAO_EXTRA_TEST_FONTS (paths separated by ':'). Run by hand; not a test.

#include "fontsubset.h"
#include "fontsubsettest.h"

#include <map>
#include <set>

using namespace Qt::StringLiterals;
using namespace nianbao;
using namespace fontsubsettest;

class BenchFontSubset : public QObject
{
    Q_OBJECT

private slots:
    void subset_data();
    void subset();

private:
    std::map<QString, QByteArray> m_files;
    std::set<QString> m_reported;
};

void BenchFontSubset::subset_data()
{
    QTest::addColumn<QString>("path");
    QStringList paths {kFontDir + u"/NianbaoSerif-Regular.otf"_s,
                       kFontDir + u"/NianbaoSerif-Bold.otf"_s,
                       kFontDir + u"/NianbaoSans-Bold.otf"_s, kUkai};
    paths += qEnvironmentVariable("NIANBAO_EXTRA_TEST_FONTS").split(u':', Qt::SkipEmptyParts);
    for (const QString &path : paths) {
        m_files[path] = readFile(path);
        QTest::newRow(path.toUtf8()) << path;
    }
}

void BenchFontSubset::subset()
{
    QFETCH(QString, path);
    const QByteArray &file = m_files[path];
    QVERIFY(!file.isEmpty());
    std::vector<quint32> glyphs;
    for (quint32 g : QRawFont(path, 12).glyphIndexesForString(reportCharacters()))
        if (g != 0)
            glyphs.push_back(g);
    QString error;
    std::optional<FontSubset> result;
    QBENCHMARK
    {
        result = subsetFont(file, 0, glyphs, &error);
    }
    QVERIFY2(result, qPrintable(error));
    if (m_reported.insert(path).second) // QBENCHMARK runs the function more than once
        qInfo("%zu glyphs, program of %lld bytes", glyphs.size(),
              static_cast<long long>(result->program.size()));
}

QTEST_MAIN(BenchFontSubset)
#include "bench_fontsubset.moc"
