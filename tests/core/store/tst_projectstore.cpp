#include "store/projectstore.h"
#include "storetestsupport.h"
#include "syntheticdialogues.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Callwright;
using TestData::jsonOf;

namespace {

QByteArray headerBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.read(100) : QByteArray();
}

ToolGraph sampleGraph(const Catalog &catalog)
{
    ToolGraph graph;
    graph.catalogId = catalog.id;
    graph.nodes = {{1, catalog.tools[0].name, 120.5, -33.25}, {2, catalog.tools[1].name, 400, 80}};
    GraphEdge edge;
    edge.id = 7;
    edge.fromNode = 1;
    edge.toNode = 2;
    edge.kind = GraphEdge::Kind::DataFlow;
    edge.origin = GraphEdge::Origin::Inferred;
    edge.confidence = 0.87;
    edge.mapping = {{QStringLiteral("order_id"), QStringLiteral("order_id")}};
    graph.edges = {edge};
    return graph;
}

Dialogue dialogueSaying(const QString &uid, const QString &text)
{
    Dialogue d;
    d.uid = uid;
    d.engine = QStringLiteral("embedded");
    d.persona.name = QStringLiteral("Ada");
    d.messages.push_back({Message::Role::User, text, {}, {}, {}});
    d.messages.push_back({Message::Role::Assistant, QStringLiteral("Done."), {}, {}, {}});
    return d;
}

} // namespace

class TestProjectStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void createAndReopenKeepsProjectContent();
    void fileIsAWalProjectWithOurId();
    void toolsKeepTheirOrderThroughEdits();
    void hundredThousandDialoguesRoundTrip();
    void duplicateUidsAreSkipped();
    void dialogueWithoutUidIsRefused();
    void searchFindsDialoguesByMessageWords();
    void malformedSearchReturnsNothing();
    void reviewStatusIsStored();
    void removingACatalogRemovesItsDialogues();
    void copyToMakesAnOpenableCopy();
    void readOnlyStoreRefusesWrites();
    void createRefusesAnExistingFile();
    void valuesThatCannotBeReadBackAreRefused();

private:
    QString projectPath(const char *name) const
    {
        return m_dir->filePath(QString::fromLatin1(name) + QStringLiteral(".callwright"));
    }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestProjectStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestProjectStore::cleanup()
{
    // Every store must have given its connection back.
    QVERIFY2(QSqlDatabase::connectionNames().isEmpty(),
             qPrintable(QSqlDatabase::connectionNames().join(QLatin1Char(' '))));
}

