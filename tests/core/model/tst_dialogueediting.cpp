// Editing dialogues under review, as a curator relies on it: an edited call argument reaches
// the file (message, call record and grounding), undo puts the dialogue back exactly, and every
// step leaves a revision saying who changed what, with its diff.

#include "model/dialogueedits.h"
#include "model/projectdocument.h"
#include "model/revisiondiff.h"
#include "simulation/callreplay.h"
#include "simulation/generationjob.h"
#include "simulation/planner.h"
#include "simulationtestsupport.h"
#include "store/projectstore.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Callwright;

class TestDialogueEditing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void editingACallArgumentIsStoredAndUndone();
    void revisionsRecordWhoWhatAndTheirDiff();
    void turnsCanBeInsertedMovedAndDeleted();
    void reviewStatusOfASelectionIsUndoable();

private:
    /// The first call whose arguments hold a string, and that argument's name.
    bool findStringArgument(const Dialogue &d, QString *callId, std::string *key) const;

    QTemporaryDir m_dir;
    std::unique_ptr<ProjectDocument> m_document;
    std::vector<Dialogue> m_dialogues;
};

void TestDialogueEditing::init()
{
    m_document.reset();
    const QString path = m_dir.filePath(
            QStringLiteral("edit-%1.callwright").arg(QDateTime::currentMSecsSinceEpoch()));
    StoreError error;
    m_document = ProjectDocument::create(path, QStringLiteral("Edit"), &error);
    QVERIFY2(m_document, qPrintable(error.message));
    Catalog retail = SimulationTestSupport::demoCatalog("retail");
    retail.id = 0;
    for (Tool &t : retail.tools)
        t.id = 0;
    m_document->addCatalog(retail);
    QCOMPARE(m_document->catalogs().size(), std::size_t(1));
    const Catalog &stored = m_document->catalogs().front();
    SimulationSettings settings;
    settings.catalogId = stored.id;
    settings.seed = 5;
    DialogueFactory factory(std::make_shared<SimulationContext>(stored, ToolGraph{}, settings));
    m_dialogues.clear();
    for (int i = 0; i < 12; ++i) {
        Dialogue d = factory.make(i);
        d.uid = QStringLiteral("edit-%1").arg(i);
        m_dialogues.push_back(d);
    }
    QCOMPARE(m_document->store().insertDialogues(m_dialogues).value_or(-1), 12);
    m_document->setCurator(QStringLiteral("Ada"));
    m_document->undoStack()->clear();
}

bool TestDialogueEditing::findStringArgument(const Dialogue &d, QString *callId,
                                             std::string *key) const
{
    for (const CallRecord &c : d.calls) {
        for (auto it = c.request.begin(); it != c.request.end(); ++it) {
            if (it.value().is_string()) {
                *callId = c.callId;
                *key = it.key();
                return true;
            }
        }
    }
    return false;
}

void TestDialogueEditing::editingACallArgumentIsStoredAndUndone()
{
    const Dialogue original = *m_document->store().dialogue(m_dialogues[3].id);
    QString callId;
    std::string key;
    QVERIFY(findStringArgument(original, &callId, &key));
    Dialogue edited = original;
    Json arguments = DialogueEdits::findCall(edited, callId)->request;
    arguments[key] = "invented-value-zz9";
    QVERIFY(DialogueEdits::setCallArguments(edited, callId, arguments));
    CallReplay::reverify(m_document->catalogs().front(), edited);
    m_document->editDialogue(edited, QStringLiteral("Edit argument"));
    QCOMPARE(m_document->undoStack()->count(), 1);

    const Dialogue stored = *m_document->store().dialogue(original.id);
    const CallRecord *record = DialogueEdits::findCall(stored, callId);
    QVERIFY(record->request[key] == Json("invented-value-zz9"));
    QVERIFY(record->requestHash != DialogueEdits::findCall(original, callId)->requestHash);
    // The assistant's message asks for the same value as the record holds.
    bool inMessage = false;
    for (const Message &m : stored.messages) {
        for (const ToolCall &c : m.toolCalls)
            inMessage = inMessage || (c.id == callId && c.arguments == arguments);
    }
    QVERIFY(inMessage);
    // A value nobody said is flagged where it occurs.
    const QString pointer = QStringLiteral("/request/") + QString::fromStdString(key);
    QVERIFY(std::any_of(record->issues.begin(), record->issues.end(), [&](const auto &i) {
        return i.keyword == QLatin1String("grounding") && i.pointer == pointer;
    }));

    m_document->undoStack()->undo();
    QVERIFY(*m_document->store().dialogue(original.id) == original);
    m_document->undoStack()->redo();
    QVERIFY(*m_document->store().dialogue(original.id) == stored);
}

