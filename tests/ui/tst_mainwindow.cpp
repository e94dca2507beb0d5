#include "uitestsupport.h"

#include "actions.h"
#include "dialogs/aboutdialog.h"
#include "mainwindow.h"
#include "models/toolfilterproxymodel.h"
#include "models/toolsmodel.h"
#include "panels/catalogpanel.h"
#include "panels/panel.h"
#include "panels/simulationpanel.h"
#include "projectcontroller.h"
#include "projectsession.h"
#include "widgets/recentprojectsmenu.h"
#include "widgets/tooldetailview.h"

#include "settings/recentprojects.h"

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeView>

using namespace Callwright;
using namespace Callwright::UiTestSupport;

/// The window a curator sees: opening projects, its panels, errors, recent files, Save As.
class tst_MainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void opensProjectIntoTitleAndCatalog();
    void hasEightPanels();
    void keepsProjectWhenOpeningNonProject();
    void listsOpenedProjectInRecentMenu();
    void saveAsWritesProjectThatOpens();
    void deleteAndRenameAreUndoable();
    void deleteKeyActsOnListOnly();
    void detailShowsSelectedTool();
    void searchFiltersToolList();
    void emptyPanelsSayWhatTheyHold();
    void aboutNamesVersionAndQt();

private:
    QString newProject(const QString &name);

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    int m_fileNumber = 0;
};

void tst_MainWindow::initTestCase()
{
    isolateSettings();
    QVERIFY(m_dir.isValid());
}

void tst_MainWindow::init()
{
    QSettings().clear(); // each test starts like a first run

    m_window = std::make_unique<MainWindow>();
    m_window->controller()->setInteractive(false);
    m_window->show();
}

void tst_MainWindow::cleanup()
{
    m_window.reset();
}

QString tst_MainWindow::newProject(const QString &name)
{
    const QString path = m_dir.filePath(QStringLiteral("p%1.callwright").arg(++m_fileNumber));
    if (!writeProject(path, name))
        return {};
    return path;
}

void tst_MainWindow::opensProjectIntoTitleAndCatalog()
{
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Callwright"));
    const QString path = newProject(QStringLiteral("Shop Assistant"));
    QVERIFY(!path.isEmpty());

    QVERIFY(m_window->controller()->openProjectFile(path));
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Shop Assistant — Callwright"));
    QCOMPARE(QFileInfo(m_window->windowFilePath()), QFileInfo(path));

    ToolsModel *model = m_window->catalogPanel()->toolsModel();
    QCOMPARE(model->rowCount(), 1);
    const QModelIndex catalog = model->index(0, 0);
    QCOMPARE(model->rowCount(catalog), 3);
    QCOMPARE(model->index(0, 0, catalog).data().toString(),
             QStringLiteral("find_user_id_by_email"));
    QVERIFY(m_window->catalogPanel()->isVisible());
    QVERIFY(m_window->actions()->action(ActionRegistry::Id::SaveProjectAs)->isEnabled());
}

void tst_MainWindow::hasEightPanels()
{
    const QStringList expected{QStringLiteral("catalog"),    QStringLiteral("graph"),
                               QStringLiteral("simulation"), QStringLiteral("review"),
                               QStringLiteral("scores"),     QStringLiteral("export"),
                               QStringLiteral("corpus"),     QStringLiteral("endpoints")};
    QStringList ids;
    for (const Panel *panel : m_window->panels())
        ids << panel->panelId();
    QCOMPARE(ids, expected);
    QCOMPARE(m_window->panelTabs()->count(), 8);
    QCOMPARE(m_window->panelTabs()->tabText(3), QStringLiteral("Review"));
    QVERIFY(m_window->selectPanel(QStringLiteral("Scores")));
    QCOMPARE(m_window->panelTabs()->currentIndex(), 4);
    QVERIFY(!m_window->selectPanel(QStringLiteral("nonsense")));
}

