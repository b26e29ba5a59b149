// The consistency rules (勾稽关系) of both formats. Every case starts from a real report of
// resources/samples with its computed cells (totals) cleared, so they are derived, changes a few
// figures, and lists the problems expected. The expected values were worked out by hand from the
// samples' figures:
//   2021_pingtan (2021): 一 自然人 64, 其他 4, 社会公益组织 2, 总计 70; 二 all 0; （七）总计 自然人 63,
//     其他 4, 社会公益组织 2, 总计 69; 四 自然人 1, 总计 1; （一）予以公开 27 / 0 / 0 / 2 / 0 / 1 (30);
//     （四）1. 22 / … / 其他 3 (25); 行政规范性文件 69 issued, 3 repealed, 665 in force; 规章 all 0;
//     复议 1 / 0 / 2 / 0 / 3; 直接起诉 12 / 0 / 0 / 0 / 12; 复议后起诉 all 0.
//   2019_jiading_chengguan (2019): 一 自然人 7; 二 0; 结果 自然人: 予以公开 2, 内部事务 1, 行政执法案卷 1,
//     不掌握 2, 其他处理 1, （七）总计 7; 四 0; 行政处罚 上一年项目数量 270, 本年增/减 4, 处理决定 5741;
//     行政强制 19 / 0 / 879; review all 0.

#include "formatregistry.h"
#include "interchange.h"
#include "ruleengine.h"

#include <QFile>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nianbao;

