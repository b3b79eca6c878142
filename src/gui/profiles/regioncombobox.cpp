#include "gui/profiles/regioncombobox.h"

#include "api/endpoint.h"

using namespace Qt::StringLiterals;

namespace gui {

RegionComboBox::RegionComboBox(QWidget *parent)
    : QComboBox(parent)
{
    for (const api::Region &region : api::Endpoint::regions())
        addItem(tr("%1 (%2)").arg(region.name(), region.id), region.id);
    setAccessibleName(tr("Region"));
}

QString RegionComboBox::regionId() const
{
    return currentData().toString();
}

void RegionComboBox::setRegionId(const QString &regionId)
{
    if (regionId.isEmpty()) {
        setCurrentIndex(-1);
        return;
    }
    int index = findData(regionId);
    if (index < 0) {
        addItem(regionId, regionId);
        index = count() - 1;
    }
    setCurrentIndex(index);
}

} // namespace gui
