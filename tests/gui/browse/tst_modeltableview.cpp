// The main window's model table: ModelTableView's set-up and ModelTableDelegate's cached text,
// painted offscreen into images and compared with what the style itself would do.
#include "gui/browse/modeltabledelegate.h"
#include "gui/browse/modeltableview.h"
#include "gui/models/modelfilterproxymodel.h"
#include "gui/models/modeltablemodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QPainter>
#include <QSet>
#include <QStandardItemModel>
#include <QStringListModel>
#include <QStyleFactory>
#include <QTest>

#include <cstdlib>
#include <memory>
#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

constexpr QRgb TextColor = qRgb(0, 160, 0);
constexpr QRgb HighlightedTextColor = qRgb(255, 0, 0);
constexpr QRgb HighlightColor = qRgb(0, 0, 255);
constexpr QRgb BackgroundColor = qRgb(255, 255, 255);

// The view's own option for a cell, as its paintEvent() hands it to the delegate.
class ProbeView : public gui::ModelTableView
{
public:
    using gui::ModelTableView::ModelTableView;

    QStyleOptionViewItem cellOption(const QRect &rect, bool selected = false) const
    {
        QStyleOptionViewItem option;
        initViewItemOption(&option);
        option.rect = rect;
        if (selected)
            option.state |= QStyle::State_Selected;
        return option;
    }
};

// What QStyledItemDelegate (and so ModelTableDelegate) puts into the option from the index.
class OptionFiller : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::initStyleOption;
};

QPalette distinctPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Text, TextColor);
    palette.setColor(QPalette::HighlightedText, HighlightedTextColor);
    palette.setColor(QPalette::Highlight, HighlightColor);
    for (const QPalette::ColorRole role :
         {QPalette::Base, QPalette::AlternateBase, QPalette::Window})
        palette.setColor(role, BackgroundColor);
    return palette;
}

pai::Model makeModel(int n, const QString &name, std::optional<qint64> order = std::nullopt)
{
    pai::Model model;
    model.modelId = u"model-%1"_s.arg(n, 4, 10, QChar(u'0'));
    model.modelName = name;
    model.domain = u"nlp"_s;
    model.task = u"text-generation"_s;
    model.origin = u"ModelScope"_s;
    model.accessibility = u"PRIVATE"_s;
    model.orderNumber = order;
    model.gmtCreateTime = u"2024-01-10T10:00:00Z"_s;
    model.gmtModifiedTime = u"2024-02-10T10:00:00Z"_s;
    return model;
}

// The pixels of a painted cell that are neither the cell's background nor the image's.
struct Ink
{
    QRect bounds;
    int pixels = 0;
    int textColored = 0;        // mostly the Text colour
    int highlightedColored = 0; // mostly the HighlightedText colour
};

Ink inkOf(const QImage &image, QRgb cellBackground)
{
    Ink ink;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb pixel = image.pixel(x, y);
            if (pixel == cellBackground || pixel == BackgroundColor)
                continue;
            ++ink.pixels;
            ink.bounds |= QRect(x, y, 1, 1);
            // Text colours blend into the background at glyph edges; green is only in Text.
            if (qGreen(pixel) > 40)
                ++ink.textColored;
            if (qRed(pixel) > qBlue(pixel) && qGreen(pixel) <= 40)
                ++ink.highlightedColored;
        }
    }
    return ink;
}

QImage paintCell(const QAbstractItemView &view, const QStyleOptionViewItem &option,
                 const QModelIndex &index, QSize imageSize)
{
    QImage image(imageSize, QImage::Format_ARGB32_Premultiplied);
    image.fill(BackgroundColor);
    QPainter painter(&image);
    view.itemDelegate()->paint(&painter, option, index);
    painter.end();
    return image;
}

// The text the delegate shows for `index` and where it puts it, worked out from the text-less
// option it hands to the style.
std::pair<QString, QRect> textAndAreaOf(QStyleOptionViewItem option, const QModelIndex &index)
{
    OptionFiller().initStyleOption(&option, index);
    const QString text = std::exchange(option.text, QString());
    option.features &= ~QStyleOptionViewItem::HasDisplay;
    return {text, gui::ModelTableDelegate::textArea(option)};
}

QString describe(const QRect &rect)
{
    return u"(%1,%2 %3x%4)"_s.arg(rect.x()).arg(rect.y()).arg(rect.width()).arg(rect.height());
}

