#include "gui/models/modelfilterproxymodel.h"
#include "gui/models/modeltablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

pai::Model makeModel(int n, const QString &name, std::optional<qint64> order = std::nullopt)
{
    pai::Model model;
    model.modelId = u"model-%1"_s.arg(n, 4, 10, QChar(u'0'));
    model.modelName = name;
    model.domain = n % 2 ? u"nlp"_s : u"cv"_s;
    model.task = u"task-%1"_s.arg(n % 3);
    model.origin = u"ModelScope"_s;
    model.modelType = u"Checkpoint"_s;
    model.accessibility = u"PRIVATE"_s;
    model.orderNumber = order;
    model.labels = {{u"team"_s, u"Search"_s}, {u"stage"_s, u"n%1"_s.arg(n)}};
    model.gmtCreateTime = u"2024-01-%1T10:00:00Z"_s.arg(10 + n % 20);
    model.gmtModifiedTime = u"2024-02-%1T10:00:00Z"_s.arg(10 + n % 20);
    model.modelDescription = u"a long description"_s;
    model.extraInfo = {{u"k"_s, u"v"_s}};
    return model;
}

QStringList columnValues(const QAbstractItemModel &model, int col)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, col).data().toString());
    return values;
}

} // namespace

class TestModelTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appendKeepsLeanRows();
    void sortsTypedValues_data();
    void sortsTypedValues();
    void sortedTableMergesLatePages();
    void quickFilterMatchesAcrossColumns_data();
    void quickFilterMatchesAcrossColumns();
    void upsertAndRemove();
    void rememberedMatchesStayCorrect();
};

void TestModelTableModel::appendKeepsLeanRows()
{
    gui::ModelTableModel table;
    QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&table, &QAbstractItemModel::rowsInserted);

    table.appendModels({makeModel(1, u"alpha"_s, 5), makeModel(2, u"beta"_s)});
    QCOMPARE(table.rowCount(), 2);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(table.index(0, gui::ModelTableModel::NameColumn).data().toString(), u"alpha"_s);
    QCOMPARE(table.index(0, gui::ModelTableModel::OrderNumberColumn).data().toLongLong(), 5);
    QVERIFY(!table.index(1, gui::ModelTableModel::OrderNumberColumn).data().isValid());
    QCOMPARE(table.index(0, gui::ModelTableModel::LabelsColumn).data().toString(),
             u"team=Search, stage=n1"_s);
    QCOMPARE(table.index(1, 0).data(gui::ModelTableModel::ModelIdRole).toString(), u"model-0002"_s);
    // What the table does not show is not kept: the details pane asks GetModel.
    QVERIFY(table.modelAt(0).extraInfo.isEmpty());
    QVERIFY(table.modelAt(0).modelDescription.isEmpty());
    // Repeated values share one copy.
    QVERIFY(table.modelAt(0).origin.constData() == table.modelAt(1).origin.constData());
    QCOMPARE(table.columnCount(), int(gui::ModelTableModel::ColumnCount));
}

void TestModelTableModel::sortsTypedValues_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::addColumn<QStringList>("expectedNames");

    // Order numbers 10, 9, 100 and none: numbers sort as numbers, not as text ("100" < "9").
    QTest::newRow("order ascending")
        << int(gui::ModelTableModel::OrderNumberColumn) << int(Qt::AscendingOrder)
        << QStringList{u"b"_s, u"a"_s, u"c"_s, u"D"_s};
    QTest::newRow("order descending")
        << int(gui::ModelTableModel::OrderNumberColumn) << int(Qt::DescendingOrder)
        << QStringList{u"D"_s, u"c"_s, u"a"_s, u"b"_s};
    QTest::newRow("name ignores case")
        << int(gui::ModelTableModel::NameColumn) << int(Qt::AscendingOrder)
        << QStringList{u"a"_s, u"b"_s, u"c"_s, u"D"_s};
    QTest::newRow("server order") << -1 << int(Qt::AscendingOrder)
                                  << QStringList{u"a"_s, u"b"_s, u"c"_s, u"D"_s};
    QTest::newRow("created descending")
        << int(gui::ModelTableModel::CreatedColumn) << int(Qt::DescendingOrder)
        << QStringList{u"D"_s, u"c"_s, u"b"_s, u"a"_s};
}

