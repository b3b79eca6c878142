#include "gui/models/modelfilterproxymodel.h"
#include "gui/models/modeltablemodel.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <ctime>
#include <optional>
#include <string_view>

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

// Rows with enough variety for the filter: names from a few families (some of which repeat a
// term's first letter, "aab" and "baba"), several domains, tasks and labels, and IDs in order.
pai::Model generatedModel(int n)
{
    static const QStringList families{u"llama"_s, u"qwen"_s, u"bert"_s, u"aab"_s,
                                      u"baba"_s,  u"t5"_s,   u"Gpt"_s};
    static const QStringList domains{u"nlp"_s, u"cv"_s, u"audio"_s, u"multimodal"_s};
    pai::Model model;
    model.modelId = u"model-%1"_s.arg(n, 5, 10, QChar(u'0'));
    model.modelName =
        u"%1-%2-%3"_s.arg(families.at(n % 7), families.at((n / 7) % 7), QString::number(n % 1000));
    model.domain = domains.at((n / 3) % 4);
    model.task = u"task-%1"_s.arg(n % 13);
    model.origin = n % 5 ? u"ModelScope"_s : u"HuggingFace"_s;
    model.modelType = u"Checkpoint"_s;
    model.accessibility = n % 2 ? u"PRIVATE"_s : u"PUBLIC"_s;
    if (n % 3)
        model.orderNumber = qint64(n) * 7;
    model.labels = {{u"team"_s, u"t%1"_s.arg(n % 11)}, {u"stage"_s, n % 4 ? u"prod"_s : u"dev"_s}};
    model.gmtCreateTime = u"2024-%1-%2T%3:00:00Z"_s.arg(1 + n % 12, 2, 10, QChar(u'0'))
                              .arg(1 + n % 28, 2, 10, QChar(u'0'))
                              .arg(n % 24, 2, 10, QChar(u'0'));
    model.gmtModifiedTime = u"2025-03-%1T10:00:00Z"_s.arg(1 + n % 28, 2, 10, QChar(u'0'));
    return model;
}

QList<pai::Model> generatedModels(int first, int count)
{
    QList<pai::Model> models;
    models.reserve(count);
    for (int n = first; n < first + count; ++n)
        models.append(generatedModel(n));
    return models;
}

// The source rows the quick filter must let through, in source order, the slow way: every
// whitespace-separated, lower-cased term is a substring of the row's search key.
QList<int> bruteForceRows(const gui::ModelTableModel &table, const QString &filter)
{
    static const QRegularExpression whitespace(u"\\s+"_s);
    QList<QByteArray> terms;
    for (const QString &term : filter.toLower().split(whitespace, Qt::SkipEmptyParts))
        terms.append(term.toUtf8());
    QList<int> rows;
    for (int row = 0; row < table.rowCount(); ++row) {
        const QByteArrayView key = table.searchKeyAt(row);
        const std::string_view haystack(key.data(), size_t(key.size()));
        const bool all = std::all_of(terms.begin(), terms.end(), [&](const QByteArray &term) {
            return haystack.find(std::string_view(term.data(), size_t(term.size()))) !=
                   std::string_view::npos;
        });
        if (all)
            rows.append(row);
    }
    return rows;
}

