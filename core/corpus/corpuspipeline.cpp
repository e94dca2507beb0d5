#include "corpuspipeline.h"

#include "corpusrulecheck.h"
#include "embeddedcorpusengine.h"
#include "store/projectstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QThread>

#include <future>

namespace Callwright {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CorpusPipeline)
};

const CorpusStageRecord &at(const PassageStages &stages, CorpusStage stage)
{
    return stages[std::size_t(stageIndex(stage))];
}

CorpusStageRecord &at(PassageStages &stages, CorpusStage stage)
{
    return stages[std::size_t(stageIndex(stage))];
}

template<typename T>
std::optional<T> outputOf(const CorpusStageRecord &r)
{
    if (!r.hasOutput())
        return std::nullopt;
    try {
        return r.output.get<T>();
    } catch (const std::exception &) {
        return std::nullopt;
    }
}

bool hasToolStep(const ExtractionResult &e)
{
    for (const WorkflowStep &s : e.steps) {
        if (!s.toolName.isEmpty())
            return true;
    }
    return false;
}

void count(CorpusStageCounts &c, CorpusStageStatus status)
{
    switch (status) {
    case CorpusStageStatus::Pending:
        ++c.pending;
        break;
    case CorpusStageStatus::Done:
        ++c.done;
        break;
    case CorpusStageStatus::Edited:
        ++c.edited;
        break;
    case CorpusStageStatus::Failed:
        ++c.failed;
        break;
    case CorpusStageStatus::Skipped:
        ++c.skipped;
        break;
    }
}

// Whether an output has the shape of its stage; the reason when it does not.
QString shapeProblem(CorpusStage stage, const Json &output)
{
    try {
        switch (stage) {
        case CorpusStage::Relevance:
            (void)output.get<RelevanceResult>();
            break;
        case CorpusStage::Extraction:
            (void)output.get<ExtractionResult>();
            break;
        case CorpusStage::Grounding:
        case CorpusStage::Refinement:
            (void)output.get<TrajectoryResult>();
            break;
        }
    } catch (const std::exception &e) {
        return QString::fromUtf8(e.what());
    }
    return {};
}

} // namespace

CorpusPipeline::CorpusPipeline(ProjectStore &store, EngineFactory factory)
    : m_store(store)
    , m_factory(std::move(factory))
{}

std::unique_ptr<CorpusEngine> CorpusPipeline::makeEngine() const
{
    return m_factory ? m_factory() : std::make_unique<EmbeddedCorpusEngine>();
}

std::vector<ValidationIssue> CorpusPipeline::ruleCheck(const CorpusStageRecord &record,
                                                       const PassageStages &stages)
{
    if (record.stage == CorpusStage::Extraction) {
        if (const std::optional<ExtractionResult> e = record.extraction())
            return CorpusRuleCheck::checkExtraction(*e);
        return {};
    }
    if (record.stage == CorpusStage::Grounding || record.stage == CorpusStage::Refinement) {
        const std::optional<TrajectoryResult> t = record.trajectory();
        const std::optional<ExtractionResult> e
                = outputOf<ExtractionResult>(at(stages, CorpusStage::Extraction));
        if (t)
            return CorpusRuleCheck::checkTrajectory(*t, e ? e->tools : std::vector<Tool>());
    }
    return {};
}

