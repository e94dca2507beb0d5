#include "importcatalogdialog.h"

#include "catalog/mcpclient.h"
#include "model/projectdocument.h"
#include "settings/setting.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Callwright {

namespace {

Setting<QString> lastDirectory{"catalogImport/lastDirectory", {}};
Setting<QString> lastCommand{"catalogImport/lastCommand", {}};

enum WarningColumn { ToolColumn, FieldColumn, MessageColumn, WarningColumnCount };

QString formatText(CatalogFormat format, bool live)
{
    switch (format) {
    case CatalogFormat::OpenAI:
        return ImportCatalogDialog::tr("OpenAI tools (JSON)");
    case CatalogFormat::Mcp:
        return live ? ImportCatalogDialog::tr("MCP server over stdio (tools/list)")
                    : ImportCatalogDialog::tr("MCP tools/list result (JSON)");
    case CatalogFormat::Bfcl:
        return ImportCatalogDialog::tr("BFCL function docs (JSON Lines)");
    case CatalogFormat::OpenApi:
        return ImportCatalogDialog::tr("OpenAPI document");
    case CatalogFormat::Auto:
        break;
    }
    return ImportCatalogDialog::tr("Detect automatically");
}

QLabel *makeHint(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QLabel *makeValue(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace

/// What a worker thread hands back; everything by value, so the dialog may be gone by then.
struct ImportCatalogDialog::Outcome
{
    std::optional<Catalog> catalog;
    ImportReport report;
    QString error;
    CatalogFormat format = CatalogFormat::Auto;
    bool live = false;
    bool cancelled = false;
};

ImportCatalogDialog::ImportCatalogDialog(ProjectDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_pages(new QStackedWidget(this))
{
    setWindowTitle(tr("Import Catalog"));
    m_pages->addWidget(createSourcePage());
    m_pages->addWidget(createBusyPage());
    m_pages->addWidget(createReportPage());

    // Back stays apart on the left; the step forward (Import, then Add) sits next to Close.
    m_back = new QPushButton(tr("< &Back"), this);
    m_import = new QPushButton(tr("&Import"), this);
    m_add = new QPushButton(tr("&Add to Project"), this);
    m_close = new QPushButton(tr("Close"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    buttons->addWidget(m_import);
    buttons->addWidget(m_add);
    buttons->addWidget(m_close);
    connect(m_import, &QPushButton::clicked, this, &ImportCatalogDialog::startImport);
    connect(m_back, &QPushButton::clicked, this, [this] { showPage(Page::Source); });
    connect(m_add, &QPushButton::clicked, this, &ImportCatalogDialog::addToProject);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_catalogName, &QLineEdit::textChanged, this, &ImportCatalogDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addLayout(buttons);
    resize(780, 560);
    showPage(Page::Source);
}

ImportCatalogDialog::~ImportCatalogDialog()
{
    // A server still starting is stopped; a file still parsing finishes unobserved.
    if (m_client)
        m_client->cancel();
}

QString ImportCatalogDialog::fileFilter()
{
    return tr("Tool catalogs (*.json *.jsonl *.ndjson *.yaml *.yml)") + QStringLiteral(";;")
           + tr("JSON (*.json)") + QStringLiteral(";;") + tr("JSON Lines (*.jsonl *.ndjson)")
           + QStringLiteral(";;") + tr("YAML (*.yaml *.yml)") + QStringLiteral(";;")
           + tr("All files (*)");
}

QWidget *ImportCatalogDialog::createSourcePage()
{
    auto *page = new QWidget(this);
    auto *intro = new QLabel(tr("Read a tool catalog and review it before it is added to the "
                                "project."),
                             page);
    intro->setWordWrap(true);

    m_fromFile = new QRadioButton(tr("From a &file"), page);
    m_fromServer = new QRadioButton(tr("From an &MCP server (started over stdio)"), page);
    auto *group = new QButtonGroup(page);
    group->addButton(m_fromFile);
    group->addButton(m_fromServer);
    m_fromFile->setChecked(true);

    m_path = new QLineEdit(page);
    m_path->setPlaceholderText(tr("OpenAI tools, MCP tools/list, BFCL .jsonl or OpenAPI file"));
    m_path->setAccessibleName(tr("Catalog file"));
    auto *browse = new QPushButton(tr("&Browse…"), page);
    connect(browse, &QPushButton::clicked, this, &ImportCatalogDialog::browse);
    m_format = new QComboBox(page);
    for (CatalogFormat format : {CatalogFormat::Auto, CatalogFormat::OpenAI, CatalogFormat::Mcp,
                                 CatalogFormat::Bfcl, CatalogFormat::OpenApi})
        m_format->addItem(formatText(format, false), int(format));

    m_command = new QLineEdit(lastCommand, page);
    m_command->setPlaceholderText(tr("e.g. npx -y @modelcontextprotocol/server-everything"));
    m_command->setAccessibleName(tr("MCP server command"));

    m_error = new QLabel(page);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(220, 50, 47));
    m_error->setPalette(errorPalette);
    m_error->hide();

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    auto *fileForm = new QFormLayout;
    fileForm->setContentsMargins(24, 0, 0, 0);
    fileForm->addRow(tr("File:"), fileRow);
    fileForm->addRow(tr("Format:"), m_format);
    auto *serverForm = new QFormLayout;
    serverForm->setContentsMargins(24, 0, 0, 0);
    serverForm->addRow(tr("Command:"), m_command);
    serverForm->addRow(QString(),
                       makeHint(tr("The command runs on this computer with your permissions, "
                                   "without a shell. You are shown the program and its "
                                   "arguments and asked to confirm before it starts."),
                                page));

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addWidget(m_fromFile);
    layout->addLayout(fileForm);
    layout->addSpacing(8);
    layout->addWidget(m_fromServer);
    layout->addLayout(serverForm);
    layout->addSpacing(8);
    layout->addWidget(m_error);
    layout->addStretch(1);

    // Typing in either field picks its source, so the radio buttons never contradict it.
    connect(m_path, &QLineEdit::textEdited, this, [this] { setSource(Source::File); });
    connect(m_command, &QLineEdit::textEdited, this, [this] { setSource(Source::McpServer); });
    connect(m_fromFile, &QRadioButton::toggled, this, &ImportCatalogDialog::updateButtons);
    return page;
}

QWidget *ImportCatalogDialog::createBusyPage()
{
    auto *page = new QWidget(this);
    m_busyText = new QLabel(page);
    m_busyText->setWordWrap(true);
    m_busyText->setTextFormat(Qt::PlainText);
    m_busyText->setAlignment(Qt::AlignCenter);
    auto *progress = new QProgressBar(page);
    progress->setRange(0, 0); // how long a server takes to answer is unknowable
    progress->setTextVisible(false);
    m_stop = new QPushButton(tr("Cancel"), page);
    m_stop->setToolTip(tr("Stop reading; the project stays as it is"));
    connect(m_stop, &QPushButton::clicked, this, &ImportCatalogDialog::cancelImport);

    auto *stopRow = new QHBoxLayout;
    stopRow->addStretch(1);
    stopRow->addWidget(m_stop);
    stopRow->addStretch(1);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(1);
    layout->addWidget(m_busyText);
    layout->addWidget(progress);
    layout->addLayout(stopRow);
    layout->addStretch(1);
    return page;
}

QWidget *ImportCatalogDialog::createReportPage()
{
    auto *page = new QWidget(this);
    m_source = makeValue(page);
    m_formatName = makeValue(page);
    m_toolCount = makeValue(page);
    m_catalogName = new QLineEdit(page);
    m_catalogName->setAccessibleName(tr("Catalog name"));

    m_warningsTitle = new QLabel(page);
    QFont bold = m_warningsTitle->font();
    bold.setBold(true);
    m_warningsTitle->setFont(bold);

    m_warnings = new QTableWidget(0, WarningColumnCount, page);
    m_warnings->setHorizontalHeaderLabels({tr("Tool"), tr("Field"), tr("What the import did")});
    m_warnings->verticalHeader()->hide();
    m_warnings->verticalHeader()->setDefaultSectionSize(m_warnings->fontMetrics().height() + 6);
    m_warnings->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_warnings->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_warnings->setAlternatingRowColors(true);
    m_warnings->setWordWrap(false);
    m_warnings->setSortingEnabled(true);
    QHeaderView *header = m_warnings->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Source:"), m_source);
    form->addRow(tr("Format:"), m_formatName);
    form->addRow(tr("Tools:"), m_toolCount);
    form->addRow(tr("Catalog &name:"), m_catalogName);

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(m_warningsTitle);
    layout->addWidget(m_warnings, 1);
    return page;
}

void ImportCatalogDialog::setSource(Source source)
{
    (source == Source::File ? m_fromFile : m_fromServer)->setChecked(true);
}

void ImportCatalogDialog::setFilePath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
    setSource(Source::File);
}

void ImportCatalogDialog::setCommandLine(const QString &commandLine)
{
    m_command->setText(commandLine);
    setSource(Source::McpServer);
}

void ImportCatalogDialog::browse()
{
    QString dir = lastDirectory;
    if (!m_path->text().isEmpty())
        dir = QFileInfo(QDir::fromNativeSeparators(m_path->text())).absolutePath();
    if (dir.isEmpty() || !QFileInfo(dir).isDir())
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path
            = QFileDialog::getOpenFileName(this, tr("Import Catalog"), dir, fileFilter());
    if (path.isEmpty())
        return;
    lastDirectory.setValue(QFileInfo(path).absolutePath());
    setFilePath(path);
}

void ImportCatalogDialog::startImport()
{
    if (page() == Page::Busy)
        return;
    m_error->hide();
    if (m_fromFile->isChecked()) {
        const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
        if (path.isEmpty()) {
            showError(tr("Choose a file to import."));
            return;
        }
        startFileImport(path);
        return;
    }

    QString splitError;
    const auto words = McpClient::splitCommand(m_command->text(), &splitError);
    if (!words) {
        showError(tr("The command cannot be read: %1").arg(splitError));
        return;
    }
    if (words->isEmpty()) {
        showError(tr("Type the command that starts the MCP server."));
        return;
    }
    const QString program = words->constFirst();
    const QStringList arguments = words->mid(1);
    if (QStandardPaths::findExecutable(program).isEmpty() && !QFileInfo(program).isExecutable()) {
        showError(tr("There is no program “%1” (looked in PATH).").arg(program));
        return;
    }
    lastCommand.setValue(m_command->text());
    if (!confirmCommand(program, arguments)) {
        showError(tr("The server was not started; the project is unchanged."));
        return;
    }
    startServerImport(program, arguments);
}

bool ImportCatalogDialog::confirmCommand(const QString &program, const QStringList &arguments)
{
    const QString found
            = QFileInfo(program).isAbsolute() ? program : QStandardPaths::findExecutable(program);
    QString details = QStringLiteral("<p>") + tr("Program:")
                      + QStringLiteral(" <code style=\"white-space:pre\">")
                      + program.toHtmlEscaped() + QStringLiteral("</code>");
    if (!found.isEmpty() && found != program)
        details += QStringLiteral(" (") + found.toHtmlEscaped() + QStringLiteral(")");
    details += QStringLiteral("</p>");
    if (arguments.isEmpty()) {
        details += QStringLiteral("<p>") + tr("No arguments.") + QStringLiteral("</p>");
    } else {
        details += QStringLiteral("<p>") + tr("Arguments, one per line:")
                   + QStringLiteral("</p><ol>");
        for (const QString &argument : arguments) {
            // pre: spaces inside an argument are shown as they are, and never wrapped.
            details += QStringLiteral("<li style=\"white-space:pre\"><code>")
                       + (argument.isEmpty() ? tr("(empty)") : argument.toHtmlEscaped())
                       + QStringLiteral("</code></li>");
        }
        details += QStringLiteral("</ol>");
    }
    details += QStringLiteral("<p>")
               + tr("It runs with your permissions and can do anything you can. Run only servers "
                    "you trust.")
               + QStringLiteral("</p>");

    QMessageBox box(QMessageBox::Warning, tr("Run MCP Server"), tr("Run this command?"),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("confirmCommandBox"));
    box.setInformativeText(details);
    QPushButton *run = box.addButton(tr("&Run"), QMessageBox::AcceptRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel); // Enter must not start a program
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == run;
}

void ImportCatalogDialog::startFileImport(const QString &path)
{
    const auto format = CatalogFormat(m_format->currentData().toInt());
    m_busyText->setText(tr("Reading %1…").arg(QDir::toNativeSeparators(path)));
    showPage(Page::Busy);
    auto *watcher = new QFutureWatcher<Outcome>(this);
    const int run = ++m_run;
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, run] {
        watcher->deleteLater();
        if (run == m_run)
            finish(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([path, format] {
        Outcome outcome;
        outcome.catalog = CatalogImporter::readFile(path, &outcome.report, &outcome.error, format,
                                                    &outcome.format);
        return outcome;
    }));
}

void ImportCatalogDialog::startServerImport(const QString &program, const QStringList &arguments)
{
    auto client = std::make_shared<McpClient>(program, arguments);
    m_client = client;
    m_busyText->setText(
            tr("Waiting for the MCP server to list its tools:\n%1").arg(client->commandLine()));
    showPage(Page::Busy);
    auto *watcher = new QFutureWatcher<Outcome>(this);
    const int run = ++m_run;
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, run] {
        watcher->deleteLater();
        if (run == m_run)
            finish(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([client] {
        Outcome outcome;
        outcome.catalog = client->listTools(&outcome.report, &outcome.error);
        outcome.format = CatalogFormat::Mcp;
        outcome.live = true;
        outcome.cancelled = client->isCancelled();
        return outcome;
    }));
}

void ImportCatalogDialog::cancelImport()
{
    if (page() != Page::Busy)
        return;
    ++m_run; // whatever the worker still delivers is ignored
    if (m_client)
        m_client->cancel();
    m_client.reset();
    showPage(Page::Source);
    showError(tr("Import cancelled; the project is unchanged."));
}

void ImportCatalogDialog::finish(const Outcome &outcome)
{
    m_client.reset();
    if (!outcome.catalog) {
        showPage(Page::Source);
        const QString why = tr("Could not import: %1\nThe project is unchanged.");
        showError(outcome.cancelled ? tr("Import cancelled; the project is unchanged.")
                                    : why.arg(outcome.error));
        Q_EMIT importFailed(outcome.error);
        return;
    }
    m_catalog = outcome.catalog;
    const ImportReport &report = outcome.report;
    m_source->setText(report.source);
    m_formatName->setText(formatText(outcome.format, outcome.live));
    m_toolCount->setText(tr("%n tool(s) imported", nullptr, report.toolsImported));
    m_catalogName->setText(uniqueCatalogName(m_catalog->name));

    m_warnings->setSortingEnabled(false);
    m_warnings->setRowCount(int(report.warnings.size()));
    for (int row = 0; row < int(report.warnings.size()); ++row) {
        const ImportReport::Warning &w = report.warnings[std::size_t(row)];
        const QString cells[] = {w.tool.isEmpty() ? tr("(file)") : w.tool, w.field, w.message};
        for (int column = 0; column < WarningColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setToolTip(cells[column]);
            m_warnings->setItem(row, column, item);
        }
    }
    m_warnings->resizeColumnToContents(ToolColumn);
    m_warnings->resizeColumnToContents(FieldColumn);
    // Long tool names or pointers must not push the messages out of sight.
    for (int column : {ToolColumn, FieldColumn}) {
        if (m_warnings->columnWidth(column) > width() / 4)
            m_warnings->setColumnWidth(column, width() / 4);
    }
    m_warnings->setVisible(!report.warnings.empty());
    m_warningsTitle->setText(report.warnings.empty()
                                     ? tr("No warnings: every tool was read as written.")
                                     : tr("%n warning(s): what the import changed or left out",
                                          nullptr, int(report.warnings.size())));
    showPage(Page::Report);
    Q_EMIT reportShown();
}

bool ImportCatalogDialog::addToProject()
{
    const QString name = m_catalogName->text().trimmed();
    if (!m_catalog || !m_document || name.isEmpty())
        return false;
    Catalog catalog = *m_catalog;
    catalog.name = name;
    const std::size_t before = m_document->catalogs().size();
    m_document->addCatalog(catalog);
    if (m_document->catalogs().size() != before + 1)
        return false; // the store refused; the document has reported it
    m_addedCatalogId = m_document->catalogs().back().id;
    accept();
    return true;
}

void ImportCatalogDialog::reject()
{
    if (page() == Page::Busy)
        cancelImport();
    else
        QDialog::reject();
}

ImportCatalogDialog::Page ImportCatalogDialog::page() const
{
    return Page(m_pages->currentIndex());
}

QString ImportCatalogDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString ImportCatalogDialog::reportText() const
{
    return m_source->text() + QLatin1Char('\n') + m_formatName->text() + QLatin1Char('\n')
           + m_toolCount->text();
}

void ImportCatalogDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void ImportCatalogDialog::showPage(Page page)
{
    m_pages->setCurrentIndex(int(page));
    if (page == Page::Busy)
        m_stop->setFocus();
    updateButtons();
}

void ImportCatalogDialog::updateButtons()
{
    const Page current = page();
    m_import->setVisible(current == Page::Source);
    m_import->setDefault(current == Page::Source);
    m_back->setVisible(current == Page::Report);
    m_add->setVisible(current == Page::Report);
    m_add->setDefault(current == Page::Report);
    m_add->setEnabled(m_catalog && !m_catalogName->text().trimmed().isEmpty() && m_document);
    m_close->setVisible(current != Page::Busy);
}

QString ImportCatalogDialog::uniqueCatalogName(const QString &name) const
{
    const QString base = name.trimmed().isEmpty() ? tr("Imported catalog") : name.trimmed();
    auto taken = [this](const QString &candidate) {
        if (!m_document)
            return false;
        for (const Catalog &c : m_document->catalogs()) {
            if (c.name == candidate)
                return true;
        }
        return false;
    };
    if (!taken(base))
        return base;
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1 (%2)").arg(base).arg(n);
        if (!taken(candidate))
            return candidate;
    }
}

} // namespace Callwright
