// End-to-end embedded generation over the tau-bench and BFCL catalogs: sample, plan, simulate,
// verify and store 8,000 dialogues into real project files, then report what a curator would
// check before training on them — schema validity of calls and responses, grounding of every
// argument, placeholders — and the diversity of the text (Distinct-3, word entropy), beside
// the throughput in dialogues per second.
//
//   bench_simulation [total-dialogues=8000] [threads=0 (one per core)] [only-catalogs-containing]

#include "catalog/catalogimporter.h"
#include "scoring/textdiversity.h"
#include "simulation/dialogueverifier.h"
#include "simulation/generationjob.h"
#include "store/projectstore.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <sys/resource.h>

using namespace Callwright;

namespace {

struct Source
{
    QString label;
    QString path;
    double share; ///< of the total dialogues
};

struct Totals
{
    qint64 dialogues = 0;
    qint64 calls = 0;
    qint64 validCalls = 0;
    qint64 expectedFaults = 0;
    qint64 responses = 0;
    qint64 validResponses = 0;
    qint64 arguments = 0;
    qint64 grounded = 0;
    qint64 placeholders = 0;
    qint64 otherProblems = 0;
    qint64 verified = 0;
    qint64 messages = 0;
    double generateSeconds = 0;
    TextDiversity text{3};
};

double percent(qint64 part, qint64 whole)
{
    return whole == 0 ? 100.0 : 100.0 * double(part) / double(whole);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int total = args.size() > 1 ? args[1].toInt() : 8000;
    const int threads = args.size() > 2 ? args[2].toInt() : 0;
    const QString only = args.size() > 3 ? args[3] : QString(); // run only sources containing this
    const QString demo = TestSupport::sourceDir() + QStringLiteral("/resources/demo/");
    const QString bfcl = TestSupport::sharedDataDir() + QStringLiteral("/bfcl/");

    std::vector<Source> sources{
            {QStringLiteral("tau-bench retail"), demo + QStringLiteral("retail_tools.openai.json"),
             0.25},
            {QStringLiteral("tau-bench airline"),
             demo + QStringLiteral("airline_tools.openai.json"), 0.25},
            {QStringLiteral("BFCL v4 single-turn (3,108 functions)"),
             bfcl + QStringLiteral("bfcl_v4_single_turn_function_catalog.dedup.jsonl"), 0.25},
    };
    const QStringList multiTurn
            = QDir(bfcl + QStringLiteral("multi_turn_func_doc"))
                      .entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &f : multiTurn) {
        sources.push_back({QStringLiteral("BFCL multi-turn ") + f.chopped(5),
                           bfcl + QStringLiteral("multi_turn_func_doc/") + f,
                           0.25 / double(multiTurn.size())});
    }

