#include "gui/browse/filterchips.h"

#include <QLabel>
#include <QLayout>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace gui {

namespace {

// Items left to right, wrapping to a new line where the width ends (after Qt's flow layout
// example). Its height follows its width, so the chips never ask for a wider pane.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent)
        : QLayout(parent)
    {}
    ~FlowLayout() override
    {
        while (QLayoutItem *item = takeAt(0))
            delete item;
    }

    void addItem(QLayoutItem *item) override { m_items.append(item); }
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem *takeAt(int index) override
    {
        return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
    }
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return arrange(QRect(0, 0, width, 0), false); }
    void setGeometry(const QRect &rect) override
    {
        QLayout::setGeometry(rect);
        arrange(rect, true);
    }
    QSize sizeHint() const override { return minimumSize(); }
    QSize minimumSize() const override
    {
        QSize size;
        for (const QLayoutItem *item : m_items)
            size = size.expandedTo(item->minimumSize());
        const QMargins margins = contentsMargins();
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
    }

private:
    int arrange(const QRect &rect, bool apply) const
    {
        const QMargins margins = contentsMargins();
        const QRect area = rect.marginsRemoved(margins);
        const int gap = std::max(0, spacing());
        int x = area.x();
        int y = area.y();
        int lineHeight = 0;
        for (QLayoutItem *item : m_items) {
            if (item->isEmpty())
                continue;
            const QSize hint = item->sizeHint().boundedTo(QSize(area.width(), QWIDGETSIZE_MAX));
            if (x > area.x() && x + hint.width() > area.right() + 1) {
                x = area.x();
                y += lineHeight + gap;
                lineHeight = 0;
            }
            if (apply)
                item->setGeometry(QRect(QPoint(x, y), hint));
            x += hint.width() + gap;
            lineHeight = std::max(lineHeight, hint.height());
        }
        return y + lineHeight - rect.y() + margins.bottom();
    }

    QList<QLayoutItem *> m_items;
};

} // namespace

FilterChips::FilterChips(QWidget *parent)
    : QWidget(parent)
    , m_layout(new FlowLayout(this))
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
        // A long value (Conditions JSON, say) is shortened on the chip and whole in its tooltip.
        constexpr qsizetype MaxShown = 40;
        const QString shown = chip.value.size() > MaxShown
                                  ? chip.value.left(MaxShown - 1) + QChar(0x2026)
                                  : chip.value;
        button->setText(tr("%1: %2").arg(chip.name, shown));
        button->setIcon(style()->standardIcon(QStyle::SP_LineEditClearButton));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(false);
        button->setToolTip(
            tr("%1: %2\nRemove this filter and list the models again").arg(chip.name, chip.value));
        button->setAccessibleName(tr("Remove the filter %1: %2").arg(chip.name, chip.value));
        const QString key = chip.key;
        connect(button, &QToolButton::clicked, this, [this, key] { Q_EMIT removeRequested(key); });
        m_layout->addWidget(button);
    }
    show();
}

} // namespace gui
