// The Ledger over a real database file: years entered by quarters and their roll-up, opening
// figures carried from period to period (and following later changes), and new years and quarters.
// Typing, overrides, the lifecycle and the audit log are in tst_storage_edits.

#include "ledgertest.h"

class TestStorageLedger : public QObject, protected LedgerFixture
{
    Q_OBJECT
private slots:
    void init() { openLedger(); }
    void cleanup() { closeLedger(); }

    void rollUpKinds_data();
    void rollUpKinds();
    void rollUpMissingQuarters();
    void rollUpComputed();
    void chain2021();
    void chain2019PrevItems();
    void laterChangePropagates();
    void directYearsPropagate();
    void finalSuccessorKeepsFigures();
    void createYearFormats();
    void createYearOpensFromPreviousYear();
    void createQuarterRules();
};


void TestStorageLedger::rollUpKinds_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QStringList>("quarters"); // typed in Q1…Q4; "" leaves the cell alone
    QTest::addColumn<QString>("year");
    QTest::addColumn<QString>("kind");

    QTest::newRow("sum, some quarters empty") << u"proactive.rules.issued"_s
                                              << QStringList{u"2"_s, {}, u"5"_s, {}} << u"7"_s << u"sum"_s;
    QTest::newRow("sum, every quarter") << u"applications.new.natural_person"_s
                                        << QStringList{u"10"_s, u"0"_s, u"3"_s, u"8"_s} << u"21"_s << u"sum"_s;
    QTest::newRow("sum, all empty") << u"proactive.normative.repealed"_s
                                    << QStringList{{}, {}, {}, {}} << QString() << u"sum"_s;
    QTest::newRow("sum of amounts") << u"proactive.fees.amount"_s
                                    << QStringList{u"1500000"_s, u"250000"_s, {}, u"1"_s} << u"1750001"_s
                                    << u"sum"_s;
    QTest::newRow("opening from Q1") << u"applications.carried_over.commercial"_s
                                     << QStringList{u"3"_s, {}, {}, {}} << u"3"_s << u"opening"_s;
    QTest::newRow("closing from Q4") << u"proactive.rules.in_force"_s
                                     << QStringList{u"10"_s, u"11"_s, u"12"_s, u"13"_s} << u"13"_s << u"closing"_s;
    QTest::newRow("closing, Q4 empty") << u"review.cases.recon_pending"_s
                                       << QStringList{u"1"_s, u"4"_s, {}, {}} << u"4"_s << u"closing"_s;
    QTest::newRow("closing, only Q1") << u"proactive.normative.in_force"_s
                                      << QStringList{u"6"_s, {}, {}, {}} << u"6"_s << u"closing"_s;
    QTest::newRow("closing, Q4 zero") << u"applications.carried_forward.research"_s
                                      << QStringList{u"2"_s, u"5"_s, u"1"_s, u"0"_s} << u"0"_s << u"closing"_s;
}

void TestStorageLedger::rollUpKinds()
{
    QFETCH(QString, cell);
    QFETCH(QStringList, quarters);
    QFETCH(QString, year);
    QFETCH(QString, kind);

    QList<int> ids;
    makeQuarters(2023, 4, &ids);
    if (QTest::currentTestFailed())
        return;
    const PeriodInfo y = info(ids[0]);
    QVERIFY(y.isRolledUp());
    QCOMPARE(y.formatId, u"2021"_s);
    const CellDef *c = FormatRegistry::instance().format(y.formatId)->cell(cell);
    QVERIFY(c);
    QCOMPARE(rollupName(c->rollup), kind);

    for (int q = 0; q < 4; ++q)
        if (!quarters[q].isEmpty())
            CHECK_OK(m_ledger->setFigure(ids[q + 1], cell, quarters[q].toLongLong()));
    QCOMPARE(stored(ids[0], cell), year);
    // The same roll-up in the report of the year, and from rollUpYear over the quarters' figures.
    const auto report = m_ledger->report(ids[0]);
    QVERIFY(report);
    QCOMPARE(shown(report->figures.value(cell)), year);
    QList<Figures> qs;
    for (int q = 1; q <= 4; ++q)
        qs << m_ledger->figures(info(ids[q]));
    QCOMPARE(shown(rollUpYear(FormatRegistry::instance().format(y.formatId), qs).value(cell)), year);
    // A rolled-up year takes no typed figures.
    const Status s = m_ledger->setFigure(ids[0], cell, 1);
    QCOMPARE(s.code, Status::Code::ReadOnly);
    QCOMPARE(stored(ids[0], cell), year);
}

