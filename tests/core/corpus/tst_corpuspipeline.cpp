// The embedded corpus mode as a curator relies on it: its relevance filter and tool extraction
// measured against hand labels (tests/core/corpus/labels.json), with precision and recall
// printed; the pipeline storing every stage of every passage in the project, resuming after a
// cancellation, keeping the curator's edits, rerunning one stage, and recording a stage that
// fails without stopping.
#include "corpus/corpusimporter.h"
#include "corpus/corpuspipeline.h"
#include "corpus/corpusrulecheck.h"
#include "corpus/embeddedcorpusengine.h"
#include "corpus/passageanalysis.h"
#include "store/projectstore.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace Callwright;

class TestCorpusPipeline final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void relevanceAndExtractionAgainstHandLabels();
    void tarPageGivesOneToolPerCapability();
    void runbookDiagnosisBecomesAPlanAndATrajectory();
    void pipelineStoresEveryStageOfEveryPassage();
    void cancelledRunResumesWithWhatIsLeft();
    void editsAreKeptAndMakeLaterStagesPending();
    void rerunMakesOneStageAgain();
    void aFailingStageIsRecordedAndTheRunGoesOn();
    void storeKeepsUnchangedDocumentsAndReplacesChangedOnes();
    void olderProjectGainsTheCorpusTables();

private:
    std::vector<SegmentedDocument> m_runbooks; ///< prometheus runbooks, 108 documents
    std::map<QString, CorpusImport> m_imports; ///< by shared file
    QTemporaryDir m_dir;
};

namespace {

struct Counts
{
    int tp = 0;
    int fp = 0;
    int fn = 0;
    double precision() const { return tp + fp > 0 ? double(tp) / (tp + fp) : 1.0; }
    double recall() const { return tp + fn > 0 ? double(tp) / (tp + fn) : 1.0; }
    void add(bool found, bool expected)
    {
        if (found && expected)
            ++tp;
        else if (found)
            ++fp;
        else if (expected)
            ++fn;
    }
};

struct Measure
{
    int passages = 0;
    Counts relevance;
    Counts tools;
    int parameters = 0;
    int parametersFound = 0;
    double parameterRecall() const
    {
        return parameters > 0 ? double(parametersFound) / parameters : 1.0;
    }
};

const SegmentedDocument *findDocument(const CorpusImport &import, const QString &uid)
{
    for (const SegmentedDocument &s : import.documents) {
        if (s.document.uid == uid)
            return &s;
    }
    return nullptr;
}

const Passage *findPassage(const SegmentedDocument &s, const QString &heading)
{
    for (const Passage &p : s.passages) {
        if (!p.headingPath.isEmpty() && p.headingPath.constLast() == heading)
            return &p;
    }
    return nullptr;
}

// An extracted tool answers a label when its name is the label or extends it with '_'.
bool answers(const QString &extracted, const QString &label)
{
    return extracted == label || extracted.startsWith(label + QLatin1Char('_'));
}

class FailingExtraction final : public CorpusEngine
{
public:
    QString name() const override { return QStringLiteral("test-endpoint"); }
    bool isHeuristic() const override { return false; }
    RelevanceResult relevance(const CorpusStageInput &input) override
    {
        return m_embedded.relevance(input);
    }
    ExtractionResult extraction(const CorpusStageInput &) override
    {
        throw CorpusStageFailure(QStringLiteral("the endpoint answered with malformed JSON"));
    }
    TrajectoryResult grounding(const CorpusStageInput &input) override
    {
        return m_embedded.grounding(input);
    }
    TrajectoryResult refinement(const CorpusStageInput &input) override
    {
        return m_embedded.refinement(input);
    }

private:
    EmbeddedCorpusEngine m_embedded;
};

QString newProject(QTemporaryDir &dir, const char *name)
{
    const QString path = dir.filePath(QLatin1String(name) + QStringLiteral(".callwright"));
    ProjectStore store;
    if (StoreError e = store.create(path, QLatin1String(name)))
        qFatal("%s", qPrintable(e.message));
    return path;
}

int countWhere(const ProjectStore &store, CorpusStage stage, CorpusStageStatus status)
{
    int n = 0;
    for (const CorpusDocumentSummary &s : store.corpusDocuments()) {
        const CorpusStageCounts &c = s.stages[std::size_t(stageIndex(stage))];
        switch (status) {
        case CorpusStageStatus::Pending:
            n += c.pending;
            break;
        case CorpusStageStatus::Done:
            n += c.done;
            break;
        case CorpusStageStatus::Edited:
            n += c.edited;
            break;
        case CorpusStageStatus::Failed:
            n += c.failed;
            break;
        case CorpusStageStatus::Skipped:
            n += c.skipped;
            break;
        }
    }
    return n;
}

} // namespace

