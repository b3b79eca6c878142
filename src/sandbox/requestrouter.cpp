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
        return Route{segments.size() == 4 ? Operation::ListWorkspaces : Operation::GetWorkspace,
                     id};
    }
    if (collection != "models")
        return std::nullopt;
    switch (segments.size()) {
    case 4:
        if (method == "GET")
            return Route{Operation::ListModels, {}};
        if (method == "POST")
            return Route{Operation::CreateModel, {}};
        return std::nullopt;
    case 5:
        if (method == "GET")
            return Route{Operation::GetModel, id};
        if (method == "PUT")
            return Route{Operation::UpdateModel, id};
        if (method == "DELETE")
            return Route{Operation::DeleteModel, id};
        return std::nullopt;
    case 6:
        if (segments.at(5) != "labels")
            return std::nullopt;
        if (method == "POST")
            return Route{Operation::CreateModelLabels, id};
        if (method == "DELETE")
            return Route{Operation::DeleteModelLabels, id};
        return std::nullopt;
    default:
        return std::nullopt;
    }
}

} // namespace RequestRouter

} // namespace sandbox
