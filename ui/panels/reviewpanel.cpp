#include "reviewpanel.h"

#include "models/dialoguelistmodel.h"
#include "review/callinspector.h"
#include "review/reviewfilterbar.h"
#include "review/revisionview.h"
#include "review/transcriptview.h"

#include "model/dialogueedits.h"
#include "model/projectdocument.h"
#include "settings/setting.h"
#include "simulation/callreplay.h"
#include "store/projectstore.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Callwright {

namespace {

Setting<QString> curatorName{"review/curator", QString()};

QString defaultCurator()
{
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? ReviewPanel::tr("curator") : user;
}

} // namespace

ReviewPanel::ReviewPanel(QWidget *parent)
    : Panel(parent)
    , m_model(new DialogueListModel(this))
    , m_filterBar(new ReviewFilterBar(this))
    , m_list(new QTableView(this))
    , m_counts(new QLabel(this))
    , m_shortcuts(new QLabel(this))
    , m_header(new QLabel(this))
    , m_curator(new QLineEdit(this))
    , m_transcript(new TranscriptView(this))
    , m_details(new QTabWidget(this))
    , m_inspector(new CallInspector(this))
    , m_revisions(new RevisionView(this))
{
    m_list->setObjectName(QStringLiteral("reviewList"));
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(DialogueListModel::IdColumn, Qt::AscendingOrder);
    m_list->verticalHeader()->hide();
    m_list->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_list->horizontalHeader()->setSectionResizeMode(DialogueListModel::TitleColumn,
                                                     QHeaderView::Stretch);
    m_list->setWordWrap(false);
    m_list->setColumnHidden(DialogueListModel::CreatedColumn, true);
    m_list->setColumnHidden(DialogueListModel::ToolsColumn, true);
    m_list->setColumnHidden(DialogueListModel::EngineColumn, true);
    m_list->setColumnHidden(DialogueListModel::JobColumn, true);
    for (int column : {DialogueListModel::IdColumn, DialogueListModel::StatusColumn,
                       DialogueListModel::CallsColumn, DialogueListModel::ScoreColumn}) {
        m_list->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_curator->setPlaceholderText(tr("Your name, recorded with each edit"));
    m_curator->setMaximumWidth(160);
    m_details->addTab(m_inspector, tr("Call Inspector"));
    m_details->addTab(m_revisions, tr("History"));

    // Actions: one place, each listed in the shortcut line. Review on the first row, editing
    // the turns and replay on the second.
    auto *reviewRow = new QHBoxLayout;
    auto *editRow = new QHBoxLayout;
    const auto button = [this](QHBoxLayout *row, QAction *action) {
        auto *b = new QToolButton(this);
        b->setDefaultAction(action);
        row->addWidget(b);
    };
    button(reviewRow,
           addReviewAction(tr("Previous"), QKeySequence(Qt::Key_K), [this] { showPrevious(); }));
    button(reviewRow, addReviewAction(tr("Next"), QKeySequence(Qt::Key_J), [this] { showNext(); }));
    button(reviewRow,
           addReviewAction(tr("Accept"), QKeySequence(Qt::Key_A), [this] { acceptSelected(); }));
    button(reviewRow,
           addReviewAction(tr("Reject…"), QKeySequence(Qt::Key_R), [this] { askReject(); }));
    button(reviewRow,
           addReviewAction(tr("Needs Fix…"), QKeySequence(Qt::Key_F), [this] { askFix(); }));
    button(reviewRow, addReviewAction(tr("Note…"), QKeySequence(Qt::Key_N), [this] { askNote(); }));
    reviewRow->addStretch();
    reviewRow->addWidget(new QLabel(tr("Curator:"), this));
    reviewRow->addWidget(m_curator);
    button(editRow,
           addReviewAction(tr("Edit"), QKeySequence(Qt::Key_E), [this] { editCurrent(); }));
    button(editRow,
           addReviewAction(tr("Insert Turn…"), QKeySequence(Qt::Key_I), [this] { insertTurn(); }));
    button(editRow, addReviewAction(tr("Delete Turn"), QKeySequence(Qt::SHIFT | Qt::Key_Delete),
                                    [this] { deleteTurn(); }));
    button(editRow, addReviewAction(tr("Move Up"), QKeySequence(Qt::ALT | Qt::Key_Up),
                                    [this] { moveTurn(-1); }));
    button(editRow, addReviewAction(tr("Move Down"), QKeySequence(Qt::ALT | Qt::Key_Down),
                                    [this] { moveTurn(1); }));
    button(editRow,
           addReviewAction(tr("Re-simulate From Here"), QKeySequence(Qt::SHIFT | Qt::Key_S),
                           [this] { resimulateFromCurrentMessage(); }));
    editRow->addStretch();
    m_shortcuts->setText(shortcutHelp());
    m_shortcuts->setWordWrap(true);
    m_shortcuts->setEnabled(false);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_header);
    rightLayout->addLayout(reviewRow);
    rightLayout->addLayout(editRow);
    auto *vertical = new QSplitter(Qt::Vertical, right);
    vertical->addWidget(m_transcript);
    vertical->addWidget(m_details);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 2);
    rightLayout->addWidget(vertical, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_list);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({480, 720});
    m_list->setMinimumWidth(280);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_counts);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_shortcuts);

    connect(m_filterBar, &ReviewFilterBar::filterChanged, this, &ReviewPanel::applyFilter);
    connect(m_filterBar, &ReviewFilterBar::saveRequested, this, [this](const DialogueFilter &f) {
        ProjectDocument *doc = document();
        if (!doc)
            return;
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Save Filter"), tr("Name:"),
                                                   QLineEdit::Normal, QString(), &ok);
        if (!ok || name.trimmed().isEmpty())
            return;
        SavedFilter saved{0, name, f};
        if (!doc->store().saveFilter(saved))
            doc->reportError(doc->store().lastError().message);
        refreshChoices(); // only the saved filters changed
    });
    connect(m_model, &DialogueListModel::countsChanged, this, &ReviewPanel::updateCounts);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_current.reset();
        if (m_model->rowCount() > 0)
            selectRow(0);
        else
            showDialogue(0);
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                showDialogue(current.isValid() ? m_model->dialogueId(current.row()) : 0);
            });
    connect(m_transcript, &TranscriptView::callSelected, this, &ReviewPanel::inspectCall);
    connect(m_inspector, &CallInspector::editsApplied, this, &ReviewPanel::applyCallEdits);
    connect(m_inspector, &CallInspector::rerunRequested, this, &ReviewPanel::rerunCall);
    connect(m_curator, &QLineEdit::editingFinished, this, [this] {
        curatorName.setValue(m_curator->text().trimmed());
        if (ProjectDocument *doc = document())
            doc->setCurator(m_curator->text().trimmed());
    });
    const QString curator = curatorName.value();
    m_curator->setText(curator.isEmpty() ? defaultCurator() : curator);
    showDialogue(0);
}

