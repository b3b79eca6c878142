// The quick filter over 100,000 loaded models, per keystroke: typing a word letter by letter
// (the matches narrow), then deleting it again (they widen back to every row), with the model
// table, its filter proxy and a visible ModelTableView, as in the main window. Each keystroke is
// timed from setting the filter until the view has processed the change and repainted; the
// filter's own share (matching and the proxy's new mapping, before the view reacts) is shown
// separately.
// Usage: bench_browse_filter [MODELS, default 100000] [ROUNDS, default 5]
// BENCH_PLAIN_DELEGATE=1 paints the cells with Qt's own delegate instead of the table's.
// BENCH_VERBOSE=1 lists every keystroke.

#include "benchsupport.h"
#include "gui/browse/modeltableview.h"
#include "gui/models/modelfilterproxymodel.h"
#include "gui/models/modeltablemodel.h"
#include "sandbox/demodata.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QStyledItemDelegate>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    bench::useOffscreenUnlessSet();
    QApplication app(argc, argv);
    const qsizetype modelCount = argc > 1 ? QByteArray(argv[1]).toLongLong() : 100000;
    const int rounds = argc > 2 ? QByteArray(argv[2]).toInt() : 5;
    // BENCH_VERBOSE=1 prints every keystroke: the text, the filter's share and the whole.
    const bool verbose = !qEnvironmentVariableIsEmpty("BENCH_VERBOSE");

    gui::ModelTableModel table;
    gui::ModelFilterProxyModel proxy;
    proxy.setSourceModel(&table);
    gui::ModelTableView view; // set up as in the main window
    view.setModel(&proxy);
    view.sortByColumn(gui::ModelTableModel::NameColumn, Qt::AscendingOrder); // the harder case
    // BENCH_PLAIN_DELEGATE=1 paints with Qt's own delegate, to compare against the table's.
    if (!qEnvironmentVariableIsEmpty("BENCH_PLAIN_DELEGATE"))
        view.setItemDelegate(new QStyledItemDelegate(&view));
    view.resize(1200, 700);
    view.show();
    QApplication::processEvents();

    const QStringList workspaces{u"1001"_s, u"1002"_s, u"1003"_s};
    constexpr qsizetype Batch = 5000;
    for (qsizetype done = 0; done < modelCount; done += Batch) {
        QList<pai::Model> batch = sandbox::DemoData::generate(std::min(Batch, modelCount - done),
                                                              workspaces, quint32(done + 1));
        table.appendModels(std::move(batch));
    }
    QApplication::processEvents();

    // What one full repaint of the visible rows costs, the floor under every keystroke.
    {
        QList<double> paints;
        for (int i = 0; i < 40; ++i) {
            QElapsedTimer timer;
            timer.start();
            view.viewport()->repaint();
            paints.append(double(timer.nsecsElapsed()) / 1e6);
        }
        std::printf("repaint of the visible rows: median %.1f ms, max %.1f ms\n",
                    bench::median(paints), *std::max_element(paints.begin(), paints.end()));
    }

    // A word that matches part of the rows at every length, and text that matches none.
    const QList<QString> words{u"llama"_s, u"stage=prod"_s, u"zzz-no-match"_s};
    std::printf("Quick filter over %lld models with a visible table view, %d rounds, Qt %s\n",
                static_cast<long long>(table.rowCount()), rounds, qVersion());
    std::printf("%-14s %-10s %10s %10s %10s %10s\n", "word", "direction", "keystrokes", "median ms",
                "max ms", "rows min");
    QList<double> everything;
    QList<double> filterOnly;
    for (const QString &word : words) {
        QList<double> narrowing;
        QList<double> widening;
        int fewestRows = table.rowCount();
        for (int round = 0; round < rounds; ++round) {
            for (int length = 1; length <= word.size(); ++length) {
                QElapsedTimer timer;
                timer.start();
                proxy.setQuickFilter(word.left(length));
                fewestRows = std::min(fewestRows, proxy.rowCount());
                filterOnly.append(double(timer.nsecsElapsed()) / 1e6);
                QApplication::processEvents();
                narrowing.append(double(timer.nsecsElapsed()) / 1e6);
                if (verbose)
                    std::printf("  %-12s %6.1f %6.1f\n", qPrintable(word.left(length)),
                                filterOnly.constLast(), narrowing.constLast());
            }
            for (qsizetype length = word.size() - 1; length >= 0; --length) {
                QElapsedTimer timer;
                timer.start();
                proxy.setQuickFilter(word.left(length));
                proxy.rowCount();
                filterOnly.append(double(timer.nsecsElapsed()) / 1e6);
                QApplication::processEvents();
                widening.append(double(timer.nsecsElapsed()) / 1e6);
                if (verbose)
                    std::printf("  %-12s %6.1f %6.1f\n", qPrintable(word.left(length)),
                                filterOnly.constLast(), widening.constLast());
            }
        }
        if (proxy.rowCount() != table.rowCount())
            return 1;
        std::printf("%-14s %-10s %10lld %10.1f %10.1f %10d\n", qPrintable(word), "typing",
                    static_cast<long long>(narrowing.size()), bench::median(narrowing),
                    *std::max_element(narrowing.begin(), narrowing.end()), fewestRows);
        std::printf("%-14s %-10s %10lld %10.1f %10.1f %10s\n", qPrintable(word), "deleting",
                    static_cast<long long>(widening.size()), bench::median(widening),
                    *std::max_element(widening.begin(), widening.end()), "");
        everything.append(narrowing);
        everything.append(widening);
    }
    std::printf("filter alone (match + proxy mapping, before the view reacts): median %.1f ms, "
                "max %.1f ms\n",
                bench::median(filterOnly), *std::max_element(filterOnly.begin(), filterOnly.end()));
    const double worst = *std::max_element(everything.begin(), everything.end());
    std::printf("whole keystroke incl. view and repaint: median %.1f ms, max %.1f ms "
                "(target <= 30 ms) -> %s\n",
                bench::median(everything), worst, worst <= 30.0 ? "met" : "MISSED");
    return 0;
}
