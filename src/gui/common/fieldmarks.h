#pragma once

#include "pai/fieldrules.h"

#include <QList>
#include <QString>

class QWidget;

namespace gui {

// How every form marks a field with a problem: a pink background (through the dynamic
// "invalid" property and the form's styleSheet()), the messages as tooltip and accessible
// description. One place, so the model form and the version form mark alike.
class FieldMarks
{
public:
    enum class ToolTip { Show, None };

    // For the form's setStyleSheet(): what a marked field looks like.
    static QString styleSheet();
    // The messages of `errors` that belong to `field`: the field itself, its rows
    // ("Labels[1]") and its parts ("Labels[1].Key").
    static QStringList messagesFor(const QString &field, const QList<pai::FieldError> &errors);
    // Marks `widget` for the problems of `field` (or clears the mark). An item view is never
    // painted: its model marks the offending rows, and a pink view would mark the valid ones too.
    static void mark(QWidget *widget, const QString &field, const QList<pai::FieldError> &errors,
                     ToolTip toolTip = ToolTip::Show);
    static bool isMarked(const QWidget *widget);
};

} // namespace gui
