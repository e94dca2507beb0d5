#include "corpuspanel.h"

#include "corpus/corpustask.h"
#include "widgets/emptystate.h"
#include "widgets/heading.h"

#include "corpus/corpusadoption.h"
#include "corpus/embeddedcorpusengine.h"
#include "model/projectdocument.h"
#include "store/projectstore.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace Callwright {

namespace {

enum DocumentColumn { DocTitle, DocPassages, DocWorkflows, DocFirstStage };
enum PassageColumn { PassIndex, PassHeading, PassWorkflow };
constexpr int kIdRole = Qt::UserRole;

QString stageTitle(CorpusStage stage)
{
    switch (stage) {
    case CorpusStage::Relevance:
        return CorpusPanel::tr("Relevance");
    case CorpusStage::Extraction:
        return CorpusPanel::tr("Extraction");
    case CorpusStage::Grounding:
        return CorpusPanel::tr("Grounding");
    case CorpusStage::Refinement:
        return CorpusPanel::tr("Refinement");
    }
    return QString();
}

/// A short column header for a stage; the full name is its tooltip.
QString stageShortTitle(CorpusStage stage)
{
    switch (stage) {
    case CorpusStage::Relevance:
        return CorpusPanel::tr("Relev.");
    case CorpusStage::Extraction:
        return CorpusPanel::tr("Extr.");
    case CorpusStage::Grounding:
        return CorpusPanel::tr("Ground.");
    case CorpusStage::Refinement:
        return CorpusPanel::tr("Refine.");
    }
    return QString();
}

QString statusTitle(CorpusStageStatus status)
{
    switch (status) {
    case CorpusStageStatus::Pending:
        return CorpusPanel::tr("pending");
    case CorpusStageStatus::Done:
        return CorpusPanel::tr("done");
    case CorpusStageStatus::Failed:
        return CorpusPanel::tr("failed");
    case CorpusStageStatus::Edited:
        return CorpusPanel::tr("edited");
    case CorpusStageStatus::Skipped:
        return CorpusPanel::tr("skipped");
    }
    return QString();
}

/// "4\u2713", with " 1\u2717" for failed and " 2\u2026" for pending passages when there are any.
QString stageCountsText(const CorpusStageCounts &c)
{
    QString text = CorpusPanel::tr("%1\u2713").arg(c.done + c.edited);
    if (c.failed > 0)
        text += QLatin1Char(' ') + CorpusPanel::tr("%1\u2717").arg(c.failed);
    if (c.pending > 0)
        text += QLatin1Char(' ') + CorpusPanel::tr("%1\u2026").arg(c.pending);
    return text;
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

/// "name: type, required — description" for each property of a tool's parameters.
QString describeParameters(const Json &schema)
{
    if (!schema.is_object() || !schema.contains("properties") || !schema["properties"].is_object())
        return QString();
    QStringList required;
    if (schema.contains("required") && schema["required"].is_array()) {
        for (const Json &r : schema["required"])
            if (r.is_string())
                required << r.get<QString>();
    }
    QStringList lines;
    for (auto it = schema["properties"].begin(); it != schema["properties"].end(); ++it) {
        const QString name = QString::fromStdString(it.key());
        const Json &p = it.value();
        QString type = p.is_object() && p.contains("type") && p["type"].is_string()
                               ? p["type"].get<QString>()
                               : QStringLiteral("any");
        QString line = name + QStringLiteral(": ") + type;
        if (required.contains(name))
            line += CorpusPanel::tr(", required");
        if (p.is_object() && p.contains("description") && p["description"].is_string())
            line += QStringLiteral(" \u2014 ") + p["description"].get<QString>();
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

QString transcriptHtml(const TrajectoryResult &result)
{
    QString html;
    if (!result.rules.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><ol>").arg(esc(CorpusPanel::tr("System prompt rules")));
        for (const QString &rule : result.rules)
            html += QStringLiteral("<li>%1</li>").arg(esc(rule));
        html += QStringLiteral("</ol>");
    }
    if (!result.changes.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><ul>").arg(esc(CorpusPanel::tr("Made harder by")));
        for (const QString &change : result.changes)
            html += QStringLiteral("<li>%1</li>").arg(esc(change));
        html += QStringLiteral("</ul>");
    }
    html += QStringLiteral("<h3>%1</h3>").arg(esc(CorpusPanel::tr("Trajectory")));
    for (const Message &m : result.trajectory.messages) {
        QString who;
        switch (m.role) {
        case Message::Role::System:
            who = CorpusPanel::tr("System");
            break;
        case Message::Role::User:
            who = CorpusPanel::tr("User");
            break;
        case Message::Role::Assistant:
            who = CorpusPanel::tr("Assistant");
            break;
        case Message::Role::Tool:
            who = CorpusPanel::tr("Tool %1").arg(m.toolName);
            break;
        }
        html += QStringLiteral("<p><b>%1</b><br>%2")
                        .arg(esc(who),
                             esc(m.content).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
        for (const ToolCall &call : m.toolCalls) {
            html += QStringLiteral("<br><code>%1(%2)</code>")
                            .arg(esc(call.toolName), esc(toQString(call.arguments)));
        }
        html += QStringLiteral("</p>");
    }
    return html;
}

} // namespace

CorpusPanel::CorpusPanel(QWidget *parent)
    : Panel(parent)
    , m_task(new CorpusTask(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(this))
    , m_import(new QPushButton(tr("&Import\u2026"), this))
    , m_run(new QPushButton(tr("&Run Stages"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_addTools(new QPushButton(tr("Add &Tools to Catalog\u2026"), this))
    , m_sendToReview(new QPushButton(tr("Send to Re&view"), this))
    , m_progress(new QProgressBar(this))
    , m_statusLine(new QLabel(this))
    , m_notice(new QLabel(EmbeddedCorpusEngine::heuristicNotice(), this))
    , m_filter(new QLineEdit(this))
    , m_documents(new QTreeWidget(this))
    , m_passages(new QTreeWidget(this))
    , m_source(new QPlainTextEdit(this))
    , m_record(new QLabel(this))
    , m_stages(new QTabWidget(this))
    , m_relevance(new QTextBrowser(this))
    , m_steps(new QTextBrowser(this))
    , m_tools(new QTableWidget(this))
    , m_grounding(new QTextBrowser(this))
    , m_refinement(new QTextBrowser(this))
{
    m_import->setObjectName(QStringLiteral("corpusImport"));
    m_run->setObjectName(QStringLiteral("corpusRun"));
    m_cancel->setObjectName(QStringLiteral("corpusCancel"));
    m_addTools->setObjectName(QStringLiteral("corpusAddTools"));
    m_sendToReview->setObjectName(QStringLiteral("corpusSendToReview"));
    m_progress->setObjectName(QStringLiteral("corpusProgress"));
    m_notice->setObjectName(QStringLiteral("corpusHeuristicNotice"));

    auto *importMenu = new QMenu(m_import);
    importMenu->addAction(tr("A &folder of text or Markdown files\u2026"), this,
                          [this] { chooseImport(true); });
    importMenu->addAction(tr("A &JSON Lines file\u2026"), this, [this] { chooseImport(false); });
    m_import->setMenu(importMenu);
    m_import->setToolTip(tr("Read a corpus into the project and run the four stages over it"));
    m_run->setToolTip(tr("Run the stages that are pending or failed over every document"));
    m_cancel->setToolTip(tr("Stop; what is done so far is kept"));
    m_addTools->setToolTip(tr("Add the tools extracted from the selected document to a catalog"));
    m_sendToReview->setToolTip(
            tr("Send the selected document's trajectories to review as dialogues"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(tr("No run yet"));
    m_progress->setTextVisible(true);
    m_progress->setAccessibleName(tr("Corpus progress"));
    m_statusLine->setWordWrap(true);
    m_statusLine->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->setWordWrap(true);
    m_notice->setForegroundRole(QPalette::PlaceholderText);

    auto *runRow = new QHBoxLayout;
    runRow->addWidget(m_import);
    runRow->addWidget(m_run);
    runRow->addWidget(m_cancel);
    runRow->addWidget(m_progress, 1);
    runRow->addWidget(m_addTools);
    runRow->addWidget(m_sendToReview);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(createLeft());
    splitter->addWidget(createRight());
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({470, 900});

    auto *work = new QWidget(this);
    auto *workLayout = new QVBoxLayout(work);
    workLayout->setContentsMargins(0, 0, 0, 0);
    workLayout->addLayout(runRow);
    workLayout->addWidget(m_notice);
    workLayout->addWidget(m_statusLine);
    workLayout->addWidget(splitter, 1);

    m_stack->addWidget(m_empty);
    m_stack->addWidget(work);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    connect(m_run, &QPushButton::clicked, this, [this] { runStages(); });
    connect(m_cancel, &QPushButton::clicked, this, &CorpusPanel::cancel);
    connect(m_addTools, &QPushButton::clicked, this, &CorpusPanel::chooseCatalogForTools);
    connect(m_sendToReview, &QPushButton::clicked, this, [this] { sendToReview(); });
    connect(m_filter, &QLineEdit::textChanged, this, &CorpusPanel::applyFilter);
    connect(m_documents, &QTreeWidget::currentItemChanged, this, &CorpusPanel::documentSelected);
    connect(m_passages, &QTreeWidget::currentItemChanged, this, &CorpusPanel::passageSelected);
    connect(m_stages, &QTabWidget::currentChanged, this, &CorpusPanel::showStage);
    connect(m_task, &CorpusTask::progressChanged, this, &CorpusPanel::showProgress);
    connect(m_task, &CorpusTask::finished, this, &CorpusPanel::runEnded);

    documentChanged();
}

CorpusPanel::~CorpusPanel()
{
    m_task->cancel();
    m_task->wait();
}

QWidget *CorpusPanel::createLeft()
{
    auto *left = new QSplitter(Qt::Vertical, this);
    left->setChildrenCollapsible(false);

    auto *top = new QWidget(left);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    m_filter->setObjectName(QStringLiteral("corpusFilter"));
    m_filter->setPlaceholderText(tr("Filter documents by title or id"));
    m_filter->setClearButtonEnabled(true);
    m_documents->setObjectName(QStringLiteral("corpusDocuments"));
    m_documents->setRootIsDecorated(false);
    m_documents->setUniformRowHeights(true);
    m_documents->setAlternatingRowColors(true);
    QStringList headers{tr("Document"), tr("Pass."), tr("Flows")};
    for (CorpusStage stage : kCorpusStages)
        headers << stageShortTitle(stage);
    m_documents->setHeaderLabels(headers);
    m_documents->headerItem()->setToolTip(DocPassages, tr("Passages"));
    m_documents->headerItem()->setToolTip(DocWorkflows,
                                          tr("Passages that hold a multi-step workflow"));
    for (CorpusStage stage : kCorpusStages) {
        m_documents->headerItem()->setToolTip(
                DocFirstStage + stageIndex(stage),
                tr("%1: passages done \u2713, failed \u2717 and pending \u2026")
                        .arg(stageTitle(stage)));
    }
    m_documents->header()->setStretchLastSection(false);
    m_documents->header()->setSectionResizeMode(DocTitle, QHeaderView::Stretch);
    for (int c = DocPassages; c < DocFirstStage + kCorpusStageCount; ++c)
        m_documents->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    topLayout->addWidget(heading(tr("Documents"), top));
    topLayout->addWidget(m_filter);
    topLayout->addWidget(m_documents, 1);

    auto *bottom = new QWidget(left);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    m_passages->setObjectName(QStringLiteral("corpusPassages"));
    m_passages->setRootIsDecorated(false);
    m_passages->setUniformRowHeights(true);
    m_passages->setHeaderLabels({tr("#"), tr("Heading"), tr("Workflow")});
    m_passages->header()->setStretchLastSection(false);
    m_passages->header()->setSectionResizeMode(PassIndex, QHeaderView::ResizeToContents);
    m_passages->header()->setSectionResizeMode(PassHeading, QHeaderView::Stretch);
    m_passages->header()->setSectionResizeMode(PassWorkflow, QHeaderView::ResizeToContents);
    bottomLayout->addWidget(heading(tr("Passages"), bottom));
    bottomLayout->addWidget(m_passages, 1);

    left->addWidget(top);
    left->addWidget(bottom);
    left->setSizes({400, 300});
    return left;
}

QWidget *CorpusPanel::createRight()
{
    auto *right = new QSplitter(Qt::Horizontal, this);
    right->setChildrenCollapsible(false);

    auto *sourceArea = new QWidget(right);
    auto *sourceLayout = new QVBoxLayout(sourceArea);
    sourceLayout->setContentsMargins(0, 0, 0, 0);
    m_source->setObjectName(QStringLiteral("corpusSource"));
    m_source->setReadOnly(true);
    m_source->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_source->setPlaceholderText(tr("Choose a passage to see it in its document."));
    m_source->setAccessibleName(tr("Source document"));
    sourceLayout->addWidget(heading(tr("Source (the passage highlighted)"), sourceArea));
    sourceLayout->addWidget(m_source, 1);

    auto *stageArea = new QWidget(right);
    auto *stageLayout = new QVBoxLayout(stageArea);
    stageLayout->setContentsMargins(0, 0, 0, 0);
    m_record->setObjectName(QStringLiteral("corpusRecord"));
    m_record->setWordWrap(true);
    m_record->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stages->setObjectName(QStringLiteral("corpusStages"));

    m_relevance->setObjectName(QStringLiteral("corpusRelevance"));
    auto *extraction = new QSplitter(Qt::Vertical, m_stages);
    m_steps->setObjectName(QStringLiteral("corpusSteps"));
    m_tools->setObjectName(QStringLiteral("corpusTools"));
    m_tools->setColumnCount(3);
    m_tools->setHorizontalHeaderLabels({tr("Tool"), tr("Description"), tr("Parameters")});
    m_tools->verticalHeader()->hide();
    m_tools->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tools->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tools->setWordWrap(true);
    m_tools->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tools->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_tools->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_tools->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    extraction->addWidget(m_steps);
    extraction->addWidget(m_tools);
    extraction->setSizes({300, 300});
    m_grounding->setObjectName(QStringLiteral("corpusGrounding"));
    m_refinement->setObjectName(QStringLiteral("corpusRefinement"));

    m_stages->addTab(m_relevance, stageTitle(CorpusStage::Relevance));
    m_stages->addTab(extraction, stageTitle(CorpusStage::Extraction));
    m_stages->addTab(m_grounding, stageTitle(CorpusStage::Grounding));
    m_stages->addTab(m_refinement, stageTitle(CorpusStage::Refinement));

    stageLayout->addWidget(heading(tr("Stage output"), stageArea));
    stageLayout->addWidget(m_record);
    stageLayout->addWidget(m_stages, 1);

    right->addWidget(sourceArea);
    right->addWidget(stageArea);
    right->setSizes({330, 570});
    return right;
}

QString CorpusPanel::panelId() const
{
    return QStringLiteral("corpus");
}

QString CorpusPanel::title() const
{
    return tr("Corpus");
}

QString CorpusPanel::statusText() const
{
    return m_stack->currentWidget() == m_empty ? m_empty->text() : m_statusLine->text();
}

bool CorpusPanel::isRunning() const
{
    return m_task->isRunning();
}

void CorpusPanel::chooseImport(bool folder)
{
    const QString path
            = folder ? QFileDialog::getExistingDirectory(this, tr("Import a corpus folder"))
                     : QFileDialog::getOpenFileName(this, tr("Import a corpus file"), QString(),
                                                    tr("JSON Lines (*.jsonl);;Text (*.txt "
                                                       "*.md);;All files (*)"));
    if (!path.isEmpty())
        importPath(path);
}

bool CorpusPanel::importPath(const QString &path)
{
    if (path.isEmpty())
        return false;
    return begin(path);
}

bool CorpusPanel::runStages()
{
    return begin(QString());
}

bool CorpusPanel::begin(const QString &input)
{
    ProjectDocument *doc = document();
    if (!doc || isRunning())
        return false;
    if (!m_task->start(doc->store().path(), input))
        return false;
    m_progress->setRange(0, 0);
    m_progress->setFormat(input.isEmpty() ? tr("Starting\u2026") : tr("Importing\u2026"));
    m_statusLine->setText(input.isEmpty() ? tr("Running the pending and failed stages\u2026")
                                          : tr("Importing %1 and running the stages\u2026")
                                                    .arg(QDir::toNativeSeparators(input)));
    updateActions();
    return true;
}

void CorpusPanel::cancel()
{
    if (!isRunning())
        return;
    m_task->cancel();
    m_cancel->setEnabled(false);
    m_statusLine->setText(tr("Cancelling; what is done so far is kept\u2026"));
}

void CorpusPanel::showProgress(const CorpusProgress &progress)
{
    const QLocale locale;
    m_progress->setRange(0, std::max(1, progress.documentsTotal));
    m_progress->setValue(progress.documentsDone);
    m_progress->setFormat(tr("%1 / %2 documents \u00b7 %3 workflows \u00b7 %4 tools \u00b7 %5 "
                             "documents/s")
                                  .arg(locale.toString(progress.documentsDone),
                                       locale.toString(progress.documentsTotal),
                                       locale.toString(progress.workflows),
                                       locale.toString(progress.tools),
                                       locale.toString(progress.documentsPerSecond, 'f', 1)));
}

void CorpusPanel::runEnded(const CorpusTaskResult &result)
{
    const QLocale locale;
    const CorpusProgress &p = result.run.progress;
    QString report;
    if (result.ok) {
        report = tr("%1 passages of %2 documents run in %3 s: %4 workflows, %5 tools, %6 rule "
                    "check findings.")
                         .arg(locale.toString(p.passagesDone), locale.toString(p.documentsDone),
                              locale.toString(result.run.seconds, 'f', 1),
                              locale.toString(p.workflows), locale.toString(p.tools),
                              locale.toString(p.ruleIssues));
        if (result.imported > 0)
            report.prepend(tr("%n document(s) imported. ", nullptr, result.imported));
        m_progress->setRange(0, 1);
        m_progress->setValue(1);
        m_progress->setFormat(tr("Done"));
    } else if (result.cancelled) {
        report = tr("Cancelled after %1 of %2 documents; Run Stages finishes the rest.")
                         .arg(locale.toString(p.documentsDone), locale.toString(p.documentsTotal));
        m_progress->setRange(0, 1);
        m_progress->setFormat(tr("Cancelled"));
    } else {
        report = tr("The run failed: %1").arg(result.error);
        m_progress->setRange(0, 1);
        m_progress->setFormat(tr("Failed"));
    }
    m_statusLine->setText(report);
    refresh();
    updateActions();
    Q_EMIT runFinished(result.ok, report);
}

void CorpusPanel::documentChanged()
{
    if (m_task->isRunning()) {
        m_task->cancel();
        m_task->wait();
    }
    m_statusLine->clear();
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(tr("No run yet"));
    m_shownDocument = 0;
    // Listing the documents queries the project: only for a panel on screen. Saying that no
    // project is open costs nothing.
    if (document())
        refreshWhenShown();
    else
        refresh();
}

void CorpusPanel::refresh()
{
    ProjectDocument *doc = document();
    if (!doc) {
        m_empty->setTitle(tr("Corpus"));
        m_empty->setText(tr("No project is open."));
        m_stack->setCurrentWidget(m_empty);
        updateActions();
        return;
    }
    m_stack->setCurrentIndex(1);
    const qint64 currentDoc = currentDocumentId();
    const qint64 currentPassage = currentPassageId();
    m_shownDocument = 0; // a run may have imported the document again
    {
        const QSignalBlocker blocker(m_documents);
        m_documents->clear();
        const QLocale locale;
        for (const CorpusDocumentSummary &s : doc->store().corpusDocuments()) {
            auto *item = new QTreeWidgetItem(m_documents);
            item->setData(DocTitle, kIdRole, s.id);
            item->setText(DocTitle, s.title.isEmpty() ? s.uid : s.title);
            item->setToolTip(DocTitle, tr("%1\n%2").arg(s.uid, s.sourcePath));
            item->setText(DocPassages, locale.toString(s.passages));
            item->setText(DocWorkflows, locale.toString(s.workflows));
            item->setTextAlignment(DocPassages, Qt::AlignRight | Qt::AlignVCenter);
            item->setTextAlignment(DocWorkflows, Qt::AlignRight | Qt::AlignVCenter);
            for (int i = 0; i < kCorpusStageCount; ++i) {
                const CorpusStageCounts &c = s.stages[std::size_t(i)];
                item->setText(DocFirstStage + i, stageCountsText(c));
                item->setToolTip(DocFirstStage + i,
                                 tr("%1 done, %2 edited, %3 failed, %4 pending, %5 skipped")
                                         .arg(c.done)
                                         .arg(c.edited)
                                         .arg(c.failed)
                                         .arg(c.pending)
                                         .arg(c.skipped));
            }
        }
    }
    applyFilter();
    if (m_documents->topLevelItemCount() == 0) {
        m_passages->clear();
        m_source->clear();
        m_shownDocument = 0;
        showStage();
        if (m_statusLine->text().isEmpty())
            m_statusLine->setText(tr("No corpus yet: import a folder of text or Markdown files, "
                                     "or a JSON Lines file of {id, title, text}."));
    } else if (currentDoc && selectDocument(currentDoc)) {
        if (currentPassage)
            selectPassage(currentPassage);
    }
    updateActions();
}

void CorpusPanel::applyFilter()
{
    const QString text = m_filter->text().trimmed();
    for (int i = 0; i < m_documents->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_documents->topLevelItem(i);
        item->setHidden(!text.isEmpty() && !item->text(DocTitle).contains(text, Qt::CaseInsensitive)
                        && !item->toolTip(DocTitle).contains(text, Qt::CaseInsensitive));
    }
}

bool CorpusPanel::selectDocument(qint64 documentId)
{
    for (int i = 0; i < m_documents->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_documents->topLevelItem(i);
        if (item->data(DocTitle, kIdRole).toLongLong() == documentId) {
            item->setHidden(false);
            if (m_documents->currentItem() == item)
                documentSelected();
            else
                m_documents->setCurrentItem(item);
            m_documents->scrollToItem(item);
            return true;
        }
    }
    return false;
}

bool CorpusPanel::selectPassage(qint64 passageId)
{
    ProjectDocument *doc = document();
    if (!doc)
        return false;
    const std::optional<Passage> passage = doc->store().corpusPassage(passageId);
    if (!passage
        || (currentDocumentId() != passage->documentId && !selectDocument(passage->documentId)))
        return false;
    for (int i = 0; i < m_passages->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_passages->topLevelItem(i);
        if (item->data(PassIndex, kIdRole).toLongLong() == passageId) {
            m_passages->setCurrentItem(item);
            m_passages->scrollToItem(item);
            return true;
        }
    }
    return false;
}

bool CorpusPanel::selectFirstPassageWithTools()
{
    ProjectDocument *doc = document();
    if (!doc)
        return false;
    qint64 best = 0;
    qint64 fallback = 0;
    for (const CorpusDocumentSummary &s : doc->store().corpusDocuments()) {
        for (const auto &[passageId, stages] : doc->store().corpusDocumentStages(s.id)) {
            const std::optional<ExtractionResult> extraction
                    = stages[std::size_t(stageIndex(CorpusStage::Extraction))].extraction();
            if (!extraction || extraction->tools.empty())
                continue;
            if (!fallback)
                fallback = passageId;
            const std::optional<RelevanceResult> relevance
                    = stages[std::size_t(stageIndex(CorpusStage::Relevance))].relevance();
            if (relevance && relevance->holdsWorkflow && extraction->tools.size() >= 2) {
                best = passageId;
                break;
            }
        }
        if (best)
            break;
    }
    const qint64 chosen = best ? best : fallback;
    if (!chosen || !selectPassage(chosen))
        return false;
    m_stages->setCurrentIndex(stageIndex(CorpusStage::Extraction));
    return true;
}

qint64 CorpusPanel::currentDocumentId() const
{
    const QTreeWidgetItem *item = m_documents->currentItem();
    return item ? item->data(DocTitle, kIdRole).toLongLong() : 0;
}

qint64 CorpusPanel::currentPassageId() const
{
    const QTreeWidgetItem *item = m_passages->currentItem();
    return item ? item->data(PassIndex, kIdRole).toLongLong() : 0;
}

QPair<int, int> CorpusPanel::highlightedRange() const
{
    const QList<QTextEdit::ExtraSelection> selections = m_source->extraSelections();
    if (selections.isEmpty())
        return {-1, -1};
    const QTextCursor &c = selections.constFirst().cursor;
    return {c.selectionStart(), c.selectionEnd()};
}

void CorpusPanel::documentSelected()
{
    ProjectDocument *doc = document();
    const qint64 id = currentDocumentId();
    {
        const QSignalBlocker blocker(m_passages);
        m_passages->clear();
        if (doc && id) {
            const std::map<qint64, PassageStages> stages = doc->store().corpusDocumentStages(id);
            for (const Passage &p : doc->store().corpusPassages(id)) {
                auto *item = new QTreeWidgetItem(m_passages);
                item->setData(PassIndex, kIdRole, p.id);
                item->setText(PassIndex, QString::number(p.index + 1));
                item->setText(PassHeading,
                              p.headingPath.isEmpty()
                                      ? tr("(before the first heading)")
                                      : p.headingPath.join(QStringLiteral(" \u203a ")));
                QString workflow = tr("\u2014");
                const auto it = stages.find(p.id);
                if (it != stages.end()) {
                    const CorpusStageRecord &r
                            = it->second[std::size_t(stageIndex(CorpusStage::Relevance))];
                    if (const std::optional<RelevanceResult> rel = r.relevance())
                        workflow = rel->holdsWorkflow ? tr("yes") : tr("no");
                    else if (r.status == CorpusStageStatus::Pending)
                        workflow = tr("pending");
                }
                item->setText(PassWorkflow, workflow);
            }
        }
    }
    if (id != m_shownDocument) {
        m_shownDocument = id;
        const std::optional<CorpusDocument> d
                = doc && id ? doc->store().corpusDocument(id) : std::nullopt;
        m_source->setPlainText(d ? d->text : QString());
    }
    if (m_passages->topLevelItemCount() > 0)
        m_passages->setCurrentItem(m_passages->topLevelItem(0));
    else
        passageSelected();
    updateActions();
}

void CorpusPanel::passageSelected()
{
    ProjectDocument *doc = document();
    const qint64 id = currentPassageId();
    const std::optional<Passage> passage
            = doc && id ? doc->store().corpusPassage(id) : std::nullopt;
    QList<QTextEdit::ExtraSelection> selections;
    if (passage) {
        QTextEdit::ExtraSelection highlight;
        highlight.cursor = QTextCursor(m_source->document());
        highlight.cursor.setPosition(passage->start);
        highlight.cursor.setPosition(passage->end, QTextCursor::KeepAnchor);
        highlight.format.setBackground(palette().color(QPalette::Highlight).lighter(170));
        highlight.format.setProperty(QTextFormat::FullWidthSelection, false);
        selections << highlight;
        // Scroll so the passage starts near the top.
        QTextCursor end(m_source->document());
        end.movePosition(QTextCursor::End);
        m_source->setTextCursor(end);
        QTextCursor start(m_source->document());
        start.setPosition(passage->start);
        m_source->setTextCursor(start);
        m_source->ensureCursorVisible();
    }
    m_source->setExtraSelections(selections);
    showStage();
}

void CorpusPanel::showStage()
{
    ProjectDocument *doc = document();
    const qint64 id = currentPassageId();
    const std::optional<PassageStages> stages
            = doc && id ? doc->store().corpusPassageStages(id) : std::nullopt;
    const int index = std::clamp(m_stages->currentIndex(), 0, kCorpusStageCount - 1);
    m_relevance->clear();
    m_steps->clear();
    m_tools->setRowCount(0);
    m_grounding->clear();
    m_refinement->clear();
    if (!stages) {
        m_record->setText(id ? tr("This passage has not been run yet.")
                             : tr("Choose a passage to see its stage outputs."));
        return;
    }
    const CorpusStageRecord &record = (*stages)[std::size_t(index)];
    QStringList facts;
    facts << tr("Status: %1").arg(statusTitle(record.status));
    if (!record.engine.isEmpty())
        facts << tr("engine: %1").arg(record.engine);
    if (record.atMs > 0)
        facts << tr("at %1").arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(record.atMs),
                                                    QLocale::ShortFormat));
    if (record.heuristic)
        facts << tr("heuristic (made by rules, not a model)");
    if (!record.issues.empty())
        facts << tr("%n rule check finding(s)", nullptr, int(record.issues.size()));
    QString text = facts.join(QStringLiteral(" \u00b7 "));
    if (!record.error.isEmpty())
        text += QLatin1Char('\n') + record.error;
    m_record->setText(text);

    switch (CorpusStage(index)) {
    case CorpusStage::Relevance:
        if (const std::optional<RelevanceResult> r = record.relevance()) {
            QString html = QStringLiteral("<h3>%1</h3><p>%2</p><table>")
                                   .arg(esc(r->holdsWorkflow ? tr("Holds a multi-step workflow")
                                                             : tr("Holds no multi-step workflow")),
                                        esc(r->summary));
            const QPair<QString, QString> rows[]
                    = {{tr("Confidence"), QLocale().toString(r->confidence, 'f', 2)},
                       {tr("Platform"), r->platform},
                       {tr("Domain"), r->domain},
                       {tr("Category"), r->taskCategory}};
            for (const auto &[label, value] : rows)
                html += QStringLiteral("<tr><td><b>%1</b>&nbsp;&nbsp;</td><td>%2</td></tr>")
                                .arg(esc(label), esc(value));
            html += QStringLiteral("</table>");
            if (!r->evidence.isEmpty()) {
                html += QStringLiteral("<h4>%1</h4><ul>").arg(esc(tr("Evidence")));
                for (const QString &e : r->evidence)
                    html += QStringLiteral("<li>%1</li>").arg(esc(e));
                html += QStringLiteral("</ul>");
            }
            m_relevance->setHtml(html);
        }
        break;
    case CorpusStage::Extraction:
        if (const std::optional<ExtractionResult> r = record.extraction()) {
            QString html = QStringLiteral("<h3>%1</h3><p><code>%2</code></p><h3>%3</h3><ol>")
                                   .arg(esc(tr("Execution graph")), esc(r->executionGraph),
                                        esc(tr("Steps")));
            for (const WorkflowStep &s : r->steps) {
                html += QStringLiteral("<li>%1").arg(esc(s.description));
                if (!s.command.isEmpty())
                    html += QStringLiteral("<br><code>%1</code>").arg(esc(s.command));
                if (!s.toolName.isEmpty())
                    html += QStringLiteral(" \u2192 <b>%1</b>").arg(esc(s.toolName));
                html += QStringLiteral("</li>");
            }
            html += QStringLiteral("</ol>");
            m_steps->setHtml(html);
            m_tools->setRowCount(int(r->tools.size()));
            for (int row = 0; row < int(r->tools.size()); ++row) {
                const Tool &tool = r->tools[std::size_t(row)];
                m_tools->setItem(row, 0, new QTableWidgetItem(tool.name));
                m_tools->setItem(row, 1, new QTableWidgetItem(tool.description));
                auto *parameters = new QTableWidgetItem(describeParameters(tool.parameters));
                parameters->setToolTip(toQString(tool.parameters, 2));
                m_tools->setItem(row, 2, parameters);
            }
        }
        break;
    case CorpusStage::Grounding:
    case CorpusStage::Refinement:
        if (const std::optional<TrajectoryResult> r = record.trajectory()) {
            (index == stageIndex(CorpusStage::Grounding) ? m_grounding : m_refinement)
                    ->setHtml(transcriptHtml(*r));
        }
        break;
    }
}

void CorpusPanel::updateActions()
{
    const bool running = isRunning();
    const bool ready = document() != nullptr;
    m_import->setEnabled(ready && !running);
    m_run->setEnabled(ready && !running && m_documents->topLevelItemCount() > 0);
    m_cancel->setEnabled(running);
    const bool chosen = ready && !running && currentDocumentId() != 0;
    m_addTools->setEnabled(chosen && !document()->isReadOnly());
    m_sendToReview->setEnabled(chosen && !document()->isReadOnly());
}

void CorpusPanel::chooseCatalogForTools()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Add Tools to Catalog"),
                                               tr("Catalog (made when the project has none of "
                                                  "this name):"),
                                               QLineEdit::Normal, QStringLiteral("corpus"), &ok);
    if (ok)
        addToolsToCatalog(name);
}

bool CorpusPanel::addToolsToCatalog(const QString &catalogName)
{
    ProjectDocument *doc = document();
    const qint64 documentId = currentDocumentId();
    const QString name = catalogName.trimmed();
    if (!doc || documentId == 0 || isRunning() || name.isEmpty()) {
        m_statusLine->setText(name.isEmpty() && doc && documentId != 0
                                      ? tr("The catalog needs a name.")
                                      : tr("Choose a document whose tools to add."));
        return false;
    }
    const std::vector<Tool> tools = CorpusAdoption::extractedTools(
            doc->store(), CorpusAdoption::passageIds(doc->store(), documentId));
    if (tools.empty()) {
        m_statusLine->setText(tr("The extraction found no tools in this document."));
        return false;
    }
    QString problem;
    const QMetaObject::Connection watch = connect(doc, &ProjectDocument::storeError, this,
                                                  [&problem](const QString &m) { problem = m; });
    const auto findCatalog = [doc, &name]() -> const Catalog * {
        for (const Catalog &c : doc->catalogs()) {
            if (c.name == name)
                return &c;
        }
        return nullptr;
    };
    int added = 0;
    int skipped = 0;
    bool created = false;
    doc->undoStack()->beginMacro(tr("Add corpus tools to %1").arg(name));
    if (const Catalog *existing = findCatalog()) {
        const qint64 catalogId = existing->id;
        for (const Tool &t : tools) {
            const Catalog *c = doc->catalog(catalogId);
            if (!c || c->findTool(t.name)) {
                ++skipped;
                continue;
            }
            doc->addTool(catalogId, t);
            if (!problem.isEmpty())
                break;
            ++added;
        }
    } else {
        Catalog catalog;
        catalog.name = name;
        catalog.description = tr("Tools extracted from the project's text corpus.");
        catalog.tools = tools;
        doc->addCatalog(catalog);
        created = problem.isEmpty() && findCatalog() != nullptr;
        added = created ? int(tools.size()) : 0;
    }
    doc->undoStack()->endMacro();
    disconnect(watch);
    if (!problem.isEmpty()) {
        m_statusLine->setText(tr("The tools could not be added: %1").arg(problem));
        return false;
    }
    const QString counts = tr("%n tool(s) added", nullptr, added);
    m_statusLine->setText(created ? tr("Catalog \u201c%1\u201d made with the document's tools: %2.")
                                            .arg(name, counts)
                                  : tr("Catalog \u201c%1\u201d: %2, %3 already there.")
                                            .arg(name, counts)
                                            .arg(skipped));
    return true;
}

bool CorpusPanel::sendToReview()
{
    ProjectDocument *doc = document();
    const qint64 documentId = currentDocumentId();
    if (!doc || documentId == 0 || isRunning()) {
        m_statusLine->setText(tr("Choose a document whose trajectories to send to review."));
        return false;
    }
    QString error;
    const std::optional<CorpusReviewAdoption> sent
            = CorpusAdoption::trajectoriesToReview(doc->store(), documentId, &error);
    if (!sent) {
        m_statusLine->setText(tr("The trajectories could not be sent to review: %1").arg(error));
        return false;
    }
    if (sent->added > 0)
        doc->notifyDialoguesChanged();
    if (sent->added == 0 && sent->skipped == 0)
        m_statusLine->setText(tr("This document has no trajectories yet: run the stages."));
    else
        m_statusLine->setText(tr("%n dialogue(s) sent to review", nullptr, sent->added)
                              + tr(", %n already there.", nullptr, sent->skipped));
    return true;
}

} // namespace Callwright