namespace {

const QString kSourceDir = QStringLiteral(NIANBAO_SOURCE_DIR);
const QString k2021 = u"2021_pingtan.json"_s;
const QString k2019 = u"2019_jiading_chengguan.json"_s;
const QString k2024 = u"2024_huaian.json"_s;

std::optional<ReportData> readSample(const QString &name)
{
    QFile f(kSourceDir + u"/resources/samples/"_s + name);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    return readInterchange(f.readAll()).report;
}

Figures withoutComputedCells(Figures figures)
{
    for (const CellDef &c : figures.format()->cells)
        if (c.rollup == Rollup::Computed)
            figures.set(c.index, std::nullopt);
    return figures;
}

// "key=value" sets a figure (amounts as decimal strings), "key=" empties it.
bool applyEdits(Figures &figures, const QStringList &edits, QString *error)
{
    for (const QString &edit : edits) {
        const QString key = edit.section(u'=', 0, 0);
        const QString text = edit.section(u'=', 1);
        const CellDef *c = figures.format()->cell(key);
        if (!c) {
            *error = u"no cell “%1” in format %2"_s.arg(key, figures.format()->id);
            return false;
        }
        if (text.isEmpty()) {
            figures.set(c->index, std::nullopt);
            continue;
        }
        const ParsedValue v = parseDecimalString(text, c->decimals);
        if (!v.isValue()) {
            *error = u"bad value in “%1”"_s.arg(edit);
            return false;
        }
        figures.set(c->index, v.raw);
    }
    return true;
}

struct Expected {
    QString rule;
    Severity severity = Severity::Error;
    QString anchor;
    qint64 lhs = 0;
    qint64 rhs = 0;
};

struct Case {
    const char *name;
    QString rule;                 // the rule the case is about
    QString sample;               // this period
    QStringList edits;
    QString previousSample;       // empty: no previous period
    QStringList previousEdits;
    PeriodLink link = PeriodLink::None;
    QList<Expected> expected;     // in the order the engine reports them
    QStringList zh;               // fragments of the first problem's Chinese message
    QStringList previousCells;    // of the first problem
};

Expected err(const QString &rule, const QString &anchor, qint64 lhs, qint64 rhs)
{
    return Expected{rule, Severity::Error, anchor, lhs, rhs};
}

Expected warn(const QString &rule, const QString &anchor, qint64 lhs, qint64 rhs)
{
    return Expected{rule, Severity::Warning, anchor, lhs, rhs};
}

const std::vector<Case> &cases()
{
    static const std::vector<Case> all = {
        // ---- 2021 --------------------------------------------------------------------------
        {"2021 value.nonnegative fails for a negative count", u"value.nonnegative"_s, k2021,
         {u"review.cases.recon_corrected=-1"_s, u"review.cases.recon_upheld=2"_s}, {}, {},
         PeriodLink::None,
         {err(u"value.nonnegative"_s, u"review.cases.recon_corrected"_s, -1, 0)},
         {u"行政复议／结果纠正不能为负数（现为-1）。"_s}, {}},
        {"2021 value.nonnegative fails for a negative amount", u"value.nonnegative"_s, k2021,
         {u"proactive.fees.amount=-1.5"_s}, {}, {}, PeriodLink::None,
         {err(u"value.nonnegative"_s, u"proactive.fees.amount"_s, -1'500'000, 0)},
         {u"第二十条第（八）项 行政事业性收费，本年收费金额（单位：万元）"_s, u"（现为-1.5）"_s}, {}},
        {"2021 value.nonnegative passes for zeros", u"value.nonnegative"_s, k2021,
         {u"review.cases.recon_corrected=0"_s, u"proactive.fees.amount=0"_s}, {}, {},
         PeriodLink::None, {}, {}, {}},

        {"2021 applications.balance fails", u"applications.balance"_s, k2021,
         {u"applications.new.natural_person=65"_s}, {}, {}, PeriodLink::None,
         {err(u"applications.balance"_s, u"applications.new.natural_person"_s, 65, 64),
          err(u"applications.balance"_s, u"applications.new.total"_s, 71, 70)},
         {u"“自然人”列"_s, u"一、本年新收政府信息公开申请数量（65）"_s,
          u"二、上年结转政府信息公开申请数量（0）"_s, u"三、本年度办理结果／（七）总计（63）"_s,
          u"四、结转下年度继续办理（1）"_s, u"= 65"_s, u"= 64"_s, u"相差1"_s},
         {}},
        {"2021 applications.balance passes", u"applications.balance"_s, k2021,
         {u"applications.new.natural_person=65"_s, u"applications.carried_forward.natural_person=2"_s},
         {}, {}, PeriodLink::None, {}, {}, {}},

        {"2021 applications.results_total fails", u"applications.results_total"_s, k2021,
         {u"applications.total.natural_person=62"_s, u"applications.carried_forward.natural_person=2"_s,
          u"applications.total.total=68"_s},
         {}, {}, PeriodLink::None,
         {err(u"applications.results_total"_s, u"applications.total.natural_person"_s, 62, 63),
          err(u"applications.results_total"_s, u"applications.total.total"_s, 68, 69)},
         {u"“自然人”列"_s, u"三、本年度办理结果／（七）总计（62）"_s,
          u"三、本年度办理结果／（一）予以公开（27）"_s,
          u"三、本年度办理结果／（四）无法提供／1.本机关不掌握相关政府信息（22）"_s,
          u"（其余14项为0）"_s, u"= 63"_s, u"相差-1"_s},
         {}},
        {"2021 applications.results_total passes with stated totals", u"applications.results_total"_s,
         k2021, {u"applications.total.natural_person=63"_s, u"applications.total.total=69"_s}, {}, {},
         PeriodLink::None, {}, {}, {}},

        {"2021 applications.row_total fails", u"applications.row_total"_s, k2021,
         {u"applications.granted.total=31"_s, u"applications.unavailable_not_held.total=24"_s}, {}, {},
         PeriodLink::None,
         {err(u"applications.row_total"_s, u"applications.granted.total"_s, 31, 30),
          err(u"applications.row_total"_s, u"applications.unavailable_not_held.total"_s, 24, 25)},
         {u"“三、本年度办理结果／（一）予以公开”行"_s, u"总计（31）"_s, u"自然人（27）"_s,
          u"法人或其他组织／社会公益组织（2）"_s, u"法人或其他组织／其他（1）"_s, u"= 30"_s,
          u"相差1"_s},
         {}},
        // One wrong row total alone also makes the derived （七）总计 of the total column one too
        // many: the balance of that column and the total row's own total fail with it.
        {"2021 applications.row_total fails with a single stated total", u"applications.row_total"_s,
         k2021, {u"applications.granted.total=31"_s}, {}, {}, PeriodLink::None,
         {err(u"applications.balance"_s, u"applications.new.total"_s, 70, 71),
          err(u"applications.row_total"_s, u"applications.granted.total"_s, 31, 30),
          err(u"applications.row_total"_s, u"applications.total.total"_s, 70, 69)},
         {u"“总计”列"_s, u"一、本年新收政府信息公开申请数量（70）"_s,
          u"三、本年度办理结果／（七）总计（70）"_s, u"相差-1"_s},
         {}},
        {"2021 applications.row_total passes with stated totals", u"applications.row_total"_s, k2021,
         {u"applications.granted.total=30"_s, u"applications.unavailable_not_held.total=25"_s}, {}, {},
         PeriodLink::None, {}, {}, {}},

        {"2021 review.reconsideration_total fails", u"review.reconsideration_total"_s, k2021,
         {u"review.cases.recon_total=4"_s}, {}, {}, PeriodLink::None,
         {err(u"review.reconsideration_total"_s, u"review.cases.recon_total"_s, 4, 3)},
         {u"行政复议：总计应等于结果维持、结果纠正、其他结果、尚未审结之和"_s,
          u"行政复议／总计（4）"_s, u"行政复议／结果维持（1）"_s, u"+ 行政复议／结果纠正（0）"_s,
          u"+ 行政复议／其他结果（2）"_s, u"+ 行政复议／尚未审结（0）"_s, u"= 3"_s, u"相差1"_s},
         {}},
        {"2021 review.reconsideration_total passes", u"review.reconsideration_total"_s, k2021,
         {u"review.cases.recon_pending=1"_s, u"review.cases.recon_total=4"_s}, {}, {},
         PeriodLink::None, {}, {}, {}},

        {"2021 review.direct_litigation_total fails", u"review.direct_litigation_total"_s, k2021,
         {u"review.cases.direct_total=11"_s}, {}, {}, PeriodLink::None,
         {err(u"review.direct_litigation_total"_s, u"review.cases.direct_total"_s, 11, 12)},
         {u"行政诉讼／未经复议直接起诉／总计（11）"_s,
          u"行政诉讼／未经复议直接起诉／结果维持（12）"_s, u"= 12"_s, u"相差-1"_s},
         {}},
        {"2021 review.direct_litigation_total passes", u"review.direct_litigation_total"_s, k2021,
         {u"review.cases.direct_other=1"_s, u"review.cases.direct_total=13"_s}, {}, {},
         PeriodLink::None, {}, {}, {}},

        {"2021 review.litigation_after_review_total fails", u"review.litigation_after_review_total"_s,
         k2021, {u"review.cases.after_total=1"_s}, {}, {}, PeriodLink::None,
         {err(u"review.litigation_after_review_total"_s, u"review.cases.after_total"_s, 1, 0)},
         {u"行政诉讼（复议后起诉）"_s, u"行政诉讼／复议后起诉／总计（1）"_s, u"= 0"_s, u"相差1"_s},
         {}},
        {"2021 review.litigation_after_review_total passes", u"review.litigation_after_review_total"_s,
         k2021, {u"review.cases.after_upheld=1"_s, u"review.cases.after_total=1"_s}, {}, {},
         PeriodLink::None, {}, {}, {}},

        // The previous year's 现行有效 665 − 69 + 3 = 599 keeps carry.in_force quiet.
        {"2021 carry.applications fails", u"carry.applications"_s, k2021, {}, k2021,
         {u"proactive.normative.in_force=599"_s}, PeriodLink::PreviousYear,
         {err(u"carry.applications"_s, u"applications.carried_over.natural_person"_s, 0, 1),
          err(u"carry.applications"_s, u"applications.carried_over.total"_s, 0, 1)},
         {u"“自然人”列"_s,
          u"本期“二、上年结转政府信息公开申请数量”应等于上期“四、结转下年度继续办理”"_s,
          u"二、上年结转政府信息公开申请数量（0）"_s, u"上期四、结转下年度继续办理（1）"_s,
          u"相差-1"_s},
         {u"applications.carried_forward.natural_person"_s}},
        {"2021 carry.applications fails between quarters", u"carry.applications"_s, k2021, {}, k2021,
         {u"proactive.normative.in_force=599"_s}, PeriodLink::PreviousQuarter,
         {err(u"carry.applications"_s, u"applications.carried_over.natural_person"_s, 0, 1),
          err(u"carry.applications"_s, u"applications.carried_over.total"_s, 0, 1)},
         {u"上期四、结转下年度继续办理（1）"_s}, {u"applications.carried_forward.natural_person"_s}},
        {"2021 carry.applications passes", u"carry.applications"_s, k2021,
         {u"applications.carried_over.natural_person=1"_s, u"applications.new.natural_person=63"_s},
         k2021, {u"proactive.normative.in_force=599"_s}, PeriodLink::PreviousYear, {}, {}, {}},
        {"2021 carry.applications needs a link", u"carry.applications"_s, k2021, {}, k2021,
         {u"proactive.normative.in_force=599"_s}, PeriodLink::None, {}, {}, {}},
        // A 2019-format previous year: 四 is comparable, 现行有效件数 does not exist there.
        {"2021 after a 2019 year runs only carry.applications", u"carry.applications"_s, k2021, {},
         k2019,
         {u"applications.carried_forward.natural_person=5"_s, u"applications.new.natural_person=12"_s},
         PeriodLink::PreviousYear,
         {err(u"carry.applications"_s, u"applications.carried_over.natural_person"_s, 0, 5),
          err(u"carry.applications"_s, u"applications.carried_over.total"_s, 0, 5)},
         {u"上期四、结转下年度继续办理（5）"_s, u"相差-5"_s},
         {u"applications.carried_forward.natural_person"_s}},
        {"2021 after a 2019 year skips carry.in_force", u"carry.in_force"_s, k2021, {}, k2019, {},
         PeriodLink::PreviousYear, {}, {}, {}},

        // The previous year's 四 自然人 set to 0 (and 一 to 63 to keep it balanced) keeps
        // carry.applications quiet.
        {"2021 carry.in_force fails", u"carry.in_force"_s, k2021, {}, k2021,
         {u"applications.carried_forward.natural_person=0"_s, u"applications.new.natural_person=63"_s},
         PeriodLink::PreviousYear,
         {warn(u"carry.in_force"_s, u"proactive.normative.in_force"_s, 665, 731)},
         {u"“第二十条第（一）项 行政规范性文件”"_s, u"现行有效件数（665）"_s,
          u"上期现行有效件数（665） + 本年制发件数（69） − 本年废止件数（3） = 731"_s,
          u"相差-66"_s},
         {u"proactive.normative.in_force"_s}},
        {"2021 carry.in_force passes", u"carry.in_force"_s, k2021, {}, k2021,
         {u"applications.carried_forward.natural_person=0"_s, u"applications.new.natural_person=63"_s,
          u"proactive.normative.in_force=599"_s},
         PeriodLink::PreviousYear, {}, {}, {}},

        // ---- 2019 --------------------------------------------------------------------------
        {"2019 value.nonnegative fails for a negative count", u"value.nonnegative"_s, k2019,
         {u"proactive.penalty.decisions=-1"_s}, {}, {}, PeriodLink::None,
         {err(u"value.nonnegative"_s, u"proactive.penalty.decisions"_s, -1, 0)},
         {u"第二十条第（六）项 行政处罚，处理决定数量不能为负数（现为-1）。"_s}, {}},
        {"2019 value.nonnegative fails for a negative amount", u"value.nonnegative"_s, k2019,
         {u"proactive.procurement.amount=-0.5"_s}, {}, {}, PeriodLink::None,
         {err(u"value.nonnegative"_s, u"proactive.procurement.amount"_s, -50, 0)},
         {u"第二十条第（九）项 政府集中采购，采购总金额"_s, u"（现为-0.5）"_s}, {}},
        {"2019 value.nonnegative passes for a negative 本年增/减", u"value.nonnegative"_s, k2019,
         {u"proactive.penalty.change=-4"_s, u"proactive.licensing.change=-1"_s}, {}, {},
         PeriodLink::None, {}, {}, {}},

        {"2019 applications.balance fails", u"applications.balance"_s, k2019,
         {u"applications.new.natural_person=8"_s}, {}, {}, PeriodLink::None,
         {err(u"applications.balance"_s, u"applications.new.natural_person"_s, 8, 7),
          err(u"applications.balance"_s, u"applications.new.total"_s, 8, 7)},
         {u"“自然人”列"_s, u"一、本年新收政府信息公开申请数量（8）"_s,
          u"三、本年度办理结果／（七）总计（7）"_s, u"四、结转下年度继续办理（0）"_s, u"相差1"_s},
         {}},
        {"2019 applications.balance passes", u"applications.balance"_s, k2019,
         {u"applications.new.natural_person=8"_s, u"applications.carried_forward.natural_person=1"_s},
         {}, {}, PeriodLink::None, {}, {}, {}},

        {"2019 applications.results_total fails", u"applications.results_total"_s, k2019,
         {u"applications.total.natural_person=6"_s, u"applications.carried_forward.natural_person=1"_s,
          u"applications.total.total=6"_s},
         {}, {}, PeriodLink::None,
         {err(u"applications.results_total"_s, u"applications.total.natural_person"_s, 6, 7),
          err(u"applications.results_total"_s, u"applications.total.total"_s, 6, 7)},
         {u"三、本年度办理结果／（七）总计（6）"_s, u"三、本年度办理结果／（六）其他处理（1）"_s,
          u"（其余14项为0）"_s, u"= 7"_s, u"相差-1"_s},
         {}},
        {"2019 applications.results_total passes with stated totals", u"applications.results_total"_s,
         k2019, {u"applications.total.natural_person=7"_s, u"applications.total.total=7"_s}, {}, {},
         PeriodLink::None, {}, {}, {}},

        {"2019 applications.row_total fails", u"applications.row_total"_s, k2019,
         {u"applications.granted.total=3"_s, u"applications.withheld_internal.total=0"_s}, {}, {},
         PeriodLink::None,
         {err(u"applications.row_total"_s, u"applications.granted.total"_s, 3, 2),
          err(u"applications.row_total"_s, u"applications.withheld_internal.total"_s, 0, 1)},
         {u"“三、本年度办理结果／（一）予以公开”行"_s, u"总计（3）"_s, u"自然人（2）"_s, u"= 2"_s,
          u"相差1"_s},
         {}},
        {"2019 applications.row_total passes", u"applications.row_total"_s, k2019,
         {u"applications.granted.total=2"_s}, {}, {}, PeriodLink::None, {}, {}, {}},

        {"2019 review.reconsideration_total fails", u"review.reconsideration_total"_s, k2019,
         {u"review.cases.recon_total=1"_s}, {}, {}, PeriodLink::None,
         {err(u"review.reconsideration_total"_s, u"review.cases.recon_total"_s, 1, 0)},
         {u"行政复议／总计（1）"_s, u"= 0"_s, u"相差1"_s}, {}},
        {"2019 review.reconsideration_total passes", u"review.reconsideration_total"_s, k2019,
         {u"review.cases.recon_upheld=2"_s, u"review.cases.recon_total=2"_s}, {}, {},
         PeriodLink::None, {}, {}, {}},

        {"2019 review.direct_litigation_total fails", u"review.direct_litigation_total"_s, k2019,
         {u"review.cases.direct_total=2"_s}, {}, {}, PeriodLink::None,
         {err(u"review.direct_litigation_total"_s, u"review.cases.direct_total"_s, 2, 0)},
         {u"行政诉讼／未经复议直接起诉／总计（2）"_s, u"相差2"_s}, {}},
        {"2019 review.direct_litigation_total passes", u"review.direct_litigation_total"_s, k2019,
         {u"review.cases.direct_corrected=2"_s, u"review.cases.direct_total=2"_s}, {}, {},
         PeriodLink::None, {}, {}, {}},

        {"2019 review.litigation_after_review_total fails", u"review.litigation_after_review_total"_s,
         k2019, {u"review.cases.after_upheld=1"_s, u"review.cases.after_total=0"_s}, {}, {},
         PeriodLink::None,
         {err(u"review.litigation_after_review_total"_s, u"review.cases.after_total"_s, 0, 1)},
         {u"行政诉讼／复议后起诉／总计（0）"_s, u"行政诉讼／复议后起诉／结果维持（1）"_s, u"= 1"_s,
          u"相差-1"_s},
         {}},
        {"2019 review.litigation_after_review_total passes", u"review.litigation_after_review_total"_s,
         k2019, {u"review.cases.after_pending=3"_s}, {}, {}, PeriodLink::None, {}, {}, {}},

        // The previous year's 本年增/减 set to 0 keeps carry.prev_items quiet (270 + 0 = 270).
        {"2019 carry.applications fails", u"carry.applications"_s, k2019, {}, k2019,
         {u"applications.carried_forward.natural_person=3"_s, u"applications.new.natural_person=10"_s,
          u"proactive.penalty.change=0"_s},
         PeriodLink::PreviousYear,
         {err(u"carry.applications"_s, u"applications.carried_over.natural_person"_s, 0, 3),
          err(u"carry.applications"_s, u"applications.carried_over.total"_s, 0, 3)},
         {u"“自然人”列"_s, u"二、上年结转政府信息公开申请数量（0）"_s,
          u"上期四、结转下年度继续办理（3）"_s, u"相差-3"_s},
         {u"applications.carried_forward.natural_person"_s}},
        {"2019 carry.applications passes", u"carry.applications"_s, k2019,
         {u"applications.carried_over.natural_person=3"_s, u"applications.new.natural_person=4"_s},
         k2019,
         {u"applications.carried_forward.natural_person=3"_s, u"applications.new.natural_person=10"_s,
          u"proactive.penalty.change=0"_s},
         PeriodLink::PreviousYear, {}, {}, {}},
        // A 2021-format previous year has no 上一年项目数量: only the applications carry is checked.
        {"2019 after a 2021 year runs only carry.applications", u"carry.applications"_s, k2019, {},
         k2021, {}, PeriodLink::PreviousYear,
         {err(u"carry.applications"_s, u"applications.carried_over.natural_person"_s, 0, 1),
          err(u"carry.applications"_s, u"applications.carried_over.total"_s, 0, 1)},
         {u"上期四、结转下年度继续办理（1）"_s}, {u"applications.carried_forward.natural_person"_s}},

        {"2019 carry.prev_items fails", u"carry.prev_items"_s, k2019, {}, k2019, {},
         PeriodLink::PreviousYear,
         {warn(u"carry.prev_items"_s, u"proactive.penalty.prev_items"_s, 270, 274)},
         {u"“第二十条第（六）项 行政处罚”"_s,
          u"上一年项目数量应等于上年的上一年项目数量加上年的本年增/减"_s,
          u"上一年项目数量（270），而上期上一年项目数量（270） + 上期本年增/减（4） = 274"_s,
          u"相差-4"_s},
         {u"proactive.penalty.prev_items"_s, u"proactive.penalty.change"_s}},
        {"2019 carry.prev_items passes", u"carry.prev_items"_s, k2019,
         {u"proactive.penalty.prev_items=274"_s}, k2019, {}, PeriodLink::PreviousYear, {}, {}, {}},
        {"2019 carry.prev_items is not checked between quarters", u"carry.prev_items"_s, k2019, {},
         k2019, {}, PeriodLink::PreviousQuarter, {}, {}, {}},

        {"2019 carry.prev_items_quarter fails", u"carry.prev_items_quarter"_s, k2019,
         {u"proactive.penalty.prev_items=274"_s}, k2019, {}, PeriodLink::PreviousQuarter,
         {warn(u"carry.prev_items_quarter"_s, u"proactive.penalty.prev_items"_s, 274, 270)},
         {u"“第二十条第（六）项 行政处罚”：同一年度各季度的上一年项目数量应相同"_s,
          u"上一年项目数量（274），而上期上一年项目数量（270），相差4。"_s},
         {u"proactive.penalty.prev_items"_s}},
        {"2019 carry.prev_items_quarter passes", u"carry.prev_items_quarter"_s, k2019, {}, k2019, {},
         PeriodLink::PreviousQuarter, {}, {}, {}},
        {"2019 carry.prev_items_quarter is not checked between years", u"carry.prev_items_quarter"_s,
         k2019, {u"proactive.penalty.prev_items=274"_s}, k2019, {}, PeriodLink::PreviousYear, {}, {},
         {}},
    };
    return all;
}

} // namespace

