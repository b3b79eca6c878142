#pragma once

#include <QAbstractItemModel>
#include <QJsonObject>
#include <QJsonValue>

#include <memory>
#include <vector>

namespace gui {

// A model's extra_info as an expandable tree. Objects and arrays stay nested exactly as the
// server sent them: an object's children are its keys, an array's children are its elements.
class ExtraInfoModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { KeyColumn, ValueColumn, TypeColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role { JsonValueRole = Qt::UserRole + 1 };

    explicit ExtraInfoModel(QObject *parent = nullptr);
    ~ExtraInfoModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setExtraInfo(const QJsonObject &extraInfo);
    QJsonObject extraInfo() const { return m_extraInfo; }

private:
    struct Node
    {
        QString key;      // the object key, or "[i]" for an array element
        QJsonValue value; // the whole value, containers included
        Node *parent = nullptr;
        int row = 0;
        std::vector<std::unique_ptr<Node>> children;
    };

    static void buildChildren(Node *node);
    Node *nodeFor(const QModelIndex &index) const;

    QJsonObject m_extraInfo;
    std::unique_ptr<Node> m_root;
};

} // namespace gui
