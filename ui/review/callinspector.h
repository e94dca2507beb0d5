#pragma once

#include "model/callrecord.h"
#include "model/tool.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;

namespace Callwright {

class JsonEditor;

/// Everything about one stateless call: the request as sent, the envelope it carried, the
/// response, and what validation found, with ungrounded argument values highlighted in the
/// request. The request and the response can be edited; they are checked against the tool's
/// schemas before they are applied.
class CallInspector final : public QWidget
{
    Q_OBJECT

public:
    explicit CallInspector(QWidget *parent = nullptr);
    ~CallInspector() override;

    /// Shows call; tool is the catalog's definition (nullptr when it has none).
    void setCall(const CallRecord &call, const Tool *tool);
    void clear();
    QString callId() const { return m_call.callId; }

    /// The values highlighted as ungrounded in the request, as they appear there.
    QStringList highlightedValues() const { return m_highlighted; }
    /// What checking the edited request and response found; empty when both are valid.
    QStringList validateEdits(Json *request, Json *response) const;
    void showReplay(const CallRecord &replayed);
    void focusRequest();

Q_SIGNALS:
    /// The curator applied edited arguments and/or response (already validated).
    void editsApplied(const QString &callId, const Json &request, const Json &response);
    void rerunRequested(const QString &callId);

private:
    void applyEdits();
    void highlightUngrounded();
    void showValidation(const QStringList &extra);

    CallRecord m_call;
    Tool m_tool;
    bool m_hasTool = false;
    QLabel *m_header;
    QTabWidget *m_tabs;
    JsonEditor *m_request;
    JsonEditor *m_envelope;
    JsonEditor *m_response;
    QListWidget *m_validation;
    QLabel *m_replay;
    QPushButton *m_apply;
    QPushButton *m_rerun;
    QStringList m_highlighted;
};

} // namespace Callwright