void tst_MainWindow::keepsProjectWhenOpeningNonProject()
{
    const QString path = newProject(QStringLiteral("Kept"));
    QVERIFY(m_window->controller()->openProjectFile(path));
    ProjectDocument *before = m_window->session()->document();

    const QString notes = m_dir.filePath(QStringLiteral("notes.callwright"));
    QFile file(notes);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("These are notes, not a project.\n");
    file.close();

    QSignalSpy errors(m_window->controller(), &ProjectController::errorReported);
    QVERIFY(!m_window->controller()->openProjectFile(notes));
    QCOMPARE(errors.count(), 1);
    QVERIFY(!errors.at(0).at(1).toString().isEmpty());
    QCOMPARE(m_window->session()->document(), before);
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Kept — Callwright"));
    QCOMPARE(m_window->catalogPanel()->toolsModel()->rowCount(), 1);

    // A missing file is reported the same way.
    QVERIFY(!m_window->controller()->openProjectFile(m_dir.filePath(QStringLiteral("gone"))));
    QCOMPARE(errors.count(), 2);
    QCOMPARE(m_window->session()->document(), before);
}

void tst_MainWindow::listsOpenedProjectInRecentMenu()
{
    const QString path = newProject(QStringLiteral("Recent"));
    QVERIFY(m_window->controller()->openProjectFile(path));

    RecentProjectsMenu *menu = m_window->recentProjectsMenu();
    menu->refresh();
    QAction *entry = nullptr;
    for (QAction *action : menu->actions()) {
        if (QFileInfo(action->data().toString()) == QFileInfo(path))
            entry = action;
    }
    QVERIFY(entry);
    QVERIFY(entry->text().contains(QFileInfo(path).fileName()));
    QAction *clear = m_window->actions()->action(ActionRegistry::Id::ClearRecentProjects);
    QVERIFY(clear->isEnabled());

    // Choosing the entry from another project switches back to it.
    QVERIFY(m_window->controller()->openProjectFile(newProject(QStringLiteral("Other"))));
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Other — Callwright"));
    entry->trigger();
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Recent — Callwright"));

    menu->refresh(); // as when the menu is shown again: it must still clear afterwards
    clear->trigger();
    QVERIFY(RecentProjects::files().isEmpty());
    QVERIFY(!clear->isEnabled());
}

void tst_MainWindow::saveAsWritesProjectThatOpens()
{
    const QString path = newProject(QStringLiteral("Original"));
    QVERIFY(m_window->controller()->openProjectFile(path));
    const QString copy = m_dir.filePath(QStringLiteral("copy.callwright"));

    QVERIFY(m_window->controller()->saveProjectAs(copy));
    QCOMPARE(QFileInfo(m_window->windowFilePath()), QFileInfo(copy));
    QVERIFY(RecentProjects::files().contains(QFileInfo(copy).absoluteFilePath())
            || RecentProjects::files().contains(copy));

    // Saving onto an existing file is refused and reported, and nothing changes.
    QSignalSpy errors(m_window->controller(), &ProjectController::errorReported);
    QVERIFY(!m_window->controller()->saveProjectAs(path));
    QCOMPARE(errors.count(), 1);
    QCOMPARE(QFileInfo(m_window->windowFilePath()), QFileInfo(copy));

    m_window->session()->close();
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Callwright"));
    StoreError error;
    auto reopened = ProjectDocument::open(copy, &error);
    QVERIFY2(reopened, qPrintable(error.message));
    QCOMPARE(reopened->name(), QStringLiteral("Original"));
    QCOMPARE(reopened->catalogs().size(), std::size_t(1));
    QCOMPARE(reopened->catalogs().front().tools.size(), std::size_t(3));
}

void tst_MainWindow::deleteAndRenameAreUndoable()
{
    QVERIFY(m_window->controller()->openProjectFile(newProject(QStringLiteral("Undo"))));
    CatalogPanel *panel = m_window->catalogPanel();
    ToolsModel *model = panel->toolsModel();
    const QModelIndex catalog = model->index(0, 0);
    ActionRegistry *actions = m_window->actions();
    QAction *remove = actions->action(ActionRegistry::Id::DeleteTool);
    QAction *duplicate = actions->action(ActionRegistry::Id::DuplicateTool);
    QAction *undo = actions->action(ActionRegistry::Id::Undo);
    QVERIFY(!remove->isEnabled()); // nothing selected yet

    panel->selectFirstTool();
    QVERIFY(remove->isEnabled());
    remove->trigger();
    QCOMPARE(model->rowCount(catalog), 2);
    QVERIFY(undo->isEnabled());
    QVERIFY(undo->text().contains(QStringLiteral("find_user_id_by_email")));
    undo->trigger();
    QCOMPARE(model->rowCount(catalog), 3);

    QVERIFY(panel->selectTool(m_window->session()->document()->catalogs()[0].tools[1].id));
    duplicate->trigger();
    QCOMPARE(model->rowCount(catalog), 4);
    QCOMPARE(model->index(2, 0, catalog).data().toString(),
             QStringLiteral("get_order_details_copy"));
    QCOMPARE(panel->detailView()->shownName(), QStringLiteral("get_order_details_copy"));

    m_window->session()->document()->setName(QStringLiteral("Renamed"));
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Renamed — Callwright"));
    undo->trigger();
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Undo — Callwright"));
    actions->action(ActionRegistry::Id::Redo)->trigger();
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Renamed — Callwright"));
}

