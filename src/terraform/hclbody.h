#pragma once

#include "terraform/hclexpression.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace terraform {

// The body of an HCL file or block: attributes, nested blocks and comments, kept in the order
// they were added. The writer decides blank lines and alignment, so callers only add content.
class HclBody
{
public:
    struct Item;

    // `comments` become "# ..." lines right above the attribute or block.
    void addAttribute(const QString &name, HclExpression value, const QStringList &comments = {});
    // Returns the new block's body; the reference stays valid until the next add on this body.
    HclBody &addBlock(const QString &type, const QStringList &labels = {},
                      const QStringList &comments = {});
    void addComment(const QString &text);
    void reserve(std::size_t items);

    const std::vector<Item> &items() const { return m_items; }
    bool isEmpty() const { return m_items.empty(); }

private:
    std::vector<Item> m_items;
};

struct HclBody::Item
{
    enum class Kind { Attribute, Block, Comment };

    Kind kind = Kind::Comment;
    QString name;                       // attribute name, block type, or the comment's text
    QStringList labels;                 // block labels, always written quoted
    QStringList comments;               // leading comment lines
    std::optional<HclExpression> value; // attributes only
    HclBody body;                       // blocks only
};

} // namespace terraform
