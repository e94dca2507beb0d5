#include "changevalue.h"

#include "model/projectdocument.h"

namespace Callwright {

ChangeProjectName::ChangeProjectName(ProjectDocument *document, const QString &name)
    : ChangeValue<QString>(document, name, document->name(), Cmd_ChangeProjectName,
                           tr("Rename Project"))
{}

bool ChangeProjectName::apply(const QString &value)
{
    return m_document->applyName(value);
}

ChangePromptTemplate::ChangePromptTemplate(ProjectDocument *document, const QString &name,
                                           const QString &text)
    : ChangeValue<QString>(document, text, document->promptOverride(name), -1,
                           text.isEmpty() ? tr("Reset Prompt %1").arg(name)
                                          : tr("Edit Prompt %1").arg(name))
    , m_name(name)
{}

bool ChangePromptTemplate::apply(const QString &value)
{
    return m_document->applyPromptTemplate(m_name, value);
}

} // namespace Callwright
