// The two official formats as the program loads them (resources/formats/*.json): the registry,
// cell counts, kinds and roll-ups, the computed cells and the rules, and clear errors for broken
// format files. The labels themselves are in tst_formatlabels.

#include "formattest.h"

class TestFormatLoader : public QObject
{
    Q_OBJECT

private slots:
    void registry();
    void defaultFormatForYear_data();
    void defaultFormatForYear();
    void sourceFilesLoad_data();
    void sourceFilesLoad();
    void cellCounts_data();
    void cellCounts();
    void cellProperties_data();
    void cellProperties();
    void applicationRollups_data();
    void applicationRollups();
    void reviewRollups_data();
    void reviewRollups();
    void computeOrder_data();
    void computeOrder();
    void rules_data();
    void rules();
    void malformed_data();
    void malformed();
    void notJson();
    void unreadableFile();
};

void TestFormatLoader::registry()
{
    const FormatRegistry &r = FormatRegistry::instance();
    QVERIFY2(r.error().isEmpty(), qPrintable(r.error()));
    QCOMPARE(r.ids(), (QStringList{u"2019"_s, u"2021"_s}));
    QVERIFY(!r.format(u"2030"_s));

    const FormatPtr f2019 = r.format(u"2019"_s);
    const FormatPtr f2021 = r.format(u"2021"_s);
    QVERIFY(f2019 && f2021);
    QCOMPARE(f2019->id, u"2019"_s);
    QCOMPARE(f2021->id, u"2021"_s);
    // official-format.md §1.1 and §2.1.
    QCOMPARE(f2019->document, u"国办公开办函〔2019〕60号"_s);
    QCOMPARE(f2021->document, u"国办公开办函〔2021〕30号"_s);
    QCOMPARE(f2019->name, u"中华人民共和国政府信息公开工作年度报告格式（试行）"_s);
    QCOMPARE(f2021->name, u"中华人民共和国政府信息公开工作年度报告格式"_s);
    QCOMPARE(f2019->defaultFromYear, 2019);
    QCOMPARE(f2021->defaultFromYear, 2021);
}

void TestFormatLoader::defaultFormatForYear_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("format");

    QTest::newRow("2019") << 2019 << u"2019"_s;
    QTest::newRow("2020") << 2020 << u"2019"_s;
    QTest::newRow("2021") << 2021 << u"2021"_s;
    QTest::newRow("2024") << 2024 << u"2021"_s;
    QTest::newRow("before both, the oldest") << 2015 << u"2019"_s;
}

void TestFormatLoader::defaultFormatForYear()
{
    QFETCH(int, year);
    QFETCH(QString, format);
    const FormatPtr f = FormatRegistry::instance().defaultFor(year);
    QVERIFY(f);
    QCOMPARE(f->id, format);
}

void TestFormatLoader::sourceFilesLoad_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("2019") << u"2019"_s;
    QTest::newRow("2021") << u"2021"_s;
}

void TestFormatLoader::sourceFilesLoad()
{
    QFETCH(QString, id);
    const QString path = kSourceDir + u"/resources/formats/"_s + id + u".json"_s;
    const FormatLoadResult r = loadFormatFile(path);
    QVERIFY2(r.format, qPrintable(r.error));
    QVERIFY(r.error.isEmpty());
    // The compiled-in resource is the same file.
    const FormatPtr compiled = shipped(id);
    QVERIFY(compiled);
    QCOMPARE(r.format->cells.size(), compiled->cells.size());
    for (size_t i = 0; i < compiled->cells.size(); ++i)
        QCOMPARE(r.format->cells[i].key, compiled->cells[i].key);
    QCOMPARE(readFile(path), readFile(u":/formats/"_s + id + u".json"_s));

    // The file re-serialized by Qt loads as well (the baseline of malformed()).
    const QByteArray again = QJsonDocument::fromJson(readFile(path)).toJson();
    const FormatLoadResult r2 = loadFormat(again, u"again.json"_s);
    QVERIFY2(r2.format, qPrintable(r2.error));
    QCOMPARE(r2.format->cells.size(), compiled->cells.size());
}

