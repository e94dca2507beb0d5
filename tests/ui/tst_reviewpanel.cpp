// Reviewing as a curator does it, keyboard first: accept and reject move on to the next open
// dialogue, a selection is reviewed in one step, undo puts statuses back, and the shortcuts
// are listed where the curator sees them.

#include "models/dialoguelistmodel.h"
#include "panels/reviewpanel.h"
#include "review/callinspector.h"
#include "review/reviewfilterbar.h"
#include "review/revisionview.h"
#include "syntheticdialogues.h"
#include "uitestsupport.h"

#include "model/dialogueedits.h"

#include <QAction>
#include <QApplication>
#include <QItemSelectionModel>
#include <QLabel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Callwright;

namespace {

constexpr quint64 kSeed = 99;
constexpr int kDialogues = 600;

} // namespace

class TestReviewPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void acceptWithTheKeyShowsTheNextOpenDialogue();
    void rejectKeepsTheReasonAndUndoReopens();
    void bulkAcceptOfASelection();
    void jAndKMoveThroughTheList();
    void shortcutsAreListedAndBound();
    void filterShowsOnlyMatchingDialogues();
    void editedCallArgumentIsShownUndoneAndInHistory();
    void filterBarAppliesAFilterOnce();

private:
    /// The row of the first open dialogue after row (the list is in id order).
    int nextOpenAfter(int row) const;
    ReviewStatus storedStatus(qint64 id) const;
    void press(Qt::Key key);

    QTemporaryDir m_dir;
    std::vector<Dialogue> m_all;
    std::unique_ptr<ProjectDocument> m_document;
    std::unique_ptr<ReviewPanel> m_panel;
    int m_run = 0;
};

void TestReviewPanel::initTestCase()
{
    UiTestSupport::isolateSettings();
    m_all = TestData::syntheticBatch(kSeed, 0, kDialogues);
}

void TestReviewPanel::init()
{
    const QString path = m_dir.filePath(QStringLiteral("review-%1.callwright").arg(++m_run));
    StoreError error;
    m_document = ProjectDocument::create(path, QStringLiteral("Review"), &error);
    QVERIFY2(m_document, qPrintable(error.message));
    m_document->addCatalog(TestData::syntheticCatalog(QStringLiteral("synthetic")));
    std::vector<Dialogue> batch = m_all;
    for (Dialogue &d : batch)
        d.catalogId = m_document->catalogs().front().id;
    QCOMPARE(m_document->store().insertDialogues(batch).value_or(-1), kDialogues);
    m_all = batch;
    m_document->undoStack()->clear();
    m_panel = std::make_unique<ReviewPanel>();
    m_panel->resize(1200, 800);
    m_panel->setDocument(m_document.get());
    m_panel->show();
    QApplication::setActiveWindow(m_panel.get());
    QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
    m_panel->listView()->setFocus();
}

void TestReviewPanel::cleanup()
{
    m_panel.reset();
    m_document.reset();
}

int TestReviewPanel::nextOpenAfter(int row) const
{
    for (int r = row + 1; r < kDialogues; ++r) {
        if (m_all[std::size_t(r)].status == ReviewStatus::Open)
            return r;
    }
    return -1;
}

ReviewStatus TestReviewPanel::storedStatus(qint64 id) const
{
    return m_document->store().dialogue(id)->status;
}

void TestReviewPanel::press(Qt::Key key)
{
    QTest::keyClick(m_panel->listView(), key);
}

void TestReviewPanel::acceptWithTheKeyShowsTheNextOpenDialogue()
{
    const int first = nextOpenAfter(-1);
    m_panel->selectRow(first);
    QCOMPARE(m_panel->currentDialogue()->id, m_all[std::size_t(first)].id);
    const QString before = m_panel->statusText();
    press(Qt::Key_A);
    QCOMPARE(storedStatus(m_all[std::size_t(first)].id), ReviewStatus::Accepted);
    const int next = nextOpenAfter(first);
    QVERIFY(next > first);
    QCOMPARE(m_panel->currentRow(), next);
    QCOMPARE(m_panel->currentDialogue()->id, m_all[std::size_t(next)].id);
    QVERIFY(m_panel->statusText() != before);
    QCOMPARE(m_panel->listModel()
                     ->data(m_panel->listModel()->index(first, DialogueListModel::StatusColumn))
                     .toString(),
             QStringLiteral("Accepted"));
}

void TestReviewPanel::rejectKeepsTheReasonAndUndoReopens()
{
    const int first = nextOpenAfter(10);
    m_panel->selectRow(first);
    const qint64 id = m_all[std::size_t(first)].id;
    m_panel->rejectSelected(QStringLiteral("The refund amount is invented"));
    QCOMPARE(storedStatus(id), ReviewStatus::Rejected);
    QCOMPARE(m_document->store().dialogue(id)->reviewNote,
             QStringLiteral("The refund amount is invented"));
    QCOMPARE(m_panel->currentRow(), nextOpenAfter(first));
    const QString cell
            = m_panel->listModel()
                      ->data(m_panel->listModel()->index(first, DialogueListModel::StatusColumn))
                      .toString();
    QVERIFY2(cell.contains(QStringLiteral("invented")), qPrintable(cell));

    m_document->undoStack()->undo();
    QCOMPARE(storedStatus(id), ReviewStatus::Open);
    QVERIFY(m_document->store().dialogue(id)->reviewNote.isEmpty());
    QCOMPARE(m_panel->listModel()
                     ->data(m_panel->listModel()->index(first, DialogueListModel::StatusColumn))
                     .toString(),
             QStringLiteral("Open"));
}

