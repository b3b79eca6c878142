#include "pai/modelchange.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace pai {

namespace {

// JSON text, so that a reviewer can tell the string "15" from the number 15.
QString jsonText(const QJsonValue &value)
{
    if (value.isUndefined())
        return {};
    const QJsonArray wrapper{value};
    QByteArray text = QJsonDocument(wrapper).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

QString orderText(const std::optional<qint64> &number)
{
    return number ? QString::number(*number) : QString();
}

struct ScalarField
{
    ModelField field;
    QString ModelDraft::*member;
};

constexpr ScalarField scalarFields[] = {
    {ModelField::ModelName, &ModelDraft::modelName},
    {ModelField::ModelDescription, &ModelDraft::modelDescription},
    {ModelField::ModelDoc, &ModelDraft::modelDoc},
    {ModelField::ModelType, &ModelDraft::modelType},
    {ModelField::Domain, &ModelDraft::domain},
    {ModelField::Task, &ModelDraft::task},
    {ModelField::Origin, &ModelDraft::origin},
    {ModelField::Accessibility, &ModelDraft::accessibility},
};

FieldDiff::Kind kindOf(bool hadBefore, bool hasAfter)
{
    if (!hadBefore)
        return FieldDiff::Kind::Added;
    if (!hasAfter)
        return FieldDiff::Kind::Removed;
    return FieldDiff::Kind::Changed;
}

QString labelPath(const QString &key)
{
    return u"Labels[%1]"_s.arg(key);
}

const Label *findByKey(const LabelList &labels, const QString &key)
{
    for (const Label &label : labels) {
        if (label.key == key)
            return &label;
    }
    return nullptr;
}

} // namespace

ModelDraft ModelUpdate::appliedTo(const ModelDraft &base) const
{
    ModelDraft result = base;
    for (ModelField field : fields) {
        for (const ScalarField &scalar : scalarFields) {
            if (scalar.field == field)
                result.*scalar.member = values.*scalar.member;
        }
        switch (field) {
        case ModelField::WorkspaceId:
            result.workspaceId = values.workspaceId;
            break;
        case ModelField::OrderNumber:
            result.orderNumber = values.orderNumber;
            break;
        case ModelField::Labels:
            result.labels = values.labels;
            break;
        case ModelField::ExtraInfo:
            result.extraInfo = values.extraInfo;
            break;
        default: // the scalar fields, copied above
            break;
        }
    }
    return result;
}

ModelChange ModelChange::between(const ModelDraft &before, const ModelDraft &after)
{
    ModelChange change;
    change.m_update.values = after;

    if (before.workspaceId != after.workspaceId) {
        change.m_workspaceChanged = true;
        change.m_diffs.append({ModelField::WorkspaceId, apiName(ModelField::WorkspaceId),
                               kindOf(!before.workspaceId.isEmpty(), !after.workspaceId.isEmpty()),
                               before.workspaceId, after.workspaceId});
    }

    for (const ScalarField &scalar : scalarFields) {
        const QString &old = before.*scalar.member;
        const QString &now = after.*scalar.member;
        if (old == now)
            continue;
        change.m_update.fields.append(scalar.field);
        change.m_diffs.append({scalar.field, apiName(scalar.field),
                               kindOf(!old.isEmpty(), !now.isEmpty()), old, now});
    }

    if (before.orderNumber != after.orderNumber) {
        change.m_update.fields.append(ModelField::OrderNumber);
        change.m_diffs.append(
            {ModelField::OrderNumber, apiName(ModelField::OrderNumber),
             kindOf(before.orderNumber.has_value(), after.orderNumber.has_value()),
             orderText(before.orderNumber), orderText(after.orderNumber)});
    }

    if (before.extraInfo != after.extraInfo) {
        // ExtraInfo is sent whole: UpdateModel has no way to change one key of it.
        change.m_update.fields.append(ModelField::ExtraInfo);
        const QString base = apiName(ModelField::ExtraInfo);
        QStringList keys = before.extraInfo.keys();
        for (const QString &key : after.extraInfo.keys()) {
            if (!before.extraInfo.contains(key))
                keys.append(key);
        }
        for (const QString &key : std::as_const(keys)) {
            const QJsonValue old = before.extraInfo.value(key);
            const QJsonValue now = after.extraInfo.value(key);
            if (old == now)
                continue;
            change.m_diffs.append({ModelField::ExtraInfo, base + u'.' + key,
                                   kindOf(!old.isUndefined(), !now.isUndefined()), jsonText(old),
                                   jsonText(now)});
        }
    }

    // Labels: keep the longest prefix of the new list that appears, unchanged and in order, in the
    // old list (see the class comment).
    qsizetype kept = 0;
    qsizetype searchFrom = 0;
    for (; kept < after.labels.size(); ++kept) {
        const Label &wanted = after.labels.at(kept);
        qsizetype found = -1;
        for (qsizetype i = searchFrom; i < before.labels.size(); ++i) {
            if (before.labels.at(i) == wanted) {
                found = i;
                break;
            }
        }
        if (found < 0)
            break;
        searchFrom = found + 1;
    }
    QSet<QString> keptKeys;
    for (qsizetype i = 0; i < kept; ++i)
        keptKeys.insert(after.labels.at(i).key);
    for (const Label &label : before.labels) {
        if (!keptKeys.contains(label.key) && !change.m_labelKeysToDelete.contains(label.key))
            change.m_labelKeysToDelete.append(label.key);
    }
    change.m_labelsToCreate = after.labels.mid(kept);

    // The display list names what a person changed, not the mechanics of keeping the order.
    QStringList commonInOldOrder;
    QStringList commonInNewOrder;
    for (const Label &label : before.labels) {
        const Label *now = findByKey(after.labels, label.key);
        if (!now) {
            change.m_diffs.append({ModelField::Labels, labelPath(label.key),
                                   FieldDiff::Kind::Removed, label.value, QString()});
            continue;
        }
        commonInOldOrder.append(label.key);
        if (now->value != label.value) {
            change.m_diffs.append({ModelField::Labels, labelPath(label.key),
                                   FieldDiff::Kind::Changed, label.value, now->value});
        }
    }
    for (const Label &label : after.labels) {
        if (findByKey(before.labels, label.key)) {
            commonInNewOrder.append(label.key);
        } else {
            change.m_diffs.append({ModelField::Labels, labelPath(label.key), FieldDiff::Kind::Added,
                                   QString(), label.value});
        }
    }
    if (commonInOldOrder != commonInNewOrder) {
        change.m_diffs.append({ModelField::Labels, apiName(ModelField::Labels),
                               FieldDiff::Kind::Reordered, commonInOldOrder.join(u", "),
                               commonInNewOrder.join(u", ")});
    }

    return change;
}

ModelDraft ModelChange::rebased(const ModelDraft &loaded, const ModelDraft &edited,
                                const ModelDraft &server)
{
    ModelDraft result = server;
    for (const ScalarField &scalar : scalarFields) {
        if (loaded.*scalar.member != edited.*scalar.member)
            result.*scalar.member = edited.*scalar.member;
    }
    if (loaded.orderNumber != edited.orderNumber)
        result.orderNumber = edited.orderNumber;
    if (loaded.labels != edited.labels)
        result.labels = edited.labels;
    if (loaded.extraInfo != edited.extraInfo)
        result.extraInfo = edited.extraInfo;
    return result;
}

bool ModelChange::isEmpty() const
{
    return !m_workspaceChanged && m_update.fields.isEmpty() && m_labelKeysToDelete.isEmpty() &&
           m_labelsToCreate.isEmpty();
}

} // namespace pai
