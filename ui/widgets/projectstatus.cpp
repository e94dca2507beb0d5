#include "projectstatus.h"

#include "model/projectdocument.h"

#include <QDir>

namespace Callwright {

ProjectStatus::ProjectStatus(QWidget *parent)
    : QLabel(parent)
{
    setContentsMargins(6, 0, 6, 0);
    refresh();
}

void ProjectStatus::setDocument(ProjectDocument *document)
{
    if (m_document)
        m_document->disconnect(this);
    m_document = document;
    if (document) {
        connect(document, &ProjectDocument::catalogInserted, this, &ProjectStatus::refresh);
        connect(document, &ProjectDocument::catalogRemoved, this, &ProjectStatus::refresh);
        connect(document, &ProjectDocument::toolInserted, this, &ProjectStatus::refresh);
        connect(document, &ProjectDocument::toolRemoved, this, &ProjectStatus::refresh);
        connect(document, &ProjectDocument::dialoguesChanged, this, &ProjectStatus::refresh);
        connect(document, &ProjectDocument::fileNameChanged, this, &ProjectStatus::refresh);
    }
    refresh();
}

void ProjectStatus::refresh()
{
    if (!m_document) {
        setText(tr("No project open"));
        setToolTip({});
        return;
    }
    int tools = 0;
    for (const Catalog &catalog : m_document->catalogs())
        tools += int(catalog.tools.size());
    const QString separator = QStringLiteral("  ·  ");
    setText(tr("%n catalog(s)", nullptr, int(m_document->catalogs().size())) + separator
            + tr("%n tool(s)", nullptr, tools) + separator
            + tr("%n dialogue(s)", nullptr, int(m_document->dialogueCount())));
    setToolTip(QDir::toNativeSeparators(m_document->fileName()));
}

} // namespace Callwright