// A model with every field set, the tricky ones too: non-ASCII text, empty label keys and
// values, times with and without milliseconds and in a spelling of their own, many distinct
// owners (more than a pool compares directly).
pai::Model fullModel(int n)
{
    pai::Model model;
    model.modelId = u"model-full-%1"_s.arg(n);
    model.modelName = u"Qwen 模型 %1 ✓"_s.arg(n);
    model.modelDescription = u"not kept"_s;
    model.modelDoc = u"https://example.com/doc/%1"_s.arg(n % 4);
    model.modelType = u"Checkpoint"_s;
    model.domain = u"nlp"_s;
    model.task = u"text-generation-%1"_s.arg(n % 2);
    model.origin = u"ModelScope"_s;
    model.provider = n % 2 ? u"pai"_s : QString();
    model.accessibility = u"PUBLIC"_s;
    model.orderNumber = qint64(-n) * 1000;
    model.parameterSize = qint64(7'000'000'000) + n;
    model.workspaceId = u"ws-%1"_s.arg(n % 3);
    model.ownerId = u"owner-%1"_s.arg(n);
    model.userId = u"user-%1"_s.arg(n % 5);
    const QStringList times{u"2024-03-01T08:00:%1Z"_s.arg(n % 60, 2, 10, QChar(u'0')),
                            u"2024-03-01T08:00:00.%1Z"_s.arg(n % 1000, 3, 10, QChar(u'0')),
                            u"2024-03-01T16:00:%1+08:00"_s.arg(n % 60, 2, 10, QChar(u'0')),
                            QString()};
    model.gmtCreateTime = times.at(n % 3);
    model.gmtModifiedTime = times.at((n + 1) % 4);
    model.gmtLatestVersionModifiedTime = u"2024-05-01T00:00:00Z"_s;
    model.labels = {{u"team"_s, u"search"_s},
                    {u"note-%1"_s.arg(n), QString()},
                    {QString(), u"v%1"_s.arg(n)},
                    {u"стадия"_s, u"прод"_s}};
    if (n % 5 == 0)
        model.labels.clear();
    model.tags = {{u"tag"_s, u"v"_s}};
    model.extraInfo = {{u"k"_s, u"v"_s}};
    model.latestVersion = {{u"VersionName"_s, u"1.%1.0"_s.arg(n)}};
    model.unknownFields = {{u"Future"_s, 1}};
    return model;
}

// What a row keeps of a model: all but what the table never shows.
pai::Model keptOf(pai::Model model)
{
    model.modelDescription.clear();
    model.extraInfo = {};
    model.latestVersion = {};
    model.unknownFields = {};
    model.tags.clear();
    model.gmtLatestVersionModifiedTime.clear();
    return model;
}

// Every row of `table` against the model of the same ID in `models`.
void compareRows(const gui::ModelTableModel &table, const QList<pai::Model> &models)
{
    QCOMPARE(table.rowCount(), models.size());
    for (const pai::Model &model : models) {
        const int row = table.rowOfModel(model.modelId);
        QVERIFY2(row >= 0, qPrintable(model.modelId));
        const pai::Model kept = table.modelAt(row);
        QCOMPARE(kept.modelId, model.modelId);
        QCOMPARE(kept.modelName, model.modelName);
        QCOMPARE(kept.modelDoc, model.modelDoc);
        QCOMPARE(kept.provider, model.provider);
        QCOMPARE(kept.ownerId, model.ownerId);
        QCOMPARE(kept.userId, model.userId);
        QCOMPARE(kept.parameterSize, model.parameterSize);
        QCOMPARE(kept.orderNumber, model.orderNumber);
        QCOMPARE(kept.gmtCreateTime, model.gmtCreateTime);
        QCOMPARE(kept.gmtModifiedTime, model.gmtModifiedTime);
        QCOMPARE(kept.labels, model.labels);
        QVERIFY(kept == keptOf(model)); // and every other field
        QCOMPARE(table.modelIdAt(row), model.modelId);
        QCOMPARE(table.latestVersionAt(row),
                 model.latestVersion.value(u"VersionName"_s).toString());
        QCOMPARE(table.index(row, gui::ModelTableModel::CreatedColumn)
                     .data(gui::ModelTableModel::SortRole)
                     .toString(),
                 model.gmtCreateTime);
    }
}

QList<int> shownSourceRows(const gui::ModelFilterProxyModel &proxy)
{
    QList<int> rows;
    rows.reserve(proxy.rowCount());
    for (int row = 0; row < proxy.rowCount(); ++row)
        rows.append(proxy.mapToSource(proxy.index(row, 0)).row());
    return rows;
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
    void quickFilterEqualsBruteForce_data();
    void quickFilterEqualsBruteForce();
    void preparedRowsAreInsertedAtOnce_data();
    void preparedRowsAreInsertedAtOnce();
    void toolTipsGiveFullValues_data();
    void toolTipsGiveFullValues();
    void datesShowLocalTimeWithYear();
    void rowsKeepEveryShownField();
    void rowsPreparedBeforeClearKeepTheirValues();
    void timesSortAsTheServerSpelledThem();
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
    QTest::newRow("pasted tab separates terms") << u"cv\tbeta"_s << QStringList{u"model-0002"_s};
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
                texts.append(
                    column >= gui::ModelTableModel::CreatedColumn
                        ? table.index(row, column).data(gui::ModelTableModel::SortRole).toString()
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

void TestModelTableModel::quickFilterEqualsBruteForce_data()
{
    QTest::addColumn<int>("rowCount");
    QTest::addColumn<int>("sortColumn");

    // The filter splits a scan over at least 2 x 16384 candidate rows across threads. Sorting
    // makes rows and storage slots differ, which matters where a change names a row.
    QTest::newRow("below the parallel scan") << 700 << -1;
    QTest::newRow("below the parallel scan, sorted")
        << 700 << int(gui::ModelTableModel::NameColumn);
    QTest::newRow("above the parallel scan") << 33013 << -1;
}

void TestModelTableModel::quickFilterEqualsBruteForce()
{
    QFETCH(int, rowCount);
    QFETCH(int, sortColumn);

    gui::ModelTableModel table;
    gui::ModelFilterProxyModel proxy;
    proxy.setSourceModel(&table);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Rows in two pages, so that slots and keys come from more than one prepared batch.
    gui::ModelTableModel::PreparedRows rows = table.prepareRows(generatedModels(0, rowCount / 3));
    rows.append(table.prepareRows(generatedModels(rowCount / 3, rowCount - rowCount / 3)));
    table.appendRows(std::move(rows));
    QCOMPARE(table.rowCount(), rowCount);
    if (sortColumn >= 0)
        proxy.sort(sortColumn, Qt::DescendingOrder);

    const auto check = [&](const QString &filter) {
        proxy.setQuickFilter(filter);
        const QList<int> expected = bruteForceRows(table, filter);
        const QList<int> shown = shownSourceRows(proxy);
        QVERIFY2(shown == expected, qPrintable(u"\"%1\": %2 rows shown, %3 expected"_s.arg(filter)
                                                   .arg(shown.size())
                                                   .arg(expected.size())));
    };
    const QString lastId = generatedModel(rowCount - 1).modelId;

    // Each step is compared with the slow answer. Steps cover a first scan, narrowing (one more
    // letter, one more term), widening with and without a remembered result, one-letter terms,
    // terms at both ends of a key, terms in any order and case, and no match.
    const QStringList steps{u"aab"_s,
                            u"aab-"_s,
                            u"aab-baba"_s,
                            u"aab-"_s,
                            u"aa"_s,
                            u"model-"_s,
                            u"model-1"_s,
                            u"model-10"_s,
                            u"model-"_s,
                            lastId.chopped(1),
                            lastId,
                            u"l"_s,
                            u"ll"_s,
                            u"q"_s,
                            u"9"_s,
                            u"7"_s,
                            u"llama nlp"_s,
                            u"nlp llama"_s,
                            u"nlp llama prod"_s,
                            u"nlp lla"_s,
                            u"LLAMA  Qwen "_s,
                            u"z"_s,
                            u"10:00:00z"_s,
                            u"0z"_s,
                            u"2024-"_s,
                            u"stage=prod"_s,
                            u"team=t1"_s,
                            u"o"_s,
                            u"-"_s,
                            u"zzzz-none"_s,
                            u"x"_s.repeated(400),
                            u""_s};
    for (const QString &step : steps) {
        check(step);
        if (QTest::currentTestFailed())
            return;
    }

    // Rows that arrive while a filter is on are judged with it, and what is remembered stays
    // valid for narrowing and widening afterwards.
    check(u"model-"_s);
    table.appendModels(generatedModels(rowCount, 1500));
    QCOMPARE(shownSourceRows(proxy), bruteForceRows(table, u"model-"_s));
    check(u"model-0"_s);
    check(u"model-"_s);
    check(generatedModel(rowCount + 1499).modelId);
    check(u"qwen"_s);
    gui::ModelTableModel::PreparedRows late =
        table.prepareRows(generatedModels(rowCount + 1500, 40));
    late.append(table.prepareRows(generatedModels(rowCount + 1540, 25)));
    table.appendRows(std::move(late));
    QCOMPARE(shownSourceRows(proxy), bruteForceRows(table, u"qwen"_s));
    check(u"qwen-"_s);
    check(u"qw"_s);
    if (QTest::currentTestFailed())
        return;

    // A row that changes starts or stops matching, also for the next narrower filter.
    check(u"aab"_s);
    pai::Model gained = generatedModel(1); // "qwen-llama-1"
    gained.modelName = u"aab-upserted"_s;
    table.upsertModel(gained);
    pai::Model lost = generatedModel(3); // "aab-llama-3"
    lost.modelName = u"plain"_s;
    table.upsertModel(lost);
    QCOMPARE(shownSourceRows(proxy), bruteForceRows(table, u"aab"_s));
    check(u"aab-u"_s);
    QCOMPARE(proxy.rowCount(), 1);
    check(u"aab"_s);
    check(u"aa"_s);
    table.upsertModel(generatedModel(900000)); // a new ID: appended
    QCOMPARE(shownSourceRows(proxy), bruteForceRows(table, u"aa"_s));

    // Removing rows shifts the slots after them: what was remembered by slot no longer holds.
    // The last two rows match and the next two will not, so a result kept across the removal
    // would let the new rows in on the old rows' account.
    const auto named = [](int n, const QString &name) {
        pai::Model model = generatedModel(n);
        model.modelName = name;
        return model;
    };
    table.appendModels({named(900001, u"aab-tail-1"_s), named(900002, u"aab-tail-2"_s)});
    QVERIFY(table.removeModel(generatedModel(10).modelId));
    QVERIFY(table.removeModel(gained.modelId));
    QCOMPARE(shownSourceRows(proxy), bruteForceRows(table, u"aa"_s));
    table.appendModels({named(900003, u"plain-late-1"_s), named(900004, u"plain-late-2"_s)});
    QCOMPARE(shownSourceRows(proxy), bruteForceRows(table, u"aa"_s));
    table.upsertModel(named(900001, u"aab-tail-renamed"_s));
    QCOMPARE(shownSourceRows(proxy), bruteForceRows(table, u"aa"_s));
    check(u"aab"_s);
    check(u"aab-u"_s);
    check(u"model-0"_s);
    check(u"model-"_s);
    check(u""_s);
    QCOMPARE(proxy.rowCount(), table.rowCount());
}

void TestModelTableModel::preparedRowsAreInsertedAtOnce_data()
{
    QTest::addColumn<QList<int>>("batchSizes");
    QTest::addColumn<int>("sortColumn");

    QTest::newRow("one batch") << QList<int>{5} << -1;
    QTest::newRow("several batches") << QList<int>{3, 1, 4} << -1;
    QTest::newRow("empty batches between") << QList<int>{0, 2, 0, 3} << -1;
    QTest::newRow("only empty batches") << QList<int>{0, 0} << -1;
    QTest::newRow("into a sorted table")
        << QList<int>{3, 4} << int(gui::ModelTableModel::NameColumn);
}

void TestModelTableModel::preparedRowsAreInsertedAtOnce()
{
    QFETCH(QList<int>, batchSizes);
    QFETCH(int, sortColumn);

    gui::ModelTableModel table;
    QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
    table.appendModels({makeModel(100, u"existing"_s)});
    if (sortColumn >= 0)
        table.sort(sortColumn, Qt::DescendingOrder); // the new rows go before the existing one
    QSignalSpy inserted(&table, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&table, &QAbstractItemModel::modelReset);

    // Models as ListModels returns them, with what the table does not show.
    QList<pai::Model> originals;
    gui::ModelTableModel::PreparedRows all;
    int n = 0;
    for (const int size : std::as_const(batchSizes)) {
        QList<pai::Model> batch;
        for (int i = 0; i < size; ++i, ++n) {
            pai::Model model = makeModel(n, u"prepared-%1"_s.arg(n, 2, 10, QChar(u'0')), n);
            // Each model's strings are its own copies, as parsed from a reply.
            model.origin = QString::fromUtf8("ModelScope");
            model.domain = QString::fromUtf8("nlp");
            model.workspaceId = QString::fromUtf8("ws-1");
            model.ownerId = QString::fromUtf8("owner-1");
            model.labels = {{QString::fromUtf8("team"), QString::fromUtf8("Search")}};
            model.tags = {{u"tag"_s, u"v"_s}};
            model.latestVersion = {{u"VersionName"_s, u"1.0.0"_s}};
            model.unknownFields = {{u"Future"_s, 1}};
            model.gmtLatestVersionModifiedTime = u"2024-05-01T00:00:00Z"_s;
            batch.append(model);
        }
        originals.append(batch);
        gui::ModelTableModel::PreparedRows prepared = table.prepareRows(batch);
        QCOMPARE(prepared.size(), size);
        QCOMPARE(prepared.isEmpty(), size == 0);
        all.append(std::move(prepared));
    }
    // Preparing leaves the table as it was.
    QCOMPARE(table.rowCount(), 1);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(all.size(), originals.size());

    table.appendRows(std::move(all));
    const int total = int(originals.size());
    QCOMPARE(table.rowCount(), 1 + total);
    QCOMPARE(reset.count(), 0);
    if (total == 0) {
        QCOMPARE(inserted.count(), 0);
        return;
    }
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.constFirst().at(1).toInt(), 1);
    QCOMPARE(inserted.constFirst().at(2).toInt(), total);

    std::optional<pai::Model> firstNew;
    for (int i = 0; i < total; ++i) {
        const pai::Model &original = originals.at(i);
        const int row = table.rowOfModel(original.modelId);
        QVERIFY(row >= 0);
        QCOMPARE(table.slotOfRow(row), 1 + i); // storage keeps arrival order
        const pai::Model kept = table.modelAt(row);
        QCOMPARE(kept.modelName, original.modelName);
        QCOMPARE(kept.labels, original.labels);
        QCOMPARE(kept.orderNumber, original.orderNumber);
        // What the table does not show is not kept.
        QVERIFY(kept.modelDescription.isEmpty());
        QVERIFY(kept.extraInfo.isEmpty());
        QVERIFY(kept.tags.isEmpty());
        QVERIFY(kept.latestVersion.isEmpty());
        QVERIFY(kept.unknownFields.isEmpty());
        QVERIFY(kept.gmtLatestVersionModifiedTime.isEmpty());
        // The key in the row's slot is this row's key, whichever batch it came from.
        const QByteArray key = table.searchKeyAt(row).toByteArray();
        const QString head = original.modelName + u'\n' + original.modelId + u'\n';
        QVERIFY2(key.startsWith(head.toLower().toUtf8()), key.constData());
        // Repeated values share one copy, across batches too. Compared by address: the pool
        // may hand out the existing row's copy, made from a literal, which isSharedWith() does
        // not count as shared.
        if (!firstNew) {
            firstNew = kept;
            continue;
        }
        QCOMPARE(kept.origin.constData(), firstNew->origin.constData());
        QCOMPARE(kept.domain.constData(), firstNew->domain.constData());
        QCOMPARE(kept.workspaceId.constData(), firstNew->workspaceId.constData());
        QCOMPARE(kept.ownerId.constData(), firstNew->ownerId.constData());
        QCOMPARE(kept.labels.constFirst().key.constData(),
                 firstNew->labels.constFirst().key.constData());
        QCOMPARE(kept.labels.constFirst().value.constData(),
                 firstNew->labels.constFirst().value.constData());
    }

    QStringList names = columnValues(table, gui::ModelTableModel::NameColumn);
    if (sortColumn >= 0) {
        QStringList sorted = names;
        std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) {
            return a.compare(b, Qt::CaseInsensitive) > 0;
        });
        QCOMPARE(names, sorted);
        QCOMPARE(names.constLast(), u"existing"_s);
    } else {
        QCOMPARE(names.constFirst(), u"existing"_s);
        for (int i = 0; i < total; ++i)
            QCOMPARE(names.at(1 + i), originals.at(i).modelName);
    }
}

