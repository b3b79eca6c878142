#include "terraform/statereader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

using namespace Qt::StringLiterals;

namespace terraform {

QString StateInstance::text(const QString &attribute) const
{
    const QJsonValue value = attributes.value(attribute);
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    return {};
}

namespace {

bool isPaiType(const QString &type)
{
    return type == QLatin1StringView(PaiModelType) ||
           type == QLatin1StringView(LegacyPaiModelType) ||
           type == QLatin1StringView(PaiModelVersionType);
}

// A reading in progress: the file's name for messages, and the first error met. Every check
// names the JSON path of the value it looked at, so a person can find it in the file.
class Reading
{
public:
    explicit Reading(QString fileName)
        : m_fileName(std::move(fileName))
    {}

    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    const QString &fileName() const { return m_fileName; }

    void fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = StateReader::tr("%1: %2").arg(m_fileName, message);
    }
    void failAt(const QString &path, const QString &problem)
    {
        fail(StateReader::tr("%1: %2").arg(path, problem));
    }

    // A required member of one JSON type; fails (naming the path) when it is absent or mistyped.
    std::optional<QJsonValue> required(const QJsonObject &object, const QString &path,
                                       const QString &key, QJsonValue::Type type)
    {
        const QString at = join(path, key);
        if (!object.contains(key)) {
            failAt(at, StateReader::tr("missing"));
            return std::nullopt;
        }
        return typed(object.value(key), at, type);
    }

    // An optional member: nothing when absent or null, a failure when of another type.
    std::optional<QJsonValue> optional(const QJsonObject &object, const QString &path,
                                       const QString &key, QJsonValue::Type type)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        return typed(value, join(path, key), type);
    }

    std::optional<QJsonValue> typed(const QJsonValue &value, const QString &at,
                                    QJsonValue::Type type)
    {
        if (value.type() == type)
            return value;
        failAt(at, StateReader::tr("expected %1").arg(typeName(type)));
        return std::nullopt;
    }

    static QString join(const QString &path, const QString &key)
    {
        return path.isEmpty() ? key : path + u'.' + key;
    }
    static QString item(const QString &path, qsizetype index)
    {
        return path + u'[' + QString::number(index) + u']';
    }

private:
    static QString typeName(QJsonValue::Type type)
    {
        switch (type) {
        case QJsonValue::String:
            return StateReader::tr("a string");
        case QJsonValue::Double:
            return StateReader::tr("a number");
        case QJsonValue::Bool:
            return StateReader::tr("true or false");
        case QJsonValue::Array:
            return StateReader::tr("an array");
        case QJsonValue::Object:
            return StateReader::tr("an object");
        case QJsonValue::Null:
        case QJsonValue::Undefined:
            break;
        }
        return StateReader::tr("a value");
    }

    QString m_fileName;
    QString m_error;
};

// An instance key must be a whole number (count) or a string (for_each).
bool validIndexKey(const QJsonValue &key)
{
    if (key.isString())
        return true;
    if (!key.isDouble())
        return false;
    const double number = key.toDouble();
    return number >= 0 && number <= 9.0e15 && number == double(qint64(number));
}

// Legacy `attributes_flat` (states upgraded from v3 and never written again): "labels.#",
// "labels.0.key", "extra_info.%", "extra_info.k". Only the shapes the PAI types use are rebuilt:
// plain strings, one list of blocks and maps of strings.
QJsonObject unflatten(const QJsonObject &flat)
{
    QJsonObject attributes;
    QMap<QString, QMap<int, QJsonObject>> lists;
    QMap<QString, QJsonObject> maps;
    QSet<QString> listNames;
    QSet<QString> mapNames;
    for (auto it = flat.constBegin(); it != flat.constEnd(); ++it) {
        if (it.key().endsWith(u".#"_s))
            listNames.insert(it.key().chopped(2));
        else if (it.key().endsWith(u".%"_s))
            mapNames.insert(it.key().chopped(2));
    }
    for (auto it = flat.constBegin(); it != flat.constEnd(); ++it) {
        const QString key = it.key();
        const QString value = it.value().toString();
        const qsizetype dot = key.indexOf(u'.');
        if (dot < 0) {
            attributes.insert(key, value);
            continue;
        }
        const QString head = key.left(dot);
        const QString rest = key.mid(dot + 1);
        if (rest == u"#"_s || rest == u"%"_s)
            continue;
        if (mapNames.contains(head)) {
            maps[head].insert(rest, value);
        } else if (listNames.contains(head)) {
            const qsizetype second = rest.indexOf(u'.');
            bool isNumber = false;
            const int index = rest.left(second).toInt(&isNumber);
            if (second > 0 && isNumber && index >= 0)
                lists[head][index].insert(rest.mid(second + 1), value);
        }
    }
    for (const QString &name : std::as_const(listNames)) {
        QJsonArray array;
        for (const QJsonObject &element : lists.value(name))
            array.append(element);
        attributes.insert(name, array);
    }
    for (const QString &name : std::as_const(mapNames))
        attributes.insert(name, maps.value(name));
    return attributes;
}