void TestModelTableModel::sortsTypedValues()
{
    QFETCH(int, column);
    QFETCH(int, order);
    QFETCH(QStringList, expectedNames);

    gui::ModelTableModel table;
    gui::ModelFilterProxyModel proxy;
    proxy.setSourceModel(&table);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    table.appendModels({makeModel(1, u"a"_s, 10), makeModel(2, u"b"_s, 9),
                        makeModel(3, u"c"_s, 100), makeModel(4, u"D"_s)});
    // A persistent index must follow its row through the sort.
    const QPersistentModelIndex tracked = proxy.index(2, 0);
    QCOMPARE(tracked.data().toString(), u"c"_s);

    proxy.sort(column, Qt::SortOrder(order));
    QCOMPARE(columnValues(proxy, gui::ModelTableModel::NameColumn), expectedNames);
    QCOMPARE(tracked.data().toString(), u"c"_s);
}

void TestModelTableModel::sortedTableMergesLatePages()
{
    gui::ModelTableModel table;
    gui::ModelFilterProxyModel proxy;
    proxy.setSourceModel(&table);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(gui::ModelTableModel::OrderNumberColumn, Qt::AscendingOrder);
    table.appendModels({makeModel(1, u"n5"_s, 5), makeModel(2, u"n1"_s, 1)});
    table.appendModels({makeModel(3, u"n3"_s, 3), makeModel(4, u"n0"_s, 0)});
    QCOMPARE(columnValues(proxy, gui::ModelTableModel::NameColumn),
             (QStringList{u"n0"_s, u"n1"_s, u"n3"_s, u"n5"_s}));
    proxy.sort(-1);
    QCOMPARE(columnValues(proxy, gui::ModelTableModel::NameColumn),
             (QStringList{u"n5"_s, u"n1"_s, u"n3"_s, u"n0"_s}));
}

void TestModelTableModel::quickFilterMatchesAcrossColumns_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("expectedIds");

    QTest::newRow("empty shows all")
        << QString() << QStringList{u"model-0001"_s, u"model-0002"_s, u"model-0003"_s};
    QTest::newRow("name, any case") << u"GAMMA"_s << QStringList{u"model-0003"_s};
    QTest::newRow("id") << u"0002"_s << QStringList{u"model-0002"_s};
    QTest::newRow("domain") << u"nlp"_s << QStringList{u"model-0001"_s, u"model-0003"_s};
    QTest::newRow("label value") << u"stage=n2"_s << QStringList{u"model-0002"_s};
    QTest::newRow("order number") << u"42"_s << QStringList{u"model-0002"_s};
    QTest::newRow("timestamp") << u"2024-01-13"_s << QStringList{u"model-0003"_s};
    QTest::newRow("two terms, two columns") << u"cv beta"_s << QStringList{u"model-0002"_s};
    QTest::newRow("no match") << u"zzz"_s << QStringList{};
    QTest::newRow("not across columns") << u"alphamodel"_s << QStringList{};
    QTest::newRow("unicode case") << u"ÜBER"_s << QStringList{u"model-0001"_s};
}

void TestModelTableModel::quickFilterMatchesAcrossColumns()
{
    QFETCH(QString, filter);
    QFETCH(QStringList, expectedIds);

    gui::ModelTableModel table;
    gui::ModelFilterProxyModel proxy;
    proxy.setSourceModel(&table);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    table.appendModels(
        {makeModel(1, u"alpha über"_s), makeModel(2, u"beta"_s, 42), makeModel(3, u"Gamma"_s)});
    proxy.setQuickFilter(u"something else"_s);
    proxy.setQuickFilter(filter);
    QCOMPARE(columnValues(proxy, gui::ModelTableModel::IdColumn), expectedIds);
    // Rows that arrive later are filtered the same way.
    table.appendModels({makeModel(4, u"gamma two"_s)});
    if (filter == u"GAMMA"_s)
        QCOMPARE(proxy.rowCount(), 2);
}

