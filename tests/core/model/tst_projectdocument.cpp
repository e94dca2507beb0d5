// The project document: edits go through the undo stack, reach the file, and are announced.
#include "model/dialogue.h"
#include "model/projectdocument.h"
#include "store/projectstore.h"
#include "store/storesql.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Callwright;

namespace {

Tool makeTool(const char *name, const char *description)
{
    Tool t;
    t.name = QString::fromLatin1(name);
    t.description = QString::fromLatin1(description);
    t.parameters = Json{{"type", "object"},
                        {"properties", {{"order_id", {{"type", "string"}}}}},
                        {"required", {"order_id"}}};
    return t;
}

Catalog makeCatalog()
{
    Catalog c;
    c.name = QStringLiteral("retail");
    c.tools = {makeTool("get_order_details", "Get the status and details of an order."),
               makeTool("cancel_pending_order", "Cancel a pending order.")};
    return c;
}

/// Reopens the file to see what really reached it.
Catalog catalogOnDisk(const QString &path)
{
    ProjectStore store;
    if (store.open(path, ProjectStore::OpenMode::ReadOnly))
        return {};
    const auto catalogs = store.catalogs();
    return catalogs.empty() ? Catalog() : catalogs.front();
}

QStringList names(const Catalog &c)
{
    QStringList out;
    for (const Tool &t : c.tools)
        out << t.name;
    return out;
}

} // namespace

