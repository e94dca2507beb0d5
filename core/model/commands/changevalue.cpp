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

} // namespace Callwright
