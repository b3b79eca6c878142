// What the details pane writes into its fields: the workspace by name with its ID, the parameter
// count with a unit, and the times in local time with the year; the raw values in tooltips.
#include "gui/browse/detailspane.h"
#include "gui/models/workspacelistmodel.h"

#include <QLineEdit>
#include <QTabWidget>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDetailsPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fieldsReadAsPeopleSayThem()
    {
        QLocale::setDefault(QLocale(u"en_US"_s));
        gui::WorkspaceListModel workspaces;
        pai::Workspace workspace;
        workspace.workspaceId = u"23802"_s;
        workspace.workspaceName = u"vision_lab"_s;
        workspaces.setWorkspaces({workspace});

        pai::Model model;
        model.modelId = u"model-1"_s;
        model.modelName = u"Qwen2.5-72B-Instruct"_s;
        model.workspaceId = u"23802"_s;
        model.parameterSize = 72700000000;
        model.gmtCreateTime = u"2024-03-01T22:26:00Z"_s;

        gui::DetailsPane pane;
        pane.setWorkspaceNames(&workspaces);
        pane.showModel(model);
        auto field = [&pane](const char *name) {
            return pane.findChild<QLineEdit *>(QString::fromLatin1(name));
        };
        QCOMPARE(field("workspaceEdit")->text(), u"vision_lab (23802)"_s);
        QCOMPARE(field("parameterSizeEdit")->text(), u"72.7 B"_s);
        QCOMPARE(field("parameterSizeEdit")->toolTip(), u"72700000000"_s);
        const QString created = field("createdEdit")->text();
        QVERIFY2(created.contains(u"2024"_s) && !created.contains(u'T'), qPrintable(created));
        QCOMPARE(field("createdEdit")->toolTip(), u"2024-03-01T22:26:00Z"_s);

        // A workspace that is not listed shows by its ID.
        model.workspaceId = u"999"_s;
        pane.showModel(model);
        QCOMPARE(field("workspaceEdit")->text(), u"999"_s);
    }

    // An empty pane counts nothing: the counts of the model it showed last would contradict it.
    void emptyPaneShowsNoCounts()
    {
        pai::Model model;
        model.modelId = u"model-1"_s;
        model.modelName = u"with labels"_s;
        model.labels = {{u"team"_s, u"nlp"_s}, {u"stage"_s, u"prod"_s}};
        gui::DetailsPane pane;
        pane.showModel(model);
        auto *tabs = pane.findChild<QTabWidget *>(u"tabs"_s);
        QVERIFY(tabs);
        QCOMPARE(tabs->tabText(0), u"Labels (2)"_s);
        pane.clear();
        QCOMPARE(tabs->tabText(0), u"Labels"_s);
        for (int i = 0; i < tabs->count(); ++i)
            QVERIFY2(!tabs->tabText(i).contains(u'('), qPrintable(tabs->tabText(i)));
    }
};

QTEST_MAIN(TestDetailsPane)
#include "tst_detailspane.moc"