void TestCorpusPipeline::initTestCase()
{
    QVERIFY(m_dir.isValid());
    for (const char *file :
         {"corpus/openshift_runbooks/openshift_runbooks.jsonl",
          "corpus/prometheus_runbooks/runbooks.jsonl", "corpus/tldr_pages/tldr_pages.jsonl"}) {
        const QString name = QLatin1String(file);
        CorpusImport import = CorpusImporter().read(TestSupport::sharedDataPath(name));
        QVERIFY2(import.ok(), qPrintable(name));
        m_imports.emplace(name, std::move(import));
    }
    m_runbooks
            = m_imports.at(QStringLiteral("corpus/prometheus_runbooks/runbooks.jsonl")).documents;
    QCOMPARE(int(m_runbooks.size()), 108);
}

void TestCorpusPipeline::relevanceAndExtractionAgainstHandLabels()
{
    QFile file(TestSupport::sourceDir() + QStringLiteral("/tests/core/corpus/labels.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const Json labels = parseJson(file.readAll());
    const Json &passages = labels.at("passages");
    QVERIFY(passages.size() >= 20);

    // [0]: labels written while the rules were shaped; [1], [2]: the held-out rounds;
    // [3]: all.
    Measure measures[4];
    QStringList misses;
    for (const Json &label : passages) {
        const QString fileName = label.at("file").get<QString>();
        const QString uid = label.at("document").get<QString>();
        const QString heading = label.at("heading").get<QString>();
        QVERIFY2(m_imports.count(fileName), qPrintable(fileName));
        const SegmentedDocument *doc = findDocument(m_imports.at(fileName), uid);
        QVERIFY2(doc, qPrintable(uid));
        const Passage *passage = findPassage(*doc, heading);
        QVERIFY2(passage, qPrintable(uid + QStringLiteral(" / ") + heading));
        const int round = std::clamp(label.value("held_out", 0), 0, 2);
        const QString tag = round > 0 ? QStringLiteral("[held out %1] ").arg(round) : QString();
        Measure *into[] = {&measures[round], &measures[3]};

        const CorpusStageInput input{doc->document, *passage};
        const PassageAnalysis analysis = analyzePassage(doc->document, *passage);
        const RelevanceResult r = EmbeddedCorpusEngine::relevanceOf(input, analysis);
        const bool expected = label.at("workflow").get<bool>();
        for (Measure *m : into) {
            ++m->passages;
            m->relevance.add(r.holdsWorkflow, expected);
        }
        if (r.holdsWorkflow != expected)
            misses << tag
                              + QStringLiteral("relevance %1 / %2: labelled %3, found %4 (%5)")
                                        .arg(uid, heading)
                                        .arg(expected)
                                        .arg(r.holdsWorkflow)
                                        .arg(r.evidence.join(QStringLiteral("; ")));

        if (!label.contains("tools"))
            continue;
        // Extraction is measured on every labelled passage, whatever relevance said.
        const ExtractionResult e = EmbeddedCorpusEngine::extractionOf(input, analysis);
        QVERIFY2(CorpusRuleCheck::checkExtraction(e).empty(), qPrintable(uid));
        std::vector<bool> used(e.tools.size(), false);
        for (const Json &want : label.at("tools")) {
            const QString name = want.at("name").get<QString>();
            // An exact name first, then the first tool that extends it.
            int match = -1;
            for (int pass = 0; pass < 2 && match < 0; ++pass) {
                for (std::size_t i = 0; i < e.tools.size(); ++i) {
                    const bool fits
                            = pass == 0 ? e.tools[i].name == name : answers(e.tools[i].name, name);
                    if (!used[i] && fits) {
                        match = int(i);
                        break;
                    }
                }
            }
            const QStringList wanted = want.contains("parameters")
                                               ? want.at("parameters").get<QStringList>()
                                               : QStringList();
            for (Measure *m : into)
                m->parameters += int(wanted.size());
            if (match < 0) {
                for (Measure *m : into)
                    ++m->tools.fn;
                misses << tag + QStringLiteral("tool %1 / %2: no %3").arg(uid, heading, name);
                continue;
            }
            used[std::size_t(match)] = true;
            for (Measure *m : into)
                ++m->tools.tp;
            const Tool &tool = e.tools[std::size_t(match)];
            const Json &properties = tool.parameters.at("properties");
            for (const QString &p : wanted) {
                if (properties.contains(p.toStdString())) {
                    for (Measure *m : into)
                        ++m->parametersFound;
                } else {
                    misses << tag
                                      + QStringLiteral("parameter %1 / %2: %3 has no %4")
                                                .arg(uid, heading, tool.name, p);
                }
            }
        }
        for (std::size_t i = 0; i < e.tools.size(); ++i) {
            if (used[i])
                continue;
            for (Measure *m : into)
                ++m->tools.fp;
            misses << tag
                              + QStringLiteral("tool %1 / %2: extra %3")
                                        .arg(uid, heading, e.tools[i].name);
        }
    }
    for (const QString &m : qAsConst(misses))
        qInfo("%s", qPrintable(m));
    const char *names[] = {"development labels", "held-out round 1 (after its fixes)",
                           "held-out round 2", "all labels"};
    for (int k = 0; k < 4; ++k) {
        const Measure &m = measures[k];
        qInfo("%s, %d passages: relevance precision %.2f (%d/%d), recall %.2f (%d/%d); tool "
              "extraction precision %.2f (%d/%d), recall %.2f (%d/%d); parameter recall %.2f "
              "(%d/%d)",
              names[k], m.passages, m.relevance.precision(), m.relevance.tp,
              m.relevance.tp + m.relevance.fp, m.relevance.recall(), m.relevance.tp,
              m.relevance.tp + m.relevance.fn, m.tools.precision(), m.tools.tp,
              m.tools.tp + m.tools.fp, m.tools.recall(), m.tools.tp, m.tools.tp + m.tools.fn,
              m.parameterRecall(), m.parametersFound, m.parameters);
    }
    // A little under what this build measured on all 87 labels (relevance 0.87 / 0.93, tools
    // 0.99 / 0.99, parameters 1.00), so that a regression fails; held-out round 2 alone, with
    // the rules frozen, measured relevance 1.00 / 0.67 and tools 1.00 / 0.92.
    const Measure &all = measures[3];
    QVERIFY(all.relevance.precision() >= 0.80);
    QVERIFY(all.relevance.recall() >= 0.85);
    QVERIFY(all.tools.precision() >= 0.90);
    QVERIFY(all.tools.recall() >= 0.90);
    QVERIFY(all.parameterRecall() >= 0.90);
}

void TestCorpusPipeline::tarPageGivesOneToolPerCapability()
{
    const SegmentedDocument *tar
            = findDocument(m_imports.at(QStringLiteral("corpus/tldr_pages/tldr_pages.jsonl")),
                           QStringLiteral("tar"));
    QVERIFY(tar);
    QCOMPARE(int(tar->passages.size()), 1);
    EmbeddedCorpusEngine engine;
    const CorpusStageInput input{tar->document, tar->passages.front()};
    const RelevanceResult r = engine.relevance(input);
    QVERIFY(!r.holdsWorkflow);
    QCOMPARE(r.taskCategory, QStringLiteral("command reference"));
    const ExtractionResult e = engine.extraction(input);
    QStringList names;
    for (const Tool &t : e.tools)
        names << t.name;
    QCOMPARE(names, QStringList({QStringLiteral("tar_create"), QStringLiteral("tar_extract"),
                                 QStringLiteral("tar_list")}));
    const Tool *extract = e.findTool(QStringLiteral("tar_extract"));
    const Json &props = extract->parameters.at("properties");
    QVERIFY(props.contains("file"));
    QVERIFY(props.contains("directory"));
    QVERIFY(props.contains("verbose"));
    QVERIFY(!props.contains("extract")); // implied by the tool
    QCOMPARE(props.at("verbose").at("type").get<std::string>(), std::string("boolean"));
    QCOMPARE(extract->origin.kind, ToolOrigin::Kind::Corpus);
    QVERIFY(extract->description.startsWith(QLatin1String("Extract")));
    // "E[x]tract ... [v]erbosely": the step's call carries the page's example values.
    const auto step = std::find_if(e.steps.begin(), e.steps.end(), [](const WorkflowStep &s) {
        return s.toolName == QLatin1String("tar_extract");
    });
    QVERIFY(step != e.steps.end());
    QCOMPARE(step->arguments.at("file").get<QString>(),
             QStringLiteral("path/to/source.tar[.gz|.bz2|.xz]"));
    QCOMPARE(step->arguments.at("verbose").get<bool>(), true);
    QVERIFY(e.executionGraph.startsWith(QLatin1String("(tar_create)->(tar_extract)")));
    QCOMPARE(int(e.plan.steps.size()), 8);
    QVERIFY(CorpusRuleCheck::checkExtraction(e).empty());
}

void TestCorpusPipeline::runbookDiagnosisBecomesAPlanAndATrajectory()
{
    const SegmentedDocument *doc = findDocument(
            m_imports.at(QStringLiteral("corpus/openshift_runbooks/openshift_runbooks.jsonl")),
            QStringLiteral("openshift-virtualization-operator/NoReadyVirtHandler"));
    QVERIFY(doc);
    const Passage *diagnosis = findPassage(*doc, QStringLiteral("Diagnosis"));
    QVERIFY(diagnosis);
    EmbeddedCorpusEngine engine;
    CorpusStageInput input{doc->document, *diagnosis};
    const RelevanceResult r = engine.relevance(input);
    QVERIFY(r.holdsWorkflow);
    QCOMPARE(r.platform, QStringLiteral("OpenShift"));
    QCOMPARE(r.taskCategory, QStringLiteral("diagnosis"));
    input.relevance = &r;
    const ExtractionResult e = engine.extraction(input);
    QVERIFY2(e.executionGraph.startsWith(QLatin1String("(oc_get)->(oc_describe)->(oc_logs)"))
                     || e.executionGraph.startsWith(QLatin1String("(oc_get)")),
             qPrintable(e.executionGraph));
    const Tool *get = e.findTool(QStringLiteral("oc_get"));
    QVERIFY(get);
    const Json &props = get->parameters.at("properties");
    QVERIFY(props.contains("namespace"));
    QVERIFY(props.contains("selector"));
    QVERIFY(props.contains("resource_type"));
    // Each step's provenance is inside the passage.
    for (const WorkflowStep &s : e.steps) {
        QVERIFY(s.start >= diagnosis->start && s.end <= diagnosis->end);
        if (!s.command.isEmpty())
            QVERIFY(doc->document.text.mid(s.start, s.end - s.start)
                            .contains(s.command.section(QLatin1Char(' '), 0, 1)));
    }
    QCOMPARE(e.plan.goal, r.summary);
    QVERIFY(e.plan.steps.size() >= 5);
    QCOMPARE(e.plan.steps.front().calls.front().toolName, QStringLiteral("oc_get"));

    input.extraction = &e;
    const TrajectoryResult g = engine.grounding(input);
    const Dialogue &d = g.trajectory;
    QCOMPARE(d.messages.front().role, Message::Role::System);
    QCOMPARE(d.messages[1].role, Message::Role::User);
    QCOMPARE(int(d.calls.size()), int(e.plan.steps.size()));
    QCOMPARE(d.plan, e.plan);
    QVERIFY(d.messages.back().content.startsWith(QLatin1String("Done")));
    QVERIFY(CorpusRuleCheck::checkTrajectory(g, e.tools).empty());

    input.grounding = &g;
    const TrajectoryResult refined = engine.refinement(input);
    QVERIFY(refined.trajectory.messages.size() > d.messages.size());
    QVERIFY(refined.rules.size() > g.rules.size());
    QVERIFY(!refined.trajectory.persona.name.isEmpty());
    QVERIFY(refined.changes.size() >= 4);
    int errors = 0;
    for (const CallRecord &c : refined.trajectory.calls)
        errors += c.isError ? 1 : 0;
    QCOMPARE(errors, 1);
    QVERIFY(CorpusRuleCheck::checkTrajectory(refined, e.tools).empty());

    // The rule check catches what an endpoint might make up.
    TrajectoryResult broken = g;
    broken.trajectory.messages[2].toolCalls.front().toolName = QStringLiteral("oc_teleport");
    broken.trajectory.messages[4].toolCalls.front().arguments["no_such_option"] = true;
    const std::vector<ValidationIssue> issues = CorpusRuleCheck::checkTrajectory(broken, e.tools);
    QCOMPARE(int(issues.size()), 2);
    QVERIFY(issues[0].message.contains(QLatin1String("oc_teleport")));
    QCOMPARE(issues[0].pointer, QStringLiteral("/trajectory/messages/2/tool_calls/0"));
}

void TestCorpusPipeline::pipelineStoresEveryStageOfEveryPassage()
{
    const QString path = newProject(m_dir, "run");
    ProjectStore store;
    QVERIFY(!store.open(path));
    std::vector<SegmentedDocument> batch = m_runbooks;
    const std::optional<CorpusWriteResult> written = store.putCorpusDocuments(batch);
    QVERIFY2(written, qPrintable(store.lastError().message));
    QCOMPARE(written->added, 108);
    int passages = 0;
    for (const SegmentedDocument &s : batch)
        passages += int(s.passages.size());

    CorpusPipeline pipeline(store);
    CorpusRunOptions options;
    options.threads = 2;
    options.documentsPerBatch = 16;
    int calls = 0;
    CorpusProgress last;
    const CorpusRunReport report = pipeline.run(options, nullptr, [&](const CorpusProgress &p) {
        ++calls;
        last = p;
    });
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QVERIFY(!report.cancelled);
    QCOMPARE(report.progress.documentsDone, 108);
    QCOMPARE(report.progress.passagesDone, passages);
    QCOMPARE(calls, 1 + (108 + 15) / 16);
    QCOMPARE(last.documentsDone, 108);
    QVERIFY(report.progress.workflows > 20);
    QVERIFY(report.progress.tools > 20);
    QCOMPARE(report.progress.ruleIssues, 0);
    QCOMPARE(report.progress.stages[0].done, passages);
    qInfo("prometheus runbooks: %d passages, %d with a workflow, %d tools, %d trajectories, "
          "%.0f documents/s",
          passages, report.progress.workflows, report.progress.tools,
          report.progress.stages[2].done, report.progress.documentsPerSecond);

    // The document list a panel shows.
    const std::vector<CorpusDocumentSummary> list = store.corpusDocuments();
    QCOMPARE(int(list.size()), 108);
    int workflows = 0;
    for (const CorpusDocumentSummary &s : list) {
        workflows += s.workflows;
        for (const CorpusStageCounts &c : s.stages) {
            QCOMPARE(c.pending, 0);
            QCOMPARE(c.done + c.skipped + c.failed + c.edited, s.passages);
        }
    }
    QCOMPARE(workflows, report.progress.workflows);
    QCOMPARE(countWhere(store, CorpusStage::Grounding, CorpusStageStatus::Done),
             report.progress.stages[2].done);

    // A passage and its stages, as a panel opens them.
    const CorpusDocumentSummary &first = list.front();
    const std::vector<Passage> stored = store.corpusPassages(first.id);
    QCOMPARE(int(stored.size()), first.passages);
    const std::optional<CorpusDocument> document = store.corpusDocument(first.id);
    QVERIFY(document);
    for (const Passage &p : stored)
        QCOMPARE(p.text, document->text.mid(p.start, p.end - p.start));
    const std::optional<PassageStages> stages = store.corpusPassageStages(stored.front().id);
    QVERIFY(stages);
    const CorpusStageRecord &relevance = (*stages)[0];
    QCOMPARE(relevance.status, CorpusStageStatus::Done);
    QCOMPARE(relevance.engine, QStringLiteral("embedded"));
    QVERIFY(relevance.heuristic);
    QVERIFY(relevance.atMs > 0);
    QVERIFY(relevance.relevance());
    QVERIFY(!EmbeddedCorpusEngine::heuristicNotice().isEmpty());
    // A passage without a workflow skips the later stages and says why.
    for (const auto &[id, st] : store.corpusDocumentStages(first.id)) {
        const auto rel = st[0].relevance();
        QVERIFY(rel);
        if (!rel->holdsWorkflow) {
            QCOMPARE(st[2].status, CorpusStageStatus::Skipped);
            QVERIFY(!st[2].error.isEmpty());
        }
    }
}

void TestCorpusPipeline::cancelledRunResumesWithWhatIsLeft()
{
    const QString path = newProject(m_dir, "cancel");
    ProjectStore store;
    QVERIFY(!store.open(path));
    std::vector<SegmentedDocument> batch = m_runbooks;
    QVERIFY(store.putCorpusDocuments(batch));

    CorpusPipeline pipeline(store);
    CorpusRunOptions options;
    options.threads = 2;
    options.documentsPerBatch = 10;
    std::atomic_bool cancel{false};
    const CorpusRunReport stopped = pipeline.run(options, &cancel, [&](const CorpusProgress &p) {
        if (p.documentsDone >= 30)
            cancel.store(true);
    });
    QVERIFY(stopped.cancelled);
    QCOMPARE(stopped.progress.documentsDone, 30);
    const int pendingAfterCancel
            = countWhere(store, CorpusStage::Relevance, CorpusStageStatus::Pending);
    QVERIFY(pendingAfterCancel > 0);

    // Resuming runs only what is not done.
    options.rerunDone = false;
    const CorpusRunReport resumed = pipeline.run(options);
    QVERIFY(!resumed.cancelled);
    QCOMPARE(resumed.progress.stages[0].done, pendingAfterCancel);
    QCOMPARE(countWhere(store, CorpusStage::Relevance, CorpusStageStatus::Pending), 0);
}

void TestCorpusPipeline::editsAreKeptAndMakeLaterStagesPending()
{
    const QString path = newProject(m_dir, "edit");
    ProjectStore store;
    QVERIFY(!store.open(path));
    std::vector<SegmentedDocument> batch(m_runbooks.begin(), m_runbooks.begin() + 10);
    QVERIFY(store.putCorpusDocuments(batch));
    CorpusPipeline pipeline(store);
    CorpusRunOptions options;
    options.threads = 1;
    QVERIFY(pipeline.run(options).error.isEmpty());

    // A passage the rules found no workflow in; the curator says it holds one.
    qint64 passageId = 0;
    for (const SegmentedDocument &s : batch) {
        for (const auto &[id, st] : store.corpusDocumentStages(s.document.id)) {
            const auto rel = st[0].relevance();
            if (rel && !rel->holdsWorkflow && st[1].status == CorpusStageStatus::Skipped) {
                passageId = id;
                break;
            }
        }
        if (passageId)
            break;
    }
    QVERIFY(passageId > 0);
    RelevanceResult mine;
    mine.holdsWorkflow = true;
    mine.summary = QStringLiteral("the curator's summary");
    QString error;
    QVERIFY2(pipeline.edit(passageId, CorpusStage::Relevance, mine, &error), qPrintable(error));
    std::optional<PassageStages> stages = store.corpusPassageStages(passageId);
    QCOMPARE((*stages)[0].status, CorpusStageStatus::Edited);
    QCOMPARE((*stages)[0].engine, QStringLiteral("curator"));
    QCOMPARE((*stages)[1].status, CorpusStageStatus::Pending);
    QCOMPARE((*stages)[2].status, CorpusStageStatus::Pending);

    // A malformed edit is refused with the reason, and nothing changes.
    QVERIFY(!pipeline.edit(passageId, CorpusStage::Extraction, Json{{"steps", 3}}, &error));
    QVERIFY2(error.contains(QLatin1String("steps")), qPrintable(error));

    // A rerun keeps the edit and builds the later stages from it.
    QVERIFY(pipeline.run(options).error.isEmpty());
    stages = store.corpusPassageStages(passageId);
    QCOMPARE((*stages)[0].status, CorpusStageStatus::Edited);
    QCOMPARE((*stages)[0].relevance()->summary, QStringLiteral("the curator's summary"));
    QCOMPARE((*stages)[1].status, CorpusStageStatus::Done);
    QCOMPARE((*stages)[1].extraction()->plan.goal, QStringLiteral("the curator's summary"));
}

void TestCorpusPipeline::rerunMakesOneStageAgain()
{
    const QString path = newProject(m_dir, "rerun");
    ProjectStore store;
    QVERIFY(!store.open(path));
    std::vector<SegmentedDocument> batch(m_runbooks.begin(), m_runbooks.begin() + 5);
    QVERIFY(store.putCorpusDocuments(batch));
    CorpusPipeline pipeline(store);
    const qint64 passageId = batch.front().passages.front().id;
    QString error;
    const std::optional<PassageStages> stages
            = pipeline.rerun(passageId, CorpusStage::Relevance, &error);
    QVERIFY2(stages, qPrintable(error));
    QCOMPARE((*stages)[0].status, CorpusStageStatus::Done);
    const std::optional<PassageStages> stored = store.corpusPassageStages(passageId);
    QCOMPARE(*stored, *stages);
    // Only this passage ran.
    QCOMPARE(countWhere(store, CorpusStage::Relevance, CorpusStageStatus::Done), 1);
    QVERIFY(!pipeline.rerun(999999, CorpusStage::Relevance, &error));
    QVERIFY(!error.isEmpty());
}

void TestCorpusPipeline::aFailingStageIsRecordedAndTheRunGoesOn()
{
    const QString path = newProject(m_dir, "fail");
    ProjectStore store;
    QVERIFY(!store.open(path));
    std::vector<SegmentedDocument> batch(m_runbooks.begin(), m_runbooks.begin() + 20);
    QVERIFY(store.putCorpusDocuments(batch));
    CorpusPipeline pipeline(store, [] { return std::make_unique<FailingExtraction>(); });
    CorpusRunOptions options;
    options.threads = 2;
    const CorpusRunReport report = pipeline.run(options);
    QVERIFY(report.error.isEmpty());
    QCOMPARE(report.progress.documentsDone, 20);
    QVERIFY(report.progress.stages[1].failed > 0);
    QCOMPARE(report.progress.stages[1].failed, report.progress.workflows);
    QVERIFY(report.progress.lastFailure.contains(QLatin1String("malformed JSON")));
    // Grounding cannot follow a failed extraction: skipped, with the reason.
    QCOMPARE(report.progress.stages[2].done, 0);
    for (const auto &[id, st] : store.corpusDocumentStages(batch.front().document.id)) {
        if (st[1].status == CorpusStageStatus::Failed) {
            QCOMPARE(st[1].engine, QStringLiteral("test-endpoint"));
            QVERIFY(!st[1].heuristic);
            QCOMPARE(st[2].status, CorpusStageStatus::Skipped);
        }
    }
}

void TestCorpusPipeline::storeKeepsUnchangedDocumentsAndReplacesChangedOnes()
{
    const QString path = newProject(m_dir, "store");
    ProjectStore store;
    QVERIFY(!store.open(path));
    std::vector<SegmentedDocument> batch(m_runbooks.begin(), m_runbooks.begin() + 3);
    QCOMPARE(store.putCorpusDocuments(batch)->added, 3);
    CorpusPipeline pipeline(store);
    QVERIFY(pipeline.run({}).error.isEmpty());
    const qint64 firstId = batch[0].document.id;
    const qint64 firstPassage = batch[0].passages[0].id;

    std::vector<SegmentedDocument> again(m_runbooks.begin(), m_runbooks.begin() + 3);
    again[1].document.text += QStringLiteral("\n\n## Note\n\nRestart the pod. Then check it.\n");
    again[1].passages = CorpusSegmenter().segment(again[1].document);
    const std::optional<CorpusWriteResult> w = store.putCorpusDocuments(again);
    QVERIFY(w);
    QCOMPARE(w->unchanged, 2);
    QCOMPARE(w->replaced, 1);
    QCOMPARE(w->added, 0);
    QCOMPARE(again[0].document.id, firstId);
    QCOMPARE(again[0].passages[0].id, firstPassage);
    QCOMPARE(again[1].document.id, batch[1].document.id);
    // The unchanged one kept its outputs; the replaced one starts over.
    QCOMPARE(store.corpusPassageStages(firstPassage)->at(0).status, CorpusStageStatus::Done);
    for (const auto &[id, st] : store.corpusDocumentStages(again[1].document.id))
        QCOMPARE(st[0].status, CorpusStageStatus::Pending);
    QCOMPARE(store.corpusDocumentId(again[2].document.uid).value_or(0), again[2].document.id);

    QVERIFY(store.removeCorpusDocument(firstId));
    QCOMPARE(store.corpusDocumentCount(), qint64(2));
    QVERIFY(!store.corpusPassage(firstPassage));
    QVERIFY(!store.corpusPassageStages(firstPassage));
    QVERIFY(store.integrityCheck().isEmpty());
}

void TestCorpusPipeline::olderProjectGainsTheCorpusTables()
{
    const QString path = m_dir.filePath(QStringLiteral("v5.callwright"));
    QVERIFY(!ProjectStore::createAtVersion(path, QStringLiteral("old"), 5));
    {
        ProjectStore readOnly;
        QVERIFY(!readOnly.open(path, ProjectStore::OpenMode::ReadOnly));
        QCOMPARE(readOnly.schemaVersion(), 5);
        QVERIFY(readOnly.corpusDocuments().empty());
        QVERIFY(!readOnly.lastError());
    }
    ProjectStore store;
    QVERIFY(!store.open(path));
    QCOMPARE(store.schemaVersion(), 6);
    std::vector<SegmentedDocument> batch(m_runbooks.begin(), m_runbooks.begin() + 1);
    QVERIFY(store.putCorpusDocuments(batch));
    QCOMPARE(store.corpusDocumentCount(), qint64(1));
}

QTEST_GUILESS_MAIN(TestCorpusPipeline)
#include "tst_corpuspipeline.moc"
