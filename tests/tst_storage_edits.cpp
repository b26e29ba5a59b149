// The Ledger over a real database file: what may be typed (overrides need a reason, totals are
// computed, signs), all-or-nothing pastes, the lifecycle and the audit log.

#include "ledgertest.h"

class TestStorageEdits : public QObject, protected LedgerFixture
{
    Q_OBJECT
private slots:
    void init() { openLedger(); }
    void cleanup() { closeLedger(); }

    void overrideNeedsReason();
    void computedRefused();
    void signs_data();
    void signs();
    void setFiguresAllOrNothing_data();
    void setFiguresAllOrNothing();
    void failedPasteKeepsCellsApart();
    void lifecycle();
    void invalidTransitions_data();
    void invalidTransitions();
    void auditLog();
};

void TestStorageEdits::overrideNeedsReason()
{
    QList<int> ids;
    makeQuarters(2023, 3, &ids);
    if (QTest::currentTestFailed())
        return;
    const QString forward = u"applications.carried_forward.natural_person"_s;
    const QString over = u"applications.carried_over.natural_person"_s;
    CHECK_OK(m_ledger->setFigure(ids[1], forward, 5));
    CHECK_OK(m_ledger->setFigure(ids[2], forward, 4));
    QCOMPARE(stored(ids[2], over), u"5"_s);
    const qsizetype auditBefore = m_ledger->audit(ids[2]).size();

    for (const QString &reason : {QString(), u"   "_s}) {
        const Status s = m_ledger->setFigure(ids[2], over, 7, reason);
        QCOMPARE(s.code, Status::Code::Invalid);
        QVERIFY2(s.message.contains(u"5"_s), qPrintable(s.message)); // names the carried value
    }
    // Clearing a carried cell is an override too.
    QCOMPARE(m_ledger->setFigure(ids[2], over, std::nullopt).code, Status::Code::Invalid);
    QCOMPARE(stored(ids[2], over), u"5"_s);
    QCOMPARE(m_ledger->audit(ids[2]).size(), auditBefore);
    // Typing the carried value itself needs no reason.
    CHECK_OK(m_ledger->setFigure(ids[2], over, 5));

    const QString reason = u"一季度统计口径有误，以核对后数字为准"_s;
    CHECK_OK(m_ledger->setFigure(ids[2], over, 7, reason));
    QCOMPARE(stored(ids[2], over), u"7"_s);
    QCOMPARE(m_ledger->overrideReason(ids[2], over), reason);
    const AuditEntry logged = m_ledger->audit(ids[2], over).last();
    QCOMPARE(logged.action, u"override"_s);
    QCOMPARE(logged.oldValue, u"5"_s);
    QCOMPARE(logged.newValue, u"7"_s);
    QCOMPARE(logged.reason, reason);

    // Later carrying leaves the override alone; the quarter after still follows its own closing.
    CHECK_OK(m_ledger->setFigure(ids[1], forward, 9));
    QCOMPARE(stored(ids[2], over), u"7"_s);
    QCOMPARE(m_ledger->overrideReason(ids[2], over), reason);
    QCOMPARE(m_ledger->audit(ids[2], over).last().id, logged.id);
    CHECK_OK(m_ledger->setFigure(ids[2], forward, 11));
    QCOMPARE(stored(ids[3], over), u"11"_s);
    // Other cells of the quarter are typed as usual, without a reason.
    CHECK_OK(m_ledger->setFigure(ids[2], u"applications.new.natural_person"_s, 3));
    QCOMPARE(stored(ids[2], over), u"7"_s);

    // Back to the carried value: the override ends and carrying resumes.
    CHECK_OK(m_ledger->setFigure(ids[2], over, 9));
    QVERIFY(m_ledger->overrideReason(ids[2], over).isEmpty());
    CHECK_OK(m_ledger->setFigure(ids[1], forward, 12));
    QCOMPARE(stored(ids[2], over), u"12"_s);
}

