#pragma once

#include <QPointer>
#include <QWidget>

namespace Callwright {

class ProjectDocument;

/// One page of the main window's workspace (Catalog, Graph, ...). It shows the document it
/// is given and follows its signals; it never owns it.
class Panel : public QWidget
{
    Q_OBJECT

public:
    explicit Panel(QWidget *parent = nullptr);
    ~Panel() override;

    /// A stable name for the command line (--tab) and settings, e.g. "catalog".
    virtual QString panelId() const = 0;
    /// The translated tab title.
    virtual QString title() const = 0;

    void setDocument(ProjectDocument *document);
    ProjectDocument *document() const;

protected:
    /// Called after the document changed (possibly to null); signals of the previous one are
    /// already disconnected from this panel.
    virtual void documentChanged() = 0;
    /// Reads what the panel shows from the document again; see refreshWhenShown().
    virtual void refresh() {}
    /// Calls refresh() now when the panel is visible, else when it is next shown: a hidden
    /// tab need not query the project on the GUI thread each time a run stores a batch.
    void refreshWhenShown();
    void showEvent(QShowEvent *event) override;

private:
    QPointer<ProjectDocument> m_document;
    bool m_stale = false;
};

} // namespace Callwright
