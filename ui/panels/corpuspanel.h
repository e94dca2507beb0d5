#pragma once

#include "panel.h"

#include <QPair>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableWidget;
class QTextBrowser;
class QTreeWidget;

namespace Callwright {

class CorpusTask;
class EmptyState;
struct CorpusProgress;
struct CorpusTaskResult;

/// GEM's text-to-trajectory pipeline at work: documents of the project's corpus with how far
/// their passages went through the four stages; a passage shown where it sits in its
/// document, beside the output of the chosen stage and who made it. Imports and runs happen
/// on a worker thread with progress and cancel.
class CorpusPanel final : public Panel
{
    Q_OBJECT

public:
    explicit CorpusPanel(QWidget *parent = nullptr);
    ~CorpusPanel() override;

    QString panelId() const override;
    QString title() const override;
    /// What the panel currently says (its status line, or why it is empty).
    QString statusText() const;

    QLineEdit *filterEdit() const { return m_filter; }
    QTreeWidget *documentList() const { return m_documents; }
    QTreeWidget *passageList() const { return m_passages; }
    QPlainTextEdit *sourceView() const { return m_source; }
    QTabWidget *stageTabs() const { return m_stages; }
    QTableWidget *toolsTable() const { return m_tools; }
    QLabel *recordLabel() const { return m_record; }
    QLabel *noticeLabel() const { return m_notice; }
    QPushButton *importButton() const { return m_import; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *addToolsButton() const { return m_addTools; }
    QPushButton *sendToReviewButton() const { return m_sendToReview; }
    QProgressBar *progressBar() const { return m_progress; }

    bool isRunning() const;
    /// Imports a folder or a file into the project and runs the stages over what it read;
    /// false (with the reason shown) when it cannot start.
    bool importPath(const QString &path);
    /// Runs the stages that are pending or failed over every document.
    bool runStages();
    void cancel();

    /// Adds the selected document's extracted tools to the catalog named catalogName (made
    /// when missing, as one undo step); tools whose name it holds are skipped. False (with the
    /// reason on the status line) when nothing could be done.
    bool addToolsToCatalog(const QString &catalogName);
    /// Sends the selected document's trajectories to review as open dialogues; those already
    /// there are skipped. False (with the reason on the status line) when it failed.
    bool sendToReview();

    bool selectDocument(qint64 documentId);
    bool selectPassage(qint64 passageId);
    /// Selects the first passage whose extraction found tools, preferring one that holds a
    /// workflow, and shows its extraction; false when there is none.
    bool selectFirstPassageWithTools();
    qint64 currentDocumentId() const;
    qint64 currentPassageId() const;
    /// The span of the source view's provenance highlight, in the document's text.
    QPair<int, int> highlightedRange() const;

Q_SIGNALS:
    /// An import or a run ended; ok when it completed, report is what the status line says.
    void runFinished(bool ok, const QString &report);

protected:
    void documentChanged() override;
    void refresh() override;

private:
    QWidget *createLeft();
    QWidget *createRight();
    void chooseImport(bool folder);
    void chooseCatalogForTools();
    void showProgress(const CorpusProgress &progress);
    void runEnded(const CorpusTaskResult &result);
    void applyFilter();
    void documentSelected();
    void passageSelected();
    void showStage();
    void updateActions();
    bool begin(const QString &input);

    CorpusTask *m_task;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QPushButton *m_import;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QPushButton *m_addTools;
    QPushButton *m_sendToReview;
    QProgressBar *m_progress;
    QLabel *m_statusLine;
    QLabel *m_notice;
    QLineEdit *m_filter;
    QTreeWidget *m_documents;
    QTreeWidget *m_passages;
    QPlainTextEdit *m_source;
    QLabel *m_record;
    QTabWidget *m_stages;
    QTextBrowser *m_relevance;
    QTextBrowser *m_steps;
    QTableWidget *m_tools;
    QTextBrowser *m_grounding;
    QTextBrowser *m_refinement;
    qint64 m_shownDocument = 0;
};

} // namespace Callwright
