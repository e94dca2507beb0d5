#pragma once

#include <QDialog>
#include <QHash>
#include <QPointer>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Callwright {

class PlaceholderHighlighter;
class ProjectDocument;

/// Project ▸ Agent Prompts: the prompt templates of the LLM-driven agents, each with what its
/// agent sees, edited as plain text with its {{placeholders}} marked, and saved into the project
/// (one undo step each) or reset to the built-in text.
class PromptTemplatesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PromptTemplatesDialog(ProjectDocument *document, QWidget *parent = nullptr);
    ~PromptTemplatesDialog() override;

    /// "Tool agent" for "tool"; a template this build has no title for keeps its name.
    static QString titleOf(const QString &name);
    /// What the agent of a template sees, in a sentence or two.
    static QString descriptionOf(const QString &name);
    /// The placeholders the agent is given: the required ones and those of the built-in text.
    static QStringList knownPlaceholders(const QString &name);

    QTreeWidget *templateList() const { return m_list; }
    QPlainTextEdit *editor() const { return m_editor; }
    PlaceholderHighlighter *highlighter() const { return m_highlighter; }
    QLabel *descriptionLabel() const { return m_description; }
    QLabel *validationLabel() const { return m_validation; }
    QLabel *warningLabel() const { return m_warning; }
    QPushButton *resetButton() const { return m_reset; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *closeButton() const { return m_close; }

    QString currentTemplate() const { return m_current; }
    /// Shows the template name, asking first about unsaved edits of the one shown; false when
    /// there is no such template or the user chose to stay.
    bool selectTemplate(const QString &name);
    /// Whether the editor differs from what the project uses for the template shown.
    bool isModified() const;
    /// Required placeholders the edited text lacks.
    QStringList missingPlaceholders() const;
    /// Placeholders of the edited text that the agent is not given.
    QStringList unknownPlaceholders() const;
    /// Saves the edited text into the project (the built-in text removes the override); false
    /// while a required placeholder is missing, on a read-only project, or when the file
    /// refused the write (the edits stay in the editor).
    bool save();
    /// Puts the built-in text into the editor; Save then drops the project's own text.
    void resetToBuiltIn();

public Q_SLOTS:
    /// Close, Escape and the window's close button: asks about unsaved edits first.
    void reject() override;

private:
    enum class Unsaved { None, Saved, Discarded, Stay };

    Unsaved settleUnsavedEdits();
    void showTemplate(const QString &name);
    void fillList();
    QTreeWidgetItem *itemOf(const QString &name) const;
    void updateRow(const QString &name);
    void updateState();
    void savedElsewhere(const QString &name);
    QString savedText(const QString &name) const;
    bool isOverridden(const QString &name) const;
    bool isWritable() const;
    QString placeholderLegend(const QString &name) const;

    QPointer<ProjectDocument> m_document;
    QHash<QString, QString> m_overrides; ///< the project's own texts, by template
    QString m_current;
    QString m_saveError;
    QTreeWidget *m_list;
    QLabel *m_heading;
    QLabel *m_state;
    QLabel *m_description;
    QPlainTextEdit *m_editor;
    PlaceholderHighlighter *m_highlighter;
    QLabel *m_legend;
    QLabel *m_validation;
    QLabel *m_warning;
    QLabel *m_readOnly;
    QPushButton *m_reset;
    QPushButton *m_save;
    QPushButton *m_close;
};

} // namespace Callwright
