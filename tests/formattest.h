#pragma once
// What the format tests share: the shipped formats, the official labels as the State Council's
// documents print them, and small helpers over header trees and format files.

#include "formatloader.h"
#include "formatregistry.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nianbao;

namespace formattest {

inline const QString kSourceDir = QStringLiteral(NIANBAO_SOURCE_DIR);

inline FormatPtr shipped(const QString &id)
{
    return FormatRegistry::instance().format(id);
}

// Every label of a header tree, at any depth.
inline void collectLabels(const std::vector<HeaderNode> &nodes, QSet<QString> &out)
{
    for (const HeaderNode &n : nodes) {
        out.insert(n.label);
        collectLabels(n.children, out);
    }
}

// The header tree as indented lines, two spaces per level.
inline void dumpTree(const std::vector<HeaderNode> &nodes, int depth, QStringList &out)
{
    for (const HeaderNode &n : nodes) {
        out << QString(depth * 2, u' ') + n.label;
        dumpTree(n.children, depth + 1, out);
    }
}

inline QSet<QString> labelsOf(const FormatDefinition &f, const QString &category)
{
    QSet<QString> out;
    if (category == u"heading"_s) {
        for (const SectionDef &s : f.sections)
            out.insert(s.heading);
        return out;
    }
    for (const TableDef &t : f.tables)
        for (const BlockDef &b : t.blocks) {
            if (category == u"band"_s)
                out.insert(b.band);
            else if (category == u"corner"_s)
                out.insert(b.corner);
            else if (category == u"row"_s && t.key != u"review"_s)
                collectLabels(b.rows, out);
            else if (category == u"column"_s)
                collectLabels(b.columns, out);
        }
    out.remove(QString());
    return out;
}

const BlockDef *blockWithBand(const FormatDefinition &f, const QString &band)
{
    const TableDef *t = f.table(u"proactive"_s);
    if (!t)
        return nullptr;
    for (const BlockDef &b : t->blocks)
        if (b.band == band)
            return &b;
    return nullptr;
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

// Replaces (or, with an undefined value, removes) the value at a slash-separated path of object
// keys and array indexes; "-" as the last array step appends.
inline QJsonValue withEdit(const QJsonValue &node, const QStringList &path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QString &head = path.first();
    const QStringList rest = path.mid(1);
    if (node.isObject()) {
        QJsonObject o = node.toObject();
        if (rest.isEmpty() && value.isUndefined())
            o.remove(head);
        else
            o.insert(head, withEdit(o.value(head), rest, value));
        return o;
    }
    QJsonArray a = node.toArray();
    if (head == u"-"_s) {
        a.append(value);
        return a;
    }
    const qsizetype i = head.toLongLong();
    if (rest.isEmpty() && value.isUndefined())
        a.removeAt(i);
    else
        a.replace(i, withEdit(a.at(i), rest, value));
    return a;
}

inline QJsonValue jsonValue(const QString &text)
{
    if (text.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    const QJsonDocument doc = QJsonDocument::fromJson(u"["_s.append(text).append(u']').toUtf8());
    return doc.array().at(0);
}

inline QString kindName(CellKind k)
{
    switch (k) {
    case CellKind::Count: return u"count"_s;
    case CellKind::SignedCount: return u"signed_count"_s;
    case CellKind::Amount: return u"amount"_s;
    }
    return {};
}

const QStringList kHeadings = {
    u"一、总体情况"_s,
    u"二、主动公开政府信息情况"_s,
    u"三、收到和处理政府信息公开申请情况"_s,
    u"四、政府信息公开行政复议、行政诉讼情况"_s,
    u"五、存在的主要问题及改进情况"_s,
    u"六、其他需要报告的事项"_s,
};

const QString kCorner = u"（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"_s;

// Rows of the applications table, official-format.md §1.5 (2019) and §2.5 (2021).
inline QStringList applicationRows(bool format2021)
{
    QStringList rows = {
        u"一、本年新收政府信息公开申请数量"_s,
        u"二、上年结转政府信息公开申请数量"_s,
        u"三、本年度办理结果"_s,
        u"  （一）予以公开"_s,
        u"  （二）部分公开（区分处理的，只计这一情形，不计其他情形）"_s,
        u"  （三）不予公开"_s,
        u"    1.属于国家秘密"_s,
        u"    2.其他法律行政法规禁止公开"_s,
        u"    3.危及\u201C三安全一稳定\u201D"_s,
        u"    4.保护第三方合法权益"_s,
        u"    5.属于三类内部事务信息"_s,
        u"    6.属于四类过程性信息"_s,
        u"    7.属于行政执法案卷"_s,
        u"    8.属于行政查询事项"_s,
        u"  （四）无法提供"_s,
        u"    1.本机关不掌握相关政府信息"_s,
        u"    2.没有现成信息需要另行制作"_s,
        u"    3.补正后申请内容仍不明确"_s,
        u"  （五）不予处理"_s,
        u"    1.信访举报投诉类申请"_s,
        u"    2.重复申请"_s,
        u"    3.要求提供公开出版物"_s,
        u"    4.无正当理由大量反复申请"_s,
        u"    5.要求行政机关确认或重新出具已获取信息"_s,
        u"  （六）其他处理"_s,
    };
    if (format2021)
        rows << u"    1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"_s
             << u"    2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"_s
             << u"    3.其他"_s;
    rows << u"  （七）总计"_s << u"四、结转下年度继续办理"_s;
    return rows;
}

const QStringList kApplicationColumns = {
    u"申请人情况"_s,
    u"  自然人"_s,
    u"  法人或其他组织"_s,
    u"    商业企业"_s,
    u"    科研机构"_s,
    u"    社会公益组织"_s,
    u"    法律服务机构"_s,
    u"    其他"_s,
    u"  总计"_s,
};

// official-format.md §1.6, the same in both formats.
const QStringList kReviewColumns = {
    u"行政复议"_s,
    u"  结果维持"_s, u"  结果纠正"_s, u"  其他结果"_s, u"  尚未审结"_s, u"  总计"_s,
    u"行政诉讼"_s,
    u"  未经复议直接起诉"_s,
    u"    结果维持"_s, u"    结果纠正"_s, u"    其他结果"_s, u"    尚未审结"_s, u"    总计"_s,
    u"  复议后起诉"_s,
    u"    结果维持"_s, u"    结果纠正"_s, u"    其他结果"_s, u"    尚未审结"_s, u"    总计"_s,
};

} // namespace formattest

using namespace formattest;
