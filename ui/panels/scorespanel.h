#pragma once

#include "panel.h"

namespace Callwright {

class EmptyState;

/// Where dialogue scores will be shown; scoring is not in this build.
class ScoresPanel final : public Panel
{
    Q_OBJECT

public:
    explicit ScoresPanel(QWidget *parent = nullptr);
    ~ScoresPanel() override;

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
