#include "aboutdialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace Callwright {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Callwright"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/callwright.svg")).pixmap(96, 96));
    icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);

    auto *title = new QLabel(this);
    title->setText(QStringLiteral("<h2>%1</h2>").arg(tr("Callwright")));

    auto *version = new QLabel(
        tr("Version %1, built with Qt %2 (running on Qt %3)")
            .arg(QStringLiteral(CALLWRIGHT_VERSION), QStringLiteral(QT_VERSION_STR),
                 QString::fromLatin1(qVersion())),
        this);
    version->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *description = new QLabel(
        tr("A workbench for building supervised fine-tuning datasets of multi-turn "
           "tool-calling dialogues: design a tool catalog and its dependency graph, "
           "simulate conversations, review every call, score and export them."),
        this);
    description->setWordWrap(true);

    auto *licence = new QLabel(tr("Proprietary software; no licence to redistribute is granted. "
                                  "The demo catalogs come from τ-bench, © 2024 Sierra, under "
                                  "the MIT licence."),
                               this);
    licence->setWordWrap(true);

    auto *text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(version);
    text->addSpacing(8);
    text->addWidget(description);
    text->addSpacing(8);
    text->addWidget(licence);
    text->addStretch();

    auto *row = new QHBoxLayout;
    row->addWidget(icon);
    row->addSpacing(12);
    row->addLayout(text, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

} // namespace Callwright
