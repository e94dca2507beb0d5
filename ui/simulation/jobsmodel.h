#pragma once

#include "simulationlabels.h"

#include "model/job.h"

#include <QAbstractTableModel>

#include <vector>

namespace Callwright {

class ProjectDocument;

/// The generation jobs of a project, newest first, with how many dialogues each has stored.
/// A job the file says is running but that this process is not running shows as interrupted.
class JobsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        CatalogColumn,
        StateColumn,
        RequestedColumn,
        StoredColumn,
        CreatedColumn,
        ColumnCount
    };
    enum Role {
        JobIdRole = Qt::UserRole, ///< qint64
        StatusRole,               ///< int, a SimulationLabels::JobStatus
    };

    explicit JobsModel(QObject *parent = nullptr);
    ~JobsModel() override;

    /// Reads the jobs of the document again (none without one).
    void reload(const ProjectDocument *document);
    /// The job this process is running (0: none); it shows as running, others as interrupted.
    void setRunningJob(qint64 jobId);
    qint64 runningJob() const { return m_running; }
    /// Sets the stored count of one job as a run reports it, without reading the file.
    void setStored(qint64 jobId, qint64 stored);

    int rowOfJob(qint64 jobId) const;
    const Job *job(int row) const;
    SimulationLabels::JobStatus status(int row) const;
    /// Interrupted and cancelled jobs can be resumed; the others have nothing left to do.
    bool canResume(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        Job job;
        QString catalog;
        qint64 stored = 0;
    };

    std::vector<Row> m_rows;
    qint64 m_running = 0;
};

} // namespace Callwright
