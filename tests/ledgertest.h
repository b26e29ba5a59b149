#pragma once
// What the ledger tests share: a Ledger over a fresh database file with one organization, and
// small helpers to read figures, problems and the audit log back.

#include "database.h"
#include "formatregistry.h"
#include "ledger.h"
#include "rollup.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nianbao;

#define CHECK_OK(expr)                                                                             \
    do {                                                                                           \
        const Status s_ = (expr);                                                                  \
        QVERIFY2(s_.ok(), qPrintable(s_.message));                                                 \
    } while (false)

namespace ledgertest {

using Values = QList<std::pair<QString, std::optional<qint64>>>;

inline QString shown(std::optional<qint64> v)
{
    return v ? QString::number(*v) : QString();
}

inline QString describe(const Problems &problems)
{
    QStringList out;
    for (const Problem &p : problems)
        out << p.identity() + u": "_s + p.messageEn;
    return out.join(u'\n');
}

inline Problems carryProblems(const Problems &problems)
{
    Problems out;
    for (const Problem &p : problems)
        if (p.ruleId.startsWith(u"carry."_s))
            out << p;
    return out;
}

inline QStringList anchors(const Problems &problems)
{
    QStringList out;
    for (const Problem &p : problems)
        out << p.identity();
    return out;
}

inline const QStringList kApplicationColumns = {u"natural_person"_s,  u"commercial"_s,
                                                u"research"_s,        u"public_interest"_s,
                                                u"legal_services"_s,  u"other_org"_s};

} // namespace ledgertest

using namespace ledgertest;

Q_DECLARE_METATYPE(nianbao::Transition)

// A test class derives from this and from QObject, with init() and cleanup() slots calling
// openLedger() and closeLedger().
class LedgerFixture
{
protected:
    void openLedger()
    {

        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        Status s;
        m_db = Database::open(m_dir->filePath(u"ledger.sqlite"_s), &s);
        QVERIFY2(m_db, qPrintable(s.message));
        m_ledger = std::make_unique<Ledger>(*m_db);
        m_ledger->setActor(u"测试员"_s);
        CHECK_OK(m_ledger->addOrganization({u"某区人民政府办公室"_s, u"某区某路1号"_s, {}, {}, {}, {}, {}}, &m_org));
    }
    void closeLedger()
    {

        if (m_db) {
            QString details;
            QVERIFY2(m_db->integrityOk(&details), qPrintable(details));
        }
        m_ledger.reset();
        m_db.reset();
        m_dir.reset();
    }
    // The year (ids[0]) and its first `count` quarters (ids[1…]).
    void makeQuarters(int year, int count, QList<int> *ids, const QString &format = {})
    {

        ids->clear();
        int id = 0;
        CHECK_OK(m_ledger->createYear(m_org, year, YearEntry::Quarters, format, &id));
        *ids << id;
        for (int q = 1; q <= count; ++q) {
            CHECK_OK(m_ledger->createQuarter(m_org, year, q, &id));
            *ids << id;
        }
    }
    PeriodInfo info(int periodId) const { return m_ledger->periodById(periodId).value_or(PeriodInfo{}); }
    QString stored(int periodId, const QString &key) const
    {
        return shown(m_ledger->figures(info(periodId)).value(key));
    }
    QString derived(int periodId, const QString &key) const
    {
        return shown(m_ledger->figures(info(periodId)).completed().value(key));
    }
    QList<AuditEntry> auditOf(int periodId, const QString &cell, const QString &action = {}) const
    {
        QList<AuditEntry> out;
        for (const AuditEntry &e : m_ledger->audit(periodId, cell))
            if (action.isEmpty() || e.action == action)
                out << e;
        return out;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Ledger> m_ledger;
    int m_org = 0;
};
