#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QScrollArea;
class QStackedWidget;

namespace Callwright {

class EmptyState;
struct Catalog;
struct Tool;

/// The read-only definition of the selected tool: name, description and its parameter and
/// return schemas as indented JSON; or a summary of the selected catalog.
class ToolDetailView final : public QWidget
{
    Q_OBJECT

public:
    explicit ToolDetailView(QWidget *parent = nullptr);

    void showTool(const Tool &tool, const Catalog &catalog);
    void showCatalog(const Catalog &catalog);
    void showNothing();

    QString shownName() const;
    QString parametersText() const;
    QString returnsText() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitDescription();

    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QLabel *m_name;
    QLabel *m_subtitle;
    QLabel *m_description;
    QScrollArea *m_descriptionScroll;
    QLabel *m_parametersLabel;
    QPlainTextEdit *m_parameters;
    QLabel *m_returnsLabel;
    QPlainTextEdit *m_returns;
};

} // namespace Callwright
