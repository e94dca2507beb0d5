#pragma once

#include "store/dialoguequery.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Callwright {

/// The filters of the review list: a full-text search, review status, tool, engine, job and a
/// minimum score, and the filters saved in the project.
class ReviewFilterBar final : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewFilterBar(QWidget *parent = nullptr);
    ~ReviewFilterBar() override;

    /// The values offered in the combo boxes, from the project.
    void setChoices(const QStringList &tools, const QStringList &engines,
                    const QStringList &metrics, const std::vector<SavedFilter> &saved);
    DialogueFilter filter() const;
    /// Shows filter in the fields (emits filterChanged once).
    void setFilter(const DialogueFilter &filter);

Q_SIGNALS:
    void filterChanged(const DialogueFilter &filter);
    void saveRequested(const DialogueFilter &filter);

private:
    void emitChanged();

    QLineEdit *m_search;
    QComboBox *m_status;
    QComboBox *m_tool;
    QComboBox *m_engine;
    QSpinBox *m_job;
    QComboBox *m_metric;
    QDoubleSpinBox *m_minScore;
    QComboBox *m_saved;
    QPushButton *m_save;
    std::vector<SavedFilter> m_savedFilters;
    bool m_updating = false;
};

} // namespace Callwright