void TestProjectStore::createAndReopenKeepsProjectContent()
{
    const QString path = projectPath("desk");
    std::vector<Catalog> catalogs{TestData::syntheticCatalog(QStringLiteral("Help desk")),
                                  TestData::syntheticCatalog(QStringLiteral("Travel"))};
    catalogs[1].tools.resize(3);
    catalogs[1].description.clear();
    ToolGraph graph;
    Revision revision;
    {
        ProjectStore store;
        const StoreError error = store.create(path, QStringLiteral("Desk données"));
        QVERIFY2(!error, qPrintable(error.message));
        QVERIFY(store.isOpen());
        QCOMPARE(store.schemaVersion(), ProjectStore::kSchemaVersion);
        for (Catalog &c : catalogs) {
            QVERIFY2(store.insertCatalog(c), qPrintable(store.lastError().message));
            QVERIFY(c.id > 0);
            for (const Tool &t : c.tools)
                QVERIFY(t.id > 0);
        }
        graph = sampleGraph(catalogs[0]);
        QVERIFY(store.saveGraph(graph));
        graph.nodes[1].x = 410; // saving again replaces, never duplicates
        QVERIFY(store.saveGraph(graph));

        std::vector<Dialogue> batch = TestData::syntheticBatch(1, 0, 3, catalogs[0].id);
        QCOMPARE(store.insertDialogues(batch).value_or(-1), 3);
        revision.dialogueId = batch[1].id;
        revision.atMs = 1735689600123;
        revision.author = QStringLiteral("curator");
        revision.summary = QStringLiteral("edited argument order_id of call 1");
        revision.before = Json(batch[1]);
        batch[1].messages[1].content = QStringLiteral("Changed");
        revision.after = Json(batch[1]);
        QVERIFY(store.addRevision(revision));
        QVERIFY(revision.id > 0);
        QVERIFY(store.setMetaValue(QStringLiteral("curator"), QStringLiteral("Ada")));
    }
    ProjectStore store;
    const StoreError error = store.open(path);
    QVERIFY2(!error, qPrintable(error.message));
    QCOMPARE(store.projectName(), QStringLiteral("Desk données"));
    QCOMPARE(store.metaValue(QStringLiteral("curator")), QStringLiteral("Ada"));
    const std::vector<Catalog> read = store.catalogs();
    QCOMPARE(read.size(), catalogs.size());
    for (std::size_t i = 0; i < read.size(); ++i)
        QVERIFY2(read[i] == catalogs[i], jsonOf(read[i]).constData());
    QVERIFY(store.catalog(catalogs[1].id) == catalogs[1]);
    QVERIFY(!store.catalog(9999));
    const std::optional<ToolGraph> readGraph = store.graph(catalogs[0].id);
    QVERIFY(readGraph);
    QVERIFY2(*readGraph == graph, jsonOf(*readGraph).constData());
    QVERIFY(!store.graph(catalogs[1].id));
    const std::vector<Revision> revisions = store.revisions(revision.dialogueId);
    QCOMPARE(revisions.size(), std::size_t(1));
    QVERIFY2(revisions[0] == revision, jsonOf(revisions[0]).constData());

    const ProjectInfo info = store.info();
    QCOMPARE(info.name, QStringLiteral("Desk données"));
    QCOMPARE(info.schemaVersion, ProjectStore::kSchemaVersion);
    QCOMPARE(info.createdWith, QStringLiteral(CALLWRIGHT_VERSION));
    QCOMPARE(info.catalogs, 2);
    QCOMPARE(info.tools, 11);
    QCOMPARE(info.dialogues, 3);
    QVERIFY(store.setProjectName(QStringLiteral("Renamed")));
    QCOMPARE(store.projectName(), QStringLiteral("Renamed"));
    QVERIFY(!store.metaValue(QStringLiteral("created_at")).isEmpty());
}

void TestProjectStore::fileIsAWalProjectWithOurId()
{
    const QString path = projectPath("id");
    {
        ProjectStore store;
        QVERIFY(!store.create(path, QStringLiteral("Id")));
        // While open, writes go to the log beside the file.
        std::vector<Dialogue> batch = TestData::syntheticBatch(2, 0, 2);
        QVERIFY(store.insertDialogues(batch));
        QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
    }
    // Closing the last connection folds the log back in and removes it.
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    QVERIFY(!QFile::exists(path + QStringLiteral("-shm")));
    const QByteArray header = headerBytes(path);
    QCOMPARE(header.size(), 100);
    QCOMPARE(header.mid(68, 4), QByteArray("CWRT"));
    QCOMPARE(int(header[18]), 2); // WAL read and write versions
    QCOMPARE(int(header[19]), 2);
    // The schema version, big-endian.
    QCOMPARE(header.mid(60, 4),
             QByteArray::fromHex(
                     QByteArray::number(ProjectStore::kSchemaVersion, 16).rightJustified(8, '0')));
}

void TestProjectStore::toolsKeepTheirOrderThroughEdits()
{
    ProjectStore store;
    QVERIFY(!store.create(projectPath("tools"), QStringLiteral("Tools")));
    Catalog catalog = TestData::syntheticCatalog(QStringLiteral("C"));
    catalog.tools.resize(3);
    QVERIFY(store.insertCatalog(catalog));
    QVERIFY(store.removeTool(catalog.tools[1].id));
    Tool first;
    first.name = QStringLiteral("first");
    QVERIFY(store.insertTool(catalog.id, first, 0));
    Tool middle;
    middle.name = QStringLiteral("middle");
    QVERIFY(store.insertTool(catalog.id, middle, 2));
    Tool last;
    last.name = QStringLiteral("last");
    QVERIFY(store.insertTool(catalog.id, last));
    Tool renamed = catalog.tools[0];
    renamed.description = QStringLiteral("renamed");
    QVERIFY(store.updateTool(renamed));
    Tool twin;
    twin.name = QStringLiteral("first");
    QVERIFY(!store.insertTool(catalog.id, twin)); // names are unique within a catalog
    QCOMPARE(store.lastError().kind, StoreError::Kind::Invalid);
    catalog.name = QStringLiteral("C2");
    QVERIFY(store.updateCatalogInfo(catalog));

    const std::optional<Catalog> read = store.catalog(catalog.id);
    QVERIFY(read);
    QCOMPARE(read->name, QStringLiteral("C2"));
    QStringList names;
    for (const Tool &t : read->tools)
        names << t.name;
    const QStringList expected{QStringLiteral("first"), catalog.tools[0].name,
                               QStringLiteral("middle"), catalog.tools[2].name,
                               QStringLiteral("last")};
    QCOMPARE(names, expected);
    QCOMPARE(read->tools[1].description, QStringLiteral("renamed"));
}