void TestModelTableModel::toolTipsGiveFullValues_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("expected"); // what the tooltip must contain whole

    const QString longName = u"qwen2.5-72b-instruct-%1-end"_s.arg(u"x"_s.repeated(100));
    QTest::newRow("name") << int(gui::ModelTableModel::NameColumn) << longName;
    QTest::newRow("ID") << int(gui::ModelTableModel::IdColumn) << u"model-0007"_s;
    QTest::newRow("domain") << int(gui::ModelTableModel::DomainColumn) << u"nlp"_s;
    QTest::newRow("task") << int(gui::ModelTableModel::TaskColumn) << u"task-1"_s;
    QTest::newRow("origin") << int(gui::ModelTableModel::OriginColumn) << u"ModelScope"_s;
    QTest::newRow("type") << int(gui::ModelTableModel::TypeColumn) << u"Checkpoint"_s;
    QTest::newRow("labels") << int(gui::ModelTableModel::LabelsColumn)
                            << u"team=Search, stage=n7, note=%1"_s.arg(u"y"_s.repeated(80));
    // The date as the server sent it, beside the local time shown in the cell.
    QTest::newRow("created") << int(gui::ModelTableModel::CreatedColumn)
                             << u"2024-01-17T10:00:00Z"_s;
    QTest::newRow("modified") << int(gui::ModelTableModel::ModifiedColumn)
                              << u"2024-02-17T10:00:00Z"_s;
}

