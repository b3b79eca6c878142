#pragma once

#include "changes/bulkedit.h"

#include <QDialog>
#include <QStringList>

#include <memory>

namespace Ui {
class BulkEditDialog;
}

namespace gui {

// The form of a bulk edit: which models (the selected rows, or every model the listing shows
// with the quick filter applied) and the actions (labels to add and keys to remove, extra
// information keys to set to JSON values and keys to remove, the accessibility, or delete).
// A problem names the field and the rule; conflicting actions block Review with the reason.
class BulkEditDialog : public QDialog
{
    Q_OBJECT

public:
    explicit BulkEditDialog(QWidget *parent = nullptr);
    ~BulkEditDialog() override;

    // The IDs of the selected rows and of every row shown; with no selection, every row shown.
    void setModels(const QStringList &selectedIds, const QStringList &shownIds);
    void setDeleteChecked(bool remove);
    QStringList chosenModelIds() const;
    bool everyShownChosen() const;
    void chooseEveryShown(bool every);

    // For tests and for filling in from code.
    void addLabelRow(const QString &key, const QString &value);
    void addExtraInfoRow(const QString &key, const QString &jsonValue);
    void setRemoveLabelKeys(const QString &commaSeparated);
    void setRemoveExtraInfoKeys(const QString &commaSeparated);
    // "", "PRIVATE" or "PUBLIC".
    void setAccessibility(const QString &accessibility);

    // The edit as the form stands; problem() is empty when it is valid.
    changes::BulkEdit edit() const;
    QString problem() const;
    bool canReview() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void validate();
    void retranslate();
    QString findProblem(changes::BulkEdit *edit) const;

    std::unique_ptr<Ui::BulkEditDialog> ui;
    QStringList m_selectedIds;
    QStringList m_shownIds;
};

} // namespace gui
