#include "pai/modelchange.h"
#include "pai/wirejson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using pai::FieldDiff;
using pai::Label;
using pai::LabelList;
using pai::ModelChange;
using pai::ModelDraft;
using pai::ModelField;

Q_DECLARE_METATYPE(pai::LabelList)

namespace {

ModelDraft baseDraft()
{
    ModelDraft draft;
    draft.modelName = u"bert-base"_s;
    draft.workspaceId = u"1234"_s;
    draft.modelDescription = u"A model"_s;
    draft.modelDoc = u"https://example.com/readme.md"_s;
    draft.modelType = u"Checkpoint"_s;
    draft.domain = u"nlp"_s;
    draft.task = u"text-classification"_s;
    draft.origin = u"HuggingFace"_s;
    draft.accessibility = u"PRIVATE"_s;
    draft.orderNumber = 7;
    draft.labels = {{u"env"_s, u"prod"_s}, {u"team"_s, u"search"_s}};
    draft.extraInfo =
        QJsonObject{{u"Rating"_s, u"5"_s}, {u"Nested"_s, QJsonObject{{u"a"_s, QJsonArray{1, 2}}}}};
    return draft;
}

} // namespace

class TestModelChange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identicalDraftsChangeNothing()
    {
        const ModelChange change = ModelChange::between(baseDraft(), baseDraft());
        QVERIFY(change.isEmpty());
        QVERIFY(!change.needsUpdate());
        QVERIFY(change.labelKeysToDelete().isEmpty());
        QVERIFY(change.labelsToCreate().isEmpty());
        QVERIFY(change.diffs().isEmpty());
    }

    void scalarFieldIsTheOnlyOneSent_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("newValue");
        QTest::addColumn<int>("kind");
        const int changed = int(FieldDiff::Kind::Changed);
        const int removed = int(FieldDiff::Kind::Removed);
        QTest::newRow("name") << int(ModelField::ModelName) << u"bert-large"_s << changed;
        QTest::newRow("description") << int(ModelField::ModelDescription) << u"other"_s << changed;
        QTest::newRow("description cleared")
            << int(ModelField::ModelDescription) << QString() << removed;
        QTest::newRow("doc") << int(ModelField::ModelDoc) << u"https://x.org/a.md"_s << changed;
        QTest::newRow("type") << int(ModelField::ModelType) << u"LoRA"_s << changed;
        QTest::newRow("domain") << int(ModelField::Domain) << u"cv"_s << changed;
        QTest::newRow("task") << int(ModelField::Task) << u"ocr"_s << changed;
        QTest::newRow("origin") << int(ModelField::Origin) << u"ModelScope"_s << changed;
        QTest::newRow("accessibility") << int(ModelField::Accessibility) << u"PUBLIC"_s << changed;
    }

    void scalarFieldIsTheOnlyOneSent()
    {
        QFETCH(int, field);
        QFETCH(QString, newValue);
        QFETCH(int, kind);
        ModelDraft after = baseDraft();
        QString *target = nullptr;
        switch (ModelField(field)) {
        case ModelField::ModelName:
            target = &after.modelName;
            break;
        case ModelField::ModelDescription:
            target = &after.modelDescription;
            break;
        case ModelField::ModelDoc:
            target = &after.modelDoc;
            break;
        case ModelField::ModelType:
            target = &after.modelType;
            break;
        case ModelField::Domain:
            target = &after.domain;
            break;
        case ModelField::Task:
            target = &after.task;
            break;
        case ModelField::Origin:
            target = &after.origin;
            break;
        case ModelField::Accessibility:
            target = &after.accessibility;
            break;
        default:
            QFAIL("not a text field");
        }
        const QString old = *target;
        *target = newValue;

        const ModelChange change = ModelChange::between(baseDraft(), after);
        QCOMPARE(change.update().fields, QList<ModelField>{ModelField(field)});
        QCOMPARE(change.update().values, after);
        QVERIFY(change.labelKeysToDelete().isEmpty());
        QVERIFY(change.labelsToCreate().isEmpty());
        QCOMPARE(change.diffs().size(), 1);
        const FieldDiff diff = change.diffs().constFirst();
        QCOMPARE(diff.field, ModelField(field));
        QCOMPARE(diff.path, pai::apiName(ModelField(field)));
        QCOMPARE(int(diff.kind), kind);
        QCOMPARE(diff.before, old);
        QCOMPARE(diff.after, newValue);
    }

    void orderNumber_data()
    {
        QTest::addColumn<std::optional<qint64>>("before");
        QTest::addColumn<std::optional<qint64>>("after");
        QTest::addColumn<QString>("afterText");
        QTest::addColumn<int>("kind");
        QTest::newRow("changed") << std::optional<qint64>(7) << std::optional<qint64>(8) << u"8"_s
                                 << int(FieldDiff::Kind::Changed);
        QTest::newRow("zero is a value") << std::optional<qint64>() << std::optional<qint64>(0)
                                         << u"0"_s << int(FieldDiff::Kind::Added);
        QTest::newRow("cleared") << std::optional<qint64>(7) << std::optional<qint64>() << QString()
                                 << int(FieldDiff::Kind::Removed);
    }

    void orderNumber()
    {
        QFETCH(std::optional<qint64>, before);
        QFETCH(std::optional<qint64>, after);
        QFETCH(QString, afterText);
        QFETCH(int, kind);
        ModelDraft a = baseDraft();
        a.orderNumber = before;
        ModelDraft b = baseDraft();
        b.orderNumber = after;
        const ModelChange change = ModelChange::between(a, b);
        QCOMPARE(change.update().fields, QList<ModelField>{ModelField::OrderNumber});
        QCOMPARE(change.diffs().size(), 1);
        QCOMPARE(change.diffs().constFirst().after, afterText);
        QCOMPARE(int(change.diffs().constFirst().kind), kind);
    }

    void extraInfoIsSentWholeAndDiffedByKey()
    {
        ModelDraft after = baseDraft();
        after.extraInfo[u"Rating"_s] = 5; // string "5" becomes the number 5
        after.extraInfo[u"Nested"_s] = QJsonObject{{u"a"_s, QJsonArray{1, 2, 3}}};
        after.extraInfo[u"New"_s] = true;
        const ModelChange change = ModelChange::between(baseDraft(), after);
        QCOMPARE(change.update().fields, QList<ModelField>{ModelField::ExtraInfo});
        QCOMPARE(change.update().values.extraInfo, after.extraInfo);

        QList<FieldDiff> expected{
            {ModelField::ExtraInfo, u"ExtraInfo.Nested"_s, FieldDiff::Kind::Changed,
             uR"({"a":[1,2]})"_s, uR"({"a":[1,2,3]})"_s},
            {ModelField::ExtraInfo, u"ExtraInfo.Rating"_s, FieldDiff::Kind::Changed, uR"("5")"_s,
             u"5"_s},
            {ModelField::ExtraInfo, u"ExtraInfo.New"_s, FieldDiff::Kind::Added, QString(),
             u"true"_s},
        };
        QCOMPARE(change.diffs(), expected);
    }

    void workspaceMoveIsReportedNotSent()
    {
        ModelDraft after = baseDraft();
        after.workspaceId = u"999"_s;
        const ModelChange change = ModelChange::between(baseDraft(), after);
        QVERIFY(change.workspaceChanged());
        QVERIFY(!change.isEmpty());
        QVERIFY(!change.needsUpdate());
        QCOMPARE(change.diffs().size(), 1);
        QCOMPARE(change.diffs().constFirst().field, ModelField::WorkspaceId);
    }

    void labels_data()
    {
        QTest::addColumn<LabelList>("before");
        QTest::addColumn<LabelList>("after");
        QTest::addColumn<QStringList>("deleted");
        QTest::addColumn<LabelList>("created");
        QTest::addColumn<QStringList>("diffPaths");

        const Label a{u"a"_s, u"1"_s};
        const Label b{u"b"_s, u"2"_s};
        const Label c{u"c"_s, u"3"_s};
        const Label b2{u"b"_s, u"22"_s};
        const Label d{u"d"_s, u"4"_s};

        QTest::newRow("append") << LabelList{a, b} << LabelList{a, b, c} << QStringList()
                                << LabelList{c} << QStringList{u"Labels[c]"_s};
        QTest::newRow("remove middle")
            << LabelList{a, b, c} << LabelList{a, c} << QStringList{u"b"_s} << LabelList()
            << QStringList{u"Labels[b]"_s};
        QTest::newRow("change last value")
            << LabelList{a, b} << LabelList{a, b2} << QStringList{u"b"_s} << LabelList{b2}
            << QStringList{u"Labels[b]"_s};
        // Keeping the order means the label after a changed one is re-created too.
        QTest::newRow("change middle value")
            << LabelList{a, b, c} << LabelList{a, b2, c} << QStringList{u"b"_s, u"c"_s}
            << LabelList{b2, c} << QStringList{u"Labels[b]"_s};
        QTest::newRow("swap") << LabelList{a, b, c} << LabelList{b, a, c}
                              << QStringList{u"a"_s, u"c"_s} << LabelList{a, c}
                              << QStringList{u"Labels"_s};
        QTest::newRow("insert at front")
            << LabelList{a, b} << LabelList{d, a, b} << QStringList{u"a"_s, u"b"_s}
            << LabelList{d, a, b} << QStringList{u"Labels[d]"_s};
        QTest::newRow("all removed")
            << LabelList{a, b} << LabelList() << QStringList{u"a"_s, u"b"_s} << LabelList()
            << QStringList{u"Labels[a]"_s, u"Labels[b]"_s};
        QTest::newRow("first labels")
            << LabelList() << LabelList{a, b} << QStringList() << LabelList{a, b}
            << QStringList{u"Labels[a]"_s, u"Labels[b]"_s};
        QTest::newRow("reorder and add")
            << LabelList{a, b} << LabelList{b, a, d} << QStringList{u"a"_s} << LabelList{a, d}
            << QStringList{u"Labels[d]"_s, u"Labels"_s};
    }

    void labels()
    {
        QFETCH(LabelList, before);
        QFETCH(LabelList, after);
        QFETCH(QStringList, deleted);
        QFETCH(LabelList, created);
        QFETCH(QStringList, diffPaths);

        ModelDraft a = baseDraft();
        a.labels = before;
        ModelDraft b = baseDraft();
        b.labels = after;
        const ModelChange change = ModelChange::between(a, b);
        QVERIFY(!change.needsUpdate()); // UpdateModel has no labels
        QCOMPARE(change.labelKeysToDelete(), deleted);
        QCOMPARE(change.labelsToCreate(), created);
        QStringList paths;
        for (const FieldDiff &diff : change.diffs())
            paths.append(diff.path);
        QCOMPARE(paths, diffPaths);

        // Replaying the plan on the old list, as the service does, gives exactly the new list.
        LabelList server = before;
        server.removeIf([&](const Label &label) { return deleted.contains(label.key); });
        server.append(created);
        QCOMPARE(server, after);
    }

    void rebasedKeepsTheOtherWritersFields()
    {
        const ModelDraft loaded = baseDraft();
        ModelDraft edited = loaded;
        edited.modelName = u"mine"_s;
        edited.labels.append({u"new"_s, u"x"_s});
        ModelDraft server = loaded;
        server.modelDescription = u"theirs"_s;
        server.orderNumber = 99;
        server.labels = {{u"other"_s, u"y"_s}};

        const ModelDraft merged = ModelChange::rebased(loaded, edited, server);
        QCOMPARE(merged.modelName, u"mine"_s);
        QCOMPARE(merged.modelDescription, u"theirs"_s);
        QCOMPARE(merged.orderNumber, std::optional<qint64>(99));
        QCOMPARE(merged.labels, edited.labels); // labels are one field: the edit wins whole
        QCOMPARE(merged.extraInfo, loaded.extraInfo);
    }

    void severalFieldsAtOnce()
    {
        ModelDraft after = baseDraft();
        after.modelName = u"renamed"_s;
        after.orderNumber.reset();
        after.labels.append({u"new"_s, u"x"_s});
        const ModelChange change = ModelChange::between(baseDraft(), after);
        QCOMPARE(change.update().fields,
                 (QList<ModelField>{ModelField::ModelName, ModelField::OrderNumber}));
        QCOMPARE(change.labelsToCreate(), (LabelList{{u"new"_s, u"x"_s}}));
        QCOMPARE(change.diffs().size(), 3);
    }

    void updateAppliesOnlyItsFields()
    {
        pai::ModelDraft base;
        base.modelName = u"kept"_s;
        base.task = u"old task"_s;
        base.orderNumber = 3;
        base.labels = {{u"env"_s, u"dev"_s}};
        pai::ModelDraft values;
        values.modelName = u"ignored"_s;
        values.task = u"new task"_s;
        values.orderNumber = 9;
        values.extraInfo = QJsonObject{{u"a"_s, 1}};
        const pai::ModelDraft applied =
            pai::ModelUpdate{values, {pai::ModelField::Task, pai::ModelField::ExtraInfo}}.appliedTo(
                base);
        QCOMPARE(applied.modelName, u"kept"_s);
        QCOMPARE(applied.task, u"new task"_s);
        QCOMPARE(applied.orderNumber, std::optional<qint64>(3));
        QCOMPARE(applied.extraInfo, values.extraInfo);
        QCOMPARE(applied.labels, base.labels);

        // A draft written into a model and read back out is the same draft.
        pai::Model model;
        model.modelId = u"m-1"_s;
        applied.writeTo(model);
        QCOMPARE(pai::ModelDraft::fromModel(model), applied);
        QCOMPARE(model.modelId, u"m-1"_s);
    }

    void fieldNamesRoundTrip()
    {
        for (int value = int(pai::ModelField::ModelName);
             value <= int(pai::ModelField::ParameterSize); ++value) {
            const auto field = pai::ModelField(value);
            QCOMPARE(pai::fieldFromApiName(pai::apiName(field)), std::optional(field));
        }
        // Tag is sent by CreateModel only: no update can carry it.
        QCOMPARE(pai::fieldFromApiName(u"Tag"_s), std::nullopt);
    }

    void parameterSizeIsUpdatedTagsAreNot()
    {
        pai::ModelDraft before;
        before.modelName = u"m"_s;
        before.parameterSize = 7;
        pai::ModelDraft after = before;
        after.parameterSize = 70000000000;
        after.tags = {{u"featured"_s, u"true"_s}};
        const pai::ModelChange change = pai::ModelChange::between(before, after);
        QCOMPARE(change.update().fields, QList<pai::ModelField>{pai::ModelField::ParameterSize});
        const QJsonObject body = pai::WireJson::updateModelBody(change.update());
        QCOMPARE(body.keys(), QStringList{u"ParameterSize"_s});
        QCOMPARE(body.value(u"ParameterSize"_s).toInteger(), 70000000000);
        QCOMPARE(change.update().appliedTo(before).parameterSize, after.parameterSize);

        const QJsonObject create = pai::WireJson::createModelBody(after);
        QCOMPARE(create.value(u"ParameterSize"_s).toInteger(), 70000000000);
        QCOMPARE(create.value(u"Tag"_s).toArray(),
                 (QJsonArray{QJsonObject{{u"Key"_s, u"featured"_s}, {u"Value"_s, u"true"_s}}}));
        QVERIFY(!create.contains(u"Tags"_s));
    }
};

QTEST_GUILESS_MAIN(TestModelChange)
#include "tst_modelchange.moc"