void TestStorageLedger::rollUpMissingQuarters()
{
    QList<int> ids;
    makeQuarters(2023, 2, &ids);
    if (QTest::currentTestFailed())
        return;
    // Without quarters the year is empty.
    {
        int id = 0;
        CHECK_OK(m_ledger->createYear(m_org, 2024, YearEntry::Quarters, {}, &id));
        QCOMPARE(m_ledger->figures(info(id)).count(), 0);
    }
    CHECK_OK(m_ledger->setFigures(ids[1], {{u"proactive.rules.issued"_s, 4},
                                           {u"proactive.rules.in_force"_s, 20},
                                           {u"applications.carried_over.natural_person"_s, 7},
                                           {u"applications.carried_forward.natural_person"_s, 9}}));
    CHECK_OK(m_ledger->setFigures(ids[2], {{u"proactive.rules.issued"_s, 1},
                                           {u"proactive.rules.in_force"_s, 21}}));
    // Q3 and Q4 do not exist: the sums have two terms, closing cells come from Q2 or Q1.
    QCOMPARE(stored(ids[0], u"proactive.rules.issued"_s), u"5"_s);
    QCOMPARE(stored(ids[0], u"proactive.rules.in_force"_s), u"21"_s);
    QCOMPARE(stored(ids[0], u"applications.carried_over.natural_person"_s), u"7"_s);
    QCOMPARE(stored(ids[2], u"applications.carried_over.natural_person"_s), u"9"_s); // carried
    QCOMPARE(stored(ids[0], u"applications.carried_forward.natural_person"_s), u"9"_s);
}

void TestStorageLedger::rollUpComputed()
{
    QList<int> ids;
    makeQuarters(2023, 4, &ids);
    if (QTest::currentTestFailed())
        return;
    CHECK_OK(m_ledger->setFigures(ids[1], {{u"applications.new.natural_person"_s, 5},
                                           {u"applications.new.other_org"_s, 1}}));
    CHECK_OK(m_ledger->setFigure(ids[2], u"applications.new.natural_person"_s, 7));
    CHECK_OK(m_ledger->setFigure(ids[4], u"applications.new.commercial"_s, 2));
    // Computed cells are never stored; they follow from the cells of their formula.
    QCOMPARE(stored(ids[1], u"applications.new.total"_s), QString());
    QCOMPARE(derived(ids[1], u"applications.new.total"_s), u"6"_s);
    QCOMPARE(derived(ids[3], u"applications.new.total"_s), u"0"_s);
    QCOMPARE(stored(ids[0], u"applications.new.total"_s), QString());
    QCOMPARE(derived(ids[0], u"applications.new.total"_s), u"15"_s);
    QCOMPARE(derived(ids[0], u"applications.total.total"_s), u"0"_s);
    const auto report = m_ledger->report(ids[0]);
    QVERIFY(report);
    QCOMPARE(shown(report->figures.value(u"applications.new.total"_s)), u"15"_s);
    QCOMPARE(shown(report->figures.value(u"applications.new.natural_person"_s)), u"12"_s);
}

