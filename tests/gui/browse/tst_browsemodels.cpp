#include "gui/models/extrainfomodel.h"
#include "gui/models/labeltablemodel.h"
#include "gui/models/workspacelistmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

class TestBrowseModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void workspaceListHasAllEntry();
    void labelsAsTable();
    void extraInfoKeepsNesting();
    void extraInfoValueText_data();
    void extraInfoValueText();
};

void TestBrowseModels::workspaceListHasAllEntry()
{
    gui::WorkspaceListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The gallery first, then "All workspaces", then the workspaces.
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, 0).data().toString(), u"Model Gallery"_s);
    QCOMPARE(model.index(0, 0).data(gui::WorkspaceListModel::ProviderRole).toString(), u"pai"_s);
    QVERIFY(model.index(0, 0).data(gui::WorkspaceListModel::WorkspaceIdRole).toString().isEmpty());
    QCOMPARE(model.index(1, 0).data().toString(), u"All workspaces"_s);
    QVERIFY(model.index(1, 0).data(gui::WorkspaceListModel::WorkspaceIdRole).toString().isEmpty());
    QVERIFY(model.index(1, 0).data(gui::WorkspaceListModel::ProviderRole).toString().isEmpty());

    pai::Workspace first;
    first.workspaceId = u"101"_s;
    first.workspaceName = u"search"_s;
    first.displayName = u"Search team"_s;
    first.status = u"ENABLED"_s;
    first.envTypes = {u"dev"_s, u"prod"_s};
    pai::Workspace second = first;
    second.workspaceId = u"102"_s;
    second.workspaceName = u"ads"_s;
    second.displayName.clear();
    model.setWorkspaces({first});
    model.appendWorkspaces({second});

    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(2, gui::WorkspaceListModel::NameColumn).data().toString(),
             u"Search team"_s);
    QCOMPARE(model.index(3, gui::WorkspaceListModel::NameColumn).data().toString(), u"ads"_s);
    QCOMPARE(model.index(2, gui::WorkspaceListModel::IdColumn).data().toString(), u"101"_s);
    QCOMPARE(model.columnCount(), 2);
    // Status and environments are in the tooltip, with the name and the ID.
    const QString tip =
        model.index(2, gui::WorkspaceListModel::IdColumn).data(Qt::ToolTipRole).toString();
    for (const QString &part : {u"Search team"_s, u"101"_s, u"ENABLED"_s, u"dev, prod"_s})
        QVERIFY2(tip.contains(part), qPrintable(tip));
    // Elsewhere a workspace is named with its ID beside it; an unlisted one by its ID.
    QCOMPARE(model.workspaceText(u"101"_s), u"Search team (101)"_s);
    QCOMPARE(model.workspaceText(u"102"_s), u"ads (102)"_s);
    QCOMPARE(model.workspaceText(u"999"_s), u"999"_s);
    QCOMPARE(model.workspaceText(QString()), QString());
    QCOMPARE(model.rowOfWorkspace(u"102"_s), 3);
    QCOMPARE(model.rowOfWorkspace(QString()), 1);
    QCOMPARE(model.rowOfWorkspace(u"999"_s), -1);
    QVERIFY(!model.workspaceAt(0));
    QVERIFY(!model.workspaceAt(1));
    QCOMPARE(model.workspaceAt(3)->workspaceName, u"ads"_s);
    QCOMPARE(model.workspaces().size(), 2);
    model.clear();
    QCOMPARE(model.rowCount(), 2);
}

void TestBrowseModels::labelsAsTable()
{
    gui::LabelTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLabels({{u"b"_s, u"2"_s}, {u"a"_s, u"1"_s}});
    QCOMPARE(model.rowCount(), 2);
    // Server order, not sorted.
    QCOMPARE(model.index(0, gui::LabelTableModel::KeyColumn).data().toString(), u"b"_s);
    QCOMPARE(model.index(1, gui::LabelTableModel::ValueColumn).data().toString(), u"1"_s);
    model.setLabels({});
    QCOMPARE(model.rowCount(), 0);
}

