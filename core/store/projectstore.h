#pragma once

#include "corpus/corpusdocument.h"
#include "corpus/corpusstages.h"
#include "dialoguequery.h"
#include "model/catalog.h"
#include "model/dialogue.h"
#include "model/job.h"
#include "model/revision.h"
#include "model/toolgraph.h"

#include <QString>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace Callwright {

/// Why a project file could not be opened or written.
struct StoreError
{
    enum class Kind {
        None,
        NotFound,      ///< no file at the path
        AlreadyExists, ///< create() refuses to overwrite
        NotAProject,   ///< not SQLite, or SQLite without Callwright's application id
        Corrupt,       ///< Callwright's header but unreadable pages or schema
        NewerVersion,  ///< written by a newer Callwright; never touched
        Io,            ///< permissions, disk full, locked
        Invalid        ///< bad argument (e.g. a dialogue without uid)
    };
    Kind kind = Kind::None;
    QString message; ///< translated, names the file and what is wrong

    explicit operator bool() const { return kind != Kind::None; }
};

/// Summary figures of a project, cheap to read.
struct ProjectInfo
{
    QString name;
    int schemaVersion = 0;
    QString createdWith; ///< Callwright version that created the file
    qint64 catalogs = 0;
    qint64 tools = 0;
    qint64 dialogues = 0;
    qint64 accepted = 0;
    qint64 rejected = 0;
    qint64 needsFix = 0;
};

/// One project file: SQLite in WAL mode with foreign keys and numbered forward-only
/// migrations. Every write is a transaction; a batch of dialogues is one transaction.
/// A store is bound to the thread that opened it (QSqlDatabase's rule); other threads open
/// a store of their own on the same path.
class ProjectStore final
{
public:
    /// The schema version this build writes; files at a lower version are migrated on open.
    static constexpr int kSchemaVersion = 6;
    /// PRAGMA application_id of every project file ('CWRT').
    static constexpr int kApplicationId = 0x43575254;
    static constexpr const char *kSuffix = "callwright";

    enum class OpenMode { ReadWrite, ReadOnly };

    ProjectStore();
    ~ProjectStore();
    ProjectStore(const ProjectStore &) = delete;
    ProjectStore &operator=(const ProjectStore &) = delete;

    /// Creates a new project file at path; refuses an existing file.
    StoreError create(const QString &path, const QString &projectName);
    /// Opens and, in ReadWrite mode, migrates to kSchemaVersion. A file that is not a project,
    /// is corrupt or is newer is refused and left byte-for-byte untouched.
    StoreError open(const QString &path, OpenMode mode = OpenMode::ReadWrite);
    void close();

    bool isOpen() const;
    bool isReadOnly() const;
    QString path() const;
    int schemaVersion() const;
    /// The last error of any operation, for those that return bool or optional.
    StoreError lastError() const;

    /// Copies the whole project into a new file (consistent snapshot) and keeps this one open.
    StoreError copyTo(const QString &path) const;
    /// Runs PRAGMA integrity_check; returns the problems found (empty when healthy).
    QStringList integrityCheck() const;

    ProjectInfo info() const;
    QString projectName() const;
    bool setProjectName(const QString &name);
    QString metaValue(const QString &key) const;
    bool setMetaValue(const QString &key, const QString &value);

    // Catalogs and tools
    std::vector<Catalog> catalogs() const; ///< with their tools, in insertion order
    std::optional<Catalog> catalog(qint64 id) const;
    /// Inserts the catalog and its tools in one transaction; assigns ids to catalog and tools
    /// that have none (0) and keeps the others (undo puts rows back under their old ids).
    bool insertCatalog(Catalog &catalog);
    bool updateCatalogInfo(const Catalog &catalog); ///< name, description, envelope only
    bool removeCatalog(qint64 id);                  ///< removes its tools, graph and dialogues too
    /// Inserts at position (-1: at the end); assigns tool.id when it is 0, else keeps it.
    bool insertTool(qint64 catalogId, Tool &tool, int position = -1);
    bool updateTool(const Tool &tool);
    bool removeTool(qint64 toolId);

    // Graph
    std::optional<ToolGraph> graph(qint64 catalogId) const;
    bool saveGraph(const ToolGraph &graph);