class TestRules : public QObject
{
    Q_OBJECT

private slots:
    void rules_data();
    void rules();
    void everyRuleHasPassingAndFailingCases();
    void balanceMessageInFull();
    void samplesAreClean_data();
    void samplesAreClean();
    void derivedTotals_data();
    void derivedTotals();
    void statedWrongTotal();
    void openingValue_data();
    void openingValue();
    void problemHelpers();
};

void TestRules::rules_data()
{
    QTest::addColumn<int>("index");
    for (size_t i = 0; i < cases().size(); ++i)
        QTest::newRow(cases()[i].name) << int(i);
}

void TestRules::rules()
{
    QFETCH(int, index);
    const Case &c = cases()[size_t(index)];

    auto report = readSample(c.sample);
    QVERIFY2(report, qPrintable(c.sample));
    Figures current = withoutComputedCells(report->figures);
    QString error;
    QVERIFY2(applyEdits(current, c.edits, &error), qPrintable(error));

    Figures previous;
    if (!c.previousSample.isEmpty()) {
        auto prev = readSample(c.previousSample);
        QVERIFY2(prev, qPrintable(c.previousSample));
        previous = withoutComputedCells(prev->figures);
        QVERIFY2(applyEdits(previous, c.previousEdits, &error), qPrintable(error));
    }
    const CheckInput input{&current, previous.isNull() ? nullptr : &previous, c.link};
    const Problems problems = checkFigures(input);

    QStringList actual, expected;
    for (const Problem &p : problems)
        actual << u"%1 %2 @%3 %4|%5"_s.arg(p.ruleId, severityName(p.severity), p.anchor())
                      .arg(p.lhs).arg(p.rhs);
    for (const Expected &e : c.expected)
        expected << u"%1 %2 @%3 %4|%5"_s.arg(e.rule, severityName(e.severity), e.anchor)
                        .arg(e.lhs).arg(e.rhs);
    QCOMPARE(actual, expected);

    const FormatDefinition &f = *current.format();
    for (const Problem &p : problems) {
        const CellDef *anchor = f.cell(p.anchor());
        QVERIFY2(anchor, qPrintable(p.anchor()));
        QCOMPARE(p.cells.value(0), p.anchor());
        QCOMPARE(p.difference(), p.lhs - p.rhs);
        QCOMPARE(p.decimals, anchor->decimals);
        QCOMPARE(p.unit, anchor->unit);
        for (const QString &key : p.cells)
            QVERIFY2(f.cell(key), qPrintable(key));
        for (const QString &key : p.previousCells)
            QVERIFY2(previous.format()->cell(key), qPrintable(key));
        QCOMPARE(p.previousCells.isEmpty(), !p.ruleId.startsWith(u"carry."_s));
        // Both values, the difference and the cell's official label are in the message; a
        // negative value is compared with 0, which its message does not repeat.
        QVERIFY2(p.messageZh.contains(formatRaw(p.lhs, p.decimals)), qPrintable(p.messageZh));
        if (p.ruleId != u"value.nonnegative"_s) {
            QVERIFY2(p.messageZh.contains(formatRaw(p.rhs, p.decimals)), qPrintable(p.messageZh));
            const QString difference = u"相差"_s + formatRaw(p.difference(), p.decimals) + u"。"_s;
            QVERIFY2(p.messageZh.endsWith(difference), qPrintable(p.messageZh));
            QVERIFY2(p.messageEn.contains(u"difference "_s + formatRaw(p.difference(), p.decimals)),
                     qPrintable(p.messageEn));
        }
        QVERIFY2(p.messageZh.contains(anchor->columnLabel), qPrintable(p.messageZh));
        if (!anchor->rowLabel.isEmpty())
            QVERIFY2(p.messageZh.contains(anchor->rowLabel), qPrintable(p.messageZh));
        QVERIFY(!p.messageEn.isEmpty());
        QCOMPARE(p.message(Language::Chinese), p.messageZh);
        QCOMPARE(p.message(Language::English), p.messageEn);
    }
    if (problems.isEmpty())
        return;
    for (const QString &fragment : c.zh)
        QVERIFY2(problems.first().messageZh.contains(fragment),
                 qPrintable(u"“%1” not in “%2”"_s.arg(fragment, problems.first().messageZh)));
    QCOMPARE(problems.first().previousCells, c.previousCells);
}

