#include "api/apierror.h"
#include "gui/editor/extrainfoeditmodel.h"
#include "gui/editor/labeleditmodel.h"
#include "gui/progress/operationprogressdialog.h"
#include "gui/settings/settingsdialog.h"
#include "gui/settings/timeoutsettings.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using gui::ExtraInfoEditModel;
using gui::LabelEditModel;
using gui::OperationProgressDialog;

class TestEditorWidgets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void labelModelValidatesAndMoves()
    {
        LabelEditModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLabels({{u"a"_s, u"1"_s}, {u"b"_s, u"2"_s}, {u"c"_s, u"3"_s}});
        QVERIFY(model.errors().isEmpty());
        QVERIFY(model.moveRow(0, 2));
        QCOMPARE(model.labels(),
                 (pai::LabelList{{u"b"_s, u"2"_s}, {u"c"_s, u"3"_s}, {u"a"_s, u"1"_s}}));
        QVERIFY(model.moveRow(2, 0));
        QCOMPARE(model.labels().constFirst().key, u"a"_s);

        model.setData(model.index(1, LabelEditModel::ValueColumn), u"x,y"_s);
        QCOMPARE(model.errors().size(), 1);
        QCOMPARE(model.errors().constFirst().field, u"Labels[1].Value"_s);
        // The field keeps the API path; the message counts rows as the table does, from 1.
        const QString tip =
            model.index(1, LabelEditModel::ValueColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(u"Value in label row 2"_s), qPrintable(tip));
        QVERIFY2(!tip.contains(u"Labels["_s), qPrintable(tip));
        QVERIFY(!model.index(1, LabelEditModel::KeyColumn).data(Qt::ToolTipRole).isValid());

        model.setData(model.index(1, LabelEditModel::ValueColumn), QString(129, u'v'));
        QVERIFY(model.errors().constFirst().message.contains(u"128"_s));
        model.setData(model.index(1, LabelEditModel::ValueColumn), QString(128, u'v'));
        QVERIFY(model.errors().isEmpty());

        const int row = model.appendRow();
        QCOMPARE(row, 3);
        QCOMPARE(model.errors().constFirst().field, u"Labels[3].Key"_s);
        QVERIFY(model.errors().constFirst().message.contains(u"label row 4"_s));
        // Only the offending cell is marked, not the valid rows.
        QVERIFY(model.index(3, LabelEditModel::KeyColumn).data(Qt::BackgroundRole).isValid());
        for (int valid = 0; valid < 3; ++valid) {
            QVERIFY(
                !model.index(valid, LabelEditModel::KeyColumn).data(Qt::BackgroundRole).isValid());
            QVERIFY(!model.index(valid, LabelEditModel::ValueColumn)
                         .data(Qt::BackgroundRole)
                         .isValid());
        }
        QVERIFY(model.removeRows(3, 1));
        QVERIFY(model.errors().isEmpty());
    }

    void extraInfoModelTypes_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QJsonValue>("expected"); // Undefined: invalid
        using T = ExtraInfoEditModel::ValueType;
        QTest::newRow("string") << int(T::String) << u"15"_s << QJsonValue(u"15"_s);
        QTest::newRow("integer") << int(T::Number) << u"15"_s << QJsonValue(15);
        QTest::newRow("decimal") << int(T::Number) << u"-1.25e2"_s << QJsonValue(-125.0);
        QTest::newRow("not a number")
            << int(T::Number) << u"abc"_s << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("true") << int(T::Boolean) << u"true"_s << QJsonValue(true);
        QTest::newRow("yes is not a boolean")
            << int(T::Boolean) << u"yes"_s << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("json array")
            << int(T::Json) << u"[1, {\"a\": null}]"_s
            << QJsonValue(QJsonArray{1, QJsonObject{{u"a"_s, QJsonValue()}}});
        QTest::newRow("broken json")
            << int(T::Json) << u"{\"a\": "_s << QJsonValue(QJsonValue::Undefined);
    }

    void extraInfoModelTypes()
    {
        QFETCH(int, type);
        QFETCH(QString, text);
        QFETCH(QJsonValue, expected);
        ExtraInfoEditModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy edited(&model, &ExtraInfoEditModel::edited);
        model.appendRow();
        model.setData(model.index(0, ExtraInfoEditModel::KeyColumn), u"k"_s);
        model.setData(model.index(0, ExtraInfoEditModel::TypeColumn), type);
        model.setData(model.index(0, ExtraInfoEditModel::ValueColumn), text);
        QVERIFY(edited.count() >= 3);
        if (expected.isUndefined()) {
            QCOMPARE(model.errors().size(), 1);
            QCOMPARE(model.errors().constFirst().field, u"ExtraInfo.k"_s);
            QVERIFY(model.errors().constFirst().message.contains(u"ExtraInfo.k"_s));
        } else {
            QVERIFY(model.errors().isEmpty());
            QCOMPARE(model.toObject(), (QJsonObject{{u"k"_s, expected}}));
        }
    }

    void extraInfoModelRoundTripsNestedValues()
    {
        const QJsonObject object{
            {u"s"_s, u"text"_s},
            {u"n"_s, 9007199254740993LL},
            {u"b"_s, false},
            {u"o"_s, QJsonObject{{u"deep"_s, QJsonArray{1, 2, QJsonObject{{u"x"_s, u"y"_s}}}}}},
            {u"z"_s, QJsonValue()}};
        ExtraInfoEditModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setObject(object);
        QCOMPARE(model.rowCount(), 5);
        QVERIFY(model.errors().isEmpty());
        QCOMPARE(model.toObject(), object);
        QCOMPARE(model.toObject().value(u"n"_s).toInteger(), 9007199254740993LL);

        model.appendRow();
        QCOMPARE(model.errors().constFirst().field, u"ExtraInfo[5]"_s);
        QVERIFY2(model.errors().constFirst().message.contains(u"row 6"_s),
                 qPrintable(model.errors().constFirst().message));
        QVERIFY(model.index(5, ExtraInfoEditModel::KeyColumn).data(Qt::BackgroundRole).isValid());
        QVERIFY(!model.index(4, ExtraInfoEditModel::KeyColumn).data(Qt::BackgroundRole).isValid());
        model.setData(model.index(5, ExtraInfoEditModel::KeyColumn), u"s"_s);
        QCOMPARE(model.errors().constFirst().field, u"ExtraInfo.s"_s);
    }

    void durationsAndRetryText()
    {
        QCOMPARE(OperationProgressDialog::formatDuration(1000), u"1 s"_s);
        QCOMPARE(OperationProgressDialog::formatDuration(59400), u"59 s"_s);
        QCOMPARE(OperationProgressDialog::formatDuration(300000), u"5 min"_s);
        QCOMPARE(OperationProgressDialog::formatDuration(61000), u"1 min 1 s"_s);
        api::ApiError throttled;
        throttled.kind = api::ApiError::Kind::Api;
        throttled.httpStatus = 400;
        throttled.code = u"Throttling.User"_s;
        QCOMPARE(OperationProgressDialog::retryText(throttled, 2, 2600),
                 u"Throttled, retry 2 in 3 s"_s);
    }

    void progressDialogStepsAndCancel()
    {
        OperationProgressDialog dialog;
        dialog.setOperation(u"Saving model"_s);
        dialog.setSteps({u"UpdateModel"_s, u"CreateModelLabels"_s});
        dialog.start(QDeadlineTimer(std::chrono::seconds(300)), 0);
        QVERIFY(dialog.wasShown());
        const QString time = dialog.findChild<QLabel *>(u"timeLabel"_s)->text();
        QVERIFY2(time.startsWith(u"Elapsed: 0 s, remaining: 5 min"_s), qPrintable(time));
        dialog.setStepState(0, OperationProgressDialog::StepState::Done, u"RequestId R-1"_s);
        QCOMPARE(dialog.stepText(0), u"UpdateModel: done (RequestId R-1)"_s);
        QSignalSpy cancel(&dialog, &OperationProgressDialog::cancelRequested);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(cancel.count(), 1);
        QVERIFY(dialog.isVisible()); // it closes when the operation says how it ended
        dialog.finishFailure(u"Canceled during CreateModelLabels."_s);
        QCOMPARE(dialog.resultText(), u"Canceled during CreateModelLabels."_s);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
    }

    void finishedProgressDialogClosesOnEnter_data()
    {
        QTest::addColumn<bool>("success");
        QTest::newRow("success") << true;
        QTest::newRow("failure") << false;
    }

    void finishedProgressDialogClosesOnEnter()
    {
        QFETCH(bool, success);
        OperationProgressDialog dialog;
        dialog.setOperation(u"Saving model"_s);
        dialog.start(QDeadlineTimer(std::chrono::seconds(300)), 0);
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        if (success)
            dialog.finishSuccess(u"Saved."_s, true);
        else
            dialog.finishFailure(u"Failed."_s);
        auto *close = qobject_cast<QPushButton *>(QApplication::focusWidget());
        QVERIFY(close);
        QVERIFY(close->isDefault());
        QCOMPARE(close->window(), &dialog);
        QTest::keyClick(close, Qt::Key_Return);
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void readsShowTheDialogOnlyWhenSlow()
    {
        OperationProgressDialog quick;
        quick.start(QDeadlineTimer(std::chrono::seconds(60)),
                    OperationProgressDialog::ReadShowDelayMs);
        quick.finishSuccess();
        QVERIFY(!quick.wasShown());

        OperationProgressDialog slow;
        slow.start(QDeadlineTimer(std::chrono::seconds(60)),
                   OperationProgressDialog::ReadShowDelayMs);
        QVERIFY(!slow.wasShown());
        QTRY_VERIFY_WITH_TIMEOUT(slow.wasShown(), 2000);
        QVERIFY(slow.elapsedMs() >= OperationProgressDialog::ReadShowDelayMs - 50);
    }

    void timeoutSettingsRoundTrip()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"t.ini"_s), QSettings::IniFormat);
        const gui::TimeoutSettings defaults = gui::TimeoutSettings::load(settings);
        QCOMPARE(defaults.create, std::chrono::milliseconds(std::chrono::minutes(5)));
        QCOMPARE(defaults.update, std::chrono::milliseconds(std::chrono::minutes(5)));
        QCOMPARE(defaults.remove, std::chrono::milliseconds(std::chrono::minutes(5)));
        QCOMPARE(defaults.read, std::chrono::milliseconds(std::chrono::minutes(1)));
        QCOMPARE(defaults.listPage, std::chrono::milliseconds(std::chrono::minutes(1)));

        gui::SettingsDialog dialog;
        gui::TimeoutSettings changed = defaults;
        changed.update = std::chrono::seconds(42);
        changed.listPage = std::chrono::seconds(7);
        dialog.setTimeouts(changed);
        QCOMPARE(dialog.timeouts(), changed);
        dialog.timeouts().save(settings);
        QCOMPARE(gui::TimeoutSettings::load(settings), changed);
        QCOMPARE(changed.toApiTimeouts().listPage, std::chrono::milliseconds(7000));
        // Each write keeps its own deadline: changing update leaves create and delete alone.
        QCOMPARE(changed.toApiTimeouts().update, std::chrono::milliseconds(42000));
        QCOMPARE(changed.toApiTimeouts().create,
                 std::chrono::milliseconds(std::chrono::minutes(5)));
        QCOMPARE(changed.toApiTimeouts().remove,
                 std::chrono::milliseconds(std::chrono::minutes(5)));

        settings.setValue(u"timeouts/readMs"_s, u"nonsense"_s);
        QCOMPARE(gui::TimeoutSettings::load(settings).read, defaults.read);
    }
};

QTEST_MAIN(TestEditorWidgets)
#include "tst_editorwidgets.moc"
