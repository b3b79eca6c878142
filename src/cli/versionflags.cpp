#include "cli/versionflags.h"

#include "pai/fieldrules.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace cli {

namespace {

struct TextFlag
{
    pai::VersionField field;
    QString flag;
};

struct ObjectFlag
{
    pai::VersionField field;
    QString flag;
};

const QList<TextFlag> &textFlags()
{
    static const QList<TextFlag> flags{
        {pai::VersionField::VersionName, u"name"_s},
        {pai::VersionField::Uri, u"uri"_s},
        {pai::VersionField::VersionDescription, u"description"_s},
        {pai::VersionField::FormatType, u"format"_s},
        {pai::VersionField::FrameworkType, u"framework"_s},
        {pai::VersionField::ApprovalStatus, u"approval"_s},
        {pai::VersionField::SourceType, u"source-type"_s},
        {pai::VersionField::SourceId, u"source-id"_s},
        {pai::VersionField::Options, u"options"_s},
    };
    return flags;
}

const QList<ObjectFlag> &objectFlags()
{
    static const QList<ObjectFlag> flags{
        {pai::VersionField::Metrics, u"metrics"_s},
        {pai::VersionField::TrainingSpec, u"training-spec"_s},
        {pai::VersionField::InferenceSpec, u"inference-spec"_s},
        {pai::VersionField::ExtraInfo, u"extra-info"_s},
    };
    return flags;
}

} // namespace

QString VersionFlags::flagName(pai::VersionField field)
{
    for (const TextFlag &text : textFlags()) {
        if (text.field == field)
            return text.flag;
    }
    for (const ObjectFlag &object : objectFlags()) {
        if (object.field == field)
            return object.flag;
    }
    if (field == pai::VersionField::Labels)
        return u"label"_s;
    return pai::apiName(field);
}

void VersionFlags::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {u"name"_s,
         tr("Version name (VersionName) such as 1.0.0 or 2.3.4_beta; without it the service "
            "numbers the version."),
         tr("NAME")},
        {u"uri"_s,
         tr("Where the model files are (Uri): oss://bucket.endpoint/path/ or an http(s) URL."),
         tr("URI")},
        {u"description"_s, tr("Description (VersionDescription)."), tr("TEXT")},
        {u"format"_s, tr("Model format (FormatType), e.g. SavedModel or SafeTensors."), tr("F")},
        {u"framework"_s, tr("Framework (FrameworkType), e.g. PyTorch or TensorFlow."), tr("F")},
        {u"approval"_s, tr("Approval status (ApprovalStatus): Pending, Approved or Rejected."),
         tr("STATUS")},
        {u"source-type"_s, tr("Where the version comes from (SourceType), e.g. TrainingService."),
         tr("T")},
        {u"source-id"_s, tr("The ID of its source (SourceId)."), tr("ID")},
        {u"options"_s, tr("Options as JSON text, e.g. {}; sent as a string."), tr("JSON")},
        {u"metrics"_s,
         tr("Metrics as a JSON object (at most %1 characters).")
             .arg(pai::FieldRules::MetricsMaxCharacters),
         tr("JSON")},
        {u"training-spec"_s, tr("TrainingSpec as a JSON object."), tr("JSON")},
        {u"inference-spec"_s, tr("InferenceSpec as a JSON object."), tr("JSON")},
        {u"extra-info"_s, tr("ExtraInfo as a JSON object; nested values are kept."), tr("JSON")},
        LabelFlags::labelOption(
            tr("A label; repeat for more. On update, the given labels replace all.")),
    });
}

void VersionFlags::addLabelEditOptions(QCommandLineParser &parser)
{
    LabelFlags::addEditOptions(parser);
}

pai::ModelVersionDraft VersionFlags::Values::applyTo(const pai::ModelVersionDraft &current) const
{
    // Every given field, immutable ones included: the plan refuses those, naming them.
    pai::ModelVersionDraft wanted = current;
    for (const pai::VersionTextField &text : pai::versionTextFields()) {
        if (given.contains(text.field))
            wanted.*text.member = draft.*text.member;
    }
    for (const pai::VersionObjectField &object : pai::versionObjectFields()) {
        if (given.contains(object.field))
            wanted.*object.member = draft.*object.member;
    }
    wanted.labels = labels.applyTo(current.labels);
    return wanted;
}

VersionFlags::Values VersionFlags::read(const QCommandLineParser &parser, bool labelEdits)
{
    Values values;
    if (!LabelFlags::read(parser, labelEdits, values.labels, values.error))
        return values;
    pai::ModelVersionDraft &draft = values.draft;
    draft.labels = values.labels.labels;

    for (const TextFlag &text : textFlags()) {
        if (!parser.isSet(text.flag))
            continue;
        for (const pai::VersionTextField &member : pai::versionTextFields()) {
            if (member.field == text.field)
                draft.*member.member = parser.value(text.flag);
        }
        values.given.append(text.field);
    }

    const auto check = [&](const QString &flag, std::optional<pai::FieldError> error) {
        if (error && parser.isSet(flag))
            values.error = LabelFlags::flagError(flag, error->message);
        return values.error.isEmpty();
    };
    if (!check(u"name"_s, pai::FieldRules::checkVersionName(draft.versionName)))
        return values;
    if (parser.isSet(u"name"_s) && draft.versionName.isEmpty()) {
        values.error = LabelFlags::flagError(
            u"name"_s, tr("VersionName cannot be empty; leave the flag out to let the service "
                          "number the version."));
        return values;
    }
    if (!check(u"uri"_s, pai::FieldRules::checkVersionUri(draft.uri)))
        return values;
    if (!check(u"approval"_s, pai::FieldRules::checkApprovalStatus(draft.approvalStatus)))
        return values;
    if (!check(u"options"_s, pai::FieldRules::checkVersionOptions(draft.options)))
        return values;

    for (const ObjectFlag &object : objectFlags()) {
        if (!parser.isSet(object.flag))
            continue;
        const QString field = pai::apiName(object.field);
        QJsonParseError parseError;
        const QJsonDocument document =
            QJsonDocument::fromJson(parser.value(object.flag).toUtf8(), &parseError);
        if (!document.isObject()) {
            const QString reason = parseError.error != QJsonParseError::NoError
                                       ? parseError.errorString()
                                       : tr("not an object");
            values.error = LabelFlags::flagError(
                object.flag, tr("%1 must be a JSON object (%2)").arg(field, reason));
            return values;
        }
        for (const pai::VersionObjectField &member : pai::versionObjectFields()) {
            if (member.field == object.field)
                draft.*member.member = document.object();
        }
        values.given.append(object.field);
    }
    if (!check(u"metrics"_s, pai::FieldRules::checkMetrics(draft.metrics)))
        return values;
    return values;
}

} // namespace cli
