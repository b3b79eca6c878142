// The Chinese translation is complete and current: a fresh lupdate over src/ and ui/ (into a copy,
// so the committed file is never touched) leaves nothing unfinished, the committed file carries no
// obsolete entries, and paidesk-cli speaks Chinese when LANG asks for it.
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QString TsRelativePath = u"translations/paidesk_zh_CN.ts"_s;

QString sourcePath(const QString &relative)
{
    return QStringLiteral(PAIDESK_SOURCE_DIR) + u'/' + relative;
}

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    QString type; // the <translation> type: "", "unfinished", "obsolete", "vanished"
    QString translation;

    QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
    QString describe() const
    {
        return comment.isEmpty() ? u"%1: \"%2\""_s.arg(context, source)
                                 : u"%1: \"%2\" (%3)"_s.arg(context, source, comment);
    }
};

// Every message of a .ts file, or an error.
QList<TsMessage> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"name"_s) { // the context's name, before its messages
                context = xml.readElementText();
            } else if (name == u"message"_s) {
                message = TsMessage{};
                message.context = context;
            } else if (name == u"source"_s) {
                message.source = xml.readElementText();
            } else if (name == u"comment"_s) {
                message.comment = xml.readElementText();
            } else if (name == u"translation"_s) {
                message.type = xml.attributes().value(u"type"_s).toString();
                // Plural forms are child elements; their text is enough to tell empty from not.
                message.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            }
        } else if (xml.isEndElement() && xml.name() == u"message"_s) {
            messages.append(message);
        }
    }
    if (xml.hasError())
        *error = u"%1 line %2: %3"_s.arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

QString firstTwenty(const QStringList &items)
{
    QString text = items.mid(0, 20).join(u'\n');
    if (items.size() > 20)
        text += u"\n... and %1 more"_s.arg(items.size() - 20);
    return text;
}

bool hasChinese(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; });
}

QProcessEnvironment environmentForLanguage(const QString &lang)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Exactly what a user's shell would have: only LANG decides.
    for (const QString &name : {u"LANGUAGE"_s, u"LC_ALL"_s, u"LC_MESSAGES"_s})
        environment.remove(name);
    environment.insert(u"LANG"_s, lang);
    return environment;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void lupdateUnderstandsEveryCall();
    void lupdateLeavesNothingUnfinished();
    void committedFileHasNoObsoleteEntries();
    void cliHelpFollowsLang_data();
    void cliHelpFollowsLang();

private:
    // The committed translation of a source text, or an empty string when there is none yet.
    QString committedTranslation(const QString &context, const QString &source) const;

    QTemporaryDir m_dir;
    QList<TsMessage> m_committed;
    QList<TsMessage> m_refreshed;
    QString m_lupdateOutput;
};

