// pai::WireJson and api::ApiError on arbitrary reply bodies: model (GetModel), workspace
// (GetWorkspace), ListModels and ListWorkspaces pages, error bodies, and from selector 0xF0 on
// the version shapes: a version (GetModelVersion), a ListModelVersions page, and a model's
// LatestVersion.
//
// Input: one selector byte, then the body. Invariants: a parse gives a value or an error, never
// both; and whatever parses survives a write and a re-parse unchanged (unknown fields included).

#include "api/apierror.h"
#include "fuzzsupport.h"
#include "pai/wirejson.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>

using namespace pai;
using namespace Qt::StringLiterals;

namespace {

template<typename T> void checkShape(const WireJson::Parsed<T> &parsed)
{
    FUZZ_CHECK(parsed.value.has_value() == parsed.error.isEmpty(), parsed.error);
}

void model(const QJsonObject &body)
{
    const auto parsed = WireJson::modelFromJson(body);
    checkShape(parsed);
    if (!parsed)
        return;
    for (const auto shape : {WireJson::ModelShape::ListItem, WireJson::ModelShape::Detail}) {
        const QJsonObject written = WireJson::modelToJson(*parsed.value, shape);
        const auto again = WireJson::modelFromJson(written);
        FUZZ_CHECK(again, again.error);
        Model expected = *parsed.value;
        if (shape == WireJson::ModelShape::Detail)
            expected.tags.clear(); // GetModel bodies leave Tags out, as the service does
        FUZZ_CHECK(*again.value == expected,
                   QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)));
    }
}

void workspace(const QJsonObject &body)
{
    const auto parsed = WireJson::workspaceFromJson(body);
    checkShape(parsed);
    if (!parsed)
        return;
    const QJsonObject written =
        WireJson::workspaceToJson(*parsed.value, WireJson::WorkspaceShape::Detail);
    const auto again = WireJson::workspaceFromJson(written);
    FUZZ_CHECK(again, again.error);
    Workspace expected = *parsed.value;
    if (expected.displayName.isEmpty())
        expected.displayName = expected.workspaceName; // GetWorkspace always has a DisplayName
    FUZZ_CHECK(*again.value == expected,
               QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)));
}

void modelPage(const QJsonObject &body)
{
    const auto parsed = WireJson::modelPageFromJson(body);
    checkShape(parsed);
    if (!parsed)
        return;
    for (const Model &item : parsed.value->models) {
        const auto again = WireJson::modelFromJson(WireJson::modelToJson(item));
        FUZZ_CHECK(again && *again.value == item, again.error);
    }
}

void workspacePage(const QJsonObject &body)
{
    const auto parsed = WireJson::workspacePageFromJson(body);
    checkShape(parsed);
    if (!parsed)
        return;
    for (const Workspace &item : parsed.value->workspaces) {
        const auto again = WireJson::workspaceFromJson(
            WireJson::workspaceToJson(item, WireJson::WorkspaceShape::ListItem));
        FUZZ_CHECK(again, again.error);
        // List items carry neither DisplayName nor Owner (those are GetWorkspace's).
        Workspace expected = item;
        expected.displayName.clear();
        expected.owner = {};
        FUZZ_CHECK(*again.value == expected, item.workspaceId);
    }
}

void version(const QJsonObject &body)
{
    const auto parsed = WireJson::versionFromJson(body);
    checkShape(parsed);
    if (!parsed)
        return;
    const auto again = WireJson::versionFromJson(WireJson::versionToJson(*parsed.value));
    FUZZ_CHECK(again, again.error);
    FUZZ_CHECK(*again.value == *parsed.value,
               QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)));
    // The request bodies built from it are what the sandbox reads back as the same fields.
    const ModelVersionDraft draft = ModelVersionDraft::fromVersion(*parsed.value);
    const QJsonObject create = WireJson::createVersionBody(draft);
    FUZZ_CHECK(create.value(u"Uri"_s).toString() == draft.uri, draft.uri);
    (void)WireJson::parseTimestamp(parsed.value->gmtCreateTime);
}

void versionPage(const QJsonObject &body)
{
    const auto parsed = WireJson::versionPageFromJson(body);
    checkShape(parsed);
    if (!parsed)
        return;
    FUZZ_CHECK(parsed.value->versions.size() + parsed.value->skippedRows.size() ==
                   parsed.value->rowsOnWire,
               QString::number(parsed.value->rowsOnWire));
    for (const ModelVersion &item : parsed.value->versions) {
        const auto again = WireJson::versionFromJson(WireJson::versionToJson(item));
        FUZZ_CHECK(again && *again.value == item, again.error);
    }
}

void latestVersion(const QJsonObject &body)
{
    Model model;
    model.modelId = u"model-fuzz"_s;
    model.latestVersion = body;
    const auto parsed = WireJson::latestVersionOf(model);
    checkShape(parsed);
    if (parsed && *parsed.value)
        FUZZ_CHECK(!(*parsed.value)->versionName.isEmpty(), QString());
}

void errorBody(int status, const QByteArray &bytes)
{
    const api::ApiError error = api::ApiError::fromHttpResponse(status, bytes, "HEADER-ID"_ba);
    FUZZ_CHECK(error.httpStatus == status, error.message);
    // The text for dialogs and the CLI is built from whatever the body held.
    (void)error.userText();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *bytes, std::size_t size)
{
    if (size < 1)
        return 0;
    const std::uint8_t selector = bytes[0];
    const QByteArray body(reinterpret_cast<const char *>(bytes + 1), qsizetype(size - 1));

    if (selector >= 0xF0) {
        const QJsonDocument document = QJsonDocument::fromJson(body);
        if (!document.isObject())
            return 0;
        switch (selector % 3) {
        case 0:
            version(document.object());
            break;
        case 1:
            versionPage(document.object());
            break;
        default:
            latestVersion(document.object());
            break;
        }
        return 0;
    }
    if (selector % 5 == 4) {
        errorBody(400 + selector / 5 % 200, body);
        return 0;
    }
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return 0;
    const QJsonObject object = document.object();
    switch (selector % 5) {
    case 0:
        model(object);
        break;
    case 1:
        workspace(object);
        break;
    case 2:
        modelPage(object);
        break;
    case 3:
        workspacePage(object);
        break;
    }
    return 0;
}
