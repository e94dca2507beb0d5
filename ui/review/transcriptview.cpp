#include "transcriptview.h"

#include "simulation/dialoguesimulator.h"

#include <QHeaderView>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Callwright {

namespace {

QString roleText(Message::Role role)
{
    switch (role) {
    case Message::Role::System:
        return TranscriptView::tr("System");
    case Message::Role::User:
        return TranscriptView::tr("User");
    case Message::Role::Assistant:
        return TranscriptView::tr("Assistant");
    case Message::Role::Tool:
        return TranscriptView::tr("Tool");
    }
    return {};
}

QColor roleColor(Message::Role role)
{
    switch (role) {
    case Message::Role::User:
        return QColor(38, 139, 210);
    case Message::Role::Assistant:
        return QColor(133, 153, 0);
    case Message::Role::Tool:
        return QColor(181, 137, 0);
    case Message::Role::System:
        break;
    }
    return QColor(128, 128, 128);
}

QString planKindText(PlanStep::Kind kind)
{
    switch (kind) {
    case PlanStep::Kind::SingleCall:
        return TranscriptView::tr("single call");
    case PlanStep::Kind::ChainedCalls:
        return TranscriptView::tr("chained calls");
    case PlanStep::Kind::ParallelCalls:
        return TranscriptView::tr("parallel calls");
    case PlanStep::Kind::Clarification:
        return TranscriptView::tr("clarification");
    case PlanStep::Kind::ChitChat:
        return TranscriptView::tr("chit-chat");
    case PlanStep::Kind::Unsupported:
        return TranscriptView::tr("unsupported request");
    case PlanStep::Kind::ErrorRecovery:
        return TranscriptView::tr("error recovery");
    }
    return {};
}

} // namespace

TranscriptView::TranscriptView(QWidget *parent)
    : QWidget(parent)
    , m_transcript(new QTreeWidget(this))
    , m_plan(new QTreeWidget(this))
{
    m_transcript->setObjectName(QStringLiteral("transcript"));
    m_transcript->setColumnCount(2);
    m_transcript->setHeaderLabels({tr("Role"), tr("Message")});
    m_transcript->setWordWrap(true);
    m_transcript->setUniformRowHeights(false);
    m_transcript->setAlternatingRowColors(true);
    m_transcript->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_transcript->header()->setStretchLastSection(true);
    m_plan->setObjectName(QStringLiteral("plan"));
    m_plan->setHeaderLabels({tr("Plan")});
    m_plan->setWordWrap(true);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_transcript);
    splitter->addWidget(m_plan);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_transcript, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item)
            return;
        const QString callId = item->data(0, CallIdRole).toString();
        if (!callId.isEmpty())
            Q_EMIT callSelected(callId);
        Q_EMIT messageSelected(item->data(0, MessageIndexRole).toInt());
    });
}

TranscriptView::~TranscriptView() = default;

void TranscriptView::clear()
{
    m_transcript->clear();
    m_plan->clear();
}

void TranscriptView::setDialogue(const Dialogue &dialogue)
{
    const QSignalBlocker blocker(m_transcript);
    const int keep = currentMessage();
    clear();
    for (std::size_t i = 0; i < dialogue.messages.size(); ++i) {
        const Message &m = dialogue.messages[i];
        auto *item = new QTreeWidgetItem(m_transcript);
        item->setText(0, m.role == Message::Role::Tool ? tr("Tool %1").arg(m.toolName)
                                                       : roleText(m.role));
        item->setForeground(0, roleColor(m.role));
        item->setData(0, MessageIndexRole, int(i));
        if (m.role == Message::Role::Tool)
            item->setData(0, CallIdRole, m.toolCallId);
        QString text = m.content;
        if (text.isEmpty() && !m.toolCalls.empty())
            text = tr("(calls %n tool(s))", nullptr, int(m.toolCalls.size()));
        item->setText(1, text);
        item->setToolTip(1, m.content);
        for (const ToolCall &call : m.toolCalls) {
            auto *child = new QTreeWidgetItem(item);
            child->setText(0, tr("→ call"));
            child->setText(1, tr("%1(%2)").arg(call.toolName, toQString(call.arguments)));
            child->setData(0, MessageIndexRole, int(i));
            child->setData(0, CallIdRole, call.id);
            child->setForeground(0, roleColor(Message::Role::Tool));
            for (const CallRecord &record : dialogue.calls) {
                if (record.callId == call.id && !record.issues.empty()) {
                    child->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxWarning));
                    child->setToolTip(1, tr("%n problem(s) found; open the call to see them",
                                            nullptr, int(record.issues.size())));
                }
            }
        }
    }
    m_transcript->expandAll();

    auto *goal = new QTreeWidgetItem(m_plan, {tr("Goal: %1").arg(dialogue.plan.goal)});
    goal->setFlags(Qt::ItemIsEnabled);
    for (std::size_t s = 0; s < dialogue.plan.steps.size(); ++s) {
        const PlanStep &step = dialogue.plan.steps[s];
        auto *item = new QTreeWidgetItem(
                m_plan, {tr("%1. %2 (%3)").arg(s + 1).arg(step.intent, planKindText(step.kind))});
        for (const PlannedCall &call : step.calls) {
            new QTreeWidgetItem(
                    item, {tr("$%1 %2%3 %4")
                                   .arg(call.ref)
                                   .arg(call.toolName, call.hidden ? tr(" (hidden)") : QString(),
                                        toQString(call.arguments))});
        }
    }
    m_plan->expandAll();
    if (keep >= 0)
        setCurrentMessage(qMin(keep, int(dialogue.messages.size()) - 1));
}

QTreeWidgetItem *TranscriptView::itemForMessage(int index) const
{
    return index >= 0 && index < m_transcript->topLevelItemCount()
                   ? m_transcript->topLevelItem(index)
                   : nullptr;
}

int TranscriptView::currentMessage() const
{
    const QTreeWidgetItem *item = m_transcript->currentItem();
    return item ? item->data(0, MessageIndexRole).toInt() : -1;
}

void TranscriptView::setCurrentMessage(int index)
{
    if (QTreeWidgetItem *item = itemForMessage(index))
        m_transcript->setCurrentItem(item);
}

QString TranscriptView::currentCallId() const
{
    const QTreeWidgetItem *item = m_transcript->currentItem();
    return item ? item->data(0, CallIdRole).toString() : QString();
}

bool TranscriptView::selectCall(const QString &callId)
{
    for (int i = 0; i < m_transcript->topLevelItemCount(); ++i) {
        QTreeWidgetItem *top = m_transcript->topLevelItem(i);
        for (int c = 0; c < top->childCount(); ++c) {
            if (top->child(c)->data(0, CallIdRole).toString() == callId) {
                m_transcript->setCurrentItem(top->child(c));
                return true;
            }
        }
    }
    return false;
}

} // namespace Callwright
