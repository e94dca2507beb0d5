#include "reviewfilterbar.h"

#include "models/dialoguelistmodel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>

namespace Callwright {

namespace {

constexpr double kNoMinimum = -1;

void refill(QComboBox *box, const QString &anyText, const QStringList &values)
{
    const QString current = box->currentData().toString();
    box->clear();
    box->addItem(anyText, QString());
    for (const QString &v : values)
        box->addItem(v, v);
    box->setCurrentIndex(qMax(0, box->findData(current)));
}

} // namespace

ReviewFilterBar::ReviewFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_tool(new QComboBox(this))
    , m_engine(new QComboBox(this))
    , m_job(new QSpinBox(this))
    , m_metric(new QComboBox(this))
    , m_minScore(new QDoubleSpinBox(this))
    , m_saved(new QComboBox(this))
    , m_save(new QPushButton(tr("Save Filter…"), this))
{
    m_search->setObjectName(QStringLiteral("reviewSearch"));
    m_search->setPlaceholderText(tr("Search messages (e.g. refund, \"order #W123\")"));
    m_search->setClearButtonEnabled(true);
    m_status->addItem(tr("Any status"), -1);
    for (ReviewStatus s : {ReviewStatus::Open, ReviewStatus::Accepted, ReviewStatus::Rejected,
                           ReviewStatus::NeedsFix}) {
        m_status->addItem(DialogueListModel::statusText(s), int(s));
    }
    m_job->setRange(0, INT_MAX);
    m_job->setSpecialValueText(tr("Any job"));
    m_job->setPrefix(tr("Job "));
    m_minScore->setRange(kNoMinimum, 1000);
    m_minScore->setDecimals(2);
    m_minScore->setSingleStep(0.5);
    m_minScore->setValue(kNoMinimum);
    m_minScore->setSpecialValueText(tr("Any score"));
    m_minScore->setPrefix(tr("≥ "));
    m_saved->setToolTip(tr("Filters saved in this project"));
    refill(m_tool, tr("Any tool"), {});
    refill(m_engine, tr("Any engine"), {});
    refill(m_metric, tr("Verified"), {});

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 2);
    layout->addWidget(m_status);
    layout->addWidget(m_tool);
    layout->addWidget(m_engine);
    layout->addWidget(m_job);
    layout->addWidget(m_metric);
    layout->addWidget(m_minScore);
    layout->addWidget(new QLabel(tr("Saved:"), this));
    layout->addWidget(m_saved);
    layout->addWidget(m_save);

    // Typing searches once the curator pauses, not at every key over a million dialogues.
    auto *typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    connect(typing, &QTimer::timeout, this, &ReviewFilterBar::emitChanged);
    connect(m_search, &QLineEdit::returnPressed, this, [this, typing] {
        typing->stop();
        emitChanged();
    });
    for (QComboBox *box : {m_status, m_tool, m_engine, m_metric})
        connect(box, qOverload<int>(&QComboBox::activated), this, &ReviewFilterBar::emitChanged);
    connect(m_job, &QSpinBox::editingFinished, this, &ReviewFilterBar::emitChanged);
    connect(m_minScore, &QDoubleSpinBox::editingFinished, this, &ReviewFilterBar::emitChanged);
    connect(m_save, &QPushButton::clicked, this, [this] { Q_EMIT saveRequested(filter()); });
    connect(m_saved, qOverload<int>(&QComboBox::activated), this, [this](int index) {
        const qint64 id = m_saved->itemData(index).toLongLong();
        for (const SavedFilter &f : m_savedFilters) {
            if (f.id == id)
                setFilter(f.filter);
        }
    });
}

ReviewFilterBar::~ReviewFilterBar() = default;

void ReviewFilterBar::setChoices(const QStringList &tools, const QStringList &engines,
                                 const QStringList &metrics, const std::vector<SavedFilter> &saved)
{
    refill(m_tool, tr("Any tool"), tools);
    refill(m_engine, tr("Any engine"), engines);
    refill(m_metric, tr("Verified"), metrics);
    m_savedFilters = saved;
    m_saved->clear();
    m_saved->addItem(tr("(none)"), 0);
    for (const SavedFilter &f : saved)
        m_saved->addItem(f.name, f.id);
}

DialogueFilter ReviewFilterBar::filter() const
{
    DialogueFilter f;
    f.text = m_search->text().trimmed();
    const int status = m_status->currentData().toInt();
    if (status >= 0)
        f.statuses = {ReviewStatus(status)};
    if (!m_tool->currentData().toString().isEmpty())
        f.tools = QStringList{m_tool->currentData().toString()};
    f.engine = m_engine->currentData().toString();
    f.jobId = m_job->value();
    f.scoreMetric = m_metric->currentData().toString();
    if (m_minScore->value() > kNoMinimum)
        f.minScore = m_minScore->value();
    return f;
}

void ReviewFilterBar::setFilter(const DialogueFilter &f)
{
    m_updating = true;
    {
        // Not through the typing delay: the filter is applied once, below.
        const QSignalBlocker blocker(m_search);
        m_search->setText(f.text);
    }
    m_status->setCurrentIndex(
            f.statuses.empty() ? 0 : qMax(0, m_status->findData(int(f.statuses.front()))));
    const auto select = [](QComboBox *box, const QString &value) {
        if (box->findData(value) < 0)
            box->addItem(value, value);
        box->setCurrentIndex(box->findData(value));
    };
    select(m_tool, f.tools.isEmpty() ? QString() : f.tools.front());
    select(m_engine, f.engine);
    select(m_metric, f.scoreMetric);
    m_job->setValue(int(f.jobId));
    m_minScore->setValue(f.minScore.value_or(kNoMinimum));
    m_updating = false;
    emitChanged();
}

void ReviewFilterBar::emitChanged()
{
    if (!m_updating)
        Q_EMIT filterChanged(filter());
}

} // namespace Callwright
