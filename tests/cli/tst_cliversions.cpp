// `versions` and `version get|create|update|delete`: the real executable against an in-process
// sandbox, so each test can look at what the sandbox stored and count what reached it.
#include "clirunner.h"
#include "pai/fieldrules.h"
#include "support/sandboxfixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using testsupport::SandboxFixture;
using namespace clitest;

namespace {

const QStringList versionWrites{u"CreateModelVersion"_s, u"UpdateModelVersion"_s,
                                u"DeleteModelVersion"_s, u"CreateModelVersionLabels"_s,
                                u"DeleteModelVersionLabels"_s};

const QString ossUri = u"oss://bucket.oss-cn-hangzhou.aliyuncs.com/models/subject/"_s;

QStringList versionNames(const QJsonObject &listing)
{
    QStringList names;
    for (const QJsonValue &version : listing.value(u"Versions"_s).toArray())
        names.append(version.toObject().value(u"VersionName"_s).toString());
    return names;
}

} // namespace

class TestCliVersions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<SandboxFixture>(SandboxFixture::Content::Empty);
        QVERIFY(m_fixture->isListening());
        pai::Model model;
        model.modelName = u"versioned"_s;
        model.workspaceId = m_fixture->store().defaultWorkspaceId();
        m_modelId = m_fixture->store().addModel(model).modelId;

        // Three versions that differ in each filtered field.
        const struct
        {
            const char16_t *name, *format, *framework, *approval, *sourceType, *sourceId;
            pai::LabelList labels;
        } seeds[] = {
            {u"1.0.0",
             u"SavedModel",
             u"TensorFlow",
             u"Approved",
             u"TrainingService",
             u"job-1",
             {{u"stage"_s, u"prod"_s}}},
            {u"1.1.0",
             u"ONNX",
             u"PyTorch",
             u"Pending",
             u"PAIFlow",
             u"flow-2",
             {{u"stage"_s, u"staging"_s}, {u"quantized"_s, u"int8"_s}}},
            {u"2.0.0_beta", u"SafeTensors", u"PyTorch", u"Rejected", u"Custom", u"job-3", {}},
        };
        int day = 1;
        for (const auto &seed : seeds) {
            pai::ModelVersion version;
            // Created a day apart, so newest first has one answer.
            version.gmtCreateTime = u"2024-01-0%1T08:00:00.000Z"_s.arg(day++);
            version.gmtModifiedTime = version.gmtCreateTime;
            version.versionName = QString::fromUtf16(seed.name);
            version.uri = ossUri + version.versionName + u'/';
            version.formatType = QString::fromUtf16(seed.format);
            version.frameworkType = QString::fromUtf16(seed.framework);
            version.approvalStatus = QString::fromUtf16(seed.approval);
            version.sourceType = QString::fromUtf16(seed.sourceType);
            version.sourceId = QString::fromUtf16(seed.sourceId);
            version.versionDescription = u"before"_s;
            version.labels = seed.labels;
            QVERIFY(m_fixture->store().addVersion(m_modelId, version));
        }
        m_requests = std::make_unique<QSignalSpy>(&m_fixture->server(),
                                                  &sandbox::SandboxServer::requestHandled);
    }

    void cleanup()
    {
        m_requests.reset();
        m_fixture.reset();
    }

    void listFilters_data()
    {
        QTest::addColumn<QStringList>("flags");
        QTest::addColumn<QStringList>("expected"); // version names, in order
        QTest::newRow("none") << QStringList{}
                              << QStringList{u"1.0.0"_s, u"1.1.0"_s, u"2.0.0_beta"_s};
        QTest::newRow("version-name")
            << QStringList{u"--version-name"_s, u"1.1"_s} << QStringList{u"1.1.0"_s};
        QTest::newRow("label") << QStringList{u"--label"_s, u"int8"_s} << QStringList{u"1.1.0"_s};
        QTest::newRow("format") << QStringList{u"--format"_s, u"SavedModel"_s}
                                << QStringList{u"1.0.0"_s};
        QTest::newRow("framework") << QStringList{u"--framework"_s, u"PyTorch"_s}
                                   << QStringList{u"1.1.0"_s, u"2.0.0_beta"_s};
        QTest::newRow("source-type")
            << QStringList{u"--source-type"_s, u"Custom"_s} << QStringList{u"2.0.0_beta"_s};
        QTest::newRow("source-id")
            << QStringList{u"--source-id"_s, u"flow-2"_s} << QStringList{u"1.1.0"_s};
        QTest::newRow("approval") << QStringList{u"--approval"_s, u"Rejected"_s}
                                  << QStringList{u"2.0.0_beta"_s};
        QTest::newRow("newest first")
            << QStringList{u"--sort-by"_s, u"GmtCreateTime"_s, u"--order"_s, u"desc"_s}
            << QStringList{u"2.0.0_beta"_s, u"1.1.0"_s, u"1.0.0"_s};
        QTest::newRow("two filters")
            << QStringList{u"--framework"_s, u"PyTorch"_s, u"--approval"_s, u"Pending"_s}
            << QStringList{u"1.1.0"_s};
    }

    void listFilters()
    {
        QFETCH(QStringList, flags);
        QFETCH(QStringList, expected);
        const CliResult result = run(QStringList{u"versions"_s, m_modelId} + flags);
        QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
        QCOMPARE(versionNames(result.json()), expected);
        QCOMPARE(result.json().value(u"TotalCount"_s).toInteger(), expected.size());

        // The table names the same versions, one a line after the header.
        const CliResult table =
            run(QStringList{u"--output"_s, u"table"_s, u"versions"_s, m_modelId} + flags);
        QVERIFY2(table.exitCode == 0, qPrintable(table.describe()));
        const QStringList lines = QString::fromUtf8(table.out).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), expected.size() + 1);
        for (qsizetype i = 0; i < expected.size(); ++i)
            QVERIFY2(lines.at(i + 1).startsWith(expected.at(i) + u' '),
                     qPrintable(lines.at(i + 1)));
    }

    void listPagesThroughEverything()
    {
        // More versions than one page holds: list-all reads them all.
        for (int i = 0; i < 120; ++i) {
            pai::ModelVersion version;
            version.versionName = u"3.%1.0"_s.arg(i);
            version.uri = ossUri;
            QVERIFY(m_fixture->store().addVersion(m_modelId, version));
        }
        const CliResult result = run({u"versions"_s, m_modelId});
        QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
        QCOMPARE(versionNames(result.json()).size(), 123);
        int pages = 0;
        for (const QList<QVariant> &args : *m_requests) {
            if (args.constFirst().value<sandbox::ReceivedRequest>().operation ==
                u"ListModelVersions"_s)
                ++pages;
        }
        QVERIFY2(pages > 1, qPrintable(QString::number(pages)));
    }

    void lifecycle()
    {
        // create, named: stdout is the name; the sandbox holds every value sent.
        CliResult result = run({u"--output"_s,
                                u"table"_s,
                                u"version"_s,
                                u"create"_s,
                                m_modelId,
                                u"--name"_s,
                                u"4.0.0"_s,
                                u"--uri"_s,
                                ossUri,
                                u"--description"_s,
                                u"first"_s,
                                u"--format"_s,
                                u"SavedModel"_s,
                                u"--framework"_s,
                                u"PyTorch"_s,
                                u"--label"_s,
                                u"stage=dev"_s,
                                u"--label"_s,
                                u"team=nlp"_s,
                                u"--options"_s,
                                u"{\"batch\":8}"_s,
                                u"--metrics"_s,
                                u"{\"accuracy\":0.91}"_s,
                                u"--training-spec"_s,
                                u"{\"epochs\":\"3\"}"_s,
                                u"--inference-spec"_s,
                                u"{\"processor\":\"pytorch_gpu\"}"_s,
                                u"--approval"_s,
                                u"Pending"_s,
                                u"--source-type"_s,
                                u"TrainingService"_s,
                                u"--source-id"_s,
                                u"job-9"_s});
        QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
        QCOMPARE(QString::fromUtf8(result.out).trimmed(), u"4.0.0"_s);
        std::optional<pai::ModelVersion> stored = m_fixture->store().version(m_modelId, u"4.0.0"_s);
        QVERIFY(stored);
        QCOMPARE(stored->uri, ossUri);
        QCOMPARE(stored->versionDescription, u"first"_s);
        QCOMPARE(stored->formatType, u"SavedModel"_s);
        QCOMPARE(stored->frameworkType, u"PyTorch"_s);
        QCOMPARE(stored->approvalStatus, u"Pending"_s);
        QCOMPARE(stored->sourceType, u"TrainingService"_s);
        QCOMPARE(stored->sourceId, u"job-9"_s);
        QCOMPARE(stored->options, u"{\"batch\":8}"_s);
        QCOMPARE(stored->metrics, (QJsonObject{{u"accuracy"_s, 0.91}}));
        QCOMPARE(stored->trainingSpec, (QJsonObject{{u"epochs"_s, u"3"_s}}));
        QCOMPARE(stored->inferenceSpec, (QJsonObject{{u"processor"_s, u"pytorch_gpu"_s}}));
        const pai::LabelList created{{u"stage"_s, u"dev"_s}, {u"team"_s, u"nlp"_s}};
        QCOMPARE(stored->labels, created);

        // create, numbered by the service: JSON output is the version the service made.
        result = run({u"version"_s, u"create"_s, m_modelId, u"--uri"_s, ossUri});
        QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
        const QString numbered = result.json().value(u"VersionName"_s).toString();
        QVERIFY2(!numbered.isEmpty(), qPrintable(result.describe()));
        QVERIFY(m_fixture->store().version(m_modelId, numbered));
        QCOMPARE(result.json().value(u"Uri"_s).toString(), ossUri);
        QCOMPARE(m_fixture->store().versions(m_modelId).size(), 5);

        // get
        result = run({u"version"_s, u"get"_s, m_modelId, u"4.0.0"_s});
        QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
        QCOMPARE(result.json().value(u"VersionDescription"_s).toString(), u"first"_s);
        QCOMPARE(result.json().value(u"Options"_s).toString(), u"{\"batch\":8}"_s);

        // update: fields and label edits; what was not named keeps its value.
        result =
            run({u"version"_s, u"update"_s, m_modelId, u"4.0.0"_s, u"--description"_s, u"second"_s,
                 u"--approval"_s, u"Approved"_s, u"--add-label"_s, u"stage=prod"_s,
                 u"--remove-label"_s, u"team"_s, u"--add-label"_s, u"owner=ana"_s});
        QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
        QCOMPARE(result.json().value(u"Outcome"_s).toString(), u"applied"_s);
        stored = m_fixture->store().version(m_modelId, u"4.0.0"_s);
        QVERIFY(stored);
        QCOMPARE(stored->versionDescription, u"second"_s);
        QCOMPARE(stored->approvalStatus, u"Approved"_s);
        QCOMPARE(stored->sourceId, u"job-9"_s);
        QCOMPARE(stored->metrics, (QJsonObject{{u"accuracy"_s, 0.91}}));
        const pai::LabelList updated{{u"stage"_s, u"prod"_s}, {u"owner"_s, u"ana"_s}};
        QCOMPARE(stored->labels, updated);

        // delete
        result = run({u"version"_s, u"delete"_s, m_modelId, u"4.0.0"_s});
        QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
        QCOMPARE(result.json().value(u"Outcome"_s).toString(), u"applied"_s);
        QVERIFY(!m_fixture->store().version(m_modelId, u"4.0.0"_s));
        QCOMPARE(m_fixture->store().versions(m_modelId).size(), 4);

        // A version that is gone: the read says so, exit 1.
        result = run({u"version"_s, u"get"_s, m_modelId, u"4.0.0"_s});
        QCOMPARE(result.exitCode, 1);
    }

    void conflictKeepsTheOtherWritersChange()
    {
        // Someone else changes another field between the CLI's read and its write: the command
        // applies its own field onto the newer copy, as model update does.
        bool changed = false;
        connect(&m_fixture->server(), &sandbox::SandboxServer::requestHandled, this,
                [&](const sandbox::ReceivedRequest &request) {
                    // After the plan's first read (its base), before its conflict check.
                    if (!changed && request.operation == u"GetModelVersion"_s) {
                        changed = true;
                        m_fixture->store().updateVersion(
                            m_modelId, u"1.0.0"_s,
                            [](pai::ModelVersion &v) { v.sourceId = u"elsewhere"_s; });
                    }
                });
        const CliResult result =
            run({u"version"_s, u"update"_s, m_modelId, u"1.0.0"_s, u"--description"_s, u"mine"_s});
        QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
        QVERIFY(changed);
        const std::optional<pai::ModelVersion> stored =
            m_fixture->store().version(m_modelId, u"1.0.0"_s);
        QCOMPARE(stored->versionDescription, u"mine"_s);
        QCOMPARE(stored->sourceId, u"elsewhere"_s);
    }

    void dryRunSendsNoWrite_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("planned"); // a request the plan must show
        QTest::newRow("create") << QStringList{u"version"_s, u"create"_s, u"{id}"_s, u"--uri"_s,
                                               ossUri,       u"--name"_s, u"9.0.0"_s}
                                << u"POST /api/v1/models/{id}/versions"_s;
        QTest::newRow("update") << QStringList{u"version"_s, u"update"_s,     u"{id}"_s,
                                               u"1.0.0"_s,   u"--approval"_s, u"Rejected"_s}
                                << u"PUT /api/v1/models/{id}/versions/1.0.0"_s;
        QTest::newRow("labels")
            << QStringList{u"version"_s,     u"update"_s,    u"{id}"_s,           u"1.1.0"_s,
                           u"--add-label"_s, u"owner=ana"_s, u"--remove-label"_s, u"quantized"_s}
            << u"DELETE /api/v1/models/{id}/versions/1.1.0/labels?LabelKeys=quantized"_s;
        QTest::newRow("delete") << QStringList{u"version"_s, u"delete"_s, u"{id}"_s, u"1.0.0"_s}
                                << u"DELETE /api/v1/models/{id}/versions/1.0.0"_s;
    }

    void dryRunSendsNoWrite()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, planned);
        arguments.replaceInStrings(u"{id}"_s, m_modelId);
        planned.replace(u"{id}"_s, m_modelId);
        const QList<pai::ModelVersion> before = m_fixture->store().versions(m_modelId);

        const CliResult text =
            run(QStringList{u"--output"_s, u"table"_s} + arguments + QStringList{u"--dry-run"_s});
        QVERIFY2(text.exitCode == 0, qPrintable(text.describe()));
        QVERIFY2(QString::fromUtf8(text.out).contains(planned), qPrintable(text.describe()));

        const CliResult json = run(arguments + QStringList{u"--dry-run"_s});
        QVERIFY2(json.exitCode == 0, qPrintable(json.describe()));
        QVERIFY(json.json().value(u"DryRun"_s).toBool());
        QVERIFY(!json.json().value(u"Plan"_s).toObject().value(u"Requests"_s).toArray().isEmpty());

        // Reads only: the sandbox handled requests, none of them a write.
        QVERIFY(!m_requests->isEmpty() || arguments.at(1) == u"create"_s);
        for (const QList<QVariant> &args : *m_requests) {
            const auto request = args.constFirst().value<sandbox::ReceivedRequest>();
            QVERIFY2(!versionWrites.contains(request.operation), qPrintable(request.operation));
        }
        QCOMPARE(m_fixture->store().versions(m_modelId), before);
    }

    void badInputSendsNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("named"); // texts stderr must contain
        QTest::addColumn<bool>("reads");        // the command may read before it refuses

        const QStringList create{u"version"_s, u"create"_s, u"{id}"_s, u"--uri"_s, ossUri};
        const QStringList update{u"version"_s, u"update"_s, u"{id}"_s, u"1.0.0"_s};
        QTest::newRow("create without --uri")
            << QStringList{u"version"_s, u"create"_s, u"{id}"_s, u"--name"_s, u"1.2.3"_s}
            << QStringList{u"--uri"_s, u"Uri"_s} << false;
        QTest::newRow("bad --uri")
            << QStringList{u"version"_s, u"create"_s, u"{id}"_s, u"--uri"_s, u"ftp://host/x"_s}
            << QStringList{u"--uri"_s, u"Uri"_s, u"oss://"_s} << false;
        QTest::newRow("bad oss --uri")
            << QStringList{u"version"_s, u"create"_s, u"{id}"_s, u"--uri"_s, u"oss://Bucket/x"_s}
            << QStringList{u"--uri"_s, u"Uri"_s} << false;
        QTest::newRow("bad --name")
            << create + QStringList{u"--name"_s, u"v1"_s}
            << QStringList{u"--name"_s, u"VersionName"_s, u"1.0.0"_s} << false;
        QTest::newRow("empty --name") << create + QStringList{u"--name"_s, QString()}
                                      << QStringList{u"--name"_s, u"VersionName"_s} << false;
        QTest::newRow("bad --approval")
            << create + QStringList{u"--approval"_s, u"OK"_s}
            << QStringList{u"--approval"_s, u"ApprovalStatus"_s, u"Pending"_s} << false;
        QTest::newRow("bad --metrics JSON") << create + QStringList{u"--metrics"_s, u"{\"a\":"_s}
                                            << QStringList{u"--metrics"_s, u"Metrics"_s} << false;
        QTest::newRow("--metrics not an object")
            << create + QStringList{u"--metrics"_s, u"[1]"_s}
            << QStringList{u"--metrics"_s, u"Metrics"_s, u"object"_s} << false;
        QTest::newRow("--metrics too long")
            << create + QStringList{u"--metrics"_s,
                                    u"{\"a\":\"%1\"}"_s.arg(
                                        QString(pai::FieldRules::MetricsMaxCharacters, u'x'))}
            << QStringList{u"--metrics"_s, u"Metrics"_s} << false;
        QTest::newRow("bad --training-spec")
            << create + QStringList{u"--training-spec"_s, u"x"_s}
            << QStringList{u"--training-spec"_s, u"TrainingSpec"_s} << false;
        QTest::newRow("bad --options") << create + QStringList{u"--options"_s, u"{nope"_s}
                                       << QStringList{u"--options"_s, u"Options"_s} << false;
        QTest::newRow("label without =") << create + QStringList{u"--label"_s, u"novalue"_s}
                                         << QStringList{u"--label"_s, u"KEY=VALUE"_s} << false;
        QTest::newRow("label with , in the key") << create + QStringList{u"--label"_s, u"a,b=c"_s}
                                                 << QStringList{u"--label"_s, u"Key"_s} << false;
        QTest::newRow("update with nothing") << update << QStringList{u"update"_s} << false;
        QTest::newRow("remove and add one key")
            << update + QStringList{u"--add-label"_s, u"k=v"_s, u"--remove-label"_s, u"k"_s}
            << QStringList{u"--remove-label"_s} << false;
        QTest::newRow("update --uri")
            << update + QStringList{u"--uri"_s, u"https://example.com/other"_s}
            << QStringList{u"--uri"_s, u"Uri cannot change"_s} << true;
        QTest::newRow("update --format and --name")
            << update + QStringList{u"--format"_s, u"ONNX"_s, u"--name"_s, u"1.0.1"_s}
            << QStringList{u"--format"_s, u"FormatType cannot change"_s, u"--name"_s,
                           u"VersionName cannot change"_s}
            << true;
        QTest::newRow("update --framework, dry run")
            << update + QStringList{u"--framework"_s, u"ONNX"_s, u"--dry-run"_s}
            << QStringList{u"--framework"_s, u"FrameworkType"_s} << true;
        QTest::newRow("get without VERSION")
            << QStringList{u"version"_s, u"get"_s, u"{id}"_s} << QStringList{u"VERSION"_s} << false;
        QTest::newRow("unknown action")
            << QStringList{u"version"_s, u"rename"_s} << QStringList{u"rename"_s} << false;
        QTest::newRow("list: bad --order")
            << QStringList{u"versions"_s, u"{id}"_s, u"--order"_s, u"up"_s}
            << QStringList{u"--order"_s, u"ASC"_s} << false;
        QTest::newRow("list: bad --approval")
            << QStringList{u"versions"_s, u"{id}"_s, u"--approval"_s, u"maybe"_s}
            << QStringList{u"--approval"_s, u"ApprovalStatus"_s} << false;
    }

    void badInputSendsNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, named);
        QFETCH(bool, reads);
        arguments.replaceInStrings(u"{id}"_s, m_modelId);
        const QList<pai::ModelVersion> before = m_fixture->store().versions(m_modelId);
        const CliResult result = run(arguments);
        QVERIFY2(result.exitCode == 2, qPrintable(result.describe()));
        for (const QString &text : std::as_const(named))
            QVERIFY2(QString::fromUtf8(result.err).contains(text), qPrintable(result.describe()));
        QVERIFY2(result.out.isEmpty(), qPrintable(result.describe()));
        if (!reads)
            QCOMPARE(m_requests->size(), 0);
        for (const QList<QVariant> &args : *m_requests) {
            const auto request = args.constFirst().value<sandbox::ReceivedRequest>();
            QVERIFY2(!versionWrites.contains(request.operation), qPrintable(request.operation));
        }
        QCOMPARE(m_fixture->store().versions(m_modelId), before);
    }

    void helpNamesEveryFlag_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QStringList>("flags");
        QTest::newRow("versions") << QStringList{u"versions"_s}
                                  << QStringList{
                                         u"--version-name"_s, u"--label"_s,       u"--format"_s,
                                         u"--framework"_s,    u"--source-type"_s, u"--source-id"_s,
                                         u"--approval"_s,     u"--sort-by"_s,     u"--order"_s};
        QTest::newRow("create") << QStringList{u"version"_s, u"create"_s}
                                << QStringList{
                                       u"--uri"_s,           u"--name"_s,           u"--metrics"_s,
                                       u"--training-spec"_s, u"--inference-spec"_s, u"--options"_s,
                                       u"--dry-run"_s};
        QTest::newRow("update") << QStringList{u"version"_s, u"update"_s}
                                << QStringList{u"--add-label"_s, u"--remove-label"_s,
                                               u"--dry-run"_s};
        QTest::newRow("delete") << QStringList{u"version"_s, u"delete"_s}
                                << QStringList{u"--dry-run"_s};
        QTest::newRow("actions") << QStringList{u"version"_s}
                                 << QStringList{u"get"_s, u"create"_s, u"update"_s, u"delete"_s};
    }

    void helpNamesEveryFlag()
    {
        QFETCH(QStringList, command);
        QFETCH(QStringList, flags);
        const CliResult result = run(command + QStringList{u"--help"_s});
        QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
        for (const QString &flag : std::as_const(flags))
            QVERIFY2(QString::fromUtf8(result.out).contains(flag), qPrintable(result.describe()));
        QCOMPARE(m_requests->size(), 0);
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
    QString m_modelId;
};

QTEST_GUILESS_MAIN(TestCliVersions)
#include "tst_cliversions.moc"
