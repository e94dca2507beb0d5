#pragma once

class QLabel;
class QString;
class QWidget;

namespace Callwright {

/// A bold label that heads a part of a panel.
QLabel *heading(const QString &text, QWidget *parent);

} // namespace Callwright