void TestStorageEdits::computedRefused()
{
    int year = 0;
    CHECK_OK(m_ledger->createYear(m_org, 2023, YearEntry::Direct, {}, &year));
    const qsizetype auditBefore = m_ledger->audit(year).size();
    for (const QString &cell : {u"applications.new.total"_s, u"applications.total.natural_person"_s,
                                u"applications.total.total"_s, u"applications.carried_forward.total"_s,
                                u"review.cases.recon_total"_s}) {
        const Status s = m_ledger->setFigure(year, cell, 5);
        QCOMPARE(s.code, Status::Code::Invalid);
        QCOMPARE(stored(year, cell), QString());
    }
    QCOMPARE(m_ledger->setFigure(year, u"applications.new.robots"_s, 1).code, Status::Code::Invalid);
    QCOMPARE(m_ledger->setFigure(4711, u"applications.new.natural_person"_s, 1).code, Status::Code::NotFound);
    QCOMPARE(m_ledger->figures(info(year)).count(), 0);
    QCOMPARE(m_ledger->audit(year).size(), auditBefore);
}

void TestStorageEdits::signs_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("cell");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("count, negative") << 2023 << u"applications.new.natural_person"_s << qint64(-1) << false;
    QTest::newRow("count, zero") << 2023 << u"review.cases.recon_upheld"_s << qint64(0) << true;
    QTest::newRow("count, largest") << 2023 << u"applications.new.natural_person"_s << kMaxWholeUnits << true;
    QTest::newRow("count, too large") << 2023 << u"applications.new.natural_person"_s << kMaxWholeUnits + 1
                                      << false;
    QTest::newRow("amount, negative") << 2023 << u"proactive.fees.amount"_s << qint64(-1) << false;
    QTest::newRow("amount, largest") << 2023 << u"proactive.fees.amount"_s << kMaxWholeUnits * 1000000 << true;
    QTest::newRow("amount, too large") << 2023 << u"proactive.fees.amount"_s << kMaxWholeUnits * 1000000 + 1
                                       << false;
    QTest::newRow("2019 penalty change, negative") << 2020 << u"proactive.penalty.change"_s << qint64(-3) << true;
    QTest::newRow("2019 licensing change, negative")
        << 2020 << u"proactive.licensing.change"_s << qint64(-120) << true;
    QTest::newRow("2019 change, too small") << 2020 << u"proactive.fees.change"_s << -kMaxWholeUnits - 1 << false;
    QTest::newRow("2019 prev_items, negative") << 2020 << u"proactive.penalty.prev_items"_s << qint64(-1) << false;
    QTest::newRow("2019 decisions, negative") << 2020 << u"proactive.penalty.decisions"_s << qint64(-1) << false;
    QTest::newRow("2019 amount, negative") << 2020 << u"proactive.procurement.amount"_s << qint64(-1) << false;
}

void TestStorageEdits::signs()
{
    QFETCH(int, year);
    QFETCH(QString, cell);
    QFETCH(qint64, value);
    QFETCH(bool, accepted);

    int id = 0;
    CHECK_OK(m_ledger->createYear(m_org, year, YearEntry::Direct, {}, &id));
    QCOMPARE(info(id).formatId, year < 2021 ? u"2019"_s : u"2021"_s);
    const Status s = m_ledger->setFigure(id, cell, value);
    QCOMPARE(s.ok(), accepted);
    if (accepted) {
        QCOMPARE(stored(id, cell), QString::number(value));
        QCOMPARE(auditOf(id, cell, u"set"_s).size(), 1);
    } else {
        QCOMPARE(s.code, Status::Code::Invalid);
        QCOMPARE(stored(id, cell), QString());
        QCOMPARE(m_ledger->audit(id, cell).size(), 0);
    }
}

void TestStorageEdits::setFiguresAllOrNothing_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<qint64>("value");
    QTest::newRow("unknown cell") << u"applications.new.aliens"_s << qint64(1);
    QTest::newRow("computed cell") << u"applications.granted.total"_s << qint64(6);
    QTest::newRow("negative count") << u"applications.granted.research"_s << qint64(-2);
    QTest::newRow("too large") << u"applications.granted.research"_s << kMaxWholeUnits + 1;
    QTest::newRow("carried cell without a reason") << u"applications.carried_over.natural_person"_s << qint64(5);
}

