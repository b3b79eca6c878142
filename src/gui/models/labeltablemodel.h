#pragma once

#include "pai/label.h"

#include <QAbstractTableModel>

namespace gui {

// A model's labels as a two-column table, in the order the server keeps them.
class LabelTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { KeyColumn, ValueColumn, ColumnCount };
    Q_ENUM(Column)

    explicit LabelTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setLabels(pai::LabelList labels);
    const pai::LabelList &labels() const { return m_labels; }

private:
    pai::LabelList m_labels;
};

} // namespace gui
