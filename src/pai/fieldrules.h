#pragma once

#include "pai/label.h"
#include "pai/modeldraft.h"

#include <QList>
#include <QString>

#include <optional>

namespace pai {

// One broken field. `field` is the API's name for it ("ModelName", "Labels[2].Key",
// "OrderNumber"), so the GUI can mark the widget and the CLI can name the flag's field.
// Messages name the API path too, indexed from 0 as in the JSON; the editor's tables reword
// them to count rows from 1, as their row headers do (gui::LabelEditModel::forDisplay).
struct FieldError
{
    QString field;
    QString message;  // translated, names the field and the rule

    friend bool operator==(const FieldError &, const FieldError &) = default;
};

// The service's own rules, checked before anything is sent (the AIWorkspace 2021-02-04 API reference).
namespace FieldRules {
inline constexpr int ModelNameMaxLength = 127;
inline constexpr int LabelPartMaxBytes = 128;

std::optional<FieldError> checkModelName(const QString &name);
std::optional<FieldError> checkAccessibility(const QString &accessibility);  // empty is allowed
std::optional<FieldError> checkLabel(const Label &label, int index);
std::optional<FieldError> checkOrderNumber(const QString &text);            // parses as qint64
std::optional<FieldError> checkModelDoc(const QString &url);                 // empty is allowed
// Duplicate keys are an error: the editor flags them and label updates are keyed by Key.
QList<FieldError> checkLabels(const LabelList &labels);
QList<FieldError> checkDraft(const ModelDraft &draft);
} // namespace FieldRules

} // namespace pai
