#pragma once

#include "pai/model.h"
#include "pai/wirejson.h"

#include <QByteArray>
#include <QJsonValue>

namespace pai::WireJson {

// JSON text written directly, without building a QJsonDocument: byte for byte what
// QJsonDocument::toJson(QJsonDocument::Indented) writes for the same value nested `indent`
// spaces deep (continuation lines start with that many spaces, the first line does not), with no
// final newline. Strings and numbers Qt might spell in more than one way are handed to Qt's own
// writer, so the output never differs; the tests compare it with Qt's on random documents.

void appendIndentedJson(QByteArray &out, const QJsonValue &value, int indent);

// One model as modelToJson(model, shape) would be written at that depth. For `paidesk-cli models`
// with --output json, which prints 100,000 models without holding them.
void appendIndentedModelJson(QByteArray &out, const Model &model, ModelShape shape, int indent);

} // namespace pai::WireJson
