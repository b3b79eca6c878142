#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace sandbox {

// One answer of the emulated API: a status and a JSON body. Success bodies carry the fields next
// to RequestId with no Code envelope; error bodies carry Code, Message and RequestId
// (the AIWorkspace 2021-02-04 API reference).
struct ApiReply
{
    int status = 200;
    QJsonObject body;
    // When set, the exact bytes sent instead of `body`: ListModels pages are assembled from cached
    // item JSON (see ModelStore::listItemJson) and never exist as a QJsonObject.
    QByteArray serializedBody;

    static QString newRequestId(); // upper-case, UUID-like
    static ApiReply success(QJsonObject fields = {});
    static ApiReply error(int status, const QString &code, const QString &message);

    static ApiReply missingParameter(const QString &field);
    static ApiReply invalidParameter(const QString &field, const QString &rule);
    static ApiReply modelNotFound(const QString &modelId);
    static ApiReply workspaceNotFound(const QString &workspaceId);
    static ApiReply versionNotFound(const QString &modelId, const QString &versionName);
    static ApiReply versionExists(const QString &modelId, const QString &versionName);
    // A write to a model the caller does not own: a gallery model (Provider "pai").
    static ApiReply galleryWriteDenied(const QString &modelId);

    bool isSuccess() const { return status >= 200 && status < 300; }
    QString code() const;
    QByteArray toJson() const;
};

// The service's codes for a missing model and a missing workspace (the AIWorkspace 2021-02-04 API
// reference).
inline constexpr char ModelNotFoundCode[] = "201900002";
inline constexpr char WorkspaceNotFoundCode[] = "100400008";
// A missing model version: the code Terraform's provider treats as "gone". The HTTP status that
// goes with it is not documented; the sandbox pairs it with 404, as the provider's delete needs.
inline constexpr char VersionNotFoundCode[] = "201900003";
// No source documents the answer to a second version of the same name. The sandbox answers 400
// with this code: a client error, so a client knows the create did not run.
inline constexpr char VersionExistsCode[] = "ModelVersionAlreadyExists";
// A write to a public gallery model. The reference documents no AIWorkspace code for it; the
// sandbox answers with the generic permission error of Alibaba Cloud's gateway tables, HTTP 403
// with Code "Forbidden" (a 4xx: a client knows the write did not run).
inline constexpr char GalleryWriteDeniedCode[] = "Forbidden";
inline constexpr int GalleryWriteDeniedStatus = 403;

} // namespace sandbox