void TestProjectStore::hundredThousandDialoguesRoundTrip()
{
    const quint64 seed = 20250101;
    const int total = 100000;
    const int batchSize = 1000;
    const QString path = projectPath("bulk");
    std::vector<qint64> ids;
    ids.reserve(total);
    qint64 jsonBytes = 0;
    qint64 accepted = 0;
    QElapsedTimer clock;
    qint64 insertNs = 0;
    qint64 catalogId = 0;
    {
        ProjectStore store;
        QVERIFY(!store.create(path, QStringLiteral("Bulk")));
        Catalog catalog = TestData::syntheticCatalog(QStringLiteral("Desk"));
        QVERIFY(store.insertCatalog(catalog));
        catalogId = catalog.id;
        for (int first = 0; first < total; first += batchSize) {
            std::vector<Dialogue> batch
                = TestData::syntheticBatch(seed, first, batchSize, catalogId);
            if (first == 0) {
                for (const Dialogue &d : batch)
                    jsonBytes += qint64(Json(d).dump().size());
            }
            clock.start();
            const std::optional<int> written = store.insertDialogues(batch);
            insertNs += clock.nsecsElapsed();
            QVERIFY2(written, qPrintable(store.lastError().message));
            QCOMPARE(*written, batchSize);
            for (const Dialogue &d : batch) {
                QVERIFY(d.id > (ids.empty() ? 0 : ids.back()));
                ids.push_back(d.id);
                accepted += d.status == ReviewStatus::Accepted ? 1 : 0;
            }
        }
    }
    const double averageBytes = double(jsonBytes) / batchSize;
    QVERIFY2(averageBytes > 1000 && averageBytes < 2500,
             qPrintable(QString::number(averageBytes)));

    ProjectStore store;
    const StoreError error = store.open(path);
    QVERIFY2(!error, qPrintable(error.message));
    QCOMPARE(store.dialogueCount(), qint64(total));
    const ProjectInfo info = store.info();
    QCOMPARE(info.accepted, accepted);

    qint64 index = 0;
    QString mismatch;
    clock.start();
    const bool finished = store.forEachDialogue([&](const Dialogue &read) {
        Dialogue expected = TestData::syntheticDialogue(seed, index, catalogId);
        expected.id = ids[std::size_t(index)];
        if (read != expected) {
            mismatch
                = QStringLiteral("dialogue %1 differs:\nread     %2\nexpected %3")
                      .arg(index)
                      .arg(QString::fromUtf8(jsonOf(read)), QString::fromUtf8(jsonOf(expected)));
            return false;
        }
        ++index;
        return true;
    });
    const qint64 readNs = clock.nsecsElapsed();
    QVERIFY2(finished, qPrintable(store.lastError().message));
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    QCOMPARE(index, qint64(total));

    // The order number only one dialogue mentions finds exactly that dialogue.
    const qint64 needle = 77777;
    const QString phrase
        = QLatin1Char('"') + TestData::syntheticOrderNumber(needle) + QLatin1Char('"');
    const std::vector<qint64> hits = store.searchMessages(phrase);
    QCOMPARE(hits.size(), std::size_t(1));
    QCOMPARE(hits[0], ids[needle]);
    QCOMPARE(store.searchMessages(QStringLiteral("refund"), 10).size(), std::size_t(10));

    const std::vector<Dialogue> tail = store.dialogues(total - 10, 20);
    QCOMPARE(tail.size(), std::size_t(10));
    QCOMPARE(tail.back().id, ids.back());
    QVERIFY(tail.front() == store.dialogue(ids[total - 10]));

    qInfo("wrote %d dialogues (%.0f bytes of JSON each) at %.0f/s, read them back at %.0f/s",
          total, averageBytes, total / (insertNs / 1e9), total / (readNs / 1e9));
}