void TestBrowseModels::extraInfoKeepsNesting()
{
    const QJsonObject extra = QJsonDocument::fromJson(R"({
        "Rating": 4.5,
        "CoverUris": ["oss://a", "oss://b"],
        "Nested": {"Inner": {"Deep": [1, {"x": true}]}, "Empty": {}},
        "Nothing": null
    })"_ba)
                                  .object();
    gui::ExtraInfoModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setExtraInfo(extra);
    QCOMPARE(model.extraInfo(), extra);
    QCOMPARE(model.rowCount(), 4);

    auto find = [&model](const QModelIndex &parent, const QString &key) {
        for (int row = 0; row < model.rowCount(parent); ++row) {
            const QModelIndex index = model.index(row, 0, parent);
            if (index.data().toString() == key)
                return index;
        }
        return QModelIndex();
    };
    const QModelIndex covers = find({}, u"CoverUris"_s);
    QVERIFY(covers.isValid());
    QCOMPARE(model.rowCount(covers), 2);
    QCOMPARE(model.index(1, gui::ExtraInfoModel::ValueColumn, covers).data().toString(),
             u"oss://b"_s);
    QCOMPARE(model.index(1, gui::ExtraInfoModel::KeyColumn, covers).data().toString(), u"[1]"_s);
    QCOMPARE(covers.siblingAtColumn(gui::ExtraInfoModel::TypeColumn).data().toString(), u"array"_s);

    const QModelIndex deep = find(find(find({}, u"Nested"_s), u"Inner"_s), u"Deep"_s);
    QVERIFY(deep.isValid());
    QCOMPARE(model.rowCount(deep), 2);
    const QModelIndex object = model.index(1, 0, deep);
    QCOMPARE(model.rowCount(object), 1);
    QCOMPARE(model.index(0, gui::ExtraInfoModel::ValueColumn, object).data().toString(), u"true"_s);
    QCOMPARE(model.parent(model.index(0, 0, object)), object);
    QCOMPARE(deep.data(gui::ExtraInfoModel::JsonValueRole).value<QJsonValue>(),
             QJsonValue(QJsonArray{1, QJsonObject{{u"x"_s, true}}}));

    const QModelIndex empty = find(find({}, u"Nested"_s), u"Empty"_s);
    QCOMPARE(model.rowCount(empty), 0);
    QCOMPARE(empty.siblingAtColumn(gui::ExtraInfoModel::ValueColumn).data().toString(), u"{}"_s);

    model.setExtraInfo({});
    QCOMPARE(model.rowCount(), 0);
}

void TestBrowseModels::extraInfoValueText_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("type");
    QTest::newRow("integer") << QJsonValue(12) << u"12"_s << u"number"_s;
    QTest::newRow("fraction") << QJsonValue(0.1) << u"0.1"_s << u"number"_s;
    QTest::newRow("string") << QJsonValue(u"x y"_s) << u"x y"_s << u"string"_s;
    QTest::newRow("false") << QJsonValue(false) << u"false"_s << u"boolean"_s;
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << u"null"_s << u"null"_s;
    QTest::newRow("array") << QJsonValue(QJsonArray{1, 2, 3}) << u"[1,2,3]"_s << u"array"_s;
    QTest::newRow("object") << QJsonValue(QJsonObject{{u"a"_s, 1}}) << uR"({"a":1})"_s
                            << u"object"_s;
}

void TestBrowseModels::extraInfoValueText()
{
    QFETCH(QJsonValue, value);
    QFETCH(QString, text);
    QFETCH(QString, type);
    gui::ExtraInfoModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setExtraInfo({{u"k"_s, value}});
    QCOMPARE(model.index(0, gui::ExtraInfoModel::ValueColumn).data().toString(), text);
    QCOMPARE(model.index(0, gui::ExtraInfoModel::TypeColumn).data().toString(), type);
}

QTEST_GUILESS_MAIN(TestBrowseModels)
#include "tst_browsemodels.moc"
