// The activity log panel: a one-line strip with the last request, which expands on demand into
// the table of attempts, remembers the choice, and sizes that table's columns to their content.
#include "api/activitylog.h"
#include "gui/browse/activitylogpanel.h"
#include "gui/models/activitylogmodel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QMainWindow>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {

api::ActivityEntry entry(const QString &operation, const QString &target, int status,
                         const QString &code, const QString &requestId,
                         const QString &outcome = u"ok"_s)
{
    api::ActivityEntry e;
    e.time = QDateTime(QDate(2024, 3, 1), QTime(22, 26, 7), Qt::UTC);
    e.operation = operation;
    e.target = target;
    e.method = "GET";
    e.pathAndQuery = "/api/v1/models/" + target.toUtf8() + "?Verbose=true&" +
                     QByteArray("Padding=").append(QByteArray(160, 'p'));
    e.httpStatus = status;
    e.code = code;
    e.requestId = requestId;
    e.outcome = outcome;
    e.durationMs = 42;
    return e;
}

// A main window with the panel in a bottom dock, as the application has it.
struct Window
{
    QMainWindow window;
    QDockWidget *dock = new QDockWidget(u"Activity Log"_s, &window);
    gui::ActivityLogPanel *panel = new gui::ActivityLogPanel(dock);

    Window()
    {
        window.setCentralWidget(new QWidget(&window));
        dock->setObjectName(u"activityDock"_s);
        dock->setWidget(panel);
        window.addDockWidget(Qt::BottomDockWidgetArea, dock);
        window.resize(1280, 800);
    }
    QTableView *view() const { return panel->findChild<QTableView *>(u"logView"_s); }
    QToolButton *button() const { return panel->findChild<QToolButton *>(u"expandButton"_s); }
    QLabel *strip() const { return panel->findChild<QLabel *>(u"lastRequestLabel"_s); }
};

} // namespace

class TestActivityLogPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void stripShowsLastRequest_data();
    void stripShowsLastRequest();
    void startsAsOneLine();
    void expandsCollapsesAndRemembers();
    void shortcutToggles();
    void expandedColumnsAreReadable();
};

void TestActivityLogPanel::init()
{
    QSettings().remove(u"ActivityLog"_s);
    QLocale::setDefault(QLocale(u"en_US"_s));
}

void TestActivityLogPanel::stripShowsLastRequest_data()
{
    QTest::addColumn<QList<api::ActivityEntry>>("entries");
    QTest::addColumn<QStringList>("shown");
    QTest::addColumn<QStringList>("notShown");

    QTest::newRow("empty") << QList<api::ActivityEntry>{} << QStringList{u"No requests yet."_s}
                           << QStringList{u"RequestId"_s};
    QTest::newRow("a success")
        << QList<api::ActivityEntry>{entry(u"ListModels"_s, u"page 1"_s, 200, {}, u"REQ-1"_s),
                                     entry(u"GetModel"_s, u"model-7"_s, 200, {}, u"REQ-2"_s)}
        << QStringList{u"GetModel (model-7)"_s, u"200"_s, u"REQ-2"_s, u"2024"_s}
        << QStringList{u"REQ-1"_s, u"ListModels"_s};
    QTest::newRow("an error with a code")
        << QList<api::ActivityEntry>{entry(u"GetModel"_s, u"model-9"_s, 404, u"ModelNotFound"_s,
                                           u"REQ-404"_s, u"failed"_s)}
        << QStringList{u"GetModel (model-9)"_s, u"404 ModelNotFound"_s, u"REQ-404"_s}
        << QStringList{};
    QTest::newRow("no answer") << QList<api::ActivityEntry>{entry(u"GetModel"_s, u"model-9"_s, 0,
                                                                  {}, {}, u"timeout"_s)}
                               << QStringList{u"GetModel (model-9)"_s, u"timeout"_s, u"2024"_s}
                               << QStringList{u"RequestId"_s};
}