    QTemporaryDir dir;
    Totals all;
    // For looking at the text itself: every utterance, one per line.
    QFile dump(qEnvironmentVariable("CALLWRIGHT_DUMP_UTTERANCES"));
    if (!dump.fileName().isEmpty())
        dump.open(QIODevice::WriteOnly | QIODevice::Truncate);
    std::printf("bench_simulation: %d embedded dialogues, %s threads\n", total,
                threads > 0 ? qPrintable(QString::number(threads)) : "one per core");
    std::printf("%-40s %7s %6s %9s %9s %9s\n", "catalog", "dialogs", "tools", "setup ms", "gen s",
                "dlg/s");
    int made = 0;
    for (std::size_t s = 0; s < sources.size(); ++s) {
        const Source &source = sources[s];
        int count = s + 1 == sources.size() ? total - made : int(total * source.share + 0.5);
        made += count;
        if (!only.isEmpty()) {
            if (!source.label.contains(only))
                continue;
            count = total;
        }
        QString error;
        std::optional<Catalog> catalog = CatalogImporter::readFile(source.path, nullptr, &error);
        if (!catalog) {
            std::fprintf(stderr, "cannot read %s: %s\n", qPrintable(source.path),
                         qPrintable(error));
            return 1;
        }
        catalog->name = source.label;
        ProjectStore store;
        const QString path = dir.filePath(QStringLiteral("bench-%1.callwright").arg(s));
        if (store.create(path, source.label) || !store.insertCatalog(*catalog)) {
            std::fprintf(stderr, "cannot create %s\n", qPrintable(path));
            return 1;
        }
        SimulationSettings settings;
        settings.catalogId = catalog->id;
        settings.count = count;
        settings.seed = 2026 + s;
        GenerationRunner runner(store);
        runner.threads = threads;
        std::optional<Job> job = runner.create(settings, &error);
        if (!job) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        QElapsedTimer timer;
        timer.start();
        qint64 setupNs = -1;
        GenerationRunner::Callbacks callbacks;
        callbacks.progress = [&](const GenerationProgress &) {
            if (setupNs < 0)
                setupNs = timer.nsecsElapsed(); // the context (and graph inference) is ready
        };
        const Job finished = runner.run(*job, nullptr, callbacks);
        const double seconds = double(timer.nsecsElapsed() - setupNs) / 1e9;
        if (finished.state != Job::State::Completed) {
            std::fprintf(stderr, "job failed: %s\n", qPrintable(finished.error));
            return 1;
        }
        all.generateSeconds += seconds;
        std::printf("%-40s %7d %6zu %9.0f %9.2f %9.0f\n", qPrintable(source.label.left(40)), count,
                    catalog->tools.size(), double(setupNs) / 1e6, seconds, count / seconds);

        // Read back what was stored and check it as a curator would.
        DialogueVerifier verifier(catalog->tools);
        store.forEachDialogue([&](const Dialogue &d) {
            const VerificationReport r = verifier.verify(d);
            ++all.dialogues;
            all.calls += r.calls;
            all.validCalls += r.validCalls;
            all.expectedFaults += r.expectedFaults;
            all.responses += r.responses;
            all.validResponses += r.validResponses;
            all.arguments += r.arguments;
            all.grounded += r.groundedArguments;
            all.verified += r.ok() ? 1 : 0;
            for (const QString &p : r.problems) {
                if (p.startsWith(QLatin1String("placeholder")))
                    ++all.placeholders;
                else
                    ++all.otherProblems;
                if (all.otherProblems + all.placeholders <= 12)
                    std::printf("  problem in %s: %s\n", qPrintable(d.uid), qPrintable(p));
            }
            for (const auto &u : r.ungrounded) {
                if (all.arguments - all.grounded <= 5)
                    std::printf("  ungrounded in %s: %s%s = %s\n", qPrintable(d.uid),
                                qPrintable(u.callId), qPrintable(u.pointer), qPrintable(u.value));
            }
            for (const Message &m : d.messages) {
                if (m.role == Message::Role::User || m.role == Message::Role::Assistant) {
                    if (!m.content.isEmpty())
                        all.text.add(m.content);
                    if (dump.isOpen() && !m.content.isEmpty())
                        dump.write(QByteArray(messageRoleName(m.role)) + '\t'
                                   + m.content.toUtf8().replace('\n', ' ') + '\n');
                }
                ++all.messages;
            }
            return true;
        });
    }

    struct rusage usage
    {};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("\nquality over %lld dialogues (%lld messages, %lld calls)\n", all.dialogues,
                all.messages, all.calls);
    std::printf("  calls valid against parameters:   %.2f %% (%lld of %lld; plus %lld planned "
                "faulty first attempts of error-recovery steps, each refused and repaired)\n",
                percent(all.validCalls, all.calls - all.expectedFaults), all.validCalls,
                all.calls - all.expectedFaults, all.expectedFaults);
    std::printf("  responses valid against returns:  %.2f %% (%lld of %lld)\n",
                percent(all.validResponses, all.responses), all.validResponses, all.responses);
    std::printf("  arguments grounded:               %.2f %% (%lld of %lld values)\n",
                percent(all.grounded, all.arguments), all.grounded, all.arguments);
    std::printf("  placeholders left:                %lld\n", all.placeholders);
    std::printf("  other verification problems:      %lld\n", all.otherProblems);
    std::printf("  dialogues passing verification:   %.2f %%\n",
                percent(all.verified, all.dialogues));
    std::printf("  Distinct-3 over all utterances:   %.4f (goal >= 0.35; ToolFlow GPT-4: 0.4865)\n",
                all.text.distinct(3));
    std::printf("  word entropy H:                   %.2f bits (ToolFlow: 10.36)\n",
                all.text.wordEntropy());
    std::printf("  utterances / words:               %lld / %lld\n", all.text.utterances(),
                all.text.words());
    std::printf("\nend-to-end throughput (sample, plan, simulate, verify, store): %.0f dialogues/s "
                "(goal >= 2000)\n",
                double(all.dialogues) / all.generateSeconds);
    std::printf("peak RSS: %.0f MB\n", double(usage.ru_maxrss) / 1024.0);
    return 0;
}