void TestFormatLoader::cellCounts_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QStringList>("blocks"); // rows x columns of each block
    QTest::addColumn<int>("cells");

    QTest::newRow("2019 applications") << u"2019"_s << u"applications"_s
                                       << QStringList{u"23x7"_s} << 161;
    QTest::newRow("2021 applications") << u"2021"_s << u"applications"_s
                                       << QStringList{u"25x7"_s} << 175;
    QTest::newRow("2019 review") << u"2019"_s << u"review"_s << QStringList{u"1x15"_s} << 15;
    QTest::newRow("2021 review") << u"2021"_s << u"review"_s << QStringList{u"1x15"_s} << 15;
    // 第二十条第（一）（五）（六）（八）（九）项.
    QTest::newRow("2019 proactive") << u"2019"_s << u"proactive"_s
                                    << QStringList{u"2x3"_s, u"2x3"_s, u"2x3"_s, u"1x2"_s, u"1x2"_s}
                                    << 22;
    // 第二十条第（一）（五）（六）（八）项.
    QTest::newRow("2021 proactive") << u"2021"_s << u"proactive"_s
                                    << QStringList{u"2x3"_s, u"1x1"_s, u"2x1"_s, u"1x1"_s} << 10;
}

void TestFormatLoader::cellCounts()
{
    QFETCH(QString, format);
    QFETCH(QString, table);
    QFETCH(QStringList, blocks);
    QFETCH(int, cells);

    const FormatPtr f = shipped(format);
    QVERIFY(f);
    const TableDef *t = f->table(table);
    QVERIFY(t);
    QStringList actual;
    for (const BlockDef &b : t->blocks)
        actual << u"%1x%2"_s.arg(b.rowKeys.size()).arg(b.columnKeys.size());
    QCOMPARE(actual, blocks);

    int n = 0;
    QSet<QString> keys;
    for (const CellDef &c : f->cells) {
        if (c.table != table)
            continue;
        ++n;
        QCOMPARE(c.key, c.table + u'.' + c.row + u'.' + c.column);
        QCOMPARE(f->cell(c.key), &c);
        QCOMPARE(f->cells[size_t(c.index)].key, c.key);
        keys.insert(c.key);
    }
    QCOMPARE(n, cells);
    QCOMPARE(keys.size(), cells);
}

void TestFormatLoader::cellProperties_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("rollup");

    auto row = [](const char *name, const QString &format, const QString &key, const QString &kind,
                  const QString &unit, int decimals, const QString &rollup) {
        QTest::newRow(name) << format << key << kind << unit << decimals << rollup;
    };
    // Amounts: 2021 in 万元 with fen precision, 2019 in 元 with two decimals.
    row("2021 fees amount", u"2021"_s, u"proactive.fees.amount"_s, u"amount"_s, u"万元"_s, 6, u"sum"_s);
    row("2019 procurement amount", u"2019"_s, u"proactive.procurement.amount"_s, u"amount"_s,
        u"元"_s, 2, u"sum"_s);
    row("2019 procurement items", u"2019"_s, u"proactive.procurement.items"_s, u"count"_s, QString(),
        0, u"sum"_s);
    // 本年增/减 may be negative.
    for (const QString &r : {u"licensing"_s, u"other_services"_s, u"penalty"_s, u"coercion"_s,
                             u"fees"_s}) {
        const QString key = u"proactive."_s + r + u".change"_s;
        QTest::newRow(qPrintable(u"2019 "_s + key)) << u"2019"_s << key << u"signed_count"_s
                                                    << QString() << 0 << u"sum"_s;
        const QString prev = u"proactive."_s + r + u".prev_items"_s;
        QTest::newRow(qPrintable(u"2019 "_s + prev)) << u"2019"_s << prev << u"count"_s
                                                     << QString() << 0 << u"opening"_s;
    }
    row("2019 penalty decisions", u"2019"_s, u"proactive.penalty.decisions"_s, u"count"_s, QString(),
        0, u"sum"_s);
    row("2019 rules made", u"2019"_s, u"proactive.rules.made"_s, u"count"_s, QString(), 0, u"sum"_s);
    row("2019 normative published", u"2019"_s, u"proactive.normative.published"_s, u"count"_s,
        QString(), 0, u"sum"_s);
    row("2019 rules public_total", u"2019"_s, u"proactive.rules.public_total"_s, u"count"_s,
        QString(), 0, u"closing"_s);
    row("2021 rules in_force", u"2021"_s, u"proactive.rules.in_force"_s, u"count"_s, QString(), 0,
        u"closing"_s);
    row("2021 normative in_force", u"2021"_s, u"proactive.normative.in_force"_s, u"count"_s,
        QString(), 0, u"closing"_s);
    row("2021 rules issued", u"2021"_s, u"proactive.rules.issued"_s, u"count"_s, QString(), 0,
        u"sum"_s);
    row("2021 normative repealed", u"2021"_s, u"proactive.normative.repealed"_s, u"count"_s,
        QString(), 0, u"sum"_s);
    row("2021 licensing decisions", u"2021"_s, u"proactive.licensing.decisions"_s, u"count"_s,
        QString(), 0, u"sum"_s);
    row("2021 penalty decisions", u"2021"_s, u"proactive.penalty.decisions"_s, u"count"_s,
        QString(), 0, u"sum"_s);
    row("2021 coercion decisions", u"2021"_s, u"proactive.coercion.decisions"_s, u"count"_s,
        QString(), 0, u"sum"_s);
}

