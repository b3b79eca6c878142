#include "cli/labelflags.h"

#include "pai/fieldrules.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cli {

namespace {

// KEY=VALUE for each value of `flag`; Labels[i] counts from 1 in the message, as a person does.
bool parsePairs(const QCommandLineParser &parser, const QString &flag, pai::LabelList &labels,
                QString &error)
{
    const QStringList values = parser.values(flag);
    for (qsizetype i = 0; i < values.size(); ++i) {
        const qsizetype equals = values.at(i).indexOf(u'=');
        if (equals < 0) {
            error = LabelFlags::flagError(
                flag,
                LabelFlags::tr("Labels[%1]: \"%2\" is not KEY=VALUE").arg(i + 1).arg(values.at(i)));
            return false;
        }
        labels.append({values.at(i).left(equals), values.at(i).mid(equals + 1)});
    }
    const QList<pai::FieldError> errors = pai::FieldRules::checkLabels(labels);
    if (!errors.isEmpty()) {
        error = LabelFlags::flagError(flag, errors.first().message);
        return false;
    }
    return true;
}

} // namespace

QString LabelFlags::flagError(const QString &flag, const QString &message)
{
    return u"--%1: %2"_s.arg(flag, message);
}

QCommandLineOption LabelFlags::labelOption(const QString &help)
{
    return QCommandLineOption(u"label"_s, help, tr("KEY=VALUE"));
}

void LabelFlags::addEditOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {u"add-label"_s,
         tr("Set one label, keeping the others (a key that exists gets the new value); repeat "
            "for more."),
         tr("KEY=VALUE")},
        {u"remove-label"_s, tr("Remove the label with this key; repeat for more."), tr("KEY")},
    });
}

bool LabelFlags::readEdits(const QCommandLineParser &parser, Edits &edits, QString &error)
{
    if (!parsePairs(parser, u"add-label"_s, edits.addLabels, error))
        return false;
    for (const QString &key : parser.values(u"remove-label"_s)) {
        if (key.trimmed().isEmpty()) {
            error = flagError(u"remove-label"_s, tr("a label key cannot be empty"));
            return false;
        }
        if (std::any_of(edits.addLabels.cbegin(), edits.addLabels.cend(),
                        [&](const pai::Label &label) { return label.key == key; })) {
            error =
                flagError(u"remove-label"_s, tr("\"%1\" is also given to --add-label").arg(key));
            return false;
        }
        edits.removeLabelKeys.append(key);
    }
    return true;
}

bool LabelFlags::read(const QCommandLineParser &parser, bool withEdits, Edits &edits,
                      QString &error)
{
    if (withEdits && !readEdits(parser, edits, error))
        return false;
    if (parser.isSet(u"label"_s)) {
        if (!parsePairs(parser, u"label"_s, edits.labels, error))
            return false;
        edits.labelsGiven = true;
    }
    return true;
}

pai::LabelList LabelFlags::Edits::applyTo(const pai::LabelList &current) const
{
    pai::LabelList wanted = labelsGiven ? labels : current;
    wanted.removeIf([&](const pai::Label &label) { return removeLabelKeys.contains(label.key); });
    for (const pai::Label &label : addLabels) {
        auto existing = std::find_if(wanted.begin(), wanted.end(),
                                     [&](const pai::Label &l) { return l.key == label.key; });
        if (existing != wanted.end())
            existing->value = label.value;
        else
            wanted.append(label);
    }
    return wanted;
}

} // namespace cli
