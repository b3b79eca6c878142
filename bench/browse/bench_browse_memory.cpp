// Memory per loaded model: the resident size of the process with an empty model table, then
// with 100,000 models loaded into it (the table, its filter proxy and a view, as in the main
// window). The models arrive in pages, as from the server, so no full copy of the whole list
// outlives its page.
// Usage: bench_browse_memory [MODELS, default 100000]

#include "benchsupport.h"
#include "gui/models/modelfilterproxymodel.h"
#include "gui/models/modeltablemodel.h"
#include "sandbox/demodata.h"

#include <QApplication>
#include <QHeaderView>
#include <QTableView>

#include <cstdio>
#include <malloc.h>

using namespace Qt::StringLiterals;

namespace {

qint64 settledResidentBytes()
{
    QApplication::processEvents();
    // Return freed pages to the system, so only what is still held counts.
    malloc_trim(0);
    return bench::residentBytes();
}

} // namespace

int main(int argc, char **argv)
{
    bench::useOffscreenUnlessSet();
    QApplication app(argc, argv);
    const qsizetype modelCount = argc > 1 ? QByteArray(argv[1]).toLongLong() : 100000;
    constexpr qsizetype PageSize = 100;

    gui::ModelTableModel table;
    gui::ModelFilterProxyModel proxy;
    proxy.setSourceModel(&table);
    QTableView view;
    view.setModel(&proxy);
    // Configured like the main window's table: no row header, rows of one fixed height.
    view.verticalHeader()->hide();
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.verticalHeader()->setDefaultSectionSize(view.fontMetrics().height() + 8);
    view.resize(1200, 700);
    view.show();
    // Warm up: one page in and out, so lazily created Qt state is in both figures.
    table.appendModels(sandbox::DemoData::generate(PageSize, {u"1001"_s}, 7));
    proxy.setQuickFilter(u"x"_s);
    proxy.setQuickFilter(QString());
    table.clear();
    const qint64 before = settledResidentBytes();

    const QStringList workspaces{u"1001"_s, u"1002"_s, u"1003"_s};
    table.reserve(modelCount);
    for (qsizetype done = 0; done < modelCount; done += PageSize) {
        table.appendModels(sandbox::DemoData::generate(std::min(PageSize, modelCount - done),
                                                       workspaces, quint32(done + 1)));
    }
    const qint64 after = settledResidentBytes();
    const double perModel = double(after - before) / double(table.rowCount());

    std::printf("Memory of %lld loaded models (generated like the sandbox's load data: 11 "
                "columns, 3 labels, nested extra_info), Qt %s\n",
                static_cast<long long>(table.rowCount()), qVersion());
    std::printf("RSS with 0 models:  %.1f MiB\n", double(before) / (1024.0 * 1024.0));
    std::printf("RSS with %lld models: %.1f MiB\n", static_cast<long long>(table.rowCount()),
                double(after) / (1024.0 * 1024.0));
    std::printf("per model: %.0f bytes (target <= 1024) -> %s\n", perModel,
                perModel <= 1024.0 ? "met" : "MISSED");
    return 0;
}
