<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddCatalog</name>
    <message>
        <source>Add Catalog %1</source>
        <translation>添加工具目录 %1</translation>
    </message>
    <message>
        <source>Catalog %1 cannot be taken out: dialogues were made from it. Delete them first.</source>
        <translation>无法移除工具目录 %1：已有基于它生成的对话。请先删除这些对话。</translation>
    </message>
</context>
<context>
    <name>AddGraphEdge</name>
    <message>
        <source>Connect Tools</source>
        <translation>连接工具</translation>
    </message>
</context>
<context>
    <name>AddGraphNodes</name>
    <message>
        <source>Add %1 to Graph</source>
        <translation>将 %1 添加到依赖图</translation>
    </message>
    <message numerus="yes">
        <source>Add %n Tool(s) to Graph</source>
        <translation>
            <numerusform>将 %n 个工具添加到依赖图</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddTool</name>
    <message>
        <source>Add Tool %1</source>
        <translation>添加工具 %1</translation>
    </message>
</context>
<context>
    <name>BfclImporter</name>
    <message>
        <source>non-standard &quot;optional&quot;: %1 removed; &quot;required&quot; alone says which parameters are required</source>
        <translation>已移除非标准的 &quot;optional&quot;：%1；参数是否必需只由 &quot;required&quot; 指定</translation>
    </message>
    <message>
        <source>a list of item schemas became &quot;prefixItems&quot;</source>
        <translation>由项模式组成的列表已改为 &quot;prefixItems&quot;</translation>
    </message>
    <message>
        <source>type &quot;any&quot; removed: any value is accepted</source>
        <translation>已移除类型 &quot;any&quot;：接受任意值</translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot; kept as is</source>
        <translation>未知类型 &quot;%1&quot; 保持原样</translation>
    </message>
    <message>
        <source>default None removed: BFCL&apos;s way of saying &quot;no value&quot;, which the type does not allow</source>
        <translation>已移除默认值 None：这是 BFCL 表示“无值”的方式，而该类型不允许此值</translation>
    </message>
    <message>
        <source>default %1 removed: not a value of the type</source>
        <translation>已移除默认值 %1：不是该类型的值</translation>
    </message>
    <message>
        <source>default %1 became %2</source>
        <translation>默认值 %1 已改为 %2</translation>
    </message>
    <message>
        <source>enum values %1 converted to the type</source>
        <translation>枚举值 %1 已转换为该类型</translation>
    </message>
    <message>
        <source>enum values %1 removed: not values of the type</source>
        <translation>已移除枚举值 %1：不是该类型的值</translation>
    </message>
    <message>
        <source>enum removed: no value was left</source>
        <translation>已移除 enum：没有剩余的值</translation>
    </message>
    <message>
        <source>&quot;required&quot; is not a list: removed</source>
        <translation>&quot;required&quot; 不是列表：已移除</translation>
    </message>
    <message>
        <source>&quot;required&quot; lists %1, which is not a name</source>
        <translation>&quot;required&quot; 中列出的 %1 不是名称</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is required but has no schema under &quot;properties&quot;</source>
        <translation>&quot;%1&quot; 是必需参数，但 &quot;properties&quot; 下没有它的模式</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1，第 %2 行：%3</translation>
    </message>
    <message>
        <source>expected a function object, found %1</source>
        <translation>应为函数对象，实际为 %1</translation>
    </message>
    <message>
        <source>/name is missing or not a string</source>
        <translation>/name 缺失或不是字符串</translation>
    </message>
    <message>
        <source>/%1 must be a schema object</source>
        <translation>/%1 必须是模式对象</translation>
    </message>
    <message>
        <source>/%1%2 is nested deeper than %3 levels</source>
        <translation>/%1%2 的嵌套深度超过 %3 层</translation>
    </message>
    <message>
        <source>renamed from &quot;%1&quot;</source>
        <translation>已从 &quot;%1&quot; 重命名</translation>
    </message>
    <message>
        <source>missing description</source>
        <translation>缺少描述</translation>
    </message>
    <message>
        <source>no parameters schema; the tool takes no arguments</source>
        <translation>没有参数模式；该工具不接受参数</translation>
    </message>
    <message>
        <source>type set to &quot;object&quot;</source>
        <translation>类型已设为 &quot;object&quot;</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: malformed JSON: %4</source>
        <translation>%1，第 %2 行，第 %3 列：JSON 格式错误：%4</translation>
    </message>
    <message>
        <source> (BFCL files hold one whole function per line)</source>
        <translation> (BFCL 文件每行包含一个完整的函数)</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; (on %n function(s)) is not kept</source>
        <translation>
            <numerusform>&quot;%1&quot;（出现在 %n 个函数中）未保留</numerusform>
        </translation>
    </message>
    <message>
        <source>the file holds no functions</source>
        <translation>该文件不包含任何函数</translation>
    </message>
</context>
<context>
    <name>Callwright::AboutDialog</name>
    <message>
        <source>About Callwright</source>
        <translation>关于 Callwright</translation>
    </message>
    <message>
        <source>Callwright</source>
        <translation>Callwright</translation>
    </message>
    <message>
        <source>Version %1, built with Qt %2 (running on Qt %3)</source>
        <translation>版本 %1，基于 Qt %2 构建（运行于 Qt %3）</translation>
    </message>
    <message>
        <source>A workbench for building supervised fine-tuning datasets of multi-turn tool-calling dialogues: design a tool catalog and its dependency graph, simulate conversations, review every call, score and export them.</source>
        <translation>用于构建多轮工具调用对话监督微调数据集的工作台：设计工具目录及其依赖图，模拟对话，审阅每一次调用，并对对话进行评分和导出。</translation>
    </message>
    <message>
        <source>Proprietary software; no licence to redistribute is granted. The demo catalogs come from τ-bench, © 2024 Sierra, under the MIT licence.</source>
        <translation>专有软件；未授予再分发许可。演示工具目录来自 τ-bench，© 2024 Sierra，采用 MIT 许可证。</translation>
    </message>
