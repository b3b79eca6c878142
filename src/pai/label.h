#pragma once

#include <QList>
#include <QString>

namespace pai {

// A model label as the API sends it: {"Key": ..., "Value": ...}. The same shape serves Labels,
// Tag (request) and Tags (ListModels items). Order is meaningful: Terraform keeps labels as a list.
struct Label
{
    QString key;
    QString value;

    friend bool operator==(const Label &, const Label &) = default;
};

using LabelList = QList<Label>;

} // namespace pai
