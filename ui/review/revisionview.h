#pragma once

#include "model/revision.h"

#include <QWidget>

#include <vector>

class QListWidget;
class QTextBrowser;

namespace Callwright {

/// A dialogue's history: every revision (when, who, what), and the diff of the one selected,
/// or between two selected revisions.
class RevisionView final : public QWidget
{
    Q_OBJECT

public:
    explicit RevisionView(QWidget *parent = nullptr);
    ~RevisionView() override;

    void setRevisions(std::vector<Revision> revisions);
    int revisionCount() const { return int(m_revisions.size()); }
    /// Selects revision rows (newest first); one shows its own change, two the change between.
    void selectRevisions(const QList<int> &rows);
    /// The diff shown, as plain text.
    QString diffText() const;

private:
    void showDiff();

    std::vector<Revision> m_revisions; ///< newest first
    QListWidget *m_list;
    QTextBrowser *m_diff;
};

} // namespace Callwright
