// The embedded engine as a curator relies on it: the same seed gives the same dialogues,
// every kind of plan step is played and passes verification, the tool agent sees one tool and
// one request, stored calls replay exactly, and an edited step can be re-simulated.
#include "model/catalog.h"
#include "scoring/textdiversity.h"
#include "simulation/dialoguesimulator.h"
#include "simulation/dialogueverifier.h"
#include "simulation/embeddedagents.h"
#include "simulation/embeddedtoolagent.h"
#include "simulation/generationjob.h"
#include "simulation/planner.h"
#include "simulation/statelessexecutor.h"
#include "simulation/tooltext.h"
#include "simulationtestsupport.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <set>

using namespace Callwright;
using namespace SimulationTestSupport;

namespace {

std::shared_ptr<const SimulationContext> contextFor(const Catalog &catalog, quint64 seed,
                                                    EnvelopeStrategy envelope
                                                    = EnvelopeStrategy::ContextCarrying)
{
    SimulationSettings settings;
    settings.catalogId = catalog.id;
    settings.seed = seed;
    settings.envelope = envelope;
    return std::make_shared<SimulationContext>(catalog, ToolGraph{}, settings);
}

class RecordingToolAgent final : public ToolAgent
{
public:
    ToolAgentOutput respond(const ToolAgentInput &input) override
    {
        inputs.push_back(input);
        return inner.respond(input);
    }
    std::vector<ToolAgentInput> inputs;
    EmbeddedToolAgent inner;
};

} // namespace