void TestProjectStore::duplicateUidsAreSkipped()
{
    ProjectStore store;
    QVERIFY(!store.create(projectPath("dupes"), QStringLiteral("Dupes")));
    std::vector<Dialogue> first = TestData::syntheticBatch(3, 0, 5);
    QCOMPARE(store.insertDialogues(first).value_or(-1), 5);
    // A resumed job writes its batch again, overlapping what was stored, with a twin inside.
    std::vector<Dialogue> resumed = TestData::syntheticBatch(3, 3, 5);
    resumed.push_back(resumed.back());
    resumed[0].messages[0].content = QStringLiteral("changed, but still the same uid");
    QCOMPARE(store.insertDialogues(resumed).value_or(-1), 3);
    QCOMPARE(store.dialogueCount(), 8);
    // Only what was written gets an id.
    QCOMPARE(resumed[0].id, 0);
    QCOMPARE(resumed[1].id, 0);
    QCOMPARE(resumed[5].id, 0);
    QVERIFY(resumed[2].id > first[4].id);
    // The stored dialogue is the first one written, not the twin.
    QVERIFY(store.dialogue(first[3].id) == first[3]);
    QVERIFY(store.containsUid(TestData::syntheticUid(3, 7)));
    QVERIFY(!store.containsUid(TestData::syntheticUid(3, 8)));
}

void TestProjectStore::dialogueWithoutUidIsRefused()
{
    ProjectStore store;
    QVERIFY(!store.create(projectPath("nouid"), QStringLiteral("No uid")));
    std::vector<Dialogue> batch = TestData::syntheticBatch(4, 0, 3);
    batch[1].uid.clear();
    QVERIFY(!store.insertDialogues(batch));
    QCOMPARE(store.lastError().kind, StoreError::Kind::Invalid);
    QCOMPARE(store.dialogueCount(), 0); // nothing of the batch was written
}

void TestProjectStore::searchFindsDialoguesByMessageWords()
{
    ProjectStore store;
    QVERIFY(!store.create(projectPath("search"), QStringLiteral("Search")));
    std::vector<Dialogue> batch{
        dialogueSaying(QStringLiteral("a"), QStringLiteral("Book me a room in Zanzibar")),
        dialogueSaying(QStringLiteral("b"), QStringLiteral("Is it raining in Zanzibar today?")),
        dialogueSaying(QStringLiteral("c"), QStringLiteral("Where is my parcel?")),
    };
    QVERIFY2(store.insertDialogues(batch).value_or(-1) == 3,
             qPrintable(store.lastError().message));
    std::vector<qint64> hits = store.searchMessages(QStringLiteral("zanzibar"));
    std::sort(hits.begin(), hits.end());
    QCOMPARE(hits, (std::vector<qint64>{batch[0].id, batch[1].id}));
    QVERIFY(store.searchMessages(QStringLiteral("quokka")).empty());
    QVERIFY(!store.lastError());
    QCOMPARE(store.searchMessages(QStringLiteral("parcel")), std::vector<qint64>{batch[2].id});

    // Edits reach the index: the old word no longer finds the dialogue, the new one does.
    Dialogue edited = batch[2];
    edited.messages[0].content = QStringLiteral("Where is my quokka?");
    QVERIFY(store.updateDialogue(edited));
    QVERIFY(store.searchMessages(QStringLiteral("parcel")).empty());
    QCOMPARE(store.searchMessages(QStringLiteral("quokka")), std::vector<qint64>{edited.id});
    QVERIFY(store.dialogue(edited.id) == edited);
}

