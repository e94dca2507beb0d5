#include "jobsmodel.h"

#include "model/projectdocument.h"
#include "store/projectstore.h"

#include <QDateTime>
#include <QLocale>

namespace Callwright {

JobsModel::JobsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

JobsModel::~JobsModel() = default;

void JobsModel::reload(const ProjectDocument *document)
{
    beginResetModel();
    m_rows.clear();
    if (document) {
        const ProjectStore &store = document->store();
        const std::map<qint64, qint64> stored = store.jobDialogueCounts();
        for (Job &job : store.jobs()) {
            Row row;
            const auto count = stored.find(job.id);
            row.stored = count == stored.end() ? 0 : count->second;
            const qint64 catalogId
                    = job.settings.is_object() ? job.settings.value("catalog_id", qint64(0)) : 0;
            if (const Catalog *catalog = document->catalog(catalogId))
                row.catalog = catalog->name;
            else
                row.catalog = tr("(removed)");
            row.job = std::move(job);
            m_rows.push_back(std::move(row));
        }
    }
    endResetModel();
}

void JobsModel::setRunningJob(qint64 jobId)
{
    if (m_running == jobId)
        return;
    m_running = jobId;
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, StateColumn), index(rowCount() - 1, StateColumn));
}

void JobsModel::setStored(qint64 jobId, qint64 stored)
{
    const int row = rowOfJob(jobId);
    if (row < 0 || m_rows[std::size_t(row)].stored == stored)
        return;
    m_rows[std::size_t(row)].stored = stored;
    Q_EMIT dataChanged(index(row, StoredColumn), index(row, StoredColumn));
}

int JobsModel::rowOfJob(qint64 jobId) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].job.id == jobId)
            return int(i);
    }
    return -1;
}

const Job *JobsModel::job(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[std::size_t(row)].job : nullptr;
}

SimulationLabels::JobStatus JobsModel::status(int row) const
{
    return SimulationLabels::jobStatus(m_rows[std::size_t(row)].job, m_running);
}

bool JobsModel::canResume(int row) const
{
    if (!job(row))
        return false;
    const SimulationLabels::JobStatus s = status(row);
    return s == SimulationLabels::JobStatus::Interrupted
           || s == SimulationLabels::JobStatus::Cancelled;
}

int JobsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JobsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Row &row = m_rows[std::size_t(index.row())];
    const Job &job = row.job;
    const SimulationLabels::JobStatus s = status(index.row());
    if (role == JobIdRole)
        return job.id;
    if (role == StatusRole)
        return int(s);
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn:
            return job.id;
        case CatalogColumn:
            return row.catalog;
        case StateColumn:
            return SimulationLabels::jobStatus(s);
        case RequestedColumn:
            return locale.toString(job.requested);
        case StoredColumn:
            return locale.toString(row.stored);
        case CreatedColumn:
            return locale.toString(QDateTime::fromMSecsSinceEpoch(job.createdAtMs),
                                   QLocale::ShortFormat);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == StateColumn) {
            switch (s) {
            case SimulationLabels::JobStatus::Interrupted:
                return tr("The program stopped while this job ran. Resume makes the dialogues "
                          "it had not stored yet.");
            case SimulationLabels::JobStatus::Cancelled:
                return tr("Cancelled. Resume makes the dialogues it had not stored yet.");
            case SimulationLabels::JobStatus::Failed:
                return tr("Failed: %1").arg(job.error);
            default:
                break;
            }
        }
        if (index.column() == CreatedColumn && job.finishedAtMs > 0) {
            return tr("Finished %1")
                    .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(job.finishedAtMs),
                                         QLocale::ShortFormat));
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == IdColumn || index.column() == RequestedColumn
            || index.column() == StoredColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return {};
}

QVariant JobsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("Job");
    case CatalogColumn:
        return tr("Catalog");
    case StateColumn:
        return tr("State");
    case RequestedColumn:
        return tr("Requested");
    case StoredColumn:
        return tr("Stored");
    case CreatedColumn:
        return tr("Created");
    }
    return {};
}

} // namespace Callwright
