#include "gui/gallery/modelcopier.h"

#include "api/apiclient.h"
#include "changes/modelwriter.h"
#include "changes/versionwriter.h"
#include "gui/editor/reviewchangesdialog.h"
#include "gui/gallery/copytoworkspacedialog.h"
#include "gui/progress/operationprogressdialog.h"
#include "pai/wirejson.h"

#include <QMessageBox>
#include <QWidget>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gui {

ModelCopier::ModelCopier(api::ApiClient *client, const TimeoutSettings &timeouts, QWidget *window)
    : QObject(window)
    , m_client(client)
    , m_timeouts(timeouts)
    , m_window(window)
{}

ModelCopier::~ModelCopier() = default;

CopyToWorkspaceDialog *ModelCopier::choiceDialog() const
{
    return m_choice;
}

ReviewChangesDialog *ModelCopier::reviewDialog() const
{
    return m_review;
}

OperationProgressDialog *ModelCopier::progressDialog() const
{
    return m_progress;
}

OperationProgressDialog *ModelCopier::newProgressDialog(const QString &operation)
{
    // One at a time: the last one stays until the next step, so its result can be read.
    if (m_progress)
        m_progress->deleteLater();
    auto *dialog = new OperationProgressDialog(m_window);
    dialog->setObjectName(u"copyProgressDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setOperation(operation);
    m_progress = dialog;
    return dialog;
}

void ModelCopier::start(const QString &modelId, const QList<pai::Workspace> &workspaces,
                        const QString &preferredWorkspace)
{
    m_workspaces = workspaces;
    m_preferredWorkspace = preferredWorkspace;
    if (!m_client) {
        end(false);
        return;
    }
    OperationProgressDialog *dialog = newProgressDialog(tr("Reading model %1").arg(modelId));
    api::GetModelCall *call = m_client->getModel(modelId, QDeadlineTimer(m_timeouts.read));
    dialog->track(call, OperationProgressDialog::ReadShowDelayMs);
    connect(call, &api::ApiCall::finished, this, [this, call] {
        call->deleteLater();
        if (call->succeeded() && call->model()) {
            if (m_progress && !m_progress->wasShown())
                m_progress->deleteLater();
            choose(*call->model());
            return;
        }
        // The progress dialog stays open with the error.
        end(false);
    });
}

void ModelCopier::choose(const pai::Model &source)
{
    const auto latest = pai::WireJson::latestVersionOf(source);
    const bool hasVersion = latest && latest.value->has_value() && !(*latest.value)->uri.isEmpty();
    auto *dialog = new CopyToWorkspaceDialog(m_window);
    dialog->setObjectName(u"copyToWorkspaceDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSource(source, hasVersion);
    dialog->setWorkspaces(m_workspaces, m_preferredWorkspace);
    m_choice = dialog;
    connect(dialog, &QDialog::finished, this, [this, dialog, source, latest](int result) {
        if (result != QDialog::Accepted) {
            end(false);
            return;
        }
        std::optional<pai::ModelVersion> version;
        if (latest && latest.value->has_value())
            version = **latest.value;
        review(changes::CopyPlan::create(source, dialog->workspaceId(), dialog->modelName(),
                                         dialog->withVersion(), version));
    });
    dialog->open();
}

void ModelCopier::review(const changes::CopyPlan &plan)
{
    auto *dialog = new ReviewChangesDialog(m_window);
    dialog->setObjectName(u"copyReviewDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString targetId = plan.modelPlan().wanted().workspaceId;
    const auto target = std::find_if(
        m_workspaces.cbegin(), m_workspaces.cend(),
        [&](const pai::Workspace &workspace) { return workspace.workspaceId == targetId; });
    dialog->showPlan(plan, target == m_workspaces.cend() || target->title().isEmpty()
                               //: A workspace's name and, in brackets, its ID
                               ? QString()
                               : tr("%1 (%2)").arg(target->title(), targetId));
    m_review = dialog;
    connect(dialog, &QDialog::finished, this, [this, plan](int result) {
        if (result != QDialog::Accepted) {
            end(false);
            return;
        }
        createModel(plan);
    });
    dialog->open();
}

void ModelCopier::createModel(const changes::CopyPlan &plan)
{
    OperationProgressDialog *dialog =
        newProgressDialog(tr("Copying \"%1\" into the workspace %2")
                              .arg(plan.source().modelName, plan.modelPlan().wanted().workspaceId));
    auto *writer = new changes::ModelWriter(m_client, this);
    writer->setTimeouts(m_timeouts.toApiTimeouts());
    writer->setReadBackTimeout(std::min<std::chrono::milliseconds>(
        m_timeouts.read, changes::ModelWriter::DefaultReadBackTimeout));
    dialog->follow(writer);
    connect(writer, &changes::ModelWriter::finished, this,
            [this, writer, plan](const changes::WriteOutcome &outcome) {
                writer->deleteLater();
                if (outcome.succeeded() && plan.withVersion()) {
                    createVersion(plan, outcome);
                    return;
                }
                conclude(plan, outcome, std::nullopt);
            });
    writer->start(plan.modelPlan());
}

void ModelCopier::createVersion(const changes::CopyPlan &plan, const changes::WriteOutcome &model)
{
    OperationProgressDialog *dialog = newProgressDialog(
        tr("Registering the first version of \"%1\" (ID %2)").arg(model.modelName, model.modelId));
    auto *writer = new changes::VersionWriter(m_client, this);
    writer->setTimeouts(m_timeouts.toApiTimeouts());
    writer->setReadBackTimeout(std::min<std::chrono::milliseconds>(
        m_timeouts.read, changes::VersionWriter::DefaultReadBackTimeout));
    dialog->follow(writer);
    connect(writer, &changes::VersionWriter::finished, this,
            [this, writer, plan, model](const changes::WriteOutcome &outcome) {
                writer->deleteLater();
                conclude(plan, model, outcome);
            });
    writer->start(plan.versionPlan(model.modelId));
}

void ModelCopier::conclude(const changes::CopyPlan &plan, const changes::WriteOutcome &model,
                           const std::optional<changes::WriteOutcome> &version)
{
    const bool succeeded = changes::CopyPlan::succeeded(model, version, plan.withVersion());
    const QString summary = changes::CopyPlan::summary(model, version, plan.withVersion());
    if (m_progress) {
        if (succeeded)
            m_progress->finishSuccess(summary, true);
        else
            m_progress->finishFailure(summary);
    }
    if (model.succeeded()) {
        pai::Model created;
        if (model.server) {
            created = *model.server;
        } else {
            plan.modelPlan().wanted().writeTo(created);
            created.modelId = model.modelId;
        }
        if (version && version->serverVersion)
            created.latestVersion = pai::WireJson::versionToJson(*version->serverVersion);
        Q_EMIT modelCreated(created);
    }
    end(succeeded);
}

void ModelCopier::end(bool succeeded)
{
    Q_EMIT finished(succeeded);
    deleteLater();
}

} // namespace gui
