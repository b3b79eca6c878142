#include "credentials/aliyunconfigimporter.h"

#include "credentials/aliyunprofilemapping.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace credentials {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("credentials::AliyunConfigImporter", text);
}

// Line and column (both from 1) of a byte offset, for parse error messages.
std::pair<int, int> lineAndColumn(const QByteArray &text, qsizetype offset)
{
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < offset && i < text.size(); ++i) {
        if (text.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}
} // namespace

QString AliyunConfigImporter::defaultPath()
{
    return QDir::homePath() + u"/.aliyun/config.json"_s;
}

ImportReport AliyunConfigImporter::read(const QString &path)
{
    return ImportReport::fromFile(path, &AliyunConfigImporter::parse);
}

ImportReport AliyunConfigImporter::parse(const QByteArray &json, const QString &source)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(json, parseError.offset);
        return ImportReport::failed(source,
                                    tr("%1, line %2, column %3: not valid JSON (%4).")
                                        .arg(source, QString::number(line), QString::number(column),
                                             parseError.errorString()));
    }
    if (!document.isObject())
        return ImportReport::failed(source,
                                    tr("%1: the top level must be a JSON object.").arg(source));
    const QJsonValue profilesValue = document.object().value(u"profiles"_s);
    if (!profilesValue.isArray())
        return ImportReport::failed(
            source, tr("%1: key \"profiles\" is missing or not a list.").arg(source));

    ImportReport report;
    report.source = source;
    QSet<QString> seen;
    const QJsonArray profiles = profilesValue.toArray();
    for (qsizetype i = 0; i < profiles.size(); ++i) {
        if (!profiles.at(i).isObject())
            return ImportReport::failed(
                source,
                tr("%1: profiles[%2] is not a JSON object.").arg(source, QString::number(i)));
        const QJsonObject p = profiles.at(i).toObject();
        const QString name = p.value(u"name"_s).toString().trimmed();
        if (name.isEmpty())
            return ImportReport::failed(
                source,
                tr("%1: profiles[%2] has no key \"name\".").arg(source, QString::number(i)));
        if (seen.contains(name))
            return ImportReport::failed(
                source, tr("%1: profile \"%2\" appears more than once.").arg(source, name));
        seen.insert(name);

        const AliyunProfileMapping::Mapped mapped =
            AliyunProfileMapping::fromSpec(AliyunProfileSpec::fromJson(p));
        if (mapped.candidate)
            report.candidates.append(*mapped.candidate);
        else
            report.skipped.append({name, mapped.mode, mapped.skipReason});
    }
    // The profile the aliyun CLI uses now comes first: it is the one most people want.
    const QString current = document.object().value(u"current"_s).toString();
    std::stable_partition(
        report.candidates.begin(), report.candidates.end(),
        [&current](const ImportCandidate &c) { return c.profile.name == current; });
    return report;
}

} // namespace credentials
