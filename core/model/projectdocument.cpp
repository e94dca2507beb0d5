#include "projectdocument.h"

#include "backends/prompttemplates.h"
#include "commands/addcatalog.h"
#include "commands/addtool.h"
#include "commands/changetool.h"
#include "commands/changevalue.h"
#include "commands/editdialogue.h"
#include "commands/removetool.h"
#include "commands/setreviewstatus.h"
#include "graph/toolgraphmodel.h"
#include "store/projectstore.h"

#include <QDateTime>
#include <QUndoStack>

#include <algorithm>

namespace Callwright {

ProjectDocument::ProjectDocument(std::unique_ptr<ProjectStore> store)
    : m_store(std::move(store))
    , m_undoStack(new QUndoStack(this))
    , m_name(m_store->projectName())
    , m_catalogs(m_store->catalogs())
{}

ProjectDocument::~ProjectDocument() = default;

std::unique_ptr<ProjectDocument> ProjectDocument::create(const QString &path, const QString &name,
                                                         StoreError *error)
{
    auto store = std::make_unique<ProjectStore>();
    StoreError e = store->create(path, name);
    if (error)
        *error = e;
    if (e)
        return nullptr;
    return loaded(std::move(store), error);
}

std::unique_ptr<ProjectDocument> ProjectDocument::open(const QString &path, StoreError *error)
{
    auto store = std::make_unique<ProjectStore>();
    StoreError e = store->open(path);
    if (error)
        *error = e;
    if (e)
        return nullptr;
    return loaded(std::move(store), error);
}

std::unique_ptr<ProjectDocument> ProjectDocument::openReadOnly(const QString &path,
                                                               StoreError *error)
{
    auto store = std::make_unique<ProjectStore>();
    StoreError e = store->open(path, ProjectStore::OpenMode::ReadOnly);
    if (error)
        *error = e;
    if (e)
        return nullptr;
    return loaded(std::move(store), error);
}

std::unique_ptr<ProjectDocument> ProjectDocument::loaded(std::unique_ptr<ProjectStore> store,
                                                         StoreError *error)
{
    std::unique_ptr<ProjectDocument> document(new ProjectDocument(std::move(store)));
    // An unreadable catalog or tool row must not pass for an empty project.
    if (StoreError e = document->store().lastError()) {
        if (error)
            *error = e;
        return nullptr;
    }
    return document;
}

QUndoStack *ProjectDocument::undoStack() const
{
    return m_undoStack;
}

ProjectStore &ProjectDocument::store() const
{
    return *m_store;
}

QString ProjectDocument::fileName() const
{
    return m_store->path();
}

QString ProjectDocument::name() const
{
    return m_name;
}

bool ProjectDocument::isReadOnly() const
{
    return m_store->isReadOnly();
}

const Catalog *ProjectDocument::catalog(qint64 catalogId) const
{
    for (const Catalog &c : m_catalogs) {
        if (c.id == catalogId)
            return &c;
    }
    return nullptr;
}

Catalog *ProjectDocument::mutableCatalog(qint64 catalogId)
{
    return const_cast<Catalog *>(catalog(catalogId));
}

const Catalog *ProjectDocument::catalogOfTool(qint64 toolId, int *index) const
{
    for (const Catalog &c : m_catalogs) {
        const int i = c.indexOfTool(toolId);
        if (i >= 0) {
            if (index)
                *index = i;
            return &c;
        }
    }
    return nullptr;
}

const Tool *ProjectDocument::tool(qint64 toolId) const
{
    int index = -1;
    const Catalog *c = catalogOfTool(toolId, &index);
    return c ? &c->tools[std::size_t(index)] : nullptr;
}

qint64 ProjectDocument::dialogueCount() const
{
    return m_store->dialogueCount();
}

ToolGraphModel *ProjectDocument::graphModel(qint64 catalogId)
{
    const auto it = m_graphModels.find(catalogId);
    if (it != m_graphModels.end())
        return it->second.get();
    if (!catalog(catalogId))
        return nullptr;
    ToolGraph graph = m_store->graph(catalogId).value_or(ToolGraph());
    graph.catalogId = catalogId;
    auto model = std::make_unique<ToolGraphModel>(this, catalogId, std::move(graph));
    ToolGraphModel *raw = model.get();
    m_graphModels.emplace(catalogId, std::move(model));
    return raw;
}

void ProjectDocument::notifyGraph(qint64 catalogId)
{
    const auto it = m_graphModels.find(catalogId);
    if (it != m_graphModels.end())
        it->second->notifyToolsChanged();
}

StoreError ProjectDocument::saveAs(const QString &path)
{
    StoreError e = m_store->copyTo(path);
    if (e)
        return e;
    auto copy = std::make_unique<ProjectStore>();
    e = copy->open(path);
    if (e)
        return e;
    m_store = std::move(copy);
    Q_EMIT fileNameChanged(m_store->path());
    return {};
}

void ProjectDocument::setName(const QString &name)
{
    if (name == m_name)
        return;
    m_undoStack->push(new ChangeProjectName(this, name));
}

bool ProjectDocument::setPromptTemplate(const QString &name, const QString &text)
{
    // As PromptTemplates::saveOverride stores it, so that undo puts back exactly what was there.
    QString wanted = text.trimmed();
    if (wanted == PromptTemplates::builtIn(name))
        wanted.clear();
    if (wanted == promptOverride(name))
        return true;
    m_undoStack->push(new ChangePromptTemplate(this, name, wanted));
    return promptOverride(name) == wanted;
}

QString ProjectDocument::promptOverride(const QString &name) const
{
    const PromptTemplates prompts = PromptTemplates::fromProject(m_store.get());
    return prompts.isOverridden(name) ? prompts.text(name).trimmed() : QString();
}

void ProjectDocument::addCatalog(const Catalog &catalog)
{
    m_undoStack->push(new AddCatalog(this, catalog));
}

void ProjectDocument::addTool(qint64 catalogId, const Tool &tool, int index)
{
    m_undoStack->push(new AddTool(this, catalogId, tool, index));
}

void ProjectDocument::duplicateTool(qint64 toolId)
{
    int index = -1;
    const Catalog *c = catalogOfTool(toolId, &index);
    if (!c)
        return;
    Tool copy = c->tools[std::size_t(index)];
    copy.id = 0;
    copy.name = uniqueToolName(c->id, copy.name + QStringLiteral("_copy"));
    auto *command = new AddTool(this, c->id, copy, index + 1);
    command->setText(tr("Duplicate Tool %1").arg(c->tools[std::size_t(index)].name));
    m_undoStack->push(command);
}

void ProjectDocument::removeTool(qint64 toolId)
{
    int index = -1;
    const Catalog *c = catalogOfTool(toolId, &index);
    if (!c)
        return;
    const QString name = c->tools[std::size_t(index)].name;
    ToolGraphModel *graph = graphModel(c->id);
    const int node = graph ? graph->nodeForTool(name) : -1;
    if (node < 0) {
        m_undoStack->push(new RemoveTool(this, toolId));
        return;
    }
    // One step: the node and its edges go first, so undo brings the tool back before them.
    m_undoStack->beginMacro(tr("Delete Tool %1").arg(name));
    graph->removeNodes({node});
    m_undoStack->push(new RemoveTool(this, toolId));
    m_undoStack->endMacro();
}

void ProjectDocument::changeTool(const Tool &changed)
{
    const Tool *current = tool(changed.id);
    if (current && *current != changed)
        m_undoStack->push(new ChangeTool(this, changed));
}

bool ProjectDocument::check(bool ok)
{
    if (!ok)
        Q_EMIT storeError(m_store->lastError().message);
    return ok;
}

bool ProjectDocument::applyName(const QString &name)
{
    if (!check(m_store->setProjectName(name)))
        return false;
    m_name = name;
    Q_EMIT nameChanged(name);
    return true;
}

bool ProjectDocument::applyPromptTemplate(const QString &name, const QString &text)
{
    if (!check(PromptTemplates::saveOverride(*m_store, name, text)))
        return false;
    Q_EMIT promptTemplateChanged(name);
    return true;
}

bool ProjectDocument::applyInsertCatalog(Catalog &catalog)
{
    if (!check(m_store->insertCatalog(catalog)))
        return false;
    m_catalogs.push_back(catalog);
    Q_EMIT catalogInserted(catalog.id);
    return true;
}

bool ProjectDocument::applyRemoveCatalog(qint64 catalogId)
{
    if (!catalog(catalogId) || !check(m_store->removeCatalog(catalogId)))
        return false;
    Q_EMIT catalogAboutToBeRemoved(catalogId);
    // The file dropped the graph with the catalog (cascade); so does memory.
    m_graphModels.erase(catalogId);
    m_catalogs.erase(std::remove_if(m_catalogs.begin(), m_catalogs.end(),
                                    [&](const Catalog &c) { return c.id == catalogId; }),
                     m_catalogs.end());
    Q_EMIT catalogRemoved(catalogId);
    return true;
}

bool ProjectDocument::applyInsertTool(qint64 catalogId, Tool &tool, int index)
{
    Catalog *c = mutableCatalog(catalogId);
    if (!c)
        return false;
    if (index < 0 || index > int(c->tools.size()))
        index = int(c->tools.size());
    if (!check(m_store->insertTool(catalogId, tool, index)))
        return false;
    c->tools.insert(c->tools.begin() + index, tool);
    Q_EMIT toolInserted(catalogId, index);
    notifyGraph(catalogId);
    return true;
}

bool ProjectDocument::applyRemoveTool(qint64 toolId)
{
    int index = -1;
    Catalog *c = const_cast<Catalog *>(catalogOfTool(toolId, &index));
    if (!c)
        return false;
    // The file first: views hear of a removal only once it cannot fail any more.
    if (!check(m_store->removeTool(toolId)))
        return false;
    Q_EMIT toolAboutToBeRemoved(c->id, index);
    c->tools.erase(c->tools.begin() + index);
    Q_EMIT toolRemoved(c->id, index);
    notifyGraph(c->id);
    return true;
}

bool ProjectDocument::applyChangeTool(const Tool &changed)
{
    int index = -1;
    Catalog *c = const_cast<Catalog *>(catalogOfTool(changed.id, &index));
    if (!c || !check(m_store->updateTool(changed)))
        return false;
    const QString oldName = c->tools[std::size_t(index)].name;
    c->tools[std::size_t(index)] = changed;
    // The graph names tools: its node follows a rename (and back on undo).
    if (oldName != changed.name) {
        if (ToolGraphModel *graph = graphModel(c->id))
            graph->applyToolRenamed(oldName, changed.name);
    }
    Q_EMIT toolChanged(c->id, index);
    notifyGraph(c->id);
    return true;
}

void ProjectDocument::editDialogue(const Dialogue &after, const QString &summary)
{
    std::optional<Dialogue> before = m_store->dialogue(after.id);
    if (!before) {
        Q_EMIT storeError(m_store->lastError().message);
        return;
    }
    if (*before != after)
        m_undoStack->push(new EditDialogue(this, std::move(*before), after, summary));
}

void ProjectDocument::setReviewStatus(const QList<qint64> &dialogueIds, ReviewStatus status,
                                      const QString &note)
{
    std::vector<ReviewChange> before;
    std::vector<ReviewChange> after;
    for (qint64 id : dialogueIds) {
        const std::optional<DialogueListItem> current = m_store->dialogueListItem(id);
        if (!current)
            continue;
        before.push_back({id, current->status, current->note});
        after.push_back({id, status, note});
    }
    if (after.empty())
        return;
    QString text;
    switch (status) {
    case ReviewStatus::Accepted:
        text = tr("Accept %n Dialogue(s)", nullptr, int(after.size()));
        break;
    case ReviewStatus::Rejected:
        text = tr("Reject %n Dialogue(s)", nullptr, int(after.size()));
        break;
    case ReviewStatus::NeedsFix:
        text = tr("Mark %n Dialogue(s) for Fixing", nullptr, int(after.size()));
        break;
    case ReviewStatus::Open:
        text = tr("Reopen %n Dialogue(s)", nullptr, int(after.size()));
        break;
    }
    m_undoStack->push(new SetReviewStatus(this, std::move(before), std::move(after), text));
}

bool ProjectDocument::applyDialogue(const Dialogue &before, const Dialogue &dialogue,
                                    const QString &summary)
{
    if (!check(m_store->updateDialogue(dialogue)))
        return false;
    Revision revision;
    revision.dialogueId = dialogue.id;
    revision.atMs = QDateTime::currentMSecsSinceEpoch();
    revision.author = m_curator;
    revision.summary = summary;
    revision.before = Json(before);
    revision.after = Json(dialogue);
    revision.before.erase("id");
    revision.after.erase("id");
    // The edit itself is stored; a history that could not be written is reported.
    check(m_store->addRevision(revision));
    Q_EMIT dialogueChanged(dialogue.id);
    return true;
}

bool ProjectDocument::applyReviewChanges(const std::vector<ReviewChange> &changes)
{
    if (!check(m_store->setReviewStatuses(changes)))
        return false;
    QList<qint64> ids;
    ids.reserve(qsizetype(changes.size()));
    for (const ReviewChange &c : changes)
        ids << c.dialogueId;
    Q_EMIT reviewStatusChanged(ids);
    return true;
}

void ProjectDocument::notifyDialoguesChanged()
{
    Q_EMIT dialoguesChanged();
}

void ProjectDocument::reportError(const QString &message)
{
    Q_EMIT storeError(message);
}

QString ProjectDocument::uniqueToolName(qint64 catalogId, const QString &base) const
{
    const Catalog *c = catalog(catalogId);
    if (!c || !c->findTool(base))
        return base;
    for (int n = 2;; ++n) {
        const QString candidate = base + QLatin1Char('_') + QString::number(n);
        if (!c->findTool(candidate))
            return candidate;
    }
}

} // namespace Callwright