void TestModelTableModel::toolTipsGiveFullValues()
{
    QFETCH(int, column);
    QFETCH(QString, expected);

    gui::ModelTableModel table;
    QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
    pai::Model model = makeModel(7, u"qwen2.5-72b-instruct-%1-end"_s.arg(u"x"_s.repeated(100)), 3);
    model.labels.append({u"note"_s, u"y"_s.repeated(80)});
    table.appendModels({model});

    const QModelIndex index = table.index(0, column);
    const QString tip = index.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(expected), qPrintable(tip));
    // The cell's own text is in its tooltip too, so a cut cell can always be read whole.
    QVERIFY2(tip.contains(index.data().toString()), qPrintable(tip));
}

void TestModelTableModel::datesShowLocalTimeWithYear()
{
    // Eight hours east of UTC: 22:26 UTC on 1 March is 06:26 on 2 March there.
    const QByteArray zone = qgetenv("TZ");
    qputenv("TZ", "Asia/Shanghai");
    tzset();
    const auto restore = qScopeGuard([&zone] {
        if (zone.isNull())
            qunsetenv("TZ");
        else
            qputenv("TZ", zone);
        tzset();
    });
    const QLocale locale = QLocale();
    QLocale::setDefault(QLocale(u"en_US"_s));
    const auto restoreLocale = qScopeGuard([&locale] { QLocale::setDefault(locale); });

    gui::ModelTableModel table;
    QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
    pai::Model model = makeModel(1, u"a"_s);
    model.gmtCreateTime = u"2024-03-01T22:26:00Z"_s;
    model.gmtModifiedTime = u"2023-12-31T20:00:00Z"_s;
    table.appendModels({model});

    const QString created = table.index(0, gui::ModelTableModel::CreatedColumn).data().toString();
    const QString modified = table.index(0, gui::ModelTableModel::ModifiedColumn).data().toString();
    QVERIFY2(created.startsWith(u"3/2/2024 6:26"_s), qPrintable(created));
    QVERIFY2(modified.startsWith(u"1/1/2024 4:00"_s), qPrintable(modified));
}