class TestProjectDocument final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("p%1.callwright").arg(++m_counter));
        StoreError error;
        m_doc = ProjectDocument::create(m_path, QStringLiteral("Returns"), &error);
        QVERIFY2(m_doc, qPrintable(error.message));
    }

    void cleanup() { m_doc.reset(); }

    void renameMergesAndUndoes()
    {
        QSignalSpy spy(m_doc.get(), &ProjectDocument::nameChanged);
        m_doc->setName(QStringLiteral("Returns v"));
        m_doc->setName(QStringLiteral("Returns v2"));
        QCOMPARE(m_doc->undoStack()->count(), 1); // typing gives one undo step
        QCOMPARE(m_doc->name(), QStringLiteral("Returns v2"));
        QCOMPARE(spy.count(), 2);
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->name(), QStringLiteral("Returns"));
        QCOMPARE(m_doc->store().projectName(), QStringLiteral("Returns"));
    }

    void addCatalogUndoRedo()
    {
        QSignalSpy inserted(m_doc.get(), &ProjectDocument::catalogInserted);
        m_doc->addCatalog(makeCatalog());
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(m_doc->catalogs().size(), std::size_t(1));
        const qint64 id = m_doc->catalogs().front().id;
        QVERIFY(id > 0);
        QCOMPARE(names(catalogOnDisk(m_path)),
                 (QStringList{QStringLiteral("get_order_details"),
                              QStringLiteral("cancel_pending_order")}));
        m_doc->undoStack()->undo();
        QVERIFY(m_doc->catalogs().empty());
        QVERIFY(catalogOnDisk(m_path).tools.empty());
        m_doc->undoStack()->redo();
        QCOMPARE(m_doc->catalogs().front().tools.size(), std::size_t(2));
    }

    void removeToolAndUndoRestoresPlaceAndId()
    {
        m_doc->addCatalog(makeCatalog());
        const Catalog &c = m_doc->catalogs().front();
        const qint64 firstId = c.tools[0].id;
        QSignalSpy removed(m_doc.get(), &ProjectDocument::toolRemoved);
        QSignalSpy inserted(m_doc.get(), &ProjectDocument::toolInserted);

        m_doc->removeTool(firstId);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.first().at(1).toInt(), 0);
        QCOMPARE(names(catalogOnDisk(m_path)), QStringList{QStringLiteral("cancel_pending_order")});

        m_doc->undoStack()->undo();
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(m_doc->catalogs().front().tools[0].id, firstId);
        QCOMPARE(names(catalogOnDisk(m_path)),
                 (QStringList{QStringLiteral("get_order_details"),
                              QStringLiteral("cancel_pending_order")}));
    }

    void duplicateGivesUniqueNameNextToOriginal()
    {
        m_doc->addCatalog(makeCatalog());
        const qint64 id = m_doc->catalogs().front().tools[0].id;
        m_doc->duplicateTool(id);
        m_doc->duplicateTool(id);
        QCOMPARE(names(m_doc->catalogs().front()),
                 (QStringList{QStringLiteral("get_order_details"),
                              QStringLiteral("get_order_details_copy_2"),
                              QStringLiteral("get_order_details_copy"),
                              QStringLiteral("cancel_pending_order")}));
        QCOMPARE(names(catalogOnDisk(m_path)), names(m_doc->catalogs().front()));
        m_doc->undoStack()->undo();
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->catalogs().front().tools.size(), std::size_t(2));
    }

    void changeToolMergesPerTool()
    {
        m_doc->addCatalog(makeCatalog());
        const int before = m_doc->undoStack()->count();
        Tool t = m_doc->catalogs().front().tools[1];
        t.description = QStringLiteral("Cancel");
        m_doc->changeTool(t);
        t.description = QStringLiteral("Cancel an order that has not shipped.");
        m_doc->changeTool(t);
        QCOMPARE(m_doc->undoStack()->count(), before + 1);
        QCOMPARE(catalogOnDisk(m_path).tools[1].description, t.description);
        m_doc->undoStack()->undo();
        QCOMPARE(catalogOnDisk(m_path).tools[1].description,
                 QStringLiteral("Cancel a pending order."));
    }

    void duplicateNameIsRefusedAndReported()
    {
        m_doc->addCatalog(makeCatalog());
        const qint64 catalogId = m_doc->catalogs().front().id;
        QSignalSpy errors(m_doc.get(), &ProjectDocument::storeError);
        const int before = m_doc->undoStack()->count();
        m_doc->addTool(catalogId, makeTool("get_order_details", "a twin"));
        QCOMPARE(errors.count(), 1);
        QVERIFY(!errors.first().at(0).toString().isEmpty());
        QCOMPARE(m_doc->catalogs().front().tools.size(), std::size_t(2));
        QCOMPARE(m_doc->undoStack()->count(), before); // nothing to undo for a refused edit
    }

    void undoingAnImportNeverTakesDialogues()
    {
        m_doc->setName(QStringLiteral("Before the import"));
        m_doc->addCatalog(makeCatalog());
        const qint64 catalogId = m_doc->catalogs().front().id;
        std::vector<Dialogue> batch(1);
        batch[0].uid = QStringLiteral("job1-0");
        batch[0].catalogId = catalogId;
        batch[0].messages.push_back({Message::Role::User, QStringLiteral("hello"), {}, {}, {}});
        QCOMPARE(m_doc->store().insertDialogues(batch).value_or(0), 1);

        QSignalSpy errors(m_doc.get(), &ProjectDocument::storeError);
        m_doc->undoStack()->undo();
        QCOMPARE(errors.count(), 1);
        QVERIFY(errors.first().at(0).toString().contains(QStringLiteral("retail")));
        QCOMPARE(m_doc->catalogs().size(), std::size_t(1));
        QCOMPARE(m_doc->store().dialogueCount(), qint64(1));
        // The refused step is gone; the next undo reaches the edit before it.
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->name(), QStringLiteral("Returns"));
        QCOMPARE(m_doc->catalogs().size(), std::size_t(1));
    }

    void unreadableCatalogIsNotAnEmptyProject()
    {
        m_doc->addCatalog(makeCatalog());
        m_doc.reset();
        {
            StoreSql::ScopedConnection damage("damage");
            damage.db().setDatabaseName(m_path);
            QVERIFY(damage.db().open());
            QVERIFY(QSqlQuery(damage.db()).exec(QStringLiteral("UPDATE catalogs SET json = '{'")));
        }
        StoreError error;
        QVERIFY(!ProjectDocument::open(m_path, &error));
        QCOMPARE(error.kind, StoreError::Kind::Corrupt);
    }

    void saveAsContinuesInTheCopy()
    {
        m_doc->addCatalog(makeCatalog());
        const QString copy = m_dir.filePath(QStringLiteral("copy.callwright"));
        QSignalSpy renamed(m_doc.get(), &ProjectDocument::fileNameChanged);
        QVERIFY(!m_doc->saveAs(copy));
        QCOMPARE(renamed.count(), 1);
        m_doc->setName(QStringLiteral("Only in the copy"));
        ProjectStore original;
        QVERIFY(!original.open(m_path, ProjectStore::OpenMode::ReadOnly));
        QCOMPARE(original.projectName(), QStringLiteral("Returns"));
        ProjectStore copied;
        QVERIFY(!copied.open(copy, ProjectStore::OpenMode::ReadOnly));
        QCOMPARE(copied.projectName(), QStringLiteral("Only in the copy"));
        QCOMPARE(copied.catalogs().front().tools.size(), std::size_t(2));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
    std::unique_ptr<ProjectDocument> m_doc;
};

QTEST_GUILESS_MAIN(TestProjectDocument)
#include "tst_projectdocument.moc"