void TestStorageLedger::chain2021()
{
    // Two years of eight quarters, all created before anything is typed.
    QList<int> first;
    QList<int> second;
    makeQuarters(2022, 4, &first);
    makeQuarters(2023, 4, &second);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(info(second[0]).formatId, u"2021"_s);
    const QList<int> quarters = first.mid(1) + second.mid(1);

    // The first quarter opens with applications of 2021 (no year 2021 here: typed in).
    CHECK_OK(m_ledger->setFigures(quarters[0], {{u"applications.carried_over.natural_person"_s, 2},
                                                {u"applications.carried_over.commercial"_s, 1}}));
    const qint64 newPerson[] = {5, 3, 8, 0, 4, 6, 1, 2};
    const qint64 grantedPerson[] = {4, 5, 6, 2, 3, 4, 2, 1};
    const qint64 newCompany[] = {1, 0, 2, 1, 0, 3, 0, 1};
    const qint64 grantedCompany[] = {2, 0, 1, 1, 0, 2, 1, 0};
    for (int i = 0; i < 8; ++i) {
        const int id = quarters[i];
        const qint64 overPerson = stored(id, u"applications.carried_over.natural_person"_s).toLongLong();
        const qint64 overCompany = stored(id, u"applications.carried_over.commercial"_s).toLongLong();
        if (i > 0) {
            // Carried from the quarter before, which was typed a moment ago.
            QCOMPARE(stored(id, u"applications.carried_over.natural_person"_s),
                     stored(quarters[i - 1], u"applications.carried_forward.natural_person"_s));
            QCOMPARE(stored(id, u"applications.carried_over.commercial"_s),
                     stored(quarters[i - 1], u"applications.carried_forward.commercial"_s));
        }
        CHECK_OK(m_ledger->setFigures(id, {
            {u"applications.new.natural_person"_s, newPerson[i]},
            {u"applications.granted.natural_person"_s, grantedPerson[i]},
            {u"applications.carried_forward.natural_person"_s, overPerson + newPerson[i] - grantedPerson[i]},
            {u"applications.new.commercial"_s, newCompany[i]},
            {u"applications.granted.commercial"_s, grantedCompany[i]},
            {u"applications.carried_forward.commercial"_s, overCompany + newCompany[i] - grantedCompany[i]},
        }));
    }
    // Every quarter opens with what the one before carried forward; Q4 → next year's Q1 too.
    for (int i = 1; i < 8; ++i)
        for (const QString &col : kApplicationColumns)
            QCOMPARE(stored(quarters[i], u"applications.carried_over."_s + col),
                     shown(m_ledger->figures(info(quarters[i - 1]))
                               .value(u"applications.carried_forward."_s + col).value_or(0)));
    QCOMPARE(stored(second[1], u"applications.carried_over.natural_person"_s),
             stored(first[4], u"applications.carried_forward.natural_person"_s));
    QCOMPARE(stored(second[1], u"applications.carried_over.natural_person"_s), u"1"_s); // 2+16-17
    QCOMPARE(stored(second[1], u"applications.carried_over.commercial"_s), u"1"_s);

    // The rolled-up years.
    QCOMPARE(stored(first[0], u"applications.new.natural_person"_s), u"16"_s);
    QCOMPARE(stored(first[0], u"applications.granted.natural_person"_s), u"17"_s);
    QCOMPARE(stored(first[0], u"applications.carried_over.natural_person"_s), u"2"_s);
    QCOMPARE(stored(first[0], u"applications.carried_forward.natural_person"_s), u"1"_s);
    QCOMPARE(stored(second[0], u"applications.carried_over.natural_person"_s),
             stored(first[0], u"applications.carried_forward.natural_person"_s));
    QCOMPARE(stored(second[0], u"applications.carried_forward.natural_person"_s), u"4"_s); // 1+13-10
    QCOMPARE(stored(second[0], u"applications.carried_forward.commercial"_s), u"2"_s);
    for (int y : {first[0], second[0]}) {
        const Figures f = m_ledger->figures(info(y));
        const Problems alone = checkFigures(f);
        QVERIFY2(alone.isEmpty(), qPrintable(describe(alone)));
        const Problems linked = m_ledger->check(info(y));
        QVERIFY2(linked.isEmpty(), qPrintable(describe(linked)));
    }
    QCOMPARE(m_ledger->previousFigures(info(second[0]))->second, PeriodLink::PreviousYear);
    for (int i = 0; i < 8; ++i) {
        const Problems problems = m_ledger->check(info(quarters[i]));
        QVERIFY2(problems.isEmpty(), qPrintable(u"quarter %1: "_s.arg(i) + describe(problems)));
        const auto prev = m_ledger->previousFigures(info(quarters[i]));
        QCOMPARE(bool(prev), i > 0);
        if (prev)
            QCOMPARE(prev->second, i == 4 ? PeriodLink::PreviousYear : PeriodLink::PreviousQuarter);
    }

    // A carried cell that no longer matches is what the check reports.
    CHECK_OK(m_ledger->setFigure(quarters[5], u"applications.carried_over.natural_person"_s, 99, u"试算"_s));
    QCOMPARE(anchors(carryProblems(m_ledger->check(info(quarters[5])))),
             (QStringList{u"carry.applications@applications.carried_over.natural_person"_s,
                          u"carry.applications@applications.carried_over.total"_s}));
}