// Fills the IDs of an instance from its attributes; fails when the remote ID is not there.
bool identify(StateInstance &instance, Reading &reading, const QString &attributesPath)
{
    const QJsonValue id = instance.attributes.value(u"id"_s);
    if (!id.isString() || id.toString().isEmpty()) {
        reading.failAt(Reading::join(attributesPath, u"id"_s),
                       id.isUndefined() ? StateReader::tr("missing")
                                        : StateReader::tr("expected a non-empty string"));
        return false;
    }
    instance.id = id.toString();
    if (instance.kind == StateInstance::Kind::Model) {
        instance.modelId = instance.id;
        return true;
    }
    // The provider stores "<ModelId>:<VersionName>"; Read splits it at the first ':'.
    const qsizetype colon = instance.id.indexOf(u':');
    if (colon > 0) {
        instance.modelId = instance.id.left(colon);
        instance.versionName = instance.id.mid(colon + 1);
    }
    if (instance.modelId.isEmpty())
        instance.modelId = instance.text(u"model_id"_s);
    if (instance.versionName.isEmpty())
        instance.versionName = instance.text(u"version_name"_s);
    if (instance.modelId.isEmpty() || instance.versionName.isEmpty()) {
        reading.failAt(Reading::join(attributesPath, u"id"_s),
                       StateReader::tr("expected \"<model ID>:<version name>\""));
        return false;
    }
    return true;
}

StateInstance::Kind kindOf(const QString &type)
{
    return type == QLatin1StringView(PaiModelVersionType) ? StateInstance::Kind::Version
                                                          : StateInstance::Kind::Model;
}

// ---- raw state v4 ------------------------------------------------------------------------

void readV4Instance(const QJsonObject &object, const QString &path, const QString &baseAddress,
                    const QString &type, Reading &reading, QList<StateInstance> &out)
{
    // A deposed object waits for its destroy; the current object at the address is the one
    // Terraform manages.
    const auto deposed = reading.optional(object, path, u"deposed"_s, QJsonValue::String);
    if (reading.failed() || deposed)
        return;
    StateInstance instance;
    instance.sourceFile = reading.fileName();
    instance.type = type;
    instance.kind = kindOf(type);
    instance.address = baseAddress;
    const QJsonValue indexKey = object.value(u"index_key"_s);
    if (!indexKey.isUndefined() && !indexKey.isNull()) {
        if (!validIndexKey(indexKey)) {
            reading.failAt(Reading::join(path, u"index_key"_s),
                           StateReader::tr("expected a whole number or a string"));
            return;
        }
        instance.address += StateReader::indexSuffix(indexKey);
    }
    const auto status = reading.optional(object, path, u"status"_s, QJsonValue::String);
    if (reading.failed())
        return;
    instance.tainted = status && status->toString() == u"tainted"_s;

    if (object.contains(u"attributes"_s)) {
        const auto attributes = reading.required(object, path, u"attributes"_s, QJsonValue::Object);
        if (!attributes)
            return;
        instance.attributes = attributes->toObject();
    } else if (object.contains(u"attributes_flat"_s)) {
        const auto flat = reading.required(object, path, u"attributes_flat"_s, QJsonValue::Object);
        if (!flat)
            return;
        const QJsonObject flatObject = flat->toObject();
        for (auto it = flatObject.constBegin(); it != flatObject.constEnd(); ++it) {
            if (!reading.typed(it.value(),
                               Reading::join(Reading::join(path, u"attributes_flat"_s), it.key()),
                               QJsonValue::String)) {
                return;
            }
        }
        instance.attributes = unflatten(flatObject);
    } else {
        reading.failAt(Reading::join(path, u"attributes"_s), StateReader::tr("missing"));
        return;
    }
    const QString attributesPath = Reading::join(
        path, object.contains(u"attributes"_s) ? u"attributes"_s : u"attributes_flat"_s);
    if (!identify(instance, reading, attributesPath))
        return;
    out.append(instance);
}

