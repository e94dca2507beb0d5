#pragma once

#include "panel.h"

namespace Callwright {

class EmptyState;

/// Where accepted dialogues will be exported; for now how many would go.
class ExportPanel final : public Panel
{
    Q_OBJECT

public:
    explicit ExportPanel(QWidget *parent = nullptr);
    ~ExportPanel() override;

    QString panelId() const override;
    QString title() const override;
    /// What the panel currently says, for tests and accessibility.
    QString statusText() const;

protected:
    void documentChanged() override;
    void refresh() override;

private:
    EmptyState *m_state;
};

} // namespace Callwright
