// The official labels of both formats, character for character as 国办公开办函〔2019〕60号 and
// 〔2021〕30号 print them: section headings, the 第二十条 bands, the header trees, every row and column.

#include "formattest.h"

class TestFormatLabels : public QObject
{
    Q_OBJECT
private slots:
    void officialLabels_data();
    void officialLabels();
    void labelsOfTheOtherFormat_data();
    void labelsOfTheOtherFormat();
    void sectionHeadings_data();
    void sectionHeadings();
    void proactiveBands_data();
    void proactiveBands();
    void headerTrees_data();
    void headerTrees();
    void qualifiedLabels_data();
    void qualifiedLabels();
};

void TestFormatLabels::officialLabels_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("label");

    for (const QString &id : {u"2019"_s, u"2021"_s}) {
        const bool is2021 = id == u"2021"_s;
        auto add = [&](const QString &category, const QString &label) {
            const QString name = id + u' ' + category + u' ' + label;
            QTest::newRow(qPrintable(name)) << id << category << label;
        };
        for (const QString &h : kHeadings)
            add(u"heading"_s, h);

        // 表一 主动公开政府信息情况: §1.4 and §2.4.
        QStringList bands = {u"第二十条第（一）项"_s, u"第二十条第（五）项"_s,
                             u"第二十条第（六）项"_s, u"第二十条第（八）项"_s};
        if (!is2021)
            bands << u"第二十条第（九）项"_s;
        for (const QString &b : bands)
            add(u"band"_s, b);
        add(u"corner"_s, u"信息内容"_s);
        const QStringList proactiveColumns = is2021
            ? QStringList{u"本年制发件数"_s, u"本年废止件数"_s, u"现行有效件数"_s,
                          u"本年处理决定数量"_s, u"本年收费金额（单位：万元）"_s}
            : QStringList{u"本年新制作数量"_s, u"本年新公开数量"_s, u"对外公开总数量"_s,
                          u"上一年项目数量"_s, u"本年增/减"_s, u"处理决定数量"_s,
                          u"采购项目数量"_s, u"采购总金额"_s};
        for (const QString &c : proactiveColumns)
            add(u"column"_s, c);
        const QStringList proactiveRows = is2021
            ? QStringList{u"规章"_s, u"行政规范性文件"_s, u"行政许可"_s, u"行政处罚"_s,
                          u"行政强制"_s, u"行政事业性收费"_s}
            : QStringList{u"规章"_s, u"规范性文件"_s, u"行政许可"_s, u"其他对外管理服务事项"_s,
                          u"行政处罚"_s, u"行政强制"_s, u"行政事业性收费"_s, u"政府集中采购"_s};
        for (const QString &r : proactiveRows)
            add(u"row"_s, r);

        // 表二 收到和处理政府信息公开申请情况: §1.5 and §2.5.
        add(u"corner"_s, kCorner);
        for (const QString &line : applicationRows(is2021))
            add(u"row"_s, line.trimmed());
        for (const QString &line : kApplicationColumns)
            add(u"column"_s, line.trimmed());

        // 表三 行政复议、行政诉讼: §1.6.
        for (const QString &c : {u"行政复议"_s, u"行政诉讼"_s, u"未经复议直接起诉"_s,
                                 u"复议后起诉"_s, u"结果维持"_s, u"结果纠正"_s, u"其他结果"_s,
                                 u"尚未审结"_s})
            add(u"column"_s, c);
    }
}

void TestFormatLabels::officialLabels()
{
    QFETCH(QString, format);
    QFETCH(QString, category);
    QFETCH(QString, label);

    const FormatPtr f = shipped(format);
    QVERIFY(f);
    const QSet<QString> labels = labelsOf(*f, category);
    QVERIFY2(labels.contains(label),
             qPrintable(u"“%1” is not a %2 label of format %3"_s.arg(label, category, format)));
}