void TestFormatLoader::cellProperties()
{
    QFETCH(QString, format);
    QFETCH(QString, key);
    QFETCH(QString, kind);
    QFETCH(QString, unit);
    QFETCH(int, decimals);
    QFETCH(QString, rollup);

    const FormatPtr f = shipped(format);
    QVERIFY(f);
    const CellDef *c = f->cell(key);
    QVERIFY2(c, qPrintable(key));
    QCOMPARE(kindName(c->kind), kind);
    QCOMPARE(c->unit, unit);
    QCOMPARE(c->decimals, decimals);
    QCOMPARE(rollupName(c->rollup), rollup);
}

void TestFormatLoader::applicationRollups_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("2019") << u"2019"_s;
    QTest::newRow("2021") << u"2021"_s;
}

void TestFormatLoader::applicationRollups()
{
    QFETCH(QString, format);
    const FormatPtr f = shipped(format);
    QVERIFY(f);
    int checked = 0;
    for (const CellDef &c : f->cells) {
        if (c.table != u"applications"_s)
            continue;
        // The total row and the total column are computed; of the others, 一 sums over the
        // quarters, 二 is the opening and 四 the closing figure, and every result row sums.
        Rollup expected = Rollup::Sum;
        if (c.row == u"total"_s || c.column == u"total"_s)
            expected = Rollup::Computed;
        else if (c.row == u"carried_over"_s)
            expected = Rollup::Opening;
        else if (c.row == u"carried_forward"_s)
            expected = Rollup::Closing;
        QVERIFY2(c.rollup == expected,
                 qPrintable(c.key + u": "_s + rollupName(c.rollup) + u" instead of "_s
                            + rollupName(expected)));
        QCOMPARE(kindName(c.kind), u"count"_s);
        QCOMPARE(c.decimals, 0);
        QVERIFY(c.unit.isEmpty());
        ++checked;
    }
    QCOMPARE(checked, format == u"2021"_s ? 175 : 161);
}

void TestFormatLoader::reviewRollups_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("2019") << u"2019"_s;
    QTest::newRow("2021") << u"2021"_s;
}

void TestFormatLoader::reviewRollups()
{
    QFETCH(QString, format);
    const FormatPtr f = shipped(format);
    QVERIFY(f);
    QStringList computed, closing, sums;
    for (const CellDef &c : f->cells) {
        if (c.table != u"review"_s)
            continue;
        QCOMPARE(c.row, u"cases"_s);
        QCOMPARE(kindName(c.kind), u"count"_s);
        (c.rollup == Rollup::Computed ? computed
         : c.rollup == Rollup::Closing ? closing
                                       : sums) << c.column;
        QVERIFY(c.rollup != Rollup::Opening);
    }
    QCOMPARE(computed, (QStringList{u"recon_total"_s, u"direct_total"_s, u"after_total"_s}));
    QCOMPARE(closing, (QStringList{u"recon_pending"_s, u"direct_pending"_s, u"after_pending"_s}));
    QCOMPARE(sums.size(), 9);
}

void TestFormatLoader::computeOrder_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("2019") << u"2019"_s;
    QTest::newRow("2021") << u"2021"_s;
}

void TestFormatLoader::computeOrder()
{
    QFETCH(QString, format);
    const FormatPtr f = shipped(format);
    QVERIFY(f);
    // Every computed cell has exactly one formula, and every computed cell a formula uses comes
    // earlier in the order.
    QSet<int> done;
    for (const auto &[cell, formula] : f->computeOrder) {
        QVERIFY(!done.contains(cell));
        QCOMPARE(formula->lhs.size(), size_t(1));
        QCOMPARE(formula->lhs.front().cell, cell);
        for (const Term &t : formula->rhs) {
            QVERIFY(!t.previous);
            if (f->cells[size_t(t.cell)].rollup == Rollup::Computed)
                QVERIFY2(done.contains(t.cell), qPrintable(t.key));
        }
        done.insert(cell);
    }
    int computedCells = 0;
    for (const CellDef &c : f->cells)
        if (c.rollup == Rollup::Computed) {
            ++computedCells;
            QVERIFY2(done.contains(c.index), qPrintable(c.key));
        }
    // The total column (23 or 25 rows), the total row (6 more columns) and three review totals.
    const int rows = format == u"2021"_s ? 25 : 23;
    QCOMPARE(computedCells, rows + 6 + 3);
    QCOMPARE(int(done.size()), computedCells);
}