void TestStorageEdits::setFiguresAllOrNothing()
{
    QFETCH(QString, cell);
    QFETCH(qint64, value);

    int previous = 0;
    int year = 0;
    CHECK_OK(m_ledger->createYear(m_org, 2022, YearEntry::Direct, {}, &previous));
    CHECK_OK(m_ledger->setFigure(previous, u"applications.carried_forward.natural_person"_s, 3));
    CHECK_OK(m_ledger->createYear(m_org, 2023, YearEntry::Direct, {}, &year));
    int next = 0;
    CHECK_OK(m_ledger->createYear(m_org, 2024, YearEntry::Direct, {}, &next));
    CHECK_OK(m_ledger->setFigure(year, u"applications.carried_forward.natural_person"_s, 1));
    const Figures before = m_ledger->figures(info(year));
    const Figures nextBefore = m_ledger->figures(info(next));
    const qsizetype auditBefore = m_ledger->audit(year).size();
    const qsizetype nextAuditBefore = m_ledger->audit(next).size();

    const Values paste = {{u"applications.new.natural_person"_s, 5},
                          {u"applications.granted.natural_person"_s, 2},
                          {u"applications.carried_forward.natural_person"_s, 6},
                          {cell, value},
                          {u"applications.new.commercial"_s, 1}};
    const Status s = m_ledger->setFigures(year, paste);
    QCOMPARE(s.code, Status::Code::Invalid);
    QVERIFY(m_ledger->figures(info(year)) == before);
    QVERIFY(m_ledger->figures(info(next)) == nextBefore); // nothing carried either
    QCOMPARE(m_ledger->audit(year).size(), auditBefore);
    QCOMPARE(m_ledger->audit(next).size(), nextAuditBefore);

    // The same paste without the bad cell is written whole, one audit line per changed cell.
    Values good = paste;
    good.removeAt(3);
    CHECK_OK(m_ledger->setFigures(year, good));
    QCOMPARE(stored(year, u"applications.new.natural_person"_s), u"5"_s);
    QCOMPARE(stored(year, u"applications.granted.natural_person"_s), u"2"_s);
    QCOMPARE(stored(year, u"applications.carried_forward.natural_person"_s), u"6"_s);
    QCOMPARE(stored(year, u"applications.new.commercial"_s), u"1"_s);
    QCOMPARE(m_ledger->audit(year).size(), auditBefore + 4);
    QCOMPARE(stored(next, u"applications.carried_over.natural_person"_s), u"6"_s);
    QCOMPARE(carryProblems(m_ledger->check(info(year))).size(), 0);
}

void TestStorageEdits::failedPasteKeepsCellsApart()
{
    int id = 0;
    CHECK_OK(m_ledger->createYear(m_org, 2023, YearEntry::Direct, {}, &id));
    const QString first = u"applications.new.legal_services"_s;
    const QString second = u"applications.new.research"_s;
    // A paste naming a cell twice, then a bad cell: nothing of it is kept.
    const Status s = m_ledger->setFigures(id, {{first, 1}, {first, 2}, {u"applications.new.total"_s, 3}});
    QCOMPARE(s.code, Status::Code::Invalid);
    QCOMPARE(m_ledger->figures(info(id)).count(), 0);
    // Cells typed afterwards are stored under their own keys.
    const Status a = m_ledger->setFigure(id, second, 7);
    const Status b = m_ledger->setFigure(id, first, 5);
    QVERIFY2(a.ok(), qPrintable(a.message));
    QVERIFY2(b.ok(), qPrintable(b.message));
    QCOMPARE(stored(id, second), u"7"_s);
    QCOMPARE(stored(id, first), u"5"_s);
}

