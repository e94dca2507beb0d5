#pragma once

#include "panel.h"

#include <QSet>

#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTextBrowser;

namespace Callwright {

struct DialogueFilter;

class EmptyState;
class ExportTask;
struct Dialogue;
struct ExportOptions;
struct ExportProgress;
struct ExportResult;

/// Where dialogues leave as a training dataset: the format, which dialogues go, the split,
/// the system prompt and the card's licence, an output folder, and a run on a worker thread
/// with progress and cancel. When it is done the panel links to the folder and shows the
/// dataset card it wrote.
class ExportPanel final : public Panel
{
    Q_OBJECT

public:
    explicit ExportPanel(QWidget *parent = nullptr);
    ~ExportPanel() override;

    QString panelId() const override;
    QString title() const override;
    /// What the panel currently says (its status line, or why it is empty).
    QString statusText() const;

    QComboBox *formatBox() const { return m_format; }
    QComboBox *statusBox() const { return m_status; }
    /// The review browser's saved filters, "(none)" first.
    QComboBox *savedFilterBox() const { return m_saved; }
    QCheckBox *nearDuplicatesBox() const { return m_dropNear; }
    QSpinBox *validationBox() const { return m_validation; }
    QSpinBox *seedBox() const { return m_seed; }
    QPlainTextEdit *systemPromptEdit() const { return m_prompt; }
    QLineEdit *folderEdit() const { return m_folder; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *folderLink() const { return m_link; }
    QTextBrowser *cardView() const { return m_card; }

    /// A further selection, such as a saved review filter, named in the status line.
    void setSelectionFilter(std::function<bool(const Dialogue &)> filter, const QString &label);
    /// Uids to leave out, such as the redundant members of near-duplicate clusters.
    void setDroppedUids(const QSet<QString> &uids);

    /// The options the form describes.
    ExportOptions options() const;
    bool isRunning() const;
    /// Starts the export the form describes; false (with the reason shown) when it cannot.
    bool start();
    void cancel();

Q_SIGNALS:
    /// An export ended; ok when it completed, report is what the status line says.
    void exportFinished(bool ok, const QString &report);

protected:
    void documentChanged() override;
    void refresh() override;

private:
    QWidget *createForm();
    void showProgress(const ExportProgress &progress);
    void exportEnded(const ExportResult &result);
    void updateActions();
    void updateSelectionText();
    QString defaultFolder() const;
    void reloadSavedFilters();
    /// Saved filters may have changed in the review browser meanwhile.
    void showEvent(QShowEvent *event) override;
    void savedFilterChosen();

    ExportTask *m_task;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QComboBox *m_format;
    QComboBox *m_status;
    QComboBox *m_saved;
    QLabel *m_selection;
    QSpinBox *m_validation;
    QSpinBox *m_seed;
    QPlainTextEdit *m_prompt;
    QLineEdit *m_name;
    QComboBox *m_licence;
    QCheckBox *m_weights;
    QCheckBox *m_metadata;
    QCheckBox *m_dropNear;
    QLineEdit *m_folder;
    QPushButton *m_browse;
    QPushButton *m_export;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_statusLine;
    QLabel *m_link;
    QTextBrowser *m_card;
    std::function<bool(const Dialogue &)> m_filter;
    QString m_filterLabel;
    std::shared_ptr<const DialogueFilter> m_reviewFilter; ///< the saved filter chosen, if any
    QSet<QString> m_dropped;
    QString m_runFolder;
};

} // namespace Callwright
