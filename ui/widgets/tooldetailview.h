#pragma once

#include <QWidget>

class QLabel;
class QScrollArea;
class QStackedWidget;

namespace Callwright {

class EmptyState;
class ProjectDocument;
class ToolEditor;
struct Catalog;
struct Tool;

/// The right side of the Catalog panel: the selected tool in a ToolEditor, a summary of the
/// selected catalog, or a hint when nothing is selected.
class ToolDetailView final : public QWidget
{
    Q_OBJECT

public:
    explicit ToolDetailView(QWidget *parent = nullptr);

    /// The document that tool edits are written to.
    void setDocument(ProjectDocument *document);
    void showTool(const Tool &tool, const Catalog &catalog);
    void showCatalog(const Catalog &catalog);
    void showNothing();

    ToolEditor *editor() const { return m_editor; }
    /// The tool's name as its field shows it, the catalog's, or empty.
    QString shownName() const;
    QString parametersText() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitDescription();

    QStackedWidget *m_stack;
    EmptyState *m_empty;
    ToolEditor *m_editor;
    QLabel *m_catalogName;
    QLabel *m_catalogSummary;
    QLabel *m_catalogDescription;
    QScrollArea *m_descriptionScroll;
};

} // namespace Callwright
