#include "scorespanel.h"

#include "scoring/coveragechart.h"
#include "scoring/histogramchart.h"
#include "scoring/reviewruleseditor.h"
#include "scoring/scorelabels.h"
#include "scoring/scoringtask.h"
#include "widgets/emptystate.h"

#include "model/projectdocument.h"
#include "scoring/dialoguemetrics.h"
#include "store/projectstore.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Callwright {

namespace {

/// Metrics in the order a curator reads them: the combined scores, then their parts.
QStringList orderedMetrics(const std::map<QString, Histogram> &histograms)
{
    QStringList order{QLatin1String(ScoreNames::Naturalness), QLatin1String(ScoreNames::Coherence),
                      QLatin1String(ScoreNames::Verified)};
    order += ScoreLabels::naturalnessParts();
    order += ScoreLabels::coherenceParts();
    QStringList out;
    for (const QString &m : std::as_const(order)) {
        if (histograms.count(m))
            out << m;
    }
    for (const auto &entry : histograms) {
        if (!out.contains(entry.first))
            out << entry.first;
    }
    return out;
}

QString formatted(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

} // namespace

ScoresPanel::ScoresPanel(QWidget *parent)
    : Panel(parent)
    , m_task(new ScoringTask(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(this))
    , m_score(new QPushButton(tr("&Score all"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_metric(new QComboBox(this))
    , m_histogram(new HistogramChart(this))
    , m_coverage(new CoverageChart(this))
    , m_means(new QTreeWidget(this))
    , m_rules(new ReviewRulesEditor(this))
    , m_preview(new QPushButton(tr("&Preview"), this))
    , m_apply(new QPushButton(tr("&Apply"), this))
    , m_previewText(new QLabel(this))
{
    m_stack->addWidget(m_empty);
    m_stack->addWidget(createContent());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    connect(m_score, &QPushButton::clicked, this, [this] { scoreAll(); });
    connect(m_cancel, &QPushButton::clicked, this, &ScoresPanel::cancel);
    connect(m_preview, &QPushButton::clicked, this, [this] { previewRules(); });
    connect(m_apply, &QPushButton::clicked, this, [this] { applyRules(); });
    connect(m_rules, &ReviewRulesEditor::rulesChanged, this, &ScoresPanel::invalidatePreview);
    connect(m_metric, &QComboBox::currentIndexChanged, this, &ScoresPanel::showHistogram);
    connect(m_histogram, &HistogramChart::filterRequested, this, &ScoresPanel::filterRequested);
    connect(m_means, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            selectMetric(item->data(0, Qt::UserRole).toString());
    });
    connect(m_task, &ScoringTask::progressChanged, this, [this](qint64 done, qint64 total) {
        m_progress->setRange(0, int(std::max<qint64>(1, total)));
        m_progress->setValue(int(done));
        if (m_task->kind() == ScoringTask::Kind::Score)
            showStatus(tr("Scoring: %1 of %2 dialogues…").arg(done).arg(total));
    });
    connect(m_task, &ScoringTask::reportReady, this,
            [this](ScoringTask::Kind kind, std::shared_ptr<const ScoringReport> report) {
                const bool scored = kind == ScoringTask::Kind::Score;
                if (!report->error.isEmpty()) {
                    showStatus(tr("Scoring failed: %1").arg(report->error));
                } else if (report->cancelled && scored) {
                    showStatus(tr("Scoring was cancelled; the scores of %n dialogue(s) are "
                                  "stored.",
                                  nullptr, int(report->written)));
                    notifyDocument();
                    m_refreshPending = true;
                } else if (!report->cancelled) {
                    showReport(report, scored);
                }
                updateActions();
                if (m_refreshPending) {
                    m_refreshPending = false;
                    refreshWhenShown();
                }
            });
    connect(m_task, &ScoringTask::rulesPreviewed, this,
            [this](const std::vector<RuleDecision> &changes, bool cancelled) {
                m_changes = changes;
                m_havePreview = !cancelled;
                if (cancelled) {
                    m_previewText->setText(tr("The preview was cancelled."));
                } else {
                    int accepted = 0, rejected = 0, fix = 0;
                    for (const RuleDecision &c : changes) {
                        accepted += c.to == ReviewStatus::Accepted ? 1 : 0;
                        rejected += c.to == ReviewStatus::Rejected ? 1 : 0;
                        fix += c.to == ReviewStatus::NeedsFix ? 1 : 0;
                    }
                    m_previewText->setText(
                            tr("%n dialogue(s) would change: %1 accepted, %2 rejected, %3 "
                               "marked as needing a fix.",
                               nullptr, int(changes.size()))
                                    .arg(accepted)
                                    .arg(rejected)
                                    .arg(fix));
                    Q_EMIT previewReady(int(changes.size()));
                }
                updateActions();
            });
    connect(m_task, &ScoringTask::rulesApplied, this, [this](int written, const QString &error) {
        m_havePreview = false;
        m_changes.clear();
        m_previewText->setText(
                error.isEmpty()
                        ? tr("%n dialogue(s) changed by the rules.", nullptr, written)
                        : tr("%n dialogue(s) changed, then: %1", nullptr, written).arg(error));
        notifyDocument();
        updateActions();
        Q_EMIT rulesApplied(written);
    });
    refresh();
}

ScoresPanel::~ScoresPanel() = default;

QWidget *ScoresPanel::createContent()
{
    auto *content = new QWidget(this);
    m_cancel->setEnabled(false);
    m_progress->setTextVisible(true);
    m_progress->setMaximumWidth(260);
    m_progress->setValue(0);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    m_score->setToolTip(tr("Score the naturalness and coherence of every dialogue and store "
                           "the scores. Runs in the background."));

    auto *top = new QHBoxLayout;
    top->addWidget(m_score);
    top->addWidget(m_cancel);
    top->addWidget(m_progress);
    top->addWidget(m_status, 1);

    auto *left = new QWidget(content);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *metricRow = new QHBoxLayout;
    metricRow->addWidget(new QLabel(tr("Distribution of"), left));
    metricRow->addWidget(m_metric, 1);
    leftLayout->addLayout(metricRow);
    leftLayout->addWidget(m_histogram, 1);

    m_means->setColumnCount(3);
    m_means->setHeaderLabels({tr("Score"), tr("Mean"), tr("Dialogues")});
    m_means->setRootIsDecorated(true);
    m_means->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_means->header()->setStretchLastSection(false);
    m_means->setMinimumHeight(150);
    auto *right = new QSplitter(Qt::Vertical, content);
    right->addWidget(m_means);
    right->addWidget(m_coverage);
    right->setChildrenCollapsible(false);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);

    auto *charts = new QSplitter(Qt::Horizontal, content);
    charts->addWidget(left);
    charts->addWidget(right);
    charts->setStretchFactor(0, 3);
    charts->setStretchFactor(1, 2);
    charts->setChildrenCollapsible(false);

    auto *rulesBox = new QGroupBox(tr("Review rules"), content);
    rulesBox->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *rulesLayout = new QVBoxLayout(rulesBox);
    rulesLayout->addWidget(m_rules);
    auto *ruleActions = new QHBoxLayout;
    m_preview->setToolTip(tr("Count the dialogues the rules would change, without changing "
                             "any."));
    m_apply->setToolTip(tr("Give the previewed dialogues their new review status."));
    ruleActions->addWidget(m_preview);
    ruleActions->addWidget(m_apply);
    ruleActions->addWidget(m_previewText, 1);
    rulesLayout->addLayout(ruleActions);
    m_previewText->setWordWrap(true);

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(charts, 1);
    layout->addWidget(rulesBox);
    invalidatePreview();
    return content;
}

QString ScoresPanel::panelId() const
{
    return QStringLiteral("scores");
}

QString ScoresPanel::title() const
{
    return tr("Scores");
}

QString ScoresPanel::statusText() const
{
    return m_stack->currentWidget() == m_empty ? m_empty->text() : m_status->text();
}

bool ScoresPanel::isBusy() const
{
    return m_task->isRunning();
}

void ScoresPanel::documentChanged()
{
    // What runs belongs to the previous project: stop it and drop what it sends.
    m_task->cancel();
    m_task->wait();
    m_report.reset();
    m_changes.clear();
    m_havePreview = false;
    m_refreshPending = false;
    if (ProjectDocument *doc = document()) {
        connect(doc, &ProjectDocument::dialoguesChanged, this, [this] {
            if (m_notifying)
                return;
            invalidatePreview();
            refreshWhenShown();
        });
    }
    refresh();
}

void ScoresPanel::refresh()
{
    ProjectDocument *doc = document();
    m_empty->setTitle(tr("Scores"));
    if (!doc) {
        m_empty->setText(tr("No project is open."));
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    if (doc->dialogueCount() == 0) {
        m_empty->setText(tr("This project has no dialogues yet. Generate some in the "
                            "Simulation panel, then score them here."));
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    m_stack->setCurrentIndex(1);
    if (isBusy()) {
        m_refreshPending = true;
        return;
    }
    m_task->summarize(doc->store().path());
    showStatus(tr("Reading the stored scores…"));
    updateActions();
}

bool ScoresPanel::scoreAll()
{
    ProjectDocument *doc = document();
    if (!doc || isBusy())
        return false;
    if (doc->store().isReadOnly()) {
        showStatus(tr("The project is open read-only; scores cannot be stored."));
        return false;
    }
    m_progress->setRange(0, int(std::max<qint64>(1, doc->dialogueCount())));
    m_progress->setValue(0);
    m_task->score(doc->store().path());
    invalidatePreview();
    showStatus(tr("Scoring…"));
    updateActions();
    return true;
}

void ScoresPanel::cancel()
{
    m_task->cancel();
}

bool ScoresPanel::previewRules()
{
    ProjectDocument *doc = document();
    if (!doc || isBusy() || m_rules->rules().empty())
        return false;
    m_task->previewRules(doc->store().path(), m_rules->rules(), m_rules->onlyOpen());
    m_previewText->setText(tr("Counting…"));
    updateActions();
    return true;
}

bool ScoresPanel::applyRules()
{
    ProjectDocument *doc = document();
    if (!doc || isBusy() || !m_havePreview || m_changes.empty())
        return false;
    if (doc->store().isReadOnly()) {
        m_previewText->setText(tr("The project is open read-only."));
        return false;
    }
    m_task->applyRules(doc->store().path(), m_changes);
    m_previewText->setText(tr("Applying…"));
    updateActions();
    return true;
}

int ScoresPanel::previewCount() const
{
    return m_havePreview ? int(m_changes.size()) : -1;
}

void ScoresPanel::selectMetric(const QString &metric)
{
    const int index = m_metric->findData(metric);
    if (index >= 0)
        m_metric->setCurrentIndex(index);
}

QString ScoresPanel::currentMetric() const
{
    return m_metric->currentData().toString();
}

void ScoresPanel::showReport(std::shared_ptr<const ScoringReport> report, bool scored)
{
    m_report = std::move(report);
    const ScoringReport &r = *m_report;
    const DatasetStats &s = r.stats;
    m_summary->setText(
            tr("<b>%n dialogue(s)</b> · word entropy H <b>%1</b> bits · Distinct-3 <b>%2</b> "
               "(ToolFlow: H 10.36, D-3 0.4865) · near duplicates: <b>%3</b> cluster(s) holding "
               "%4 dialogues, %5 redundant",
               nullptr, int(r.dialogues))
                    .arg(formatted(s.wordEntropy(), 2), formatted(s.distinct3(), 4))
                    .arg(r.nearDuplicates.clusters.size())
                    .arg(r.nearDuplicates.dialogues())
                    .arg(r.nearDuplicates.redundantUids().size()));
    const QString previous = currentMetric();
    {
        const QSignalBlocker block(m_metric);
        m_metric->clear();
        for (const QString &metric : orderedMetrics(s.histograms()))
            m_metric->addItem(ScoreLabels::name(metric), metric);
        const int index = m_metric->findData(previous);
        m_metric->setCurrentIndex(index >= 0 ? index : 0);
    }
    showHistogram();
    fillMeans();
    m_coverage->setCoverage(r.coverage);
    const bool hasScores = s.histograms().count(QLatin1String(ScoreNames::Naturalness)) > 0;
    if (scored) {
        showStatus(tr("Scored %n dialogue(s) in %1 s.", nullptr, int(r.written))
                           .arg(formatted(r.seconds, 1)));
        notifyDocument();
    } else if (!hasScores) {
        showStatus(tr("These dialogues have no naturalness or coherence scores yet: "
                      "press Score all."));
    } else {
        showStatus(tr("Scores of %n dialogue(s).", nullptr, int(r.dialogues)));
    }
    Q_EMIT reportShown();
}

void ScoresPanel::showHistogram()
{
    if (!m_report) {
        m_histogram->clear();
        return;
    }
    const auto &histograms = m_report->stats.histograms();
    const auto it = histograms.find(currentMetric());
    if (it == histograms.end())
        m_histogram->clear();
    else
        m_histogram->setHistogram(it->first, it->second);
}

void ScoresPanel::fillMeans()
{
    const QSignalBlocker block(m_means);
    m_means->clear();
    if (!m_report)
        return;
    const auto &histograms = m_report->stats.histograms();
    const auto item = [&](const QString &metric, QTreeWidgetItem *parent) -> QTreeWidgetItem * {
        const auto it = histograms.find(metric);
        if (it == histograms.end())
            return nullptr;
        const int decimals = it->second.maximum > 10 ? 1 : 2;
        auto *row = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_means);
        row->setText(0, ScoreLabels::name(metric));
        row->setText(1, formatted(it->second.mean(), decimals));
        row->setText(2, QLocale().toString(it->second.count));
        row->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        row->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        row->setData(0, Qt::UserRole, metric);
        return row;
    };
    QStringList shown;
    const auto group = [&](const char *combined, const QStringList &parts) {
        QTreeWidgetItem *top = item(QLatin1String(combined), nullptr);
        shown << QLatin1String(combined) << parts;
        if (!top)
            return;
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        top->setFont(1, bold);
        for (const QString &part : parts)
            item(part, top);
        top->setExpanded(true);
    };
    group(ScoreNames::Naturalness, ScoreLabels::naturalnessParts());
    group(ScoreNames::Coherence, ScoreLabels::coherenceParts());
    for (const auto &entry : histograms) {
        if (!shown.contains(entry.first))
            item(entry.first, nullptr);
    }
    m_means->resizeColumnToContents(1);
    m_means->resizeColumnToContents(2);
}

void ScoresPanel::showStatus(const QString &text)
{
    m_status->setText(text);
}

void ScoresPanel::invalidatePreview()
{
    m_havePreview = false;
    m_changes.clear();
    m_previewText->setText(m_rules->rules().empty()
                                   ? tr("Add a rule, then preview how many dialogues it would "
                                        "change.")
                                   : tr("Preview to see how many dialogues the rules would "
                                        "change."));
    updateActions();
}

void ScoresPanel::updateActions()
{
    const bool busy = isBusy();
    const bool open = document() != nullptr;
    m_score->setEnabled(open && !busy);
    m_cancel->setEnabled(busy);
    m_preview->setEnabled(open && !busy && !m_rules->rules().empty());
    m_apply->setEnabled(open && !busy && m_havePreview && !m_changes.empty());
    m_progress->setVisible(busy);
}

void ScoresPanel::notifyDocument()
{
    if (ProjectDocument *doc = document()) {
        m_notifying = true;
        doc->notifyDialoguesChanged();
        m_notifying = false;
    }
}

} // namespace Callwright
