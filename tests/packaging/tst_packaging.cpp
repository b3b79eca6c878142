// The Linux package as users get it: CPack builds the DEB from this build directory, dpkg-deb
// unpacks it into a temporary root, and the installed programs run from there. The desktop entry
// and the AppStream metainfo go through the validators distributions use.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace {

const QString AppId = QStringLiteral(PAIDESK_APP_ID);

struct ToolResult
{
    int exitCode = -1;
    QString output; // stdout and stderr together
};

ToolResult
runTool(const QString &program, const QStringList &arguments, const QString &workingDirectory = {},
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
        int timeoutMs = 600000)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setProcessEnvironment(environment);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(program, arguments);
    ToolResult result;
    if (!process.waitForStarted(10000)) {
        result.output = process.errorString();
        return result;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.output = u"timed out: "_s + QString::fromUtf8(process.readAll());
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.output = QString::fromUtf8(process.readAll());
    return result;
}

QString sourcePath(const QString &relative)
{
    return QStringLiteral(PAIDESK_SOURCE_DIR) + u'/' + relative;
}

QByteArray fileContents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestPackaging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void desktopFilesPassTheirValidators_data();
    void desktopFilesPassTheirValidators();
    void metainfoScreenshotsAreInTheRepository();

    void packageHoldsEveryFile_data();
    void packageHoldsEveryFile();
    void packagedDesktopFilesAreTheSources_data();
    void packagedDesktopFilesAreTheSources();
    void packageDeclaresItsDependencies();
    void installedProgramsPrintTheVersion_data();
    void installedProgramsPrintTheVersion();

private:
    // Builds and unpacks the DEB once, for every test that looks at it.
    bool ensurePackage();

    QString m_dpkgDeb;
    QTemporaryDir m_work;
    QString m_deb;
    QString m_root;
    QString m_packageError;
    bool m_packageTried = false;
};

void TestPackaging::initTestCase()
{
    QVERIFY(m_work.isValid());
    m_dpkgDeb = QStandardPaths::findExecutable(u"dpkg-deb"_s);
    const QStringList needed{u"dpkg-deb"_s, u"dpkg-shlibdeps"_s, u"desktop-file-validate"_s,
                             u"appstreamcli"_s};
    QStringList missing;
    for (const QString &tool : needed) {
        if (QStandardPaths::findExecutable(tool).isEmpty())
            missing.append(tool);
    }
    if (!missing.isEmpty()) {
        QFAIL(qPrintable(u"Missing %1: run scripts/install-deps.sh --test (Debian packages "
                         "dpkg-dev, desktop-file-utils, appstream)."_s.arg(missing.join(u", "_s))));
    }
}

void TestPackaging::desktopFilesPassTheirValidators_data()
{
    QTest::addColumn<QString>("tool");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("file");
    QTest::newRow("desktop entry") << u"desktop-file-validate"_s << QStringList()
                                   << u"resources/desktop/%1.desktop"_s.arg(AppId);
    QTest::newRow("metainfo") << u"appstreamcli"_s
                              << QStringList{u"validate"_s, u"--no-net"_s, u"--no-color"_s}
                              << u"resources/desktop/%1.metainfo.xml"_s.arg(AppId);
}

void TestPackaging::desktopFilesPassTheirValidators()
{
    QFETCH(QString, tool);
    QFETCH(QStringList, arguments);
    QFETCH(QString, file);
    QVERIFY(QFile::exists(sourcePath(file)));
    const ToolResult result =
        runTool(QStandardPaths::findExecutable(tool), arguments + QStringList{sourcePath(file)});
    QVERIFY2(result.exitCode == 0, qPrintable(result.output));
    // Both tools exit 0 on warnings; a warning is still something to fix before shipping.
    for (const QString &line : result.output.split(u'\n')) {
        QVERIFY2(!line.contains(u"error"_s, Qt::CaseInsensitive), qPrintable(result.output));
        QVERIFY2(!line.contains(u"warning"_s, Qt::CaseInsensitive) && !line.startsWith(u"W: "_s),
                 qPrintable(result.output));
    }
}

