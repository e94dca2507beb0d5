#include "uitestsupport.h"

#include "models/toolfilterproxymodel.h"
#include "models/toolsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace Callwright;
using namespace Callwright::UiTestSupport;

/// The Catalog panel's model follows the document edit by edit, and its filter finds tools.
class tst_ToolsModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void showsCatalogsAndTools();
    void followsAddRemoveUndoRedo();
    void followsChange();
    void followsCatalogInsertAndUndo();
    void filterMatchesNameAndDescription_data();
    void filterMatchesNameAndDescription();

private:
    QModelIndex catalogIndex() const { return m_model->index(0, 0); }
    QString toolName(int row) const
    {
        return m_model->index(row, ToolsModel::NameColumn, catalogIndex()).data().toString();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<ProjectDocument> m_document;
    std::unique_ptr<ToolsModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    int m_fileNumber = 0;
};

void tst_ToolsModel::initTestCase()
{
    isolateSettings();
    QVERIFY(m_dir.isValid());
}

void tst_ToolsModel::init()
{
    StoreError error;
    const QString path = m_dir.filePath(QStringLiteral("p%1.callwright").arg(++m_fileNumber));
    m_document = ProjectDocument::create(path, QStringLiteral("Tools"), &error);
    QVERIFY2(m_document, qPrintable(error.message));
    m_document->addCatalog(retailCatalog());
    m_document->undoStack()->clear();
    m_model = std::make_unique<ToolsModel>();
    m_model->setDocument(m_document.get());
    // Checks every signal the model emits against its answers, after each change.
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void tst_ToolsModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_document.reset();
}

void tst_ToolsModel::showsCatalogsAndTools()
{
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->rowCount(catalogIndex()), 3);
    QCOMPARE(m_model->columnCount(), int(ToolsModel::ColumnCount));
    QVERIFY(catalogIndex().data().toString().startsWith(QStringLiteral("retail")));
    QCOMPARE(toolName(1), QStringLiteral("get_order_details"));
    const QModelIndex description =
        m_model->index(1, ToolsModel::DescriptionColumn, catalogIndex());
    QCOMPARE(description.data().toString(),
             QStringLiteral("Get the status and items of an order."));
    QCOMPARE(m_model->index(2, ToolsModel::ParametersColumn, catalogIndex()).data().toInt(), 3);
    QCOMPARE(m_model->headerData(ToolsModel::ParametersColumn, Qt::Horizontal).toString(),
             QStringLiteral("Parameters"));
}

void tst_ToolsModel::followsAddRemoveUndoRedo()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    const qint64 catalogId = m_document->catalogs().front().id;

    m_document->addTool(catalogId, makeTool("cancel_pending_order", "Cancel an order.",
                                            {"order_id", "reason"}), 1);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(0).value<QModelIndex>(), catalogIndex());
    QCOMPARE(inserted.at(0).at(1).toInt(), 1);
    QCOMPARE(m_model->rowCount(catalogIndex()), 4);
    QCOMPARE(toolName(1), QStringLiteral("cancel_pending_order"));
    QCOMPARE(toolName(2), QStringLiteral("get_order_details"));

    const qint64 toolId = m_document->catalogs().front().tools.at(0).id;
    QPersistentModelIndex kept = m_model->indexOfTool(
        m_document->catalogs().front().tools.at(3).id);
    m_document->removeTool(toolId);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 0);
    QCOMPARE(m_model->rowCount(catalogIndex()), 3);
    QCOMPARE(toolName(0), QStringLiteral("cancel_pending_order"));
    QCOMPARE(kept.row(), 2); // a view's selection follows the shifted row

    m_document->undoStack()->undo(); // brings back the removed tool
    QCOMPARE(m_model->rowCount(catalogIndex()), 4);
    QCOMPARE(toolName(0), QStringLiteral("find_user_id_by_email"));
    m_document->undoStack()->undo(); // takes the added tool away
    QCOMPARE(m_model->rowCount(catalogIndex()), 3);
    QCOMPARE(toolName(1), QStringLiteral("get_order_details"));
    m_document->undoStack()->redo();
    QCOMPARE(m_model->rowCount(catalogIndex()), 4);
    QCOMPARE(toolName(1), QStringLiteral("cancel_pending_order"));

    m_document->duplicateTool(m_document->catalogs().front().tools.at(1).id);
    QCOMPARE(m_model->rowCount(catalogIndex()), 5);
    QCOMPARE(toolName(2), QStringLiteral("cancel_pending_order_copy"));
    QCOMPARE(reset.count(), 0);
    QVERIFY(catalogIndex().data().toString().contains(QLatin1Char('5')));
}

