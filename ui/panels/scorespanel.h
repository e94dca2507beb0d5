#pragma once

#include "panel.h"

#include "scoring/reviewrules.h"
#include "scoring/scorefilter.h"

#include <memory>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace Callwright {

class CoverageChart;
class EmptyState;
class HistogramChart;
class ReviewRulesEditor;
class ScoringTask;
struct ScoringReport;

/// The quality of the project's dialogues: the dataset's figures (word entropy, Distinct-3,
/// near duplicates), a histogram of each score, tool and edge coverage, the mean of each
/// combined score beside its parts, "Score all" on a worker thread, and review rules that
/// accept or reject by threshold, previewed before they are applied.
///
/// Clicking a histogram bar emits filterRequested with the score and the bar's range; the
/// review browser shows the dialogues that match (ScoreFilter::matches).
class ScoresPanel final : public Panel
{
    Q_OBJECT

public:
    explicit ScoresPanel(QWidget *parent = nullptr);
    ~ScoresPanel() override;

    QString panelId() const override;
    QString title() const override;
    /// What the panel currently says (its status line, or why it is empty), for tests and
    /// accessibility.
    QString statusText() const;

    QPushButton *scoreButton() const { return m_score; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *previewButton() const { return m_preview; }
    QPushButton *applyButton() const { return m_apply; }
    QProgressBar *progressBar() const { return m_progress; }
    ReviewRulesEditor *rulesEditor() const { return m_rules; }
    HistogramChart *histogram() const { return m_histogram; }
    /// The figures shown, from the last scoring or reading of the project; null before.
    const ScoringReport *report() const { return m_report.get(); }
    bool isBusy() const;

    // The commands behind the buttons, for tests and scripted runs; false when busy.
    bool scoreAll();
    void cancel();
    bool previewRules();
    /// Applies the previewed changes; false when there is no current preview.
    bool applyRules();
    /// How many dialogues the current preview would change; -1 when there is none.
    int previewCount() const;
    void selectMetric(const QString &metric);
    QString currentMetric() const;

Q_SIGNALS:
    /// Show the review browser the dialogues whose score falls in the filter's range.
    void filterRequested(const Callwright::ScoreFilter &filter);
    /// The figures were (re)computed, by scoring or by reading the stored scores.
    void reportShown();
    void previewReady(int changes);
    void rulesApplied(int changed);

protected:
    void documentChanged() override;
    void refresh() override;

private:
    QWidget *createContent();
    void showReport(std::shared_ptr<const ScoringReport> report, bool scored);
    void showHistogram();
    void fillMeans();
    void showStatus(const QString &text);
    void invalidatePreview();
    void updateActions();
    void notifyDocument();

    ScoringTask *m_task;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QPushButton *m_score;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_summary;
    QComboBox *m_metric;
    HistogramChart *m_histogram;
    CoverageChart *m_coverage;
    QTreeWidget *m_means;
    ReviewRulesEditor *m_rules;
    QPushButton *m_preview;
    QPushButton *m_apply;
    QLabel *m_previewText;

    std::shared_ptr<const ScoringReport> m_report;
    std::vector<RuleDecision> m_changes;
    bool m_havePreview = false;
    bool m_notifying = false; ///< the document is told of our own writes
    bool m_refreshPending = false;
};

} // namespace Callwright
