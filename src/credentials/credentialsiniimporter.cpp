#include "credentials/credentialsiniimporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace credentials {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("credentials::CredentialsIniImporter", text);
}

struct Section
{
    QString name;
    int line = 0;
    QHash<QString, QString> values;
};

// "value   ; comment" -> "value". A ';' or '#' starts a comment only after whitespace, so
// secrets that contain those characters survive.
QString stripInlineComment(const QString &value)
{
    static const QRegularExpression comment(u"\\s[;#].*$"_s);
    return QString(value).remove(comment).trimmed();
}

bool isFalse(const QString &value)
{
    const QString v = value.toLower();
    return v == u"false"_s || v == u"0"_s || v == u"no"_s || v == u"off"_s;
}
} // namespace

QString CredentialsIniImporter::defaultPath()
{
    return QDir::homePath() + u"/.alibabacloud/credentials.ini"_s;
}

ImportReport CredentialsIniImporter::read(const QString &path)
{
    return ImportReport::fromFile(path, &CredentialsIniImporter::parse);
}

ImportReport CredentialsIniImporter::parse(const QByteArray &text, const QString &source)
{
    // Parse the whole file before looking at any section, so a broken line anywhere means
    // nothing is imported.
    QList<Section> sections;
    const QStringList lines = QString::fromUtf8(text).split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        const int lineNumber = i + 1;
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(u';') || line.startsWith(u'#'))
            continue;
        if (line.startsWith(u'[')) {
            const qsizetype close = line.indexOf(u']');
            const QString rest = close < 0 ? QString() : stripInlineComment(line.mid(close + 1));
            const QString name = close < 0 ? QString() : line.mid(1, close - 1).trimmed();
            if (close < 0 || name.isEmpty() || !rest.isEmpty())
                return ImportReport::failed(
                    source, tr("%1, line %2: a section header must look like [name].")
                                .arg(source, QString::number(lineNumber)));
            for (const Section &s : std::as_const(sections)) {
                if (s.name == name)
                    return ImportReport::failed(
                        source, tr("%1, line %2: section [%3] already appeared on line %4.")
                                    .arg(source, QString::number(lineNumber), name,
                                         QString::number(s.line)));
            }
            sections.append({name, lineNumber, {}});
            continue;
        }
        const qsizetype equals = line.indexOf(u'=');
        const QString key = equals < 0 ? QString() : line.left(equals).trimmed();
        if (equals < 0 || key.isEmpty())
            return ImportReport::failed(
                source, tr("%1, line %2: expected \"key = value\" or a [section] header.")
                            .arg(source, QString::number(lineNumber)));
        if (sections.isEmpty())
            return ImportReport::failed(source,
                                        tr("%1, line %2: key \"%3\" is outside any section.")
                                            .arg(source, QString::number(lineNumber), key));
        sections.last().values.insert(key, stripInlineComment(line.mid(equals + 1)));
    }

    ImportReport report;
    report.source = source;
    for (const Section &section : std::as_const(sections)) {
        const QString type = section.values.value(u"type"_s);
        if (section.values.contains(u"enable"_s) && isFalse(section.values.value(u"enable"_s))) {
            report.skipped.append(
                {section.name, type, tr("The section is switched off (enable = false).")});
            continue;
        }
        if (type != u"access_key"_s) {
            report.skipped.append(
                {section.name, type,
                 type.isEmpty()
                     ? tr("The section has no type.")
                     : tr("Type %1 is not supported; PaiDesk imports type access_key.").arg(type)});
            continue;
        }
        for (const QString &key : {u"access_key_id"_s, u"access_key_secret"_s}) {
            if (section.values.value(key).isEmpty())
                return ImportReport::failed(
                    source, tr("%1, section [%2] (line %3): key \"%4\" is missing or empty.")
                                .arg(source, section.name, QString::number(section.line), key));
        }
        ImportCandidate candidate;
        candidate.profile.name = section.name;
        candidate.profile.regionId = section.values.value(u"region_id"_s, defaultRegionId());
        if (candidate.profile.regionId.isEmpty())
            candidate.profile.regionId = defaultRegionId();
        candidate.profile.accessKeyId = section.values.value(u"access_key_id"_s);
        candidate.accessKeySecret = section.values.value(u"access_key_secret"_s);
        if (QString error = validateProfile(candidate.profile); !error.isEmpty())
            return ImportReport::failed(
                source, tr("%1, section [%2] (line %3): %4")
                            .arg(source, section.name, QString::number(section.line), error));
        report.candidates.append(candidate);
    }
    return report;
}

} // namespace credentials
