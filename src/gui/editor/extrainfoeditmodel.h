#pragma once

#include "pai/fieldrules.h"

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QJsonValue>

namespace gui {

// ExtraInfo as an editable key / type / value table. Each value is typed, so that "15" (a string)
// and 15 (a number) stay apart; nested objects and arrays are edited as JSON text and kept exactly.
class ExtraInfoEditModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { KeyColumn, TypeColumn, ValueColumn, ColumnCount };
    enum class ValueType { String, Number, Boolean, Json };
    Q_ENUM(ValueType)

    struct Entry
    {
        QString key;
        ValueType type = ValueType::String;
        QString text; // the value as typed
    };

    explicit ExtraInfoEditModel(QObject *parent = nullptr);

    void setObject(const QJsonObject &object);
    // The object the rows describe; only meaningful when errors() is empty.
    QJsonObject toObject() const;
    // Named like the API: "ExtraInfo.Rating".
    QList<pai::FieldError> errors() const { return m_errors; }
    QList<Entry> entries() const { return m_entries; }

    int appendRow();

    static QString typeName(ValueType type);
    static QList<ValueType> allTypes();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

Q_SIGNALS:
    // Only for edits made through the table, not for setObject().
    void edited();

private:
    void revalidate();
    std::optional<QJsonValue> valueOf(const Entry &entry, QString *problem) const;
    const pai::FieldError *errorAt(int row) const;

    QList<Entry> m_entries;
    QList<pai::FieldError> m_errors;
    QList<int> m_errorRows; // parallel to m_errors
};

} // namespace gui