void TestModelTableModel::upsertAndRemove()
{
    gui::ModelTableModel table;
    QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
    table.appendModels({makeModel(1, u"a"_s), makeModel(2, u"b"_s), makeModel(3, u"c"_s)});
    table.sort(gui::ModelTableModel::NameColumn, Qt::DescendingOrder);

    QSignalSpy changed(&table, &QAbstractItemModel::dataChanged);
    pai::Model renamed = makeModel(2, u"zz"_s);
    table.upsertModel(renamed);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(columnValues(table, gui::ModelTableModel::NameColumn),
             (QStringList{u"zz"_s, u"c"_s, u"a"_s}));

    table.upsertModel(makeModel(9, u"new"_s));
    QCOMPARE(table.rowCount(), 4);
    QVERIFY(table.removeModel(u"model-0003"_s));
    QVERIFY(!table.removeModel(u"model-0003"_s));
    QCOMPARE(columnValues(table, gui::ModelTableModel::NameColumn),
             (QStringList{u"zz"_s, u"new"_s, u"a"_s}));
    QCOMPARE(table.rowOfModel(u"model-0001"_s), 2);
    table.clear();
    QCOMPARE(table.rowCount(), 0);
}

void TestModelTableModel::rememberedMatchesStayCorrect()
{
    gui::ModelTableModel table;
    gui::ModelFilterProxyModel proxy;
    proxy.setSourceModel(&table);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<pai::Model> models;
    for (int n = 1; n <= 60; ++n)
        models.append(makeModel(n, n % 4 ? u"llama-%1"_s.arg(n) : u"qwen-%1"_s.arg(n), n * 7));
    table.appendModels(models);

    // What the filter must show, worked out the slow way from each row's columns.
    auto expectedIds = [&table](const QString &filter) {
        QStringList ids;
        const QStringList terms = filter.toLower().split(u' ', Qt::SkipEmptyParts);
        for (int row = 0; row < table.rowCount(); ++row) {
            QStringList texts;
            for (int column = 0; column < gui::ModelTableModel::ColumnCount; ++column)
                texts.append(column >= gui::ModelTableModel::CreatedColumn
                                 ? table.index(row, column).data(Qt::ToolTipRole).toString()
                                 : table.index(row, column).data().toString());
            const QString text = texts.join(u'\n').toLower();
            if (std::all_of(terms.begin(), terms.end(),
                            [&text](const QString &term) { return text.contains(term); }))
                ids.append(table.modelAt(row).modelId);
        }
        ids.sort();
        return ids;
    };
    auto shownIds = [&proxy] {
        QStringList ids = columnValues(proxy, gui::ModelTableModel::IdColumn);
        ids.sort();
        return ids;
    };

    // Typing, deleting and retyping reuse remembered results; each must equal the slow answer.
    const QStringList steps{u"l"_s,    u"ll"_s,      u"lla"_s,   u"llama-1"_s,  u"llama-"_s,
                            u"ll"_s,   u""_s,        u"q"_s,     u"qwen"_s,     u"qwen n1"_s,
                            u"qwen"_s, u"n1 qwen"_s, u"stage"_s, u"STAGE=N2"_s, u""_s};
    for (const QString &step : steps) {
        proxy.setQuickFilter(step);
        QCOMPARE(shownIds(), expectedIds(step));
    }

    // Rows that arrive, change, move or go while a filter is on are judged afresh.
    proxy.setQuickFilter(u"qwen"_s);
    table.appendModels({makeModel(101, u"qwen-late"_s), makeModel(102, u"llama-late"_s)});
    QCOMPARE(shownIds(), expectedIds(u"qwen"_s));
    table.upsertModel(makeModel(5, u"qwen-renamed"_s));
    table.upsertModel(makeModel(4, u"llama-renamed"_s));
    QCOMPARE(shownIds(), expectedIds(u"qwen"_s));
    proxy.sort(gui::ModelTableModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(shownIds(), expectedIds(u"qwen"_s));
    QVERIFY(table.removeModel(u"model-0008"_s));
    proxy.setQuickFilter(u"qwe"_s);
    QCOMPARE(shownIds(), expectedIds(u"qwe"_s));
    proxy.setQuickFilter(u"qwen"_s);
    QCOMPARE(shownIds(), expectedIds(u"qwen"_s));
}

QTEST_GUILESS_MAIN(TestModelTableModel)
#include "tst_modeltablemodel.moc"
