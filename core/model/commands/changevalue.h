#pragma once

#include "undocommandids.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Callwright {

class ProjectDocument;

/// An undoable change of one property, merging consecutive changes of the same property
/// (typing in a field gives one undo step). Subclasses say how to read and write the value.
template<typename Value>
class ChangeValue : public QUndoCommand
{
public:
    ChangeValue(ProjectDocument *document, Value newValue, Value oldValue, int mergeId,
                const QString &text)
        : QUndoCommand(text)
        , m_document(document)
        , m_new(std::move(newValue))
        , m_old(std::move(oldValue))
        , m_mergeId(mergeId)
    {}

    // A change the project file refused leaves the stack (QUndoStack drops obsolete commands).
    void redo() override { setObsolete(!apply(m_new)); }
    void undo() override { setObsolete(!apply(m_old)); }
    int id() const override { return m_mergeId; }

    bool mergeWith(const QUndoCommand *other) override
    {
        // QUndoStack tries to merge before it drops a refused command: never take one in.
        auto *o = static_cast<const ChangeValue *>(other);
        if (other->isObsolete() || !sameTarget(*o))
            return false;
        m_new = o->m_new;
        setObsolete(m_new == m_old); // typed back to where it started: nothing to undo
        return true;
    }

protected:
    virtual bool apply(const Value &value) = 0;
    virtual bool sameTarget(const ChangeValue &) const { return true; }

    ProjectDocument *m_document;
    Value m_new;
    Value m_old;

private:
    int m_mergeId;
};

/// Renames the project.
class ChangeProjectName final : public ChangeValue<QString>
{
    Q_DECLARE_TR_FUNCTIONS(ChangeProjectName)

public:
    ChangeProjectName(ProjectDocument *document, const QString &name);

protected:
    bool apply(const QString &value) override;
};

/// Saves or removes the project's override of an agent prompt (PromptTemplates). Each save
/// is a step of its own: they are deliberate, not keystrokes.
class ChangePromptTemplate final : public ChangeValue<QString>
{
    Q_DECLARE_TR_FUNCTIONS(ChangePromptTemplate)

public:
    /// text: the override to store, empty for the built-in prompt.
    ChangePromptTemplate(ProjectDocument *document, const QString &name, const QString &text);

protected:
    bool apply(const QString &value) override;

private:
    QString m_name;
};

} // namespace Callwright
