// Replay for review with the embedded engine: re-running a stored call from its request gives
// the stored response; an edited request gives another; re-simulating keeps the turns before
// the chosen step and plays the rest again.

#include "simulation/callreplay.h"
#include "simulation/dialoguesimulator.h"
#include "simulation/generationjob.h"
#include "simulation/planner.h"
#include "simulationtestsupport.h"

#include <QTest>

using namespace Callwright;

class TestCallReplay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rerunGivesTheStoredResponse();
    void rerunFollowsAnEditedRequest();
    void rerunOfAnUnknownToolSaysWhy();
    void resimulateKeepsEarlierTurns();

private:
    Catalog m_catalog;
    std::vector<Dialogue> m_dialogues;
};

void TestCallReplay::initTestCase()
{
    m_catalog = SimulationTestSupport::demoCatalog("retail");
    SimulationSettings settings;
    settings.catalogId = m_catalog.id;
    settings.seed = 17;
    DialogueFactory factory(std::make_shared<SimulationContext>(m_catalog, ToolGraph{}, settings));
    for (int i = 0; i < 20; ++i)
        m_dialogues.push_back(factory.make(i));
}

void TestCallReplay::rerunGivesTheStoredResponse()
{
    int replayed = 0;
    for (const Dialogue &d : m_dialogues) {
        for (const CallRecord &stored : d.calls) {
            QString why;
            const std::optional<CallRecord> again = CallReplay::rerun(m_catalog, stored, &why);
            QVERIFY2(again, qPrintable(why));
            QVERIFY2(again->response == stored.response,
                     qPrintable(stored.callId + QLatin1Char(' ') + toQString(again->response)));
            QCOMPARE(again->isError, stored.isError);
            QCOMPARE(again->requestHash, stored.requestHash);
            ++replayed;
        }
    }
    QVERIFY(replayed > 20);
}

void TestCallReplay::rerunFollowsAnEditedRequest()
{
    int differing = 0;
    for (const Dialogue &d : m_dialogues) {
        for (CallRecord call : d.calls) {
            if (call.isError || !call.request.is_object() || call.request.empty())
                continue;
            for (auto it = call.request.begin(); it != call.request.end(); ++it) {
                if (it.value().is_string())
                    it.value() = it.value().get<std::string>() + "-edited";
            }
            const std::optional<CallRecord> again = CallReplay::rerun(m_catalog, call, nullptr);
            QVERIFY(again);
            differing += again->response != call.response ? 1 : 0;
        }
    }
    QVERIFY(differing > 0);
}

void TestCallReplay::rerunOfAnUnknownToolSaysWhy()
{
    CallRecord call = m_dialogues[0].calls.front();
    call.toolName = QStringLiteral("no_such_tool");
    QString why;
    QVERIFY(!CallReplay::rerun(m_catalog, call, &why));
    QVERIFY(why.contains(QStringLiteral("no_such_tool")));
}

void TestCallReplay::resimulateKeepsEarlierTurns()
{
    const auto it = std::find_if(m_dialogues.begin(), m_dialogues.end(), [](const Dialogue &d) {
        return DialogueSimulator::stepStarts(d).size() >= 2;
    });
    QVERIFY(it != m_dialogues.end());
    Dialogue original = *it;
    original.id = 42;
    original.status = ReviewStatus::NeedsFix;
    const int keep = DialogueSimulator::stepStarts(original)[1];
    QCOMPARE(CallReplay::stepOfMessage(original, keep), 1);
    QCOMPARE(CallReplay::stepOfMessage(original, keep - 1), 0);
    const Dialogue again = CallReplay::resimulate(m_catalog, original, 1);
    QCOMPARE(again.id, original.id);
    QCOMPARE(again.status, ReviewStatus::NeedsFix);
    QVERIFY(int(again.messages.size()) > keep);
    for (int i = 0; i < keep; ++i)
        QVERIFY(again.messages[std::size_t(i)] == original.messages[std::size_t(i)]);
    QCOMPARE(again.messages.back().role, Message::Role::Assistant);
    QVERIFY(std::any_of(again.scores.begin(), again.scores.end(),
                        [](const Score &s) { return s.metric == QLatin1String("verified"); }));
}

QTEST_MAIN(TestCallReplay)
#include "tst_callreplay.moc"
