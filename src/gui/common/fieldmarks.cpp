#include "gui/common/fieldmarks.h"

#include <QAbstractItemView>
#include <QStyle>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace gui {

namespace {

const char invalidProperty[] = "invalid";

} // namespace

QString FieldMarks::styleSheet()
{
    return u"*[invalid=\"true\"] { background-color: #ffdcdc; }"_s;
}

QStringList FieldMarks::messagesFor(const QString &field, const QList<pai::FieldError> &errors)
{
    QStringList messages;
    for (const pai::FieldError &error : errors) {
        if (error.field == field || error.field.startsWith(field + u'[') ||
            error.field.startsWith(field + u'.'))
            messages.append(error.message);
    }
    return messages;
}

void FieldMarks::mark(QWidget *widget, const QString &field, const QList<pai::FieldError> &errors,
                      ToolTip toolTip)
{
    const QStringList messages = messagesFor(field, errors);
    const bool invalid = !messages.isEmpty() && !qobject_cast<QAbstractItemView *>(widget);
    if (isMarked(widget) != invalid) {
        widget->setProperty(invalidProperty, invalid);
        widget->style()->unpolish(widget);
        widget->style()->polish(widget);
    }
    widget->setAccessibleDescription(messages.join(u'\n'));
    if (toolTip == ToolTip::Show)
        widget->setToolTip(messages.join(u'\n'));
}

bool FieldMarks::isMarked(const QWidget *widget)
{
    return widget->property(invalidProperty).toBool();
}

} // namespace gui
