#pragma once

#include "catalog.h"
#include "dialogue.h"

#include <QObject>

#include <map>
#include <memory>
#include <vector>

class QUndoStack;

namespace Callwright {

class ProjectStore;
class ToolGraphModel;
struct ReviewChange;
struct StoreError;

/// An open project: the store, the catalogs held in memory, and the undo stack.
/// Every change goes through an undo command that calls one of the apply* operations; those
/// write through to the project file and emit the typed signals that views follow.
class ProjectDocument final : public QObject
{
    Q_OBJECT

public:
    static std::unique_ptr<ProjectDocument> create(const QString &path, const QString &name,
                                                   StoreError *error);
    static std::unique_ptr<ProjectDocument> open(const QString &path, StoreError *error);
    /// Opens a project to look at: every edit is refused (and says so through storeError).
    static std::unique_ptr<ProjectDocument> openReadOnly(const QString &path, StoreError *error);
    ~ProjectDocument() override;

    QUndoStack *undoStack() const;
    ProjectStore &store() const;
    QString fileName() const;
    QString name() const;
    bool isReadOnly() const;

    const std::vector<Catalog> &catalogs() const { return m_catalogs; }
    const Catalog *catalog(qint64 catalogId) const;
    /// The catalog holding a tool, and the tool's index in it.
    const Catalog *catalogOfTool(qint64 toolId, int *index = nullptr) const;
    const Tool *tool(qint64 toolId) const;
    qint64 dialogueCount() const;
    /// The dependency graph of a catalog, read from the file on first use and owned by the
    /// document; nullptr when there is no such catalog. It is dropped with its catalog.
    ToolGraphModel *graphModel(qint64 catalogId);

    /// Writes a consistent copy to path and continues editing the copy.
    StoreError saveAs(const QString &path);

    // Edits a user makes: each pushes one undo command.
    void setName(const QString &name);
    void addCatalog(const Catalog &catalog);
    void addTool(qint64 catalogId, const Tool &tool, int index = -1);
    void duplicateTool(qint64 toolId);
    /// Removes the tool with its graph node and edges, in one undo step.
    void removeTool(qint64 toolId);
    void changeTool(const Tool &tool);
    /// Saves the project's own text of the agent prompt name (PromptTemplates) as one undo
    /// step; an empty text or the built-in one removes the override. False when the project
    /// file refused it (storeError says why).
    bool setPromptTemplate(const QString &name, const QString &text);
    /// The project's override of the prompt name, trimmed; empty when it uses the built-in.
    QString promptOverride(const QString &name) const;

    // Operations that undo commands perform; they return false (and emit storeError) when the
    // project file refuses the write, leaving memory and file consistent.
    bool applyName(const QString &name);
    bool applyInsertCatalog(Catalog &catalog);
    bool applyRemoveCatalog(qint64 catalogId);
    bool applyInsertTool(qint64 catalogId, Tool &tool, int index);
    bool applyRemoveTool(qint64 toolId);
    bool applyChangeTool(const Tool &tool);
    bool applyPromptTemplate(const QString &name, const QString &text);
    // Review: each edit of a dialogue is one undo step and one revision by the curator.
    void setCurator(const QString &name) { m_curator = name; }
    QString curator() const { return m_curator; }
    /// Replaces the stored dialogue (same id) by after; summary names the edit.
    void editDialogue(const Dialogue &after, const QString &summary);
    /// Sets the review state of dialogues in one undo step.
    void setReviewStatus(const QList<qint64> &dialogueIds, ReviewStatus status,
                         const QString &note);
    /// Stores \a after in place of \a before (the undo command holds both) and records the
    /// revision between them.
    bool applyDialogue(const Dialogue &before, const Dialogue &after, const QString &summary);
    bool applyReviewChanges(const std::vector<ReviewChange> &changes);

    /// Tells views that dialogues were written by someone else (a job, an import).
    void notifyDialoguesChanged();
    /// Reports a refused edit to the user (through storeError).
    void reportError(const QString &message);

    /// A tool name not yet used in the catalog, derived from base ("name", "name_2", ...).
    QString uniqueToolName(qint64 catalogId, const QString &base) const;

Q_SIGNALS:
    void nameChanged(const QString &name);
    /// The project's override of an agent prompt was saved, changed back or removed.
    void promptTemplateChanged(const QString &name);
    void fileNameChanged(const QString &path);
    void catalogInserted(qint64 catalogId);
    void catalogAboutToBeRemoved(qint64 catalogId);
    void catalogRemoved(qint64 catalogId);
    void toolInserted(qint64 catalogId, int index);
    void toolAboutToBeRemoved(qint64 catalogId, int index);
    void toolRemoved(qint64 catalogId, int index);
    void toolChanged(qint64 catalogId, int index);
    void dialoguesChanged();
    /// A dialogue's content changed (an edit, its undo, a replay).
    void dialogueChanged(qint64 dialogueId);
    void reviewStatusChanged(const QList<qint64> &dialogueIds);
    void storeError(const QString &message);

private:
    explicit ProjectDocument(std::unique_ptr<ProjectStore> store);
    static std::unique_ptr<ProjectDocument> loaded(std::unique_ptr<ProjectStore> store,
                                                   StoreError *error);
    Catalog *mutableCatalog(qint64 catalogId);
    bool check(bool ok);
    void notifyGraph(qint64 catalogId);

    std::unique_ptr<ProjectStore> m_store;
    QUndoStack *m_undoStack;
    QString m_name;
    // Read after m_name: loaded() checks the store's last error, which each read resets.
    std::vector<Catalog> m_catalogs;
    std::map<qint64, std::unique_ptr<ToolGraphModel>> m_graphModels;
    QString m_curator;
};

} // namespace Callwright
