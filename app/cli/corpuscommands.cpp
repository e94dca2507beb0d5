// corpus run: import a text corpus into a project and run GEM's stages over it, in the
// embedded (heuristic) mode or on an endpoint profile.
// corpus adopt: the extracted tools into a catalog, the trajectories into review.

#include "clisupport.h"
#include "commands.h"

#include "backends/endpointconnector.h"
#include "backends/endpointscheduler.h"
#include "backends/secretstore.h"
#include "corpus/corpusadoption.h"
#include "corpus/corpusimporter.h"
#include "corpus/corpuspipeline.h"
#include "corpus/embeddedcorpusengine.h"
#include "corpus/llmcorpusengine.h"
#include "store/projectresponsecache.h"
#include "store/projectstore.h"

#include <QElapsedTimer>
#include <QFileInfo>

#include <algorithm>
#include <atomic>
#include <csignal>

namespace Callwright::Cli {

namespace {

constexpr qint64 kProgressIntervalMs = 250;

} // namespace

int corpusRun(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("project"), Tr::tr("The project file."), Tr::tr("file")});
    parser.addOption({QStringLiteral("input"),
                      Tr::tr("A JSON Lines file of {id, title, text}, a .txt or .md file, or a "
                             "folder of them."),
                      Tr::tr("path")});
    parser.addOption({QStringLiteral("endpoint"),
                      Tr::tr("Run the stages on endpoint profile <profile> instead of the "
                             "embedded rules."),
                      Tr::tr("profile")});
    parser.addOption({QStringLiteral("threads"), Tr::tr("Worker threads (0: one per core)."),
                      Tr::tr("n"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("rerun"),
                      Tr::tr("Run stages that are already done again (edited outputs are "
                             "kept).")});
    int code = Ok;
    if (!parse(parser, arguments,
               Tr::tr("Import a text corpus into the project and run the four GEM stages "
                      "(relevance, extraction, grounding, refinement) over its passages."),
               0, &code))
        return code;
    const bool json = parser.isSet(QStringLiteral("json"));
    if (!parser.isSet(QStringLiteral("project")))
        return fail(json, Usage, Tr::tr("--project is required"));
    if (!parser.isSet(QStringLiteral("input")))
        return fail(json, Usage, Tr::tr("--input is required"));
    int threads = 0;
    if (!readInt(parser, QStringLiteral("threads"), 0, 256, &threads))
        return fail(json, Usage, Tr::tr("--threads takes a whole number from 0 to 256"));

    // The endpoint first: a wrong profile name is a usage error, found before the project is
    // touched.
    SecretStore secrets;
    std::shared_ptr<EndpointScheduler> scheduler;
    if (parser.isSet(QStringLiteral("endpoint"))) {
        int code = Ok;
        scheduler = openEndpoint(QStringLiteral("endpoint"),
                                 parser.value(QStringLiteral("endpoint")), secrets, json, &code);
        if (!scheduler)
            return code;
    }

    ProjectStore store;
    if (StoreError e = store.open(parser.value(QStringLiteral("project"))))
        return storeFailure(json, e);

    const QString input = parser.value(QStringLiteral("input"));
    CorpusImport import = CorpusImporter().read(input);
    if (!import.ok()) {
        for (const CorpusImportIssue &e : import.errors)
            err() << e.toString() << Qt::endl;
        return fail(json, Failed,
                    Tr::tr("%n problem(s) in the input; nothing was imported", nullptr,
                           int(import.errors.size())));
    }
    for (const QString &skipped : qAsConst(import.skippedFiles))
        err() << Tr::tr("corpus: skipped %1 (it describes the corpus)").arg(skipped) << Qt::endl;
    const int passages = import.passageCount();
    const std::optional<CorpusWriteResult> written = store.putCorpusDocuments(import.documents);
    if (!written)
        return storeFailure(json, store.lastError());
    if (!json) {
        err() << Tr::tr("corpus: %n document(s) read (%1 new, %2 changed, %3 unchanged), "
                        "%4 passages",
                        nullptr, int(import.documents.size()))
                         .arg(written->added)
                         .arg(written->replaced)
                         .arg(written->unchanged)
                         .arg(passages)
              << Qt::endl;
        if (!scheduler)
            err() << EmbeddedCorpusEngine::heuristicNotice() << Qt::endl;
    }

    CorpusRunOptions options;
    options.threads = threads;
    options.rerunDone = parser.isSet(QStringLiteral("rerun"));
    for (const SegmentedDocument &s : import.documents)
        options.documentIds.push_back(s.document.id);
    CorpusPipeline::EngineFactory factory;
    if (scheduler) {
        // The project's answer cache makes a rerun over the same passages free.
        auto cache = std::make_shared<ProjectResponseCache>();
        if (cache->open(store.path()))
            scheduler->setCache(cache);
        LlmCorpusEngine::Settings settings;
        settings.scheduler = scheduler;
        settings.prompts = PromptTemplates::fromProject(&store);
        factory = [settings] {
            return std::make_unique<LlmCorpusEngine>(settings);
        };
        // Lanes block on their requests: as many as the endpoint takes at once.
        if (threads == 0)
            options.threads = std::clamp(scheduler->profile().maxInFlight, 1, 32);
    }
    CorpusPipeline pipeline(store, factory);
    QElapsedTimer clock;
    clock.start();
    qint64 lastLineMs = 0;
    std::optional<CancelOnSignal> cancelOnSignal(std::in_place);
    const CorpusRunReport run
            = pipeline.run(options, CancelOnSignal::cancelled(), [&](const CorpusProgress &p) {
                  const qint64 now = clock.elapsed();
                  if (json || p.documentsDone == 0
                      || (now - lastLineMs < kProgressIntervalMs
                          && p.documentsDone < p.documentsTotal))
                      return;
                  lastLineMs = now;
                  err() << Tr::tr("corpus: %1/%2 documents, %3 documents/s")
                                   .arg(p.documentsDone)
                                   .arg(p.documentsTotal)
                                   .arg(p.documentsPerSecond, 0, 'f', 1)
                        << Qt::endl;
              });
    cancelOnSignal.reset();

    const CorpusProgress &p = run.progress;
    Json stages = Json::object();
    for (CorpusStage stage : kCorpusStages) {
        const CorpusStageCounts &c = p.stages[std::size_t(stageIndex(stage))];
        stages[corpusStageName(stage)]
                = Json{{"done", c.done}, {"failed", c.failed}, {"skipped", c.skipped}};
    }
    Json summary{{"project", QFileInfo(store.path()).absoluteFilePath()},
                 {"input", QFileInfo(input).absoluteFilePath()},
                 {"mode", scheduler ? scheduler->profile().name
                                    : QString::fromLatin1(EmbeddedCorpusEngine::kName)},
                 {"heuristic", !scheduler},
                 {"documents", int(import.documents.size())},
                 {"added", written->added},
                 {"replaced", written->replaced},
                 {"unchanged", written->unchanged},
                 {"passages", passages},
                 {"passages_run", p.passagesDone},
                 {"workflows", p.workflows},
                 {"tools", p.tools},
                 {"stages", stages},
                 {"rule_issues", p.ruleIssues},
                 {"elapsed_s", rounded(run.seconds, 2)},
                 {"documents_per_second",
                  rounded(run.seconds > 0 ? p.documentsDone / run.seconds : 0.0, 1)}};
    if (scheduler) {
        const SchedulerStats stats = scheduler->stats();
        summary["endpoint"] = Json{{"profile", scheduler->profile().name},
                                   {"model", scheduler->profile().model},
                                   {"requests", stats.attempts},
                                   {"cache_hits", stats.cacheHits},
                                   {"prompt_tokens", stats.usage.promptTokens},
                                   {"completion_tokens", stats.usage.completionTokens}};
        if (!p.lastFailure.isEmpty())
            summary["last_failure"] = p.lastFailure;
    }
    QString problem;
    if (!run.error.isEmpty())
        problem = Tr::tr("the run stopped: %1").arg(run.error);
    else if (run.cancelled)
        problem = Tr::tr("cancelled after %1 of %2 documents; run the same command again to "
                         "finish (what is done is kept)")
                          .arg(p.documentsDone)
                          .arg(p.documentsTotal);
    if (!problem.isEmpty() && json) {
        summary["error"] = problem;
        summary["exit_code"] = int(Failed);
    }
    report(json, summary);
    if (problem.isEmpty())
        return Ok;
    err() << QStringLiteral("callwright-cli: ") << problem << Qt::endl;
    return Failed;
}