void tst_ToolsModel::followsChange()
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    Tool tool = m_document->catalogs().front().tools.at(2);
    tool.description = QStringLiteral("Return items and refund them.");
    m_document->changeTool(tool);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 2);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().parent(), catalogIndex());
    const QModelIndex description =
        m_model->index(2, ToolsModel::DescriptionColumn, catalogIndex());
    QCOMPARE(description.data().toString(), tool.description);

    m_document->undoStack()->undo();
    QCOMPARE(changed.count(), 2);
    QCOMPARE(description.data().toString(),
             QStringLiteral("Return some items of a delivered order."));
}

void tst_ToolsModel::followsCatalogInsertAndUndo()
{
    Catalog airline;
    airline.name = QStringLiteral("airline");
    airline.tools.push_back(makeTool("book_reservation", "Book a flight.", {"user_id"}));
    m_document->addCatalog(airline);
    QCOMPARE(m_model->rowCount(), 2);
    const QModelIndex second = m_model->index(1, 0);
    QCOMPARE(m_model->rowCount(second), 1);
    QCOMPARE(m_model->index(0, 0, second).data().toString(), QStringLiteral("book_reservation"));
    QCOMPARE(m_model->index(0, 0, second).data(ToolsModel::CatalogIdRole).toLongLong(),
             m_document->catalogs().back().id);

    m_document->undoStack()->undo();
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->rowCount(catalogIndex()), 3);
}

void tst_ToolsModel::filterMatchesNameAndDescription_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("empty") << QString()
                           << QStringList{QStringLiteral("find_user_id_by_email"),
                                          QStringLiteral("get_order_details"),
                                          QStringLiteral("return_delivered_order_items")};
    QTest::newRow("name") << QStringLiteral("user_id")
                          << QStringList{QStringLiteral("find_user_id_by_email")};
    QTest::newRow("description") << QStringLiteral("status")
                                 << QStringList{QStringLiteral("get_order_details")};
    QTest::newRow("ignores case") << QStringLiteral("DELIVERED")
                                  << QStringList{QStringLiteral("return_delivered_order_items")};
    QTest::newRow("every word, either field")
        << QStringLiteral("order items")
        << QStringList{QStringLiteral("get_order_details"),
                       QStringLiteral("return_delivered_order_items")};
    QTest::newRow("no match") << QStringLiteral("flight") << QStringList{};
}

void tst_ToolsModel::filterMatchesNameAndDescription()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);

    ToolFilterProxyModel proxy;
    proxy.setSourceModel(m_model.get());
    proxy.setQuery(query);

    QStringList shown;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const QModelIndex catalog = proxy.index(row, 0);
        for (int child = 0; child < proxy.rowCount(catalog); ++child)
            shown << proxy.index(child, 0, catalog).data().toString();
    }
    QCOMPARE(shown, expected);
    // A catalog without a matching tool is hidden with its tools.
    QCOMPARE(proxy.rowCount(), expected.isEmpty() ? 0 : 1);

    // The filter holds while the document changes underneath.
    m_document->addTool(m_document->catalogs().front().id,
                        makeTool("list_flights", "List flights between two cities.", {}));
    const QModelIndex catalog = proxy.index(0, 0);
    const int flights = query == QStringLiteral("flight") || query.isEmpty() ? 1 : 0;
    QCOMPARE(proxy.rowCount(catalog), int(expected.size()) + flights);
}

QTEST_MAIN(tst_ToolsModel)
#include "tst_toolsmodel.moc"