void readV4Resources(const QJsonObject &root, Reading &reading, QList<StateInstance> &out)
{
    // A state that never had a resource may leave the key out; anything else must be a list.
    if (!root.contains(u"resources"_s))
        return;
    const auto resources = reading.required(root, {}, u"resources"_s, QJsonValue::Array);
    if (!resources)
        return;
    const QJsonArray array = resources->toArray();
    for (qsizetype r = 0; r < array.size() && !reading.failed(); ++r) {
        const QString path = Reading::item(u"resources"_s, r);
        const auto entry = reading.typed(array.at(r), path, QJsonValue::Object);
        if (!entry)
            return;
        const QJsonObject resource = entry->toObject();
        const auto mode = reading.required(resource, path, u"mode"_s, QJsonValue::String);
        const auto type =
            mode ? reading.required(resource, path, u"type"_s, QJsonValue::String) : std::nullopt;
        const auto name =
            type ? reading.required(resource, path, u"name"_s, QJsonValue::String) : std::nullopt;
        const auto module =
            name ? reading.optional(resource, path, u"module"_s, QJsonValue::String) : std::nullopt;
        if (reading.failed())
            return;
        if (mode->toString() != u"managed"_s || !isPaiType(type->toString()))
            continue;
        // An entry without instances is written by Terraform 0.12; it tracks nothing.
        const auto instances = reading.optional(resource, path, u"instances"_s, QJsonValue::Array);
        if (reading.failed())
            return;
        if (!instances)
            continue;
        QString address = type->toString() + u'.' + name->toString();
        if (module && !module->toString().isEmpty())
            address = module->toString() + u'.' + address;
        const QJsonArray list = instances->toArray();
        for (qsizetype i = 0; i < list.size() && !reading.failed(); ++i) {
            const QString at = Reading::item(Reading::join(path, u"instances"_s), i);
            const auto instance = reading.typed(list.at(i), at, QJsonValue::Object);
            if (!instance)
                return;
            readV4Instance(instance->toObject(), at, address, type->toString(), reading, out);
        }
    }
}

// ---- terraform show -json ------------------------------------------------------------------