void TestTranslations::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_committed = readTs(sourcePath(TsRelativePath), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // lupdate rewrites the file it is given, so it gets a copy.
    const QString copy = m_dir.filePath(u"paidesk_zh_CN.ts"_s);
    QVERIFY(QFile::copy(sourcePath(TsRelativePath), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    // The options of the update_translations target (translations/CMakeLists.txt).
    lupdate.start(QStringLiteral(PAIDESK_LUPDATE_PATH),
                  {u"-no-obsolete"_s, u"-locations"_s, u"relative"_s, u"-I"_s, sourcePath(u"src"_s),
                   sourcePath(u"src"_s), sourcePath(u"ui"_s), u"-ts"_s, copy});
    QVERIFY2(lupdate.waitForStarted(10000), qPrintable(lupdate.errorString()));
    QVERIFY(lupdate.waitForFinished(300000));
    m_lupdateOutput = QString::fromUtf8(lupdate.readAll());
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             qPrintable(m_lupdateOutput));
    m_refreshed = readTs(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(!m_refreshed.isEmpty(), qPrintable(m_lupdateOutput));
}

void TestTranslations::lupdateUnderstandsEveryCall()
{
    // "file:line: message" is lupdate complaining about a call it could not read, such as tr()
    // through a helper without a context: those strings never reach a translator. A class that
    // uses tr() through Q_DECLARE_TR_FUNCTIONS instead of Q_OBJECT is fine.
    static const QRegularExpression diagnostic(u"^.+:\\d+: "_s);
    QStringList problems;
    for (const QString &line : m_lupdateOutput.split(u'\n')) {
        if (diagnostic.match(line).hasMatch() && !line.endsWith(u"lacks Q_OBJECT macro"_s))
            problems.append(line.trimmed());
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(u"lupdate cannot extract these strings:\n"_s + firstTwenty(problems)));
}

void TestTranslations::lupdateLeavesNothingUnfinished()
{
    QStringList unfinished;
    for (const TsMessage &message : std::as_const(m_refreshed)) {
        if (message.type == u"unfinished"_s || message.translation.isEmpty())
            unfinished.append(message.describe());
    }
    QVERIFY2(unfinished.isEmpty(),
             qPrintable(u"%1 of %2 zh_CN strings are not translated. Run the update_translations "
                        "target and translate them in %3:\n%4"_s.arg(
                            QString::number(unfinished.size()), QString::number(m_refreshed.size()),
                            TsRelativePath, firstTwenty(unfinished))));
}

void TestTranslations::committedFileHasNoObsoleteEntries()
{
    QSet<QString> current;
    for (const TsMessage &message : std::as_const(m_refreshed))
        current.insert(message.key());
    QStringList obsolete;
    for (const TsMessage &message : std::as_const(m_committed)) {
        // Marked by an earlier lupdate, or no longer in the sources (a fresh lupdate drops it).
        if (message.type == u"obsolete"_s || message.type == u"vanished"_s ||
            !current.contains(message.key())) {
            obsolete.append(message.describe());
        }
    }
    QVERIFY2(
        obsolete.isEmpty(),
        qPrintable(u"%1 has %2 obsolete entries; run the update_translations target:\n%3"_s.arg(
            TsRelativePath, QString::number(obsolete.size()), firstTwenty(obsolete))));
}

QString TestTranslations::committedTranslation(const QString &context, const QString &source) const
{
    for (const TsMessage &message : m_committed) {
        if (message.context == context && message.source == source &&
            message.type != u"unfinished"_s)
            return message.translation;
    }
    return {};
}

void TestTranslations::cliHelpFollowsLang_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");

    for (const QString &lang : {u"zh_CN.UTF-8"_s, u"en_US.UTF-8"_s}) {
        QTest::newRow(qPrintable(lang + u" --help"_s))
            << lang << QStringList{u"--help"_s} << u"cli::CliApplication"_s
            << u"Show this help and exit."_s;
        QTest::newRow(qPrintable(lang + u" --help, command list"_s))
            << lang << QStringList{u"--help"_s} << u"cli::CliApplication"_s << u"Commands:"_s;
        QTest::newRow(qPrintable(lang + u" models --help"_s))
            << lang << QStringList{u"models"_s, u"--help"_s} << u"cli::ModelsCommand"_s
            << u"Lists every model that matches the filters."_s;
    }
}

void TestTranslations::cliHelpFollowsLang()
{
    QFETCH(QString, lang);
    QFETCH(QStringList, arguments);
    QFETCH(QString, context);
    QFETCH(QString, source);

    const bool chinese = lang.startsWith(u"zh"_s);
    const QString expected = chinese ? committedTranslation(context, source) : source;
    QVERIFY2(!expected.isEmpty(),
             qPrintable(u"%1 has no zh_CN translation yet for %2: \"%3\""_s.arg(TsRelativePath,
                                                                                context, source)));

    QProcess cli;
    cli.setProcessEnvironment(environmentForLanguage(lang));
    cli.start(QStringLiteral(PAIDESK_CLI_PATH), arguments);
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 0);
    const QString help = QString::fromUtf8(cli.readAllStandardOutput());
    QVERIFY2(help.contains(expected), qPrintable(u"expected \"%1\" in:\n%2"_s.arg(expected, help)));
    QCOMPARE(hasChinese(help), chinese);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