void TestProjectStore::malformedSearchReturnsNothing()
{
    ProjectStore store;
    QVERIFY(!store.create(projectPath("badsearch"), QStringLiteral("Bad search")));
    std::vector<Dialogue> batch{dialogueSaying(QStringLiteral("a"), QStringLiteral("hello"))};
    QVERIFY(store.insertDialogues(batch));
    for (const char *query : {"\"unterminated", "hello AND", "(hello", "nosuchcolumn:hello"}) {
        QVERIFY(store.searchMessages(QString::fromLatin1(query)).empty());
        QCOMPARE(store.lastError().kind, StoreError::Kind::Invalid);
        QVERIFY(!store.lastError().message.isEmpty());
    }
    // The store is still usable afterwards.
    QCOMPARE(store.searchMessages(QStringLiteral("hello")).size(), std::size_t(1));
}

void TestProjectStore::reviewStatusIsStored()
{
    const QString path = projectPath("review");
    qint64 id = 0;
    {
        ProjectStore store;
        QVERIFY(!store.create(path, QStringLiteral("Review")));
        std::vector<Dialogue> batch = TestData::syntheticBatch(5, 0, 4);
        for (Dialogue &d : batch)
            d.status = ReviewStatus::Open;
        QVERIFY(store.insertDialogues(batch));
        id = batch[2].id;
        QVERIFY(store.setReviewStatus(id, ReviewStatus::Rejected,
                                      QStringLiteral("Argument not grounded")));
        QVERIFY(store.setReviewStatus(batch[0].id, ReviewStatus::Accepted, QString()));
        QVERIFY(!store.setReviewStatus(9999, ReviewStatus::Accepted, QString()));
        QCOMPARE(store.lastError().kind, StoreError::Kind::Invalid);
    }
    ProjectStore store;
    QVERIFY(!store.open(path));
    const std::optional<Dialogue> d = store.dialogue(id);
    QVERIFY(d);
    QCOMPARE(d->status, ReviewStatus::Rejected);
    QCOMPARE(d->reviewNote, QStringLiteral("Argument not grounded"));
    const ProjectInfo info = store.info();
    QCOMPARE(info.accepted, 1);
    QCOMPARE(info.rejected, 1);
    QVERIFY(store.setReviewStatus(id, ReviewStatus::Open, QString()));
    QVERIFY(store.dialogue(id)->reviewNote.isEmpty());
}

void TestProjectStore::removingACatalogRemovesItsDialogues()
{
    ProjectStore store;
    QVERIFY(!store.create(projectPath("remove"), QStringLiteral("Remove")));
    Catalog gone = TestData::syntheticCatalog(QStringLiteral("Gone"));
    Catalog kept = TestData::syntheticCatalog(QStringLiteral("Kept"));
    QVERIFY(store.insertCatalog(gone));
    QVERIFY(store.insertCatalog(kept));
    QVERIFY(store.saveGraph(sampleGraph(gone)));
    std::vector<Dialogue> a = TestData::syntheticBatch(6, 0, 3, gone.id);
    std::vector<Dialogue> b = TestData::syntheticBatch(6, 3, 2, kept.id);
    QVERIFY(store.insertDialogues(a));
    QVERIFY(store.insertDialogues(b));
    Revision revision;
    revision.dialogueId = a[0].id;
    revision.atMs = 1;
    QVERIFY(store.addRevision(revision));

    QVERIFY(store.removeCatalog(gone.id));
    QCOMPARE(store.catalogs().size(), std::size_t(1));
    QVERIFY(!store.graph(gone.id));
    QCOMPARE(store.dialogueCount(), 2);
    QVERIFY(store.revisions(a[0].id).empty());
    const QString phrase = QLatin1Char('"') + TestData::syntheticOrderNumber(0) + QLatin1Char('"');
    QVERIFY(store.searchMessages(phrase).empty());
    QVERIFY(!store.removeCatalog(gone.id));
    QVERIFY(store.integrityCheck().isEmpty());
}

