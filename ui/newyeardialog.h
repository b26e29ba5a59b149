#pragma once
// Asks for a new year: which year, its format (2021 from 2021 on, 2019 before), entered directly
// or quarter by quarter.

#include "ledger.h"

#include <QDialog>

class QComboBox;
class QRadioButton;
class QSpinBox;

namespace nianbao {

class NewYearDialog : public QDialog
{
    Q_OBJECT
public:
    NewYearDialog(int suggestedYear, QWidget *parent = nullptr);
    int year() const;
    QString formatId() const;
    YearEntry entry() const;

private:
    QSpinBox *m_year;
    QComboBox *m_format;
    QRadioButton *m_quarters;
};

} // namespace nianbao