ReviewPanel::~ReviewPanel() = default;

QString ReviewPanel::panelId() const
{
    return QStringLiteral("review");
}

QString ReviewPanel::title() const
{
    return tr("Review");
}

QString ReviewPanel::statusText() const
{
    return m_counts->text();
}

QString ReviewPanel::shortcutHelp() const
{
    return tr("Keys: J next · K previous · A accept · R reject · F needs fix · N note · "
              "E edit · I insert turn · Shift+Del delete turn · Alt+↑/↓ move turn · "
              "Shift+S re-simulate from here · Ctrl+Z undo");
}

QAction *ReviewPanel::addReviewAction(const QString &text, const QKeySequence &key,
                                      const std::function<void()> &slot)
{
    auto *action = new QAction(text, this);
    action->setShortcut(key);
    // Only while the review panel has focus; typing in a field still types.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(QStringLiteral("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText)));
    connect(action, &QAction::triggered, this, slot);
    QWidget::addAction(action);
    return action;
}

void ReviewPanel::documentChanged()
{
    ProjectDocument *doc = document();
    m_current.reset();
    if (doc) {
        doc->setCurator(m_curator->text().trimmed());
        connect(doc, &ProjectDocument::dialoguesChanged, this, &ReviewPanel::refreshWhenShown);
        connect(doc, &ProjectDocument::dialogueChanged, this, [this](qint64 id) {
            if (m_current && m_current->id == id)
                reloadCurrent();
        });
        connect(doc, &ProjectDocument::reviewStatusChanged, this, [this](const QList<qint64> &ids) {
            if (m_current && ids.contains(m_current->id))
                reloadCurrent();
        });
    }
    m_model->setDocument(doc); // counts and shows the first page
    refreshChoices();
}