void TestModelTableModel::rowsKeepEveryShownField()
{
    gui::ModelTableModel table;
    QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<pai::Model> models;
    for (int n = 0; n < 60; ++n)
        models.append(fullModel(n));
    table.appendModels(models);
    compareRows(table, models);

    // Replaced in place: a longer name, other labels, a time in another spelling, no numbers.
    pai::Model changed = fullModel(7);
    changed.modelName = u"renamed "_s.repeated(20);
    changed.labels = {{u"only"_s, u"one"_s}};
    changed.gmtCreateTime = u"2024-03-01T08:00:00.250Z"_s;
    changed.gmtModifiedTime = u"yesterday"_s;
    changed.orderNumber.reset();
    changed.parameterSize.reset();
    changed.provider = u"someone"_s;
    table.upsertModel(changed);
    models[7] = changed;
    compareRows(table, models);

    // Removing most rows repacks the text and labels of the rest.
    for (int n = 0; n < 50; ++n) {
        if (n % 7 == 3)
            continue;
        QVERIFY(table.removeModel(models.at(n).modelId));
    }
    models.removeIf([](const pai::Model &model) {
        const int n = model.modelId.sliced(model.modelId.lastIndexOf(u'-') + 1).toInt();
        return n < 50 && n % 7 != 3;
    });
    compareRows(table, models);
    // Replacing every row again and again keeps them whole while the buffers are repacked.
    for (int round = 0; round < 3; ++round) {
        for (pai::Model &model : models) {
            model.modelName += u'+';
            model.labels.append({u"round"_s, QString::number(round)});
            table.upsertModel(model);
        }
        compareRows(table, models);
    }
    // The sorted table reads the same rows.
    table.sort(gui::ModelTableModel::LabelsColumn, Qt::DescendingOrder);
    compareRows(table, models);
}

