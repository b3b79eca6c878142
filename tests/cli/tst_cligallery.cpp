// `gallery` and `gallery copy`: the real executable against an in-process sandbox with the demo
// gallery. Each case checks what the sandbox stored and which requests reached it.
#include "clirunner.h"
#include "pai/gallery.h"
#include "pai/wirejson.h"
#include "sandbox/demodata.h"
#include "support/sandboxfixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using testsupport::SandboxFixture;
using namespace clitest;

namespace {

const QStringList writeOperations{u"CreateModel"_s,
                                  u"UpdateModel"_s,
                                  u"DeleteModel"_s,
                                  u"CreateModelLabels"_s,
                                  u"DeleteModelLabels"_s,
                                  u"CreateModelVersion"_s,
                                  u"UpdateModelVersion"_s,
                                  u"DeleteModelVersion"_s,
                                  u"CreateModelVersionLabels"_s,
                                  u"DeleteModelVersionLabels"_s};

} // namespace

class TestCliGallery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<SandboxFixture>(SandboxFixture::Content::Demo);
        QVERIFY(m_fixture->isListening());
        m_source = sandbox::DemoData::galleryModels().at(3); // Qwen2.5-7B-Instruct
        m_requests = std::make_unique<QSignalSpy>(&m_fixture->server(),
                                                  &sandbox::SandboxServer::requestHandled);
    }

    void cleanup()
    {
        m_requests.reset();
        m_fixture.reset();
    }

    void listsTheGallery()
    {
        const CliResult result = run({u"gallery"_s});
        QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
        QStringList expected;
        for (const pai::Model &model : sandbox::DemoData::galleryModels())
            expected.append(model.modelId);
        QStringList listed = modelIds(result.json());
        QVERIFY(listed.size() >= 40);
        listed.sort();
        expected.sort();
        QCOMPARE(listed, expected);
        const QJsonArray models = result.json().value(u"Models"_s).toArray();
        for (const QJsonValue &model : models) {
            QCOMPARE(model.toObject().value(u"Provider"_s).toString(), u"pai"_s);
            QCOMPARE(model.toObject().value(u"Accessibility"_s).toString(), u"PUBLIC"_s);
        }
        // Every listing asked for the gallery.
        for (const QList<QVariant> &args : *m_requests) {
            const auto request = args.constFirst().value<sandbox::ReceivedRequest>();
            QCOMPARE(request.operation, u"ListModels"_s);
            QVERIFY2(request.rawQuery.contains("Provider=pai"), request.rawQuery.constData());
        }
    }

    void listsAsModelsDoes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("shown");
        QTest::newRow("table") << QStringList{u"--output"_s, u"table"_s, u"gallery"_s}
                               << u"stable-diffusion-xl-base-1.0"_s;
        QTest::newRow("filtered") << QStringList{u"--output"_s, u"table"_s, u"gallery"_s,
                                                 u"--domain"_s, u"audio"_s}
                                  << u"whisper-large-v3"_s;
        // The filters of `models` (ModelFilterFlags), the Provider fixed to the gallery's.
        QTest::newRow("by name") << QStringList{u"--output"_s, u"table"_s, u"gallery"_s,
                                                u"--name"_s, u"whisper"_s}
                                 << u"whisper-large-v3"_s;
        QTest::newRow("sorted") << QStringList{u"--output"_s,      u"table"_s,   u"gallery"_s,
                                               u"--domain"_s,      u"audio"_s,   u"--sort-by"_s,
                                               u"GmtCreateTime"_s, u"--order"_s, u"DESC"_s}
                                << u"whisper-large-v3"_s;
    }

    void listsAsModelsDoes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, shown);
        const CliResult result = run(arguments);
        QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
        const QString out = QString::fromUtf8(result.out);
        QVERIFY2(out.contains(shown), qPrintable(result.describe()));
        QVERIFY(out.startsWith(u"ID"_s));
        if (arguments.contains(u"--domain"_s) || arguments.contains(u"--name"_s))
            QVERIFY(!out.contains(u"Qwen2.5-7B-Instruct"_s));
        for (const QList<QVariant> &args : *m_requests) {
            const auto request = args.constFirst().value<sandbox::ReceivedRequest>();
            QVERIFY2(request.rawQuery.contains("Provider=pai"), request.rawQuery.constData());
            if (arguments.contains(u"--order"_s))
                QVERIFY2(request.rawQuery.contains("Order=DESC"), request.rawQuery.constData());
        }
    }

    void refusesFlagsAsModelsDoes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("error");
        QTest::newRow("bad order")
            << QStringList{u"gallery"_s, u"--order"_s, u"sideways"_s} << u"--order"_s;
        QTest::newRow("bad tag") << QStringList{u"gallery"_s, u"--tag"_s, u"=x"_s} << u"--tag"_s;
        // The gallery's Provider is fixed and its models are in no workspace.
        QTest::newRow("provider") << QStringList{u"gallery"_s, u"--provider"_s, u"other"_s}
                                  << u"provider"_s;
        QTest::newRow("workspace")
            << QStringList{u"gallery"_s, u"--workspace"_s, u"23801"_s} << u"workspace"_s;
    }

    void refusesFlagsAsModelsDoes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, error);
        const CliResult result = run(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(QString::fromUtf8(result.err).contains(error), qPrintable(result.describe()));
        QVERIFY(m_requests->isEmpty());
    }

    void copies_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("withVersion");
        QTest::newRow("same name") << QString() << false;
        QTest::newRow("new name") << u"my-qwen"_s << false;
        QTest::newRow("with version") << u"my-qwen-v1"_s << true;
    }

    void copies()
    {
        QFETCH(QString, name);
        QFETCH(bool, withVersion);
        const QList<pai::Model> before = m_fixture->store().models();
        const QString workspace = u"23802"_s;
        QStringList arguments{u"gallery"_s, u"copy"_s, m_source.modelId, u"--workspace"_s,
                              workspace};
        if (!name.isEmpty())
            arguments += QStringList{u"--name"_s, name};
        if (withVersion)
            arguments += u"--with-version"_s;
        const CliResult result = run(arguments);
        QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
        QVERIFY(result.json().value(u"Succeeded"_s).toBool());

        // Exactly one model more: a private one of the caller's, with the gallery's values.
        const QList<pai::Model> after = m_fixture->store().models();
        QCOMPARE(after.size(), before.size() + 1);
        const pai::Model copy = after.constLast();
        QVERIFY(!before.contains(copy));
        QCOMPARE(result.json().value(u"Model"_s).toObject().value(u"ModelId"_s).toString(),
                 copy.modelId);
        QCOMPARE(copy.modelName, name.isEmpty() ? m_source.modelName : name);
        QCOMPARE(copy.workspaceId, workspace);
        QCOMPARE(copy.accessibility, u"PRIVATE"_s);
        QVERIFY(!copy.isGalleryModel());
        QCOMPARE(copy.modelDescription, m_source.modelDescription);
        QCOMPARE(copy.modelDoc, m_source.modelDoc);
        QCOMPARE(copy.modelType, m_source.modelType);
        QCOMPARE(copy.domain, m_source.domain);
        QCOMPARE(copy.task, m_source.task);
        QCOMPARE(copy.origin, m_source.origin);
        QCOMPARE(copy.orderNumber, m_source.orderNumber);
        QCOMPARE(copy.labels, m_source.labels);
        QCOMPARE(copy.extraInfo, m_source.extraInfo);

        const QList<pai::ModelVersion> versions = m_fixture->store().versions(copy.modelId);
        if (withVersion) {
            QCOMPARE(versions.size(), 1);
            const QString latestUri =
                sandbox::DemoData::galleryVersions().value(m_source.modelId).constLast().uri;
            QCOMPARE(versions.constFirst().uri, latestUri);
        } else {
            QVERIFY(versions.isEmpty());
        }
        // The gallery model itself is as it was.
        QCOMPARE(*m_fixture->store().model(m_source.modelId),
                 sandbox::DemoData::galleryModels().at(3));
    }

    void dryRunSendsNoWrite_data()
    {
        QTest::addColumn<QString>("output");
        QTest::newRow("table") << u"table"_s;
        QTest::newRow("json") << u"json"_s;
    }

    void dryRunSendsNoWrite()
    {
        QFETCH(QString, output);
        const qsizetype modelsBefore = m_fixture->store().modelCount();
        const qsizetype versionsBefore = m_fixture->store().versionCount();
        const CliResult result =
            run({u"--output"_s, output, u"gallery"_s, u"copy"_s, m_source.modelId, u"--workspace"_s,
                 u"23801"_s, u"--with-version"_s, u"--dry-run"_s});
        QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
        if (output == u"json"_s) {
            const QJsonObject plan = result.json().value(u"Plan"_s).toObject();
            QVERIFY(result.json().value(u"DryRun"_s).toBool());
            QCOMPARE(plan.value(u"SourceModelId"_s).toString(), m_source.modelId);
            QVERIFY(plan.contains(u"Version"_s));
        } else {
            const QString out = QString::fromUtf8(result.out);
            QVERIFY2(out.contains(u"POST /api/v1/models\n"_s), qPrintable(out));
            QVERIFY2(out.contains(u"POST /api/v1/models/{ModelId}/versions"_s), qPrintable(out));
        }
        for (const QList<QVariant> &args : *m_requests) {
            const auto request = args.constFirst().value<sandbox::ReceivedRequest>();
            QVERIFY2(!writeOperations.contains(request.operation), qPrintable(request.operation));
        }
        QCOMPARE(m_fixture->store().modelCount(), modelsBefore);
        QCOMPARE(m_fixture->store().versionCount(), versionsBefore);
    }

    void aModelWithoutItsVersionSaysSo()
    {
        // A gallery model whose latest version has a Uri the service refuses: the copy is
        // created, its version is not, and the report says exactly that.
        pai::Model odd = m_source;
        odd.modelId.clear();
        odd.modelName = u"odd-uri"_s;
        pai::ModelVersion latest;
        latest.versionName = u"0.1.0"_s;
        latest.uri = u"ftp://example.com/weights/"_s;
        odd.latestVersion = pai::WireJson::versionToJson(latest);
        const QString oddId = m_fixture->store().addModel(odd).modelId;
        const qsizetype modelsBefore = m_fixture->store().modelCount();

        const CliResult result = run({u"--output"_s, u"table"_s, u"gallery"_s, u"copy"_s, oddId,
                                      u"--workspace"_s, u"23801"_s, u"--with-version"_s});
        QCOMPARE(result.exitCode, 1);
        const QString err = QString::fromUtf8(result.err);
        QVERIFY2(err.contains(u"Created the model \"odd-uri\""_s), qPrintable(result.describe()));
        QVERIFY2(err.contains(u"its version was not registered"_s), qPrintable(result.describe()));
        QCOMPARE(m_fixture->store().modelCount(), modelsBefore + 1);
        const pai::Model copy = m_fixture->store().models().constLast();
        QCOMPARE(copy.modelName, u"odd-uri"_s);
        QVERIFY(m_fixture->store().versions(copy.modelId).isEmpty());
    }

    void galleryModelsAreReadOnly_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("update") << QStringList{u"model"_s, u"update"_s, u"{id}"_s,
                                               u"--description"_s, u"mine"_s};
        QTest::newRow("delete") << QStringList{u"model"_s, u"delete"_s, u"{id}"_s};
        // Its versions too, before anything is planned (with --dry-run as well).
        QTest::newRow("version create")
            << QStringList{u"version"_s, u"create"_s, u"{id}"_s, u"--uri"_s,
                           u"oss://bucket.oss-cn-hangzhou.aliyuncs.com/mine/"_s};
        QTest::newRow("version update") << QStringList{
            u"version"_s, u"update"_s, u"{id}"_s, u"{version}"_s, u"--approval"_s, u"Approved"_s};
        QTest::newRow("version delete dry run")
            << QStringList{u"version"_s, u"delete"_s, u"{id}"_s, u"{version}"_s, u"--dry-run"_s};
    }

    void galleryModelsAreReadOnly()
    {
        QFETCH(QStringList, arguments);
        arguments.replaceInStrings(u"{id}"_s, m_source.modelId);
        const QList<pai::ModelVersion> versionsBefore =
            m_fixture->store().versions(m_source.modelId);
        QVERIFY(!versionsBefore.isEmpty());
        arguments.replaceInStrings(u"{version}"_s, versionsBefore.constFirst().versionName);
        const CliResult result = run(QStringList{u"--output"_s, u"table"_s} + arguments);
        QVERIFY2(result.exitCode == 1, qPrintable(result.describe()));
        QVERIFY2(QString::fromUtf8(result.err).contains(pai::Gallery::readOnlyReason()),
                 qPrintable(result.describe()));
        for (const QList<QVariant> &args : *m_requests) {
            const auto request = args.constFirst().value<sandbox::ReceivedRequest>();
            QVERIFY2(!writeOperations.contains(request.operation), qPrintable(request.operation));
        }
        QCOMPARE(*m_fixture->store().model(m_source.modelId), m_source);
        QCOMPARE(m_fixture->store().versions(m_source.modelId), versionsBefore);
    }

    void copyNeedsAWorkspace()
    {
        const CliResult result = run({u"gallery"_s, u"copy"_s, m_source.modelId});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(m_requests->isEmpty());
    }

private:
    CliResult run(const QStringList &arguments)
    {
        QProcessEnvironment environment = cleanEnvironment();
        environment.insert(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s,
                           QString::fromLatin1(SandboxFixture::AccessKeyId));
        environment.insert(u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s,
                           QString::fromLatin1(SandboxFixture::AccessKeySecret));
        QStringList all{u"--endpoint"_s, m_fixture->url().toString()};
        if (!arguments.contains(u"--output"_s))
            all += QStringList{u"--output"_s, u"json"_s};
        return runCli(all + arguments, environment);
    }

    std::unique_ptr<SandboxFixture> m_fixture;
    std::unique_ptr<QSignalSpy> m_requests;
    pai::Model m_source;
};

QTEST_GUILESS_MAIN(TestCliGallery)
#include "tst_cligallery.moc"
