#include "uitestsupport.h"

#include "actions.h"
#include "mainwindow.h"
#include "models/toolmimedata.h"
#include "models/toolsmodel.h"
#include "panels/catalogpanel.h"
#include "projectcontroller.h"
#include "projectsession.h"
#include "widgets/jsoneditor.h"
#include "widgets/schemaeditor.h"
#include "widgets/tooldetailview.h"
#include "widgets/tooleditor.h"

#include <QAction>
#include <QFileInfo>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

using namespace Callwright;
using namespace Callwright::UiTestSupport;

namespace {

const char kNewParameters[] = R"({
  "type": "object",
  "properties": {
    "order_id": {"type": "string", "pattern": "^#W[0-9]+$"},
    "expedite": {"type": "boolean"}
  },
  "required": ["order_id"]
})";

// QCOMPARE cannot print nlohmann values (and trips over their conversions).
#define QCOMPARE_JSON(actual, expected) \
    do { \
        const Json a_ = (actual); \
        const Json e_ = (expected); \
        QVERIFY2(a_ == e_, qPrintable(toQString(a_) + QStringLiteral(" != ") + toQString(e_))); \
    } while (false)

// Past the commit delay, with room for a loaded machine.
constexpr int kSettleMs = ToolEditor::kCommitDelayMs + 300;

} // namespace

/// Editing tools in the Catalog panel: the editor writes valid edits to the document (and the
/// file) as one undo step and never writes invalid ones; tools are added, duplicated, deleted
/// and dragged out.
class tst_CatalogPanel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void editsReachDocumentAndFileAsOneUndoStep();
    void invalidJsonIsNotApplied();
    void schemaErrorsAreNotApplied();
    void ctrlZInFieldUndoesTheTyping();
    void undoWhileTextIsInvalidKeepsItWithNotice();
    void nameIsValidatedInline();
    void addDuplicateDeleteAreUndoable();
    void deletingSeveralToolsIsOneStep();
    void dragCarriesSelectedToolIds();

private:
    ProjectDocument *document() const { return m_window->session()->document(); }
    const Tool &tool(int index) const { return document()->catalogs()[0].tools[index]; }
    QAction *action(ActionRegistry::Id id) const { return m_window->actions()->action(id); }
    ToolEditor *editor() const { return m_panel->detailView()->editor(); }
    std::optional<Tool> toolInFile(qint64 id) const;

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
    CatalogPanel *m_panel = nullptr;
    int m_fileNumber = 0;
};

void tst_CatalogPanel::initTestCase()
{
    isolateSettings();
    QVERIFY(m_dir.isValid());
}

void tst_CatalogPanel::init()
{
    QSettings().clear();
    m_path = m_dir.filePath(QStringLiteral("p%1.callwright").arg(++m_fileNumber));
    QVERIFY(writeProject(m_path, QStringLiteral("Shop")));
    m_window = std::make_unique<MainWindow>();
    m_window->controller()->setInteractive(false);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(m_window->controller()->openProjectFile(m_path));
    m_panel = m_window->catalogPanel();
}

void tst_CatalogPanel::cleanup()
{
    m_window.reset();
}

std::optional<Tool> tst_CatalogPanel::toolInFile(qint64 id) const
{
    ProjectStore store;
    if (store.open(m_path, ProjectStore::OpenMode::ReadOnly))
        return std::nullopt;
    for (const Catalog &catalog : store.catalogs()) {
        for (const Tool &t : catalog.tools) {
            if (t.id == id)
                return t;
        }
    }
    return std::nullopt;
}

