#pragma once

#include "datasetformat.h"

#include <functional>

class QCryptographicHash;

namespace Callwright {

class ProjectStore;

struct DatasetImportResult
{
    bool ok = false;
    QString error;                       ///< the first problem, or why the project refused
    std::vector<FormatProblem> problems; ///< file, line and field of each bad record
    qint64 dialogues = 0;                ///< written to the project
    qint64 duplicates = 0;               ///< already in the project (same file and line)
    qint64 catalogId = 0;
    QString catalogName;
};

/// Reads dataset files made here or elsewhere (OpenAI, TRL, ShareGPT, Hermes) back into
/// dialogues for review. A file is JSON Lines, or one JSON array of records (LLaMA-Factory's
/// .json files); problems name the file, the line (or record) and the field.
class DatasetImporter final
{
public:
    using Visit = std::function<bool(ImportedRecord &&record, qint64 line)>;

    /// Streams the file's records through visit (which may stop by returning false). Returns
    /// the problems found, at most maxProblems; records with problems are not visited. With
    /// hash, every byte read is added to it (all of the file when the read runs to the end).
    static std::vector<FormatProblem> read(const QString &path, ExportFormat format,
                                           const Visit &visit, int maxProblems = 20,
                                           QCryptographicHash *hash = nullptr);

    /// Checks the whole file first and, when it is clean, writes its tools as a new catalog
    /// ("import: <file name>") and its dialogues (engine "import:<format>", status open) in
    /// batches. A file with any bad record imports nothing.
    static DatasetImportResult importFile(ProjectStore &store, const QString &path,
                                          ExportFormat format);
};

} // namespace Callwright
