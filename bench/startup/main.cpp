// Time to the first window: PaiDesk in sandbox mode against a bare QMainWindow with a QTableView,
// each a fresh process, alternately, in the same run. A run ends when the window's first paint
// is done (and, for PaiDesk, again when the sandbox's first rows are in the table).
// Usage: bench_startup [RUNS, default 9]. The same executable is the child:
//   bench_startup --child bare|paidesk
// Uses the display of the environment (QT_QPA_PLATFORM or DISPLAY), else offscreen.

#include "api/apiclient.h"
#include "app/application.h"
#include "app/appoptions.h"
#include "gui/mainwindow/mainwindow.h"
#include "gui/models/modeltablemodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMainWindow>
#include <QProcess>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

// Prints the moment a widget's first paint is done, then lets the child end.
class FirstPaint : public QObject
{
public:
    FirstPaint(QWidget *window, const char *label)
        : m_label(label)
    {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            // After this paint has been flushed: the next turn of the event loop.
            QTimer::singleShot(0, [label = m_label] {
                std::printf("%s\n", label);
                std::fflush(stdout);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const char *m_label;
    bool m_seen = false;
};

int runChild(int argc, char **argv, const QByteArray &kind)
{
    QApplication application(argc, argv);
    QCoreApplication::setOrganizationName(u"PaiDesk"_s);
    QCoreApplication::setApplicationName(u"PaiDesk"_s);
    if (kind == "bare") {
        QMainWindow window;
        QStandardItemModel model(0, 12);
        auto *table = new QTableView;
        table->setModel(&model);
        window.setCentralWidget(table);
        window.resize(1280, 800);
        FirstPaint painted(&window, "painted");
        window.show();
        QTimer::singleShot(5000, &application, &QCoreApplication::quit);
        return QApplication::exec();
    }
    app::Application paidesk;
    app::AppOptions options;
    options.sandbox = true;
    FirstPaint painted(&paidesk.window(), "painted");
    // The first rows: the sandbox's listing, which the connection starts.
    bool rowsSeen = false;
    QObject::connect(paidesk.window().modelTable(), &QAbstractItemModel::rowsInserted, &paidesk,
                     [&rowsSeen] {
                         if (std::exchange(rowsSeen, true))
                             return;
                         std::printf("rows\n");
                         std::fflush(stdout);
                     });
    paidesk.start(options);
    QTimer::singleShot(10000, &application, &QCoreApplication::quit);
    return QApplication::exec();
}

struct ChildTimes
{
    qint64 painted = -1;
    qint64 rows = -1;
};

ChildTimes timeChild(const QString &self, const QString &kind, const QString &configDir)
{
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_CONFIG_HOME"_s, configDir); // no saved window state or profile
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    child.start(self, {u"--child"_s, kind});
    ChildTimes times;
    QByteArray printed;
    const bool wantsRows = kind == u"paidesk"_s;
    while (child.state() != QProcess::NotRunning && timer.elapsed() < 20000) {
        child.waitForReadyRead(100);
        printed += child.readAllStandardOutput();
        if (times.painted < 0 && printed.contains("painted\n"))
            times.painted = timer.elapsed();
        if (times.rows < 0 && printed.contains("rows\n"))
            times.rows = timer.elapsed();
        if (times.painted >= 0 && (!wantsRows || times.rows >= 0))
            break;
    }
    child.kill();
    child.waitForFinished(5000);
    return times;
}

qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? -1 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (argc >= 3 && QByteArray(argv[1]) == "--child")
        return runChild(argc, argv, QByteArray(argv[2]));

    QCoreApplication application(argc, argv);
    const int runs = argc > 1 ? QByteArray(argv[1]).toInt() : 9;
    const QString self = QCoreApplication::applicationFilePath();
    QTemporaryDir config;
    QList<qint64> bare;
    QList<qint64> paidesk;
    QList<qint64> rows;
    // One of each first, not counted: it warms the file cache for both.
    timeChild(self, u"bare"_s, config.path());
    timeChild(self, u"paidesk"_s, config.path());
    for (int run = 0; run < runs; ++run) {
        QTemporaryDir fresh; // each PaiDesk start is a first start
        bare.append(timeChild(self, u"bare"_s, fresh.path()).painted);
        const ChildTimes ours = timeChild(self, u"paidesk"_s, fresh.path());
        paidesk.append(ours.painted);
        rows.append(ours.rows);
    }
    const qint64 bareMs = median(bare);
    const qint64 oursMs = median(paidesk);
    std::printf("First window, medians of %d fresh processes each (platform: %s)\n", runs,
                qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")
                    ? "xcb"
                    : qgetenv("QT_QPA_PLATFORM").constData());
    std::printf("%-52s %8lld ms\n", "bare QMainWindow + QTableView, first paint",
                static_cast<long long>(bareMs));
    std::printf("%-52s %8lld ms\n", "PaiDesk --sandbox, first paint",
                static_cast<long long>(oursMs));
    std::printf("%-52s %8lld ms\n", "PaiDesk --sandbox, first rows in the table",
                static_cast<long long>(median(rows)));
    const double ratio = double(oursMs) / double(bareMs);
    std::printf("ratio %.2f (target <= 1.5): %s\n", ratio, ratio <= 1.5 ? "met" : "missed");
    return 0;
}
