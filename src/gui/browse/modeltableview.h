#pragma once

#include <QTableView>

namespace gui {

class ModelTableDelegate;

// The table of models in the main window, set up for 100,000 rows: one fixed row height (the
// row header then keeps no per-row sizes), no word wrap, no row header, and a delegate that
// caches laid-out text. Columns can be moved and sorted; until one is picked, rows keep the
// server's order. The benchmarks use this same class, so they measure what people see.
//
// Columns are sized to their content when the first rows of a listing arrive: to the header and
// a sample of at most SampleRows rows (never every row), each capped at MaxColumnChars average
// characters, and the stretch column (the model's name) takes whatever width is left. Once the
// person resizes a column themselves, the view leaves the widths alone.
class ModelTableView : public QTableView
{
    Q_OBJECT

public:
    static constexpr int SampleRows = 64;
    static constexpr int MaxColumnChars = 40;

    explicit ModelTableView(QWidget *parent = nullptr);

    ModelTableDelegate *cellDelegate() const { return m_delegate; }
    void setModel(QAbstractItemModel *model) override;

    // The column that takes the width the others leave; the name column by default.
    void setStretchColumn(int column) { m_stretchColumn = column; }
    int stretchColumn() const { return m_stretchColumn; }
    // Sizes the visible columns from the header and a sample of rows, now.
    void fitColumnsToContents();
    // The rows fitColumnsToContents() measures: the first half of the sample from the top, the
    // rest spread evenly over the table.
    static QList<int> sampleRows(int rowCount);
    // True once the person resized a column: the view no longer sizes them.
    bool columnsSizedByUser() const { return m_sizedByUser; }

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyRowHeight();
    void onRowsArrived();
    void stretchToViewport();

    ModelTableDelegate *m_delegate;
    int m_stretchColumn = 0;
    int m_stretchContentWidth = 0; // what the stretch column's own content asks for
    bool m_fitPending = true;      // sized at the next rows that arrive in an empty table
    bool m_fitted = false;
    bool m_sizedByUser = false;
    bool m_sizing = false;        // our own resizes are not the person's
    bool m_headerPressed = false; // a divider may be being dragged
};

} // namespace gui