void TestStorageLedger::chain2019PrevItems()
{
    QList<int> first;
    QList<int> second;
    makeQuarters(2019, 4, &first);
    makeQuarters(2020, 4, &second);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(info(first[1]).formatId, u"2019"_s);
    QCOMPARE(info(second[4]).formatId, u"2019"_s);

    // Q1 of the first year has nothing before it: typed in freely.
    CHECK_OK(m_ledger->setFigures(first[1], {{u"proactive.licensing.prev_items"_s, 100},
                                             {u"proactive.penalty.prev_items"_s, 40}}));
    const qint64 licensing[] = {5, -3, 0, 10};
    const qint64 penalty[] = {-2, -2, -2, -2};
    for (int q = 0; q < 4; ++q) {
        if (q != 2)
            CHECK_OK(m_ledger->setFigure(first[q + 1], u"proactive.licensing.change"_s, licensing[q]));
        CHECK_OK(m_ledger->setFigure(first[q + 1], u"proactive.penalty.change"_s, penalty[q]));
    }
    // Within a year every quarter keeps the same previous-year count.
    for (int q = 1; q <= 4; ++q) {
        QCOMPARE(stored(first[q], u"proactive.licensing.prev_items"_s), u"100"_s);
        QCOMPARE(stored(first[q], u"proactive.penalty.prev_items"_s), u"40"_s);
    }
    QCOMPARE(stored(first[0], u"proactive.licensing.prev_items"_s), u"100"_s);
    QCOMPARE(stored(first[0], u"proactive.licensing.change"_s), u"12"_s);
    QCOMPARE(stored(first[0], u"proactive.penalty.change"_s), u"-8"_s);
    // Next year: last year's count plus last year's changes, in every quarter.
    for (int q = 1; q <= 4; ++q) {
        QCOMPARE(stored(second[q], u"proactive.licensing.prev_items"_s), u"112"_s);
        QCOMPARE(stored(second[q], u"proactive.penalty.prev_items"_s), u"32"_s);
        QCOMPARE(stored(second[q], u"proactive.fees.prev_items"_s), u"0"_s);
    }
    QCOMPARE(stored(second[0], u"proactive.licensing.prev_items"_s), u"112"_s);
    for (const QList<int> *year : {&first, &second})
        for (int id : *year) {
            const Problems problems = carryProblems(m_ledger->check(info(id)));
            QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
        }

    // Q2 cannot quietly differ from Q1.
    const Status s = m_ledger->setFigure(second[2], u"proactive.licensing.prev_items"_s, 111);
    QCOMPARE(s.code, Status::Code::Invalid);
    QCOMPARE(stored(second[2], u"proactive.licensing.prev_items"_s), u"112"_s);
}

void TestStorageLedger::laterChangePropagates()
{
    QList<int> ids;
    makeQuarters(2023, 3, &ids);
    if (QTest::currentTestFailed())
        return;
    const QString forward = u"applications.carried_forward.natural_person"_s;
    const QString over = u"applications.carried_over.natural_person"_s;
    CHECK_OK(m_ledger->setFigure(ids[1], forward, 5));
    CHECK_OK(m_ledger->setFigure(ids[2], forward, 6));
    QCOMPARE(stored(ids[2], over), u"5"_s);
    QCOMPARE(stored(ids[3], over), u"6"_s);
    const qsizetype carriesBefore = auditOf(ids[2], over, u"carry"_s).size();

    // Q1 corrected later: Q2 follows, Q3 (opening from Q2's unchanged closing) does not move.
    m_ledger->setActor(u"李科长"_s);
    CHECK_OK(m_ledger->setFigure(ids[1], forward, 8));
    QCOMPARE(stored(ids[2], over), u"8"_s);
    QCOMPARE(stored(ids[3], over), u"6"_s);
    QVERIFY(m_ledger->overrideReason(ids[2], over).isEmpty());
    const QList<AuditEntry> carries = auditOf(ids[2], over, u"carry"_s);
    QCOMPARE(carries.size(), carriesBefore + 1);
    QCOMPARE(carries.last().oldValue, u"5"_s);
    QCOMPARE(carries.last().newValue, u"8"_s);
    QCOMPARE(carries.last().actor, u"李科长"_s);
    QCOMPARE(carries.last().periodId, ids[2]);
    QCOMPARE(auditOf(ids[3], over, u"carry"_s).last().newValue, u"6"_s);

    // Clearing a closing figure carries as zero.
    CHECK_OK(m_ledger->setFigure(ids[2], forward, std::nullopt));
    QCOMPARE(stored(ids[3], over), u"0"_s);
    QCOMPARE(auditOf(ids[3], over, u"carry"_s).last().oldValue, u"6"_s);
}

