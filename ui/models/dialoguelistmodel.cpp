#include "dialoguelistmodel.h"

#include "model/projectdocument.h"
#include "store/projectstore.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QLocale>
#include <QtConcurrent>

namespace Callwright {

DialogueListModel::DialogueListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

DialogueListModel::~DialogueListModel() = default;

void DialogueListModel::setDocument(ProjectDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(document, &QObject::destroyed, this, [this] {
            m_document = nullptr;
            reload();
        });
        connect(document, &ProjectDocument::reviewStatusChanged, this,
                &DialogueListModel::refreshDialogues);
        connect(document, &ProjectDocument::dialogueChanged, this,
                [this](qint64 id) { refreshDialogues({id}); });
    }
    reload();
}

void DialogueListModel::setFilter(const DialogueFilter &filter)
{
    m_filter = filter;
    reload();
}

void DialogueListModel::reload()
{
    beginResetModel();
    m_pages.clear();
    recount();
    endResetModel();
}

void DialogueListModel::recount()
{
    ++m_countGeneration;
    m_counts = ReviewCounts();
    m_error.clear();
    if (m_document) {
        ProjectStore &store = m_document->store();
        const bool search = !m_filter.text.trimmed().isEmpty();
        if (const std::optional<ReviewCounts> counts
            = store.reviewCounts(m_filter, search ? kSearchCountLimit : 0)) {
            m_counts = *counts;
            if (!m_counts.exact)
                countExactly();
        } else {
            m_error = store.lastError().message;
        }
    }
    Q_EMIT countsChanged();
}

// The full count of a search, on a connection of its own off the GUI thread; the rows it
// adds are inserted when it arrives, unless the filter changed meanwhile.
void DialogueListModel::countExactly()
{
    const QString path = m_document->store().path();
    const DialogueFilter filter = m_filter;
    const quint64 generation = m_countGeneration;
    auto *watcher = new QFutureWatcher<std::optional<ReviewCounts>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        const std::optional<ReviewCounts> counts = watcher->result();
        if (generation != m_countGeneration || !counts || !m_document)
            return;
        const int before = rowCount();
        const int after = int(qMin<qint64>(counts->total, INT_MAX));
        if (after > before)
            beginInsertRows({}, before, after - 1);
        m_counts = *counts;
        if (after > before)
            endInsertRows();
        Q_EMIT countsChanged();
    });
    watcher->setFuture(QtConcurrent::run([path, filter]() -> std::optional<ReviewCounts> {
        ProjectStore store;
        if (store.open(path, ProjectStore::OpenMode::ReadOnly).kind != StoreError::Kind::None)
            return std::nullopt;
        return store.reviewCounts(filter);
    }));
}

const DialogueListItem *DialogueListModel::row(int row) const
{
    if (!m_document || row < 0 || row >= rowCount())
        return nullptr;
    const qint64 page = row / kPageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        if (int(m_pages.size()) >= kMaxPages) {
            auto oldest = m_pages.begin();
            for (auto p = m_pages.begin(); p != m_pages.end(); ++p) {
                if (p->second.lastUse < oldest->second.lastUse)
                    oldest = p;
            }
            m_pages.erase(oldest);
        }
        Page loaded;
        loaded.rows = m_document->store().dialogueListItems(m_filter, m_sort, page * kPageSize,
                                                            kPageSize);
        it = m_pages.emplace(page, std::move(loaded)).first;
    }
    it->second.lastUse = ++m_useClock;
    const std::size_t offset = std::size_t(row % kPageSize);
    return offset < it->second.rows.size() ? &it->second.rows[offset] : nullptr;
}

qint64 DialogueListModel::dialogueId(int r) const
{
    const DialogueListItem *s = row(r);
    return s ? s->id : 0;
}

std::optional<DialogueListItem> DialogueListModel::summary(int r) const
{
    const DialogueListItem *s = row(r);
    return s ? std::optional<DialogueListItem>(*s) : std::nullopt;
}

int DialogueListModel::cachedRowOf(qint64 dialogueId) const
{
    for (const auto &[page, cached] : m_pages) {
        for (std::size_t i = 0; i < cached.rows.size(); ++i) {
            if (cached.rows[i].id == dialogueId)
                return int(page * kPageSize + qint64(i));
        }
    }
    return -1;
}