void TestPackaging::metainfoScreenshotsAreInTheRepository()
{
    // Software centres fetch the screenshots from the repository's main branch, so each URL must
    // name a PNG that is committed (docs/screenshots/take-screenshots.sh retakes them).
    const QString repository = u"https://raw.githubusercontent.com/paidesk/paidesk/main/"_s;
    QFile metainfo(sourcePath(u"resources/desktop/%1.metainfo.xml"_s.arg(AppId)));
    QVERIFY(metainfo.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&metainfo);
    int images = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"image"_s)
            continue;
        const QString width = xml.attributes().value(u"width"_s).toString();
        const QString height = xml.attributes().value(u"height"_s).toString();
        const QString url = xml.readElementText().trimmed();
        QVERIFY2(url.startsWith(repository), qPrintable(url));
        const QByteArray png = fileContents(sourcePath(url.mid(repository.size())));
        QVERIFY2(png.startsWith("\x89PNG\r\n\x1a\n") && png.size() > 24,
                 qPrintable(u"%1 is missing or not a PNG; docs/screenshots/take-screenshots.sh "
                            "takes the screenshots"_s.arg(url.mid(repository.size()))));
        // The IHDR chunk comes first: width and height, big-endian, at bytes 16 and 20. A size
        // the metainfo states must be the real one.
        const auto be32 = [&png](int at) {
            return QString::number(qFromBigEndian<quint32>(png.constData() + at));
        };
        if (!width.isEmpty())
            QCOMPARE(be32(16), width);
        if (!height.isEmpty())
            QCOMPARE(be32(20), height);
        ++images;
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(images > 0);
}

bool TestPackaging::ensurePackage()
{
    if (m_packageTried)
        return m_packageError.isEmpty();
    m_packageTried = true;

    // The package goes to a temporary folder so that the build directory stays as it was.
    const QString output = m_work.filePath(u"package"_s);
    const ToolResult cpack =
        runTool(QStringLiteral(PAIDESK_CPACK_COMMAND),
                {u"-G"_s, u"DEB"_s, u"--config"_s,
                 QStringLiteral(PAIDESK_BUILD_DIR) + u"/CPackConfig.cmake"_s, u"-B"_s, output},
                QStringLiteral(PAIDESK_BUILD_DIR));
    if (cpack.exitCode != 0) {
        m_packageError = u"cpack -G DEB failed:\n"_s + cpack.output;
        return false;
    }
    const QStringList debs = QDir(output).entryList({u"*.deb"_s}, QDir::Files);
    if (debs.size() != 1) {
        m_packageError = u"expected one .deb in %1, found: %2\n%3"_s.arg(output, debs.join(u", "_s),
                                                                         cpack.output);
        return false;
    }
    m_deb = QDir(output).filePath(debs.constFirst());
    m_root = m_work.filePath(u"root"_s);
    const ToolResult unpack = runTool(m_dpkgDeb, {u"-x"_s, m_deb, m_root});
    if (unpack.exitCode != 0) {
        m_packageError = u"dpkg-deb -x failed:\n"_s + unpack.output;
        return false;
    }
    return true;
}

void TestPackaging::packageHoldsEveryFile_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("app") << u"usr/bin/paidesk"_s;
    QTest::newRow("cli") << u"usr/bin/paidesk-cli"_s;
    QTest::newRow("desktop entry") << u"usr/share/applications/%1.desktop"_s.arg(AppId);
    QTest::newRow("metainfo") << u"usr/share/metainfo/%1.metainfo.xml"_s.arg(AppId);
    QTest::newRow("licence") << u"usr/share/doc/paidesk/copyright"_s;
    QTest::newRow("zh_CN translation") << u"usr/share/paidesk/translations/paidesk_zh_CN.qm"_s;
    QTest::newRow("en translation") << u"usr/share/paidesk/translations/paidesk_en.qm"_s;
    // Every icon size the sources have, the SVG included.
    const QString icons = sourcePath(u"resources/desktop/icons"_s);
    QDirIterator it(icons, QDir::Files, QDirIterator::Subdirectories);
    int count = 0;
    while (it.hasNext()) {
        const QString relative = QDir(icons).relativeFilePath(it.next());
        QTest::newRow(qPrintable(u"icon "_s + relative)) << u"usr/share/icons/"_s + relative;
        ++count;
    }
    QVERIFY2(count >= 2, "the sources should hold an SVG icon and PNG sizes");
}