void tst_MainWindow::deleteKeyActsOnListOnly()
{
    QVERIFY(m_window->controller()->openProjectFile(newProject(QStringLiteral("Keys"))));
    CatalogPanel *panel = m_window->catalogPanel();
    ToolsModel *model = panel->toolsModel();
    const QModelIndex catalog = model->index(0, 0);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    panel->selectFirstTool();

    panel->searchField()->setFocus();
    panel->searchField()->setText(QStringLiteral("f"));
    panel->searchField()->setCursorPosition(0);
    QTest::keyClick(panel->searchField(), Qt::Key_Delete);
    QCOMPARE(panel->searchField()->text(), QString());
    QCOMPARE(model->rowCount(catalog), 3);

    panel->toolView()->setFocus();
    QTest::keyClick(panel->toolView(), Qt::Key_Delete);
    QCOMPARE(model->rowCount(catalog), 2);
}

void tst_MainWindow::detailShowsSelectedTool()
{
    QVERIFY(m_window->controller()->openProjectFile(newProject(QStringLiteral("Detail"))));
    CatalogPanel *panel = m_window->catalogPanel();
    QVERIFY(panel->detailView()->shownName().isEmpty());
    const Tool tool = m_window->session()->document()->catalogs()[0].tools[2];
    QVERIFY(panel->selectTool(tool.id));
    QCOMPARE(panel->detailView()->shownName(), tool.name);
    const QString parameters = panel->detailView()->parametersText();
    QVERIFY(parameters.contains(QStringLiteral("\"payment_method_id\"")));
    QVERIFY(parameters.contains(QLatin1Char('\n'))); // indented, not one line

    // An edit of the shown tool is shown at once.
    Tool changed = tool;
    changed.parameters["properties"]["note"] = Json{{"type", "string"}};
    m_window->session()->document()->changeTool(changed);
    QVERIFY(panel->detailView()->parametersText().contains(QStringLiteral("\"note\"")));
}

void tst_MainWindow::searchFiltersToolList()
{
    QVERIFY(m_window->controller()->openProjectFile(newProject(QStringLiteral("Search"))));
    CatalogPanel *panel = m_window->catalogPanel();
    panel->searchField()->setText(QStringLiteral("order"));
    QAbstractItemModel *shown = panel->toolView()->model();
    QCOMPARE(shown->rowCount(shown->index(0, 0)), 2);
    panel->searchField()->setText(QStringLiteral("nothing like this"));
    QCOMPARE(shown->rowCount(), 0);
    panel->searchField()->clear();
    QCOMPARE(shown->rowCount(shown->index(0, 0)), 3);
}

void tst_MainWindow::emptyPanelsSayWhatTheyHold()
{
    QVERIFY(m_window->controller()->openProjectFile(newProject(QStringLiteral("Empty"))));
    auto *simulation = m_window->findChild<SimulationPanel *>();
    QVERIFY(simulation);
    QVERIFY(simulation->statusText().contains(QStringLiteral("0 dialogue")));
}

void tst_MainWindow::aboutNamesVersionAndQt()
{
    AboutDialog dialog;
    QString text;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        text += label->text() + QLatin1Char('\n');
    QVERIFY(text.contains(QStringLiteral("Callwright")));
    QVERIFY(text.contains(QStringLiteral(CALLWRIGHT_VERSION)));
    QVERIFY(text.contains(QString::fromLatin1(qVersion())));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
