<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>api::ApiCall</name>
    <message numerus="yes">
        <location filename="../src/api/apicall.cpp" line="+412"/>
        <source>The deadline passed after %n attempt(s); the last answer was: %1</source>
        <translation>
            <numerusform>The deadline passed after %n attempt; the last answer was: %1</numerusform>
            <numerusform>The deadline passed after %n attempts; the last answer was: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>api::PagedListCall</name>
    <message numerus="yes">
        <location filename="../src/api/calls/pagedlistcall.cpp" line="+177"/>
        <source>%n more warning(s) not shown.</source>
        <translation>
            <numerusform>%n more warning not shown.</numerusform>
            <numerusform>%n more warnings not shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>changes::BulkPlan</name>
    <message numerus="yes">
        <location filename="../src/changes/bulkplan.cpp" line="+107"/>
        <source>%n model(s) would be restored</source>
        <translation>
            <numerusform>%n model would be restored</numerusform>
            <numerusform>%n models would be restored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n model(s) would change</source>
        <translation>
            <numerusform>%n model would change</numerusform>
            <numerusform>%n models would change</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 (%2 request(s)); %n model(s) would get no request.</source>
        <translation>
            <numerusform>%1 (%2 request(s)); %n model would get no request.</numerusform>
            <numerusform>%1 (%2 request(s)); %n models would get no request.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>changes::Duration</name>
    <message numerus="yes">
        <location filename="../src/changes/duration.cpp" line="+13"/>
        <source>%n s</source>
        <translation type="unfinished">
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>changes::ModelPlan</name>
    <message numerus="yes">
        <location filename="../src/changes/modelplan.cpp" line="+116"/>
        <source>Create the model &quot;%1&quot;: %n request(s) would change it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Update the model &quot;%1&quot; (%2): %n request(s) would change it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>changes::VersionPlan</name>
    <message numerus="yes">
        <location filename="../src/changes/versionplan.cpp" line="+131"/>
        <source>Create a version of the model %1, numbered by the service: %n request(s) would change it.</source>
        <translation>
            <numerusform>Create a version of the model %1, numbered by the service: %n request would change it.</numerusform>
            <numerusform>Create a version of the model %1, numbered by the service: %n requests would change it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Create the version %1 of the model %2: %n request(s) would change it.</source>
        <translation>
            <numerusform>Create the version %1 of the model %2: %n request would change it.</numerusform>
            <numerusform>Create the version %1 of the model %2: %n requests would change it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Update the version %1 of the model %2: %n request(s) would change it.</source>
        <translation>
            <numerusform>Update the version %1 of the model %2: %n request would change it.</numerusform>
            <numerusform>Update the version %1 of the model %2: %n requests would change it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>changes::WriteOutcome</name>
    <message numerus="yes">
        <location filename="../src/changes/writeoutcome.cpp" line="+112"/>
        <location line="+68"/>
        <source>The changes that had not arrived were sent again, %n time(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli::CommandContext</name>
    <message numerus="yes">
        <location filename="../src/cli/commandcontext.cpp" line="+130"/>
        <source>the --timeout of %n second(s) passed before the command was done.</source>
        <translation>
            <numerusform>the --timeout of %n second passed before the command was done.</numerusform>
            <numerusform>the --timeout of %n seconds passed before the command was done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli::DriftCommand</name>
    <message numerus="yes">
        <location filename="../src/cli/commands/driftcommand.cpp" line="+96"/>
        <source>%1: %n instance(s) of PAI models and versions</source>
        <translation>
            <numerusform>%1: %n instance of PAI models and versions</numerusform>
            <numerusform>%1: %n instances of PAI models and versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>%n unmanaged model(s) left out by the ignore list</source>
        <translation>
            <numerusform>%n unmanaged model left out by the ignore list</numerusform>
            <numerusform>%n unmanaged models left out by the ignore list</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli::SandboxCommand</name>
    <message numerus="yes">
        <location filename="../src/cli/commands/sandboxcommand.cpp" line="+229"/>
        <source>Sandbox listening on %1 with %n model(s). Stop it with Ctrl+C.</source>
        <translation>
            <numerusform>Sandbox listening on %1 with %n model. Stop it with Ctrl+C.</numerusform>
            <numerusform>Sandbox listening on %1 with %n models. Stop it with Ctrl+C.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gui::BulkEditDialog</name>
    <message numerus="yes">
        <location filename="../src/gui/bulk/bulkeditdialog.cpp" line="+103"/>
        <source>Selected &amp;models (%n)</source>
        <translation>
            <numerusform>Selected &amp;models (%n)</numerusform>
            <numerusform>Selected &amp;models (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Every model &amp;shown (%n)</source>
        <translation>
            <numerusform>Every model &amp;shown (%n)</numerusform>
            <numerusform>Every model &amp;shown (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gui::BulkPlanModel</name>
    <message numerus="yes">
        <location filename="../src/gui/bulk/bulkplanmodel.cpp" line="+63"/>
        <source>Delete: %n request(s)</source>
        <translation>
            <numerusform>Delete: %n request</numerusform>
            <numerusform>Delete: %n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n write(s)</source>
        <translation>
            <numerusform>%n write</numerusform>
            <numerusform>%n writes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gui::BulkProgressDialog</name>
    <message numerus="yes">
        <location filename="../src/gui/bulk/bulkprogressdialog.cpp" line="+69"/>
        <source>Reading the models fresh before planning: %1 of %n.</source>
        <translation>
            <numerusform>Reading the models fresh before planning: %1 of %n.</numerusform>
            <numerusform>Reading the models fresh before planning: %1 of %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>Canceling: no more models are started. The %n model(s) in flight finish first, so the result says exactly what changed.</source>
        <translation>
            <numerusform>Canceling: no more models are started. The %n model in flight finishes first, so the result says exactly what changed.</numerusform>
            <numerusform>Canceling: no more models are started. The %n models in flight finish first, so the result says exactly what changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gui::DriftWindow</name>
    <message numerus="yes">
        <location filename="../src/gui/drift/driftwindow.cpp" line="+286"/>
        <source>%1: %n instance(s)</source>
        <translation>
            <numerusform>%1: %n instance</numerusform>
            <numerusform>%1: %n instances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n unmanaged model(s) left out by the ignore list.</source>
        <translation>
            <numerusform>%n unmanaged model left out by the ignore list.</numerusform>
            <numerusform>%n unmanaged models left out by the ignore list.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gui::ExportDialog</name>
    <message numerus="yes">
        <location filename="../src/gui/export/exportdialog.cpp" line="+60"/>
        <source>Export %n model(s) as Terraform</source>
        <translation>
            <numerusform>Export %n model as Terraform</numerusform>
            <numerusform>Export %n models as Terraform</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
        <source>%n warning(s):</source>
        <translation>
            <numerusform>%n warning:</numerusform>
            <numerusform>%n warnings:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n version(s) read.</source>
        <translation>
            <numerusform>%n version read.</numerusform>
            <numerusform>%n versions read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Reading the versions of %n model(s)…</source>
        <translation>
            <numerusform>Reading the versions of %n model…</numerusform>
            <numerusform>Reading the versions of %n models…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gui::IgnoreListDialog</name>
    <message numerus="yes">
        <location filename="../src/gui/drift/ignorelistdialog.cpp" line="+43"/>
        <source>%n entry(s).</source>
        <translation>
            <numerusform>%n entry.</numerusform>
            <numerusform>%n entries.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gui::MainWindow</name>
    <message numerus="yes">
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="+1025"/>
        <source>The listing may be incomplete (%n warning(s)): %1</source>
        <translation>
            <numerusform>The listing may be incomplete (%n warning): %1</numerusform>
            <numerusform>The listing may be incomplete (%n warnings): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%1 – %Ln shown</source>
        <translation>
            <numerusform>%1 – %Ln shown</numerusform>
            <numerusform>%1 – %Ln shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gui::ModelEditor</name>
    <message numerus="yes">
        <location filename="../src/gui/editor/modeleditor.cpp" line="+536"/>
        <source>Cannot save: %1 (and %n more problem(s))</source>
        <translation>
            <numerusform>Cannot save: %1 (and %n more problem)</numerusform>
            <numerusform>Cannot save: %1 (and %n more problems)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gui::ModelListLoader</name>
    <message numerus="yes">
        <location filename="../src/gui/browse/modellistloader.cpp" line="+41"/>
        <source>%1 of %Ln loaded</source>
        <translation>
            <numerusform>%1 of %Ln loaded</numerusform>
            <numerusform>%1 of %Ln loaded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gui::OperationProgressDialog</name>
    <message numerus="yes">
        <location filename="../src/gui/progress/operationprogressdialog.cpp" line="+244"/>
        <source>%1, retry %2 in %n s</source>
        <translation>
            <numerusform>%1, retry %2 in %n s</numerusform>
            <numerusform>%1, retry %2 in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gui::VersionEditor</name>
    <message numerus="yes">
        <location filename="../src/gui/versions/versioneditor.cpp" line="+439"/>
        <source>Cannot save: %1 (and %n more problem(s))</source>
        <translation>
            <numerusform>Cannot save: %1 (and %n more problem)</numerusform>
            <numerusform>Cannot save: %1 (and %n more problems)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gui::VersionsPanel</name>
    <message numerus="yes">
        <location filename="../src/gui/versions/versionspanel.cpp" line="+352"/>
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n version</numerusform>
            <numerusform>%n versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n version(s)</source>
        <translation>
            <numerusform>%1 of %n version</numerusform>
            <numerusform>%1 of %n versions</numerusform>
        </translation>
    </message>
</context>
</TS>
