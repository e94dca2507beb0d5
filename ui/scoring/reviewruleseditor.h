#pragma once

#include "scoring/reviewrules.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QListWidget;
class QPushButton;

namespace Callwright {

/// Edits the list of automatic review rules ("Reject when coherence is below 2.5"); the
/// first rule that matches a dialogue decides.
class ReviewRulesEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewRulesEditor(QWidget *parent = nullptr);
    ~ReviewRulesEditor() override;

    std::vector<ReviewRule> rules() const { return m_rules; }
    void setRules(const std::vector<ReviewRule> &rules);
    /// Whether only dialogues still open are decided (the default), leaving the curator's
    /// own decisions alone.
    bool onlyOpen() const;

    /// The rule the form describes, as "Add rule" would add it.
    ReviewRule formRule() const;
    void addRule(const ReviewRule &rule);

    static QString describe(const ReviewRule &rule);

Q_SIGNALS:
    void rulesChanged();

private:
    void rebuildList();

    std::vector<ReviewRule> m_rules;
    QComboBox *m_action;
    QComboBox *m_metric;
    QComboBox *m_comparison;
    QDoubleSpinBox *m_threshold;
    QPushButton *m_add;
    QPushButton *m_remove;
    QListWidget *m_list;
    QCheckBox *m_onlyOpen;
};

} // namespace Callwright
