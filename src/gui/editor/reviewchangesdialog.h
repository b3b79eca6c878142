#pragma once

#include "pai/modelchange.h"
#include "pai/modeldraft.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ReviewChangesDialog;
}

namespace gui {

// Shows what a save will do before anything is sent: the changed fields, and the exact requests
// (method, path and JSON body) in the order they will go out.
class ReviewChangesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReviewChangesDialog(QWidget *parent = nullptr);
    ~ReviewChangesDialog() override;

    void showCreate(const pai::ModelDraft &draft);
    void showUpdate(const QString &modelId, const QString &modelName,
                    const pai::ModelChange &change);

    int diffRowCount() const;
    QStringList diffRow(int row) const; // field, change, before, after
    QString requestsText() const;

    static QString requestsFor(const QString &modelId, const pai::ModelChange &change);
    static QString requestsForCreate(const pai::ModelDraft &draft);

private:
    std::unique_ptr<Ui::ReviewChangesDialog> ui;
};

} // namespace gui