std::vector<CorpusStage> CorpusPipeline::processPassage(CorpusEngine &engine,
                                                        const CorpusDocument &document,
                                                        const Passage &passage,
                                                        PassageStages &stages, CorpusStage from,
                                                        const CorpusRunOptions &options)
{
    std::vector<CorpusStage> changed;
    bool upstreamRan = false;
    for (CorpusStage stage : kCorpusStages) {
        if (stageIndex(stage) < stageIndex(from)
            || stageIndex(stage) > stageIndex(options.lastStage))
            continue;
        CorpusStageRecord &record = at(stages, stage);
        if (options.keepEdited && record.status == CorpusStageStatus::Edited)
            continue;
        // Resuming: what is done (or was skipped for a reason that still holds) stays.
        if (!options.rerunDone && !upstreamRan
            && (record.status == CorpusStageStatus::Done
                || record.status == CorpusStageStatus::Skipped))
            continue;

        const std::optional<RelevanceResult> relevance
                = outputOf<RelevanceResult>(at(stages, CorpusStage::Relevance));
        const std::optional<ExtractionResult> extraction
                = outputOf<ExtractionResult>(at(stages, CorpusStage::Extraction));
        const std::optional<TrajectoryResult> grounding
                = outputOf<TrajectoryResult>(at(stages, CorpusStage::Grounding));
        CorpusStageInput input{document, passage, relevance ? &*relevance : nullptr,
                               extraction ? &*extraction : nullptr,
                               grounding ? &*grounding : nullptr};

        CorpusStageRecord made;
        made.passageId = passage.id;
        made.stage = stage;
        made.engine = engine.name();
        made.heuristic = engine.isHeuristic();
        made.atMs = QDateTime::currentMSecsSinceEpoch();
        // What a stage needs from the ones before it; without it the stage is skipped.
        QString skip;
        switch (stage) {
        case CorpusStage::Relevance:
            break;
        case CorpusStage::Extraction:
            if (!relevance)
                skip = Tr::tr("the relevance stage has no output");
            else if (!relevance->holdsWorkflow
                     && !(options.extractCommandReferences
                          && relevance->taskCategory == QLatin1String("command reference")))
                skip = Tr::tr("the passage holds no workflow");
            break;
        case CorpusStage::Grounding:
            if (!relevance || !relevance->holdsWorkflow)
                skip = Tr::tr("the passage holds no workflow");
            else if (!extraction)
                skip = Tr::tr("the extraction stage has no output");
            else if (!hasToolStep(*extraction))
                skip = Tr::tr("no step of the workflow runs a tool");
            break;
        case CorpusStage::Refinement:
            if (!grounding)
                skip = Tr::tr("the grounding stage has no output");
            break;
        }
        if (!skip.isEmpty()) {
            made.status = CorpusStageStatus::Skipped;
            made.error = skip;
        } else {
            try {
                switch (stage) {
                case CorpusStage::Relevance:
                    made.output = engine.relevance(input);
                    break;
                case CorpusStage::Extraction:
                    made.output = engine.extraction(input);
                    break;
                case CorpusStage::Grounding:
                    made.output = engine.grounding(input);
                    break;
                case CorpusStage::Refinement:
                    made.output = engine.refinement(input);
                    break;
                }
                made.status = CorpusStageStatus::Done;
            } catch (const CorpusStageFailure &e) {
                made.status = CorpusStageStatus::Failed;
                made.error = e.message();
            } catch (const std::exception &e) {
                made.status = CorpusStageStatus::Failed;
                made.error = QString::fromUtf8(e.what());
            }
        }
        record = std::move(made);
        record.issues = ruleCheck(record, stages);
        changed.push_back(stage);
        upstreamRan = true;
    }
    return changed;
}

