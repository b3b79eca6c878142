#include "api/apiclient.h"
#include "app/embeddedsandbox.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Deletes a model through the sandbox's HTTP API, signed like any other request.
bool deleteThroughApi(app::EmbeddedSandbox &sandbox, const QString &modelId)
{
    api::ApiClient client(api::Endpoint::fromUrl(sandbox.url()), sandbox.credentials());
    api::ApiCall *call = client.deleteModel(modelId);
    QSignalSpy finished(call, &api::ApiCall::finished);
    return finished.wait(15000) && call->succeeded();
}

} // namespace

class TestEmbeddedSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsWithDemoData();
    void dataFileKeepsChangesAcrossRestarts();
    void unreadableDataFileIsLeftAlone_data();
    void unreadableDataFileIsLeftAlone();
    void unwritableDataFileIsRefused();
};

void TestEmbeddedSandbox::startsWithDemoData()
{
    app::EmbeddedSandbox sandbox;
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    QVERIFY(sandbox.url().isValid());
    QCOMPARE(sandbox.url().host(), u"127.0.0.1"_s);
    QVERIFY(sandbox.store().modelCount() > 0);
    QVERIFY(!sandbox.store().workspaces().isEmpty());
    QVERIFY(sandbox.dataFile().isEmpty());
    QVERIFY(!sandbox.credentials().accessKeySecret.isEmpty());
}

void TestEmbeddedSandbox::dataFileKeepsChangesAcrossRestarts()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"sandbox.json"_s);

    qsizetype demoCount = 0;
    QString deletedId;
    {
        app::EmbeddedSandbox sandbox;
        QVERIFY2(sandbox.start(path), qPrintable(sandbox.errorString()));
        QCOMPARE(sandbox.dataFile(), path);
        demoCount = sandbox.store().modelCount();
        QVERIFY(demoCount > 1);
        QVERIFY(QFile::exists(path)); // the demo data is written out at once
        deletedId = sandbox.store().models().constFirst().modelId;
        QVERIFY(deleteThroughApi(sandbox, deletedId));
    }

    app::EmbeddedSandbox restarted;
    QVERIFY2(restarted.start(path), qPrintable(restarted.errorString()));
    QCOMPARE(restarted.store().modelCount(), demoCount - 1);
    QVERIFY(!restarted.store().model(deletedId));
}

void TestEmbeddedSandbox::unreadableDataFileIsLeftAlone_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("not JSON") << "{\"Models\": [ {"_ba;
    QTest::newRow("not a store") << "[1, 2, 3]"_ba;
}

void TestEmbeddedSandbox::unreadableDataFileIsLeftAlone()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"broken.json"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }

    app::EmbeddedSandbox sandbox;
    QVERIFY(!sandbox.start(path));
    QVERIFY2(sandbox.errorString().contains(path), qPrintable(sandbox.errorString()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content);
}

// Saves after a start fail quietly, so a path that cannot be written must stop the start: the
// alternative is a whole session of edits that were never kept.
void TestEmbeddedSandbox::unwritableDataFileIsRefused()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"missing-folder/sandbox.json"_s);
    app::EmbeddedSandbox sandbox;
    QVERIFY(!sandbox.start(path));
    QVERIFY2(sandbox.errorString().contains(path), qPrintable(sandbox.errorString()));
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestEmbeddedSandbox)
#include "tst_embeddedsandbox.moc"