void TestRules::everyRuleHasPassingAndFailingCases()
{
    for (const QString &id : FormatRegistry::instance().ids()) {
        const FormatPtr f = FormatRegistry::instance().format(id);
        QVERIFY(f);
        for (const RuleDef &rule : f->rules) {
            bool passes = false, fails = false;
            for (const Case &c : cases()) {
                auto sample = readSample(c.sample);
                QVERIFY(sample);
                if (sample->format()->id != id || c.rule != rule.id)
                    continue;
                passes = passes || c.expected.isEmpty();
                for (const Expected &e : c.expected)
                    fails = fails || e.rule == rule.id;
            }
            QVERIFY2(passes, qPrintable(id + u" "_s + rule.id + u" has no passing case"_s));
            QVERIFY2(fails, qPrintable(id + u" "_s + rule.id + u" has no failing case"_s));
        }
    }
}

void TestRules::balanceMessageInFull()
{
    // The template of applications.balance with the figures of the 2021 sample and 一 自然人 65.
    auto report = readSample(k2021);
    QVERIFY(report);
    Figures figures = report->figures;
    QVERIFY(figures.set(u"applications.new.natural_person"_s, 65));
    QVERIFY(figures.set(u"applications.new.total"_s, 71));
    const Problems problems = checkFigures(figures);
    QCOMPARE(problems.size(), 2);
    QCOMPARE(problems[0].messageZh,
             u"表“收到和处理政府信息公开申请情况”的“自然人”列：第一项加第二项之和，应等于第三项加第四项之和。"
             "一、本年新收政府信息公开申请数量（65） + 二、上年结转政府信息公开申请数量（0） = 65，"
             "而三、本年度办理结果／（七）总计（63） + 四、结转下年度继续办理（1） = 64，相差1。"_s);
    QCOMPARE(problems[0].messageEn,
             u"Applications table, column “自然人”: items 1 + 2 must equal items 3 + 4. "
             "一、本年新收政府信息公开申请数量（65） + 二、上年结转政府信息公开申请数量（0） = 65, "
             "but 三、本年度办理结果／（七）总计（63） + 四、结转下年度继续办理（1） = 64; difference 1."_s);
    QCOMPARE(problems[0].cells,
             (QStringList{u"applications.new.natural_person"_s,
                          u"applications.carried_over.natural_person"_s,
                          u"applications.total.natural_person"_s,
                          u"applications.carried_forward.natural_person"_s}));
    QVERIFY2(problems[1].messageZh.startsWith(
                 u"表“收到和处理政府信息公开申请情况”的“总计”列：第一项加第二项之和"_s),
             qPrintable(problems[1].messageZh));
}