CorpusRunReport CorpusPipeline::run(const CorpusRunOptions &options, const std::atomic_bool *cancel,
                                    const ProgressCallback &progressCallback)
{
    CorpusRunReport report;
    QElapsedTimer timer;
    timer.start();
    const auto finish = [&] {
        report.seconds = double(timer.nsecsElapsed()) / 1e9;
        return report;
    };
    std::vector<qint64> ids = options.documentIds;
    if (ids.empty()) {
        for (const CorpusDocumentSummary &s : m_store.corpusDocuments())
            ids.push_back(s.id);
        if (m_store.lastError()) {
            report.error = m_store.lastError().message;
            return finish();
        }
    }
    CorpusProgress &progress = report.progress;
    progress.documentsTotal = int(ids.size());
    if (progressCallback)
        progressCallback(progress);

    const int lanes
            = std::max(1, options.threads > 0 ? options.threads : QThread::idealThreadCount());
    std::vector<std::unique_ptr<CorpusEngine>> engines;
    for (int l = 0; l < lanes; ++l)
        engines.push_back(makeEngine());

    struct Work
    {
        const CorpusDocument *document;
        Passage passage;
        PassageStages stages;
        std::vector<CorpusStage> changed;
    };
    const std::size_t perBatch = std::size_t(std::max(1, options.documentsPerBatch));
    for (std::size_t from = 0; from < ids.size(); from += perBatch) {
        if (cancel && cancel->load()) {
            report.cancelled = true;
            return finish();
        }
        const std::size_t to = std::min(ids.size(), from + perBatch);
        // Reads on this thread (the store's); the stages on the lanes.
        std::vector<CorpusDocument> documents;
        documents.reserve(to - from);
        std::vector<Work> work;
        for (std::size_t i = from; i < to; ++i) {
            std::optional<CorpusDocument> doc = m_store.corpusDocument(ids[i]);
            if (!doc) {
                report.error = m_store.lastError()
                                       ? m_store.lastError().message
                                       : Tr::tr("there is no corpus document %1").arg(ids[i]);
                return finish();
            }
            documents.push_back(std::move(*doc));
        }
        for (const CorpusDocument &doc : documents) {
            std::map<qint64, PassageStages> stored = m_store.corpusDocumentStages(doc.id);
            for (Passage &p : m_store.corpusPassages(doc.id)) {
                const auto it = stored.find(p.id);
                Work w{&doc, std::move(p), {}, {}};
                if (it != stored.end())
                    w.stages = it->second;
                for (CorpusStage s : kCorpusStages) {
                    at(w.stages, s).passageId = w.passage.id;
                    at(w.stages, s).stage = s;
                }
                work.push_back(std::move(w));
            }
            if (m_store.lastError()) {
                report.error = m_store.lastError().message;
                return finish();
            }
        }
        std::vector<std::future<void>> running;
        for (int l = 0; l < lanes; ++l) {
            running.push_back(std::async(std::launch::async, [&, l] {
                for (std::size_t i = std::size_t(l); i < work.size(); i += std::size_t(lanes)) {
                    if (cancel && cancel->load())
                        return;
                    Work &w = work[i];
                    w.changed = processPassage(*engines[std::size_t(l)], *w.document, w.passage,
                                               w.stages, CorpusStage::Relevance, options);
                }
            }));
        }
        for (auto &f : running)
            f.get();
        // A cancelled batch keeps what it made: every passage is whole or untouched.
        std::vector<CorpusStageRecord> records;
        for (const Work &w : work) {
            for (CorpusStage s : w.changed) {
                const CorpusStageRecord &r = at(w.stages, s);
                records.push_back(r);
                count(progress.stages[std::size_t(stageIndex(s))], r.status);
                progress.ruleIssues += int(r.issues.size());
                if (r.status == CorpusStageStatus::Failed)
                    progress.lastFailure = Tr::tr("%1, passage %2, %3: %4")
                                                   .arg(w.document->uid)
                                                   .arg(w.passage.index)
                                                   .arg(QLatin1String(corpusStageName(s)), r.error);
                if (s == CorpusStage::Relevance) {
                    if (const auto rel = r.relevance(); rel && rel->holdsWorkflow)
                        ++progress.workflows;
                } else if (s == CorpusStage::Extraction) {
                    if (const auto e = r.extraction())
                        progress.tools += int(e->tools.size());
                }
            }
            if (!w.changed.empty())
                ++progress.passagesDone;
        }
        if (!m_store.putCorpusStageRecords(records)) {
            report.error = m_store.lastError().message;
            return finish();
        }
        if (cancel && cancel->load()) {
            report.cancelled = true;
            return finish();
        }
        progress.documentsDone += int(to - from);
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        progress.documentsPerSecond = seconds > 0 ? progress.documentsDone / seconds : 0;
        if (progressCallback)
            progressCallback(progress);
    }
    return finish();
}

std::optional<PassageStages> CorpusPipeline::rerun(qint64 passageId, CorpusStage stage,
                                                   QString *error)
{
    const auto fail = [&](const QString &why) -> std::optional<PassageStages> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const std::optional<Passage> passage = m_store.corpusPassage(passageId);
    if (!passage)
        return fail(m_store.lastError() ? m_store.lastError().message
                                        : Tr::tr("there is no passage %1").arg(passageId));
    const std::optional<CorpusDocument> document = m_store.corpusDocument(passage->documentId);
    std::optional<PassageStages> stages = m_store.corpusPassageStages(passageId);
    if (!document || !stages)
        return fail(m_store.lastError().message);
    CorpusRunOptions options;
    options.keepEdited = false; // the curator asked for this stage to be made again
    const std::unique_ptr<CorpusEngine> engine = makeEngine();
    const std::vector<CorpusStage> changed
            = processPassage(*engine, *document, *passage, *stages, stage, options);
    std::vector<CorpusStageRecord> records;
    for (CorpusStage s : changed)
        records.push_back(at(*stages, s));
    if (!m_store.putCorpusStageRecords(records))
        return fail(m_store.lastError().message);
    return stages;
}

bool CorpusPipeline::edit(qint64 passageId, CorpusStage stage, const Json &output, QString *error)
{
    const auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (const QString problem = shapeProblem(stage, output); !problem.isEmpty())
        return fail(Tr::tr("the %1 output does not have its stage's shape: %2")
                            .arg(QLatin1String(corpusStageName(stage)), problem));
    std::optional<PassageStages> stages = m_store.corpusPassageStages(passageId);
    if (!stages)
        return fail(m_store.lastError().message);
    CorpusStageRecord edited;
    edited.passageId = passageId;
    edited.stage = stage;
    edited.status = CorpusStageStatus::Edited;
    edited.engine = QStringLiteral("curator");
    edited.atMs = QDateTime::currentMSecsSinceEpoch();
    edited.output = output;
    edited.issues = ruleCheck(edited, *stages);
    if (!m_store.putEditedCorpusStage(edited))
        return fail(m_store.lastError().message);
    return true;
}

} // namespace Callwright
