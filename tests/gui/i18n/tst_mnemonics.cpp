#include "credentials/credentialstore.h"
#include "credentials/profilestore.h"
#include "gui/bulk/bulkeditdialog.h"
#include "gui/bulk/bulkprogressdialog.h"
#include "gui/bulk/bulkreviewdialog.h"
#include "gui/drift/driftwindow.h"
#include "gui/editor/conflictdialog.h"
#include "gui/editor/modeleditor.h"
#include "gui/editor/reviewchangesdialog.h"
#include "gui/export/exportdialog.h"
#include "gui/gallery/copytoworkspacedialog.h"
#include "gui/mainwindow/aboutdialog.h"
#include "gui/mainwindow/mainwindow.h"
#include "gui/profiles/profiledialog.h"
#include "gui/progress/operationprogressdialog.h"
#include "gui/settings/languagesettings.h"
#include "gui/settings/settingsdialog.h"
#include "gui/versions/versioneditor.h"
#include "gui/versions/versionspanel.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QGroupBox>
#include <QHash>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMultiMap>
#include <QSettings>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// Alt+<letter> reaches one place per window; two owners of a letter means one of them can never
// be reached from the keyboard. Menus are their own scope: a letter is unique among the entries
// of one menu. Translations bring their own letters ("文件(&F)"), so each language is checked.
using Owners = QMultiMap<QString, QString>; // mnemonic -> who claims it

void claim(Owners &owners, const QString &text, const QString &who)
{
    const QKeySequence mnemonic = QKeySequence::mnemonic(text);
    if (!mnemonic.isEmpty())
        owners.insert(mnemonic.toString(QKeySequence::PortableText).toUpper(), who);
}

QStringList clashes(const QString &scope, const Owners &owners)
{
    QStringList problems;
    for (const QString &key : owners.uniqueKeys()) {
        const QStringList who = owners.values(key);
        if (who.size() > 1)
            problems.append(u"%1: %2 is claimed by %3"_s.arg(scope, key, who.join(u", "_s)));
    }
    return problems;
}

QStringList menuClashes(const QString &scope, QMenu *menu)
{
    Owners owners;
    QStringList problems;
    for (QAction *action : menu->actions()) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        claim(owners, action->text(), action->objectName() + u" \""_s + action->text() + u'"');
        if (action->menu())
            problems += menuClashes(scope + u" > "_s + action->text(), action->menu());
    }
    return problems + clashes(scope + u" > "_s + menu->title(), owners);
}

// The page of a stack (a wizard step, a tab) that `widget` sits on, or null. Only one page of a
// stack is shown at a time, and a hidden widget's mnemonic does not fire, so pages of one stack
// may reuse each other's letters.
QWidget *stackPageOf(QWidget *widget, QWidget *window)
{
    for (QWidget *w = widget; w && w != window; w = w->parentWidget()) {
        if (qobject_cast<QStackedWidget *>(w->parentWidget()))
            return w;
    }
    return nullptr;
}

// A widget hidden on purpose (a form row its mode does not use), or inside such a widget, up to
// its stack page: its mnemonic does not fire. A page that is merely not the current one of its
// stack does not count as hidden here; pages are checked one by one below.
bool hiddenOnPurpose(QWidget *widget, QWidget *window)
{
    for (QWidget *w = widget; w && w != window; w = w->parentWidget()) {
        if (qobject_cast<QStackedWidget *>(w->parentWidget()))
            return false;
        if (w->isHidden())
            return true;
    }
    return false;
}