    // Dialogues
    /// Writes the batch in one transaction and assigns ids. A dialogue whose uid is already
    /// stored is skipped (so a resumed job never writes twins); returns how many were written.
    std::optional<int> insertDialogues(std::vector<Dialogue> &batch);
    bool updateDialogue(const Dialogue &dialogue);
    /// Replaces the scores of many dialogues in one transaction, editing only the stored
    /// "scores" field: the rest of each dialogue, even fields this build does not know, stays.
    bool setDialogueScores(const std::vector<std::pair<qint64, std::vector<Score>>> &updates);
    bool setReviewStatus(qint64 dialogueId, ReviewStatus status, const QString &note);
    std::optional<Dialogue> dialogue(qint64 id) const;
    /// Dialogues ordered by id, starting after offset rows.
    std::vector<Dialogue> dialogues(qint64 offset, int limit) const;
    /// Streams every dialogue in id order without holding them all; stop by returning false.
    bool forEachDialogue(const std::function<bool(const Dialogue &)> &visit) const;
    qint64 dialogueCount() const;
    bool containsUid(const QString &uid) const;
    bool catalogHasDialogues(qint64 catalogId) const;
    /// Full-text search (FTS5 syntax) over message text; ids of matching dialogues by rank.
    std::vector<qint64> searchMessages(const QString &query, int limit = 100) const;

    // Jobs
    /// Stores a new job and assigns job.id; a createdAtMs of 0 becomes now.
    bool insertJob(Job &job);
    /// Rewrites a stored job: state, requested, settings, finishedAtMs and error.
    bool updateJob(const Job &job);
    std::optional<Job> job(qint64 id) const;
    /// Every job, newest first. A job still Running after a reopen was interrupted (crash).
    std::vector<Job> jobs() const;
    /// How many dialogues the job has stored so far.
    qint64 jobDialogueCount(qint64 jobId) const;
    /// The same for every job at once, in one query: job id to count (jobs with none absent).
    std::map<qint64, qint64> jobDialogueCounts() const;
    /// The uids of the job's stored dialogues, in id order: what a resumed job skips.
    std::vector<QString> jobDialogueUids(qint64 jobId) const;

    // Revisions
    bool addRevision(Revision &revision); ///< assigns revision.id
    std::vector<Revision> revisions(qint64 dialogueId) const;

    // Review (schema 4): the list reads summaries kept beside the dialogues, never their JSON.
    /// How many dialogues pass the filter, by review status; nullopt with lastError set when
    /// the filter cannot be run (a bad search, a file older than schema 4).
    /// limit > 0 stops counting after limit dialogues (counts.exact is then false): a search
    /// for a common word matches most of a large project, and its first page should not wait
    /// for the full count.
    std::optional<ReviewCounts> reviewCounts(const DialogueFilter &filter, qint64 limit = 0) const;
    /// One page of the filtered, sorted list.
    std::vector<DialogueListItem> dialogueListItems(const DialogueFilter &filter,
                                                    const DialogueSort &sort, qint64 offset,
                                                    int limit) const;
    std::optional<DialogueListItem> dialogueListItem(qint64 id) const;
    /// Sets the review state of many dialogues in one transaction.
    bool setReviewStatuses(const std::vector<ReviewChange> &changes);
    /// The distinct values the list can be filtered by.
    QStringList dialogueEngines() const;
    QStringList scoreMetrics() const;
    QStringList calledTools() const;
    std::vector<SavedFilter> savedFilters() const;
    /// Stores the filter under its name, replacing one of the same name; assigns id.
    bool saveFilter(SavedFilter &filter);
    bool removeSavedFilter(qint64 id);

    // Corpus (schema 6): documents cut into passages, and each passage's GEM stage outputs.
    // A file opened read-only below version 6 has no corpus and answers empty.
    /// Stores the documents and their passages in one transaction and assigns ids. A document
    /// whose uid is stored with the same text is kept with its stage outputs (its stored ids
    /// are copied back into the batch); one stored with other text is replaced, its passages
    /// and stage outputs dropped.
    std::optional<CorpusWriteResult> putCorpusDocuments(std::vector<SegmentedDocument> &batch);
    /// Every document with its passage count and stage counts, in id order; one query each.
    std::vector<CorpusDocumentSummary> corpusDocuments() const;
    std::optional<CorpusDocument> corpusDocument(qint64 id) const;
    std::optional<qint64> corpusDocumentId(const QString &uid) const;
    qint64 corpusDocumentCount() const;
    bool removeCorpusDocument(qint64 id); ///< with its passages and stage outputs
    std::vector<Passage> corpusPassages(qint64 documentId) const; ///< in document order
    std::optional<Passage> corpusPassage(qint64 passageId) const;
    /// The four stage records of a passage; a stage never run is a pending record.
    std::optional<PassageStages> corpusPassageStages(qint64 passageId) const;
    /// The same for every passage of a document, by passage id.
    std::map<qint64, PassageStages> corpusDocumentStages(qint64 documentId) const;
    /// Writes the records in one transaction, each replacing the one stored for its passage
    /// and stage.
    bool putCorpusStageRecords(const std::vector<CorpusStageRecord> &records);
    /// Stores the curator's edit of one stage (its status becomes "edited") and marks the
    /// passage's later stages pending, since they were made from the old output.
    bool putEditedCorpusStage(const CorpusStageRecord &edited);

    /// For tests and tools: creates a project whose schema stops at version (1..kSchemaVersion).
    static StoreError createAtVersion(const QString &path, const QString &projectName, int version);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Callwright
