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
        <source>This project holds no tool catalog. Importing catalogs (OpenAI, MCP, BFCL, OpenAPI) is not available in this build yet; the demo project (Help ▸ Open Demo Project) has two catalogs to explore.</source>
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
        <source>No tool selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a tool in the list to see its definition.</source>
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
        <source>Tool in catalog %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (originally “%1”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns: no result schema declared</source>
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
        <source>Usage: callwright-cli &lt;command&gt; [options]

Commands:
  project new FILE [--name NAME] [--demo]   create a project file
  project info FILE [--json]                show what a project holds
  project check FILE [--json]               verify the file&apos;s integrity

Options for every command:
  --json      print machine-readable JSON on standard output
  -h, --help  show help for the command
  --version   print the version

Exit codes: 0 success, 1 the operation failed, 2 usage error,
3 the file was refused (missing, not a project, corrupt, or newer).
</source>
        <translation type="unfinished"></translation>
    </message>
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
</context>
</TS>