void TestFormatLoader::rules_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<int>("checks");
    QTest::addColumn<QString>("flags"); // computes, opens, cross, previous_year, previous_quarter

    const QStringList common = {u"value.nonnegative"_s, u"applications.balance"_s,
                                u"applications.results_total"_s, u"applications.row_total"_s,
                                u"review.reconsideration_total"_s,
                                u"review.direct_litigation_total"_s,
                                u"review.litigation_after_review_total"_s,
                                u"carry.applications"_s};
    for (const QString &id : {u"2019"_s, u"2021"_s}) {
        const int rows = id == u"2021"_s ? 25 : 23;
        auto add = [&](const QString &rule, const QString &severity, int checks, const QString &flags) {
            QTest::newRow(qPrintable(id + u' ' + rule)) << id << rule << severity << checks << flags;
        };
        add(u"value.nonnegative"_s, u"error"_s, 0, QString());
        add(u"applications.balance"_s, u"error"_s, 7, QString());
        add(u"applications.results_total"_s, u"error"_s, 7, u"computes"_s);
        add(u"applications.row_total"_s, u"error"_s, rows, u"computes"_s);
        add(u"review.reconsideration_total"_s, u"error"_s, 1, u"computes"_s);
        add(u"review.direct_litigation_total"_s, u"error"_s, 1, u"computes"_s);
        add(u"review.litigation_after_review_total"_s, u"error"_s, 1, u"computes"_s);
        add(u"carry.applications"_s, u"error"_s, 7, u"opens cross"_s);
    }
    QTest::newRow("2021 carry.in_force") << u"2021"_s << u"carry.in_force"_s << u"warning"_s << 2
                                         << u"cross"_s;
    QTest::newRow("2019 carry.prev_items") << u"2019"_s << u"carry.prev_items"_s << u"warning"_s
                                           << 5 << u"opens cross previous_year"_s;
    QTest::newRow("2019 carry.prev_items_quarter")
        << u"2019"_s << u"carry.prev_items_quarter"_s << u"warning"_s << 5
        << u"opens cross previous_quarter"_s;
    // The complete list is checked by the "all" rows.
    QTest::newRow("2019 all") << u"2019"_s
                              << (QStringList(common) << u"carry.prev_items"_s
                                                      << u"carry.prev_items_quarter"_s)
                                     .join(u' ')
                              << QString() << -1 << QString();
    QTest::newRow("2021 all") << u"2021"_s
                              << (QStringList(common) << u"carry.in_force"_s).join(u' ')
                              << QString() << -1 << QString();
}

void TestFormatLoader::rules()
{
    QFETCH(QString, format);
    QFETCH(QString, id);
    QFETCH(QString, severity);
    QFETCH(int, checks);
    QFETCH(QString, flags);

    const FormatPtr f = shipped(format);
    QVERIFY(f);
    if (checks < 0) {
        QStringList ids;
        for (const RuleDef &r : f->rules)
            ids << r.id;
        QCOMPARE(ids, id.split(u' '));
        return;
    }
    const RuleDef *rule = nullptr;
    for (const RuleDef &r : f->rules)
        if (r.id == id)
            rule = &r;
    QVERIFY2(rule, qPrintable(id));
    QCOMPARE(severityName(rule->severity), severity);
    QCOMPARE(int(rule->checks.size()), checks);
    const QStringList flagList = flags.split(u' ', Qt::SkipEmptyParts);
    QCOMPARE(rule->computes, flagList.contains(u"computes"_s));
    QCOMPARE(rule->opens, flagList.contains(u"opens"_s));
    QCOMPARE(rule->crossPeriod, flagList.contains(u"cross"_s));
    const RuleDef::When when = flagList.contains(u"previous_year"_s) ? RuleDef::When::PreviousYear
        : flagList.contains(u"previous_quarter"_s)                   ? RuleDef::When::PreviousQuarter
                                                                     : RuleDef::When::Always;
    QVERIFY(rule->when == when);
    QCOMPARE(rule->kind == RuleDef::Kind::NonNegative, id == u"value.nonnegative"_s);
    QVERIFY(!rule->messageZh.isEmpty());
    QVERIFY(!rule->messageEn.isEmpty());
}

