<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AddGraphNodes</name>
    <message numerus="yes">
        <source>Add %n Tool(s) to Graph</source>
        <translation>
            <numerusform>Add %n Tool to Graph</numerusform>
            <numerusform>Add %n Tools to Graph</numerusform>
        </translation>
    </message>
</context>
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
            <numerusform>Duplicate %n Tool</numerusform>
            <numerusform>Duplicate %n Tools</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Tool(s)</source>
        <translation>
            <numerusform>Delete %n Tool</numerusform>
            <numerusform>Delete %n Tools</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Callwright::CorpusPanel</name>
    <message numerus="yes">
        <source>%n document(s) imported. </source>
        <translation>
            <numerusform>%n document imported. </numerusform>
            <numerusform>%n documents imported. </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule check finding(s)</source>
        <translation>
            <numerusform>%n rule check finding</numerusform>
            <numerusform>%n rule check findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tool(s) added</source>
        <translation>
            <numerusform>%n tool added</numerusform>
            <numerusform>%n tools added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dialogue(s) sent to review</source>
        <translation>
            <numerusform>%n dialogue sent to review</numerusform>
            <numerusform>%n dialogues sent to review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already there.</source>
        <translation>
            <numerusform>, %n already there.</numerusform>
            <numerusform>, %n already there.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Callwright::EdgeInspector</name>
    <message numerus="yes">
        <source>%n parameter(s)</source>
        <translation>
            <numerusform>%n parameter</numerusform>
            <numerusform>%n parameters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n return field(s)</source>
        <translation>
            <numerusform>%n return field</numerusform>
            <numerusform>%n return fields</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edge(s)</source>
        <translation>
            <numerusform>%n edge</numerusform>
            <numerusform>%n edges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s), below</source>
        <translation>
            <numerusform>%n field, below</numerusform>
            <numerusform>%n fields, below</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Callwright::ExportPanel</name>
    <message numerus="yes">
        <source>%n dialogue(s) did not fit the format and were left out, the first: %1</source>
        <translation>
            <numerusform>%n dialogue did not fit the format and were left out, the first: %1</numerusform>
            <numerusform>%n dialogues did not fit the format and were left out, the first: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the project's dialogues have this status.</source>
        <translation>
            <numerusform>%n of the project's dialogues have this status.</numerusform>
            <numerusform>%n of the project's dialogues have this status.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n near-duplicate(s) are left out.</source>
        <translation>
            <numerusform>%n near-duplicate are left out.</numerusform>
            <numerusform>%n near-duplicates are left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Callwright::GenerationRunner</name>
    <message numerus="yes">
        <source>%n dialogue(s) could not be made; run the job again to retry them. First: %1</source>
        <translation>
            <numerusform>%n dialogue could not be made; run the job again to retry them. First: %1</numerusform>
            <numerusform>%n dialogues could not be made; run the job again to retry them. First: %1</numerusform>
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
        <source>%n edge(s)</source>
        <translation>
            <numerusform>%n edge</numerusform>
            <numerusform>%n edges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n tool(s) to the graph.</source>
        <translation>
            <numerusform>Added %n tool to the graph.</numerusform>
            <numerusform>Added %n tools to the graph.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Laying out %n tool(s)…</source>
        <translation>
            <numerusform>Laying out %n tool…</numerusform>
            <numerusform>Laying out %n tools…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Callwright::GraphScene</name>
    <message numerus="yes">
        <source>Removed %n edge(s).</source>
        <translation>
            <numerusform>Removed %n edge.</numerusform>
            <numerusform>Removed %n edges.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n tool(s) from the graph with their edges.</source>
        <translation>
            <numerusform>Removed %n tool from the graph with their edges.</numerusform>
            <numerusform>Removed %n tools from the graph with their edges.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n tool(s) to the graph.</source>
        <translation>
            <numerusform>Added %n tool to the graph.</numerusform>
            <numerusform>Added %n tools to the graph.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tool(s) of another catalog were left out.</source>
        <translation>
            <numerusform>%n tool of another catalog were left out.</numerusform>
            <numerusform>%n tools of another catalog were left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Callwright::GraphTasks</name>
    <message numerus="yes">
        <source>Inferred %n edge(s).</source>
        <translation>
            <numerusform>Inferred %n edge.</numerusform>
            <numerusform>Inferred %n edges.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n tool(s) to the graph for them.</source>
        <translation>
            <numerusform>Added %n tool to the graph for them.</numerusform>
            <numerusform>Added %n tools to the graph for them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept %n manual edge(s) as they were.</source>
        <translation>
            <numerusform>Kept %n manual edge as they were.</numerusform>
            <numerusform>Kept %n manual edges as they were.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Laid out %n tool(s) with Graphviz %1.</source>
        <translation>
            <numerusform>Laid out %n tool with Graphviz %1.</numerusform>
            <numerusform>Laid out %n tools with Graphviz %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Callwright::HistogramChart</name>
    <message numerus="yes">
        <source>%1 — %n dialogue(s), mean %2</source>
        <translation>
            <numerusform>%1 — %n dialogue, mean %2</numerusform>
            <numerusform>%1 — %n dialogues, mean %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dialogue(s); click to review them</source>
        <translation>
            <numerusform>%n dialogue; click to review them</numerusform>
            <numerusform>%n dialogues; click to review them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Callwright::ImportCatalogDialog</name>
    <message numerus="yes">
        <source>%n tool(s) imported</source>
        <translation>
            <numerusform>%n tool imported</numerusform>
            <numerusform>%n tools imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): what the import changed or left out</source>
        <translation>
            <numerusform>%n warning: what the import changed or left out</numerusform>
            <numerusform>%n warnings: what the import changed or left out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Callwright::ProjectDocument</name>
    <message numerus="yes">
        <source>Accept %n Dialogue(s)</source>
        <translation>
            <numerusform>Accept %n Dialogue</numerusform>
            <numerusform>Accept %n Dialogues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n Dialogue(s)</source>
        <translation>
            <numerusform>Reject %n Dialogue</numerusform>
            <numerusform>Reject %n Dialogues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n Dialogue(s) for Fixing</source>
        <translation>
            <numerusform>Mark %n Dialogue for Fixing</numerusform>
            <numerusform>Mark %n Dialogues for Fixing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reopen %n Dialogue(s)</source>
        <translation>
            <numerusform>Reopen %n Dialogue</numerusform>
            <numerusform>Reopen %n Dialogues</numerusform>
        </translation>
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
        <source>&lt;b&gt;Dialogue %1&lt;/b&gt; — %2 — %n message(s)</source>
        <translation>
            <numerusform>&lt;b&gt;Dialogue %1&lt;/b&gt; — %2 — %n message</numerusform>
            <numerusform>&lt;b&gt;Dialogue %1&lt;/b&gt; — %2 — %n messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Callwright::SchemaEditor</name>
    <message numerus="yes">
        <source>%n error(s) in the schema. Not saved until fixed.</source>
        <translation>
            <numerusform>%n error in the schema. Not saved until fixed.</numerusform>
            <numerusform>%n errors in the schema. Not saved until fixed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Valid JSON Schema, %n warning(s).</source>
        <translation>
            <numerusform>Valid JSON Schema, %n warning.</numerusform>
            <numerusform>Valid JSON Schema, %n warnings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Callwright::ScoresPanel</name>
    <message numerus="yes">
        <source>Scoring was cancelled; the scores of %n dialogue(s) are stored.</source>
        <translation>
            <numerusform>Scoring was cancelled; the scores of %n dialogue are stored.</numerusform>
            <numerusform>Scoring was cancelled; the scores of %n dialogues are stored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dialogue(s) would change: %1 accepted, %2 rejected, %3 marked as needing a fix.</source>
        <translation>
            <numerusform>%n dialogue would change: %1 accepted, %2 rejected, %3 marked as needing a fix.</numerusform>
            <numerusform>%n dialogues would change: %1 accepted, %2 rejected, %3 marked as needing a fix.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dialogue(s) changed by the rules.</source>
        <translation>
            <numerusform>%n dialogue changed by the rules.</numerusform>
            <numerusform>%n dialogues changed by the rules.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dialogue(s) changed, then: %1</source>
        <translation>
            <numerusform>%n dialogue changed, then: %1</numerusform>
            <numerusform>%n dialogues changed, then: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n dialogue(s)&lt;/b&gt; · word entropy H &lt;b&gt;%1&lt;/b&gt; bits · Distinct-3 &lt;b&gt;%2&lt;/b&gt; (ToolFlow: H 10.36, D-3 0.4865) · near duplicates: &lt;b&gt;%3&lt;/b&gt; cluster(s) holding %4 dialogues, %5 redundant</source>
        <translation>
            <numerusform>&lt;b&gt;%n dialogue&lt;/b&gt; · word entropy H &lt;b&gt;%1&lt;/b&gt; bits · Distinct-3 &lt;b&gt;%2&lt;/b&gt; (ToolFlow: H 10.36, D-3 0.4865) · near duplicates: &lt;b&gt;%3&lt;/b&gt; cluster holding %4 dialogues, %5 redundant</numerusform>
            <numerusform>&lt;b&gt;%n dialogues&lt;/b&gt; · word entropy H &lt;b&gt;%1&lt;/b&gt; bits · Distinct-3 &lt;b&gt;%2&lt;/b&gt; (ToolFlow: H 10.36, D-3 0.4865) · near duplicates: &lt;b&gt;%3&lt;/b&gt; clusters holding %4 dialogues, %5 redundant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scored %n dialogue(s) in %1 s.</source>
        <translation>
            <numerusform>Scored %n dialogue in %1 s.</numerusform>
            <numerusform>Scored %n dialogues in %1 s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scores of %n dialogue(s).</source>
        <translation>
            <numerusform>Scores of %n dialogue.</numerusform>
            <numerusform>Scores of %n dialogues.</numerusform>
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
    <name>Callwright::SimulationSettingsForm</name>
    <message numerus="yes">
        <source>%n tool(s)</source>
        <translation>
            <numerusform>%n tool</numerusform>
            <numerusform>%n tools</numerusform>
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
    <name>Callwright::TranscriptView</name>
    <message numerus="yes">
        <source>(calls %n tool(s))</source>
        <translation>
            <numerusform>(calls %n tool)</numerusform>
            <numerusform>(calls %n tools)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; open the call to see them</source>
        <translation>
            <numerusform>%n problem found; open the call to see them</numerusform>
            <numerusform>%n problems found; open the call to see them</numerusform>
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
            <numerusform>imported %n tool into catalog '%1' (%2, %3 warning)</numerusform>
            <numerusform>imported %n tools into catalog '%1' (%2, %3 warnings)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n catalogs are named '%1'; rename one first</source>
        <translation>
            <numerusform>%n catalogs are named '%1'; rename one first</numerusform>
            <numerusform>%n catalogs are named '%1'; rename one first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>job %1: generating %n dialogue(s) from catalog '%2'</source>
        <translation>
            <numerusform>job %1: generating %n dialogue from catalog '%2'</numerusform>
            <numerusform>job %1: generating %n dialogues from catalog '%2'</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>scored %n dialogue(s) in %1 s</source>
        <translation>
            <numerusform>scored %n dialogue in %1 s</numerusform>
            <numerusform>scored %n dialogues in %1 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the judge rated no dialogue; %n failed. First: %1</source>
        <translation>
            <numerusform>the judge rated no dialogue; %n failed. First: %1</numerusform>
            <numerusform>the judge rated no dialogue; %n failed. First: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the judge could not rate %n dialogue(s); run again to retry them (the answers received come from the project's cache). First: %1</source>
        <translation>
            <numerusform>the judge could not rate %n dialogue; run again to retry them (the answers received come from the project's cache). First: %1</numerusform>
            <numerusform>the judge could not rate %n dialogues; run again to retry them (the answers received come from the project's cache). First: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>judge '%1' (%2): %n dialogue(s) rated, %3 failed; requests sent: %4, answered from the cache: %5</source>
        <translation>
            <numerusform>judge '%1' (%2): %n dialogue rated, %3 failed; requests sent: %4, answered from the cache: %5</numerusform>
            <numerusform>judge '%1' (%2): %n dialogues rated, %3 failed; requests sent: %4, answered from the cache: %5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %1: mean %2 over %n verdict(s)%3</source>
        <translation>
            <numerusform>  %1: mean %2 over %n verdict%3</numerusform>
            <numerusform>  %1: mean %2 over %n verdicts%3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the input; nothing was imported</source>
        <translation>
            <numerusform>%n problem in the input; nothing was imported</numerusform>
            <numerusform>%n problems in the input; nothing was imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>corpus: %n document(s) read (%1 new, %2 changed, %3 unchanged), %4 passages</source>
        <translation>
            <numerusform>corpus: %n document read (%1 new, %2 changed, %3 unchanged), %4 passages</numerusform>
            <numerusform>corpus: %n documents read (%1 new, %2 changed, %3 unchanged), %4 passages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChatCompletion</name>
    <message numerus="yes">
        <source>read %n Hermes &lt;tool_call&gt; block(s) in the text as calls</source>
        <translation>
            <numerusform>read %n Hermes &lt;tool_call&gt; block in the text as calls</numerusform>
            <numerusform>read %n Hermes &lt;tool_call&gt; blocks in the text as calls</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LlmAgents</name>
    <message numerus="yes">
        <source>the %1 agent's request failed after %n attempt(s): %2</source>
        <translation>
            <numerusform>the %1 agent's request failed after %n attempt: %2</numerusform>
            <numerusform>the %1 agent's request failed after %n attempts: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LlmCorpusEngine</name>
    <message numerus="yes">
        <source>%1, %2 stage: the repair request failed after %n attempt(s): %3</source>
        <translation>
            <numerusform>%1, %2 stage: the repair request failed after %n attempt: %3</numerusform>
            <numerusform>%1, %2 stage: the repair request failed after %n attempts: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 stage: the request failed after %n attempt(s): %3</source>
        <translation>
            <numerusform>%1, %2 stage: the request failed after %n attempt: %3</numerusform>
            <numerusform>%1, %2 stage: the request failed after %n attempts: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LlmJudge</name>
    <message numerus="yes">
        <source>the %1 judge's request failed after %n attempt(s): %2</source>
        <translation>
            <numerusform>the %1 judge's request failed after %n attempt: %2</numerusform>
            <numerusform>the %1 judge's request failed after %n attempts: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %1 judge's repair request failed after %n attempt(s): %2</source>
        <translation>
            <numerusform>the %1 judge's repair request failed after %n attempt: %2</numerusform>
            <numerusform>the %1 judge's repair request failed after %n attempts: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoveGraphNodes</name>
    <message numerus="yes">
        <source>Move %n Tool(s)</source>
        <translation>
            <numerusform>Move %n Tool</numerusform>
            <numerusform>Move %n Tools</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpenApiImporter</name>
    <message numerus="yes">
        <source>%n callback(s) not imported: requests the API sends, not operations</source>
        <translation>
            <numerusform>%n callback not imported: requests the API sends, not operations</numerusform>
            <numerusform>%n callbacks not imported: requests the API sends, not operations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s) not imported: requests the API sends, not operations it offers</source>
        <translation>
            <numerusform>%n webhook not imported: requests the API sends, not operations it offers</numerusform>
            <numerusform>%n webhooks not imported: requests the API sends, not operations it offers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveGraphEdges</name>
    <message numerus="yes">
        <source>Delete %n Connection(s)</source>
        <translation>
            <numerusform>Delete %n Connection</numerusform>
            <numerusform>Delete %n Connections</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveGraphNodes</name>
    <message numerus="yes">
        <source>Remove %n Tool(s) from Graph</source>
        <translation>
            <numerusform>Remove %n Tool from Graph</numerusform>
            <numerusform>Remove %n Tools from Graph</numerusform>
        </translation>
    </message>
</context>
</TS>