void TestModelTableModel::rowsPreparedBeforeClearKeepTheirValues()
{
    gui::ModelTableModel table;
    QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<pai::Model> first;
    QList<pai::Model> second;
    for (int n = 0; n < 40; ++n)
        (n < 20 ? first : second).append(fullModel(n));
    table.appendModels(first);
    gui::ModelTableModel::PreparedRows early = table.prepareRows(second);

    // A new listing starts with pools of its own; rows prepared for the old one keep their values.
    table.clear();
    QCOMPARE(table.rowCount(), 0);
    gui::ModelTableModel::PreparedRows late = table.prepareRows(first);
    early.append(std::move(late));
    table.appendRows(std::move(early));
    compareRows(table, second + first);

    gui::ModelTableModel::PreparedRows stale = table.prepareRows({fullModel(99)});
    table.clear();
    table.appendModels({fullModel(98)});
    table.appendRows(std::move(stale));
    compareRows(table, {fullModel(98), fullModel(99)});
}

void TestModelTableModel::timesSortAsTheServerSpelledThem()
{
    // Packed times, times with milliseconds, other spellings and none: the order is the text's.
    gui::ModelTableModel table;
    gui::ModelFilterProxyModel proxy;
    proxy.setSourceModel(&table);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QStringList times{u"2024-03-01T08:00:00Z"_s,
                            u"2024-03-01T08:00:00.500Z"_s,
                            u"2024-03-01T07:59:59.999Z"_s,
                            u"2024-03-01T16:00:00+08:00"_s,
                            QString(),
                            u"1999-12-31T23:59:59Z"_s,
                            u"2024-03-01T08:00:01Z"_s,
                            u"2024-03-01"_s,
                            u"2024-03-01T08:00:00.000Z"_s,
                            u"2023-02-29T00:00:00Z"_s};
    QList<pai::Model> models;
    for (int n = 0; n < times.size(); ++n) {
        pai::Model model = makeModel(n, u"m%1"_s.arg(n));
        model.gmtCreateTime = times.at(n);
        model.gmtModifiedTime = times.at(times.size() - 1 - n);
        models.append(model);
    }
    table.appendModels(models);
    for (const int column :
         {int(gui::ModelTableModel::CreatedColumn), int(gui::ModelTableModel::ModifiedColumn)}) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            proxy.sort(column, order);
            QStringList shown;
            for (int row = 0; row < proxy.rowCount(); ++row)
                shown.append(
                    proxy.index(row, column).data(gui::ModelTableModel::SortRole).toString());
            QStringList expected = times;
            std::stable_sort(
                expected.begin(), expected.end(), [order](const QString &a, const QString &b) {
                    return order == Qt::AscendingOrder ? a.compare(b) < 0 : a.compare(b) > 0;
                });
            QCOMPARE(shown, expected);
        }
    }
}

QTEST_GUILESS_MAIN(TestModelTableModel)
#include "tst_modeltablemodel.moc"