void TestDialogueEditing::revisionsRecordWhoWhatAndTheirDiff()
{
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    Dialogue edited = *m_document->store().dialogue(m_dialogues[0].id);
    const QString oldText = edited.messages[0].content;
    QVERIFY(DialogueEdits::setMessageContent(edited, 0, QStringLiteral("Hello, I need help.")));
    m_document->editDialogue(edited, QStringLiteral("Edit message 1"));
    m_document->undoStack()->undo();

    const std::vector<Revision> revisions = m_document->store().revisions(edited.id);
    QCOMPARE(revisions.size(), std::size_t(2));
    QCOMPARE(revisions[0].author, QStringLiteral("Ada"));
    QCOMPARE(revisions[0].summary, QStringLiteral("Edit message 1"));
    QVERIFY(revisions[1].summary.contains(QStringLiteral("Edit message 1")));
    QVERIFY(revisions[0].atMs >= before);

    const std::vector<JsonChange> diff = diffJson(revisions[0].before, revisions[0].after);
    QCOMPARE(diff.size(), std::size_t(1));
    QCOMPARE(diff[0].pointer, QStringLiteral("/messages/0/content"));
    QVERIFY(diff[0].before == Json(oldText));
    QVERIFY(diff[0].after == Json("Hello, I need help."));
    // Undo is the same change backwards, and the two versions a revision apart are equal.
    const std::vector<JsonChange> back = diffJson(revisions[1].before, revisions[1].after);
    QCOMPARE(back.size(), std::size_t(1));
    QVERIFY(back[0].after == Json(oldText));
    QVERIFY(diffJson(revisions[0].before, revisions[1].after).empty());
}

void TestDialogueEditing::turnsCanBeInsertedMovedAndDeleted()
{
    const Dialogue original = *m_document->store().dialogue(m_dialogues[1].id);
    Dialogue edited = original;
    Message note{Message::Role::User, QStringLiteral("One more thing."), {}, {}, {}};
    QVERIFY(DialogueEdits::insertMessage(edited, 1, note));
    m_document->editDialogue(edited, QStringLiteral("Insert turn"));
    QVERIFY(DialogueEdits::moveMessage(edited, 1, 0));
    m_document->editDialogue(edited, QStringLiteral("Move turn"));
    QCOMPARE(m_document->store().dialogue(original.id)->messages[0].content,
             QStringLiteral("One more thing."));
    QVERIFY(DialogueEdits::removeMessage(edited, 0));
    m_document->editDialogue(edited, QStringLiteral("Delete turn"));
    QVERIFY(m_document->store().dialogue(original.id)->messages == original.messages);
    QCOMPARE(m_document->undoStack()->count(), 3);
    m_document->undoStack()->undo();
    QCOMPARE(m_document->store().dialogue(original.id)->messages.size(),
             original.messages.size() + 1);
    m_document->undoStack()->undo();
    m_document->undoStack()->undo();
    QVERIFY(*m_document->store().dialogue(original.id) == original);
    QVERIFY(!DialogueEdits::moveMessage(edited, 0, 999));
}

void TestDialogueEditing::reviewStatusOfASelectionIsUndoable()
{
    const qint64 a = m_dialogues[4].id;
    const qint64 b = m_dialogues[5].id;
    QVERIFY(m_document->store().setReviewStatus(b, ReviewStatus::NeedsFix, QStringLiteral("x")));
    m_document->setReviewStatus({a, b}, ReviewStatus::Rejected, QStringLiteral("Off topic"));
    ProjectStore &store = m_document->store();
    QCOMPARE(store.dialogue(a)->status, ReviewStatus::Rejected);
    QCOMPARE(store.dialogue(b)->reviewNote, QStringLiteral("Off topic"));
    QCOMPARE(store.dialogueListItem(b)->note, QStringLiteral("Off topic"));
    QCOMPARE(store.reviewCounts({})->rejected, 2);
    m_document->undoStack()->undo();
    QCOMPARE(store.dialogue(a)->status, ReviewStatus::Open);
    QCOMPARE(store.dialogue(b)->status, ReviewStatus::NeedsFix);
    QCOMPARE(store.dialogue(b)->reviewNote, QStringLiteral("x"));
    QCOMPARE(store.reviewCounts({})->rejected, 0);
}

QTEST_MAIN(TestDialogueEditing)
#include "tst_dialogueediting.moc"
