#pragma once

#include <QAbstractButton>
#include <QAbstractItemView>

namespace gui {

// The Add and Remove buttons of an editable key/value table (labels, extra information), wired
// the same way in every form: Add appends a row and opens its Key cell for typing; Remove
// deletes the current row. `Model` has appendRow() returning the new row, and a KeyColumn.
template<typename Model>
void connectRowButtons(QAbstractButton *addButton, QAbstractButton *removeButton,
                       QAbstractItemView *view, Model *model)
{
    QObject::connect(addButton, &QAbstractButton::clicked, view, [view, model] {
        const int row = model->appendRow();
        view->setCurrentIndex(model->index(row, Model::KeyColumn));
        view->edit(view->currentIndex());
    });
    QObject::connect(removeButton, &QAbstractButton::clicked, view, [view, model] {
        const QModelIndex current = view->currentIndex();
        if (current.isValid())
            model->removeRows(current.row(), 1);
    });
}

} // namespace gui
