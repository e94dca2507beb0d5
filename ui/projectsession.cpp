#include "projectsession.h"

#include "model/projectdocument.h"
#include "settings/recentprojects.h"
#include "store/projectstore.h"

#include <QFileInfo>

namespace Callwright {

ProjectSession::ProjectSession(QObject *parent)
    : QObject(parent)
{}

ProjectSession::~ProjectSession()
{
    // Views may still hold the document; tell them before it goes.
    if (m_document)
        replace(nullptr);
}

StoreError ProjectSession::open(const QString &path)
{
    StoreError error;
    auto document = ProjectDocument::open(path, &error);
    if (!document)
        return error;
    RecentProjects::add(document->fileName());
    replace(std::move(document));
    return {};
}

StoreError ProjectSession::create(const QString &path, const QString &name)
{
    StoreError error;
    auto document = ProjectDocument::create(path, name, &error);
    if (!document)
        return error;
    RecentProjects::add(document->fileName());
    replace(std::move(document));
    return {};
}

StoreError ProjectSession::saveAs(const QString &path)
{
    if (!m_document)
        return {StoreError::Kind::Invalid, tr("No project is open.")};
    StoreError error = m_document->saveAs(path);
    if (!error)
        RecentProjects::add(m_document->fileName());
    return error;
}

void ProjectSession::close()
{
    if (m_document)
        replace(nullptr);
}

bool ProjectSession::isCurrent(const QString &path) const
{
    if (!m_document)
        return false;
    const QFileInfo current(m_document->fileName());
    const QFileInfo other(path);
    return current.exists() && other.exists()
        && current.canonicalFilePath() == other.canonicalFilePath();
}

void ProjectSession::replace(std::unique_ptr<ProjectDocument> document)
{
    std::unique_ptr<ProjectDocument> previous = std::move(m_document);
    m_document = std::move(document);
    Q_EMIT documentChanged(m_document.get());
}

} // namespace Callwright
