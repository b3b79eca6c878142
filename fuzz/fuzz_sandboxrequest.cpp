// The sandbox's request handling without a socket, in the order SandboxServer applies it:
// RequestRouter::route on the method and raw path, Acs3::parseQuery on the raw query,
// SignatureVerifier::verify on the headers, then OperationHandler::handle on a fresh store.
//
// Input: a selector byte, then the request's parts. With signing on, the harness signs the
// request the way ApiClient does, and the verifier must accept it; with signing off, the bytes
// go in as they are (the server's check can be switched off too). Every answer must be a JSON
// object with a status the API uses, and every error must carry a Code. Version routes are
// reached too (the demo versions of the stored models): a version read parses, and a created
// version is stored under the well-formed name it was answered with.

#include "api/signer.h"
#include "fuzzsupport.h"
#include "pai/fieldrules.h"
#include "pai/wirejson.h"
#include "sandbox/apireply.h"
#include "sandbox/demodata.h"
#include "sandbox/modelstore.h"
#include "sandbox/operationhandler.h"
#include "sandbox/requestrouter.h"
#include "sandbox/signatureverifier.h"

#include <QJsonDocument>

#include <cstdint>

using namespace Qt::StringLiterals;

namespace {

const QList<pai::Model> &someDemoModels()
{
    static const QList<pai::Model> models = sandbox::DemoData::models().mid(0, 6);
    return models;
}

void populate(sandbox::ModelStore &store)
{
    static const QList<pai::Workspace> workspaces = sandbox::DemoData::workspaces();
    for (const pai::Workspace &workspace : workspaces)
        store.addWorkspace(workspace);
    store.addModels(someDemoModels());
    static const QHash<QString, QList<pai::ModelVersion>> versions = sandbox::DemoData::versions();
    store.addVersions(versions); // only those of the models above are kept
}

sandbox::ModelStore &sharedStore()
{
    static sandbox::ModelStore store;
    static const bool populated = (populate(store), true);
    Q_UNUSED(populated);
    return store;
}

QByteArray rawPath(FuzzedDataProvider &data)
{
    static constexpr const char *Prefixes[] = {
        "/api/v1/models", "/api/v1/models/", "/api/v1/workspaces", "/api/v1/workspaces/", "/", ""};
    QByteArray path =
        Prefixes[data.ConsumeIntegralInRange<std::size_t>(0, std::size(Prefixes) - 1)];
    switch (data.ConsumeIntegralInRange(0, 3)) {
    case 0: // an ID the demo store holds, so reads and writes reach the models
        path += someDemoModels()
                    .at(data.ConsumeIntegralInRange<qsizetype>(0, someDemoModels().size() - 1))
                    .modelId.toLatin1();
        break;
    case 1:
        path += api::Acs3::percentEncode(fuzzsupport::consumeString(data, 16));
        break;
    case 2:
        path += QByteArray::fromStdString(data.ConsumeRandomLengthString(32));
        break;
    default:
        break;
    }
    static constexpr const char *VersionNames[] = {"0.1.0", "0.2.0", "1.0.0", "0.1.0_rc"};
    switch (data.ConsumeIntegralInRange(0, 4)) {
    case 1:
        path += data.ConsumeBool() ? "/labels"_ba : "/"_ba;
        break;
    case 2:
        path += "/versions"_ba;
        break;
    case 3: // one version: a name the demo versions use, or any encoded text
        path += "/versions/"_ba;
        path += data.ConsumeBool()
                    ? QByteArray(VersionNames[data.ConsumeIntegralInRange<std::size_t>(
                          0, std::size(VersionNames) - 1)])
                    : api::Acs3::percentEncode(fuzzsupport::consumeString(data, 12));
        if (data.ConsumeBool())
            path += "/labels"_ba;
        break;
    default:
        break;
    }
    return path;
}

void checkReply(const sandbox::ApiReply &reply)
{
    FUZZ_CHECK(reply.status >= 200 && reply.status <= 599, QString::number(reply.status));
    const QByteArray json = reply.toJson();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    FUZZ_CHECK(document.isObject(), error.errorString() + u": "_s + QString::fromUtf8(json));
    if (!reply.isSuccess())
        FUZZ_CHECK(!reply.code().isEmpty(), QString::fromUtf8(json));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *bytes, std::size_t size)
{
    FuzzedDataProvider data(bytes, size);
    const bool signIt = data.ConsumeBool();
    const bool checkSignature = signIt || data.ConsumeBool();

    static constexpr const char *Methods[] = {"GET", "POST", "PUT", "DELETE", "PATCH", "HEAD"};
    const QByteArray method =
        Methods[data.ConsumeIntegralInRange<std::size_t>(0, std::size(Methods) - 1)];
    const QByteArray path = rawPath(data);

    api::QueryItems queryItems;
    QByteArray rawQuery;
    if (signIt) {
        static constexpr const char16_t *Names[] = {
            u"PageNumber",  u"PageSize",   u"WorkspaceId",   u"ModelName",      u"Order",
            u"SortBy",      u"LabelKeys",  u"Label",         u"Query",          u"Domain",
            u"VersionName", u"FormatType", u"FrameworkType", u"ApprovalStatus", u"SourceType"};
        const std::size_t count = data.ConsumeIntegralInRange<std::size_t>(0, 5);
        for (std::size_t i = 0; i < count; ++i) {
            const QString name =
                data.ConsumeBool()
                    ? QString::fromUtf16(
                          Names[data.ConsumeIntegralInRange<std::size_t>(0, std::size(Names) - 1)])
                    : fuzzsupport::consumeString(data, 12);
            queryItems.append({name, fuzzsupport::consumeString(data, 16)});
        }
        rawQuery = api::Acs3::canonicalQueryString(queryItems);
    } else {
        rawQuery = QByteArray::fromStdString(data.ConsumeRandomLengthString(64));
    }

    api::HeaderList headers;
    const std::size_t headerCount = data.ConsumeIntegralInRange<std::size_t>(0, 4);
    for (std::size_t i = 0; i < headerCount; ++i) {
        QByteArray name = QByteArray::fromStdString(data.ConsumeRandomLengthString(24));
        QByteArray value = QByteArray::fromStdString(data.ConsumeRandomLengthString(48));
        if (signIt) {
            // What reaches the verifier from QtHttpServer: a token name and a single-line value.
            name = "x-acs-"_ba + name.toPercentEncoding();
            value.replace('\r', ' ').replace('\n', ' ');
        }
        headers.append({name, value});
    }
    const QByteArray body = QByteArray::fromStdString(data.ConsumeRemainingBytesAsString());

    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (signIt) {
        headers.append({"Host"_ba, "127.0.0.1:8080"_ba});
        api::SignInput toSign{method, path, queryItems, headers, body};
        api::Credentials credentials{
            u"LTAI5tFuzz"_s, QString::fromLatin1(sandbox::SignatureVerifier::FallbackSecret), {}};
        headers = api::Acs3::sign(toSign, credentials, now, api::Acs3::newNonce()).headersToSend;
    }

    // From here on, exactly what SandboxServer does with a request it received.
    const std::optional<sandbox::Route> route = sandbox::RequestRouter::route(method, path);
    const api::SignInput received{method, path, api::Acs3::parseQuery(rawQuery), headers, body};
    if (checkSignature) {
        sandbox::SignatureVerifier verifier;
        const std::optional<sandbox::ApiReply> rejection = verifier.verify(received, now);
        if (signIt) {
            FUZZ_CHECK(!rejection, QString::fromUtf8(rejection->toJson()));
            // The same bytes again are a replay.
            const auto replay = verifier.verify(received, now);
            FUZZ_CHECK(replay && replay->code() == u"SignatureNonceUsed"_s, QString());
        } else if (rejection) {
            checkReply(*rejection);
            return 0;
        }
    }
    if (!route)
        return 0;

    // Reads share one store; a write gets a fresh one, so that every input starts from the same
    // state and a crash replays alone.
    std::optional<sandbox::ModelStore> writable;
    sandbox::ModelStore &store =
        sandbox::isWrite(route->operation) ? writable.emplace() : sharedStore();
    if (writable)
        populate(*writable);
    sandbox::OperationHandler handler(store);
    const sandbox::ApiReply reply = handler.handle(*route, received.query, body);
    checkReply(reply);
    if (reply.isSuccess() && route->operation == sandbox::Operation::GetModel) {
        const auto model = pai::WireJson::modelFromJson(reply.body);
        FUZZ_CHECK(model, model.error);
    }
    if (reply.isSuccess() && route->operation == sandbox::Operation::GetModelVersion) {
        const auto version = pai::WireJson::versionFromJson(reply.body);
        FUZZ_CHECK(version && version.value->versionName == route->versionName, version.error);
    }
    if (reply.isSuccess() && route->operation == sandbox::Operation::ListModelVersions) {
        const auto page = pai::WireJson::versionPageFromJson(reply.body);
        FUZZ_CHECK(page && page.value->skippedRows.isEmpty(), page.error);
    }
    if (reply.isSuccess() && route->operation == sandbox::Operation::CreateModelVersion) {
        // The name it answers with is one the store holds now, and it follows the rule.
        const QString name = reply.body.value(u"VersionName"_s).toString();
        FUZZ_CHECK(store.version(route->resourceId, name).has_value(), name);
        FUZZ_CHECK(pai::FieldRules::isValidVersionName(name), name);
    }
    return 0;
}
