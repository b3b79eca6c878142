#include "cli/commands/modelupdatecommand.h"

#include "api/apiclient.h"
#include "cli/commandcontext.h"
#include "cli/modelflags.h"
#include "cli/output.h"

namespace cli {

QString ModelUpdateCommand::summary() const
{
    return tr("Change some fields of a model; --label replaces all labels.");
}

int ModelUpdateCommand::run(const QStringList &arguments, CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The model ID (model-...)."));
    ModelFlags::addOptions(parser);
    if (auto exit = parse(parser, arguments, context))
        return *exit;
    if (auto exit = expectPositional(parser, 1, tr("ID [options]"), context))
        return *exit;
    const ModelFlags::Values values = ModelFlags::read(parser);
    if (!values.error.isEmpty())
        return context.usageError(values.error);
    if (values.workspaceGiven) {
        return context.usageError(
            tr("--workspace: WorkspaceId cannot be changed; UpdateModel does not move a model."));
    }
    if (values.given.isEmpty() && !values.labelsGiven)
        return context.usageError(tr("model update: nothing to change; give at least one flag."));

    api::ApiClient *client = context.client();
    if (!client)
        return context.clientFailure();
    const QString modelId = parser.positionalArguments().constFirst();
    QString requestId;

    if (!values.given.isEmpty()) {
        auto *call = client->updateModel(modelId, pai::ModelUpdate{values.draft, values.given});
        const int result = context.wait(call);
        requestId = call->requestId();
        call->deleteLater();
        if (result != Success)
            return result;
    }

    if (values.labelsGiven) {
        auto *get = client->getModel(modelId);
        int result = context.wait(get);
        const pai::LabelList oldLabels = get->model() ? get->model()->labels : pai::LabelList();
        get->deleteLater();
        if (result != Success)
            return result;
        if (!oldLabels.isEmpty()) {
            QStringList keys;
            for (const pai::Label &label : oldLabels)
                keys.append(label.key);
            auto *remove = client->deleteModelLabels(modelId, keys);
            result = context.wait(remove);
            requestId = remove->requestId();
            remove->deleteLater();
            if (result != Success)
                return result;
        }
        if (!values.draft.labels.isEmpty()) {
            auto *create = client->createModelLabels(modelId, values.draft.labels);
            result = context.wait(create);
            requestId = create->requestId();
            create->deleteLater();
            if (result != Success)
                return result;
        }
    }

    Output::written(context.out(), context.options().output, modelId, requestId,
                    tr("Updated %1.").arg(modelId));
    return Success;
}

} // namespace cli
