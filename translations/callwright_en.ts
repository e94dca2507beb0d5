<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>BfclImporter</name>
    <message numerus="yes">
        <source>"%1" (on %n function(s)) is not kept</source>
        <translation>
            <numerusform>"%1" (on %n function) is not kept</numerusform>
            <numerusform>"%1" (on %n functions) is not kept</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Callwright::CatalogPanel</name>
    <message numerus="yes">
        <source>%1 of %n tool(s)</source>
        <translation>
            <numerusform>%1 of %n tool</numerusform>
            <numerusform>%1 of %n tools</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n Tool(s)</source>
        <translation>
            <numerusform>Duplicate %n Tool</numerusform><numerusform>Duplicate %n Tools</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Tool(s)</source>
        <translation>
            <numerusform>Delete %n Tool</numerusform><numerusform>Delete %n Tools</numerusform></translation>
    </message>
</context>
<context>
    <name>Callwright::ExportPanel</name>
    <message numerus="yes">
        <source>%n dialogue(s) of this project are accepted and would be exported.</source>
        <translation>
            <numerusform>%n dialogue of this project are accepted and would be exported.</numerusform>
            <numerusform>%n dialogues of this project are accepted and would be exported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Callwright::GraphPanel</name>
    <message numerus="yes">
        <source>%n tool(s)</source>
        <translation>
            <numerusform>%n tool</numerusform>
            <numerusform>%n tools</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, a stored graph of %n link(s)</source>
        <translation>
            <numerusform>%1: %2, a stored graph of %n link</numerusform>
            <numerusform>%1: %2, a stored graph of %n links</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Callwright::ImportCatalogDialog</name>
    <message numerus="yes">
        <source>%n tool(s) imported</source>
        <translation>
            <numerusform>%n tool imported</numerusform><numerusform>%n tools imported</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): what the import changed or left out</source>
        <translation>
            <numerusform>%n warning: what the import changed or left out</numerusform><numerusform>%n warnings: what the import changed or left out</numerusform></translation>
    </message>
</context>
<context>
    <name>Callwright::ProjectStatus</name>
    <message numerus="yes">
        <source>%n catalog(s)</source>
        <translation>
            <numerusform>%n catalog</numerusform>
            <numerusform>%n catalogs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tool(s)</source>
        <translation>
            <numerusform>%n tool</numerusform>
            <numerusform>%n tools</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dialogue(s)</source>
        <translation>
            <numerusform>%n dialogue</numerusform>
            <numerusform>%n dialogues</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Callwright::ReviewPanel</name>
    <message numerus="yes">
        <source>Of %n dialogue(s), %1 accepted, %2 rejected and %3 open or needing a fix.</source>
        <translation>
            <numerusform>Of %n dialogue, %1 accepted, %2 rejected and %3 open or needing a fix.</numerusform>
            <numerusform>Of %n dialogues, %1 accepted, %2 rejected and %3 open or needing a fix.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Callwright::SchemaEditor</name>
    <message numerus="yes">
        <source>%n error(s) in the schema. Not saved until fixed.</source>
        <translation>
            <numerusform>%n error in the schema. Not saved until fixed.</numerusform><numerusform>%n errors in the schema. Not saved until fixed.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Valid JSON Schema, %n warning(s).</source>
        <translation>
            <numerusform>Valid JSON Schema, %n warning.</numerusform><numerusform>Valid JSON Schema, %n warnings.</numerusform></translation>
    </message>
</context>
<context>
    <name>Callwright::ScoresPanel</name>
    <message numerus="yes">
        <source>Scoring dialogues (coherence, diversity and judge ratings) is not available in this build yet, so no scores are shown for the %n dialogue(s) in this project.</source>
        <translation>
            <numerusform>Scoring dialogues (coherence, diversity and judge ratings) is not available in this build yet, so no scores are shown for the %n dialogue in this project.</numerusform>
            <numerusform>Scoring dialogues (coherence, diversity and judge ratings) is not available in this build yet, so no scores are shown for the %n dialogues in this project.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Callwright::SimulationPanel</name>
    <message numerus="yes">
        <source>This project holds %n dialogue(s).</source>
        <translation>
            <numerusform>This project holds %n dialogue.</numerusform>
            <numerusform>This project holds %n dialogues.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Callwright::ToolDetailView</name>
    <message numerus="yes">
        <source>Catalog of %n tool(s); later calls get earlier results through %1</source>
        <translation>
            <numerusform>Catalog of %n tool; later calls get earlier results through %1</numerusform>
            <numerusform>Catalog of %n tools; later calls get earlier results through %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Callwright::ToolsModel</name>
    <message numerus="yes">
        <source>%1 (%n tool(s))</source>
        <translation>
            <numerusform>%1 (%n tool)</numerusform>
            <numerusform>%1 (%n tools)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallwrightCli</name>
    <message numerus="yes">
        <source>expected %n argument(s); try --help</source>
        <translation>
            <numerusform>expected %n argument; try --help</numerusform>
            <numerusform>expected %n arguments; try --help</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>imported %n tool(s) into catalog '%1' (%2, %3 warning(s))</source>
        <translation>
            <numerusform>imported %n tool into catalog '%1' (%2, %3 warning)</numerusform><numerusform>imported %n tools into catalog '%1' (%2, %3 warnings)</numerusform></translation>
    </message>
</context>
<context>
    <name>OpenApiImporter</name>
    <message numerus="yes">
        <source>%n callback(s) not imported: requests the API sends, not operations</source>
        <translation>
            <numerusform>%n callback not imported: requests the API sends, not operations</numerusform><numerusform>%n callbacks not imported: requests the API sends, not operations</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s) not imported: requests the API sends, not operations it offers</source>
        <translation>
            <numerusform>%n webhook not imported: requests the API sends, not operations it offers</numerusform><numerusform>%n webhooks not imported: requests the API sends, not operations it offers</numerusform></translation>
    </message>
</context>
</TS>