void TestPackaging::packageHoldsEveryFile()
{
    QFETCH(QString, path);
    QVERIFY2(ensurePackage(), qPrintable(m_packageError));
    const QFileInfo file(QDir(m_root).filePath(path));
    QVERIFY2(file.isFile(), qPrintable(path));
    QVERIFY2(file.size() > 0, qPrintable(path));
}

void TestPackaging::packagedDesktopFilesAreTheSources_data()
{
    QTest::addColumn<QString>("installed");
    QTest::addColumn<QString>("source");
    QTest::newRow("desktop entry") << u"usr/share/applications/%1.desktop"_s.arg(AppId)
                                   << u"resources/desktop/%1.desktop"_s.arg(AppId);
    QTest::newRow("metainfo") << u"usr/share/metainfo/%1.metainfo.xml"_s.arg(AppId)
                              << u"resources/desktop/%1.metainfo.xml"_s.arg(AppId);
    QTest::newRow("scalable icon")
        << u"usr/share/icons/hicolor/scalable/apps/%1.svg"_s.arg(AppId)
        << u"resources/desktop/icons/hicolor/scalable/apps/%1.svg"_s.arg(AppId);
}

void TestPackaging::packagedDesktopFilesAreTheSources()
{
    QFETCH(QString, installed);
    QFETCH(QString, source);
    QVERIFY2(ensurePackage(), qPrintable(m_packageError));
    const QByteArray expected = fileContents(sourcePath(source));
    QVERIFY(!expected.isEmpty());
    QCOMPARE(fileContents(QDir(m_root).filePath(installed)), expected);
}

void TestPackaging::packageDeclaresItsDependencies()
{
    QVERIFY2(ensurePackage(), qPrintable(m_packageError));
    const auto field = [this](const QString &name) {
        return runTool(m_dpkgDeb, {u"-f"_s, m_deb, name});
    };
    const ToolResult depends = field(u"Depends"_s);
    QCOMPARE(depends.exitCode, 0);
    // Shared-library dependencies come from dpkg-shlibdeps, the plugins and translations from us.
    QVERIFY2(depends.output.contains(u"libqt6"_s), qPrintable(depends.output));
    QVERIFY2(depends.output.contains(u"qt6-qpa-plugins"_s), qPrintable(depends.output));
    QVERIFY2(depends.output.contains(u"libc6"_s), qPrintable(depends.output));
    // Without a CJK font the Chinese interface is boxes.
    QVERIFY2(depends.output.contains(u"fonts-noto-cjk"_s), qPrintable(depends.output));
    QCOMPARE(field(u"Package"_s).output.trimmed(), u"paidesk"_s);
    QCOMPARE(field(u"Version"_s).output.trimmed(), QStringLiteral(PAIDESK_VERSION));
}

void TestPackaging::installedProgramsPrintTheVersion_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("expectedName");
    QTest::newRow("paidesk-cli") << u"usr/bin/paidesk-cli"_s << u"paidesk-cli"_s;
    QTest::newRow("paidesk") << u"usr/bin/paidesk"_s << u"PaiDesk"_s;
}

void TestPackaging::installedProgramsPrintTheVersion()
{
    QFETCH(QString, program);
    QFETCH(QString, expectedName);
    QVERIFY2(ensurePackage(), qPrintable(m_packageError));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    // Only what the package and the system provide: nothing from the build tree.
    environment.remove(u"LD_LIBRARY_PATH"_s);
    environment.remove(u"QT_PLUGIN_PATH"_s);
    const ToolResult result =
        runTool(QDir(m_root).filePath(program), {u"--version"_s}, m_root, environment, 60000);
    QVERIFY2(result.exitCode == 0, qPrintable(result.output));
    QCOMPARE(result.output.trimmed(), expectedName + u' ' + QStringLiteral(PAIDESK_VERSION));
}

QTEST_GUILESS_MAIN(TestPackaging)
#include "tst_packaging.moc"