void ReviewPanel::refreshChoices()
{
    ProjectDocument *doc = document();
    m_filterBar->setEnabled(doc != nullptr);
    if (!doc) {
        updateCounts();
        return;
    }
    ProjectStore &store = doc->store();
    m_filterBar->setChoices(store.calledTools(), store.dialogueEngines(), store.scoreMetrics(),
                            store.savedFilters());
}

void ReviewPanel::refresh()
{
    refreshChoices();
    if (!document())
        return;
    const qint64 keep = m_current ? m_current->id : 0;
    m_model->reload();
    if (keep != 0) {
        const int row = m_model->cachedRowOf(keep);
        if (row >= 0)
            selectRow(row);
    }
}

void ReviewPanel::updateCounts()
{
    QString text;
    if (!document()) {
        text = tr("No project is open.");
    } else if (!m_model->errorText().isEmpty()) {
        text = m_model->errorText();
    } else {
        const ReviewCounts &c = m_model->counts();
        const QLocale locale;
        if (c.exact) {
            text = tr("%1 dialogues: %2 open, %3 accepted, %4 rejected, %5 need a fix")
                           .arg(locale.toString(c.total), locale.toString(c.open),
                                locale.toString(c.accepted), locale.toString(c.rejected),
                                locale.toString(c.needsFix));
        } else {
            text = tr("More than %1 dialogues match; counting them all…")
                           .arg(locale.toString(c.total));
        }
    }
    if (!m_message.isEmpty())
        text += QStringLiteral(" — ") + m_message;
    m_counts->setText(text);
}

void ReviewPanel::applyFilter(const DialogueFilter &filter)
{
    m_message.clear();
    m_model->setFilter(filter);
    if (m_filterBar->filter() != filter) {
        // Only show it: the bar would otherwise hand the same filter back to be run again.
        const QSignalBlocker blocker(m_filterBar);
        m_filterBar->setFilter(filter);
    }
}

void ReviewPanel::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const QModelIndex index = m_model->index(row, DialogueListModel::IdColumn);
    m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                             | QItemSelectionModel::Rows);
    m_list->scrollTo(index);
}

int ReviewPanel::currentRow() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void ReviewPanel::showDialogue(qint64 id)
{
    ProjectDocument *doc = document();
    // The same dialogue shown again (the list was re-read): the curator stays where they were.
    const bool same = id != 0 && id == m_shownId;
    const QString callId = same ? m_inspector->callId() : QString();
    const int tab = m_details->currentIndex();
    m_shownId = id;
    m_current.reset();
    if (doc && id != 0)
        m_current = doc->store().dialogue(id);
    m_inspector->clear();
    if (!m_current) {
        m_transcript->clear();
        m_revisions->setRevisions({});
        m_header->setText(doc && m_model->rowCount() == 0 ? tr("No dialogue matches the filter.")
                                                          : QString());
        return;
    }
    renderCurrent();
    if (same) {
        if (!callId.isEmpty())
            inspectCall(callId);
        m_details->setCurrentIndex(tab);
    }
}

void ReviewPanel::reloadCurrent()
{
    ProjectDocument *doc = document();
    if (!doc || !m_current)
        return;
    if (std::optional<Dialogue> fresh = doc->store().dialogue(m_current->id))
        m_current = std::move(fresh);
    renderCurrent();
}