void tst_CatalogPanel::editsReachDocumentAndFileAsOneUndoStep()
{
    const Tool original = tool(1);
    QVERIFY(m_panel->selectTool(original.id));
    QUndoStack *undo = document()->undoStack();
    const int steps = undo->count();

    QPlainTextEdit *description = editor()->descriptionField();
    description->setFocus();
    description->moveCursor(QTextCursor::End);
    QTest::keyClicks(description, QStringLiteral(" Needs the order id."));
    editor()->parametersEditor()->editor()->setPlainText(QString::fromUtf8(kNewParameters));
    QVERIFY(editor()->commitTimer()->isActive());
    QCOMPARE(tool(1).description, original.description); // not before the pause

    const QString expectedDescription
            = original.description + QStringLiteral(" Needs the order id.");
    QTRY_COMPARE(tool(1).description, expectedDescription);
    const Json expectedParameters = Json::parse(kNewParameters);
    QCOMPARE_JSON(tool(1).parameters, expectedParameters);
    QCOMPARE(undo->count(), steps + 1);

    const auto stored = toolInFile(original.id);
    QVERIFY(stored);
    QCOMPARE(stored->description, expectedDescription);
    QCOMPARE_JSON(stored->parameters, expectedParameters);
    // The list follows: the parameter count column.
    const QModelIndex row
            = m_panel->toolsModel()->indexOfTool(original.id, ToolsModel::ParametersColumn);
    QCOMPARE(row.data().toInt(), 2);

    // More typing merges into the same step.
    QTest::keyClicks(editor()->tagsField(), QStringLiteral("orders, read-only"));
    QTRY_COMPARE(tool(1).tags,
                 QStringList({QStringLiteral("orders"), QStringLiteral("read-only")}));
    QCOMPARE(undo->count(), steps + 1);

    action(ActionRegistry::Id::Undo)->trigger();
    QCOMPARE(tool(1), original);
    QCOMPARE_JSON(toolInFile(original.id)->parameters, original.parameters);
    QCOMPARE(editor()->descriptionField()->toPlainText(), original.description);
    QCOMPARE_JSON(JsonEditor::parse(editor()->parametersEditor()->text()).value,
                  original.parameters);
    QCOMPARE(editor()->tagsField()->text(), QString());
}

void tst_CatalogPanel::invalidJsonIsNotApplied()
{
    const Tool original = tool(0);
    QVERIFY(m_panel->selectTool(original.id));
    const int steps = document()->undoStack()->count();
    SchemaEditor *parameters = editor()->parametersEditor();
    parameters->editor()->setFocus();
    parameters->editor()->setPlainText(
            QStringLiteral("{\n  \"type\": \"object\",\n  \"properties\": {\"email\": {]}\n}"));
    QTest::qWait(kSettleMs);
    QVERIFY2(parameters->statusText().contains(QLatin1String("Line 3, column 28")),
             qPrintable(parameters->statusText()));
    QCOMPARE(parameters->editor()->errorLine(), 3);

    // Leaving the field does not write it either.
    editor()->descriptionField()->setFocus();
    editor()->commit();
    QCOMPARE(tool(0), original);
    QCOMPARE_JSON(toolInFile(original.id)->parameters, original.parameters);
    QCOMPARE(document()->undoStack()->count(), steps);

    // Fixed, it is written.
    parameters->editor()->setPlainText(
            QStringLiteral("{\n  \"type\": \"object\",\n  \"properties\": {\"email\": {}}\n}"));
    QTRY_VERIFY(tool(0).parameters["properties"]["email"] == Json::object());
    QCOMPARE(parameters->editor()->errorLine(), 0);
}

void tst_CatalogPanel::schemaErrorsAreNotApplied()
{
    const Tool original = tool(0);
    QVERIFY(m_panel->selectTool(original.id));
    SchemaEditor *parameters = editor()->parametersEditor();
    parameters->editor()->setPlainText(
            QStringLiteral(R"({"type": "object", "properties": {"email": {"type": "strin"}}})"));
    QTest::qWait(kSettleMs);
    QCOMPARE(tool(0), original);
    QVERIFY(!parameters->issueTexts().isEmpty());
    QVERIFY(parameters->issueTexts().constFirst().contains(QLatin1String("/properties/email")));
}

