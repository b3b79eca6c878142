// The model version domain: the wire mapping (round trips, casing, both timestamp forms, broken
// rows), the field rules (name pattern, Uri forms, immutable fields) and VersionChange (which
// fields an update sends and the minimal label plan).
#include "pai/fieldrules.h"
#include "pai/versionchange.h"
#include "pai/wirejson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pai;

namespace {

QJsonObject dataFile(const QString &name)
{
    QFile file(QStringLiteral(PAIDESK_TEST_DATA_DIR "/versions/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return QJsonDocument::fromJson(file.readAll()).object();
}

ModelVersionDraft fullDraft()
{
    ModelVersionDraft draft;
    draft.versionName = u"1.2.3_beta"_s;
    draft.uri = u"oss://bucket-1.oss-cn-hangzhou.aliyuncs.com/models/m/"_s;
    draft.versionDescription = u"desc"_s;
    draft.formatType = u"Keras H5"_s;
    draft.frameworkType = u"Keras"_s;
    draft.approvalStatus = u"Pending"_s;
    draft.sourceType = u"TrainingService"_s;
    draft.sourceId = u"region=cn-hangzhou,workspaceId=1,kind=ServiceJob,id=dlc-1"_s;
    draft.options = u"{\"a\":1}"_s;
    draft.metrics = QJsonObject{{u"acc"_s, 0.5}};
    draft.trainingSpec = QJsonObject{{u"lr"_s, 0.1}};
    draft.inferenceSpec = QJsonObject{{u"processor"_s, u"pytorch_gpu_1.10"_s}};
    draft.evaluationSpec = QJsonObject{{u"e"_s, true}};
    draft.compressionSpec = QJsonObject{{u"c"_s, QJsonArray{1, 2}}};
    draft.distillationSpec = QJsonObject{{u"d"_s, QJsonObject{{u"x"_s, u"y"_s}}}};
    draft.extraInfo = QJsonObject{{u"CoverUris"_s, QJsonArray{u"https://a/b.png"_s}}};
    draft.labels = {{u"env"_s, u"dev"_s}, {u"team"_s, u"nlp"_s}};
    return draft;
}

} // namespace

class TestModelVersion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void getBodyParsesEveryField()
    {
        const auto parsed = WireJson::versionFromJson(dataFile(u"get-version.json"_s));
        QVERIFY2(parsed, qPrintable(parsed.error));
        const ModelVersion &v = *parsed.value;
        QCOMPARE(v.versionName, u"0.1.0"_s);
        QCOMPARE(v.uri, u"oss://mybucket.oss-cn-beijing.aliyuncs.com/mypath/"_s);
        QCOMPARE(v.options, u"{}"_s); // a string holding JSON, not an object
        QCOMPARE(v.formatType, u"SavedModel"_s);
        QCOMPARE(v.frameworkType, u"TensorFlow"_s);
        QCOMPARE(v.approvalStatus, u"Approved"_s);
        QCOMPARE(approvalStatusFromApiName(v.approvalStatus), ApprovalStatus::Approved);
        QCOMPARE(v.sourceType, u"PAIFlow"_s);
        QCOMPARE(v.inferenceSpec.value(u"Processor"_s).toString(), u"tensorflow_gpu_1.12"_s);
        QCOMPARE(v.metrics.value(u"Results"_s).toArray().size(), 1);
        QCOMPARE(v.compressionSpec.value(u"Method"_s).toString(), u"int8"_s);
        QVERIFY(v.distillationSpec.value(u"Teacher"_s).isObject());
        QCOMPARE(v.extraInfo.value(u"TrainedWords"_s).toArray().size(), 1);
        QCOMPARE(v.labels.size(), 2);
        QCOMPARE(v.userId, u"1234567890******"_s);
        // RequestId is the reply's, not the version's; an unknown field is kept.
        QCOMPARE(v.unknownFields.keys(), QStringList{u"ComingSoon"_s});
    }

    void roundTrip_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QJsonObject get = dataFile(u"get-version.json"_s);
        get.remove(u"RequestId"_s);
        QTest::newRow("GetModelVersion") << get;
        QTest::newRow("list item")
            << dataFile(u"list-versions.json"_s).value(u"Versions"_s).toArray().at(0).toObject();
        QTest::newRow("name only") << QJsonObject{{u"VersionName"_s, u"0.1.0"_s}};
    }

