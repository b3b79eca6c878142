#include "gui/browse/savedviews.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QSettings>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

api::ModelListQuery everyFilter()
{
    api::ModelListQuery filters;
    filters.query = u"llama"_s;
    filters.modelName = u"qwen"_s;
    filters.domain = u"nlp"_s;
    filters.task = u"text-generation"_s;
    filters.origin = u"ModelScope"_s;
    filters.modelType = u"LoRA"_s;
    filters.label = u"llama3"_s;
    filters.provider = u"pai"_s;
    filters.collections = u"AI4D,QuickStart"_s;
    filters.tags = {{u"featured"_s, u"true"_s}, {u"lang"_s, QString()}};
    filters.conditions = {
        QJsonObject{{u"Column"_s, u"Domain"_s}, {u"Operator"_s, u"="_s}, {u"Value"_s, u"nlp"_s}}};
    filters.sortBy = u"GmtCreateTime"_s;
    filters.order = u"DESC"_s;
    return filters;
}

} // namespace

class TestSavedViews : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QSettings().clear(); }

    void savesEveryFilterAndKeepsThem()
    {
        gui::SavedViews views;
        QAbstractItemModelTester tester(&views,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        api::ModelListQuery filters = everyFilter();
        filters.workspaceId = u"23801"_s; // the view's own workspace is what counts
        filters.pageNumber = 3;
        QCOMPARE(views.save({u"  All of them "_s, filters, u"23802"_s}), 0);
        QCOMPARE(views.rowCount(), 1);
        QCOMPARE(views.index(0).data().toString(), u"All of them"_s);
        QCOMPARE(views.index(0).data(gui::SavedViews::WorkspaceIdRole).toString(), u"23802"_s);
        QVERIFY(views.index(0).data(Qt::ToolTipRole).toString().contains(u"featured=true"_s));

        gui::SavedViews reloaded;
        QAbstractItemModelTester reloadedTester(
            &reloaded, QAbstractItemModelTester::FailureReportingMode::QtTest);
        reloaded.load();
        QCOMPARE(reloaded.rowCount(), 1);
        QCOMPARE(reloaded.viewAt(0).name, u"All of them"_s);
        QCOMPARE(reloaded.viewAt(0).filters, everyFilter());
        QCOMPARE(reloaded.viewAt(0).workspaceId, u"23802"_s);
    }

    void sortedByNameAndReplacedByName()
    {
        gui::SavedViews views;
        QAbstractItemModelTester tester(&views,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        api::ModelListQuery nlp;
        nlp.domain = u"nlp"_s;
        api::ModelListQuery cv;
        cv.domain = u"cv"_s;
        QCOMPARE(views.save({u"beta"_s, nlp, {}}), 0);
        QCOMPARE(views.save({u"alpha"_s, nlp, {}}), 0);
        QCOMPARE(views.save({u"gamma"_s, nlp, {}}), 2);
        QCOMPARE(views.save({u"beta"_s, cv, {}}), 1); // same name: replaced, not added
        QCOMPARE(views.rowCount(), 3);
        QCOMPARE(views.viewAt(1).filters.domain, u"cv"_s);
        QCOMPARE(views.save({u"   "_s, cv, {}}), -1);
        QCOMPARE(views.rowCount(), 3);
    }

    void renameAndRemove()
    {
        gui::SavedViews views;
        QAbstractItemModelTester tester(&views,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        views.save({u"alpha"_s, everyFilter(), {}});
        views.save({u"beta"_s, {}, {}});
        QVERIFY(views.flags(views.index(0)).testFlag(Qt::ItemIsEditable));
        // Empty and taken names are refused.
        QVERIFY(!views.setData(views.index(0), u""_s));
        QVERIFY(!views.setData(views.index(0), u"beta"_s));
        QVERIFY(views.setData(views.index(0), u"zulu"_s));
        QCOMPARE(views.index(1).data().toString(), u"zulu"_s); // sorted again
        QCOMPARE(views.viewAt(1).filters, everyFilter());
        views.remove(0);
        QCOMPARE(views.rowCount(), 1);

        gui::SavedViews reloaded;
        reloaded.load();
        QCOMPARE(reloaded.rowCount(), 1);
        QCOMPARE(reloaded.viewAt(0).name, u"zulu"_s);
        QCOMPARE(reloaded.viewAt(0).filters, everyFilter());
    }
};

QTEST_MAIN(TestSavedViews)
#include "tst_savedviews.moc"
