#include "exportpanel.h"

#include "export/exporttask.h"
#include "widgets/emptystate.h"
#include "widgets/heading.h"

#include "export/datasetexporter.h"
#include "model/projectdocument.h"
#include "settings/setting.h"
#include "store/dialoguequery.h"
#include "store/projectstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace Callwright {

namespace {

Setting<QString> lastFormat{"exportPanel/format", QStringLiteral("openai")};
Setting<QString> lastLicence{"exportPanel/licence", QStringLiteral("other")};

/// The status choices: a name statusSetFromName() reads.
const char *const kStatusNames[] = {"accepted", "any", "open", "needs_fix", "rejected"};

} // namespace

ExportPanel::ExportPanel(QWidget *parent)
    : Panel(parent)
    , m_task(new ExportTask(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(this))
    , m_format(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_saved(new QComboBox(this))
    , m_selection(new QLabel(this))
    , m_validation(new QSpinBox(this))
    , m_seed(new QSpinBox(this))
    , m_prompt(new QPlainTextEdit(this))
    , m_name(new QLineEdit(this))
    , m_licence(new QComboBox(this))
    , m_weights(
              new QCheckBox(tr("Weight 0 on assistant turns whose calls failed validation"), this))
    , m_metadata(new QCheckBox(tr("Metadata sidecar with scores and provenance"), this))
    , m_dropNear(new QCheckBox(tr("Leave out near duplicates (one of each cluster is kept)"), this))
    , m_folder(new QLineEdit(this))
    , m_browse(new QPushButton(tr("Browse\u2026"), this))
    , m_export(new QPushButton(tr("&Export"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_statusLine(new QLabel(this))
    , m_link(new QLabel(this))
    , m_card(new QTextBrowser(this))
{
    auto *formScroll = new QScrollArea(this);
    formScroll->setWidget(createForm());
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);

    auto *cardArea = new QWidget(this);
    auto *cardLayout = new QVBoxLayout(cardArea);
    cardLayout->setContentsMargins(0, 0, 0, 0);
    cardLayout->addWidget(heading(tr("Dataset card"), cardArea));
    m_card->setOpenExternalLinks(true);
    m_card->setAccessibleName(tr("Dataset card"));
    m_card->setPlaceholderText(tr("The dataset card (README.md) written beside the data "
                                  "appears here after an export."));
    cardLayout->addWidget(m_card, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(formScroll);
    splitter->addWidget(cardArea);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({520, 700});

    m_stack->addWidget(m_empty);
    m_stack->addWidget(splitter);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    connect(m_export, &QPushButton::clicked, this, [this] { start(); });
    connect(m_cancel, &QPushButton::clicked, this, &ExportPanel::cancel);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Export into folder"),
                                                              m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(QDir::toNativeSeparators(dir));
    });
    connect(m_link, &QLabel::linkActivated, this,
            [](const QString &link) { QDesktopServices::openUrl(QUrl(link)); });
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        lastFormat.setValue(m_format->currentData().toString());
        updateActions();
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, &ExportPanel::updateSelectionText);
    connect(m_saved, &QComboBox::currentIndexChanged, this, &ExportPanel::savedFilterChosen);
    connect(m_folder, &QLineEdit::textChanged, this, &ExportPanel::updateActions);
    connect(m_task, &ExportTask::progressChanged, this, &ExportPanel::showProgress);
    connect(m_task, &ExportTask::finished, this, &ExportPanel::exportEnded);

    documentChanged();
}

ExportPanel::~ExportPanel()
{
    // Waits for the worker: a cancelled export removes its temporary files.
    m_task->cancel();
    m_task->wait();
}

QWidget *ExportPanel::createForm()
{
    auto *form = new QWidget(this);
    m_format->addItem(tr("OpenAI chat fine-tuning (JSON Lines)"), QStringLiteral("openai"));
    m_format->addItem(tr("Hugging Face TRL (messages and tools)"), QStringLiteral("trl"));
    m_format->addItem(tr("LLaMA-Factory ShareGPT"), QStringLiteral("sharegpt"));
    m_format->addItem(tr("Hermes function calling (ChatML)"), QStringLiteral("hermes"));
    m_format->addItem(tr("BFCL multi-turn (questions and ground truth)"), QStringLiteral("bfcl"));
    m_format->setCurrentIndex(std::max(0, m_format->findData(lastFormat.value())));
    m_format->setAccessibleName(tr("Format"));

    const QString statusLabels[]
            = {tr("Accepted only"), tr("Any status"), tr("Open"), tr("Needs fix"), tr("Rejected")};
    for (int i = 0; i < 5; ++i)
        m_status->addItem(statusLabels[i], QLatin1String(kStatusNames[i]));
    m_status->setAccessibleName(tr("Review status"));
    m_selection->setWordWrap(true);
    m_selection->setForegroundRole(QPalette::PlaceholderText);

    m_validation->setRange(0, 90);
    m_validation->setSuffix(tr(" %"));
    m_validation->setSpecialValueText(tr("No validation split"));
    m_validation->setToolTip(tr("Share of each tool set that goes to validation.jsonl"));
    m_seed->setRange(0, 1000000000);
    m_seed->setValue(1);
    m_seed->setToolTip(tr("The same seed gives the same split"));
    m_prompt->setPlaceholderText(tr("Optional system message; {catalog} and {tools} are "
                                    "filled in"));
    m_prompt->setTabChangesFocus(true);
    m_prompt->setFixedHeight(m_prompt->fontMetrics().lineSpacing() * 4 + 12);
    m_name->setPlaceholderText(tr("Named after the project"));
    m_licence->setEditable(true);
    m_licence->addItems({QStringLiteral("other"), QStringLiteral("apache-2.0"),
                         QStringLiteral("mit"), QStringLiteral("cc-by-4.0"),
                         QStringLiteral("cc-by-sa-4.0"), QStringLiteral("cc-by-nc-4.0")});
    m_licence->setCurrentText(lastLicence.value());
    m_metadata->setChecked(true);
    m_folder->setAccessibleName(tr("Output folder"));

    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);

    auto *fields = new QFormLayout;
    fields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    fields->addRow(tr("&Format:"), m_format);
    fields->addRow(tr("&Dialogues:"), m_status);
    fields->addRow(tr("Saved f&ilter:"), m_saved);
    fields->addRow(QString(), m_selection);
    fields->addRow(tr("&Validation:"), m_validation);
    fields->addRow(tr("&Seed:"), m_seed);
    fields->addRow(tr("System &prompt:"), m_prompt);
    fields->addRow(tr("Dataset &name:"), m_name);
    fields->addRow(tr("&Licence:"), m_licence);
    fields->addRow(QString(), m_weights);
    fields->addRow(QString(), m_metadata);
    fields->addRow(QString(), m_dropNear);
    // A row that is a layout gets no buddy from addRow(): the label is made here.
    auto *folderLabel = new QLabel(tr("&Output folder:"), form);
    folderLabel->setBuddy(m_folder);
    fields->addRow(folderLabel, folderRow);

    m_export->setToolTip(tr("Write the dataset, its card and sidecar into the folder; files "
                            "there are replaced only once the export is complete"));
    m_cancel->setToolTip(tr("Stop; nothing is written and an earlier export stays as it was"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(tr("No export yet"));
    m_progress->setTextVisible(true);
    m_progress->setAccessibleName(tr("Export progress"));
    auto *runRow = new QHBoxLayout;
    runRow->addWidget(m_export);
    runRow->addWidget(m_cancel);
    runRow->addWidget(m_progress, 1);

    m_statusLine->setWordWrap(true);
    m_statusLine->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_link->setTextFormat(Qt::RichText);
    m_link->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);

    auto *layout = new QVBoxLayout(form);
    layout->addLayout(fields);
    layout->addSpacing(8);
    layout->addLayout(runRow);
    layout->addWidget(m_statusLine);
    layout->addWidget(m_link);
    layout->addStretch(1);
    return form;
}

QString ExportPanel::panelId() const
{
    return QStringLiteral("export");
}

QString ExportPanel::title() const
{
    return tr("Export");
}

QString ExportPanel::statusText() const
{
    return m_stack->currentWidget() == m_empty ? m_empty->text() : m_statusLine->text();
}

void ExportPanel::setSelectionFilter(std::function<bool(const Dialogue &)> filter,
                                     const QString &label)
{
    m_filter = std::move(filter);
    m_filterLabel = m_filter ? label : QString();
    updateSelectionText();
}

void ExportPanel::setDroppedUids(const QSet<QString> &uids)
{
    m_dropped = uids;
    updateSelectionText();
}

ExportOptions ExportPanel::options() const
{
    ExportOptions o;
    o.format = exportFormatFromName(m_format->currentData().toString())
                       .value_or(ExportFormat::OpenAi);
    o.statuses = statusSetFromName(m_status->currentData().toString()).value_or(o.statuses);
    o.filter = m_filter;
    if (m_reviewFilter)
        o.reviewFilter = *m_reviewFilter;
    o.dropUids = m_dropped;
    o.validationShare = m_validation->value() / 100.0;
    o.seed = quint64(m_seed->value());
    o.systemPrompt = m_prompt->toPlainText().trimmed();
    o.weights = m_weights->isChecked() && o.format == ExportFormat::OpenAi;
    o.metadataSidecar = m_metadata->isChecked();
    o.dropNearDuplicates = m_dropNear->isChecked();
    QString name = m_name->text().trimmed();
    if (name.isEmpty() && document())
        name = QFileInfo(document()->store().path()).completeBaseName();
    o.datasetName = name.isEmpty() ? o.datasetName : name;
    o.licence = m_licence->currentText().trimmed().isEmpty() ? o.licence
                                                             : m_licence->currentText().trimmed();
    return o;
}

bool ExportPanel::isRunning() const
{
    return m_task->isRunning();
}

bool ExportPanel::start()
{
    ProjectDocument *doc = document();
    if (!doc || isRunning())
        return false;
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    if (folder.isEmpty()) {
        m_statusLine->setText(tr("Choose an output folder first."));
        return false;
    }
    lastLicence.setValue(m_licence->currentText());
    m_runFolder = QDir(folder).absolutePath();
    if (!m_task->start(doc->store().path(), options(), m_runFolder))
        return false;
    m_link->clear();
    m_progress->setRange(0, std::max<int>(1, int(doc->dialogueCount())));
    m_progress->setValue(0);
    m_progress->setFormat(tr("Starting\u2026"));
    m_statusLine->setText(tr("Exporting into %1\u2026").arg(QDir::toNativeSeparators(m_runFolder)));
    updateActions();
    return true;
}

void ExportPanel::cancel()
{
    if (!isRunning())
        return;
    m_task->cancel();
    m_cancel->setEnabled(false);
    m_statusLine->setText(tr("Cancelling the export\u2026"));
}

void ExportPanel::showProgress(const ExportProgress &progress)
{
    const QLocale locale;
    m_progress->setRange(0, int(std::max<qint64>(1, progress.total)));
    m_progress->setValue(int(progress.done));
    m_progress->setFormat(tr("%1 / %2 read \u00b7 %3 written \u00b7 %4 MB")
                                  .arg(locale.toString(progress.done),
                                       locale.toString(progress.total),
                                       locale.toString(progress.written),
                                       locale.toString(double(progress.bytes) / 1e6, 'f', 1)));
}

void ExportPanel::exportEnded(const ExportResult &result)
{
    const QLocale locale;
    QString report;
    switch (result.status) {
    case ExportResult::Status::Completed: {
        const double seconds = std::max(result.seconds, 1e-3);
        report = tr("Exported %1 dialogue(s): %2 for training, %3 for validation, %4 MB in "
                    "%5 s (%6 dialogues/s).")
                         .arg(locale.toString(result.train + result.validation),
                              locale.toString(result.train), locale.toString(result.validation),
                              locale.toString(double(result.bytes) / 1e6, 'f', 1),
                              locale.toString(result.seconds, 'f', 1),
                              locale.toString(double(result.train + result.validation) / seconds,
                                              'f', 0));
        if (result.skipped > 0) {
            report += QLatin1Char(' ')
                      + tr("%n dialogue(s) did not fit the format and were left out, the first: "
                           "%1",
                           nullptr, int(result.skipped))
                                .arg(result.problems.empty() ? QString()
                                                             : result.problems.front().toString());
        }
        m_progress->setValue(m_progress->maximum());
        m_progress->setFormat(tr("Done"));
        m_link->setText(
                QStringLiteral("<a href=\"%1\">%2</a>")
                        .arg(QUrl::fromLocalFile(result.directory).toString(QUrl::FullyEncoded),
                             tr("Open the folder %1")
                                     .arg(QDir::toNativeSeparators(result.directory))
                                     .toHtmlEscaped()));
        QFile card(QDir(result.directory).filePath(QStringLiteral("README.md")));
        if (card.open(QIODevice::ReadOnly)) {
            QString text = QString::fromUtf8(card.readAll());
            // The Hub's front matter is for machines; the preview starts at the title.
            if (text.startsWith(QLatin1String("---\n"))) {
                const int end = text.indexOf(QLatin1String("\n---\n"), 4);
                if (end > 0)
                    text = text.mid(end + 5);
            }
            m_card->setMarkdown(text);
        }
        break;
    }
    case ExportResult::Status::Cancelled:
        report = tr("The export was cancelled; nothing was written and the folder is as it was.");
        m_progress->setFormat(tr("Cancelled"));
        break;
    case ExportResult::Status::Failed:
        report = tr("The export failed: %1").arg(result.error);
        m_progress->setFormat(tr("Failed"));
        break;
    }
    m_statusLine->setText(report);
    updateActions();
    Q_EMIT exportFinished(result.ok(), report);
}

void ExportPanel::documentChanged()
{
    if (m_task->isRunning()) {
        m_task->cancel();
        m_task->wait();
    }
    ProjectDocument *doc = document();
    m_card->clear();
    m_link->clear();
    m_statusLine->clear();
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(tr("No export yet"));
    m_folder->setText(QDir::toNativeSeparators(defaultFolder()));
    if (doc)
        connect(doc, &ProjectDocument::dialoguesChanged, this, &ExportPanel::refreshWhenShown);
    refresh();
}

void ExportPanel::refresh()
{
    if (!document()) {
        m_empty->setTitle(tr("Export"));
        m_empty->setText(tr("No project is open."));
        m_stack->setCurrentWidget(m_empty);
        updateActions();
        return;
    }
    m_stack->setCurrentIndex(1);
    reloadSavedFilters();
    updateSelectionText();
    updateActions();
}

void ExportPanel::reloadSavedFilters()
{
    const QString current = m_saved->currentIndex() > 0 ? m_saved->currentText() : QString();
    {
        const QSignalBlocker blocker(m_saved);
        m_saved->clear();
        m_saved->addItem(tr("(none)"));
        if (ProjectDocument *doc = document()) {
            for (const SavedFilter &f : doc->store().savedFilters())
                m_saved->addItem(f.name, f.id);
        }
        m_saved->setCurrentIndex(std::max(0, m_saved->findText(current)));
    }
    savedFilterChosen();
}

void ExportPanel::showEvent(QShowEvent *event)
{
    if (document() && !isRunning())
        reloadSavedFilters();
    Panel::showEvent(event);
}

void ExportPanel::savedFilterChosen()
{
    m_reviewFilter.reset();
    if (m_saved->currentIndex() > 0 && document()) {
        const qint64 id = m_saved->currentData().toLongLong();
        for (const SavedFilter &f : document()->store().savedFilters()) {
            if (f.id == id)
                m_reviewFilter = std::make_shared<const DialogueFilter>(f.filter);
        }
    }
    updateSelectionText();
}

void ExportPanel::updateSelectionText()
{
    ProjectDocument *doc = document();
    if (!doc)
        return;
    const ProjectInfo info = doc->store().info();
    const QString status = m_status->currentData().toString();
    qint64 count = info.dialogues;
    if (status == QLatin1String("accepted"))
        count = info.accepted;
    else if (status == QLatin1String("rejected"))
        count = info.rejected;
    else if (status == QLatin1String("needs_fix"))
        count = info.needsFix;
    else if (status == QLatin1String("open"))
        count = info.dialogues - info.accepted - info.rejected - info.needsFix;
    QString text = tr("%n of the project's dialogues have this status.", nullptr, int(count));
    if (!m_filterLabel.isEmpty())
        text += QLatin1Char(' ') + tr("Only those matching %1 are exported.").arg(m_filterLabel);
    if (m_reviewFilter) {
        text += QLatin1Char(' ')
                + tr("Only those the saved filter \u201c%1\u201d shows are exported.")
                          .arg(m_saved->currentText());
    }
    if (!m_dropped.isEmpty())
        text += QLatin1Char(' ')
                + tr("%n near-duplicate(s) are left out.", nullptr, int(m_dropped.size()));
    m_selection->setText(text);
}

void ExportPanel::updateActions()
{
    const bool running = isRunning();
    const bool ready = document() && !m_folder->text().trimmed().isEmpty();
    m_export->setEnabled(!running && ready);
    m_cancel->setEnabled(running);
    m_weights->setEnabled(!running
                          && m_format->currentData().toString() == QLatin1String("openai"));
    for (QWidget *w : std::initializer_list<QWidget *>{m_format, m_status, m_saved, m_validation,
                                                       m_seed, m_prompt, m_name, m_licence,
                                                       m_metadata, m_dropNear, m_folder, m_browse})
        w->setEnabled(!running);
}

QString ExportPanel::defaultFolder() const
{
    if (!document())
        return QString();
    const QFileInfo project(document()->store().path());
    return project.absoluteDir().filePath(project.completeBaseName() + QStringLiteral("-dataset"));
}

} // namespace Callwright
