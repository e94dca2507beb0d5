// The corpus pipeline's outputs adopted by the project: the Prometheus runbooks imported and run
// through the embedded stages, their extracted tools accepted into a catalog with their schemas
// (a second accept adds nothing), and their trajectories sent to review as open dialogues that
// name their passage (a second send adds nothing).
#include "corpus/corpusadoption.h"
#include "corpus/corpusimporter.h"
#include "corpus/corpuspipeline.h"
#include "store/projectstore.h"
#include "testsupport.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Callwright;

class TestCorpusAdoption final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void toolsLandInTheCatalogOnce();
    void toolsOfOneDocumentGoIntoAnExistingCatalog();
    void trajectoriesBecomeReviewDialoguesOnce();
    void emptyCatalogNameIsRefused();

private:
    QTemporaryDir m_dir;
    ProjectStore m_store;
};

void TestCorpusAdoption::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(!m_store.create(m_dir.filePath(QStringLiteral("adopt.callwright")),
                            QStringLiteral("adopt")));
    CorpusImport import = CorpusImporter().read(TestSupport::sharedDataPath(
            QStringLiteral("corpus/prometheus_runbooks/runbooks.jsonl")));
    QVERIFY(import.ok());
    QVERIFY(m_store.putCorpusDocuments(import.documents));
    CorpusPipeline pipeline(m_store);
    CorpusRunOptions options;
    options.threads = 2;
    const CorpusRunReport run = pipeline.run(options);
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
    QVERIFY(run.progress.tools > 0);
}

void TestCorpusAdoption::toolsLandInTheCatalogOnce()
{
    const std::vector<qint64> passages = CorpusAdoption::passageIds(m_store, 0);
    QVERIFY(!passages.empty());
    const std::vector<Tool> extracted = CorpusAdoption::extractedTools(m_store, passages);
    QVERIFY(extracted.size() >= 5);

    QString error;
    const std::optional<CorpusToolAdoption> first
            = CorpusAdoption::acceptTools(m_store, passages, QStringLiteral("corpus"), &error);
    QVERIFY2(first, qPrintable(error));
    QVERIFY(first->catalogCreated);
    QCOMPARE(first->added, int(extracted.size()));
    QCOMPARE(first->skipped, 0);

    const std::optional<Catalog> catalog = m_store.catalog(first->catalogId);
    QVERIFY(catalog);
    QCOMPARE(catalog->name, QStringLiteral("corpus"));
    QCOMPARE(catalog->tools.size(), extracted.size());
    QSet<QString> documentUids;
    for (const CorpusDocumentSummary &s : m_store.corpusDocuments())
        documentUids.insert(s.uid);
    QSet<QString> names;
    for (const Tool &t : catalog->tools) {
        QVERIFY2(!names.contains(t.name), qPrintable(t.name));
        names.insert(t.name);
        QCOMPARE(t.origin.kind, ToolOrigin::Kind::Corpus);
        QVERIFY2(documentUids.contains(t.origin.source), qPrintable(t.origin.source));
        // The schema came along.
        QVERIFY(t.parameters.is_object());
        QCOMPARE(t.parameters.value("type", std::string()), std::string("object"));
    }

    const std::optional<CorpusToolAdoption> second
            = CorpusAdoption::acceptTools(m_store, passages, QStringLiteral("corpus"), &error);
    QVERIFY2(second, qPrintable(error));
    QVERIFY(!second->catalogCreated);
    QCOMPARE(second->catalogId, first->catalogId);
    QCOMPARE(second->added, 0);
    QCOMPARE(second->skipped, int(extracted.size()));
    QCOMPARE(m_store.catalog(first->catalogId)->tools.size(), extracted.size());
}

