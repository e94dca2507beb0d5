#pragma once

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace Callwright {

/// A centred title and explanation shown where a view has nothing to show yet, so an empty
/// area always says why it is empty.
class EmptyState final : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyState(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setText(const QString &text);
    QString title() const;
    QString text() const;
    /// Room below the text for a panel's own figures or buttons.
    QVBoxLayout *extraLayout() const { return m_extra; }

private:
    QLabel *m_title;
    QLabel *m_text;
    QVBoxLayout *m_extra;
};

} // namespace Callwright
