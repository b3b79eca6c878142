#pragma once

#include <QTableView>

namespace gui {

class ModelTableDelegate;

// The table of models in the main window, set up for 100,000 rows: one fixed row height (the
// row header then keeps no per-row sizes), no word wrap, no row header, and a delegate that
// caches laid-out text. Columns can be moved and sorted; until one is picked, rows keep the
// server's order. The benchmarks use this same class, so they measure what people see.
class ModelTableView : public QTableView
{
    Q_OBJECT

public:
    explicit ModelTableView(QWidget *parent = nullptr);

    ModelTableDelegate *cellDelegate() const { return m_delegate; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyRowHeight();

    ModelTableDelegate *m_delegate;
};

} // namespace gui