void TestReviewPanel::bulkAcceptOfASelection()
{
    const qint64 acceptedBefore = m_panel->listModel()->counts().accepted;
    int alreadyAccepted = 0;
    QItemSelection selection;
    for (int r = 20; r < 30; ++r)
        alreadyAccepted += m_all[std::size_t(r)].status == ReviewStatus::Accepted;
    m_panel->selectRow(20);
    selection.select(m_panel->listModel()->index(20, 0), m_panel->listModel()->index(29, 0));
    m_panel->listView()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect
                                                                     | QItemSelectionModel::Rows);
    m_panel->acceptSelected();
    for (int r = 20; r < 30; ++r)
        QCOMPARE(storedStatus(m_all[std::size_t(r)].id), ReviewStatus::Accepted);
    QCOMPARE(m_panel->listModel()->counts().accepted, acceptedBefore + 10 - alreadyAccepted);
    QCOMPARE(m_panel->currentRow(), nextOpenAfter(29));
    QCOMPARE(m_document->undoStack()->count(), 1);
    m_document->undoStack()->undo();
    for (int r = 20; r < 30; ++r)
        QCOMPARE(storedStatus(m_all[std::size_t(r)].id), m_all[std::size_t(r)].status);
}

void TestReviewPanel::jAndKMoveThroughTheList()
{
    m_panel->selectRow(5);
    press(Qt::Key_J);
    QCOMPARE(m_panel->currentRow(), 6);
    QCOMPARE(m_panel->currentDialogue()->id, m_all[6].id);
    press(Qt::Key_K);
    press(Qt::Key_K);
    QCOMPARE(m_panel->currentRow(), 4);
}

void TestReviewPanel::shortcutsAreListedAndBound()
{
    const QString help = m_panel->shortcutHelp();
    QStringList bound;
    for (const QAction *action : m_panel->actions())
        bound << action->shortcut().toString();
    for (const char *key : {"J", "K", "A", "R", "E"}) {
        QVERIFY2(help.contains(QLatin1String(key) + QLatin1Char(' ')), key);
        QVERIFY2(bound.contains(QLatin1String(key)), key);
    }
    QVERIFY(help.contains(QStringLiteral("Ctrl+Z undo")));
    QVERIFY(m_panel->findChild<QLabel *>() != nullptr);
}

void TestReviewPanel::filterShowsOnlyMatchingDialogues()
{
    DialogueFilter filter;
    filter.statuses = {ReviewStatus::NeedsFix};
    m_panel->applyFilter(filter);
    const auto expected = std::count_if(m_all.begin(), m_all.end(), [](const Dialogue &d) {
        return d.status == ReviewStatus::NeedsFix;
    });
    QCOMPARE(m_panel->listModel()->rowCount(), int(expected));
    QCOMPARE(m_panel->currentDialogue()->status, ReviewStatus::NeedsFix);
    QVERIFY2(m_panel->statusText().startsWith(QString::number(expected) + QLatin1Char(' ')),
             qPrintable(m_panel->statusText()));
}

void TestReviewPanel::editedCallArgumentIsShownUndoneAndInHistory()
{
    m_panel->selectRow(3);
    const Dialogue original = *m_panel->currentDialogue();
    QVERIFY(!original.calls.empty());
    const CallRecord &call = original.calls.front();
    QVERIFY(m_panel->inspectCall(call.callId));
    QCOMPARE(m_panel->callInspector()->callId(), call.callId);
    Json request = call.request;
    request["note"] = "made up by the curator";
    m_panel->applyCallEdits(call.callId, request, call.response);
    QVERIFY(DialogueEdits::findCall(*m_panel->currentDialogue(), call.callId)->request == request);
    QCOMPARE(m_panel->revisionView()->revisionCount(), 1);
    QVERIFY2(m_panel->revisionView()->diffText().contains(QStringLiteral("made up")),
             qPrintable(m_panel->revisionView()->diffText()));
    m_document->undoStack()->undo();
    QVERIFY(DialogueEdits::findCall(*m_panel->currentDialogue(), call.callId)->request
            == call.request);
    QCOMPARE(m_panel->revisionView()->revisionCount(), 2);
}

void TestReviewPanel::filterBarAppliesAFilterOnce()
{
    DialogueFilter filter;
    filter.statuses = {ReviewStatus::Rejected};
    filter.tools = QStringList{m_all[0].calls.front().toolName};
    filter.engine = QStringLiteral("embedded");
    filter.text = QStringLiteral("order");
    int resets = 0;
    connect(m_panel->listModel(), &QAbstractItemModel::modelReset, this, [&] { ++resets; });
    m_panel->filterBar()->setFilter(filter);
    QVERIFY(m_panel->listModel()->filter() == filter);
    QVERIFY(m_panel->filterBar()->filter() == filter);
    QTest::qWait(400); // the search field's typing delay must not apply it again
    QCOMPARE(resets, 1);
    for (int row = 0; row < m_panel->listModel()->rowCount(); ++row)
        QCOMPARE(m_panel->listModel()->summary(row)->status, ReviewStatus::Rejected);
}

QTEST_MAIN(TestReviewPanel)
#include "tst_reviewpanel.moc"
