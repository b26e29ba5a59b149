// Killing the program in the middle of typing loses nothing that was acknowledged: a child process
// (nianbao_killchild) sets figures one committed call after another and reports each; it is killed
// with SIGKILL at a random moment, many times over on the same file. Afterwards the database is
// intact, holds every acknowledged value (or a later one), and its audit log has every edit.

#include "database.h"
#include "ledger.h"

#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nianbao;

namespace {

constexpr quint32 kSeed = 20231119;
constexpr int kRuns = 24;

struct Ack {
    QString cell;
    qint64 value = 0;
};

// The complete "ok <cell> <value>" lines of the child's output; a line cut off by the kill is
// not an acknowledgement.
QList<Ack> parseAcks(const QByteArray &out, QString *error)
{
    QList<Ack> acks;
    const qsizetype end = out.lastIndexOf('\n');
    if (end < 0)
        return acks;
    for (const QByteArray &line : out.left(end).split('\n')) {
        const QList<QByteArray> parts = line.split(' ');
        bool ok = false;
        const qint64 value = parts.size() == 3 ? parts[2].toLongLong(&ok) : 0;
        if (parts.size() != 3 || parts[0] != "ok" || !ok) {
            *error = u"unexpected line from the child: "_s + QString::fromUtf8(line);
            return acks;
        }
        acks << Ack{QString::fromUtf8(parts[1]), value};
    }
    return acks;
}

} // namespace

class TestStorageKill : public QObject
{
    Q_OBJECT
private slots:
    void killWhileWriting();
};

void TestStorageKill::killWhileWriting()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(u"kill.sqlite"_s);
    qInfo("random seed %u, %d runs of %s", kSeed, kRuns, NIANBAO_KILLCHILD);
    QRandomGenerator rng(kSeed);

    QHash<QString, qint64> last;       // the last acknowledged value of each cell
    QList<Ack> all;
    qint64 previousRunMax = 0;
    int runsWithAcks = 0;
    QElapsedTimer total;
    total.start();
    for (int run = 0; run < kRuns; ++run) {
        const int wait = int(rng.bounded(30, 301));
        QProcess child;
        child.setProgram(QStringLiteral(NIANBAO_KILLCHILD));
        child.setArguments({file});
        child.start();
        QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));
        QElapsedTimer timer;
        timer.start();
        QByteArray out;
        while (timer.elapsed() < wait && child.state() == QProcess::Running) {
            child.waitForReadyRead(int(std::max<qint64>(1, wait - timer.elapsed())));
            out += child.readAllStandardOutput();
        }
        child.kill();
        QVERIFY(child.waitForFinished(10000));
        out += child.readAllStandardOutput();
        const QByteArray err = child.readAllStandardError();
        // The child only ever stops by being killed.
        QVERIFY2(child.exitStatus() == QProcess::CrashExit,
                 qPrintable(u"run %1: the child exited by itself with code %2: %3"_s
                                .arg(run).arg(child.exitCode()).arg(QString::fromLocal8Bit(err))));

        QString error;
        const QList<Ack> acks = parseAcks(out, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        qInfo("run %2d: killed after %3d ms, %4lld edits acknowledged", run, wait, qint64(acks.size()));
        if (!acks.isEmpty()) {
            ++runsWithAcks;
            // Each run goes on above everything stored before it, so the earlier runs' edits survived.
            QVERIFY2(acks.first().value > previousRunMax,
                     qPrintable(u"run %1 started at %2, after %3"_s.arg(run).arg(acks.first().value).arg(previousRunMax)));
            for (qsizetype i = 1; i < acks.size(); ++i)
                QCOMPARE(acks[i].value, acks[i - 1].value + 1);
            previousRunMax = acks.last().value;
        }
        for (const Ack &a : acks)
            last[a.cell] = a.value;
        all += acks;
    }
    qInfo("%d runs in %lld ms, %d with acknowledged edits, %lld edits in all", kRuns, total.elapsed(),
          runsWithAcks, qint64(all.size()));
    QVERIFY2(runsWithAcks >= kRuns / 4, "the child was killed before it could write in most runs");

    Status s;
    auto db = Database::open(file, &s);
    QVERIFY2(db, qPrintable(s.message));
    QString details;
    QVERIFY2(db->integrityOk(&details), qPrintable(details));
    Ledger ledger(*db);
    const auto org = ledger.organizationByName(u"断电测试单位"_s);
    QVERIFY(org);
    QCOMPARE(ledger.organizations().size(), 1);
    const auto period = ledger.period(org->id, 2021, 0);
    QVERIFY(period);
    QCOMPARE(period->formatId, u"2021"_s);
    QCOMPARE(period->entry, YearEntry::Direct);
    QCOMPARE(ledger.periods(org->id).size(), 1);
    const Figures figures = ledger.figures(*period);

    for (auto it = last.cbegin(); it != last.cend(); ++it) {
        const auto stored = figures.value(it.key());
        QVERIFY2(stored && *stored >= it.value(),
                 qPrintable(u"%1: stored %2, acknowledged %3"_s.arg(it.key())
                                .arg(stored ? QString::number(*stored) : u"nothing"_s).arg(it.value())));
    }

    // Every acknowledged edit is in the audit log; the log and the figures agree.
    QSet<QString> logged;
    QHash<QString, QString> newest;
    for (const AuditEntry &e : ledger.audit(period->id)) {
        if (e.action != u"set"_s)
            continue;
        QCOMPARE(e.actor, u"killchild"_s);
        logged.insert(e.cellKey + u' ' + e.newValue);
        newest[e.cellKey] = e.newValue;
    }
    for (const Ack &a : all)
        QVERIFY2(logged.contains(a.cell + u' ' + QString::number(a.value)),
                 qPrintable(u"no audit line for %1 = %2"_s.arg(a.cell).arg(a.value)));
    QVERIFY(logged.size() >= all.size());
    for (auto it = newest.cbegin(); it != newest.cend(); ++it)
        QCOMPARE(QString::number(figures.value(it.key()).value_or(-1)), it.value());
}

QTEST_GUILESS_MAIN(TestStorageKill)
#include "tst_storage_kill.moc"