void TestStorageLedger::directYearsPropagate()
{
    int y2022 = 0;
    int y2023 = 0;
    int y2024 = 0;
    CHECK_OK(m_ledger->createYear(m_org, 2022, YearEntry::Direct, {}, &y2022));
    CHECK_OK(m_ledger->setFigure(y2022, u"applications.carried_forward.commercial"_s, 3));
    CHECK_OK(m_ledger->createYear(m_org, 2023, YearEntry::Direct, {}, &y2023));
    CHECK_OK(m_ledger->createYear(m_org, 2024, YearEntry::Direct, {}, &y2024));
    QCOMPARE(stored(y2023, u"applications.carried_over.commercial"_s), u"3"_s);
    CHECK_OK(m_ledger->setFigure(y2023, u"applications.carried_forward.commercial"_s, 1));
    QCOMPARE(stored(y2024, u"applications.carried_over.commercial"_s), u"1"_s);

    CHECK_OK(m_ledger->setFigure(y2022, u"applications.carried_forward.commercial"_s, 4));
    QCOMPARE(stored(y2023, u"applications.carried_over.commercial"_s), u"4"_s);
    QCOMPARE(stored(y2024, u"applications.carried_over.commercial"_s), u"1"_s);
    QCOMPARE(auditOf(y2023, u"applications.carried_over.commercial"_s, u"carry"_s).last().newValue, u"4"_s);

    // Through a year entered by quarters: 2022 direct → 2023 Q1 … Q4 → 2024 direct.
    QList<int> ids;
    {
        int org = 0;
        CHECK_OK(m_ledger->addOrganization({u"某区财政局"_s, {}, {}, {}, {}, {}, {}}, &org));
        std::swap(org, m_org);
        int first = 0;
        CHECK_OK(m_ledger->createYear(m_org, 2022, YearEntry::Direct, {}, &first));
        makeQuarters(2023, 4, &ids);
        int last = 0;
        CHECK_OK(m_ledger->createYear(m_org, 2024, YearEntry::Direct, {}, &last));
        CHECK_OK(m_ledger->setFigure(first, u"applications.carried_forward.research"_s, 2));
        QCOMPARE(stored(ids[1], u"applications.carried_over.research"_s), u"2"_s);
        QCOMPARE(stored(ids[4], u"applications.carried_over.research"_s), u"0"_s);
        CHECK_OK(m_ledger->setFigure(ids[3], u"applications.carried_forward.research"_s, 7));
        QCOMPARE(stored(ids[4], u"applications.carried_over.research"_s), u"7"_s);
        // Q4 has no closing figure of its own: the year closes with Q3's, and so 2024 opens.
        QCOMPARE(stored(ids[0], u"applications.carried_forward.research"_s), u"7"_s);
        QCOMPARE(stored(last, u"applications.carried_over.research"_s), u"7"_s);
        CHECK_OK(m_ledger->setFigure(ids[4], u"applications.carried_forward.research"_s, 3));
        QCOMPARE(stored(last, u"applications.carried_over.research"_s), u"3"_s);
        std::swap(org, m_org);
    }
}

