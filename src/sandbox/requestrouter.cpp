#include "sandbox/requestrouter.h"

#include <QByteArrayList>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace sandbox {

QString operationName(Operation operation)
{
    switch (operation) {
    case Operation::ListWorkspaces:
        return u"ListWorkspaces"_s;
    case Operation::GetWorkspace:
        return u"GetWorkspace"_s;
    case Operation::ListModels:
        return u"ListModels"_s;
    case Operation::GetModel:
        return u"GetModel"_s;
    case Operation::CreateModel:
        return u"CreateModel"_s;
    case Operation::UpdateModel:
        return u"UpdateModel"_s;
    case Operation::DeleteModel:
        return u"DeleteModel"_s;
    case Operation::CreateModelLabels:
        return u"CreateModelLabels"_s;
    case Operation::DeleteModelLabels:
        return u"DeleteModelLabels"_s;
    case Operation::ListModelVersions:
        return u"ListModelVersions"_s;
    case Operation::GetModelVersion:
        return u"GetModelVersion"_s;
    case Operation::CreateModelVersion:
        return u"CreateModelVersion"_s;
    case Operation::UpdateModelVersion:
        return u"UpdateModelVersion"_s;
    case Operation::DeleteModelVersion:
        return u"DeleteModelVersion"_s;
    case Operation::CreateModelVersionLabels:
        return u"CreateModelVersionLabels"_s;
    case Operation::DeleteModelVersionLabels:
        return u"DeleteModelVersionLabels"_s;
    }
    return {};
}

bool isWrite(Operation operation)
{
    switch (operation) {
    case Operation::CreateModel:
    case Operation::UpdateModel:
    case Operation::DeleteModel:
    case Operation::CreateModelLabels:
    case Operation::DeleteModelLabels:
    case Operation::CreateModelVersion:
    case Operation::UpdateModelVersion:
    case Operation::DeleteModelVersion:
    case Operation::CreateModelVersionLabels:
    case Operation::DeleteModelVersionLabels:
        return true;
    default:
        return false;
    }
}

namespace RequestRouter {

std::optional<Route> route(const QByteArray &method, const QByteArray &rawPath)
{
    QByteArrayList segments = rawPath.split('/');
    // "/api/v1/models/x" splits into "", "api", "v1", "models", "x"; a trailing '/' is tolerated.
    if (!segments.isEmpty() && segments.constLast().isEmpty())
        segments.removeLast();
    if (segments.size() < 4 || !segments.at(0).isEmpty() || segments.at(1) != "api" ||
        segments.at(2) != "v1") {
        return std::nullopt;
    }
    const QByteArray &collection = segments.at(3);
    const QString id = segments.size() > 4 ? QUrl::fromPercentEncoding(segments.at(4)) : QString();
    if (segments.size() > 4 && id.isEmpty())
        return std::nullopt;

    if (collection == "workspaces") {
        if (method != "GET" || segments.size() > 5)
            return std::nullopt;
        return Route{
            segments.size() == 4 ? Operation::ListWorkspaces : Operation::GetWorkspace, id, {}};
    }
    if (collection != "models")
        return std::nullopt;
    switch (segments.size()) {
    case 4:
        if (method == "GET")
            return Route{Operation::ListModels, {}, {}};
        if (method == "POST")
            return Route{Operation::CreateModel, {}, {}};
        return std::nullopt;
    case 5:
        if (method == "GET")
            return Route{Operation::GetModel, id, {}};
        if (method == "PUT")
            return Route{Operation::UpdateModel, id, {}};
        if (method == "DELETE")
            return Route{Operation::DeleteModel, id, {}};
        return std::nullopt;
    case 6:
        if (segments.at(5) == "versions") {
            if (method == "GET")
                return Route{Operation::ListModelVersions, id, {}};
            if (method == "POST")
                return Route{Operation::CreateModelVersion, id, {}};
            return std::nullopt;
        }
        if (segments.at(5) != "labels")
            return std::nullopt;
        if (method == "POST")
            return Route{Operation::CreateModelLabels, id, {}};
        if (method == "DELETE")
            return Route{Operation::DeleteModelLabels, id, {}};
        return std::nullopt;
    default:
        break;
    }
    // "/api/v1/models/{ModelId}/versions/{VersionName}[/labels]"
    if (segments.at(5) != "versions" || segments.size() > 8)
        return std::nullopt;
    const QString versionName = QUrl::fromPercentEncoding(segments.at(6));
    if (versionName.isEmpty())
        return std::nullopt;
    if (segments.size() == 7) {
        if (method == "GET")
            return Route{Operation::GetModelVersion, id, versionName};
        if (method == "PUT")
            return Route{Operation::UpdateModelVersion, id, versionName};
        if (method == "DELETE")
            return Route{Operation::DeleteModelVersion, id, versionName};
        return std::nullopt;
    }
    if (segments.at(7) != "labels")
        return std::nullopt;
    if (method == "POST")
        return Route{Operation::CreateModelVersionLabels, id, versionName};
    if (method == "DELETE")
        return Route{Operation::DeleteModelVersionLabels, id, versionName};
    return std::nullopt;
}

} // namespace RequestRouter

} // namespace sandbox
