// The embedded corpus mode over the whole shared corpus (443 documents: 272 OpenShift and 108
// Prometheus runbooks, 63 tldr pages): documents per second for import and segmentation, then
// for each embedded stage on one thread, each stage run where the pipeline would run it, and
// last the whole pipeline into a project file on a pool of lanes.
//
//   bench_corpus [rounds=3] [threads=0 (one per core)]

#include "corpus/corpusimporter.h"
#include "corpus/corpuspipeline.h"
#include "corpus/corpusrulecheck.h"
#include "corpus/embeddedcorpusengine.h"
#include "corpus/passageanalysis.h"
#include "store/projectstore.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace Callwright;

namespace {

struct StageFigure
{
    const char *name;
    double seconds = 0;
    qint64 passages = 0;
};

void print(const StageFigure &f, int documents, int rounds)
{
    const double perRound = f.seconds / rounds;
    std::printf("  %-28s %8.1f documents/s  %9.0f passages/s  (%lld passages, %.3f s)\n", f.name,
                perRound > 0 ? documents / perRound : 0.0,
                perRound > 0 ? double(f.passages) / rounds / perRound : 0.0,
                static_cast<long long>(f.passages / rounds), perRound);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int rounds = std::max(1, args.size() > 1 ? args[1].toInt() : 3);
    const int threads = args.size() > 2 ? args[2].toInt() : 0;
    const QStringList files{QStringLiteral("corpus/openshift_runbooks/openshift_runbooks.jsonl"),
                            QStringLiteral("corpus/prometheus_runbooks/runbooks.jsonl"),
                            QStringLiteral("corpus/tldr_pages/tldr_pages.jsonl")};

    QElapsedTimer clock;
    StageFigure import{"import and segmentation"};
    std::vector<SegmentedDocument> documents;
    for (int r = 0; r < rounds; ++r) {
        documents.clear();
        clock.start();
        for (const QString &file : files) {
            CorpusImport read = CorpusImporter().read(TestSupport::sharedDataPath(file));
            if (!read.ok())
                qFatal("%s", qPrintable(read.errors.front().toString()));
            for (SegmentedDocument &s : read.documents)
                documents.push_back(std::move(s));
        }
        import.seconds += double(clock.nsecsElapsed()) / 1e9;
    }
    qint64 passageCount = 0;
    for (const SegmentedDocument &s : documents)
        passageCount += qint64(s.passages.size());
    import.passages = passageCount * rounds;
    const int docCount = int(documents.size());
    std::printf("bench_corpus: %d documents, %lld passages, %d round(s)\n", docCount,
                static_cast<long long>(passageCount), rounds);
    std::printf("embedded stages on one thread (each where the pipeline runs it):\n");
    print(import, docCount, rounds);

    EmbeddedCorpusEngine engine;
    StageFigure relevance{"relevance"};
    StageFigure extraction{"extraction + rule check"};
    StageFigure grounding{"grounding + rule check"};
    StageFigure refinement{"refinement + rule check"};
    int workflows = 0;
    int tools = 0;
    int issues = 0;
    for (int r = 0; r < rounds; ++r) {
        for (const SegmentedDocument &s : documents) {
            for (const Passage &p : s.passages) {
                CorpusStageInput input{s.document, p};
                clock.start();
                const RelevanceResult rel = engine.relevance(input);
                relevance.seconds += double(clock.nsecsElapsed()) / 1e9;
                ++relevance.passages;
                if (!rel.holdsWorkflow && rel.taskCategory != QLatin1String("command reference"))
                    continue;
                input.relevance = &rel;
                clock.start();
                const ExtractionResult ex = engine.extraction(input);
                issues += int(CorpusRuleCheck::checkExtraction(ex).size());
                extraction.seconds += double(clock.nsecsElapsed()) / 1e9;
                ++extraction.passages;
                if (r == 0) {
                    workflows += rel.holdsWorkflow ? 1 : 0;
                    tools += int(ex.tools.size());
                }
                const bool runsTools
                        = std::any_of(ex.steps.begin(), ex.steps.end(),
                                      [](const WorkflowStep &w) { return !w.toolName.isEmpty(); });
                if (!rel.holdsWorkflow || !runsTools)
                    continue;
                input.extraction = &ex;
                clock.start();
                const TrajectoryResult g = engine.grounding(input);
                issues += int(CorpusRuleCheck::checkTrajectory(g, ex.tools).size());
                grounding.seconds += double(clock.nsecsElapsed()) / 1e9;
                ++grounding.passages;
                input.grounding = &g;
                clock.start();
                const TrajectoryResult refined = engine.refinement(input);
                issues += int(CorpusRuleCheck::checkTrajectory(refined, ex.tools).size());
                refinement.seconds += double(clock.nsecsElapsed()) / 1e9;
                ++refinement.passages;
            }
        }
    }
    for (const StageFigure &f : {relevance, extraction, grounding, refinement})
        print(f, docCount, rounds);
    std::printf("  %d passages hold a workflow, %d tools extracted, %d rule-check findings\n",
                workflows, tools, issues / rounds);

    // The whole pipeline into a project file: reads, lanes, one transaction per batch.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.callwright"));
    ProjectStore store;
    if (StoreError e = store.create(path, QStringLiteral("bench")))
        qFatal("%s", qPrintable(e.message));
    clock.start();
    std::vector<SegmentedDocument> batch = documents;
    if (!store.putCorpusDocuments(batch))
        qFatal("%s", qPrintable(store.lastError().message));
    const double storeSeconds = double(clock.nsecsElapsed()) / 1e9;
    CorpusPipeline pipeline(store);
    CorpusRunOptions options;
    options.threads = threads;
    const CorpusRunReport report = pipeline.run(options);
    if (!report.error.isEmpty())
        qFatal("%s", qPrintable(report.error));
    std::printf("pipeline into a project (%s threads): documents stored in %.3f s; all four "
                "stages %.1f documents/s (%.2f s), %d trajectories\n",
                threads > 0 ? qPrintable(QString::number(threads)) : "one per core", storeSeconds,
                report.seconds > 0 ? docCount / report.seconds : 0.0, report.seconds,
                report.progress.stages[2].done);
    return 0;
}
