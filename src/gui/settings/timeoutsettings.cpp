#include "gui/settings/timeoutsettings.h"

#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gui {

namespace {

// Stored in whole milliseconds; nonsense (zero, negative, not a number) falls back to the default.
std::chrono::milliseconds readDuration(const QSettings &settings, const QString &key,
                                       std::chrono::milliseconds fallback)
{
    bool ok = false;
    const qint64 value = settings.value(u"timeouts/"_s + key).toLongLong(&ok);
    return ok && value > 0 ? std::chrono::milliseconds(value) : fallback;
}

void writeDuration(QSettings &settings, const QString &key, std::chrono::milliseconds value)
{
    settings.setValue(u"timeouts/"_s + key, qint64(value.count()));
}

} // namespace

TimeoutSettings TimeoutSettings::load(const QSettings &settings)
{
    const TimeoutSettings defaults;
    TimeoutSettings result;
    result.create = readDuration(settings, u"createMs"_s, defaults.create);
    result.update = readDuration(settings, u"updateMs"_s, defaults.update);
    result.remove = readDuration(settings, u"deleteMs"_s, defaults.remove);
    result.read = readDuration(settings, u"readMs"_s, defaults.read);
    result.listPage = readDuration(settings, u"listPageMs"_s, defaults.listPage);
    // Before "listMs", the dialog's list timeout was per page ("listPageMs"). A whole listing
    // needs at least what one page was given, so an old setting only ever lengthens the default.
    if (settings.contains(u"timeouts/listMs"_s))
        result.list = readDuration(settings, u"listMs"_s, defaults.list);
    else
        result.list = std::max(defaults.list, result.listPage);
    return result;
}

TimeoutSettings TimeoutSettings::load()
{
    const QSettings settings;
    return load(settings);
}

void TimeoutSettings::save(QSettings &settings) const
{
    writeDuration(settings, u"createMs"_s, create);
    writeDuration(settings, u"updateMs"_s, update);
    writeDuration(settings, u"deleteMs"_s, remove);
    writeDuration(settings, u"readMs"_s, read);
    writeDuration(settings, u"listPageMs"_s, listPage);
    writeDuration(settings, u"listMs"_s, list);
}

void TimeoutSettings::save() const
{
    QSettings settings;
    save(settings);
}

api::OperationTimeouts TimeoutSettings::toApiTimeouts() const
{
    api::OperationTimeouts timeouts;
    timeouts.create = create;
    timeouts.update = update;
    timeouts.remove = remove;
    timeouts.read = read;
    timeouts.listAll = list;
    // A page never gets longer than the listing it belongs to.
    timeouts.listPage = std::min(listPage, list);
    return timeouts;
}

} // namespace gui