void TestActivityLogPanel::stripShowsLastRequest()
{
    QFETCH(QList<api::ActivityEntry>, entries);
    QFETCH(QStringList, shown);
    QFETCH(QStringList, notShown);

    api::ActivityLog log;
    Window w;
    QAbstractItemModelTester tester(w.panel->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    w.panel->setLog(&log);
    for (const api::ActivityEntry &e : std::as_const(entries))
        log.append(e);
    w.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w.window));

    // The label may cut the line to its width; its tooltip has it whole, and so does the panel.
    const QString full = w.strip()->toolTip();
    QCOMPARE(full, entries.isEmpty() ? u"No requests yet."_s : w.panel->lastRequestText());
    for (const QString &part : shown)
        QVERIFY2(full.contains(part), qPrintable(full));
    for (const QString &part : notShown)
        QVERIFY2(!full.contains(part), qPrintable(full));
    // At 1280 pixels the line fits: nothing is cut.
    QCOMPARE(w.strip()->text(), full);
    // One line, however long the request.
    QVERIFY(w.strip()->height() < 2 * w.strip()->fontMetrics().height());
}

void TestActivityLogPanel::startsAsOneLine()
{
    api::ActivityLog log;
    Window w;
    w.panel->setLog(&log);
    for (int i = 0; i < 30; ++i)
        log.append(entry(u"GetModel"_s, u"model-%1"_s.arg(i), 200, {}, u"REQ-%1"_s.arg(i)));
    w.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w.window));

    QVERIFY(!w.panel->isExpanded());
    QVERIFY(!w.view()->isVisible());
    QVERIFY(w.strip()->isVisible());
    QVERIFY(w.strip()->toolTip().contains(u"REQ-29"_s));
    // The strip is a line, and the dock around it (with its title) is far from a third.
    QVERIFY2(w.panel->height() <= 2 * w.panel->fontMetrics().height() + 16,
             qPrintable(QString::number(w.panel->height())));
    QVERIFY2(w.dock->height() < w.window.height() / 8,
             qPrintable(QString::number(w.dock->height())));
}

void TestActivityLogPanel::expandsCollapsesAndRemembers()
{
    api::ActivityLog log;
    log.append(entry(u"GetModel"_s, u"model-1"_s, 200, {}, u"REQ-1"_s));
    {
        Window w;
        w.panel->setLog(&log);
        w.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w.window));
        QSignalSpy changed(w.panel, &gui::ActivityLogPanel::expandedChanged);

        QTest::mouseClick(w.button(), Qt::LeftButton);
        QVERIFY(w.panel->isExpanded());
        QCOMPARE(changed.size(), 1);
        QTRY_VERIFY(w.view()->isVisible());
        // Room for the rows: the dock grows past a few lines.
        QTRY_VERIFY2(w.dock->height() > 6 * w.panel->fontMetrics().height(),
                     qPrintable(QString::number(w.dock->height())));
        QVERIFY(w.panel->expandAction()->isChecked());
        QCOMPARE(QSettings().value(gui::ActivityLogPanel::expandedKey()).toBool(), true);
    }
    {
        // A new window opens it as it was left, and collapsing is remembered too.
        Window w;
        w.panel->setLog(&log);
        QVERIFY(w.panel->isExpanded());
        QVERIFY(w.button()->isChecked());
        w.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w.window));
        QVERIFY(w.view()->isVisible());
        QTest::mouseClick(w.button(), Qt::LeftButton);
        QVERIFY(!w.panel->isExpanded());
        QTRY_VERIFY(!w.view()->isVisible());
        QTRY_VERIFY(w.dock->height() < w.window.height() / 8);
    }
    Window w;
    QVERIFY(!w.panel->isExpanded());
    QCOMPARE(QSettings().value(gui::ActivityLogPanel::expandedKey()).toBool(), false);
}

