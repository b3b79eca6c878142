#pragma once

#include "pai/fieldrules.h"
#include "pai/label.h"

#include <QAbstractTableModel>

namespace gui {

// The editor's labels as an ordered, editable table. Order matters (Terraform keeps labels as a
// list), so rows can be moved. Every change re-checks the rules, and broken cells say why.
class LabelEditModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { KeyColumn, ValueColumn, ColumnCount };

    explicit LabelEditModel(QObject *parent = nullptr);

    pai::LabelList labels() const { return m_labels; }
    void setLabels(const pai::LabelList &labels);
    // Each error's `field` is the API path, 0-based as on the wire ("Labels[2].Key"), so the CLI
    // and the lookups keep one key; its message names the row as the table numbers it, from 1
    // ("Key in label row 3"), because that is the number the person sees.
    QList<pai::FieldError> errors() const { return m_errors; }
    // Rewords a pai::FieldRules label error for the table; other errors pass unchanged.
    static pai::FieldError forDisplay(const pai::FieldError &error);

    int appendRow(); // an empty row to type into; returns its row
    bool moveRow(int from, int to);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                  const QModelIndex &destinationParent, int destinationChild) override;

Q_SIGNALS:
    void labelsChanged();

private:
    static QList<pai::FieldError> checkedLabels(const pai::LabelList &labels);
    void revalidate();
    const pai::FieldError *errorAt(int row, int column) const;

    pai::LabelList m_labels;
    QList<pai::FieldError> m_errors;
};

} // namespace gui
