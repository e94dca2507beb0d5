#pragma once

#include "panel.h"

namespace Callwright {

class EmptyState;

/// The dependency graph of each catalog's tools; for now a summary of what is stored.
class GraphPanel final : public Panel
{
    Q_OBJECT

public:
    explicit GraphPanel(QWidget *parent = nullptr);
    ~GraphPanel() override;

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
