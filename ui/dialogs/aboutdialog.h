#pragma once

#include <QDialog>

namespace Callwright {

/// Help ▸ About: what Callwright is, which build this is, and under which licence.
class AboutDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);
};

} // namespace Callwright
