#include "terraform/staterevert.h"

#include "terraform/driftcomparer.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace terraform {

namespace {

QString text(const QJsonValue &value)
{
    return value.isString() ? value.toString() : QString();
}

} // namespace

pai::ModelDraft StateRevert::modelDraft(const StateInstance &instance, const pai::Model &live)
{
    pai::ModelDraft draft = pai::ModelDraft::fromModel(live);
    const QList<FieldDrift> fields = DriftComparer::modelFields(instance, live);
    for (const FieldDrift &field : fields) {
        const QString &name = field.name;
        if (name == u"model_name"_s) {
            draft.modelName = text(field.state);
        } else if (name == u"model_description"_s) {
            draft.modelDescription = text(field.state);
        } else if (name == u"model_doc"_s) {
            draft.modelDoc = text(field.state);
        } else if (name == u"model_type"_s) {
            draft.modelType = text(field.state);
        } else if (name == u"domain"_s) {
            draft.domain = text(field.state);
        } else if (name == u"origin"_s) {
            draft.origin = text(field.state);
        } else if (name == u"task"_s) {
            draft.task = text(field.state);
        } else if (name == u"accessibility"_s) {
            draft.accessibility = text(field.state);
        } else if (name == u"order_number"_s) {
            draft.orderNumber = field.state.isDouble()
                                    ? std::optional<qint64>(field.state.toInteger())
                                    : std::nullopt;
        } else if (name == u"labels"_s) {
            draft.labels.clear();
            const QJsonArray labels = field.state.toArray();
            for (const QJsonValue &label : labels) {
                draft.labels.append({label[u"key"_s].toString(), label[u"value"_s].toString()});
            }
        } else if (name == u"extra_info"_s) {
            QJsonObject extraInfo;
            const QJsonObject state = field.state.toObject();
            for (auto it = state.constBegin(); it != state.constEnd(); ++it) {
                const QJsonValue liveValue = live.extraInfo.value(it.key());
                const bool sameText =
                    DriftComparer::mapValueText(liveValue) == std::optional(it.value().toString());
                extraInfo.insert(it.key(), sameText ? liveValue : it.value());
            }
            draft.extraInfo = extraInfo;
        }
    }
    return draft;
}

} // namespace terraform