void tst_CatalogPanel::ctrlZInFieldUndoesTheTyping()
{
    const Tool original = tool(2);
    QVERIFY(m_panel->selectTool(original.id));
    const int steps = document()->undoStack()->count();
    QPlainTextEdit *description = editor()->descriptionField();
    description->setFocus();
    description->moveCursor(QTextCursor::End);
    QTest::keyClicks(description, QStringLiteral(" Typed."));
    // Before the pause: Ctrl+Z writes the typing, then takes it back as one step.
    QTest::keySequence(description, QKeySequence::Undo);
    QCOMPARE(tool(2).description, original.description);
    QCOMPARE(description->toPlainText(), original.description);
    QCOMPARE(document()->undoStack()->count(), steps + 1);
    QCOMPARE(document()->undoStack()->index(), steps);

    QTest::keySequence(description, QKeySequence::Redo);
    QCOMPARE(tool(2).description, original.description + QStringLiteral(" Typed."));
}

void tst_CatalogPanel::undoWhileTextIsInvalidKeepsItWithNotice()
{
    const Tool original = tool(1);
    QVERIFY(m_panel->selectTool(original.id));
    QTest::keyClicks(editor()->descriptionField(), QStringLiteral("Look up an order. "));
    QTRY_VERIFY(tool(1).description != original.description);
    QVERIFY(editor()->noticeText().isEmpty());

    const QString broken = QStringLiteral("{\"type\": \"object\", ");
    editor()->parametersEditor()->editor()->setPlainText(broken);
    editor()->parametersEditor()->validateNow();
    action(ActionRegistry::Id::Undo)->trigger();
    QCOMPARE(tool(1).description, original.description);
    QCOMPARE(editor()->descriptionField()->toPlainText(), original.description);
    // The parameters did not change in the document, so the broken text stays, unflagged.
    QCOMPARE(editor()->parametersEditor()->text(), broken);
    QVERIFY(editor()->noticeText().isEmpty());

    // A change to the parameters themselves under the broken text is flagged.
    Tool changed = tool(1);
    changed.parameters["properties"]["note"] = Json{{"type", "string"}};
    document()->changeTool(changed);
    QCOMPARE(editor()->parametersEditor()->text(), broken);
    QVERIFY(!editor()->noticeText().isEmpty());
}

void tst_CatalogPanel::nameIsValidatedInline()
{
    const Tool original = tool(0);
    QVERIFY(m_panel->selectTool(original.id));
    QLineEdit *name = editor()->nameField();
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("find user"));
    QVERIFY(editor()->nameProblem().contains(QLatin1String("letters")));
    name->selectAll();
    QTest::keyClicks(name, tool(1).name);
    QVERIFY(editor()->nameProblem().contains(QLatin1String("already")));
    QTest::qWait(kSettleMs);
    QCOMPARE(tool(0).name, original.name);

    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("find_customer"));
    QVERIFY(editor()->nameProblem().isEmpty());
    QTRY_COMPARE(tool(0).name, QStringLiteral("find_customer"));
    const QModelIndex row = m_panel->toolsModel()->indexOfTool(original.id);
    QCOMPARE(row.data().toString(), QStringLiteral("find_customer"));
}