    void roundTrip()
    {
        QFETCH(QJsonObject, body);
        const auto parsed = WireJson::versionFromJson(body);
        QVERIFY2(parsed, qPrintable(parsed.error));
        const QJsonObject written = WireJson::versionToJson(*parsed.value);
        const auto again = WireJson::versionFromJson(written);
        QVERIFY2(again, qPrintable(again.error));
        QCOMPARE(*again.value, *parsed.value);
        // Every non-empty value goes back out exactly as it came in.
        for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
            const bool empty = (it.value().isString() && it.value().toString().isEmpty()) ||
                               (it.value().isObject() && it.value().toObject().isEmpty());
            if (!empty)
                QCOMPARE(written.value(it.key()), it.value());
        }
    }

    void timestampsWithAndWithoutMilliseconds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("msecs");
        const qint64 base =
            QDateTime(QDate(2021, 1, 30), QTime(12, 51, 33), Qt::UTC).toMSecsSinceEpoch();
        QTest::newRow("milliseconds") << u"2021-01-30T12:51:33.028Z"_s << base + 28;
        QTest::newRow("whole seconds") << u"2021-01-30T12:51:33Z"_s << base;
        QTest::newRow("offset zero") << u"2021-01-30T12:51:33+00:00"_s << base;
        QTest::newRow("no zone") << u"2021-01-30T12:51:33"_s << qint64(-1);
        QTest::newRow("garbage") << u"yesterday"_s << qint64(-1);
        QTest::newRow("empty") << QString() << qint64(-1);
    }

    void timestampsWithAndWithoutMilliseconds()
    {
        QFETCH(QString, text);
        QFETCH(qint64, msecs);
        const QDateTime time = WireJson::parseTimestamp(text);
        if (msecs < 0) {
            QVERIFY(!time.isValid());
            return;
        }
        QVERIFY(time.isValid());
        QCOMPARE(time.toMSecsSinceEpoch(), msecs);
        QCOMPARE(time.timeSpec(), Qt::UTC);
    }

    void wrongTypesNameTheField_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("error");
        const QJsonObject base{{u"VersionName"_s, u"0.1.0"_s}};
        const auto with = [&](const QString &key, const QJsonValue &value) {
            QJsonObject object = base;
            object.insert(key, value);
            return object;
        };
        QTest::newRow("Options as object")
            << with(u"Options"_s, QJsonObject{}) << u"Options: expected a string"_s;
        QTest::newRow("Metrics as string")
            << with(u"Metrics"_s, u"{}"_s) << u"Metrics: expected an object"_s;
        QTest::newRow("Uri as number") << with(u"Uri"_s, 3) << u"Uri: expected a string"_s;
        QTest::newRow("label value")
            << with(u"Labels"_s, QJsonArray{QJsonObject{{u"Key"_s, u"k"_s}, {u"Value"_s, 1}}})
            << u"Labels[0].Value: expected a string"_s;
        QTest::newRow("no name") << QJsonObject{{u"Uri"_s, u"x"_s}} << u"VersionName: is missing"_s;
    }

    void wrongTypesNameTheField()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, error);
        const auto parsed = WireJson::versionFromJson(body);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error, error);
    }

    void pageSkipsBrokenRowsAndNamesThem()
    {
        const auto page = WireJson::versionPageFromJson(dataFile(u"list-versions.json"_s));
        QVERIFY2(page, qPrintable(page.error));
        QCOMPARE(page.value->totalCount, 15);
        QCOMPARE(page.value->rowsOnWire, 5);
        QCOMPARE(page.value->versions.size(), 2);
        QCOMPARE(page.value->versions.at(0).metrics.value(u"test2"_s).toInt(), 1);
        QCOMPARE(page.value->versions.at(1).formatType, u"Keras H5"_s);
        QCOMPARE(page.value->skippedRows, (QStringList{u"Versions[1].Uri: expected a string"_s,
                                                       u"Versions[2].VersionName: is missing"_s,
                                                       u"Versions[3]: expected an object"_s}));
        QVERIFY(!WireJson::versionPageFromJson(QJsonObject{{u"Versions"_s, QJsonArray{}}}));
    }

    void latestVersionOfModel()
    {
        Model model;
        QVERIFY(WireJson::latestVersionOf(model));
        QVERIFY(!*WireJson::latestVersionOf(model).value);
        model.latestVersion = QJsonObject{{u"VersionName"_s, u"0.3.0"_s},
                                          {u"GmtCreateTime"_s, u"2021-01-21T17:12:35Z"_s}};
        const auto latest = WireJson::latestVersionOf(model);
        QVERIFY(latest && *latest.value);
        QCOMPARE((*latest.value)->versionName, u"0.3.0"_s);
        model.latestVersion.insert(u"Labels"_s, 5);
        QCOMPARE(WireJson::latestVersionOf(model).error,
                 u"LatestVersion.Labels: expected an array of labels"_s);
    }

    void createBodySendsSetFieldsAndUriAlways()
    {
        const QJsonObject full = WireJson::createVersionBody(fullDraft());
        QCOMPARE(full.value(u"Options"_s), QJsonValue(u"{\"a\":1}"_s)); // a string, not an object
        QCOMPARE(full.value(u"FormatType"_s).toString(), u"Keras H5"_s);
        QCOMPARE(full.value(u"DistillationSpec"_s).toObject().value(u"d"_s).toObject().size(), 1);
        QCOMPARE(full.value(u"Labels"_s).toArray().size(), 2);
        QCOMPARE(full.size(), 17);

        ModelVersionDraft bare;
        bare.uri = u"https://myweb.com/mymodel.tar.gz"_s;
        // No name: the service numbers it. Empty texts and objects are left out, as Terraform
        // leaves out `metrics = {}`.
        QCOMPARE(WireJson::createVersionBody(bare),
                 (QJsonObject{{u"Uri"_s, u"https://myweb.com/mymodel.tar.gz"_s}}));
    }

    void updateBodySendsOnlyUpdatableListedFields()
    {
        ModelVersionUpdate update{fullDraft(),
                                  {VersionField::VersionDescription, VersionField::Metrics,
                                   VersionField::Uri, VersionField::Labels,
                                   VersionField::FormatType, VersionField::ApprovalStatus}};
        update.values.versionDescription.clear(); // a cleared field is sent, empty
        const QJsonObject body = WireJson::updateVersionBody(update);
        QCOMPARE(body.keys(),
                 (QStringList{u"ApprovalStatus"_s, u"Metrics"_s, u"VersionDescription"_s}));
        QCOMPARE(body.value(u"VersionDescription"_s), QJsonValue(QString()));
    }

    void versionNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("auto") << u"0.1.0"_s << true;
        QTest::newRow("big numbers") << u"10.200.3000"_s << true;
        QTest::newRow("stage suffix") << u"2.3.4_beta"_s << true;
        QTest::newRow("suffix with digits") << u"1.1.0_rc_2"_s << true;
        QTest::newRow("two parts") << u"1.0"_s << false;
        QTest::newRow("four parts") << u"1.0.0.0"_s << false;
        QTest::newRow("leading v") << u"v1.0.0"_s << false;
        QTest::newRow("dash suffix") << u"1.0.0-beta"_s << false;
        QTest::newRow("empty suffix") << u"1.0.0_"_s << false;
        QTest::newRow("letters") << u"a.b.c"_s << false;
        QTest::newRow("trailing newline") << u"1.0.0\n"_s << false;
        QTest::newRow("non-ASCII digit") << u"1.0.\u0663"_s << false;
        QTest::newRow("slash") << u"1.0/0"_s << false;
    }

    void versionNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(FieldRules::isValidVersionName(name), valid);
        QCOMPARE(!FieldRules::checkVersionName(name).has_value(), valid);
        QVERIFY(!FieldRules::checkVersionName(QString())); // empty: numbered by the service
    }

    void uris_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<bool>("valid");
        QTest::newRow("oss") << u"oss://mybucket.oss-cn-beijing.aliyuncs.com/mypath/"_s << true;
        QTest::newRow("oss internal")
            << u"oss://hz-example-0701.oss-cn-hangzhou-internal.aliyuncs.com/checkpoints/"_s
            << true;
        QTest::newRow("oss bucket root")
            << u"oss://mybucket.oss-cn-beijing.aliyuncs.com/"_s << true;
        QTest::newRow("https") << u"https://myweb.com/mymodel.tar.gz"_s << true;
        QTest::newRow("http") << u"http://10.0.0.1:8080/m"_s << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("blank") << u"  "_s << false;
        QTest::newRow("oss without endpoint") << u"oss://mybucket/mypath/"_s << false;
        QTest::newRow("oss without path")
            << u"oss://mybucket.oss-cn-beijing.aliyuncs.com"_s << false;
        QTest::newRow("oss upper-case bucket")
            << u"oss://MyBucket.oss-cn-beijing.aliyuncs.com/p"_s << false;
        QTest::newRow("oss space") << u"oss://b1.oss-cn-beijing.aliyuncs.com/a b"_s << false;
        QTest::newRow("ftp") << u"ftp://example.com/m"_s << false;
        QTest::newRow("relative") << u"models/m.tar.gz"_s << false;
    }

    void uris()
    {
        QFETCH(QString, uri);
        QFETCH(bool, valid);
        const auto error = FieldRules::checkVersionUri(uri);
        QCOMPARE(!error.has_value(), valid);
        if (error)
            QCOMPARE(error->field, u"Uri"_s);
    }

    void draftRules()
    {
        QVERIFY(FieldRules::checkVersionDraft(fullDraft()).isEmpty());
        ModelVersionDraft draft = fullDraft();
        draft.uri.clear();
        draft.approvalStatus = u"Maybe"_s;
        draft.options = u"{not json"_s;
        draft.metrics = QJsonObject{{u"big"_s, QString(FieldRules::MetricsMaxCharacters, u'x')}};
        draft.labels.append({u"env"_s, u"again"_s});
        QStringList fields;
        for (const FieldError &error : FieldRules::checkVersionDraft(draft))
            fields.append(error.field);
        QCOMPARE(fields, (QStringList{u"Uri"_s, u"ApprovalStatus"_s, u"Options"_s, u"Metrics"_s,
                                      u"Labels[2].Key"_s}));
    }

    void immutableFieldsAreNamed()
    {
        const ModelVersionDraft created = fullDraft();
        ModelVersionDraft wanted = created;
        wanted.versionDescription = u"may change"_s;
        QVERIFY(FieldRules::checkImmutableVersionFields(created, wanted).isEmpty());
        wanted.uri = u"https://other.example/m"_s;
        wanted.frameworkType = u"Pytorch"_s;
        const QList<FieldError> errors = FieldRules::checkImmutableVersionFields(created, wanted);
        QCOMPARE(errors.size(), 2);
        QCOMPARE(errors.at(0).field, u"Uri"_s);
        QCOMPARE(errors.at(1).field, u"FrameworkType"_s);
    }

    void changeSendsChangedUpdatableFields()
    {
        const ModelVersionDraft before = fullDraft();
        ModelVersionDraft after = before;
        after.approvalStatus = u"Approved"_s;
        after.metrics.insert(u"loss"_s, 0.2);
        after.formatType = u"ONNX"_s; // cannot be sent
        const VersionChange change = VersionChange::between(before, after);
        QVERIFY(!change.isEmpty());
        QCOMPARE(change.immutableChanges(), QList<VersionField>{VersionField::FormatType});
        QCOMPARE(change.update().fields,
                 (QList<VersionField>{VersionField::ApprovalStatus, VersionField::Metrics}));
        QVERIFY(change.labelKeysToDelete().isEmpty());
        QVERIFY(change.labelsToCreate().isEmpty());
        QStringList paths;
        for (const VersionFieldDiff &diff : change.diffs())
            paths.append(diff.path);
        QCOMPARE(paths, (QStringList{u"FormatType"_s, u"ApprovalStatus"_s, u"Metrics.loss"_s}));
        // What the update leaves once applied: the sent fields, nothing else.
        const ModelVersionDraft applied = change.update().appliedTo(before);
        QCOMPARE(applied.approvalStatus, u"Approved"_s);
        QCOMPARE(applied.formatType, before.formatType);
        QVERIFY(VersionChange::between(before, before).isEmpty());
    }

    void labelPlanIsMinimal_data()
    {
        QTest::addColumn<LabelList>("before");
        QTest::addColumn<LabelList>("after");
        QTest::addColumn<QStringList>("deleted");
        QTest::addColumn<LabelList>("created");
        const Label a{u"a"_s, u"1"_s}, b{u"b"_s, u"2"_s}, c{u"c"_s, u"3"_s};
        const Label b9{u"b"_s, u"9"_s};
        QTest::newRow("append") << LabelList{a} << LabelList{a, b} << QStringList() << LabelList{b};
        QTest::newRow("remove") << LabelList{a, b, c} << LabelList{a, c} << QStringList{u"b"_s}
                                << LabelList{};
        QTest::newRow("change value")
            << LabelList{a, b} << LabelList{a, b9} << QStringList{u"b"_s} << LabelList{b9};
        QTest::newRow("reorder") << LabelList{a, b} << LabelList{b, a} << QStringList{u"a"_s}
                                 << LabelList{a};
        QTest::newRow("clear") << LabelList{a, b} << LabelList{} << QStringList{u"a"_s, u"b"_s}
                               << LabelList{};
    }

    void labelPlanIsMinimal()
    {
        QFETCH(LabelList, before);
        QFETCH(LabelList, after);
        QFETCH(QStringList, deleted);
        QFETCH(LabelList, created);
        ModelVersionDraft from = fullDraft();
        from.labels = before;
        ModelVersionDraft to = from;
        to.labels = after;
        const VersionChange change = VersionChange::between(from, to);
        QCOMPARE(change.labelKeysToDelete(), deleted);
        QCOMPARE(change.labelsToCreate(), created);
        QVERIFY(!change.needsUpdate());
        // The same plan as a model's: one rule for both.
        const LabelPlan plan = LabelPlan::between(before, after);
        QCOMPARE(plan.keysToDelete, deleted);
        QCOMPARE(plan.labelsToCreate, created);
    }

    void rebasedKeepsOtherWritersFields()
    {
        const ModelVersionDraft loaded = fullDraft();
        ModelVersionDraft edited = loaded;
        edited.versionDescription = u"mine"_s;
        ModelVersionDraft server = loaded;
        server.approvalStatus = u"Rejected"_s;
        const ModelVersionDraft result = VersionChange::rebased(loaded, edited, server);
        QCOMPARE(result.versionDescription, u"mine"_s);
        QCOMPARE(result.approvalStatus, u"Rejected"_s);
    }

    void fieldNames()
    {
        for (int value = int(VersionField::VersionName); value <= int(VersionField::Labels);
             ++value) {
            const VersionField field = VersionField(value);
            QCOMPARE(versionFieldFromApiName(apiName(field)), field);
        }
        QVERIFY(!versionFieldFromApiName(u"ModelName"_s));
        QVERIFY(!isUpdatable(VersionField::Labels));
        QVERIFY(isImmutable(VersionField::VersionName));
        QVERIFY(isUpdatable(VersionField::DistillationSpec));
    }
};

QTEST_GUILESS_MAIN(TestModelVersion)
#include "tst_modelversion.moc"
