<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddCatalog</name>
    <message>
        <source>Add Catalog %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddTool</name>
    <message>
        <source>Add Tool %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BfclImporter</name>
    <message>
        <source>non-standard &quot;optional&quot;: %1 removed; &quot;required&quot; alone says which parameters are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of item schemas became &quot;prefixItems&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type &quot;any&quot; removed: any value is accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot; kept as is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default None removed: BFCL&apos;s way of saying &quot;no value&quot;, which the type does not allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default %1 removed: not a value of the type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default %1 became %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enum values %1 converted to the type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enum values %1 removed: not values of the type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enum removed: no value was left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;required&quot; is not a list: removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;required&quot; lists %1, which is not a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is required but has no schema under &quot;properties&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a function object, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/name is missing or not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/%1 must be a schema object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/%1%2 is nested deeper than %3 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renamed from &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no parameters schema; the tool takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type set to &quot;object&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2, column %3: malformed JSON: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (BFCL files hold one whole function per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; (on %n function(s)) is not kept</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the file holds no functions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Callwright::AboutDialog</name>
    <message>
        <source>About Callwright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callwright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1, built with Qt %2 (running on Qt %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workbench for building supervised fine-tuning datasets of multi-turn tool-calling dialogues: design a tool catalog and its dependency graph, simulate conversations, review every call, score and export them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proprietary software; no licence to redistribute is granted. The demo catalogs come from τ-bench, © 2024 Sierra, under the MIT licence.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Callwright::ActionRegistry</name>
    <message>
        <source>&amp;New Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate Tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate the selected tool under a new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected tool (undoable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Demo Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Callwright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Catalog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a tool catalog from a file (OpenAI, MCP, BFCL, OpenAPI) or from an MCP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Catalog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the selected catalog as OpenAI tools or an MCP tools/list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a tool to the selected catalog (undoable)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Callwright::CatalogPanel</name>
    <message>
        <source>Search tools by name or description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No catalogs yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n tool(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import a tool catalog: an OpenAI tool list, an MCP tools/list result or a live MCP server, BFCL function docs, or an OpenAPI document. The demo project (Help ▸ Open Demo Project) has two catalogs to explore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n Tool(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Tool(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>OpenAI tools (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCP tools/list (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Catalog %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could Not Export Catalog</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Callwright::ExportPanel</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n dialogue(s) of this project are accepted and would be exported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting datasets is not available in this build yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Callwright::GraphPanel</name>
    <message>
        <source>Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tool(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, a stored graph of %n link(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, no graph built yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project has no catalogs, so there are no tools to connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inferring links between tools and editing the graph are not available in this build yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Callwright::ImportCatalogDialog</name>
    <message>
        <source>OpenAI tools (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCP server over stdio (tools/list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCP tools/list result (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BFCL function docs (JSON Lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAPI document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool catalogs (*.json *.jsonl *.ndjson *.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl *.ndjson)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML (*.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a tool catalog and review it before it is added to the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a &amp;file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From an &amp;MCP server (started over stdio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAI tools, MCP tools/list, BFCL .jsonl or OpenAPI file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. npx -y @modelcontextprotocol/server-everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCP server command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command runs on this computer with your permissions, without a shell. You are shown the program and its arguments and asked to confirm before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop reading; the project stays as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the command that starts the MCP server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no program “%1” (looked in PATH).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server was not started; the project is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments, one per line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It runs with your permissions and can do anything you can. Run only servers you trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run MCP Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run this command?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the MCP server to list its tools:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled; the project is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not import: %1
The project is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tool(s) imported</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No warnings: every tool was read as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): what the import changed or left out</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Imported catalog</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Callwright::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write to the project file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callwright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Callwright</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Callwright::ProjectController</name>
    <message>
        <source>Could Not Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could Not Create Demo Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could Not Open Demo Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could Not Create Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could Not Save Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callwright projects (*.%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Callwright::ProjectDocument</name>
    <message>
        <source>Duplicate Tool %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Callwright::ProjectSession</name>
    <message>
        <source>No project is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Callwright::ProjectStatus</name>
    <message>
        <source>No project open</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n catalog(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tool(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dialogue(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Callwright::RecentProjectsMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Callwright::ReviewPanel</name>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to review: this project holds no dialogues yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Of %n dialogue(s), %1 accepted, %2 rejected and %3 open or needing a fix.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reviewing and editing dialogues is not available in this build yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Callwright::SchemaEditor</name>
    <message>
        <source>(root)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No result schema. Type a JSON Schema to declare one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No result schema declared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the arguments need a schema, at least {&quot;type&quot;: &quot;object&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: %3. Not saved until fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tool schema must be a JSON object, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arguments are passed as an object; type should be &quot;object&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) in the schema. Not saved until fixed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Valid JSON Schema, %n warning(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Valid JSON Schema.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Callwright::ScoresPanel</name>
    <message>
        <source>Scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Scoring dialogues (coherence, diversity and judge ratings) is not available in this build yet, so no scores are shown for the %n dialogue(s) in this project.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Callwright::SimulationPanel</name>
    <message>
        <source>Simulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This project holds %n dialogue(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Generating dialogues (planner, user, assistant and tool agents) is not available in this build yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Callwright::ToolDetailView</name>
    <message>
        <source>No tool selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>context-carrying requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Catalog of %n tool(s); later calls get earlier results through %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select a tool in the list to edit its definition.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Callwright::ToolEditor</name>
    <message>
        <source>written by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported from an OpenAI tool list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported from an MCP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported from BFCL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported from an OpenAPI document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mined from a text corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard My Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the tool as the project has it now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the tool does, for the assistant that calls it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated, e.g. orders, read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In catalog %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (originally “%1”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tool needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 characters (this one has %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use only letters, digits, underscores and hyphens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another tool in %1 is already named “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tool was changed (by undo or elsewhere) while a field holds text that is not valid. Your text is kept; fix it to save it, or discard it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Callwright::ToolsModel</name>
    <message numerus="yes">
        <source>%1 (%n tool(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Callwright::WelcomePage</name>
    <message>
        <source>Callwright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build fine-tuning datasets of multi-turn tool-calling dialogues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallwrightCli</name>
    <message>
        <source>Print JSON on standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>expected %n argument(s); try --help</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The project file to create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill it with the bundled demo catalogs (tau-bench).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what a project holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify a project file&apos;s integrity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a subcommand; try --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1 %2&apos;; try --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog file (OpenAI, MCP, BFCL, OpenAPI).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project to import into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>openai, mcp, bfcl, openapi or auto (the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new catalog&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start this command as an MCP server over stdio and import its tools instead of reading a file. It runs with your rights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for the MCP server at each step (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a tool catalog into a project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--project is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout takes a positive number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mcp needs a command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; use openai, mcp, bfcl, openapi or auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>imported %n tool(s) into catalog &apos;%1&apos; (%2, %3 warning(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog&apos;s name (may be left out when there is one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>openai or mcp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write; &apos;-&apos; for standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a tool catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--project and --out are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; use openai or mcp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a catalog with --catalog; the project has: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: callwright-cli &lt;command&gt; [options]

Commands:
  project new FILE [--name NAME] [--demo]   create a project file
  project info FILE [--json]                show what a project holds
  project check FILE [--json]               verify the file&apos;s integrity
  catalog import --project P FILE [--format F] [--name N]
                                            import a tool catalog
  catalog import --project P --mcp &quot;COMMAND&quot; [--timeout S]
                                            list an MCP server&apos;s tools
  catalog export --project P --catalog NAME --format openai|mcp
                 --out FILE                 write a catalog (&apos;-&apos;: stdout)

Options for every command:
  --json      print machine-readable JSON on standard output
  -h, --help  show help for the command
  --version   print the version

Exit codes: 0 success, 1 the operation failed, 2 usage error,
3 the file was refused (missing, not a project, corrupt, or newer).
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogExporter</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogImport</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is %2, more than the %3 a catalog may have; split it into smaller files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogImporter</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a tool catalog in a format Callwright knows (OpenAI, MCP, BFCL, OpenAPI); if it is one, choose the format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: tool &quot;%2&quot;: /%3%4 is nested deeper than %5 levels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeProjectName</name>
    <message>
        <source>Rename Project</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeTool</name>
    <message>
        <source>Edit Tool %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoProject</name>
    <message>
        <source>Callwright demo: tau-bench retail and airline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>McpClient</name>
    <message>
        <source>could not start the MCP server %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the MCP server %1 answered %2 with an error: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not send %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (it crashed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (it exited with code %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It wrote nothing to stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of its stderr:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCP server %1: %2%3. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server wrote a line that is not a JSON-RPC message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a message longer than %1 bytes while waiting for the answer to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing the tools of %1 was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended before answering %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer to %1 within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command has an unclosed %1 quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no MCP server command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCP server %1 listed more than %2 pages of tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCP server %1 answered tools/list without a &quot;tools&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCP server %1 gave the cursor &quot;%2&quot; twice; its list never ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCP server %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools of the MCP server %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>McpImporter</name>
    <message>
        <source>not an object; not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a single value; not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a JSON Schema object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 is nested deeper than %3 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing or not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renamed from &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing description; the title stands in for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no inputSchema; the tool takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type set to &quot;object&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCP requires an inputSchema of type &quot;object&quot;; found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/tools must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server lists no tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a tools/list result, an object with &quot;tools&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the saved response is a JSON-RPC error: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: /result must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no &quot;tools&quot; list: not a tools/list result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds one page of a longer list (next cursor &quot;%1&quot;); the tools of later pages are not in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenAiImporter</name>
    <message>
        <source>entry %1 is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unsupported tool type %2; only &quot;function&quot; tools are read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/name is missing or not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renamed from &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no parameters schema; the tool takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/parameters must be a JSON Schema object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type normalised to &quot;object&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a list of tools or an object with &quot;tools&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the tools must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds no tools</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenApiImporter</name>
    <message numerus="yes">
        <source>%n callback(s) not imported: requests the API sends, not operations</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>renamed from &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no operationId: named after &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing summary and description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second parameter &quot;%1&quot; (in %2) is named &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter without &quot;name&quot; or &quot;in&quot; not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header &quot;%1&quot; not imported: media types and credentials are not the caller&apos;s arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot; has no schema: any value is accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot; in &quot;%2&quot; not imported: unknown location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both a body and form parameters; the body is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a parameter is named &quot;body&quot;: the request body is &quot;request_body&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request body not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request body without content not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request body is %1, not JSON; its schema stands for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no schema: any body is accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response is %1, not JSON; its schema stands for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response not read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/swagger: version %1 is not read; 2.0 is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither &quot;openapi&quot; nor &quot;swagger&quot;: not an OpenAPI document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 is read as 3.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/openapi: version %1 is not read; 2.0, 3.0 and 3.1 are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an OpenAPI document is an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/paths must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s) not imported: requests the API sends, not operations it offers</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the document has no operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reference %1 leads back to itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reference %1 leads nowhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reference %1 is outside this file; only references within it are read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is nested deeper than %2 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expands to more than %2 values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reference %1 is outside this file: not resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>circular reference to %1 cut</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectStore</name>
    <message>
        <source>&quot;%1&quot; is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; refused the change: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be read or written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was written by a newer version of Callwright (schema %2; this build reads up to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of table %2 in &quot;%3&quot; cannot be read: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version %1 does not exist; this build writes 1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Callwright project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its size does not match its header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is write-protected; open it read-only instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write-ahead logging is not available (journal mode %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be upgraded to the current format: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project could not be copied to &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meta key must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no catalog %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no tool %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no dialogue %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialogue %1 of the batch has no uid; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialogue %1 cannot be stored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dialogue without uid cannot be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no search index yet; open it for writing to add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search &quot;%1&quot; could not be run: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project has no name in its meta table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its schema cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveTool</name>
    <message>
        <source>Delete Tool %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <source>type &quot;%1&quot; became &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YamlReader</name>
    <message>
        <source>&quot;%1&quot; is not a valid !!%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document expands to more than %1 values (through aliases?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key that is not a single value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> at line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed YAML%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is nested deeper than %2 levels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Workbench for multi-turn tool-calling fine-tuning datasets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project file (.callwright) to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo project, creating it if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the main window to &lt;file&gt; and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the panel &lt;name&gt; (catalog, graph, simulation, review, scores, export).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the Catalog panel with its first tool selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the Catalog panel with the tool &lt;name&gt; selected in its editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Import Catalog dialog reading &lt;file&gt; (with --screenshot, picture the dialog&apos;s report).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