int DialogueListModel::nextOpenRow(int from, int step, int limit) const
{
    for (int r = from + step, seen = 0; r >= 0 && r < rowCount() && seen < limit;
         r += step, ++seen) {
        const DialogueListItem *s = row(r);
        if (s && s->status == ReviewStatus::Open)
            return r;
    }
    return -1;
}

void DialogueListModel::refreshDialogues(const QList<qint64> &ids)
{
    // Rows stay where they are (a row accepted under an "open" filter does not vanish under
    // the curator's eyes); their cells and the counts follow the file.
    int first = -1;
    int last = -1;
    for (qint64 id : ids) {
        const int r = cachedRowOf(id);
        if (r < 0)
            continue;
        if (const std::optional<DialogueListItem> fresh
            = m_document->store().dialogueListItem(id)) {
            DialogueListItem &cached = m_pages[r / kPageSize].rows[std::size_t(r % kPageSize)];
            const std::optional<double> score = cached.score;
            cached = *fresh;
            if (!m_filter.scoreMetric.isEmpty())
                cached.score = score; // the summary carries the default metric's score
        }
        first = first < 0 ? r : qMin(first, r);
        last = qMax(last, r);
    }
    if (first >= 0)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
    recount();
}

int DialogueListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(qMin<qint64>(m_counts.total, INT_MAX));
}

int DialogueListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DialogueListModel::statusText(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::Open:
        return tr("Open");
    case ReviewStatus::Accepted:
        return tr("Accepted");
    case ReviewStatus::Rejected:
        return tr("Rejected");
    case ReviewStatus::NeedsFix:
        return tr("Needs fix");
    }
    return {};
}

QVariant DialogueListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const DialogueListItem *s = row(index.row());
    if (!s)
        return {};
    if (role == DialogueIdRole)
        return s->id;
    if (role == StatusRole)
        return int(s->status);
    if (role == Qt::ToolTipRole && index.column() == StatusColumn && !s->note.isEmpty())
        return s->note;
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case IdColumn:
        case CallsColumn:
        case JobColumn:
        case ScoreColumn:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case IdColumn:
        return s->id;
    case StatusColumn:
        return s->note.isEmpty() ? statusText(s->status)
                                 : tr("%1 — %2").arg(statusText(s->status), s->note);
    case TitleColumn:
        return s->title;
    case ToolsColumn:
        return s->tools;
    case CallsColumn:
        return s->callCount;
    case EngineColumn:
        return s->engine;
    case JobColumn:
        return s->jobId == 0 ? QVariant() : QVariant(s->jobId);
    case ScoreColumn:
        return s->score ? QLocale().toString(*s->score, 'g', 3) : QString();
    case CreatedColumn:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(s->createdAtMs),
                                  QLocale::ShortFormat);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant DialogueListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case IdColumn:
        return tr("Id");
    case StatusColumn:
        return tr("Status");
    case TitleColumn:
        return tr("Goal");
    case ToolsColumn:
        return tr("Tools");
    case CallsColumn:
        return tr("Calls");
    case EngineColumn:
        return tr("Engine");
    case JobColumn:
        return tr("Job");
    case ScoreColumn:
        return m_filter.scoreMetric.isEmpty() ? tr("Verified") : m_filter.scoreMetric;
    case CreatedColumn:
        return tr("Created");
    case ColumnCount:
        break;
    }
    return {};
}

void DialogueListModel::sort(int column, Qt::SortOrder order)
{
    using Key = DialogueSort::Key;
    static const Key keys[ColumnCount]
            = {Key::Id,     Key::Status, Key::Title, Key::Title,  Key::Calls,
               Key::Engine, Key::Job,    Key::Score, Key::Created};
    DialogueSort sort;
    sort.key = column >= 0 && column < ColumnCount ? keys[column] : Key::Id;
    sort.descending = order == Qt::DescendingOrder;
    if (sort.key == m_sort.key && sort.descending == m_sort.descending)
        return;
    m_sort = sort;
    beginResetModel();
    m_pages.clear();
    endResetModel();
}

} // namespace Callwright
