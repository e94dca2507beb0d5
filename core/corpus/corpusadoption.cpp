#include "corpusadoption.h"

#include "store/projectstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>

namespace Callwright {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CorpusAdoption)
};

constexpr const char *kReviewEngine = "corpus";

std::vector<qint64> documentIds(const ProjectStore &store, qint64 documentId)
{
    if (documentId != 0)
        return {documentId};
    std::vector<qint64> ids;
    for (const CorpusDocumentSummary &s : store.corpusDocuments())
        ids.push_back(s.id);
    return ids;
}

// The catalog holding a tool adopted from the document, or 0.
qint64 catalogOfDocument(const std::vector<Catalog> &catalogs, const QString &documentUid)
{
    for (const Catalog &c : catalogs) {
        for (const Tool &t : c.tools) {
            if (t.origin.kind == ToolOrigin::Kind::Corpus && t.origin.source == documentUid)
                return c.id;
        }
    }
    return 0;
}

QString storeMessage(const ProjectStore &store)
{
    const QString message = store.lastError().message;
    return message.isEmpty() ? Tr::tr("the project refused the write") : message;
}

} // namespace

namespace CorpusAdoption {

std::vector<qint64> passageIds(const ProjectStore &store, qint64 documentId)
{
    std::vector<qint64> ids;
    for (qint64 doc : documentIds(store, documentId)) {
        for (const Passage &p : store.corpusPassages(doc))
            ids.push_back(p.id);
    }
    return ids;
}

std::vector<Tool> extractedTools(const ProjectStore &store, const std::vector<qint64> &passageIds)
{
    std::vector<Tool> tools;
    QSet<QString> names;
    std::map<qint64, QString> documentUids;
    for (qint64 passageId : passageIds) {
        const std::optional<PassageStages> stages = store.corpusPassageStages(passageId);
        if (!stages)
            continue;
        const CorpusStageRecord &record
                = (*stages)[std::size_t(stageIndex(CorpusStage::Extraction))];
        if (!record.hasOutput())
            continue;
        const std::optional<ExtractionResult> extraction = record.extraction();
        if (!extraction || extraction->tools.empty())
            continue;
        QString documentUid;
        if (const std::optional<Passage> passage = store.corpusPassage(passageId)) {
            auto it = documentUids.find(passage->documentId);
            if (it == documentUids.end()) {
                const std::optional<CorpusDocument> doc = store.corpusDocument(passage->documentId);
                it = documentUids.emplace(passage->documentId, doc ? doc->uid : QString()).first;
            }
            documentUid = it->second;
        }
        for (Tool tool : extraction->tools) {
            if (tool.name.isEmpty() || names.contains(tool.name))
                continue;
            names.insert(tool.name);
            tool.id = 0;
            tool.origin.kind = ToolOrigin::Kind::Corpus;
            if (!documentUid.isEmpty())
                tool.origin.source = documentUid;
            tools.push_back(std::move(tool));
        }
    }
    return tools;
}

std::optional<CorpusToolAdoption> acceptTools(ProjectStore &store,
                                              const std::vector<qint64> &passageIds,
                                              const QString &catalogName, QString *error)
{
    const QString name = catalogName.trimmed();
    if (name.isEmpty()) {
        if (error)
            *error = Tr::tr("the catalog needs a name");
        return std::nullopt;
    }
    std::vector<Tool> tools = extractedTools(store, passageIds);
    CorpusToolAdoption result;
    result.catalogName = name;

    std::optional<Catalog> existing;
    for (Catalog &c : store.catalogs()) {
        if (c.name == name) {
            existing = std::move(c);
            break;
        }
    }
    if (!existing) {
        Catalog catalog;
        catalog.name = name;
        catalog.description = Tr::tr("Tools extracted from the project's text corpus.");
        for (const Tool &t : tools)
            result.addedNames << t.name;
        catalog.tools = std::move(tools);
        if (!store.insertCatalog(catalog)) {
            if (error)
                *error = storeMessage(store);
            return std::nullopt;
        }
        result.catalogId = catalog.id;
        result.catalogCreated = true;
        result.added = int(catalog.tools.size());
        return result;
    }
    result.catalogId = existing->id;
    for (Tool &t : tools) {
        if (existing->findTool(t.name)) {
            ++result.skipped;
            continue;
        }
        if (!store.insertTool(existing->id, t)) {
            if (error)
                *error = storeMessage(store);
            return std::nullopt;
        }
        ++result.added;
        result.addedNames << t.name;
    }
    return result;
}

std::optional<CorpusToolAdoption> acceptDocumentTools(ProjectStore &store, qint64 documentId,
                                                      const QString &catalogName, QString *error)
{
    return acceptTools(store, passageIds(store, documentId), catalogName, error);
}

QString passageNote(const QString &documentTitle, const QStringList &headingPath, int index)
{
    const QString heading = headingPath.join(QStringLiteral(" \u203a "));
    return heading.isEmpty()
                   ? Tr::tr("From corpus passage: %1 (passage %2)").arg(documentTitle).arg(index)
                   : Tr::tr("From corpus passage: %1 \u203a %2 (passage %3)")
                             .arg(documentTitle, heading)
                             .arg(index);
}

std::vector<Dialogue> reviewDialogues(const ProjectStore &store, qint64 documentId,
                                      const std::vector<Catalog> &catalogs)
{
    std::vector<Dialogue> dialogues;
    for (qint64 docId : documentIds(store, documentId)) {
        const std::optional<CorpusDocument> doc = store.corpusDocument(docId);
        if (!doc)
            continue;
        const QString title = doc->title.isEmpty() ? doc->uid : doc->title;
        const qint64 catalogId = catalogOfDocument(catalogs, doc->uid);
        const std::map<qint64, PassageStages> stages = store.corpusDocumentStages(docId);
        for (const Passage &p : store.corpusPassages(docId)) {
            const auto it = stages.find(p.id);
            if (it == stages.end())
                continue;
            std::optional<TrajectoryResult> trajectory;
            const CorpusStageRecord *from = nullptr;
            for (CorpusStage stage : {CorpusStage::Refinement, CorpusStage::Grounding}) {
                const CorpusStageRecord &record = it->second[std::size_t(stageIndex(stage))];
                if (!record.hasOutput())
                    continue;
                trajectory = record.trajectory();
                if (trajectory && !trajectory->trajectory.messages.empty()) {
                    from = &record;
                    break;
                }
                trajectory.reset();
            }
            if (!trajectory)
                continue;
            Dialogue d = std::move(trajectory->trajectory);
            if (d.uid.isEmpty())
                d.uid = QStringLiteral("corpus:%1:%2:%3")
                                .arg(doc->uid)
                                .arg(p.index)
                                .arg(QLatin1String(corpusStageName(from->stage)));
            d.id = 0;
            d.jobId = 0;
            d.catalogId = catalogId;
            d.engine = QLatin1String(kReviewEngine);
            d.status = ReviewStatus::Open;
            d.reviewNote = passageNote(title, p.headingPath, p.index + 1);
            if (d.createdAtMs == 0)
                d.createdAtMs = from->atMs > 0 ? from->atMs : QDateTime::currentMSecsSinceEpoch();
            dialogues.push_back(std::move(d));
        }
    }
    return dialogues;
}

std::optional<CorpusReviewAdoption> trajectoriesToReview(ProjectStore &store, qint64 documentId,
                                                         QString *error)
{
    CorpusReviewAdoption result;
    std::vector<Dialogue> dialogues = reviewDialogues(store, documentId, store.catalogs());
    if (dialogues.empty())
        return result;
    // insertDialogues skips the uids the project already holds: those were sent before.
    const std::optional<int> written = store.insertDialogues(dialogues);
    if (!written) {
        if (error)
            *error = storeMessage(store);
        return std::nullopt;
    }
    result.added = *written;
    result.skipped = int(dialogues.size()) - *written;
    return result;
}

} // namespace CorpusAdoption

} // namespace Callwright
