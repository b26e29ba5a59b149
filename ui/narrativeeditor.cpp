#include "narrativeeditor.h"

#include "narrative.h"
#include "periodsession.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nianbao {

NarrativeEditor::NarrativeEditor(PeriodSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_texts(session->ledger().narrative(session->period().id))
{
    const FormatDefinition &f = session->format();
    m_parts = new QListWidget(this);
    m_parts->setAccessibleName(tr("Narrative parts"));
    auto addPart = [this](const QString &key, const QString &text) {
        auto *item = new QListWidgetItem(text, m_parts);
        item->setData(Qt::UserRole, key);
    };
    addPart(f.preamble.key, f.preamble.label);
    for (const SectionDef &s : f.sections)
        for (const PartDef &p : s.parts)
            addPart(p.key, p.key.contains(u'.') ? s.heading.left(2) + p.label : s.heading);

    m_edit = new QPlainTextEdit(this);
    m_edit->setAccessibleName(tr("Narrative text"));
    m_edit->setReadOnly(session->textReadOnly());
    m_cells = new QComboBox(this);
    m_cells->setAccessibleName(tr("Figure to insert"));
    for (const CellDef &c : f.cells)
        m_cells->addItem(c.label, c.key);
    auto *insert = new QPushButton(tr("&Insert figure"), this);
    insert->setEnabled(!session->textReadOnly());
    m_preview = new QTextBrowser(this);
    m_preview->setAccessibleName(tr("Text with figures"));
    m_length = new QLabel(this);
    m_saveTimer = new QTimer(this);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(400);

    auto *tools = new QHBoxLayout;
    tools->addWidget(new QLabel(tr("Figure:"), this));
    tools->addWidget(m_cells, 1);
    tools->addWidget(insert);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(tools);
    rightLayout->addWidget(m_edit, 3);
    rightLayout->addWidget(new QLabel(tr("As printed:"), this));
    rightLayout->addWidget(m_preview, 2);
    rightLayout->addWidget(m_length);
    auto *split = new QSplitter(this);
    split->addWidget(m_parts);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_parts, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            showPart(item->data(Qt::UserRole).toString());
    });
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        m_texts.insert(m_part, m_edit->toPlainText());
        m_dirty = true;
        m_saveTimer->start();
        updatePreview();
        updateLength();
    });
    connect(m_saveTimer, &QTimer::timeout, this, &NarrativeEditor::saveNow);
    connect(insert, &QPushButton::clicked, this, [this] { insertPlaceholder(m_cells->currentData().toString()); });
    connect(session, &PeriodSession::figuresChanged, this, [this] {
        updatePreview();
        updateLength();
    });
    m_parts->setCurrentRow(0);
}

void NarrativeEditor::showPart(const QString &key)
{
    saveNow();
    m_part = key;
    m_loading = true;
    m_edit->setPlainText(m_texts.value(key));
    m_loading = false;
    for (int i = 0; i < m_parts->count(); ++i)
        if (m_parts->item(i)->data(Qt::UserRole).toString() == key && m_parts->currentRow() != i)
            m_parts->setCurrentRow(i);
    updatePreview();
    updateLength();
}

void NarrativeEditor::insertPlaceholder(const QString &cellKey)
{
    if (cellKey.isEmpty() || m_edit->isReadOnly())
        return;
    m_edit->insertPlainText(u'{' + cellKey + u'}');
    m_edit->setFocus();
}

bool NarrativeEditor::saveNow()
{
    m_saveTimer->stop();
    if (!m_dirty || m_part.isEmpty())
        return true;
    const Status s = m_session->ledger().setNarrative(m_session->period().id, m_part, m_texts.value(m_part));
    if (!s) {
        emit message(s.message);
        return false;
    }
    m_dirty = false;
    emit message(tr("Text saved"));
    return true;
}

void NarrativeEditor::updatePreview()
{
    m_preview->setPlainText(expandPlaceholders(m_edit->toPlainText(), m_session->figures()));
}

void NarrativeEditor::updateLength()
{
    const FormatDefinition &f = m_session->format();
    for (const SectionDef &s : f.sections) {
        bool inSection = false;
        for (const PartDef &p : s.parts)
            inSection |= p.key == m_part;
        if (!inSection)
            continue;
        int count = 0;
        for (const PartDef &p : s.parts)
            count += countedCharacters(expandPlaceholders(m_texts.value(p.key), m_session->figures()));
        if (s.guidelineChars > 0) {
            const bool over = count > s.guidelineChars;
            m_length->setText(over ? tr("%1: %2 characters — over the guideline of about %3")
                                         .arg(s.heading).arg(count).arg(s.guidelineChars)
                                   : tr("%1: %2 of about %3 characters").arg(s.heading).arg(count).arg(s.guidelineChars));
            m_length->setStyleSheet(over ? u"color: #b00020; font-weight: bold;"_s : QString());
        } else {
            m_length->setText(tr("%1: %2 characters").arg(s.heading).arg(count));
            m_length->setStyleSheet({});
        }
        return;
    }
    m_length->setText(tr("%1 characters").arg(countedCharacters(m_edit->toPlainText())));
    m_length->setStyleSheet({});
}

} // namespace nianbao
