#pragma once

#include <QLabel>

namespace gui {

// A word-wrapped label exactly as tall as its text needs at the width it was given. Layouts do
// not always ask a wrapped QLabel for its height at its real width: QMainWindow's layout does not
// pass height-for-width down to the central widget (the sandbox bar got three lines' height for
// one line of Chinese), and a form layout in a scroll area gave a note two lines' height for
// three lines of text.
class WrappingLabel : public QLabel
{
    Q_OBJECT

public:
    explicit WrappingLabel(QWidget *parent = nullptr);

protected:
    void resizeEvent(QResizeEvent *event) override;
};

} // namespace gui
