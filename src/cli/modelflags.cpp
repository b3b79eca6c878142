#include "cli/modelflags.h"

#include "pai/fieldrules.h"
#include "pai/modelchange.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace cli {

namespace {

QString flagError(const QString &flag, const QString &message)
{
    return LabelFlags::flagError(flag, message);
}

} // namespace

void ModelFlags::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {u"name"_s, tr("Model name (ModelName), 1 to 127 characters."), tr("NAME")},
        {u"workspace"_s, tr("Workspace ID (WorkspaceId)."), tr("ID")},
        {u"description"_s, tr("Description (ModelDescription)."), tr("TEXT")},
        {u"doc"_s, tr("Documentation URL (ModelDoc)."), tr("URL")},
        {u"type"_s, tr("Model type (ModelType), e.g. Checkpoint or LoRA."), tr("T")},
        {u"domain"_s, tr("Domain, e.g. nlp or cv."), tr("D")},
        {u"task"_s, tr("Task, e.g. text-classification."), tr("T")},
        {u"origin"_s, tr("Origin, e.g. ModelScope or HuggingFace."), tr("O")},
        {u"accessibility"_s, tr("PRIVATE or PUBLIC."), tr("PRIVATE|PUBLIC")},
        {u"order-number"_s, tr("Sort key (OrderNumber), an integer."), tr("N")},
        LabelFlags::labelOption(
            tr("A label; repeat for more. On update, the given labels replace all.")),
        {u"extra-info"_s, tr("ExtraInfo as a JSON object; nested values are kept."), tr("JSON")},
    });
}

void ModelFlags::addLabelEditOptions(QCommandLineParser &parser)
{
    LabelFlags::addEditOptions(parser);
}

pai::ModelDraft ModelFlags::Values::applyTo(const pai::ModelDraft &current) const
{
    pai::ModelDraft wanted = pai::ModelUpdate{draft, given}.appliedTo(current);
    wanted.labels = labels.applyTo(current.labels);
    return wanted;
}

ModelFlags::Values ModelFlags::read(const QCommandLineParser &parser, bool labelEdits)
{
    Values values;
    if (!LabelFlags::read(parser, labelEdits, values.labels, values.error))
        return values;
    values.draft.labels = values.labels.labels;
    pai::ModelDraft &draft = values.draft;
    const auto text = [&](const QString &flag, pai::ModelField field, QString &target) {
        if (parser.isSet(flag)) {
            target = parser.value(flag);
            values.given.append(field);
        }
    };
    text(u"name"_s, pai::ModelField::ModelName, draft.modelName);
    text(u"description"_s, pai::ModelField::ModelDescription, draft.modelDescription);
    text(u"doc"_s, pai::ModelField::ModelDoc, draft.modelDoc);
    text(u"type"_s, pai::ModelField::ModelType, draft.modelType);
    text(u"domain"_s, pai::ModelField::Domain, draft.domain);
    text(u"task"_s, pai::ModelField::Task, draft.task);
    text(u"origin"_s, pai::ModelField::Origin, draft.origin);
    text(u"accessibility"_s, pai::ModelField::Accessibility, draft.accessibility);
    if (parser.isSet(u"workspace"_s)) {
        draft.workspaceId = parser.value(u"workspace"_s);
        values.workspaceGiven = true;
    }

    if (parser.isSet(u"name"_s)) {
        if (auto error = pai::FieldRules::checkModelName(draft.modelName)) {
            values.error = flagError(u"name"_s, error->message);
            return values;
        }
    }
    if (auto error = pai::FieldRules::checkAccessibility(draft.accessibility)) {
        values.error = flagError(u"accessibility"_s, error->message);
        return values;
    }
    if (auto error = pai::FieldRules::checkModelDoc(draft.modelDoc)) {
        values.error = flagError(u"doc"_s, error->message);
        return values;
    }
    if (parser.isSet(u"order-number"_s)) {
        const QString number = parser.value(u"order-number"_s);
        // The field rule lets an empty form field mean "not set"; a flag needs a value.
        if (number.trimmed().isEmpty()) {
            values.error =
                flagError(u"order-number"_s, tr("OrderNumber must be a whole number, not empty."));
            return values;
        }
        if (auto error = pai::FieldRules::checkOrderNumber(number)) {
            values.error = flagError(u"order-number"_s, error->message);
            return values;
        }
        draft.orderNumber = number.trimmed().toLongLong();
        values.given.append(pai::ModelField::OrderNumber);
    }

    if (parser.isSet(u"extra-info"_s)) {
        QJsonParseError parseError;
        const QJsonDocument document =
            QJsonDocument::fromJson(parser.value(u"extra-info"_s).toUtf8(), &parseError);
        if (!document.isObject()) {
            const QString reason = parseError.error != QJsonParseError::NoError
                                       ? parseError.errorString()
                                       : tr("not an object");
            values.error =
                flagError(u"extra-info"_s, tr("ExtraInfo must be a JSON object (%1)").arg(reason));
            return values;
        }
        draft.extraInfo = document.object();
        values.given.append(pai::ModelField::ExtraInfo);
    }
    return values;
}

} // namespace cli
