#pragma once

#include "model/catalog.h"
#include "model/dialogue.h"

#include <optional>
#include <vector>

namespace Callwright {

class ProjectStore;

/// What accepting a corpus's extracted tools into a catalog did.
struct CorpusToolAdoption
{
    qint64 catalogId = 0;
    QString catalogName;
    bool catalogCreated = false;
    int added = 0;   ///< tools written into the catalog
    int skipped = 0; ///< tools whose name the catalog already held
    QStringList addedNames;
};

/// What sending a corpus's trajectories to review did.
struct CorpusReviewAdoption
{
    int added = 0;   ///< dialogues written for review
    int skipped = 0; ///< trajectories already in the project (same uid)
};

/// The corpus pipeline's outputs adopted by the rest of the project (issue 10): the tools the
/// extraction stage found go into a catalog, the grounding or refinement trajectories into the
/// review browser as dialogues. Both may be run again: what is already there is skipped.
namespace CorpusAdoption {

/// The passages of a document in document order; documentId 0: of every document.
std::vector<qint64> passageIds(const ProjectStore &store, qint64 documentId);

/// The tools the extraction outputs of the passages hold, each name once (the first wins),
/// with origin Corpus and the document's uid as source.
std::vector<Tool> extractedTools(const ProjectStore &store, const std::vector<qint64> &passageIds);

/// Adds the passages' extracted tools to the catalog named catalogName, creating it when the
/// project has none of that name; tools whose name the catalog holds are skipped. nullopt with
/// error set when the project refused the write.
std::optional<CorpusToolAdoption> acceptTools(ProjectStore &store,
                                              const std::vector<qint64> &passageIds,
                                              const QString &catalogName, QString *error);
/// The same for a document's passages (documentId 0: every document's).
std::optional<CorpusToolAdoption> acceptDocumentTools(ProjectStore &store, qint64 documentId,
                                                      const QString &catalogName, QString *error);

/// The note a review dialogue made from a passage's trajectory carries back to the passage;
/// number is 1-based, as the Corpus panel lists passages (the uid holds the 0-based index).
QString passageNote(const QString &documentTitle, const QStringList &headingPath, int number);

/// The trajectories of a document's passages (documentId 0: every document) as dialogues for
/// review: the refinement trajectory where there is one, else the grounding one; status open,
/// engine "corpus", uid the trajectory's, the passage named in reviewNote, and catalogId the
/// catalog (of catalogs) holding the document's adopted tools, if any.
std::vector<Dialogue> reviewDialogues(const ProjectStore &store, qint64 documentId,
                                      const std::vector<Catalog> &catalogs);

/// Inserts reviewDialogues() into the project, skipping uids it already holds. nullopt with
/// error set when the project refused the write.
std::optional<CorpusReviewAdoption> trajectoriesToReview(ProjectStore &store, qint64 documentId,
                                                         QString *error);

} // namespace CorpusAdoption

} // namespace Callwright
