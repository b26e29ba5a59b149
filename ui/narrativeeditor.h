#pragma once
// The narrative parts of a period (前言, 一、总体情况 and its parts, 五, 六): one editor per part,
// figures inserted as placeholders that show their current value, a live length count for
// 总体情况 against the format's guideline, and every change saved within a moment.

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QTextBrowser;
class QTimer;

namespace nianbao {

class PeriodSession;

class NarrativeEditor : public QWidget
{
    Q_OBJECT
public:
    NarrativeEditor(PeriodSession *session, QWidget *parent = nullptr);

    void showPart(const QString &key);
    QString currentPart() const { return m_part; }
    QPlainTextEdit *editor() const { return m_edit; }
    QLabel *lengthLabel() const { return m_length; }
    // Inserts the placeholder of a cell at the cursor.
    void insertPlaceholder(const QString &cellKey);
    // Writes a pending change now.
    bool saveNow();

signals:
    void message(const QString &text);

private:
    void updatePreview();
    void updateLength();

    PeriodSession *m_session;
    QMap<QString, QString> m_texts;
    QString m_part;
    QListWidget *m_parts;
    QPlainTextEdit *m_edit;
    QComboBox *m_cells;
    QTextBrowser *m_preview;
    QLabel *m_length;
    QTimer *m_saveTimer;
    bool m_dirty = false;
    bool m_loading = false;
};

} // namespace nianbao
