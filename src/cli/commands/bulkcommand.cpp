#include "cli/commands/bulkcommand.h"

#include "api/apiclient.h"
#include "changes/bulkplanner.h"
#include "cli/bulkplanrunner.h"
#include "cli/commandcontext.h"
#include "cli/labelflags.h"
#include "cli/modelfilterflags.h"
#include "pai/fieldrules.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace cli {

namespace {

// Waits for the planner's plan (it reads the models first).
changes::BulkPlan waitForPlan(changes::BulkPlanner &planner, const std::function<void()> &start)
{
    std::optional<changes::BulkPlan> plan;
    QEventLoop loop;
    QObject::connect(&planner, &changes::BulkPlanner::planned, &loop,
                     [&](const changes::BulkPlan &made) {
                         plan = made;
                         loop.quit();
                     });
    start();
    if (!plan)
        loop.exec();
    return *plan;
}

// "K=JSON": a JSON value of any kind (a string in double quotes).
std::optional<QJsonValue> parseJsonValue(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument document =
        QJsonDocument::fromJson(u"["_s.toUtf8() + text.toUtf8() + "]", &error);
    if (error.error != QJsonParseError::NoError || document.array().size() != 1)
        return std::nullopt;
    return document.array().first();
}

} // namespace

QString BulkCommand::summary() const
{
    return tr("Apply one edit (labels, ExtraInfo, accessibility or delete) to many models; "
              "\"bulk undo\" restores a run.");
}

changes::BulkEdit BulkCommand::readEdit(const QCommandLineParser &parser, QString &error)
{
    changes::BulkEdit edit;
    LabelFlags::Edits labels;
    if (!LabelFlags::readEdits(parser, labels, error))
        return edit;
    edit.addLabels = labels.addLabels;
    edit.removeLabelKeys = labels.removeLabelKeys;
    for (const QString &pair : parser.values(u"set-extra-info"_s)) {
        const qsizetype equals = pair.indexOf(u'=');
        const std::optional<QJsonValue> value =
            equals > 0 ? parseJsonValue(pair.mid(equals + 1)) : std::nullopt;
        if (!value) {
            error = LabelFlags::flagError(
                u"set-extra-info"_s,
                tr("\"%1\" is not KEY=JSON (a string needs double quotes: name=\"\\\"x\\\"\")")
                    .arg(pair));
            return edit;
        }
        edit.setExtraInfo.insert(pair.left(equals), *value);
    }
    for (const QString &key : parser.values(u"remove-extra-info"_s)) {
        if (key.isEmpty()) {
            error = LabelFlags::flagError(u"remove-extra-info"_s, tr("a key cannot be empty"));
            return edit;
        }
        edit.removeExtraInfoKeys.append(key);
    }
    edit.accessibility = parser.value(u"accessibility"_s);
    if (auto problem = pai::FieldRules::checkAccessibility(edit.accessibility)) {
        error = LabelFlags::flagError(u"accessibility"_s, problem->message);
        return edit;
    }
    edit.remove = parser.isSet(u"delete"_s);
    if (edit.isEmpty())
        error = tr("bulk: nothing to change; give at least one action (--add-label, "
                   "--remove-label, --set-extra-info, --remove-extra-info, --accessibility or "
                   "--delete).");
    else if (const QString conflict = edit.conflictingActions(); !conflict.isEmpty())
        error = u"bulk: "_s + conflict;
    return edit;
}

