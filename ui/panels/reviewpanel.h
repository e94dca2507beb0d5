#pragma once

#include "panel.h"

namespace Callwright {

class EmptyState;

/// Where dialogues will be reviewed; for now how many there are by review status.
class ReviewPanel final : public Panel
{
    Q_OBJECT

public:
    explicit ReviewPanel(QWidget *parent = nullptr);
    ~ReviewPanel() override;

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