int corpusAdopt(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("project"), Tr::tr("The project file."), Tr::tr("file")});
    parser.addOption({QStringLiteral("document"),
                      Tr::tr("Only this corpus document (its number or uid; default: every "
                             "document)."),
                      Tr::tr("id")});
    parser.addOption({QStringLiteral("catalog"),
                      Tr::tr("The catalog the tools go into; made when missing (default "
                             "\"corpus\")."),
                      Tr::tr("name"), QStringLiteral("corpus")});
    parser.addOption({QStringLiteral("tools"), Tr::tr("Add the extracted tools to the catalog.")});
    parser.addOption(
            {QStringLiteral("dialogues"), Tr::tr("Send the trajectories to review as dialogues.")});
    int code = Ok;
    if (!parse(parser, arguments,
               Tr::tr("Adopt the corpus's outputs: its extracted tools into a catalog and its "
                      "trajectories into review (both when neither --tools nor --dialogues is "
                      "given). Running it again adds only what is new."),
               0, &code))
        return code;
    const bool json = parser.isSet(QStringLiteral("json"));
    if (!parser.isSet(QStringLiteral("project")))
        return fail(json, Usage, Tr::tr("--project is required"));
    bool tools = parser.isSet(QStringLiteral("tools"));
    bool dialogues = parser.isSet(QStringLiteral("dialogues"));
    if (!tools && !dialogues)
        tools = dialogues = true;
    const QString catalogName = parser.value(QStringLiteral("catalog")).trimmed();
    if (tools && catalogName.isEmpty())
        return fail(json, Usage, Tr::tr("--catalog needs a name"));

    ProjectStore store;
    if (StoreError e = store.open(parser.value(QStringLiteral("project"))))
        return storeFailure(json, e);

    qint64 documentId = 0;
    if (parser.isSet(QStringLiteral("document"))) {
        const QString value = parser.value(QStringLiteral("document"));
        bool isNumber = false;
        const qint64 number = value.toLongLong(&isNumber);
        if (isNumber && store.corpusDocument(number))
            documentId = number;
        else if (const std::optional<qint64> byUid = store.corpusDocumentId(value))
            documentId = *byUid;
        else
            return fail(json, Usage,
                        Tr::tr("--document: the project's corpus has no document '%1'").arg(value));
    }

    Json summary{{"project", QFileInfo(store.path()).absoluteFilePath()}};
    if (documentId != 0)
        summary["document"] = documentId;
    QString error;
    if (tools) {
        const std::optional<CorpusToolAdoption> adopted
                = CorpusAdoption::acceptDocumentTools(store, documentId, catalogName, &error);
        if (!adopted)
            return fail(json, Failed, error);
        summary["catalog"] = adopted->catalogName;
        summary["catalog_id"] = adopted->catalogId;
        summary["catalog_created"] = adopted->catalogCreated;
        summary["tools_added"] = adopted->added;
        summary["tools_skipped"] = adopted->skipped;
    }
    if (dialogues) {
        const std::optional<CorpusReviewAdoption> sent
                = CorpusAdoption::trajectoriesToReview(store, documentId, &error);
        if (!sent)
            return fail(json, Failed, error);
        summary["dialogues_added"] = sent->added;
        summary["dialogues_skipped"] = sent->skipped;
    }
    report(json, summary);
    return Ok;
}

} // namespace Callwright::Cli