// A table of `rows` rows whose cells are made up when asked, and which counts the rows whose
// text was asked for: 100,000 rows without building 100,000 models.
class CountingTable : public QAbstractTableModel
{
public:
    explicit CountingTable(int rows, int columns = 4)
        : m_rows(rows)
        , m_columns(columns)
    {}
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : m_rows;
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : m_columns;
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::DisplayRole || !index.isValid())
            return {};
        m_asked.insert(index.row());
        const auto found = m_texts.constFind({index.row(), index.column()});
        if (found != m_texts.cend())
            return *found;
        return u"r%1c%2"_s.arg(index.row()).arg(index.column());
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
            return m_headers.value(section, u"H%1"_s.arg(section));
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    void setText(int row, int column, const QString &text) { m_texts.insert({row, column}, text); }
    void setHeader(int column, const QString &text) { m_headers.insert(column, text); }
    void setRows(int rows)
    {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    }
    void addRows(int count)
    {
        beginInsertRows({}, m_rows, m_rows + count - 1);
        m_rows += count;
        endInsertRows();
    }
    QSet<int> &asked() const { return m_asked; }

private:
    int m_rows;
    int m_columns;
    QHash<std::pair<int, int>, QString> m_texts;
    QHash<int, QString> m_headers;
    mutable QSet<int> m_asked;
};

int textWidth(const QWidget &widget, const QString &text)
{
    return widget.fontMetrics().horizontalAdvance(text);
}

} // namespace

class TestModelTableView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void viewIsSetUpForLargeTables();
    void rowHeightFollowsFont_data();
    void rowHeightFollowsFont();
    void keepsServerOrderUntilColumnPicked();
    void textAreaMatchesStyleWithText_data();
    void textAreaMatchesStyleWithText();
    void paintsTextInsideItsArea_data();
    void paintsTextInsideItsArea();
    void decoratedCellsUseBaseDelegate_data();
    void decoratedCellsUseBaseDelegate();
    void repaintReusesCachedLines();
    void fontChangeDropsCachedLines();
    void cacheIsDroppedWhenFull();
    void textSitsWhereQtsDelegatePutsIt_data();
    void textSitsWhereQtsDelegatePutsIt();
    void styleSheetsGetTheBaseDelegate();
    void sampleRowsStayFew_data();
    void sampleRowsStayFew();
    void columnsFitHeaderAndSampledContent();
    void fittingReadsOnlySampledRows();
    void nameColumnTakesWhatIsLeft();
    void columnsFitOncePerListing();
    void personsWidthsWin();
};

void TestModelTableView::viewIsSetUpForLargeTables()
{
    gui::ModelTableModel table;
    QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
    table.appendModels({makeModel(1, u"a"_s), makeModel(2, u"b"_s)});
    gui::ModelTableView view;
    view.setModel(&table);

    QVERIFY(view.verticalHeader()->isHidden());
    QCOMPARE(view.verticalHeader()->sectionResizeMode(0), QHeaderView::Fixed);
    QVERIFY(!view.wordWrap());
    QVERIFY(view.alternatingRowColors());
    QCOMPARE(view.selectionBehavior(), QAbstractItemView::SelectRows);
    QVERIFY(view.cellDelegate());
    QCOMPARE(view.itemDelegate(), view.cellDelegate());
    QVERIFY(qobject_cast<gui::ModelTableDelegate *>(view.itemDelegate()));
    QVERIFY(view.horizontalHeader()->sectionsMovable());
    QVERIFY(view.isSortingEnabled());
    QVERIFY(view.horizontalHeader()->isSortIndicatorShown());
    QCOMPARE(view.horizontalHeader()->sortIndicatorSection(), -1);
    QCOMPARE(view.verticalHeader()->defaultSectionSize(), view.fontMetrics().height() + 8);
    QCOMPARE(view.rowHeight(1), view.fontMetrics().height() + 8);
}

void TestModelTableView::rowHeightFollowsFont_data()
{
    QTest::addColumn<int>("pixelSize");

    QTest::newRow("small") << 9;
    QTest::newRow("large") << 24;
    QTest::newRow("huge") << 40;
}

void TestModelTableView::rowHeightFollowsFont()
{
    QFETCH(int, pixelSize);

    gui::ModelTableModel table;
    QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
    table.appendModels({makeModel(1, u"a"_s), makeModel(2, u"b"_s)});
    gui::ModelTableView view;
    view.setModel(&table);
    const int before = view.verticalHeader()->defaultSectionSize();

    QFont font = view.font();
    font.setPixelSize(pixelSize);
    view.setFont(font);
    const int expected = view.fontMetrics().height() + 8;
    QVERIFY2(expected != before, "the new font must change the height for this case to count");
    QCOMPARE(view.verticalHeader()->defaultSectionSize(), expected);
    QCOMPARE(view.rowHeight(1), expected);
}

