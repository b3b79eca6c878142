#pragma once

#include <QList>
#include <QString>
#include <QWidget>

class QLayout;

namespace gui {

// The server filters in force, one removable chip each, for when the filter panel is hidden:
// a listing that silently leaves models out would read as models that do not exist. The chips
// wrap onto more lines rather than widen the table pane.
class FilterChips : public QWidget
{
    Q_OBJECT

public:
    struct Chip
    {
        QString key;  // what removeRequested() hands back
        QString name; // translated field name
        QString value;
    };

    explicit FilterChips(QWidget *parent = nullptr);

    void setChips(const QList<Chip> &chips);
    qsizetype count() const { return m_chips.size(); }

Q_SIGNALS:
    void removeRequested(const QString &key);

private:
    QLayout *m_layout; // a flow layout: the chips wrap to the next line
    QList<Chip> m_chips;
};

} // namespace gui
