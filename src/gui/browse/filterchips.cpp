#include "gui/browse/filterchips.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace gui {

FilterChips::FilterChips(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    hide();
}

void FilterChips::setChips(const QList<Chip> &chips)
{
    m_chips = chips;
    // The chips change only when a listing is asked for, so rebuilding them is cheap enough.
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (chips.isEmpty()) {
        hide();
        return;
    }
    auto *title = new QLabel(tr("Server filters:"), this);
    m_layout->addWidget(title);
    for (const Chip &chip : chips) {
        auto *button = new QToolButton(this);
        button->setObjectName(u"chip_"_s + chip.key);
        button->setText(tr("%1: %2").arg(chip.name, chip.value));
        button->setIcon(style()->standardIcon(QStyle::SP_LineEditClearButton));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(false);
        button->setToolTip(tr("Remove this filter and list the models again"));
        button->setAccessibleName(tr("Remove the filter %1: %2").arg(chip.name, chip.value));
        const QString key = chip.key;
        connect(button, &QToolButton::clicked, this, [this, key] { Q_EMIT removeRequested(key); });
        m_layout->addWidget(button);
    }
    m_layout->addStretch();
    show();
}

} // namespace gui
