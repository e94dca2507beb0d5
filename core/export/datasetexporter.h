#pragma once

#include "datasetformat.h"
#include "exportoptions.h"

#include <atomic>
#include <functional>

namespace Callwright {

class ProjectStore;

struct ExportProgress
{
    qint64 done = 0;    ///< dialogues of the project looked at
    qint64 total = 0;   ///< dialogues in the project
    qint64 written = 0; ///< dialogues written so far
    qint64 bytes = 0;
};

struct ExportResult
{
    enum class Status { Completed, Cancelled, Failed };
    Status status = Status::Failed;
    QString error;     ///< why it failed
    QString directory; ///< absolute
    QStringList files; ///< written, relative to directory, the card last
    qint64 train = 0;
    qint64 validation = 0;
    qint64 skipped = 0; ///< selected dialogues the format's validator refused
    qint64 bytes = 0;   ///< of the data files
    double seconds = 0;
    std::vector<FormatProblem> problems; ///< the first refusals, naming dialogue and field

    bool ok() const { return status == Status::Completed; }
};

/// Writes a project's selected dialogues as a dataset in one pass over the project, never
/// holding more than one dialogue: the data files (train, and validation when split), a
/// metadata sidecar, LLaMA-Factory's dataset_info.json for ShareGPT, and a README.md dataset
/// card. Every record passes the format's validator before it is written; one that does not
/// is left out and reported. All files are written beside their final names and renamed into
/// place only when the whole export succeeded, so a cancelled or failed export leaves no
/// partial file and an older export in the folder stays as it was.
class DatasetExporter final
{
public:
    explicit DatasetExporter(const ProjectStore &store);

    using ProgressFn = std::function<void(const ExportProgress &)>;
    ExportResult run(const ExportOptions &options, const QString &directory,
                     const std::atomic_bool *cancel = nullptr, const ProgressFn &progress = {});

    /// The data file names an export with these options writes (without card and sidecar).
    static QStringList dataFiles(const ExportOptions &options);
    /// The system prompt with {catalog} and {tools} filled in for a catalog.
    static QString expandSystemPrompt(const QString &prompt, const Catalog *catalog);

private:
    const ProjectStore &m_store;
};

} // namespace Callwright
