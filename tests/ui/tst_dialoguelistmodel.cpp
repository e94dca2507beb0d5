// The review list on a real project of a few thousand dialogues: what a curator sees when
// scrolling, filtering, searching and sorting, and that only the pages shown are read.

#include "model/projectdocument.h"
#include "models/dialoguelistmodel.h"
#include "store/projectstore.h"
#include "syntheticdialogues.h"
#include "uitestsupport.h"

#include <QSet>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>

using namespace Callwright;

namespace {

constexpr quint64 kSeed = 4242;
constexpr int kDialogues = 3000;

qint64 countWhere(const std::vector<Dialogue> &all, const std::function<bool(const Dialogue &)> &p)
{
    return std::count_if(all.begin(), all.end(), p);
}

} // namespace

class TestDialogueListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void showsEveryDialogueAndReadsOnlyThePagesShown();
    void countsByStatusMatchTheProject();
    void filtersByStatus();
    void filtersByToolEngineAndJob();
    void filtersByScore();
    void searchFindsTheOneDialogueMentioningAnOrder();
    void malformedSearchSaysWhy();
    void commonWordShowsAPageFirstThenTheFullCount();
    void sortsByCallsDescending();
    void savedFiltersSurviveReopening();
    void choicesListEveryToolEngineAndMetric();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::vector<Dialogue> m_all;
    std::unique_ptr<ProjectDocument> m_document;
    std::unique_ptr<DialogueListModel> m_model;
};

void TestDialogueListModel::initTestCase()
{
    UiTestSupport::isolateSettings();
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("review.callwright"));
    ProjectStore store;
    QVERIFY(!store.create(m_path, QStringLiteral("Review")));
    for (int first = 0; first < kDialogues; first += 500) {
        std::vector<Dialogue> batch = TestData::syntheticBatch(kSeed, first, 500);
        QCOMPARE(store.insertDialogues(batch).value_or(-1), 500);
        m_all.insert(m_all.end(), batch.begin(), batch.end());
    }
}

void TestDialogueListModel::init()
{
    m_model.reset();
    StoreError error;
    m_document = ProjectDocument::open(m_path, &error);
    QVERIFY2(m_document, qPrintable(error.message));
    m_model = std::make_unique<DialogueListModel>();
    m_model->setDocument(m_document.get());
}

void TestDialogueListModel::showsEveryDialogueAndReadsOnlyThePagesShown()
{
    QCOMPARE(m_model->rowCount(), kDialogues);
    QCOMPARE(m_model->cachedPages(), 0);
    QCOMPARE(m_model->data(m_model->index(0, DialogueListModel::IdColumn)).toLongLong(),
             m_all.front().id);
    QCOMPARE(m_model->cachedPages(), 1);
    const QModelIndex last = m_model->index(kDialogues - 1, DialogueListModel::TitleColumn);
    QCOMPARE(m_model->data(last).toString(), m_all.back().plan.goal.left(200));
    QCOMPARE(m_model->cachedPages(), 2);
    // Scrolling through everything keeps memory to a bounded window of pages.
    for (int row = 0; row < kDialogues; row += 97)
        QCOMPARE(m_model->dialogueId(row), m_all[std::size_t(row)].id);
    QVERIFY(m_model->cachedPages() <= DialogueListModel::kMaxPages);
}

void TestDialogueListModel::countsByStatusMatchTheProject()
{
    const ReviewCounts &c = m_model->counts();
    QCOMPARE(c.total, kDialogues);
    QCOMPARE(c.accepted, countWhere(m_all, [](const Dialogue &d) {
                 return d.status == ReviewStatus::Accepted;
             }));
    QCOMPARE(c.rejected, countWhere(m_all, [](const Dialogue &d) {
                 return d.status == ReviewStatus::Rejected;
             }));
    QCOMPARE(c.open,
             countWhere(m_all, [](const Dialogue &d) { return d.status == ReviewStatus::Open; }));
    QVERIFY(c.accepted > 0 && c.rejected > 0 && c.open > 0);
}