// Every mnemonic of the widgets that belong to `window` itself (not to a dialog it owns), checked
// once for what is always there and once for each stack page together with it.
QStringList windowClashes(const QString &scope, QWidget *window)
{
    Owners always;
    QHash<QWidget *, Owners> pages;
    QStringList problems;
    if (auto *mainWindow = qobject_cast<QMainWindow *>(window)) {
        for (QAction *top : mainWindow->menuBar()->actions()) {
            if (!top->menu())
                continue;
            claim(always, top->text(), u"menu \""_s + top->text() + u'"');
            problems += menuClashes(scope, top->menu());
        }
    }
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (widget->window() != window || hiddenOnPurpose(widget, window))
            continue;
        QWidget *page = stackPageOf(widget, window);
        Owners &owners = page ? pages[page] : always;
        const QString who = widget->objectName() + u" \""_s;
        if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
            claim(owners, label->text(), who + label->text() + u'"');
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            claim(owners, button->text(), who + button->text() + u'"');
        else if (auto *group = qobject_cast<QGroupBox *>(widget))
            claim(owners, group->title(), who + group->title() + u'"');
        else if (auto *tabs = qobject_cast<QTabWidget *>(widget)) {
            // A tab bar on a stack page (the model pane's form) fires only while that page shows.
            for (int i = 0; i < tabs->count(); ++i)
                claim(owners, tabs->tabText(i), who + tabs->tabText(i) + u'"');
        }
    }
    problems += clashes(scope, always);
    for (auto it = pages.cbegin(); it != pages.cend(); ++it) {
        Owners together = always;
        together.unite(it.value());
        for (const QString &problem :
             clashes(scope + u" (page "_s + it.key()->objectName() + u')', together)) {
            if (!problems.contains(problem))
                problems.append(problem);
        }
    }
    return problems;
}

using WindowFactory = std::function<std::unique_ptr<QWidget>()>;

} // namespace

Q_DECLARE_METATYPE(WindowFactory)

class TestMnemonics : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<credentials::ProfileStore> m_profiles;
    std::unique_ptr<credentials::CredentialStore> m_secrets;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_profiles = std::make_unique<credentials::ProfileStore>(m_dir.filePath(u"profiles.ini"_s));
        m_secrets = std::make_unique<credentials::CredentialStore>();
    }

    void cleanup() { gui::LanguageSettings::apply(u"en"_s); }

    void noWindowSharesAMnemonic_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<WindowFactory>("factory");
        const QList<std::pair<const char *, WindowFactory>> windows{
            {"main window", [] { return std::make_unique<gui::MainWindow>(); }},
            {"model editor", [] { return std::make_unique<gui::ModelEditor>(); }},
            {"version editor", [] { return std::make_unique<gui::VersionEditor>(); }},
            {"versions panel", [] { return std::make_unique<gui::VersionsPanel>(); }},
            {"settings", [] { return std::make_unique<gui::SettingsDialog>(); }},
            {"about", [] { return std::make_unique<gui::AboutDialog>(); }},
            {"conflict", [] { return std::make_unique<gui::ConflictDialog>(); }},
            {"review", [] { return std::make_unique<gui::ReviewChangesDialog>(); }},
            {"progress", [] { return std::make_unique<gui::OperationProgressDialog>(); }},
            {"copy to workspace", [] { return std::make_unique<gui::CopyToWorkspaceDialog>(); }},
            {"bulk edit", [] { return std::make_unique<gui::BulkEditDialog>(); }},
            {"bulk review", [] { return std::make_unique<gui::BulkReviewDialog>(); }},
            {"bulk progress", [] { return std::make_unique<gui::BulkProgressDialog>(); }},
            {"export",
             [] {
                 return std::make_unique<gui::ExportDialog>(
                     QList<pai::Model>{pai::Model{}}, QList<pai::Workspace>{}, u"cn-hangzhou"_s);
             }},
            {"drift", [] { return std::make_unique<gui::DriftWindow>(); }},
            {"profiles",
             [this] { return std::make_unique<gui::ProfileDialog>(*m_profiles, *m_secrets); }},
        };
        for (const QString &language : {u"en"_s, u"zh_CN"_s}) {
            for (const auto &[name, factory] : windows)
                QTest::addRow("%s, %s", name, qPrintable(language)) << language << factory;
        }
    }

    void noWindowSharesAMnemonic()
    {
        QFETCH(QString, language);
        QFETCH(WindowFactory, factory);
        gui::LanguageSettings::apply(language);
        std::unique_ptr<QWidget> window = factory();
        const QStringList problems =
            windowClashes(QString::fromLatin1(QTest::currentDataTag()), window.get());
        for (const QString &problem : problems)
            qWarning().noquote() << problem;
        QVERIFY2(problems.isEmpty(), "mnemonics claimed twice, listed above");
    }
};

QTEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"