void TestRules::samplesAreClean_data()
{
    QTest::addColumn<QString>("sample");
    QTest::newRow("2019 嘉定城管") << k2019;
    QTest::newRow("2021 平潭") << k2021;
    QTest::newRow("2024 淮安") << k2024;
}

void TestRules::samplesAreClean()
{
    QFETCH(QString, sample);
    auto report = readSample(sample);
    QVERIFY(report);
    // As stated (every total given) and with the totals derived.
    const Problems stated = checkFigures(report->figures);
    QVERIFY2(stated.isEmpty(), qPrintable(stated.value(0).messageEn));
    const Figures derived = withoutComputedCells(report->figures);
    QVERIFY(derived.count() < report->figures.count());
    const Problems problems = checkFigures(derived);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).messageEn));
}

void TestRules::derivedTotals_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<QStringList>("totals"); // key=value, from the published tables

    QTest::newRow("2021 平潭") << k2021
                             << QStringList{u"applications.new.total=70"_s,
                                            u"applications.total.natural_person=63"_s,
                                            u"applications.total.total=69"_s,
                                            u"applications.carried_forward.total=1"_s,
                                            u"applications.unavailable_not_held.total=25"_s,
                                            u"review.cases.recon_total=3"_s,
                                            u"review.cases.direct_total=12"_s,
                                            u"review.cases.after_total=0"_s};
    QTest::newRow("2019 嘉定城管") << k2019
                               << QStringList{u"applications.new.total=7"_s,
                                              u"applications.total.total=7"_s,
                                              u"applications.other.total=1"_s,
                                              u"review.cases.recon_total=0"_s};
    QTest::newRow("2024 淮安") << k2024
                             << QStringList{u"applications.new.total=3119"_s,
                                            u"applications.carried_over.total=34"_s,
                                            u"applications.total.total=3050"_s,
                                            u"applications.carried_forward.total=103"_s,
                                            u"review.cases.recon_total=351"_s,
                                            u"review.cases.direct_total=26"_s,
                                            u"review.cases.after_total=20"_s};
}