void TestDialogueListModel::filtersByStatus()
{
    DialogueFilter filter;
    filter.statuses = {ReviewStatus::Rejected, ReviewStatus::NeedsFix};
    m_model->setFilter(filter);
    const qint64 expected = countWhere(m_all, [](const Dialogue &d) {
        return d.status == ReviewStatus::Rejected || d.status == ReviewStatus::NeedsFix;
    });
    QCOMPARE(m_model->rowCount(), expected);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const auto status = ReviewStatus(
                m_model->data(m_model->index(row, 0), DialogueListModel::StatusRole).toInt());
        QVERIFY(status == ReviewStatus::Rejected || status == ReviewStatus::NeedsFix);
    }
    QCOMPARE(m_model->counts().accepted, 0);
}

void TestDialogueListModel::filtersByToolEngineAndJob()
{
    const QString tool = m_all[7].calls.front().toolName;
    DialogueFilter filter;
    filter.tools = {tool};
    filter.engine = QStringLiteral("openai-gpt4o");
    filter.jobId = m_all[7].jobId;
    m_model->setFilter(filter);
    const qint64 expected = countWhere(m_all, [&](const Dialogue &d) {
        return d.toolsUsed().contains(tool) && d.engine == filter.engine && d.jobId == filter.jobId;
    });
    QVERIFY(expected > 0);
    QVERIFY(expected < kDialogues / 4);
    QCOMPARE(m_model->rowCount(), expected);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QVERIFY(m_model->summary(row)->tools.split(QLatin1Char(' ')).contains(tool));
        QCOMPARE(m_model->summary(row)->engine, filter.engine);
    }
}

void TestDialogueListModel::filtersByScore()
{
    DialogueFilter filter;
    filter.scoreMetric = QStringLiteral("naturalness");
    filter.minScore = 4.0;
    m_model->setFilter(filter);
    const qint64 expected = countWhere(m_all, [](const Dialogue &d) {
        for (const Score &s : d.scores) {
            if (s.metric == QLatin1String("naturalness") && s.value >= 4.0)
                return true;
        }
        return false;
    });
    QVERIFY(expected > 0);
    QCOMPARE(m_model->rowCount(), expected);
    QCOMPARE(m_model->headerData(DialogueListModel::ScoreColumn, Qt::Horizontal).toString(),
             QStringLiteral("naturalness"));
    QVERIFY(m_model->summary(0)->score.value_or(0) >= 4.0);
}

void TestDialogueListModel::searchFindsTheOneDialogueMentioningAnOrder()
{
    DialogueFilter filter;
    filter.text = QLatin1Char('"') + TestData::syntheticOrderNumber(1234) + QLatin1Char('"');
    m_model->setFilter(filter);
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->dialogueId(0), m_all[1234].id);
    QVERIFY(m_model->errorText().isEmpty());
}

void TestDialogueListModel::malformedSearchSaysWhy()
{
    DialogueFilter filter;
    filter.text = QStringLiteral("\"unterminated");
    m_model->setFilter(filter);
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(m_model->errorText().contains(QStringLiteral("unterminated")));
}

