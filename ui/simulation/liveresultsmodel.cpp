#include "liveresultsmodel.h"

#include "simulationlabels.h"

#include "model/dialogue.h"

#include <QColor>

#include <algorithm>

namespace Callwright {

namespace {

constexpr int kPreviewLength = 200;

QString oneLine(const QString &text)
{
    QString line = text.simplified();
    if (line.size() > kPreviewLength)
        line = line.left(kPreviewLength - 1) + QChar(0x2026);
    return line;
}

} // namespace

DialogueSummary DialogueSummary::of(const Dialogue &dialogue)
{
    DialogueSummary s;
    s.id = dialogue.id;
    s.uid = dialogue.uid;
    const auto user = std::find_if(dialogue.messages.begin(), dialogue.messages.end(),
                                   [](const Message &m) { return m.role == Message::Role::User; });
    if (user != dialogue.messages.end())
        s.firstRequest = oneLine(user->content);
    s.steps.reserve(dialogue.plan.steps.size());
    for (const PlanStep &step : dialogue.plan.steps)
        s.steps.push_back(step.kind);
    s.calls = int(dialogue.calls.size());
    for (const Score &score : dialogue.scores) {
        if (score.metric == QLatin1String("verified")) {
            s.verified = score.value >= 1.0;
            s.problems = score.rationale;
        }
    }
    return s;
}

LiveResultsModel::LiveResultsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

LiveResultsModel::~LiveResultsModel() = default;

void LiveResultsModel::add(std::vector<DialogueSummary> batch)
{
    if (batch.empty())
        return;
    // Only the newest rows of a batch larger than the list can be seen.
    const int incoming = std::min<int>(int(batch.size()), kCapacity);
    const auto first = batch.end() - incoming;
    const int overflow = int(m_rows.size()) + incoming - kCapacity;
    if (overflow > 0) {
        beginRemoveRows({}, int(m_rows.size()) - overflow, int(m_rows.size()) - 1);
        m_rows.resize(m_rows.size() - std::size_t(overflow));
        endRemoveRows();
    }
    beginInsertRows({}, 0, incoming - 1);
    for (auto it = first; it != batch.end(); ++it)
        m_rows.push_front(std::move(*it));
    endInsertRows();
}

void LiveResultsModel::clear()
{
    if (m_rows.empty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int LiveResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LiveResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LiveResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const DialogueSummary &row = m_rows[std::size_t(index.row())];
    if (role == DialogueIdRole)
        return row.id;
    if (role == VerifiedRole)
        return row.verified;
    const auto steps = [&row](bool longNames) {
        QStringList names;
        for (const PlanStep::Kind kind : row.steps) {
            names << (longNames ? SimulationLabels::stepKind(kind)
                                : SimulationLabels::stepKindShort(kind));
        }
        return names;
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DialogueColumn:
            return row.uid;
        case RequestColumn:
            return row.firstRequest;
        case StepsColumn:
            return steps(false).join(QStringLiteral(" \u2192 "));
        case CallsColumn:
            return row.calls;
        case VerifiedColumn:
            return row.verified ? tr("\u2713 yes") : tr("\u2717 no");
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case RequestColumn:
            return row.firstRequest;
        case StepsColumn:
            return steps(true).join(QLatin1Char('\n'));
        case VerifiedColumn:
            return row.verified ? tr("Verified: valid calls and responses, every argument "
                                     "grounded, the plan followed.")
                                : tr("Not verified:\n%1").arg(row.problems);
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == CallsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (index.column() == VerifiedColumn)
            return int(Qt::AlignCenter);
        break;
    case Qt::ForegroundRole:
        if (index.column() == VerifiedColumn)
            return row.verified ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc0, 0x39, 0x2b);
        break;
    }
    return {};
}

QVariant LiveResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DialogueColumn:
        return tr("Dialogue");
    case RequestColumn:
        return tr("First request");
    case StepsColumn:
        return tr("Plan");
    case CallsColumn:
        return tr("Calls");
    case VerifiedColumn:
        return tr("Verified");
    }
    return {};
}

} // namespace Callwright