void TestRules::derivedTotals()
{
    QFETCH(QString, sample);
    QFETCH(QStringList, totals);
    auto report = readSample(sample);
    QVERIFY(report);
    const Figures stated = report->figures;
    const Figures derived = withoutComputedCells(stated);
    const Figures completed = derived.completed();
    // Every computed cell is filled, with exactly the total the report states.
    for (const CellDef &c : stated.format()->cells) {
        if (c.rollup != Rollup::Computed)
            continue;
        QVERIFY(!derived.value(c.index));
        QVERIFY2(completed.value(c.index), qPrintable(c.key));
        QCOMPARE(completed.value(c.index), stated.value(c.index));
    }
    QCOMPARE(completed, stated);
    for (const QString &t : totals)
        QCOMPARE(completed.value(t.section(u'=', 0, 0)), std::optional<qint64>(t.section(u'=', 1).toLongLong()));
}

void TestRules::statedWrongTotal()
{
    auto report = readSample(k2021);
    QVERIFY(report);
    Figures figures = withoutComputedCells(report->figures);
    const CellDef *total = figures.format()->cell(u"review.cases.recon_total"_s);
    QVERIFY(total);
    QVERIFY(checkFigures(figures).isEmpty());
    // A stated total stays as stated in completed(); its formula gives 1 + 0 + 2 + 0.
    figures.set(total->index, 4);
    QCOMPARE(figures.completed().value(total->index), std::optional<qint64>(4));
    const Problems problems = checkFigures(figures);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems[0].ruleId, u"review.reconsideration_total"_s);
    // Emptied again, it is derived and nothing is wrong.
    figures.set(total->index, std::nullopt);
    QVERIFY(checkFigures(figures).isEmpty());
    QCOMPARE(figures.completed().value(total->index), std::optional<qint64>(3));
}