void readShowModule(const QJsonObject &module, const QString &path, const QString &moduleAddress,
                    int depth, Reading &reading, QList<StateInstance> &out)
{
    // Terraform refuses module nesting this deep long before; the bound keeps the stack small.
    if (depth > 100) {
        reading.failAt(path, StateReader::tr("modules nested too deeply"));
        return;
    }
    const auto resources = reading.optional(module, path, u"resources"_s, QJsonValue::Array);
    if (reading.failed())
        return;
    const QJsonArray array = resources ? resources->toArray() : QJsonArray();
    for (qsizetype r = 0; r < array.size() && !reading.failed(); ++r) {
        const QString at = Reading::item(Reading::join(path, u"resources"_s), r);
        const auto entry = reading.typed(array.at(r), at, QJsonValue::Object);
        if (!entry)
            return;
        const QJsonObject resource = entry->toObject();
        const auto mode = reading.required(resource, at, u"mode"_s, QJsonValue::String);
        const auto type =
            mode ? reading.required(resource, at, u"type"_s, QJsonValue::String) : std::nullopt;
        if (reading.failed())
            return;
        if (mode->toString() != u"managed"_s || !isPaiType(type->toString()))
            continue;
        const auto name = reading.required(resource, at, u"name"_s, QJsonValue::String);
        const auto address =
            name ? reading.required(resource, at, u"address"_s, QJsonValue::String) : std::nullopt;
        const auto deposed =
            address ? reading.optional(resource, at, u"deposed_key"_s, QJsonValue::String)
                    : std::nullopt;
        const auto tainted = reading.optional(resource, at, u"tainted"_s, QJsonValue::Bool);
        if (reading.failed())
            return;
        if (deposed && !deposed->toString().isEmpty())
            continue;
        const QJsonValue index = resource.value(u"index"_s);
        if (!index.isUndefined() && !index.isNull() && !validIndexKey(index)) {
            reading.failAt(Reading::join(at, u"index"_s),
                           StateReader::tr("expected a whole number or a string"));
            return;
        }
        // The address is what a person searches for in the configuration: it must say the same
        // as the module, type, name and index it stands for.
        QString expected = type->toString() + u'.' + name->toString();
        if (!moduleAddress.isEmpty())
            expected = moduleAddress + u'.' + expected;
        if (!index.isUndefined() && !index.isNull())
            expected += StateReader::indexSuffix(index);
        if (address->toString() != expected) {
            reading.failAt(Reading::join(at, u"address"_s),
                           StateReader::tr("expected %1, as the module, type, name and index say")
                               .arg(expected));
            return;
        }
        const auto values = reading.required(resource, at, u"values"_s, QJsonValue::Object);
        if (!values)
            return;
        StateInstance instance;
        instance.sourceFile = reading.fileName();
        instance.type = type->toString();
        instance.kind = kindOf(instance.type);
        instance.address = address->toString();
        instance.tainted = tainted && tainted->toBool();
        instance.attributes = values->toObject();
        if (!identify(instance, reading, Reading::join(at, u"values"_s)))
            return;
        out.append(instance);
    }
    const auto children = reading.optional(module, path, u"child_modules"_s, QJsonValue::Array);
    if (reading.failed() || !children)
        return;
    const QJsonArray list = children->toArray();
    for (qsizetype c = 0; c < list.size() && !reading.failed(); ++c) {
        const QString at = Reading::item(Reading::join(path, u"child_modules"_s), c);
        const auto child = reading.typed(list.at(c), at, QJsonValue::Object);
        const auto childAddress =
            child ? reading.required(child->toObject(), at, u"address"_s, QJsonValue::String)
                  : std::nullopt;
        if (!childAddress)
            return;
        readShowModule(child->toObject(), at, childAddress->toString(), depth + 1, reading, out);
    }
}

// `terraform show -json`: {format_version, terraform_version, values: {root_module}}; a plan's
// JSON carries the same shape under prior_state.
void readShowJson(const QJsonObject &root, const QString &path, Reading &reading, StateFile &state)
{
    const auto format = reading.required(root, path, u"format_version"_s, QJsonValue::String);
    if (!format)
        return;
    const QString version = format->toString();
    if (!version.startsWith(u"1."_s) && version != u"1"_s) {
        reading.fail(StateReader::tr("the JSON output format %1 is not supported (1.x is); it was "
                                     "written by a newer Terraform")
                         .arg(version));
        return;
    }
    state.format = StateFile::Format::ShowJson;
    if (const auto tf = reading.optional(root, path, u"terraform_version"_s, QJsonValue::String))
        state.terraformVersion = tf->toString();
    if (root.contains(u"prior_state"_s) && path.isEmpty()) {
        const auto prior = reading.required(root, path, u"prior_state"_s, QJsonValue::Object);
        if (prior)
            readShowJson(prior->toObject(), u"prior_state"_s, reading, state);
        return;
    }
    // A state with nothing in it is shown without "values".
    const auto values = reading.optional(root, path, u"values"_s, QJsonValue::Object);
    if (reading.failed() || !values)
        return;
    const QString valuesPath = Reading::join(path, u"values"_s);
    const auto rootModule =
        reading.optional(values->toObject(), valuesPath, u"root_module"_s, QJsonValue::Object);
    if (reading.failed() || !rootModule)
        return;
    readShowModule(rootModule->toObject(), Reading::join(valuesPath, u"root_module"_s), {}, 0,
                   reading, state.instances);
}

} // namespace

