// The public Model Gallery in the sandbox: listed only under Provider=pai, public, in no
// workspace, with versions; readable by anyone and changed by no one. Every case checks what the
// sandbox stored, over real sockets.
#include "api/requests.h"
#include "pai/gallery.h"
#include "pai/wirejson.h"
#include "sandbox/apireply.h"
#include "sandbox/demodata.h"
#include "support/sandboxfixture.h"
#include "support/signedrequests.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using testsupport::RawResponse;
using testsupport::SandboxFixture;
using testsupport::SignedRequests;

Q_DECLARE_METATYPE(api::ModelListQuery)
Q_DECLARE_METATYPE(api::RequestSpec)

namespace {

QString describe(const RawResponse &response)
{
    return u"HTTP %1: %2"_s.arg(response.status).arg(QString::fromUtf8(response.body.left(400)));
}

} // namespace

class TestGallery : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<SignedRequests> m_raw;

    sandbox::ModelStore &store() { return m_sandbox->store(); }

    RawResponse send(const api::RequestSpec &spec)
    {
        return m_raw->call(spec.method, spec.encodedPath, spec.query,
                           spec.jsonBody.value_or(QByteArray()));
    }

    QList<pai::Model> listAll(api::ModelListQuery query, qint64 *total = nullptr)
    {
        QList<pai::Model> models;
        query.pageSize = 100;
        for (int page = 1;; ++page) {
            query.pageNumber = page;
            const RawResponse response = send(api::requests::listModels(query));
            if (response.status != 200) {
                qWarning() << describe(response);
                return {};
            }
            const auto parsed = pai::WireJson::modelPageFromJson(response.json);
            if (!parsed)
                return {};
            models.append(parsed.value->models);
            if (total)
                *total = parsed.value->totalCount;
            if (parsed.value->models.size() < 100)
                return models;
        }
    }

    pai::Model galleryModel() { return sandbox::DemoData::galleryModels().at(3); }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<SandboxFixture>(SandboxFixture::Content::Demo);
        QVERIFY(m_sandbox->isListening());
        m_raw = std::make_unique<SignedRequests>(m_sandbox->url(), SandboxFixture::credentials());
    }

    void cleanup()
    {
        m_raw.reset();
        m_sandbox.reset();
    }

    void listsTheGalleryUnderProviderPai()
    {
        api::ModelListQuery query;
        query.provider = pai::Gallery::provider();
        qint64 total = 0;
        const QList<pai::Model> gallery = listAll(query, &total);
        QVERIFY(gallery.size() >= 40);
        QCOMPARE(total, gallery.size());
        QCOMPARE(gallery.size(), sandbox::DemoData::galleryModels().size());
        QSet<QString> names;
        for (const pai::Model &model : gallery) {
            QCOMPARE(model.provider, u"pai"_s);
            QCOMPARE(model.accessibility, u"PUBLIC"_s);
            QVERIFY2(model.workspaceId.isEmpty(), qPrintable(model.modelId));
            QVERIFY(model.isGalleryModel());
            // Versions, stored and named in the model's LatestVersion.
            const QList<pai::ModelVersion> versions = store().versions(model.modelId);
            QVERIFY2(!versions.isEmpty(), qPrintable(model.modelName));
            const auto latest = pai::WireJson::latestVersionOf(model);
            QVERIFY(latest && latest.value->has_value());
            QCOMPARE((*latest.value)->versionName, versions.constLast().versionName);
            QVERIFY((*latest.value)->uri.startsWith(u"oss://"_s));
            names.insert(model.modelName);
        }
        for (const char *family : {"Qwen2.5-7B-Instruct", "Llama-3.2-3B-Instruct",
                                   "stable-diffusion-xl-base-1.0", "whisper-large-v3"})
            QVERIFY2(names.contains(QString::fromLatin1(family)), family);
    }

    void workspaceListingsLeaveTheGalleryOut_data()
    {
        QTest::addColumn<api::ModelListQuery>("query");
        api::ModelListQuery all;
        QTest::newRow("every workspace") << all;
        api::ModelListQuery workspace;
        workspace.workspaceId = u"23801"_s;
        QTest::newRow("one workspace") << workspace;
        api::ModelListQuery qwen;
        qwen.query = u"Qwen"_s;
        QTest::newRow("query both have") << qwen;
        api::ModelListQuery diffusion;
        diffusion.modelName = u"stable-diffusion"_s;
        QTest::newRow("name both have") << diffusion;
    }

    void workspaceListingsLeaveTheGalleryOut()
    {
        QFETCH(api::ModelListQuery, query);
        qint64 total = -1;
        const QList<pai::Model> listed = listAll(query, &total);
        QVERIFY(!listed.isEmpty());
        QCOMPARE(total, listed.size());
        for (const pai::Model &model : listed) {
            QVERIFY2(!model.isGalleryModel(), qPrintable(model.modelName));
            QVERIFY(!model.workspaceId.isEmpty());
        }
    }

    void readsOfAGalleryModelAnswer()
    {
        const pai::Model model = galleryModel();
        const RawResponse get = send(api::requests::getModel(model.modelId));
        QVERIFY2(get.status == 200, qPrintable(describe(get)));
        QCOMPARE(get.json.value(u"Provider"_s).toString(), u"pai"_s);
        const RawResponse versions = send(api::requests::listModelVersions(model.modelId, {}));
        QVERIFY2(versions.status == 200, qPrintable(describe(versions)));
        QCOMPARE(versions.json.value(u"TotalCount"_s).toInteger(),
                 store().versions(model.modelId).size());
        const QString name = store().versions(model.modelId).constFirst().versionName;
        const RawResponse version = send(api::requests::getModelVersion(model.modelId, name));
        QVERIFY2(version.status == 200, qPrintable(describe(version)));
    }

    void writesToAGalleryModelAreRefused_data()
    {
        QTest::addColumn<api::RequestSpec>("request");
        const pai::Model model = galleryModel();
        const QString id = model.modelId;
        const QString version =
            sandbox::DemoData::galleryVersions().value(id).constFirst().versionName;
        pai::ModelUpdate update;
        update.values.modelDescription = u"mine now"_s;
        update.fields = {pai::ModelField::ModelDescription};
        pai::ModelVersionDraft newVersion;
        newVersion.uri = u"oss://bucket.oss-cn-hangzhou.aliyuncs.com/mine/"_s;
        pai::ModelVersionUpdate versionUpdate;
        versionUpdate.values.versionDescription = u"mine now"_s;
        versionUpdate.fields = {pai::VersionField::VersionDescription};
        QTest::newRow("UpdateModel") << api::requests::updateModel(id, update);
        QTest::newRow("DeleteModel") << api::requests::deleteModel(id);
        QTest::newRow("CreateModelLabels")
            << api::requests::createModelLabels(id, {{u"team"_s, u"mine"_s}});
        QTest::newRow("DeleteModelLabels") << api::requests::deleteModelLabels(id, {u"license"_s});
        QTest::newRow("CreateModelVersion") << api::requests::createModelVersion(id, newVersion);
        QTest::newRow("UpdateModelVersion")
            << api::requests::updateModelVersion(id, version, versionUpdate);
        QTest::newRow("DeleteModelVersion") << api::requests::deleteModelVersion(id, version);
        QTest::newRow("CreateModelVersionLabels")
            << api::requests::createModelVersionLabels(id, version, {{u"team"_s, u"mine"_s}});
        QTest::newRow("DeleteModelVersionLabels")
            << api::requests::deleteModelVersionLabels(id, version, {u"license"_s});
    }

    void writesToAGalleryModelAreRefused()
    {
        QFETCH(api::RequestSpec, request);
        const QString id = galleryModel().modelId;
        const std::optional<pai::Model> before = store().model(id);
        QVERIFY(before);
        const QList<pai::ModelVersion> versionsBefore = store().versions(id);
        const qsizetype modelsBefore = store().modelCount();

        const RawResponse response = send(request);
        QCOMPARE(response.status, sandbox::GalleryWriteDeniedStatus);
        QCOMPARE(response.code(), QString::fromLatin1(sandbox::GalleryWriteDeniedCode));
        QVERIFY(response.message().contains(id));
        QVERIFY(!response.json.value(u"RequestId"_s).toString().isEmpty());

        QCOMPARE(store().modelCount(), modelsBefore);
        QCOMPARE(store().model(id), before);
        QCOMPARE(store().versions(id), versionsBefore);
    }

    void aMissingModelIsStillNotFound()
    {
        const RawResponse response = send(api::requests::deleteModel(u"model-missing"_s));
        QCOMPARE(response.status, 404);
        QCOMPARE(response.code(), QString::fromLatin1(sandbox::ModelNotFoundCode));
    }

    void theGalleryIsPersistedAndAddedToOlderFiles()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"sandbox.json"_s);
        {
            // A file written before the gallery existed: the demo workspaces' models only.
            sandbox::ModelStore old;
            QVERIFY(old.attachFile(path));
            for (const pai::Workspace &workspace : sandbox::DemoData::workspaces())
                old.addWorkspace(workspace);
            old.addModels(sandbox::DemoData::models());
        }
        const qsizetype galleryCount = sandbox::DemoData::galleryModels().size();
        sandbox::ModelStore reopened;
        QVERIFY(reopened.attachFile(path));
        const qsizetype own = reopened.modelCount();
        sandbox::DemoData::populateGallery(reopened);
        QCOMPARE(reopened.modelCount(), own + galleryCount);
        sandbox::DemoData::populateGallery(reopened); // nothing twice
        QCOMPARE(reopened.modelCount(), own + galleryCount);

        sandbox::ModelStore reloaded;
        QVERIFY(reloaded.attachFile(path));
        QCOMPARE(reloaded.modelCount(), own + galleryCount);
        const pai::Model gallery = sandbox::DemoData::galleryModels().constFirst();
        const std::optional<pai::Model> stored = reloaded.model(gallery.modelId);
        QVERIFY(stored);
        QVERIFY(stored->isGalleryModel());
        QCOMPARE(stored->accessibility, u"PUBLIC"_s);
        QCOMPARE(reloaded.versions(gallery.modelId),
                 sandbox::DemoData::galleryVersions().value(gallery.modelId));
    }
};

QTEST_GUILESS_MAIN(TestGallery)
#include "tst_gallery.moc"
