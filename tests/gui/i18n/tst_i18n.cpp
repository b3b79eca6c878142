#include "api/apiclient.h"
#include "gui/browse/modellistloader.h"
#include "gui/mainwindow/aboutdialog.h"
#include "gui/mainwindow/mainwindow.h"
#include "gui/models/modeltablemodel.h"
#include "gui/settings/languagesettings.h"
#include "gui/settings/settingsdialog.h"
#include "support/sandboxfixture.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using testsupport::SandboxFixture;

namespace {

constexpr int LoadTimeoutMs = 20000;

// Every text a person reads in the menus (titles and actions, submenus included) and on the
// window's buttons, keyed by where it sits so two languages can be compared entry by entry.
using Texts = QMap<QString, QString>;

void collectMenu(const QString &path, QMenu *menu, Texts &texts)
{
    texts.insert(path, menu->title());
    const QList<QAction *> actions = menu->actions();
    for (int i = 0; i < actions.size(); ++i) {
        QAction *action = actions.at(i);
        if (action->isSeparator())
            continue;
        const QString key = path + u'/' + QString::number(i);
        if (action->menu())
            collectMenu(key, action->menu(), texts);
        else
            texts.insert(key, action->text());
    }
}

Texts menuTexts(const gui::MainWindow &window)
{
    Texts texts;
    const QList<QAction *> top = window.menuBar()->actions();
    for (int i = 0; i < top.size(); ++i) {
        if (top.at(i)->menu())
            collectMenu(u"menu"_s + QString::number(i), top.at(i)->menu(), texts);
    }
    return texts;
}

Texts buttonTexts(const gui::MainWindow &window)
{
    Texts texts;
    for (QAbstractButton *button : window.findChildren<QAbstractButton *>()) {
        if (!button->text().isEmpty() && !button->objectName().isEmpty())
            texts.insert(button->objectName(), button->text());
    }
    return texts;
}

Texts activityHeaderTexts(const gui::MainWindow &window)
{
    Texts texts;
    const QAbstractItemModel *model = window.findChild<QTableView *>(u"logView"_s)->model();
    for (int column = 0; column < model->columnCount(); ++column)
        texts.insert(QString::number(column), model->headerData(column, Qt::Horizontal).toString());
    return texts;
}

Texts headerTexts(const gui::MainWindow &window)
{
    Texts texts;
    const QAbstractItemModel *model = window.modelView()->model();
    for (int column = 0; column < model->columnCount(); ++column)
        texts.insert(QString::number(column), model->headerData(column, Qt::Horizontal).toString());
    return texts;
}

bool hasCjk(const QString &text)
{
    return std::any_of(text.begin(), text.end(),
                       [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; });
}

// Terms that stay the same in Chinese, as the PAI console writes them.
bool keptAsIs(const QString &english)
{
    // Terms and product names that read the same in Chinese (the Terraform menu).
    static const QStringList terms{u"ID"_s, u"HTTP"_s, u"Terraform"_s};
    QString plain = english;
    plain.remove(u'&');
    return terms.contains(plain);
}

// What is still English after a switch to Chinese, one line per entry.
QStringList untranslated(const Texts &english, const Texts &chinese)
{
    QStringList problems;
    for (auto it = english.begin(); it != english.end(); ++it) {
        const QString now = chinese.value(it.key());
        if (keptAsIs(it.value()))
            continue;
        if (now == it.value() || !hasCjk(now))
            problems.append(u"%1: \"%2\" -> \"%3\""_s.arg(it.key(), it.value(), now));
    }
    return problems;
}

// Chooses `language` in Settings, exactly as a person would: File > Settings, the Language box,
// OK. The main window then saves and applies it.
void chooseLanguageInSettings(gui::MainWindow &window, const QString &language)
{
    bool chosen = false;
    QTimer::singleShot(0, &window, [&window, &language, &chosen] {
        auto *dialog = window.findChild<gui::SettingsDialog *>();
        QVERIFY(dialog);
        auto *combo = dialog->findChild<QComboBox *>(u"languageCombo"_s);
        QVERIFY(combo);
        const int index = combo->findData(language);
        QVERIFY(index >= 0);
        combo->setCurrentIndex(index);
        chosen = true;
        dialog->accept();
    });
    auto *settings = window.findChild<QAction *>(u"actionSettings"_s);
    QVERIFY(settings);
    settings->trigger(); // the dialog opens without an event loop of its own
    QTRY_VERIFY(chosen);
}

} // namespace

class TestI18n : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void settingsOfferLanguagesInTheirOwnNames();
    void mainWindowSwitchesToChineseAndBack();
    void aboutDialogShowsTheLicence();
    void appPrintsItsVersion_data();
    void appPrintsItsVersion();
};

void TestI18n::init()
{
    QSettings().clear();
    gui::LanguageSettings::apply(u"en"_s);
}

void TestI18n::cleanup()
{
    gui::LanguageSettings::apply(u"en"_s);
}

