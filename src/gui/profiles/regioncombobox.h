#pragma once

#include <QComboBox>

namespace gui {

// Picks a PAI region by name, keeping the region ID as the item data. A region ID that is not in
// the list (a new region, or one typed into a config file) is shown as itself rather than lost.
class RegionComboBox : public QComboBox
{
    Q_OBJECT
public:
    explicit RegionComboBox(QWidget *parent = nullptr);

    QString regionId() const;
    void setRegionId(const QString &regionId);
};

} // namespace gui