QString StateReader::indexSuffix(const QJsonValue &indexKey)
{
    if (indexKey.isDouble())
        return u'[' + QString::number(indexKey.toInteger()) + u']';
    QString escaped;
    const QString key = indexKey.toString();
    escaped.reserve(key.size() + 2);
    for (const QChar c : key) {
        switch (c.unicode()) {
        case '"':
            escaped += u"\\\""_s;
            break;
        case '\\':
            escaped += u"\\\\"_s;
            break;
        case '\n':
            escaped += u"\\n"_s;
            break;
        case '\r':
            escaped += u"\\r"_s;
            break;
        case '\t':
            escaped += u"\\t"_s;
            break;
        default:
            if (c.unicode() < 0x20)
                escaped += u"\\u"_s + QString::number(c.unicode(), 16).rightJustified(4, u'0');
            else
                escaped += c;
        }
    }
    return u"[\""_s + escaped + u"\"]"_s;
}

StateReadResult StateReader::read(const QByteArray &bytes, const QString &fileName)
{
    Reading reading(fileName);
    StateReadResult result;
    QByteArray text = bytes;
    // PowerShell's redirection writes a byte order mark; Terraform itself never does.
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = tr("%1: not a Terraform state: the JSON is broken at byte %2 (%3)")
                           .arg(fileName)
                           .arg(parseError.offset)
                           .arg(parseError.errorString());
        return result;
    }
    if (!document.isObject()) {
        result.error = tr("%1: not a Terraform state: expected a JSON object").arg(fileName);
        return result;
    }
    const QJsonObject root = document.object();
    if (root.contains(u"encryption_version"_s) || root.contains(u"encrypted_data"_s)) {
        result.error = tr("%1: the state is encrypted (OpenTofu state encryption) and cannot be "
                          "read; decrypt it first, for example with `tofu state pull` in a "
                          "configured directory")
                           .arg(fileName);
        return result;
    }

    StateFile state;
    state.path = fileName;
    if (root.contains(u"format_version"_s) && !root.contains(u"version"_s)) {
        readShowJson(root, {}, reading, state);
        if (reading.failed()) {
            result.error = reading.error();
            return result;
        }
        result.state = state;
        return result;
    }

    const auto version = reading.required(root, {}, u"version"_s, QJsonValue::Double);
    if (!version) {
        result.error = tr("%1: not a Terraform state: no \"version\" number (a state has one; "
                          "`terraform show -json` output has \"format_version\")")
                           .arg(fileName);
        return result;
    }
    const double number = version->toDouble();
    if (number != 4) {
        if (number >= 1 && number <= 3 && number == double(int(number))) {
            result.error = tr("%1: state version %2 is a legacy format; upgrade it by running "
                              "`terraform state pull` with a current Terraform")
                               .arg(fileName)
                               .arg(int(number));
        } else if (number > 4) {
            result.error = tr("%1: state version %2 is newer than this tool reads (version 4)")
                               .arg(fileName, QString::number(number));
        } else {
            result.error = tr("%1: version: %2 is not a state version (version 4 is read)")
                               .arg(fileName, QString::number(number));
        }
        return result;
    }
    state.format = StateFile::Format::V4;
    if (const auto tf = reading.optional(root, {}, u"terraform_version"_s, QJsonValue::String))
        state.terraformVersion = tf->toString();
    if (const auto serial = reading.optional(root, {}, u"serial"_s, QJsonValue::Double))
        state.serial = serial->toInteger(-1);
    if (const auto lineage = reading.optional(root, {}, u"lineage"_s, QJsonValue::String))
        state.lineage = lineage->toString();
    if (!reading.failed())
        readV4Resources(root, reading, state.instances);
    if (reading.failed()) {
        result.error = reading.error();
        return result;
    }
    result.state = state;
    return result;
}

StateReadResult StateReader::readFile(const QString &path)
{
    QFile file(path);
    StateReadResult result;
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("%1: cannot read the file: %2").arg(path, file.errorString());
        return result;
    }
    if (file.size() > MaxFileBytes) {
        result.error = tr("%1: the file is larger than %2 MiB; not a state this tool reads")
                           .arg(path)
                           .arg(MaxFileBytes / (1024 * 1024));
        return result;
    }
    return read(file.readAll(), path);
}

} // namespace terraform