void TestRules::openingValue_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<QString>("previousSample");
    QTest::addColumn<QStringList>("previousEdits");
    QTest::addColumn<int>("link");
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("has");
    QTest::addColumn<qint64>("value");

    const int year = int(PeriodLink::PreviousYear);
    const int quarter = int(PeriodLink::PreviousQuarter);
    const int none = int(PeriodLink::None);
    // 2021 after 2021: 二 takes the previous 四 (自然人 1, derived 总计 1).
    QTest::newRow("2021 二 自然人") << k2021 << k2021 << QStringList() << year
                                  << u"applications.carried_over.natural_person"_s << true << qint64(1);
    QTest::newRow("2021 二 总计") << k2021 << k2021 << QStringList() << year
                                << u"applications.carried_over.total"_s << true << qint64(1);
    QTest::newRow("2021 二 商业企业") << k2021 << k2021 << QStringList() << year
                                  << u"applications.carried_over.commercial"_s << true << qint64(0);
    QTest::newRow("2021 二 between quarters") << k2021 << k2021 << QStringList() << quarter
                                           << u"applications.carried_over.natural_person"_s
                                           << true << qint64(1);
    QTest::newRow("2021 二 without link") << k2021 << k2021 << QStringList() << none
                                       << u"applications.carried_over.natural_person"_s << false
                                       << qint64(0);
    QTest::newRow("2021 现行有效 is not an opening") << k2021 << k2021 << QStringList() << year
                                               << u"proactive.normative.in_force"_s << false
                                               << qint64(0);
    QTest::newRow("2021 一 is not an opening") << k2021 << k2021 << QStringList() << year
                                          << u"applications.new.natural_person"_s << false
                                          << qint64(0);
    // 2021 after 2019.
    QTest::newRow("2021 二 after 2019") << k2021 << k2019
                                      << QStringList{u"applications.carried_forward.natural_person=5"_s,
                                                     u"applications.new.natural_person=12"_s}
                                      << year << u"applications.carried_over.natural_person"_s
                                      << true << qint64(5);
    QTest::newRow("2021 二 总计 after 2019") << k2021 << k2019
                                         << QStringList{u"applications.carried_forward.natural_person=5"_s,
                                                        u"applications.new.natural_person=12"_s}
                                         << year << u"applications.carried_over.total"_s << true
                                         << qint64(5);
    // 2019: 上一年项目数量 is last year's 上一年项目数量 + 本年增/减 (行政处罚 270 + 4), and between
    // quarters the same as the previous quarter's.
    QTest::newRow("2019 行政处罚 after a year") << k2019 << k2019 << QStringList() << year
                                           << u"proactive.penalty.prev_items"_s << true
                                           << qint64(274);
    QTest::newRow("2019 行政强制 after a year") << k2019 << k2019 << QStringList() << year
                                           << u"proactive.coercion.prev_items"_s << true
                                           << qint64(19);
    QTest::newRow("2019 行政处罚 with a decrease") << k2019 << k2019
                                             << QStringList{u"proactive.penalty.change=-20"_s}
                                             << year << u"proactive.penalty.prev_items"_s << true
                                             << qint64(250);
    QTest::newRow("2019 行政处罚 after a quarter") << k2019 << k2019 << QStringList() << quarter
                                             << u"proactive.penalty.prev_items"_s << true
                                             << qint64(270);
    QTest::newRow("2019 行政处罚 after a 2021 year") << k2019 << k2021 << QStringList() << year
                                              << u"proactive.penalty.prev_items"_s << false
                                              << qint64(0);
    QTest::newRow("2019 二 after a 2021 year") << k2019 << k2021 << QStringList() << year
                                          << u"applications.carried_over.natural_person"_s << true
                                          << qint64(1);
}