void TestCorpusAdoption::toolsOfOneDocumentGoIntoAnExistingCatalog()
{
    // A catalog made by hand with one tool of the name a document's extraction uses.
    qint64 documentId = 0;
    std::vector<Tool> tools;
    for (const CorpusDocumentSummary &s : m_store.corpusDocuments()) {
        tools = CorpusAdoption::extractedTools(m_store, CorpusAdoption::passageIds(m_store, s.id));
        if (tools.size() >= 2) {
            documentId = s.id;
            break;
        }
    }
    QVERIFY(documentId != 0);
    Catalog manual;
    manual.name = QStringLiteral("manual");
    Tool clash;
    clash.name = tools.front().name;
    clash.description = QStringLiteral("mine");
    manual.tools.push_back(clash);
    QVERIFY(m_store.insertCatalog(manual));

    QString error;
    const std::optional<CorpusToolAdoption> adopted = CorpusAdoption::acceptDocumentTools(
            m_store, documentId, QStringLiteral("manual"), &error);
    QVERIFY2(adopted, qPrintable(error));
    QCOMPARE(adopted->catalogId, manual.id);
    QCOMPARE(adopted->skipped, 1);
    QCOMPARE(adopted->added, int(tools.size()) - 1);
    const std::optional<Catalog> stored = m_store.catalog(manual.id);
    QCOMPARE(stored->tools.size(), tools.size());
    QCOMPARE(stored->tools.front().description, QStringLiteral("mine"));
}

void TestCorpusAdoption::trajectoriesBecomeReviewDialoguesOnce()
{
    const qint64 before = m_store.dialogueCount();
    QString error;
    const std::optional<CorpusReviewAdoption> first
            = CorpusAdoption::trajectoriesToReview(m_store, 0, &error);
    QVERIFY2(first, qPrintable(error));
    QVERIFY(first->added >= 10);
    QCOMPARE(first->skipped, 0);
    QCOMPARE(m_store.dialogueCount(), before + first->added);

    std::optional<Catalog> corpus;
    for (const Catalog &c : m_store.catalogs()) {
        if (c.name == QLatin1String("corpus"))
            corpus = c;
    }
    QVERIFY(corpus);
    int refined = 0;
    int checked = 0;
    int withCatalog = 0;
    QVERIFY(m_store.forEachDialogue([&](const Dialogue &d) {
        if (!d.uid.startsWith(QLatin1String("corpus:")))
            return true;
        ++checked;
        refined += d.uid.endsWith(QLatin1String(":refinement"));
        withCatalog += d.catalogId == corpus->id;
        [&] {
            QCOMPARE(d.engine, QStringLiteral("corpus"));
            QCOMPARE(d.status, ReviewStatus::Open);
            QVERIFY(!d.messages.empty());
            QVERIFY2(d.reviewNote.startsWith(QStringLiteral("From corpus passage: ")),
                     qPrintable(d.reviewNote));
            QVERIFY2(d.reviewNote.contains(QStringLiteral("(passage ")), qPrintable(d.reviewNote));
            QVERIFY(d.catalogId == 0 || m_store.catalog(d.catalogId));
        }();
        return !QTest::currentTestFailed();
    }));
    QCOMPARE(checked, first->added);
    // Refinement is preferred where it ran; the adopted tools' catalog is named.
    QVERIFY(refined > 0);
    QVERIFY(withCatalog > 0);

    // The note names the document and passage the uid points at.
    const std::vector<Dialogue> made
            = CorpusAdoption::reviewDialogues(m_store, 0, m_store.catalogs());
    QCOMPARE(int(made.size()), first->added);
    const Dialogue &one = made.front();
    const QStringList parts = one.uid.split(QLatin1Char(':'));
    QCOMPARE(parts.size(), 4);
    const std::optional<qint64> documentId = m_store.corpusDocumentId(parts.at(1));
    QVERIFY(documentId);
    const std::optional<CorpusDocument> document = m_store.corpusDocument(*documentId);
    const int index = parts.at(2).toInt();
    const Passage passage = m_store.corpusPassages(*documentId).at(std::size_t(index));
    QCOMPARE(one.reviewNote,
             CorpusAdoption::passageNote(document->title, passage.headingPath, index + 1));
    QVERIFY(one.reviewNote.contains(document->title));

    const std::optional<CorpusReviewAdoption> second
            = CorpusAdoption::trajectoriesToReview(m_store, 0, &error);
    QVERIFY2(second, qPrintable(error));
    QCOMPARE(second->added, 0);
    QCOMPARE(second->skipped, first->added);
    QCOMPARE(m_store.dialogueCount(), before + first->added);
}

void TestCorpusAdoption::emptyCatalogNameIsRefused()
{
    QString error;
    QVERIFY(!CorpusAdoption::acceptDocumentTools(m_store, 0, QStringLiteral("  "), &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestCorpusAdoption)
#include "tst_corpusadoption.moc"