void TestDialogueListModel::commonWordShowsAPageFirstThenTheFullCount()
{
    // Every dialogue's system prompt says "careful": more matches than a search counts
    // before showing its first page.
    const qint64 expected = countWhere(m_all, [](const Dialogue &d) {
        return std::any_of(d.messages.begin(), d.messages.end(), [](const Message &m) {
            return m.content.contains(QLatin1String("careful"), Qt::CaseInsensitive);
        });
    });
    QVERIFY(expected > DialogueListModel::kSearchCountLimit);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    DialogueFilter filter;
    filter.text = QStringLiteral("careful");
    m_model->setFilter(filter);
    QVERIFY(!m_model->counts().exact);
    QCOMPARE(m_model->rowCount(), DialogueListModel::kSearchCountLimit);
    QVERIFY(m_model->summary(0).has_value()); // the first page is there at once
    QTRY_VERIFY(m_model->counts().exact);
    QCOMPARE(m_model->rowCount(), expected);
    QCOMPARE(m_model->counts().total, expected);
    QCOMPARE(inserted.size(), 1);
    QVERIFY(m_model->summary(int(expected) - 1).has_value());
    // Pages come in id order, both ways.
    QVERIFY(m_model->dialogueId(0) < m_model->dialogueId(DialogueListModel::kPageSize + 1));
    m_model->sort(DialogueListModel::IdColumn, Qt::DescendingOrder);
    QTRY_VERIFY(m_model->counts().exact);
    QCOMPARE(m_model->dialogueId(0), m_all.back().id);
    QVERIFY(m_model->dialogueId(1) > m_model->dialogueId(2));
    m_model->sort(DialogueListModel::IdColumn, Qt::AscendingOrder);

    // A filter changed before the count arrives drops it.
    m_model->setFilter(filter);
    filter.text = QLatin1Char('"') + TestData::syntheticOrderNumber(1234) + QLatin1Char('"');
    m_model->setFilter(filter);
    QTest::qWait(300);
    QCOMPARE(m_model->rowCount(), 1);
    QVERIFY(m_model->counts().exact);
}

void TestDialogueListModel::sortsByCallsDescending()
{
    m_model->sort(DialogueListModel::CallsColumn, Qt::DescendingOrder);
    std::size_t most = 0;
    for (const Dialogue &d : m_all)
        most = std::max(most, d.calls.size());
    QCOMPARE(m_model->data(m_model->index(0, DialogueListModel::CallsColumn)).toInt(), int(most));
    const int lastCalls
            = m_model->data(m_model->index(kDialogues - 1, DialogueListModel::CallsColumn)).toInt();
    QVERIFY(lastCalls < int(most));
}

void TestDialogueListModel::savedFiltersSurviveReopening()
{
    SavedFilter saved;
    saved.name = QStringLiteral("Rejected refunds");
    saved.filter.statuses = {ReviewStatus::Rejected};
    saved.filter.text = QStringLiteral("refund");
    saved.filter.minScore = 0.5;
    QVERIFY(m_document->store().saveFilter(saved));
    QVERIFY(saved.id > 0);
    m_model.reset();
    m_document.reset();
    ProjectStore store;
    QVERIFY(!store.open(m_path, ProjectStore::OpenMode::ReadOnly));
    const std::vector<SavedFilter> filters = store.savedFilters();
    QCOMPARE(filters.size(), std::size_t(1));
    QCOMPARE(filters[0].name, saved.name);
    QVERIFY(filters[0].filter == saved.filter);
}

void TestDialogueListModel::choicesListEveryToolEngineAndMetric()
{
    QSet<QString> tools;
    QSet<QString> engines;
    QSet<QString> metrics;
    for (const Dialogue &d : m_all) {
        for (const QString &t : d.toolsUsed())
            tools.insert(t);
        engines.insert(d.engine);
        for (const Score &s : d.scores)
            metrics.insert(s.metric);
    }
    const auto sorted = [](const QSet<QString> &set) {
        QStringList list(set.begin(), set.end());
        list.sort();
        return list;
    };
    const ProjectStore &store = m_document->store();
    QCOMPARE(store.calledTools(), sorted(tools));
    QCOMPARE(store.dialogueEngines(), sorted(engines));
    QCOMPARE(store.scoreMetrics(), sorted(metrics));
    QVERIFY(tools.size() > 2 && engines.size() == 2 && metrics.size() >= 2);
}

QTEST_MAIN(TestDialogueListModel)
#include "tst_dialoguelistmodel.moc"
