<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>api::ApiCall</name>
    <message numerus="yes">
        <location filename="../src/api/apicall.cpp" line="+258"/>
        <source>The deadline passed after %n attempt(s); the last answer was: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gui::ModelListLoader</name>
    <message numerus="yes">
        <location filename="../src/gui/browse/modellistloader.cpp" line="+37"/>
        <source>%1 of %Ln loaded</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gui::OperationProgressDialog</name>
    <message numerus="yes">
        <location filename="../src/gui/progress/operationprogressdialog.cpp" line="+144"/>
        <source>%1, retry %2 in %n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>%n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