void TestActivityLogPanel::shortcutToggles()
{
    Window w;
    w.window.show();
    w.window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w.window));
    const QKeySequence shortcut = w.panel->expandAction()->shortcut();
    QCOMPARE(shortcut, QKeySequence(u"Ctrl+Shift+L"_s));
    // Named, so that Help > Keyboard Shortcuts lists it.
    QVERIFY(!w.panel->expandAction()->text().isEmpty());

    // From anywhere in the window, not only the panel.
    w.window.centralWidget()->setFocus();
    QTest::keyClick(&w.window, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(w.panel->isExpanded());
    QVERIFY(w.button()->isChecked());
    QTest::keyClick(&w.window, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(!w.panel->isExpanded());
    QVERIFY(!w.button()->isChecked());
}

void TestActivityLogPanel::expandedColumnsAreReadable()
{
    api::ActivityLog log;
    Window w;
    w.panel->setLog(&log);
    w.panel->setExpanded(true);
    w.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w.window));
    // Entries arrive while the table is shown, and one more while it is hidden.
    log.append(
        entry(u"ListModels"_s, u"page 1"_s, 200, {}, u"0E39451A-F883-4E7C-8FFC-7ED324F83873"_s));
    log.append(entry(u"GetModel"_s, u"model-4ry8tsny4z4e74ey6lc5"_s, 200, {},
                     u"A24A904C-EB9C-4817-9938-B1E5FAAC4AC5"_s));
    w.panel->setExpanded(false);
    log.append(entry(u"UpdateModel"_s, u"model-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"_s, 503,
                     u"ServiceUnavailable"_s, u"B1E5FAAC-EB9C-4817-9938-A24A904C4AC5"_s,
                     u"retry"_s));
    w.panel->setExpanded(true);
    QTRY_VERIFY(w.view()->isVisible());

    QTableView *view = w.view();
    const gui::ActivityLogModel *model = w.panel->model();
    QCOMPARE(view->textElideMode(), Qt::ElideMiddle);
    // Every column but the request shows its whole text, on every row: the room the style
    // leaves for text in the cell (less the grid line and its margins) does not cut it.
    const int margin =
        2 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1);
    for (int column = 0; column < model->columnCount(); ++column) {
        if (column == gui::ActivityLogModel::RequestColumn)
            continue;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString text = model->index(row, column).data().toString();
            const int room = view->columnWidth(column) - (view->showGrid() ? 1 : 0) - margin;
            const int needed = view->fontMetrics().horizontalAdvance(text);
            QVERIFY2(view->fontMetrics().elidedText(text, Qt::ElideMiddle, room) == text,
                     qPrintable(u"column %1 row %2: %3 < %4 for \"%5\""_s.arg(column)
                                    .arg(row)
                                    .arg(room)
                                    .arg(needed)
                                    .arg(text)));
        }
    }
    // The time has its year.
    QVERIFY(
        model->index(0, gui::ActivityLogModel::TimeColumn).data().toString().contains(u"2024"_s));
    // The request takes only what is left, and has its whole text in the tooltip.
    int others = 0;
    for (int column = 0; column < model->columnCount(); ++column)
        others += column == gui::ActivityLogModel::RequestColumn ? 0 : view->columnWidth(column);
    QVERIFY2(view->columnWidth(gui::ActivityLogModel::RequestColumn) <=
                 std::max(view->viewport()->width() - others,
                          view->horizontalHeader()->minimumSectionSize()),
             qPrintable(QString::number(view->columnWidth(gui::ActivityLogModel::RequestColumn))));
    const QModelIndex request = model->index(2, gui::ActivityLogModel::RequestColumn);
    QCOMPARE(request.data(Qt::ToolTipRole).toString(), request.data().toString());
    QVERIFY(request.data().toString().contains(u"Padding=ppp"_s));
}

QTEST_MAIN(TestActivityLogPanel)
#include "tst_activitylogpanel.moc"