void TestStorageLedger::finalSuccessorKeepsFigures()
{
    QList<int> ids;
    makeQuarters(2023, 2, &ids);
    if (QTest::currentTestFailed())
        return;
    const QString forward = u"applications.carried_forward.natural_person"_s;
    const QString over = u"applications.carried_over.natural_person"_s;
    CHECK_OK(m_ledger->setFigure(ids[1], forward, 5));
    CHECK_OK(m_ledger->transition(ids[2], Transition::Submit));
    CHECK_OK(m_ledger->transition(ids[2], Transition::Finalize));
    const qsizetype before = m_ledger->audit(ids[2]).size();
    CHECK_OK(m_ledger->setFigure(ids[1], forward, 9));
    QCOMPARE(stored(ids[2], over), u"5"_s);
    QCOMPARE(m_ledger->audit(ids[2]).size(), before);
    // The gap shows in the check of the final quarter.
    QCOMPARE(anchors(carryProblems(m_ledger->check(info(ids[2])))),
             (QStringList{u"carry.applications@applications.carried_over.natural_person"_s,
                          u"carry.applications@applications.carried_over.total"_s}));
    // Reopened, it follows again with the next change.
    CHECK_OK(m_ledger->transition(ids[2], Transition::Reopen, u"上季度数据更正"_s));
    CHECK_OK(m_ledger->setFigure(ids[1], forward, 10));
    QCOMPARE(stored(ids[2], over), u"10"_s);
}

void TestStorageLedger::createYearFormats()
{
    const QList<std::pair<int, QString>> expected = {
        {2008, u"2019"_s}, {2019, u"2019"_s}, {2020, u"2019"_s}, {2021, u"2021"_s}, {2024, u"2021"_s}};
    for (const auto &[year, format] : expected) {
        int id = 0;
        CHECK_OK(m_ledger->createYear(m_org, year, YearEntry::Quarters, {}, &id));
        QCOMPARE(info(id).formatId, format);
        QCOMPARE(info(id).entry, YearEntry::Quarters);
        QCOMPARE(info(id).quarter, 0);
        QCOMPARE(info(id).status, PeriodStatus::Draft);
        QCOMPARE(FormatRegistry::instance().defaultFor(year)->id, format);
    }
    int id = 0;
    CHECK_OK(m_ledger->createYear(m_org, 2022, YearEntry::Direct, u"2019"_s, &id));
    QCOMPARE(info(id).formatId, u"2019"_s);
    QCOMPARE(info(id).entry, YearEntry::Direct);

    const qsizetype periods = m_ledger->periods(m_org).size();
    QCOMPARE(m_ledger->createYear(m_org, 2023, YearEntry::Direct, u"2030"_s, &id).code, Status::Code::Invalid);
    QCOMPARE(m_ledger->createYear(m_org, 2022, YearEntry::Direct, {}, &id).code, Status::Code::Conflict);
    QCOMPARE(m_ledger->createYear(m_org, 2021, YearEntry::Direct, {}, &id).code, Status::Code::Conflict);
    QCOMPARE(m_ledger->createYear(4711, 2023, YearEntry::Direct, {}, &id).code, Status::Code::NotFound);
    QCOMPARE(m_ledger->periods(m_org).size(), periods);
    QVERIFY(!m_ledger->period(m_org, 2023, 0));
}

