#pragma once

#include "api/signer.h"
#include "sandbox/apireply.h"
#include "sandbox/requestrouter.h"

#include <QByteArray>

#include <optional>

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
    // A smaller largest PageSize than the service's own (0: the service's), for tests of a
    // client that must find the largest size a server accepts.
    void setMaxPageSize(int maxPageSize) { m_maxPageSize = maxPageSize; }

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

    ApiReply listModelVersions(const QString &modelId, const api::QueryItems &query);
    ApiReply getModelVersion(const QString &modelId, const QString &versionName);
    ApiReply createModelVersion(const QString &modelId, const QByteArray &body);
    ApiReply updateModelVersion(const QString &modelId, const QString &versionName,
                                const QByteArray &body);
    ApiReply deleteModelVersion(const QString &modelId, const QString &versionName);
    ApiReply createModelVersionLabels(const QString &modelId, const QString &versionName,
                                      const QByteArray &body);
    ApiReply deleteModelVersionLabels(const QString &modelId, const QString &versionName,
                                      const api::QueryItems &query);
    // A 404 for a missing model or version (in that order), or nothing when both exist.
    std::optional<ApiReply> missingVersion(const QString &modelId, const QString &versionName);
    // Not found (404) for a missing model; the permission error (403 Forbidden) for a gallery
    // model, which nobody but its provider may change; nothing when the write may go ahead.
    std::optional<ApiReply> refuseWrite(const QString &modelId) const;

    ModelStore &m_store;
    int m_maxPageSize = 0;
};

} // namespace sandbox
