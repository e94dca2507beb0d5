#pragma once

#include "panel.h"

namespace Callwright {

class EmptyState;

/// Where dialogues will be generated; for now the number the project holds.
class SimulationPanel final : public Panel
{
    Q_OBJECT

public:
    explicit SimulationPanel(QWidget *parent = nullptr);
    ~SimulationPanel() override;

    QString panelId() const override;
    QString title() const override;
    /// What the panel currently says, for tests and accessibility.
    QString statusText() const;

protected:
    void documentChanged() override;

private:
    void refresh();

    EmptyState *m_state;
};

} // namespace Callwright