void TestModelTableView::keepsServerOrderUntilColumnPicked()
{
    gui::ModelTableModel table;
    gui::ModelFilterProxyModel proxy;
    proxy.setSourceModel(&table);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    table.appendModels({makeModel(1, u"charlie"_s), makeModel(2, u"alpha"_s)});
    gui::ModelTableView view;
    view.setModel(&proxy);
    view.resize(900, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    table.appendModels({makeModel(3, u"bravo"_s)});

    const auto names = [&proxy] {
        QStringList values;
        for (int row = 0; row < proxy.rowCount(); ++row)
            values.append(proxy.index(row, gui::ModelTableModel::NameColumn).data().toString());
        return values;
    };
    QCOMPARE(table.sortColumn(), -1);
    QCOMPARE(view.horizontalHeader()->sortIndicatorSection(), -1);
    QCOMPARE(names(), (QStringList{u"charlie"_s, u"alpha"_s, u"bravo"_s}));

    // A click on a column's header sorts by it.
    QHeaderView *header = view.horizontalHeader();
    const int section = gui::ModelTableModel::NameColumn;
    const QPoint center(header->sectionViewportPosition(section) + header->sectionSize(section) / 2,
                        header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, center);
    QCOMPARE(header->sortIndicatorSection(), section);
    QCOMPARE(table.sortColumn(), section);
    QCOMPARE(names(), (QStringList{u"alpha"_s, u"bravo"_s, u"charlie"_s}));
}

void TestModelTableView::textAreaMatchesStyleWithText_data()
{
    QTest::addColumn<QString>("styleName");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("alignment");
    QTest::addColumn<bool>("rightToLeft");

    const QList<std::pair<QString, QString>> texts{
        {u"short"_s, u"nlp"_s},
        {u"long"_s,
         u"a-model-name-far-longer-than-any-column-is-wide-%1"_s.arg(u"x"_s.repeated(80))},
        {u"cjk"_s, u"中文模型名称"_s},
        {u"empty"_s, QString()}};
    const QList<std::pair<QString, int>> alignments{
        {u"left"_s, int(Qt::AlignLeft | Qt::AlignVCenter)},
        {u"right"_s, int(Qt::AlignRight | Qt::AlignVCenter)},
        {u"center"_s, int(Qt::AlignCenter)}};
    const QStringList styles = QStyleFactory::keys();
    for (const QString &style : styles) {
        for (const auto &[textName, text] : texts) {
            for (const int width : {6, 60, 320}) {
                for (const auto &[alignmentName, alignment] : alignments) {
                    for (const bool rtl : {false, true}) {
                        QTest::addRow("%s/%s/%d/%s%s", qPrintable(style), qPrintable(textName),
                                      width, qPrintable(alignmentName), rtl ? "/rtl" : "")
                            << style << text << width << alignment << rtl;
                    }
                }
            }
        }
    }
}

void TestModelTableView::textAreaMatchesStyleWithText()
{
    QFETCH(QString, styleName);
    QFETCH(QString, text);
    QFETCH(int, width);
    QFETCH(int, alignment);
    QFETCH(bool, rightToLeft);

    const std::unique_ptr<QStyle> style(QStyleFactory::create(styleName));
    QVERIFY(style);
    ProbeView view;
    view.setStyle(style.get());
    if (rightToLeft)
        view.setLayoutDirection(Qt::RightToLeft);
    QStringListModel list({text});
    QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.setModel(&list);

    // The option as the view hands it over, filled from the index like the delegate does.
    QStyleOptionViewItem withText = view.cellOption(QRect(13, 7, width, 26));
    OptionFiller().initStyleOption(&withText, list.index(0));
    withText.text = text;
    withText.displayAlignment = Qt::Alignment(alignment);
    if (!text.isEmpty())
        QVERIFY(withText.features & QStyleOptionViewItem::HasDisplay);
    // What the claim rests on: a table view has the text take the whole cell. Without it, the
    // style shrinks the text rectangle to the text, and to nothing without text.
    QVERIFY(withText.showDecorationSelected);
    QStyleOptionViewItem withoutText = withText;
    withoutText.text.clear();
    withoutText.features &= ~QStyleOptionViewItem::HasDisplay;

    const QRect styleArea =
        view.style()->subElementRect(QStyle::SE_ItemViewItemText, &withText, &view);
    const int margin = view.style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, &view) + 1;
    const QRect expected = styleArea.adjusted(margin, 0, -margin, 0);
    const QRect actual = gui::ModelTableDelegate::textArea(withoutText);
    QVERIFY2(actual == expected, qPrintable(describe(actual) + u" != "_s + describe(expected)));
}

