// The dialogs that compare values (the conflict dialog, the review dialog) show them whole: long
// values wrap in their column and rows grow to hold them; field names are never cut.
#include "changes/modelplan.h"
#include "gui/common/wrappingtextdelegate.h"
#include "gui/editor/conflictdialog.h"
#include "gui/editor/reviewchangesdialog.h"

#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QTest>
#include <QTextLayout>
#include <QTreeWidget>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// 300 characters of each kind a value can be: words, one long word (a URL), CJK text.
QString words()
{
    QString text;
    for (int i = 0; text.size() < 300; ++i)
        text += u"word%1 "_s.arg(i);
    return text.left(299) + u'!';
}

QString url()
{
    return (u"https://example.com/models/"_s + u"a1b2c3d4"_s.repeated(40)).left(299) + u'!';
}

QString cjk()
{
    return u"通义千问大模型说明"_s.repeated(34).left(299) + u'!';
}

// The lines the style needs for `text` in `width` pixels, worked out here on its own.
int linesNeeded(const QString &text, const QFont &font, int width)
{
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    QTextLayout layout(text, font);
    layout.setTextOption(option);
    int lines = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        ++lines;
    }
    layout.endLayout();
    return lines;
}

// Whether the cell at (row, column) shows `text` whole: the text's lines fit the cell's height at
// the cell's width, and the cell lies inside the view's width (no sideways scrolling).
QString cutInCell(QTreeWidget *view, int row, int column, const QString &text)
{
    QTreeWidgetItem *item = view->topLevelItem(row);
    const QRect cell = view->visualItemRect(item).intersected(
        QRect(view->header()->sectionViewportPosition(column), 0,
              view->header()->sectionSize(column), view->viewport()->height() * 100));
    const QFont font = item->font(column);
    const int width = cell.width() - gui::WrappingTextDelegate::textMargins(view);
    const int lines = linesNeeded(text, font, width);
    const int needed = lines * QFontMetrics(font).height();
    if (cell.height() < needed)
        return u"%1 lines need %2 px, the cell has %3"_s.arg(lines).arg(needed).arg(cell.height());
    if (cell.right() > view->viewport()->width())
        return u"the cell ends at %1, past the view's %2"_s.arg(cell.right())
            .arg(view->viewport()->width());
    return {};
}

} // namespace

class TestCompareDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wrappedHeightGrowsWithText();
    void conflictShowsLongValuesWhole_data();
    void conflictShowsLongValuesWhole();
    void reviewShowsFieldNamesAndValuesWhole();
};

void TestCompareDialogs::wrappedHeightGrowsWithText()
{
    const QFont font;
    const int line = gui::WrappingTextDelegate::wrappedTextHeight(u"x"_s, font, 200);
    QVERIFY(line > 0);
    QCOMPARE(gui::WrappingTextDelegate::wrappedTextHeight(words(), font, 100000), line);
    // A long word breaks anywhere; a line break starts a line.
    QVERIFY(gui::WrappingTextDelegate::wrappedTextHeight(url(), font, 200) >= 5 * line);
    QCOMPARE(gui::WrappingTextDelegate::wrappedTextHeight(u"a\nb"_s, font, 200), 2 * line);
}

void TestCompareDialogs::conflictShowsLongValuesWhole_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("words") << words();
    QTest::newRow("one long word") << url();
    QTest::newRow("CJK") << cjk();
}

void TestCompareDialogs::conflictShowsLongValuesWhole()
{
    QFETCH(QString, value);
    QCOMPARE(value.size(), 300);

    pai::Model loaded;
    loaded.modelId = u"model-1"_s;
    loaded.modelName = u"llama"_s;
    loaded.modelDescription = u"short"_s;
    loaded.gmtModifiedTime = u"2024-03-01T22:26:00Z"_s;
    pai::Model server = loaded;
    server.modelDescription = value;
    server.modelDoc = u"https://example.com/doc"_s;
    server.gmtModifiedTime = u"2024-03-02T08:00:00Z"_s;
    pai::ModelDraft yours = pai::ModelDraft::fromModel(loaded);
    yours.modelDescription = value + u" (mine)"_s;

    gui::ConflictDialog dialog;
    dialog.setModels(loaded, server, yours);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *view = dialog.findChild<QTreeWidget *>(u"fieldsView"_s);
    QVERIFY(view);
    QVERIFY(view->wordWrap());
    QCOMPARE(view->textElideMode(), Qt::ElideNone);

    QCOMPARE(dialog.rowCount(), 2);
    QCOMPARE(dialog.row(0).at(0), u"ModelDescription"_s);
    QCOMPARE(dialog.row(0).at(2), value);
    // Both sides, and the person's own, are there whole, on as many lines as they need.
    QTRY_COMPARE(cutInCell(view, 0, 2, value), QString());
    QCOMPARE(cutInCell(view, 0, 3, value + u" (mine)"_s), QString());
    QCOMPARE(cutInCell(view, 0, 0, u"ModelDescription"_s), QString());
    QVERIFY(view->visualItemRect(view->topLevelItem(0)).height() >
            3 * view->fontMetrics().height());
    QVERIFY(!view->horizontalScrollBar()->isVisible());

    // A narrower dialog wraps onto more lines; still whole.
    const int before = view->visualItemRect(view->topLevelItem(0)).height();
    dialog.resize(dialog.width() * 2 / 3, dialog.height());
    QTRY_VERIFY(view->visualItemRect(view->topLevelItem(0)).height() > before);
    QTRY_COMPARE(cutInCell(view, 0, 2, value), QString());
    QCOMPARE(cutInCell(view, 0, 3, value + u" (mine)"_s), QString());

    // The times are local and have their year, not the server's ISO text.
    const QString message = dialog.findChild<QLabel *>(u"messageLabel"_s)->text();
    QVERIFY2(message.contains(u"2024"_s) && !message.contains(u"T22:26"_s), qPrintable(message));
}

void TestCompareDialogs::reviewShowsFieldNamesAndValuesWhole()
{
    pai::Model base;
    base.modelId = u"model-1"_s;
    base.modelName = u"llama"_s;
    base.modelDescription = u"short"_s;
    pai::ModelDraft wanted = pai::ModelDraft::fromModel(base);
    wanted.modelDescription = words();
    wanted.modelDoc = url();

    gui::ReviewChangesDialog dialog;
    dialog.showPlan(changes::ModelPlan::update(base, wanted));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *view = dialog.findChild<QTreeWidget *>(u"diffView"_s);
    QVERIFY(view);

    int description = -1;
    int doc = -1;
    for (int row = 0; row < dialog.diffRowCount(); ++row) {
        if (dialog.diffRow(row).at(0) == u"ModelDescription"_s)
            description = row;
        if (dialog.diffRow(row).at(0) == u"ModelDoc"_s)
            doc = row;
    }
    QVERIFY(description >= 0 && doc >= 0);
    // The field name on one line, not cut; the values wrapped, whole.
    const int nameRoom =
        view->header()->sectionSize(0) - gui::WrappingTextDelegate::textMargins(view);
    QVERIFY2(view->fontMetrics().horizontalAdvance(u"ModelDescription"_s) <= nameRoom,
             qPrintable(QString::number(nameRoom)));
    QTRY_COMPARE(cutInCell(view, description, 3, words()), QString());
    QCOMPARE(cutInCell(view, doc, 3, url()), QString());
    QCOMPARE(cutInCell(view, description, 2, u"short"_s), QString());
    QVERIFY(!view->horizontalScrollBar()->isVisible());
}

QTEST_MAIN(TestCompareDialogs)
#include "tst_comparedialogs.moc"
