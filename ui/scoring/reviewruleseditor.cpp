#include "reviewruleseditor.h"

#include "scorelabels.h"

#include "scoring/dialoguemetrics.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Callwright {

ReviewRulesEditor::ReviewRulesEditor(QWidget *parent)
    : QWidget(parent)
    , m_action(new QComboBox(this))
    , m_metric(new QComboBox(this))
    , m_comparison(new QComboBox(this))
    , m_threshold(new QDoubleSpinBox(this))
    , m_add(new QPushButton(tr("Add rule"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_list(new QListWidget(this))
    , m_onlyOpen(new QCheckBox(tr("Only dialogues still open"), this))
{
    m_action->addItem(tr("Reject"), int(ReviewStatus::Rejected));
    m_action->addItem(tr("Accept"), int(ReviewStatus::Accepted));
    m_action->addItem(tr("Mark as needing a fix"), int(ReviewStatus::NeedsFix));
    QStringList metrics{QLatin1String(ScoreNames::Coherence),
                        QLatin1String(ScoreNames::Naturalness),
                        QLatin1String(ScoreNames::Verified)};
    metrics += ScoreLabels::coherenceParts();
    metrics += ScoreLabels::naturalnessParts();
    for (const QString &m : std::as_const(metrics))
        m_metric->addItem(ScoreLabels::name(m), m);
    m_comparison->addItem(tr("is below"), int(ReviewRule::Comparison::Below));
    m_comparison->addItem(tr("is at least"), int(ReviewRule::Comparison::AtLeast));
    m_threshold->setRange(-1000, 1000);
    m_threshold->setDecimals(2);
    m_threshold->setSingleStep(0.25);
    m_threshold->setValue(2.5);
    m_onlyOpen->setChecked(true);
    m_onlyOpen->setToolTip(tr("Dialogues already accepted, rejected or marked by a curator "
                              "keep their status."));
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 4 + 8);

    auto *form = new QHBoxLayout;
    form->addWidget(m_action);
    form->addWidget(m_metric, 1);
    form->addWidget(m_comparison);
    form->addWidget(m_threshold);
    form->addWidget(m_add);
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_list, 1);
    auto *side = new QVBoxLayout;
    side->addWidget(m_remove);
    side->addStretch();
    listRow->addLayout(side);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addLayout(listRow);
    layout->addWidget(m_onlyOpen);

    connect(m_add, &QPushButton::clicked, this, [this] { addRule(formRule()); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (row < 0 || row >= int(m_rules.size()))
            return;
        m_rules.erase(m_rules.begin() + row);
        rebuildList();
        Q_EMIT rulesChanged();
    });
    connect(m_list, &QListWidget::currentRowChanged, this,
            [this](int row) { m_remove->setEnabled(row >= 0); });
    connect(m_onlyOpen, &QCheckBox::toggled, this, &ReviewRulesEditor::rulesChanged);
    rebuildList();
}

ReviewRulesEditor::~ReviewRulesEditor() = default;

bool ReviewRulesEditor::onlyOpen() const
{
    return m_onlyOpen->isChecked();
}

ReviewRule ReviewRulesEditor::formRule() const
{
    ReviewRule rule;
    rule.action = ReviewStatus(m_action->currentData().toInt());
    rule.metric = m_metric->currentData().toString();
    rule.comparison = ReviewRule::Comparison(m_comparison->currentData().toInt());
    rule.threshold = m_threshold->value();
    return rule;
}

void ReviewRulesEditor::addRule(const ReviewRule &rule)
{
    m_rules.push_back(rule);
    rebuildList();
    Q_EMIT rulesChanged();
}

void ReviewRulesEditor::setRules(const std::vector<ReviewRule> &rules)
{
    m_rules = rules;
    rebuildList();
    Q_EMIT rulesChanged();
}

QString ReviewRulesEditor::describe(const ReviewRule &rule)
{
    QString action;
    switch (rule.action) {
    case ReviewStatus::Accepted:
        action = tr("Accept");
        break;
    case ReviewStatus::Rejected:
        action = tr("Reject");
        break;
    case ReviewStatus::NeedsFix:
        action = tr("Mark as needing a fix");
        break;
    case ReviewStatus::Open:
        action = tr("Reopen");
        break;
    }
    const QString threshold = QLocale().toString(rule.threshold, 'f', 2);
    return rule.comparison == ReviewRule::Comparison::Below
                   ? tr("%1 when %2 is below %3")
                             .arg(action, ScoreLabels::name(rule.metric), threshold)
                   : tr("%1 when %2 is at least %3")
                             .arg(action, ScoreLabels::name(rule.metric), threshold);
}

void ReviewRulesEditor::rebuildList()
{
    m_list->clear();
    for (std::size_t i = 0; i < m_rules.size(); ++i)
        m_list->addItem(QStringLiteral("%1. %2").arg(i + 1).arg(describe(m_rules[i])));
    if (m_rules.empty())
        m_list->addItem(tr("No rules yet: describe one above and add it."));
    m_list->setEnabled(!m_rules.empty());
    m_remove->setEnabled(false);
}

} // namespace Callwright