void tst_CatalogPanel::addDuplicateDeleteAreUndoable()
{
    QUndoStack *undo = document()->undoStack();
    const std::size_t count = document()->catalogs()[0].tools.size();
    QVERIFY(m_panel->selectTool(tool(0).id));

    action(ActionRegistry::Id::AddTool)->trigger();
    QCOMPARE(document()->catalogs()[0].tools.size(), count + 1);
    const Tool added = tool(1); // right after the selected tool
    QCOMPARE(added.name, QStringLiteral("new_tool"));
    QCOMPARE_JSON(added.parameters, Json::parse(R"({"type": "object", "properties": {}})"));
    QCOMPARE(m_panel->currentToolId(), added.id);
    QCOMPARE(m_panel->detailView()->shownName(), QStringLiteral("new_tool"));
    QVERIFY(editor()->nameField()->hasFocus());
    QCOMPARE(editor()->nameField()->selectedText(), QStringLiteral("new_tool"));

    action(ActionRegistry::Id::AddTool)->trigger();
    QCOMPARE(tool(2).name, QStringLiteral("new_tool_2"));

    action(ActionRegistry::Id::DuplicateTool)->trigger();
    QCOMPARE(tool(3).name, QStringLiteral("new_tool_2_copy"));
    QCOMPARE(m_panel->currentToolId(), tool(3).id);

    action(ActionRegistry::Id::DeleteTool)->trigger();
    QCOMPARE(document()->catalogs()[0].tools.size(), count + 2);

    for (int i = 0; i < 4; ++i)
        action(ActionRegistry::Id::Undo)->trigger();
    QCOMPARE(document()->catalogs()[0].tools.size(), count);
    QVERIFY(!document()->catalogs()[0].findTool(QStringLiteral("new_tool")));
    QCOMPARE(undo->index(), 0);

    // The same actions are in the tree's context menu.
    const QList<QAction *> menu = m_panel->toolView()->actions();
    QVERIFY(menu.contains(action(ActionRegistry::Id::AddTool)));
    QVERIFY(menu.contains(action(ActionRegistry::Id::DuplicateTool)));
    QVERIFY(menu.contains(action(ActionRegistry::Id::DeleteTool)));
}

void tst_CatalogPanel::deletingSeveralToolsIsOneStep()
{
    QTreeView *view = m_panel->toolView();
    const QModelIndex catalog = view->model()->index(0, 0);
    view->selectionModel()->select(view->model()->index(0, 0, catalog),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    view->selectionModel()->select(view->model()->index(2, 0, catalog),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const QString kept = tool(1).name;
    action(ActionRegistry::Id::DeleteTool)->trigger();
    QCOMPARE(document()->catalogs()[0].tools.size(), std::size_t(1));
    QCOMPARE(tool(0).name, kept);
    action(ActionRegistry::Id::Undo)->trigger();
    QCOMPARE(document()->catalogs()[0].tools.size(), std::size_t(3));
}

void tst_CatalogPanel::dragCarriesSelectedToolIds()
{
    QTreeView *view = m_panel->toolView();
    QCOMPARE(view->dragDropMode(), QAbstractItemView::DragOnly);
    QAbstractItemModel *model = view->model();
    const QModelIndex catalog = model->index(0, 0);
    // Selected bottom-up, with the catalog row too: the drag holds the tools in list order.
    for (int row : {2, 0}) {
        view->selectionModel()->select(model->index(row, 0, catalog),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    view->selectionModel()->select(catalog,
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QVERIFY(!(model->flags(catalog) & Qt::ItemIsDragEnabled));
    QVERIFY(model->flags(model->index(0, 0, catalog)) & Qt::ItemIsDragEnabled);

    std::unique_ptr<QMimeData> mime(model->mimeData(view->selectionModel()->selectedIndexes()));
    QVERIFY(mime);
    QVERIFY(mime->hasFormat(QString::fromLatin1(ToolMimeData::kMimeType)));
    const auto drag = ToolMimeData::fromMimeData(mime.get());
    QVERIFY(drag);
    QCOMPARE(drag->toolIds(), (std::vector<qint64>{tool(0).id, tool(2).id}));
    const qint64 catalogId = document()->catalogs()[0].id;
    QCOMPARE(drag->tools[0].catalogId, catalogId);
    QCOMPARE(QFileInfo(drag->projectPath), QFileInfo(m_path));
    QCOMPARE(mime->text(), tool(0).name + QLatin1Char('\n') + tool(2).name);

    // The payload round-trips, and other bytes are refused.
    QCOMPARE(ToolMimeData::decode(drag->encode())->toolIds(), drag->toolIds());
    QVERIFY(!ToolMimeData::decode("{\"tools\": 3}"));
    QVERIFY(!ToolMimeData::decode("not json"));
}

QTEST_MAIN(tst_CatalogPanel)
#include "tst_catalogpanel.moc"