void TestFormatLoader::malformed_data()
{
    // Each row edits the 2021 format file at one or more slash-separated paths (an empty value
    // removes the member) and expects the error to name the JSON path of the problem.
    QTest::addColumn<QStringList>("paths");
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<QString>("jsonPath");
    QTest::addColumn<QString>("what");

    auto row = [](const char *name, const QStringList &paths, const QStringList &values,
                  const QString &jsonPath, const QString &what) {
        QTest::newRow(name) << paths << values << jsonPath << what;
    };
    row("missing label", {u"tables/0/blocks/0/columns/0/label"_s}, {QString()},
        u"$.tables[0].blocks[0].columns[0]"_s, u"label"_s);
    row("missing label of a nested row",
        {u"tables/1/blocks/0/rows/2/children/2/children/2/label"_s}, {QString()},
        u"$.tables[1].blocks[0].rows[2].children[2].children[2]"_s, u"label"_s);
    row("label of the wrong type", {u"tables/0/label"_s}, {u"3"_s}, u"$.tables[0].label"_s,
        u"string"_s);
    row("unknown top-level key", {u"comment"_s}, {u"\"x\""_s}, u"$.comment"_s, u"comment"_s);
    row("unknown key in a section", {u"sections/1/colour"_s}, {u"\"red\""_s},
        u"$.sections[1].colour"_s, u"colour"_s);
    row("unknown key in a rule", {u"rules/2/note"_s}, {u"\"x\""_s}, u"$.rules[2].note"_s,
        u"note"_s);
    row("missing rules", {u"rules"_s}, {QString()}, u"$"_s, u"rules"_s);
    row("leaf row without key", {u"tables/1/blocks/0/rows/0/key"_s}, {QString()},
        u"$.tables[1].blocks[0].rows[0].key"_s, u"key"_s);
    row("duplicate row key", {u"tables/1/blocks/0/rows/1/key"_s}, {u"\"new\""_s},
        u"$.tables[1].blocks[0]"_s, u"applications.new.natural_person"_s);
    row("duplicate column key", {u"tables/2/blocks/0/columns/0/children/1/key"_s},
        {u"\"recon_upheld\""_s}, u"$.tables[2].blocks[0]"_s, u"review.cases.recon_upheld"_s);
    row("duplicate table key", {u"tables/2/key"_s}, {u"\"applications\""_s}, u"$.tables[2].key"_s,
        u"unique"_s);
    row("section naming an unknown table", {u"sections/1/table"_s}, {u"\"bogus\""_s},
        u"$.sections[1].table"_s, u"bogus"_s);
    row("bad rollup", {u"tables/0/blocks/0/columns/2/rollup"_s}, {u"\"average\""_s},
        u"$.tables[0].blocks[0].columns[2].rollup"_s, u"closing"_s);
    row("bad kind", {u"tables/0/blocks/3/columns/0/kind"_s}, {u"\"money\""_s},
        u"$.tables[0].blocks[3].columns[0].kind"_s, u"amount"_s);
    row("too many decimals", {u"tables/0/blocks/3/columns/0/decimals"_s}, {u"7"_s},
        u"$.tables[0].blocks[3].columns[0].decimals"_s, u"out of range"_s);
    row("check naming an unknown cell", {u"rules/4/check"_s},
        {u"\"review.cases.recon_total = review.cases.recon_upheld + review.cases.recon_bogus\""_s},
        u"$.rules[4].check"_s, u"review.cases.recon_bogus"_s);
    row("foreach check naming an unknown row", {u"rules/1/check"_s},
        {u"\"applications.new.{col} = applications.bogus.{col}\""_s}, u"$.rules[1].check"_s,
        u"applications.bogus.natural_person"_s);
    row("relation without equals sign", {u"rules/4/check"_s}, {u"\"review.cases.recon_total\""_s},
        u"$.rules[4].check"_s, u"="_s);
    row("foreach over an unknown axis", {u"rules/1/foreach/col"_s}, {u"\"applications.cells\""_s},
        u"$.rules[1].foreach.col"_s, u"applications.cells"_s);
    row("foreach only naming an unknown row", {u"rules/8/foreach/row/only"_s},
        {u"[\"rules\", \"bogus\"]"_s}, u"$.rules[8].foreach.row"_s, u"bogus"_s);
    row("computed cell without a computing rule", {u"rules/4"_s}, {QString()}, u"$.rules"_s,
        u"review.cases.recon_total"_s);
    row("computing rule for a cell that is not computed", {u"rules/4/check"_s},
        {u"\"review.cases.recon_upheld = review.cases.recon_corrected\""_s}, u"$.rules"_s,
        u"review.cases.recon_upheld"_s);
    row("cycle of computed cells",
        {u"tables/2/blocks/0/columns/0/children/3/rollup"_s, u"rules/-"_s},
        {u"\"computed\""_s,
         uR"({"id": "review.pending", "severity": "error", "computes": true,
              "check": "review.cases.recon_pending = review.cases.recon_total - review.cases.recon_upheld",
              "message": {"zh": "尚未审结", "en": "pending"}})"_s},
        u"$.rules"_s, u"cycle"_s);
    row("opening rule without the previous period", {u"rules/7/check"_s},
        {u"\"applications.carried_over.{col} = applications.carried_forward.{col}\""_s},
        u"$.rules[7].check"_s, u"previous period"_s);
    row("bad severity", {u"rules/1/severity"_s}, {u"\"fatal\""_s}, u"$.rules[1].severity"_s,
        u"warning"_s);
    row("bad when", {u"rules/8/when"_s}, {u"\"sometimes\""_s}, u"$.rules[8].when"_s,
        u"previous_year"_s);
    row("duplicate rule id", {u"rules/5/id"_s}, {u"\"review.reconsideration_total\""_s},
        u"$.rules[5].id"_s, u"unique"_s);
    row("rule without message", {u"rules/3/message"_s}, {QString()}, u"$.rules[3]"_s,
        u"message"_s);
}

