#include "newyeardialog.h"

#include "formatregistry.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace nianbao {

NewYearDialog::NewYearDialog(int suggestedYear, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("New year"));
    m_year = new QSpinBox(this);
    m_year->setRange(2008, 2100);
    m_year->setValue(suggestedYear);
    m_format = new QComboBox(this);
    for (const QString &id : FormatRegistry::instance().ids()) {
        const FormatPtr f = FormatRegistry::instance().format(id);
        m_format->addItem(f->document + u' ' + f->name, id);
    }
    auto choose = [this](int year) {
        m_format->setCurrentIndex(m_format->findData(FormatRegistry::instance().defaultFor(year)->id));
    };
    choose(suggestedYear);
    connect(m_year, &QSpinBox::valueChanged, this, choose);
    auto *direct = new QRadioButton(tr("As a &whole year"), this);
    m_quarters = new QRadioButton(tr("&Quarter by quarter, added up into the year"), this);
    m_quarters->setChecked(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Year"), m_year);
    form->addRow(tr("&Format"), m_format);
    form->addRow(tr("Entered"), direct);
    form->addRow(QString(), m_quarters);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

int NewYearDialog::year() const
{
    return m_year->value();
}

QString NewYearDialog::formatId() const
{
    return m_format->currentData().toString();
}

YearEntry NewYearDialog::entry() const
{
    return m_quarters->isChecked() ? YearEntry::Quarters : YearEntry::Direct;
}

} // namespace nianbao
