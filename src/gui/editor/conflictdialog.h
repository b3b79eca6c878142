#pragma once

#include "pai/model.h"
#include "pai/modeldraft.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ConflictDialog;
}

namespace gui {

// Someone changed the model after the form was loaded. Shows, for every field that differs
// anywhere, the value when the form was loaded, the server's value now and the person's value,
// so that they decide knowingly whether to overwrite. Accepted means overwrite.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConflictDialog(QWidget *parent = nullptr);
    ~ConflictDialog() override;

    void setModels(const pai::Model &loaded, const pai::Model &server,
                   const pai::ModelDraft &yours);
    int rowCount() const;
    QStringList row(int index) const; // field, loaded, server, yours

private:
    std::unique_ptr<Ui::ConflictDialog> ui;
};

} // namespace gui
