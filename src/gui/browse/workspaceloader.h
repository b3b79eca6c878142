#pragma once

#include "api/apierror.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

namespace api {
class ApiClient;
class ListAllWorkspacesCall;
} // namespace api

namespace gui {

class WorkspaceListModel;

// Fills a WorkspaceListModel from ListWorkspaces, every page.
class WorkspaceLoader : public QObject
{
    Q_OBJECT

public:
    explicit WorkspaceLoader(WorkspaceListModel *list, QObject *parent = nullptr);
    ~WorkspaceLoader() override;

    void setClient(api::ApiClient *client);
    void load();
    void cancel();
    bool isLoading() const { return m_call != nullptr; }
    const QStringList &warnings() const { return m_warnings; }
    const std::optional<api::ApiError> &lastError() const { return m_error; }

Q_SIGNALS:
    void finished();
    void failed(const api::ApiError &error);
    void warningsChanged();

private:
    void onFinished();

    WorkspaceListModel *m_list;
    QPointer<api::ApiClient> m_client;
    api::ListAllWorkspacesCall *m_call = nullptr;
    std::optional<api::ApiError> m_error;
    QStringList m_warnings;
};

} // namespace gui
