#include "terraform/hclbody.h"

namespace terraform {

void HclBody::addAttribute(const QString &name, HclExpression value, const QStringList &comments)
{
    Item item;
    item.kind = Item::Kind::Attribute;
    item.name = name;
    item.comments = comments;
    item.value = std::move(value);
    m_items.push_back(std::move(item));
}

HclBody &HclBody::addBlock(const QString &type, const QStringList &labels,
                           const QStringList &comments)
{
    Item item;
    item.kind = Item::Kind::Block;
    item.name = type;
    item.labels = labels;
    item.comments = comments;
    m_items.push_back(std::move(item));
    return m_items.back().body;
}

void HclBody::reserve(std::size_t items)
{
    m_items.reserve(items);
}

void HclBody::addComment(const QString &text)
{
    Item item;
    item.kind = Item::Kind::Comment;
    item.name = text;
    m_items.push_back(std::move(item));
}

} // namespace terraform
