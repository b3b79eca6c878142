#include "pai/fielddiff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace pai::Diffs {

namespace {

const Label *findByKey(const LabelList &labels, const QString &key)
{
    for (const Label &label : labels) {
        if (label.key == key)
            return &label;
    }
    return nullptr;
}

QString labelPath(const QString &key)
{
    return u"Labels[%1]"_s.arg(key);
}

} // namespace

DiffKind kindOf(bool hadBefore, bool hasAfter)
{
    if (!hadBefore)
        return DiffKind::Added;
    if (!hasAfter)
        return DiffKind::Removed;
    return DiffKind::Changed;
}

QString jsonText(const QJsonValue &value)
{
    if (value.isUndefined())
        return {};
    const QJsonArray wrapper{value};
    QByteArray text = QJsonDocument(wrapper).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

QList<DiffPart> objectParts(const QString &base, const QJsonObject &before,
                            const QJsonObject &after)
{
    QList<DiffPart> parts;
    QStringList keys = before.keys();
    for (const QString &key : after.keys()) {
        if (!before.contains(key))
            keys.append(key);
    }
    for (const QString &key : std::as_const(keys)) {
        const QJsonValue old = before.value(key);
        const QJsonValue now = after.value(key);
        if (old == now)
            continue;
        parts.append({base + u'.' + key, kindOf(!old.isUndefined(), !now.isUndefined()),
                      jsonText(old), jsonText(now)});
    }
    return parts;
}

QList<DiffPart> labelParts(const LabelList &before, const LabelList &after)
{
    // The display list names what a person changed, not the mechanics of keeping the order.
    QList<DiffPart> parts;
    QStringList commonInOldOrder;
    QStringList commonInNewOrder;
    for (const Label &label : before) {
        const Label *now = findByKey(after, label.key);
        if (!now) {
            parts.append({labelPath(label.key), DiffKind::Removed, label.value, QString()});
            continue;
        }
        commonInOldOrder.append(label.key);
        if (now->value != label.value)
            parts.append({labelPath(label.key), DiffKind::Changed, label.value, now->value});
    }
    for (const Label &label : after) {
        if (findByKey(before, label.key))
            commonInNewOrder.append(label.key);
        else
            parts.append({labelPath(label.key), DiffKind::Added, QString(), label.value});
    }
    if (commonInOldOrder != commonInNewOrder) {
        parts.append({u"Labels"_s, DiffKind::Reordered, commonInOldOrder.join(u", "),
                      commonInNewOrder.join(u", ")});
    }
    return parts;
}

} // namespace pai::Diffs