void TestStorageEdits::lifecycle()
{
    int id = 0;
    CHECK_OK(m_ledger->createYear(m_org, 2023, YearEntry::Direct, {}, &id));
    const QString cell = u"applications.new.natural_person"_s;
    QCOMPARE(info(id).status, PeriodStatus::Draft);
    CHECK_OK(m_ledger->setFigure(id, cell, 1));
    CHECK_OK(m_ledger->setNarrative(id, u"overview.intro"_s, u"初稿"_s));

    CHECK_OK(m_ledger->transition(id, Transition::Submit));
    QCOMPARE(info(id).status, PeriodStatus::Submitted);
    CHECK_OK(m_ledger->setFigure(id, cell, 2)); // submitted is not yet final
    CHECK_OK(m_ledger->transition(id, Transition::Finalize));
    QCOMPARE(info(id).status, PeriodStatus::Final);

    const qsizetype auditFinal = m_ledger->audit(id).size();
    QCOMPARE(m_ledger->setFigure(id, cell, 3).code, Status::Code::ReadOnly);
    QCOMPARE(m_ledger->setFigure(id, cell, std::nullopt).code, Status::Code::ReadOnly);
    QCOMPARE(m_ledger->setFigures(id, {{cell, 4}, {u"applications.new.research"_s, 1}}).code,
             Status::Code::ReadOnly);
    QCOMPARE(m_ledger->setNarrative(id, u"overview.intro"_s, u"改稿"_s).code, Status::Code::ReadOnly);
    QCOMPARE(m_ledger->setExplanation(id, u"carry.in_force"_s, u"proactive.rules.in_force"_s, u"说明"_s).code,
             Status::Code::ReadOnly);
    QCOMPARE(stored(id, cell), u"2"_s);
    QCOMPARE(stored(id, u"applications.new.research"_s), QString());
    QCOMPARE(m_ledger->narrative(id).value(u"overview.intro"_s), u"初稿"_s);
    QVERIFY(m_ledger->explanations(id).isEmpty());
    QCOMPARE(m_ledger->audit(id).size(), auditFinal);

    for (const QString &reason : {QString(), u" \t "_s}) {
        const Status s = m_ledger->transition(id, Transition::Reopen, reason);
        QCOMPARE(s.code, Status::Code::Invalid);
        QCOMPARE(info(id).status, PeriodStatus::Final);
    }
    QCOMPARE(m_ledger->audit(id).size(), auditFinal);
    CHECK_OK(m_ledger->transition(id, Transition::Reopen, u"上级要求更正数字"_s));
    QCOMPARE(info(id).status, PeriodStatus::Draft);
    CHECK_OK(m_ledger->setFigure(id, cell, 3));
    CHECK_OK(m_ledger->setNarrative(id, u"overview.intro"_s, u"改稿"_s));
    QCOMPARE(stored(id, cell), u"3"_s);

    // A submitted period can also be sent back, with a reason.
    CHECK_OK(m_ledger->transition(id, Transition::Submit));
    QCOMPARE(m_ledger->transition(id, Transition::Reopen).code, Status::Code::Invalid);
    CHECK_OK(m_ledger->transition(id, Transition::Reopen, u"退回修改"_s));
    QCOMPARE(info(id).status, PeriodStatus::Draft);

    QStringList moves;
    for (const AuditEntry &e : m_ledger->audit(id))
        if (e.cellKey.isEmpty() && e.action != u"create"_s)
            moves << QStringList{e.action, e.oldValue, e.newValue, e.reason}.join(u'|');
    QCOMPARE(moves, (QStringList{u"submit|draft|submitted|"_s, u"finalize|submitted|final|"_s,
                                 u"reopen|final|draft|上级要求更正数字"_s, u"submit|draft|submitted|"_s,
                                 u"reopen|submitted|draft|退回修改"_s}));
    QCOMPARE(m_ledger->transition(4711, Transition::Submit).code, Status::Code::NotFound);
}

void TestStorageEdits::invalidTransitions_data()
{
    QTest::addColumn<int>("steps"); // how far along draft → submitted → final the period is
    QTest::addColumn<Transition>("transition");
    QTest::newRow("draft, finalize") << 0 << Transition::Finalize;
    QTest::newRow("draft, reopen") << 0 << Transition::Reopen;
    QTest::newRow("submitted, submit") << 1 << Transition::Submit;
    QTest::newRow("final, submit") << 2 << Transition::Submit;
    QTest::newRow("final, finalize") << 2 << Transition::Finalize;
}

void TestStorageEdits::invalidTransitions()
{
    QFETCH(int, steps);
    QFETCH(Transition, transition);
    int id = 0;
    CHECK_OK(m_ledger->createYear(m_org, 2023, YearEntry::Direct, {}, &id));
    if (steps > 0)
        CHECK_OK(m_ledger->transition(id, Transition::Submit));
    if (steps > 1)
        CHECK_OK(m_ledger->transition(id, Transition::Finalize));
    const PeriodStatus before = info(id).status;
    const qsizetype auditBefore = m_ledger->audit(id).size();
    const Status s = m_ledger->transition(id, transition, u"理由"_s);
    QCOMPARE(s.code, Status::Code::Invalid);
    QCOMPARE(info(id).status, before);
    QCOMPARE(m_ledger->audit(id).size(), auditBefore);
}