</context>
<context>
    <name>Callwright::ActionRegistry</name>
    <message>
        <source>&amp;New Project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>清除菜单(&amp;C)</translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation>项目另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>关闭项目(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Rename Project…</source>
        <translation>重命名项目(&amp;R)…</translation>
    </message>
    <message>
        <source>D&amp;uplicate Tool</source>
        <translation>复制工具(&amp;U)</translation>
    </message>
    <message>
        <source>Duplicate the selected tool under a new name</source>
        <translation>以新名称复制所选工具</translation>
    </message>
    <message>
        <source>&amp;Delete Tool</source>
        <translation>删除工具(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected tool (undoable)</source>
        <translation>删除所选工具（可撤销）</translation>
    </message>
    <message>
        <source>Open &amp;Demo Project</source>
        <translation>打开演示项目(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;About Callwright</source>
        <translation>关于 Callwright(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Import Catalog…</source>
        <translation>导入工具目录(&amp;I)…</translation>
    </message>
    <message>
        <source>Add a tool catalog from a file (OpenAI, MCP, BFCL, OpenAPI) or from an MCP server</source>
        <translation>从文件（OpenAI、MCP、BFCL、OpenAPI）或 MCP 服务器添加工具目录</translation>
    </message>
    <message>
        <source>&amp;Export Catalog…</source>
        <translation>导出工具目录(&amp;E)…</translation>
    </message>
    <message>
        <source>Write the selected catalog as OpenAI tools or an MCP tools/list</source>
        <translation>将所选工具目录写出为 OpenAI 工具列表或 MCP tools/list</translation>
    </message>
    <message>
        <source>&amp;Add Tool</source>
        <translation>添加工具(&amp;A)</translation>
    </message>
    <message>
        <source>Add a tool to the selected catalog (undoable)</source>
        <translation>向所选工具目录添加工具（可撤销）</translation>
    </message>
    <message>
        <source>&amp;Infer Edges</source>
        <translation>推断边(&amp;I)</translation>
    </message>
    <message>
        <source>Join tools whose parameters and return fields match, replacing the inferred edges (manual edges stay)</source>
        <translation>连接参数与返回值字段相匹配的工具，替换已推断的边（手动边保持不变）</translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation>布局(&amp;L)</translation>
    </message>
    <message>
        <source>Arrange the graph automatically with Graphviz (undoable)</source>
        <translation>使用 Graphviz 自动排布依赖图（可撤销）</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <source>Show the whole graph (F)</source>
        <translation>显示整个依赖图 (F)</translation>
    </message>
    <message>
        <source>&amp;Delete from Graph</source>
        <translation>从依赖图中删除(&amp;D)</translation>
    </message>
    <message>
        <source>Remove the selected tools (with their edges) and edges from the graph; the tools stay in the catalog</source>
        <translation>从依赖图中移除所选工具（连同其边）和所选边；工具仍保留在工具目录中</translation>
    </message>
    <message>
        <source>Agent &amp;Prompts…</source>
        <translation>智能体提示词(&amp;P)…</translation>
    </message>
    <message>
        <source>Edit the prompts of the LLM-driven agents for this project</source>
        <translation>编辑此项目中由 LLM 驱动的智能体的提示词</translation>
    </message>
</context>
<context>
    <name>Callwright::CallInspector</name>
    <message>
        <source>Apply Edits</source>
        <translation>应用编辑</translation>
    </message>
    <message>
        <source>Re-run This Call</source>
        <translation>重新运行此调用</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>封装</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>响应</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>校验</translation>
    </message>
    <message>
        <source>Check the request and response against the tool&apos;s schemas and store them (undoable)</source>
        <translation>按工具的模式校验请求和响应并保存（可撤销）</translation>
    </message>
    <message>
        <source>Run the same request again with the embedded engine</source>
        <translation>使用内置引擎再次运行相同的请求</translation>
    </message>
    <message>
        <source>Select a tool call in the transcript to inspect it.</source>
        <translation>在对话记录中选择一个工具调用以进行检查。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; call %2 &amp;nbsp; request %3%4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; 调用 %2 &amp;nbsp; 请求 %3%4</translation>
    </message>
    <message>
        <source> &amp;nbsp; &lt;i&gt;error response&lt;/i&gt;</source>
        <translation> &amp;nbsp; &lt;i&gt;错误响应&lt;/i&gt;</translation>
    </message>
    <message>
        <source>(no envelope)</source>
        <translation>（无封装）</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <source>Validation (%1)</source>
        <translation>校验（%1）</translation>
    </message>
    <message>
        <source>Request, line %1: %2</source>
        <translation>请求，第 %1 行：%2</translation>
    </message>
    <message>
        <source>Response, line %1: %2</source>
        <translation>响应，第 %1 行：%2</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>请求 %1</translation>
    </message>
    <message>
        <source>Response %1</source>
        <translation>响应 %1</translation>
    </message>
    <message>
        <source>Re-run: the same request gave the stored response.</source>
        <translation>重新运行：相同的请求得到了与已存储响应相同的结果。</translation>
    </message>
    <message>
        <source>Re-run: the response differs from the stored one:
%1</source>
        <translation>重新运行：响应与已存储的响应不同：
%1</translation>
    </message>
</context>
<context>
    <name>Callwright::CallReplay</name>
    <message>
        <source>The catalog has no tool named %1 any more.</source>
        <translation>工具目录中已不再有名为 %1 的工具。</translation>
    </message>
</context>
<context>
    <name>Callwright::CatalogPanel</name>
    <message>
        <source>Search tools by name or description</source>
        <translation>按名称或描述搜索工具</translation>
    </message>
    <message>
        <source>Search tools</source>
        <translation>搜索工具</translation>
    </message>
    <message>
        <source>No catalogs yet</source>
        <translation>尚无工具目录</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>工具目录</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n tool(s)</source>
        <translation>
            <numerusform>%n 个工具中的 %1 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a tool catalog: an OpenAI tool list, an MCP tools/list result or a live MCP server, BFCL function docs, or an OpenAPI document. The demo project (Help ▸ Open Demo Project) has two catalogs to explore.</source>
        <translation>导入工具目录：OpenAI 工具列表、MCP tools/list 结果或正在运行的 MCP 服务器、BFCL 函数文档，或 OpenAPI 文档。演示项目（帮助 ▸ 打开演示项目）中有两个工具目录可供浏览。</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n Tool(s)</source>
        <translation>
            <numerusform>复制 %n 个工具</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Tool(s)</source>
        <translation>
            <numerusform>删除 %n 个工具</numerusform>
        </translation>
    </message>
    <message>
        <source>OpenAI tools (*.json)</source>
        <translation>OpenAI 工具 (*.json)</translation>
    </message>
    <message>
        <source>MCP tools/list (*.json)</source>
        <translation>MCP tools/list (*.json)</translation>
    </message>
    <message>
        <source>Export Catalog %1</source>
        <translation>导出工具目录 %1</translation>
    </message>
    <message>
        <source>Could Not Export Catalog</source>
        <translation>无法导出工具目录</translation>
    </message>
</context>
<context>
    <name>Callwright::CorpusPanel</name>
    <message>
        <source>Relevance</source>
        <translation>相关性</translation>
    </message>
    <message>
        <source>Extraction</source>
        <translation>提取</translation>
    </message>
    <message>
        <source>Grounding</source>
        <translation>落地</translation>
    </message>
    <message>
        <source>Refinement</source>
        <translation>精炼</translation>
    </message>
    <message>
        <source>Relev.</source>
        <translation>相关</translation>
    </message>
    <message>
        <source>Extr.</source>
        <translation>提取</translation>
    </message>
    <message>
        <source>Ground.</source>
        <translation>落地</translation>
    </message>
    <message>
        <source>Refine.</source>
        <translation>精炼</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>已编辑</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>%1✓</source>
        <translation>%1✓</translation>
    </message>
    <message>
        <source>%1✗</source>
        <translation>%1✗</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>, required</source>
        <translation>，必填</translation>
    </message>
    <message>
        <source>System prompt rules</source>
        <translation>系统提示词规则</translation>
    </message>
    <message>
        <source>Made harder by</source>
        <translation>增加难度的方式</translation>
    </message>
    <message>
        <source>Trajectory</source>
        <translation>轨迹</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <source>Tool %1</source>
        <translation>工具 %1</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Run Stages</source>
        <translation>运行阶段(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>A &amp;folder of text or Markdown files…</source>
        <translation>文本或 Markdown 文件所在的文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>A &amp;JSON Lines file…</source>
        <translation>JSON Lines 文件(&amp;J)…</translation>
    </message>
    <message>
        <source>Read a corpus into the project and run the four stages over it</source>
        <translation>将语料读入项目，并对其运行四个阶段</translation>
    </message>
    <message>
        <source>Run the stages that are pending or failed over every document</source>
        <translation>对每个文档运行待处理或失败的阶段</translation>
    </message>
    <message>
        <source>Stop; what is done so far is kept</source>
        <translation>停止；已完成的部分会保留</translation>
    </message>
    <message>
        <source>No run yet</source>
        <translation>尚未运行</translation>
    </message>
    <message>
        <source>Corpus progress</source>
        <translation>语料进度</translation>
    </message>
    <message>
        <source>Filter documents by title or id</source>
        <translation>按标题或 ID 筛选文档</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Pass.</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>工作流</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>Passages that hold a multi-step workflow</source>
        <translation>包含多步骤工作流的段落</translation>
    </message>
    <message>
        <source>%1: passages done ✓, failed ✗ and pending …</source>
        <translation>%1：已完成 ✓、失败 ✗ 和待处理 … 的段落</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>工作流</translation>
    </message>
    <message>
        <source>Choose a passage to see it in its document.</source>
        <translation>选择一个段落，即可在其所属文档中查看它。</translation>
    </message>
    <message>
        <source>Source document</source>
        <translation>源文档</translation>
    </message>
    <message>
        <source>Source (the passage highlighted)</source>
        <translation>源文本（已突出显示该段落）</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Stage output</source>
        <translation>阶段输出</translation>
    </message>
    <message>
        <source>Corpus</source>
        <translation>语料</translation>
    </message>
    <message>
        <source>Import a corpus folder</source>
        <translation>导入语料文件夹</translation>
    </message>
    <message>
        <source>Import a corpus file</source>
        <translation>导入语料文件</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;Text (*.txt *.md);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;文本 (*.txt *.md);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Running the pending and failed stages…</source>
        <translation>正在运行待处理和失败的阶段…</translation>
    </message>
    <message>
        <source>Importing %1 and running the stages…</source>
        <translation>正在导入 %1 并运行各阶段…</translation>
    </message>
    <message>
        <source>Cancelling; what is done so far is kept…</source>
        <translation>正在取消；已完成的部分会保留…</translation>
    </message>
    <message>
        <source>%1 / %2 documents · %3 workflows · %4 tools · %5 documents/s</source>
        <translation>%1 / %2 个文档 · %3 个工作流 · %4 个工具 · %5 个文档/秒</translation>
    </message>
    <message>
        <source>%1 passages of %2 documents run in %3 s: %4 workflows, %5 tools, %6 rule check findings.</source>
        <translation>已在 %3 秒内运行 %2 个文档的 %1 个段落：%4 个工作流，%5 个工具，%6 条规则检查发现。</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) imported. </source>
        <translation>
            <numerusform>已导入 %n 个文档。</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 documents; Run Stages finishes the rest.</source>
        <translation>已在处理 %2 个文档中的 %1 个后取消；点击“运行阶段”即可完成其余部分。</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>The run failed: %1</source>
        <translation>运行失败：%1</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>未打开任何项目。</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1 done, %2 edited, %3 failed, %4 pending, %5 skipped</source>
        <translation>%1 个已完成，%2 个已编辑，%3 个失败，%4 个待处理，%5 个已跳过</translation>
    </message>
    <message>
        <source>No corpus yet: import a folder of text or Markdown files, or a JSON Lines file of {id, title, text}.</source>
        <translation>尚无语料：请导入文本或 Markdown 文件所在的文件夹，或由 {id, title, text} 组成的 JSON Lines 文件。</translation>
    </message>
    <message>
        <source>(before the first heading)</source>
        <translation>（第一个标题之前）</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>This passage has not been run yet.</source>
        <translation>此段落尚未运行。</translation>
    </message>
    <message>
        <source>Choose a passage to see its stage outputs.</source>
        <translation>选择一个段落以查看其各阶段的输出。</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>engine: %1</source>
        <translation>引擎：%1</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>时间：%1</translation>
    </message>
    <message>
        <source>heuristic (made by rules, not a model)</source>
        <translation>启发式（由规则生成，而非模型）</translation>
    </message>
    <message numerus="yes">
        <source>%n rule check finding(s)</source>
        <translation>
            <numerusform>%n 条规则检查发现</numerusform>
        </translation>
    </message>
    <message>
        <source>Holds a multi-step workflow</source>
        <translation>包含多步骤工作流</translation>
    </message>
    <message>
        <source>Holds no multi-step workflow</source>
        <translation>不包含多步骤工作流</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Execution graph</source>
        <translation>执行图</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Add &amp;Tools to Catalog…</source>
        <translation>将工具添加到工具目录(&amp;T)…</translation>
    </message>
    <message>
        <source>Send to Re&amp;view</source>
        <translation>发送到审阅(&amp;V)</translation>
    </message>
    <message>
        <source>Add the tools extracted from the selected document to a catalog</source>
        <translation>将从所选文档中提取的工具添加到工具目录</translation>
    </message>
    <message>
        <source>Send the selected document&apos;s trajectories to review as dialogues</source>
        <translation>将所选文档的轨迹作为对话发送到审阅</translation>
    </message>
    <message>
        <source>Add Tools to Catalog</source>
        <translation>将工具添加到工具目录</translation>
    </message>
    <message>
        <source>Catalog (made when the project has none of this name):</source>
        <translation>工具目录（若项目中没有此名称的工具目录，则新建）：</translation>
    </message>
    <message>
        <source>The catalog needs a name.</source>
        <translation>工具目录需要一个名称。</translation>
    </message>
    <message>
        <source>Choose a document whose tools to add.</source>
        <translation>请选择要添加其工具的文档。</translation>
    </message>
    <message>
        <source>The extraction found no tools in this document.</source>
        <translation>提取阶段未在此文档中找到任何工具。</translation>
    </message>
    <message>
        <source>Add corpus tools to %1</source>
        <translation>将语料中的工具添加到 %1</translation>
    </message>
    <message>
        <source>Tools extracted from the project&apos;s text corpus.</source>
        <translation>从项目的文本语料中提取的工具。</translation>
    </message>
    <message>
        <source>The tools could not be added: %1</source>
        <translation>无法添加工具：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n tool(s) added</source>
        <translation>
            <numerusform>已添加 %n 个工具</numerusform>
        </translation>
    </message>
    <message>
        <source>Catalog “%1” made with the document&apos;s tools: %2.</source>
        <translation>已用该文档的工具新建工具目录“%1”：%2。</translation>
    </message>
    <message>
        <source>Catalog “%1”: %2, %3 already there.</source>
        <translation>工具目录“%1”：%2，%3 个已存在。</translation>
    </message>
    <message>
        <source>Choose a document whose trajectories to send to review.</source>
        <translation>请选择要将其轨迹发送到审阅的文档。</translation>
    </message>
    <message>
        <source>The trajectories could not be sent to review: %1</source>
        <translation>无法将轨迹发送到审阅：%1</translation>
    </message>
    <message>
        <source>This document has no trajectories yet: run the stages.</source>
        <translation>此文档尚无轨迹：请运行各阶段。</translation>
    </message>
    <message numerus="yes">
        <source>%n dialogue(s) sent to review</source>
        <translation>
            <numerusform>已将 %n 个对话发送到审阅</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already there.</source>
        <translation>
            <numerusform>，%n 个已存在。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Callwright::CorpusTask</name>
    <message>
        <source>No corpus text was found in %1.</source>
        <translation>在 %1 中未找到语料文本。</translation>
    </message>
</context>
<context>
    <name>Callwright::CoverageChart</name>
    <message>
        <source>Coverage of the catalogs (%)</source>
        <translation>工具目录覆盖率（%）</translation>
    </message>
    <message>
        <source>Tools called</source>
        <translation>已调用的工具</translation>
    </message>
    <message>
        <source>Graph edges exercised</source>
        <translation>已覆盖的依赖图边</translation>
    </message>
    <message>
        <source>%1: %2 of %3 tools called, %4 of %5 graph edges exercised</source>
        <translation>%1：已调用 %3 个工具中的 %2 个，已覆盖 %5 条依赖图边中的 %4 条</translation>
    </message>
</context>
<context>
    <name>Callwright::DialogueListModel</name>
    <message>
        <source>Open</source>
        <translation>待审阅</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Needs fix</source>
        <translation>待修正</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>调用数</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>引擎</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
</context>
<context>
    <name>Callwright::EdgeInspector</name>
    <message>
        <source>(missing node %1)</source>
        <translation>（缺失节点 %1）</translation>
    </message>
    <message>
        <source>Data flow</source>
        <translation>数据流</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>相关</translation>
    </message>
    <message>
        <source>Data flow: a return field feeds a parameter. Related: two parameters take the same thing.</source>
        <translation>数据流：一个返回值字段为一个参数提供输入。相关：两个参数接受相同的内容。</translation>
    </message>
    <message>
        <source>From field</source>
        <translation>源字段</translation>
    </message>
    <message>
        <source>To field</source>
        <translation>目标字段</translation>
    </message>
    <message>
        <source>Edge</source>
        <translation>边</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>源：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Origin:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Confidence:</source>
        <translation>置信度：</translation>
    </message>
    <message>
        <source>Field mapping:</source>
        <translation>字段映射：</translation>
    </message>
    <message>
        <source>Select an edge to see the fields it joins, its origin and its confidence.</source>
        <translation>选择一条边以查看它连接的字段、来源及置信度。</translation>
    </message>
    <message>
        <source>%1, %2, %3.</source>
        <translation>%1，%2，%3。</translation>
    </message>
    <message numerus="yes">
        <source>%n parameter(s)</source>
        <translation>
            <numerusform>%n 个参数</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n return field(s)</source>
        <translation>
            <numerusform>%n 个返回值字段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edge(s)</source>
        <translation>
            <numerusform>%n 条边</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;This tool no longer exists in the catalog.&lt;/p&gt;</source>
        <translation>&lt;p&gt;工具目录中已不存在此工具。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>parameter %1</source>
        <translation>参数 %1</translation>
    </message>
    <message>
        <source>return field %1</source>
        <translation>返回值字段 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s), below</source>
        <translation>
            <numerusform>%n 个字段，见下方</numerusform>
        </translation>
    </message>
    <message>
        <source>Manual (drawn by hand; inference never changes it)</source>
        <translation>手动（手工绘制；推断不会更改它）</translation>
    </message>
    <message>
        <source>Inferred (replaced when edges are inferred again)</source>
        <translation>推断的（重新推断边时将被替换）</translation>
    </message>
    <message>
        <source>The tool no longer has this field.</source>
        <translation>该工具已不再有此字段。</translation>
    </message>
    <message>
        <source>⚠ No longer in the tools: %1. The tool changed after this edge was made; fix the edge or delete it.</source>
        <translation>⚠ 工具中已不存在：%1。创建此边后工具已发生更改；请修正或删除此边。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>Callwright::EditDialogue</name>
    <message>
        <source>Undo: %1</source>
        <translation>撤销：%1</translation>
    </message>
</context>
<context>
    <name>Callwright::EndpointForm</name>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>不计费</translation>
    </message>
    <message>
        <source>Requests are sent without credentials.</source>
        <translation>请求发送时不附带凭据。</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>What you call it, e.g. Local vLLM</source>
        <translation>您为它起的名称，例如“本地 vLLM”</translation>
    </message>
    <message>
        <source>http://127.0.0.1:8000/v1</source>
        <translation>http://127.0.0.1:8000/v1</translation>
    </message>
    <message>
        <source>Up to and including /v1: requests go to &lt;i&gt;base&lt;/i&gt;/chat/completions</source>
        <translation>填写到 /v1 为止（含 /v1）：请求将发送到 &lt;i&gt;base&lt;/i&gt;/chat/completions</translation>
    </message>
    <message>
        <source>The model name the server expects</source>
        <translation>服务器所要求的模型名称</translation>
    </message>
    <message>
        <source>None: the endpoint has no embeddings</source>
        <translation>无：该端点不提供嵌入</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>基础 URL(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Embedding model:</source>
        <translation>嵌入模型(&amp;E)：</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>身份验证</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>OAuth2 (authorization code with PKCE)</source>
        <translation>OAuth2（带 PKCE 的授权码模式）</translation>
    </message>
    <message>
        <source>Sent as Authorization: Bearer …</source>
        <translation>以 Authorization: Bearer … 的形式发送</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in the settings or the project file</source>
        <translation>保存在系统钥匙串中，绝不会写入设置或项目文件</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show or hide the key</source>
        <translation>显示或隐藏密钥</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>https://auth.example.com/authorize</source>
        <translation>https://auth.example.com/authorize</translation>
    </message>
    <message>
        <source>https://auth.example.com/token</source>
        <translation>https://auth.example.com/token</translation>
    </message>
    <message>
        <source>Space-separated, e.g. openid offline_access</source>
        <translation>以空格分隔，例如 openid offline_access</translation>
    </message>
    <message>
        <source>Met&amp;hod:</source>
        <translation>方式(&amp;H)：</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API 密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>Authori&amp;zation URL:</source>
        <translation>授权 URL(&amp;Z)：</translation>
    </message>
    <message>
        <source>T&amp;oken URL:</source>
        <translation>令牌 URL(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Client id:</source>
        <translation>客户端 ID(&amp;C)：</translation>
    </message>
    <message>
        <source>Sco&amp;pe:</source>
        <translation>作用域(&amp;P)：</translation>
    </message>
    <message>
        <source>Extra headers</source>
        <translation>额外请求头</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>请求头</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Sent with every request, e.g. HTTP-Referer or X-Title</source>
        <translation>随每个请求一同发送，例如 HTTP-Referer 或 X-Title</translation>
    </message>
    <message>
        <source>Add a header</source>
        <translation>添加请求头</translation>
    </message>
    <message>
        <source>Remove the selected header</source>
        <translation>移除所选请求头</translation>
    </message>
    <message>
        <source>Limits, timeouts and prices</source>
        <translation>限制、超时与价格</translation>
    </message>
    <message>
        <source>Requests open at once</source>
        <translation>同时进行的请求数</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Prompt and completion tokens together</source>
        <translation>提示词 token 与补全 token 的总和</translation>
    </message>
    <message>
        <source>How long to wait for the connection to open</source>
        <translation>等待连接建立的时长</translation>
    </message>
    <message>
        <source>From sending a request to the last byte of its answer</source>
        <translation>从发送请求到收到应答最后一个字节的时长</translation>
    </message>
    <message>
        <source>Retries after network errors, timeouts, 429 and 5xx answers, with exponential backoff that honours Retry-After</source>
        <translation>在网络错误、超时以及 429 和 5xx 应答后重试，采用遵循 Retry-After 的指数退避</translation>
    </message>
    <message>
        <source>Price per million prompt tokens, for the cost of a job</source>
        <translation>每百万提示词 token 的价格，用于计算任务成本</translation>
    </message>
    <message>
        <source>Price per million completion tokens, for the cost of a job</source>
        <translation>每百万补全 token 的价格，用于计算任务成本</translation>
    </message>
    <message>
        <source>Requests in &amp;flight:</source>
        <translation>并发请求数(&amp;F)：</translation>
    </message>
    <message>
        <source>Requests per m&amp;inute:</source>
        <translation>每分钟请求数(&amp;I)：</translation>
    </message>
    <message>
        <source>Tokens per minute:</source>
        <translation>每分钟 token 数：</translation>
    </message>
    <message>
        <source>Input price / M tokens:</source>
        <translation>输入价格 / 百万 token：</translation>
    </message>
    <message>
        <source>Connect timeout:</source>
        <translation>连接超时：</translation>
    </message>
    <message>
        <source>Request timeout:</source>
        <translation>请求超时：</translation>
    </message>
    <message>
        <source>Retries:</source>
        <translation>重试次数：</translation>
    </message>
    <message>
        <source>Output price / M tokens:</source>
        <translation>输出价格 / 百万 token：</translation>
    </message>
</context>
<context>
    <name>Callwright::EndpointsPanel</name>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Dup&amp;licate</source>
        <translation>复制(&amp;L)</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>移除(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>The test was stopped.</source>
        <translation>测试已停止。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>身份验证</translation>
    </message>
    <message>
        <source>Endpoint profiles</source>
        <translation>端点配置</translation>
    </message>
    <message>
        <source>Add a profile from a preset</source>
        <translation>从预设添加配置</translation>
    </message>
    <message>
        <source>Custom Endpoint</source>
        <translation>自定义端点</translation>
    </message>
    <message>
        <source>Add a copy of the selected profile, with its API key</source>
        <translation>添加所选配置的副本（连同其 API 密钥）</translation>
    </message>
    <message>
        <source>No endpoints yet</source>
        <translation>尚无端点</translation>
    </message>
    <message>
        <source>Add a profile for an OpenAI-compatible server: OpenAI, OpenRouter, vLLM, Ollama, llama.cpp server, LM Studio or your own. Without one, dialogues are simulated by the embedded offline engine.</source>
        <translation>为兼容 OpenAI 的服务器添加配置：OpenAI、OpenRouter、vLLM、Ollama、llama.cpp server、LM Studio 或您自己的服务器。如果没有配置，对话将由内置的离线引擎模拟。</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Send a one-word request with the settings and key in the form, saved or not</source>
        <translation>使用表单中当前的设置和密钥（无论是否已保存）发送一个仅含一个单词的请求</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>正在测试连接</translation>
    </message>
    <message>
        <source>Forget the changes since the profile was last saved</source>
        <translation>放弃自上次保存配置以来的更改</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>端点</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source>Changed, not saved</source>
        <translation>已更改，未保存</translation>
    </message>
    <message>
        <source>New, not saved yet</source>
        <translation>新建，尚未保存</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>API key (not set)</source>
        <translation>API 密钥（未设置）</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Keep the profile in the settings and its key in the keychain</source>
        <translation>将配置保存到设置中，并将其密钥保存到钥匙串中</translation>
    </message>
    <message>
        <source>Fix the problems above first</source>
        <translation>请先修正上方的问题</translation>
    </message>
    <message>
        <source>S&amp;top Test</source>
        <translation>停止测试(&amp;T)</translation>
    </message>
    <message>
        <source>Custom endpoint</source>
        <translation>自定义端点</translation>
    </message>
    <message>
        <source>Remove the endpoint profile “%1” and its API key?</source>
        <translation>要移除端点配置“%1”及其 API 密钥吗？</translation>
    </message>
    <message>
        <source>Discard the new endpoint profile “%1”?</source>
        <translation>要放弃新的端点配置“%1”吗？</translation>
    </message>
    <message>
        <source>Remove Endpoint</source>
        <translation>移除端点</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>正在测试 %1…</translation>
    </message>
    <message>
        <source>Connected: %1 answered in %2 ms</source>
        <translation>已连接：%1 在 %2 毫秒内作出应答</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>测试已取消。</translation>
    </message>
    <message>
        <source>The endpoint wants credentials: choose an API key or OAuth2.</source>
        <translation>该端点需要凭据：请选择 API 密钥或 OAuth2。</translation>
    </message>
    <message>
        <source>Check the API key.</source>
        <translation>请检查 API 密钥。</translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation>请重新登录。</translation>
    </message>
    <message>
        <source>Remove the selected profile with its API key or sign-in</source>
        <translation>移除所选配置及其 API 密钥或登录信息</translation>
    </message>
    <message>
        <source>Profiles are shared by all projects. API keys and sign-in tokens are kept in the system keychain, never in the settings or the project file.</source>
        <translation>配置由所有项目共享。API 密钥和登录令牌保存在系统钥匙串中，绝不会写入设置或项目文件。</translation>
    </message>
    <message>
        <source>OAuth2 (signed in)</source>
        <translation>OAuth2（已登录）</translation>
    </message>
    <message>
        <source>OAuth2 (not signed in)</source>
        <translation>OAuth2（未登录）</translation>
    </message>
    <message>
        <source>Save the profile to sign in.</source>
        <translation>保存配置后即可登录。</translation>
    </message>
    <message>
        <source>Fix the problems above to sign in.</source>
        <translation>修正上方的问题后即可登录。</translation>
    </message>
    <message>
        <source>Save the changes to sign in.</source>
        <translation>保存更改后即可登录。</translation>
    </message>
    <message>
        <source>%1 is not signed in: sign in first, then test the connection.</source>
        <translation>%1 尚未登录：请先登录，再测试连接。</translation>
    </message>
</context>
<context>
    <name>Callwright::ExportPanel</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>未打开任何项目。</translation>
    </message>
    <message>
        <source>Weight 0 on assistant turns whose calls failed validation</source>
        <translation>对调用未通过校验的助手轮次设置权重 0</translation>
    </message>
    <message>
        <source>Metadata sidecar with scores and provenance</source>
        <translation>附带包含评分和来源信息的元数据文件</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Dataset card</source>
        <translation>数据集卡片</translation>
    </message>
    <message>
        <source>The dataset card (README.md) written beside the data appears here after an export.</source>
        <translation>导出后，与数据一同写入的数据集卡片（README.md）将显示在此处。</translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation>导出到文件夹</translation>
    </message>
    <message>
        <source>OpenAI chat fine-tuning (JSON Lines)</source>
        <translation>OpenAI 对话微调（JSON Lines）</translation>
    </message>
    <message>
        <source>Hugging Face TRL (messages and tools)</source>
        <translation>Hugging Face TRL（messages 和 tools）</translation>
    </message>
    <message>
        <source>LLaMA-Factory ShareGPT</source>
        <translation>LLaMA-Factory ShareGPT</translation>
    </message>
    <message>
        <source>Hermes function calling (ChatML)</source>
        <translation>Hermes 函数调用（ChatML）</translation>
    </message>
    <message>
        <source>BFCL multi-turn (questions and ground truth)</source>
        <translation>BFCL 多轮（问题与标准答案）</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Accepted only</source>
        <translation>仅已接受</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待审阅</translation>
    </message>
    <message>
        <source>Needs fix</source>
        <translation>待修正</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>审阅状态</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>No validation split</source>
        <translation>不划分验证集</translation>
    </message>
    <message>
        <source>Share of each tool set that goes to validation.jsonl</source>
        <translation>每个工具集中划入 validation.jsonl 的比例</translation>
    </message>
    <message>
        <source>The same seed gives the same split</source>
        <translation>相同的随机种子产生相同的划分</translation>
    </message>
    <message>
        <source>Optional system message; {catalog} and {tools} are filled in</source>
        <translation>可选的系统消息；{catalog} 和 {tools} 将被自动填入</translation>
    </message>
    <message>
        <source>Named after the project</source>
        <translation>以项目命名</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>输出文件夹</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Dialogues:</source>
        <translation>对话(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Validation:</source>
        <translation>验证集(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>随机种子(&amp;S)：</translation>
    </message>
    <message>
        <source>System &amp;prompt:</source>
        <translation>系统提示词(&amp;P)：</translation>
    </message>
    <message>
        <source>Dataset &amp;name:</source>
        <translation>数据集名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Licence:</source>
        <translation>许可证(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Output folder:</source>
        <translation>输出文件夹(&amp;O)：</translation>
    </message>
    <message>
        <source>Write the dataset, its card and sidecar into the folder; files there are replaced only once the export is complete</source>
        <translation>将数据集、数据集卡片及元数据文件写入该文件夹；仅在导出全部完成后才会替换其中的文件</translation>
    </message>
    <message>
        <source>Stop; nothing is written and an earlier export stays as it was</source>
        <translation>停止；不写入任何内容，之前的导出保持不变</translation>
    </message>
    <message>
        <source>No export yet</source>
        <translation>尚未导出</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>导出进度</translation>
    </message>
    <message>
        <source>Choose an output folder first.</source>
        <translation>请先选择输出文件夹。</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>Exporting into %1…</source>
        <translation>正在导出到 %1…</translation>
    </message>
    <message>
        <source>Cancelling the export…</source>
        <translation>正在取消导出…</translation>
    </message>
    <message>
        <source>%1 / %2 read · %3 written · %4 MB</source>
        <translation>已读取 %1 / %2 · 已写入 %3 · %4 MB</translation>
    </message>
    <message>
        <source>Exported %1 dialogue(s): %2 for training, %3 for validation, %4 MB in %5 s (%6 dialogues/s).</source>
        <translation>已导出 %1 个对话：%2 个用于训练，%3 个用于验证，共 %4 MB，用时 %5 秒（每秒 %6 个对话）。</translation>
    </message>
    <message numerus="yes">
        <source>%n dialogue(s) did not fit the format and were left out, the first: %1</source>
        <translation>
            <numerusform>有 %n 个对话不符合该格式，已被略去，第一个为：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Open the folder %1</source>
        <translation>打开文件夹 %1</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written and the folder is as it was.</source>
        <translation>导出已取消；未写入任何内容，文件夹保持原样。</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message numerus="yes">
        <source>%n of the project&apos;s dialogues have this status.</source>
        <translation>
            <numerusform>项目中有 %n 个对话处于此状态。</numerusform>
        </translation>
    </message>
    <message>
        <source>Only those matching %1 are exported.</source>
        <translation>仅导出与 %1 匹配的对话。</translation>
    </message>
    <message numerus="yes">
        <source>%n near-duplicate(s) are left out.</source>
        <translation>
            <numerusform>已略去 %n 个近似重复项。</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave out near duplicates (one of each cluster is kept)</source>
        <translation>略去近似重复（每组保留一条）</translation>
    </message>
    <message>
        <source>Saved f&amp;ilter:</source>
        <translation>已保存的筛选器(&amp;I)：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Only those the saved filter “%1” shows are exported.</source>
        <translation>只导出已保存的筛选器“%1”显示的对话。</translation>
    </message>
</context>
<context>
    <name>Callwright::GenerationRunner</name>
    <message>
        <source>the project has no catalog %1</source>
        <translation>项目中没有工具目录 %1</translation>
    </message>
    <message>
        <source>the catalog &apos;%1&apos; has no tools</source>
        <translation>工具目录 &apos;%1&apos; 中没有工具</translation>
    </message>
    <message>
        <source>the job&apos;s settings cannot be read: %1</source>
        <translation>无法读取任务的设置：%1</translation>
    </message>
    <message>
        <source>the catalog %1 no longer exists or has no tools</source>
        <translation>工具目录 %1 已不存在或其中没有工具</translation>
    </message>
    <message>
        <source>the engine &apos;%1&apos; is not available; use &apos;embedded&apos; or &apos;llm&apos;</source>
        <translation>引擎 &apos;%1&apos; 不可用；请使用 &apos;embedded&apos; 或 &apos;llm&apos;</translation>
    </message>
    <message>
        <source>an &apos;llm&apos; job needs an endpoint profile</source>
        <translation>&apos;llm&apos; 任务需要端点配置</translation>
    </message>
    <message>
        <source>no endpoint can be opened here</source>
        <translation>此处无法打开任何端点</translation>
    </message>
    <message>
        <source>the endpoint &apos;%1&apos; cannot be used: %2</source>
        <translation>无法使用端点 &apos;%1&apos;：%2</translation>
    </message>
    <message>
        <source>dialogue %1: %2</source>
        <translation>对话 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n dialogue(s) could not be made; run the job again to retry them. First: %1</source>
        <translation>
            <numerusform>有 %n 个对话未能生成；请再次运行该任务以重试。第一个错误：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>an agent could not use an answer: %1</source>
        <translation>某个智能体无法使用应答：%1</translation>
    </message>
</context>
<context>
    <name>Callwright::GraphPanel</name>
    <message>
        <source>Graph</source>
        <translation>依赖图</translation>
    </message>
    <message>
        <source>Tool graph</source>
        <translation>工具依赖图</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>未打开任何项目。</translation>
    </message>
    <message numerus="yes">
        <source>%n tool(s)</source>
        <translation>
            <numerusform>%n 个工具</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>工具目录</translation>
    </message>
    <message>
        <source>Find a tool on the graph</source>
        <translation>在依赖图上查找工具</translation>
    </message>
    <message>
        <source>Find a tool</source>
        <translation>查找工具</translation>
    </message>
    <message>
        <source>Minimum similarity of two fields for an inferred edge; higher gives fewer, surer edges</source>
        <translation>推断边所需的两个字段的最低相似度；值越高，推断出的边越少但越可靠</translation>
    </message>
    <message>
        <source>Catalog:</source>
        <translation>工具目录：</translation>
    </message>
    <message>
        <source>Threshold:</source>
        <translation>阈值：</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>This project has no catalogs, so there are no tools to connect. Import a catalog first.</source>
        <translation>此项目没有工具目录，因此没有可连接的工具。请先导入工具目录。</translation>
    </message>
    <message>
        <source>No tools on this graph yet.</source>
        <translation>此依赖图上尚无工具。</translation>
    </message>
    <message>
        <source>%1 on the graph, %2.</source>
        <translation>依赖图上有 %1，%2。</translation>
    </message>
    <message numerus="yes">
        <source>%n edge(s)</source>
        <translation>
            <numerusform>%n 条边</numerusform>
        </translation>
    </message>
    <message>
        <source>No tool on this graph matches “%1”.</source>
        <translation>此依赖图上没有与“%1”匹配的工具。</translation>
    </message>
    <message>
        <source>Showing %1 and its neighbours.</source>
        <translation>正在显示 %1 及其相邻工具。</translation>
    </message>
    <message>
        <source>Every tool of the catalog is already on the graph.</source>
        <translation>工具目录中的所有工具都已在依赖图上。</translation>
    </message>
    <message numerus="yes">
        <source>Added %n tool(s) to the graph.</source>
        <translation>
            <numerusform>已将 %n 个工具添加到依赖图。</numerusform>
        </translation>
    </message>
    <message>
        <source>Inferring edges…</source>
        <translation>正在推断边…</translation>
    </message>
    <message numerus="yes">
        <source>Laying out %n tool(s)…</source>
        <translation>
            <numerusform>正在对 %n 个工具进行布局…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; the graph is as it was.</source>
        <translation>已取消；依赖图保持不变。</translation>
    </message>
</context>
<context>
    <name>Callwright::GraphScene</name>
    <message>
        <source>Delete from Graph</source>
        <translation>从依赖图中删除</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n edge(s).</source>
        <translation>
            <numerusform>已移除 %n 条边。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n tool(s) from the graph with their edges.</source>
        <translation>
            <numerusform>已从依赖图中移除 %n 个工具及其边。</numerusform>
        </translation>
    </message>
    <message>
        <source>These tools belong to another project; import their catalog into this one to use them here.</source>
        <translation>这些工具属于另一个项目；请将其工具目录导入此项目后再在此使用。</translation>
    </message>
    <message>
        <source>The dropped tools belong to another catalog; choose it above to add them to its graph.</source>
        <translation>拖放的工具属于另一个工具目录；请在上方选择该目录，以将它们添加到其依赖图。</translation>
    </message>
    <message numerus="yes">
        <source>Added %n tool(s) to the graph.</source>
        <translation>
            <numerusform>已将 %n 个工具添加到依赖图。</numerusform>
        </translation>
    </message>
    <message>
        <source>Already on the graph: %1.</source>
        <translation>已在依赖图上：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message numerus="yes">
        <source>%n tool(s) of another catalog were left out.</source>
        <translation>
            <numerusform>已略过另一个工具目录中的 %n 个工具。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Callwright::GraphTasks</name>
    <message>
        <source>Inference was cancelled; the graph is as it was.</source>
        <translation>推断已取消；依赖图保持不变。</translation>
    </message>
    <message numerus="yes">
        <source>Inferred %n edge(s).</source>
        <translation>
            <numerusform>已推断出 %n 条边。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n tool(s) to the graph for them.</source>
        <translation>
            <numerusform>已为这些边将 %n 个工具添加到依赖图。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept %n manual edge(s) as they were.</source>
        <translation>
            <numerusform>已保留 %n 条手动边不变。</numerusform>
        </translation>
    </message>
    <message>
        <source>The layout was cancelled; the graph is as it was.</source>
        <translation>布局已取消；依赖图保持不变。</translation>
    </message>
    <message>
        <source>Layout failed: %1</source>
        <translation>布局失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>Laid out %n tool(s) with Graphviz %1.</source>
        <translation>
            <numerusform>已使用 Graphviz %1 对 %n 个工具进行布局。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Callwright::GraphView</name>
    <message>
        <source>Drag tools here from the Catalog panel, or press Infer Edges to place every tool that is connected to another.</source>
        <translation>从工具目录面板将工具拖到此处，或点击“推断边”以放置所有与其他工具相连的工具。</translation>
    </message>
</context>
<context>
    <name>Callwright::HistogramChart</name>
    <message>
        <source>No scores yet</source>
        <translation>尚无评分</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n dialogue(s), mean %2</source>
        <translation>
            <numerusform>%1 — %n 个对话，平均值 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Dialogues</source>
        <translation>对话</translation>
    </message>
    <message numerus="yes">
        <source>%n dialogue(s); click to review them</source>
        <translation>
            <numerusform>%n 个对话；点击以审阅</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Callwright::ImportCatalogDialog</name>
    <message>
        <source>OpenAI tools (JSON)</source>
        <translation>OpenAI 工具 (JSON)</translation>
    </message>
    <message>
        <source>MCP server over stdio (tools/list)</source>
        <translation>通过 stdio 连接的 MCP 服务器 (tools/list)</translation>
    </message>
    <message>
        <source>MCP tools/list result (JSON)</source>
        <translation>MCP tools/list 结果 (JSON)</translation>
    </message>
    <message>
        <source>BFCL function docs (JSON Lines)</source>
        <translation>BFCL 函数文档 (JSON Lines)</translation>
    </message>
    <message>
        <source>OpenAPI document</source>
        <translation>OpenAPI 文档</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>Import Catalog</source>
        <translation>导入工具目录</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Add to Project</source>
        <translation>添加到项目(&amp;A)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Tool catalogs (*.json *.jsonl *.ndjson *.yaml *.yml)</source>
        <translation>工具目录 (*.json *.jsonl *.ndjson *.yaml *.yml)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl *.ndjson)</source>
        <translation>JSON Lines (*.jsonl *.ndjson)</translation>
    </message>
    <message>
        <source>YAML (*.yaml *.yml)</source>
        <translation>YAML (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Read a tool catalog and review it before it is added to the project.</source>
        <translation>读取工具目录，并在将其添加到项目之前进行审阅。</translation>
    </message>
    <message>
        <source>From a &amp;file</source>
        <translation>从文件(&amp;F)</translation>
    </message>
    <message>
        <source>From an &amp;MCP server (started over stdio)</source>
        <translation>从 MCP 服务器（通过 stdio 启动）(&amp;M)</translation>
    </message>
    <message>
        <source>OpenAI tools, MCP tools/list, BFCL .jsonl or OpenAPI file</source>
        <translation>OpenAI 工具、MCP tools/list、BFCL .jsonl 或 OpenAPI 文件</translation>
    </message>
    <message>
        <source>Catalog file</source>
        <translation>工具目录文件</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>e.g. npx -y @modelcontextprotocol/server-everything</source>
        <translation>例如 npx -y @modelcontextprotocol/server-everything</translation>
    </message>
    <message>
        <source>MCP server command</source>
        <translation>MCP 服务器命令</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Command:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>The command runs on this computer with your permissions, without a shell. You are shown the program and its arguments and asked to confirm before it starts.</source>
        <translation>该命令将以您的权限在本机上直接运行，不经过 shell。启动前会向您显示程序及其参数，并请您确认。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop reading; the project stays as it is</source>
        <translation>停止读取；项目保持不变</translation>
    </message>
    <message>
        <source>Catalog name</source>
        <translation>工具目录名称</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>What the import did</source>
        <translation>导入所做的处理</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Tools:</source>
        <translation>工具：</translation>
    </message>
    <message>
        <source>Catalog &amp;name:</source>
        <translation>目录名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Choose a file to import.</source>
        <translation>请选择要导入的文件。</translation>
    </message>
    <message>
        <source>The command cannot be read: %1</source>
        <translation>无法解析该命令：%1</translation>
    </message>
    <message>
        <source>Type the command that starts the MCP server.</source>
        <translation>请输入启动 MCP 服务器的命令。</translation>
    </message>
    <message>
        <source>There is no program “%1” (looked in PATH).</source>
        <translation>找不到程序“%1”（已在 PATH 中查找）。</translation>
    </message>
    <message>
        <source>The server was not started; the project is unchanged.</source>
        <translation>服务器未启动；项目未作更改。</translation>
    </message>
    <message>
        <source>Program:</source>
        <translation>程序：</translation>
    </message>
    <message>
        <source>No arguments.</source>
        <translation>无参数。</translation>
    </message>
    <message>
        <source>Arguments, one per line:</source>
        <translation>参数（每行一个）：</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>It runs with your permissions and can do anything you can. Run only servers you trust.</source>
        <translation>它将以您的权限运行，可以执行您能执行的任何操作。请只运行您信任的服务器。</translation>
    </message>
    <message>
        <source>Run MCP Server</source>
        <translation>运行 MCP 服务器</translation>
    </message>
    <message>
        <source>Run this command?</source>
        <translation>要运行此命令吗？</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Waiting for the MCP server to list its tools:
%1</source>
        <translation>正在等待 MCP 服务器列出其工具：
%1</translation>
    </message>
    <message>
        <source>Import cancelled; the project is unchanged.</source>
        <translation>导入已取消；项目未作更改。</translation>
    </message>
    <message>
        <source>Could not import: %1
The project is unchanged.</source>
        <translation>无法导入：%1
项目未作更改。</translation>
    </message>
    <message numerus="yes">
        <source>%n tool(s) imported</source>
        <translation>
            <numerusform>已导入 %n 个工具</numerusform>
        </translation>
    </message>
    <message>
        <source>(file)</source>
        <translation>（文件）</translation>
    </message>
    <message>
        <source>No warnings: every tool was read as written.</source>
        <translation>没有警告：所有工具均按原样读取。</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): what the import changed or left out</source>
        <translation>
            <numerusform>%n 条警告：导入时更改或略去的内容</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported catalog</source>
        <translation>导入的工具目录</translation>
    </message>
</context>
<context>
    <name>Callwright::JobsModel</name>
    <message>
        <source>(removed)</source>
        <translation>（已移除）</translation>
    </message>
    <message>
        <source>The program stopped while this job ran. Resume makes the dialogues it had not stored yet.</source>
        <translation>此任务运行期间程序已停止。“继续”会生成它尚未存储的对话。</translation>
    </message>
    <message>
        <source>Cancelled. Resume makes the dialogues it had not stored yet.</source>
        <translation>已取消。“继续”会生成它尚未存储的对话。</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Finished %1</source>
        <translation>完成于 %1</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>工具目录</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>请求数</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>已存储</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
</context>
<context>
    <name>Callwright::LiveResultsModel</name>
    <message>
        <source>✓ yes</source>
        <translation>✓ 是</translation>
    </message>
    <message>
        <source>✗ no</source>
        <translation>✗ 否</translation>
    </message>
    <message>
        <source>Verified: valid calls and responses, every argument grounded, the plan followed.</source>
        <translation>已验证：调用和响应均有效，每个参数都有依据，且遵循了计划。</translation>
    </message>
    <message>
        <source>Not verified:
%1</source>
        <translation>未验证：
%1</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>First request</source>
        <translation>首个请求</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>调用数</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已验证</translation>
    </message>
</context>
<context>
    <name>Callwright::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>项目(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Could not write to the project file: %1</source>
        <translation>无法写入项目文件：%1</translation>
    </message>
    <message>
        <source>Callwright</source>
        <translation>Callwright</translation>
    </message>
    <message>
        <source>%1 — Callwright</source>
        <translation>%1 — Callwright</translation>
    </message>
</context>
<context>
    <name>Callwright::NodeItem</name>
    <message>
        <source>The tool %1 no longer exists in the catalog.</source>
        <translation>工具目录中已不存在工具 %1。</translation>
    </message>
</context>
<context>
    <name>Callwright::OAuth2Session</name>
    <message>
        <source>could not reach the token endpoint %1: %2</source>
        <translation>无法连接令牌端点 %1：%2</translation>
    </message>
    <message>
        <source>the token endpoint %1 answered %2: %3</source>
        <translation>令牌端点 %1 返回 %2：%3</translation>
    </message>
    <message>
        <source>the token endpoint %1 answered without an access token</source>
        <translation>令牌端点 %1 的应答中没有访问令牌</translation>
    </message>
    <message>
        <source>Callwright has received the answer of the sign-in page. You can close this page and return to Callwright.</source>
        <translation>Callwright 已收到登录页面的应答。您可以关闭此页面并返回 Callwright。</translation>
    </message>
    <message>
        <source>an authorization URL</source>
        <translation>授权 URL</translation>
    </message>
    <message>
        <source>a token URL</source>
        <translation>令牌 URL</translation>
    </message>
    <message>
        <source>a client id</source>
        <translation>客户端 ID</translation>
    </message>
    <message>
        <source>the OAuth2 settings of %1 lack %2</source>
        <translation>%1 的 OAuth2 设置缺少%2</translation>
    </message>
    <message>
        <source>could not listen on 127.0.0.1 port %1 for the sign-in redirect (is another program using it?)</source>
        <translation>无法在 127.0.0.1 的端口 %1 上监听登录重定向（是否有其他程序正在使用该端口？）</translation>
    </message>
    <message>
        <source>cannot renew the sign-in of %1: there is no refresh token; sign in again</source>
        <translation>无法续期 %1 的登录：没有刷新令牌；请重新登录</translation>
    </message>
    <message>
        <source>the authorization server refused the sign-in: %1</source>
        <translation>授权服务器拒绝了登录：%1</translation>
    </message>
    <message>
        <source>the sign-in redirect carried a state this sign-in did not send (a stale or forged redirect)</source>
        <translation>登录重定向携带的 state 并非本次登录所发送（重定向已过期或被伪造）</translation>
    </message>
    <message>
        <source>the authorization server redirected back without an authorization code</source>
        <translation>授权服务器重定向回来时没有携带授权码</translation>
    </message>
</context>
<context>
    <name>Callwright::OAuth2SignIn</name>
    <message>
        <source>Sign In…</source>
        <translation>登录…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Stop waiting for the browser</source>
        <translation>停止等待浏览器</translation>
    </message>
    <message>
        <source>Forget the tokens of this profile, here and in the keychain</source>
        <translation>清除此配置在此处和钥匙串中的令牌</translation>
    </message>
    <message>
        <source>Opens the browser to sign in; the tokens go to the keychain</source>
        <translation>打开浏览器进行登录；令牌将保存到钥匙串中</translation>
    </message>
    <message>
        <source>Waiting for the browser…</source>
        <translation>正在等待浏览器…</translation>
    </message>
    <message>
        <source>No browser could be started: open %1 to sign in.</source>
        <translation>无法启动浏览器：请打开 %1 进行登录。</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>登录失败：%1</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>已登录</translation>
    </message>
    <message>
        <source>Signed in (expires %1)</source>
        <translation>已登录（过期时间：%1）</translation>
    </message>
    <message>
        <source>Signed in, but the access token expired at %1: sign in again.</source>
        <translation>已登录，但访问令牌已于 %1 过期：请重新登录。</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>登录已取消。</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>未登录。</translation>
    </message>
</context>
<context>
    <name>Callwright::ProjectController</name>
    <message>
        <source>Could Not Open Project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <source>Could Not Create Demo Project</source>
        <translation>无法创建演示项目</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Could Not Open Demo Project</source>
        <translation>无法打开演示项目</translation>
    </message>
    <message>
        <source>Could Not Create Project</source>
        <translation>无法创建项目</translation>
    </message>
    <message>
        <source>Could Not Save Project</source>
        <translation>无法保存项目</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <source>Rename Project</source>
        <translation>重命名项目</translation>
    </message>
    <message>
        <source>Project name:</source>
        <translation>项目名称：</translation>
    </message>
    <message>
        <source>Unknown error.</source>
        <translation>未知错误。</translation>
    </message>
    <message>
        <source>Callwright projects (*.%1)</source>
        <translation>Callwright 项目 (*.%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>Callwright::ProjectDocument</name>
    <message>
        <source>Duplicate Tool %1</source>
        <translation>复制工具 %1</translation>
    </message>
    <message>
        <source>Delete Tool %1</source>
        <translation>删除工具 %1</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n Dialogue(s)</source>
        <translation>
            <numerusform>接受 %n 个对话</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n Dialogue(s)</source>
        <translation>
            <numerusform>拒绝 %n 个对话</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n Dialogue(s) for Fixing</source>
        <translation>
            <numerusform>将 %n 个对话标记为待修正</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reopen %n Dialogue(s)</source>
        <translation>
            <numerusform>将 %n 个对话重新设为待审阅</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Callwright::ProjectSession</name>
    <message>
        <source>No project is open.</source>
        <translation>未打开任何项目。</translation>
    </message>
</context>
<context>
    <name>Callwright::ProjectStatus</name>
    <message>
        <source>No project open</source>
        <translation>未打开项目</translation>
    </message>
    <message numerus="yes">
        <source>%n catalog(s)</source>
        <translation>
            <numerusform>%n 个工具目录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tool(s)</source>
        <translation>
            <numerusform>%n 个工具</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dialogue(s)</source>
        <translation>
            <numerusform>%n 个对话</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Callwright::PromptTemplatesDialog</name>
    <message>
        <source>&amp;Reset to Built-in</source>
        <translation>恢复为内置文本(&amp;R)</translation>
    </message>
    <message>
        <source>Agent Prompts — %1</source>
        <translation>智能体提示词 — %1</translation>
    </message>
    <message>
        <source>Agent Prompts</source>
        <translation>智能体提示词</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Agent prompts</source>
        <translation>智能体提示词</translation>
    </message>
    <message>
        <source>Prompt text</source>
        <translation>提示词文本</translation>
    </message>
    <message>
        <source>The project is open read-only: its prompts can be read, not saved.</source>
        <translation>项目以只读方式打开：其提示词只能查看，无法保存。</translation>
    </message>
    <message>
        <source>Put the built-in text in the editor; saving it drops this project&apos;s own text</source>
        <translation>在编辑器中填入内置文本；保存后将删除此项目自定义的文本</translation>
    </message>
    <message>
        <source>Keep this text in the project (Ctrl+S); Edit ▸ Undo takes it back</source>
        <translation>将此文本保存到项目中（Ctrl+S）；可通过“编辑 ▸ 撤销”撤回</translation>
    </message>
    <message>
        <source>Planner</source>
        <translation>规划器</translation>
    </message>
    <message>
        <source>User agent</source>
        <translation>用户智能体</translation>
    </message>
    <message>
        <source>Assistant agent</source>
        <translation>助手智能体</translation>
    </message>
    <message>
        <source>Tool agent</source>
        <translation>工具智能体</translation>
    </message>
    <message>
        <source>Back-translation check</source>
        <translation>回译检查</translation>
    </message>
    <message>
        <source>The planner sees the catalog&apos;s tools ({{tools}}) and the plan of the dialogue with the values the user will give ({{plan}}). It writes the user&apos;s overall goal; it never takes part in the dialogue.</source>
        <translation>规划器可以看到工具目录中的工具（{{tools}}），以及对话的计划和用户将提供的值（{{plan}}）。它负责写出用户的总体目标，从不参与对话。</translation>
    </message>
    <message>
        <source>The user agent sees its persona ({{persona}}), its goal ({{goal}}), the dialogue so far as the user saw it ({{transcript}}), what this message does ({{step}}) and the values it must give ({{values}}); never the tools.</source>
        <translation>用户智能体可以看到其角色设定（{{persona}}）、目标（{{goal}}）、用户视角下到目前为止的对话（{{transcript}}）、本条消息的作用（{{step}}）以及它必须提供的值（{{values}}）；但看不到工具。</translation>
    </message>
    <message>
        <source>The assistant gets this text as its system message, then the tools as function definitions and the dialogue with the tool results; never the plan, the persona or the goal.</source>
        <translation>助手将此文本作为其系统消息接收，随后接收以函数定义形式提供的工具，以及包含工具结果的对话；但看不到计划、角色设定或目标。</translation>
    </message>
    <message>
        <source>The tool agent sees only the tool definition ({{tool}}) and the request (the arguments, and the prior results its envelope carries); nothing of the dialogue.</source>
        <translation>工具智能体只能看到工具定义（{{tool}}）和请求（参数，以及其封装所携带的先前结果）；看不到任何对话内容。</translation>
    </message>
    <message>
        <source>The back-translation check sees the tools ({{tools}}) and one user request, nothing else; the calls it writes from them must match the plan.</source>
        <translation>回译检查只能看到工具（{{tools}}）和一条用户请求，别无其他；它据此写出的调用必须与计划相符。</translation>
    </message>
    <message>
        <source>This prompt is sent as it is written.</source>
        <translation>此提示词将按原样发送。</translation>
    </message>
    <message>
        <source>This prompt is given %1.</source>
        <translation>此提示词将接收 %1。</translation>
    </message>
    <message>
        <source>the project file refused the change</source>
        <translation>项目文件拒绝了此更改</translation>
    </message>
    <message>
        <source>Unsaved Prompt</source>
        <translation>未保存的提示词</translation>
    </message>
    <message>
        <source>The %1 prompt has changes that are not saved.</source>
        <translation>%1 提示词有尚未保存的更改。</translation>
    </message>
    <message>
        <source>Save them into the project?</source>
        <translation>要将这些更改保存到项目中吗？</translation>
    </message>
    <message>
        <source>They cannot be saved while %1 is missing.</source>
        <translation>缺少 %1 时无法保存这些更改。</translation>
    </message>
    <message>
        <source>edited for this project</source>
        <translation>已针对此项目编辑</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>Missing required placeholder %1: put it back to save.</source>
        <translation>缺少必需的占位符 %1：请将其补回后再保存。</translation>
    </message>
    <message>
        <source>Missing required placeholders %1: put them back to save.</source>
        <translation>缺少必需的占位符 %1：请将其补回后再保存。</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>无法保存：%1</translation>
    </message>
    <message>
        <source>%1 is not filled in for this agent: the model reads it as written.</source>
        <translation>此智能体不会填入 %1：模型将按原样读取它。</translation>
    </message>
    <message>
        <source>%1 are not filled in for this agent: the model reads them as written.</source>
        <translation>此智能体不会填入 %1：模型将按原样读取它们。</translation>
    </message>
    <message>
        <source>Unsaved: back to the built-in text</source>
        <translation>未保存：恢复为内置文本</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Edited for this project</source>
        <translation>已针对此项目编辑</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>The project is open read-only</source>
        <translation>项目以只读方式打开</translation>
    </message>
    <message>
        <source>Put the missing placeholders back first</source>
        <translation>请先补回缺失的占位符</translation>
    </message>
    <message>
        <source>No placeholders are filled in for this agent: the text is sent as written.</source>
        <translation>此智能体不会填入任何占位符：文本将按原样发送。</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1（必需）</translation>
    </message>
    <message>
        <source>Filled in for this agent: %1</source>
        <translation>此智能体会填入：%1</translation>
    </message>
</context>
<context>
    <name>Callwright::RecentProjectsMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>没有最近的项目</translation>
    </message>
</context>
<context>
    <name>Callwright::ReviewFilterBar</name>
    <message>
        <source>Save Filter…</source>
        <translation>保存筛选器…</translation>
    </message>
    <message>
        <source>Search messages (e.g. refund, &quot;order #W123&quot;)</source>
        <translation>搜索消息（例如 refund、&quot;order #W123&quot;）</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <source>Any job</source>
        <translation>任意任务</translation>
    </message>
    <message>
        <source>Job </source>
        <translation>任务 </translation>
    </message>
    <message>
        <source>Any score</source>
        <translation>任意评分</translation>
    </message>
    <message>
        <source>≥ </source>
        <translation>≥ </translation>
    </message>
    <message>
        <source>Filters saved in this project</source>
        <translation>此项目中保存的筛选器</translation>
    </message>
    <message>
        <source>Any tool</source>
        <translation>任意工具</translation>
    </message>
    <message>
        <source>Any engine</source>
        <translation>任意引擎</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>Saved:</source>
        <translation>已保存：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>Callwright::ReviewPanel</name>
    <message>
        <source>Review</source>
        <translation>审阅</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>未打开任何项目。</translation>
    </message>
    <message>
        <source>curator</source>
        <translation>审阅人</translation>
    </message>
    <message>
        <source>Your name, recorded with each edit</source>
        <translation>您的名字，将随每次编辑一同记录</translation>
    </message>
    <message>
        <source>Call Inspector</source>
        <translation>调用检查器</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>拒绝…</translation>
    </message>
    <message>
        <source>Needs Fix…</source>
        <translation>待修正…</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>备注…</translation>
    </message>
    <message>
        <source>Curator:</source>
        <translation>审阅人：</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Insert Turn…</source>
        <translation>插入轮次…</translation>
    </message>
    <message>
        <source>Delete Turn</source>
        <translation>删除轮次</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Re-simulate From Here</source>
        <translation>从此处重新模拟</translation>
    </message>
    <message>
        <source>Save Filter</source>
        <translation>保存筛选器</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Keys: J next · K previous · A accept · R reject · F needs fix · N note · E edit · I insert turn · Shift+Del delete turn · Alt+↑/↓ move turn · Shift+S re-simulate from here · Ctrl+Z undo</source>
        <translation>快捷键：J 下一个 · K 上一个 · A 接受 · R 拒绝 · F 待修正 · N 备注 · E 编辑 · I 插入轮次 · Shift+Del 删除轮次 · Alt+↑/↓ 移动轮次 · Shift+S 从此处重新模拟 · Ctrl+Z 撤销</translation>
    </message>
    <message>
        <source>%1 dialogues: %2 open, %3 accepted, %4 rejected, %5 need a fix</source>
        <translation>%1 个对话：%2 个待审阅，%3 个已接受，%4 个已拒绝，%5 个待修正</translation>
    </message>
    <message>
        <source>No dialogue matches the filter.</source>
        <translation>没有与筛选条件匹配的对话。</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Dialogue %1&lt;/b&gt; — %2 — %n message(s)</source>
        <translation>
            <numerusform>&lt;b&gt;对话 %1&lt;/b&gt; — %2 — %n 条消息</numerusform>
        </translation>
    </message>
    <message>
        <source> — &lt;i&gt;%1&lt;/i&gt;</source>
        <translation> — &lt;i&gt;%1&lt;/i&gt;</translation>
    </message>
    <message>
        <source>no open dialogue follows in this list</source>
        <translation>此列表中后面已没有待审阅的对话</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Needs Fix</source>
        <translation>待修正</translation>
    </message>
    <message>
        <source>What to fix:</source>
        <translation>需要修正的内容：</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Edit Message</source>
        <translation>编辑消息</translation>
    </message>
    <message>
        <source>Message %1:</source>
        <translation>消息 %1：</translation>
    </message>
    <message>
        <source>Edit message %1</source>
        <translation>编辑消息 %1</translation>
    </message>
    <message>
        <source>arguments</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>response</source>
        <translation>响应</translation>
    </message>
    <message>
        <source>Edit %1 of call %2 (%3)</source>
        <translation>编辑调用 %2 的%1（%3）</translation>
    </message>
    <message>
        <source> and </source>
        <translation> 和 </translation>
    </message>
    <message>
        <source>Re-simulate from plan step %1</source>
        <translation>从计划步骤 %1 重新模拟</translation>
    </message>
    <message>
        <source>Insert Turn</source>
        <translation>插入轮次</translation>
    </message>
    <message>
        <source>User message:</source>
        <translation>用户消息：</translation>
    </message>
    <message>
        <source>Insert turn %1</source>
        <translation>插入第 %1 轮</translation>
    </message>
    <message>
        <source>Delete turn %1</source>
        <translation>删除第 %1 轮</translation>
    </message>
    <message>
        <source>Move turn %1 to %2</source>
        <translation>将第 %1 轮移至位置 %2</translation>
    </message>
    <message>
        <source>More than %1 dialogues match; counting them all…</source>
        <translation>超过 %1 个对话匹配；正在全部统计…</translation>
    </message>
</context>
<context>
    <name>Callwright::ReviewRulesEditor</name>
    <message>
        <source>Add rule</source>
        <translation>添加规则</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Only dialogues still open</source>
        <translation>仅限仍待审阅的对话</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>Mark as needing a fix</source>
        <translation>标记为待修正</translation>
    </message>
    <message>
        <source>is below</source>
        <translation>低于</translation>
    </message>
    <message>
        <source>is at least</source>
        <translation>不低于</translation>
    </message>
    <message>
        <source>Dialogues already accepted, rejected or marked by a curator keep their status.</source>
        <translation>已由审阅人接受、拒绝或标记的对话将保持其状态。</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新设为待审阅</translation>
    </message>
    <message>
        <source>%1 when %2 is below %3</source>
        <translation>当 %2 低于 %3 时%1</translation>
    </message>
    <message>
        <source>%1 when %2 is at least %3</source>
        <translation>当 %2 不低于 %3 时%1</translation>
    </message>
    <message>
        <source>No rules yet: describe one above and add it.</source>
        <translation>尚无规则：请在上方设置一条规则并添加。</translation>
    </message>
</context>
<context>
    <name>Callwright::RevisionView</name>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>unknown curator</source>
        <translation>未知审阅人</translation>
    </message>
    <message>
        <source>&lt;i&gt;This dialogue has not been edited.&lt;/i&gt;</source>
        <translation>&lt;i&gt;此对话尚未被编辑。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;by %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;编辑者：%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;From “%1” to “%2”&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;从“%1”改为“%2”&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;No difference.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;无差异。&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Callwright::SchemaEditor</name>
    <message>
        <source>(root)</source>
        <translation>（根）</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Schema problems</source>
        <translation>模式问题</translation>
    </message>
    <message>
        <source>No result schema. Type a JSON Schema to declare one.</source>
        <translation>没有返回值模式。输入 JSON Schema 即可声明。</translation>
    </message>
    <message>
        <source>No result schema declared.</source>
        <translation>未声明返回值模式。</translation>
    </message>
    <message>
        <source>Empty: the arguments need a schema, at least {&quot;type&quot;: &quot;object&quot;}.</source>
        <translation>为空：参数需要一个模式，至少为 {&quot;type&quot;: &quot;object&quot;}。</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3. Not saved until fixed.</source>
        <translation>第 %1 行，第 %2 列：%3。修正之前不会保存。</translation>
    </message>
    <message>
        <source>a tool schema must be a JSON object, not %1</source>
        <translation>工具模式必须是 JSON 对象，而不是 %1</translation>
    </message>
    <message>
        <source>arguments are passed as an object; type should be &quot;object&quot;</source>
        <translation>参数以对象形式传递；type 应为 &quot;object&quot;</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) in the schema. Not saved until fixed.</source>
        <translation>
            <numerusform>模式中有 %n 个错误。修正之前不会保存。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Valid JSON Schema, %n warning(s).</source>
        <translation>
            <numerusform>有效的 JSON Schema，%n 条警告。</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid JSON Schema.</source>
        <translation>有效的 JSON Schema。</translation>
    </message>
</context>
<context>
    <name>Callwright::ScoresPanel</name>
    <message>
        <source>Scores</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>未打开任何项目。</translation>
    </message>
    <message>
        <source>&amp;Score all</source>
        <translation>全部评分(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>Scoring: %1 of %2 dialogues…</source>
        <translation>正在评分：%1 / %2 个对话…</translation>
    </message>
    <message>
        <source>Scoring failed: %1</source>
        <translation>评分失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>Scoring was cancelled; the scores of %n dialogue(s) are stored.</source>
        <translation>
            <numerusform>评分已取消；已存储 %n 个对话的评分。</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview was cancelled.</source>
        <translation>预览已取消。</translation>
    </message>
    <message numerus="yes">
        <source>%n dialogue(s) would change: %1 accepted, %2 rejected, %3 marked as needing a fix.</source>
        <translation>
            <numerusform>将有 %n 个对话发生变化：%1 个被接受，%2 个被拒绝，%3 个被标记为待修正。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dialogue(s) changed by the rules.</source>
        <translation>
            <numerusform>规则已更改 %n 个对话。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dialogue(s) changed, then: %1</source>
        <translation>
            <numerusform>已更改 %n 个对话，随后：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Score the naturalness and coherence of every dialogue and store the scores. Runs in the background.</source>
        <translation>为每个对话的自然度和连贯性评分并存储评分结果。在后台运行。</translation>
    </message>
    <message>
        <source>Distribution of</source>
        <translation>分布：</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>平均值</translation>
    </message>
    <message>
        <source>Dialogues</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Review rules</source>
        <translation>审阅规则</translation>
    </message>
    <message>
        <source>Count the dialogues the rules would change, without changing any.</source>
        <translation>统计规则将更改的对话数量，但不做任何更改。</translation>
    </message>
    <message>
        <source>Give the previewed dialogues their new review status.</source>
        <translation>为预览中的对话设置新的审阅状态。</translation>
    </message>
    <message>
        <source>This project has no dialogues yet. Generate some in the Simulation panel, then score them here.</source>
        <translation>此项目尚无对话。请先在模拟面板中生成对话，然后在此处评分。</translation>
    </message>
    <message>
        <source>Reading the stored scores…</source>
        <translation>正在读取已存储的评分…</translation>
    </message>
    <message>
        <source>The project is open read-only; scores cannot be stored.</source>
        <translation>项目以只读方式打开；无法存储评分。</translation>
    </message>
    <message>
        <source>Scoring…</source>
        <translation>正在评分…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>The project is open read-only.</source>
        <translation>项目以只读方式打开。</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>正在应用…</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n dialogue(s)&lt;/b&gt; · word entropy H &lt;b&gt;%1&lt;/b&gt; bits · Distinct-3 &lt;b&gt;%2&lt;/b&gt; (ToolFlow: H 10.36, D-3 0.4865) · near duplicates: &lt;b&gt;%3&lt;/b&gt; cluster(s) holding %4 dialogues, %5 redundant</source>
        <translation>
            <numerusform>&lt;b&gt;%n 个对话&lt;/b&gt; · 词熵 H &lt;b&gt;%1&lt;/b&gt; 比特 · Distinct-3 &lt;b&gt;%2&lt;/b&gt;（ToolFlow：H 10.36，D-3 0.4865）· 近似重复：&lt;b&gt;%3&lt;/b&gt; 个簇，包含 %4 个对话，其中 %5 个冗余</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scored %n dialogue(s) in %1 s.</source>
        <translation>
            <numerusform>已在 %1 秒内为 %n 个对话评分。</numerusform>
        </translation>
    </message>
    <message>
        <source>These dialogues have no naturalness or coherence scores yet: press Score all.</source>
        <translation>这些对话尚无自然度或连贯性评分：请点击“全部评分”。</translation>
    </message>
    <message numerus="yes">
        <source>Scores of %n dialogue(s).</source>
        <translation>
            <numerusform>%n 个对话的评分。</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a rule, then preview how many dialogues it would change.</source>
        <translation>添加一条规则，然后预览它将更改多少个对话。</translation>
    </message>
    <message>
        <source>Preview to see how many dialogues the rules would change.</source>
        <translation>点击预览以查看规则将更改多少个对话。</translation>
    </message>
</context>
<context>
    <name>Callwright::SecretStore</name>
    <message>
        <source>Secrets are kept in the system keychain.</source>
        <translation>机密信息保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>Secrets are kept for this session only and will be asked for again.</source>
        <translation>机密信息仅在本次会话中保留，之后需要重新输入。</translation>
    </message>
    <message>
        <source>No keychain service is running: secrets are kept for this session only and will be asked for again.</source>
        <translation>没有正在运行的钥匙串服务：机密信息仅在本次会话中保留，之后需要重新输入。</translation>
    </message>
    <message>
        <source>The system keychain refused the secret %1: %2</source>
        <translation>系统钥匙串拒绝了机密信息 %1：%2</translation>
    </message>
</context>
<context>
    <name>Callwright::SimulationPanel</name>
    <message>
        <source>Simulation</source>
        <translation>模拟</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>未打开任何项目。</translation>
    </message>
    <message numerus="yes">
        <source>This project holds %n dialogue(s).</source>
        <translation>
            <numerusform>此项目包含 %n 个对话。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <source>Record a job with these settings and start making dialogues</source>
        <translation>按这些设置记录一个任务并开始生成对话</translation>
    </message>
    <message>
        <source>Stop after the dialogues already stored; the job can be resumed</source>
        <translation>在已存储的对话之后停止；该任务之后可以继续</translation>
    </message>
    <message>
        <source>Make the dialogues the selected job has not stored yet</source>
        <translation>生成所选任务尚未存储的对话</translation>
    </message>
    <message>
        <source>No run yet</source>
        <translation>尚未运行</translation>
    </message>
    <message>
        <source>Generation progress</source>
        <translation>生成进度</translation>
    </message>
    <message>
        <source>about 00 min 00 s left</source>
        <translation>剩余约 00 分 00 秒</translation>
    </message>
    <message>
        <source>Dialogues appear here as the run writes them, newest first (the last %1 are kept).</source>
        <translation>运行写入的对话会显示在此处，最新的在前（保留最近的 %1 个）。</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>调用数</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>Latest dialogues</source>
        <translation>最新对话</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>请求数</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>任务列表</translation>
    </message>
    <message>
        <source>The job cannot start: %1</source>
        <translation>任务无法启动：%1</translation>
    </message>
    <message>
        <source>Cancelling job %1…</source>
        <translation>正在取消任务 %1…</translation>
    </message>
    <message>
        <source>Job %1 has nothing left to resume.</source>
        <translation>任务 %1 已没有可继续的内容。</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>Job %1 is running on the embedded engine…</source>
        <translation>任务 %1 正在内置引擎上运行…</translation>
    </message>
    <message>
        <source>%1 / %2 · %3 dialogues/s · %4 unverified</source>
        <translation>%1 / %2 · %3 个对话/秒 · %4 个未验证</translation>
    </message>
    <message>
        <source>Job %1 completed in %2 s: %3 written by this run, %4 of them unverified.</source>
        <translation>任务 %1 已在 %2 秒内完成：本次运行写入 %3 个对话，其中 %4 个未验证。</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Job %1 was cancelled with %2 of %3 dialogues stored; Resume makes the rest.</source>
        <translation>任务 %1 已取消，已存储 %3 个对话中的 %2 个；“继续”会生成其余对话。</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Job %1 failed: %2</source>
        <translation>任务 %1 失败：%2</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Add or import a catalog first: dialogues call the tools of one catalog.</source>
        <translation>请先添加或导入工具目录：对话调用的是同一个工具目录中的工具。</translation>
    </message>
    <message>
        <source>Choose the settings and press Start.</source>
        <translation>请选择设置，然后点击“开始”。</translation>
    </message>
    <message>
        <source>Job %1 is running on the endpoint “%2”…</source>
        <translation>任务 %1 正在端点“%2”上运行…</translation>
    </message>
    <message>
        <source> · %1 failed</source>
        <translation> · %1 个失败</translation>
    </message>
</context>
<context>
    <name>Callwright::SimulationSettingsForm</name>
    <message>
        <source>Catalog</source>
        <translation>工具目录</translation>
    </message>
    <message>
        <source>The catalog whose tools the dialogues call</source>
        <translation>对话所调用的工具所属的工具目录</translation>
    </message>
    <message>
        <source>Number of dialogues</source>
        <translation>对话数量</translation>
    </message>
    <message>
        <source>How many dialogues the job makes</source>
        <translation>该任务生成的对话数量</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>The same seed and settings make the same dialogues, bit for bit</source>
        <translation>相同的随机种子和设置会生成逐位相同的对话</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>随机</translation>
    </message>
    <message>
        <source>Pick a new seed at random</source>
        <translation>随机选取新的种子</translation>
    </message>
    <message>
        <source>Embedded (offline)</source>
        <translation>内置引擎（离线）</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>引擎</translation>
    </message>
    <message>
        <source>Sampler</source>
        <translation>采样器</translation>
    </message>
    <message>
        <source>Tools per sample</source>
        <translation>每个样本的工具数</translation>
    </message>
    <message>
        <source>How many tools of the graph each dialogue draws from</source>
        <translation>每个对话从依赖图中抽取的工具数量</translation>
    </message>
    <message>
        <source>Requests carry the earlier results they depend on</source>
        <translation>请求携带其所依赖的先前结果</translation>
    </message>
    <message>
        <source>Tools return state handles that later calls pass back</source>
        <translation>工具返回状态句柄，供后续调用回传</translation>
    </message>
    <message>
        <source>Envelope strategy</source>
        <translation>封装策略</translation>
    </message>
    <message>
        <source>The catalog&apos;s own: context-carrying</source>
        <translation>工具目录自身的策略：携带上下文</translation>
    </message>
    <message>
        <source>How a call gets what it needs from earlier calls when every tool execution is stateless</source>
        <translation>当每次工具执行都无状态时，调用如何从先前的调用中获取所需内容</translation>
    </message>
    <message>
        <source>Dialogues</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>&amp;Catalog:</source>
        <translation>工具目录(&amp;C)：</translation>
    </message>
    <message>
        <source>C&amp;ount:</source>
        <translation>数量(&amp;O)：</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>随机种子(&amp;E)：</translation>
    </message>
    <message>
        <source>E&amp;ngine:</source>
        <translation>引擎(&amp;N)：</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>采样</translation>
    </message>
    <message>
        <source>S&amp;ampler:</source>
        <translation>采样器(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Tools per sample:</source>
        <translation>每个样本的工具数(&amp;T)：</translation>
    </message>
    <message>
        <source>En&amp;velope:</source>
        <translation>封装策略(&amp;V)：</translation>
    </message>
    <message>
        <source>Plan mix</source>
        <translation>计划步骤配比</translation>
    </message>
    <message>
        <source>Relative weights of the kinds of plan step; 0 turns a kind off. A kind the sampled tools cannot serve falls back to a single call.</source>
        <translation>各类计划步骤的相对权重；设为 0 即关闭该类型。采样到的工具无法支持的类型将退回为单次调用。</translation>
    </message>
    <message>
        <source>Steps per dialogue:</source>
        <translation>每个对话的步骤数：</translation>
    </message>
    <message>
        <source>Fewest steps</source>
        <translation>最少步骤数</translation>
    </message>
    <message>
        <source>Most steps</source>
        <translation>最多步骤数</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message numerus="yes">
        <source>%n tool(s)</source>
        <translation>
            <numerusform>%n 个工具</numerusform>
        </translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>未打开任何项目。</translation>
    </message>
    <message>
        <source>Add or import a catalog first: dialogues call the tools of one catalog.</source>
        <translation>请先添加或导入工具目录：对话调用的是同一个工具目录中的工具。</translation>
    </message>
    <message>
        <source>The catalog “%1” has no tools yet.</source>
        <translation>工具目录“%1”中尚无工具。</translation>
    </message>
    <message>
        <source>Give at least one kind of plan step a weight above 0.</source>
        <translation>请至少为一种计划步骤设置大于 0 的权重。</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>The catalog&apos;s own</source>
        <translation>工具目录自身的策略</translation>
    </message>
    <message>
        <source>The catalog&apos;s own: state token</source>
        <translation>工具目录自身的策略：状态令牌</translation>
    </message>
    <message>
        <source>&amp;Back-translation check</source>
        <translation>回译检查(&amp;B)</translation>
    </message>
    <message>
        <source>The embedded engine&apos;s deterministic agents run offline; an endpoint profile (Endpoints panel) lets LLM agents play the user, the assistant and the tools</source>
        <translation>内置引擎的确定性智能体离线运行；使用端点配置（端点面板）可由 LLM 智能体扮演用户、助手和工具</translation>
    </message>
    <message>
        <source>Endpoint jobs: regenerate each step&apos;s calls from the user&apos;s words alone and score how many match the plan (DiGiT-TC)</source>
        <translation>端点任务：仅根据用户的话语重新生成每个步骤的调用，并按其中与计划相符的数量评分（DiGiT-TC）</translation>
    </message>
    <message>
        <source>Each dialogue is planned, played by the user, assistant and tool agents, and verified. The same seed and settings make the same dialogues, so a cancelled or interrupted job resumes exactly where it stopped; on an endpoint, the project&apos;s cache of answers makes a rerun free.</source>
        <translation>每个对话都会先制定计划，再由用户、助手和工具智能体进行演绎，最后进行验证。相同的随机种子和设置会生成相同的对话，因此已取消或被中断的任务可以从停止处准确继续；使用端点时，项目的应答缓存使重新运行无需额外费用。</translation>
    </message>
    <message>
        <source>Endpoint: %1 (%2)</source>
        <translation>端点：%1（%2）</translation>
    </message>
</context>
<context>
    <name>Callwright::ToolDetailView</name>
    <message>
        <source>No tool selected</source>
        <translation>未选择工具</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>（无描述）</translation>
    </message>
    <message>
        <source>context-carrying requests</source>
        <translation>携带上下文的请求</translation>
    </message>
    <message>
        <source>state tokens</source>
        <translation>状态令牌</translation>
    </message>
    <message numerus="yes">
        <source>Catalog of %n tool(s); later calls get earlier results through %1</source>
        <translation>
            <numerusform>包含 %n 个工具的工具目录；后续调用通过%1获取先前的结果</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a tool in the list to edit its definition.</source>
        <translation>在列表中选择一个工具以编辑其定义。</translation>
    </message>
</context>
<context>
    <name>Callwright::ToolEditor</name>
    <message>
        <source>written by hand</source>
        <translation>手工编写</translation>
    </message>
    <message>
        <source>imported from an OpenAI tool list</source>
        <translation>从 OpenAI 工具列表导入</translation>
    </message>
    <message>
        <source>imported from an MCP server</source>
        <translation>从 MCP 服务器导入</translation>
    </message>
    <message>
        <source>imported from BFCL</source>
        <translation>从 BFCL 导入</translation>
    </message>
    <message>
        <source>imported from an OpenAPI document</source>
        <translation>从 OpenAPI 文档导入</translation>
    </message>
    <message>
        <source>mined from a text corpus</source>
        <translation>从文本语料中挖掘</translation>
    </message>
    <message>
        <source>Discard My Edit</source>
        <translation>放弃我的编辑</translation>
    </message>
    <message>
        <source>Show the tool as the project has it now</source>
        <translation>显示该工具在项目中的当前状态</translation>
    </message>
    <message>
        <source>Tool name</source>
        <translation>工具名称</translation>
    </message>
    <message>
        <source>What the tool does, for the assistant that calls it</source>
        <translation>工具的用途说明，供调用它的助手参考</translation>
    </message>
    <message>
        <source>Tool description</source>
        <translation>工具描述</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. orders, read-only</source>
        <translation>以逗号分隔，例如 orders, read-only</translation>
    </message>
    <message>
        <source>Tool tags</source>
        <translation>工具标签</translation>
    </message>
    <message>
        <source>Parameters schema</source>
        <translation>参数模式</translation>
    </message>
    <message>
        <source>Returns schema</source>
        <translation>返回值模式</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>返回值</translation>
    </message>
    <message>
        <source>In catalog %1, %2</source>
        <translation>位于工具目录 %1，%2</translation>
    </message>
    <message>
        <source> (originally “%1”)</source>
        <translation> (原名“%1”)</translation>
    </message>
    <message>
        <source>A tool needs a name.</source>
        <translation>工具必须有名称。</translation>
    </message>
    <message>
        <source>At most %1 characters (this one has %2).</source>
        <translation>最多 %1 个字符（当前为 %2 个）。</translation>
    </message>
    <message>
        <source>Use only letters, digits, underscores and hyphens.</source>
        <translation>只能使用字母、数字、下划线和连字符。</translation>
    </message>
    <message>
        <source>Another tool in %1 is already named “%2”.</source>
        <translation>%1 中已有另一个名为“%2”的工具。</translation>
    </message>
    <message>
        <source>This tool was changed (by undo or elsewhere) while a field holds text that is not valid. Your text is kept; fix it to save it, or discard it.</source>
        <translation>在某个字段包含无效文本时，此工具已被更改（通过撤销或在其他位置）。您的文本已保留；请修正后保存，或将其放弃。</translation>
    </message>
</context>
<context>
    <name>Callwright::ToolGraphModel</name>
    <message>
        <source>The connection names a tool that is not on the graph.</source>
        <translation>该连接引用了不在依赖图上的工具。</translation>
    </message>
    <message>
        <source>A tool cannot be connected to itself (%1).</source>
        <translation>工具不能连接到自身（%1）。</translation>
    </message>
    <message>
        <source>%1 and %2 are already connected this way.</source>
        <translation>%1 与 %2 之间已存在这种连接。</translation>
    </message>
    <message>
        <source>Apply Layout</source>
        <translation>应用布局</translation>
    </message>
</context>
<context>
    <name>Callwright::ToolsModel</name>
    <message numerus="yes">
        <source>%1 (%n tool(s))</source>
        <translation>
            <numerusform>%1（%n 个工具）</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
</context>
<context>
    <name>Callwright::TranscriptView</name>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>single call</source>
        <translation>单次调用</translation>
    </message>
    <message>
        <source>chained calls</source>
        <translation>链式调用</translation>
    </message>
    <message>
        <source>parallel calls</source>
        <translation>并行调用</translation>
    </message>
    <message>
        <source>clarification</source>
        <translation>澄清</translation>
    </message>
    <message>
        <source>chit-chat</source>
        <translation>闲聊</translation>
    </message>
    <message>
        <source>unsupported request</source>
        <translation>不支持的请求</translation>
    </message>
    <message>
        <source>error recovery</source>
        <translation>错误恢复</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Tool %1</source>
        <translation>工具 %1</translation>
    </message>
    <message numerus="yes">
        <source>(calls %n tool(s))</source>
        <translation>
            <numerusform>（调用 %n 个工具）</numerusform>
        </translation>
    </message>
    <message>
        <source>→ call</source>
        <translation>→ 调用</translation>
    </message>
    <message>
        <source>%1(%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; open the call to see them</source>
        <translation>
            <numerusform>发现 %n 个问题；打开该调用以查看</numerusform>
        </translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>目标：%1</translation>
    </message>
    <message>
        <source>%1. %2 (%3)</source>
        <translation>%1. %2（%3）</translation>
    </message>
    <message>
        <source>$%1 %2%3 %4</source>
        <translation>$%1 %2%3 %4</translation>
    </message>
    <message>
        <source> (hidden)</source>
        <translation>（隐藏）</translation>
    </message>
</context>
<context>
    <name>Callwright::WelcomePage</name>
    <message>
        <source>Callwright</source>
        <translation>Callwright</translation>
    </message>
    <message>
        <source>Build fine-tuning datasets of multi-turn tool-calling dialogues.</source>
        <translation>构建多轮工具调用对话的微调数据集。</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>最近的项目</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>打开 %1</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>没有最近的项目</translation>
    </message>
</context>
<context>
    <name>CallwrightCli</name>
    <message>
        <source>Print JSON on standard output.</source>
        <translation>在标准输出上打印 JSON。</translation>
    </message>
    <message numerus="yes">
        <source>expected %n argument(s); try --help</source>
        <translation>
            <numerusform>需要 %n 个参数；请尝试 --help</numerusform>
        </translation>
    </message>
    <message>
        <source>The project file to create.</source>
        <translation>要创建的项目文件。</translation>
    </message>
    <message>
        <source>The project&apos;s name.</source>
        <translation>项目名称。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Fill it with the bundled demo catalogs (tau-bench).</source>
        <translation>填入内置的演示工具目录（tau-bench）。</translation>
    </message>
    <message>
        <source>Create a project file.</source>
        <translation>创建项目文件。</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>项目文件。</translation>
    </message>
    <message>
        <source>Show what a project holds.</source>
        <translation>显示项目的内容。</translation>
    </message>
    <message>
        <source>Verify a project file&apos;s integrity.</source>
        <translation>校验项目文件的完整性。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a subcommand; try --help</source>
        <translation>&apos;%1&apos; 需要子命令；请尝试 --help</translation>
    </message>
    <message>
        <source>unknown command &apos;%1 %2&apos;; try --help</source>
        <translation>未知命令 &apos;%1 %2&apos;；请尝试 --help</translation>
    </message>
    <message>
        <source>The catalog file (OpenAI, MCP, BFCL, OpenAPI).</source>
        <translation>工具目录文件（OpenAI、MCP、BFCL、OpenAPI）。</translation>
    </message>
    <message>
        <source>The project to import into.</source>
        <translation>要导入到的项目。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>openai, mcp, bfcl, openapi or auto (the default).</source>
        <translation>openai、mcp、bfcl、openapi 或 auto（默认）。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>The new catalog&apos;s name.</source>
        <translation>新工具目录的名称。</translation>
    </message>
    <message>
        <source>Start this command as an MCP server over stdio and import its tools instead of reading a file. It runs with your rights.</source>
        <translation>将此命令作为通过 stdio 通信的 MCP 服务器启动并导入其工具，而不是读取文件。该命令以您的权限运行。</translation>
    </message>
    <message>
        <source>command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Seconds to wait for the MCP server at each step (default 30).</source>
        <translation>每一步等待 MCP 服务器的秒数（默认为 30）。</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒数</translation>
    </message>
    <message>
        <source>Import a tool catalog into a project.</source>
        <translation>将工具目录导入项目。</translation>
    </message>
    <message>
        <source>--project is required</source>
        <translation>必须指定 --project</translation>
    </message>
    <message>
        <source>--timeout takes a positive number of seconds</source>
        <translation>--timeout 需要正数秒数</translation>
    </message>
    <message>
        <source>--mcp needs a command</source>
        <translation>--mcp 需要一个命令</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; use openai, mcp, bfcl, openapi or auto</source>
        <translation>未知格式 &apos;%1&apos;；请使用 openai、mcp、bfcl、openapi 或 auto</translation>
    </message>
    <message numerus="yes">
        <source>imported %n tool(s) into catalog &apos;%1&apos; (%2, %3 warning(s))</source>
        <translation>
            <numerusform>已将 %n 个工具导入工具目录 &apos;%1&apos;（%2，%3 条警告）</numerusform>
        </translation>
    </message>
    <message>
        <source>The project.</source>
        <translation>项目。</translation>
    </message>
    <message>
        <source>The catalog&apos;s name (may be left out when there is one).</source>
        <translation>工具目录名称（只有一个工具目录时可省略）。</translation>
    </message>
    <message>
        <source>openai or mcp.</source>
        <translation>openai 或 mcp。</translation>
    </message>
    <message>
        <source>The file to write; &apos;-&apos; for standard output.</source>
        <translation>要写入的文件；&apos;-&apos; 表示标准输出。</translation>
    </message>
    <message>
        <source>Export a tool catalog.</source>
        <translation>导出工具目录。</translation>
    </message>
    <message>
        <source>--project and --out are required</source>
        <translation>必须指定 --project 和 --out</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; use openai or mcp</source>
        <translation>未知格式 &apos;%1&apos;；请使用 openai 或 mcp</translation>
    </message>
    <message>
        <source>choose a catalog with --catalog; the project has: %1</source>
        <translation>请用 --catalog 选择工具目录；项目中包含：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>警告：</translation>
    </message>
    <message numerus="yes">
        <source>%n catalogs are named &apos;%1&apos;; rename one first</source>
        <translation>
            <numerusform>有 %n 个工具目录名为 &apos;%1&apos;；请先重命名其中一个</numerusform>
        </translation>
    </message>
    <message>
        <source>Lowest confidence of an inferred edge, 0 to 1 (default %1).</source>
        <translation>推断边的最低置信度，取值 0 到 1（默认为 %1）。</translation>
    </message>
    <message>
        <source>t</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>Infer the tool graph&apos;s edges; manual edges are kept unchanged.</source>
        <translation>推断工具依赖图的边；手动边保持不变。</translation>
    </message>
    <message>
        <source>--threshold takes a number from 0 to 1</source>
        <translation>--threshold 需要 0 到 1 之间的数字</translation>
    </message>
    <message>
        <source>walk, knn, chain or coverage.</source>
        <translation>walk、knn、chain 或 coverage。</translation>
    </message>
    <message>
        <source>sampler</source>
        <translation>采样器</translation>
    </message>
    <message>
        <source>Tools per sample (default 4).</source>
        <translation>每个样本的工具数（默认为 4）。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Samples to draw (default 10).</source>
        <translation>要抽取的样本数（默认为 10）。</translation>
    </message>
    <message>
        <source>Seed; the same seed gives the same samples (default 1).</source>
        <translation>随机种子；相同的种子产生相同的样本（默认为 1）。</translation>
    </message>
    <message>
        <source>Sample sets of tools from a catalog&apos;s graph.</source>
        <translation>从工具目录的依赖图中采样工具集合。</translation>
    </message>
    <message>
        <source>unknown sampler &apos;%1&apos;; use walk, knn, chain or coverage</source>
        <translation>未知采样器 &apos;%1&apos;；请使用 walk、knn、chain 或 coverage</translation>
    </message>
    <message>
        <source>--size and --count take positive whole numbers</source>
        <translation>--size 和 --count 需要正整数</translation>
    </message>
    <message>
        <source>--seed takes a whole number</source>
        <translation>--seed 需要整数</translation>
    </message>
    <message>
        <source>catalog &apos;%1&apos; has no graph edges; run &apos;graph infer&apos; first</source>
        <translation>工具目录 &apos;%1&apos; 的依赖图没有边；请先运行 &apos;graph infer&apos;</translation>
    </message>
    <message>
        <source>coverage: %1/%2 tools, %3/%4 edges</source>
        <translation>覆盖率：%1/%2 个工具，%3/%4 条边</translation>
    </message>
    <message>
        <source>--catalog: the project has no catalog &apos;%1&apos;; it has: %2</source>
        <translation>--catalog：项目中没有工具目录 &apos;%1&apos;；项目中包含：%2</translation>
    </message>
    <message>
        <source>The file to write; replaced only once it is complete.</source>
        <translation>要写入的文件；仅在写入完成后才替换该文件。</translation>
    </message>
    <message>
        <source>Only the dialogues of this job.</source>
        <translation>仅包含此任务的对话。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Write dialogues as JSON Lines, one dialogue object per line, in the order they were stored.</source>
        <translation>将对话写出为 JSON Lines，每行一个对话对象，按存储顺序排列。</translation>
    </message>
    <message>
        <source>--out is required</source>
        <translation>必须指定 --out</translation>
    </message>
    <message>
        <source>--job takes a job id, a whole number</source>
        <translation>--job 需要任务 ID，即一个整数</translation>
    </message>
    <message>
        <source>--job: the project has no job %1</source>
        <translation>--job：项目中没有任务 %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>job %1: resuming; %2 of %3 dialogues already stored</source>
        <translation>任务 %1：正在继续；已存储 %3 个对话中的 %2 个</translation>
    </message>
    <message numerus="yes">
        <source>job %1: generating %n dialogue(s) from catalog &apos;%2&apos;</source>
        <translation>
            <numerusform>任务 %1：正在从工具目录 &apos;%2&apos; 生成 %n 个对话</numerusform>
        </translation>
    </message>
    <message>
        <source>job %1: %2/%3 dialogues, %4 dialogues/s</source>
        <translation>任务 %1：%2/%3 个对话，%4 个对话/秒</translation>
    </message>
    <message>
        <source>job %1 was cancelled with %2 of %3 dialogues stored; resume it with: %4</source>
        <translation>任务 %1 已取消，已存储 %3 个对话中的 %2 个；可使用以下命令继续：%4</translation>
    </message>
    <message>
        <source>job %1 failed with %2 of %3 dialogues stored: %4
Once the cause is fixed, resume it with: %5</source>
        <translation>任务 %1 失败，已存储 %3 个对话中的 %2 个：%4
排除原因后，可使用以下命令继续：%5</translation>
    </message>
    <message>
        <source>--mix takes kind=weight pairs separated by commas; kinds: %1</source>
        <translation>--mix 需要以逗号分隔的 kind=weight 对；可用类型：%1</translation>
    </message>
    <message>
        <source>--mix: &apos;%1&apos; is not kind=weight; kinds: %2</source>
        <translation>--mix：&apos;%1&apos; 不是 kind=weight 形式；可用类型：%2</translation>
    </message>
    <message>
        <source>--mix: unknown step kind &apos;%1&apos;; kinds: %2</source>
        <translation>--mix：未知步骤类型 &apos;%1&apos;；可用类型：%2</translation>
    </message>
    <message>
        <source>--mix: the weight of &apos;%1&apos; must be a whole number of at least 0</source>
        <translation>--mix：&apos;%1&apos; 的权重必须是不小于 0 的整数</translation>
    </message>
    <message>
        <source>--mix gives every step kind the weight 0</source>
        <translation>--mix 将所有步骤类型的权重都设为了 0</translation>
    </message>
    <message>
        <source>--count is required</source>
        <translation>必须指定 --count</translation>
    </message>
    <message>
        <source>--count takes a whole number of at least 1</source>
        <translation>--count 需要不小于 1 的整数</translation>
    </message>
    <message>
        <source>--seed takes a whole number of at least 0</source>
        <translation>--seed 需要不小于 0 的整数</translation>
    </message>
    <message>
        <source>--sampler: unknown sampler &apos;%1&apos;; use walk, knn, chain or coverage</source>
        <translation>--sampler：未知采样器 &apos;%1&apos;；请使用 walk、knn、chain 或 coverage</translation>
    </message>
    <message>
        <source>--tools-per-sample takes a whole number from 1 to 32</source>
        <translation>--tools-per-sample 需要 1 到 32 之间的整数</translation>
    </message>
    <message>
        <source>--envelope: unknown strategy &apos;%1&apos;; use catalog, context_carrying or state_token</source>
        <translation>--envelope：未知策略 &apos;%1&apos;；请使用 catalog、context_carrying 或 state_token</translation>
    </message>
    <message>
        <source>--min-steps and --max-steps take whole numbers with 1 &lt;= min &lt;= max &lt;= 20</source>
        <translation>--min-steps 和 --max-steps 需要满足 1 &lt;= min &lt;= max &lt;= 20 的整数</translation>
    </message>
    <message>
        <source>Dialogues to generate.</source>
        <translation>要生成的对话数。</translation>
    </message>
    <message>
        <source>Seed; the same seed and settings give the same dialogues (default 1).</source>
        <translation>随机种子；相同的种子和设置产生相同的对话（默认为 1）。</translation>
    </message>
    <message>
        <source>The catalog&apos;s name or id (may be left out when there is one).</source>
        <translation>工具目录的名称或 ID（只有一个工具目录时可省略）。</translation>
    </message>
    <message>
        <source>engine</source>
        <translation>引擎</translation>
    </message>
    <message>
        <source>How tools are sampled: walk (the default), knn, chain or coverage.</source>
        <translation>工具的采样方式：walk（默认）、knn、chain 或 coverage。</translation>
    </message>
    <message>
        <source>Tools sampled for each dialogue, 1 to 32 (default 4).</source>
        <translation>每个对话采样的工具数，取值 1 到 32（默认为 4）。</translation>
    </message>
    <message>
        <source>k</source>
        <translation>工具数</translation>
    </message>
    <message>
        <source>How later calls get earlier results: catalog (the catalog&apos;s own strategy, the default), context_carrying or state_token.</source>
        <translation>后续调用获取先前结果的方式：catalog（工具目录自身的策略，默认）、context_carrying 或 state_token。</translation>
    </message>
    <message>
        <source>strategy</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>Relative weights of plan step kinds, e.g. chit_chat=0,chained_calls=30; kinds left out keep their defaults.</source>
        <translation>各类计划步骤的相对权重，例如 chit_chat=0,chained_calls=30；未列出的类型保持默认值。</translation>
    </message>
    <message>
        <source>kind=weight,...</source>
        <translation>类型=权重,...</translation>
    </message>
    <message>
        <source>Fewest plan steps per dialogue (default %1).</source>
        <translation>每个对话的最少计划步骤数（默认为 %1）。</translation>
    </message>
    <message>
        <source>a</source>
        <translation>最少步骤数</translation>
    </message>
    <message>
        <source>Most plan steps per dialogue (default %1).</source>
        <translation>每个对话的最多计划步骤数（默认为 %1）。</translation>
    </message>
    <message>
        <source>b</source>
        <translation>最多步骤数</translation>
    </message>
    <message>
        <source>List a project&apos;s jobs, newest first.</source>
        <translation>列出项目的任务，最新的在前。</translation>
    </message>
    <message>
        <source>no jobs</source>
        <translation>没有任务</translation>
    </message>
    <message>
        <source>state</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>请求数</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>已存储</translation>
    </message>
    <message>
        <source>catalog</source>
        <translation>工具目录</translation>
    </message>
    <message>
        <source>created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>The job&apos;s id (see &apos;job list&apos;).</source>
        <translation>任务的 ID（参见 &apos;job list&apos;）。</translation>
    </message>
    <message>
        <source>Resume an interrupted, cancelled or failed generation job; it makes exactly the dialogues the job still lacks.</source>
        <translation>继续已中断、已取消或失败的生成任务；只生成该任务仍缺少的对话。</translation>
    </message>
    <message>
        <source>--job is required</source>
        <translation>必须指定 --job</translation>
    </message>
    <message>
        <source>job %1 is a &apos;%2&apos; job; only generate jobs can be resumed</source>
        <translation>任务 %1 是 &apos;%2&apos; 任务；只有 generate 任务可以继续</translation>
    </message>
    <message>
        <source>job %1 is already completed (%2 of %3 dialogues stored); there is nothing to resume</source>
        <translation>任务 %1 已完成（已存储 %3 个对话中的 %2 个）；没有可继续的内容</translation>
    </message>
    <message>
        <source>The dataset format: %1.</source>
        <translation>数据集格式：%1。</translation>
    </message>
    <message>
        <source>The folder to write the dataset and its card into.</source>
        <translation>写入数据集及其卡片的文件夹。</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Share of dialogues for validation, 0 to 0.9 (default 0).</source>
        <translation>用于验证的对话比例，取值 0 到 0.9（默认为 0）。</translation>
    </message>
    <message>
        <source>share</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>Seed of the split.</source>
        <translation>划分所用的随机种子。</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>Dialogues of this review status: accepted (default), open, rejected, needs_fix or any.</source>
        <translation>要导出的对话的审阅状态：accepted（默认）、open、rejected、needs_fix 或 any。</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>A system message for every dialogue; {catalog} and {tools} are filled in.</source>
        <translation>为每个对话添加的系统消息；{catalog} 和 {tools} 将被自动填入。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>The dataset&apos;s name in its card and dataset_info.json.</source>
        <translation>数据集在其卡片和 dataset_info.json 中的名称。</translation>
    </message>
    <message>
        <source>The licence named in the dataset card.</source>
        <translation>数据集卡片中注明的许可证。</translation>
    </message>
    <message>
        <source>licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>OpenAI: weight 0 on assistant turns whose calls failed validation.</source>
        <translation>OpenAI：对调用未通过校验的助手轮次设置权重 0。</translation>
    </message>
    <message>
        <source>Do not write metadata.jsonl.</source>
        <translation>不写入 metadata.jsonl。</translation>
    </message>
    <message>
        <source>Export dialogues as a fine-tuning dataset with a dataset card. Files are replaced only once the whole export succeeded.</source>
        <translation>将对话导出为带数据集卡片的微调数据集。仅在整个导出成功后才会替换文件。</translation>
    </message>
    <message>
        <source>--format takes one of %1</source>
        <translation>--format 需要以下值之一：%1</translation>
    </message>
    <message>
        <source>--split takes a share from 0 to 0.9, e.g. 0.1</source>
        <translation>--split 需要 0 到 0.9 之间的比例，例如 0.1</translation>
    </message>
    <message>
        <source>--status takes accepted, open, rejected, needs_fix or any</source>
        <translation>--status 需要 accepted、open、rejected、needs_fix 或 any</translation>
    </message>
    <message>
        <source>export: %1/%2 dialogues read, %3 written</source>
        <translation>导出：已读取 %1/%2 个对话，已写入 %3 个</translation>
    </message>
    <message>
        <source>callwright-cli: left out: %1</source>
        <translation>callwright-cli：已略去：%1</translation>
    </message>
    <message>
        <source>The file&apos;s format: %1.</source>
        <translation>文件格式：%1。</translation>
    </message>
    <message>
        <source>The dataset file (JSON Lines, or a JSON array).</source>
        <translation>数据集文件（JSON Lines 或 JSON 数组）。</translation>
    </message>
    <message>
        <source>path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Import dialogues from a dataset file for review. A file with any bad record imports nothing.</source>
        <translation>从数据集文件导入对话以供审阅。文件中只要有一条错误记录，就不会导入任何内容。</translation>
    </message>
    <message>
        <source>--file is required</source>
        <translation>必须提供 --file</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <source>Also rate with the judge of endpoint profile &lt;profile&gt;.</source>
        <translation>同时使用端点配置 &lt;profile&gt; 的评审模型打分。</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Worker threads (0: one per core).</source>
        <translation>工作线程数（0：每个核心一个）。</translation>
    </message>
    <message>
        <source>Score every dialogue&apos;s naturalness and coherence, store the scores and print the dataset&apos;s figures.</source>
        <translation>为每个对话的自然度和连贯性评分，存储评分并输出数据集的统计数据。</translation>
    </message>
    <message>
        <source>--threads takes a whole number from 0 to 256</source>
        <translation>--threads 需要 0 到 256 之间的整数</translation>
    </message>
    <message>
        <source>score: %1/%2 dialogues, %3 dialogues/s</source>
        <translation>评分：%1/%2 个对话，每秒 %3 个对话</translation>
    </message>
    <message>
        <source>scoring stopped: %1</source>
        <translation>评分已停止：%1</translation>
    </message>
    <message numerus="yes">
        <source>scored %n dialogue(s) in %1 s</source>
        <translation>
            <numerusform>已在 %1 秒内为 %n 个对话评分</numerusform>
        </translation>
    </message>
    <message>
        <source>word entropy H %1 bits, Distinct-3 %2 (ToolFlow: H 10.36, D-3 0.4865)</source>
        <translation>词熵 H %1 比特，Distinct-3 %2（ToolFlow：H 10.36，D-3 0.4865）</translation>
    </message>
    <message>
        <source>mean naturalness %1, mean coherence %2 (1-5)</source>
        <translation>平均自然度 %1，平均连贯性 %2（1-5）</translation>
    </message>
    <message>
        <source>catalog &apos;%1&apos;: %2/%3 tools used, %4/%5 graph edges exercised</source>
        <translation>工具目录 &apos;%1&apos;：已使用 %2/%3 个工具，已覆盖 %4/%5 条依赖图边</translation>
    </message>
    <message>
        <source>near duplicates: %1 cluster(s) holding %2 dialogue(s); %3 redundant</source>
        <translation>近似重复：%1 个簇，包含 %2 个对话；%3 个冗余</translation>
    </message>
    <message>
        <source>Keep one dialogue of each cluster of near duplicates (MinHash over word shingles).</source>
        <translation>每组近似重复的对话只保留一条（基于词 shingle 的 MinHash）。</translation>
    </message>
    <message>
        <source>Only the dialogues of this saved review filter (with --status any unless --status is given).</source>
        <translation>只导出此已保存审阅筛选器选中的对话（未给出 --status 时按 --status any 处理）。</translation>
    </message>
    <message>
        <source>no saved filter is named &quot;%1&quot;; saved filters: %2</source>
        <translation>没有名为“%1”的已保存筛选器；已保存的筛选器：%2</translation>
    </message>
    <message>
        <source>job %1: %2 dialogue(s) failed so far; last: %3</source>
        <translation>任务 %1：迄今已有 %2 个对话失败；最近一个：%3</translation>
    </message>
    <message>
        <source>Resume with: %1</source>
        <translation>可使用以下命令继续：%1</translation>
    </message>
    <message>
        <source>--engine: unknown engine &apos;%1&apos;; use embedded or llm</source>
        <translation>--engine：未知引擎 &apos;%1&apos;；请使用 embedded 或 llm</translation>
    </message>
    <message>
        <source>--engine llm needs --endpoint PROFILE (an endpoint profile&apos;s name or id)</source>
        <translation>--engine llm 需要 --endpoint PROFILE（端点配置的名称或 ID）</translation>
    </message>
    <message>
        <source>--endpoint and --back-translate go with --engine llm</source>
        <translation>--endpoint 和 --back-translate 需与 --engine llm 一起使用</translation>
    </message>
    <message>
        <source>--endpoint: there is no endpoint profile &apos;%1&apos;</source>
        <translation>--endpoint：不存在端点配置 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The engine: embedded (the default) or llm (LLM agents over an endpoint profile).</source>
        <translation>引擎：embedded（默认）或 llm（通过端点配置使用 LLM 智能体）。</translation>
    </message>
    <message>
        <source>With --engine llm: the endpoint profile (see the Endpoints panel); its API key comes from the keychain or CALLWRIGHT_API_KEY.</source>
        <translation>与 --engine llm 同用：端点配置（参见端点面板）；其 API 密钥取自钥匙串或 CALLWRIGHT_API_KEY。</translation>
    </message>
    <message>
        <source>With --engine llm: score each dialogue by DiGiT-TC&apos;s back-translation check.</source>
        <translation>与 --engine llm 同用：使用 DiGiT-TC 的回译检查为每个对话评分。</translation>
    </message>
    <message>
        <source>Generate dialogues with the embedded engine or LLM agents as a new job. Ctrl-C cancels; the job can then be resumed with &apos;job resume&apos;.</source>
        <translation>使用内置引擎或 LLM 智能体以新任务的形式生成对话。按 Ctrl-C 取消；之后可使用 &apos;job resume&apos; 继续该任务。</translation>
    </message>
    <message>
        <source>score: %1/%2 dialogues; judge: %3 rated, %4 failed</source>
        <translation>评分：%1/%2 个对话；评审：已评 %3 个，失败 %4 个</translation>
    </message>
    <message numerus="yes">
        <source>the judge rated no dialogue; %n failed. First: %1</source>
        <translation>
            <numerusform>评审未能为任何对话评分；%n 个失败。第一个错误：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the judge could not rate %n dialogue(s); run again to retry them (the answers received come from the project&apos;s cache). First: %1</source>
        <translation>
            <numerusform>评审无法为 %n 个对话评分；请再次运行以重试（已收到的应答将取自项目的缓存）。第一个错误：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>judge &apos;%1&apos; (%2): %n dialogue(s) rated, %3 failed; requests sent: %4, answered from the cache: %5</source>
        <translation>
            <numerusform>评审 &apos;%1&apos;（%2）：已评 %n 个对话，失败 %3 个；已发送请求：%4，由缓存应答：%5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %1: mean %2 over %n verdict(s)%3</source>
        <translation>
            <numerusform>  %1：%n 个评审结论的平均值为 %2%3</numerusform>
        </translation>
    </message>
    <message>
        <source> (share with the fault)</source>
        <translation>（存在该问题的比例）</translation>
    </message>
    <message>
        <source> (1-5)</source>
        <translation>（1-5）</translation>
    </message>
    <message>
        <source>A JSON Lines file of {id, title, text}, a .txt or .md file, or a folder of them.</source>
        <translation>由 {id, title, text} 组成的 JSON Lines 文件、.txt 或 .md 文件，或包含这些文件的文件夹。</translation>
    </message>
    <message>
        <source>Run the stages on endpoint profile &lt;profile&gt; instead of the embedded rules.</source>
        <translation>在端点配置 &lt;profile&gt; 上运行各阶段，而不使用内置规则。</translation>
    </message>
    <message>
        <source>Run stages that are already done again (edited outputs are kept).</source>
        <translation>重新运行已完成的阶段（保留已编辑的输出）。</translation>
    </message>
    <message>
        <source>Import a text corpus into the project and run the four GEM stages (relevance, extraction, grounding, refinement) over its passages.</source>
        <translation>将文本语料导入项目，并对其段落运行 GEM 的四个阶段（相关性、提取、落地、精炼）。</translation>
    </message>
    <message>
        <source>--input is required</source>
        <translation>必须指定 --input</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the input; nothing was imported</source>
        <translation>
            <numerusform>输入中有 %n 个问题；未导入任何内容</numerusform>
        </translation>
    </message>
    <message>
        <source>corpus: skipped %1 (it describes the corpus)</source>
        <translation>语料：已跳过 %1（它是对语料的说明）</translation>
    </message>
    <message numerus="yes">
        <source>corpus: %n document(s) read (%1 new, %2 changed, %3 unchanged), %4 passages</source>
        <translation>
            <numerusform>语料：已读取 %n 个文档（新增 %1 个，已更改 %2 个，未更改 %3 个），共 %4 个段落</numerusform>
        </translation>
    </message>
    <message>
        <source>corpus: %1/%2 documents, %3 documents/s</source>
        <translation>语料：%1/%2 个文档，%3 个文档/秒</translation>
    </message>
    <message>
        <source>the run stopped: %1</source>
        <translation>运行已停止：%1</translation>
    </message>
    <message>
        <source>cancelled after %1 of %2 documents; run the same command again to finish (what is done is kept)</source>
        <translation>已在处理 %2 个文档中的 %1 个后取消；再次运行同一命令即可完成（已完成的部分会保留）</translation>
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
  graph infer --project P [--catalog NAME] [--threshold T]
                                            infer the tool graph&apos;s edges
  graph sample --project P [--catalog NAME] --sampler walk|knn|chain|coverage
               [--size N] [--count C] [--seed S]
                                            sample tools from the graph
  generate --project P --count N [--seed S] [--catalog NAME|ID]
           [--sampler walk|knn|chain|coverage] [--tools-per-sample K]
           [--envelope catalog|context_carrying|state_token]
           [--mix kind=weight,...] [--min-steps A] [--max-steps B]
                                            generate dialogues as a new job
  job list --project P                      list the project&apos;s jobs
  job resume --project P --job ID           finish an interrupted job
  dialogues export-jsonl --project P --out FILE [--job ID]
                                            write dialogues as JSON Lines
  dialogues import --project P --format F --file PATH
                                            import a dataset file for review
  export --project P --format openai|trl|sharegpt|hermes|bfcl --out DIR
         [--split 0.1] [--seed S] [--status accepted|any|...]
         [--system-prompt TEXT] [--name N] [--licence L] [--weights]
                                            write a dataset and its card
  score --project P [--threads N] [--judge PROFILE]
                                            score every dialogue, print the
                                            dataset&apos;s figures
  corpus run --project P --input PATH [--threads N] [--rerun]
                                            import a text corpus and run the
                                            GEM stages (embedded, heuristic)
  corpus adopt --project P [--document ID] [--catalog NAME] [--tools]
               [--dialogues]             extracted tools into a catalog,
                                            trajectories into review

Options for every command:
  --json      print machine-readable JSON on standard output
  -h, --help  show help for the command
  --version   print the version

Exit codes: 0 success, 1 the operation failed, 2 usage error,
3 the file was refused (missing, not a project, corrupt, or newer).
</source>
        <translation>用法：callwright-cli &lt;command&gt; [options]

命令：
  project new FILE [--name NAME] [--demo]   创建项目文件
  project info FILE [--json]                显示项目包含的内容
  project check FILE [--json]               校验文件的完整性
  catalog import --project P FILE [--format F] [--name N]
                                            导入工具目录
  catalog import --project P --mcp &quot;COMMAND&quot; [--timeout S]
                                            列出 MCP 服务器的工具
  catalog export --project P --catalog NAME --format openai|mcp
                 --out FILE                 写出工具目录（&apos;-&apos;：标准输出）
  graph infer --project P [--catalog NAME] [--threshold T]
                                            推断工具依赖图的边
  graph sample --project P [--catalog NAME] --sampler walk|knn|chain|coverage
               [--size N] [--count C] [--seed S]
                                            从依赖图中采样工具
  generate --project P --count N [--seed S] [--catalog NAME|ID]
           [--sampler walk|knn|chain|coverage] [--tools-per-sample K]
           [--envelope catalog|context_carrying|state_token]
           [--mix kind=weight,...] [--min-steps A] [--max-steps B]
                                            以新任务的形式生成对话
  job list --project P                      列出项目的任务
  job resume --project P --job ID           完成被中断的任务
  dialogues export-jsonl --project P --out FILE [--job ID]
                                            以 JSON Lines 格式写出对话
  dialogues import --project P --format F --file PATH
                                            导入数据集文件以供审阅
  export --project P --format openai|trl|sharegpt|hermes|bfcl --out DIR
         [--split 0.1] [--seed S] [--status accepted|any|...]
         [--system-prompt TEXT] [--name N] [--licence L] [--weights]
                                            写出数据集及其卡片
  score --project P [--threads N] [--judge PROFILE]
                                            为每个对话评分，并输出
                                            数据集的统计数据
  corpus run --project P --input PATH [--threads N] [--rerun]
                                            导入文本语料，并运行 GEM
                                            各阶段（内置模式，启发式）
  corpus adopt --project P [--document ID] [--catalog NAME] [--tools]
               [--dialogues]             将提取的工具放入工具目录，
                                            将轨迹送去审阅

所有命令通用的选项：
  --json      在标准输出上打印机器可读的 JSON
  -h, --help  显示该命令的帮助
  --version   打印版本号

退出码：0 成功，1 操作失败，2 用法错误，
3 文件被拒绝（缺失、不是项目文件、已损坏或版本更新）。
</translation>
    </message>
    <message>
        <source>Only this corpus document (its number or uid; default: every document).</source>
        <translation>仅处理此语料文档（其编号或 uid；默认为所有文档）。</translation>
    </message>
    <message>
        <source>The catalog the tools go into; made when missing (default &quot;corpus&quot;).</source>
        <translation>工具要放入的工具目录；不存在时新建（默认为 &quot;corpus&quot;）。</translation>
    </message>
    <message>
        <source>Add the extracted tools to the catalog.</source>
        <translation>将提取的工具添加到工具目录。</translation>
    </message>
    <message>
        <source>Send the trajectories to review as dialogues.</source>
        <translation>将轨迹作为对话发送到审阅。</translation>
    </message>
    <message>
        <source>Adopt the corpus&apos;s outputs: its extracted tools into a catalog and its trajectories into review (both when neither --tools nor --dialogues is given). Running it again adds only what is new.</source>
        <translation>采用语料的输出：将其提取的工具放入工具目录，并将其轨迹送去审阅（既未给出 --tools 也未给出 --dialogues 时，两者都执行）。再次运行时只会添加新的内容。</translation>
    </message>
    <message>
        <source>--catalog needs a name</source>
        <translation>--catalog 需要一个名称</translation>
    </message>
    <message>
        <source>--document: the project&apos;s corpus has no document &apos;%1&apos;</source>
        <translation>--document：项目的语料中没有文档 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--%1: there is no endpoint profile &apos;%2&apos;; there are none yet: add one in the Endpoints panel</source>
        <translation>--%1：不存在端点配置 &apos;%2&apos;；目前还没有任何端点配置：请在端点面板中添加</translation>
    </message>
    <message>
        <source>--%1: there is no endpoint profile &apos;%2&apos;; the profiles are: %3</source>
        <translation>--%1：不存在端点配置 &apos;%2&apos;；现有配置为：%3</translation>
    </message>
    <message>
        <source>--%1: %2</source>
        <translation>--%1：%2</translation>
    </message>
</context>
<context>
    <name>CatalogExporter</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>CatalogImport</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the file is %2, more than the %3 a catalog may have; split it into smaller files</source>
        <translation>%1：文件大小为 %2，超过了工具目录允许的上限 %3；请将其拆分为较小的文件</translation>
    </message>
</context>
<context>
    <name>CatalogImporter</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: not a tool catalog in a format Callwright knows (OpenAI, MCP, BFCL, OpenAPI); if it is one, choose the format</source>
        <translation>%1：不是 Callwright 可识别格式（OpenAI、MCP、BFCL、OpenAPI）的工具目录；如果确实是工具目录，请选择格式</translation>
    </message>
    <message>
        <source>%1: tool &quot;%2&quot;: /%3%4 is nested deeper than %5 levels</source>
        <translation>%1：工具 &quot;%2&quot;：/%3%4 的嵌套深度超过 %5 层</translation>
    </message>
    <message>
        <source>%1: unexpected content (%2)</source>
        <translation>%1：意外的内容（%2）</translation>
    </message>
</context>
<context>
    <name>ChangeGraphEdge</name>
    <message>
        <source>Edit Connection</source>
        <translation>编辑连接</translation>
    </message>
</context>
<context>
    <name>ChangeProjectName</name>
    <message>
        <source>Rename Project</source>
        <translation>重命名项目</translation>
    </message>
</context>
<context>
    <name>ChangePromptTemplate</name>
    <message>
        <source>Reset Prompt %1</source>
        <translation>重置提示词 %1</translation>
    </message>
    <message>
        <source>Edit Prompt %1</source>
        <translation>编辑提示词 %1</translation>
    </message>
</context>
<context>
    <name>ChangeTool</name>
    <message>
        <source>Edit Tool %1</source>
        <translation>编辑工具 %1</translation>
    </message>
</context>
<context>
    <name>ChatCompletion</name>
    <message>
        <source>the arguments of &apos;%1&apos; are not valid JSON: %2</source>
        <translation>&apos;%1&apos; 的参数不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>call %1 (%2) had no id; gave it &apos;%3&apos;</source>
        <translation>调用 %1（%2）没有 ID；已为其指定 &apos;%3&apos;</translation>
    </message>
    <message>
        <source>call %1 (%2) repeated the id &apos;%3&apos;; gave it &apos;%4&apos;</source>
        <translation>调用 %1（%2）重复使用了 ID &apos;%3&apos;；已改为 &apos;%4&apos;</translation>
    </message>
    <message>
        <source>the endpoint answered with an empty body</source>
        <translation>端点返回了空的应答体</translation>
    </message>
    <message>
        <source>the endpoint&apos;s answer is not valid JSON (%1 bytes, perhaps cut off): %2</source>
        <translation>端点的应答不是有效的 JSON（%1 字节，可能被截断）：%2</translation>
    </message>
    <message>
        <source>the endpoint&apos;s answer is not a JSON object</source>
        <translation>端点的应答不是 JSON 对象</translation>
    </message>
    <message>
        <source>the endpoint answered with an error: %1</source>
        <translation>端点返回了错误：%1</translation>
    </message>
    <message>
        <source>the endpoint&apos;s answer has no choices</source>
        <translation>端点的应答中没有 choices</translation>
    </message>
    <message>
        <source>the first choice has no message</source>
        <translation>第一个 choice 中没有 message</translation>
    </message>
    <message numerus="yes">
        <source>read %n Hermes &lt;tool_call&gt; block(s) in the text as calls</source>
        <translation>
            <numerusform>已将文本中的 %n 个 Hermes &lt;tool_call&gt; 块读取为调用</numerusform>
        </translation>
    </message>
    <message>
        <source>a streamed chunk is not valid JSON: %1</source>
        <translation>流式数据块不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>the endpoint sent an error in the stream: %1</source>
        <translation>端点在流中发送了错误：%1</translation>
    </message>
    <message>
        <source>the stream ended before any chunk arrived</source>
        <translation>流在收到任何数据块之前就已结束</translation>
    </message>
    <message>
        <source>the stream was cut off before it finished</source>
        <translation>流在完成之前被截断</translation>
    </message>
    <message>
        <source>the embeddings answer is not a JSON object</source>
        <translation>嵌入应答不是 JSON 对象</translation>
    </message>
    <message>
        <source>the embeddings answer has no data</source>
        <translation>嵌入应答中没有 data</translation>
    </message>
    <message>
        <source>embedding %1 has no vector</source>
        <translation>嵌入 %1 没有向量</translation>
    </message>
    <message>
        <source>embedding %1 holds a value that is not a number</source>
        <translation>嵌入 %1 中含有非数字的值</translation>
    </message>
</context>
<context>
    <name>ConnectionDrag</name>
    <message>
        <source>No connection: release the drag on a port of another tool.</source>
        <translation>未连接：请在另一个工具的端口上松开拖动。</translation>
    </message>
    <message>
        <source>Two return fields cannot be joined: connect a return field to a parameter, or two parameters.</source>
        <translation>两个返回值字段不能相连：请将返回值字段连接到参数，或连接两个参数。</translation>
    </message>
    <message>
        <source>Connected %1.%2 to %3.%4.</source>
        <translation>已将 %1.%2 连接到 %3.%4。</translation>
    </message>
</context>
<context>
    <name>CorpusAdoption</name>
    <message>
        <source>the project refused the write</source>
        <translation>项目拒绝了写入</translation>
    </message>
    <message>
        <source>the catalog needs a name</source>
        <translation>工具目录需要一个名称</translation>
    </message>
    <message>
        <source>Tools extracted from the project&apos;s text corpus.</source>
        <translation>从项目的文本语料中提取的工具。</translation>
    </message>
    <message>
        <source>From corpus passage: %1 (passage %2)</source>
        <translation>来自语料段落：%1（段落 %2）</translation>
    </message>
    <message>
        <source>From corpus passage: %1 › %2 (passage %3)</source>
        <translation>来自语料段落：%1 › %2（段落 %3）</translation>
    </message>
</context>
<context>
    <name>CorpusImporter</name>
    <message>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>不是有效的 JSON（%1）</translation>
    </message>
    <message>
        <source>expected an object with &quot;id&quot; and &quot;text&quot;, found %1</source>
        <translation>应为包含 &quot;id&quot; 和 &quot;text&quot; 的对象，实际为 %1</translation>
    </message>
    <message>
        <source>the document has no &quot;id&quot;</source>
        <translation>该文档没有 &quot;id&quot;</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be a non-empty string or a whole number</source>
        <translation>&quot;id&quot; 必须是非空字符串或整数</translation>
    </message>
    <message>
        <source>the document &apos;%1&apos; has no &quot;text&quot; string</source>
        <translation>文档 &apos;%1&apos; 没有 &quot;text&quot; 字符串</translation>
    </message>
    <message>
        <source>the document &apos;%1&apos; has an empty &quot;text&quot;</source>
        <translation>文档 &apos;%1&apos; 的 &quot;text&quot; 为空</translation>
    </message>
    <message>
        <source>&quot;%1&quot; of the document &apos;%2&apos; must be a string</source>
        <translation>文档 &apos;%2&apos; 的 &quot;%1&quot; 必须是字符串</translation>
    </message>
    <message>
        <source>unknown &quot;format&quot; &apos;%1&apos;; use &quot;markdown&quot; or &quot;text&quot;</source>
        <translation>未知的 &quot;format&quot; &apos;%1&apos;；请使用 &quot;markdown&quot; 或 &quot;text&quot;</translation>
    </message>
    <message>
        <source>the id &apos;%1&apos; is already used on line %2</source>
        <translation>ID &apos;%1&apos; 已在第 %2 行使用</translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <translation>不是 UTF-8 文本</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>文件或文件夹不存在</translation>
    </message>
    <message>
        <source>the id &apos;%1&apos; is already used in %2</source>
        <translation>ID &apos;%1&apos; 已在 %2 中使用</translation>
    </message>
    <message>
        <source>holds no .txt, .md or .jsonl files to import</source>
        <translation>不包含可导入的 .txt、.md 或 .jsonl 文件</translation>
    </message>
    <message>
        <source>is neither a .txt, .md nor a .jsonl file, nor a folder</source>
        <translation>既不是 .txt、.md 或 .jsonl 文件，也不是文件夹</translation>
    </message>
</context>
<context>
    <name>CorpusPipeline</name>
    <message>
        <source>the relevance stage has no output</source>
        <translation>相关性阶段没有输出</translation>
    </message>
    <message>
        <source>the passage holds no workflow</source>
        <translation>该段落不包含工作流</translation>
    </message>
    <message>
        <source>the extraction stage has no output</source>
        <translation>提取阶段没有输出</translation>
    </message>
    <message>
        <source>no step of the workflow runs a tool</source>
        <translation>工作流中没有任何步骤运行工具</translation>
    </message>
    <message>
        <source>the grounding stage has no output</source>
        <translation>落地阶段没有输出</translation>
    </message>
    <message>
        <source>there is no corpus document %1</source>
        <translation>不存在语料文档 %1</translation>
    </message>
    <message>
        <source>%1, passage %2, %3: %4</source>
        <translation>%1，段落 %2，%3：%4</translation>
    </message>
    <message>
        <source>there is no passage %1</source>
        <translation>不存在段落 %1</translation>
    </message>
    <message>
        <source>the %1 output does not have its stage&apos;s shape: %2</source>
        <translation>%1 的输出不符合该阶段的结构：%2</translation>
    </message>
</context>
<context>
    <name>CorpusRuleCheck</name>
    <message>
        <source>calls &apos;%1&apos;, which is not a defined tool</source>
        <translation>调用了 &apos;%1&apos;，但它不是已定义的工具</translation>
    </message>
    <message>
        <source>arguments of &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; 的参数：%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid tool name (letters, digits, _ and -, at most 64)</source>
        <translation>&apos;%1&apos; 不是有效的工具名称（字母、数字、_ 和 -，最多 64 个字符）</translation>
    </message>
    <message>
        <source>the tool &apos;%1&apos; is defined twice</source>
        <translation>工具 &apos;%1&apos; 被定义了两次</translation>
    </message>
    <message>
        <source>the schema of &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; 的模式：%2</translation>
    </message>
    <message>
        <source>the tool &apos;%1&apos; has no description</source>
        <translation>工具 &apos;%1&apos; 没有描述</translation>
    </message>
    <message>
        <source>the trajectory does not open with a system prompt</source>
        <translation>轨迹不是以系统提示词开头</translation>
    </message>
    <message>
        <source>the call id &apos;%1&apos; is used twice</source>
        <translation>调用 ID &apos;%1&apos; 被使用了两次</translation>
    </message>
    <message>
        <source>answers &apos;%1&apos;, which no earlier message called</source>
        <translation>应答了 &apos;%1&apos;，但之前没有任何消息调用它</translation>
    </message>
    <message>
        <source>answers &apos;%1&apos; a second time</source>
        <translation>再次应答了 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the call &apos;%1&apos; is never answered</source>
        <translation>调用 &apos;%1&apos; 从未得到应答</translation>
    </message>
</context>
<context>
    <name>DatasetExporter</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>dialogue %1</source>
        <translation>对话 %1</translation>
    </message>
    <message>
        <source>cannot write to %1: %2</source>
        <translation>无法写入到 %1：%2</translation>
    </message>
    <message>
        <source>the project could not be read to the end</source>
        <translation>无法完整读取项目</translation>
    </message>
</context>
<context>
    <name>DatasetFormat</name>
    <message>
        <source>%1 needs %2 file(s), %3 given</source>
        <translation>%1 需要 %2 个文件，但提供了 %3 个</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>not JSON: %1</source>
        <translation>不是 JSON：%1</translation>
    </message>
    <message>
        <source>the files of the export have different line counts</source>
        <translation>导出的各文件行数不一致</translation>
    </message>
</context>
<context>
    <name>DatasetImporter</name>
    <message>
        <source>%1 files cannot be imported</source>
        <translation>无法导入 %1 文件</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>not JSON: %1</source>
        <translation>不是 JSON：%1</translation>
    </message>
    <message>
        <source>the file holds no records</source>
        <translation>文件中没有记录</translation>
    </message>
    <message>
        <source>%1 holds no records</source>
        <translation>%1 中没有记录</translation>
    </message>
    <message>
        <source>Tools of the %1 file %2</source>
        <translation>%1 文件 %2 中的工具</translation>
    </message>
</context>
<context>
    <name>DemoProject</name>
    <message>
        <source>Callwright demo: tau-bench retail and airline</source>
        <translation>Callwright 演示：tau-bench 零售与航空</translation>
    </message>
</context>
<context>
    <name>EmbeddedCorpusEngine</name>
    <message>
        <source>Embedded mode is heuristic: rules read numbered and bulleted steps, imperative verbs and commands in code blocks; no language model judged these outputs. Review them before you use them.</source>
        <translation>内置模式是启发式的：规则读取编号和项目符号列出的步骤、祈使动词以及代码块中的命令；这些输出未经语言模型评判。使用前请先审阅。</translation>
    </message>
    <message>
        <source>there is no extraction to ground</source>
        <translation>没有可落地的提取结果</translation>
    </message>
    <message>
        <source>the extraction holds no step that runs a tool</source>
        <translation>提取结果中没有运行工具的步骤</translation>
    </message>
</context>
<context>
    <name>EndpointConnector</name>
    <message>
        <source>the profile &apos;%1&apos; is not usable: %2</source>
        <translation>配置 &apos;%1&apos; 不可用：%2</translation>
    </message>
    <message>
        <source>the profile &apos;%1&apos; needs an API key: enter it in the Endpoints panel, or set CALLWRIGHT_API_KEY</source>
        <translation>配置 &apos;%1&apos; 需要 API 密钥：请在端点面板中输入，或设置 CALLWRIGHT_API_KEY</translation>
    </message>
    <message>
        <source>the profile &apos;%1&apos; is not signed in: sign in from the Endpoints panel</source>
        <translation>配置 &apos;%1&apos; 尚未登录：请在端点面板中登录</translation>
    </message>
    <message>
        <source>there is no endpoint profile &apos;%1&apos;</source>
        <translation>不存在端点配置 &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>EndpointDrafts</name>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>Another profile is already named &apos;%1&apos;.</source>
        <translation>已有另一个配置名为 &apos;%1&apos;。</translation>
    </message>
</context>
<context>
    <name>EndpointProfile</name>
    <message>
        <source>The profile has no name.</source>
        <translation>该配置没有名称。</translation>
    </message>
    <message>
        <source>Base URL: &apos;%1&apos; is not an http or https URL.</source>
        <translation>基础 URL：&apos;%1&apos; 不是 http 或 https URL。</translation>
    </message>
    <message>
        <source>Model: no model is named.</source>
        <translation>模型：未指定模型。</translation>
    </message>
    <message>
        <source>OAuth2: the authorization URL is missing or invalid.</source>
        <translation>OAuth2：授权 URL 缺失或无效。</translation>
    </message>
    <message>
        <source>OAuth2: the token URL is missing or invalid.</source>
        <translation>OAuth2：令牌 URL 缺失或无效。</translation>
    </message>
    <message>
        <source>OAuth2: the client id is missing.</source>
        <translation>OAuth2：缺少客户端 ID。</translation>
    </message>
    <message>
        <source>Header &apos;%1&apos; is not a valid header name.</source>
        <translation>请求头 &apos;%1&apos; 不是有效的请求头名称。</translation>
    </message>
    <message>
        <source>Header &apos;Authorization&apos; is set by the authentication choice; use an API key instead, so that it is kept in the keychain.</source>
        <translation>请求头 &apos;Authorization&apos; 由所选的身份验证方式设置；请改用 API 密钥，以便将其保存在钥匙串中。</translation>
    </message>
    <message>
        <source>Header &apos;%1&apos; has a line break in its value.</source>
        <translation>请求头 &apos;%1&apos; 的值中含有换行符。</translation>
    </message>
    <message>
        <source>Requests in flight must be between 1 and 4096.</source>
        <translation>并发请求数必须介于 1 到 4096 之间。</translation>
    </message>
    <message>
        <source>Rate limits cannot be negative.</source>
        <translation>速率限制不能为负数。</translation>
    </message>
    <message>
        <source>Timeouts must be at least 100 ms.</source>
        <translation>超时时间至少为 100 毫秒。</translation>
    </message>
    <message>
        <source>Retries must be between 0 and 20.</source>
        <translation>重试次数必须介于 0 到 20 之间。</translation>
    </message>
</context>
<context>
    <name>EndpointScheduler</name>
    <message>
        <source>%1 gave no complete answer within %2 ms</source>
        <translation>%1 未在 %2 毫秒内给出完整应答</translation>
    </message>
    <message>
        <source>%1 could not be reached: %2</source>
        <translation>无法连接 %1：%2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2: %3</source>
        <translation>%1 返回 HTTP %2：%3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the request was cancelled</source>
        <translation>请求已取消</translation>
    </message>
</context>
<context>
    <name>GraphLayout</name>
    <message>
        <source>Graphviz could not start.</source>
        <translation>无法启动 Graphviz。</translation>
    </message>
    <message>
        <source>Graphviz could not lay out the graph.</source>
        <translation>Graphviz 无法对依赖图进行布局。</translation>
    </message>
    <message>
        <source>Graphviz returned no position for a tool.</source>
        <translation>Graphviz 未返回某个工具的位置。</translation>
    </message>
</context>
<context>
    <name>JudgePass</name>
    <message>
        <source>dialogue %1: the judge gave no verdict</source>
        <translation>对话 %1：评审未给出结论</translation>
    </message>
</context>
<context>
    <name>LlmAgents</name>
    <message>
        <source>the %1 agent has no endpoint</source>
        <translation>%1 智能体没有端点</translation>
    </message>
    <message numerus="yes">
        <source>the %1 agent&apos;s request failed after %n attempt(s): %2</source>
        <translation>
            <numerusform>%1 智能体的请求在尝试 %n 次后失败：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>the user agent&apos;s answer was empty</source>
        <translation>用户智能体的应答为空</translation>
    </message>
    <message>
        <source>the assistant agent answered with neither text nor calls</source>
        <translation>助手智能体的应答既无文本也无调用</translation>
    </message>
    <message>
        <source>the tool agent for &apos;%1&apos; did not answer with JSON: %2</source>
        <translation>&apos;%1&apos; 的工具智能体未以 JSON 应答：%2</translation>
    </message>
</context>
<context>
    <name>LlmCorpusEngine</name>
    <message>
        <source>passage %1 of &apos;%2&apos;</source>
        <translation>&apos;%2&apos; 的段落 %1</translation>
    </message>
    <message>
        <source>%1: there is no extraction to ground</source>
        <translation>%1：没有可供落地的提取结果</translation>
    </message>
    <message>
        <source>%1: the extraction holds no tool</source>
        <translation>%1：提取结果中不包含工具</translation>
    </message>
    <message>
        <source>%1, %2 stage: there is no endpoint</source>
        <translation>%1，%2 阶段：没有端点</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 stage: the repair request failed after %n attempt(s): %3</source>
        <translation>
            <numerusform>%1，%2 阶段：修复请求在尝试 %n 次后失败：%3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 stage: the request failed after %n attempt(s): %3</source>
        <translation>
            <numerusform>%1，%2 阶段：请求在尝试 %n 次后失败：%3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>另有 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 stage: the answer is unusable even after a repair request: %3</source>
        <translation>%1，%2 阶段：即使发送了修复请求，应答仍不可用：%3</translation>
    </message>
</context>
<context>
    <name>LlmJudge</name>
    <message>
        <source>&apos;%1&apos; is not a score from 1 to 5</source>
        <translation>&apos;%1&apos; 不是 1 到 5 之间的评分</translation>
    </message>
    <message>
        <source>the score %1 is outside 1-5</source>
        <translation>评分 %1 超出 1-5 的范围</translation>
    </message>
    <message>
        <source>the score %1 is not 0 or 1</source>
        <translation>评分 %1 不是 0 或 1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither yes nor no (1 or 0)</source>
        <translation>&apos;%1&apos; 既不是 yes 也不是 no（1 或 0）</translation>
    </message>
    <message>
        <source>the answer is empty</source>
        <translation>应答为空</translation>
    </message>
    <message>
        <source>the answer is not a JSON object: &quot;%1&quot;</source>
        <translation>应答不是 JSON 对象：&quot;%1&quot;</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>没有评分</translation>
    </message>
    <message>
        <source>dialogue %1: %2</source>
        <translation>对话 %1：%2</translation>
    </message>
    <message>
        <source>the judge has no endpoint</source>
        <translation>评审没有端点</translation>
    </message>
    <message numerus="yes">
        <source>the %1 judge&apos;s request failed after %n attempt(s): %2</source>
        <translation>
            <numerusform>%1 评审的请求在尝试 %n 次后失败：%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %1 judge&apos;s repair request failed after %n attempt(s): %2</source>
        <translation>
            <numerusform>%1 评审的修复请求在尝试 %n 次后失败：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>the %1 verdict is unusable even after a repair request: %2</source>
        <translation>即使发送了修复请求，%1 评审结论仍不可用：%2</translation>
    </message>
</context>
<context>
    <name>McpClient</name>
    <message>
        <source>could not start the MCP server %1: %2</source>
        <translation>无法启动 MCP 服务器 %1：%2</translation>
    </message>
    <message>
        <source>the MCP server %1 answered %2 with an error: %3</source>
        <translation>MCP 服务器 %1 对 %2 返回了错误：%3</translation>
    </message>
    <message>
        <source>could not send %1</source>
        <translation>无法发送 %1</translation>
    </message>
    <message>
        <source> (it crashed)</source>
        <translation> (已崩溃)</translation>
    </message>
    <message>
        <source> (it exited with code %1)</source>
        <translation> (已退出，退出码为 %1)</translation>
    </message>
    <message>
        <source>It wrote nothing to stderr.</source>
        <translation>它没有向 stderr 输出任何内容。</translation>
    </message>
    <message>
        <source>The end of its stderr:
%1</source>
        <translation>其 stderr 输出的末尾：
%1</translation>
    </message>
    <message>
        <source>MCP server %1: %2%3. %4</source>
        <translation>MCP 服务器 %1：%2%3。%4</translation>
    </message>
    <message>
        <source>the server wrote a line that is not a JSON-RPC message: %1</source>
        <translation>服务器输出了一行不是 JSON-RPC 消息的内容：%1</translation>
    </message>
    <message>
        <source>a message longer than %1 bytes while waiting for the answer to %2</source>
        <translation>等待 %2 的应答时收到超过 %1 字节的消息</translation>
    </message>
    <message>
        <source>listing the tools of %1 was cancelled</source>
        <translation>已取消列出 %1 的工具</translation>
    </message>
    <message>
        <source>ended before answering %1</source>
        <translation>在应答 %1 之前已结束</translation>
    </message>
    <message>
        <source>no answer to %1 within %2 s</source>
        <translation>%2 秒内未收到对 %1 的应答</translation>
    </message>
    <message>
        <source>the command has an unclosed %1 quote</source>
        <translation>命令中有未闭合的 %1 引号</translation>
    </message>
    <message>
        <source>no MCP server command given</source>
        <translation>未提供 MCP 服务器命令</translation>
    </message>
    <message>
        <source>MCP server %1 listed more than %2 pages of tools</source>
        <translation>MCP 服务器 %1 列出的工具超过 %2 页</translation>
    </message>
    <message>
        <source>MCP server %1 answered tools/list without a &quot;tools&quot; list</source>
        <translation>MCP 服务器 %1 对 tools/list 的应答中没有 &quot;tools&quot; 列表</translation>
    </message>
    <message>
        <source>MCP server %1 gave the cursor &quot;%2&quot; twice; its list never ends</source>
        <translation>MCP 服务器 %1 两次返回游标 &quot;%2&quot;；其列表永远不会结束</translation>
    </message>
    <message>
        <source>MCP server %1: %2</source>
        <translation>MCP 服务器 %1：%2</translation>
    </message>
    <message>
        <source>Tools of the MCP server %1 %2</source>
        <translation>MCP 服务器 %1 %2 的工具</translation>
    </message>
</context>
<context>
    <name>McpImporter</name>
    <message>
        <source>not an object; not kept</source>
        <translation>不是对象；未保留</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a single value; not kept</source>
        <translation>&quot;%1&quot; 不是单个值；未保留</translation>
    </message>
    <message>
        <source>%1 must be a JSON Schema object</source>
        <translation>%1 必须是 JSON Schema 对象</translation>
    </message>
    <message>
        <source>%1%2 is nested deeper than %3 levels</source>
        <translation>%1%2 的嵌套深度超过 %3 层</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 不是对象</translation>
    </message>
    <message>
        <source>%1 is missing or not a string</source>
        <translation>%1 缺失或不是字符串</translation>
    </message>
    <message>
        <source>renamed from &quot;%1&quot;</source>
        <translation>已从 &quot;%1&quot; 重命名</translation>
    </message>
    <message>
        <source>missing description; the title stands in for it</source>
        <translation>缺少描述；以标题代替</translation>
    </message>
    <message>
        <source>missing description</source>
        <translation>缺少描述</translation>
    </message>
    <message>
        <source>no inputSchema; the tool takes no arguments</source>
        <translation>没有 inputSchema；该工具不接受参数</translation>
    </message>
    <message>
        <source>type set to &quot;object&quot;</source>
        <translation>类型已设为 &quot;object&quot;</translation>
    </message>
    <message>
        <source>MCP requires an inputSchema of type &quot;object&quot;; found %1</source>
        <translation>MCP 要求 inputSchema 的类型为 &quot;object&quot;；实际为 %1</translation>
    </message>
    <message>
        <source>not kept</source>
        <translation>未保留</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not kept</source>
        <translation>&quot;%1&quot; 未保留</translation>
    </message>
    <message>
        <source>/tools must be a list</source>
        <translation>/tools 必须是列表</translation>
    </message>
    <message>
        <source>the server lists no tools</source>
        <translation>服务器未列出任何工具</translation>
    </message>
    <message>
        <source>%1: expected a tools/list result, an object with &quot;tools&quot;</source>
        <translation>%1：应为 tools/list 结果，即包含 &quot;tools&quot; 的对象</translation>
    </message>
    <message>
        <source>%1: the saved response is a JSON-RPC error: %2</source>
        <translation>%1：保存的响应是 JSON-RPC 错误：%2</translation>
    </message>
    <message>
        <source>%1: /result must be an object</source>
        <translation>%1：/result 必须是对象</translation>
    </message>
    <message>
        <source>%1: no &quot;tools&quot; list: not a tools/list result</source>
        <translation>%1：没有 &quot;tools&quot; 列表：不是 tools/list 结果</translation>
    </message>
    <message>
        <source>%1: %2%3</source>
        <translation>%1: %2%3</translation>
    </message>
    <message>
        <source>the file holds one page of a longer list (next cursor &quot;%1&quot;); the tools of later pages are not in it</source>
        <translation>该文件只包含较长列表中的一页（下一页游标为 &quot;%1&quot;）；后续各页的工具不在其中</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>MoveGraphNodes</name>
    <message numerus="yes">
        <source>Move %n Tool(s)</source>
        <translation>
            <numerusform>移动 %n 个工具</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpenAiImporter</name>
    <message>
        <source>entry %1 is not an object</source>
        <translation>条目 %1 不是对象</translation>
    </message>
    <message>
        <source>%1: unsupported tool type %2; only &quot;function&quot; tools are read</source>
        <translation>%1：不支持的工具类型 %2；只读取 &quot;function&quot; 类型的工具</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 不是对象</translation>
    </message>
    <message>
        <source>%1/name is missing or not a string</source>
        <translation>%1/name 缺失或不是字符串</translation>
    </message>
    <message>
        <source>renamed from &quot;%1&quot;</source>
        <translation>已从 &quot;%1&quot; 重命名</translation>
    </message>
    <message>
        <source>missing description</source>
        <translation>缺少描述</translation>
    </message>
    <message>
        <source>no parameters schema; the tool takes no arguments</source>
        <translation>没有参数模式；该工具不接受参数</translation>
    </message>
    <message>
        <source>%1/parameters must be a JSON Schema object</source>
        <translation>%1/parameters 必须是 JSON Schema 对象</translation>
    </message>
    <message>
        <source>type normalised to &quot;object&quot;</source>
        <translation>类型已规范化为 &quot;object&quot;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: expected a list of tools or an object with &quot;tools&quot;</source>
        <translation>%1：应为工具列表或包含 &quot;tools&quot; 的对象</translation>
    </message>
    <message>
        <source>%1: the tools must be a list</source>
        <translation>%1：tools 必须是列表</translation>
    </message>
    <message>
        <source>the file holds no tools</source>
        <translation>该文件不包含任何工具</translation>
    </message>
</context>
<context>
    <name>OpenApiImporter</name>
    <message numerus="yes">
        <source>%n callback(s) not imported: requests the API sends, not operations</source>
        <translation>
            <numerusform>%n 个回调未导入：它们是 API 发出的请求，而不是操作</numerusform>
        </translation>
    </message>
    <message>
        <source>renamed from &quot;%1&quot;</source>
        <translation>已从 &quot;%1&quot; 重命名</translation>
    </message>
    <message>
        <source>no operationId: named after &quot;%1&quot;</source>
        <translation>没有 operationId：按 &quot;%1&quot; 命名</translation>
    </message>
    <message>
        <source>missing summary and description</source>
        <translation>缺少摘要和描述</translation>
    </message>
    <message>
        <source>a second parameter &quot;%1&quot; (in %2) is named &quot;%3&quot;</source>
        <translation>第二个参数 &quot;%1&quot;（位于 %2）被命名为 &quot;%3&quot;</translation>
    </message>
    <message>
        <source>parameter not imported: %1</source>
        <translation>参数未导入：%1</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>不是对象</translation>
    </message>
    <message>
        <source>parameter without &quot;name&quot; or &quot;in&quot; not imported</source>
        <translation>缺少 &quot;name&quot; 或 &quot;in&quot; 的参数未导入</translation>
    </message>
    <message>
        <source>header &quot;%1&quot; not imported: media types and credentials are not the caller&apos;s arguments</source>
        <translation>请求头 &quot;%1&quot; 未导入：媒体类型和凭据不属于调用方的参数</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot; has no schema: any value is accepted</source>
        <translation>参数 &quot;%1&quot; 没有模式：接受任意值</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot; in &quot;%2&quot; not imported: unknown location</source>
        <translation>位于 &quot;%2&quot; 的参数 &quot;%1&quot; 未导入：未知位置</translation>
    </message>
    <message>
        <source>both a body and form parameters; the body is kept</source>
        <translation>同时存在请求体和表单参数；保留请求体</translation>
    </message>
    <message>
        <source>a parameter is named &quot;body&quot;: the request body is &quot;request_body&quot;</source>
        <translation>已有参数名为 &quot;body&quot;：请求体改名为 &quot;request_body&quot;</translation>
    </message>
    <message>
        <source>request body not imported: %1</source>
        <translation>请求体未导入：%1</translation>
    </message>
    <message>
        <source>request body without content not imported</source>
        <translation>没有内容的请求体未导入</translation>
    </message>
    <message>
        <source>the request body is %1, not JSON; its schema stands for it</source>
        <translation>请求体为 %1，而不是 JSON；以其模式代替</translation>
    </message>
    <message>
        <source>no schema: any body is accepted</source>
        <translation>没有模式：接受任意请求体</translation>
    </message>
    <message>
        <source>the response is %1, not JSON; its schema stands for it</source>
        <translation>响应为 %1，而不是 JSON；以其模式代替</translation>
    </message>
    <message>
        <source>response not read: %1</source>
        <translation>未读取响应：%1</translation>
    </message>
    <message>
        <source>/swagger: version %1 is not read; 2.0 is</source>
        <translation>/swagger：不支持读取版本 %1；仅支持 2.0</translation>
    </message>
    <message>
        <source>neither &quot;openapi&quot; nor &quot;swagger&quot;: not an OpenAPI document</source>
        <translation>既没有 &quot;openapi&quot; 也没有 &quot;swagger&quot;：不是 OpenAPI 文档</translation>
    </message>
    <message>
        <source>version %1 is read as 3.1</source>
        <translation>版本 %1 按 3.1 读取</translation>
    </message>
    <message>
        <source>/openapi: version %1 is not read; 2.0, 3.0 and 3.1 are</source>
        <translation>/openapi：不支持读取版本 %1；支持 2.0、3.0 和 3.1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>an OpenAPI document is an object</source>
        <translation>OpenAPI 文档应为对象</translation>
    </message>
    <message>
        <source>/paths must be an object</source>
        <translation>/paths 必须是对象</translation>
    </message>
    <message>
        <source>path not imported: %1</source>
        <translation>路径未导入：%1</translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation>%1 必须是对象</translation>
    </message>
    <message>
        <source>%1%2 must be an object</source>
        <translation>%1%2 必须是对象</translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s) not imported: requests the API sends, not operations it offers</source>
        <translation>
            <numerusform>%n 个 webhook 未导入：它们是 API 发出的请求，而不是它提供的操作</numerusform>
        </translation>
    </message>
    <message>
        <source>the document has no operations</source>
        <translation>该文档不包含任何操作</translation>
    </message>
    <message>
        <source>the reference %1 leads back to itself</source>
        <translation>引用 %1 指向其自身</translation>
    </message>
    <message>
        <source>the reference %1 leads nowhere</source>
        <translation>引用 %1 的目标不存在</translation>
    </message>
    <message>
        <source>the reference %1 is outside this file; only references within it are read</source>
        <translation>引用 %1 位于此文件之外；只读取文件内部的引用</translation>
    </message>
    <message>
        <source>%1 is nested deeper than %2 levels</source>
        <translation>%1 的嵌套深度超过 %2 层</translation>
    </message>
    <message>
        <source>%1 expands to more than %2 values</source>
        <translation>%1 展开后超过 %2 个值</translation>
    </message>
    <message>
        <source>the reference %1 is outside this file: not resolved</source>
        <translation>引用 %1 位于此文件之外：未解析</translation>
    </message>
    <message>
        <source>circular reference to %1 cut</source>
        <translation>已截断指向 %1 的循环引用</translation>
    </message>
</context>
<context>
    <name>ProjectStore</name>
    <message>
        <source>&quot;%1&quot; is damaged: %2</source>
        <translation>“%1”已损坏：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; refused the change: %2</source>
        <translation>“%1”拒绝了更改：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be read or written: %2</source>
        <translation>无法读写“%1”：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was written by a newer version of Callwright (schema %2; this build reads up to %3).</source>
        <translation>“%1”由更新版本的 Callwright 写入（模式版本 %2；此版本最高只能读取 %3）。</translation>
    </message>
    <message>
        <source>Row %1 of table %2 in &quot;%3&quot; cannot be read: %4</source>
        <translation>无法读取“%3”中表 %2 的第 %1 行：%4</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>未打开任何项目。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is open read-only.</source>
        <translation>“%1”以只读方式打开。</translation>
    </message>
    <message>
        <source>Schema version %1 does not exist; this build writes 1 to %2.</source>
        <translation>模式版本 %1 不存在；此版本可写入的版本为 1 到 %2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; choose another name.</source>
        <translation>“%1”已存在；请选择其他名称。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be created: %2</source>
        <translation>无法创建“%1”：%2</translation>
    </message>
    <message>
        <source>The project file &quot;%1&quot; does not exist.</source>
        <translation>项目文件“%1”不存在。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Callwright project.</source>
        <translation>“%1”不是 Callwright 项目。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>it has no schema</source>
        <translation>没有数据库模式</translation>
    </message>
    <message>
        <source>its size does not match its header</source>
        <translation>文件大小与文件头不符</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is write-protected; open it read-only instead.</source>
        <translation>“%1”受写保护；请改为以只读方式打开。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be opened: %2</source>
        <translation>无法打开“%1”：%2</translation>
    </message>
    <message>
        <source>write-ahead logging is not available (journal mode %1)</source>
        <translation>预写日志 (WAL) 不可用（日志模式为 %1）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be upgraded to the current format: %2</source>
        <translation>无法将“%1”升级到当前格式：%2</translation>
    </message>
    <message>
        <source>The project could not be copied to &quot;%1&quot;: %2</source>
        <translation>无法将项目复制到“%1”：%2</translation>
    </message>
    <message>
        <source>A meta key must not be empty.</source>
        <translation>元数据键不能为空。</translation>
    </message>
    <message>
        <source>There is no catalog %1.</source>
        <translation>不存在工具目录 %1。</translation>
    </message>
    <message>
        <source>There is no tool %1.</source>
        <translation>不存在工具 %1。</translation>
    </message>
    <message>
        <source>There is no dialogue %1.</source>
        <translation>不存在对话 %1。</translation>
    </message>
    <message>
        <source>Dialogue %1 of the batch has no uid; nothing was written.</source>
        <translation>批次中的第 %1 个对话没有 uid；未写入任何内容。</translation>
    </message>
    <message>
        <source>Dialogue %1 cannot be stored: %2</source>
        <translation>无法存储对话 %1：%2</translation>
    </message>
    <message>
        <source>A dialogue without uid cannot be stored.</source>
        <translation>无法存储没有 uid 的对话。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no search index yet; open it for writing to add one.</source>
        <translation>“%1”尚无搜索索引；请以可写方式打开以添加索引。</translation>
    </message>
    <message>
        <source>The search &quot;%1&quot; could not be run: %2</source>
        <translation>无法执行搜索“%1”：%2</translation>
    </message>
    <message>
        <source>the table %1 is missing</source>
        <translation>缺少表 %1</translation>
    </message>
    <message>
        <source>the project has no name in its meta table</source>
        <translation>meta 表中没有项目名称</translation>
    </message>
    <message>
        <source>its schema cannot be read</source>
        <translation>无法读取数据库模式</translation>
    </message>
    <message>
        <source>This value cannot be stored: %1</source>
        <translation>无法存储此值：%1</translation>
    </message>
    <message>
        <source>the stored dialogue is not a JSON object</source>
        <translation>存储的对话不是 JSON 对象</translation>
    </message>
    <message>
        <source>There is no job %1.</source>
        <translation>不存在任务 %1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no review index yet; open it for writing to add one.</source>
        <translation>“%1”尚无审阅索引；请以可写方式打开以添加索引。</translation>
    </message>
    <message>
        <source>A saved filter needs a name.</source>
        <translation>保存的筛选器需要一个名称。</translation>
    </message>
    <message>
        <source>There is no saved filter %1.</source>
        <translation>不存在已保存的筛选器 %1。</translation>
    </message>
    <message>
        <source>A corpus document needs an id.</source>
        <translation>语料文档需要 ID。</translation>
    </message>
    <message>
        <source>There is no corpus document %1.</source>
        <translation>不存在语料文档 %1。</translation>
    </message>
    <message>
        <source>There is no passage %1.</source>
        <translation>不存在段落 %1。</translation>
    </message>
</context>
<context>
    <name>RemoveGraphEdges</name>
    <message numerus="yes">
        <source>Delete %n Connection(s)</source>
        <translation>
            <numerusform>删除 %n 个连接</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveGraphNodes</name>
    <message>
        <source>Remove %1 from Graph</source>
        <translation>从依赖图中移除 %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n Tool(s) from Graph</source>
        <translation>
            <numerusform>从依赖图中移除 %n 个工具</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveTool</name>
    <message>
        <source>Delete Tool %1</source>
        <translation>删除工具 %1</translation>
    </message>
</context>
<context>
    <name>ReplaceInferredEdges</name>
    <message>
        <source>Infer Edges</source>
        <translation>推断边</translation>
    </message>
</context>
<context>
    <name>ScoreLabels</name>
    <message>
        <source>Naturalness (1–5)</source>
        <translation>自然度（1–5）</translation>
    </message>
    <message>
        <source>Coherence (1–5)</source>
        <translation>连贯性（1–5）</translation>
    </message>
    <message>
        <source>Verified (0/1)</source>
        <translation>已验证（0/1）</translation>
    </message>
    <message>
        <source>Round similarity (SS)</source>
        <translation>轮次相似度（SS）</translation>
    </message>
    <message>
        <source>Plan adherence</source>
        <translation>计划遵循度</translation>
    </message>
    <message>
        <source>Grounded arguments</source>
        <translation>有依据的参数</translation>
    </message>
    <message>
        <source>Use of tool results</source>
        <translation>工具结果利用率</translation>
    </message>
    <message>
        <source>Word entropy (bits)</source>
        <translation>词熵（比特）</translation>
    </message>
    <message>
        <source>Distinct-2</source>
        <translation>Distinct-2</translation>
    </message>
    <message>
        <source>Distinct-3</source>
        <translation>Distinct-3</translation>
    </message>
    <message>
        <source>Repetition</source>
        <translation>重复度</translation>
    </message>
    <message>
        <source>Template artefacts</source>
        <translation>模板痕迹</translation>
    </message>
    <message>
        <source>Turn balance</source>
        <translation>轮次均衡度</translation>
    </message>
    <message>
        <source>Readability (Flesch)</source>
        <translation>可读性（Flesch）</translation>
    </message>
    <message>
        <source>Judge: naturalness</source>
        <translation>评审：自然度</translation>
    </message>
    <message>
        <source>Judge: coherence</source>
        <translation>评审：连贯性</translation>
    </message>
    <message>
        <source>Judge: helpfulness</source>
        <translation>评审：有用性</translation>
    </message>
    <message>
        <source>Judge: accuracy</source>
        <translation>评审：准确性</translation>
    </message>
    <message>
        <source>Judge: argument hallucination (0/1)</source>
        <translation>评审：参数幻觉（0/1）</translation>
    </message>
    <message>
        <source>Judge: capability hallucination (0/1)</source>
        <translation>评审：能力幻觉（0/1）</translation>
    </message>
    <message>
        <source>Judge: cross-turn inconsistency (0/1)</source>
        <translation>评审：跨轮次不一致（0/1）</translation>
    </message>
</context>
<context>
    <name>SimulationLabels</name>
    <message>
        <source>Single call</source>
        <translation>单次调用</translation>
    </message>
    <message>
        <source>Chained calls</source>
        <translation>链式调用</translation>
    </message>
    <message>
        <source>Parallel calls</source>
        <translation>并行调用</translation>
    </message>
    <message>
        <source>Clarification</source>
        <translation>澄清</translation>
    </message>
    <message>
        <source>Chit-chat</source>
        <translation>闲聊</translation>
    </message>
    <message>
        <source>Unsupported request</source>
        <translation>不支持的请求</translation>
    </message>
    <message>
        <source>Error recovery</source>
        <translation>错误恢复</translation>
    </message>
    <message>
        <source>single</source>
        <translation>单次</translation>
    </message>
    <message>
        <source>chain</source>
        <translation>链式</translation>
    </message>
    <message>
        <source>parallel</source>
        <translation>并行</translation>
    </message>
    <message>
        <source>clarify</source>
        <translation>澄清</translation>
    </message>
    <message>
        <source>chit-chat</source>
        <translation>闲聊</translation>
    </message>
    <message>
        <source>unsupported</source>
        <translation>不支持</translation>
    </message>
    <message>
        <source>recovery</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>The user asks for one thing that one tool call answers.</source>
        <translation>用户提出一个只需一次工具调用即可满足的请求。</translation>
    </message>
    <message>
        <source>Calls whose outputs feed the next call; prerequisites may stay hidden from the user. Needs a data-flow pair among the sampled tools.</source>
        <translation>前一个调用的输出作为下一个调用的输入；前置调用可以不让用户看到。需要采样到的工具中有一对存在数据流关系。</translation>
    </message>
    <message>
        <source>Independent calls the assistant makes in one message.</source>
        <translation>助手在一条消息中发起的多个相互独立的调用。</translation>
    </message>
    <message>
        <source>The user leaves out a required value and gives it when asked.</source>
        <translation>用户遗漏了某个必需的值，并在被询问时给出。</translation>
    </message>
    <message>
        <source>A turn that needs no tool.</source>
        <translation>无需调用工具的一轮对话。</translation>
    </message>
    <message>
        <source>A request no tool of the catalog can serve; the assistant says so.</source>
        <translation>工具目录中没有任何工具能处理的请求；助手会如实说明。</translation>
    </message>
    <message>
        <source>A first call fails validation and the assistant repairs it.</source>
        <translation>首次调用未通过验证，助手对其进行修正。</translation>
    </message>
    <message>
        <source>Random walk</source>
        <translation>随机游走</translation>
    </message>
    <message>
        <source>Nearest neighbours</source>
        <translation>最近邻</translation>
    </message>
    <message>
        <source>Data-flow chain</source>
        <translation>数据流链</translation>
    </message>
    <message>
        <source>Coverage-aware walk</source>
        <translation>覆盖感知游走</translation>
    </message>
    <message>
        <source>ToolFlow: a random walk of n tools on the graph.</source>
        <translation>ToolFlow：在依赖图上随机游走，选出 n 个工具。</translation>
    </message>
    <message>
        <source>DiGiT-TC: a tool and its nearest neighbours by edge confidence.</source>
        <translation>DiGiT-TC：一个工具及其按边置信度计算的最近邻工具。</translation>
    </message>
    <message>
        <source>A path along data-flow edges, so the calls feed each other.</source>
        <translation>沿数据流边的一条路径，使各调用依次为彼此提供输入。</translation>
    </message>
    <message>
        <source>Walks that favour the tools and edges used least so far.</source>
        <translation>优先经过迄今使用最少的工具和边的游走。</translation>
    </message>
    <message>
        <source>Context-carrying</source>
        <translation>携带上下文</translation>
    </message>
    <message>
        <source>State token</source>
        <translation>状态令牌</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>正在运行</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>about %1 s left</source>
        <translation>剩余约 %1 秒</translation>
    </message>
    <message>
        <source>about %1 min %2 s left</source>
        <translation>剩余约 %1 分 %2 秒</translation>
    </message>
    <message>
        <source>about %1 h %2 min left</source>
        <translation>剩余约 %1 小时 %2 分</translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <source>type &quot;%1&quot; became &quot;%2&quot;</source>
        <translation>类型 &quot;%1&quot; 已改为 &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>YamlReader</name>
    <message>
        <source>&quot;%1&quot; is not a valid !!%2</source>
        <translation>&quot;%1&quot; 不是有效的 !!%2</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>嵌套深度超过 %1 层</translation>
    </message>
    <message>
        <source>the document expands to more than %1 values (through aliases?)</source>
        <translation>文档展开后超过 %1 个值（是否使用了别名？）</translation>
    </message>
    <message>
        <source>a key that is not a single value</source>
        <translation>键不是单个值</translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot;</source>
        <translation>重复的键 &quot;%1&quot;</translation>
    </message>
    <message>
        <source> at line %1, column %2</source>
        <translation> (第 %1 行，第 %2 列)</translation>
    </message>
    <message>
        <source>malformed YAML%1: %2</source>
        <translation>YAML 格式错误%1：%2</translation>
    </message>
    <message>
        <source>YAML%1: %2</source>
        <translation>YAML%1：%2</translation>
    </message>
    <message>
        <source>%1 is nested deeper than %2 levels</source>
        <translation>%1 的嵌套深度超过 %2 层</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Workbench for multi-turn tool-calling fine-tuning datasets.</source>
        <translation>多轮工具调用微调数据集工作台。</translation>
    </message>
    <message>
        <source>Project file (.callwright) to open.</source>
        <translation>要打开的项目文件 (.callwright)。</translation>
    </message>
    <message>
        <source>Open the demo project, creating it if needed.</source>
        <translation>打开演示项目，如有需要则先创建。</translation>
    </message>
    <message>
        <source>Save a picture of the main window to &lt;file&gt; and quit.</source>
        <translation>将主窗口的截图保存到 &lt;file&gt; 并退出。</translation>
    </message>
    <message>
        <source>Show the Catalog panel with its first tool selected.</source>
        <translation>显示工具目录面板，并选中其中的第一个工具。</translation>
    </message>
    <message>
        <source>Show the Catalog panel with the tool &lt;name&gt; selected in its editor.</source>
        <translation>显示工具目录面板，并在其编辑器中选中工具 &lt;name&gt;。</translation>
    </message>
    <message>
        <source>Open the Import Catalog dialog reading &lt;file&gt; (with --screenshot, picture the dialog&apos;s report).</source>
        <translation>打开“导入工具目录”对话框并读取 &lt;file&gt;（与 --screenshot 同用时，截取对话框中的报告）。</translation>
    </message>
    <message>
        <source>Show the Graph panel with the catalog &lt;name&gt;.</source>
        <translation>显示依赖图面板，并选中工具目录 &lt;name&gt;。</translation>
    </message>
    <message>
        <source>Show the Graph panel, put every tool of the catalog on it, infer edges and lay it out.</source>
        <translation>显示依赖图面板，将工具目录中的所有工具放到图上，推断边并进行布局。</translation>
    </message>
    <message>
        <source>Show the Graph panel and lay its graph out.</source>
        <translation>显示依赖图面板并对其依赖图进行布局。</translation>
    </message>
    <message>
        <source>Show the Graph panel zoomed on the tool &lt;name&gt;, with its most telling edge in the inspector.</source>
        <translation>显示依赖图面板并缩放到工具 &lt;name&gt;，在检查器中显示其最具代表性的边。</translation>
    </message>
    <message>
        <source>Show the Simulation panel and start a job of &lt;count&gt; dialogues with its last settings (with --screenshot, picture it a third of the way in).</source>
        <translation>显示模拟面板，并按上次的设置启动一个生成 &lt;count&gt; 个对话的任务（与 --screenshot 同用时，在进行到三分之一时截图）。</translation>
    </message>
    <message>
        <source>Show the Export panel and export every dialogue into &lt;folder&gt; (with --screenshot, picture it when done).</source>
        <translation>显示导出面板，并将所有对话导出到 &lt;folder&gt;（与 --screenshot 同用时，在完成后截图）。</translation>
    </message>
    <message>
        <source>With --export, also save a picture of the dataset card to &lt;file&gt;.</source>
        <translation>与 --export 同用时，还会将数据集卡片的截图保存到 &lt;file&gt;。</translation>
    </message>
    <message>
        <source>Show the Review panel with &lt;what&gt;: filter (a filter applied), call (a call inspector showing an argument edited to an ungrounded value) or history (that edit&apos;s diff).</source>
        <translation>显示审阅面板及 &lt;what&gt;：filter（已应用筛选器）、call（调用检查器，显示一个被编辑为无依据值的参数）或 history（该编辑的差异）。</translation>
    </message>
    <message>
        <source>Show the Endpoints panel with the profile &lt;name&gt; and test its connection (with --screenshot, picture the result).</source>
        <translation>显示端点面板并选中配置 &lt;name&gt;，测试其连接（与 --screenshot 同用时，截取测试结果）。</translation>
    </message>
    <message>
        <source>Open the Agent Prompts dialog on the prompt &lt;name&gt; (with --screenshot, picture the dialog).</source>
        <translation>打开“智能体提示词”对话框并定位到提示词 &lt;name&gt;（与 --screenshot 同用时，截取该对话框）。</translation>
    </message>
    <message>
        <source>Show the panel &lt;name&gt; (catalog, graph, simulation, review, scores, export, corpus, endpoints).</source>
        <translation>显示面板 &lt;name&gt;（catalog、graph、simulation、review、scores、export、corpus、endpoints）。</translation>
    </message>
    <message>
        <source>Show the Corpus panel, import &lt;path&gt; (a folder or a .jsonl file) and run the stages; then select the first passage with extracted tools (with --screenshot, picture it).</source>
        <translation>显示语料面板，导入 &lt;path&gt;（文件夹或 .jsonl 文件）并运行各阶段；然后选中第一个提取出工具的段落（与 --screenshot 同用时，对其截图）。</translation>
    </message>
</context>
</TS>
