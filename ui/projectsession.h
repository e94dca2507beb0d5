#pragma once

#include <QObject>

#include <memory>

namespace Callwright {

class ProjectDocument;
struct StoreError;

/// Owns the project the window shows, at most one at a time. Opening or creating another one
/// replaces it only on success, so a failed open never loses the current project. Successful
/// opens land in the recent-projects list.
class ProjectSession final : public QObject
{
    Q_OBJECT

public:
    explicit ProjectSession(QObject *parent = nullptr);
    ~ProjectSession() override;

    ProjectDocument *document() const { return m_document.get(); }

    StoreError open(const QString &path);
    StoreError create(const QString &path, const QString &name);
    StoreError saveAs(const QString &path);
    void close();

    /// Whether path names the file of the open project.
    bool isCurrent(const QString &path) const;

Q_SIGNALS:
    /// Emitted before the previous document is deleted, so views can let go of it first.
    void documentChanged(ProjectDocument *document);

private:
    void replace(std::unique_ptr<ProjectDocument> document);

    std::unique_ptr<ProjectDocument> m_document;
};

} // namespace Callwright