void TestModelTableView::paintsTextInsideItsArea_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<qint64>("orderNumber");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("cellWidth");
    QTest::addColumn<bool>("selected");
    QTest::addColumn<bool>("elided");

    const QString longName = u"qwen-2.5-72b-instruct-with-a-very-long-fine-tuned-suffix-v12"_s;
    const int name = gui::ModelTableModel::NameColumn;
    const int order = gui::ModelTableModel::OrderNumberColumn;
    QTest::newRow("name, left") << u"llama-7b"_s << qint64(7) << name << 260 << false << false;
    QTest::newRow("order, right") << u"llama-7b"_s << qint64(4242) << order << 260 << false
                                  << false;
    QTest::newRow("long name, elided") << longName << qint64(7) << name << 110 << false << true;
    QTest::newRow("long order, elided")
        << u"x"_s << qint64(123456789012345678) << order << 70 << false << true;
    QTest::newRow("selected name") << u"llama-7b"_s << qint64(7) << name << 260 << true << false;
    QTest::newRow("selected order")
        << u"llama-7b"_s << qint64(4242) << order << 260 << true << false;
    QTest::newRow("selected long name") << longName << qint64(7) << name << 110 << true << true;
}

void TestModelTableView::paintsTextInsideItsArea()
{
    QFETCH(QString, name);
    QFETCH(qint64, orderNumber);
    QFETCH(int, column);
    QFETCH(int, cellWidth);
    QFETCH(bool, selected);
    QFETCH(bool, elided);

    gui::ModelTableModel table;
    QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
    table.appendModels({makeModel(1, name, orderNumber)});
    ProbeView view;
    view.setPalette(distinctPalette());
    QFont font = view.font();
    font.setPixelSize(18); // glyph stems wide enough to hold pixels of the full text colour
    view.setFont(font);
    view.setModel(&table);
    const QModelIndex index = table.index(0, column);

    // The image leaves room on both sides, where text that ignored the cell would show.
    const QRect cell(60, 4, cellWidth, view.verticalHeader()->defaultSectionSize());
    const QStyleOptionViewItem option = view.cellOption(cell, selected);
    const auto [text, area] = textAndAreaOf(option, index);
    QVERIFY(!text.isEmpty());
    QVERIFY(cell.contains(area));
    const bool needsEliding = QFontMetrics(font).horizontalAdvance(text) > area.width();
    QCOMPARE(needsEliding, elided);

    const QImage image = paintCell(view, option, index, QSize(cellWidth + 120, cell.height() + 8));
    const Ink ink = inkOf(image, selected ? HighlightColor : BackgroundColor);
    QVERIFY2(ink.pixels > 20, "no text was drawn");
    // Glyphs may reach a pixel past their advance; nothing may reach past the cell.
    const QRect allowed = area.adjusted(-1, 0, 1, 0) & cell;
    QVERIFY2(allowed.contains(ink.bounds),
             qPrintable(describe(ink.bounds) + u" outside "_s + describe(allowed)));

    const bool rightAligned = column == gui::ModelTableModel::OrderNumberColumn;
    if (rightAligned) {
        QVERIFY2(ink.bounds.right() >= area.right() - 3, qPrintable(describe(ink.bounds)));
    } else {
        QVERIFY2(ink.bounds.left() <= area.left() + 3, qPrintable(describe(ink.bounds)));
    }
    if (elided) {
        // Cut to the width, not dropped: the line still spans most of the area.
        QVERIFY2(ink.bounds.width() >= area.width() * 2 / 3, qPrintable(describe(ink.bounds)));
    } else if (rightAligned) {
        QVERIFY2(ink.bounds.left() > area.center().x(), qPrintable(describe(ink.bounds)));
    } else {
        QVERIFY2(ink.bounds.right() < area.center().x(), qPrintable(describe(ink.bounds)));
    }

    if (selected) {
        QVERIFY2(ink.highlightedColored > 0, "no pixel of the HighlightedText colour");
        QCOMPARE(ink.textColored, 0);
    } else {
        QVERIFY2(ink.textColored > 0, "no pixel of the Text colour");
        QCOMPARE(ink.highlightedColored, 0);
    }
    QCOMPARE(view.cellDelegate()->cachedLineCount(), 1);
}

void TestModelTableView::decoratedCellsUseBaseDelegate_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<qsizetype>("cachedLines");

    QTest::newRow("plain text") << u"plain"_s << qsizetype(1);
    QTest::newRow("icon") << u"icon"_s << qsizetype(0);
    QTest::newRow("check box") << u"check"_s << qsizetype(0);
    QTest::newRow("word wrap") << u"wrap"_s << qsizetype(0);
}