void TestStorageLedger::createYearOpensFromPreviousYear()
{
    int y2019 = 0;
    CHECK_OK(m_ledger->createYear(m_org, 2019, YearEntry::Direct, {}, &y2019));
    QCOMPARE(m_ledger->figures(info(y2019)).count(), 0); // nothing before it
    CHECK_OK(m_ledger->setFigures(y2019, {{u"proactive.licensing.prev_items"_s, 100},
                                          {u"proactive.licensing.change"_s, -4},
                                          {u"applications.carried_forward.natural_person"_s, 6},
                                          {u"applications.carried_forward.commercial"_s, 1}}));
    int y2020 = 0;
    CHECK_OK(m_ledger->createYear(m_org, 2020, YearEntry::Direct, {}, &y2020));
    QCOMPARE(stored(y2020, u"proactive.licensing.prev_items"_s), u"96"_s);
    QCOMPARE(stored(y2020, u"proactive.penalty.prev_items"_s), u"0"_s);
    QCOMPARE(stored(y2020, u"applications.carried_over.natural_person"_s), u"6"_s);
    QCOMPARE(stored(y2020, u"applications.carried_over.commercial"_s), u"1"_s);
    QCOMPARE(stored(y2020, u"applications.new.natural_person"_s), QString()); // only opening cells
    const QList<AuditEntry> carried = auditOf(y2020, u"proactive.licensing.prev_items"_s, u"carry"_s);
    QCOMPARE(carried.size(), 1);
    QCOMPARE(carried.first().newValue, u"96"_s);
    QCOMPARE(carried.first().actor, u"测试员"_s);

    // Into the 2021 format, which has no previous-year item counts.
    CHECK_OK(m_ledger->setFigure(y2020, u"applications.carried_forward.natural_person"_s, 2));
    int y2021 = 0;
    CHECK_OK(m_ledger->createYear(m_org, 2021, YearEntry::Direct, {}, &y2021));
    QCOMPARE(info(y2021).formatId, u"2021"_s);
    QCOMPARE(stored(y2021, u"applications.carried_over.natural_person"_s), u"2"_s);
    QCOMPARE(stored(y2021, u"applications.carried_over.commercial"_s), u"0"_s);
    QCOMPARE(m_ledger->previousFigures(info(y2021))->second, PeriodLink::PreviousYear);
    QCOMPARE(m_ledger->previousFigures(info(y2021))->first.format()->id, u"2019"_s);

    // A year entered by quarters opens in its first quarter, not in the year row.
    int y2022 = 0;
    CHECK_OK(m_ledger->setFigure(y2021, u"applications.carried_forward.other_org"_s, 5));
    CHECK_OK(m_ledger->createYear(m_org, 2022, YearEntry::Quarters, {}, &y2022));
    QCOMPARE(m_ledger->audit(y2022).size(), 1); // created, nothing carried
    int q1 = 0;
    CHECK_OK(m_ledger->createQuarter(m_org, 2022, 1, &q1));
    QCOMPARE(stored(q1, u"applications.carried_over.other_org"_s), u"5"_s);
    QCOMPARE(stored(y2022, u"applications.carried_over.other_org"_s), u"5"_s);
}

void TestStorageLedger::createQuarterRules()
{
    int direct = 0;
    CHECK_OK(m_ledger->createYear(m_org, 2022, YearEntry::Direct, {}, &direct));
    CHECK_OK(m_ledger->setFigure(direct, u"applications.carried_forward.natural_person"_s, 4));
    int id = 0;
    QCOMPARE(m_ledger->createQuarter(m_org, 2022, 1, &id).code, Status::Code::Conflict);
    QCOMPARE(m_ledger->createQuarter(m_org, 2023, 1, &id).code, Status::Code::NotFound);

    int year = 0;
    CHECK_OK(m_ledger->createYear(m_org, 2023, YearEntry::Quarters, u"2019"_s, &year));
    for (int q : {0, 5, -1})
        QCOMPARE(m_ledger->createQuarter(m_org, 2023, q, &id).code, Status::Code::Invalid);
    QCOMPARE(m_ledger->createQuarter(m_org, 2023, 2, &id).code, Status::Code::Invalid);
    QCOMPARE(m_ledger->createQuarter(m_org, 2023, 3, &id).code, Status::Code::Invalid);
    QCOMPARE(m_ledger->periods(m_org).size(), 2);

    int q1 = 0;
    CHECK_OK(m_ledger->createQuarter(m_org, 2023, 1, &q1));
    QCOMPARE(info(q1).quarter, 1);
    QCOMPARE(info(q1).formatId, u"2019"_s); // the year's format
    QCOMPARE(stored(q1, u"applications.carried_over.natural_person"_s), u"4"_s);
    QCOMPARE(m_ledger->createQuarter(m_org, 2023, 3, &id).code, Status::Code::Invalid);
    QCOMPARE(m_ledger->createQuarter(m_org, 2023, 1, &id).code, Status::Code::Conflict);
    CHECK_OK(m_ledger->setFigure(q1, u"applications.carried_forward.natural_person"_s, 9));
    int q2 = 0;
    CHECK_OK(m_ledger->createQuarter(m_org, 2023, 2, &q2));
    QCOMPARE(stored(q2, u"applications.carried_over.natural_person"_s), u"9"_s);
    QCOMPARE(auditOf(q2, u"applications.carried_over.natural_person"_s, u"carry"_s).size(), 1);
    int q3 = 0;
    CHECK_OK(m_ledger->createQuarter(m_org, 2023, 3, &q3));
    QCOMPARE(m_ledger->periods(m_org).size(), 5);
    QCOMPARE(m_ledger->period(m_org, 2023, 3)->id, q3);
}

QTEST_GUILESS_MAIN(TestStorageLedger)
#include "tst_storage_ledger.moc"
