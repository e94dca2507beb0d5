#include "projectcontroller.h"

#include "actions.h"
#include "dialogs/aboutdialog.h"
#include "dialogs/prompttemplatesdialog.h"
#include "projectsession.h"

#include "catalog/demoproject.h"
#include "model/projectdocument.h"
#include "settings/setting.h"
#include "store/projectstore.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QStandardPaths>

namespace Callwright {

namespace {

Setting<QString> lastDirectory{"project/lastDirectory", {}};

QString projectSuffix()
{
    return QString::fromLatin1(ProjectStore::kSuffix);
}

QString withSuffix(const QString &path)
{
    const QString suffix = QLatin1Char('.') + projectSuffix();
    return path.endsWith(suffix, Qt::CaseInsensitive) ? path : path + suffix;
}

} // namespace

ProjectController::ProjectController(ProjectSession *session, ActionRegistry *actions,
                                     QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
{
    using Id = ActionRegistry::Id;
    connect(actions->action(Id::NewProject), &QAction::triggered, this,
            &ProjectController::newProject);
    connect(actions->action(Id::OpenProject), &QAction::triggered, this,
            &ProjectController::openProject);
    connect(actions->action(Id::SaveProjectAs), &QAction::triggered, this,
            &ProjectController::saveProjectAsDialog);
    connect(actions->action(Id::CloseProject), &QAction::triggered, session,
            &ProjectSession::close);
    connect(actions->action(Id::RenameProject), &QAction::triggered, this,
            &ProjectController::renameProject);
    connect(actions->action(Id::EditAgentPrompts), &QAction::triggered, this,
            &ProjectController::editAgentPrompts);
    connect(actions->action(Id::OpenDemoProject), &QAction::triggered, this,
            &ProjectController::openDemoProject);
    connect(actions->action(Id::About), &QAction::triggered, this,
            &ProjectController::showAbout);
}

ProjectController::~ProjectController() = default;

QString ProjectController::demoProjectPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("demo.") + projectSuffix());
}

bool ProjectController::openProjectFile(const QString &path)
{
    if (m_session->isCurrent(path))
        return true;
    const StoreError error = m_session->open(path);
    if (error) {
        reportStoreError(tr("Could Not Open Project"), error);
        return false;
    }
    lastDirectory.setValue(QFileInfo(path).absolutePath());
    return true;
}

bool ProjectController::openDemoProject()
{
    const QString path = demoProjectPath();
    if (!QFileInfo::exists(path)) {
        if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
            report(tr("Could Not Create Demo Project"),
                   tr("The folder %1 cannot be created.")
                       .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
            return false;
        }
        const StoreError error = createDemoProject(path);
        if (error) {
            reportStoreError(tr("Could Not Create Demo Project"), error);
            return false;
        }
    }
    if (m_session->isCurrent(path))
        return true;
    const StoreError error = m_session->open(path);
    if (error) {
        reportStoreError(tr("Could Not Open Demo Project"), error);
        return false;
    }
    return true;
}

bool ProjectController::createProjectFile(const QString &path)
{
    const StoreError error = m_session->create(path, QFileInfo(path).completeBaseName());
    if (error) {
        reportStoreError(tr("Could Not Create Project"), error);
        return false;
    }
    lastDirectory.setValue(QFileInfo(path).absolutePath());
    return true;
}

bool ProjectController::saveProjectAs(const QString &path)
{
    const StoreError error = m_session->saveAs(path);
    if (error) {
        reportStoreError(tr("Could Not Save Project"), error);
        return false;
    }
    lastDirectory.setValue(QFileInfo(path).absolutePath());
    return true;
}

void ProjectController::newProject()
{
    const QString path = askForPath(tr("New Project"), true);
    if (!path.isEmpty())
        createProjectFile(path);
}

void ProjectController::openProject()
{
    const QString path = askForPath(tr("Open Project"), false);
    if (!path.isEmpty())
        openProjectFile(path);
}

void ProjectController::saveProjectAsDialog()
{
    if (!m_session->document())
        return;
    const QString path = askForPath(tr("Save Project As"), true);
    if (!path.isEmpty())
        saveProjectAs(path);
}

void ProjectController::renameProject()
{
    ProjectDocument *document = m_session->document();
    if (!document || !m_interactive)
        return;
    bool ok = false;
    const QString name =
        QInputDialog::getText(m_window, tr("Rename Project"), tr("Project name:"),
                              QLineEdit::Normal, document->name(), &ok)
            .trimmed();
    // The document may have been replaced while the dialog ran its event loop.
    if (ok && !name.isEmpty() && m_session->document() == document)
        document->setName(name);
}

void ProjectController::editAgentPrompts()
{
    ProjectDocument *document = m_session->document();
    if (!document || !m_interactive)
        return;
    PromptTemplatesDialog dialog(document, m_window);
    dialog.exec();
}

void ProjectController::showAbout()
{
    AboutDialog dialog(m_window);
    if (m_interactive)
        dialog.exec();
}

void ProjectController::report(const QString &title, const QString &message)
{
    Q_EMIT errorReported(title, message);
    if (m_interactive)
        QMessageBox::warning(m_window, title, message);
}

void ProjectController::reportStoreError(const QString &title, const StoreError &error)
{
    report(title, error.message.isEmpty() ? tr("Unknown error.") : error.message);
}

QString ProjectController::askForPath(const QString &caption, bool save)
{
    if (!m_interactive)
        return {};
    QString dir = lastDirectory;
    if (dir.isEmpty() || !QFileInfo(dir).isDir())
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString filter = tr("Callwright projects (*.%1)").arg(projectSuffix())
        + QStringLiteral(";;") + tr("All files (*)");
    if (!save)
        return QFileDialog::getOpenFileName(m_window, caption, dir, filter);
    // The store refuses to overwrite a file and says so; asking "replace?" first would
    // promise something it then refuses.
    const QString path = QFileDialog::getSaveFileName(m_window, caption, dir, filter, nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    return path.isEmpty() ? path : withSuffix(path);
}

} // namespace Callwright
