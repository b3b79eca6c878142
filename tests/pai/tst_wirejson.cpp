#include "pai/wirejson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pai;

namespace {

QJsonObject parseObject(const char *json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad JSON in test: %s", qPrintable(error.errorString()));
    return document.object();
}

// moc reads "//" inside raw strings as a comment, so the URLs below escape their slashes.
const char fullModel[] = R"({
  "ModelId": "model-rbvg5wzljzks92",
  "ModelName": "qwen-chat-7b",
  "ModelDescription": "Chat model",
  "ModelDoc": "https:\/\/example.com\/doc",
  "ModelType": "Checkpoint",
  "Domain": "nlp",
  "Task": "text-generation",
  "Origin": "ModelScope",
  "Provider": "pai",
  "Accessibility": "PRIVATE",
  "OrderNumber": 101,
  "ParameterSize": 7000000000,
  "WorkspaceId": "23456",
  "OwnerId": "1557702098000000",
  "UserId": "1557702098000001",
  "GmtCreateTime": "2021-01-21T17:12:35Z",
  "GmtModifiedTime": "2021-01-22T17:12:35Z",
  "GmtLatestVersionModifiedTime": "2021-01-23T17:12:35Z",
  "Labels": [{"Key": "b", "Value": "2"}, {"Key": "a", "Value": "1"}],
  "Tags": [{"Key": "t", "Value": "v"}],
  "ExtraInfo": {"CoverUris": ["oss:\/\/a", "oss:\/\/b"], "Rating": 4.5, "nested": {"deep": [1, {"x": null}]}},
  "LatestVersion": {"VersionName": "0.1.0", "Options": "{}"},
  "SomethingNew": {"kept": true}
})";

} // namespace

class TestWireJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelRoundTrip()
    {
        const QJsonObject source = parseObject(fullModel);
        const auto parsed = WireJson::modelFromJson(source);
        QVERIFY2(parsed, qPrintable(parsed.error));
        const Model &model = *parsed.value;
        QCOMPARE(model.modelId, u"model-rbvg5wzljzks92"_s);
        QCOMPARE(model.orderNumber, std::optional<qint64>(101));
        QCOMPARE(model.parameterSize, std::optional<qint64>(7000000000LL));
        QCOMPARE(model.workspaceId, u"23456"_s);
        QCOMPARE(model.labels.size(), 2);
        QCOMPARE(model.labels.first().key, u"b"_s);  // server order, not sorted
        QCOMPARE(model.tags.size(), 1);
        QCOMPARE(model.extraInfo.value("nested"_L1).toObject().value("deep"_L1).toArray().size(), 2);
        QCOMPARE(model.unknownFields.value("SomethingNew"_L1).toObject().value("kept"_L1), true);
        // Everything we read is written back, unknown fields included.
        QCOMPARE(WireJson::modelToJson(model), source);
    }

    void getModelShapeDropsTagsAndRequestId()
    {
        QJsonObject source = parseObject(fullModel);
        source.insert("RequestId"_L1, u"5A14FA81-DD4E"_s);
        const auto parsed = WireJson::modelFromJson(source);
        QVERIFY(parsed);
        QVERIFY(!parsed.value->unknownFields.contains("RequestId"_L1));
        const QJsonObject detail =
            WireJson::modelToJson(*parsed.value, WireJson::ModelShape::Detail);
        QVERIFY(!detail.contains("Tags"_L1));
        QVERIFY(detail.contains("Labels"_L1));
    }

    void malformedModel_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("errorPrefix");
        QTest::newRow("name is a number")
            << QByteArray(R"({"ModelId":"m","ModelName":5})") << u"ModelName:"_s;
        QTest::newRow("order number is a string")
            << QByteArray(R"({"ModelId":"m","OrderNumber":"7"})") << u"OrderNumber:"_s;
        QTest::newRow("order number is fractional")
            << QByteArray(R"({"ModelId":"m","OrderNumber":1.5})") << u"OrderNumber:"_s;
        QTest::newRow("labels is an object")
            << QByteArray(R"({"ModelId":"m","Labels":{}})") << u"Labels:"_s;
        QTest::newRow("label value is a number")
            << QByteArray(R"({"ModelId":"m","Labels":[{"Key":"k","Value":1}]})")
            << u"Labels[0].Value:"_s;
        QTest::newRow("extra info is a string")
            << QByteArray(R"({"ModelId":"m","ExtraInfo":"{}"})") << u"ExtraInfo:"_s;
        QTest::newRow("no id") << QByteArray(R"({"ModelName":"x"})") << u"ModelId:"_s;
    }

    void malformedModel()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, errorPrefix);
        const auto parsed = WireJson::modelFromJson(QJsonDocument::fromJson(json).object());
        QVERIFY(!parsed);
        QVERIFY2(parsed.error.startsWith(errorPrefix), qPrintable(parsed.error));
    }

    void nullsAreAbsent()
    {
        const auto parsed = WireJson::modelFromJson(
            parseObject(R"({"ModelId":"m","ModelDoc":null,"OrderNumber":null,"ExtraInfo":null})"));
        QVERIFY2(parsed, qPrintable(parsed.error));
        QVERIFY(!parsed.value->orderNumber);
        QVERIFY(parsed.value->modelDoc.isEmpty());
    }

    void modelPage()
    {
        QJsonObject body = parseObject(R"({"RequestId":"R1","TotalCount":15,"Models":[]})");
        QJsonArray models{parseObject(fullModel), parseObject(R"({"ModelId":"model-2"})")};
        body.insert("Models"_L1, models);
        const auto page = WireJson::modelPageFromJson(body);
        QVERIFY2(page, qPrintable(page.error));
        QCOMPARE(page.value->totalCount, 15);
        QCOMPARE(page.value->requestId, u"R1"_s);
        QCOMPARE(page.value->models.size(), 2);
    }

    void malformedPage_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("errorPrefix");
        QTest::newRow("models not an array")
            << QByteArray(R"({"TotalCount":1,"Models":{}})") << u"Models:"_s;
        QTest::newRow("no total") << QByteArray(R"({"Models":[]})") << u"TotalCount:"_s;
        QTest::newRow("total is text")
            << QByteArray(R"({"TotalCount":"3","Models":[]})") << u"TotalCount:"_s;
    }

    void malformedPage()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, errorPrefix);
        const auto page = WireJson::modelPageFromJson(QJsonDocument::fromJson(json).object());
        QVERIFY(!page);
        QVERIFY2(page.error.startsWith(errorPrefix), qPrintable(page.error));
    }

    void brokenRowsAreSkippedAndNamed()
    {
        const auto page = WireJson::modelPageFromJson(parseObject(
            R"({"TotalCount":4,"Models":[{"ModelId":"a"},{"ModelId":"b","Task":[]},7,{"ModelId":"d"}]})"));
        QVERIFY2(page, qPrintable(page.error));
        QCOMPARE(page.value->models.size(), 2);
        QCOMPARE(page.value->models.at(1).modelId, u"d"_s);
        QCOMPARE(page.value->rowsOnWire, 4);
        QCOMPARE(page.value->skippedRows, (QStringList{u"Models[1].Task: expected a string"_s,
                                                       u"Models[2]: expected an object"_s}));

        const auto workspaces = WireJson::workspacePageFromJson(parseObject(
            R"({"TotalCount":2,"Workspaces":[{"WorkspaceId":"1","IsDefault":"yes"},{"WorkspaceId":"2"}]})"));
        QVERIFY2(workspaces, qPrintable(workspaces.error));
        QCOMPARE(workspaces.value->workspaces.size(), 1);
        QCOMPARE(workspaces.value->skippedRows,
                 QStringList{u"Workspaces[0].IsDefault: expected true or false"_s});
    }

    // Every field of the wire shapes, with a value of the wrong JSON type: the error names it.
    void wrongTypeNamesTheField_data()
    {
        QTest::addColumn<bool>("isModel");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("wrongValue");
        QTest::addColumn<QString>("expected");

        const QJsonValue number(12);
        const QJsonValue text(u"seven"_s);
        const QJsonValue array{QJsonArray{1}};
        const QJsonValue object{QJsonObject{{u"a"_s, 1}}};
        for (const char *field :
             {"ModelId", "ModelName", "ModelDescription", "ModelDoc", "ModelType", "Domain", "Task",
              "Origin", "Provider", "Accessibility", "WorkspaceId", "OwnerId", "UserId",
              "GmtCreateTime", "GmtModifiedTime", "GmtLatestVersionModifiedTime"}) {
            QTest::addRow("model %s", field)
                << true << QString::fromLatin1(field) << number
                << u"%1: expected a string"_s.arg(QLatin1StringView(field));
        }
        for (const char *field : {"OrderNumber", "ParameterSize"}) {
            QTest::addRow("model %s text", field)
                << true << QString::fromLatin1(field) << text
                << u"%1: expected an integer"_s.arg(QLatin1StringView(field));
            QTest::addRow("model %s fraction", field)
                << true << QString::fromLatin1(field) << QJsonValue(1.5)
                << u"%1: expected an integer"_s.arg(QLatin1StringView(field));
        }
        for (const char *field : {"Labels", "Tags"}) {
            QTest::addRow("model %s", field)
                << true << QString::fromLatin1(field) << object
                << u"%1: expected an array of labels"_s.arg(QLatin1StringView(field));
            QTest::addRow("model %s item", field)
                << true << QString::fromLatin1(field)
                << QJsonValue(QJsonArray{QJsonObject{{u"Key"_s, 1}}})
                << u"%1[0].Key: expected a string"_s.arg(QLatin1StringView(field));
        }
        for (const char *field : {"ExtraInfo", "LatestVersion"}) {
            QTest::addRow("model %s", field)
                << true << QString::fromLatin1(field) << array
                << u"%1: expected an object"_s.arg(QLatin1StringView(field));
        }
        for (const char *field :
             {"WorkspaceId", "WorkspaceName", "DisplayName", "Description", "Creator", "Status",
              "ResourceGroupId", "resourceGroupId", "GmtCreateTime", "GmtModifiedTime"}) {
            QTest::addRow("workspace %s", field)
                << false << QString::fromLatin1(field) << array
                << u"%1: expected a string"_s.arg(QLatin1StringView(field));
        }
        for (const char *field : {"EnvTypes", "AdminNames"}) {
            QTest::addRow("workspace %s", field)
                << false << QString::fromLatin1(field) << text
                << u"%1: expected an array of strings"_s.arg(QLatin1StringView(field));
            QTest::addRow("workspace %s item", field)
                << false << QString::fromLatin1(field) << QJsonValue(QJsonArray{u"a"_s, 2})
                << u"%1[1]: expected a string"_s.arg(QLatin1StringView(field));
        }
        QTest::addRow("workspace IsDefault")
            << false << u"IsDefault"_s << text << u"IsDefault: expected true or false"_s;
        for (const char *field : {"ExtraInfos", "Owner"}) {
            QTest::addRow("workspace %s", field)
                << false << QString::fromLatin1(field) << number
                << u"%1: expected an object"_s.arg(QLatin1StringView(field));
        }
    }

    void wrongTypeNamesTheField()
    {
        QFETCH(bool, isModel);
        QFETCH(QString, field);
        QFETCH(QJsonValue, wrongValue);
        QFETCH(QString, expected);
        QJsonObject object = isModel ? QJsonObject{{u"ModelId"_s, u"model-1"_s}}
                                     : QJsonObject{{u"WorkspaceId"_s, u"1"_s}};
        object.insert(field, wrongValue);
        const QString error = isModel ? WireJson::modelFromJson(object).error
                                      : WireJson::workspaceFromJson(object).error;
        QCOMPARE(error, expected);
    }

    void tooManyLabelsFailTheModel()
    {
        QJsonArray labels;
        for (qsizetype i = 0; i <= WireJson::MaxLabelsPerModel; ++i)
            labels.append(QJsonObject{{u"Key"_s, u"k%1"_s.arg(i)}, {u"Value"_s, u"v"_s}});
        QJsonObject object{{u"ModelId"_s, u"model-1"_s}, {u"Labels"_s, labels}};
        QCOMPARE(WireJson::modelFromJson(object).error,
                 u"Labels: 1001 labels, more than the 1000 PaiDesk accepts on one model"_s);
        labels.removeLast();
        object.insert(u"Labels"_s, labels);
        QVERIFY(WireJson::modelFromJson(object));
    }

    void workspaceCasing_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("list item")
            << QByteArray(R"({"WorkspaceId":"1","resourceGroupId":"rg-1","EnvTypes":["prod"]})");
        QTest::newRow("detail")
            << QByteArray(R"({"WorkspaceId":"1","ResourceGroupId":"rg-1","EnvTypes":["prod"]})");
    }

    void workspaceCasing()
    {
        QFETCH(QByteArray, json);
        const auto parsed = WireJson::workspaceFromJson(QJsonDocument::fromJson(json).object());
        QVERIFY2(parsed, qPrintable(parsed.error));
        QCOMPARE(parsed.value->resourceGroupId, u"rg-1"_s);
        QVERIFY(parsed.value->unknownFields.isEmpty());
        const QJsonObject listItem =
            WireJson::workspaceToJson(*parsed.value, WireJson::WorkspaceShape::ListItem);
        const QJsonObject detail =
            WireJson::workspaceToJson(*parsed.value, WireJson::WorkspaceShape::Detail);
        QCOMPARE(listItem.value("resourceGroupId"_L1).toString(), u"rg-1"_s);
        QVERIFY(!listItem.contains("ResourceGroupId"_L1));
        QCOMPARE(detail.value("ResourceGroupId"_L1).toString(), u"rg-1"_s);
        QVERIFY(!detail.contains("resourceGroupId"_L1));
    }

    void workspaceRoundTrip()
    {
        const QJsonObject source = parseObject(R"({
            "WorkspaceId": "123", "WorkspaceName": "nlp_team", "DisplayName": "NLP team",
            "Description": "d", "Creator": "u1", "EnvTypes": ["dev", "prod"], "Status": "ENABLED",
            "AdminNames": ["alice"], "IsDefault": false, "ExtraInfos": {"TenantId": "t"},
            "ResourceGroupId": "rg-x", "GmtCreateTime": "2021-01-21T17:12:35.232Z",
            "GmtModifiedTime": "2021-01-21T17:12:35.232Z", "Owner": {"UserId": "u"}})");
        const auto parsed = WireJson::workspaceFromJson(source);
        QVERIFY2(parsed, qPrintable(parsed.error));
        QCOMPARE(parsed.value->title(), u"NLP team"_s);
        QCOMPARE(WireJson::workspaceToJson(*parsed.value, WireJson::WorkspaceShape::Detail), source);
    }

    void createBodySendsOnlySetFields()
    {
        ModelDraft draft;
        draft.modelName = u"m"_s;
        draft.orderNumber = 0;  // Terraform sends 0 too when it is in the config
        draft.labels = {{u"k"_s, u"v"_s}};
        const QJsonObject body = WireJson::createModelBody(draft);
        QCOMPARE(body, parseObject(R"({"ModelName":"m","OrderNumber":0,"Labels":[{"Key":"k","Value":"v"}]})"));
    }

    void updateBodySendsExactlyTheListedFields()
    {
        ModelUpdate update;
        update.values.modelName = u"renamed"_s;
        update.values.task = u"ignored: not listed"_s;
        update.values.modelDescription = QString();
        update.values.extraInfo = parseObject(R"({"a":{"b":[1,2]}})");
        update.fields = {ModelField::ModelName, ModelField::ModelDescription, ModelField::ExtraInfo,
                         ModelField::Labels, ModelField::WorkspaceId};
        QCOMPARE(WireJson::updateModelBody(update),
                 parseObject(R"({"ModelName":"renamed","ModelDescription":"","ExtraInfo":{"a":{"b":[1,2]}}})"));
    }
};

QTEST_GUILESS_MAIN(TestWireJson)
#include "tst_wirejson.moc"