void TestProjectStore::copyToMakesAnOpenableCopy()
{
    const QString path = projectPath("original");
    const QString copy = projectPath("copy");
    ProjectStore store;
    QVERIFY(!store.create(path, QStringLiteral("Original")));
    std::vector<Dialogue> batch = TestData::syntheticBatch(7, 0, 50);
    QVERIFY(store.insertDialogues(batch));
    const StoreError error = store.copyTo(copy);
    QVERIFY2(!error, qPrintable(error.message));
    QVERIFY(store.isOpen());
    QCOMPARE(store.copyTo(copy).kind, StoreError::Kind::AlreadyExists);

    ProjectStore copied;
    QVERIFY(!copied.open(copy));
    QCOMPARE(copied.projectName(), QStringLiteral("Original"));
    QCOMPARE(copied.dialogueCount(), 50);
    QVERIFY(copied.dialogue(batch[49].id) == batch[49]);
    const QString phrase
        = QLatin1Char('"') + TestData::syntheticOrderNumber(12) + QLatin1Char('"');
    QCOMPARE(copied.searchMessages(phrase), std::vector<qint64>{batch[12].id});
    QVERIFY(copied.integrityCheck().isEmpty());
}

void TestProjectStore::readOnlyStoreRefusesWrites()
{
    const QString path = projectPath("ro");
    {
        ProjectStore store;
        QVERIFY(!store.create(path, QStringLiteral("Read only")));
        std::vector<Dialogue> batch = TestData::syntheticBatch(8, 0, 3);
        QVERIFY(store.insertDialogues(batch));
    }
    ProjectStore store;
    QVERIFY(!store.open(path, ProjectStore::OpenMode::ReadOnly));
    QVERIFY(store.isReadOnly());
    QCOMPARE(store.dialogueCount(), 3);
    std::vector<Dialogue> more = TestData::syntheticBatch(8, 3, 1);
    QVERIFY(!store.insertDialogues(more));
    QCOMPARE(store.lastError().kind, StoreError::Kind::Invalid);
    QVERIFY(!store.setProjectName(QStringLiteral("nope")));
    QVERIFY(!store.copyTo(projectPath("ro-copy")));
    store.close();
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    QVERIFY(!QFile::exists(path + QStringLiteral("-shm")));
}

void TestProjectStore::createRefusesAnExistingFile()
{
    const QString path = projectPath("exists");
    {
        ProjectStore store;
        QVERIFY(!store.create(path, QStringLiteral("First")));
    }
    ProjectStore store;
    const StoreError error = store.create(path, QStringLiteral("Second"));
    QCOMPARE(error.kind, StoreError::Kind::AlreadyExists);
    QVERIFY(error.message.contains(QStringLiteral("exists.callwright")));
    QVERIFY(!store.isOpen());
    QVERIFY(!store.open(path));
    QCOMPARE(store.projectName(), QStringLiteral("First"));
}

// NaN has no JSON form (it would come back as null and then fail to read), and a tool message
// must name its call: such values are refused up front, and nothing of their batch is written.
void TestProjectStore::valuesThatCannotBeReadBackAreRefused()
{
    ProjectStore store;
    QVERIFY(!store.create(projectPath("refuse"), QStringLiteral("Refuse")));
    std::vector<Dialogue> batch = TestData::syntheticBatch(3, 0, 5);
    batch[3].scores.push_back({QStringLiteral("distinct_3"), std::nan(""), {}, {}});
    QVERIFY(!store.insertDialogues(batch));
    QVERIFY2(store.lastError().message.contains(QStringLiteral("/scores/")),
             qPrintable(store.lastError().message));
    QCOMPARE(store.dialogueCount(), qint64(0));

    batch = TestData::syntheticBatch(3, 0, 5);
    Message orphan;
    orphan.role = Message::Role::Tool;
    orphan.content = QStringLiteral("{}");
    batch[1].messages.push_back(orphan);
    QVERIFY(!store.insertDialogues(batch));
    QVERIFY2(store.lastError().message.contains(QStringLiteral("tool_call_id")),
             qPrintable(store.lastError().message));
    QCOMPARE(store.dialogueCount(), qint64(0));

    Catalog catalog = TestData::syntheticCatalog(QStringLiteral("Desk"));
    QVERIFY(store.insertCatalog(catalog));
    ToolGraph graph;
    graph.catalogId = catalog.id;
    graph.nodes.push_back({1, catalog.tools.front().name, std::nan(""), 0});
    QVERIFY(!store.saveGraph(graph));
    QCOMPARE(store.lastError().kind, StoreError::Kind::Invalid);
    QVERIFY(!store.graph(catalog.id) || store.graph(catalog.id)->nodes.empty());
}

QTEST_GUILESS_MAIN(TestProjectStore)
#include "tst_projectstore.moc"