void TestStorageEdits::auditLog()
{
    // The OS user unless a name is chosen.
    {
        Ledger plain(*m_db);
        QVERIFY(!Ledger::systemUser().isEmpty());
        QCOMPARE(plain.actor(), Ledger::systemUser());
        const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("LOGNAME"));
        if (!user.isEmpty())
            QCOMPARE(Ledger::systemUser(), user);
        int id = 0;
        CHECK_OK(plain.createYear(m_org, 2021, YearEntry::Direct, {}, &id));
        CHECK_OK(plain.setFigure(id, u"applications.new.natural_person"_s, 1));
        const QList<AuditEntry> log = plain.audit(id);
        QCOMPARE(log.size(), 2);
        for (const AuditEntry &e : log)
            QCOMPARE(e.actor, Ledger::systemUser());
    }

    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-1);
    int previous = 0;
    CHECK_OK(m_ledger->createYear(m_org, 2022, YearEntry::Direct, {}, &previous));
    CHECK_OK(m_ledger->setFigure(previous, u"applications.carried_forward.natural_person"_s, 3));
    int id = 0;
    CHECK_OK(m_ledger->createYear(m_org, 2023, YearEntry::Direct, {}, &id));
    m_ledger->setActor(u"王科员"_s);
    const QString cell = u"applications.new.natural_person"_s;
    CHECK_OK(m_ledger->setFigure(id, cell, 5));
    CHECK_OK(m_ledger->setFigure(id, cell, 7));
    CHECK_OK(m_ledger->setFigure(id, cell, 7)); // no change, no line
    CHECK_OK(m_ledger->setFigure(id, cell, std::nullopt));
    CHECK_OK(m_ledger->setFigure(id, u"proactive.fees.amount"_s, 1500000)); // 1.5 万元
    CHECK_OK(m_ledger->setFigure(id, u"applications.carried_over.natural_person"_s, 4, u"更正"_s));
    CHECK_OK(m_ledger->setFigures(id, {{u"applications.new.commercial"_s, 2}, {u"review.cases.recon_upheld"_s, 1}},
                                  u"按台账补录"_s));
    CHECK_OK(m_ledger->setNarrative(id, u"problems"_s, u"存在的问题"_s));
    CHECK_OK(m_ledger->transition(id, Transition::Submit));
    CHECK_OK(m_ledger->transition(id, Transition::Finalize));
    CHECK_OK(m_ledger->transition(id, Transition::Reopen, u"发现错误"_s));
    const QDateTime end = QDateTime::currentDateTimeUtc().addSecs(1);

    const QList<AuditEntry> log = m_ledger->audit(id);
    QStringList lines;
    qint64 lastId = 0;
    for (const AuditEntry &e : log) {
        lines << QStringList{e.action, e.actor, e.cellKey, e.oldValue, e.newValue, e.reason}.join(u'|');
        QVERIFY(e.id > lastId);
        lastId = e.id;
        QCOMPARE(e.periodId, id);
        QCOMPARE(e.organizationId, m_org);
        QVERIFY(e.at.isValid());
        QCOMPARE(e.at.timeSpec(), Qt::UTC);
        QVERIFY2(e.at >= start && e.at <= end, qPrintable(e.at.toString(Qt::ISODateWithMs)));
    }
    QCOMPARE(lines, (QStringList{
        u"create|测试员|||2021|"_s,
        u"carry|测试员|applications.carried_over.natural_person||3|"_s,
        u"carry|测试员|applications.carried_over.commercial||0|"_s,
        u"carry|测试员|applications.carried_over.research||0|"_s,
        u"carry|测试员|applications.carried_over.public_interest||0|"_s,
        u"carry|测试员|applications.carried_over.legal_services||0|"_s,
        u"carry|测试员|applications.carried_over.other_org||0|"_s,
        u"set|王科员|applications.new.natural_person||5|"_s,
        u"set|王科员|applications.new.natural_person|5|7|"_s,
        u"set|王科员|applications.new.natural_person|7||"_s,
        u"set|王科员|proactive.fees.amount||1.5|"_s,
        u"override|王科员|applications.carried_over.natural_person|3|4|更正"_s,
        u"set|王科员|applications.new.commercial||2|按台账补录"_s,
        u"set|王科员|review.cases.recon_upheld||1|按台账补录"_s,
        u"text|王科员|problems||存在的问题|"_s,
        u"submit|王科员||draft|submitted|"_s,
        u"finalize|王科员||submitted|final|"_s,
        u"reopen|王科员||final|draft|发现错误"_s,
    }));
    // One cell's history alone.
    QCOMPARE(m_ledger->audit(id, cell).size(), 3);
    QCOMPARE(m_ledger->audit(id, u"applications.new.robots"_s).size(), 0);
}

QTEST_GUILESS_MAIN(TestStorageEdits)
#include "tst_storage_edits.moc"