void TestFormatLoader::malformed()
{
    QFETCH(QStringList, paths);
    QFETCH(QStringList, values);
    QFETCH(QString, jsonPath);
    QFETCH(QString, what);
    QCOMPARE(paths.size(), values.size());

    const QByteArray original = readFile(kSourceDir + u"/resources/formats/2021.json"_s);
    QJsonParseError parseError;
    QJsonValue root = QJsonDocument::fromJson(original, &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    for (qsizetype i = 0; i < paths.size(); ++i) {
        const QJsonValue value = jsonValue(values.at(i));
        QVERIFY2(!values.at(i).isEmpty() == !value.isUndefined(), qPrintable(values.at(i)));
        root = withEdit(root, paths.at(i).split(u'/'), value);
    }
    const QByteArray edited = QJsonDocument(root.toObject()).toJson();

    const QString source = u"edited-2021.json"_s;
    const FormatLoadResult r = loadFormat(edited, source);
    QVERIFY2(!r.format, "the edited format file was accepted");
    // "<source>: <JSON path>: <what was expected>"
    const QString head = source + u": "_s + jsonPath + u": "_s;
    QVERIFY2(r.error.startsWith(head), qPrintable(u"expected “%1…”, got “%2”"_s.arg(head, r.error)));
    QVERIFY2(r.error.mid(head.size()).contains(what), qPrintable(r.error));
}

void TestFormatLoader::notJson()
{
    const FormatLoadResult r = loadFormat("this is not JSON", u"broken.json"_s);
    QVERIFY(!r.format);
    QVERIFY2(r.error.startsWith(u"broken.json: not valid JSON"_s), qPrintable(r.error));

    const FormatLoadResult array = loadFormat("[1, 2]", u"array.json"_s);
    QVERIFY(!array.format);
    QCOMPARE(array.error, u"array.json: $: expected an object"_s);

    const QByteArray original = readFile(kSourceDir + u"/resources/formats/2021.json"_s);
    const FormatLoadResult cut = loadFormat(original.left(original.size() / 2), u"cut.json"_s);
    QVERIFY(!cut.format);
    QVERIFY2(cut.error.startsWith(u"cut.json: not valid JSON at byte "_s), qPrintable(cut.error));
}

void TestFormatLoader::unreadableFile()
{
    const QString path = kSourceDir + u"/resources/formats/no-such-format.json"_s;
    const FormatLoadResult r = loadFormatFile(path);
    QVERIFY(!r.format);
    QVERIFY2(r.error.startsWith(path + u": "_s), qPrintable(r.error));
}

QTEST_GUILESS_MAIN(TestFormatLoader)
#include "tst_formatloader.moc"
