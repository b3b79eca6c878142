#include "changes/bulkedit.h"

#include "pai/wirejson.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace changes {

namespace {

QString compactJson(const QJsonValue &value)
{
    // QJsonDocument holds only objects and arrays: a scalar is written inside an array.
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

} // namespace

bool BulkEdit::isEmpty() const
{
    return addLabels.isEmpty() && removeLabelKeys.isEmpty() && setExtraInfo.isEmpty() &&
           removeExtraInfoKeys.isEmpty() && accessibility.isEmpty() && !remove;
}

QString BulkEdit::conflictingActions() const
{
    if (remove && (!addLabels.isEmpty() || !removeLabelKeys.isEmpty() || !setExtraInfo.isEmpty() ||
                   !removeExtraInfoKeys.isEmpty() || !accessibility.isEmpty()))
        return tr("a delete cannot go with other changes");
    for (const pai::Label &label : addLabels) {
        if (removeLabelKeys.contains(label.key))
            return tr("the label \"%1\" is both added and removed").arg(label.key);
    }
    for (const QString &key : removeExtraInfoKeys) {
        if (setExtraInfo.contains(key))
            return tr("the ExtraInfo key \"%1\" is both set and removed").arg(key);
    }
    return {};
}

pai::ModelDraft BulkEdit::applyTo(const pai::ModelDraft &model) const
{
    pai::ModelDraft wanted = model;
    wanted.labels.removeIf(
        [&](const pai::Label &label) { return removeLabelKeys.contains(label.key); });
    for (const pai::Label &label : addLabels) {
        auto existing = std::find_if(wanted.labels.begin(), wanted.labels.end(),
                                     [&](const pai::Label &l) { return l.key == label.key; });
        if (existing != wanted.labels.end())
            existing->value = label.value;
        else
            wanted.labels.append(label);
    }
    for (const QString &key : removeExtraInfoKeys)
        wanted.extraInfo.remove(key);
    for (auto it = setExtraInfo.constBegin(); it != setExtraInfo.constEnd(); ++it)
        wanted.extraInfo.insert(it.key(), it.value());
    if (!accessibility.isEmpty())
        wanted.accessibility = accessibility;
    return wanted;
}

QStringList BulkEdit::describe() const
{
    QStringList lines;
    if (remove)
        lines.append(tr("Delete the model."));
    for (const QString &key : removeLabelKeys)
        lines.append(tr("Remove the label \"%1\".").arg(key));
    for (const pai::Label &label : addLabels)
        lines.append(tr("Set the label \"%1\" to \"%2\".").arg(label.key, label.value));
    for (const QString &key : removeExtraInfoKeys)
        lines.append(tr("Remove the ExtraInfo key \"%1\".").arg(key));
    for (auto it = setExtraInfo.constBegin(); it != setExtraInfo.constEnd(); ++it)
        lines.append(tr("Set the ExtraInfo key \"%1\" to %2.").arg(it.key(), compactJson(*it)));
    if (!accessibility.isEmpty())
        lines.append(tr("Set Accessibility to %1.").arg(accessibility));
    return lines;
}

QJsonObject BulkEdit::toJson() const
{
    QJsonObject json;
    if (!addLabels.isEmpty())
        json.insert(u"AddLabels"_s, pai::WireJson::labelsToJson(addLabels));
    if (!removeLabelKeys.isEmpty())
        json.insert(u"RemoveLabelKeys"_s, QJsonArray::fromStringList(removeLabelKeys));
    if (!setExtraInfo.isEmpty())
        json.insert(u"SetExtraInfo"_s, setExtraInfo);
    if (!removeExtraInfoKeys.isEmpty())
        json.insert(u"RemoveExtraInfoKeys"_s, QJsonArray::fromStringList(removeExtraInfoKeys));
    if (!accessibility.isEmpty())
        json.insert(u"Accessibility"_s, accessibility);
    if (remove)
        json.insert(u"Delete"_s, true);
    return json;
}

BulkEdit BulkEdit::fromJson(const QJsonObject &json)
{
    BulkEdit edit;
    if (auto labels = pai::WireJson::labelsFromJson(json.value(u"AddLabels"_s), u"AddLabels"_s))
        edit.addLabels = *labels.value;
    const auto strings = [&](const QString &key) {
        QStringList list;
        for (const QJsonValue &value : json.value(key).toArray())
            list.append(value.toString());
        return list;
    };
    edit.removeLabelKeys = strings(u"RemoveLabelKeys"_s);
    edit.setExtraInfo = json.value(u"SetExtraInfo"_s).toObject();
    edit.removeExtraInfoKeys = strings(u"RemoveExtraInfoKeys"_s);
    edit.accessibility = json.value(u"Accessibility"_s).toString();
    edit.remove = json.value(u"Delete"_s).toBool();
    return edit;
}

} // namespace changes
