#pragma once

#include "api/signer.h"
#include "sandbox/apireply.h"
#include "sandbox/requestrouter.h"

#include <QByteArray>

namespace sandbox {

class ModelStore;

// Carries out one routed operation on the store and builds the service's answer: the shapes,
// status codes and error codes of the AIWorkspace API reference. Input is validated with the same
// field rules the client uses, so an error names the field and the rule.
class OperationHandler
{
public:
    explicit OperationHandler(ModelStore &store);

    ApiReply handle(const Route &route, const api::QueryItems &query, const QByteArray &body);

private:
    ApiReply listWorkspaces(const api::QueryItems &query);
    ApiReply getWorkspace(const QString &workspaceId, const api::QueryItems &query);
    ApiReply listModels(const api::QueryItems &query);
    ApiReply getModel(const QString &modelId);
    ApiReply createModel(const QByteArray &body);
    ApiReply updateModel(const QString &modelId, const QByteArray &body);
    ApiReply deleteModel(const QString &modelId);
    ApiReply createModelLabels(const QString &modelId, const QByteArray &body);
    ApiReply deleteModelLabels(const QString &modelId, const api::QueryItems &query);

    ModelStore &m_store;
};

} // namespace sandbox
