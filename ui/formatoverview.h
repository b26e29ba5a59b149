#pragma once
// A read-only tree of the official formats: sections, tables, rows, columns and rules.

#include <QTreeWidget>

namespace nianbao {

class FormatOverview : public QTreeWidget
{
    Q_OBJECT
public:
    explicit FormatOverview(QWidget *parent = nullptr);
};

} // namespace nianbao