int BulkCommand::run(const QStringList &arguments, CommandContext &context)
{
    if (arguments.value(0) == u"undo"_s)
        return runUndo(arguments.mid(1), context);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        summary() + u"\n\n"_s +
        tr("Pick the models with --model (repeat it), or with --workspace and the filters of "
           "\"models\". Each model gets the edit applied to its own values; a model that already "
           "has them gets no request. At most six models are written at a time, each under its "
           "own update or delete timeout. The JSON output lists every model with its outcome "
           "and RequestIds; save it to undo the run with \"bulk undo FILE\". Exit code 1 when "
           "any model failed."));
    parser.addOption({u"model"_s, tr("A model to edit; repeat for more."), tr("ID")});
    ModelFilterFlags::addOptions(parser);
    LabelFlags::addEditOptions(parser);
    parser.addOptions({
        {u"set-extra-info"_s,
         tr("Set one ExtraInfo key to a JSON value, keeping the others; repeat for more."),
         tr("KEY=JSON")},
        {u"remove-extra-info"_s, tr("Remove one ExtraInfo key; repeat for more."), tr("KEY")},
        {u"accessibility"_s, tr("Set Accessibility: PRIVATE or PUBLIC."), tr("PRIVATE|PUBLIC")},
        {u"delete"_s, tr("Delete the models.")},
    });
    BulkPlanRunner::addOptions(parser);
    if (auto exit = parse(parser, arguments, context))
        return *exit;
    if (auto exit = expectPositional(parser, 0, tr("(--model ID... | FILTERS) ACTIONS"), context))
        return *exit;
    if (auto exit = BulkPlanRunner::readOutput(parser, context))
        return *exit;
    QString error;
    const changes::BulkEdit edit = readEdit(parser, error);
    if (!error.isEmpty())
        return context.usageError(error);
    const QStringList ids = parser.values(u"model"_s);
    const bool filtered = ModelFilterFlags::anySet(parser);
    if (ids.isEmpty() && !filtered)
        return context.usageError(tr("bulk: name the models with --model, --workspace or a "
                                     "filter of \"models\"; nothing was sent."));
    if (!ids.isEmpty() && filtered)
        return context.usageError(
            tr("bulk: --model cannot go with --workspace or the filters; pick one way."));
    if (auto exit = BulkPlanRunner::refuseWithoutTerminal(parser, context))
        return *exit;

    api::ApiClient *client = context.client();
    if (!client)
        return context.clientFailure();
    changes::BulkPlan plan;
    if (!ids.isEmpty()) {
        changes::BulkPlanner planner(client);
        plan = waitForPlan(planner, [&] { planner.planEdit(edit, ids); });
    } else {
        // ListModels items are whole models: the listing is the plan's fresh read.
        QString flagError;
        const std::optional<api::ModelListQuery> filters =
            ModelFilterFlags::read(parser, &flagError);
        if (!filters)
            return context.usageError(flagError);
        auto *call = client->listAllModels(*filters);
        const int listed = context.wait(call);
        call->deleteLater();
        if (listed != Success)
            return listed;
        plan = changes::BulkPlan::build(edit, call->models());
    }
    return BulkPlanRunner::run(plan, parser, context);
}

int BulkCommand::runUndo(const QStringList &arguments, CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Restores the models a bulk run changed to their values before it, from the run's "
           "JSON output. A model changed since the run is listed and left alone; deleted models "
           "cannot be restored."));
    parser.addPositionalArgument(u"RESULT"_s, tr("The JSON output of the bulk run."));
    BulkPlanRunner::addOptions(parser);
    if (!parser.parse(QStringList{u"paidesk-cli bulk undo"_s} + arguments))
        return context.usageError(parser.errorText());
    if (parser.positionalArguments().size() != 1)
        return context.usageError(tr("usage: paidesk-cli bulk undo RESULT.json [options]"));
    if (auto exit = BulkPlanRunner::readOutput(parser, context))
        return *exit;
    const QString path = parser.positionalArguments().constFirst();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return context.usageError(
            tr("bulk undo: cannot read %1: %2").arg(path, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    QString why = parseError.errorString();
    std::optional<changes::BulkResult> result;
    if (parseError.error == QJsonParseError::NoError)
        result = changes::BulkResult::fromJson(document.object(), &why);
    if (!result)
        return context.usageError(tr("bulk undo: %1: %2").arg(path, why));
    if (auto exit = BulkPlanRunner::refuseWithoutTerminal(parser, context))
        return *exit;

    api::ApiClient *client = context.client();
    if (!client)
        return context.clientFailure();
    changes::BulkPlanner planner(client);
    const changes::BulkPlan plan = waitForPlan(planner, [&] { planner.planUndo(*result); });
    // A model someone changes between the undo's read and its write is left alone too.
    return BulkPlanRunner::run(plan, parser, context, changes::ModelWriter::ConflictPolicy::Stop);
}

} // namespace cli
