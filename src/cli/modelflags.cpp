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
        {u"parameter-size"_s, tr("Parameter count (ParameterSize), a whole number from 0 up."),
         tr("N")},
        {u"tag"_s,
         tr("A tag (Tag), KEY=VALUE; repeat for more. Only on create: UpdateModel has no Tag."),
         tr("KEY=VALUE")},
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

    if (parser.isSet(u"parameter-size"_s)) {
        const QString number = parser.value(u"parameter-size"_s);
        if (number.trimmed().isEmpty()) {
            values.error = flagError(u"parameter-size"_s,
                                     tr("ParameterSize must be a whole number, not empty."));
            return values;
        }
        if (auto error = pai::FieldRules::checkParameterSize(number)) {
            values.error = flagError(u"parameter-size"_s, error->message);
            return values;
        }
        draft.parameterSize = number.trimmed().toLongLong();
        values.given.append(pai::ModelField::ParameterSize);
    }

    if (parser.isSet(u"tag"_s)) {
        values.tagsGiven = true;
        const QStringList tags = parser.values(u"tag"_s);
        for (int i = 0; i < tags.size(); ++i) {
            const qsizetype equals = tags.at(i).indexOf(u'=');
            if (equals <= 0) {
                values.error = flagError(
                    u"tag"_s, tr("Tag[%1]: \"%2\" is not KEY=VALUE").arg(i).arg(tags.at(i)));
                return values;
            }
            draft.tags.append({tags.at(i).left(equals), tags.at(i).mid(equals + 1)});
        }
        if (const QList<pai::FieldError> errors = pai::FieldRules::checkTags(draft.tags);
            !errors.isEmpty()) {
            values.error = flagError(u"tag"_s, errors.first().message);
            return values;
        }
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
