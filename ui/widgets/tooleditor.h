#pragma once

#include "model/tool.h"

#include <QPointer>
#include <QWidget>

#include <array>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTimer;

namespace Callwright {

class ProjectDocument;
class SchemaEditor;
struct Catalog;

/// Edits one tool of the document: name (checked for OpenAI's pattern and uniqueness in the
/// catalog), description, tags, and its parameters and returns schemas with live checks.
///
/// Edits reach the document through ProjectDocument::changeTool shortly after the last
/// keystroke or when a field loses focus, and only the fields that are valid at that moment:
/// an invalid name or schema text is never written. Consecutive edits merge into one undo
/// step. Ctrl+Z in a field first writes what is pending, then undoes in the document; only a
/// field holding invalid text keeps Ctrl+Z for its own typing.
class ToolEditor final : public QWidget
{
    Q_OBJECT

public:
    /// Time after the last keystroke before an edit is written.
    static constexpr int kCommitDelayMs = 400;

    explicit ToolEditor(QWidget *parent = nullptr);
    ~ToolEditor() override;

    /// Writes what is pending to the previous document first.
    void setDocument(ProjectDocument *document);
    /// Shows a tool; called again with the same tool after it changed in the document, in
    /// which case fields the user is editing with invalid text are kept and a notice says so.
    void setTool(const Tool &tool, const Catalog &catalog);
    /// Writes what is pending and shows no tool.
    void clear();
    qint64 toolId() const { return m_base.id; }

    /// Writes the valid pending edits now.
    void commit();
    void focusName();

    QLineEdit *nameField() const { return m_name; }
    QPlainTextEdit *descriptionField() const { return m_description; }
    QLineEdit *tagsField() const { return m_tags; }
    SchemaEditor *parametersEditor() const { return m_parameters; }
    SchemaEditor *returnsEditor() const { return m_returns; }
    QTimer *commitTimer() const { return m_commitTimer; }
    /// The inline message under the name; empty when the name is fine.
    QString nameProblem() const;
    /// The notice shown when the tool changed while a field held invalid text; empty if none.
    QString noticeText() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void load(const Tool &tool, const Catalog &catalog);
    void follow(const Tool &tool, const Catalog &catalog);
    void takeCatalog(const Catalog &catalog);
    bool checkName();
    bool holdsInvalidEdit(QObject *field);
    void fieldEdited();
    void showNotice(bool show);
    std::array<QWidget *, 5> fields() const;

    QPointer<ProjectDocument> m_document;
    Tool m_base;              ///< the tool as the document has it; id 0 when none is shown
    QStringList m_otherNames; ///< the other tools of its catalog
    QString m_catalogName;
    bool m_loading = false;
    bool m_committing = false;

    QLabel *m_notice;
    QWidget *m_noticeBar;
    QLineEdit *m_name;
    QLabel *m_nameProblem;
    QLabel *m_origin;
    QPlainTextEdit *m_description;
    QLineEdit *m_tags;
    SchemaEditor *m_parameters;
    SchemaEditor *m_returns;
    QTimer *m_commitTimer;
};

} // namespace Callwright