void TestModelTableView::decoratedCellsUseBaseDelegate()
{
    QFETCH(QString, kind);
    QFETCH(qsizetype, cachedLines);

    QStandardItemModel items(1, 1);
    QAbstractItemModelTester tester(&items, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *item = new QStandardItem(u"decorated"_s);
    if (kind == u"icon"_s) {
        QPixmap icon(16, 16);
        icon.fill(Qt::black);
        item->setIcon(icon);
    } else if (kind == u"check"_s) {
        item->setCheckable(true);
        item->setCheckState(Qt::Checked);
    }
    items.setItem(0, 0, item);
    ProbeView view;
    view.setPalette(distinctPalette());
    view.setModel(&items);
    QStyleOptionViewItem option = view.cellOption(QRect(0, 0, 200, 30));
    if (kind == u"wrap"_s)
        option.features |= QStyleOptionViewItem::WrapText;

    const QImage image = paintCell(view, option, items.index(0, 0), QSize(200, 30));
    QVERIFY2(inkOf(image, BackgroundColor).textColored > 0, "the text was not drawn");
    QCOMPARE(view.cellDelegate()->cachedLineCount(), cachedLines);
}

void TestModelTableView::repaintReusesCachedLines()
{
    gui::ModelTableModel table;
    QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<pai::Model> models;
    for (int n = 1; n <= 30; ++n)
        models.append(makeModel(n, u"model number %1"_s.arg(n), n * 10));
    table.appendModels(models);
    gui::ModelTableView view;
    view.setModel(&table);
    view.resize(1000, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    (void)view.viewport()->grab();
    const qsizetype afterFirst = view.cellDelegate()->cachedLineCount();
    QVERIFY(afterFirst > 0);
    (void)view.viewport()->grab();
    (void)view.viewport()->grab();
    QCOMPARE(view.cellDelegate()->cachedLineCount(), afterFirst);

    // A row never shown before adds its own lines.
    view.scrollToBottom();
    (void)view.viewport()->grab();
    QVERIFY(view.cellDelegate()->cachedLineCount() > afterFirst);
}

void TestModelTableView::fontChangeDropsCachedLines()
{
    QStringListModel list({u"alpha beta"_s, u"gamma delta"_s, u"epsilon zeta"_s});
    QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ProbeView view;
    view.setPalette(distinctPalette());
    view.setModel(&list);
    // Paints every row into a cell of `width` with room to its right, and checks that the ink
    // stays in the cell's text area: a line elided for another font or width would not.
    const auto paintAll = [&](const QFont &font, int width) {
        int tallest = 0;
        for (int row = 0; row < list.rowCount(); ++row) {
            QStyleOptionViewItem option = view.cellOption(QRect(0, 0, width, 60));
            option.font = font;
            const auto [text, area] = textAndAreaOf(option, list.index(row));
            const Ink ink = inkOf(paintCell(view, option, list.index(row), QSize(width + 300, 60)),
                                  BackgroundColor);
            if (ink.pixels == 0 || ink.bounds.right() > area.right() + 1) {
                qWarning("\"%s\" drawn at %s, outside %s", qPrintable(text),
                         qPrintable(describe(ink.bounds)), qPrintable(describe(area)));
                return -1;
            }
            tallest = std::max(tallest, ink.bounds.height());
        }
        return tallest;
    };
    QFont small = view.font();
    small.setPixelSize(12);
    QFont large = small;
    large.setPixelSize(36);
    constexpr int Width = 140;
    // The case only counts if the large font has to elide what the small one does not.
    QVERIFY(QFontMetrics(small).horizontalAdvance(u"epsilon zeta"_s) < Width - 20);
    QVERIFY(QFontMetrics(large).horizontalAdvance(u"alpha beta"_s) > Width);

    const int smallHeight = paintAll(small, Width);
    QVERIFY(smallHeight > 0);
    QCOMPARE(view.cellDelegate()->cachedLineCount(), 3);
    QCOMPARE(paintAll(small, Width), smallHeight);
    QCOMPARE(view.cellDelegate()->cachedLineCount(), 3);

    // Lines laid out and elided for the old font go: they would overflow the cell.
    const int largeHeight = paintAll(large, Width);
    QVERIFY2(largeHeight > smallHeight, qPrintable(QString::number(largeHeight)));
    QCOMPARE(view.cellDelegate()->cachedLineCount(), 3);

    // The width is part of a line: the same text in a narrower cell is elided again.
    QVERIFY(paintAll(large, Width / 2) > 0);
    QCOMPARE(view.cellDelegate()->cachedLineCount(), 6);
    QVERIFY(paintAll(small, Width) > 0);
    QCOMPARE(view.cellDelegate()->cachedLineCount(), 3);
}

void TestModelTableView::cacheIsDroppedWhenFull()
{
    constexpr int MaxCachedLines = 8192;
    QStringList texts;
    for (int i = 0; i <= MaxCachedLines; ++i)
        texts.append(u"m%1"_s.arg(i));
    QStringListModel list(texts);
    QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ProbeView view;
    view.setModel(&list);
    const QStyleOptionViewItem option = view.cellOption(QRect(0, 0, 80, 20));
    QImage image(80, 20, QImage::Format_ARGB32_Premultiplied);
    image.fill(BackgroundColor);
    QPainter painter(&image);
    for (int row = 0; row < MaxCachedLines; ++row)
        view.itemDelegate()->paint(&painter, option, list.index(row));
    QCOMPARE(view.cellDelegate()->cachedLineCount(), MaxCachedLines);
    view.itemDelegate()->paint(&painter, option, list.index(0)); // already there
    QCOMPARE(view.cellDelegate()->cachedLineCount(), MaxCachedLines);
    view.itemDelegate()->paint(&painter, option, list.index(MaxCachedLines));
    QCOMPARE(view.cellDelegate()->cachedLineCount(), 1);
}

void TestModelTableView::textSitsWhereQtsDelegatePutsIt_data()
{
    QTest::addColumn<int>("pointSize");
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("selected");

    const int name = gui::ModelTableModel::NameColumn;
    const int order = gui::ModelTableModel::OrderNumberColumn;
    for (const int points : {9, 10, 11, 13}) {
        QTest::addRow("%dpt, name", points) << points << name << false;
        QTest::addRow("%dpt, order", points) << points << order << false;
        QTest::addRow("%dpt, selected name", points) << points << name << true;
    }
}

// The cached lines must look like any other view's text: same rows of pixels, same edges.
void TestModelTableView::textSitsWhereQtsDelegatePutsIt()
{
    QFETCH(int, pointSize);
    QFETCH(int, column);
    QFETCH(bool, selected);

    gui::ModelTableModel table;
    QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
    table.appendModels({makeModel(1, u"Qwen-7B-chat (gpu)"_s, 4242)});
    ProbeView view;
    view.setPalette(distinctPalette());
    QFont font = view.font();
    font.setPointSize(pointSize);
    view.setFont(font);
    view.setModel(&table);
    const QModelIndex index = table.index(0, column);
    const QRect cell(10, 3, 240, view.verticalHeader()->defaultSectionSize());
    const QStyleOptionViewItem option = view.cellOption(cell, selected);
    const QSize imageSize(cell.right() + 20, cell.bottom() + 6);
    const QRgb background = selected ? HighlightColor : BackgroundColor;

    const Ink ours = inkOf(paintCell(view, option, index, imageSize), background);
    view.setItemDelegate(new QStyledItemDelegate(&view));
    const Ink qts = inkOf(paintCell(view, option, index, imageSize), background);

    QVERIFY(qts.pixels > 20);
    const QString both = describe(ours.bounds) + u" vs Qt's "_s + describe(qts.bounds);
    QVERIFY2(ours.bounds.top() == qts.bounds.top(), qPrintable(both));
    QVERIFY2(ours.bounds.bottom() == qts.bounds.bottom(), qPrintable(both));
    // Sub-pixel glyph positions may differ by a pixel at the ends of the line.
    QVERIFY2(std::abs(ours.bounds.left() - qts.bounds.left()) <= 1, qPrintable(both));
    QVERIFY2(std::abs(ours.bounds.right() - qts.bounds.right()) <= 1, qPrintable(both));
}

void TestModelTableView::styleSheetsGetTheBaseDelegate()
{
    gui::ModelTableModel table;
    QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
    table.appendModels({makeModel(1, u"styled"_s)});
    ProbeView view;
    view.setStyleSheet(u"QTableView::item { color: #ff00ff; }"_s);
    view.setModel(&table);
    const QModelIndex index = table.index(0, gui::ModelTableModel::NameColumn);
    const QRect cell(0, 0, 200, view.verticalHeader()->defaultSectionSize());
    const QImage image =
        paintCell(view, view.cellOption(cell), index, QSize(cell.width(), cell.height()));

    // The style sheet's colour reached the text, which only the style itself can apply.
    bool magenta = false;
    for (int y = 0; y < image.height() && !magenta; ++y) {
        for (int x = 0; x < image.width() && !magenta; ++x) {
            const QRgb pixel = image.pixel(x, y);
            magenta = qRed(pixel) > 200 && qBlue(pixel) > 200 && qGreen(pixel) < 60;
        }
    }
    QVERIFY(magenta);
    QCOMPARE(view.cellDelegate()->cachedLineCount(), 0);
}

void TestModelTableView::sampleRowsStayFew_data()
{
    QTest::addColumn<int>("rows");
    QTest::newRow("none") << 0;
    QTest::newRow("one") << 1;
    QTest::newRow("fewer than the sample") << 40;
    QTest::newRow("exactly the sample") << gui::ModelTableView::SampleRows;
    QTest::newRow("one more") << gui::ModelTableView::SampleRows + 1;
    QTest::newRow("100,000") << 100000;
}

void TestModelTableView::sampleRowsStayFew()
{
    QFETCH(int, rows);
    const QList<int> sample = gui::ModelTableView::sampleRows(rows);
    QCOMPARE(sample.size(), std::min(rows, gui::ModelTableView::SampleRows));
    // Distinct, in order, inside the table, and starting with the rows shown first.
    for (qsizetype i = 0; i < sample.size(); ++i) {
        QVERIFY(sample.at(i) >= 0 && sample.at(i) < rows);
        if (i > 0)
            QVERIFY2(sample.at(i) > sample.at(i - 1), qPrintable(QString::number(i)));
    }
    if (rows > 0)
        QCOMPARE(sample.first(), 0);
    // A large table is sampled beyond its first screen, up to its last part.
    if (rows > 10 * gui::ModelTableView::SampleRows)
        QVERIFY(sample.last() > rows * 9 / 10);
}

void TestModelTableView::columnsFitHeaderAndSampledContent()
{
    CountingTable table(500);
    QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString wide = u"text-generation-with-a-longer-task"_s;
    const QString tooWide = u"w"_s.repeated(gui::ModelTableView::MaxColumnChars * 3);
    table.setText(3, 1, wide);
    table.setText(0, 2, tooWide);
    table.setHeader(3, u"A header wider than any of its cells"_s);
    ProbeView view;
    view.setStretchColumn(-1);
    view.setModel(&table);
    QHeaderView *header = view.horizontalHeader();

    // Content wider than the default width gets room, enough that the delegate does not cut
    // it; the header is never cut.
    const QRect cell(0, 0, view.columnWidth(1) - (view.showGrid() ? 1 : 0), 24);
    QStyleOptionViewItem option = view.cellOption(cell);
    OptionFiller().initStyleOption(&option, table.index(3, 1));
    option.text.clear();
    option.features &= ~QStyleOptionViewItem::HasDisplay;
    const int room = gui::ModelTableDelegate::textArea(option).width();
    QVERIFY2(view.fontMetrics().elidedText(wide, Qt::ElideRight, room) == wide,
             qPrintable(QString::number(room)));
    QVERIFY(view.columnWidth(1) > header->defaultSectionSize());
    QVERIFY(view.columnWidth(3) >= header->sectionSizeHint(3));
    // A very long value is capped (its tooltip has it whole), not given the whole screen.
    const int cap = view.fontMetrics().averageCharWidth() * gui::ModelTableView::MaxColumnChars;
    QVERIFY2(view.columnWidth(2) <= std::max(cap, header->sectionSizeHint(2)),
             qPrintable(QString::number(view.columnWidth(2))));
    QVERIFY(view.columnWidth(2) < textWidth(view, tooWide));
    // Short content: a column narrower than Qt's default width.
    QVERIFY2(view.columnWidth(0) < textWidth(view, wide),
             qPrintable(QString::number(view.columnWidth(0))));
}

void TestModelTableView::fittingReadsOnlySampledRows()
{
    CountingTable table(100000, 11);
    // A value far down the table that the sample reaches, and one it does not.
    const QList<int> sample = gui::ModelTableView::sampleRows(100000);
    const int sampled = sample.last();
    QVERIFY(!sample.contains(sampled - 1));
    table.setText(sampled, 1, u"a value on a sampled row, far down"_s);
    table.setText(sampled - 1, 2, u"a value on a row that is never measured at all"_s);
    gui::ModelTableView view;
    view.setStretchColumn(-1);
    QElapsedTimer timer;
    timer.start();
    view.setModel(&table);
    const qint64 elapsed = timer.elapsed();

    QVERIFY2(table.asked().size() <= gui::ModelTableView::SampleRows,
             qPrintable(QString::number(table.asked().size())));
    QVERIFY(!table.asked().contains(sampled - 1));
    QVERIFY(view.columnWidth(1) >= textWidth(view, u"a value on a sampled row, far down"_s));
    QVERIFY(view.columnWidth(2) < textWidth(view, u"a value on a row that is never measured"_s));
    // Generous: the point is that it does not grow with the rows (1.5 s would mean all of them).
    QVERIFY2(elapsed < 1500, qPrintable(QString::number(elapsed)));
}

void TestModelTableView::nameColumnTakesWhatIsLeft()
{
    gui::ModelTableModel table;
    QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
    table.appendModels({makeModel(1, u"llama-7b"_s, 3), makeModel(2, u"qwen-7b"_s, 4)});
    gui::ModelTableView view;
    view.setModel(&table);
    QHeaderView *header = view.horizontalHeader();
    for (const int column :
         {gui::ModelTableModel::OriginColumn, gui::ModelTableModel::AccessibilityColumn,
          gui::ModelTableModel::LabelsColumn, gui::ModelTableModel::CreatedColumn,
          gui::ModelTableModel::ModifiedColumn, gui::ModelTableModel::TaskColumn})
        header->setSectionHidden(column, true);
    view.resize(1400, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.fitColumnsToContents();

    const int name = gui::ModelTableModel::NameColumn;
    auto others = [&] {
        int sum = 0;
        for (int column = 0; column < header->count(); ++column)
            sum += column != name && !header->isSectionHidden(column) ? header->sectionSize(column)
                                                                      : 0;
        return sum;
    };
    // Wide window: the name fills the row, with no gap and no horizontal scroll bar.
    QCOMPARE(view.columnWidth(name) + others(), view.viewport()->width());
    QVERIFY(view.columnWidth(name) > textWidth(view, u"llama-7b"_s) * 3);

    // Growing the window gives the name the new room.
    const int before = view.columnWidth(name);
    view.resize(1600, 300);
    QTRY_COMPARE(view.columnWidth(name) + others(), view.viewport()->width());
    QVERIFY(view.columnWidth(name) > before);

    // Narrow window: the name keeps the width its content needs; the table scrolls instead.
    view.resize(200, 300);
    QTRY_VERIFY(view.viewport()->width() < 200);
    QVERIFY2(view.columnWidth(name) >= textWidth(view, u"llama-7b"_s),
             qPrintable(QString::number(view.columnWidth(name))));
}

void TestModelTableView::columnsFitOncePerListing()
{
    CountingTable table(0);
    gui::ModelTableView view;
    view.setStretchColumn(-1);
    view.setModel(&table);
    // The first rows of a listing size the columns.
    table.setText(0, 1, u"first listing, a long value"_s);
    table.addRows(20);
    const int fitted = view.columnWidth(1);
    QVERIFY(fitted >= textWidth(view, u"first listing, a long value"_s));
    // Later pages of the same listing leave the widths alone, even with longer values.
    table.setText(25, 1, u"a later page with a much, much longer value"_s);
    table.addRows(20);
    QCOMPARE(view.columnWidth(1), fitted);
    // A new listing (the table emptied and filled again) is sized afresh.
    table.setRows(0);
    table.setText(0, 1, u"short"_s);
    table.setText(25, 1, u"short"_s);
    table.addRows(30);
    QVERIFY2(view.columnWidth(1) < fitted, qPrintable(QString::number(view.columnWidth(1))));
}

void TestModelTableView::personsWidthsWin()
{
    CountingTable table(0);
    gui::ModelTableView view;
    view.setModel(&table);
    view.resize(800, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    table.setText(0, 1, u"a fairly long value"_s);
    table.addRows(10);
    QVERIFY(!view.columnsSizedByUser());

    // The person drags the divider after column 1 to the right.
    QHeaderView *header = view.horizontalHeader();
    const int before = header->sectionSize(1);
    const int edge = header->sectionViewportPosition(1) + header->sectionSize(1) - 1;
    const int y = header->height() / 2;
    QTest::mousePress(header->viewport(), Qt::LeftButton, {}, QPoint(edge, y));
    QTest::mouseMove(header->viewport(), QPoint(edge + 60, y));
    QTest::mouseRelease(header->viewport(), Qt::LeftButton, {}, QPoint(edge + 60, y));
    QVERIFY2(header->sectionSize(1) > before, qPrintable(QString::number(header->sectionSize(1))));
    QVERIFY(view.columnsSizedByUser());
    const int chosen = header->sectionSize(1);
    const int stretch = header->sectionSize(0);

    // A new listing and a wider window leave the person's widths as they are.
    table.setRows(0);
    table.setText(0, 1, u"x"_s);
    table.addRows(10);
    view.resize(1000, 300);
    QTRY_VERIFY(view.viewport()->width() > 800);
    QCOMPARE(header->sectionSize(1), chosen);
    QCOMPARE(header->sectionSize(0), stretch);
}

QTEST_MAIN(TestModelTableView)
#include "tst_modeltableview.moc"