void TestFormatLabels::labelsOfTheOtherFormat_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("label");

    // official-format.md §3: what 2021 dropped or renamed, and what it added.
    QTest::newRow("2021 has no （九）项") << u"2021"_s << u"band"_s << u"第二十条第（九）项"_s;
    QTest::newRow("2021 has no 其他对外管理服务事项") << u"2021"_s << u"row"_s
                                               << u"其他对外管理服务事项"_s;
    QTest::newRow("2021 has no 政府集中采购") << u"2021"_s << u"row"_s << u"政府集中采购"_s;
    QTest::newRow("2021 renamed 规范性文件") << u"2021"_s << u"row"_s << u"规范性文件"_s;
    QTest::newRow("2021 has no 本年新制作数量") << u"2021"_s << u"column"_s << u"本年新制作数量"_s;
    QTest::newRow("2021 has no 上一年项目数量") << u"2021"_s << u"column"_s << u"上一年项目数量"_s;
    QTest::newRow("2021 has no 本年增/减") << u"2021"_s << u"column"_s << u"本年增/减"_s;
    QTest::newRow("2021 has no 采购总金额") << u"2021"_s << u"column"_s << u"采购总金额"_s;
    QTest::newRow("2019 has no 本年制发件数") << u"2019"_s << u"column"_s << u"本年制发件数"_s;
    QTest::newRow("2019 has no 本年收费金额") << u"2019"_s << u"column"_s
                                         << u"本年收费金额（单位：万元）"_s;
    QTest::newRow("2019 has no 行政规范性文件") << u"2019"_s << u"row"_s << u"行政规范性文件"_s;
    QTest::newRow("2019 has no （六） sub-row 3.其他") << u"2019"_s << u"row"_s << u"3.其他"_s;
    QTest::newRow("2019 has no 逾期不补正 sub-row")
        << u"2019"_s << u"row"_s
        << u"1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"_s;
}

void TestFormatLabels::labelsOfTheOtherFormat()
{
    QFETCH(QString, format);
    QFETCH(QString, category);
    QFETCH(QString, label);

    const FormatPtr f = shipped(format);
    QVERIFY(f);
    QVERIFY2(!labelsOf(*f, category).contains(label),
             qPrintable(u"“%1” must not be a %2 label of format %3"_s.arg(label, category, format)));
}

void TestFormatLabels::sectionHeadings_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("2019") << u"2019"_s;
    QTest::newRow("2021") << u"2021"_s;
}

void TestFormatLabels::sectionHeadings()
{
    QFETCH(QString, format);
    const FormatPtr f = shipped(format);
    QVERIFY(f);
    QStringList headings;
    QStringList tables;
    for (const SectionDef &s : f->sections) {
        headings << s.heading;
        if (s.isTable)
            tables << s.table;
    }
    // §1.3 and §2.3: six parts in this order; parts 二 to 四 are the three tables.
    QCOMPARE(headings, kHeadings);
    QCOMPARE(tables, (QStringList{u"proactive"_s, u"applications"_s, u"review"_s}));
    QCOMPARE(f->sections[1].table, u"proactive"_s);
    QCOMPARE(f->sections[2].table, u"applications"_s);
    QCOMPARE(f->sections[3].table, u"review"_s);
    if (format == u"2021"_s)
        QCOMPARE(f->sections[5].hint, u"收取信息处理费情况在此处报告。"_s);
}

void TestFormatLabels::proactiveBands_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("band");
    QTest::addColumn<QStringList>("columns");
    QTest::addColumn<QStringList>("rows");

    // official-format.md §1.4.
    const QStringList items = {u"上一年项目数量"_s, u"本年增/减"_s, u"处理决定数量"_s};
    QTest::newRow("2019 （一）") << u"2019"_s << u"第二十条第（一）项"_s
                                << QStringList{u"本年新制作数量"_s, u"本年新公开数量"_s,
                                               u"对外公开总数量"_s}
                                << QStringList{u"规章"_s, u"规范性文件"_s};
    QTest::newRow("2019 （五）") << u"2019"_s << u"第二十条第（五）项"_s << items
                                << QStringList{u"行政许可"_s, u"其他对外管理服务事项"_s};
    QTest::newRow("2019 （六）") << u"2019"_s << u"第二十条第（六）项"_s << items
                                << QStringList{u"行政处罚"_s, u"行政强制"_s};
    QTest::newRow("2019 （八）") << u"2019"_s << u"第二十条第（八）项"_s
                                << QStringList{u"上一年项目数量"_s, u"本年增/减"_s}
                                << QStringList{u"行政事业性收费"_s};
    QTest::newRow("2019 （九）") << u"2019"_s << u"第二十条第（九）项"_s
                                << QStringList{u"采购项目数量"_s, u"采购总金额"_s}
                                << QStringList{u"政府集中采购"_s};
    // official-format.md §2.4.
    QTest::newRow("2021 （一）") << u"2021"_s << u"第二十条第（一）项"_s
                                << QStringList{u"本年制发件数"_s, u"本年废止件数"_s,
                                               u"现行有效件数"_s}
                                << QStringList{u"规章"_s, u"行政规范性文件"_s};
    QTest::newRow("2021 （五）") << u"2021"_s << u"第二十条第（五）项"_s
                                << QStringList{u"本年处理决定数量"_s} << QStringList{u"行政许可"_s};
    QTest::newRow("2021 （六）") << u"2021"_s << u"第二十条第（六）项"_s
                                << QStringList{u"本年处理决定数量"_s}
                                << QStringList{u"行政处罚"_s, u"行政强制"_s};
    QTest::newRow("2021 （八）") << u"2021"_s << u"第二十条第（八）项"_s
                                << QStringList{u"本年收费金额（单位：万元）"_s}
                                << QStringList{u"行政事业性收费"_s};
}

