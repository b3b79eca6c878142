<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/aboutdialog.ui" line="+6"/>
        <location line="+1"/>
        <source>About PaiDesk</source>
        <translation>关于 PaiDesk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Application name and version</source>
        <translation>应用名称和版本</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A desktop client for Alibaba Cloud PAI workspaces and models: browse, edit, and export as Terraform.</source>
        <translation>阿里云 PAI 工作空间和模型的桌面客户端：浏览、编辑，并导出为 Terraform。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Qt version</source>
        <translation>Qt 版本</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Licence (MIT):</source>
        <translation>许可证（MIT）(&amp;L)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Licence text</source>
        <translation>许可证文本</translation>
    </message>
</context>
<context>
    <name>ActivityLogPanel</name>
    <message>
        <location filename="../ui/activitylogpanel.ui" line="+5"/>
        <source>Activity log</source>
        <translation>活动日志</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Last request</source>
        <translation>最后一个请求</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Copy Row</source>
        <translation>复制行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected log rows</source>
        <translation>复制所选日志行</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save as &amp;JSON Lines…</source>
        <translation>另存为 JSON Lines(&amp;J)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the activity log as JSON Lines</source>
        <translation>将活动日志另存为 JSON Lines</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the activity log</source>
        <translation>清除活动日志</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>API attempts</source>
        <translation>API 请求尝试</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message>
        <location filename="../ui/bulkeditdialog.ui" line="+8"/>
        <source>Edit Models</source>
        <translation>编辑模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit several models at once</source>
        <translation>一次编辑多个模型</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Models to change</source>
        <translation>要修改的模型</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Selected &amp;models</source>
        <translation>所选模型(&amp;M)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every model &amp;shown</source>
        <translation>显示的全部模型(&amp;S)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Labels</source>
        <translation>标签(&amp;L)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Labels to add (a key the model has takes the new value):</source>
        <translation>要添加的标签（模型已有的键取新值）：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Labels to add</source>
        <translation>要添加的标签</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+48"/>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add Label</source>
        <translation>添加标签(&amp;A)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove La&amp;bel</source>
        <translation>移除标签(&amp;B)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Label &amp;keys to remove (separated by commas):</source>
        <translation>要移除的标签键（以逗号分隔）(&amp;K)：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>E&amp;xtra Information</source>
        <translation>扩展信息(&amp;X)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keys to set, each to a JSON value (&quot;text&quot;, 3, true, {&quot;a&quot;: 1}):</source>
        <translation>要设置的键，每个设为一个 JSON 值（&quot;text&quot;、3、true、{&quot;a&quot;: 1}）：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Extra information keys to set</source>
        <translation>要设置的扩展信息键</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>JSON value</source>
        <translation>JSON 值</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add E&amp;ntry</source>
        <translation>添加条目(&amp;N)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rem&amp;ove Entry</source>
        <translation>移除条目(&amp;O)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ex&amp;tra information keys to remove (separated by commas):</source>
        <translation>要移除的扩展信息键（以逗号分隔）(&amp;T)：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Acc&amp;ess and Delete</source>
        <translation>可见性与删除(&amp;E)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Access&amp;ibility:</source>
        <translation>可见性(&amp;I)：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Delete the models (no other change can go with it)</source>
        <translation>删除这些模型（不能同时做其他修改）(&amp;D)</translation>
    </message>
</context>
<context>
    <name>BulkProgressDialog</name>
    <message>
        <location filename="../ui/bulkprogressdialog.ui" line="+8"/>
        <source>Changing Models</source>
        <translation>正在修改模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress of a change to several models</source>
        <translation>多个模型修改的进度</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Models and how each ended</source>
        <translation>各模型及其结果</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Retry &amp;Failed</source>
        <translation>重试失败项(&amp;F)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;lose</source>
        <translation>关闭(&amp;L)</translation>
    </message>
</context>
<context>
    <name>BulkReviewDialog</name>
    <message>
        <location filename="../ui/bulkreviewdialog.ui" line="+8"/>
        <source>Review Changes to Models</source>
        <translation>检查对模型的修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review the changes to several models before sending</source>
        <translation>发送前检查对多个模型的修改</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Requests per model</source>
        <translation>每个模型的请求</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Expand All</source>
        <translation>全部展开(&amp;E)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;ollapse All</source>
        <translation>全部收起(&amp;O)</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../ui/conflictdialog.ui" line="+8"/>
        <source>The model changed on the server</source>
        <translation>模型已在服务器上被修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicting changes</source>
        <translation>冲突的修改</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Server values beside yours</source>
        <translation>服务器上的值与您的值对照</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When you opened it</source>
        <translation>打开时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the server now</source>
        <translation>服务器当前值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yours</source>
        <translation>您的值</translation>
    </message>
</context>
<context>
    <name>CopyToWorkspaceDialog</name>
    <message>
        <location filename="../ui/copytoworkspacedialog.ui" line="+8"/>
        <source>Copy to Workspace</source>
        <translation>复制到工作空间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy a model into a workspace</source>
        <translation>将模型复制到工作空间</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Workspace:</source>
        <translation>工作空间(&amp;W)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Target workspace</source>
        <translation>目标工作空间</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name of the copy</source>
        <translation>副本的名称</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Also register its latest version&apos;s &amp;Uri as version 1 of the copy</source>
        <translation>同时将其最新版本的 Uri 登记为副本的第 1 个版本(&amp;U)</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <location filename="../ui/detailspane.ui" line="+5"/>
        <source>Model details</source>
        <translation>模型详情</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Model name</source>
        <translation>模型名称</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ID:</source>
        <translation>ID：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Model ID</source>
        <translation>模型 ID</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Workspace:</source>
        <translation>工作空间：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Workspace ID</source>
        <translation>工作空间 ID</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Domain:</source>
        <translation>领域：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Domain</source>
        <translation>领域</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Task:</source>
        <translation>任务：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Origin:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Model type</source>
        <translation>模型类型</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Provider:</source>
        <translation>提供方：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Provider</source>
        <translation>提供方</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accessibility:</source>
        <translation>可见性：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Accessibility</source>
        <translation>可见性</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Order number:</source>
        <translation>排序号：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Order number</source>
        <translation>排序号</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Parameter size:</source>
        <translation>参数量：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Parameter size</source>
        <translation>参数量</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Owner:</source>
        <translation>所有者：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Owner ID</source>
        <translation>所有者 ID</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>User ID</source>
        <translation>用户 ID</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Created:</source>
        <translation>创建时间：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Modified:</source>
        <translation>修改时间：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Modified</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Latest version modified:</source>
        <translation>最新版本修改时间：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Latest version modified</source>
        <translation>最新版本修改时间</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Documentation:</source>
        <translation>文档：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Documentation URL</source>
        <translation>模型文档 URL</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Description:</source>
        <translation>描述：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Description</source>
        <translation>模型描述</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this model in place</source>
        <translation>就地编辑此模型</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Why this model is read-only</source>
        <translation>此模型为何只读</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Copy ID</source>
        <translation>复制 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy model ID</source>
        <translation>复制模型 ID</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Copy to Workspace…</source>
        <translation>复制到工作空间…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy this gallery model into a workspace</source>
        <translation>将此模型广场中的模型复制到工作空间</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Open Documentation</source>
        <translation>打开文档</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open model documentation in the browser</source>
        <translation>在浏览器中打开模型文档</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Labels, extra info and versions</source>
        <translation>标签、扩展信息和版本</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Extra Info</source>
        <translation>扩展信息</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Extra info</source>
        <translation>扩展信息</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Other Fields</source>
        <translation>其他字段</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Fields PaiDesk does not know</source>
        <translation>PaiDesk 无法识别的字段</translation>
    </message>