class TestSimulation final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requestPhrasesReadLikeRequests()
    {
        Tool t;
        t.name = QStringLiteral("get_order_details");
        t.description = QStringLiteral("Get the status and details of an order.");
        QCOMPARE(ToolText::requestPhrase(t),
                 QStringLiteral("get the status and details of an order"));
        t.description
                = QStringLiteral("Returns the current weather for a city. Uses metric units.");
        QCOMPARE(ToolText::requestPhrase(t),
                 QStringLiteral("return the current weather for a city"));
        t.description = QStringLiteral("This tool retrieves all invoices, if any.");
        QCOMPARE(ToolText::requestPhrase(t), QStringLiteral("retrieve all invoices"));
        t.name = QStringLiteral("find_user_id_by_email");
        t.description = QStringLiteral("A lookup.");
        QCOMPARE(ToolText::requestPhrase(t), QStringLiteral("find user id by email"));
        QCOMPARE(ToolText::humanize(QStringLiteral("paymentMethodId")),
                 QStringLiteral("payment method id"));
        QCOMPARE(ToolText::valueText(Json(12.5)), QStringLiteral("12.5"));
        QCOMPARE(ToolText::valueText(Json(40.0)), QStringLiteral("40"));
        // BFCL's multi-turn suites put the same opening before every description.
        t.name = QStringLiteral("memory_add");
        t.description = QStringLiteral(
                "This tool belongs to the memory suite, which provides APIs to interact with a "
                "key-value based memory system. Tool description: Add a key-value pair to the "
                "long-term memory. Make sure to use meaningful keys.");
        QCOMPARE(ToolText::requestPhrase(t),
                 QStringLiteral("add a key-value pair to the long-term memory"));
        t.description = QStringLiteral("This tool belongs to the trading suite. Places an order.");
        QCOMPARE(ToolText::requestPhrase(t), QStringLiteral("place an order"));
        QCOMPARE(ToolText::topic(t), QStringLiteral("memory add"));
        t.name = QStringLiteral("get_order_details");
        QCOMPARE(ToolText::topic(t), QStringLiteral("order details"));
    }

    // Each simulated user has a name of their own; when they say it, the tools get that name.
    void usersWhoIntroduceThemselvesGiveToolsTheSameName()
    {
        const Catalog retail = demoCatalog("retail");
        DialogueFactory factory(contextFor(retail, 5));
        QSet<QString> names;
        int checked = 0;
        for (int i = 0; i < 400; ++i) {
            const Dialogue d = factory.make(i);
            names.insert(d.persona.name);
            const QString first = d.persona.name.section(QLatin1Char(' '), 0, 0);
            const QString last = d.persona.name.section(QLatin1Char(' '), 1);
            for (const Message &m : d.messages) {
                for (const ToolCall &c : m.toolCalls) {
                    if (c.arguments.contains("first_name")) {
                        QCOMPARE(ToolText::valueText(c.arguments["first_name"]), first);
                        QCOMPARE(ToolText::valueText(c.arguments["last_name"]), last);
                        ++checked;
                    }
                }
            }
        }
        QVERIFY2(checked > 20, "the sample should hold calls that take the user's name");
        QVERIFY2(names.size() > 200, "users should not share a handful of names");
    }

    void sameSeedGivesByteIdenticalDialogues()
    {
        const Catalog retail = demoCatalog("retail");
        DialogueFactory first(contextFor(retail, 7));
        DialogueFactory second(contextFor(retail, 7));
        DialogueFactory other(contextFor(retail, 8));
        int differing = 0;
        // Out of order on purpose: dialogue i depends on the seed and i alone.
        for (int i = 119; i >= 0; --i) {
            const std::string a = content(first.make(i));
            const std::string b = content(second.make(i));
            QVERIFY2(a == b, qPrintable(QStringLiteral("dialogue %1 differs between runs").arg(i)));
            differing += content(other.make(i)) != a ? 1 : 0;
        }
        QCOMPARE(differing, 120);
    }

    void everyStepKindIsPlayedAndVerified_data()
    {
        QTest::addColumn<QString>("catalog");
        QTest::addColumn<int>("envelope");
        QTest::newRow("retail, context-carrying")
                << QStringLiteral("retail") << int(EnvelopeStrategy::ContextCarrying);
        QTest::newRow("airline, state tokens")
                << QStringLiteral("airline") << int(EnvelopeStrategy::StateToken);
    }

    void everyStepKindIsPlayedAndVerified()
    {
        QFETCH(QString, catalog);
        QFETCH(int, envelope);
        const Catalog tools = demoCatalog(catalog.toLatin1().constData());
        DialogueFactory factory(contextFor(tools, 11, EnvelopeStrategy(envelope)));
        std::map<PlanStep::Kind, int> kinds;
        int hiddenCalls = 0;
        int envelopes = 0;
        for (int i = 0; i < 400; ++i) {
            VerificationReport report;
            const Dialogue d = factory.make(i, &report);
            if (!report.ok()) {
                QStringList why = report.problems;
                for (const auto &u : report.ungrounded)
                    why << QStringLiteral("ungrounded %1%2 = %3").arg(u.callId, u.pointer, u.value);
                QFAIL(qPrintable(QStringLiteral("dialogue %1:\n%2\n%3")
                                         .arg(i)
                                         .arg(why.join(QLatin1Char('\n')), transcript(d))));
            }
            QCOMPARE(report.groundedArguments, report.arguments);
            for (const PlanStep &s : d.plan.steps) {
                ++kinds[s.kind];
                for (const PlannedCall &c : s.calls)
                    hiddenCalls += c.hidden ? 1 : 0;
            }
            for (const CallRecord &c : d.calls)
                envelopes += c.envelope.is_null() ? 0 : 1;
            const Score verified = d.scores.back();
            QCOMPARE(verified.metric, QStringLiteral("verified"));
            QCOMPARE(verified.value, 1.0);
        }
        for (int k = 0; k < PlanMix::kKinds; ++k) {
            QVERIFY2(kinds[PlanStep::Kind(k)] > 0,
                     qPrintable(QStringLiteral("no %1 step")
                                        .arg(QLatin1String(planStepKindName(PlanStep::Kind(k))))));
        }
        QVERIFY(hiddenCalls > 0);
        if (EnvelopeStrategy(envelope) == EnvelopeStrategy::ContextCarrying)
            QVERIFY2(envelopes > 0, "chained calls carry the results they use");
        else
            QCOMPARE(envelopes, 0);
    }

    // What a curator reading the data would notice first: stray spaces, template brackets,
    // the same sentence over and over, a vocabulary of a few frames.
    void textReadsLikeWrittenText()
    {
        static const QRegularExpression flaw(QStringLiteral(
                R"(^\s|\s$|  | [,.;:?!)]|\( |\[|\]|\{|\}| '[a-z]|, (?:Hope|My|This|)"
                R"(Could|Would|Can|Please|Need|The)\b|[.!?] (?:can|could|any|mind|yo|help|need)\b)"));
        TextDiversity diversity;
        QHash<QString, int> repeats;
        int utterances = 0;
        for (const char *name : {"retail", "airline"}) {
            const Catalog tools = demoCatalog(name);
            DialogueFactory factory(contextFor(tools, 29));
            for (int i = 0; i < 300; ++i) {
                const Dialogue d = factory.make(i);
                for (const Message &m : d.messages) {
                    if (m.content.isEmpty() || m.role == Message::Role::Tool
                        || m.role == Message::Role::System)
                        continue;
                    const QRegularExpressionMatch bad = flaw.match(m.content);
                    QVERIFY2(!bad.hasMatch(),
                             qPrintable(QStringLiteral("'%1' at %2 in: %3")
                                                .arg(bad.captured(),
                                                     QString::number(bad.capturedStart()),
                                                     m.content)));
                    diversity.add(m.content);
                    ++utterances;
                    if (m.content.count(QLatin1Char(' ')) >= 5)
                        ++repeats[m.content];
                }
            }
        }
        int most = 0;
        for (int n : std::as_const(repeats))
            most = std::max(most, n);
        qInfo("%d utterances, Distinct-3 %.3f, the most repeated sentence of six words or more "
              "%d times",
              utterances, diversity.distinct(3), most);
        QVERIFY2(most <= utterances / 200, "a long sentence should not recur in every dialogue");
        QVERIFY2(diversity.distinct(3) >= 0.45, "the text should not be a handful of frames");
    }

    void verifierFindsWhatIsWrong()
    {
        const Catalog retail = demoCatalog("retail");
        DialogueFactory factory(contextFor(retail, 3));
        DialogueVerifier verifier(retail.tools);
        // Find a dialogue with a literal argument, then make it up.
        for (int i = 0; i < 50; ++i) {
            Dialogue d = factory.make(i);
            for (Message &m : d.messages) {
                for (ToolCall &c : m.toolCalls) {
                    if (!c.arguments.contains("order_id"))
                        continue;
                    c.arguments["order_id"] = "#W0000001";
                    const VerificationReport r = verifier.verify(d);
                    QVERIFY(!r.ok());
                    QVERIFY(std::any_of(
                            r.ungrounded.begin(), r.ungrounded.end(), [&](const auto &u) {
                                return u.callId == c.id && u.pointer == QLatin1String("/order_id")
                                       && u.value == QLatin1String("#W0000001");
                            }));
                    DialogueVerifier::annotate(d, r);
                    QCOMPARE(d.scores.back().value, 0.0);
                    m.content += QStringLiteral(" {order_id}");
                    QVERIFY(verifier.verify(d)
                                    .problems.join(QLatin1Char('\n'))
                                    .contains(QLatin1String("placeholder")));
                    return;
                }
            }
        }
        QFAIL("no dialogue with an order id in 50");
    }

    void toolAgentSeesOnlyTheToolAndTheRequest()
    {
        static_assert(sizeof(ToolAgentInput) == sizeof(Tool) + 2 * sizeof(Json),
                      "the tool agent's input holds only the tool and the request");
        const Catalog retail = demoCatalog("retail");
        auto context = contextFor(retail, 5);
        EmbeddedPlanner planner(context);
        EmbeddedUserAgent user;
        EmbeddedAssistantAgent assistant;
        RecordingToolAgent tools;
        StatelessExecutor executor(tools);
        DialogueSimulator simulator(user, assistant, executor);
        for (int i = 0; i < 40; ++i) {
            tools.inputs.clear();
            const Scenario scenario = planner.plan(i);
            const Dialogue d = simulator.run(scenario);
            QCOMPARE(tools.inputs.size(), d.calls.size());
            for (std::size_t c = 0; c < d.calls.size(); ++c) {
                const ToolAgentInput &seen = tools.inputs[c];
                QVERIFY(*retail.findTool(seen.tool.name) == seen.tool);
                QVERIFY(seen.arguments == d.calls[c].request);
                QVERIFY(seen.envelope == d.calls[c].envelope);
                // The envelope carries earlier results of this dialogue and nothing else.
                if (!seen.envelope.is_null()) {
                    QCOMPARE(seen.envelope.size(), std::size_t(1));
                    for (const Json &prior : seen.envelope.at("prior")) {
                        const auto earlier
                                = std::find_if(d.calls.begin(), d.calls.begin() + qsizetype(c),
                                               [&](const CallRecord &r) {
                                                   return r.callId.toStdString()
                                                          == prior.at("call_id").get<std::string>();
                                               });
                        QVERIFY(earlier != d.calls.begin() + qsizetype(c));
                        QVERIFY(prior.at("result") == earlier->response);
                    }
                }
            }
        }
    }

    void replayGivesTheStoredResponse()
    {
        const Catalog airline = demoCatalog("airline");
        DialogueFactory factory(contextFor(airline, 21));
        EmbeddedToolAgent fresh;
        StatelessExecutor executor(fresh);
        int replayed = 0;
        for (int i = 0; i < 60; ++i) {
            const Dialogue d = factory.make(i);
            for (const CallRecord &stored : d.calls) {
                const CallRecord again
                        = executor.replay(*airline.findTool(stored.toolName), stored);
                QVERIFY(again.response == stored.response);
                QCOMPARE(again.requestHash, stored.requestHash);
                QCOMPARE(again.isError, stored.isError);
                ++replayed;
            }
        }
        QVERIFY(replayed > 100);
    }

    void resimulateFromAnEditedStep()
    {
        const Catalog retail = demoCatalog("retail");
        auto context = contextFor(retail, 9);
        EmbeddedPlanner planner(context);
        EmbeddedUserAgent user;
        EmbeddedAssistantAgent assistant;
        EmbeddedToolAgent tools;
        StatelessExecutor executor(tools);
        DialogueSimulator simulator(user, assistant, executor);
        DialogueVerifier verifier(retail.tools);
        for (int i = 0; i < 100; ++i) {
            Scenario scenario = planner.plan(i);
            if (scenario.plan.steps.size() < 2
                || scenario.plan.steps[1].kind != PlanStep::Kind::SingleCall)
                continue;
            PlannedCall &call = scenario.plan.steps[1].calls.front();
            auto literal
                    = std::find_if(call.arguments.begin(), call.arguments.end(), [](const Json &v) {
                          return v.is_string() && !v.get<std::string>().empty()
                                 && v.get<std::string>()[0] != '$';
                      });
            if (literal == call.arguments.end())
                continue;
            const Dialogue original = simulator.run(scenario);
            const std::string key = literal.key();
            *literal = "edited by the curator";
            const Dialogue again = simulator.resimulate(scenario, original, 1);
            const int start = DialogueSimulator::stepStarts(original)[1];
            for (int m = 0; m < start; ++m)
                QVERIFY(again.messages[std::size_t(m)] == original.messages[std::size_t(m)]);
            QVERIFY(again.messages[std::size_t(start)].content.contains(
                    QLatin1String("edited by the curator")));
            const auto made = std::find_if(again.messages.begin() + start, again.messages.end(),
                                           [](const Message &m) { return !m.toolCalls.empty(); });
            QVERIFY(made != again.messages.end());
            QVERIFY(made->toolCalls.front().arguments.at(key) == "edited by the curator");
            const VerificationReport r = verifier.verify(again);
            // The edited value may break the schema (a pattern), but it is grounded.
            QVERIFY2(r.ungrounded.empty(), qPrintable(transcript(again)));
            return;
        }
        QFAIL("no scenario with a single call in its second step");
    }

    void showSamples()
    {
        if (qEnvironmentVariableIsEmpty("CALLWRIGHT_SHOW_DIALOGUES"))
            QSKIP("set CALLWRIGHT_SHOW_DIALOGUES to print sample dialogues");
        const Catalog retail = demoCatalog(
                qgetenv("CALLWRIGHT_SHOW_DIALOGUES") == "airline" ? "airline" : "retail");
        DialogueFactory factory(contextFor(retail, 1));
        for (int i = 0; i < 6; ++i)
            qInfo().noquote() << "----\n" << transcript(factory.make(i));
    }
};

QTEST_GUILESS_MAIN(TestSimulation)
#include "tst_simulation.moc"