void TestFormatLabels::proactiveBands()
{
    QFETCH(QString, format);
    QFETCH(QString, band);
    QFETCH(QStringList, columns);
    QFETCH(QStringList, rows);

    const FormatPtr f = shipped(format);
    QVERIFY(f);
    const BlockDef *b = blockWithBand(*f, band);
    QVERIFY2(b, qPrintable(band));
    QCOMPARE(b->corner, u"信息内容"_s);
    QStringList actualColumns, actualRows;
    dumpTree(b->columns, 0, actualColumns);
    dumpTree(b->rows, 0, actualRows);
    QCOMPARE(actualColumns, columns);
    QCOMPARE(actualRows, rows);
}

void TestFormatLabels::headerTrees_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("axis");
    QTest::addColumn<QStringList>("tree");

    for (const QString &id : {u"2019"_s, u"2021"_s}) {
        const QByteArray prefix = id.toUtf8();
        QTest::newRow((prefix + " applications rows").constData()) << id << u"applications"_s << u"rows"_s
                                                     << applicationRows(id == u"2021"_s);
        QTest::newRow((prefix + " applications columns").constData()) << id << u"applications"_s
                                                        << u"columns"_s << kApplicationColumns;
        QTest::newRow((prefix + " review columns").constData()) << id << u"review"_s << u"columns"_s
                                                  << kReviewColumns;
    }
}

void TestFormatLabels::headerTrees()
{
    QFETCH(QString, format);
    QFETCH(QString, table);
    QFETCH(QString, axis);
    QFETCH(QStringList, tree);

    const FormatPtr f = shipped(format);
    QVERIFY(f);
    const TableDef *t = f->table(table);
    QVERIFY(t);
    QCOMPARE(t->blocks.size(), size_t(1));
    QStringList actual;
    dumpTree(axis == u"rows"_s ? t->blocks[0].rows : t->blocks[0].columns, 0, actual);
    QCOMPARE(actual, tree);
    if (table == u"applications"_s)
        QCOMPARE(t->blocks[0].corner, kCorner);
}

void TestFormatLabels::qualifiedLabels_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("rowLabel");
    QTest::addColumn<QString>("columnLabel");
    QTest::addColumn<QString>("label");

    QTest::newRow("applications new natural person")
        << u"2021"_s << u"applications.new.natural_person"_s << u"一、本年新收政府信息公开申请数量"_s
        << u"自然人"_s << u"一、本年新收政府信息公开申请数量，自然人"_s;
    QTest::newRow("applications three safeties commercial")
        << u"2019"_s << u"applications.withheld_three_safeties.commercial"_s
        << u"三、本年度办理结果／（三）不予公开／3.危及\u201C三安全一稳定\u201D"_s
        << u"法人或其他组织／商业企业"_s
        << u"三、本年度办理结果／（三）不予公开／3.危及\u201C三安全一稳定\u201D，法人或其他组织／商业企业"_s;
    QTest::newRow("2021 fees amount")
        << u"2021"_s << u"proactive.fees.amount"_s << u"第二十条第（八）项 行政事业性收费"_s
        << u"本年收费金额（单位：万元）"_s
        << u"第二十条第（八）项 行政事业性收费，本年收费金额（单位：万元）"_s;
    QTest::newRow("2019 other services change")
        << u"2019"_s << u"proactive.other_services.change"_s
        << u"第二十条第（五）项 其他对外管理服务事项"_s << u"本年增/减"_s
        << u"第二十条第（五）项 其他对外管理服务事项，本年增/减"_s;
    // The review table has one unlabelled row: a cell is named by its columns only.
    QTest::newRow("review direct total")
        << u"2021"_s << u"review.cases.direct_total"_s << QString()
        << u"行政诉讼／未经复议直接起诉／总计"_s << u"行政诉讼／未经复议直接起诉／总计"_s;
}

void TestFormatLabels::qualifiedLabels()
{
    QFETCH(QString, format);
    QFETCH(QString, key);
    QFETCH(QString, rowLabel);
    QFETCH(QString, columnLabel);
    QFETCH(QString, label);

    const FormatPtr f = shipped(format);
    QVERIFY(f);
    const CellDef *c = f->cell(key);
    QVERIFY2(c, qPrintable(key));
    QCOMPARE(c->rowLabel, rowLabel);
    QCOMPARE(c->columnLabel, columnLabel);
    QCOMPARE(c->label, label);
}

QTEST_GUILESS_MAIN(TestFormatLabels)
#include "tst_formatlabels.moc"