</context>
<context>
    <name>DriftWindow</name>
    <message>
        <location filename="../ui/driftwindow.ui" line="+8"/>
        <source>Compare with Terraform State</source>
        <translation>与 Terraform 状态比较</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terraform drift</source>
        <translation>Terraform 漂移</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reading the live models</source>
        <translation>正在读取线上模型</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ca&amp;ncel Reading</source>
        <translation>取消读取(&amp;N)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Findings</source>
        <translation>比较结果</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Differences of the selected finding</source>
        <translation>所选结果的差异</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the state</source>
        <translation>状态中的值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live</source>
        <translation>线上的值</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Revert Live to State…</source>
        <translation>将线上还原为状态(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the state&apos;s values to the live model, after a review</source>
        <translation>审阅后，将状态中的值写入线上模型</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Export Unmanaged…</source>
        <translation>导出未托管模型(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terraform configuration with import blocks for the selected unmanaged models</source>
        <translation>为所选未托管模型生成带 import 块的 Terraform 配置</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Ignore</source>
        <translation>忽略(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the selected unmanaged models to the ignore list</source>
        <translation>将所选未托管模型加入忽略列表</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ignore &amp;List…</source>
        <translation>忽略列表(&amp;L)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See and edit the ignore list: remove entries, add patterns</source>
        <translation>查看并编辑忽略列表：删除条目、添加模式</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy &amp;Address</source>
        <translation>复制地址(&amp;A)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Open Model</source>
        <translation>打开模型(&amp;O)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Every &amp;workspace</source>
        <translation>所有工作空间(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look for unmanaged models in every workspace, not only in those of the state&apos;s models</source>
        <translation>在所有工作空间中查找未托管的模型，而不仅是状态中模型所在的工作空间</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compare A&amp;gain</source>
        <translation>重新比较(&amp;G)</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../ui/errorbanner.ui" line="+6"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Error details</source>
        <translation>错误详情</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy Details</source>
        <translation>复制详情</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy error details</source>
        <translation>复制错误详情</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss error</source>
        <translation>关闭错误提示</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../ui/exportdialog.ui" line="+5"/>
        <location line="+1"/>
        <source>Export as Terraform</source>
        <translation>导出为 Terraform</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add &amp;import blocks (needs Terraform 1.5 or later)</source>
        <translation>添加 import 块(&amp;I)（需要 Terraform 1.5 或更高版本）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add the &amp;provider header (terraform and provider blocks)</source>
        <translation>添加 provider 头部(&amp;P)（terraform 块和 provider 块）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Include &amp;versions (alicloud_pai_workspace_model_version)</source>
        <translation>包含版本(&amp;V)（alicloud_pai_workspace_model_version）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading the versions</source>
        <translation>正在读取版本</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Workspace ID:</source>
        <translation>工作空间 ID(&amp;W)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How the workspace ID is written</source>
        <translation>工作空间 ID 的写法</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Resource type:</source>
        <translation>资源类型(&amp;R)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Terraform resource type</source>
        <translation>Terraform 资源类型</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preview of the Terraform file</source>
        <translation>Terraform 文件预览</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Warnings:</source>
        <translation>警告：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export warnings</source>
        <translation>导出警告</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save as .tf…</source>
        <translation>另存为 .tf(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>IgnoreListDialog</name>
    <message>
        <location filename="../ui/ignorelistdialog.ui" line="+9"/>
        <source>Drift Ignore List</source>
        <translation>偏差忽略列表</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unmanaged models named here are left out of every comparison: one model ID or model name per line; a name may use * and ? (tmp-*). Lines starting with # are comments.</source>
        <translation>此处列出的未托管模型不参与任何比较：每行一个模型 ID 或模型名称；名称可使用 * 和 ?（如 tmp-*）。以 # 开头的行是注释。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ignore list entries</source>
        <translation>忽略列表条目</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.ui" line="+6"/>
        <source>PaiDesk</source>
        <translation>PaiDesk</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+6"/>
        <source>Workspaces</source>
        <translation>工作空间</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Filter:</source>
        <translation>筛选：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filter the loaded models (Ctrl+F)</source>
        <translation>筛选已加载的模型（Ctrl+F）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quick filter over the loaded models</source>
        <translation>在已加载的模型中快速筛选</translation>
    </message>
    <message>
        <location line="+405"/>
        <source>&amp;Rename View</source>
        <translation>重命名视图(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete View</source>
        <translation>删除视图(&amp;D)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Server Filters</source>
        <translation>服务端筛选(&amp;S)</translation>
    </message>
    <message>
        <location line="-404"/>
        <source>Show the server-side filters</source>
        <translation>显示服务端筛选条件</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+6"/>
        <source>Saved views</source>
        <translation>已保存的视图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click a view to list its models; right-click to rename or delete it.</source>
        <translation>单击视图即列出其模型；右键单击可重命名或删除。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Server-side filters (ListModels)</source>
        <translation>服务端筛选条件（ListModels）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Query:</source>
        <translation>查询：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Query (name, domain, task, labels)</source>
        <translation>查询（名称、领域、任务、标签）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server filter: query</source>
        <translation>服务端筛选：查询</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Domain:</source>
        <translation>领域：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. nlp, cv</source>
        <translation>例如 nlp、cv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server filter: domain</source>
        <translation>服务端筛选：领域</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Task:</source>
        <translation>任务：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. text-classification</source>
        <translation>例如 text-classification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server filter: task</source>
        <translation>服务端筛选：任务</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Origin:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. ModelScope, HuggingFace</source>
        <translation>例如 ModelScope、HuggingFace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server filter: origin</source>
        <translation>服务端筛选：来源</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Checkpoint, LoRA</source>
        <translation>例如 Checkpoint、LoRA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server filter: model type</source>
        <translation>服务端筛选：模型类型</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Label:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>label key or value</source>
        <translation>标签键或值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server filter: label</source>
        <translation>服务端筛选：标签</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Appl&amp;y</source>
        <translation>应用(&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply the server-side filters</source>
        <translation>应用服务端筛选条件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clea&amp;r</source>
        <translation>清除(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the server-side filters</source>
        <translation>清除服务端筛选条件</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>model name</source>
        <translation>模型名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server filter: model name (ModelName)</source>
        <translation>服务端筛选：模型名称（ModelName）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Provider:</source>
        <translation>提供方：</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>e.g. pai</source>
        <translation>例如 pai</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Listing warnings</source>
        <translation>列表警告</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Server filter: provider</source>
        <translation>服务端筛选：提供方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only models published by this provider; empty lists your own models.</source>
        <translation>只列出该提供方发布的模型；留空则列出您自己的模型。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Collections:</source>
        <translation>合集：</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Models loaded</source>
        <translation>已加载的模型</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>e.g. AI4D,QuickStart</source>
        <translation>例如 AI4D,QuickStart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server filter: collections (comma-separated)</source>
        <translation>服务端筛选：合集（以逗号分隔）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tags:</source>
        <translation>标记：</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Cancel Listing</source>
        <translation>取消列出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the listing in progress</source>
        <translation>取消正在进行的列出</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>key=value, key</source>
        <translation>key=value, key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server filter: tags (KEY=VALUE, separated by commas)</source>
        <translation>服务端筛选：标记（KEY=VALUE，以逗号分隔）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags every model must carry: KEY=VALUE or KEY (any value), separated by commas.</source>
        <translation>每个模型都须带有的标记：KEY=VALUE 或 KEY（任意值），以逗号分隔。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Conditions:</source>
        <translation>条件：</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>[{&quot;Column&quot;:…,&quot;Operator&quot;:…,&quot;Value&quot;:…}]</source>
        <translation>[{&quot;Column&quot;:…,&quot;Operator&quot;:…,&quot;Value&quot;:…}]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server filter: conditions (JSON)</source>
        <translation>服务端筛选：条件（JSON）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conditions as JSON: an array of objects with Column, Operator and Value.</source>
        <translation>以 JSON 表示的条件：由含 Column、Operator 和 Value 的对象组成的数组。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sort:</source>
        <translation>排序：</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>Server filter: sort field (SortBy)</source>
        <translation>服务端筛选：排序字段（SortBy）</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Server filter: sort order (Order)</source>
        <translation>服务端筛选：排序方向（Order）</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>&amp;Columns</source>
        <translation>列(&amp;C)</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>More Filters</source>
        <translation>更多筛选</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show more server-side filters</source>
        <translation>显示更多服务端筛选条件</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Save View…</source>
        <translation>保存视图…</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>Activity Log</source>
        <translation>活动日志</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Save these filters as a named view</source>
        <translation>将这些筛选条件保存为命名视图</translation>
    </message>
    <message>
        <location line="-215"/>
        <source>None yet. Set server filters, then choose Save View… to keep them here.</source>
        <translation>尚无视图。设置服务端筛选条件后，选择“保存视图…”即可保存在这里。</translation>
    </message>
    <message>
        <location line="+318"/>
        <source>Terraform</source>
        <translation>Terraform</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Activity log</source>
        <translation>活动日志</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New Model…</source>
        <translation>新建模型(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a model</source>
        <translation>创建模型</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export as Terraform…</source>
        <translation>导出为 Terraform(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the selected models as Terraform HCL</source>
        <translation>将所选模型导出为 Terraform HCL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Compare with State…</source>
        <translation>与状态比较(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare Terraform state files with the live models: drift and unmanaged models</source>
        <translation>将 Terraform 状态文件与线上模型比较：漂移与未托管的模型</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;Workspace as Terraform…</source>
        <translation>将工作空间导出为 Terraform(&amp;W)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export every model of the selected workspace as Terraform HCL</source>
        <translation>将所选工作空间中的全部模型导出为 Terraform HCL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Profiles…</source>
        <translation>身份配置(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add, edit or remove profiles</source>
        <translation>添加、编辑或删除身份配置</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Se&amp;ttings…</source>
        <translation>设置(&amp;T)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit Model…</source>
        <translation>编辑模型(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected model</source>
        <translation>编辑所选模型</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete Model…</source>
        <translation>删除模型(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected model</source>
        <translation>删除所选模型</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy to &amp;Workspace…</source>
        <translation>复制到工作空间(&amp;W)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected model into a workspace, as a private model of your own</source>
        <translation>将所选模型复制到工作空间，成为您自己的私有模型</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit Selected &amp;Models…</source>
        <translation>编辑所选模型(&amp;M)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change labels, extra information or accessibility of the selected models, or of every model shown</source>
        <translation>修改所选模型（或显示的全部模型）的标签、扩展信息或可见性</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete Se&amp;lected Models…</source>
        <translation>删除所选模型(&amp;L)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected models, or every model shown, after a review</source>
        <translation>检查后删除所选模型或显示的全部模型</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Copy Model ID</source>
        <translation>复制模型 ID(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open Model Documentation</source>
        <translation>打开模型文档(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find in Loaded Models</source>
        <translation>在已加载的模型中查找(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload the workspaces and the models</source>
        <translation>重新加载工作空间和模型</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go to &amp;Workspaces</source>
        <translation>转到工作空间(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+1</source>
        <translation>Alt+1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go to &amp;Models</source>
        <translation>转到模型(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+2</source>
        <translation>Alt+2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go to &amp;Details</source>
        <translation>转到详情(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+3</source>
        <translation>Alt+3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;About PaiDesk</source>
        <translation>关于 PaiDesk(&amp;A)</translation>
    </message>
    <message>
        <location line="-437"/>
        <source>Server F&amp;ilters</source>
        <translation>服务端筛选(&amp;I)</translation>
    </message>
    <message>
        <location line="+427"/>
        <source>&amp;Documentation</source>
        <translation>文档(&amp;D)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy Dia&amp;gnostics</source>
        <translation>复制诊断信息(&amp;G)</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location line="-504"/>
        <source>Sandbox mode</source>
        <translation>沙箱模式</translation>
    </message>
    <message>
        <location line="+287"/>
        <source>Server filters in force</source>
        <translation>生效中的服务端筛选条件</translation>
    </message>
</context>
<context>
    <name>ModelEditor</name>
    <message>
        <location filename="../ui/modeleditor.ui" line="+9"/>
        <source>Model editor</source>
        <translation>模型编辑器</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New model</source>
        <translation>新建模型</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Model sections</source>
        <translation>模型各部分</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;General</source>
        <translation>常规(&amp;G)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Model name</source>
        <translation>模型名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required, 1 to 127 characters</source>
        <translation>必填，1 到 127 个字符</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Workspace:</source>
        <translation>工作空间(&amp;W)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Workspace</source>
        <translation>工作空间</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A model cannot move to another workspace. To have it elsewhere, create a new model there.</source>
        <translation>模型不能移到其他工作空间。如需在其他工作空间中使用，请在该工作空间中新建模型。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Origin:</source>
        <translation>来源(&amp;O)：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tas&amp;k:</source>
        <translation>任务(&amp;K)：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Do&amp;main:</source>
        <translation>领域(&amp;M)：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Domain</source>
        <translation>领域</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Model ty&amp;pe:</source>
        <translation>模型类型(&amp;P)：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Model type</source>
        <translation>模型类型</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Accessibility:</source>
        <translation>可见性(&amp;A)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Accessibility</source>
        <translation>可见性</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Order num&amp;ber:</source>
        <translation>排序号(&amp;B)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Order number</source>
        <translation>排序号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A whole number, or empty</source>
        <translation>整数，或留空</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Documentation &amp;URL:</source>
        <translation>文档 URL(&amp;U)：</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Parameter si&amp;ze:</source>
        <translation>参数量(&amp;Z)：</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Documentation URL</source>
        <translation>模型文档 URL</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Parameter size (number of parameters)</source>
        <translation>参数量（参数个数）</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>https://example.com/README.md</source>
        <translation>https://example.com/README.md</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Number of parameters, e.g. 7000000000</source>
        <translation>参数个数，例如 7000000000</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Des&amp;cription:</source>
        <translation>描述(&amp;C)：</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Tags:</source>
        <translation>标记：</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Description</source>
        <translation>模型描述</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Tags (KEY=VALUE, separated by commas)</source>
        <translation>标记（KEY=VALUE，以逗号分隔）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key=value, key2=value2</source>
        <translation>key=value, key2=value2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags are sent when the model is created; the service cannot change them later.</source>
        <translation>标记在创建模型时发送；服务之后无法更改它们。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Labels</source>
        <translation>标签(&amp;L)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+52"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Add label</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+52"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Remove label</source>
        <translation>移除标签</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move label up</source>
        <translation>上移标签</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move label down</source>
        <translation>下移标签</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>E&amp;xtra information</source>
        <translation>扩展信息(&amp;X)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Extra information</source>
        <translation>扩展信息</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Extra information entries</source>
        <translation>扩展信息条目</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add extra information entry</source>
        <translation>添加扩展信息条目</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove extra information entry</source>
        <translation>移除扩展信息条目</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Raw JSON</source>
        <translation>原始 JSON</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Extra information as JSON</source>
        <translation>JSON 格式的扩展信息</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Why the model cannot be saved</source>
        <translation>模型无法保存的原因</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete model</source>
        <translation>删除模型</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stop Editing</source>
        <translation>结束编辑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop editing and show the model</source>
        <translation>结束编辑并显示模型</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rever&amp;t</source>
        <translation>还原(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert unsaved changes</source>
        <translation>撤销未保存的修改</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save model</source>
        <translation>保存模型</translation>
    </message>
</context>
<context>
    <name>ModelPane</name>
    <message>
        <location filename="../ui/modelpane.ui" line="+5"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
</context>
<context>
    <name>OperationProgressDialog</name>
    <message>
        <location filename="../ui/operationprogressdialog.ui" line="+8"/>
        <source>Working</source>
        <translation>正在处理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operation progress</source>
        <translation>操作进度</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Time used of the timeout</source>
        <translation>已用时间占超时时间的比例</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Elapsed and remaining time</source>
        <translation>已用时间和剩余时间</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Retry status</source>
        <translation>重试状态</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../ui/profiledialog.ui" line="+14"/>
        <location line="+22"/>
        <source>Profiles</source>
        <translation>身份配置</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>&amp;Profiles:</source>
        <translation>身份配置(&amp;P)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The saved profiles. Select one to edit it.</source>
        <translation>已保存的身份配置。选中一项即可编辑。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ne&amp;w</source>
        <translation>新建(&amp;W)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New profile</source>
        <translation>新建身份配置</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a new profile</source>
        <translation>开始新建身份配置</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove profile</source>
        <translation>删除身份配置</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the selected profile and its keychain entries</source>
        <translation>删除所选身份配置及其系统钥匙串条目</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import from:</source>
        <translation>导入自：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>aliyun &amp;CLI config</source>
        <translation>aliyun CLI 配置(&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import from the aliyun CLI configuration</source>
        <translation>从 aliyun CLI 配置导入</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read ~/.aliyun/config.json (the file is not changed)</source>
        <translation>读取 ~/.aliyun/config.json（不会修改该文件）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>credentials.&amp;ini</source>
        <translation>credentials.ini(&amp;I)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import from the SDK credentials file</source>
        <translation>从 SDK 凭据文件导入</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read ~/.alibabacloud/credentials.ini (the file is not changed)</source>
        <translation>读取 ~/.alibabacloud/credentials.ini（不会修改该文件）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Environment variables</source>
        <translation>环境变量(&amp;E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import from environment variables</source>
        <translation>从环境变量导入</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the ALIBABA_CLOUD_* or ALICLOUD_* variables</source>
        <translation>读取 ALIBABA_CLOUD_* 或 ALICLOUD_* 变量</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Profile name</source>
        <translation>身份配置名称</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re&amp;gion:</source>
        <translation>地域(&amp;G)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Endp&amp;oint:</source>
        <translation>接入点(&amp;O)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Endpoint</source>
        <translation>接入点</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Public endpoint of the region</source>
        <translation>该地域的公网接入点</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>VPC endpoint of the region</source>
        <translation>该地域的 VPC 接入点</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Custom URL</source>
        <translation>自定义 URL</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Endpoint &amp;URL:</source>
        <translation>接入点 URL(&amp;U)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Endpoint URL</source>
        <translation>接入点 URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>https://aiworkspace.example.com</source>
        <translation>https://aiworkspace.example.com</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Credential &amp;mode:</source>
        <translation>凭据模式(&amp;M)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Credential mode</source>
        <translation>凭据模式</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How this profile gets its key: a long-lived AccessKey, or temporary credentials from a RAM role, the ECS instance, OIDC, a URI or a process</source>
        <translation>此身份配置如何获得密钥：长期 AccessKey，或来自 RAM 角色、ECS 实例、OIDC、URI 或进程的临时凭据</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>AccessKey I&amp;D:</source>
        <translation>AccessKey ID(&amp;D)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>AccessKey ID</source>
        <translation>AccessKey ID</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>AccessKey &amp;secret:</source>
        <translation>AccessKey Secret(&amp;S)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>AccessKey secret</source>
        <translation>AccessKey Secret</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>STS to&amp;ken:</source>
        <translation>STS Token(&amp;K)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>STS token</source>
        <translation>STS Token</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Read again at every refresh, as Kubernetes rotates it. In a pod with RRSA, ALIBABA_CLOUD_OIDC_TOKEN_FILE names it, e.g. /var/run/secrets/ack.alibabacloud.com/rrsa-tokens/token.</source>
        <translation>每次刷新时重新读取，因为 Kubernetes 会轮换它。在启用 RRSA 的 Pod 中，ALIBABA_CLOUD_OIDC_TOKEN_FILE 给出其路径，例如 /var/run/secrets/ack.alibabacloud.com/rrsa-tokens/token。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Path of the token file</source>
        <translation>令牌文件的路径</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>Pro&amp;xy:</source>
        <translation>代理(&amp;X)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Proxy</source>
        <translation>代理</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>http://HOST:PORT or socks5://HOST:PORT. Empty: HTTPS_PROXY from the environment. NO_PROXY applies either way.</source>
        <translation>http://HOST:PORT 或 socks5://HOST:PORT。留空：使用环境变量 HTTPS_PROXY。两种情况下 NO_PROXY 均生效。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From HTTPS_PROXY, if set</source>
        <translation>如已设置，则使用 HTTPS_PROXY</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>CA certificates fi&amp;le:</source>
        <translation>CA 证书文件(&amp;L)：</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send one ListWorkspaces request with these settings</source>
        <translation>使用这些设置发送一次 ListWorkspaces 请求</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sa&amp;ve</source>
        <translation>保存(&amp;V)</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>CA certificates file</source>
        <translation>CA 证书文件</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Save profile</source>
        <translation>保存身份配置</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>PEM file with the CA certificates of a proxy that inspects TLS. They are trusted in addition to the system&apos;s.</source>
        <translation>包含 TLS 检查代理的 CA 证书的 PEM 文件。这些证书在系统 CA 之外额外受信任。</translation>
    </message>
    <message>
        <location line="-276"/>
        <source>Source pro&amp;file:</source>
        <translation>源身份配置(&amp;F)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Source profile</source>
        <translation>源身份配置</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The profile whose credentials assume the role. It may itself assume a role.</source>
        <translation>用其凭据扮演该角色的身份配置。它本身也可以扮演角色。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>EC&amp;S role name:</source>
        <translation>ECS 角色名称(&amp;S)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ECS role name</source>
        <translation>ECS 角色名称</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The role attached to the instance</source>
        <translation>实例所绑定的角色</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>OIDC provi&amp;der ARN:</source>
        <translation>OIDC 提供商 ARN(&amp;D)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>OIDC provider ARN</source>
        <translation>OIDC 提供商 ARN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>acs:ram::&lt;account ID&gt;:oidc-provider/&lt;name&gt;</source>
        <translation>acs:ram::&lt;账号 ID&gt;:oidc-provider/&lt;名称&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>OIDC token &amp;file:</source>
        <translation>OIDC 令牌文件(&amp;F)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>OIDC token file</source>
        <translation>OIDC 令牌文件</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cre&amp;dentials URI:</source>
        <translation>凭据 URI(&amp;D)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Credentials URI</source>
        <translation>凭据 URI</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>http://127.0.0.1:8080/credentials</source>
        <translation>http://127.0.0.1:8080/credentials</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Comman&amp;d:</source>
        <translation>命令(&amp;D)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run without a shell. It prints the credentials as JSON on its standard output.</source>
        <translation>不经 shell 直接运行。它在标准输出上以 JSON 打印凭据。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Role &amp;ARN:</source>
        <translation>角色 ARN(&amp;A)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Role ARN</source>
        <translation>角色 ARN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>acs:ram::&lt;account ID&gt;:role/&lt;role name&gt;</source>
        <translation>acs:ram::&lt;账号 ID&gt;:role/&lt;角色名称&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Session name:</source>
        <translation>会话名称：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Session name</source>
        <translation>会话名称</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>paidesk</source>
        <translation>paidesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shown in ActionTrail as who acted; 2 to 64 letters, digits and . @ - _</source>
        <translation>在操作审计中显示为操作者；2 到 64 个字母、数字及 . @ - _</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>External ID:</source>
        <translation>外部 ID：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>External ID</source>
        <translation>外部 ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only when the role asks for one</source>
        <translation>仅在角色要求时填写</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Session duration:</source>
        <translation>会话时长：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Session duration</source>
        <translation>会话时长</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How long each set of temporary credentials lasts; PaiDesk fetches the next one before it ends</source>
        <translation>每组临时凭据的有效时长；PaiDesk 会在到期前获取下一组</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>STS endpoint:</source>
        <translation>STS 接入点：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>STS endpoint</source>
        <translation>STS 接入点</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sts.aliyuncs.com</source>
        <translation>sts.aliyuncs.com</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A host or URL, e.g. sts-vpc.cn-hangzhou.aliyuncs.com. http is allowed on loopback only.</source>
        <translation>主机名或 URL，例如 sts-vpc.cn-hangzhou.aliyuncs.com。仅环回地址允许使用 http。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>System CAs only</source>
        <translation>仅系统 CA</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the CA certificates file</source>
        <translation>选择 CA 证书文件</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Secrets and tokens are kept only in the system keychain; temporary credentials only in memory.</source>
        <translation>Secret 和 Token 只保存在系统钥匙串中；临时凭据只保存在内存中。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Profiles &amp;found (checked ones are imported):</source>
        <translation>找到的身份配置(&amp;F)（将导入已勾选的项）：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Profiles found</source>
        <translation>找到的身份配置</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Skipped, with the reason:</source>
        <translation>已跳过的项及原因(&amp;S)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Profiles not supported</source>
        <translation>不支持的身份配置</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import status</source>
        <translation>导入状态</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Back</source>
        <translation>返回(&amp;B)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back to the profiles</source>
        <translation>返回身份配置列表</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Import selected</source>
        <translation>导入所选项(&amp;I)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import the selected profiles</source>
        <translation>导入所选身份配置</translation>
    </message>
</context>
<context>
    <name>ReviewChangesDialog</name>
    <message>
        <location filename="../ui/reviewchangesdialog.ui" line="+8"/>
        <source>Review changes</source>
        <translation>确认修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review changes before saving</source>
        <translation>保存前确认修改</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Changes</source>
        <translation>修改(&amp;C)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changed fields</source>
        <translation>已修改的字段</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Requests to send</source>
        <translation>将发送的请求(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Requests to send</source>
        <translation>将发送的请求</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.ui" line="+5"/>
        <location line="+1"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Interface language:</source>
        <translation>界面语言(&amp;I)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Timeouts</source>
        <translation>超时</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An operation still running at its timeout is aborted. Create, update and delete default to 5 minutes, like the Terraform resource.</source>
        <translation>到达超时时间仍未完成的操作将被中止。创建、更新和删除默认为 5 分钟，与 Terraform 资源一致。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Create a model:</source>
        <translation>创建模型(&amp;C)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create timeout in seconds</source>
        <translation>创建超时（秒）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Update a model:</source>
        <translation>更新模型(&amp;U)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Update timeout in seconds</source>
        <translation>更新超时（秒）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Delete a model:</source>
        <translation>删除模型(&amp;D)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete timeout in seconds</source>
        <translation>删除超时（秒）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Read a model or workspace:</source>
        <translation>读取模型或工作空间(&amp;R)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read timeout in seconds</source>
        <translation>读取超时（秒）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;List, whole listing:</source>
        <translation>列出（整个列表）(&amp;L)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Timeout of a whole listing in seconds</source>
        <translation>整个列表的超时时间（秒）</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../ui/shortcutsdialog.ui" line="+6"/>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Actions and their shortcuts</source>
        <translation>操作及其快捷键</translation>
    </message>
</context>
<context>
    <name>VersionEditor</name>
    <message>
        <location filename="../ui/versioneditor.ui" line="+6"/>
        <source>Version editor</source>
        <translation>版本编辑器</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New version</source>
        <translation>新版本</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The Uri, name, format and framework are set when a version is registered and cannot change afterwards: the service&apos;s UpdateModelVersion does not take them. Register a new version to change them.</source>
        <translation>Uri、名称、格式和框架在注册版本时确定，之后不能修改：服务的 UpdateModelVersion 不接受这些字段。如需修改，请注册新版本。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Version sections</source>
        <translation>版本分区</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;General</source>
        <translation>常规(&amp;G)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Uri:</source>
        <translation>Uri(&amp;U)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Uri</source>
        <translation>Uri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>oss://bucket.endpoint/path or https://…</source>
        <translation>oss://bucket.endpoint/path 或 https://…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Version name</source>
        <translation>版本名称</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For&amp;mat:</source>
        <translation>格式(&amp;M)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Frame&amp;work:</source>
        <translation>框架(&amp;W)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Framework</source>
        <translation>框架</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Approval:</source>
        <translation>审批(&amp;A)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Approval status</source>
        <translation>审批状态</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Source &amp;type:</source>
        <translation>来源类型(&amp;T)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Source type</source>
        <translation>来源类型</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Source I&amp;D:</source>
        <translation>来源 ID(&amp;D)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Source ID</source>
        <translation>来源 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free text, or region=…,workspaceId=…,kind=…,id=…</source>
        <translation>自由文本，或 region=…,workspaceId=…,kind=…,id=…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Descri&amp;ption:</source>
        <translation>描述(&amp;P)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Labels</source>
        <translation>标签(&amp;L)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version labels</source>
        <translation>版本标签</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add La&amp;bel</source>
        <translation>添加标签(&amp;B)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove Label</source>
        <translation>移除标签</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>JS&amp;ON Fields</source>
        <translation>JSON 字段(&amp;O)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>JSON fields</source>
        <translation>JSON 字段</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Options (JSON)</source>
        <translation>选项（JSON）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Metrics (JSON)</source>
        <translation>指标（JSON）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Training spec</source>
        <translation>训练配置</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Training spec (JSON)</source>
        <translation>训练配置（JSON）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Inference spec</source>
        <translation>推理配置</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Inference spec (JSON)</source>
        <translation>推理配置（JSON）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Evaluation spec</source>
        <translation>评估配置</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Evaluation spec (JSON)</source>
        <translation>评估配置（JSON）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Compression spec</source>
        <translation>压缩配置</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compression spec (JSON)</source>
        <translation>压缩配置（JSON）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Distillation spec</source>
        <translation>蒸馏配置</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Distillation spec (JSON)</source>
        <translation>蒸馏配置（JSON）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Extra info</source>
        <translation>扩展信息</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Extra info (JSON)</source>
        <translation>扩展信息（JSON）</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Version form status</source>
        <translation>版本表单状态</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dis&amp;card Changes</source>
        <translation>放弃修改(&amp;C)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close Form</source>
        <translation>关闭表单</translation>
    </message>
</context>
<context>
    <name>VersionsPanel</name>
    <message>
        <location filename="../ui/versionspanel.ui" line="+6"/>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quick filter:</source>
        <translation>快速筛选(&amp;Q)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filter the versions</source>
        <translation>筛选版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name, format, framework, labels…</source>
        <translation>名称、格式、框架、标签…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Versions of the model</source>
        <translation>模型的版本</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;New Version…</source>
        <translation>新版本(&amp;N)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edi&amp;t Version</source>
        <translation>编辑版本(&amp;T)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy &amp;Uri</source>
        <translation>复制 Uri(&amp;U)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reje&amp;ct</source>
        <translation>拒绝(&amp;C)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Delete Version</source>
        <translation>删除版本(&amp;D)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Uri:</source>
        <translation>Uri：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Framework:</source>
        <translation>框架：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Approval:</source>
        <translation>审批：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Source type:</source>
        <translation>来源类型：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Source ID:</source>
        <translation>来源 ID：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Labels:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Created:</source>
        <translation>创建时间：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Modified:</source>
        <translation>修改时间：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Owner ID:</source>
        <translation>所有者 ID：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>User ID:</source>
        <translation>用户 ID：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Description:</source>
        <translation>描述：</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+4"/>
        <source>Specs</source>
        <translation>配置</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+4"/>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+4"/>
        <source>Extra Info</source>
        <translation>扩展信息</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+4"/>
        <source>Other Fields</source>
        <translation>其他字段</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Versions status</source>
        <translation>版本状态</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <location filename="../ui/welcomepanel.ui" line="+5"/>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;h2&gt;Welcome to PaiDesk&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;欢迎使用 PaiDesk&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PaiDesk needs an Alibaba Cloud AccessKey to reach your PAI workspaces. You can also look around first, without an account.</source>
        <translation>PaiDesk 需要阿里云 AccessKey 才能访问您的 PAI 工作空间。您也可以先不用账号随便看看。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why PaiDesk is not connected</source>
        <translation>PaiDesk 未连接的原因</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Explore the sandbox</source>
        <translation>体验沙箱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A built-in emulator of the PAI API with demo workspaces and models. No account needed; nothing is sent to Alibaba Cloud.</source>
        <translation>内置的 PAI API 模拟器，带有演示工作空间和模型。无需账号；不会向阿里云发送任何内容。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a profile</source>
        <translation>添加身份配置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter your AccessKey ID and secret; the secret is kept in the system keychain.</source>
        <translation>输入您的 AccessKey ID 和 Secret；Secret 保存在系统钥匙串中。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import existing credentials</source>
        <translation>导入已有凭据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the aliyun CLI configuration, a credentials file or the environment variables.</source>
        <translation>从 aliyun CLI 配置、credentials 文件或环境变量导入。</translation>
    </message>
</context>
<context>
    <name>api::ApiCall</name>
    <message>
        <location filename="../src/api/apicall.cpp" line="+130"/>
        <source>The API client was closed before the request was sent.</source>
        <translation>API 客户端在请求发送前已关闭。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No endpoint is configured.</source>
        <translation>未配置接入点。</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>The reply to %1 is larger than %2 bytes (at least %3); PaiDesk stops reading there.</source>
        <translation>%1 的响应大于 %2 字节（至少 %3 字节）；PaiDesk 读到此处即停止。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The connection was lost after the request was sent; the server may have received it.</source>
        <translation>请求发送后连接中断；服务器可能已收到该请求。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The reply was cut short: %1</source>
        <translation>响应被截断：%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The reply to %1 is a web page (Content-Type: %2), not JSON; something other than the AIWorkspace API answered.</source>
        <translation>%1 的响应是网页（Content-Type：%2），而不是 JSON；应答方不是 AIWorkspace API。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reply to %1 is not valid JSON (%2 at byte %3).</source>
        <translation>%1 的响应不是有效的 JSON（%2，位于第 %3 字节）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The reply to %1 does not have the expected shape: %2</source>
        <translation>%1 的响应结构不符合预期：%2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No complete answer within %1 seconds.</source>
        <translation>%1 秒内未收到完整响应。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Aborted at the deadline.</source>
        <translation>已到截止时间，已中止。</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The deadline passed after %n attempt(s); the last answer was: %1</source>
        <translation>
            <numerusform>尝试 %n 次后已超过截止时间；最后一次响应为：%1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The deadline passed before the server answered.</source>
        <translation>服务器响应前已超过截止时间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The deadline passed.</source>
        <translation>已超过截止时间。</translation>
    </message>
</context>
<context>
    <name>api::ApiClient</name>
    <message>
        <location filename="../src/api/requests.cpp" line="+62"/>
        <source>page %1</source>
        <translation>第 %1 页</translation>
    </message>
</context>
<context>
    <name>api::ApiError</name>
    <message>
        <location filename="../src/api/apierror.cpp" line="+46"/>
        <source>The request was canceled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The certificate of %1 is not trusted: %2. If your network inspects TLS through a proxy, add its CA certificate to the profile (CA certificates file) or pass --ca-file.</source>
        <translation>%1 的证书不受信任：%2。如果您的网络通过代理检查 TLS，请将该代理的 CA 证书添加到身份配置（CA 证书文件），或使用 --ca-file 指定。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The server answered with HTTP status %1.</source>
        <translation>服务器返回了 HTTP 状态码 %1。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Network error</source>
        <translation>网络错误</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Timed out</source>
        <translation>超时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Canceled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP error</source>
        <translation>HTTP 错误</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service error</source>
        <translation>服务错误</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unexpected reply</source>
        <translation>响应不符合预期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credentials error</source>
        <translation>凭证错误</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>HTTP status: %1</source>
        <translation>HTTP 状态码：%1</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Certificate error</source>
        <translation>证书错误</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Code: %1</source>
        <translation>错误码 (Code)：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RequestId: %1</source>
        <translation>请求 ID (RequestId)：%1</translation>
    </message>
</context>
<context>
    <name>api::CreateModelCall</name>
    <message>
        <location filename="../src/api/calls/createmodelcall.cpp" line="+16"/>
        <source>ModelId: expected a non-empty string</source>
        <translation>ModelId：应为非空字符串</translation>
    </message>
</context>
<context>
    <name>api::CreateModelVersionCall</name>
    <message>
        <location filename="../src/api/calls/createmodelversioncall.cpp" line="+16"/>
        <source>VersionName: expected a string</source>
        <translation>VersionName：应为字符串</translation>
    </message>
</context>
<context>
    <name>api::Endpoint</name>
    <message>
        <location filename="../src/api/endpoint.cpp" line="+19"/>
        <source>China (Hangzhou)</source>
        <translation>华东1（杭州）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>China (Shanghai)</source>
        <translation>华东2（上海）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>China (Beijing)</source>
        <translation>华北2（北京）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>China (Ulanqab)</source>
        <translation>华北6（乌兰察布）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>China (Shenzhen)</source>
        <translation>华南1（深圳）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>China (Heyuan)</source>
        <translation>华南2（河源）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>China (Guangzhou)</source>
        <translation>华南3（广州）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>China (Hong Kong)</source>
        <translation>中国香港</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japan (Tokyo)</source>
        <translation>日本（东京）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Singapore</source>
        <translation>新加坡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malaysia (Kuala Lumpur)</source>
        <translation>马来西亚（吉隆坡）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indonesia (Jakarta)</source>
        <translation>印度尼西亚（雅加达）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US (Silicon Valley)</source>
        <translation>美国（硅谷）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US (Virginia)</source>
        <translation>美国（弗吉尼亚）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Germany (Frankfurt)</source>
        <translation>德国（法兰克福）</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Region &quot;%1&quot; is not a region ID: use lower-case letters, digits and dashes, such as cn-hangzhou.</source>
        <translation>地域“%1”不是有效的地域 ID：请使用小写字母、数字和短横线，例如 cn-hangzhou。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Endpoint &quot;%1&quot; is not a valid URL with a host.</source>
        <translation>接入点“%1”不是包含主机名的有效 URL。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Endpoint &quot;%1&quot;: the scheme must be https (or http for a loopback host).</source>
        <translation>接入点“%1”：协议必须为 https（环回地址可使用 http）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Endpoint &quot;%1&quot;: plain http is allowed only for a loopback host (localhost, 127.0.0.1, ::1); use https.</source>
        <translation>接入点“%1”：仅环回地址（localhost、127.0.0.1、::1）允许使用明文 http；请使用 https。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Endpoint &quot;%1&quot;: give only scheme, host and port, without a path, query or user name.</source>
        <translation>接入点“%1”：只需提供协议、主机和端口，不能包含路径、查询参数或用户名。</translation>
    </message>
</context>
<context>
    <name>api::GetModelCall</name>
    <message>
        <location filename="../src/api/calls/getmodelcall.cpp" line="+18"/>
        <source>ModelId: missing</source>
        <translation>ModelId：缺失</translation>
    </message>
</context>
<context>
    <name>api::GetWorkspaceCall</name>
    <message>
        <location filename="../src/api/calls/getworkspacecall.cpp" line="+18"/>
        <source>WorkspaceId: missing</source>
        <translation>WorkspaceId：缺失</translation>
    </message>
</context>
<context>
    <name>api::ModelListQuery</name>
    <message>
        <location filename="../src/api/modellistquery.cpp" line="+131"/>
        <source>SortBy must be %1 (it is &quot;%2&quot;).</source>
        <translation>SortBy 必须为 %1（当前为“%2”）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Order must be ASC or DESC (it is &quot;%1&quot;).</source>
        <translation>Order 必须为 ASC 或 DESC（当前为“%1”）。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Tag &quot;%1&quot;: the key must not be empty (KEY or KEY=VALUE).</source>
        <translation>标记“%1”：键不能为空（KEY 或 KEY=VALUE）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tag &quot;%1&quot;: a key or value must not contain &quot;=&quot; or &quot;,&quot; and must be at most %2 bytes in UTF-8.</source>
        <translation>标记“%1”：键和值不能包含“=”或“,”，且 UTF-8 编码后最多 %2 字节。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Conditions must be a JSON array such as [{&quot;Column&quot;:&quot;…&quot;,&quot;Operator&quot;:&quot;…&quot;,&quot;Value&quot;:&quot;…&quot;}].</source>
        <translation>Conditions 必须是 JSON 数组，例如 [{&quot;Column&quot;:&quot;…&quot;,&quot;Operator&quot;:&quot;…&quot;,&quot;Value&quot;:&quot;…&quot;}]。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Conditions[%1].%2 must be a string.</source>
        <translation>Conditions[%1].%2 必须是字符串。</translation>
    </message>
</context>
<context>
    <name>api::NetworkSettings</name>
    <message>
        <location filename="../src/api/networksettings.cpp" line="+13"/>
        <source>CA certificates file %1 cannot be read: %2</source>
        <translation>无法读取 CA 证书文件 %1：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CA certificates file %1 holds no certificate; it must contain PEM blocks (-----BEGIN CERTIFICATE-----) or one DER certificate.</source>
        <translation>CA 证书文件 %1 中没有证书；文件必须包含 PEM 块（-----BEGIN CERTIFICATE-----）或一个 DER 证书。</translation>
    </message>
</context>
<context>
    <name>api::PagedListCall</name>
    <message>
        <location filename="../src/api/calls/pagedlistcall.cpp" line="+86"/>
        <source>%1 reports %2 items; PaiDesk lists at most the first %3.</source>
        <translation>%1 报告共有 %2 项；PaiDesk 最多只列出前 %3 项。</translation>
    </message>
    <message numerus="yes">
        <location line="+91"/>
        <source>%n more warning(s) not shown.</source>
        <translation>
            <numerusform>另有 %n 条警告未显示。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 page %2: a row was left out: %3</source>
        <translation>%1 第 %2 页：跳过了一行：%3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 page %2 was empty although the server reported %3 items; the listing ends with the %4 read so far.</source>
        <translation>%1 第 %2 页为空，但服务器报告共有 %3 项；列表到此结束，保留已读取的 %4 项。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 page %2 repeated items already listed; the listing ends with the %3 read so far.</source>
        <translation>%1 第 %2 页重复了已列出的项；列表到此结束，保留已读取的 %3 项。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 page %2 had %3 of %4 rows, so it is the last page, although the server reported %5 items; the listing ends with the %6 read so far.</source>
        <translation>%1 第 %2 页只有 %3 行（每页 %4 行），因此是最后一页，但服务器报告共有 %5 项；列表到此结束，保留已读取的 %6 项。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No page had arrived.</source>
        <translation>尚未收到任何页。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 items had been read.</source>
        <translation>已读取 %1 项（共 %2 项）。</translation>
    </message>
</context>
<context>
    <name>api::ProxyRules</name>
    <message>
        <location filename="../src/api/proxyrules.cpp" line="+44"/>
        <source>&quot;%1&quot; is not a proxy URL; use http://HOST:PORT or socks5://HOST:PORT.</source>
        <translation>“%1”不是代理 URL；请使用 http://HOST:PORT 或 socks5://HOST:PORT。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot;: the proxy scheme must be http or socks5.</source>
        <translation>“%1”：代理协议必须为 http 或 socks5。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>app::AppOptions</name>
    <message>
        <location filename="../src/app/appoptions.cpp" line="+14"/>
        <source>Browse, edit and export Alibaba Cloud PAI models.</source>
        <translation>浏览、编辑和导出阿里云 PAI 模型。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start the built-in sandbox with demo data and use it; no cloud account is needed.</source>
        <translation>启动内置沙箱并加载演示数据；无需云账号。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send requests to URL instead of the profile&apos;s endpoint.</source>
        <translation>将请求发送到 URL，而不是身份配置中的接入点。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the profile NAME.</source>
        <translation>使用名为 NAME 的身份配置。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start the sandbox with the models kept in FILE (demo data when it does not exist yet) and save every change there.</source>
        <translation>使用 FILE 中保存的模型启动沙箱（文件尚不存在时使用演示数据），并将每次更改保存到该文件。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--sandbox-data: give the path of a file.</source>
        <translation>--sandbox-data：请提供文件路径。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--endpoint: &quot;%1&quot; is not a URL with a host.</source>
        <translation>--endpoint：“%1”不是包含主机名的 URL。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--sandbox and --sandbox-data cannot be combined with --endpoint or --profile.</source>
        <translation>--sandbox 和 --sandbox-data 不能与 --endpoint 或 --profile 同时使用。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unexpected argument: %1</source>
        <translation>意外的参数：%1</translation>
    </message>
</context>
<context>
    <name>app::Application</name>
    <message>
        <location filename="../src/app/application.cpp" line="+40"/>
        <source>--profile: there is no profile named &quot;%1&quot;.</source>
        <translation>--profile：没有名为“%1”的配置。</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>The sandbox could not start: %1</source>
        <translation>沙盒无法启动：%1</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Starting the sandbox…</source>
        <translation>正在启动沙盒…</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+46"/>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Endpoint</source>
        <translation>接入点</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Switched to the profile &quot;%1&quot; (%2).</source>
        <translation>已切换到身份配置“%1”（%2）。</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>--endpoint %1: there is no profile, and no AccessKey in the environment (ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET).</source>
        <translation>--endpoint %1：没有身份配置，环境变量中也没有 AccessKey（ALIBABA_CLOUD_ACCESS_KEY_ID 和 ALIBABA_CLOUD_ACCESS_KEY_SECRET）。</translation>
    </message>
</context>
<context>
    <name>changes::BulkEdit</name>
    <message>
        <location filename="../src/changes/bulkedit.cpp" line="+35"/>
        <source>a delete cannot go with other changes</source>
        <translation>删除不能与其他更改同时进行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the label &quot;%1&quot; is both added and removed</source>
        <translation>标签“%1”既被添加又被删除</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the ExtraInfo key &quot;%1&quot; is both set and removed</source>
        <translation>ExtraInfo 键“%1”既被设置又被删除</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Delete the model.</source>
        <translation>删除模型。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the label &quot;%1&quot;.</source>
        <translation>删除标签“%1”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the label &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>将标签“%1”设为“%2”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the ExtraInfo key &quot;%1&quot;.</source>
        <translation>删除 ExtraInfo 键“%1”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the ExtraInfo key &quot;%1&quot; to %2.</source>
        <translation>将 ExtraInfo 键“%1”设为 %2。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set Accessibility to %1.</source>
        <translation>将 Accessibility 设为 %1。</translation>
    </message>
</context>
<context>
    <name>changes::BulkPlan</name>
    <message>
        <location filename="../src/changes/bulkplan.cpp" line="+92"/>
        <source>no change needed: the server already holds these values</source>
        <translation>无需更改：服务器上已是这些值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>could not be read, so nothing was planned</source>
        <translation>无法读取，因此未做任何计划</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed by someone else since the run; left alone</source>
        <translation>运行之后已被他人更改；保持不动</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot be undone: it was deleted, or what the run left is not known</source>
        <translation>无法撤销：模型已被删除，或运行留下的状态未知</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n model(s) would be restored</source>
        <translation>
            <numerusform>将恢复 %n 个模型</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n model(s) would change</source>
        <translation>
            <numerusform>将更改 %n 个模型</numerusform>
        </translation>
    </message>
    <message>
        <location line="-8"/>
        <source>read-only: %1</source>
        <translation>只读：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%1 (%2 request(s)); %n model(s) would get no request.</source>
        <translation>
            <numerusform>%1（%2 个请求）；%n 个模型不会收到请求。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>changes::BulkResult</name>
    <message>
        <location filename="../src/changes/bulkresult.cpp" line="+249"/>
        <source>%1 done, %2 failed, %3 skipped, %4 pending.</source>
        <translation>%1 个完成，%2 个失败，%3 个跳过，%4 个待处理。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>not the result of a bulk run: it has no Models list</source>
        <translation>不是批量运行的结果：缺少 Models 列表</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not the result of a bulk run: a model has no ModelId</source>
        <translation>不是批量运行的结果：有模型缺少 ModelId</translation>
    </message>
</context>
<context>
    <name>changes::CopyPlan</name>
    <message>
        <location filename="../src/changes/copyplan.cpp" line="+21"/>
        <source>The model &quot;%1&quot; (%2) has no version whose Uri could be registered.</source>
        <translation>模型“%1”（%2）没有可登记其 Uri 的版本。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Copy the model &quot;%1&quot; (%2) into the workspace %3 as &quot;%4&quot;, and register the Uri of its latest version as the copy&apos;s first version.</source>
        <translation>将模型“%1”（%2）复制到工作空间 %3，命名为“%4”，并将其最新版本的 Uri 登记为副本的第一个版本。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy the model &quot;%1&quot; (%2) into the workspace %3 as &quot;%4&quot;.</source>
        <translation>将模型“%1”（%2）复制到工作空间 %3，命名为“%4”。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1
No version was registered.</source>
        <translation>%1
未登记任何版本。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Created the model &quot;%1&quot; (ID %2).</source>
        <translation>已创建模型“%1”（ID %2）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 Its version was not registered: the copy stopped before it.</source>
        <translation>%1 其版本未登记：复制在此之前已停止。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 Registered its version %2 with the Uri of the source&apos;s latest version.</source>
        <translation>%1 已用源模型最新版本的 Uri 登记其版本 %2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 The model exists, but its version was not registered:
%2</source>
        <translation>%1 模型已存在，但其版本未登记：
%2</translation>
    </message>
</context>
<context>
    <name>changes::Duration</name>
    <message numerus="yes">
        <location filename="../src/changes/duration.cpp" line="+13"/>
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
</context>
<context>
    <name>changes::ModelPlan</name>
    <message>
        <location filename="../src/changes/modelplan.cpp" line="+19"/>
        <source>read: check that nobody else changed the model</source>
        <translation>读取：检查是否有他人修改了模型</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>read: confirm that the model is gone</source>
        <translation>读取：确认模型已删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read: read the model back</source>
        <translation>读取：回读模型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>read: look for the model the create may have made</source>
        <translation>读取：查找创建请求可能已生成的模型</translation>
    </message>
    <message numerus="yes">
        <location line="+91"/>
        <source>Create the model &quot;%1&quot;: %n request(s) would change it.</source>
        <translation>
            <numerusform>创建模型“%1”：将发送 %n 个修改请求。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Update the model &quot;%1&quot; (%2): the server already has these values, so nothing would be sent.</source>
        <translation>更新模型“%1”（%2）：服务器上已是这些值，因此不会发送任何请求。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Update the model &quot;%1&quot; (%2): %n request(s) would change it.</source>
        <translation>
            <numerusform>更新模型“%1”（%2）：将发送 %n 个修改请求。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete the model &quot;%1&quot; (%2).</source>
        <translation>删除模型“%1”（%2）。</translation>
    </message>
</context>
<context>
    <name>changes::ModelWriter</name>
    <message>
        <location filename="../src/changes/modelwriter.cpp" line="+396"/>
        <source>restores labels the plan had deleted</source>
        <translation>恢复计划中已删除的标签</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+183"/>
        <location line="+3"/>
        <source>established by reading the model back</source>
        <translation>经回读模型确认</translation>
    </message>
    <message>
        <location line="-130"/>
        <location line="+60"/>
        <source>created as %1</source>
        <translation>已创建为 %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>found %1</source>
        <translation>找到 %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>established by looking it up</source>
        <translation>经查找确认</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the model was already gone</source>
        <translation>模型此前已不存在</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>the model is gone</source>
        <translation>模型已不存在</translation>
    </message>
</context>
<context>
    <name>changes::VersionPlan</name>
    <message>
        <location filename="../src/changes/versionplan.cpp" line="+112"/>
        <source>read: check that nobody else changed the version</source>
        <translation>读取：检查是否有他人修改了该版本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>read: confirm that the version is gone</source>
        <translation>读取：确认该版本已不存在</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read: read the version back</source>
        <translation>读取：回读该版本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>read: look for the version the create may have made</source>
        <translation>读取：查找创建请求可能已生成的版本</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Create a version of the model %1, numbered by the service: %n request(s) would change it.</source>
        <translation>
            <numerusform>为模型 %1 创建一个由服务编号的版本：将有 %n 个请求修改它。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Create the version %1 of the model %2: %n request(s) would change it.</source>
        <translation>
            <numerusform>创建模型 %2 的版本 %1：将有 %n 个请求修改它。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Update the version %1 of the model %2: %3 cannot change once the version exists, so nothing would be sent.</source>
        <translation>更新模型 %2 的版本 %1：版本创建后不能修改 %3，因此不会发送任何请求。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Update the version %1 of the model %2: the server already has these values, so nothing would be sent.</source>
        <translation>更新模型 %2 的版本 %1：服务器上已是这些值，因此不会发送任何请求。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Update the version %1 of the model %2: %n request(s) would change it.</source>
        <translation>
            <numerusform>更新模型 %2 的版本 %1：将有 %n 个请求修改它。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete the version %1 of the model %2.</source>
        <translation>删除模型 %2 的版本 %1。</translation>
    </message>
</context>
<context>
    <name>changes::VersionWriter</name>
    <message>
        <location filename="../src/changes/versionwriter.cpp" line="+376"/>
        <location line="+259"/>
        <location line="+3"/>
        <source>established by reading the version back</source>
        <translation>经回读版本确认</translation>
    </message>
    <message>
        <location line="-232"/>
        <source>restores labels the plan had deleted</source>
        <translation>恢复计划中已删除的标签</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>the answer did not name the version</source>
        <translation>响应中未给出版本名称</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+86"/>
        <source>created as %1</source>
        <translation>已创建为 %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>found %1</source>
        <translation>找到 %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>established by looking it up</source>
        <translation>经查找确认</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the version was already gone</source>
        <translation>版本此前已不存在</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>the version is gone</source>
        <translation>版本已不存在</translation>
    </message>
</context>
<context>
    <name>changes::WriteOutcome</name>
    <message>
        <location filename="../src/changes/writeoutcome.cpp" line="+58"/>
        <source>Someone else changed the version after it was read, so nothing was sent.</source>
        <translation>读取该版本后有他人修改了它，因此未发送任何请求。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone else changed the model after it was read, so nothing was sent.</source>
        <translation>读取模型之后有他人修改了它，因此未发送任何请求。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The version no longer exists on the server, so nothing was sent.</source>
        <translation>服务器上已不存在该版本，因此未发送任何请求。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The model no longer exists on the server, so nothing was sent.</source>
        <translation>服务器上已不存在该模型，因此未发送任何请求。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Canceled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canceled during %1.</source>
        <translation>在 %1 期间取消。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 did not finish within the %2 timeout.</source>
        <translation>%1 未能在 %2 的超时时间内完成。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The operation</source>
        <translation>该操作</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 failed. %2</source>
        <translation>%1 失败。%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PaiDesk then read the version back, allowing up to %1 for that.</source>
        <translation>随后 PaiDesk 回读了该版本，为此最多等待 %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PaiDesk then read the model back, allowing up to %1 for that.</source>
        <translation>随后 PaiDesk 回读了模型，为此最多等待 %1。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The model was created after all (ID %1): PaiDesk found it and adopted it instead of creating a second one.</source>
        <translation>模型实际上已创建（ID %1）：PaiDesk 找到并采用了它，没有再创建第二个。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created the model &quot;%1&quot; (ID %2).</source>
        <translation>已创建模型“%1”（ID %2）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading back confirms that the model %1 is gone.</source>
        <translation>回读确认模型 %1 已删除。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted the model %1.</source>
        <translation>已删除模型 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the model back confirms that every change was applied.</source>
        <translation>回读模型确认所有修改均已生效。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+68"/>
        <source>Saved: the server has all of the new values.</source>
        <translation>已保存：服务器上已是全部新值。</translation>
    </message>
    <message numerus="yes">
        <location line="-64"/>
        <location line="+68"/>
        <source>The changes that had not arrived were sent again, %n time(s).</source>
        <translation>
            <numerusform>未送达的修改已重新发送 %n 次。</numerusform>
        </translation>
    </message>
    <message>
        <location line="-66"/>
        <source>The model could not be read back afterwards.</source>
        <translation>之后无法回读该模型。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+68"/>
        <source>Applied: %1. Not applied: %2.</source>
        <translation>已生效：%1。未生效：%2。</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>No model named &quot;%1&quot; was created since the request began: the model was not created.</source>
        <translation>自请求开始以来没有创建名为“%1”的模型：模型未创建。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The model was not created.</source>
        <translation>模型未创建。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The model %1 still exists on the server.</source>
        <translation>服务器上仍存在模型 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the model back shows that none of the changes were applied.</source>
        <translation>回读模型表明所有修改均未生效。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+67"/>
        <source>No change was applied.</source>
        <translation>没有任何修改生效。</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Whether the model was created is unknown: looking for it did not succeed. Check the model list before creating it again, so that no duplicate is made.</source>
        <translation>无法确定模型是否已创建：查找未成功。请先检查模型列表再重新创建，以免产生重复模型。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+67"/>
        <source>Whether every change was applied is unknown. The server now lacks: %1.</source>
        <translation>无法确定所有修改是否都已生效。服务器当前缺少：%1。</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>The model could not be read back, so whether the change was applied is unknown. Reload the model before trying again.</source>
        <translation>无法回读模型，因此无法确定修改是否生效。请先重新加载模型再重试。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The version was created after all (%1 of the model %2): PaiDesk found it and adopted it instead of creating a second one.</source>
        <translation>该版本实际上已创建（模型 %2 的版本 %1）：PaiDesk 找到并采用了它，而没有再创建第二个。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created the version %1 of the model %2.</source>
        <translation>已创建模型 %2 的版本 %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading back confirms that the version %1 is gone.</source>
        <translation>回读确认版本 %1 已不存在。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted the version %1.</source>
        <translation>已删除版本 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the version back confirms that every change was applied.</source>
        <translation>回读版本确认所有修改均已应用。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The version could not be read back afterwards.</source>
        <translation>之后无法回读该版本。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Looking for it shows that no such version was created since the request began: the version was not created.</source>
        <translation>查找结果表明自请求开始以来未创建这样的版本：版本未创建。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The version was not created.</source>
        <translation>版本未创建。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The version %1 still exists on the server.</source>
        <translation>版本 %1 仍存在于服务器上。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the version back shows that none of the changes were applied.</source>
        <translation>回读版本表明所有修改均未应用。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Whether the version was created is unknown: looking for it did not succeed. Check the model&apos;s versions before creating it again, so that no second version is made.</source>
        <translation>无法确定版本是否已创建：查找未成功。请先检查该模型的版本，再重新创建，以免生成第二个版本。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The version could not be read back, so whether the change was applied is unknown. Reload the version before trying again.</source>
        <translation>无法回读该版本，因此无法确定修改是否已应用。请重新加载该版本后再试。</translation>
    </message>
    <message>
        <location line="-166"/>
        <source>%1 %2</source>
        <comment>two sentences in a row</comment>
        <translation>%1%2</translation>
    </message>
</context>
<context>
    <name>changes::WriteStep</name>
    <message>
        <location filename="../src/changes/writestep.cpp" line="+49"/>
        <location line="+7"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>pending</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>applied</source>
        <translation>已生效</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not applied</source>
        <translation>未生效</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped</source>
        <translation>未发送</translation>
    </message>
</context>
<context>
    <name>cli::AliyunProfileCredentialSource</name>
    <message>
        <location filename="../src/cli/credentialsource.cpp" line="+97"/>
        <source>--aliyun-profile: %1</source>
        <translation>--aliyun-profile：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--aliyun-profile: %1 has no profile &quot;%2&quot;. Its profiles: %3.</source>
        <translation>--aliyun-profile：%1 中没有名为“%2”的身份配置。其中的身份配置：%3。</translation>
    </message>
</context>
<context>
    <name>cli::BulkCommand</name>
    <message>
        <location filename="../src/cli/commands/bulkcommand.cpp" line="+53"/>
        <source>Apply one edit (labels, ExtraInfo, accessibility or delete) to many models; &quot;bulk undo&quot; restores a run.</source>
        <translation>对多个模型应用同一编辑（标签、ExtraInfo、可访问性或删除）；“bulk undo”可撤销一次运行。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;%1&quot; is not KEY=JSON (a string needs double quotes: name=&quot;\&quot;x\&quot;&quot;)</source>
        <translation>“%1”不是 KEY=JSON 格式（字符串需要加双引号：name=&quot;\&quot;x\&quot;&quot;）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a key cannot be empty</source>
        <translation>键不能为空</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>bulk: nothing to change; give at least one action (--add-label, --remove-label, --set-extra-info, --remove-extra-info, --accessibility or --delete).</source>
        <translation>bulk：没有要更改的内容；请至少指定一个操作（--add-label、--remove-label、--set-extra-info、--remove-extra-info、--accessibility 或 --delete）。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Pick the models with --model (repeat it), or with --workspace and the filters of &quot;models&quot;. Each model gets the edit applied to its own values; a model that already has them gets no request. At most six models are written at a time, each under its own update or delete timeout. The JSON output lists every model with its outcome and RequestIds; save it to undo the run with &quot;bulk undo FILE&quot;. Exit code 1 when any model failed.</source>
        <translation>用 --model（可重复）选择模型，或用 --workspace 和“models”的筛选条件选择。编辑会应用到每个模型自身的值上；已经具有这些值的模型不会收到请求。同时最多写入六个模型，每个模型有各自的更新或删除超时。JSON 输出列出每个模型的结果和 RequestId；保存该输出后可用“bulk undo FILE”撤销这次运行。任一模型失败时退出码为 1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A model to edit; repeat for more.</source>
        <translation>要编辑的模型；可重复指定多个。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set one ExtraInfo key to a JSON value, keeping the others; repeat for more.</source>
        <translation>将一个 ExtraInfo 键设为 JSON 值，其他键保持不变；可重复指定多个。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KEY=JSON</source>
        <translation>KEY=JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove one ExtraInfo key; repeat for more.</source>
        <translation>删除一个 ExtraInfo 键；可重复指定多个。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set Accessibility: PRIVATE or PUBLIC.</source>
        <translation>设置 Accessibility：PRIVATE 或 PUBLIC。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PRIVATE|PUBLIC</source>
        <translation>PRIVATE|PUBLIC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the models.</source>
        <translation>删除这些模型。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(--model ID... | FILTERS) ACTIONS</source>
        <translation>(--model ID... | 筛选条件) 操作</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>bulk: name the models with --model, --workspace or a filter of &quot;models&quot;; nothing was sent.</source>
        <translation>bulk：请用 --model、--workspace 或“models”的筛选条件指定模型；未发送任何请求。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>bulk: --model cannot go with --workspace or the filters; pick one way.</source>
        <translation>bulk：--model 不能与 --workspace 或筛选条件同时使用；请只选一种方式。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Restores the models a bulk run changed to their values before it, from the run&apos;s JSON output. A model changed since the run is listed and left alone; deleted models cannot be restored.</source>
        <translation>根据批量运行的 JSON 输出，将该运行更改过的模型恢复为运行前的值。运行之后被更改过的模型会列出并保持不动；已删除的模型无法恢复。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The JSON output of the bulk run.</source>
        <translation>批量运行的 JSON 输出。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>usage: paidesk-cli bulk undo RESULT.json [options]</source>
        <translation>用法：paidesk-cli bulk undo RESULT.json [选项]</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>bulk undo: cannot read %1: %2</source>
        <translation>bulk undo：无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>bulk undo: %1: %2</source>
        <translation>bulk undo：%1：%2</translation>
    </message>
</context>
<context>
    <name>cli::BulkPlanRunner</name>
    <message>
        <location filename="../src/cli/bulkplanrunner.cpp" line="+26"/>
        <source>Print the plan, model by model, and send no write. It reads the models to work it out.</source>
        <translation>逐个模型打印计划，不发送任何写请求。为得出计划会读取这些模型。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run without asking. Without it, the plan is shown and a terminal is asked; with no terminal, nothing is sent.</source>
        <translation>不询问直接运行。不带此选项时会显示计划并在终端上询问；没有终端则不发送任何请求。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output format: table or json.</source>
        <translation>输出格式：table 或 json。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>json|table</source>
        <translation>json|table</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--output: &quot;%1&quot; is not json or table</source>
        <translation>--output：“%1”不是 json 或 table</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>bulk: stdin is not a terminal, so there is no one to confirm the changes; review them with --dry-run, then run again with --yes. Nothing was sent.</source>
        <translation>bulk：标准输入不是终端，无人可以确认这些更改；请先用 --dry-run 查看，再加 --yes 重新运行。未发送任何请求。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Apply these changes? Type &quot;yes&quot; to go on: </source>
        <translation>应用这些更改吗？输入“yes”继续：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nothing was changed.</source>
        <translation>未做任何更改。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stopping: no more models are started; waiting for those in flight.</source>
        <translation>正在停止：不再开始新的模型；等待进行中的模型完成。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>ModelId</source>
        <translation>ModelId</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RequestIds</source>
        <translation>RequestId</translation>
    </message>
</context>
<context>
    <name>cli::CliApplication</name>
    <message>
        <location filename="../src/cli/cliapplication.cpp" line="+55"/>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run &quot;paidesk-cli COMMAND --help&quot; for the options of a command.</source>
        <translation>运行“paidesk-cli COMMAND --help”查看某个命令的选项。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Show this help and exit.</source>
        <translation>显示此帮助并退出。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the version and exit.</source>
        <translation>显示版本并退出。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use this saved profile: its region, endpoint and AccessKey, the secret read from the system keychain.</source>
        <translation>使用此已保存的身份配置：其地域、接入点和 AccessKey，Secret 从系统钥匙串读取。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+24"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Send requests to this URL (http only on loopback); overrides the profile&apos;s endpoint.</source>
        <translation>将请求发送到此 URL（仅环回地址可用 http）；覆盖身份配置中的接入点。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Region ID, e.g. cn-hangzhou; overrides the profile&apos;s region.</source>
        <translation>地域 ID，例如 cn-hangzhou；覆盖身份配置中的地域。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give up when the whole command has run this many seconds, saying what was done (exit code 3).</source>
        <translation>整个命令运行达到此秒数时放弃，并说明已完成的操作（退出码 3）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output format: table or json.</source>
        <translation>输出格式：table 或 json。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>json|table</source>
        <translation>json|table</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Use this profile of the aliyun CLI&apos;s config.json (or ALIBABA_CLOUD_CONFIG_FILE) directly, in any of its modes (AK, StsToken, RamRoleArn, ChainableRamRoleArn, EcsRamRole, OIDC, CredentialsURI, External); temporary credentials are refreshed before they expire and kept in memory only.</source>
        <translation>直接使用 aliyun CLI 的 config.json（或 ALIBABA_CLOUD_CONFIG_FILE）中的此身份配置，支持其所有模式（AK、StsToken、RamRoleArn、ChainableRamRoleArn、EcsRamRole、OIDC、CredentialsURI、External）；临时凭证在过期前刷新，且只保存在内存中。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Send STS requests (AssumeRole, AssumeRoleWithOIDC) to this URL (http only on loopback); overrides the profile&apos;s sts_endpoint.</source>
        <translation>将 STS 请求（AssumeRole、AssumeRoleWithOIDC）发送到此 URL（仅回环地址可用 http）；覆盖身份配置的 sts_endpoint。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The command to run.</source>
        <translation>要运行的命令。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>COMMAND [options]</source>
        <translation>COMMAND [选项]</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Also trust the CA certificates in this PEM file (for a proxy that inspects TLS); the system CAs stay trusted.</source>
        <translation>额外信任此 PEM 文件中的 CA 证书（用于检查 TLS 的代理）；系统 CA 仍受信任。</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>PaiDesk command line: browse and edit Alibaba Cloud PAI workspaces, models and model versions.
Credentials come from --profile NAME, a profile saved in PaiDesk whose secret is in the system keychain, or --aliyun-profile NAME, a profile of the aliyun CLI&apos;s config.json in any mode; without either, from the default chain: ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET and ALIBABA_CLOUD_SECURITY_TOKEN; ALIBABA_CLOUD_ROLE_ARN, ALIBABA_CLOUD_OIDC_PROVIDER_ARN and ALIBABA_CLOUD_OIDC_TOKEN_FILE; config.json (ALIBABA_CLOUD_CONFIG_FILE, profile ALIBABA_CLOUD_PROFILE or current); ALIBABA_CLOUD_ECS_METADATA; ALIBABA_CLOUD_CREDENTIALS_URI.
Requests go through the profile&apos;s proxy, else HTTPS_PROXY (or https_proxy), except to the hosts in NO_PROXY.
Exit codes: 0 success; 1 API, network or keychain error; 2 usage or validation error, or no such profile (nothing sent); 3 timeout; 4 drift found (drift).</source>
        <translation>PaiDesk 命令行：浏览和编辑阿里云 PAI 的工作空间、模型和模型版本。
凭证来自 --profile NAME（PaiDesk 中保存的身份配置，其 Secret 在系统钥匙串中），或 --aliyun-profile NAME（aliyun CLI 的 config.json 中任意模式的身份配置）；两者都未指定时，按默认链查找：ALIBABA_CLOUD_ACCESS_KEY_ID、ALIBABA_CLOUD_ACCESS_KEY_SECRET 和 ALIBABA_CLOUD_SECURITY_TOKEN；ALIBABA_CLOUD_ROLE_ARN、ALIBABA_CLOUD_OIDC_PROVIDER_ARN 和 ALIBABA_CLOUD_OIDC_TOKEN_FILE；config.json（ALIBABA_CLOUD_CONFIG_FILE，身份配置 ALIBABA_CLOUD_PROFILE 或 current）；ALIBABA_CLOUD_ECS_METADATA；ALIBABA_CLOUD_CREDENTIALS_URI。
请求经由身份配置的代理，否则经由 HTTPS_PROXY（或 https_proxy），NO_PROXY 中的主机除外。
退出码：0 成功；1 API、网络或钥匙串错误；2 用法或校验错误，或身份配置不存在（未发送任何请求）；3 超时；4 发现漂移（drift）。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>--timeout: &quot;%1&quot; is not a number of seconds from 1</source>
        <translation>--timeout：“%1”不是大于等于 1 的秒数</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--output: &quot;%1&quot; is not json or table</source>
        <translation>--output：“%1”不是 json 或 table</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--profile: %1</source>
        <translation>--profile：%1</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>--ca-file: %1</source>
        <translation>--ca-file：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--profile and --aliyun-profile cannot be combined</source>
        <translation>--profile 和 --aliyun-profile 不能同时使用</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>paidesk-cli: a command is required.</source>
        <translation>paidesk-cli：需要指定命令。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation>未知命令“%1”</translation>
    </message>
</context>
<context>
    <name>cli::Command</name>
    <message>
        <location filename="../src/cli/commands/command.cpp" line="+14"/>
        <source>Show this help and exit.</source>
        <translation>显示此帮助并退出。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>usage: paidesk-cli %1 %2</source>
        <translation>用法：paidesk-cli %1 %2</translation>
    </message>
</context>
<context>
    <name>cli::CommandContext</name>
    <message>
        <location filename="../src/cli/commandcontext.cpp" line="+113"/>
        <source>The command ran out of time.</source>
        <translation>命令已超时。</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>the --timeout of %n second(s) passed before the command was done.</source>
        <translation>
            <numerusform>--timeout 设定的 %n 秒已到，命令尚未完成。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No request had been completed.</source>
        <translation>没有任何请求已完成。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1，另有 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed before it: %1.</source>
        <translation>此前已完成：%1。</translation>
    </message>
</context>
<context>
    <name>cli::DriftCommand</name>
    <message>
        <location filename="../src/cli/commands/driftcommand.cpp" line="+22"/>
        <source>Compare Terraform states with the live models; list drift and unmanaged models.</source>
        <translation>将 Terraform 状态与线上模型比较；列出漂移与未托管的模型。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reads Terraform states (terraform.tfstate, `terraform state pull`, or `terraform show -json`) and compares every alicloud_pai_workspace_model, alicloud_p_a_i_workspace_model and alicloud_pai_workspace_model_version instance with the live model or version. Each instance is in-sync, drifted (with the fields that differ), missing or tainted; live models that no instance tracks are unmanaged. Exits 0 when everything is in sync and nothing is unmanaged, 4 otherwise.</source>
        <translation>读取 Terraform 状态（terraform.tfstate、`terraform state pull` 或 `terraform show -json` 的输出），并将每个 alicloud_pai_workspace_model、alicloud_p_a_i_workspace_model 和 alicloud_pai_workspace_model_version 实例与线上模型或版本进行比较。每个实例的结果为一致、已漂移（列出不同的字段）、已缺失或已污染；没有被任何实例跟踪的线上模型为未托管。全部一致且没有未托管模型时退出码为 0，否则为 4。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A Terraform state file; repeat for more.</source>
        <translation>Terraform 状态文件；可重复指定多个。</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+9"/>
        <location line="+3"/>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Look for unmanaged models in this workspace (default: the workspaces of the state&apos;s models).</source>
        <translation>在此工作空间中查找未托管的模型（默认：状态中模型所在的工作空间）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look for unmanaged models in every workspace.</source>
        <translation>在所有工作空间中查找未托管的模型。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Models that are unmanaged on purpose: one model ID or name pattern (* and ?) per line.</source>
        <translation>有意不托管的模型：每行一个模型 ID 或名称模式（* 和 ?）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write Terraform configuration with import blocks for the unmanaged models to FILE.</source>
        <translation>将未托管模型的 Terraform 配置（带 import 块）写入文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output format: table or json (as the global --output).</source>
        <translation>输出格式：table 或 json（同全局 --output）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FORMAT</source>
        <translation>格式</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--state FILE [--state FILE]... [--workspace ID | --all]</source>
        <translation>--state 文件 [--state 文件]... [--workspace ID | --all]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>drift: give at least one --state FILE</source>
        <translation>drift：请至少指定一个 --state 文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>drift: give --workspace ID or --all, not both</source>
        <translation>drift：请指定 --workspace ID 或 --all，不能同时指定</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--output: &quot;%1&quot; is not json or table</source>
        <translation>--output：“%1”不是 json 或 table</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%1: %n instance(s) of PAI models and versions</source>
        <translation>
            <numerusform>%1：%n 个 PAI 模型和版本实例</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, serial %1, lineage %2</source>
        <translation>，序号 %1，谱系 %2</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%n unmanaged model(s) left out by the ignore list</source>
        <translation>
            <numerusform>忽略列表排除了 %n 个未托管模型</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>STATUS</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ADDRESS</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MODEL</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FIELDS</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>paidesk-cli: --export-unmanaged: cannot write %1: %2</source>
        <translation>paidesk-cli：--export-unmanaged：无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>cli::EndpointChoice</name>
    <message>
        <location filename="../src/cli/endpointchoice.cpp" line="+27"/>
        <source>--endpoint: %1</source>
        <translation>--endpoint：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+9"/>
        <source>--region: %1</source>
        <translation>--region：%1</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>profile &quot;%1&quot;: %2</source>
        <translation>身份配置“%1”：%2</translation>
    </message>
</context>
<context>
    <name>cli::EnvironmentCredentialSource</name>
    <message>
        <location filename="../src/cli/credentialsource.cpp" line="-81"/>
        <source>No credentials: pass --profile NAME, or set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET (and ALIBABA_CLOUD_SECURITY_TOKEN for an STS key).</source>
        <translation>没有凭据：请传入 --profile NAME，或设置 ALIBABA_CLOUD_ACCESS_KEY_ID 和 ALIBABA_CLOUD_ACCESS_KEY_SECRET（使用 STS 密钥时还需设置 ALIBABA_CLOUD_SECURITY_TOKEN）。</translation>
    </message>
</context>
<context>
    <name>cli::ExportCommand</name>
    <message>
        <location filename="../src/cli/commands/exportcommand.cpp" line="+16"/>
        <source>Export models as Terraform configuration with import blocks.</source>
        <translation>将模型导出为带 import 块的 Terraform 配置。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Writes Terraform configuration (HCL) for alicloud_pai_workspace_model resources, with import blocks so that terraform plan shows no changes after import. Import blocks need Terraform 1.5 or later. With --with-versions, every version of each exported model becomes an alicloud_pai_workspace_model_version resource.</source>
        <translation>为 alicloud_pai_workspace_model 资源生成 Terraform 配置（HCL），并附带 import 块，使导入后 terraform plan 不显示任何变更。import 块需要 Terraform 1.5 或更高版本。使用 --with-versions 时，每个导出模型的每个版本都会成为一个 alicloud_pai_workspace_model_version 资源。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export this model; repeat for more.</source>
        <translation>导出此模型；可重复指定多个。</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export every model of this workspace.</source>
        <translation>导出此工作空间中的全部模型。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export every model.</source>
        <translation>导出全部模型。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also export every version of each exported model (not with the legacy resource name, which has no version resource).</source>
        <translation>同时导出每个导出模型的全部版本（旧版资源名称不支持，它没有版本资源）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave out the import blocks.</source>
        <translation>不生成 import 块。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave out the terraform and provider blocks.</source>
        <translation>不生成 terraform 块和 provider 块。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How workspace_id is written: %1.</source>
        <translation>workspace_id 的写法：%1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The resource type: %1.</source>
        <translation>资源类型：%1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write to FILE instead of stdout.</source>
        <translation>写入 FILE，而不是标准输出。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(--model ID... | --workspace ID | --all)</source>
        <translation>(--model ID... | --workspace ID | --all)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>export: give exactly one of --model ID..., --workspace ID or --all</source>
        <translation>export：--model ID...、--workspace ID 和 --all 必须且只能指定一个</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--workspace-ref: &quot;%1&quot; is not one of %2</source>
        <translation>--workspace-ref：“%1”不是 %2 之一</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--resource-name: &quot;%1&quot; is not one of %2</source>
        <translation>--resource-name：“%1”不是 %2 之一</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>paidesk-cli: -o: cannot write %1: %2</source>
        <translation>paidesk-cli：-o：无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>cli::GalleryCommand</name>
    <message>
        <location filename="../src/cli/commands/gallerycommand.cpp" line="+24"/>
        <source>List Alibaba&apos;s public Model Gallery (gallery copy --help: copy one into a workspace).</source>
        <translation>列出阿里云公共模型广场（gallery copy --help：将其中的模型复制到工作空间）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Lists the models of Alibaba&apos;s public Model Gallery (Provider pai) that match the filters. They are read-only; &quot;gallery copy&quot; makes a copy of one in a workspace.</source>
        <translation>列出阿里云公共模型广场（Provider pai）中符合筛选条件的模型。它们是只读的；“gallery copy”会在工作空间中创建其副本。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>[filters] | copy MODEL_ID --workspace ID</source>
        <translation>[筛选条件] | copy MODEL_ID --workspace ID</translation>
    </message>
</context>
<context>
    <name>cli::GalleryCopyCommand</name>
    <message>
        <location line="+23"/>
        <source>Copy a gallery model into a workspace, as a private model of your own.</source>
        <translation>将模型广场中的模型复制到工作空间，成为您自己的私有模型。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Creates a private model in a workspace with the gallery model&apos;s metadata, labels and extra information; with --with-version, then registers the Uri of its latest version as the copy&apos;s first version.</source>
        <translation>在工作空间中创建一个私有模型，带有该广场模型的元数据、标签和附加信息；使用 --with-version 时，再将其最新版本的 Uri 登记为副本的第一个版本。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The gallery model&apos;s ID (model-...).</source>
        <translation>广场模型的 ID（model-...）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The workspace to copy into (required).</source>
        <translation>复制到的工作空间（必填）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The copy&apos;s name (default: the gallery model&apos;s name).</source>
        <translation>副本的名称（默认：广场模型的名称）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also register its latest version&apos;s Uri as version 1 of the copy.</source>
        <translation>同时将其最新版本的 Uri 登记为副本的第 1 个版本。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>MODEL_ID --workspace ID [options]</source>
        <translation>MODEL_ID --workspace ID [选项]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--workspace: the workspace to copy into is required.</source>
        <translation>--workspace：必须指定要复制到的工作空间。</translation>
    </message>
</context>
<context>
    <name>cli::LabelFlags</name>
    <message>
        <location filename="../src/cli/labelflags.cpp" line="+23"/>
        <source>Labels[%1]: &quot;%2&quot; is not KEY=VALUE</source>
        <translation>Labels[%1]：“%2”不是 KEY=VALUE 格式</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+9"/>
        <source>KEY=VALUE</source>
        <translation>KEY=VALUE</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Set one label, keeping the others (a key that exists gets the new value); repeat for more.</source>
        <translation>设置一个标签并保留其他标签（已存在的键取新值）；可重复使用。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the label with this key; repeat for more.</source>
        <translation>删除具有此键的标签；可重复使用。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>KEY</source>
        <translation>键</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a label key cannot be empty</source>
        <translation>标签键不能为空</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is also given to --add-label</source>
        <translation>“%1”同时出现在 --add-label 中</translation>
    </message>
</context>
<context>
    <name>cli::ModelCommand</name>
    <message>
        <location filename="../src/cli/commands/modelcommand.cpp" line="+25"/>
        <source>Show, create, update or delete one model (model ACTION --help).</source>
        <translation>查看、创建、更新或删除单个模型（model ACTION --help）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Usage: paidesk-cli model ACTION [options]</source>
        <translation>用法：paidesk-cli model ACTION [选项]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions:</source>
        <translation>操作：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>model: an action is required (get, create, update or delete)</source>
        <translation>model：需要指定操作（get、create、update 或 delete）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>model: unknown action &quot;%1&quot; (use get, create, update or delete)</source>
        <translation>model：未知操作“%1”（请使用 get、create、update 或 delete）</translation>
    </message>
</context>
<context>
    <name>cli::ModelCreateCommand</name>
    <message>
        <location filename="../src/cli/commands/modelcreatecommand.cpp" line="+12"/>
        <source>Create a model.</source>
        <translation>创建模型。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--name NAME [options]</source>
        <translation>--name NAME [选项]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--name: ModelName is required.</source>
        <translation>--name：ModelName 为必填项。</translation>
    </message>
</context>
<context>
    <name>cli::ModelDeleteCommand</name>
    <message>
        <location filename="../src/cli/commands/modeldeletecommand.cpp" line="+12"/>
        <source>Delete one model.</source>
        <translation>删除单个模型。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The model ID (model-...).</source>
        <translation>模型 ID（model-...）。</translation>
    </message>
</context>
<context>
    <name>cli::ModelFilterFlags</name>
    <message>
        <location filename="../src/cli/modelfilterflags.cpp" line="+14"/>
        <source>Only models of this workspace.</source>
        <translation>仅此工作空间中的模型。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fuzzy match on name, domain, task and labels.</source>
        <translation>对名称、领域、任务和标签进行模糊匹配。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Q</source>
        <translation>Q</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only this domain, e.g. nlp.</source>
        <translation>仅此领域，例如 nlp。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only this task, e.g. text-generation.</source>
        <translation>仅此任务，例如 text-generation。</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Only this origin, e.g. ModelScope.</source>
        <translation>仅此来源，例如 ModelScope。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>O</source>
        <translation>O</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only this model type, e.g. LoRA.</source>
        <translation>仅此模型类型，例如 LoRA。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A label key or value contains this text.</source>
        <translation>标签的键或值包含此文本。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only models whose name matches this (ModelName).</source>
        <translation>只列出名称与此匹配的模型（ModelName）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Only models published by this provider, e.g. pai (Provider). Without it, only your own models.</source>
        <translation>只列出此提供方发布的模型，例如 pai（Provider）。不指定时只列出您自己的模型。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Comma-separated collection names, e.g. AI4D,QuickStart.</source>
        <translation>以逗号分隔的集合名称，例如 AI4D,QuickStart。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A tag the model must carry, KEY=VALUE or KEY for any value; repeat for more.</source>
        <translation>模型必须带有的标签，KEY=VALUE，或只写 KEY 表示任意值；可重复指定。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KEY=VALUE</source>
        <translation>KEY=VALUE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conditions as JSON: [{&quot;Column&quot;:..,&quot;Operator&quot;:..,&quot;Value&quot;:..}].</source>
        <translation>JSON 格式的条件：[{&quot;Column&quot;:..,&quot;Operator&quot;:..,&quot;Value&quot;:..}]。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sort field (SortBy): %1.</source>
        <translation>排序字段（SortBy）：%1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FIELD</source>
        <translation>FIELD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sort order (Order): ASC or DESC.</source>
        <translation>排序方向（Order）：ASC 或 DESC。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ASC|DESC</source>
        <translation>ASC|DESC</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>A tag needs a key (KEY or KEY=VALUE).</source>
        <translation>标签需要键（KEY 或 KEY=VALUE）。</translation>
    </message>
</context>
<context>
    <name>cli::ModelFlags</name>
    <message>
        <location filename="../src/cli/modelflags.cpp" line="+25"/>
        <source>Model name (ModelName), 1 to 127 characters.</source>
        <translation>模型名称（ModelName），1 到 127 个字符。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workspace ID (WorkspaceId).</source>
        <translation>工作空间 ID（WorkspaceId）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description (ModelDescription).</source>
        <translation>模型描述（ModelDescription）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documentation URL (ModelDoc).</source>
        <translation>模型文档 URL（ModelDoc）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model type (ModelType), e.g. Checkpoint or LoRA.</source>
        <translation>模型类型（ModelType），例如 Checkpoint 或 LoRA。</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Domain, e.g. nlp or cv.</source>
        <translation>领域，例如 nlp 或 cv。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task, e.g. text-classification.</source>
        <translation>任务，例如 text-classification。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin, e.g. ModelScope or HuggingFace.</source>
        <translation>来源，例如 ModelScope 或 HuggingFace。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>O</source>
        <translation>O</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PRIVATE or PUBLIC.</source>
        <translation>PRIVATE 或 PUBLIC。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PRIVATE|PUBLIC</source>
        <translation>PRIVATE|PUBLIC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sort key (OrderNumber), an integer.</source>
        <translation>排序号（OrderNumber），整数。</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Parameter count (ParameterSize), a whole number from 0 up.</source>
        <translation>参数量（ParameterSize），从 0 起的整数。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A label; repeat for more. On update, the given labels replace all.</source>
        <translation>标签；可重复指定多个。更新时，指定的标签会替换全部现有标签。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ExtraInfo as a JSON object; nested values are kept.</source>
        <translation>扩展信息（ExtraInfo），JSON 对象；嵌套值会保留。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>ParameterSize must be a whole number, not empty.</source>
        <translation>ParameterSize 必须是整数，不能为空。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Tag[%1]: &quot;%2&quot; is not KEY=VALUE</source>
        <translation>Tag[%1]：“%2”不是 KEY=VALUE 形式</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>A tag (Tag), KEY=VALUE; repeat for more. Only on create: UpdateModel has no Tag.</source>
        <translation>一个标记（Tag），KEY=VALUE；可重复指定。仅用于创建：UpdateModel 没有 Tag。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KEY=VALUE</source>
        <translation>KEY=VALUE</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>OrderNumber must be a whole number, not empty.</source>
        <translation>OrderNumber 必须为整数，不能为空。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>not an object</source>
        <translation>不是对象</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ExtraInfo must be a JSON object (%1)</source>
        <translation>ExtraInfo 必须为 JSON 对象（%1）</translation>
    </message>
</context>
<context>
    <name>cli::ModelGetCommand</name>
    <message>
        <location filename="../src/cli/commands/modelgetcommand.cpp" line="+11"/>
        <source>Show one model with every field.</source>
        <translation>显示单个模型的全部字段。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The model ID (model-...).</source>
        <translation>模型 ID（model-...）。</translation>
    </message>
</context>
<context>
    <name>cli::ModelListPrinter</name>
    <message>
        <location filename="../src/cli/commands/modelscommand.cpp" line="+47"/>
        <source>The command ran out of time.</source>
        <translation>命令超时。</translation>
    </message>
    <message>
        <location filename="../src/cli/modellistprinter.cpp" line="+25"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Domain</source>
        <translation>领域</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Workspace</source>
        <translation>工作空间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>cli::ModelUpdateCommand</name>
    <message>
        <location filename="../src/cli/commands/modelupdatecommand.cpp" line="+13"/>
        <source>Change some fields or labels of a model; --label sets the exact list of labels.</source>
        <translation>修改模型的部分字段或标签；--label 设置完整的标签列表。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The model ID (model-...).</source>
        <translation>模型 ID（model-...）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ID [options]</source>
        <translation>ID [选项]</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--workspace: WorkspaceId cannot be changed; UpdateModel does not move a model.</source>
        <translation>--workspace：WorkspaceId 不可更改；UpdateModel 不会移动模型。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>model update: nothing to change; give at least one flag.</source>
        <translation>model update：没有要修改的内容；请至少指定一个选项。</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>--tag: UpdateModel has no Tag field; tags are set when a model is created (model create --tag).</source>
        <translation>--tag：UpdateModel 没有 Tag 字段；标记在创建模型时设置（model create --tag）。</translation>
    </message>
</context>
<context>
    <name>cli::ModelsCommand</name>
    <message>
        <location filename="../src/cli/commands/modelscommand.cpp" line="-33"/>
        <source>List models, optionally filtered.</source>
        <translation>列出模型，可按条件筛选。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lists every model that matches the filters.</source>
        <translation>列出符合筛选条件的全部模型。</translation>
    </message>
</context>
<context>
    <name>cli::Output</name>
    <message>
        <location filename="../src/cli/output.cpp" line="+95"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Environments</source>
        <translation>环境</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+39"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+32"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+32"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Framework</source>
        <translation>框架</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approval</source>
        <translation>审批</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uri</source>
        <translation>Uri</translation>
    </message>
</context>
<context>
    <name>cli::PlanRunner</name>
    <message>
        <location filename="../src/cli/planrunner.cpp" line="+33"/>
        <source>  %1: the server has &quot;%2&quot;, the command asked for &quot;%3&quot;</source>
        <translation>  %1：服务器上为“%2”，命令要求为“%3”</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Print the exact requests this would send, and send no write. It may read the model to work them out.</source>
        <translation>打印将要发送的确切请求，不发送任何写入请求。为此可能会读取模型。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (%2) is a model of the public Model Gallery. %3 (paidesk-cli gallery copy %2 --workspace ID)</source>
        <translation>%1（%2）是公共模型广场中的模型。%3（paidesk-cli gallery copy %2 --workspace ID）</translation>
    </message>
</context>
<context>
    <name>cli::SandboxCommand</name>
    <message>
        <location filename="../src/cli/commands/sandboxcommand.cpp" line="+34"/>
        <source>Run a local AIWorkspace emulator until interrupted.</source>
        <translation>运行本地 AIWorkspace 模拟器，直到被中断。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Runs a local emulator of the AIWorkspace API until SIGINT or SIGTERM. The first lines on stdout are PAIDESK_SANDBOX_URL, ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET, as NAME=VALUE.</source>
        <translation>运行本地 AIWorkspace API 模拟器，直到收到 SIGINT 或 SIGTERM。标准输出的前几行以 NAME=VALUE 形式给出 PAIDESK_SANDBOX_URL、ALIBABA_CLOUD_ACCESS_KEY_ID 和 ALIBABA_CLOUD_ACCESS_KEY_SECRET。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Address and port; port 0 picks a free one (default 127.0.0.1:0).</source>
        <translation>地址和端口；端口为 0 时自动选择空闲端口（默认 127.0.0.1:0）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HOST:PORT</source>
        <translation>HOST:PORT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load models from FILE and save every change to it.</source>
        <translation>从 FILE 加载模型，并将每次修改保存到该文件。</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+24"/>
        <location line="+1"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Add the demo workspaces and models (when the store has no models).</source>
        <translation>添加演示工作空间和模型（仅当存储中没有模型时）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add N generated models, for load tests.</source>
        <translation>添加 N 个生成的模型，用于负载测试。</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <location line="+4"/>
        <location line="+22"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>The only AccessKey ID accepted.</source>
        <translation>唯一接受的 AccessKey ID。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its secret.</source>
        <translation>对应的 Secret。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SECRET</source>
        <translation>SECRET</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delay every reply by N milliseconds.</source>
        <translation>每个响应延迟 N 毫秒。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refuse listings with a PageSize above N (InvalidParameter), as a stricter gateway would.</source>
        <translation>拒绝 PageSize 大于 N 的列表请求（InvalidParameter），模拟更严格的网关。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share of requests answered with Throttling.User (0 to 1).</source>
        <translation>以 Throttling.User 响应的请求比例（0 到 1）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Share of requests answered with HTTP 500 or 503 (0 to 1).</source>
        <translation>以 HTTP 500 或 503 响应的请求比例（0 到 1）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of connections dropped without an answer (0 to 1).</source>
        <translation>不响应而直接断开的连接比例（0 到 1）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply --latency-ms only to these operations, comma-separated (UpdateModel,...).</source>
        <translation>仅对这些操作应用 --latency-ms，以逗号分隔（UpdateModel,...）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Serve HTTPS with the certificate (and any intermediates) in this PEM file.</source>
        <translation>使用此 PEM 文件中的证书（及中间证书）提供 HTTPS 服务。</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+3"/>
        <source>LIST</source>
        <translation>列表</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The unencrypted PEM private key of --tls-cert.</source>
        <translation>--tls-cert 对应的未加密 PEM 私钥。</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Apply the rates only to these operations, comma-separated (CreateModel,...).</source>
        <translation>仅对这些操作应用故障比例，以逗号分隔（CreateModel,...）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A write that draws a fault is stored first: the client cannot tell whether it ran.</source>
        <translation>遇到故障的写入请求先被保存：客户端无法判断它是否已执行。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Also answer STS AssumeRole and AssumeRoleWithOIDC (RPC) at &quot;/&quot;.</source>
        <translation>同时在“/”上应答 STS AssumeRole 和 AssumeRoleWithOIDC（RPC）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A role ARN STS may issue credentials for; repeat for more.</source>
        <translation>STS 可为其签发凭证的角色 ARN；可重复指定多个。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ARN</source>
        <translation>ARN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issued credentials live N seconds, whatever was asked (below 900 allowed, for tests).</source>
        <translation>签发的凭证有效 N 秒，不论请求的时长（允许低于 900，供测试使用）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also serve the ECS metadata routes under /latest/ (IMDSv2 tokens) for one role.</source>
        <translation>同时在 /latest/ 下为一个角色提供 ECS 元数据路由（IMDSv2 令牌）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The RAM role name the metadata routes serve.</source>
        <translation>元数据路由提供的 RAM 角色名称。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>[options]</source>
        <translation>[选项]</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--listen: &quot;%1&quot; is not HOST:PORT</source>
        <translation>--listen：“%1”不是 HOST:PORT 格式</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--access-key-id and --access-key-secret must be given together</source>
        <translation>--access-key-id 和 --access-key-secret 必须同时指定</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--access-key-id: the key and its secret must not be empty</source>
        <translation>--access-key-id：密钥及其 Secret 均不能为空</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--latency-ms: &quot;%1&quot; is not a number of milliseconds</source>
        <translation>--latency-ms：“%1”不是有效的毫秒数</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--%1: &quot;%2&quot; is not a rate from 0 to 1</source>
        <translation>--%1：“%2”不是 0 到 1 之间的比例</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--models: &quot;%1&quot; is not a number of models</source>
        <translation>--models：“%1”不是有效的模型数量</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--tls-cert and --tls-key must be given together</source>
        <translation>--tls-cert 和 --tls-key 必须同时指定</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--max-page-size: &quot;%1&quot; is not a positive number</source>
        <translation>--max-page-size：“%1”不是正数</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--sts-duration: &quot;%1&quot; is not a number of seconds from 1 to 43200</source>
        <translation>--sts-duration：“%1”不是 1 到 43200 之间的秒数</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--role needs --sts</source>
        <translation>--role 需要 --sts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--ecs-role needs --ecs-metadata</source>
        <translation>--ecs-role 需要 --ecs-metadata</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--tls-cert: %1</source>
        <translation>--tls-cert：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--data: %1</source>
        <translation>--data：%1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--listen: %1</source>
        <translation>--listen：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Sandbox listening on %1 with %n model(s). Stop it with Ctrl+C.</source>
        <translation>
            <numerusform>沙箱正在 %1 上监听，共有 %n 个模型。按 Ctrl+C 停止。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sandbox stopped.</source>
        <translation>沙箱已停止。</translation>
    </message>
</context>
<context>
    <name>cli::SignCommand</name>
    <message>
        <location filename="../src/cli/commands/signcommand.cpp" line="+17"/>
        <source>Sign a request described in a JSON file and print the signature parts.</source>
        <translation>对 JSON 文件描述的请求进行签名，并输出签名的各个部分。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signs the request in FILE with ACS3-HMAC-SHA256 and prints canonicalRequest, stringToSign, authorization and headersToSend as JSON.
FILE is a JSON object with method, pathname (already percent-encoded), query (names to decoded values), headers, body, accessKeyId, accessKeySecret and optionally securityToken. The x-acs-date and x-acs-signature-nonce headers, when given, are used as they are.</source>
        <translation>使用 ACS3-HMAC-SHA256 对 FILE 中的请求签名，并以 JSON 输出 canonicalRequest、stringToSign、authorization 和 headersToSend。
FILE 是一个 JSON 对象，包含 method、pathname（已进行百分号编码）、query（名称到解码后值的映射）、headers、body、accessKeyId、accessKeySecret，以及可选的 securityToken。若提供了 x-acs-date 和 x-acs-signature-nonce 请求头，将按原样使用。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The request description.</source>
        <translation>请求描述文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--request FILE</source>
        <translation>--request FILE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--request: a request file is required.</source>
        <translation>--request：需要指定请求文件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--request: cannot read %1: %2</source>
        <translation>--request：无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--request: %1 is not a JSON object (%2)</source>
        <translation>--request：%1 不是 JSON 对象（%2）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--request: %1 must be a non-empty string</source>
        <translation>--request：%1 必须为非空字符串</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--request: %1 must be a JSON object</source>
        <translation>--request：%1 必须为 JSON 对象</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--request: query.%1 must be a string</source>
        <translation>--request：query.%1 必须为字符串</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--request: headers.%1 must be a string</source>
        <translation>--request：headers.%1 必须为字符串</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--request: headers.x-acs-date must look like 2024-05-01T12:00:00Z</source>
        <translation>--request：headers.x-acs-date 的格式应类似 2024-05-01T12:00:00Z</translation>
    </message>
</context>
<context>
    <name>cli::VersionCommand</name>
    <message>
        <location filename="../src/cli/commands/versioncommand.cpp" line="+25"/>
        <source>Show, create, update or delete one model version (version ACTION --help).</source>
        <translation>显示、创建、更新或删除单个模型版本（version ACTION --help）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Usage: paidesk-cli version ACTION MODEL_ID [VERSION] [options]</source>
        <translation>用法：paidesk-cli version ACTION MODEL_ID [VERSION] [选项]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions:</source>
        <translation>操作：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>version: an action is required (get, create, update or delete)</source>
        <translation>version：需要指定操作（get、create、update 或 delete）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>version: unknown action &quot;%1&quot; (use get, create, update or delete)</source>
        <translation>version：未知操作“%1”（请使用 get、create、update 或 delete）</translation>
    </message>
</context>
<context>
    <name>cli::VersionCreateCommand</name>
    <message>
        <location filename="../src/cli/commands/versioncreatecommand.cpp" line="+14"/>
        <source>Create a model version; prints the name it got.</source>
        <translation>创建一个模型版本；输出它得到的名称。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Creates a version of the model and prints its name (with --output json, the version). Without --name the service numbers it (0.1.0, 0.2.0, ...).</source>
        <translation>创建模型的一个版本并输出其名称（使用 --output json 时输出该版本）。不指定 --name 时由服务自动编号（0.1.0、0.2.0……）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The model ID (model-...).</source>
        <translation>模型 ID（model-...）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>MODEL_ID --uri URI [options]</source>
        <translation>MODEL_ID --uri URI [选项]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--uri: Uri is required.</source>
        <translation>--uri：Uri 为必填项。</translation>
    </message>
</context>
<context>
    <name>cli::VersionDeleteCommand</name>
    <message>
        <location filename="../src/cli/commands/versiondeletecommand.cpp" line="+14"/>
        <source>Delete one model version.</source>
        <translation>删除单个模型版本。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The model ID (model-...).</source>
        <translation>模型 ID（model-...）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The version name, e.g. 1.0.0.</source>
        <translation>版本名称，例如 1.0.0。</translation>
    </message>
</context>
<context>
    <name>cli::VersionFlags</name>
    <message>
        <location filename="../src/cli/versionflags.cpp" line="+74"/>
        <source>Version name (VersionName) such as 1.0.0 or 2.3.4_beta; without it the service numbers the version.</source>
        <translation>版本名称（VersionName），如 1.0.0 或 2.3.4_beta；不指定时由服务自动编号。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the model files are (Uri): oss://bucket.endpoint/path/ or an http(s) URL.</source>
        <translation>模型文件所在位置（Uri）：oss://bucket.endpoint/path/ 或 http(s) URL。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description (VersionDescription).</source>
        <translation>描述（VersionDescription）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model format (FormatType), e.g. SavedModel or SafeTensors.</source>
        <translation>模型格式（FormatType），例如 SavedModel 或 SafeTensors。</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Framework (FrameworkType), e.g. PyTorch or TensorFlow.</source>
        <translation>框架（FrameworkType），例如 PyTorch 或 TensorFlow。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval status (ApprovalStatus): Pending, Approved or Rejected.</source>
        <translation>审批状态（ApprovalStatus）：Pending、Approved 或 Rejected。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the version comes from (SourceType), e.g. TrainingService.</source>
        <translation>版本来源类型（SourceType），例如 TrainingService。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ID of its source (SourceId).</source>
        <translation>来源的 ID（SourceId）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options as JSON text, e.g. {}; sent as a string.</source>
        <translation>以 JSON 文本表示的 Options，例如 {}；作为字符串发送。</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Metrics as a JSON object (at most %1 characters).</source>
        <translation>以 JSON 对象表示的 Metrics（最多 %1 个字符）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TrainingSpec as a JSON object.</source>
        <translation>以 JSON 对象表示的 TrainingSpec。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>InferenceSpec as a JSON object.</source>
        <translation>以 JSON 对象表示的 InferenceSpec。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ExtraInfo as a JSON object; nested values are kept.</source>
        <translation>以 JSON 对象表示的 ExtraInfo；嵌套值会保留。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A label; repeat for more. On update, the given labels replace all.</source>
        <translation>标签；可重复指定多个。更新时，指定的标签会替换全部现有标签。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>VersionName cannot be empty; leave the flag out to let the service number the version.</source>
        <translation>VersionName 不能为空；如需由服务自动编号，请不要使用此选项。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>not an object</source>
        <translation>不是对象</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be a JSON object (%2)</source>
        <translation>%1 必须是 JSON 对象（%2）</translation>
    </message>
</context>
<context>
    <name>cli::VersionGetCommand</name>
    <message>
        <location filename="../src/cli/commands/versiongetcommand.cpp" line="+13"/>
        <source>Show one model version with every field.</source>
        <translation>显示单个模型版本的全部字段。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The model ID (model-...).</source>
        <translation>模型 ID（model-...）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The version name, e.g. 1.0.0.</source>
        <translation>版本名称，例如 1.0.0。</translation>
    </message>
</context>
<context>
    <name>cli::VersionUpdateCommand</name>
    <message>
        <location filename="../src/cli/commands/versionupdatecommand.cpp" line="+16"/>
        <source>Change some fields or labels of a model version; --label sets the exact list of labels.</source>
        <translation>修改模型版本的部分字段或标签；--label 设置完整的标签列表。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Changes the given fields and labels of a model version; the others keep their values. VersionName, Uri, FormatType and FrameworkType cannot change once the version exists.</source>
        <translation>修改模型版本的指定字段和标签，其余字段保持原值。版本创建后，VersionName、Uri、FormatType 和 FrameworkType 不能再修改。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The model ID (model-...).</source>
        <translation>模型 ID（model-...）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The version name, e.g. 1.0.0.</source>
        <translation>版本名称，例如 1.0.0。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>MODEL_ID VERSION [options]</source>
        <translation>MODEL_ID VERSION [选项]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>version update: nothing to change; give at least one flag.</source>
        <translation>version update：没有要修改的内容；请至少指定一个选项。</translation>
    </message>
</context>
<context>
    <name>cli::VersionsCommand</name>
    <message>
        <location filename="../src/cli/commands/versionscommand.cpp" line="+14"/>
        <source>List the versions of one model, optionally filtered.</source>
        <translation>列出一个模型的版本，可按条件筛选。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lists every version of the model that matches the filters (ListModelVersions, every page).</source>
        <translation>列出该模型中符合筛选条件的全部版本（ListModelVersions，读取所有分页）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The model ID (model-...).</source>
        <translation>模型 ID（model-...）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only versions whose name matches this text.</source>
        <translation>仅名称匹配此文本的版本。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A label key or value matches this text.</source>
        <translation>标签键或值匹配此文本。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only this model format (FormatType), e.g. SavedModel.</source>
        <translation>仅此模型格式（FormatType），例如 SavedModel。</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Only this framework (FrameworkType), e.g. PyTorch.</source>
        <translation>仅此框架（FrameworkType），例如 PyTorch。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only this source type, e.g. TrainingService.</source>
        <translation>仅此来源类型，例如 TrainingService。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only this source ID.</source>
        <translation>仅此来源 ID。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only this approval status: Pending, Approved or Rejected.</source>
        <translation>仅此审批状态：Pending、Approved 或 Rejected。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sort field, e.g. GmtCreateTime.</source>
        <translation>排序字段，例如 GmtCreateTime。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FIELD</source>
        <translation>FIELD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sort order: ASC or DESC.</source>
        <translation>排序方向：ASC 或 DESC。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ASC|DESC</source>
        <translation>ASC|DESC</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>MODEL_ID [filters]</source>
        <translation>MODEL_ID [筛选条件]</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--order: &quot;%1&quot; is not ASC or DESC</source>
        <translation>--order：“%1”不是 ASC 或 DESC</translation>
    </message>
</context>
<context>
    <name>cli::WorkspacesCommand</name>
    <message>
        <location filename="../src/cli/commands/workspacescommand.cpp" line="+11"/>
        <source>List the workspaces.</source>
        <translation>列出工作空间。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lists every workspace the credentials can see.</source>
        <translation>列出当前凭据可见的全部工作空间。</translation>
    </message>
</context>
<context>
    <name>credentials</name>
    <message>
        <location filename="../src/credentials/profile.cpp" line="+193"/>
        <source>Profile name: enter a name.</source>
        <translation>身份配置名称：请输入名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile name: remove the spaces at the start or end.</source>
        <translation>身份配置名称：请删除开头或结尾的空格。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile name: use at most %1 characters.</source>
        <translation>身份配置名称：最多 %1 个字符。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Profile name: &apos;:&apos; and control characters are not allowed.</source>
        <translation>身份配置名称：不允许使用“:”和控制字符。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Region: choose a region.</source>
        <translation>地域：请选择地域。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Region: %1</source>
        <translation>地域：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Endpoint URL: enter the URL of the endpoint.</source>
        <translation>接入点 URL：请输入接入点的 URL。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Endpoint URL: %1</source>
        <translation>接入点 URL：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>AccessKey ID: enter the AccessKey ID.</source>
        <translation>AccessKey ID：请输入 AccessKey ID。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AccessKey ID: remove the spaces at the start or end.</source>
        <translation>AccessKey ID：请删除开头或结尾的空格。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Role ARN: enter the ARN of the role to assume.</source>
        <translation>角色 ARN：请输入要扮演的角色的 ARN。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role ARN: use the form acs:ram::&lt;account ID&gt;:role/&lt;role name&gt;.</source>
        <translation>角色 ARN：请使用 acs:ram::&lt;账号 ID&gt;:role/&lt;角色名称&gt; 格式。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Session name: use 2 to 64 letters, digits and the characters . @ - _.</source>
        <translation>会话名称：请使用 2 到 64 个字母、数字及字符 . @ - _。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Session duration: use 900 to 43200 seconds, or 0 for STS&apos;s default of 3600.</source>
        <translation>会话时长：请使用 900 到 43200 秒，或填 0 以使用 STS 默认的 3600 秒。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>STS endpoint: %1</source>
        <translation>STS 接入点：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>STS endpoint: the VPC host needs an STS region (sts_region).</source>
        <translation>STS 接入点：VPC 接入点需要 STS 地域（sts_region）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Source profile: choose the profile whose key assumes the role.</source>
        <translation>源身份配置：请选择用其密钥扮演该角色的身份配置。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source profile: a profile cannot be its own source.</source>
        <translation>源身份配置：身份配置不能以自身为源。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>OIDC provider ARN: use the form acs:ram::&lt;account ID&gt;:oidc-provider/&lt;provider name&gt;.</source>
        <translation>OIDC 提供商 ARN：请使用 acs:ram::&lt;账号 ID&gt;:oidc-provider/&lt;提供商名称&gt; 格式。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OIDC token file: enter the path of the token file.</source>
        <translation>OIDC 令牌文件：请输入令牌文件的路径。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ECS role name: use at most 64 letters, digits, &apos;.&apos; and &apos;-&apos;, or leave it empty for the role attached to the instance.</source>
        <translation>ECS 角色名称：最多使用 64 个字母、数字、“.”和“-”，留空则使用实例所绑定的角色。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Credentials URI: enter the URL that serves the credentials.</source>
        <translation>凭据 URI：请输入提供凭据的 URL。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Credentials URI: enter an http or https URL.</source>
        <translation>凭据 URI：请输入 http 或 https URL。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Command: enter the command that prints the credentials.</source>
        <translation>命令：请输入打印凭据的命令。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Profile &quot;%1&quot;, proxy: %2</source>
        <translation>身份配置“%1”，代理：%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Profile &quot;%1&quot;: %2</source>
        <translation>身份配置“%1”：%2</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>Proxy: %1</source>
        <translation>代理：%1</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>Source profile: the source profiles form a cycle: %1.</source>
        <translation>源身份配置：源身份配置构成了循环：%1。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Source profile: there is no profile named &quot;%1&quot;.</source>
        <translation>源身份配置：不存在名为“%1”的身份配置。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source profile: &quot;%1&quot; names the source profile &quot;%2&quot;, which does not exist.</source>
        <translation>源身份配置：“%1”指定的源身份配置“%2”不存在。</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>AccessKey</source>
        <translation>AccessKey</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AccessKey with STS token</source>
        <translation>AccessKey 与 STS Token</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RAM role, assumed with an AccessKey</source>
        <translation>RAM 角色（用 AccessKey 扮演）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RAM role, assumed with another profile</source>
        <translation>RAM 角色（用另一身份配置扮演）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ECS instance RAM role</source>
        <translation>ECS 实例 RAM 角色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OIDC role (Kubernetes RRSA)</source>
        <translation>OIDC 角色（Kubernetes RRSA）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credentials URI</source>
        <translation>凭据 URI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>External process</source>
        <translation>外部进程</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Proxy: remove the password from the URL; profiles are stored as plain settings. Set HTTPS_PROXY in the environment for a proxy that needs one.</source>
        <translation>代理：请从 URL 中删除密码；身份配置以普通设置形式保存。需要密码的代理请通过环境变量 HTTPS_PROXY 设置。</translation>
    </message>
    <message>
        <location filename="../src/credentials/providers/credentialreplies.cpp" line="+22"/>
        <source>The reply is too large.</source>
        <translation>应答过大。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The reply is not a JSON object.</source>
        <translation>应答不是 JSON 对象。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The reply has no %1 or %2.</source>
        <translation>应答中没有 %1 或 %2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+11"/>
        <source>The reply has no %1.</source>
        <translation>应答中没有 %1。</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The reply&apos;s %1 is not a UTC time: %2</source>
        <translation>应答中的 %1 不是 UTC 时间：%2</translation>
    </message>
    <message>
        <location filename="../src/credentials/environmentimporter.cpp" line="+44"/>
        <source>OIDC needs ALIBABA_CLOUD_ROLE_ARN, ALIBABA_CLOUD_OIDC_PROVIDER_ARN and ALIBABA_CLOUD_OIDC_TOKEN_FILE together; not all three are set.</source>
        <translation>OIDC 需要同时设置 ALIBABA_CLOUD_ROLE_ARN、ALIBABA_CLOUD_OIDC_PROVIDER_ARN 和 ALIBABA_CLOUD_OIDC_TOKEN_FILE；这三个变量没有全部设置。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The Terraform provider&apos;s assume_role is not imported: add a profile that assumes the role with the AccessKey&apos;s profile.</source>
        <translation>不导入 Terraform Provider 的 assume_role：请添加一个用该 AccessKey 的身份配置扮演此角色的身份配置。</translation>
    </message>
</context>
<context>
    <name>credentials::AliyunConfigFile</name>
    <message>
        <location filename="../src/credentials/providers/aliyunconfigfile.cpp" line="+39"/>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 不是 JSON 对象：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has no &quot;profiles&quot; list.</source>
        <translation>%1 中没有“profiles”列表。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>credentials::AliyunConfigImporter</name>
    <message>
        <location filename="../src/credentials/aliyunconfigimporter.cpp" line="+58"/>
        <source>%1, line %2, column %3: not valid JSON (%4).</source>
        <translation>%1，第 %2 行第 %3 列：不是有效的 JSON（%4）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the top level must be a JSON object.</source>
        <translation>%1：顶层必须为 JSON 对象。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: key &quot;profiles&quot; is missing or not a list.</source>
        <translation>%1：缺少键“profiles”，或其不是列表。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: profiles[%2] is not a JSON object.</source>
        <translation>%1：profiles[%2] 不是 JSON 对象。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: profiles[%2] has no key &quot;name&quot;.</source>
        <translation>%1：profiles[%2] 缺少键“name”。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: profile &quot;%2&quot; appears more than once.</source>
        <translation>%1：配置“%2”出现了多次。</translation>
    </message>
</context>
<context>
    <name>credentials::AliyunProfileMapping</name>
    <message>
        <location filename="../src/credentials/aliyunprofilemapping.cpp" line="+61"/>
        <source>The profile has no mode and not enough fields to tell one.</source>
        <translation>该身份配置没有模式，现有字段也不足以判断模式。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mode %1 is not supported. PaiDesk imports the modes %2.</source>
        <translation>不支持模式 %1。PaiDesk 可导入的模式：%2。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key &quot;%1&quot; is missing (mode %2).</source>
        <translation>缺少键“%1”（模式 %2）。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Mode RamRoleArn with an sts_token is not supported: the token would expire. Import the key&apos;s own profile and add a profile that assumes the role with it.</source>
        <translation>不支持带 sts_token 的 RamRoleArn 模式：该 Token 会过期。请导入该密钥自身的身份配置，再添加一个用它扮演角色的身份配置。</translation>
    </message>
</context>
<context>
    <name>credentials::AssumeRoleFetcher</name>
    <message>
        <location filename="../src/credentials/providers/stsfetchers.cpp" line="+155"/>
        <source>The source credentials are gone.</source>
        <translation>源凭证已不存在。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The source profile gave no usable key.</source>
        <translation>源身份配置未提供可用的密钥。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>source profile</source>
        <translation>源身份配置</translation>
    </message>
</context>
<context>
    <name>credentials::CredentialError</name>
    <message>
        <location filename="../src/credentials/providers/credentialfetcher.cpp" line="+19"/>
        <source>Profile &quot;%1&quot; (mode %2), step %3: %4</source>
        <translation>身份配置“%1”（模式 %2），步骤 %3：%4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Code: %1.</source>
        <translation>错误码 (Code)：%1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RequestId: %1.</source>
        <translation>请求 ID (RequestId)：%1。</translation>
    </message>
</context>
<context>
    <name>credentials::CredentialFetcher</name>
    <message>
        <location line="+37"/>
        <source>The session was closed.</source>
        <translation>会话已关闭。</translation>
    </message>
</context>
<context>
    <name>credentials::CredentialReplies</name>
    <message>
        <location filename="../src/credentials/providers/credentialreplies.cpp" line="+37"/>
        <source>The reply has no Credentials.</source>
        <translation>应答中没有 Credentials。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service refused the request.</source>
        <translation>服务拒绝了该请求。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The metadata service answered Code &quot;%1&quot; instead of Success.</source>
        <translation>元数据服务应答的 Code 为“%1”，而不是 Success。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The URI answered Code &quot;%1&quot; instead of Success.</source>
        <translation>该 URI 应答的 Code 为“%1”，而不是 Success。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The process printed mode &quot;%1&quot;; only AK and StsToken are accepted.</source>
        <translation>进程输出的模式为“%1”；只接受 AK 和 StsToken。</translation>
    </message>
</context>
<context>
    <name>credentials::CredentialsIniImporter</name>
    <message>
        <location filename="../src/credentials/credentialsiniimporter.cpp" line="+67"/>
        <source>%1, line %2: a section header must look like [name].</source>
        <translation>%1，第 %2 行：节标题的格式应为 [name]。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, line %2: section [%3] already appeared on line %4.</source>
        <translation>%1，第 %2 行：节 [%3] 已在第 %4 行出现过。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1, line %2: expected &quot;key = value&quot; or a [section] header.</source>
        <translation>%1，第 %2 行：应为“key = value”或 [section] 节标题。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, line %2: key &quot;%3&quot; is outside any section.</source>
        <translation>%1，第 %2 行：键“%3”不在任何节中。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The section is switched off (enable = false).</source>
        <translation>该节已停用（enable = false）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The section has no type.</source>
        <translation>该节没有 type。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type %1 is not supported; PaiDesk imports type access_key.</source>
        <translation>不支持 type %1；PaiDesk 可导入 type 为 access_key 的节。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, section [%2] (line %3): key &quot;%4&quot; is missing or empty.</source>
        <translation>%1，节 [%2]（第 %3 行）：键“%4”缺失或为空。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1, section [%2] (line %3): %4</source>
        <translation>%1，节 [%2]（第 %3 行）：%4</translation>
    </message>
</context>
<context>
    <name>credentials::CredentialsProvider</name>
    <message>
        <location filename="../src/credentials/credentialsprovider.cpp" line="+30"/>
        <source>There is no profile named &quot;%1&quot;, and no profiles exist yet.</source>
        <translation>不存在名为“%1”的身份配置，目前也还没有任何身份配置。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no profile named &quot;%1&quot;. Known profiles: %2.</source>
        <translation>不存在名为“%1”的身份配置。已有的身份配置：%2。</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+106"/>
        <source>The system keychain holds no AccessKey secret for profile &quot;%1&quot;, or it is locked. Unlock the keychain, or open the profile and enter the secret again.</source>
        <translation>系统钥匙串中没有身份配置“%1”的 AccessKey Secret，或钥匙串已锁定。请解锁钥匙串，或打开该身份配置重新输入 Secret。</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>The keychain holds no STS token for profile &quot;%1&quot;. Open the profile and enter the token again.</source>
        <translation>钥匙串中没有身份配置“%1”的 STS Token。请打开该身份配置重新输入 Token。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>profile &quot;%1&quot; (keychain)</source>
        <translation>身份配置“%1”（钥匙串）</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>profile &quot;%1&quot; (form)</source>
        <translation>身份配置“%1”（表单）</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>profile &quot;%1&quot; (%2)</source>
        <translation>身份配置“%1”（%2）</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>No credentials: pass --profile NAME, or set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET (or ALICLOUD_ACCESS_KEY and ALICLOUD_SECRET_KEY).</source>
        <translation>没有凭据：请传入 --profile NAME，或设置 ALIBABA_CLOUD_ACCESS_KEY_ID 和 ALIBABA_CLOUD_ACCESS_KEY_SECRET（或 ALICLOUD_ACCESS_KEY 和 ALICLOUD_SECRET_KEY）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>environment (%1)</source>
        <translation>环境变量（%1）</translation>
    </message>
</context>
<context>
    <name>credentials::CredentialsUriFetcher</name>
    <message>
        <location filename="../src/credentials/providers/localfetchers.cpp" line="+121"/>
        <source>%1 answered %2.</source>
        <translation>%1 的应答为 %2。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
</context>
<context>
    <name>credentials::EcsMetadataFetcher</name>
    <message>
        <location line="-78"/>
        <source>metadata token</source>
        <translation>元数据令牌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The metadata service at %1 gave no IMDSv2 token (%2), and IMDSv1 is disabled.</source>
        <translation>%1 上的元数据服务未提供 IMDSv2 令牌（%2），且 IMDSv1 已禁用。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+23"/>
        <location line="+19"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>metadata role name</source>
        <translation>元数据角色名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The metadata service at %1 named no RAM role (%2).</source>
        <translation>%1 上的元数据服务未给出 RAM 角色（%2）。</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+11"/>
        <source>metadata</source>
        <translation>元数据</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>The metadata service at %1 gave no credentials for role %2 (%3).</source>
        <translation>%1 上的元数据服务未提供角色 %2 的凭证（%3）。</translation>
    </message>
</context>
<context>
    <name>credentials::EnvironmentCredentials</name>
    <message>
        <location filename="../src/credentials/environmentcredentials.cpp" line="+48"/>
        <source>%1 is set but %2 is not; set both or neither.</source>
        <translation>已设置 %1，但未设置 %2；请同时设置或都不设置。</translation>
    </message>
</context>
<context>
    <name>credentials::EnvironmentImporter</name>
    <message>
        <location filename="../src/credentials/environmentimporter.cpp" line="+16"/>
        <source>environment</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No credentials are set in the environment (ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET, or ALICLOUD_ACCESS_KEY and ALICLOUD_SECRET_KEY; or the OIDC, ECS or credentials URI variables).</source>
        <translation>环境中没有设置凭据（ALIBABA_CLOUD_ACCESS_KEY_ID 和 ALIBABA_CLOUD_ACCESS_KEY_SECRET，或 ALICLOUD_ACCESS_KEY 和 ALICLOUD_SECRET_KEY；或 OIDC、ECS、凭据 URI 相关变量）。</translation>
    </message>
</context>
<context>
    <name>credentials::ExternalProcessFetcher</name>
    <message>
        <location filename="../src/credentials/providers/localfetchers.cpp" line="+67"/>
        <location line="+11"/>
        <location line="+16"/>
        <location line="+28"/>
        <location line="+5"/>
        <source>process</source>
        <translation>进程</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>The command did not finish within %1 s.</source>
        <translation>该命令未在 %1 秒内结束。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The process command is empty.</source>
        <translation>进程命令为空。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot start &quot;%1&quot;: %2</source>
        <translation>无法启动“%1”：%2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The command crashed.</source>
        <translation>该命令崩溃了。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command exited with code %1.</source>
        <translation>该命令以退出码 %1 结束。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its error output: %1</source>
        <translation>其错误输出：%1</translation>
    </message>
</context>
<context>
    <name>credentials::ImportReport</name>
    <message>
        <location filename="../src/credentials/importreport.cpp" line="+24"/>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 could not be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>credentials::KeychainError</name>
    <message>
        <location filename="../src/credentials/keychainerror.cpp" line="+61"/>
        <source>No system keychain is available, so PaiDesk cannot store or read secrets. PaiDesk needs a Secret Service (such as GNOME Keyring or KWallet) on the D-Bus session bus. Log in to a desktop session, or start one with &quot;gnome-keyring-daemon --start --components=secrets&quot;, and try again.</source>
        <translation>没有可用的系统钥匙串，PaiDesk 无法保存或读取 Secret。PaiDesk 需要 D-Bus 会话总线上的 Secret Service（例如 GNOME Keyring 或 KWallet）。请登录桌面会话，或运行“gnome-keyring-daemon --start --components=secrets”启动一个，然后重试。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The system keychain is locked (or has no default keyring yet) and could not be unlocked. Unlock it, for example in Passwords and Keys or by logging in again, and try again.</source>
        <translation>系统钥匙串已锁定（或尚无默认密钥环），且无法解锁。请解锁后重试，例如在“密码和密钥”中解锁，或重新登录。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The system keychain refused access to PaiDesk&apos;s entries. Allow PaiDesk to use the keychain when it asks, or check the keychain&apos;s access settings, and try again.</source>
        <translation>系统钥匙串拒绝 PaiDesk 访问其条目。请在钥匙串询问时允许 PaiDesk 使用，或检查钥匙串的访问设置，然后重试。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The system keychain reported an error.</source>
        <translation>系统钥匙串报告了一个错误。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(Keychain: %1)</source>
        <translation>（钥匙串：%1）</translation>
    </message>
</context>
<context>
    <name>credentials::OidcFetcher</name>
    <message>
        <location filename="../src/credentials/providers/stsfetchers.cpp" line="+31"/>
        <location line="+6"/>
        <source>OIDC token file</source>
        <translation>OIDC 令牌文件</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Cannot read the OIDC token file %1: %2</source>
        <translation>无法读取 OIDC 令牌文件 %1：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The OIDC token file %1 is empty.</source>
        <translation>OIDC 令牌文件 %1 为空。</translation>
    </message>
</context>
<context>
    <name>credentials::ProfileImporter</name>
    <message>
        <location filename="../src/credentials/profileimporter.cpp" line="+46"/>
        <location line="+22"/>
        <location line="+56"/>
        <location line="+25"/>
        <source>Profile &quot;%1&quot;: %2</source>
        <translation>身份配置“%1”：%2</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Profile &quot;%1&quot;: the AccessKey secret is empty.</source>
        <translation>身份配置“%1”：AccessKey Secret 为空。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Profile &quot;%1&quot; appears twice in the import.</source>
        <translation>身份配置“%1”在导入内容中出现了两次。</translation>
    </message>
</context>
<context>
    <name>credentials::ProfileStore</name>
    <message>
        <location filename="../src/credentials/profilestore.cpp" line="+107"/>
        <source>Profile name: a profile named &quot;%1&quot; already exists.</source>
        <translation>身份配置名称：已存在名为“%1”的身份配置。</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+22"/>
        <source>Profile &quot;%1&quot;: %2</source>
        <translation>身份配置“%1”：%2</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Could not save the profiles to %1.</source>
        <translation>无法将身份配置保存到 %1。</translation>
    </message>
</context>
<context>
    <name>credentials::ProviderBuilder</name>
    <message>
        <location filename="../src/credentials/providers/providerbuilder.cpp" line="+126"/>
        <source>The source profiles form a cycle: %1.</source>
        <translation>源身份配置形成了循环：%1。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>不存在名为“%1”的身份配置。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile &quot;%1&quot; names the source profile &quot;%2&quot;, which does not exist.</source>
        <translation>身份配置“%1”指定的源身份配置“%2”不存在。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Profile &quot;%1&quot; (mode %2) has no %3.</source>
        <translation>身份配置“%1”（模式 %2）没有 %3。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Profile &quot;%1&quot; (mode %2): %3</source>
        <translation>身份配置“%1”（模式 %2）：%3</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Profile &quot;%1&quot; uses mode %2, which ALIBABA_CLOUD_DISABLE_EXTERNAL_PROCESS turns off.</source>
        <translation>身份配置“%1”使用的模式 %2 已被 ALIBABA_CLOUD_DISABLE_EXTERNAL_PROCESS 关闭。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Profile &quot;%1&quot; (mode %2): &quot;%3&quot; is not an http or https URL.</source>
        <translation>身份配置“%1”（模式 %2）：“%3”不是 http 或 https URL。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Profile &quot;%1&quot; has no mode, and none can be told from its fields.</source>
        <translation>身份配置“%1”没有模式，也无法从其字段推断出模式。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile &quot;%1&quot; uses mode %2, which PaiDesk does not support. Supported modes: %3.</source>
        <translation>身份配置“%1”使用的模式 %2 不受 PaiDesk 支持。支持的模式：%3。</translation>
    </message>
</context>
<context>
    <name>credentials::RefreshingCredentials</name>
    <message>
        <location filename="../src/credentials/providers/refreshingcredentials.cpp" line="+60"/>
        <source>expiry check</source>
        <translation>过期检查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The credentials received had already expired at %1.</source>
        <translation>收到的凭证已于 %1 过期。</translation>
    </message>
</context>
<context>
    <name>credentials::StsFetcher</name>
    <message>
        <location filename="../src/credentials/providers/stsfetchers.cpp" line="-87"/>
        <source>No answer from %1: %2</source>
        <translation>%1 没有应答：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The service answered HTTP %1.</source>
        <translation>服务应答了 HTTP %1。</translation>
    </message>
</context>
<context>
    <name>credentials::StsRequests</name>
    <message>
        <location line="-69"/>
        <source>The STS endpoint &quot;%1&quot; is not an https URL (http is allowed on loopback only).</source>
        <translation>STS 接入点“%1”不是 https URL（仅回环地址允许 http）。</translation>
    </message>
</context>
<context>
    <name>drift::DriftScan</name>
    <message>
        <location filename="../src/drift/driftscan.cpp" line="+44"/>
        <source>There is no connection.</source>
        <translation>尚未连接。</translation>
    </message>
</context>
<context>
    <name>gui::AboutDialog</name>
    <message>
        <location filename="../src/gui/mainwindow/aboutdialog.cpp" line="+37"/>
        <source>&lt;b&gt;PaiDesk %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;PaiDesk %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>基于 Qt %1 构建，运行于 Qt %2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>gui::ActivityLogModel</name>
    <message>
        <location filename="../src/gui/models/activitylogmodel.cpp" line="+127"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code</source>
        <translation>错误码 (Code)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RequestId</source>
        <translation>请求 ID (RequestId)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retries</source>
        <translation>重试次数</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 · %2 · %3</source>
        <extracomment>The last request in one line: operation, HTTP status or outcome, time</extracomment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · %2 · RequestId %3 · %4</source>
        <extracomment>The last request in one line: operation, HTTP status or outcome, RequestId, time</extracomment>
        <translation>%1 · %2 · 请求 ID %3 · %4</translation>
    </message>
</context>
<context>
    <name>gui::ActivityLogPanel</name>
    <message>
        <location filename="../src/gui/browse/activitylogpanel.cpp" line="+105"/>
        <source>Expand or Collapse the Activity Log</source>
        <translation>展开或收起活动日志</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>No requests yet.</source>
        <translation>尚无请求。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Hide Requests</source>
        <translation>隐藏请求列表</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show Requests</source>
        <translation>显示请求列表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show only the last request (%1)</source>
        <translation>只显示最后一个请求（%1）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show every request (%1)</source>
        <translation>显示所有请求（%1）</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>There is no activity to save.</source>
        <translation>没有可保存的活动记录。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+6"/>
        <source>Save Activity Log</source>
        <translation>保存活动日志</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>Copy the Selected Log Rows</source>
        <translation>复制所选日志行</translation>
    </message>
</context>
<context>
    <name>gui::BulkEditDialog</name>
    <message>
        <location filename="../src/gui/bulk/bulkeditdialog.cpp" line="+101"/>
        <source>Unchanged</source>
        <translation>不变</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Review…</source>
        <translation>检查(&amp;R)…</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Selected &amp;models (%n)</source>
        <translation>
            <numerusform>所选模型（%n）(&amp;M)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Every model &amp;shown (%n)</source>
        <translation>
            <numerusform>显示的全部模型（%n）(&amp;S)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Delete Models</source>
        <translation>删除模型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit Models</source>
        <translation>编辑模型</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Labels to add, row %1: %2</source>
        <translation>要添加的标签，第 %1 行：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Labels to add, row %1: the key &quot;%2&quot; is already in an earlier row; each key can be added once.</source>
        <translation>要添加的标签，第 %1 行：键“%2”已在前面的行中；每个键只能添加一次。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Extra information to set, row %1: the key is empty.</source>
        <translation>要设置的扩展信息，第 %1 行：键为空。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extra information to set, row %1: the key &quot;%2&quot; is already in an earlier row; each key can be set once.</source>
        <translation>要设置的扩展信息，第 %1 行：键“%2”已在前面的行中；每个键只能设置一次。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Extra information to set, row %1 (&quot;%2&quot;): the value must be one JSON value, such as &quot;text&quot; in quotes, 3, true or {&quot;a&quot;: 1}.</source>
        <translation>要设置的扩展信息，第 %1 行（“%2”）：值必须是一个 JSON 值，例如带引号的 &quot;text&quot;、3、true 或 {&quot;a&quot;: 1}。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Models to change: none is chosen. Select rows in the table, or choose every model shown.</source>
        <translation>要修改的模型：尚未选择。请在表格中选择行，或选择显示的全部模型。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to do yet: add a label, remove a key, set the accessibility or choose delete.</source>
        <translation>尚无操作：请添加标签、移除键、设置可见性或选择删除。</translation>
    </message>
</context>
<context>
    <name>gui::BulkPlanModel</name>
    <message numerus="yes">
        <location filename="../src/gui/bulk/bulkplanmodel.cpp" line="+63"/>
        <source>Delete: %n request(s)</source>
        <translation>
            <numerusform>删除：%n 个请求</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n write(s)</source>
        <translation>
            <numerusform>%n 次写入</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>write</source>
        <translation>写入</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Model / request</source>
        <translation>模型 / 请求</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID / purpose</source>
        <translation>ID / 用途</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes / operation</source>
        <translation>修改 / 操作</translation>
    </message>
</context>
<context>
    <name>gui::BulkProgressDialog</name>
    <message>
        <location filename="../src/gui/bulk/bulkprogressdialog.cpp" line="+67"/>
        <source>Reading Models</source>
        <translation>正在读取模型</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Reading the models fresh before planning: %1 of %n.</source>
        <translation>
            <numerusform>规划前重新读取模型：%1 / %n。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Undoing Changes to Models</source>
        <translation>正在撤销对模型的修改</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changing Models</source>
        <translation>正在修改模型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending the changes, a few models at a time.</source>
        <translation>正在发送修改，每次处理几个模型。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Done: %1   Failed: %2   Skipped: %3   Pending: %4 (%5 running)</source>
        <translation>完成：%1   失败：%2   跳过：%3   待处理：%4（%5 个进行中）</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Canceling: no more models are started. The %n model(s) in flight finish first, so the result says exactly what changed.</source>
        <translation>
            <numerusform>正在取消：不再开始新的模型。进行中的 %n 个模型先完成，因此结果会准确说明修改了什么。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Canceled. %1 The pending models were never started; nothing was sent for them.</source>
        <translation>已取消。%1 待处理的模型从未开始；没有为它们发送任何请求。</translation>
    </message>
</context>
<context>
    <name>gui::BulkResultModel</name>
    <message>
        <location filename="../src/gui/bulk/bulkresultmodel.cpp" line="+65"/>
        <source>Pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code</source>
        <translation>错误码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RequestId</source>
        <translation>请求 ID</translation>
    </message>
</context>
<context>
    <name>gui::BulkReviewDialog</name>
    <message>
        <location filename="../src/gui/bulk/bulkreviewdialog.cpp" line="+42"/>
        <source>&amp;Run Undo</source>
        <translation>执行撤销(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete Models</source>
        <translation>删除模型(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Run</source>
        <translation>执行(&amp;R)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 Nothing would be sent.</source>
        <translation>%1 不会发送任何请求。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo: each model gets back the values it had before the run.</source>
        <translation>撤销：每个模型恢复为执行前的值。</translation>
    </message>
</context>
<context>
    <name>gui::ConflictDialog</name>
    <message>
        <location filename="../src/gui/editor/conflictdialog.cpp" line="+73"/>
        <source>&amp;Overwrite with my values</source>
        <translation>用我的值覆盖(&amp;O)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The model &quot;%1&quot; (ID %2) was changed on the server at %3, after you opened it (%4). Saving now overwrites the server&apos;s values with yours for the fields you changed.</source>
        <translation>模型“%1”（ID %2）在您打开之后（%4）于 %3 在服务器上被修改。现在保存，您修改过的字段将用您的值覆盖服务器上的值。</translation>
    </message>
</context>
<context>
    <name>gui::ConnectionTester</name>
    <message>
        <location filename="../src/gui/profiles/connectiontester.cpp" line="+51"/>
        <location line="+21"/>
        <source>Connection failed. %1</source>
        <translation>连接失败。%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>temporary credentials</source>
        <translation>临时凭据</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected to %1 as %2, with credentials that expire at %3 (refreshed before then). RequestId: %4</source>
        <translation>已以 %2 的身份连接到 %1，凭据于 %3 到期（到期前会刷新）。RequestId：%4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connected to %1 as %2. RequestId: %3</source>
        <translation>已以 %2 的身份连接到 %1。RequestId：%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connected to %1. RequestId: %2</source>
        <translation>已连接到 %1。RequestId：%2</translation>
    </message>
</context>
<context>
    <name>gui::CopyToWorkspaceDialog</name>
    <message>
        <location filename="../src/gui/gallery/copytoworkspacedialog.cpp" line="+49"/>
        <source>%1 (%2)</source>
        <extracomment>A workspace&apos;s name and, in brackets, its ID</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Choose the workspace to copy into.</source>
        <translation>请选择要复制到的工作空间。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The model has no version, so the copy starts without one.</source>
        <translation>该模型没有版本，因此副本创建时也没有版本。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Review…</source>
        <translation>审阅(&amp;R)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A private model of your own is created in the workspace, with the metadata, labels and extra information of &quot;%1&quot; (%2). You review the exact requests before anything is sent.</source>
        <translation>将在工作空间中创建一个您自己的私有模型，带有“%1”（%2）的元数据、标签和附加信息。发送任何内容之前，您会先审阅确切的请求。</translation>
    </message>
</context>
<context>
    <name>gui::DetailsPane</name>
    <message>
        <location filename="../src/gui/browse/detailspane.cpp" line="+240"/>
        <source>Edit this model here, in place (%1)</source>
        <translation>在此处就地编辑此模型（%1）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select a model to see its details.</source>
        <translation>选择一个模型以查看其详情。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra Info</source>
        <translation>扩展信息</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Labels (%L1)</source>
        <translation>标签（%L1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extra Info (%L1)</source>
        <translation>扩展信息（%L1）</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>A private copy of this gallery model, in a workspace of yours, which you can change</source>
        <translation>在您的工作空间中创建此广场模型的私有副本，副本可以修改</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>None: a public model of the Model Gallery</source>
        <translation>无：模型广场的公开模型</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Versions (%L1)</source>
        <translation>版本（%L1）</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Could not load model %1</source>
        <translation>无法加载模型 %1</translation>
    </message>
</context>
<context>
    <name>gui::DiagnosticsReport</name>
    <message>
        <location filename="../src/gui/common/diagnosticsreport.cpp" line="+43"/>
        <source>PaiDesk %1</source>
        <translation>PaiDesk %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qt: built with %1, running %2</source>
        <translation>Qt：构建版本 %1，运行版本 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platform: %1 (%2, %3)</source>
        <translation>平台：%1（%2，%3）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Locale: %1, interface: %2</source>
        <translation>区域设置：%1，界面语言：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Endpoint host: %1</source>
        <translation>接入点主机：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recent errors: none</source>
        <translation>最近的错误：无</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recent errors (newest last):</source>
        <translation>最近的错误（最新的在最后）：</translation>
    </message>
</context>
<context>
    <name>gui::DriftTableModel</name>
    <message>
        <location filename="../src/gui/drift/drifttablemodel.cpp" line="+28"/>
        <source>In sync</source>
        <translation>一致</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drifted</source>
        <translation>已漂移</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing</source>
        <translation>已缺失</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tainted</source>
        <translation>已污染</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unmanaged</source>
        <translation>未托管</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(not in the state)</source>
        <translation>（不在状态中）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, version %2</source>
        <translation>%1，版本 %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed fields</source>
        <translation>变化的字段</translation>
    </message>
</context>
<context>
    <name>gui::DriftWindow</name>
    <message>
        <location filename="../src/gui/drift/driftwindow.cpp" line="+56"/>
        <source>(unset)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>There is no connection.</source>
        <translation>尚未连接。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading the live models: %1 of %2</source>
        <translation>正在读取线上模型：%1 / %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the live models…</source>
        <translation>正在读取线上模型…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Reading was canceled; the table shows the last complete comparison.</source>
        <translation>读取已取消；表格显示上一次完整的比较结果。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1: %n instance(s)</source>
        <translation>
            <numerusform>%1：%n 个实例</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, serial %1, lineage %2</source>
        <translation>，序号 %1，谱系 %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n unmanaged model(s) left out by the ignore list.</source>
        <translation>
            <numerusform>忽略列表排除了 %n 个未托管模型。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The live model holds what the state holds.</source>
        <translation>线上模型与状态中的内容一致。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In sync: only the order of the labels differs, which the provider does not count as a change.</source>
        <translation>一致：只有标签的顺序不同，Provider 不把它算作变更。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The live model was changed outside Terraform. Revert Live to State writes the state&apos;s values back; or update the configuration to keep the change.</source>
        <translation>线上模型在 Terraform 之外被修改过。“将线上还原为状态”会写回状态中的值；若要保留此修改，请更新配置。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The state tracks this model, but the cloud answers that it does not exist. terraform apply would create it again; terraform state rm forgets it.</source>
        <translation>状态中记录了此模型，但云端答复它不存在。terraform apply 会重新创建它；terraform state rm 会将其从状态中移除。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The state marks this instance for replacement: the next terraform apply deletes and creates it.</source>
        <translation>状态将此实例标记为待替换：下一次 terraform apply 会删除并重新创建它。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No state tracks this model. Export Unmanaged writes it as HCL with an import block, so Terraform can adopt it; Ignore hides it from later comparisons.</source>
        <translation>没有任何状态记录此模型。“导出未托管模型”会将其写成带 import 块的 HCL，以便 Terraform 接管；“忽略”会在以后的比较中隐藏它。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Select a finding to see how the state and the live model differ.</source>
        <translation>选择一条结果，查看状态与线上模型的差异。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (order only)</source>
        <translation>%1（仅顺序不同）</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Revert live to state</source>
        <translation>将线上还原为状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the values of %1 to the live model &quot;%2&quot; (ID %3)? What was changed in the console is overwritten.</source>
        <translation>将 %1 的值写入线上模型“%2”（ID %3）？在控制台中所做的更改将被覆盖。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Revert</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reverting model &quot;%1&quot; (ID %2) to the Terraform state</source>
        <translation>正在将模型“%1”（ID %2）还原为 Terraform 状态</translation>
    </message>
</context>
<context>
    <name>gui::ErrorBanner</name>
    <message>
        <location filename="../src/gui/common/errorbanner.cpp" line="+53"/>
        <source>Code: %1</source>
        <translation>错误码 (Code)：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP status: %1</source>
        <translation>HTTP 状态码：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RequestId: %1</source>
        <translation>请求 ID (RequestId)：%1</translation>
    </message>
</context>
<context>
    <name>gui::ExportDialog</name>
    <message>
        <location filename="../src/gui/export/exportdialog.cpp" line="+49"/>
        <source>Literal ID</source>
        <translation>直接写入 ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Variable (var.workspace_id)</source>
        <translation>变量（var.workspace_id）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workspace resource, exported too</source>
        <translation>工作空间资源（一并导出）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>alicloud_pai_workspace_model (provider 1.249.0 or later)</source>
        <translation>alicloud_pai_workspace_model（provider 1.249.0 或更高版本）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>alicloud_p_a_i_workspace_model (older name)</source>
        <translation>alicloud_p_a_i_workspace_model（旧名称）</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Export %n model(s) as Terraform</source>
        <translation>
            <numerusform>将 %n 个模型导出为 Terraform</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
        <source>%n warning(s):</source>
        <translation>
            <numerusform>%n 条警告：</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reads every version of the exported models from the service</source>
        <translation>从服务读取所导出模型的全部版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versions are read from the service: export from a connected window</source>
        <translation>版本需要从服务读取：请在已连接的窗口中导出</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n version(s) read.</source>
        <translation>
            <numerusform>已读取 %n 个版本。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The versions could not be read: %1</source>
        <translation>无法读取版本：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Reading the versions of %n model(s)…</source>
        <translation>
            <numerusform>正在读取 %n 个模型的版本…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save Terraform file</source>
        <translation>保存 Terraform 文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terraform files (*.tf)</source>
        <translation>Terraform 文件 (*.tf)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save failed</source>
        <translation>保存失败</translation>
    </message>
</context>
<context>
    <name>gui::ExtraInfoEditModel</name>
    <message>
        <location filename="../src/gui/editor/extrainfoeditmodel.cpp" line="+104"/>
        <source>String</source>
        <translation>字符串</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>%1 must be a number, such as 42 or 1.5, not &quot;%2&quot;.</source>
        <translation>%1 必须为数字，例如 42 或 1.5，而不是“%2”。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 must be true or false, not &quot;%2&quot;.</source>
        <translation>%1 必须为 true 或 false，而不是“%2”。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not valid JSON (%2).</source>
        <translation>%1 不是有效的 JSON（%2）。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>ExtraInfo row %1: the key must not be empty.</source>
        <translation>扩展信息 (ExtraInfo) 第 %1 行：键不能为空。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the key is already used by another row.</source>
        <translation>%1：该键已被另一行使用。</translation>
    </message>
</context>
<context>
    <name>gui::ExtraInfoModel</name>
    <message>
        <location filename="../src/gui/models/extrainfomodel.cpp" line="+52"/>
        <source>object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>array</source>
        <translation>数组</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
</context>
<context>
    <name>gui::FilterChips</name>
    <message>
        <location filename="../src/gui/browse/filterchips.cpp" line="+104"/>
        <source>Server filters:</source>
        <translation>服务端筛选：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2
Remove this filter and list the models again</source>
        <translation>%1：%2
移除此筛选条件并重新列出模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the filter %1: %2</source>
        <translation>移除筛选条件 %1：%2</translation>
    </message>
</context>
<context>
    <name>gui::IgnoreListDialog</name>
    <message>
        <location filename="../src/gui/drift/ignorelistdialog.cpp" line="+42"/>
        <source>No entries: every unmanaged model is reported.</source>
        <translation>没有条目：会报告所有未托管的模型。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n entry(s).</source>
        <translation>
            <numerusform>%n 项。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gui::LabelEditModel</name>
    <message>
        <location filename="../src/gui/editor/labeleditmodel.cpp" line="+86"/>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Key in label row %1</source>
        <translation>标签第 %1 行的键</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value in label row %1</source>
        <translation>标签第 %1 行的值</translation>
    </message>
</context>
<context>
    <name>gui::LabelTableModel</name>
    <message>
        <location filename="../src/gui/models/labeltablemodel.cpp" line="+37"/>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
</context>
<context>
    <name>gui::MainWindow</name>
    <message>
        <location filename="../src/gui/mainwindow/mainwindow.cpp" line="+445"/>
        <source>&amp;Activity Log</source>
        <translation>活动日志(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile</source>
        <translation>身份配置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endpoint</source>
        <translation>接入点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection state</source>
        <translation>连接状态</translation>
    </message>
    <message>
        <location line="+738"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location line="-732"/>
        <location line="+146"/>
        <source>PaiDesk</source>
        <translation>PaiDesk</translation>
    </message>
    <message>
        <location line="-270"/>
        <location line="+5"/>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Creation time</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ascending</source>
        <translation>升序</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Descending</source>
        <translation>降序</translation>
    </message>
    <message>
        <location line="+120"/>
        <location line="+146"/>
        <source>PaiDesk – %1</source>
        <translation>PaiDesk – %1</translation>
    </message>
    <message>
        <location line="+319"/>
        <source>Name of the view (the filters, in the Model Gallery):</source>
        <translation>视图名称（筛选条件，适用于模型广场）：</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Could not list the models</source>
        <translation>无法列出模型</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not list the workspaces</source>
        <translation>无法列出工作空间</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>The Model Gallery lists the models of the provider %1.</source>
        <translation>模型广场列出提供方 %1 的模型。</translation>
    </message>
    <message numerus="yes">
        <location line="+68"/>
        <source>The listing may be incomplete (%n warning(s)): %1</source>
        <translation>
            <numerusform>列表可能不完整（%n 条警告）：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%1 – %Ln shown</source>
        <translation>
            <numerusform>%1 – 显示 %Ln 个</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (incomplete)</source>
        <translation>%1（不完整）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (canceled)</source>
        <translation>%1（已取消）</translation>
    </message>
    <message>
        <location line="-228"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation>提供方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collections</source>
        <translation>合集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>标记</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conditions</source>
        <translation>条件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sort</source>
        <translation>排序</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <location line="+370"/>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unreachable: %1</source>
        <translation>无法访问：%1</translation>
    </message>
    <message>
        <location line="-281"/>
        <source>Saved the view &quot;%1&quot;.</source>
        <translation>已保存视图“%1”。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save View</source>
        <translation>保存视图</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name of the view (the filters, in whichever workspace is listed):</source>
        <translation>视图名称（筛选条件，适用于当前列出的任一工作空间）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the view (the filters and the workspace %1):</source>
        <translation>视图名称（筛选条件及工作空间 %1）：</translation>
    </message>
    <message>
        <location line="+294"/>
        <source>No profile</source>
        <translation>无身份配置</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Profile: %1 (sandbox)</source>
        <translation>身份配置：%1（沙箱）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile: %1</source>
        <translation>身份配置：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region: %1</source>
        <translation>地域：%1</translation>
    </message>
    <message>
        <location line="-281"/>
        <source>Deleted the view &quot;%1&quot;.</source>
        <translation>已删除视图“%1”。</translation>
    </message>
    <message>
        <location line="+360"/>
        <source>Created the model &quot;%1&quot; (ID %2).</source>
        <translation>已创建模型“%1”（ID %2）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created the model &quot;%1&quot; (ID %2). The list shown does not include it: it is in another workspace, or the list is still loading.</source>
        <translation>已创建模型“%1”（ID %2）。当前列表中没有它：它在其他工作空间中，或列表仍在加载。</translation>
    </message>
    <message>
        <location line="+105"/>
        <location line="+23"/>
        <source>Compare with Terraform State</source>
        <translation>与 Terraform 状态比较</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Terraform state (*.tfstate *.tfstate.backup *.json)</source>
        <translation>Terraform 状态 (*.tfstate *.tfstate.backup *.json)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The state cannot be compared.

%1</source>
        <translation>无法比较该状态。

%1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Preparing the export…</source>
        <translation>正在准备导出…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The models could not be read for the export.

%1</source>
        <translation>无法读取要导出的模型。

%1</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Diagnostics copied to the clipboard (no keys or tokens).</source>
        <translation>诊断信息已复制到剪贴板（不含密钥和令牌）。</translation>
    </message>
    <message>
        <location line="-269"/>
        <source>Saved the model &quot;%1&quot;.</source>
        <translation>已保存模型“%1”。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Deleted the model %1.</source>
        <translation>已删除模型 %1。</translation>
    </message>
    <message>
        <location line="+176"/>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copied the Terraform code to the clipboard.</source>
        <translation>已将 Terraform 代码复制到剪贴板。</translation>
    </message>
    <message>
        <location line="-1275"/>
        <location line="+1354"/>
        <source>Copied the model ID %1.</source>
        <translation>已复制模型 ID %1。</translation>
    </message>
    <message>
        <location line="-369"/>
        <source>Sandbox: the models are made up and live only on this computer, in memory; changes are lost when PaiDesk closes. Nothing is sent to Alibaba Cloud.</source>
        <translation>沙箱：这些模型是虚构的，只存在于本机内存中；关闭 PaiDesk 后修改将丢失。不会向阿里云发送任何内容。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sandbox: the models are made up and live only on this computer; changes are kept in %1. Nothing is sent to Alibaba Cloud.</source>
        <translation>沙箱：这些模型是虚构的，只存在于本机；修改保存在 %1 中。不会向阿里云发送任何内容。</translation>
    </message>
    <message>
        <location line="-412"/>
        <source>Query</source>
        <translation>查询</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain</source>
        <translation>领域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>gui::ModelCopier</name>
    <message>
        <location filename="../src/gui/gallery/modelcopier.cpp" line="+66"/>
        <source>Reading model %1</source>
        <translation>正在读取模型 %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Copying &quot;%1&quot; into the workspace %2</source>
        <translation>正在将“%1”复制到工作空间 %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Registering the first version of &quot;%1&quot; (ID %2)</source>
        <translation>正在登记“%1”（ID %2）的第一个版本</translation>
    </message>
</context>
<context>
    <name>gui::ModelEditor</name>
    <message>
        <location filename="../src/gui/editor/modeleditor.cpp" line="+89"/>
        <source>ExtraInfo (raw JSON) is not valid JSON at line %1, column %2: %3.</source>
        <translation>扩展信息 (ExtraInfo，原始 JSON) 不是有效的 JSON，位于第 %1 行第 %2 列：%3。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ExtraInfo (raw JSON) must be a JSON object, such as {&quot;key&quot;: &quot;value&quot;}.</source>
        <translation>扩展信息 (ExtraInfo，原始 JSON) 必须为 JSON 对象，例如 {&quot;key&quot;: &quot;value&quot;}。</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Review and send the changes (%1)</source>
        <translation>确认并发送修改（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Private (PRIVATE)</source>
        <translation>私有（PRIVATE）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public (PUBLIC)</source>
        <translation>公开（PUBLIC）</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>(the service&apos;s default workspace)</source>
        <translation>（服务的默认工作空间）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>New model</source>
        <translation>新建模型</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Stop Editing the Model</source>
        <translation>结束编辑模型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the model instead of the form (%1)</source>
        <translation>显示模型而不是表单（%1）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Model &quot;%1&quot; (ID %2)</source>
        <translation>模型“%1”（ID %2）</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Reading model %1</source>
        <translation>正在读取模型 %1</translation>
    </message>
    <message>
        <location line="+213"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot save: %1</source>
        <translation>无法保存：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Cannot save: %1 (and %n more problem(s))</source>
        <translation>
            <numerusform>无法保存：%1（另有 %n 个问题）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No changes to save.</source>
        <translation>没有需要保存的修改。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New model: fill in its name to save it.</source>
        <translation>新模型：填写名称后即可保存。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot save: not connected to a service.</source>
        <translation>无法保存：未连接到服务。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New model, not saved yet.</source>
        <translation>新模型，尚未保存。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unsaved changes.</source>
        <translation>有未保存的修改。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Labels (%1)</source>
        <translation>标签 (%1)(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xtra information (%1)</source>
        <translation>扩展信息 (%1)(&amp;X)</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Creating model &quot;%1&quot;</source>
        <translation>正在创建模型“%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving model &quot;%1&quot; (ID %2)</source>
        <translation>正在保存模型“%1”（ID %2）</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The form keeps your values.</source>
        <translation>表单保留了您输入的值。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Delete model</source>
        <translation>删除模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the model &quot;%1&quot; (ID %2)? This cannot be undone.</source>
        <translation>确定删除模型“%1”（ID %2）吗？此操作无法撤销。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deleting model &quot;%1&quot; (ID %2)</source>
        <translation>正在删除模型“%1”（ID %2）</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new model has not been saved.</source>
        <translation>新模型尚未保存。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model &quot;%1&quot; has unsaved changes.</source>
        <translation>模型“%1”有未保存的修改。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Do you want to save them?</source>
        <translation>是否保存这些修改？</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <location line="-584"/>
        <source>Save the Model in the Editor</source>
        <translation>保存编辑器中的模型</translation>
    </message>
</context>
<context>
    <name>gui::ModelListLoader</name>
    <message>
        <location filename="../src/gui/browse/modellistloader.cpp" line="+40"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %Ln loaded</source>
        <translation>
            <numerusform>已加载 %1/%Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gui::ModelTableModel</name>
    <message>
        <location filename="../src/gui/models/modeltablemodel.cpp" line="+59"/>
        <source>%1
%2 (as the server sent it)</source>
        <translation>%1
%2（服务器返回的原始值）</translation>
    </message>
    <message>
        <location line="+203"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain</source>
        <translation>领域</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accessibility</source>
        <translation>可见性</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order</source>
        <translation>排序号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Modified</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latest version</source>
        <translation>最新版本</translation>
    </message>
</context>
<context>
    <name>gui::OperationProgressDialog</name>
    <message>
        <location filename="../src/gui/progress/operationprogressdialog.cpp" line="+68"/>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>applied</source>
        <translation>已生效</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not applied</source>
        <translation>未生效</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>outcome unknown</source>
        <translation>结果未知</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 timed out after %2. %3</source>
        <translation>%1 在 %2 后超时。%3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The operation&apos;s time is up. Reading the model back, for at most %1, to learn what the server holds.</source>
        <translation>操作时间已到。正在回读模型（最多 %1），以了解服务器上的实际内容。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The operation&apos;s time is up. Reading the version back, for at most %1, to learn what the server holds.</source>
        <translation>操作时间已到。正在回读版本（最多 %1），以了解服务器上的实际内容。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>RequestId %1</source>
        <translation>RequestId %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Throttled</source>
        <translation>请求被限流</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service unavailable</source>
        <translation>服务不可用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server error %1</source>
        <translation>服务器错误 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No answer in time</source>
        <translation>未及时响应</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection problem</source>
        <translation>连接问题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1, retry %2 in %n s</source>
        <translation>
            <numerusform>%1，%n 秒后进行第 %2 次重试</numerusform>
        </translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Canceling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Elapsed: %1</source>
        <translation>已用时间：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Elapsed: %1, remaining: %2</source>
        <translation>已用时间：%1，剩余：%2</translation>
    </message>
</context>
<context>
    <name>gui::ProfileDialog</name>
    <message>
        <location filename="../src/gui/profiles/profiledialog.cpp" line="+239"/>
        <location line="+49"/>
        <location line="+2"/>
        <source>Stored; leave empty to keep</source>
        <translation>已保存；留空则保持不变</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+22"/>
        <location line="+2"/>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>AccessKey secret: enter the secret.</source>
        <translation>AccessKey Secret：请输入 Secret。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>STS token: enter the token.</source>
        <translation>STS Token：请输入 Token。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The system keychain holds no AccessKey secret for profile &quot;%1&quot;, or it is locked. Unlock the keychain, or enter the secret in AccessKey secret.</source>
        <translation>系统钥匙串中没有身份配置“%1”的 AccessKey Secret，或钥匙串已锁定。请解锁钥匙串，或在“AccessKey Secret”中输入 Secret。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The system keychain holds no STS token for profile &quot;%1&quot;. Enter the token in STS token.</source>
        <translation>系统钥匙串中没有身份配置“%1”的 STS Token。请在 STS Token 中输入。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Profile name: a profile named &quot;%1&quot; already exists.</source>
        <translation>身份配置名称：名为“%1”的身份配置已存在。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>AccessKey secret: enter the secret that belongs to the new AccessKey ID.</source>
        <translation>AccessKey Secret：请输入与新 AccessKey ID 对应的 Secret。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Profile &quot;%1&quot; saved.</source>
        <translation>身份配置“%1”已保存。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Profile &quot;%1&quot; was not saved. %2</source>
        <translation>身份配置“%1”未保存。%2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The keychain entries of the old name &quot;%1&quot; could not be removed. %2</source>
        <translation>无法删除旧名称“%1”的钥匙串条目。%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Profile &quot;%1&quot; saved; its secret is in the system keychain.</source>
        <translation>身份配置“%1”已保存；其 Secret 存于系统钥匙串中。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile &quot;%1&quot; saved. Its temporary credentials are fetched when it is used, and kept in memory only.</source>
        <translation>身份配置“%1”已保存。其临时凭据在使用时获取，并且只保存在内存中。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Remove profile &quot;%1&quot;? Its secrets are deleted from the system keychain.</source>
        <translation>删除身份配置“%1”？其 Secret 会从系统钥匙串中删除。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove profile &quot;%1&quot;?</source>
        <translation>删除身份配置“%1”？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The profiles %1 use it as their source profile and will stop working until they get another.</source>
        <translation>身份配置 %1 以它为源身份配置，在换用其他源之前将无法使用。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove Profile</source>
        <translation>删除身份配置</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Profile &quot;%1&quot; was not removed. %2</source>
        <translation>身份配置“%1”未删除。%2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Testing the connection to %1…</source>
        <translation>正在测试到 %1 的连接…</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Import from %1</source>
        <translation>从 %1 导入</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>AccessKey ID %1</source>
        <translation>AccessKey ID %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>role %1</source>
        <translation>角色 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>source profile %1</source>
        <translation>源身份配置 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>region %1</source>
        <translation>地域 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VPC endpoint</source>
        <translation>VPC 接入点</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>CA certificates file</source>
        <translation>CA 证书文件</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>replaces the existing profile</source>
        <translation>将替换现有身份配置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="-581"/>
        <source>STS default (3600 s)</source>
        <translation>STS 默认（3600 秒）</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>%1; region %2, AccessKey ID %3</source>
        <translation>%1；地域 %2，AccessKey ID %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1; region %2</source>
        <translation>%1；地域 %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 (missing)</source>
        <translation>%1（不存在）</translation>
    </message>
    <message>
        <location line="+405"/>
        <source>Profile &quot;%1&quot; was removed, with anything it kept in the keychain.</source>
        <translation>身份配置“%1”已删除，其在钥匙串中保存的内容也一并删除。</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>runs %1</source>
        <translation>运行 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fetches %1</source>
        <translation>获取 %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing here can be imported.</source>
        <translation>这里没有可导入的内容。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Secrets are stored in the system keychain; %1 is not changed.</source>
        <translation>Secret 将保存在系统钥匙串中；不会修改 %1。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Check at least one profile to import.</source>
        <translation>请至少勾选一个要导入的身份配置。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing the secrets to the system keychain…</source>
        <translation>正在将 Secret 写入系统钥匙串…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was imported. %1</source>
        <translation>未导入任何内容。%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Profiles imported: %1. Their secrets are in the system keychain.</source>
        <translation>已导入身份配置：%1。其 Secret 保存在系统钥匙串中。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
</context>
<context>
    <name>gui::RegionComboBox</name>
    <message>
        <location filename="../src/gui/profiles/regioncombobox.cpp" line="+13"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>地域</translation>
    </message>
</context>
<context>
    <name>gui::ReviewChangesDialog</name>
    <message>
        <location filename="../src/gui/editor/reviewchangesdialog.cpp" line="+19"/>
        <source>added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>removed</source>
        <translation>已移除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed</source>
        <translation>已修改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reordered</source>
        <translation>已调整顺序</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Review the new model</source>
        <translation>确认新模型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new model &quot;%1&quot; will be created with these values.</source>
        <translation>将使用以下值创建新模型“%1”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+32"/>
        <source>Review changes</source>
        <translation>确认修改</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>These changes to the model &quot;%1&quot; (ID %2) will be sent.</source>
        <translation>将发送对模型“%1”（ID %2）的以下修改。</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+39"/>
        <source>No request: the server already has these values.</source>
        <translation>无需请求：服务器上已是这些值。</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Review the new version</source>
        <translation>确认新版本</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new version of the model &quot;%1&quot; (ID %2) will be registered with these values; the service names it.</source>
        <translation>将使用以下值为模型“%1”（ID %2）注册新版本；版本名称由服务指定。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new version %1 of the model &quot;%2&quot; (ID %3) will be registered with these values.</source>
        <translation>将使用以下值为模型“%2”（ID %3）注册新版本 %1。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>These changes to version %1 of the model &quot;%2&quot; (ID %3) will be sent.</source>
        <translation>将发送对模型“%2”（ID %3）版本 %1 的以下修改。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Review the deletion</source>
        <translation>确认删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version %1 of the model &quot;%2&quot; (ID %3) will be deleted.</source>
        <translation>将删除模型“%2”（ID %3）的版本 %1。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Review the copy</source>
        <translation>审阅副本</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A private copy &quot;%1&quot; of &quot;%2&quot; will be created in the workspace %3 with these values; then the Uri of the source&apos;s latest version becomes its first version.</source>
        <translation>将在工作空间 %3 中以这些值创建“%2”的私有副本“%1”；随后源模型最新版本的 Uri 将成为其第一个版本。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A private copy &quot;%1&quot; of &quot;%2&quot; will be created in the workspace %3 with these values.</source>
        <translation>将在工作空间 %3 中以这些值创建“%2”的私有副本“%1”。</translation>
    </message>
</context>
<context>
    <name>gui::SavedViews</name>
    <message>
        <location filename="../src/gui/browse/savedviews.cpp" line="+93"/>
        <source>No filters</source>
        <translation>无筛选条件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Workspace %1; %2</source>
        <translation>工作空间 %1；%2</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Model Gallery; %1</source>
        <translation>模型广场；%1</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Query</source>
        <translation>查询</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain</source>
        <translation>领域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation>提供方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collections</source>
        <translation>合集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>标记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conditions</source>
        <translation>条件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sort</source>
        <translation>排序</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>gui::SettingsDialog</name>
    <message>
        <location filename="../src/gui/settings/settingsdialog.cpp" line="+48"/>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> s</source>
        <comment>seconds</comment>
        <translation> 秒</translation>
    </message>
</context>
<context>
    <name>gui::ShortcutTableModel</name>
    <message>
        <location filename="../src/gui/mainwindow/shortcuttablemodel.cpp" line="+57"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
</context>
<context>
    <name>gui::VersionEditor</name>
    <message>
        <location filename="../src/gui/versions/versioneditor.cpp" line="+59"/>
        <source>%1 is not valid JSON at line %2, column %3: %4.</source>
        <translation>%1 不是有效的 JSON（第 %2 行，第 %3 列）：%4。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 must be a JSON object, such as {&quot;key&quot;: &quot;value&quot;}.</source>
        <translation>%1 必须是 JSON 对象，例如 {&quot;key&quot;: &quot;value&quot;}。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Options must be a JSON object or array.</source>
        <translation>Options 必须是 JSON 对象或数组。</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review the exact requests, then send them</source>
        <translation>确认将发送的请求，然后发送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the version instead of the form</source>
        <translation>显示版本详情而不是表单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>major.minor.stage, such as 1.0.0 or 2.3.4_beta. Leave it empty and the service names the version.</source>
        <translation>主版本.次版本.阶段，例如 1.0.0 或 2.3.4_beta。留空则由服务命名版本。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the model files are: oss://&lt;bucket&gt;.&lt;endpoint&gt;/&lt;path&gt; or an http(s) URL</source>
        <translation>模型文件的位置：oss://&lt;bucket&gt;.&lt;endpoint&gt;/&lt;path&gt; 或 http(s) URL</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Version %1 of the model &quot;%2&quot;</source>
        <translation>模型“%2”的版本 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New version of the model &quot;%1&quot;</source>
        <translation>模型“%1”的新版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 if left empty</source>
        <translation>留空则为 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regi&amp;ster</source>
        <translation>注册(&amp;S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+204"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot save: %1</source>
        <translation>无法保存：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Cannot save: %1 (and %n more problem(s))</source>
        <translation>
            <numerusform>无法保存：%1（另有 %n 个问题）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New version: fill in its Uri to register it.</source>
        <translation>新版本：填写 Uri 即可注册。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No changes to save.</source>
        <translation>没有要保存的修改。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot save: not connected to a service.</source>
        <translation>无法保存：未连接到服务。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New version, not registered yet.</source>
        <translation>新版本，尚未注册。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unsaved changes.</source>
        <translation>有未保存的修改。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Registering a version of the model &quot;%1&quot;</source>
        <translation>正在为模型“%1”注册版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving version %1 of the model &quot;%2&quot;</source>
        <translation>正在保存模型“%2”的版本 %1</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new version of the model &quot;%1&quot; has not been registered.</source>
        <translation>模型“%1”的新版本尚未注册。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version %1 of the model &quot;%2&quot; has unsaved changes.</source>
        <translation>模型“%2”的版本 %1 有未保存的修改。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Do you want to save them?</source>
        <translation>要保存这些修改吗？</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
</context>
<context>
    <name>gui::VersionTableModel</name>
    <message>
        <location filename="../src/gui/versions/versiontablemodel.cpp" line="+76"/>
        <source>Pending</source>
        <translation>待审批</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1
%2 (as the server sent it)</source>
        <translation>%1
%2（服务器发送的原值）</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Framework</source>
        <translation>框架</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approval</source>
        <translation>审批</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>gui::VersionWriteFlow</name>
    <message>
        <location filename="../src/gui/versions/versionwriteflow.cpp" line="+60"/>
        <source>Version changed meanwhile</source>
        <translation>版本已被他人修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else changed version %1 after it was read. Send your changes anyway? The fields you edited take your values; every other field keeps the server&apos;s.</source>
        <translation>读取版本 %1 之后，其他人修改了它。仍要发送您的修改吗？您编辑过的字段使用您的值；其他字段保留服务器上的值。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Send Anyway</source>
        <translation>仍然发送(&amp;S)</translation>
    </message>
</context>
<context>
    <name>gui::VersionsPanel</name>
    <message>
        <location filename="../src/gui/versions/versionspanel.cpp" line="+114"/>
        <source>Registered version %1.</source>
        <translation>已注册版本 %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved version %1.</source>
        <translation>已保存版本 %1。</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Could not list the versions of model %1</source>
        <translation>无法列出模型 %1 的版本</translation>
    </message>
    <message numerus="yes">
        <location line="+124"/>
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n 个版本</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n version(s)</source>
        <translation>
            <numerusform>%1 / %n 个版本</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not connected: the versions cannot be listed.</source>
        <translation>未连接：无法列出版本。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a model to see its versions.</source>
        <translation>选择一个模型以查看其版本。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Listing the versions of %1…</source>
        <translation>正在列出 %1 的版本…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This model has no versions yet. New Version registers one.</source>
        <translation>此模型还没有版本。点击“新版本”注册一个。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No version matches the filter.</source>
        <translation>没有符合筛选条件的版本。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Metrics (%L1)</source>
        <translation>指标（%L1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extra Info (%L1)</source>
        <translation>扩展信息（%L1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specs</source>
        <translation>配置</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Approve version</source>
        <translation>批准版本</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reject version</source>
        <translation>拒绝版本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve version %1 of the model &quot;%2&quot; (ID %3)? Its approval status becomes Approved: it may go online.</source>
        <translation>确定批准模型“%2”（ID %3）的版本 %1 吗？其审批状态将变为 Approved：可以上线。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reject version %1 of the model &quot;%2&quot; (ID %3)? Its approval status becomes Rejected: it may not go online.</source>
        <translation>确定拒绝模型“%2”（ID %3）的版本 %1 吗？其审批状态将变为 Rejected：不可上线。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Re&amp;ject</source>
        <translation>拒绝(&amp;J)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approving version %1 of the model &quot;%2&quot;</source>
        <translation>正在批准模型“%2”的版本 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejecting version %1 of the model &quot;%2&quot;</source>
        <translation>正在拒绝模型“%2”的版本 %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delete version</source>
        <translation>删除版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete version %1 of the model &quot;%2&quot; (ID %3)? This cannot be undone.</source>
        <translation>确定删除模型“%2”（ID %3）的版本 %1 吗？此操作无法撤销。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleting version %1 of the model &quot;%2&quot;</source>
        <translation>正在删除模型“%2”的版本 %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Deleted version %1.</source>
        <translation>已删除版本 %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved version %1: its approval status is %2.</source>
        <translation>已保存版本 %1：其审批状态为 %2。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The write to version %1 did not fully take effect; the progress dialog says what the server holds.</source>
        <translation>对版本 %1 的写入未完全生效；进度对话框中说明了服务器上的实际内容。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Copied the Uri of version %1: %2</source>
        <translation>已复制版本 %1 的 Uri：%2</translation>
    </message>
</context>
<context>
    <name>gui::WorkspaceListModel</name>
    <message>
        <location filename="../src/gui/models/workspacelistmodel.cpp" line="+50"/>
        <source>%1 (%2)</source>
        <extracomment>A workspace&apos;s name and, in brackets, its ID</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>All workspaces</source>
        <translation>全部工作空间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every model in the account</source>
        <translation>账号中的全部模型</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Model Gallery</source>
        <translation>模型广场</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alibaba&apos;s public models (Qwen, Llama, Stable Diffusion, ...), read-only: copy one into a workspace to change it</source>
        <translation>阿里云的公共模型（Qwen、Llama、Stable Diffusion 等），只读：复制到工作空间后即可修改</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1
ID: %2
Status: %3
Environments: %4</source>
        <translation>%1
ID：%2
状态：%3
环境：%4</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Workspace</source>
        <translation>工作空间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>pai::DisplayText</name>
    <message>
        <location filename="../src/pai/displaytext.cpp" line="+73"/>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 %2</source>
        <extracomment>A parameter count and its unit, as in &quot;72.7 B&quot; (billion parameters)</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>pai::FieldRules</name>
    <message>
        <location filename="../src/pai/fieldrules.cpp" line="+28"/>
        <source>%1 must be at most %2 bytes in UTF-8 (it is %3).</source>
        <translation>%1 的 UTF-8 编码最多 %2 字节（当前为 %3）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 must not contain &quot;=&quot; or &quot;,&quot;.</source>
        <translation>%1 不能包含“=”或“,”。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ModelName is required.</source>
        <translation>模型名称 (ModelName) 为必填项。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ModelName must be 1 to %1 characters long (it is %2).</source>
        <translation>模型名称 (ModelName) 长度必须为 1 到 %1 个字符（当前为 %2）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Accessibility must be PRIVATE or PUBLIC, not &quot;%1&quot;.</source>
        <translation>可见性 (Accessibility) 必须为 PRIVATE 或 PUBLIC，而不是“%1”。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1.Key must not be empty.</source>
        <translation>%1.Key不能为空。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>OrderNumber must be a whole number, not &quot;%1&quot;.</source>
        <translation>排序号 (OrderNumber) 必须为整数，而不是“%1”。</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Tag[%1].Key &quot;%2&quot; is already used by another tag.</source>
        <translation>Tag[%1].Key“%2”已被另一个标记使用。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>ModelDoc must be an http or https URL, such as https://example.com/doc.</source>
        <translation>文档 URL (ModelDoc) 必须为 http 或 https URL，例如 https://example.com/doc。</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>ParameterSize must be a whole number from 0 up, not &quot;%1&quot;.</source>
        <translation>ParameterSize 必须是从 0 起的整数，而不是“%1”。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Labels[%1].Key &quot;%2&quot; is already used by another label.</source>
        <translation>Labels[%1].Key“%2”已被另一个标签使用。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>VersionName must look like 1.0.0 or 2.3.4_beta (major.minor.stage, digits, with an optional _suffix of letters, digits and _), not &quot;%1&quot;.</source>
        <translation>版本名 (VersionName) 必须形如 1.0.0 或 2.3.4_beta（主版本.次版本.阶段，均为数字，可带由字母、数字和 _ 组成的 _后缀），而不是“%1”。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Uri is required.</source>
        <translation>必须填写 Uri。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Uri must look like oss://bucket.oss-cn-hangzhou.aliyuncs.com/path/ (bucket, endpoint, then the path).</source>
        <translation>Uri 必须形如 oss://bucket.oss-cn-hangzhou.aliyuncs.com/path/（存储桶、Endpoint，然后是路径）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Uri must be oss://bucket.endpoint/path or an http or https URL.</source>
        <translation>Uri 必须为 oss://bucket.endpoint/path 或 http、https URL。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ApprovalStatus must be Pending, Approved or Rejected, not &quot;%1&quot;.</source>
        <translation>审批状态 (ApprovalStatus) 必须为 Pending、Approved 或 Rejected，而不是“%1”。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Options must be JSON text such as {}: %1</source>
        <translation>Options 必须为 JSON 文本，例如 {}：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Metrics must be at most %1 characters as JSON (it is %2).</source>
        <translation>Metrics 序列化为 JSON 后最多 %1 个字符（当前为 %2）。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 cannot change once the version exists; create a new version instead.</source>
        <translation>版本创建后不能再修改 %1；请改为创建新版本。</translation>
    </message>
</context>
<context>
    <name>pai::Gallery</name>
    <message>
        <location filename="../src/pai/gallery.cpp" line="+16"/>
        <source>Gallery models are Alibaba&apos;s; copy one into a workspace to change it.</source>
        <translation>模型广场中的模型属于阿里云；要修改，请先将其复制到工作空间。</translation>
    </message>
</context>
<context>
    <name>pai::WireJson</name>
    <message>
        <location filename="../src/pai/wirejson.cpp" line="+205"/>
        <source>expected an array of labels</source>
        <translation>应为标签数组</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+167"/>
        <source>expected an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <location line="-117"/>
        <location line="+50"/>
        <location line="+54"/>
        <location line="+186"/>
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location line="-180"/>
        <source>expected an array</source>
        <translation>应为数组</translation>
    </message>
</context>
<context>
    <name>pai::WireJson::ObjectReader</name>
    <message>
        <location line="-320"/>
        <location line="+52"/>
        <source>expected a string</source>
        <translation>应为字符串</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>expected an integer</source>
        <translation>应为整数</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>expected true or false</source>
        <translation>应为 true 或 false</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected an array of strings</source>
        <translation>应为字符串数组</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 labels, more than the %2 PaiDesk accepts on one model</source>
        <translation>%1 个标签，超过了 PaiDesk 对单个模型接受的上限 %2 个</translation>
    </message>
</context>
<context>
    <name>sandbox::ModelStore</name>
    <message>
        <location filename="../src/sandbox/modelstore.cpp" line="+152"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a sandbox data file: %2</source>
        <translation>%1 不是沙箱数据文件：%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+12"/>
        <location line="+16"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+6"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>sandbox::SandboxServer</name>
    <message>
        <location filename="../src/sandbox/sandboxserver.cpp" line="+358"/>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>无法在 %1:%2 上监听：%3</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Cannot read the certificate file %1: %2</source>
        <translation>无法读取证书文件 %1：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The certificate file %1 holds no PEM certificate.</source>
        <translation>证书文件 %1 中没有 PEM 证书。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read the key file %1: %2</source>
        <translation>无法读取私钥文件 %1：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The key file %1 holds no unencrypted PEM RSA or EC private key.</source>
        <translation>私钥文件 %1 中没有未加密的 PEM RSA 或 EC 私钥。</translation>
    </message>
</context>
<context>
    <name>terraform::IgnoreList</name>
    <message>
        <location filename="../src/terraform/ignorelist.cpp" line="+34"/>
        <source>%1: cannot read the ignore list: %2</source>
        <translation>%1：无法读取忽略列表：%2</translation>
    </message>
</context>
<context>
    <name>terraform::ModelExporter</name>
    <message>
        <location filename="../src/terraform/modelexporter.cpp" line="+120"/>
        <source>%1: the number and boolean values of %2 keys %3 are written as strings, because the provider stores only strings.</source>
        <translation>%1：%2 键 %3 的数字和布尔值以字符串写入，因为 provider 只存储字符串。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: the nested %2 values of keys %3 are written with jsonencode(); the provider stores them as JSON text, not as objects or arrays.</source>
        <translation>%1：%2 中键 %3 的嵌套值用 jsonencode() 写入；provider 将其存储为 JSON 文本，而不是对象或数组。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: the %2 keys %3 are null and are left out, because the provider stores only strings.</source>
        <translation>%1：%2 键 %3 的值为 null，已省略，因为 provider 只存储字符串。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: %2 of version %3 of model %4 cannot be exported; the provider&apos;s version resource has no attribute for it.</source>
        <translation>%1：模型 %4 的版本 %3 中的 %2 无法导出；provider 的版本资源没有对应的属性。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1: options is written with jsonencode(), which spaces and orders the JSON its own way; terraform plan may show a change to options after import.</source>
        <translation>%1：options 用 jsonencode() 写入，其 JSON 的空格和键顺序由 jsonencode() 决定；导入后 terraform plan 可能显示 options 有变更。</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Model versions are left out: with the legacy resource type %1 there is no version resource (the upstream provider has %2).</source>
        <translation>模型版本已省略：旧版资源类型 %1 没有版本资源（上游 provider 提供 %2）。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Workspace %1 is not part of the export, so its ID is written as a literal.</source>
        <translation>工作空间 %1 不在导出范围内，因此直接写入其 ID。</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>The model &quot;%1&quot; (%2) is exported as %3.</source>
        <translation>模型“%1”（%2）导出为 %3。</translation>
    </message>
</context>
<context>
    <name>terraform::StateReader</name>
    <message>
        <location filename="../src/terraform/statereader.cpp" line="+48"/>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+125"/>
        <location line="+81"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location line="-185"/>
        <source>expected %1</source>
        <translation>应为%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a value</source>
        <translation>一个值</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>expected a non-empty string</source>
        <translation>应为非空字符串</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>expected &quot;&lt;model ID&gt;:&lt;version name&gt;&quot;</source>
        <translation>应为“&lt;模型 ID&gt;:&lt;版本名称&gt;”</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+126"/>
        <source>expected a whole number or a string</source>
        <translation>应为整数或字符串</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>modules nested too deeply</source>
        <translation>模块嵌套过深</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>expected %1, as the module, type, name and index say</source>
        <translation>应为 %1（由模块、类型、名称和索引得出）</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the JSON output format %1 is not supported (1.x is); it was written by a newer Terraform</source>
        <translation>不支持 JSON 输出格式 %1（支持 1.x）；它由较新的 Terraform 写入</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>%1: not a Terraform state: the JSON is broken at byte %2 (%3)</source>
        <translation>%1：不是 Terraform 状态：JSON 在第 %2 字节处损坏（%3）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: not a Terraform state: expected a JSON object</source>
        <translation>%1：不是 Terraform 状态：应为 JSON 对象</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the state is encrypted (OpenTofu state encryption) and cannot be read; decrypt it first, for example with `tofu state pull` in a configured directory</source>
        <translation>%1：该状态已加密（OpenTofu 状态加密），无法读取；请先解密，例如在已配置的目录中运行 `tofu state pull`</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: not a Terraform state: no &quot;version&quot; number (a state has one; `terraform show -json` output has &quot;format_version&quot;)</source>
        <translation>%1：不是 Terraform 状态：没有“version”数字（状态文件都有；`terraform show -json` 的输出则有“format_version”）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: state version %2 is a legacy format; upgrade it by running `terraform state pull` with a current Terraform</source>
        <translation>%1：状态版本 %2 是旧格式；请用当前版本的 Terraform 运行 `terraform state pull` 进行升级</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: state version %2 is newer than this tool reads (version 4)</source>
        <translation>%1：状态版本 %2 比本工具能读取的版本（版本 4）更新</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: version: %2 is not a state version (version 4 is read)</source>
        <translation>%1：version：%2 不是状态版本（读取的是版本 4）</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: cannot read the file: %2</source>
        <translation>%1：无法读取文件：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the file is larger than %2 MiB; not a state this tool reads</source>
        <translation>%1：文件大于 %2 MiB；不是本工具读取的状态</translation>
    </message>
</context>
</TS>
