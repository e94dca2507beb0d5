#pragma once

#include "catalog/catalogimporter.h"

#include <QDialog>
#include <QPointer>

#include <memory>
#include <optional>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class QTableWidget;

namespace Callwright {

class McpClient;
class ProjectDocument;

/// File ▸ Import Catalog: reads a catalog from a file (any format CatalogImporter knows) or
/// from an MCP server started over stdio, off the GUI thread and cancellable, then shows what
/// the import did (format, tool count, every warning) and adds the catalog to the document as
/// one undo step. The project is untouched until "Add to Project".
///
/// A server command runs only after the user confirmed it in a message box showing the
/// program and each argument exactly as they will be run.
class ImportCatalogDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Source { File, McpServer };
    enum class Page { Source, Busy, Report };

    explicit ImportCatalogDialog(ProjectDocument *document, QWidget *parent = nullptr);
    ~ImportCatalogDialog() override;

    /// The file dialog filter: catalogs (JSON, JSON Lines, YAML), then each kind, then all.
    static QString fileFilter();

    void setSource(Source source);
    void setFilePath(const QString &path);
    void setCommandLine(const QString &commandLine);

    /// Reads the chosen source, as the Import button does; a server command is confirmed first.
    void startImport();
    /// Stops a running import and goes back to the source page.
    void cancelImport();
    /// Adds the imported catalog to the document, as the Add to Project button does.
    bool addToProject();

    Page page() const;
    /// The error shown on the source page, or empty.
    QString errorText() const;
    /// Source, format and tool count as the report page shows them, one per line.
    QString reportText() const;
    QTableWidget *warningsTable() const { return m_warnings; }
    QLineEdit *catalogNameField() const { return m_catalogName; }
    QPushButton *addButton() const { return m_add; }
    /// The catalog added by addToProject(), or 0.
    qint64 addedCatalogId() const { return m_addedCatalogId; }

public Q_SLOTS:
    /// While an import runs, Escape stops it instead of closing the dialog.
    void reject() override;

Q_SIGNALS:
    /// The report page is showing a finished import.
    void reportShown();
    /// An import failed; the message is on the source page.
    void importFailed(const QString &message);

private:
    struct Outcome;

    QWidget *createSourcePage();
    QWidget *createBusyPage();
    QWidget *createReportPage();
    void browse();
    bool confirmCommand(const QString &program, const QStringList &arguments);
    void startFileImport(const QString &path);
    void startServerImport(const QString &program, const QStringList &arguments);
    void finish(const Outcome &outcome);
    void showError(const QString &message);
    void showPage(Page page);
    void updateButtons();
    QString uniqueCatalogName(const QString &name) const;

    QPointer<ProjectDocument> m_document;
    std::shared_ptr<McpClient> m_client;
    std::optional<Catalog> m_catalog;
    int m_run = 0;
    qint64 m_addedCatalogId = 0;

    QStackedWidget *m_pages;
    QRadioButton *m_fromFile;
    QRadioButton *m_fromServer;
    QLineEdit *m_path;
    QComboBox *m_format;
    QLineEdit *m_command;
    QLabel *m_error;
    QLabel *m_busyText;
    QLabel *m_source;
    QLabel *m_formatName;
    QLabel *m_toolCount;
    QLineEdit *m_catalogName;
    QLabel *m_warningsTitle;
    QTableWidget *m_warnings;
    QPushButton *m_import;
    QPushButton *m_back;
    QPushButton *m_add;
    QPushButton *m_close;
    QPushButton *m_stop;
};

} // namespace Callwright