void TestRules::openingValue()
{
    QFETCH(QString, sample);
    QFETCH(QString, previousSample);
    QFETCH(QStringList, previousEdits);
    QFETCH(int, link);
    QFETCH(QString, key);
    QFETCH(bool, has);
    QFETCH(qint64, value);

    auto current = readSample(sample);
    auto previous = readSample(previousSample);
    QVERIFY(current && previous);
    Figures prev = withoutComputedCells(previous->figures);
    QString error;
    QVERIFY2(applyEdits(prev, previousEdits, &error), qPrintable(error));
    const CellDef *c = current->format()->cell(key);
    QVERIFY2(c, qPrintable(key));
    const auto opening = nianbao::openingValue(current->figures, c->index, prev, PeriodLink(link));
    QCOMPARE(opening.has_value(), has);
    if (has)
        QCOMPARE(*opening, value);
}

void TestRules::problemHelpers()
{
    auto report = readSample(k2019);
    QVERIFY(report);
    Figures figures = withoutComputedCells(report->figures);
    QVERIFY(figures.set(u"proactive.penalty.decisions"_s, -1));
    QVERIFY(figures.set(u"review.cases.recon_total"_s, 2));
    const Problems problems = checkFigures(figures);
    QCOMPARE(problems.size(), 2);
    QCOMPARE(problems[0].identity(), u"value.nonnegative@proactive.penalty.decisions"_s);
    QCOMPARE(problems[1].identity(), u"review.reconsideration_total@review.cases.recon_total"_s);
    QCOMPARE(countSeverity(problems, Severity::Error), 2);
    QCOMPARE(countSeverity(problems, Severity::Warning), 0);

    // With the previous year the 行政处罚 opening (270 + 4) is a warning as well.
    const Figures previous = withoutComputedCells(report->figures);
    const Problems withPrevious =
        checkFigures(CheckInput{&figures, &previous, PeriodLink::PreviousYear});
    QCOMPARE(countSeverity(withPrevious, Severity::Error), 2);
    QCOMPARE(countSeverity(withPrevious, Severity::Warning), 1);
    QCOMPARE(withPrevious.last().ruleId, u"carry.prev_items"_s);
    QCOMPARE(withPrevious.last().anchor(), u"proactive.penalty.prev_items"_s);

    // No figures, nothing to check.
    QVERIFY(checkFigures(Figures()).isEmpty());
}

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
