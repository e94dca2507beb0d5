#pragma once

#include <QLabel>
#include <QPointer>

namespace Callwright {

class ProjectDocument;

/// The status bar's permanent summary of the open project: catalogs, tools and dialogues.
class ProjectStatus final : public QLabel
{
    Q_OBJECT

public:
    explicit ProjectStatus(QWidget *parent = nullptr);

    void setDocument(ProjectDocument *document);

private:
    void refresh();

    QPointer<ProjectDocument> m_document;
};

} // namespace Callwright
