#pragma once

#include "model/dialogue.h"

#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;

namespace Callwright {

/// A dialogue as a curator reads it: the turns of user, assistant and tools in order, each
/// tool call under the message that made it, and the plan the dialogue followed beside them.
class TranscriptView final : public QWidget
{
    Q_OBJECT

public:
    enum Role { MessageIndexRole = Qt::UserRole, CallIdRole };

    explicit TranscriptView(QWidget *parent = nullptr);
    ~TranscriptView() override;

    void setDialogue(const Dialogue &dialogue);
    void clear();

    /// The message selected (or whose call is selected); -1 when none.
    int currentMessage() const;
    void setCurrentMessage(int index);
    /// The call selected; empty when none.
    QString currentCallId() const;
    bool selectCall(const QString &callId);

    QTreeWidget *transcript() const { return m_transcript; }

Q_SIGNALS:
    void callSelected(const QString &callId);
    void messageSelected(int index);

private:
    QTreeWidgetItem *itemForMessage(int index) const;

    QTreeWidget *m_transcript;
    QTreeWidget *m_plan;
};

} // namespace Callwright