void ReviewPanel::renderCurrent()
{
    ProjectDocument *doc = document();
    if (!doc || !m_current)
        return;
    const Dialogue &d = *m_current;
    const QString callId = m_inspector->callId();
    m_transcript->setDialogue(d);
    m_revisions->setRevisions(doc->store().revisions(d.id));
    QString header = tr("<b>Dialogue %1</b> — %2 — %n message(s)", nullptr, int(d.messages.size()))
                             .arg(d.id)
                             .arg(DialogueListModel::statusText(d.status));
    if (!d.reviewNote.isEmpty())
        header += tr(" — <i>%1</i>").arg(d.reviewNote.toHtmlEscaped());
    m_header->setText(header);
    if (!callId.isEmpty())
        inspectCall(callId);
}

const Catalog *ReviewPanel::catalogOfCurrent() const
{
    ProjectDocument *doc = document();
    if (!doc || !m_current)
        return nullptr;
    if (const Catalog *c = doc->catalog(m_current->catalogId))
        return c;
    return doc->catalogs().size() == 1 ? &doc->catalogs().front() : nullptr;
}

bool ReviewPanel::inspectCall(const QString &callId)
{
    if (!m_current)
        return false;
    const CallRecord *call = DialogueEdits::findCall(*m_current, callId);
    if (!call)
        return false;
    const Catalog *catalog = catalogOfCurrent();
    m_inspector->setCall(*call, catalog ? catalog->findTool(call->toolName) : nullptr);
    m_details->setCurrentWidget(m_inspector);
    if (m_transcript->currentCallId() != callId) {
        const QSignalBlocker blocker(m_transcript);
        m_transcript->selectCall(callId);
    }
    return true;
}

QList<qint64> ReviewPanel::selectedIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_list->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids << m_model->dialogueId(index.row());
    if (ids.isEmpty() && m_current)
        ids << m_current->id;
    return ids;
}

void ReviewPanel::setStatusOfSelection(ReviewStatus status, const QString &note)
{
    ProjectDocument *doc = document();
    const QList<qint64> ids = selectedIds();
    if (!doc || ids.isEmpty())
        return;
    int last = currentRow();
    for (const QModelIndex &index : m_list->selectionModel()->selectedRows())
        last = qMax(last, index.row());
    doc->setReviewStatus(ids, status, note);
    showNextOpen(last);
}

void ReviewPanel::showNextOpen(int fromRow)
{
    const int next = m_model->nextOpenRow(fromRow);
    if (next >= 0) {
        m_message.clear();
        selectRow(next);
    } else {
        m_message = tr("no open dialogue follows in this list");
        selectRow(fromRow);
    }
    updateCounts();
}

void ReviewPanel::acceptSelected()
{
    setStatusOfSelection(ReviewStatus::Accepted, QString());
}

void ReviewPanel::rejectSelected(const QString &reason)
{
    setStatusOfSelection(ReviewStatus::Rejected, reason);
}

void ReviewPanel::markSelectedForFixing(const QString &note)
{
    setStatusOfSelection(ReviewStatus::NeedsFix, note);
}

void ReviewPanel::askReject()
{
    if (!m_current)
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Reject"), tr("Reason:"),
                                                 QLineEdit::Normal, QString(), &ok);
    if (ok)
        rejectSelected(reason.trimmed());
}

void ReviewPanel::askFix()
{
    if (!m_current)
        return;
    bool ok = false;
    const QString note = QInputDialog::getText(this, tr("Needs Fix"), tr("What to fix:"),
                                               QLineEdit::Normal, QString(), &ok);
    if (ok)
        markSelectedForFixing(note.trimmed());
}

void ReviewPanel::askNote()
{
    ProjectDocument *doc = document();
    if (!doc || !m_current)
        return;
    bool ok = false;
    const QString note = QInputDialog::getText(this, tr("Note"), tr("Note:"), QLineEdit::Normal,
                                               m_current->reviewNote, &ok);
    if (ok)
        doc->setReviewStatus({m_current->id}, m_current->status, note.trimmed());
}

void ReviewPanel::showNext()
{
    selectRow(currentRow() + 1);
}

void ReviewPanel::showPrevious()
{
    selectRow(qMax(0, currentRow() - 1));
}

void ReviewPanel::showHistory()
{
    m_details->setCurrentWidget(m_revisions);
}

} // namespace Callwright
