#pragma once

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace api {

using QueryItems = QList<std::pair<QString, QString>>; // decoded name, decoded value

// The list queries send only what is set: an empty text or an absent number is left out, as the
// SDK does.
inline void appendIfSet(QueryItems &items, const QString &name, const QString &value)
{
    if (!value.isEmpty())
        items.append({name, value});
}

inline void appendIfSet(QueryItems &items, const QString &name, std::optional<int> value)
{
    if (value)
        items.append({name, QString::number(*value)});
}

} // namespace api
