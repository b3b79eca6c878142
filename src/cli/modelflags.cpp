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
    return u"--%1: %2"_s.arg(flag, message);
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
        {u"label"_s, tr("A label; repeat for more. On update, the given labels replace all."),
         tr("KEY=VALUE")},
        {u"extra-info"_s, tr("ExtraInfo as a JSON object; nested values are kept."), tr("JSON")},
    });
}

bool ModelFlags::readLabelEdits(const QCommandLineParser &parser, Values &values)
{
    const QStringList added = parser.values(u"add-label"_s);
    for (qsizetype i = 0; i < added.size(); ++i) {
        const qsizetype equals = added.at(i).indexOf(u'=');
        if (equals < 0) {
            values.error =
                flagError(u"add-label"_s,
                          tr("Labels[%1]: \"%2\" is not KEY=VALUE").arg(i + 1).arg(added.at(i)));
            return false;
        }
        values.addLabels.append({added.at(i).left(equals), added.at(i).mid(equals + 1)});
    }
    const QList<pai::FieldError> errors = pai::FieldRules::checkLabels(values.addLabels);
    if (!errors.isEmpty()) {
        values.error = flagError(u"add-label"_s, errors.first().message);
        return false;
    }
    for (const QString &key : parser.values(u"remove-label"_s)) {
        if (key.trimmed().isEmpty()) {
            values.error = flagError(u"remove-label"_s, tr("a label key cannot be empty"));
            return false;
        }
        if (std::any_of(values.addLabels.cbegin(), values.addLabels.cend(),
                        [&](const pai::Label &label) { return label.key == key; })) {
            values.error =
                flagError(u"remove-label"_s, tr("\"%1\" is also given to --add-label").arg(key));
            return false;
        }
        values.removeLabelKeys.append(key);
    }
    return true;
}

void ModelFlags::addLabelEditOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {u"add-label"_s,
         tr("Set one label, keeping the others (a key that exists gets the new value); repeat "
            "for more."),
         tr("KEY=VALUE")},
        {u"remove-label"_s, tr("Remove the label with this key; repeat for more."), tr("KEY")},
    });
}

pai::ModelDraft ModelFlags::Values::applyTo(const pai::ModelDraft &current) const
{
    pai::ModelDraft wanted = pai::ModelUpdate{draft, given}.appliedTo(current);
    if (labelsGiven)
        wanted.labels = draft.labels;
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
    return wanted;
}

ModelFlags::Values ModelFlags::read(const QCommandLineParser &parser, bool labelEdits)
{
    Values values;
    if (labelEdits && !readLabelEdits(parser, values))
        return values;
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

    const QStringList labels = parser.values(u"label"_s);
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const QString &label = labels.at(i);
        const qsizetype equals = label.indexOf(u'=');
        if (equals < 0) {
            values.error =
                flagError(u"label"_s, tr("Labels[%1]: \"%2\" is not KEY=VALUE").arg(i).arg(label));
            return values;
        }
        draft.labels.append({label.left(equals), label.mid(equals + 1)});
    }
    if (!labels.isEmpty()) {
        const QList<pai::FieldError> errors = pai::FieldRules::checkLabels(draft.labels);
        if (!errors.isEmpty()) {
            values.error = flagError(u"label"_s, errors.first().message);
            return values;
        }
        values.labelsGiven = true;
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
