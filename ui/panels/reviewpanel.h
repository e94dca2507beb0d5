#pragma once

#include "model/dialogue.h"
#include "panel.h"
#include "store/dialoguequery.h"

#include <functional>
#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTableView;

namespace Callwright {

struct Catalog;
class CallInspector;
class DialogueListModel;
class ReviewFilterBar;
class RevisionView;
class TranscriptView;

/// Where dialogues are reviewed: the filtered list of every dialogue of the project, the
/// selected one's transcript and plan, the inspector of its calls, its history; accept,
/// reject, mark for fixing, edit and replay, keyboard first.
class ReviewPanel final : public Panel
{
    Q_OBJECT

public:
    explicit ReviewPanel(QWidget *parent = nullptr);
    ~ReviewPanel() override;

    QString panelId() const override;
    QString title() const override;
    /// The counts line, for tests and accessibility.
    QString statusText() const;
    /// The keyboard shortcuts as the panel lists them.
    QString shortcutHelp() const;

    DialogueListModel *listModel() const { return m_model; }
    QTableView *listView() const { return m_list; }
    ReviewFilterBar *filterBar() const { return m_filterBar; }
    TranscriptView *transcriptView() const { return m_transcript; }
    CallInspector *callInspector() const { return m_inspector; }
    RevisionView *revisionView() const { return m_revisions; }
    /// The dialogue shown; empty when none.
    const std::optional<Dialogue> &currentDialogue() const { return m_current; }

    void applyFilter(const DialogueFilter &filter);
    void selectRow(int row);
    int currentRow() const;
    /// Review actions on the selected rows (or the current one); then the next open dialogue
    /// of the list is shown.
    void acceptSelected();
    void rejectSelected(const QString &reason);
    void markSelectedForFixing(const QString &note);
    void showNext();
    void showPrevious();
    /// Opens the call in the inspector; false when the dialogue has no such call.
    bool inspectCall(const QString &callId);
    void applyCallEdits(const QString &callId, const Json &request, const Json &response);
    void rerunCall(const QString &callId);
    void resimulateFromCurrentMessage();
    void showHistory();
    /// Stages a view for a screenshot: "filter", "call" (a call with an argument edited to an
    /// ungrounded value) or "history" (that edit's diff). False when it cannot.
    bool stage(const QString &what);

protected:
    void documentChanged() override;
    void refresh() override;

private:
    QAction *addReviewAction(const QString &text, const QKeySequence &key,
                             const std::function<void()> &slot);
    void askReject();
    void askFix();
    void askNote();
    void editCurrent();
    void insertTurn();
    void deleteTurn();
    void moveTurn(int step);
    void showDialogue(qint64 id);
    /// Reads the shown dialogue again from the project, then renderCurrent().
    void reloadCurrent();
    /// Shows m_current: transcript, revisions and header.
    void renderCurrent();
    void setStatusOfSelection(ReviewStatus status, const QString &note);
    void showNextOpen(int fromRow);
    void editCurrentDialogue(const Dialogue &after, const QString &summary);
    QList<qint64> selectedIds() const;
    const Catalog *catalogOfCurrent() const;
    void updateCounts();
    /// The tools, engines, metrics and saved filters the filter bar offers.
    void refreshChoices();

    DialogueListModel *m_model;
    ReviewFilterBar *m_filterBar;
    QTableView *m_list;
    QLabel *m_counts;
    QLabel *m_shortcuts;
    QLabel *m_header;
    QLineEdit *m_curator;
    TranscriptView *m_transcript;
    QTabWidget *m_details;
    CallInspector *m_inspector;
    RevisionView *m_revisions;
    std::optional<Dialogue> m_current;
    qint64 m_shownId = 0;
    QString m_message; ///< the last outcome shown after the counts
};

} // namespace Callwright
