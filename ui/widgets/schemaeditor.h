#pragma once

#include "model/json.h"

#include <QWidget>

class QLabel;
class QTimer;
class QTreeWidget;

namespace Callwright {

class JsonEditor;

/// A tool's parameters or returns schema in a JsonEditor, checked as it is typed: where the
/// text stops being JSON (the line marked), and what SchemaValidator::checkSchema finds wrong
/// with the schema, by JSON pointer. The text is applicable, and may be written to the
/// project, only when it is JSON and the schema has no errors; warnings do not block.
class SchemaEditor final : public QWidget
{
    Q_OBJECT

public:
    enum class Kind {
        Parameters, ///< must be an object schema
        Returns,    ///< may be empty: the tool declares no result schema (null)
    };

    explicit SchemaEditor(Kind kind, QWidget *parent = nullptr);
    ~SchemaEditor() override;

    JsonEditor *editor() const { return m_editor; }
    QString text() const;

    /// Shows schema indented, replacing the text; null shows nothing (Returns).
    void setSchema(const Json &schema);
    /// Runs the checks now if an edit is still waiting for them.
    void validateNow();
    /// The schema the text holds, if it may be applied.
    bool applicableSchema(Json *schema);
    bool isApplicable();

    /// The summary under the editor, e.g. "Line 3, column 7: unexpected '}'".
    QString statusText() const;
    /// One line per schema problem: "error /properties/a/type: …".
    QStringList issueTexts() const;

Q_SIGNALS:
    /// The user changed the text (not setSchema).
    void edited();
    void focusLost();

private:
    void validate();
    void setStatus(const QString &text, bool error);

    Kind m_kind;
    JsonEditor *m_editor;
    QLabel *m_status;
    QTreeWidget *m_issues;
    QTimer *m_validateTimer;
    Json m_value;
    bool m_applicable = false;
    bool m_loading = false;
};

} // namespace Callwright