void TestI18n::settingsOfferLanguagesInTheirOwnNames()
{
    gui::SettingsDialog dialog;
    auto *combo = dialog.findChild<QComboBox *>(u"languageCombo"_s);
    QVERIFY(combo);
    QCOMPARE(combo->count(), 3);
    QCOMPARE(combo->itemData(0).toString(), QString());
    QCOMPARE(combo->itemText(combo->findData(u"en"_s)), u"English"_s);
    QCOMPARE(combo->itemText(combo->findData(u"zh_CN"_s)), u"简体中文"_s);
    dialog.setLanguage(u"zh_CN"_s);
    QCOMPARE(dialog.language(), u"zh_CN"_s);
    dialog.setLanguage(u"xx"_s); // unknown: back to the system language
    QCOMPARE(dialog.language(), QString());
}

void TestI18n::mainWindowSwitchesToChineseAndBack()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.isListening());
    api::ApiClient client(api::Endpoint::fromUrl(sandbox.url()), SandboxFixture::credentials());
    gui::MainWindow window;
    window.setConnection(&client, {u"test-sandbox"_s, u"cn-hangzhou"_s, sandbox.url(), true});
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(window.modelTable()->rowCount() > 0, LoadTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!window.modelLoader()->isLoading(), LoadTimeoutMs);

    const Texts englishMenus = menuTexts(window);
    const Texts englishButtons = buttonTexts(window);
    const Texts englishHeaders = headerTexts(window);
    const Texts englishActivityHeaders = activityHeaderTexts(window);
    const QString englishTitle = window.windowTitle();
    const QString englishLoaded = window.loadedText();
    QVERIFY(englishMenus.size() > 20);
    QVERIFY(englishButtons.size() > 5);
    QCOMPARE(englishMenus.value(u"menu0"_s), u"&File"_s);

    chooseLanguageInSettings(window, u"zh_CN"_s);
    QCOMPARE(gui::LanguageSettings::load(), u"zh_CN"_s);
    // QApplication posts LanguageChange to the windows.
    QTRY_VERIFY(hasCjk(window.menuBar()->actions().constFirst()->text()));

    const QStringList menuProblems = untranslated(englishMenus, menuTexts(window));
    QVERIFY2(menuProblems.isEmpty(), qPrintable(menuProblems.join(u'\n')));
    const QStringList buttonProblems = untranslated(englishButtons, buttonTexts(window));
    QVERIFY2(buttonProblems.isEmpty(), qPrintable(buttonProblems.join(u'\n')));
    const QStringList headerProblems = untranslated(englishHeaders, headerTexts(window));
    QVERIFY2(headerProblems.isEmpty(), qPrintable(headerProblems.join(u'\n')));
    // Code and RequestId are API names; the column says what they are and keeps the name.
    const Texts activityHeaders = activityHeaderTexts(window);
    const QStringList activityProblems = untranslated(englishActivityHeaders, activityHeaders);
    QVERIFY2(activityProblems.isEmpty(), qPrintable(activityProblems.join(u'\n')));
    QVERIFY(activityHeaders.values().contains(u"请求 ID (RequestId)"_s));
    auto *logView = window.findChild<QTableView *>(u"logView"_s);
    for (int column = 0; column < logView->model()->columnCount(); ++column) {
        QHeaderView *header = logView->horizontalHeader();
        QVERIFY2(header->sectionSize(column) >= header->sectionSizeHint(column),
                 qPrintable(activityHeaders.value(QString::number(column))));
    }
    QVERIFY2(hasCjk(window.loadedText()), qPrintable(window.loadedText()));

    chooseLanguageInSettings(window, u"en"_s);
    QCOMPARE(gui::LanguageSettings::load(), u"en"_s);
    QTRY_COMPARE(window.menuBar()->actions().constFirst()->text(), u"&File"_s);
    QCOMPARE(menuTexts(window), englishMenus);
    QCOMPARE(buttonTexts(window), englishButtons);
    QCOMPARE(headerTexts(window), englishHeaders);
    QCOMPARE(window.windowTitle(), englishTitle);
    QCOMPARE(window.loadedText(), englishLoaded);
}

void TestI18n::aboutDialogShowsTheLicence()
{
    const QString licence = gui::AboutDialog::licenceText();
    QVERIFY(licence.startsWith(u"MIT License"_s));
    QVERIFY(licence.contains(u"Permission is hereby granted"_s));
    gui::AboutDialog dialog;
    QVERIFY(dialog.findChild<QLabel *>(u"qtVersionLabel"_s)
                ->text()
                .contains(QString::fromLatin1(qVersion())));
}

void TestI18n::appPrintsItsVersion_data()
{
    QTest::addColumn<QString>("argument");
    QTest::newRow("long") << u"--version"_s;
    QTest::newRow("short") << u"-v"_s;
}

void TestI18n::appPrintsItsVersion()
{
    QFETCH(QString, argument);
    QProcess app;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    app.setProcessEnvironment(environment);
    app.start(QStringLiteral(PAIDESK_APP_PATH), {argument});
    QVERIFY2(app.waitForFinished(LoadTimeoutMs), qPrintable(app.errorString()));
    QCOMPARE(app.exitStatus(), QProcess::NormalExit);
    QCOMPARE(app.exitCode(), 0);
    const QString output = QString::fromUtf8(app.readAllStandardOutput()).trimmed();
    QCOMPARE(output, u"PaiDesk "_s + QStringLiteral(PAIDESK_EXPECTED_VERSION));
}

QTEST_MAIN(TestI18n)
#include "tst_i18n.moc"
