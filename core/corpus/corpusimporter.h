#pragma once

#include "corpusdocument.h"
#include "corpussegmenter.h"

#include <optional>

namespace Callwright {

/// A problem with one file, or one line of a JSON Lines file, of a corpus import.
struct CorpusImportIssue
{
    QString file;
    int line = 0; ///< 1-based; 0 for the whole file
    QString message;

    /// "path/file.jsonl:12: message", as compilers write it.
    QString toString() const;
};

/// What reading a corpus found: the documents, cut into passages, and the problems. Good
/// documents are kept beside bad lines, so the caller decides whether to go on.
struct CorpusImport
{
    std::vector<SegmentedDocument> documents;
    std::vector<CorpusImportIssue> errors;
    QStringList skippedFiles; ///< files of a folder that are not corpus text
    int files = 0;            ///< files read

    bool ok() const { return errors.empty(); }
    int passageCount() const;
};

/// Reads corpora: folders of .txt and .md files (each file one document, its id the path
/// within the folder) and JSON Lines files of {"id", "title", "text"} (also "source" and
/// "format": "markdown" or "text"). A folder's README, LICENSE, SOURCE, COPYING and NOTICE
/// files describe the corpus rather than belong to it and are skipped.
class CorpusImporter final
{
public:
    CorpusSegmenter segmenter;

    /// A file or a folder (searched recursively, .jsonl files included).
    CorpusImport read(const QString &path) const;

    /// Documents of one JSON Lines file, with an error per bad line; ids must be unique.
    static std::vector<CorpusDocument> readJsonLines(const QString &path,
                                                     std::vector<CorpusImportIssue> *errors);
    /// One .txt or .md file as a document whose id is uid.
    static std::optional<CorpusDocument> readTextFile(const QString &path, const QString &uid,
                                                      std::vector<CorpusImportIssue> *errors);
    /// JSON Lines text as readJsonLines reads it; file names the errors.
    static std::vector<CorpusDocument> parseJsonLines(const QByteArray &data, const QString &file,
                                                      std::vector<CorpusImportIssue> *errors);
};

} // namespace Callwright
