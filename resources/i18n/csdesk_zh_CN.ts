<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Access</name>
    <message>
        <source>owner</source>
        <translation>店主</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>team lead</source>
        <translation>组长</translation>
    </message>
    <message>
        <source>QA reviewer</source>
        <translation>质检员</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>reading pages and printing reports</source>
        <translation>查看页面和打印报表</translation>
    </message>
    <message>
        <source>seeing pay (bonuses, bonus rules, pay exports)</source>
        <translation>查看薪酬（奖金、奖金规则、薪酬导出）</translation>
    </message>
    <message>
        <source>preparing, finalising and signing appraisals</source>
        <translation>生成、定稿和签字考核</translation>
    </message>
    <message>
        <source>changing scorecards, bonus rules and grades</source>
        <translation>修改评分卡、奖金规则和等级</translation>
    </message>
    <message>
        <source>changing the staff directory</source>
        <translation>修改员工档案</translation>
    </message>
    <message>
        <source>typing KPIs and importing performance data</source>
        <translation>录入指标和导入绩效数据</translation>
    </message>
    <message>
        <source>setting goals and the training budget</source>
        <translation>设定目标和培训预算</translation>
    </message>
    <message>
        <source>changing the rota</source>
        <translation>修改排班</translation>
    </message>
    <message>
        <source>handling complaints</source>
        <translation>处理投诉</translation>
    </message>
    <message>
        <source>recording training</source>
        <translation>记录培训</translation>
    </message>
    <message>
        <source>QA reviews</source>
        <translation>质检评分</translation>
    </message>
    <message>
        <source>actions, coaching and meetings</source>
        <translation>改进措施、辅导和例会</translation>
    </message>
    <message>
        <source>shop settings and restoring a backup</source>
        <translation>店铺设置和从备份恢复</translation>
    </message>
    <message>
        <source>managing accounts</source>
        <translation>管理账号</translation>
    </message>
    <message>
        <source>reading the audit trail</source>
        <translation>查看操作日志</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>Sign in required: this shop has accounts.</source>
        <translation>需要登录：此店铺设有账号。</translation>
    </message>
    <message>
        <source>Refused: {what} needs the role {role} or above.</source>
        <translation>无权操作：{what}需要{role}或更高的角色。</translation>
    </message>
    <message>
        <source>Wrong name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>Too many wrong passwords: try again in {seconds} s.</source>
        <translation>密码错误次数过多：请 {seconds} 秒后再试。</translation>
    </message>
    <message>
        <source>The account {name} is disabled.</source>
        <translation>账号 {name} 已停用。</translation>
    </message>
    <message>
        <source>A name is needed.</source>
        <translation>请填写用户名。</translation>
    </message>
    <message>
        <source>A name has at most {limit} characters.</source>
        <translation>用户名最多 {limit} 个字符。</translation>
    </message>
    <message>
        <source>A name cannot hold control or invisible characters.</source>
        <translation>用户名不能包含控制字符或不可见字符。</translation>
    </message>
    <message>
        <source>A name cannot mix Latin letters with Cyrillic or Greek ones (they look alike): {name}</source>
        <translation>用户名不能混用拉丁字母与西里尔或希腊字母（外形相似，易被冒充）：{name}</translation>
    </message>
    <message>
        <source>There is no role {role}. Roles: {roles}.</source>
        <translation>没有角色 {role}。可用角色：{roles}。</translation>
    </message>
    <message>
        <source>A password has at least {count} characters.</source>
        <translation>密码至少 {count} 个字符。</translation>
    </message>
    <message>
        <source>There is no account {name}.</source>
        <translation>没有账号 {name}。</translation>
    </message>
    <message>
        <source>{name} exists already.</source>
        <translation>{name} 已存在。</translation>
    </message>
    <message>
        <source>The shop needs an owner: add another first.</source>
        <translation>店铺必须有一位店主：请先添加另一位店主。</translation>
    </message>
    <message>
        <source>That recovery code is not this owner&apos;s.</source>
        <translation>恢复码与此店主不符。</translation>
    </message>
    <message>
        <source>Idle minutes go from 0 (never lock) to {most}.</source>
        <translation>离开锁定的分钟数为 0（从不锁定）到 {most}。</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Role…</source>
        <translation>角色(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Disable or enable</source>
        <translation>停用或启用(&amp;D)</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>设置密码(&amp;P)…</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Lock the window after &amp;idle time:</source>
        <translation>离开多久后锁定窗口(&amp;I)：</translation>
    </message>
    <message>
        <source>What each role may do:</source>
        <translation>各角色的权限：</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>active</source>
        <translation>启用中</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password for {name}:</source>
        <translation>{name} 的密码：</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>添加账号</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>恢复码</translation>
    </message>
    <message>
        <source>{name} is the shop&apos;s owner. Write this recovery code down and keep it safe: it resets the owner&apos;s password, and it is shown once.

{code}</source>
        <translation>{name} 是店铺的店主。请抄下这个恢复码并妥善保管：它可以重置店主的密码，且只显示这一次。

{code}</translation>
    </message>
</context>
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <source>{name} signed the appraisal of {month}</source>
        <translation>{name}签收了{month}的考核表</translation>
    </message>
    <message>
        <source>What the agent wrote on the sheet, if anything</source>
        <translation>客服在考核表上写的意见（如有）</translation>
    </message>
    <message>
        <source>Signed &amp;on</source>
        <translation>签收日期(&amp;O)</translation>
    </message>
    <message>
        <source>Agent&apos;s &amp;comment</source>
        <translation>客服意见(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Action</source>
        <translation>改进措施</translation>
    </message>
    <message>
        <source>Action #{id}</source>
        <translation>改进措施 #{id}</translation>
    </message>
    <message>
        <source>an agent, or a name: 店长</source>
        <translation>客服，或填写姓名：店长</translation>
    </message>
    <message>
        <source>(not measured)</source>
        <translation>（不量化）</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>措施(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>来源(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>关联(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>负责人(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Deadline</source>
        <translation>截止日期(&amp;D)</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>状态(&amp;T)</translation>
    </message>
    <message>
        <source>Descr&amp;iption</source>
        <translation>描述(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Expected result</source>
        <translation>预期效果(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;KPI</source>
        <translation>指标(&amp;K)</translation>
    </message>
    <message>
        <source>Tar&amp;get</source>
        <translation>目标值(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Month to check</source>
        <translation>检查月份(&amp;M)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>History</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>{day} {author}: {progress} % — {note}</source>
        <translation>{day} {author}：{progress}% — {note}</translation>
    </message>
    <message>
        <source>{at} {by} changed {field}: {before} → {after}</source>
        <translation>{at} {by} 修改了 {field}：{before} → {after}</translation>
    </message>
    <message>
        <source>No check-ins or changes yet.</source>
        <translation>尚无进展记录或修改。</translation>
    </message>
    <message>
        <source>Write the target as a number.</source>
        <translation>目标值请填写数字。</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Complaint review</source>
        <translation>投诉复盘</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>QA review</source>
        <translation>质检</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>例会</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>合理化建议</translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation>辅导面谈</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Not effective</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>The action needs a title.</source>
        <extracomment>The lists the page and the command line offer.</extracomment>
        <translation>改进措施需要标题。</translation>
    </message>
    <message>
        <source>The action needs an owner.</source>
        <translation>改进措施需要负责人。</translation>
    </message>
    <message>
        <source>The deadline is before the day the action was made.</source>
        <translation>截止日期早于措施的创建日期。</translation>
    </message>
    <message>
        <source>A measurable result needs its KPI, a target and the month to check it.</source>
        <translation>量化的预期效果需要指标、目标值和检查月份。</translation>
    </message>
    <message>
        <source>The target does not improve on the KPI&apos;s current value.</source>
        <translation>目标值没有优于该指标的当前值。</translation>
    </message>
    <message>
        <source>Unknown source or status.</source>
        <translation>未知的来源或状态。</translation>
    </message>
    <message>
        <source>Progress is a share from 0 to 100 %.</source>
        <translation>进度应在 0 到 100% 之间。</translation>
    </message>
    <message>
        <source>A finished action takes no more check-ins.</source>
        <translation>已结束的措施不能再记录进展。</translation>
    </message>
    <message>
        <source>That action no longer exists.</source>
        <translation>该措施已不存在。</translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <source>Nothing here. An action is what was decided about a complaint, a goal off track, a QA review or a meeting: who does what by when.</source>
        <translation>这里还没有内容。改进措施是针对投诉、偏离的目标、质检或例会所作的决定：谁在什么时候之前做什么。</translation>
    </message>
    <message>
        <source>New action…</source>
        <translation>新建措施…</translation>
    </message>
    <message>
        <source>Still to do</source>
        <translation>待完成</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>本周到期</translation>
    </message>
    <message>
        <source>Waiting for the check</source>
        <translation>待效果验证</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>&amp;New action…</source>
        <translation>新建措施(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Check in…</source>
        <translation>记录进展(&amp;C)…</translation>
    </message>
    <message>
        <source>Note progress on the selected action</source>
        <translation>为所选措施记录进展</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>完成(&amp;D)</translation>
    </message>
    <message>
        <source>Ca&amp;ncel action</source>
        <translation>取消措施(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Print list…</source>
        <translation>打印清单(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Suggestions…</source>
        <translation>合理化建议(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Meetings…</source>
        <translation>例会(&amp;M)…</translation>
    </message>
    <message>
        <source>From the &amp;review…</source>
        <translation>来自复盘(&amp;R)…</translation>
    </message>
    <message>
        <source>An action from a month&apos;s complaint review, with its top root causes</source>
        <translation>依据某月投诉复盘（含主要根因）制定措施</translation>
    </message>
    <message>
        <source>Service-quality meetings: the agenda from the data, minutes, decisions</source>
        <translation>服务质量例会：依据数据的议程、会议记录、决议</translation>
    </message>
    <message>
        <source>Agents&apos; and customers&apos; suggestions (合理化建议): adopt, reward, act</source>
        <translation>客服和顾客的合理化建议：采纳、奖励、落实</translation>
    </message>
    <message>
        <source>Every owner</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <source>Every source</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <source>Overdue since {day}</source>
        <translation>自 {day} 起逾期</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Complaint review</source>
        <translation>投诉复盘</translation>
    </message>
    <message>
        <source>Top root causes in {month}: {causes}</source>
        <translation>{month} 主要根因：{causes}</translation>
    </message>
    <message>
        <source>Coaching sessions</source>
        <translation>辅导面谈</translation>
    </message>
    <message>
        <source>Improvement actions</source>
        <translation>改进措施</translation>
    </message>
</context>
<context>
    <name>AgentDialog</name>
    <message>
        <source>Edit agent</source>
        <translation>编辑客服</translation>
    </message>
    <message>
        <source>New agent</source>
        <translation>新增客服</translation>
    </message>
    <message>
        <source>Post change effective</source>
        <translation>调岗生效日期</translation>
    </message>
    <message>
        <source>set</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>&amp;Employee number</source>
        <translation>工号(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Post</source>
        <translation>岗位(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>级别(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Hire date</source>
        <translation>入职日期(&amp;H)</translation>
    </message>
    <message>
        <source>End of probation</source>
        <translation>转正日期</translation>
    </message>
    <message>
        <source>Leaving date</source>
        <translation>离职日期</translation>
    </message>
    <message>
        <source>Leaving reason</source>
        <translation>离职原因</translation>
    </message>
    <message>
        <source>&amp;Mentor</source>
        <translation>导师(&amp;M)</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>服务渠道</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>电话(&amp;H)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>From (yyyy-mm-dd)</source>
        <translation>起（年-月-日）</translation>
    </message>
    <message>
        <source>To (yyyy-mm-dd)</source>
        <translation>止（年-月-日）</translation>
    </message>
    <message>
        <source>Add sub-account</source>
        <translation>添加子账号</translation>
    </message>
    <message>
        <source>Remove sub-account</source>
        <translation>删除子账号</translation>
    </message>
    <message>
        <source>Platform sub-accounts</source>
        <translation>平台子账号</translation>
    </message>
    <message>
        <source>Sub-account row {row}: &quot;{text}&quot; is not a date (yyyy-mm-dd).</source>
        <translation>子账号第 {row} 行：“{text}”不是日期（年-月-日）。</translation>
    </message>
    <message>
        <source>Not cleared for duty</source>
        <translation>未获准上岗</translation>
    </message>
    <message>
        <source>Reason for the exception (recorded):</source>
        <translation>破例上岗的理由（将被记录）：</translation>
    </message>
</context>
<context>
    <name>AgentFileView</name>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Not cleared for duty</source>
        <translation>未获准上岗</translation>
    </message>
    <message>
        <source>* required before duty</source>
        <translation>* 上岗前必修</translation>
    </message>
    <message>
        <source>No course is required for this post.</source>
        <translation>该岗位没有必修课程。</translation>
    </message>
    <message>
        <source>Put on duty on {date} without {courses}: {reason}</source>
        <translation>{date} 破例上岗（未完成：{courses}）：{reason}</translation>
    </message>
    <message>
        <source>Select an agent to see their file.</source>
        <translation>选择一名客服以查看其档案。</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <source>End of probation</source>
        <translation>转正日期</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>导师</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>离职</translation>
    </message>
    <message>
        <source>Job rotation</source>
        <translation>调岗记录</translation>
    </message>
    <message>
        <source>{date}: {old} → {new}</source>
        <translation>{date}：{old} → {new}</translation>
    </message>
    <message>
        <source>No post changes.</source>
        <translation>没有调岗记录。</translation>
    </message>
    <message>
        <source>Platform sub-accounts</source>
        <translation>平台子账号</translation>
    </message>
    <message>
        <source>No sub-accounts.</source>
        <translation>没有子账号。</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>AgentPicker</name>
    <message>
        <source>Add agents</source>
        <extracomment>Where a row keeps its agent&apos;s id.</extracomment>
        <translation>添加客服</translation>
    </message>
    <message>
        <source>Search number or name</source>
        <translation>搜索工号或姓名</translation>
    </message>
</context>
<context>
    <name>AgentTableModel</name>
    <message>
        <source>No.</source>
        <extracomment>Role that returns the raw value, for sorting and filtering.</extracomment>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>导师</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>服务渠道</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Left on {date}: {reason}</source>
        <translation>{date} 离职：{reason}</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <source>Amend the appraisal of {name}, {month}</source>
        <translation>更正{name}的{month}考核</translation>
    </message>
    <message>
        <source>e.g. complaint TS-2026-00158 ruled invalid</source>
        <translation>例如：投诉 TS-2026-00158 判定无效</translation>
    </message>
    <message>
        <source>The amendment is a new version, computed from the month&apos;s data as it is now and final at once. The version signed before stays on file. Correct the data first (a complaint&apos;s validity, a KPI entered by hand), then amend.</source>
        <translation>更正会生成新版本：按当月现有数据重新计算，并立即定稿。之前签收的版本保留存档。请先更正数据（投诉是否有效、手工录入的指标），再做更正。</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation>评语(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Amend</source>
        <translation>更正(&amp;A)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>csdesk cannot start</source>
        <translation>csdesk 无法启动</translation>
    </message>
    <message>
        <source>Newest good backup: {path}</source>
        <translation>最新的完好备份：{path}</translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <source>{message}

Restore the newest good backup ({name})? The damaged file is kept beside it.</source>
        <translation>{message}

要恢复最新的完好备份（{name}）吗？损坏的文件会保留在原处旁边。</translation>
    </message>
    <message>
        <source>csdesk cannot open the database</source>
        <translation>csdesk 无法打开数据库</translation>
    </message>
    <message>
        <source>csdesk is already open</source>
        <translation>csdesk 已经打开</translation>
    </message>
    <message>
        <source>Another csdesk window is using {path}. Switch to it, or close it first.</source>
        <translation>另一个 csdesk 窗口正在使用 {path}。请切换到该窗口，或先将其关闭。</translation>
    </message>
    <message>
        <source>csdesk cannot create its lock file {path}; check the folder&apos;s permissions.</source>
        <translation>csdesk 无法创建锁文件 {path}，请检查该文件夹的权限。</translation>
    </message>
    <message>
        <source>Sign in required</source>
        <translation>需要登录</translation>
    </message>
    <message>
        <source>Today&apos;s backup: {path}</source>
        <translation>今日备份：{path}</translation>
    </message>
    <message>
        <source>The daily backup failed: {reason}</source>
        <translation>每日备份失败：{reason}</translation>
    </message>
    <message>
        <source>Shared server password</source>
        <translation>共享服务器密码</translation>
    </message>
</context>
<context>
    <name>Appraisal</name>
    <message>
        <source>No data this month, left out: {kpis}. Their weight is shared out over the others.</source>
        <extracomment>How many items of each evidence list a page prints before &quot;and N more&quot;.</extracomment>
        <translation>本月无数据、未计入：{kpis}。其权重按比例分配给其他指标。</translation>
    </message>
    <message>
        <source>Satisfaction is below the pass line: no bonus this month.</source>
        <translation>满意度低于合格线：本月无奖金。</translation>
    </message>
    <message>
        <source>Bonus: base {base} × {coefficient:g} + extra tier {extra} − complaint deductions {deduction} = {amount} (never below 0)</source>
        <translation>奖金：基数 {base} × {coefficient:g} + 额外奖励 {extra} − 投诉扣款 {deduction} = {amount}（最低为 0）</translation>
    </message>
    <message>
        <source>Suggestion rewards (合理化建议): {reward}, included in the bonus.</source>
        <translation>合理化建议奖励：{reward}，已计入奖金。</translation>
    </message>
    <message>
        <source>Grade capped by: {vetoes}.</source>
        <translation>等级受否决项限制：{vetoes}。</translation>
    </message>
    <message>
        <source>★ Service Star of the month</source>
        <translation>★ 本月服务之星</translation>
    </message>
    <message>
        <source>Amendment {version} of {day} by {who}: {reason}</source>
        <translation>第 {version} 次更正（{day}，{who}）：{reason}</translation>
    </message>
    <message>
        <source>Hired on {day}: judged on {worked} of the month&apos;s {days} days; sales and praise are counted pro rata.</source>
        <translation>{day} 入职：按本月 {days} 天中的 {worked} 天考核；销售额与表扬按在岗天数折算。</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>……另有 {count} 条</translation>
    </message>
    <message>
        <source>None this month.</source>
        <translation>本月无。</translation>
    </message>
    <message>
        <source>Reviews {count} · average {average} · critical failures {critical}</source>
        <translation>质检 {count} 次 · 平均 {average} · 致命错误 {critical}</translation>
    </message>
    <message>
        <source>No course completed this month.</source>
        <translation>本月未完成课程。</translation>
    </message>
    <message>
        <source>Due: {course} — {standing}</source>
        <translation>待办：{course} — {standing}</translation>
    </message>
    <message>
        <source>Quality reviews</source>
        <translation>质检</translation>
    </message>
    <message>
        <source>Complaints counted</source>
        <translation>计入的投诉</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>表扬</translation>
    </message>
    <message>
        <source>Training completed and due</source>
        <translation>培训完成与待办</translation>
    </message>
    <message>
        <source>Nothing due.</source>
        <translation>无待办。</translation>
    </message>
    <message>
        <source>{grade} below</source>
        <translation>{grade} 低于以上</translation>
    </message>
    <message>
        <source>Grades by total: {bands}</source>
        <translation>按总分定等级：{bands}</translation>
    </message>
    <message>
        <source> (version {version})</source>
        <translation>（第 {version} 版）</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>入职</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>导师</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Finalised</source>
        <translation>定稿</translation>
    </message>
    <message>
        <source>Acknowledged by the agent on {day}.</source>
        <translation>客服已于 {day} 签收。</translation>
    </message>
    <message>
        <source>Monthly appraisal — {month}</source>
        <translation>月度考核表 — {month}</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>实际值</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>加权得分</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>奖金</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>近 12 个月</translation>
    </message>
    <message>
        <source>Total score</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Satisfaction %</source>
        <translation>满意度 %</translation>
    </message>
    <message>
        <source>No appraisal in these months yet.</source>
        <translation>这些月份尚无考核。</translation>
    </message>
    <message>
        <source>Supervisor&apos;s comment</source>
        <translation>主管评语</translation>
    </message>
    <message>
        <source>Agent&apos;s opinion</source>
        <translation>客服意见</translation>
    </message>
    <message>
        <source>How the score is made</source>
        <translation>评分规则</translation>
    </message>
    <message>
        <source>Agent&apos;s signature</source>
        <translation>客服签名</translation>
    </message>
    <message>
        <source>Supervisor&apos;s signature</source>
        <translation>主管签名</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Service Star: {name} ({number})</source>
        <translation>服务之星：{name}（{number}）</translation>
    </message>
    <message>
        <source>No Service Star: nobody without a veto has a total.</source>
        <translation>无服务之星：没有未被否决且有总分的客服。</translation>
    </message>
    <message>
        <source>Agents {count} · final {final} · not final {drafts}</source>
        <translation>客服 {count} 人 · 已定稿 {final} · 未定稿 {drafts}</translation>
    </message>
    <message>
        <source>Grades: {grades}</source>
        <translation>等级分布：{grades}</translation>
    </message>
    <message>
        <source>The month is not closed: the Service Star is provisional.</source>
        <translation>本月尚未关账：服务之星为暂定。</translation>
    </message>
    <message>
        <source>Team summary — {month}</source>
        <translation>团队汇总 — {month}</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>之星</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>{agent} has no appraisal in {month}.</source>
        <translation>{agent} 在 {month} 没有考核。</translation>
    </message>
    <message>
        <source>{month} has no agents to appraise.</source>
        <translation>{month} 没有需要考核的客服。</translation>
    </message>
    <message>
        <source>Monthly appraisals {month}</source>
        <translation>{month} 月度考核</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>保密</translation>
    </message>
    <message>
        <source>a number is missing or not a number</source>
        <extracomment>Bonus base per post for a new shop (cents): the owner sets the real amounts. A month grades an agent only when KPIs carrying this share of the scorecard&apos;s weight have data; below it the line says &quot;not enough data&quot; (a month with one KPI of four would otherwise give that one KPI the whole weight).</extracomment>
        <translation>有数值缺失或不是数字</translation>
    </message>
    <message>
        <source>a band rule needs at least one band</source>
        <translation>分档规则至少需要一档</translation>
    </message>
    <message>
        <source>the floor and the target are the same</source>
        <translation>下限与目标相同</translation>
    </message>
    <message>
        <source>the cap is below 0</source>
        <translation>上限小于 0</translation>
    </message>
    <message>
        <source>the weight must be above 0</source>
        <translation>权重必须大于 0</translation>
    </message>
    <message>
        <source>{post}: the scorecard has no line.</source>
        <translation>{post}：考核表没有指标。</translation>
    </message>
    <message>
        <source>{post}, line {number} ({kpi})</source>
        <translation>{post}，第 {number} 行（{kpi}）</translation>
    </message>
    <message>
        <source>{where}: not a KPI csdesk knows.</source>
        <translation>{where}：不是 csdesk 认识的指标。</translation>
    </message>
    <message>
        <source>{where}: the KPI is on the card twice.</source>
        <translation>{where}：该指标在考核表中重复。</translation>
    </message>
    <message>
        <source>{where}: the weight must be above 0.</source>
        <translation>{where}：权重必须大于 0。</translation>
    </message>
    <message>
        <source>Grade bands must be A, B, C in that order, with numbers.</source>
        <translation>等级分段必须依次为 A、B、C，并填写数字。</translation>
    </message>
    <message>
        <source>Each grade needs a lower minimum total than the grade above it.</source>
        <translation>每个等级的最低总分必须低于上一等级。</translation>
    </message>
    <message>
        <source>A grade&apos;s bonus coefficient must be 0 or more.</source>
        <translation>等级奖金系数必须大于或等于 0。</translation>
    </message>
    <message>
        <source>Bonus amounts must be 0 or more.</source>
        <translation>奖金金额必须大于或等于 0。</translation>
    </message>
    <message>
        <source>The satisfaction pass line must be between 0 and 100 % and not above the extra tier.</source>
        <translation>满意度合格线必须在 0 到 100% 之间，且不高于额外奖励线。</translation>
    </message>
    <message>
        <source>The share of the scorecard that needs data must be 0 to 100 %.</source>
        <translation>需有数据的考核表权重比例须在 0 到 100 % 之间。</translation>
    </message>
    <message>
        <source>A veto must cap the grade at A, B, C or D.</source>
        <translation>否决项必须把等级限制为 A、B、C 或 D。</translation>
    </message>
    <message>
        <source>Months up to {closed} are closed and keep their rules: new rules can take effect from {month} on.</source>
        <translation>{closed}及以前的月份已关账，沿用当时的规则：新规则最早从{month}起生效。</translation>
    </message>
    <message>
        <source>The rules were not saved.</source>
        <translation>规则未保存。</translation>
    </message>
    <message>
        <source>That appraisal no longer exists.</source>
        <translation>该考核已不存在。</translation>
    </message>
    <message>
        <source>{month} is closed: correct an appraisal with an amendment instead.</source>
        <translation>{month} 已关账：请用更正来修改考核。</translation>
    </message>
    <message>
        <source>A newer version of this appraisal exists: open that one.</source>
        <translation>该考核已有更新版本：请打开新版本。</translation>
    </message>
    <message>
        <source>The comment is longer than {limit} characters.</source>
        <translation>评语超过 {limit} 个字符。</translation>
    </message>
    <message>
        <source>A finalised appraisal is read-only: make an amendment instead.</source>
        <translation>已定稿的考核为只读：请做更正。</translation>
    </message>
    <message>
        <source>{month} is still running: its appraisals are graded and finalised after it ends.</source>
        <translation>{month} 尚未结束：月份结束后才评定等级并定稿。</translation>
    </message>
    <message>
        <source>Say why the appraisal is amended.</source>
        <translation>请填写更正原因。</translation>
    </message>
    <message>
        <source>The agent has no data in {month} any more.</source>
        <translation>该客服在 {month} 已没有数据。</translation>
    </message>
    <message>
        <source>A draft is edited directly; only finalised ones are amended.</source>
        <translation>草稿可直接修改；只有已定稿的考核需要更正。</translation>
    </message>
    <message>
        <source>Only a finalised appraisal can be signed.</source>
        <translation>只有已定稿的考核才能签收。</translation>
    </message>
    <message>
        <source>The date must be between the day it was finalised and today.</source>
        <translation>日期必须在定稿日与今天之间。</translation>
    </message>
    <message>
        <source>{month} has not ended yet: close it from its last day on.</source>
        <translation>{month} 尚未结束：请在当月最后一天之后关账。</translation>
    </message>
</context>
<context>
    <name>AppraisalRulesDialog</name>
    <message>
        <source>Appraisal rules</source>
        <extracomment>How far ahead rules can be set to take effect.</extracomment>
        <translation>考核规则</translation>
    </message>
    <message>
        <source>Take &amp;effect from</source>
        <translation>生效月份(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Scorecards</source>
        <translation>考核表(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Grades and bonus</source>
        <translation>等级与奖金(&amp;G)</translation>
    </message>
    <message>
        <source>csdesk &amp;defaults</source>
        <translation>恢复默认规则(&amp;D)</translation>
    </message>
    <message>
        <source>Start again from the rules csdesk comes with (nothing is saved yet)</source>
        <translation>从 csdesk 自带的规则重新开始（尚未保存）</translation>
    </message>
    <message>
        <source>Until now {month} is appraised by csdesk&apos;s default rules.</source>
        <translation>目前{month}按 csdesk 默认规则考核。</translation>
    </message>
    <message>
        <source>Until now {month} is appraised by the rules in effect from {since} (saved {day} by {who}).</source>
        <translation>目前{month}按自{since}起生效的规则考核（{who}于{day}保存）。</translation>
    </message>
    <message>
        <source>Saving replaces that set.</source>
        <translation>保存将替换该套规则。</translation>
    </message>
    <message>
        <source>From {month} on, the rules saved for that month apply.</source>
        <translation>自{month}起适用为该月保存的规则。</translation>
    </message>
    <message>
        <source>Appraisal rules saved, in effect from {month}. Drafts already prepared keep their numbers until the month is prepared again.</source>
        <translation>考核规则已保存，自{month}起生效。已生成的草稿在重新生成考核前保持原数值。</translation>
    </message>
    <message>
        <source>The appraisal rules were changed. Save them?</source>
        <translation>考核规则已修改，是否保存？</translation>
    </message>
</context>
<context>
    <name>AppraisalView</name>
    <message>
        <source>Last 12 months</source>
        <extracomment>The page acts on these (they need a confirmation or a PDF of the whole month).</extracomment>
        <translation>近 12 个月</translation>
    </message>
    <message>
        <source>Supervisor&apos;s comment</source>
        <translation>主管评语</translation>
    </message>
    <message>
        <source>&amp;Save comment</source>
        <translation>保存评语(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Finalise</source>
        <translation>定稿(&amp;F)</translation>
    </message>
    <message>
        <source>Lock the appraisal with the month&apos;s data as it is now</source>
        <translation>按当月现有数据锁定考核</translation>
    </message>
    <message>
        <source>&amp;Amend…</source>
        <translation>更正(&amp;A)…</translation>
    </message>
    <message>
        <source>Correct a final appraisal: a new version</source>
        <translation>更正已定稿的考核：生成新版本</translation>
    </message>
    <message>
        <source>Si&amp;gned…</source>
        <translation>签收(&amp;G)…</translation>
    </message>
    <message>
        <source>Record that the agent read and signed it</source>
        <translation>记录客服已阅读并签字</translation>
    </message>
    <message>
        <source>&amp;Versions…</source>
        <translation>版本(&amp;V)…</translation>
    </message>
    <message>
        <source>C&amp;oaching…</source>
        <translation>辅导面谈(&amp;O)…</translation>
    </message>
    <message>
        <source>The coaching session about this month: evidence, notes, agreed actions</source>
        <translation>本月的辅导面谈：依据、记录、约定的措施</translation>
    </message>
    <message>
        <source>Print this &amp;appraisal…</source>
        <translation>打印本考核表(&amp;A)…</translation>
    </message>
    <message>
        <source>Double-click a line to see what made the number</source>
        <translation>双击一行查看数据来源</translation>
    </message>
    <message>
        <source>Select an agent to see their appraisal.</source>
        <translation>选择一名客服查看其考核。</translation>
    </message>
    <message>
        <source>version {version}</source>
        <translation>第 {version} 版</translation>
    </message>
    <message>
        <source>Total {total} · grade {grade} · rank {rank} · bonus {bonus}</source>
        <translation>总分 {total} · 等级 {grade} · 排名 {rank} · 奖金 {bonus}</translation>
    </message>
    <message>
        <source>Total {total} · {standing}: no grade, rank or bonus</source>
        <translation>总分 {total} · {standing}：不评等级、不排名、不计奖金</translation>
    </message>
    <message>
        <source>Signed by the agent on {day}. {comment}</source>
        <translation>客服已于 {day} 签收。{comment}</translation>
    </message>
    <message>
        <source>Not signed by the agent yet.</source>
        <translation>客服尚未签收。</translation>
    </message>
    <message>
        <source>The month is not prepared: these numbers are computed, not stored.</source>
        <translation>本月尚未生成考核：以下数字为即时计算，未保存。</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>实际值</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>加权得分</translation>
    </message>
    <message>
        <source>Coaching held on {day}.</source>
        <translation>已于 {day} 辅导面谈。</translation>
    </message>
    <message>
        <source>Suggestions made this month: {count}.</source>
        <translation>本月提出建议：{count} 条。</translation>
    </message>
    <message>
        <source>Open actions: {titles}.</source>
        <translation>未完成的措施：{titles}。</translation>
    </message>
    <message>
        <source>No data, left out: {kpis}.</source>
        <translation>无数据、未计入：{kpis}。</translation>
    </message>
    <message>
        <source>Satisfaction below the pass line: no bonus.</source>
        <translation>满意度低于合格线：无奖金。</translation>
    </message>
    <message>
        <source>Bonus: base {base} × {coefficient:g} + extra tier {extra} − complaints {deduction}</source>
        <translation>奖金：基数 {base} × {coefficient:g} + 额外奖励 {extra} − 投诉扣款 {deduction}</translation>
    </message>
    <message>
        <source>Grade capped by: {vetoes}.</source>
        <translation>等级受否决项限制：{vetoes}。</translation>
    </message>
    <message>
        <source>★ Service Star of the month</source>
        <translation>★ 本月服务之星</translation>
    </message>
    <message>
        <source>Amended: {reason}</source>
        <translation>已更正：{reason}</translation>
    </message>
    <message>
        <source>Total score</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Satisfaction %</source>
        <translation>满意度 %</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评语</translation>
    </message>
</context>
<context>
    <name>AppraisalsPage</name>
    <message>
        <source>Nobody to appraise in this month: no agent was employed, or the month has no figures yet.</source>
        <translation>本月没有可考核的客服：没有在职客服，或本月还没有数据。</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>月份(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Prepare month</source>
        <translation>生成考核(&amp;P)</translation>
    </message>
    <message>
        <source>Store a draft appraisal for every agent of the month (again: recompute)</source>
        <translation>为本月每位客服保存考核草稿（再次点击：重新计算）</translation>
    </message>
    <message>
        <source>&amp;Close month…</source>
        <translation>关账(&amp;C)…</translation>
    </message>
    <message>
        <source>Finalise every draft of the month and record the Service Star</source>
        <translation>将本月所有草稿定稿，并记录服务之星</translation>
    </message>
    <message>
        <source>&amp;Quarter…</source>
        <translation>季度(&amp;Q)…</translation>
    </message>
    <message>
        <source>Three months&apos; totals and the quarter&apos;s bonus</source>
        <translation>三个月的总分与季度奖金</translation>
    </message>
    <message>
        <source>R&amp;ules…</source>
        <translation>规则(&amp;U)…</translation>
    </message>
    <message>
        <source>Scorecards, grades, vetoes and bonus, tried on a month before saving</source>
        <translation>考核表、等级、否决项和奖金，保存前可先用某月数据试算</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>打印(&amp;R)…</translation>
    </message>
    <message>
        <source>The team summary and every agent&apos;s page (Ctrl+P)</source>
        <translation>团队汇总及每位客服的考核表（Ctrl+P）</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation>导出 PDF(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the month&apos;s appraisals as a PDF (Ctrl+E)</source>
        <translation>将该月考核保存为 PDF（Ctrl+E）</translation>
    </message>
    <message>
        <source>No.</source>
        <extracomment>A finalised appraisal&apos;s status cell.</extracomment>
        <translation>工号</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>奖金</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>签收</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>之星</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无</translation>
    </message>
    <message>
        <source>No agent worked in this month.</source>
        <translation>本月没有客服在岗。</translation>
    </message>
    <message>
        <source>The month is still running: the figures so far. Grades, bonuses and the Service Star come after it ends.</source>
        <translation>本月尚未结束：以下为截至目前的数据。等级、奖金和服务之星在月份结束后评定。</translation>
    </message>
    <message>
        <source>Closed on {day}. Service Star: {star}.</source>
        <translation>已于 {day} 关账。服务之星：{star}。</translation>
    </message>
    <message>
        <source>Not prepared: the numbers are computed from the month&apos;s data. Service Star so far: {star}.</source>
        <translation>尚未生成：数字按本月数据即时计算。目前服务之星：{star}。</translation>
    </message>
    <message>
        <source>{drafts} of {count} not final. Service Star so far: {star}.</source>
        <translation>{count} 份中 {drafts} 份未定稿。目前服务之星：{star}。</translation>
    </message>
    <message>
        <source>Appraisals</source>
        <translation>绩效考核</translation>
    </message>
    <message>
        <source>{result} draft appraisals prepared.</source>
        <translation>已生成 {result} 份考核草稿。</translation>
    </message>
    <message>
        <source>Finalise</source>
        <translation>定稿</translation>
    </message>
    <message>
        <source>Finalise the appraisal of {name}? Its numbers are computed once more from the month&apos;s data and then locked; a later correction is an amendment.</source>
        <translation>将{name}的考核定稿？数字会按本月数据再计算一次后锁定；之后的修改需做更正。</translation>
    </message>
    <message>
        <source>Appraisal finalised.</source>
        <translation>考核已定稿。</translation>
    </message>
    <message>
        <source>Close month</source>
        <translation>关账</translation>
    </message>
    <message numerus="yes">
        <source>Close {month}? {drafts} appraisals not final yet are computed once more and locked, and the Service Star is recorded. Corrections after that are amendments.</source>
        <translation>
            <numerusform>关账 {month}？{drafts} 份未定稿的考核将重新计算并锁定，同时记录服务之星。此后的修改需做更正。</numerusform>
        </translation>
    </message>
    <message>
        <source>Month closed.</source>
        <translation>已关账。</translation>
    </message>
    <message>
        <source>Writing the appraisals…</source>
        <translation>正在生成考核表…</translation>
    </message>
    <message>
        <source>Appraisals {month}</source>
        <translation>{month} 考核</translation>
    </message>
    <message>
        <source>Export appraisals</source>
        <translation>导出考核</translation>
    </message>
    <message>
        <source>appraisals-{month}.pdf</source>
        <translation>月度考核-{month}.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>{count} appraisals written to {path}</source>
        <translation>
            <numerusform>已将 {count} 份考核写入 {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArchiveDialog</name>
    <message>
        <source>Archive {name}</source>
        <translation>归档 {name}</translation>
    </message>
    <message>
        <source>Leaving date</source>
        <translation>离职日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>{name} keeps their history and moves to the Left list.</source>
        <translation>{name} 的历史记录会保留，并移入离职名单。</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>added</source>
        <extracomment>The kinds of record whose &quot;status&quot; is a complaint&apos;s (the rest are agents&apos;). A training budget is kept per year under this prefix (&quot;training_budget:2026&quot;).</extracomment>
        <translation>添加</translation>
    </message>
    <message>
        <source>role changed</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>password set</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <source>recovered with the code</source>
        <translation>用恢复码重置</translation>
    </message>
    <message>
        <source>wrong recovery code</source>
        <translation>恢复码错误</translation>
    </message>
    <message>
        <source>sign-in failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>sign-in refused</source>
        <translation>登录被拒</translation>
    </message>
    <message>
        <source>finalised</source>
        <translation>定稿</translation>
    </message>
    <message>
        <source>amended</source>
        <translation>修订</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>签字</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>结月</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>validity judged</source>
        <translation>判定有效性</translation>
    </message>
    <message>
        <source>appeal decided</source>
        <translation>裁决申诉</translation>
    </message>
    <message>
        <source>KPI typed</source>
        <translation>录入指标</translation>
    </message>
    <message>
        <source>setting changed</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <source>status changed</source>
        <translation>状态变更</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>changed after publishing</source>
        <translation>发布后修改</translation>
    </message>
    <message>
        <source>changed by an import</source>
        <translation>导入时修改</translation>
    </message>
    <message>
        <source>comment written</source>
        <translation>填写评语</translation>
    </message>
    <message>
        <source>account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>appraisal</source>
        <translation>考核</translation>
    </message>
    <message>
        <source>appraisal month</source>
        <translation>考核月份</translation>
    </message>
    <message>
        <source>appraisal rules</source>
        <translation>考核规则</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>shop setting</source>
        <translation>店铺设置</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>staff file</source>
        <translation>员工文件</translation>
    </message>
    <message>
        <source>training file</source>
        <translation>培训文件</translation>
    </message>
    <message>
        <source>complaints file</source>
        <translation>投诉文件</translation>
    </message>
    <message>
        <source>conversations file</source>
        <translation>会话文件</translation>
    </message>
    <message>
        <source>agent summaries file</source>
        <translation>客服汇总文件</translation>
    </message>
    <message>
        <source>orders file</source>
        <translation>订单文件</translation>
    </message>
    <message>
        <source>actions file</source>
        <translation>改进措施文件</translation>
    </message>
    <message>
        <source>suggestions file</source>
        <translation>建议文件</translation>
    </message>
    <message>
        <source>rota</source>
        <translation>排班</translation>
    </message>
    <message>
        <source>day&apos;s shifts</source>
        <translation>当天班次</translation>
    </message>
    <message>
        <source>rota: least rest between shifts (hours)</source>
        <translation>排班：两班之间最少休息（小时）</translation>
    </message>
    <message>
        <source>rota: most hours a day</source>
        <translation>排班：每天最多工时</translation>
    </message>
    <message>
        <source>rota: most hours a week</source>
        <translation>排班：每周最多工时</translation>
    </message>
    <message>
        <source>rota: most days in a row</source>
        <translation>排班：最多连续上班天数</translation>
    </message>
    <message>
        <source>platform sub-accounts</source>
        <translation>平台子账号</translation>
    </message>
    <message>
        <source>mentor</source>
        <translation>带教师傅</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>评语</translation>
    </message>
    <message>
        <source>compensation amount</source>
        <translation>补偿金额</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>training budget {year}</source>
        <translation>{year} 年培训预算</translation>
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
        <source>around the clock (calendar hours)</source>
        <translation>全天计时（自然小时）</translation>
    </message>
    <message>
        <source>working hours only</source>
        <translation>仅工作时间</translation>
    </message>
    <message>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>wrong passwords in a row</source>
        <translation>连续输错密码次数</translation>
    </message>
    <message>
        <source>value</source>
        <translation>取值</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>total score</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>signed on</source>
        <translation>签字日期</translation>
    </message>
    <message>
        <source>counts against the agent</source>
        <translation>计入客服</translation>
    </message>
    <message>
        <source>appeal</source>
        <translation>申诉</translation>
    </message>
    <message>
        <source>Service Star</source>
        <translation>服务之星</translation>
    </message>
    <message>
        <source>rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>shop name</source>
        <translation>店铺名称</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>idle minutes before the lock</source>
        <translation>离开锁定分钟数</translation>
    </message>
    <message>
        <source>complaints: due soon (minutes)</source>
        <translation>投诉：即将到期（分钟）</translation>
    </message>
    <message>
        <source>complaints: clock hours</source>
        <translation>投诉：计时时段</translation>
    </message>
    <message>
        <source>rota: shrinkage</source>
        <translation>排班：损耗率</translation>
    </message>
    <message>
        <source>rota: highest occupancy</source>
        <translation>排班：最高占用率</translation>
    </message>
    <message>
        <source>training: warning days</source>
        <translation>培训：提前提醒天数</translation>
    </message>
    <message>
        <source>{file}, line {line}</source>
        <translation>{file}，第 {line} 行</translation>
    </message>
    <message>
        <source>lines {rows}, added {created}, changed {updated}</source>
        <extracomment>The reasons imports write (in English, as keys are), read back for the reader&apos;s words.</extracomment>
        <translation>共 {rows} 行，新增 {created}，修改 {updated}</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>&amp;Check the trail</source>
        <translation>校验审计记录(&amp;C)</translation>
    </message>
    <message>
        <source>Recompute every entry&apos;s hash and compare with the newest backup</source>
        <translation>重新计算每条记录的哈希，并与最新备份比对</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the entries the filters leave (Ctrl+E)</source>
        <translation>保存筛选后的记录（Ctrl+E）</translation>
    </message>
    <message>
        <source>Checking the trail…</source>
        <translation>正在校验审计记录…</translation>
    </message>
    <message>
        <source>The trail was altered: entry {id} and those after it no longer chain. Somebody changed the database file outside csdesk; keep it and a backup for whoever looks into it.</source>
        <translation>审计记录被改动：第 {id} 条及其后的记录已无法衔接。有人在 csdesk 之外修改了数据库文件；请保留该文件和一份备份，以便调查。</translation>
    </message>
    <message>
        <source>The trail was rewritten: entry {id} differs from the backup of {time}.</source>
        <translation>审计记录被重写：第 {id} 条与 {time} 的备份不一致。</translation>
    </message>
    <message>
        <source>The trail is whole: {count} entries checked.</source>
        <translation>审计记录完整：已校验 {count} 条。</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>导出审计记录</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n entries to {path}.</source>
        <translation>
            <numerusform>已将 %n 条记录保存到 {path}。</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the audit trail…</source>
        <translation>正在写入审计记录…</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>From</source>
        <extracomment>How long typing pauses before the search runs (one query, not one per key). How many rows the columns&apos; widths are measured on.</extracomment>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Search records, fields and values</source>
        <translation>搜索记录、字段和值</translation>
    </message>
    <message>
        <source>Every account</source>
        <translation>全部账号</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <source>Reading the trail…</source>
        <translation>正在读取审计记录…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Entries: {total} (the newest {shown} shown; narrow the filters)</source>
        <translation>共 {total} 条（显示最新 {shown} 条；请缩小筛选范围）</translation>
    </message>
    <message>
        <source>Entries: {total}</source>
        <translation>共 {total} 条</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <source>Cancel</source>
        <extracomment>The dialog shows only for work that lasts longer than this (ms).</extracomment>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>{title}: cancelled; nothing was written.</source>
        <translation>{title}：已取消，未写入任何内容。</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>No database at {path}.</source>
        <translation>{path} 处没有数据库。</translation>
    </message>
    <message>
        <source>The backup failed: {reason}</source>
        <extracomment>The shop setting holding the day of the last daily backup (YYYY-MM-DD).</extracomment>
        <translation>备份失败：{reason}</translation>
    </message>
    <message>
        <source>No backup file at {path}.</source>
        <translation>{path} 处没有备份文件。</translation>
    </message>
    <message>
        <source>{path} is not a csdesk backup (it is empty or not a file).</source>
        <translation>{path} 不是 csdesk 备份（文件为空或不是文件）。</translation>
    </message>
    <message>
        <source>The backup {path} is damaged; nothing was restored.</source>
        <translation>备份 {path} 已损坏，未做任何恢复。</translation>
    </message>
    <message>
        <source>{path} is not a csdesk backup (another program&apos;s file); nothing was restored.</source>
        <translation>{path} 不是 csdesk 备份（是其他程序的文件），未恢复任何内容。</translation>
    </message>
    <message>
        <source>{path} was made by a newer csdesk; install it to restore this backup. Nothing was restored.</source>
        <translation>{path} 由更新版本的 csdesk 生成，请安装新版本后再恢复此备份。未恢复任何内容。</translation>
    </message>
    <message>
        <source>without a name</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>{path} is a backup of another shop ({name}). Restoring it would replace this shop&apos;s data with that shop&apos;s; nothing was restored. To do it anyway, confirm that you mean the other shop.</source>
        <translation>{path} 是另一家店铺（{name}）的备份。恢复它会用那家店铺的数据替换本店数据，因此未恢复任何内容。如确实要恢复，请确认您指的是那家店铺。</translation>
    </message>
    <message>
        <source>The restore failed: {reason}</source>
        <translation>恢复失败：{reason}</translation>
    </message>
    <message>
        <source>No good backup of the shop at {path} was found.</source>
        <translation>没有找到 {path} 这家店铺的完好备份。</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>language: zh_CN, zh_TW or en</source>
        <translation>语言：zh_CN、zh_TW 或 en</translation>
    </message>
    <message>
        <source>csdesk: the customer-service supervisor&apos;s desk.</source>
        <translation>csdesk：客服主管的工作台。</translation>
    </message>
    <message>
        <source>open the window, wait until it has loaded, then exit</source>
        <translation>打开窗口，等待加载完成后退出</translation>
    </message>
    <message>
        <source>create a demo shop</source>
        <translation>创建演示店铺</translation>
    </message>
    <message>
        <source>team size</source>
        <translation>团队人数</translation>
    </message>
    <message>
        <source>months of history</source>
        <translation>历史月数</translation>
    </message>
    <message>
        <source>random seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>import a CSV or XLSX file</source>
        <translation>导入 CSV 或 XLSX 文件</translation>
    </message>
    <message>
        <source>list the fields and exit</source>
        <translation>列出字段后退出</translation>
    </message>
    <message>
        <source>map a column of the file to a field</source>
        <translation>将文件中的列对应到字段</translation>
    </message>
    <message>
        <source>use a column map saved in the import window</source>
        <translation>使用在导入窗口中保存的列对应方案</translation>
    </message>
    <message>
        <source>check the file, write nothing</source>
        <translation>只检查文件，不写入</translation>
    </message>
    <message>
        <source>leave out rows whose account matches no agent</source>
        <translation>跳过账号对应不到客服的行</translation>
    </message>
    <message>
        <source>summaries: the month or day of a file without a date column</source>
        <translation>summaries：文件没有日期列时，指定月份或日期</translation>
    </message>
    <message>
        <source>export to CSV or XLSX</source>
        <translation>导出为 CSV 或 XLSX</translation>
    </message>
    <message>
        <source>rota: the week to export</source>
        <translation>rota：要导出的周</translation>
    </message>
    <message>
        <source>print a report to PDF</source>
        <translation>将报表输出为 PDF</translation>
    </message>
    <message>
        <source>include agents who left</source>
        <translation>包括已离职客服</translation>
    </message>
    <message>
        <source>year of the training report or the year-end summary (default: this year)</source>
        <translation>培训年报或年终总结的年份（默认：今年）</translation>
    </message>
    <message>
        <source>month of the complaint review, the appraisals or the team report, YYYY-MM (default: last month)</source>
        <translation>投诉复盘、考核或团队月报的月份，YYYY-MM（默认：上月）</translation>
    </message>
    <message>
        <source>appraisal: one agent&apos;s employee number, or all (default)</source>
        <translation>考核：某位客服的工号，或 all（默认）</translation>
    </message>
    <message>
        <source>rota: the week to print, e.g. 2026-W48 (default: this week)</source>
        <translation>rota：要打印的周，如 2026-W48（默认：本周）</translation>
    </message>
    <message>
        <source>rota: paper size, landscape (default: A4)</source>
        <translation>rota：纸张，横向（默认：A4）</translation>
    </message>
    <message>
        <source>meeting: the day of the meeting (default: today)</source>
        <translation>meeting：例会日期（默认：今天）</translation>
    </message>
    <message>
        <source>actions: which actions to list (default: open)</source>
        <translation>actions：列出哪些措施（默认：open）</translation>
    </message>
    <message>
        <source>print the monthly KPIs of every agent</source>
        <translation>打印每位客服的月度 KPI</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM（年-月）</translation>
    </message>
    <message>
        <source>only this employee number</source>
        <translation>只看这个工号</translation>
    </message>
    <message>
        <source>one line for the whole team, over all its contacts</source>
        <translation>整个团队一行，按全部咨询计算</translation>
    </message>
    <message>
        <source>with --team: a line per channel, then the team</source>
        <translation>与 --team 一起用：每个渠道一行，最后是团队</translation>
    </message>
    <message>
        <source>csv: one row per agent, rates in percent, money in yuan</source>
        <translation>csv：每位客服一行，比率为百分数，金额单位为元</translation>
    </message>
    <message>
        <source>--by channel goes with --team.</source>
        <translation>--by channel 需与 --team 一起使用。</translation>
    </message>
    <message>
        <source>complaint_rate: complaints received per 1,000 paid orders.</source>
        <translation>complaint_rate：每千笔支付订单收到的投诉数。</translation>
    </message>
    <message>
        <source>complaint_rate: complaints received per 1,000 contacts (no orders on file).</source>
        <translation>complaint_rate：每 1,000 次咨询收到的投诉数（尚无订单数据）。</translation>
    </message>
    <message>
        <source>agents needed for an hour of contacts (Erlang C)</source>
        <translation>按 Erlang C 计算一小时咨询量所需客服人数</translation>
    </message>
    <message>
        <source>contacts in the hour</source>
        <translation>该小时的咨询量</translation>
    </message>
    <message>
        <source>average handling time in seconds</source>
        <translation>平均处理时长（秒）</translation>
    </message>
    <message>
        <source>share answered within the time (default 0.8)</source>
        <translation>在规定时间内接起的比例（默认 0.8）</translation>
    </message>
    <message>
        <source>answer time in seconds (default 30)</source>
        <translation>规定接起时间（秒，默认 30）</translation>
    </message>
    <message>
        <source>chats an agent handles at once (default 1: phone)</source>
        <translation>每位客服同时接待的会话数（默认 1：电话）</translation>
    </message>
    <message>
        <source>share of paid time away from contacts (default 0.3)</source>
        <translation>不处理咨询的工时比例（默认 0.3）</translation>
    </message>
    <message>
        <source>highest share of time busy with contacts (default 0.85)</source>
        <translation>处理咨询时间占比上限（默认 0.85）</translation>
    </message>
    <message>
        <source>back the database up now</source>
        <translation>立即备份数据库</translation>
    </message>
    <message>
        <source>backup file (default: the backup folder)</source>
        <translation>备份文件（默认：备份文件夹）</translation>
    </message>
    <message>
        <source>replace the database with a backup</source>
        <translation>用备份替换数据库</translation>
    </message>
    <message>
        <source>restore this shop&apos;s newest good backup</source>
        <translation>恢复本店最新的完好备份</translation>
    </message>
    <message>
        <source>restore even a backup of another shop (replaces this shop)</source>
        <translation>即使是另一家店铺的备份也恢复（会替换本店数据）</translation>
    </message>
    <message>
        <source>check the database for damage</source>
        <translation>检查数据库是否损坏</translation>
    </message>
    <message>
        <source>The audit trail was rewritten: entry {id} differs from the backup of {time}.</source>
        <translation>操作日志被改写过：第 {id} 条与 {time} 的备份不一致。</translation>
    </message>
    <message>
        <source>The audit trail was altered: entry {id} and those after it do not chain.</source>
        <translation>操作日志被改动过：第 {id} 条及其后的记录无法衔接。</translation>
    </message>
    <message>
        <source>The audit trail is intact.</source>
        <translation>操作日志完整。</translation>
    </message>
    <message>
        <source>database file, or a shared server&apos;s postgresql+psycopg://USER@HOST/DATABASE (default: CSDESK_DB or the user data folder)</source>
        <extracomment>Seconds a command waits for a restore or upgrade that another csdesk runs. Years a --month or --week may name: the same span imports accept for dates.</extracomment>
        <translation>数据库文件，或共享服务器的 postgresql+psycopg://用户@主机/数据库（默认：CSDESK_DB 或用户数据文件夹）</translation>
    </message>
    <message>
        <source>sign in as NAME on a shop with accounts (password: CSDESK_PASSWORD or asked)</source>
        <translation>在设有账号的店铺以 NAME 登录（密码取自 CSDESK_PASSWORD 或现场输入）</translation>
    </message>
    <message>
        <source>{text} is out of range: use a year from {first} to {last}.</source>
        <translation>{text} 超出范围：年份须在 {first} 到 {last} 之间。</translation>
    </message>
    <message>
        <source>{text} is not a week (YYYY-Www, e.g. 2026-W48).</source>
        <translation>{text} 不是一周（YYYY-Www，如 2026-W48）。</translation>
    </message>
    <message>
        <source>{text} is not a month (YYYY-MM).</source>
        <translation>{text} 不是月份（YYYY-MM）。</translation>
    </message>
    <message>
        <source>{text} is not a month (YYYY-MM) or a day (YYYY-MM-DD).</source>
        <translation>{text} 不是月份（YYYY-MM）或日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Password for {name}: </source>
        <translation>{name} 的密码：</translation>
    </message>
    <message>
        <source>Demo shop created in {path}: {count} agent records.</source>
        <translation>已在 {path} 创建演示店铺：{count} 条客服记录。</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* 必填</translation>
    </message>
    <message>
        <source>Name the file to import (or use --fields).</source>
        <translation>请指定要导入的文件（或使用 --fields）。</translation>
    </message>
    <message>
        <source>--skip-unknown applies to conversations and summaries only.</source>
        <translation>--skip-unknown 只适用于会话和客服绩效导入。</translation>
    </message>
    <message>
        <source>--period applies to summaries only.</source>
        <translation>--period 只适用于客服绩效导入。</translation>
    </message>
    <message>
        <source>complaints: only those received in YYYY-MM; appraisals: the month</source>
        <translation>投诉：仅导出 YYYY-MM 收到的；考核：考核月份</translation>
    </message>
    <message>
        <source>--month applies to complaints and appraisals only.</source>
        <translation>--month 只适用于投诉和考核。</translation>
    </message>
    <message>
        <source>--week applies to the rota only.</source>
        <translation>--week 只适用于排班。</translation>
    </message>
    <message>
        <source>Export the rota of one week: --week YYYY-Www.</source>
        <translation>排班按周导出：--week YYYY-Www。</translation>
    </message>
    <message>
        <source>Export the appraisals of one month: --month YYYY-MM.</source>
        <translation>导出某一个月的考核：--month YYYY-MM。</translation>
    </message>
    <message numerus="yes">
        <source>{count} rows written to {path}.</source>
        <translation>
            <numerusform>已写入 {count} 行到 {path}。</numerusform>
        </translation>
    </message>
    <message>
        <source>Complaint review of {month} ({count} received) written to {path}.</source>
        <translation>{month} 投诉复盘（收到 {count} 件）已写入 {path}。</translation>
    </message>
    <message numerus="yes">
        <source>Appraisals of {month} ({count} agents) written to {path}.</source>
        <translation>
            <numerusform>{month} 的考核（{count} 位客服）已写入 {path}。</numerusform>
        </translation>
    </message>
    <message>
        <source>Team report of {month} written to {path}.</source>
        <translation>{month} 团队月报已写入 {path}。</translation>
    </message>
    <message>
        <source>Year-end summary of {year} written to {path}.</source>
        <translation>{year} 年终总结已写入 {path}。</translation>
    </message>
    <message numerus="yes">
        <source>{count} actions written to {path}.</source>
        <translation>
            <numerusform>{count} 项措施已写入 {path}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Coaching sheets of {month} ({count} agents) written to {path}.</source>
        <translation>
            <numerusform>{month} 辅导面谈表（{count} 人）已写入 {path}。</numerusform>
        </translation>
    </message>
    <message>
        <source>Meeting sheet of {day} written to {path}.</source>
        <translation>{day} 例会记录已写入 {path}。</translation>
    </message>
    <message numerus="yes">
        <source>Rota of {week} ({count} agents) written to {path}.</source>
        <translation>
            <numerusform>{week} 排班（{count} 名客服）已写入 {path}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Training report with {count} sessions written to {path}.</source>
        <translation>
            <numerusform>培训报告（{count} 个场次）已写入 {path}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Training matrix of {count} agents written to {path}.</source>
        <translation>
            <numerusform>{count} 名客服的培训矩阵已写入 {path}。</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup written to {path}.</source>
        <translation>备份已写入 {path}。</translation>
    </message>
    <message>
        <source>Restored {backup} into {path}.</source>
        <translation>已将 {backup} 恢复到 {path}。</translation>
    </message>
    <message>
        <source>The previous database was kept as {path}.</source>
        <translation>原数据库已保留为 {path}。</translation>
    </message>
    <message>
        <source>Schema revision: {revision} (this csdesk: {head})</source>
        <translation>数据结构版本：{revision}（本程序：{head}）</translation>
    </message>
    <message>
        <source>The database is damaged.</source>
        <translation>数据库已损坏。</translation>
    </message>
    <message>
        <source>No agent {number} in {month}.</source>
        <translation>{month} 没有工号为 {number} 的客服。</translation>
    </message>
    <message>
        <source>the team&apos;s yearly goals, month by month</source>
        <translation>团队年度目标，逐月对照</translation>
    </message>
    <message>
        <source>set a goal; propose the year&apos;s goals (from the year before, or the plans&apos;); budget: the year&apos;s training budget</source>
        <translation>设定目标；为该年提出目标建议（依据上一年，或方案中的目标）；budget：该年的培训预算</translation>
    </message>
    <message>
        <source>set: the KPI key, as kpis --team prints it</source>
        <translation>set：指标代码，与 kpis --team 输出的一致</translation>
    </message>
    <message>
        <source>set: the year&apos;s target</source>
        <translation>set：全年目标值</translation>
    </message>
    <message>
        <source>set: a change from the baseline, -20%% or +5pt (--change=-20%%)</source>
        <translation>set：相对基准的变化，-20%% 或 +5pt（写作 --change=-20%%）</translation>
    </message>
    <message>
        <source>set: default: last year&apos;s figure</source>
        <translation>set：默认为去年的实际值</translation>
    </message>
    <message>
        <source>set: targets per quarter or month on the way, e.g. &quot;Q1=92, Q2=93, 11=90&quot;</source>
        <translation>set：途中按季度或月份的目标，例如 &quot;Q1=92, Q2=93, 11=90&quot;</translation>
    </message>
    <message>
        <source>propose: keep the proposals</source>
        <translation>propose：保存这些建议</translation>
    </message>
    <message>
        <source>budget: the year&apos;s training budget in yuan (0: none)</source>
        <translation>budget：该年的培训预算，单位元（0：不设）</translation>
    </message>
    <message>
        <source>Name the goal&apos;s KPI: --kpi KEY.</source>
        <translation>请指定目标的指标：--kpi 指标代码。</translation>
    </message>
    <message numerus="yes">
        <source>{count} goals set for {year}.</source>
        <translation>
            <numerusform>已为 {year} 年设定 {count} 个目标。</numerusform>
        </translation>
    </message>
    <message>
        <source>Training budget {year}: {budget}; spent: {spent}.</source>
        <translation>{year} 年培训预算：{budget}；已支出：{spent}。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>未设定</translation>
    </message>
    <message>
        <source>No goals set for this year.</source>
        <translation>本年度尚未设定目标。</translation>
    </message>
    <message>
        <source>{value} is not a date (YYYY-MM-DD).</source>
        <translation>{value} 不是日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>the improvement actions and their state</source>
        <translation>改进措施及其状态</translation>
    </message>
    <message>
        <source>only this agent&apos;s actions</source>
        <translation>只列出该客服的措施</translation>
    </message>
    <message>
        <source>as of this day, YYYY-MM-DD (default: today)</source>
        <translation>以该日为准，YYYY-MM-DD（默认：今天）</translation>
    </message>
    <message>
        <source>No agent {number}.</source>
        <translation>没有客服 {number}。</translation>
    </message>
    <message>
        <source>No actions.</source>
        <translation>没有措施。</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>what needs doing today, every area</source>
        <translation>今日待办，涵盖各个方面</translation>
    </message>
    <message>
        <source>accounts, roles and passwords</source>
        <translation>账号、角色和密码</translation>
    </message>
    <message>
        <source>add an account</source>
        <translation>添加账号</translation>
    </message>
    <message>
        <source>read the password from standard input</source>
        <translation>从标准输入读取密码</translation>
    </message>
    <message>
        <source>list the accounts</source>
        <translation>列出账号</translation>
    </message>
    <message>
        <source>set a password</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <source>disable an account</source>
        <translation>停用账号</translation>
    </message>
    <message>
        <source>enable an account again</source>
        <translation>重新启用账号</translation>
    </message>
    <message>
        <source>change an account&apos;s role</source>
        <translation>修改账号角色</translation>
    </message>
    <message>
        <source>minutes away before the window locks (0: never)</source>
        <translation>离开多少分钟后锁定窗口（0：从不）</translation>
    </message>
    <message>
        <source>reset the owner&apos;s password with the recovery code</source>
        <translation>用恢复码重置店主密码</translation>
    </message>
    <message>
        <source>who changed what, and when</source>
        <translation>谁在何时改了什么</translation>
    </message>
    <message>
        <source>from this day, YYYY-MM-DD</source>
        <translation>自此日起，YYYY-MM-DD</translation>
    </message>
    <message>
        <source>only this account&apos;s entries</source>
        <translation>只看此账号的记录</translation>
    </message>
    <message>
        <source>only this kind of record (account ...)</source>
        <translation>只看此类记录（account 等）</translation>
    </message>
    <message>
        <source>New password for {name}: </source>
        <translation>{name} 的新密码：</translation>
    </message>
    <message>
        <source>Again: </source>
        <translation>再输一次：</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>两次输入的密码不同；未做任何修改。</translation>
    </message>
    <message>
        <source>Account {name} added.</source>
        <translation>已添加账号 {name}。</translation>
    </message>
    <message>
        <source>{name} is the shop&apos;s owner. Recovery code (write it down, it is shown once): {code}</source>
        <translation>{name} 是店铺的店主。恢复码（请抄下来，只显示这一次）：{code}</translation>
    </message>
    <message>
        <source> (disabled)</source>
        <translation>（已停用）</translation>
    </message>
    <message>
        <source>Password reset. The next recovery code: {code}</source>
        <translation>密码已重置。新的恢复码：{code}</translation>
    </message>
    <message>
        <source>{problem} Nothing half-written was kept; run it again.</source>
        <translation>{problem} 未保留任何写了一半的内容；请重新运行。</translation>
    </message>
    <message>
        <source>copy the shop to an empty PostgreSQL database</source>
        <translation>把店铺复制到一个空的 PostgreSQL 数据库</translation>
    </message>
    <message>
        <source>Copied {done} of {tables} tables…</source>
        <translation>已复制 {done}/{tables} 张表…</translation>
    </message>
    <message>
        <source>Moved {rows} rows in {tables} tables to {url}; {file} is unchanged. Each seat joins the shop there in Settings ▸ Shared server (commands: csdesk --db URL COMMAND).</source>
        <translation>已将 {tables} 张表共 {rows} 行迁移到 {url}；{file} 未做改动。各席位在“设置 ▸ 共享服务器”中加入该店铺（命令行：csdesk --db URL 命令）。</translation>
    </message>
</context>
<context>
    <name>CardsTab</name>
    <message>
        <source>&amp;Post</source>
        <translation>岗位(&amp;P)</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Scored by</source>
        <translation>计分方式</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>添加指标(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>删除指标(&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move d&amp;own</source>
        <translation>下移(&amp;O)</translation>
    </message>
    <message>
        <source>Weights add up to {sum:g}. A KPI without data in a month is left out and the others share its weight.</source>
        <translation>权重合计 {sum:g}。某月没有数据的指标不计入，其权重由其他指标分摊。</translation>
    </message>
</context>
<context>
    <name>CategoriesTab</name>
    <message>
        <source>Add &amp;category…</source>
        <translation>添加类别(&amp;C)…</translation>
    </message>
    <message>
        <source>Add &amp;subcategory…</source>
        <translation>添加子类别(&amp;S)…</translation>
    </message>
    <message>
        <source>Under the selected category</source>
        <translation>添加到所选类别下</translation>
    </message>
    <message>
        <source>Archived categories are not offered for new complaints; old ones keep them</source>
        <translation>归档的类别不再供新投诉选择；旧投诉保留原类别</translation>
    </message>
    <message>
        <source>New subcategory</source>
        <translation>新子类别</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>新类别</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>New certificate</source>
        <translation>新建证书</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>&amp;Agent</source>
        <translation>客服(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Certificate</source>
        <translation>证书(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Issuer</source>
        <translation>颁发机构(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>编号(&amp;N)</translation>
    </message>
    <message>
        <source>Issued &amp;on</source>
        <translation>颁发日期(&amp;O)</translation>
    </message>
    <message>
        <source>E&amp;xpiry</source>
        <translation>有效期(&amp;X)</translation>
    </message>
    <message>
        <source>Counts for c&amp;ourse</source>
        <translation>可抵课程(&amp;O)</translation>
    </message>
</context>
<context>
    <name>CertificatesTab</name>
    <message>
        <source>No certificates recorded. Add the external certificates your agents hold (e-commerce, Mandarin level ...) to be reminded before they lapse.</source>
        <translation>还没有登记证书。登记客服持有的外部证书（电子商务师、普通话等级……），到期前会提醒。</translation>
    </message>
    <message>
        <source>Add certificate</source>
        <translation>登记证书</translation>
    </message>
    <message>
        <source>&amp;New certificate</source>
        <translation>新建证书(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Search agent or certificate</source>
        <translation>搜索客服或证书</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>永久有效</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>颁发机构</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>颁发日期</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Counts for course</source>
        <translation>可抵课程</translation>
    </message>
    <message>
        <source>Delete certificate</source>
        <translation>删除证书</translation>
    </message>
    <message>
        <source>Delete {certificate} of {name}?</source>
        <translation>删除{name}的「{certificate}」？</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>Check in: {title}</source>
        <translation>记录进展：{title}</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>进度(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
</context>
<context>
    <name>ClockRulesTab</name>
    <message>
        <source>Promised times</source>
        <extracomment>A week as the form holds it: (start, end) minutes per weekday, None when closed.</extracomment>
        <translation>承诺时限</translation>
    </message>
    <message>
        <source>Count them around the clock (calendar hours, as customers are promised)</source>
        <translation>按自然时间全天计算（与对顾客的承诺一致）</translation>
    </message>
    <message>
        <source>Unticked: only the working week below counts, holidays excluded</source>
        <translation>不勾选时：只按下方的工作时间计算，节假日不计</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>首次响应</translation>
    </message>
    <message>
        <source>Solution proposed</source>
        <translation>提出方案</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>解决</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>&quot;&amp;Due soon&quot; within</source>
        <translation>“即将到期”提前(&amp;D)</translation>
    </message>
    <message>
        <source>Complaints with this much working time left are shown as due soon</source>
        <translation>剩余工作时间不超过此值的投诉显示为即将到期</translation>
    </message>
    <message>
        <source>Working week</source>
        <translation>每周工作时间</translation>
    </message>
    <message>
        <source>The clocks run only in these hours. An end of 00:00 means midnight. Public holidays and make-up working days are on the next tab.</source>
        <translation>计时只在这些时段内走动。结束时间 00:00 表示午夜。法定节假日和调休上班日在下一个标签页。</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Open complaints&apos; due times are recomputed</source>
        <translation>未结投诉的到期时间将重新计算</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>撤销更改(&amp;U)</translation>
    </message>
    <message>
        <source>{day}: the working hours end before they start.</source>
        <translation>{day}：工作时间的结束早于开始。</translation>
    </message>
    <message>
        <source>The shop must work on at least one day.</source>
        <translation>店铺每周至少要有一天工作。</translation>
    </message>
</context>
<context>
    <name>Coaching</name>
    <message>
        <source>That coaching session no longer exists.</source>
        <translation>该辅导面谈已不存在。</translation>
    </message>
    <message>
        <source>The month is written YYYY-MM.</source>
        <translation>月份写作 YYYY-MM。</translation>
    </message>
    <message>
        <source>A session about {month} is held in that month or after it.</source>
        <translation>关于 {month} 的面谈应在该月或之后进行。</translation>
    </message>
    <message>
        <source>That agent is gone.</source>
        <translation>该客服已不存在。</translation>
    </message>
</context>
<context>
    <name>CoachingDialog</name>
    <message>
        <source>Coaching session</source>
        <translation>辅导面谈</translation>
    </message>
    <message>
        <source>&amp;Agree an action…</source>
        <translation>约定措施(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Print sheet…</source>
        <translation>打印面谈表(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Held on</source>
        <translation>面谈日期(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Coach</source>
        <translation>辅导人(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>记录(&amp;N)</translation>
    </message>
    <message>
        <source>The agent&apos;s co&amp;mment</source>
        <translation>客服意见(&amp;M)</translation>
    </message>
    <message>
        <source>Agreed actions</source>
        <translation>约定的措施</translation>
    </message>
    <message>
        <source>What the month shows:</source>
        <translation>本月数据显示：</translation>
    </message>
    <message>
        <source>• {kpi}: {value}, target {target}</source>
        <translation>• {kpi}：{value}，目标 {target}</translation>
    </message>
    <message>
        <source>• QA {category}: {share:.0f} % of the best mark</source>
        <translation>• 质检 {category}：为满分的 {share:.0f}%</translation>
    </message>
    <message>
        <source>• Valid complaint {ref} of {day}</source>
        <translation>• 有效投诉 {ref}（{day}）</translation>
    </message>
    <message>
        <source>• Training not current: {item}</source>
        <translation>• 培训未达标：{item}</translation>
    </message>
    <message>
        <source>• Agreed last time: {title} ({status})</source>
        <translation>• 上次约定：{title}（{status}）</translation>
    </message>
    <message>
        <source>Nothing short of target this month.</source>
        <translation>本月各项均已达标。</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <source>Case file {ref}</source>
        <translation>投诉档案 {ref}</translation>
    </message>
    <message>
        <source>New complaint</source>
        <translation>新建投诉</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <source>Customer (name or handle)</source>
        <translation>客户（姓名或昵称）</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>First-responsible agent</source>
        <translation>首问责任人</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation>请选择类别。</translation>
    </message>
</context>
<context>
    <name>ComplaintFields</name>
    <message>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>an unknown one is added</source>
        <translation>未知的会自动新增</translation>
    </message>
    <message>
        <source>Subcategory</source>
        <translation>子类别</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>employee number, name or platform sub-account</source>
        <translation>工号、姓名或平台子账号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>First response at</source>
        <translation>首次响应时间</translation>
    </message>
    <message>
        <source>Solution proposed at</source>
        <translation>提出方案时间</translation>
    </message>
    <message>
        <source>Resolved at</source>
        <translation>解决时间</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>关闭时间</translation>
    </message>
    <message>
        <source>Satisfaction (1-5)</source>
        <translation>满意度（1-5）</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>补偿</translation>
    </message>
    <message>
        <source>Compensation amount</source>
        <translation>补偿金额</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
</context>
<context>
    <name>ComplaintFileDialog</name>
    <message>
        <source>Add &amp;note</source>
        <translation>添加备注(&amp;N)</translation>
    </message>
    <message>
        <source>Log &amp;call</source>
        <translation>记录电话(&amp;C)</translation>
    </message>
    <message>
        <source>Log &amp;message</source>
        <translation>记录消息(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Escalate…</source>
        <translation>升级(&amp;E)…</translation>
    </message>
    <message>
        <source>Record &amp;follow-up…</source>
        <translation>记录回访(&amp;F)…</translation>
    </message>
    <message>
        <source>Edit case &amp;file…</source>
        <translation>编辑档案(&amp;F)…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>处理记录</translation>
    </message>
    <message>
        <source>Handling and root cause</source>
        <translation>处理与根因</translation>
    </message>
    <message>
        <source>Complaint {ref}</source>
        <translation>投诉 {ref}</translation>
    </message>
    <message>
        <source>Received {when} via {channel}, {platform}</source>
        <translation>{when} 经{channel}收到，{platform}</translation>
    </message>
    <message>
        <source>Customer: {customer}  Contact: {contact}  Order: {order}</source>
        <translation>客户：{customer}&#x3000;联系方式：{contact}&#x3000;订单：{order}</translation>
    </message>
    <message>
        <source>Product: {product}  Category: {category}  Agent: {agent}</source>
        <translation>商品：{product}&#x3000;类别：{category}&#x3000;责任人：{agent}</translation>
    </message>
    <message>
        <source>Imported history</source>
        <translation>导入的历史记录</translation>
    </message>
    <message>
        <source>Reopened {count}×</source>
        <translation>重新打开 {count} 次</translation>
    </message>
    <message>
        <source>Not the agent&apos;s fault: {reason}</source>
        <translation>非客服责任：{reason}</translation>
    </message>
    <message>
        <source>Follow-up: {score}/5 {comment}</source>
        <translation>回访：{score}/5 {comment}</translation>
    </message>
    <message>
        <source>No follow-up visit: {reason}</source>
        <translation>未能回访：{reason}</translation>
    </message>
    <message>
        <source>Mark as agent&apos;s fault</source>
        <translation>改为客服责任</translation>
    </message>
    <message>
        <source>Not agent&apos;s fault…</source>
        <translation>判定非客服责任…</translation>
    </message>
    <message>
        <source>Decide appeal…</source>
        <translation>裁定申诉…</translation>
    </message>
    <message>
        <source>Appeal…</source>
        <translation>申诉…</translation>
    </message>
    <message>
        <source>{clock}: {state}
due {due}</source>
        <extracomment>Status and escalation lines stand out from notes and calls.</extracomment>
        <translation>{clock}：{state}
截止 {due}</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>升级</translation>
    </message>
    <message>
        <source>Take the complaint to:</source>
        <translation>将投诉升级到：</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Not the agent&apos;s fault</source>
        <translation>非客服责任</translation>
    </message>
    <message>
        <source>Why is it not the agent&apos;s fault?</source>
        <translation>为什么不是客服的责任？</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>申诉</translation>
    </message>
    <message>
        <source>The agent&apos;s grounds for the appeal:</source>
        <translation>客服申诉的理由：</translation>
    </message>
    <message>
        <source>Decide appeal</source>
        <translation>裁定申诉</translation>
    </message>
    <message>
        <source>Appeal: {reason}

The decision is final.</source>
        <translation>申诉：{reason}

裁定后不可更改。</translation>
    </message>
    <message>
        <source>Accept appeal</source>
        <translation>申诉成立</translation>
    </message>
    <message>
        <source>Reject appeal</source>
        <translation>驳回申诉</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
</context>
<context>
    <name>ComplaintSettingsDialog</name>
    <message>
        <source>Complaint settings</source>
        <translation>投诉设置</translation>
    </message>
    <message>
        <source>Promised &amp;times</source>
        <translation>承诺时限(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Holidays</source>
        <translation>节假日(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Categories</source>
        <translation>类别(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Root causes</source>
        <translation>根本原因(&amp;R)</translation>
    </message>
    <message>
        <source>The promised times or the working week were changed. Save them?</source>
        <translation>承诺时限或每周工作时间已更改，是否保存？</translation>
    </message>
</context>
<context>
    <name>ComplaintTableModel</name>
    <message>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>下一截止</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Platform / shop</source>
        <translation>平台 / 店铺</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>A promised time was missed</source>
        <translation>有承诺时限已超时</translation>
    </message>
    <message>
        <source>Not the agent&apos;s fault</source>
        <translation>非客服责任</translation>
    </message>
</context>
<context>
    <name>Complaints</name>
    <message>
        <source>The time received is in the future.</source>
        <translation>接收时间在未来。</translation>
    </message>
    <message>
        <source>Logistics</source>
        <extracomment>The key of the quality category (a quality complaint needs a corrective action).</extracomment>
        <translation>物流</translation>
    </message>
    <message>
        <source>Late delivery</source>
        <translation>发货或配送延迟</translation>
    </message>
    <message>
        <source>Lost parcel</source>
        <translation>包裹丢失</translation>
    </message>
    <message>
        <source>Damaged in transit</source>
        <translation>运输破损</translation>
    </message>
    <message>
        <source>Product quality</source>
        <translation>产品质量</translation>
    </message>
    <message>
        <source>Design defect</source>
        <translation>设计缺陷</translation>
    </message>
    <message>
        <source>Production flaw</source>
        <translation>生产瑕疵</translation>
    </message>
    <message>
        <source>Packaging</source>
        <translation>包装</translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation>描述不符</translation>
    </message>
    <message>
        <source>Service attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <source>Return / exchange / re-ship / cancellation</source>
        <translation>退货 / 换货 / 补发 / 取消</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>换货</translation>
    </message>
    <message>
        <source>Re-ship</source>
        <translation>补发</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>取消订单</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Courier delay or mishandling</source>
        <translation>快递延误或操作不当</translation>
    </message>
    <message>
        <source>Warehouse picking or packing error</source>
        <translation>仓库拣货或打包错误</translation>
    </message>
    <message>
        <source>Supplier quality problem</source>
        <translation>供应商质量问题</translation>
    </message>
    <message>
        <source>Product design problem</source>
        <translation>产品设计问题</translation>
    </message>
    <message>
        <source>Listing or description inaccurate</source>
        <translation>商品页面或描述不准确</translation>
    </message>
    <message>
        <source>Agent product knowledge gap</source>
        <translation>客服产品知识不足</translation>
    </message>
    <message>
        <source>Agent attitude or wording</source>
        <translation>客服态度或用语不当</translation>
    </message>
    <message>
        <source>Process or policy gap</source>
        <translation>流程或政策缺失</translation>
    </message>
    <message>
        <source>System or platform fault</source>
        <translation>系统或平台故障</translation>
    </message>
    <message>
        <source>Customer misunderstanding</source>
        <translation>客户误解</translation>
    </message>
    <message>
        <source>Give a name.</source>
        <extracomment>Key of the default category whose complaints need an effectiveness check to close.</extracomment>
        <translation>请填写名称。</translation>
    </message>
    <message>
        <source>A name is at most 100 characters.</source>
        <translation>名称最多 100 个字符。</translation>
    </message>
    <message>
        <source>Subcategories go under a main category.</source>
        <translation>子类别只能放在主类别下。</translation>
    </message>
    <message>
        <source>There is already a category of that name here.</source>
        <translation>这里已有同名类别。</translation>
    </message>
    <message>
        <source>That category no longer exists.</source>
        <translation>该类别已不存在。</translation>
    </message>
    <message>
        <source>That root cause no longer exists.</source>
        <translation>该根本原因已不存在。</translation>
    </message>
    <message>
        <source>There is already a root cause of that name.</source>
        <translation>已有同名根本原因。</translation>
    </message>
    <message>
        <source>A target is 1 minute to 60 days.</source>
        <translation>时限须在 1 分钟到 60 天之间。</translation>
    </message>
    <message>
        <source>The targets must not shrink: response, then solution, then resolution.</source>
        <translation>时限不能递减：响应 ≤ 方案 ≤ 解决。</translation>
    </message>
    <message>
        <source>The shop must work on at least one day.</source>
        <translation>每周至少要有一天工作日。</translation>
    </message>
    <message>
        <source>The holidays of {year} are not known to this version; enter them by hand.</source>
        <translation>本版本还没有 {year} 年的节假日，请手动输入。</translation>
    </message>
    <message>
        <source>New Year&apos;s Day</source>
        <extracomment>The holiday names chinese-calendar gives (its English), which csdesk translates.</extracomment>
        <translation>元旦</translation>
    </message>
    <message>
        <source>Spring Festival</source>
        <translation>春节</translation>
    </message>
    <message>
        <source>Tomb-sweeping Day</source>
        <translation>清明节</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>劳动节</translation>
    </message>
    <message>
        <source>Dragon Boat Festival</source>
        <translation>端午节</translation>
    </message>
    <message>
        <source>National Day</source>
        <translation>国庆节</translation>
    </message>
    <message>
        <source>Mid-autumn Festival</source>
        <translation>中秋节</translation>
    </message>
    <message>
        <source>&quot;Due soon&quot; is 0 to 48 working hours.</source>
        <translation>“即将到期”须在 0 到 48 个工作小时之间。</translation>
    </message>
    <message>
        <source>That complaint no longer exists.</source>
        <extracomment>How far ahead of the computer&apos;s clock a recorded time may be (clocks drift).</extracomment>
        <translation>该投诉已不存在。</translation>
    </message>
    <message>
        <source>Give the time the complaint was received.</source>
        <translation>请填写接收投诉的时间。</translation>
    </message>
    <message>
        <source>Give the customer, their contact or the order number.</source>
        <translation>请填写客户、联系方式或订单号。</translation>
    </message>
    <message>
        <source>Choose a priority.</source>
        <translation>请选择优先级。</translation>
    </message>
    <message>
        <source>The responsible agent no longer exists.</source>
        <translation>责任客服已不存在。</translation>
    </message>
    <message>
        <source>A field is too long.</source>
        <translation>有字段过长。</translation>
    </message>
    <message>
        <source>The time received is after work recorded on it.</source>
        <translation>接收时间晚于已记录的处理时间。</translation>
    </message>
    <message>
        <source>Priority changed</source>
        <translation>优先级已更改</translation>
    </message>
    <message>
        <source>Responsible agent changed</source>
        <translation>责任客服已更改</translation>
    </message>
    <message>
        <source>Record the follow-up visit (satisfaction and comment) or why none was possible.</source>
        <translation>请先记录回访结果（满意度和评价），或说明无法回访的原因。</translation>
    </message>
    <message>
        <source>A quality complaint closes only after the corrective action was checked.</source>
        <translation>质量投诉须在纠正措施验证有效后才能关闭。</translation>
    </message>
    <message>
        <source>That time is in the future.</source>
        <translation>该时间在未来。</translation>
    </message>
    <message>
        <source>That time is before the complaint was received.</source>
        <translation>该时间早于接收投诉的时间。</translation>
    </message>
    <message>
        <source>That time is before the last status change ({time}).</source>
        <translation>该时间早于上一次状态变更（{time}）。</translation>
    </message>
    <message>
        <source>&quot;{action}&quot; does not apply to a complaint that is {status}.</source>
        <translation>“{action}”不适用于状态为“{status}”的投诉。</translation>
    </message>
    <message>
        <source>Write what was said or done.</source>
        <translation>请写下沟通内容或所做处理。</translation>
    </message>
    <message>
        <source>The complaint is already at that level.</source>
        <translation>投诉已在该级别。</translation>
    </message>
    <message>
        <source>Choose a kind of compensation.</source>
        <translation>请选择补偿方式。</translation>
    </message>
    <message>
        <source>A compensation amount cannot be negative.</source>
        <translation>补偿金额不能为负数。</translation>
    </message>
    <message>
        <source>Say what kind of compensation the amount was.</source>
        <translation>请说明该金额的补偿方式。</translation>
    </message>
    <message>
        <source>Satisfaction is 1 to 5.</source>
        <translation>满意度为 1 到 5。</translation>
    </message>
    <message>
        <source>Write what the customer said.</source>
        <translation>请写下客户的评价。</translation>
    </message>
    <message>
        <source>Give the customer&apos;s satisfaction or why no visit was possible.</source>
        <translation>请填写客户满意度，或说明无法回访的原因。</translation>
    </message>
    <message>
        <source>A follow-up visit comes after the complaint is resolved.</source>
        <translation>投诉解决后才能回访。</translation>
    </message>
    <message>
        <source>The visit must be after the resolution and not in the future.</source>
        <translation>回访时间须在解决之后且不在未来。</translation>
    </message>
    <message>
        <source>Say why it was not the agent&apos;s fault.</source>
        <translation>请说明为何不是客服的责任。</translation>
    </message>
    <message>
        <source>The appeal was decided; that is final.</source>
        <translation>申诉已裁定，不可更改。</translation>
    </message>
    <message>
        <source>Write the agent&apos;s grounds for the appeal.</source>
        <translation>请填写客服申诉的理由。</translation>
    </message>
    <message>
        <source>Only a complaint with an agent can be appealed.</source>
        <translation>只有指定了客服的投诉才能申诉。</translation>
    </message>
    <message>
        <source>It is already judged not the agent&apos;s fault.</source>
        <translation>已判定为非客服责任。</translation>
    </message>
    <message>
        <source>This complaint was already appealed.</source>
        <translation>该投诉已申诉过。</translation>
    </message>
    <message>
        <source>There is no pending appeal to decide.</source>
        <translation>没有待裁定的申诉。</translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <source>Import complaints</source>
        <translation>导入投诉</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Customer · order</source>
        <translation>客户 · 订单</translation>
    </message>
    <message>
        <source>Choose a CSV or Excel export of your help desk or complaint sheet. Headers in English or Chinese are recognised (投诉时间, 订单号, 状态 …). Lines already on file (same reference, or same time, order and customer) are updated, not added twice.</source>
        <translation>请选择客服系统或投诉登记表导出的 CSV 或 Excel 文件。可识别中英文表头（投诉时间、订单号、状态……）。已有的记录（编号相同，或时间、订单和客户相同）会更新，不会重复添加。</translation>
    </message>
    <message>
        <source>No complaint matches the search and the filters.</source>
        <extracomment>A pause in typing this short still filters at once; it only merges key repeats.</extracomment>
        <translation>没有符合搜索和筛选条件的投诉。</translation>
    </message>
    <message>
        <source>No complaints in this list.</source>
        <translation>此列表中没有投诉。</translation>
    </message>
    <message>
        <source>New complaint</source>
        <translation>新建投诉</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>&amp;New complaint</source>
        <translation>新建投诉(&amp;N)</translation>
    </message>
    <message>
        <source>Record a new complaint (Ctrl+N)</source>
        <translation>登记新投诉（Ctrl+N）</translation>
    </message>
    <message>
        <source>&amp;Open case file</source>
        <translation>打开档案(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Export the complaints to CSV or Excel (Ctrl+E)</source>
        <translation>将投诉导出为 CSV 或 Excel（Ctrl+E）</translation>
    </message>
    <message>
        <source>Monthly &amp;review PDF…</source>
        <translation>月度复盘 PDF(&amp;R)…</translation>
    </message>
    <message>
        <source>The month&apos;s complaint review (Ctrl+P prints it)</source>
        <translation>当月投诉复盘（Ctrl+P 打印）</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Promised times, working week, holidays, categories and root causes</source>
        <translation>承诺时限、每周工作时间、节假日、类别和根本原因</translation>
    </message>
    <message>
        <source>Search reference, order number, customer (Ctrl+F)</source>
        <translation>搜索编号、订单号、客户（Ctrl+F）</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>接收日期从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>全部优先级</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>全部未结</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>To follow up</source>
        <translation>待回访</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>All complaints</source>
        <translation>全部投诉</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>全部平台</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>全部客服</translation>
    </message>
    <message numerus="yes">
        <source>{count} complaints</source>
        <translation>
            <numerusform>{count} 件投诉</numerusform>
        </translation>
    </message>
    <message>
        <source>Export complaints</source>
        <translation>导出投诉</translation>
    </message>
    <message>
        <source>complaints.xlsx</source>
        <translation>投诉.xlsx</translation>
    </message>
    <message numerus="yes">
        <source>{count} complaints exported to {path}</source>
        <translation>
            <numerusform>已将 {count} 件投诉导出到 {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting complaints…</source>
        <translation>正在导出投诉…</translation>
    </message>
    <message>
        <source>Monthly complaint review</source>
        <translation>月度投诉复盘</translation>
    </message>
    <message>
        <source>complaint-review-{month}.pdf</source>
        <translation>投诉复盘-{month}.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Complaint review written to {path}</source>
        <translation>投诉复盘已写入 {path}</translation>
    </message>
    <message>
        <source>Writing the complaint review…</source>
        <translation>正在生成投诉月度复盘…</translation>
    </message>
</context>
<context>
    <name>CourseDialog</name>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>New course</source>
        <translation>新建课程</translation>
    </message>
    <message>
        <source>Scored, pass mark:</source>
        <translation>计分，及格线：</translation>
    </message>
    <message>
        <source>Expires after (months):</source>
        <translation>有效期（月）：</translation>
    </message>
    <message>
        <source>Must be passed before an agent goes on duty</source>
        <translation>上岗前必须通过</translation>
    </message>
    <message>
        <source>Archived (no longer offered)</source>
        <translation>已归档（不再开设）</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>代码(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>名称(&amp;T)</translation>
    </message>
    <message>
        <source>C&amp;ategory</source>
        <translation>类别(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>学时(&amp;H)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Required for</source>
        <translation>适用岗位</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>说明(&amp;D)</translation>
    </message>
</context>
<context>
    <name>Courses</name>
    <message>
        <source>Service etiquette</source>
        <extracomment>The plans&apos; catalogue: code, category, hours, pass mark, months valid, posts, before duty.</extracomment>
        <translation>服务礼仪</translation>
    </message>
    <message>
        <source>Communication skills</source>
        <translation>沟通技巧</translation>
    </message>
    <message>
        <source>Product knowledge</source>
        <translation>产品知识</translation>
    </message>
    <message>
        <source>System operation</source>
        <translation>系统操作</translation>
    </message>
    <message>
        <source>Complaint handling</source>
        <translation>投诉处理</translation>
    </message>
    <message>
        <source>Emotion management</source>
        <translation>情绪管理</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>谈判技巧</translation>
    </message>
    <message>
        <source>Data analysis</source>
        <translation>数据分析</translation>
    </message>
    <message>
        <source>Role-play drill</source>
        <translation>角色扮演演练</translation>
    </message>
    <message>
        <source>Recording review</source>
        <translation>录音复盘</translation>
    </message>
    <message>
        <source>Quarterly communication assessment</source>
        <translation>季度沟通能力考核</translation>
    </message>
    <message>
        <source>Yearly refresher</source>
        <translation>年度复训</translation>
    </message>
</context>
<context>
    <name>CoursesTab</name>
    <message>
        <source>&amp;New course</source>
        <translation>新建课程(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Only for a course with no sessions</source>
        <translation>仅限没有培训场次的课程</translation>
    </message>
    <message>
        <source>Show archived courses</source>
        <translation>显示已归档课程</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>仅考勤</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>永久有效</translation>
    </message>
    <message numerus="yes">
        <source>{months} months</source>
        <translation>
            <numerusform>{months} 个月</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>Pass mark</source>
        <translation>及格线</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Required for</source>
        <translation>适用岗位</translation>
    </message>
    <message>
        <source>Before duty</source>
        <translation>上岗前</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>场次</translation>
    </message>
    <message>
        <source>Delete course</source>
        <translation>删除课程</translation>
    </message>
    <message>
        <source>Delete the course {title} ({code})?</source>
        <translation>删除课程「{title}」（{code}）？</translation>
    </message>
</context>
<context>
    <name>Cover</name>
    <message>
        <source>Locked: {name} was away.</source>
        <extracomment>How often presence is looked at.</extracomment>
        <translation>已锁定：{name} 离开了。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
</context>
<context>
    <name>CoverageTab</name>
    <message>
        <source>Forecast…</source>
        <translation>预测…</translation>
    </message>
    <message>
        <source>No forecast yet: coverage compares the agents on the rota with the agents the expected contacts need. Fill in the forecast first (or take it from the last weeks&apos; conversations).</source>
        <translation>还没有预测：覆盖率是把排班上的客服人数与预计咨询量所需的人数相比。请先填写预测（或从最近几周的会话记录生成）。</translation>
    </message>
    <message>
        <source>Fill in the forecast…</source>
        <translation>填写预测…</translation>
    </message>
    <message>
        <source>Staffing settings…</source>
        <translation>人力设置…</translation>
    </message>
    <message>
        <source>{day}: agents per hour against the forecast</source>
        <translation>{day}：每小时在岗人数与预测需求</translation>
    </message>
    <message>
        <source>({events}: contacts × {factor:g})</source>
        <translation>（{events}：咨询量 × {factor:g}）</translation>
    </message>
    <message>
        <source>On the rota</source>
        <translation>排班在岗</translation>
    </message>
    <message>
        <source>To schedule (after shrinkage)</source>
        <translation>应排人数（含损耗）</translation>
    </message>
    <message>
        <source>Needed on the line (Erlang C)</source>
        <translation>线上所需（Erlang C）</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>不足</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>Agents short (most)</source>
        <translation>最多缺少人数</translation>
    </message>
    <message>
        <source>{channel}: {aht:g} s a contact, {concurrency:g} at once, {target:.0%} within {within:g} s</source>
        <translation>{channel}：每次 {aht:g} 秒，同时 {concurrency:g} 个，{target:.0%} 在 {within:g} 秒内响应</translation>
    </message>
    <message numerus="yes">
        <source>{count} short stretches this week ({hours} agent-hours missing).</source>
        <translation>
            <numerusform>本周 {count} 个时段人手不足（共缺 {hours} 人·小时）。</numerusform>
        </translation>
    </message>
    <message>
        <source>shrinkage {shrinkage:.0%}, occupancy at most {occupancy:.0%}.</source>
        <translation>损耗 {shrinkage:.0%}，占用率上限 {occupancy:.0%}。</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>csdesk could not save</source>
        <translation>csdesk 无法保存</translation>
    </message>
    <message>
        <source>csdesk: unexpected error</source>
        <translation>csdesk：意外错误</translation>
    </message>
    <message>
        <source>Something went wrong inside csdesk. Your saved data is safe; the action that failed was not completed.</source>
        <translation>csdesk 内部出现问题。已保存的数据是安全的；出错的操作没有完成。</translation>
    </message>
    <message>
        <source>Details were written to {path}</source>
        <translation>详细信息已写入 {path}</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database {path} is damaged and was not opened.</source>
        <translation>数据库 {path} 已损坏，未打开。</translation>
    </message>
    <message>
        <source>{path} is not a database file; it was not changed.</source>
        <translation>{path} 不是数据库文件，未做任何更改。</translation>
    </message>
    <message>
        <source>{path} is empty: it holds no csdesk shop, so csdesk did not open it. To start a new shop there, delete the empty file first; to open your shop, choose its database file.</source>
        <translation>{path} 是空文件：其中没有 csdesk 店铺，因此 csdesk 没有打开它。如要在此新建店铺，请先删除这个空文件；如要打开您的店铺，请选择它的数据库文件。</translation>
    </message>
    <message>
        <source>{path} is not a csdesk database; it was not changed.</source>
        <translation>{path} 不是 csdesk 数据库，未做任何修改。</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of csdesk (schema {revision}). Install the newer csdesk to open it; the file was not changed.</source>
        <translation>{path} 由更新版本的 csdesk 写入（数据结构 {revision}）。请安装新版 csdesk 再打开；文件未做任何修改。</translation>
    </message>
    <message>
        <source>This works on a shop&apos;s file; the shop at {url} is on a server.</source>
        <translation>此操作只适用于店铺文件；{url} 上的店铺在服务器上。</translation>
    </message>
    <message>
        <source>Cannot create the folder {folder}: {reason}</source>
        <translation>无法创建文件夹 {folder}：{reason}</translation>
    </message>
    <message>
        <source>The database file is read-only: csdesk shows it but cannot save changes.</source>
        <translation>数据库文件为只读：csdesk 可以显示，但无法保存更改。</translation>
    </message>
    <message>
        <source>{path} was written by an older csdesk and must be updated, but it is read-only. Make it writable and open it again.</source>
        <translation>{path} 由旧版 csdesk 写入，需要升级，但它是只读的。请设为可写后再打开。</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only. csdesk keeps its journal and lock files beside the database, so it needs to write there. Make the folder writable, or copy the database to a folder you can write to.</source>
        <translation>文件夹 {folder} 是只读的。csdesk 需要在数据库旁边写入日志和锁文件。请将该文件夹设为可写，或把数据库复制到可写的文件夹。</translation>
    </message>
    <message>
        <source>Updating the database failed and was undone; the file is as it was.</source>
        <translation>数据库升级失败，已撤销；文件保持原样。</translation>
    </message>
    <message>
        <source>The database is in a network or cloud-synced folder. SQLite files can be damaged there; keep it on this computer&apos;s own disk.</source>
        <translation>数据库位于网络文件夹或云同步文件夹中，SQLite 文件在那里可能损坏；请放在本机硬盘上。</translation>
    </message>
</context>
<context>
    <name>DayDialog</name>
    <message>
        <source>Holiday or make-up working day</source>
        <translation>节假日或调休上班日</translation>
    </message>
    <message>
        <source>e.g. National Day</source>
        <translation>例如：国庆节</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>This shop already has data; the demo needs an empty database.</source>
        <translation>此店铺已有数据；演示需要空数据库。</translation>
    </message>
    <message>
        <source>The demo needs at least one agent and one month.</source>
        <translation>演示至少需要一名客服和一个月。</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>{kpi} of {agent}, {month}</source>
        <translation>{agent} 的{kpi}，{month}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>First response (s)</source>
        <translation>首次响应（秒）</translation>
    </message>
    <message>
        <source>Handling (s)</source>
        <translation>处理时长（秒）</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>首次解决</translation>
    </message>
    <message>
        <source>Rating (1-5)</source>
        <translation>评分（1-5）</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>已转化</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单金额</translation>
    </message>
    <message numerus="yes">
        <source>{count} conversations of the month, computed into this KPI.</source>
        <translation>
            <numerusform>本月 {count} 个会话计入此指标。</numerusform>
        </translation>
    </message>
    <message>
        <source>The first {shown} are listed.</source>
        <translation>列出前 {shown} 个。</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>质检日期</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Critical failure</source>
        <translation>致命错误</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评语</translation>
    </message>
    <message numerus="yes">
        <source>The QA score is the mean of the month&apos;s {count} reviews.</source>
        <translation>
            <numerusform>质检得分为本月 {count} 次质检的平均分。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Complaints received in the month that count against the agent: valid, and no appeal accepted. Change a verdict on the complaint&apos;s case file.</source>
        <translation>本月收到并计入该客服的投诉：判定有效且申诉未通过。如需改判，请在投诉档案中修改。</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>表扬</translation>
    </message>
    <message>
        <source>Praise recorded for the month.</source>
        <translation>本月记录的表扬。</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Courses completed in the month, and required courses not current.</source>
        <translation>本月完成的课程，以及尚未有效的必修课程。</translation>
    </message>
    <message>
        <source>This figure is the platform&apos;s own, from the monthly summary imported on the Performance page.</source>
        <translation>该数字来自平台，取自绩效数据页导入的月度汇总。</translation>
    </message>
    <message>
        <source>This figure was entered by hand on the Performance page (Teamwork and attendance).</source>
        <translation>该数字在绩效数据页手工录入（团队协作与出勤）。</translation>
    </message>
    <message>
        <source>This figure comes from the rota: days with a shift of the days due (sick, personal and other leave are absence; annual leave and days off are not due). A value entered on the Performance page would override it.</source>
        <translation>此数值来自排班：应出勤天数中实际上班的天数（病假、事假和其他假计为缺勤；年假和休息日不计入应出勤）。在“绩效数据”页手工录入的数值会覆盖它。</translation>
    </message>
    <message>
        <source>No records stand behind this figure.</source>
        <translation>该数字没有对应的记录。</translation>
    </message>
</context>
<context>
    <name>FindBox</name>
    <message>
        <source>Find… (Ctrl+K)</source>
        <extracomment>Typing pauses this long before the search runs.</extracomment>
        <translation>查找…（Ctrl+K）</translation>
    </message>
    <message>
        <source>Find an agent by name, number or sub-account, a complaint by reference, order number or customer, an action by title</source>
        <translation>按姓名、工号或子账号查找客服，按编号、订单号或客户查找投诉，按标题查找改进措施</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Nothing found for “{text}”</source>
        <translation>没有找到“{text}”</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow-up visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>The customer was reached</source>
        <translation>已联系到客户</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation>客户评价</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Why no visit was possible</source>
        <translation>无法回访的原因</translation>
    </message>
</context>
<context>
    <name>ForecastDialog</name>
    <message>
        <source>Forecast</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Fill from history</source>
        <translation>按历史填入</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Average of the last</source>
        <translation>取最近</translation>
    </message>
    <message>
        <source>weeks of conversations</source>
        <translation>周会话的平均值</translation>
    </message>
    <message>
        <source>Contacts per hour on an ordinary day; paste from a spreadsheet with Ctrl+V.</source>
        <translation>平常日每小时咨询量；可用 Ctrl+V 从表格粘贴。</translation>
    </message>
    <message>
        <source>Sale event</source>
        <translation>大促活动</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Contacts ×</source>
        <translation>咨询量 ×</translation>
    </message>
    <message>
        <source>Add sale event</source>
        <translation>添加大促活动</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>On these days every hour&apos;s contacts are multiplied (618, 双11 …). Dates as 2026-11-11.</source>
        <translation>这些日子每小时的咨询量乘以倍数（618、双11 …）。日期格式如 2026-11-11。</translation>
    </message>
    <message>
        <source>Contacts per hour</source>
        <translation>每小时咨询量</translation>
    </message>
    <message>
        <source>Sale events</source>
        <translation>大促活动</translation>
    </message>
    <message>
        <source>No conversations between {first} and {last}: nothing to average.</source>
        <translation>{first} 至 {last} 没有会话记录，无法取平均。</translation>
    </message>
    <message>
        <source>Filled with the average of {count} conversations on {days} days between {first} and {last}. Check it, then Save.</source>
        <translation>已按 {first} 至 {last} 间 {days} 天、{count} 条会话的平均值填入。请检查后保存。</translation>
    </message>
    <message>
        <source>Sale event {row}: dates as 2026-11-11 and a number to multiply by.</source>
        <translation>大促活动第 {row} 行：日期格式如 2026-11-11，倍数须为数字。</translation>
    </message>
</context>
<context>
    <name>ForecastTable</name>
    <message>
        <source>{day} {hour:02d}:00: “{text}” is not a number of contacts</source>
        <translation>{day} {hour:02d}:00：“{text}”不是咨询量数字</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>The form now shows their changes, with yours kept on top: check it and save again.</source>
        <translation>表单现在显示对方的修改，并保留了你输入的内容：请检查后再次保存。</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>Goal for {year}</source>
        <translation>{year} 年目标</translation>
    </message>
    <message>
        <source>92.5, or a change: -20% or +5pt</source>
        <translation>92.5，或变化幅度：-20% 或 +5pt</translation>
    </message>
    <message>
        <source>last year&apos;s figure</source>
        <translation>去年实际值</translation>
    </message>
    <message>
        <source>optional: Q1=92, Q2=93, 11=90</source>
        <translation>可选：Q1=92, Q2=93, 11=90</translation>
    </message>
    <message>
        <source>The path: targets on the way, per quarter (Q1-Q4, the quarter&apos;s last month) or month (1-12); a sale month may be allowed to be worse. Months between lie on a straight line; December&apos;s target is the year&apos;s.</source>
        <translation>路径：途中的目标，按季度（Q1-Q4，即该季度最后一个月）或月份（1-12）填写；大促月份可以放宽。其间的月份按直线推算；12 月的目标即全年目标。</translation>
    </message>
    <message>
        <source>&amp;KPI</source>
        <translation>指标(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Target</source>
        <translation>目标(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Baseline</source>
        <translation>基准(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Path</source>
        <translation>路径(&amp;P)</translation>
    </message>
    <message>
        <source>Write the target as a number, or a change such as -20% or +5pt.</source>
        <translation>目标请写数字，或变化幅度，如 -20% 或 +5pt。</translation>
    </message>
</context>
<context>
    <name>Goals</name>
    <message>
        <source>The target of {kpi} goes the wrong way from its baseline.</source>
        <translation>{kpi}的目标方向与基准相反。</translation>
    </message>
    <message>
        <source>Write a change as -20% (relative) or +5pt (points of a rate).</source>
        <translation>变化请写作 -20%（相对）或 +5pt（比率的百分点）。</translation>
    </message>
    <message>
        <source>The path of {kpi} must end at its target.</source>
        <translation>{kpi}的逐月路径必须以全年目标结束。</translation>
    </message>
    <message>
        <source>Write the path of {kpi} as quarters or months with their targets: Q1=92, Q2=93, 11=90.</source>
        <translation>{kpi}的路径请按季度或月份写出目标：Q1=92, Q2=93, 11=90。</translation>
    </message>
    <message>
        <source>A number of the goal of {kpi} is missing.</source>
        <translation>{kpi}目标中缺少数值。</translation>
    </message>
    <message>
        <source>{kpi} is not a KPI csdesk knows.</source>
        <translation>{kpi} 不是 csdesk 认识的指标。</translation>
    </message>
    <message>
        <source>Give either a target or a change, not both.</source>
        <translation>请给出目标值或变化幅度之一，不要同时给出。</translation>
    </message>
    <message>
        <source>csdesk has no figure of {kpi} for {year}: give the baseline.</source>
        <translation>csdesk 没有 {year} 年的{kpi}数据：请给出基准值。</translation>
    </message>
    <message>
        <source>No goal was set.</source>
        <translation>未设定任何目标。</translation>
    </message>
    <message>
        <source>The plans&apos; goal: {change} on {year}.</source>
        <extracomment>The plans&apos; goals: (KPI, change from last year&apos;s figure).</extracomment>
        <translation>方案目标：在 {year} 年基础上 {change}。</translation>
    </message>
    <message>
        <source>The plans&apos; goal: {change}; csdesk has no figure for {year}.</source>
        <translation>方案目标：{change}；csdesk 没有 {year} 年的数据。</translation>
    </message>
    <message>
        <source>No figure for {year}: type the baseline.</source>
        <translation>没有 {year} 年的数据：请填写基线。</translation>
    </message>
    <message>
        <source>Met in {year}: the same step again from its actual.</source>
        <translation>{year} 年已达成：从实际值出发再进一步，幅度相同。</translation>
    </message>
    <message>
        <source>Missed in {year}: the same target again.</source>
        <translation>{year} 年未达成：沿用同一目标。</translation>
    </message>
    <message>
        <source>met</source>
        <translation>达成</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>有风险</translation>
    </message>
    <message>
        <source>off track</source>
        <translation>偏离</translation>
    </message>
    <message>
        <source>Complaint rate (‰)</source>
        <translation>投诉率（‰）</translation>
    </message>
    <message>
        <source>{kpi} · {channel}</source>
        <translation>{kpi} · {channel}</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <source>Import shop orders</source>
        <extracomment>A month&apos;s status -&gt; its cell colour.</extracomment>
        <translation>导入店铺订单</translation>
    </message>
    <message>
        <source>Choose the back office&apos;s paid-orders export (生意参谋, 抖店, 京东商智), per day or per month, CSV or Excel (统计日期, 支付子订单数 …). The complaint rate is then counted per 1,000 paid orders. A day already imported is updated, not added twice.</source>
        <translation>请选择后台导出的支付订单数据（生意参谋、抖店、京东商智），按日或按月，CSV 或 Excel（统计日期、支付子订单数 …）。导入后投诉率按每千笔支付订单计算。已导入的日期会被更新，不会重复计入。</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>年度(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;New goal…</source>
        <translation>新建目标(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Remove goal</source>
        <translation>删除目标(&amp;R)</translation>
    </message>
    <message>
        <source>Import &amp;orders…</source>
        <translation>导入订单(&amp;O)…</translation>
    </message>
    <message>
        <source>The shop&apos;s paid orders, which the complaint rate is divided by</source>
        <translation>店铺的支付订单数，投诉率以此为分母</translation>
    </message>
    <message>
        <source>No goals for {year} yet. The plans&apos; goals: satisfaction up 15 %, complaint rate down 20 %, turnover down 30 %.</source>
        <translation>{year} 年尚未设定目标。方案中的目标：满意度提升 15%，投诉率降低 20%，流失率降低 30%。</translation>
    </message>
    <message>
        <source>Propose goals…</source>
        <translation>建议目标…</translation>
    </message>
    <message>
        <source>New goal…</source>
        <translation>新建目标…</translation>
    </message>
    <message>
        <source>&amp;Propose goals…</source>
        <translation>建议目标(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Action…</source>
        <translation>改进措施(&amp;A)…</translation>
    </message>
    <message>
        <source>An improvement action for the selected goal, checked next month</source>
        <translation>为所选目标制定改进措施，下月检查效果</translation>
    </message>
    <message>
        <source>Goals for the year shown: from last year&apos;s goals and figures, or the plans&apos; three goals</source>
        <translation>为所显示年份建议目标：依据去年的目标和数据，或方案中的三项目标</translation>
    </message>
    <message>
        <source>&amp;Team report…</source>
        <translation>团队月报(&amp;T)…</translation>
    </message>
    <message>
        <source>The month&apos;s one-page report for the owner</source>
        <translation>给店主的当月一页报告</translation>
    </message>
    <message>
        <source>Year &amp;summary…</source>
        <translation>年终总结(&amp;S)…</translation>
    </message>
    <message>
        <source>The year-end summary of the year shown: figures, goals, next year&apos;s goals</source>
        <translation>所显示年份的年终总结：指标、目标及明年的目标</translation>
    </message>
    <message>
        <source>Training &amp;budget…</source>
        <translation>培训预算(&amp;B)…</translation>
    </message>
    <message>
        <source>Each month: the team&apos;s actual, green when the month&apos;s target is met, pale green on track, amber at risk, red off track; the tooltip gives the target. Turnover: the twelve months to each month. Double-click a goal to change it.</source>
        <translation>每月显示团队实际值：达成当月目标为绿色，进度正常为浅绿，有风险为琥珀色，偏离为红色；鼠标提示显示当月目标。流失率：截至该月的十二个月。双击目标可修改。</translation>
    </message>
    <message>
        <source>Target {target}</source>
        <translation>目标 {target}</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基准</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Target path</source>
        <translation>目标路径</translation>
    </message>
    <message>
        <source>Remove goal</source>
        <translation>删除目标</translation>
    </message>
    <message>
        <source>Remove the goal for {kpi}?</source>
        <translation>删除{kpi}的目标吗？</translation>
    </message>
</context>
<context>
    <name>HandlingForm</name>
    <message>
        <source>&amp;Save handling</source>
        <translation>保存处理记录(&amp;S)</translation>
    </message>
    <message>
        <source>Immediate action</source>
        <translation>即时处理</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>补偿</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>纠正措施</translation>
    </message>
    <message>
        <source>Effectiveness checked on</source>
        <translation>有效性验证日期</translation>
    </message>
    <message>
        <source>Effectiveness check result</source>
        <translation>有效性验证结果</translation>
    </message>
    <message>
        <source>(not known yet)</source>
        <translation>（尚未查明）</translation>
    </message>
    <message>
        <source>required to close a quality complaint</source>
        <translation>质量投诉关闭前必填</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of {record}</source>
        <translation>{record} 的变更历史</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>变更历史(&amp;H)…</translation>
    </message>
</context>
<context>
    <name>HolidaysTab</name>
    <message>
        <source>&amp;Year</source>
        <translation>年份(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Add day…</source>
        <translation>添加日期(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Fill in &amp;mainland China&apos;s holidays</source>
        <translation>填入中国大陆节假日(&amp;M)</translation>
    </message>
    <message>
        <source>Public holidays and make-up working days as the State Council announced</source>
        <translation>按国务院公布的法定节假日和调休上班日</translation>
    </message>
    <message>
        <source>&amp;Clear the year…</source>
        <translation>清空本年(&amp;C)…</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation>法定节假日</translation>
    </message>
    <message>
        <source>Make-up working day</source>
        <translation>调休上班日</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>{holidays} holidays, {workdays} make-up working days</source>
        <translation>{holidays} 天节假日，{workdays} 天调休上班</translation>
    </message>
    <message numerus="yes">
        <source>{count} days added; {total} days of {year} in the list</source>
        <translation>
            <numerusform>新增 {count} 天；{year} 年共 {total} 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the year</source>
        <translation>清空本年</translation>
    </message>
    <message numerus="yes">
        <source>Remove all {count} days of {year}? The clocks will count them as ordinary days.</source>
        <translation>
            <numerusform>删除 {year} 年的全部 {count} 天？计时将把它们当作普通日子。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HoursTab</name>
    <message>
        <source>Whole year (per agent)</source>
        <translation>全年（按客服）</translation>
    </message>
    <message>
        <source>Sessions: {sessions}  ·  attendee hours: {hours}  ·  cost: {cost}</source>
        <translation>场次：{sessions}  ·  学员学时合计：{hours}  ·  费用：{cost}</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>场次</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Attendances</source>
        <translation>出勤人次</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>&quot;{pair}&quot; is not SOURCE=FIELD.</source>
        <translation>“{pair}”不是“源列=字段”的形式。</translation>
    </message>
    <message>
        <source>--map: &quot;{field}&quot; is not a field of this import.</source>
        <extracomment>An override target that means &quot;ignore this column&quot;. A unit after a header that does not change what the column holds: &quot;首次响应时长(秒)&quot;, &quot;满意率(%)&quot;, &quot;销售额（元）&quot;. Units that do (minutes, hours) are not dropped. Units after a header that do change what a bare number means, as seconds per unit. (field key, its label function) -&gt; its folded names in every shipped language.</extracomment>
        <translation>--map：“{field}”不是此导入的字段。</translation>
    </message>
    <message>
        <source>--map: the file has no column &quot;{column}&quot;.</source>
        <translation>--map：文件中没有“{column}”列。</translation>
    </message>
    <message>
        <source>Columns &quot;{first}&quot; and &quot;{second}&quot; both mean {field}.</source>
        <translation>“{first}”列和“{second}”列都表示{field}。</translation>
    </message>
    <message>
        <source>The file has no column for &quot;{field}&quot; ({key}).</source>
        <translation>文件中没有“{field}”（{key}）列。</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not platform|shop|account|from|to.</source>
        <translation>“{value}”不是“平台|店铺|账号|起|止”的形式。</translation>
    </message>
    <message>
        <source>post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>{value} is not a satisfaction from 1 to 5.</source>
        <translation>{value} 不是 1 到 5 的满意度。</translation>
    </message>
    <message>
        <source>{value} is not an amount of money.</source>
        <translation>{value} 不是金额。</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a month (YYYY-MM).</source>
        <translation>&quot;{value}&quot; 不是月份（YYYY-MM）。</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Source reference</source>
        <translation>关联</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>创建日期</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>预期效果</translation>
    </message>
    <message>
        <source>KPI target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Month to check</source>
        <translation>检查月份</translation>
    </message>
    <message>
        <source>compensation</source>
        <translation>补偿方式</translation>
    </message>
    <message>
        <source>{field} is empty.</source>
        <extracomment>The order the steps&apos; times must follow.</extracomment>
        <translation>{field}为空。</translation>
    </message>
    <message>
        <source>Give the customer, their contact or the order number.</source>
        <translation>请填写客户、联系方式或订单号。</translation>
    </message>
    <message>
        <source>A subcategory needs its category.</source>
        <translation>填写子类别时须同时填写类别。</translation>
    </message>
    <message>
        <source>{later} is before {earlier}.</source>
        <translation>{later}早于{earlier}。</translation>
    </message>
    <message>
        <source>The same complaint is also on line {line}.</source>
        <translation>同一投诉也出现在第 {line} 行。</translation>
    </message>
    <message>
        <source>Employee number {no} is also on line {line}.</source>
        <translation>工号 {no} 在第 {line} 行也出现了。</translation>
    </message>
    <message>
        <source>Line {line}: the file is neither UTF-8 nor GBK/GB18030 text. Save it from Excel as &quot;CSV UTF-8&quot; and import it again.</source>
        <extracomment>The longest cell a CSV may hold (characters); longer ones are refused by line. Limits on what an XLSX may unpack to: a few hundred MB and a sane sheet size, so a &quot;zip bomb&quot; is refused before it is read. Cells csdesk&apos;s exports prefixed with a quote so spreadsheets show them as text.</extracomment>
        <translation>第 {line} 行：文件既不是 UTF-8 也不是 GBK/GB18030 文本。请在 Excel 中另存为“CSV UTF-8”后重新导入。</translation>
    </message>
    <message>
        <source>Line {line}: a cell is longer than {limit} characters, or a quote is not closed ({reason}).</source>
        <translation>第 {line} 行：有单元格超过 {limit} 个字符，或引号没有闭合（{reason}）。</translation>
    </message>
    <message>
        <source>{file} unpacks to {size} MB, more than csdesk reads ({limit} MB). Split it into smaller files.</source>
        <translation>{file} 解压后有 {size} MB，超过 csdesk 可读取的大小（{limit} MB）。请拆分成较小的文件。</translation>
    </message>
    <message>
        <source>{file} has more than {limit} {what}; split it into smaller files.</source>
        <translation>{file} 超过 {limit} {what}，请拆分成较小的文件。</translation>
    </message>
    <message>
        <source>columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>行</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}</source>
        <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
        <source>{file} is not a readable Excel workbook: {reason}</source>
        <translation>{file} 不是可读取的 Excel 工作簿：{reason}</translation>
    </message>
    <message>
        <source>No file at {path}.</source>
        <extracomment>A distinct-cell cache stops growing past this; the column is then parsed cell by cell.</extracomment>
        <translation>{path} 处没有文件。</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file: choose the file to import.</source>
        <translation>{path} 是文件夹而不是文件：请选择要导入的文件。</translation>
    </message>
    <message>
        <source>{file} is empty.</source>
        <translation>{file} 是空的。</translation>
    </message>
    <message>
        <source>A cell is longer than {limit} characters, or a quote is not closed ({reason}).</source>
        <translation>有单元格超过 {limit} 个字符，或引号没有闭合（{reason}）。</translation>
    </message>
    <message>
        <source>{file} has more than {limit} columns; split it into smaller files.</source>
        <translation>{file} 超过 {limit} 列，请拆分成较小的文件。</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a date.</source>
        <extracomment>Excel&apos;s &quot;zero&quot; dates, which exports use for an empty date cell. MySQL-style zero dates that some exports write for &quot;no date&quot;, with or without a time. The span of dates any import accepts: older or later ones are typing errors.</extracomment>
        <translation>“{value}”不是日期。</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a known {what}.</source>
        <translation>“{value}”不是已知的{what}。</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a number.</source>
        <translation>“{value}”不是数字。</translation>
    </message>
    <message>
        <source>Checked, nothing written (dry run).</source>
        <translation>已检查，未写入（试运行）。</translation>
    </message>
    <message>
        <source>Import complete.</source>
        <translation>导入完成。</translation>
    </message>
    <message>
        <source>Rows: {rows}; new: {created}; updated: {updated}; unchanged: {unchanged}.</source>
        <translation>行数：{rows}；新增：{created}；更新：{updated}；未变：{unchanged}。</translation>
    </message>
    <message>
        <source>Ignored columns: {columns}</source>
        <translation>忽略的列：{columns}</translation>
    </message>
    <message>
        <source>Converted to seconds from the unit in the header: {columns}</source>
        <translation>已按表头中的单位换算为秒：{columns}</translation>
    </message>
    <message>
        <source>Line {line}: {reason}</source>
        <extracomment>The most bad lines an import lists; a file that is wrong everywhere needs one fix.</extracomment>
        <translation>第 {line} 行：{reason}</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何数据。</translation>
    </message>
    <message numerus="yes">
        <source>… and {count} more problems.</source>
        <translation>
            <numerusform>……另有 {count} 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled; nothing written.</source>
        <translation>导入已取消，未写入任何数据。</translation>
    </message>
    <message>
        <source>Left out {rows} rows of {count} unknown accounts: {names}</source>
        <translation>已跳过 {count} 个未知账号的 {rows} 行：{names}</translation>
    </message>
    <message>
        <source>{field} is missing.</source>
        <translation>缺少{field}。</translation>
    </message>
    <message>
        <source>Owned by a name outside the staff directory: {names}.</source>
        <translation>负责人不在员工名单中（按姓名保存）：{names}。</translation>
    </message>
    <message>
        <source>The conversation ID is longer than 100 characters.</source>
        <translation>会话ID超过 100 个字符。</translation>
    </message>
    <message numerus="yes">
        <source>… and {count} more bad lines.</source>
        <translation>
            <numerusform>……另有 {count} 行有问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>Accounts that match no agent (add them as the agents&apos; platform accounts, or import with --skip-unknown):</source>
        <translation>以下账号对应不到任何客服（请把它们添加为客服的平台账号，或使用 --skip-unknown 导入）：</translation>
    </message>
    <message numerus="yes">
        <source>{account}: {rows} rows, first on line {line}</source>
        <translation>
            <numerusform>{account}：{rows} 行，首次出现在第 {line} 行</numerusform>
        </translation>
    </message>
    <message>
        <source>A new agent needs: {fields}.</source>
        <translation>新客服需要填写：{fields}。</translation>
    </message>
    <message>
        <source>{value} is not a score from 0 to 100.</source>
        <translation>{value} 不是 0 到 100 之间的成绩。</translation>
    </message>
    <message>
        <source>{value} is not a number of hours.</source>
        <translation>{value} 不是有效的学时数。</translation>
    </message>
    <message>
        <source>the date is empty.</source>
        <translation>日期为空。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>培训形式</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>出勤情况</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>是或否</translation>
    </message>
    <message>
        <source>leave</source>
        <translation>假别</translation>
    </message>
    <message>
        <source>Give the employee number or the name.</source>
        <translation>请填写工号或姓名。</translation>
    </message>
    <message>
        <source>The same agent and day are also on line {line}.</source>
        <translation>同一客服同一天也出现在第 {line} 行。</translation>
    </message>
    <message>
        <source>The same agent, course and day are also on line {line}.</source>
        <translation>同一客服、课程和日期也出现在第 {line} 行。</translation>
    </message>
    <message>
        <source>Employee number {no} is not in the staff directory.</source>
        <translation>工号 {no} 不在员工名册中。</translation>
    </message>
    <message>
        <source>Employee number {no} is {name}, not {other}.</source>
        <translation>工号 {no} 是{name}，不是{other}。</translation>
    </message>
    <message>
        <source>{name} is not in the staff directory.</source>
        <translation>{name}不在员工名册中。</translation>
    </message>
    <message>
        <source>{count} agents are named {name}: give the employee number.</source>
        <translation>有 {count} 名客服叫{name}：请填写工号。</translation>
    </message>
    <message>
        <source>{name} is not an employee number, name or sub-account of an agent.</source>
        <extracomment>The case-file fields an import line may bring, and the complaint column of each. Each step time of a line, and the status it records on the timeline.</extracomment>
        <translation>{name} 不是任何客服的工号、姓名或子账号。</translation>
    </message>
    <message>
        <source>New categories added: {names}</source>
        <translation>已新增类别：{names}</translation>
    </message>
    <message>
        <source>New root causes added: {names}</source>
        <translation>已新增根本原因：{names}</translation>
    </message>
    <message>
        <source>Channels kept as written: {names}</source>
        <translation>按原样保留的渠道：{names}</translation>
    </message>
    <message>
        <source>{count} resolved or closed complaints had no resolution time; the closing time (or the last time given) was taken.</source>
        <translation>{count} 件已解决或已关闭的投诉没有解决时间，已采用关闭时间（或最后给出的时间）。</translation>
    </message>
    <message>
        <source>New courses added to the catalogue (check their category and pass mark): {courses}</source>
        <translation>已将新课程加入课程目录（请核对类别和及格线）：{courses}</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not yes or no.</source>
        <translation>“{value}”不是“是”或“否”。</translation>
    </message>
    <message>
        <source>seconds, &quot;mm:ss&quot;, &quot;h:mm:ss&quot;, &quot;1分20秒&quot;, &quot;80s&quot;</source>
        <translation>秒数、“分:秒”、“时:分:秒”、“1分20秒”、“80s”</translation>
    </message>
    <message>
        <source>是/否, Y/N, true/false, 1/0</source>
        <translation>是/否、Y/N、true/false、1/0</translation>
    </message>
    <message>
        <source>Conversation ID</source>
        <translation>会话ID</translation>
    </message>
    <message>
        <source>Agent account</source>
        <translation>客服账号</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>咨询类型</translation>
    </message>
    <message>
        <source>Started at</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Start time of day</source>
        <translation>开始时刻</translation>
    </message>
    <message>
        <source>Ended at</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>是否接起</translation>
    </message>
    <message>
        <source>Wait (seconds)</source>
        <translation>等待时长（秒）</translation>
    </message>
    <message>
        <source>First response (seconds)</source>
        <translation>首次响应时长（秒）</translation>
    </message>
    <message>
        <source>Average response (seconds)</source>
        <translation>平均响应时长（秒）</translation>
    </message>
    <message>
        <source>Handling time (seconds)</source>
        <translation>处理时长（秒）</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>是否解决</translation>
    </message>
    <message>
        <source>Resolved at first contact</source>
        <translation>是否首次解决</translation>
    </message>
    <message>
        <source>Satisfaction (1-5)</source>
        <translation>满意度（1-5）</translation>
    </message>
    <message>
        <source>1-5, or satisfied / neutral / unsatisfied</source>
        <translation>1-5，或 满意/一般/不满意</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>是否转化</translation>
    </message>
    <message>
        <source>Order amount</source>
        <translation>订单金额</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a duration.</source>
        <extracomment>A moment to the second; the import adds the microseconds SQLAlchemy stores.</extracomment>
        <translation>“{value}”不是时长。</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a rate.</source>
        <translation>“{value}”不是比率。</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a rate between 0 and 100 %.</source>
        <translation>“{value}”不是 0 到 100% 之间的比率。</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a rating from 1 to 5.</source>
        <translation>“{value}”不是 1 到 5 的评分。</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not an amount of money.</source>
        <translation>“{value}”不是金额。</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a date and time.</source>
        <translation>“{value}”不是日期时间。</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a date between 1900 and 2100.</source>
        <translation>“{value}”不是 1900 至 2100 年之间的日期。</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a time of day.</source>
        <translation>“{value}”不是时刻。</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a day or a month.</source>
        <extracomment>Account cells that mark a shop-level row (folded).</extracomment>
        <translation>“{value}”不是日期或月份。</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a count.</source>
        <translation>“{value}”不是计数。</translation>
    </message>
    <message>
        <source>Shop</source>
        <extracomment>Headers of the paid-orders count, the one to use first.</extracomment>
        <translation>店铺</translation>
    </message>
    <message>
        <source>Day or month</source>
        <translation>日期或月份</translation>
    </message>
    <message>
        <source>Paid orders</source>
        <translation>支付订单数</translation>
    </message>
    <message>
        <source>Paying buyers</source>
        <translation>支付买家数</translation>
    </message>
    <message>
        <source>Paid amount</source>
        <translation>支付金额</translation>
    </message>
    <message>
        <source>Inquiries</source>
        <translation>咨询人数</translation>
    </message>
    <message>
        <source>Customers served</source>
        <translation>接待人数</translation>
    </message>
    <message>
        <source>Pre-sale inquiries</source>
        <translation>询单人数</translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>付款人数</translation>
    </message>
    <message>
        <source>Sales amount</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>询单转化率</translation>
    </message>
    <message>
        <source>Reply rate</source>
        <translation>回复率</translation>
    </message>
    <message>
        <source>3-minute reply rate</source>
        <translation>3分钟回复率</translation>
    </message>
    <message>
        <source>Satisfaction rate</source>
        <translation>客户满意率</translation>
    </message>
    <message>
        <source>Good reviews</source>
        <translation>好评数</translation>
    </message>
    <message>
        <source>Bad reviews</source>
        <translation>差评数</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>退款数</translation>
    </message>
    <message>
        <source>The agent account is missing.</source>
        <extracomment>Stored columns and the import field that fills each.</extracomment>
        <translation>缺少客服账号。</translation>
    </message>
    <message>
        <source>The account {account} matches no agent.</source>
        <translation>账号 {account} 对应不到任何客服。</translation>
    </message>
    <message>
        <source>Skipped {count} shop-level rows (totals, averages).</source>
        <translation>已跳过 {count} 行店铺汇总行（汇总值、平均值）。</translation>
    </message>
    <message>
        <source>No day or month: the file needs a date column, or give the period (--period YYYY-MM).</source>
        <translation>没有日期或月份：文件需要有日期列，或指定期间（--period YYYY-MM）。</translation>
    </message>
    <message>
        <source>Give the column map a name.</source>
        <extracomment>The fields of each import kind a map can name.</extracomment>
        <translation>请给列对应方案起个名称。</translation>
    </message>
    <message>
        <source>A column map&apos;s name has at most {count} characters.</source>
        <translation>列对应方案的名称最多 {count} 个字符。</translation>
    </message>
    <message>
        <source>The column map names no column.</source>
        <translation>列对应方案中没有任何列。</translation>
    </message>
    <message>
        <source>&quot;{field}&quot; is not a field of this import ({column}).</source>
        <translation>“{field}”不是此导入的字段（{column}）。</translation>
    </message>
    <message>
        <source>The column map was not saved.</source>
        <translation>列对应方案未保存。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>There is no saved column map &quot;{name}&quot; for {kind}.</source>
        <translation>{kind} 没有名为“{name}”的列对应方案。</translation>
    </message>
    <message>
        <source>Saved column maps: {names}</source>
        <translation>已保存的列对应方案：{names}</translation>
    </message>
    <message>
        <source>Unknown import: {kind}.</source>
        <translation>未知的导入类型：{kind}。</translation>
    </message>
    <message>
        <source>One day can have one kind of leave.</source>
        <translation>一天只能有一种假。</translation>
    </message>
    <message>
        <source>This period is already on line {line}.</source>
        <translation>该日期（期间）已在第 {line} 行出现。</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>From</source>
        <translation>提出人</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>Reason or decision</source>
        <translation>原因或决定</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>奖励</translation>
    </message>
    <message>
        <source>Month the reward is paid</source>
        <translation>奖励月份</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import staff</source>
        <translation>导入员工</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列对应</translation>
    </message>
    <message>
        <source>Choose a CSV or Excel file. Headers in English or Chinese are recognised (工号, 姓名, 岗位 …). The file is checked first; nothing is written until you press Import.</source>
        <translation>请选择 CSV 或 Excel 文件。可识别中文或英文表头（工号、姓名、岗位…）。文件会先经过检查；按下“导入”之前不会写入任何数据。</translation>
    </message>
    <message>
        <source>Employee number</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Link accounts…</source>
        <translation>关联账号(&amp;L)…</translation>
    </message>
    <message>
        <source>Give the unknown accounts to agents, then check again</source>
        <translation>把未知账号关联给客服，然后重新检查</translation>
    </message>
    <message>
        <source>An empty cell never erases what is on file; re-importing a file adds nothing twice.</source>
        <translation>空白单元格不会清除已有资料；重复导入同一文件不会重复添加。</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>表格 (*.csv *.xlsx *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>（忽略）</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>The import failed; nothing was imported.</source>
        <translation>导入失败，未导入任何内容。</translation>
    </message>
</context>
<context>
    <name>KPI</name>
    <message>
        <source>{value} is outside {low:g}-{high:g}.</source>
        <extracomment>The KPIs entered by hand, and the values each accepts.</extracomment>
        <translation>{value} 超出 {low:g}-{high:g} 的范围。</translation>
    </message>
</context>
<context>
    <name>KpiTrendDialog</name>
    <message>
        <source>{name}: twelve months</source>
        <translation>{name}：近十二个月</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>Team average</source>
        <translation>团队平均</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Pre-sales</source>
        <translation>售前</translation>
    </message>
    <message>
        <source>After-sales</source>
        <translation>售后</translation>
    </message>
    <message>
        <source>Complaint handling</source>
        <translation>投诉处理</translation>
    </message>
    <message>
        <source>Technical support</source>
        <translation>技术支持</translation>
    </message>
    <message>
        <source>Junior</source>
        <translation>初级</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>中级</translation>
    </message>
    <message>
        <source>Senior</source>
        <translation>高级</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>入职中</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>On leave</source>
        <translation>休假</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>离职</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>社交媒体</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>基础</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>进阶</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>演练</translation>
    </message>
    <message>
        <source>Refresher</source>
        <translation>复训</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>考核</translation>
    </message>
    <message>
        <source>External certificate</source>
        <translation>外部证书</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>线上</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>线下</translation>
    </message>
    <message>
        <source>Role play</source>
        <translation>角色扮演</translation>
    </message>
    <message>
        <source>Recording review</source>
        <translation>录音复盘</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>缺席</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>请假</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Not trained</source>
        <translation>未培训</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>重要</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Solution proposed</source>
        <translation>已提出方案</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation>等待客户</translation>
    </message>
    <message>
        <source>Waiting for courier / warehouse</source>
        <translation>等待快递 / 仓库</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Propose solution</source>
        <translation>提出方案</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>解决</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Wait for customer</source>
        <translation>等待客户</translation>
    </message>
    <message>
        <source>Wait for courier</source>
        <translation>等待快递</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续处理</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Not escalated</source>
        <translation>未升级</translation>
    </message>
    <message>
        <source>Senior agent</source>
        <translation>资深客服</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>店主</translation>
    </message>
    <message>
        <source>Platform dispute</source>
        <translation>平台纠纷</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <source>Re-ship</source>
        <translation>补发</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>换货</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>赠品</translation>
    </message>
    <message>
        <source>Appeal pending</source>
        <translation>申诉待裁定</translation>
    </message>
    <message>
        <source>Appeal accepted</source>
        <translation>申诉成立</translation>
    </message>
    <message>
        <source>Appeal rejected</source>
        <translation>申诉驳回</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>升级</translation>
    </message>
    <message>
        <source>Follow-up visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>有效性</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>申诉</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>首次响应</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>提出方案</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解决</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>按时</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>计时中</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Satisfaction rate</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>Average first response</source>
        <translation>平均首次响应时长</translation>
    </message>
    <message>
        <source>Average response time</source>
        <translation>平均响应时长</translation>
    </message>
    <message>
        <source>3-minute reply rate</source>
        <translation>3分钟回复率</translation>
    </message>
    <message>
        <source>Answer rate</source>
        <translation>接通率</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>服务水平</translation>
    </message>
    <message>
        <source>Average wait</source>
        <translation>平均等待时长</translation>
    </message>
    <message>
        <source>Average handling time</source>
        <translation>平均处理时长</translation>
    </message>
    <message>
        <source>Resolution rate</source>
        <translation>解决率</translation>
    </message>
    <message>
        <source>First-contact resolution rate</source>
        <translation>首次解决率</translation>
    </message>
    <message>
        <source>Inquiry conversion rate</source>
        <translation>询单转化率</translation>
    </message>
    <message>
        <source>Sales amount</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>客单价</translation>
    </message>
    <message>
        <source>Reply rate</source>
        <translation>回复率</translation>
    </message>
    <message>
        <source>QA score</source>
        <translation>质检得分</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>表扬</translation>
    </message>
    <message>
        <source>Valid complaints</source>
        <translation>有效投诉</translation>
    </message>
    <message>
        <source>Training completion</source>
        <translation>培训完成率</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation>出勤率</translation>
    </message>
    <message>
        <source>Teamwork</source>
        <translation>团队协作</translation>
    </message>
    <message>
        <source>Complaint rate (‰, per 1,000 orders or contacts)</source>
        <translation>投诉率（‰，每千单或每千次咨询）</translation>
    </message>
    <message>
        <source>Turnover rate</source>
        <translation>流失率</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>咨询量</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} 秒</translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes}分{seconds}秒</translation>
    </message>
    <message>
        <source>Valid urgent complaint</source>
        <translation>有效紧急投诉</translation>
    </message>
    <message>
        <source>Critical QA failure</source>
        <translation>质检致命错误</translation>
    </message>
    <message>
        <source>Not prepared</source>
        <translation>未生成</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>已定稿</translation>
    </message>
    <message>
        <source>{floor} → 0, {target} → 100, at most {cap}</source>
        <translation>{floor} → 0，{target} → 100，最高 {cap}</translation>
    </message>
    <message>
        <source>else {points}</source>
        <translation>其余 {points}</translation>
    </message>
    <message>
        <source>Graded</source>
        <translation>已评定</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Not cleared</source>
        <translation>未获上岗资格</translation>
    </message>
    <message>
        <source>Not enough data</source>
        <translation>数据不足</translation>
    </message>
    <message>
        <source>The month is still running: the figures so far, graded after it ends.</source>
        <translation>本月尚未结束：显示截至目前的数据，月份结束后评定。</translation>
    </message>
    <message>
        <source>Still onboarding: not graded this month.</source>
        <translation>仍在入职培训期：本月不评定。</translation>
    </message>
    <message>
        <source>Still onboarding and not cleared for duty (before-duty training missing): not graded this month.</source>
        <translation>仍在入职培训期且未获上岗资格（缺少上岗前培训）：本月不评定。</translation>
    </message>
    <message>
        <source>Not enough data to grade: {share} of the scorecard&apos;s weight has data{needed}. Missing: {kpis}.</source>
        <translation>数据不足，无法评定：考核表中有数据的指标占权重 {share}{needed}。缺少：{kpis}。</translation>
    </message>
    <message>
        <source> ({needed} needed)</source>
        <translation>（需达到 {needed}）</translation>
    </message>
    <message>
        <source>Annual leave</source>
        <translation>年假</translation>
    </message>
    <message>
        <source>Sick leave</source>
        <translation>病假</translation>
    </message>
    <message>
        <source>Personal leave</source>
        <translation>事假</translation>
    </message>
    <message>
        <source>Other leave</source>
        <translation>其他假</translation>
    </message>
    <message>
        <source>AL</source>
        <translation>年</translation>
    </message>
    <message>
        <source>SL</source>
        <translation>病</translation>
    </message>
    <message>
        <source>PL</source>
        <translation>事</translation>
    </message>
    <message>
        <source>OL</source>
        <translation>假</translation>
    </message>
    <message>
        <source>Double booked</source>
        <translation>重复排班</translation>
    </message>
    <message>
        <source>Short rest</source>
        <translation>休息不足</translation>
    </message>
    <message>
        <source>Long day</source>
        <translation>单日超时</translation>
    </message>
    <message>
        <source>Long week</source>
        <translation>单周超时</translation>
    </message>
    <message>
        <source>Too many days in a row</source>
        <translation>连续上班过多</translation>
    </message>
    <message>
        <source>Not employed</source>
        <translation>不在职</translation>
    </message>
    <message>
        <source>Not cleared for duty</source>
        <translation>未获准上岗</translation>
    </message>
    <message>
        <source>Two shifts overlap by {value:g} h.</source>
        <translation>两个班次重叠 {value:g} 小时。</translation>
    </message>
    <message>
        <source>Rest {value:g} h before this shift (at least {limit:g} h).</source>
        <translation>本班前仅休息 {value:g} 小时（至少 {limit:g} 小时）。</translation>
    </message>
    <message>
        <source>{value:g} h in the day (at most {limit:g} h).</source>
        <translation>当天 {value:g} 小时（最多 {limit:g} 小时）。</translation>
    </message>
    <message>
        <source>{value:g} h in the week so far (at most {limit:g} h).</source>
        <translation>本周累计 {value:g} 小时（最多 {limit:g} 小时）。</translation>
    </message>
    <message>
        <source>Day {value:g} in a row (at most {limit:g}).</source>
        <translation>连续第 {value:g} 天（最多 {limit:g} 天）。</translation>
    </message>
    <message>
        <source>A shift on a day of leave.</source>
        <translation>请假当天排了班。</translation>
    </message>
    <message>
        <source>A shift before hiring or after the last working day.</source>
        <translation>入职前或最后工作日之后排了班。</translation>
    </message>
    <message>
        <source>Required before-duty training is not passed.</source>
        <translation>上岗前必修培训尚未通过。</translation>
    </message>
    <message>
        <source>{year}-W{number}</source>
        <translation>{year}年第{number}周</translation>
    </message>
</context>
<context>
    <name>LineEditor</name>
    <message>
        <source>Selected line</source>
        <extracomment>Unit -&gt; (decimals, largest value, factor from the stored value to the shown one).</extracomment>
        <translation>所选指标</translation>
    </message>
    <message>
        <source>&amp;KPI</source>
        <translation>指标(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Weight</source>
        <translation>权重(&amp;W)</translation>
    </message>
    <message>
        <source>Scored b&amp;y</source>
        <translation>计分方式(&amp;Y)</translation>
    </message>
    <message>
        <source>Reaching</source>
        <translation>达到</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Add &amp;band</source>
        <translation>添加档位(&amp;B)</translation>
    </message>
    <message>
        <source>Remove band</source>
        <translation>删除档位</translation>
    </message>
    <message>
        <source>Points below every band</source>
        <translation>低于所有档位得分</translation>
    </message>
    <message>
        <source>0 points at</source>
        <translation>0 分对应</translation>
    </message>
    <message>
        <source>100 points at (target)</source>
        <translation>100 分对应（目标）</translation>
    </message>
    <message>
        <source>At most (points)</source>
        <translation>最高得分</translation>
    </message>
    <message>
        <source>Above 100 rewards beating the target; 100 does not</source>
        <translation>高于 100 表示超额完成目标可加分；100 则不加分</translation>
    </message>
    <message>
        <source>Bands</source>
        <translation>分档</translation>
    </message>
    <message>
        <source>Straight line from 0 to 100 points</source>
        <translation>线性计分（0 至 100 分）</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>越低越好</translation>
    </message>
</context>
<context>
    <name>LinkAccountsDialog</name>
    <message>
        <source>Link accounts to agents</source>
        <extracomment>Platforms offered for a new account (the field stays editable).</extracomment>
        <translation>把账号关联给客服</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>— leave unknown —</source>
        <translation>— 暂不关联 —</translation>
    </message>
    <message>
        <source>Each account is added to the agent chosen, without dates; set dates in the agent&apos;s form if the account changes hands.</source>
        <translation>每个账号都会添加给所选客服，不带日期；如果账号换人使用，请在客服档案中设置日期。</translation>
    </message>
</context>
<context>
    <name>LiveLink</name>
    <message>
        <source>● Server connected</source>
        <extracomment>How long to gather changes before the pages refresh (ms): within the 2 s promised.</extracomment>
        <translation>● 服务器已连接</translation>
    </message>
    <message>
        <source>● Server lost: retrying…</source>
        <translation>● 服务器断开：正在重试…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <extracomment>How often the window looks whether somebody signed in (to start the idle lock). How long after the window first shows the Today cards are counted: the window is usable first, and the queries do not delay its first paint.</extracomment>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>操作日志(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>报表(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;About csdesk</source>
        <translation>关于 csdesk(&amp;A)</translation>
    </message>
    <message>
        <source>Shared server: {url}</source>
        <translation>共享服务器：{url}</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>数据库：{path}</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Backup written to {path}</source>
        <translation>备份已写入 {path}</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>csdesk backups (*.sqlite3);;All files (*)</source>
        <translation>csdesk 备份 (*.sqlite3);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Replace the current data with the backup {name}? The current data is backed up first.</source>
        <translation>要用备份 {name} 替换当前数据吗？当前数据会先备份。</translation>
    </message>
    <message>
        <source>{name} is a backup of another shop ({shop}). Replace this shop&apos;s data with that shop&apos;s? The current data is backed up first.</source>
        <translation>{name} 是另一家店铺（{shop}）的备份。要用那家店铺的数据替换本店数据吗？当前数据会先备份。</translation>
    </message>
    <message>
        <source>Restored from {name}</source>
        <translation>已从 {name} 恢复</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>正在恢复备份…</translation>
    </message>
    <message>
        <source>About csdesk</source>
        <translation>关于 csdesk</translation>
    </message>
    <message>
        <source>csdesk {version}
The customer-service supervisor&apos;s desk.

Database: {path}</source>
        <translation>csdesk {version}
客服主管的工作台。

数据库：{path}</translation>
    </message>
</context>
<context>
    <name>ManualKpiDialog</name>
    <message>
        <source>Teamwork and attendance, {month}</source>
        <translation>团队协作与出勤，{month}</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Teamwork (1-5)</source>
        <translation>团队协作（1-5）</translation>
    </message>
    <message>
        <source>Attendance (%)</source>
        <translation>出勤率（%）</translation>
    </message>
    <message>
        <source>— leaves a value out (the scorecard then ignores it).</source>
        <translation>— 表示不填（考核表将忽略此项）。</translation>
    </message>
</context>
<context>
    <name>MatrixTab</name>
    <message>
        <source>Search number or name</source>
        <translation>搜索工号或姓名</translation>
    </message>
    <message>
        <source>All posts</source>
        <translation>全部岗位</translation>
    </message>
    <message>
        <source>Anyone with a gap</source>
        <translation>有缺项的人</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <source>Expiring within (days):</source>
        <translation>到期提醒（天）：</translation>
    </message>
    <message>
        <source>Export &amp;Excel…</source>
        <translation>导出 &amp;Excel…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>导出 &amp;PDF…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>打印(&amp;R)…</translation>
    </message>
    <message>
        <source>Open the matrix as a PDF to print</source>
        <translation>以 PDF 打开培训矩阵以便打印</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Not required for this post</source>
        <translation>该岗位不要求</translation>
    </message>
    <message>
        <source>{standing}: {count}</source>
        <translation>{standing}：{count}</translation>
    </message>
    <message>
        <source>Standing on {date}; a date is valid until, or passed on</source>
        <translation>截至 {date}；单元格日期为有效期至，或通过日期</translation>
    </message>
    <message>
        <source>Passed {date}</source>
        <translation>{date} 通过</translation>
    </message>
    <message>
        <source>Valid until {date}</source>
        <translation>有效期至 {date}</translation>
    </message>
    <message>
        <source>Does not expire</source>
        <translation>长期有效</translation>
    </message>
    <message>
        <source>Not cleared for duty</source>
        <translation>未获准上岗</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>What</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Reminders ({count})</source>
        <translation>提醒（{count}）</translation>
    </message>
    <message>
        <source>Export matrix</source>
        <translation>导出培训矩阵</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>training-matrix.pdf</source>
        <translation>培训矩阵.pdf</translation>
    </message>
    <message numerus="yes">
        <source>{count} agents written to {path}</source>
        <translation>
            <numerusform>已将 {count} 名客服写入 {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the training matrix…</source>
        <translation>正在生成培训矩阵…</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Service-quality meeting</source>
        <translation>服务质量例会</translation>
    </message>
    <message>
        <source>&amp;Add a decision…</source>
        <translation>添加决议(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Print sheet…</source>
        <translation>打印记录表(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Attendees</source>
        <translation>参会人(&amp;A)</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation>会议记录(&amp;M)</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>决议</translation>
    </message>
    <message>
        <source>(on leave)</source>
        <translation>（休假）</translation>
    </message>
    <message>
        <source>Goals in {month}:</source>
        <translation>{month} 目标：</translation>
    </message>
    <message>
        <source>Complaints received: {count}; top root causes: {causes}</source>
        <translation>收到投诉 {count} 件；主要根因：{causes}</translation>
    </message>
    <message>
        <source>Actions open: {open}, overdue: {late}; training lapses: {lapses}</source>
        <translation>未完成措施 {open} 项，逾期 {late} 项；培训未达标 {lapses} 项</translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <source>That meeting no longer exists.</source>
        <translation>该例会已不存在。</translation>
    </message>
    <message>
        <source>Unknown kind of meeting.</source>
        <translation>未知的例会类型。</translation>
    </message>
    <message>
        <source>Name who was asked to the meeting.</source>
        <translation>请列出参会人。</translation>
    </message>
    <message>
        <source>Weekly meeting</source>
        <translation>周例会</translation>
    </message>
    <message>
        <source>Monthly review</source>
        <translation>月度复盘会</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>例会</translation>
    </message>
</context>
<context>
    <name>MeetingsDialog</name>
    <message>
        <source>Service-quality meetings</source>
        <translation>服务质量例会</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>新建例会(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>No meetings yet. A meeting looks at the figures, the complaints and the actions, and decides what to do next.</source>
        <translation>还没有例会。例会查看数据、投诉和改进措施，并决定下一步做什么。</translation>
    </message>
    <message>
        <source>New meeting…</source>
        <translation>新建例会…</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>决议</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>会议记录</translation>
    </message>
</context>
<context>
    <name>MonthDialog</name>
    <message>
        <source>MMMM yyyy</source>
        <extracomment>How many months back the choice goes.</extracomment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
</context>
<context>
    <name>MonthModel</name>
    <message>
        <source>Hours</source>
        <translation>工时</translation>
    </message>
</context>
<context>
    <name>MonthTab</name>
    <message>
        <source>published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Weeks: {weeks}. Hours planned in the month: {hours:g}. Double-click a day to change its week.</source>
        <translation>各周：{weeks}。本月计划工时：{hours:g}。双击某天可修改该周。</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Shared server password</source>
        <translation>共享服务器密码</translation>
    </message>
    <message>
        <source>The shop&apos;s server {url} asks for a password.</source>
        <translation>店铺服务器 {url} 需要密码。</translation>
    </message>
    <message>
        <source>&amp;Remember it in this computer&apos;s credential store</source>
        <translation>记在本机的凭据存储中(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>PayTab</name>
    <message>
        <source>Grades: lowest total of each grade</source>
        <translation>等级：各等级最低总分</translation>
    </message>
    <message>
        <source>below C</source>
        <translation>低于 C</translation>
    </message>
    <message>
        <source>Grade a month when KPIs with data carry at least</source>
        <translation>有数据的指标权重至少达到此比例才评定等级</translation>
    </message>
    <message>
        <source>Share of the scorecard&apos;s weight. Below it the agent&apos;s month says &quot;not enough data&quot; and gets no grade or bonus.</source>
        <translation>占考核表权重的比例。低于此比例时，该客服本月显示“数据不足”，不评等级、不计奖金。</translation>
    </message>
    <message>
        <source>Vetoes: cap the grade whatever the total</source>
        <translation>否决项：无论总分多少均限制等级</translation>
    </message>
    <message>
        <source>A veto is named on the appraisal, and the agent cannot be Service Star.</source>
        <translation>否决项会写在考核表上，且该客服不能当选服务之星。</translation>
    </message>
    <message>
        <source>caps at {grade}</source>
        <translation>最高 {grade}</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>不限制</translation>
    </message>
    <message>
        <source>Monthly bonus</source>
        <translation>月度奖金</translation>
    </message>
    <message>
        <source>Base, {post}</source>
        <translation>基数，{post}</translation>
    </message>
    <message>
        <source>× by grade</source>
        <translation>等级系数</translation>
    </message>
    <message>
        <source>Satisfaction pass line (no bonus below)</source>
        <translation>满意度及格线（低于则无奖金）</translation>
    </message>
    <message>
        <source>Satisfaction for the extra tier</source>
        <translation>额外奖励满意度线</translation>
    </message>
    <message>
        <source>Extra tier</source>
        <translation>额外奖励</translation>
    </message>
    <message>
        <source>Deduction per valid complaint</source>
        <translation>每件有效投诉扣款</translation>
    </message>
    <message>
        <source>Bonus = base × the grade&apos;s coefficient, plus the extra tier when satisfaction reaches its line and the grade earns a bonus, minus the deductions; never below 0.</source>
        <translation>奖金 = 基数 × 等级系数；满意度达到额外奖励线且该等级有奖金时加额外奖励；再减去扣款；最低为 0。</translation>
    </message>
</context>
<context>
    <name>PerformancePage</name>
    <message>
        <source>Import conversations</source>
        <extracomment>The tint of a value taken from a platform&apos;s summary rather than the conversations.</extracomment>
        <translation>导入会话</translation>
    </message>
    <message>
        <source>Choose a conversation or ticket export (千牛, 飞鸽, JD, a help desk), CSV or Excel. Chinese headers are recognised (会话ID, 客服账号, 开始时间 …). Agents are found by their platform accounts in the staff directory. Conversations already imported are not added twice.</source>
        <translation>选择会话或工单导出文件（千牛、飞鸽、京东、工单系统），CSV 或 Excel。可识别中文表头（会话ID、客服账号、开始时间……）。按员工档案中的平台账号找到客服。已导入的会话不会重复添加。</translation>
    </message>
    <message>
        <source>Import agent summaries</source>
        <translation>导入客服绩效</translation>
    </message>
    <message>
        <source>Choose a 客服绩效 export with one row per account and day or month (旺旺昵称, 咨询人数, 客户满意率 …). Shop totals and averages are skipped. The platform&apos;s figures win over those computed from conversations.</source>
        <translation>选择客服绩效导出文件，每个账号每天或每月一行（旺旺昵称、咨询人数、客户满意率……）。店铺汇总和平均行会被跳过。平台给出的数值优先于由会话计算的数值。</translation>
    </message>
    <message>
        <source>No figures for this month yet. Import the platform&apos;s conversation export or its monthly agent summary (千牛 客服绩效).</source>
        <translation>本月还没有数据。请导入平台的会话记录导出，或每月的客服绩效汇总（千牛 客服绩效）。</translation>
    </message>
    <message>
        <source>Import conversations…</source>
        <translation>导入会话记录…</translation>
    </message>
    <message>
        <source>Import summaries…</source>
        <translation>导入绩效汇总…</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>月份(&amp;M)</translation>
    </message>
    <message>
        <source>Import &amp;conversations…</source>
        <translation>导入会话(&amp;C)…</translation>
    </message>
    <message>
        <source>Import &amp;summaries…</source>
        <translation>导入客服绩效(&amp;S)…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>导出 CSV(&amp;X)…</translation>
    </message>
    <message>
        <source>The month&apos;s KPIs, one row per agent</source>
        <translation>本月 KPI，每位客服一行</translation>
    </message>
    <message>
        <source>QA &amp;review…</source>
        <translation>质检评分(&amp;R)…</translation>
    </message>
    <message>
        <source>Rate a conversation against the rubric</source>
        <translation>按质检表为一次会话评分</translation>
    </message>
    <message>
        <source>&amp;Praise…</source>
        <translation>表扬(&amp;P)…</translation>
    </message>
    <message>
        <source>Reviews and praise &amp;list…</source>
        <translation>质检与表扬列表(&amp;L)…</translation>
    </message>
    <message>
        <source>The month&apos;s reviews and praise, to correct or delete; the QA rubrics</source>
        <translation>本月的质检和表扬记录，可更正或删除；质检评分表</translation>
    </message>
    <message>
        <source>Team&amp;work and attendance…</source>
        <translation>团队协作与出勤(&amp;W)…</translation>
    </message>
    <message>
        <source>The KPIs entered by hand for the month</source>
        <translation>本月需手工填写的 KPI</translation>
    </message>
    <message>
        <source>&amp;Trend…</source>
        <translation>趋势(&amp;T)…</translation>
    </message>
    <message>
        <source>Twelve months of a KPI for the selected agent</source>
        <translation>所选客服某项 KPI 的近十二个月</translation>
    </message>
    <message>
        <source>Rates in percent, times in seconds, money in yuan. Tinted values are the platform&apos;s own figures from an imported summary; they win over the values computed from conversations. — means no data for the month.</source>
        <translation>比率为百分数，时长单位为秒，金额单位为元。底色标出的数值来自导入的平台客服绩效，优先于由会话计算的数值。— 表示本月没有数据。</translation>
    </message>
    <message>
        <source>From the platform&apos;s summary</source>
        <translation>来自平台客服绩效</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Export KPIs</source>
        <translation>导出 KPI</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>KPIs written to {path}</source>
        <translation>KPI 已写入 {path}</translation>
    </message>
</context>
<context>
    <name>PraiseDialog</name>
    <message>
        <source>Praise</source>
        <translation>表扬</translation>
    </message>
    <message>
        <source>Correct praise</source>
        <translation>更正表扬</translation>
    </message>
    <message>
        <source>e.g. customer message, shop review, manager</source>
        <translation>例如：顾客留言、店铺评价、店长</translation>
    </message>
    <message>
        <source>&amp;Agent</source>
        <translation>客服(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>来源(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;What was said</source>
        <translation>表扬内容(&amp;W)</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>不变</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit width</source>
        <translation>适合宽度(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Whole page</source>
        <translation>整页(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message numerus="yes">
        <source>Sent to the printer: {count} pages.</source>
        <translation>
            <numerusform>已发送到打印机：共 {count} 页。</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>正在准备打印预览…</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>正在生成报告…</translation>
    </message>
</context>
<context>
    <name>ProposalsDialog</name>
    <message>
        <source>Goals proposed for {year}</source>
        <translation>{year} 年建议目标</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>type it</source>
        <translation>请填写</translation>
    </message>
    <message>
        <source>{kpi}: write the baseline and the target as numbers.</source>
        <translation>{kpi}：基线和目标值请填写数字。</translation>
    </message>
</context>
<context>
    <name>QA</name>
    <message>
        <source>Greeting and etiquette</source>
        <translation>问候与礼仪</translation>
    </message>
    <message>
        <source>Listening and empathy</source>
        <translation>倾听与共情</translation>
    </message>
    <message>
        <source>Accuracy of information</source>
        <translation>信息准确性</translation>
    </message>
    <message>
        <source>Clarity</source>
        <translation>表达清晰</translation>
    </message>
    <message>
        <source>Script compliance</source>
        <translation>话术规范</translation>
    </message>
    <message>
        <source>Solution offered</source>
        <translation>提供解决方案</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>结束语</translation>
    </message>
    <message>
        <source>Standard review</source>
        <translation>标准质检</translation>
    </message>
    <message>
        <source>The review is no longer on file.</source>
        <translation>该质检记录已不存在。</translation>
    </message>
    <message>
        <source>Choose an agent and a rubric.</source>
        <translation>请选择客服和质检表。</translation>
    </message>
    <message>
        <source>Rate every category: {names}.</source>
        <translation>请为每一项评分：{names}。</translation>
    </message>
    <message>
        <source>A rating does not fit: {reason}</source>
        <translation>评分不符合规则：{reason}</translation>
    </message>
    <message>
        <source>Say who praised the agent, or what they said.</source>
        <translation>请写明谁表扬了客服，或表扬的内容。</translation>
    </message>
    <message>
        <source>The praise is no longer on file.</source>
        <translation>该表扬记录已不存在。</translation>
    </message>
    <message>
        <source>The rubric is no longer on file.</source>
        <extracomment>A category in an edit: its id when it is already stored, else None.</extracomment>
        <translation>该评分表已不存在。</translation>
    </message>
    <message>
        <source>Another rubric is named {name}.</source>
        <translation>已有名为 {name} 的评分表。</translation>
    </message>
    <message numerus="yes">
        <source>{count} reviews were made with this rubric, so its categories stay as they are. Copy it, change the copy and archive this one.</source>
        <translation>
            <numerusform>已有 {count} 条质检使用此评分表，其项目不能再改。请复制一份，修改副本，再将此表归档。</numerusform>
        </translation>
    </message>
    <message>
        <source>The rubric was not saved.</source>
        <translation>评分表未保存。</translation>
    </message>
    <message>
        <source>Keep at least one rubric in use: reviews need one.</source>
        <translation>至少保留一个在用的评分表：质检需要它。</translation>
    </message>
    <message>
        <source>Give the rubric a name.</source>
        <translation>请给评分表起个名称。</translation>
    </message>
    <message>
        <source>A rubric&apos;s name has at most {count} characters.</source>
        <translation>评分表名称最多 {count} 个字符。</translation>
    </message>
    <message>
        <source>A rubric needs at least one category.</source>
        <translation>评分表至少需要一个项目。</translation>
    </message>
    <message>
        <source>Category {number} has no name.</source>
        <translation>第 {number} 个项目没有名称。</translation>
    </message>
    <message>
        <source>Two categories are named {name}.</source>
        <translation>有两个项目都叫 {name}。</translation>
    </message>
    <message>
        <source>{name}: the weight must be above 0 and at most {most}.</source>
        <translation>{name}：权重须大于 0 且不超过 {most}。</translation>
    </message>
    <message>
        <source>{name}: unknown rating scale.</source>
        <translation>{name}：未知的评分尺度。</translation>
    </message>
</context>
<context>
    <name>QaLogDialog</name>
    <message>
        <source>Reviews and praise, {month}</source>
        <translation>质检与表扬，{month}</translation>
    </message>
    <message>
        <source>R&amp;ubrics…</source>
        <translation>评分表(&amp;U)…</translation>
    </message>
    <message>
        <source>The categories, weights and scales of reviews</source>
        <translation>质检的项目、权重和评分尺度</translation>
    </message>
    <message>
        <source>&amp;Action…</source>
        <translation>改进措施(&amp;A)…</translation>
    </message>
    <message>
        <source>An improvement action for the selected review&apos;s agent</source>
        <translation>为所选质检的客服制定改进措施</translation>
    </message>
    <message>
        <source>QA reviews</source>
        <translation>质检</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>表扬</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>质检员</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>评分表</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来自</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>QA reviews ({count})</source>
        <translation>质检（{count}）</translation>
    </message>
    <message>
        <source>Praise ({count})</source>
        <translation>表扬（{count}）</translation>
    </message>
    <message>
        <source>0 (critical)</source>
        <translation>0（关键项不合格）</translation>
    </message>
    <message>
        <source>Delete the review of {agent} on {day}?</source>
        <translation>删除 {agent} 在 {day} 的质检记录？</translation>
    </message>
    <message>
        <source>Delete the praise of {agent} on {day}?</source>
        <translation>删除 {agent} 在 {day} 的表扬记录？</translation>
    </message>
</context>
<context>
    <name>QaReviewDialog</name>
    <message>
        <source>QA review</source>
        <translation>质检评分</translation>
    </message>
    <message>
        <source>Correct QA review</source>
        <translation>更正质检</translation>
    </message>
    <message>
        <source>Conversation ID, e.g. QN2026100512</source>
        <translation>会话ID，例如 QN2026100512</translation>
    </message>
    <message>
        <source>&amp;Agent</source>
        <translation>客服(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>会话(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Reviewer</source>
        <translation>质检员(&amp;R)</translation>
    </message>
    <message>
        <source>R&amp;ubric</source>
        <translation>评分表(&amp;U)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Co&amp;mment</source>
        <translation>评语(&amp;M)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>★ critical: below half makes the review 0</source>
        <translation>★ 关键项：得分低于一半则本次质检为 0 分</translation>
    </message>
    <message>
        <source>0 (critical: {names})</source>
        <translation>0（关键项：{names}）</translation>
    </message>
</context>
<context>
    <name>QuarterDialog</name>
    <message>
        <source>{year} Q{quarter}</source>
        <translation>{year} 年第 {quarter} 季度</translation>
    </message>
    <message>
        <source>&amp;Quarter</source>
        <translation>季度(&amp;Q)</translation>
    </message>
    <message>
        <source>Quarter {year} Q{quarter}</source>
        <translation>季度 {year} 年第 {quarter} 季度</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>已定稿</translation>
    </message>
    <message>
        <source>Not final</source>
        <translation>未定稿</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>Quarter bonus</source>
        <translation>季度奖金</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Each month&apos;s total (grade). The quarter&apos;s bonus is the sum of its three monthly bonuses: {total} for the team. Months not final may still change.</source>
        <translation>每月总分（等级）。季度奖金为三个月奖金之和：团队合计 {total}。未定稿的月份仍可能变化。</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>action</source>
        <translation>改进措施</translation>
    </message>
    <message>
        <source>Another seat saved the same record at the same moment; nothing of yours was saved. Open it again and repeat your change.</source>
        <extracomment>How often opening re-checks a file that a restore replaced while it waited.</extracomment>
        <translation>另一个席位在同一时刻保存了同一条记录；你的修改没有保存。请重新打开并再次修改。</translation>
    </message>
    <message>
        <source>{who} saved this {what} at {when}, after you opened it; your changes were not saved.</source>
        <translation>{who} 在你打开之后于 {when} 保存了这条{what}；你的修改没有保存。</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>员工记录</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>投诉记录</translation>
    </message>
    <message>
        <source>course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>training session</source>
        <translation>培训场次</translation>
    </message>
    <message>
        <source>coaching session</source>
        <translation>辅导面谈记录</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>例会记录</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Printed {date}</source>
        <translation>打印于 {date}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
    <message>
        <source>Staff list</source>
        <translation>员工名单</translation>
    </message>
    <message>
        <source>Training sign-in sheet</source>
        <translation>培训签到表</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日期时间</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>讲师</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>Pass mark</source>
        <translation>及格线</translation>
    </message>
    <message>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Hours worked</source>
        <translation>工时</translation>
    </message>
    <message>
        <source>No agents on this week&apos;s rota.</source>
        <translation>本周排班没有客服。</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>成绩</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Trainer&apos;s signature: ____________________</source>
        <translation>讲师签名：____________________</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>导师</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>服务渠道</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>No agents match.</source>
        <translation>没有符合条件的客服。</translation>
    </message>
    <message>
        <source>Agents listed: {count}</source>
        <translation>列出客服：{count} 人</translation>
    </message>
    <message>
        <source>Headcount today: {headcount}  ·  leavers in {year}: {leavers}  ·  turnover in {year}: {rate}</source>
        <translation>当前在册人数：{headcount}  ·  {year} 年离职：{leavers}  ·  {year} 年流失率：{rate}</translation>
    </message>
    <message>
        <source>Training matrix</source>
        <translation>培训矩阵</translation>
    </message>
    <message>
        <source>Attendance only</source>
        <translation>仅考勤</translation>
    </message>
    <message numerus="yes">
        <source>Standing on {date}; expiring means within {days} days.</source>
        <translation>
            <numerusform>截至 {date}；“即将到期”指 {days} 天内到期。</numerusform>
        </translation>
    </message>
    <message>
        <source>Agents: {count}</source>
        <translation>客服：{count}</translation>
    </message>
    <message>
        <source>Not cleared for duty</source>
        <translation>未获准上岗</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Training report</source>
        <translation>培训报告</translation>
    </message>
    <message>
        <source>Training report {year}</source>
        <translation>{year} 年培训报告</translation>
    </message>
    <message>
        <source>Sessions: {sessions}  ·  attendances: {present}  ·  attendee hours: {hours}  ·  cost: {cost}  ·  pass rate: {rate}</source>
        <translation>场次：{sessions}  ·  出勤人次：{present}  ·  学员学时：{hours}  ·  费用：{cost}  ·  通过率：{rate}</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>按月统计</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>场次</translation>
    </message>
    <message>
        <source>Attendances</source>
        <translation>出勤人次</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>No sessions in this year.</source>
        <translation>本年度没有培训场次。</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Pass rates by course</source>
        <translation>各课程通过率</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>通过率</translation>
    </message>
    <message>
        <source>Average score</source>
        <translation>平均分</translation>
    </message>
    <message>
        <source>Hours and cost per agent</source>
        <translation>每名客服的学时和费用</translation>
    </message>
    <message>
        <source>An agent&apos;s cost is their share of each session they attended.</source>
        <translation>客服的费用为其出席各场次所分摊的费用。</translation>
    </message>
    <message>
        <source>Nobody attended a session in this year.</source>
        <translation>本年度没有人参加培训。</translation>
    </message>
    <message>
        <source>Matrix summary on {date}</source>
        <translation>培训矩阵汇总（截至 {date}）</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>达标率</translation>
    </message>
    <message>
        <source>No course is required for any post.</source>
        <translation>没有课程被设为岗位必修。</translation>
    </message>
    <message>
        <source>Expiring, expired and not cleared for duty</source>
        <translation>即将到期、已过期和未获准上岗</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>What</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Nothing is expiring or missing.</source>
        <translation>没有即将到期或缺失的项目。</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>The rota prints on A4 or A3.</source>
        <translation>排班表可打印为 A4 或 A3。</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>节假日</translation>
    </message>
    <message>
        <source>Published {when} by {who}.</source>
        <translation>{who} 于 {when} 发布。</translation>
    </message>
    <message>
        <source>Draft: this week is not published yet.</source>
        <translation>草稿：本周尚未发布。</translation>
    </message>
    <message>
        <source>Rule checks still open: {count}.</source>
        <translation>未处理的规则检查：{count} 项。</translation>
    </message>
    <message>
        <source>Rota, week {week} ({first} – {last})</source>
        <translation>排班表，{week}（{first} – {last}）</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>{year}-{month:02d}</source>
        <translation>{year}年{month:02d}月</translation>
    </message>
    <message>
        <source>Received {received} (previous month {before}, {change}); resolved in the month {resolved} (previous month {resolved_before}); still open from this month {open}.</source>
        <translation>收到 {received} 件（上月 {before} 件，{change}）；本月解决 {resolved} 件（上月 {resolved_before} 件）；本月投诉仍未解决 {open} 件。</translation>
    </message>
    <message>
        <source>Valid complaints against agents {valid} (previous month {before}). Compensation {money} (previous month {money_before}).</source>
        <translation>计入客服的有效投诉 {valid} 件（上月 {before} 件）。补偿 {money}（上月 {money_before}）。</translation>
    </message>
    <message>
        <source>Follow-up visits {visits}, satisfied (4-5) {satisfied}, mean satisfaction {mean} (previous month {mean_before}); no visit possible {none}.</source>
        <translation>回访 {visits} 件，满意（4-5 分）{satisfied} 件，平均满意度 {mean}（上月 {mean_before}）；无法回访 {none} 件。</translation>
    </message>
    <message>
        <source>Uncategorised</source>
        <translation>未分类</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Promised times kept</source>
        <translation>承诺时限达成</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>计入</translation>
    </message>
    <message>
        <source>In time</source>
        <translation>按时</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>达成率</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>Median (working h)</source>
        <translation>中位数（工作小时）</translation>
    </message>
    <message>
        <source>Mean (working h)</source>
        <translation>平均（工作小时）</translation>
    </message>
    <message>
        <source>Measured: complaints of the month whose step was done or is already late. Times count working hours only, without waiting for the customer or courier.</source>
        <translation>计入：本月投诉中该步骤已完成或已超时的。时间只计工作时间，不含等待客户或快递的时间。</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>按类别</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Subcategory</source>
        <translation>子类别</translation>
    </message>
    <message>
        <source>No complaints this month.</source>
        <translation>本月没有投诉。</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>按渠道</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>By platform</source>
        <translation>按平台</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Valid complaints by agent</source>
        <translation>各客服有效投诉</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Valid: not judged the agent&apos;s fault and no appeal accepted; these count in the scorecards.</source>
        <translation>有效：未判定为非客服责任且申诉未成立；计入绩效考核。</translation>
    </message>
    <message>
        <source>Top root causes</source>
        <translation>主要根本原因</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <source>No root cause recorded.</source>
        <translation>未记录根本原因。</translation>
    </message>
    <message>
        <source>Repeat customers and orders</source>
        <translation>重复投诉的客户和订单</translation>
    </message>
    <message>
        <source>Customer or order</source>
        <translation>客户或订单</translation>
    </message>
    <message>
        <source>No customer or order complained twice.</source>
        <translation>没有客户或订单重复投诉。</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>补偿</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>No compensation this month.</source>
        <translation>本月没有补偿。</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Received and resolved per day</source>
        <translation>每日收到与解决</translation>
    </message>
    <message>
        <source>Complaints by category</source>
        <translation>各类别投诉数</translation>
    </message>
    <message>
        <source>Complaint review</source>
        <translation>投诉复盘</translation>
    </message>
    <message>
        <source>Complaint review of {month}</source>
        <translation>{month}投诉复盘</translation>
    </message>
    <message>
        <source>Staff list</source>
        <translation>员工名单</translation>
    </message>
    <message>
        <source>Training report of the year</source>
        <translation>年度培训报告</translation>
    </message>
    <message>
        <source>Training matrix</source>
        <translation>培训矩阵</translation>
    </message>
    <message>
        <source>Monthly complaint review</source>
        <translation>月度投诉复盘</translation>
    </message>
    <message>
        <source>Monthly appraisals</source>
        <translation>月度考核</translation>
    </message>
    <message>
        <source>Service-quality meeting</source>
        <translation>服务质量例会</translation>
    </message>
    <message>
        <source>Weekly rota</source>
        <translation>周排班表</translation>
    </message>
    <message>
        <source>Team figures</source>
        <translation>团队指标</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>Same month last year</source>
        <translation>去年同月</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>Goals of {year}</source>
        <translation>{year} 年目标</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <source>Year&apos;s target</source>
        <translation>全年目标</translation>
    </message>
    <message>
        <source>Month&apos;s target</source>
        <translation>本月目标</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>No goals set for {year}.</source>
        <translation>{year} 年未设定目标。</translation>
    </message>
    <message>
        <source>per 1,000 paid orders</source>
        <translation>每千笔支付订单</translation>
    </message>
    <message>
        <source>per 1,000 contacts: no orders on file</source>
        <translation>每千次咨询：尚无订单数据</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Agents at the month&apos;s end: {headcount} ({hires} hired, {leavers} left); turnover {turnover} in the month, {twelve} over twelve months.</source>
        <translation>月末在职 {headcount} 人（入职 {hires}，离职 {leavers}）；本月流失率 {turnover}，近十二个月 {twelve}。</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Required courses held: {held}; lapsing soon: {lapsing}; lapsed: {lapsed}.</source>
        <translation>必修课程持有率 {held}；即将到期 {lapsing} 项；已过期 {lapsed} 项。</translation>
    </message>
    <message>
        <source>{received} received; complaint rate {rate} ({per}). Top categories: {top}. Root causes: {causes}.</source>
        <translation>收到投诉 {received} 件；投诉率 {rate}（{per}）。主要类别：{top}。主要根因：{causes}。</translation>
    </message>
    <message>
        <source>Service Star</source>
        <translation>服务之星</translation>
    </message>
    <message>
        <source>None this month.</source>
        <translation>本月暂无。</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>Team report</source>
        <translation>团队月报</translation>
    </message>
    <message>
        <source>Team report · {month}</source>
        <translation>团队月报 · {month}</translation>
    </message>
    <message>
        <source>Team figures are made from all the team&apos;s contacts, not the mean of the agents&apos; figures. Each channel&apos;s service level counts the contacts answered within its own promise. Trends: the twelve months to this one; the dashed line is the month&apos;s target.</source>
        <translation>团队指标由团队的全部咨询计算，而非客服个人指标的平均值。各渠道的服务水平按该渠道自己的承诺时限计算。趋势图为截至本月的十二个月；虚线为当月目标。</translation>
    </message>
    <message>
        <source>budget {budget}, {used} used</source>
        <translation>预算 {budget}，已使用 {used}</translation>
    </message>
    <message>
        <source>no budget set for the year</source>
        <translation>本年未设定预算</translation>
    </message>
    <message>
        <source>{contacts} contacts; satisfaction {satisfaction}; {received} complaints received, {valid} of them valid.</source>
        <translation>咨询 {contacts} 次；满意率 {satisfaction}；收到投诉 {received} 件，其中有效 {valid} 件。</translation>
    </message>
    <message>
        <source>Turnover {turnover}{goal}; training cost {cost} ({budget}).</source>
        <translation>流失率 {turnover}{goal}；培训费用 {cost}（{budget}）。</translation>
    </message>
    <message>
        <source> against a goal of {target}</source>
        <translation>（目标 {target}）</translation>
    </message>
    <message>
        <source>Goals met: {met} of {count}.</source>
        <translation>达成目标：{met} / {count}。</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>全年</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Contacts per channel and month</source>
        <translation>各渠道每月咨询量</translation>
    </message>
    <message>
        <source>No contacts on file for the year.</source>
        <translation>本年没有咨询数据。</translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>逐月指标</translation>
    </message>
    <message>
        <source>No complaints this year.</source>
        <translation>本年没有投诉。</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>入职</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>离职</translation>
    </message>
    <message>
        <source>Rotations (post changes)</source>
        <translation>轮岗（岗位调整）</translation>
    </message>
    <message>
        <source>Average headcount</source>
        <translation>平均人数</translation>
    </message>
    <message>
        <source>Turnover</source>
        <translation>流失率</translation>
    </message>
    <message>
        <source>Turnover goal</source>
        <translation>流失率目标</translation>
    </message>
    <message>
        <source>Training sessions</source>
        <translation>培训场次</translation>
    </message>
    <message>
        <source>Training hours (attendees)</source>
        <translation>培训学时（人次）</translation>
    </message>
    <message>
        <source>Training cost</source>
        <translation>培训费用</translation>
    </message>
    <message>
        <source>Training budget</source>
        <translation>培训预算</translation>
    </message>
    <message>
        <source>Budget used</source>
        <translation>预算使用率</translation>
    </message>
    <message>
        <source>Team and training</source>
        <translation>团队与培训</translation>
    </message>
    <message>
        <source>met</source>
        <translation>达成</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>未达成</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Goals proposed for {year}</source>
        <translation>{year} 年建议目标</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>under review</source>
        <translation>评审中</translation>
    </message>
    <message>
        <source>adopted</source>
        <translation>已采纳</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>未采纳</translation>
    </message>
    <message>
        <source>Suggestions: {count}; adopted: {adopted}; rewards {total}.</source>
        <translation>建议 {count} 条；采纳 {adopted} 条；奖励合计 {total}。</translation>
    </message>
    <message>
        <source>Suggestions (合理化建议)</source>
        <translation>合理化建议</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>From</source>
        <translation>提出人</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>奖励</translation>
    </message>
    <message>
        <source>No suggestions this year.</source>
        <translation>本年没有建议。</translation>
    </message>
    <message>
        <source>Year-end summary</source>
        <translation>年终总结</translation>
    </message>
    <message>
        <source>Year-end summary · {year}</source>
        <translation>年终总结 · {year}</translation>
    </message>
    <message>
        <source>Overdue</source>
        <extracomment>The groups in print order: (title key, which actions).</extracomment>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Improvement actions</source>
        <translation>改进措施</translation>
    </message>
    <message>
        <source>Improvement actions as of {day}</source>
        <translation>改进措施（截至 {day}）</translation>
    </message>
    <message>
        <source>Actions: {count}; overdue: {late}.</source>
        <translation>措施 {count} 项；逾期 {late} 项。</translation>
    </message>
    <message>
        <source>No actions.</source>
        <translation>没有措施。</translation>
    </message>
    <message>
        <source>KPIs short of the scorecard&apos;s target</source>
        <translation>未达考核目标的指标</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Every KPI with data reached its target.</source>
        <translation>有数据的指标均已达标。</translation>
    </message>
    <message>
        <source>Weakest QA categories</source>
        <translation>质检薄弱项</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>质检日期</translation>
    </message>
    <message>
        <source>No QA review marked down this month.</source>
        <translation>本月质检没有扣分项。</translation>
    </message>
    <message>
        <source>Valid complaints</source>
        <translation>有效投诉</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>No valid complaint this month.</source>
        <translation>本月没有有效投诉。</translation>
    </message>
    <message>
        <source>Training not current</source>
        <translation>培训未达标</translation>
    </message>
    <message>
        <source>Course or certificate</source>
        <translation>课程或证书</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>All training current.</source>
        <translation>培训均在有效期内。</translation>
    </message>
    <message>
        <source>Agreed last time</source>
        <translation>上次约定</translation>
    </message>
    <message>
        <source>No actions from an earlier session.</source>
        <translation>上次面谈没有约定措施。</translation>
    </message>
    <message>
        <source>Agreed in this session</source>
        <translation>本次约定</translation>
    </message>
    <message>
        <source>To be written in the session.</source>
        <translation>面谈时填写。</translation>
    </message>
    <message>
        <source>No agent {number} in {month}.</source>
        <translation>{month} 没有客服 {number}。</translation>
    </message>
    <message>
        <source>{name} ({number}) · about {month}</source>
        <translation>{name}（{number}）· {month}</translation>
    </message>
    <message>
        <source>held on {day} by {coach}</source>
        <translation>{day} 由 {coach} 面谈</translation>
    </message>
    <message>
        <source>Coaching session</source>
        <translation>辅导面谈</translation>
    </message>
    <message>
        <source>Coaching session — agenda</source>
        <translation>辅导面谈 — 议程</translation>
    </message>
    <message>
        <source>Supervisor&apos;s notes</source>
        <translation>主管记录</translation>
    </message>
    <message>
        <source>The agent&apos;s comment</source>
        <translation>客服意见</translation>
    </message>
    <message>
        <source>Agent: ____________</source>
        <translation>客服签字：____________</translation>
    </message>
    <message>
        <source>Supervisor: ____________</source>
        <translation>主管签字：____________</translation>
    </message>
    <message>
        <source>Date: ____________</source>
        <translation>日期：____________</translation>
    </message>
    <message>
        <source>Coaching sessions</source>
        <translation>辅导面谈</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>例会</translation>
    </message>
    <message>
        <source>Goals in {month}</source>
        <translation>{month} 目标</translation>
    </message>
    <message>
        <source>No goals set for the year.</source>
        <translation>本年未设定目标。</translation>
    </message>
    <message>
        <source>Complaints in {month}: {count} received</source>
        <translation>{month} 投诉：收到 {count} 件</translation>
    </message>
    <message>
        <source>No root causes recorded.</source>
        <translation>尚未记录根因。</translation>
    </message>
    <message>
        <source>Overdue actions ({late} of {open} open); training lapses: {lapses}</source>
        <translation>逾期措施（未完成 {open} 项中逾期 {late} 项）；培训未达标：{lapses} 项</translation>
    </message>
    <message>
        <source>No action is overdue.</source>
        <translation>没有逾期的措施。</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>决议</translation>
    </message>
    <message>
        <source>To be written in the meeting.</source>
        <translation>会上填写。</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出席情况</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>缺席</translation>
    </message>
    <message>
        <source>Nobody asked.</source>
        <translation>无参会人。</translation>
    </message>
    <message>
        <source>Service-quality meeting of {shop}</source>
        <translation>{shop} 服务质量例会</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>会议记录</translation>
    </message>
    <message>
        <source>Other business</source>
        <translation>其他事项</translation>
    </message>
    <message>
        <source>Chair: ____________</source>
        <translation>主持人：____________</translation>
    </message>
    <message>
        <source>Minutes by: ____________</source>
        <translation>记录人：____________</translation>
    </message>
</context>
<context>
    <name>RootCausesTab</name>
    <message>
        <source>&amp;Add root cause…</source>
        <translation>添加根本原因(&amp;A)…</translation>
    </message>
    <message>
        <source>Archived root causes are not offered any more; old complaints keep them</source>
        <translation>归档的根本原因不再供选择；旧投诉保留原记录</translation>
    </message>
    <message>
        <source>New root cause</source>
        <translation>新根本原因</translation>
    </message>
</context>
<context>
    <name>Rota</name>
    <message>
        <source>Morning</source>
        <extracomment>Colours of the default shifts: light enough to read black codes on, told apart.</extracomment>
        <translation>早班</translation>
    </message>
    <message>
        <source>Middle</source>
        <translation>中班</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>晚班</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>夜班</translation>
    </message>
    <message>
        <source>A shift code is 1 to 4 letters or digits.</source>
        <extracomment>The default shifts&apos; codes in a Chinese shop; the letters are still typed and accepted. A code typed for a default shift that the shop codes the other way (M &lt;-&gt; 早).</extracomment>
        <translation>班次代码为 1 至 4 个字母或数字。</translation>
    </message>
    <message>
        <source>Another shift has the code {code}.</source>
        <translation>已有班次使用代码 {code}。</translation>
    </message>
    <message>
        <source>Name the shift.</source>
        <translation>请填写班次名称。</translation>
    </message>
    <message>
        <source>Start and end are times of day.</source>
        <translation>开始和结束须为一天中的时间。</translation>
    </message>
    <message>
        <source>A shift cannot end when it starts.</source>
        <translation>班次的结束时间不能等于开始时间。</translation>
    </message>
    <message>
        <source>The break must be shorter than the shift.</source>
        <translation>休息时间须短于班次时长。</translation>
    </message>
    <message>
        <source>Pick a colour for the shift.</source>
        <translation>请为班次选择颜色。</translation>
    </message>
    <message>
        <source>Past days of the rota use this shift, so its times cannot change: archive it and add a new shift with the new times.</source>
        <translation>以往的排班用过此班次，其时间不能修改：请归档它，再按新时间添加一个班次。</translation>
    </message>
    <message>
        <source>The limits must be: rest 0-24 h, a day 1-24 h, a week 1-168 h, days in a row 1-31.</source>
        <translation>限制须在以下范围内：休息 0–24 小时，每天 1–24 小时，每周 1–168 小时，连续上班 1–31 天。</translation>
    </message>
    <message>
        <source>That agent no longer exists.</source>
        <translation>该客服已不存在。</translation>
    </message>
    <message>
        <source>No shift has the code {codes}.</source>
        <translation>没有代码为 {codes} 的班次。</translation>
    </message>
    <message>
        <source>The same shift is given twice on one day.</source>
        <translation>同一天排了两次相同的班次。</translation>
    </message>
    <message>
        <source>This week is published already.</source>
        <translation>本周排班已发布。</translation>
    </message>
    <message>
        <source>Say why the rule may be broken here.</source>
        <translation>请说明此处为何可以不遵守该规则。</translation>
    </message>
    <message>
        <source>Average 1 to 52 weeks.</source>
        <extracomment>A forecast grid: [weekday 0 = Monday][hour 0-23] -&gt; contacts in that hour.</extracomment>
        <translation>可取 1 至 52 周的平均。</translation>
    </message>
    <message>
        <source>Name the sale event.</source>
        <translation>请填写大促活动名称。</translation>
    </message>
    <message>
        <source>{name}: the last day is before the first day.</source>
        <translation>{name}：结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>{name}: the multiplier must be above 0 and at most 20.</source>
        <translation>{name}：倍数须大于 0 且不超过 20。</translation>
    </message>
    <message>
        <source>A forecast has 7 days of 24 hours.</source>
        <translation>预测须为 7 天 × 24 小时。</translation>
    </message>
    <message>
        <source>{channel}: contacts must be 0 or more (day {day}, {hour}:00).</source>
        <translation>{channel}：咨询量须为 0 或以上（第 {day} 天，{hour}:00）。</translation>
    </message>
</context>
<context>
    <name>RotaDialogs</name>
    <message>
        <source>Print the rota</source>
        <translation>打印排班表</translation>
    </message>
    <message>
        <source>Paper (landscape):</source>
        <translation>纸张（横向）：</translation>
    </message>
    <message>
        <source>rota-{week}.pdf</source>
        <translation>排班表-{week}.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Rota of {count} agents written to {path}</source>
        <translation>
            <numerusform>{count} 名客服的排班表已写入 {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the rota…</source>
        <translation>正在生成排班表…</translation>
    </message>
    <message>
        <source>Export the week</source>
        <translation>导出本周</translation>
    </message>
    <message>
        <source>rota-{week}.xlsx</source>
        <translation>排班表-{week}.xlsx</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>{count} lines written to {path}</source>
        <translation>
            <numerusform>已写入 {count} 行到 {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting the week…</source>
        <translation>正在导出本周排班…</translation>
    </message>
</context>
<context>
    <name>RotaFields</name>
    <message>
        <source>Employee number</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>employee number or name is needed</source>
        <translation>需要工号或姓名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>shift codes such as M or M+E; empty: day off</source>
        <translation>班次代码，如 M 或 M+E；留空：休息</translation>
    </message>
    <message>
        <source>Leave type</source>
        <translation>假别</translation>
    </message>
</context>
<context>
    <name>RotaPage</name>
    <message>
        <source>Import a rota</source>
        <translation>导入排班</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Choose a CSV or Excel file with one line per agent and day: employee number or name, date, shift codes (M, M+E) and leave (年假, sick …). A line with neither is a day off; days not in the file stay as they are. The file is checked first; nothing is written until you press Import.</source>
        <translation>选择 CSV 或 Excel 文件，每位客服每天一行：工号或姓名、日期、班次代码（M、M+E）和假别（年假、病假 …）。两者都空的行表示休息；文件中没有的日子保持不变。文件会先检查；按“导入”之前不会写入任何内容。</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>The week as a PDF, A4 or A3 landscape (Ctrl+P)</source>
        <translation>将本周导出为 PDF，A4 或 A3 横向（Ctrl+P）</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Export the week…</source>
        <translation>导出本周…</translation>
    </message>
    <message>
        <source>Import a week…</source>
        <translation>导入排班…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Shifts…</source>
        <translation>班次…</translation>
    </message>
    <message>
        <source>Rota rules…</source>
        <translation>排班规则…</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>覆盖</translation>
    </message>
    <message>
        <source>Week {week}: {first} – {last}</source>
        <translation>{week}：{first} – {last}</translation>
    </message>
</context>
<context>
    <name>RubricsDialog</name>
    <message>
        <source>QA rubrics</source>
        <translation>质检评分表</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>复制(&amp;O)</translation>
    </message>
    <message>
        <source>A new rubric with the same categories, to change</source>
        <translation>新建一个项目相同的评分表，用于修改</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Rating scale</source>
        <translation>评分尺度</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>关键项</translation>
    </message>
    <message>
        <source>N/A allowed</source>
        <translation>允许不适用</translation>
    </message>
    <message>
        <source>&amp;Add category</source>
        <translation>添加项目(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove category</source>
        <translation>删除项目(&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Save rubric</source>
        <translation>保存评分表(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>Critical: a rating below half makes the review 0.</source>
        <translation>关键项：得分低于一半，整条质检记为 0 分。</translation>
    </message>
    <message numerus="yes">
        <source>{count} reviews</source>
        <translation>
            <numerusform>{count} 条质检</numerusform>
        </translation>
    </message>
    <message>
        <source>archived</source>
        <translation>已归档</translation>
    </message>
    <message numerus="yes">
        <source>{count} reviews were made with this rubric: names can be corrected, but weights and scales stay. To change them, copy the rubric, change the copy and archive this one.</source>
        <translation>
            <numerusform>已有 {count} 条质检使用此评分表：名称可以更正，权重和尺度不能改。如需修改，请复制评分表，修改副本，再将此表归档。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Bring back</source>
        <translation>恢复使用(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>归档(&amp;A)</translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation>是 / 否</translation>
    </message>
    <message>
        <source>New rubric</source>
        <translation>新评分表</translation>
    </message>
    <message>
        <source>Category 1</source>
        <translation>项目 1</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name}（副本）</translation>
    </message>
    <message>
        <source>Save the changes to {name}?</source>
        <translation>保存对 {name} 的修改？</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Rota rules</source>
        <translation>排班规则</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Rest between shifts, at least</source>
        <translation>两班之间休息至少</translation>
    </message>
    <message>
        <source>Hours in a day, at most</source>
        <translation>每天工时最多</translation>
    </message>
    <message>
        <source>Hours in a week, at most</source>
        <translation>每周工时最多</translation>
    </message>
    <message>
        <source>Days in a row, at most</source>
        <translation>连续上班最多</translation>
    </message>
</context>
<context>
    <name>SavedMapsBar</name>
    <message>
        <source>A column map saved for files like this one</source>
        <translation>为这类文件保存的列对应方案</translation>
    </message>
    <message>
        <source>&amp;Save map…</source>
        <translation>保存方案(&amp;S)…</translation>
    </message>
    <message>
        <source>Keep these column choices under a name</source>
        <translation>把当前的列对应保存为一个方案</translation>
    </message>
    <message>
        <source>Delete map</source>
        <translation>删除方案</translation>
    </message>
    <message>
        <source>Column map:</source>
        <translation>列对应方案：</translation>
    </message>
    <message>
        <source>(recognised automatically)</source>
        <translation>（自动识别）</translation>
    </message>
    <message>
        <source>Save column map</source>
        <translation>保存列对应方案</translation>
    </message>
    <message>
        <source>Name of the map:</source>
        <translation>方案名称：</translation>
    </message>
    <message>
        <source>A map named {name} exists. Replace it?</source>
        <translation>已有名为 {name} 的方案，要替换吗？</translation>
    </message>
    <message>
        <source>Delete column map</source>
        <translation>删除列对应方案</translation>
    </message>
    <message>
        <source>Delete the column map {name}? Files already imported keep their data.</source>
        <translation>删除列对应方案 {name}？已导入的数据不受影响。</translation>
    </message>
</context>
<context>
    <name>Server</name>
    <message>
        <source>{url} is not a server address csdesk can use. Write it as postgresql+psycopg://USER@HOST:PORT/DATABASE.</source>
        <translation>{url} 不是 csdesk 能使用的服务器地址。请写成 postgresql+psycopg://用户@主机:端口/数据库。</translation>
    </message>
    <message>
        <source>The database at {url} holds other tables and no csdesk shop; it was not changed. Give csdesk a database of its own.</source>
        <translation>{url} 上的数据库里有其他表，但没有 csdesk 店铺；未做任何改动。请给 csdesk 单独建一个数据库。</translation>
    </message>
    <message>
        <source>The server {url} runs PostgreSQL {version}; csdesk needs PostgreSQL {oldest} or newer. Nothing was changed on it.</source>
        <translation>服务器 {url} 运行的是 PostgreSQL {version}；csdesk 需要 PostgreSQL {oldest} 或更新版本。服务器上没有做任何更改。</translation>
    </message>
    <message>
        <source>The shop at {url} was updated by a newer csdesk (schema {revision}). Install the csdesk the other seats use, then connect again.</source>
        <translation>{url} 上的店铺已被更新版本的 csdesk 升级（结构版本 {revision}）。请安装其他电脑正在使用的 csdesk 版本，然后重新连接。</translation>
    </message>
    <message>
        <source>Updating the shop on {url} failed and was undone; it is as it was.</source>
        <translation>升级 {url} 上的店铺失败，已全部撤销，数据保持原样。</translation>
    </message>
    <message>
        <source>Cannot reach the shop&apos;s server {url}: {reason}</source>
        <extracomment>How the server&apos;s driver words a missing or refused password (libpq&apos;s own texts).</extracomment>
        <translation>无法连接店铺的服务器 {url}：{reason}</translation>
    </message>
    <message>
        <source>The database at {url} already holds a csdesk shop; a shop moves only into an empty database. Nothing was copied.</source>
        <translation>{url} 上的数据库已有一个 csdesk 店铺；店铺只能迁移到空数据库。未复制任何内容。</translation>
    </message>
    <message>
        <source>Moving the shop to {url} failed and was undone; the server database is empty again and the file is unchanged.</source>
        <translation>迁移店铺到 {url} 失败，已全部撤销；服务器数据库恢复为空，文件未做改动。</translation>
    </message>
    <message>
        <source>This computer has no credential store csdesk can keep the password in; it will be asked at each start.</source>
        <extracomment>The service name the passwords are stored under.</extracomment>
        <translation>本机没有可供 csdesk 保存密码的凭据存储；每次启动时都会询问密码。</translation>
    </message>
    <message>
        <source>Another seat is doing the same right now (closing this month, finalising its appraisals, or importing). Nothing was changed; try again in a moment.</source>
        <extracomment>The lock every import takes: imports take turns (each lands whole).</extracomment>
        <translation>另一个席位正在做同样的事（结算本月、定稿考核或导入）。没有做任何更改；请稍后再试。</translation>
    </message>
    <message>
        <source>The shop&apos;s server {url} stopped answering: {reason}. Nothing was saved; what you typed is kept. Try again once it answers (the status bar says when).</source>
        <translation>店铺服务器 {url} 没有响应：{reason}。没有保存任何内容；你输入的内容仍然保留。请在服务器恢复后重试（状态栏会显示）。</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Shared server</source>
        <translation>共享服务器</translation>
    </message>
    <message>
        <source>Several seats share one shop on a PostgreSQL server (the shop&apos;s NAS or office PC). Ask whoever set it up for these details.</source>
        <translation>多个席位通过一台 PostgreSQL 服务器（店里的 NAS 或办公电脑）共用一个店铺。以下信息请向搭建服务器的人索取。</translation>
    </message>
    <message>
        <source>e.g. shop-nas or 192.168.1.20</source>
        <translation>例如 shop-nas 或 192.168.1.20</translation>
    </message>
    <message>
        <source>&amp;Remember the password in this computer&apos;s credential store</source>
        <translation>把密码记在本机的凭据存储中(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Use this server</source>
        <translation>使用此服务器(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Move this shop there…</source>
        <translation>把本店迁移过去(&amp;M)…</translation>
    </message>
    <message>
        <source>Use the shop &amp;file on this computer</source>
        <translation>使用本机的店铺文件(&amp;F)</translation>
    </message>
    <message>
        <source>Fill in the server and the database.</source>
        <translation>请填写服务器和数据库。</translation>
    </message>
    <message>
        <source>Connected. The database is empty: move this shop there, or the first seat to use it starts a new shop.</source>
        <translation>已连接。该数据库是空的：可把本店迁移过去，否则第一个使用它的席位会新建一个店铺。</translation>
    </message>
    <message>
        <source>Connected. The database holds a csdesk shop.</source>
        <translation>已连接。该数据库中有一个 csdesk 店铺。</translation>
    </message>
    <message>
        <source>Connected. The database holds a shop of an older csdesk; the first seat to open it updates it.</source>
        <translation>已连接。该数据库中的店铺来自旧版 csdesk；第一个打开它的席位会将其升级。</translation>
    </message>
    <message>
        <source>From its next start, csdesk on this computer opens the shop on {url}.</source>
        <translation>从下次启动起，本机的 csdesk 将打开 {url} 上的店铺。</translation>
    </message>
    <message>
        <source>This database holds a shop already; a shop moves only into an empty database.</source>
        <translation>该数据库中已有店铺；店铺只能迁移到空数据库。</translation>
    </message>
    <message>
        <source>Moved {count} records to the server.</source>
        <translation>已将 {count} 条记录迁移到服务器。</translation>
    </message>
    <message>
        <source>Move this shop there</source>
        <translation>把本店迁移过去</translation>
    </message>
    <message>
        <source>Copying the shop to the server…</source>
        <translation>正在把店铺复制到服务器…</translation>
    </message>
    <message>
        <source>From its next start, csdesk on this computer opens the shop file in its data folder.</source>
        <translation>从下次启动起，本机的 csdesk 将打开其数据文件夹中的店铺文件。</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Training session</source>
        <translation>培训场次</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>新建培训场次</translation>
    </message>
    <message>
        <source>&amp;Course</source>
        <translation>课程(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Date and time</source>
        <translation>日期时间(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>学时(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Trainer</source>
        <translation>讲师(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>形式(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>地点(&amp;L)</translation>
    </message>
    <message>
        <source>C&amp;ost</source>
        <translation>费用(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出勤</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>成绩</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Add &amp;agents…</source>
        <translation>添加客服(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Add by &amp;post</source>
        <translation>按岗位添加(&amp;P)</translation>
    </message>
    <message>
        <source>Attendance only</source>
        <translation>仅考勤</translation>
    </message>
    <message>
        <source>Pass mark: {mark}</source>
        <translation>及格线：{mark}</translation>
    </message>
    <message>
        <source>{name}: the score “{text}” is not a number.</source>
        <translation>{name}：成绩“{text}”不是数字。</translation>
    </message>
    <message>
        <source>?</source>
        <translation>？</translation>
    </message>
    <message>
        <source>Choose a course.</source>
        <translation>请选择课程。</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <source>Import training records</source>
        <translation>导入培训记录</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Course and date</source>
        <translation>课程和日期</translation>
    </message>
    <message>
        <source>Choose a CSV or Excel file with one line per agent per session. Headers in English or Chinese are recognised (工号, 姓名, 课程, 日期, 成绩 …). The file is checked first; nothing is written until you press Import.</source>
        <translation>请选择 CSV 或 Excel 文件，每人每场一行。可识别中文或英文表头（工号、姓名、课程、日期、成绩……）。文件会先检查；点击“导入”前不会写入任何数据。</translation>
    </message>
    <message>
        <source>No training sessions in this list. Plan one, or import the attendance records you kept in Excel.</source>
        <translation>此列表中没有培训场次。可以新建一场，或导入您在 Excel 里记录的培训签到。</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>新建场次</translation>
    </message>
    <message>
        <source>&amp;New session</source>
        <translation>新建场次(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Edit / results</source>
        <translation>编辑/录入成绩(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Sign-in sheet…</source>
        <translation>签到表(&amp;S)…</translation>
    </message>
    <message>
        <source>Print the names with empty signature columns</source>
        <translation>打印名单，留空签名栏</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Training &amp;report…</source>
        <translation>培训报告(&amp;R)…</translation>
    </message>
    <message>
        <source>Search course, trainer or agent</source>
        <translation>搜索课程、讲师或客服</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>讲师</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>应到</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年份</translation>
    </message>
    <message>
        <source>Training session</source>
        <translation>培训场次</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>删除场次</translation>
    </message>
    <message>
        <source>Delete the session {course} on {date} and its {count} attendance records?</source>
        <translation>删除 {date} 的「{course}」场次及其 {count} 条出勤记录？</translation>
    </message>
    <message>
        <source>Export training records</source>
        <translation>导出培训记录</translation>
    </message>
    <message>
        <source>training.xlsx</source>
        <translation>培训记录.xlsx</translation>
    </message>
    <message numerus="yes">
        <source>{count} records exported to {path}</source>
        <translation>
            <numerusform>已将 {count} 条记录导出到 {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting training records…</source>
        <translation>正在导出培训记录…</translation>
    </message>
    <message>
        <source>Training report</source>
        <translation>培训报告</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年份：</translation>
    </message>
    <message>
        <source>training-{year}.pdf</source>
        <translation>培训报告-{year}.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Written to {path}</source>
        <translation>已写入 {path}</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>正在生成…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Shop &amp;name</source>
        <translation>店铺名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Supervisor</source>
        <translation>主管(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Backup &amp;folder</source>
        <translation>备份文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>A backup is taken at the first start of each day and before every update; 7 daily, 4 weekly and 12 monthly are kept.</source>
        <translation>每天首次启动时以及每次升级前都会自动备份；保留 7 份日备份、4 份周备份和 12 份月备份。</translation>
    </message>
    <message>
        <source>Shop &amp;calendar: holidays and make-up days…</source>
        <translation>店铺日历：节假日与调休(&amp;C)…</translation>
    </message>
    <message>
        <source>The days the complaint clocks and the rota treat as holidays</source>
        <translation>投诉计时和排班视为节假日的日子</translation>
    </message>
    <message>
        <source>&amp;Accounts and roles…</source>
        <translation>账号与角色(&amp;A)…</translation>
    </message>
    <message>
        <source>Shared &amp;server…</source>
        <translation>共享服务器(&amp;S)…</translation>
    </message>
    <message>
        <source>Several seats on one shop: a PostgreSQL server</source>
        <translation>多个席位共用一个店铺：PostgreSQL 服务器</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
</context>
<context>
    <name>ShiftsDialog</name>
    <message>
        <source>Shifts</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>New shift</source>
        <translation>新建班次</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Archived (no longer given; past weeks keep it)</source>
        <translation>已归档（不再安排；以往各周保留）</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Shift name</source>
        <translation>班次名称</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Ends (at or before the start: next day)</source>
        <translation>结束（不晚于开始时间即为次日）</translation>
    </message>
    <message>
        <source>Unpaid break</source>
        <translation>不计薪休息</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Save shift</source>
        <translation>保存班次</translation>
    </message>
    <message>
        <source>Shift colour</source>
        <translation>班次颜色</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Today</source>
        <extracomment>The pages in sidebar order (Ctrl+1 ... Ctrl+9 open the first nine). How many pages have a Ctrl+number. The page each Today section counts towards. Pages whose count is one item of their card: what is overdue.</extracomment>
        <translation>今日</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Rota</source>
        <translation>排班</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>绩效数据</translation>
    </message>
    <message>
        <source>Appraisals</source>
        <translation>绩效考核</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>改进</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>审计</translation>
    </message>
    <message>
        <source>{page} ({count} overdue)</source>
        <translation>{page}（{count} 件超时）</translation>
    </message>
    <message>
        <source>Overdue: {count}</source>
        <translation>超时：{count}</translation>
    </message>
    <message>
        <source>{page} ({count})</source>
        <translation>{page}（{count}）</translation>
    </message>
    <message>
        <source>Needs attention: {count} (see Today)</source>
        <translation>待处理：{count}（见“今日”）</translation>
    </message>
    <message>
        <source>Who changed what, and when</source>
        <translation>谁在何时改了什么</translation>
    </message>
    <message>
        <source>Ctrl+{number}</source>
        <translation>Ctrl+{number}</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — {shop}</source>
        <translation>登录 — {shop}</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>用户名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>This shop&apos;s data is protected: sign in to open it.</source>
        <translation>此店铺的数据受保护：请登录后打开。</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>That agent no longer exists.</source>
        <translation>该客服已不存在。</translation>
    </message>
    <message>
        <source>The employee number is required.</source>
        <translation>工号为必填项。</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>姓名为必填项。</translation>
    </message>
    <message>
        <source>Employee number {no} is already used by {name}.</source>
        <translation>工号 {no} 已被 {name} 使用。</translation>
    </message>
    <message>
        <source>An agent who left needs a leaving date.</source>
        <translation>已离职的客服需要填写离职日期。</translation>
    </message>
    <message>
        <source>A leaving date is only for an agent whose status is Left.</source>
        <translation>只有状态为离职的客服才能填写离职日期。</translation>
    </message>
    <message>
        <source>The leaving date is before the hire date.</source>
        <translation>离职日期早于入职日期。</translation>
    </message>
    <message>
        <source>The end of probation is before the hire date.</source>
        <translation>转正日期早于入职日期。</translation>
    </message>
    <message>
        <source>Mentor {no} is not in the staff directory.</source>
        <translation>导师 {no} 不在员工名录中。</translation>
    </message>
    <message>
        <source>An agent cannot be their own mentor.</source>
        <translation>客服不能担任自己的导师。</translation>
    </message>
    <message>
        <source>Sub-account {account}: platform and account name are required.</source>
        <translation>子账号 {account}：平台和账号名为必填项。</translation>
    </message>
    <message>
        <source>Sub-account {account}: the end date is before the start date.</source>
        <translation>子账号 {account}：结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>Sub-account {account} is listed twice for the same dates.</source>
        <translation>子账号 {account} 在相同日期内重复填写。</translation>
    </message>
    <message>
        <source>Sub-account {account} belongs to {name} for overlapping dates.</source>
        <translation>子账号 {account} 在重叠的日期内属于 {name}。</translation>
    </message>
    <message>
        <source>The agent was not saved:</source>
        <translation>客服未保存：</translation>
    </message>
    <message>
        <source>The agent was not found.</source>
        <translation>找不到该客服。</translation>
    </message>
    <message>
        <source>{name} has history (job rotations, mentees or records), so the record is archived instead of deleted: set the status to Left.</source>
        <translation>{name} 有历史记录（调岗、带教的新人或其他记录），因此只能归档不能删除：请将状态设为离职。</translation>
    </message>
</context>
<context>
    <name>StaffFields</name>
    <message>
        <source>Employee number</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Hire date</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <source>End of probation</source>
        <translation>转正日期</translation>
    </message>
    <message>
        <source>Leaving date</source>
        <translation>离职日期</translation>
    </message>
    <message>
        <source>Leaving reason</source>
        <translation>离职原因</translation>
    </message>
    <message>
        <source>Mentor (employee number)</source>
        <translation>导师（工号）</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>服务渠道</translation>
    </message>
    <message>
        <source>Platform sub-accounts</source>
        <translation>平台子账号</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>No agents yet. Add them one by one, or import the staff list you keep in Excel.</source>
        <translation>还没有客服。可以逐个新增，或导入您在 Excel 里维护的员工名单。</translation>
    </message>
    <message>
        <source>No agent matches the search and the filters.</source>
        <translation>没有符合搜索和筛选条件的客服。</translation>
    </message>
    <message>
        <source>New agent</source>
        <translation>新增客服</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>&amp;New agent</source>
        <translation>新增客服(&amp;N)</translation>
    </message>
    <message>
        <source>Add an agent (Ctrl+N)</source>
        <translation>新增客服（Ctrl+N）</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>C&amp;oaching…</source>
        <translation>辅导面谈(&amp;O)…</translation>
    </message>
    <message>
        <source>A coaching session about last month</source>
        <translation>关于上月的辅导面谈</translation>
    </message>
    <message>
        <source>&amp;Archive (left)</source>
        <translation>归档（离职）(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Only for a record with no history</source>
        <translation>仅限没有历史记录的档案</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Export to CSV or Excel (Ctrl+E)</source>
        <translation>导出为 CSV 或 Excel（Ctrl+E）</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>导出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>打印(&amp;R)…</translation>
    </message>
    <message>
        <source>Open the staff list as a PDF to print (Ctrl+P)</source>
        <translation>以 PDF 打开员工名单以便打印（Ctrl+P）</translation>
    </message>
    <message>
        <source>Search number, name, phone, sub-account (Ctrl+F)</source>
        <translation>搜索工号、姓名、电话、子账号（Ctrl+F）</translation>
    </message>
    <message>
        <source>All posts</source>
        <translation>全部岗位</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>全部级别</translation>
    </message>
    <message>
        <source>Current staff</source>
        <translation>在册员工</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <source>Delete agent</source>
        <translation>删除客服</translation>
    </message>
    <message>
        <source>{name} has history (job rotations, mentees or records) and cannot be deleted. Use Archive to record that they left.</source>
        <translation>{name} 有历史记录（调岗、带教的新人或其他记录），不能删除。请用“归档”记录其离职。</translation>
    </message>
    <message>
        <source>Delete {name} ({no})? This cannot be undone.</source>
        <translation>删除 {name}（{no}）吗？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Export staff</source>
        <translation>导出员工</translation>
    </message>
    <message>
        <source>staff.xlsx</source>
        <translation>员工名单.xlsx</translation>
    </message>
    <message numerus="yes">
        <source>{count} agents exported to {path}</source>
        <translation>
            <numerusform>已导出 {count} 名客服到 {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting the staff list…</source>
        <translation>正在导出员工名单…</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>staff.pdf</source>
        <translation>员工名单.pdf</translation>
    </message>
    <message numerus="yes">
        <source>{count} agents written to {path}</source>
        <translation>
            <numerusform>已将 {count} 名客服写入 {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the staff list…</source>
        <translation>正在生成员工名单…</translation>
    </message>
</context>
<context>
    <name>Staffing</name>
    <message>
        <source>The contacts an hour must be 0 or more.</source>
        <translation>每小时咨询量必须为 0 或以上。</translation>
    </message>
    <message>
        <source>The average handling time must be above 0 seconds.</source>
        <translation>平均处理时长必须大于 0 秒。</translation>
    </message>
    <message>
        <source>The service-level target must be above 0 and below 1 (0.8 is 80 %).</source>
        <translation>服务水平目标必须大于 0 且小于 1（0.8 即 80 %）。</translation>
    </message>
    <message>
        <source>The answer time must be 0 seconds or more.</source>
        <translation>规定接起时间必须为 0 秒或以上。</translation>
    </message>
    <message>
        <source>The concurrency (chats an agent handles at once) must be 1 or more.</source>
        <translation>同时接待数（每位客服同时处理的会话数）必须为 1 或以上。</translation>
    </message>
    <message>
        <source>The shrinkage must be 0 or more and below 1 (0.3 is 30 %).</source>
        <translation>损耗率必须为 0 或以上且小于 1（0.3 即 30 %）。</translation>
    </message>
    <message>
        <source>The occupancy cap must be above 0 and at most 1 (0.85 is 85 %).</source>
        <translation>占用率上限必须大于 0 且不超过 1（0.85 即 85 %）。</translation>
    </message>
    <message>
        <source>More than 10,000 agents would be needed: check the figures.</source>
        <translation>所需客服超过 10,000 人：请检查数据。</translation>
    </message>
</context>
<context>
    <name>StaffingDialog</name>
    <message>
        <source>Staffing settings</source>
        <translation>人力设置</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Handling time</source>
        <translation>处理时长</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Answered within</source>
        <translation>响应时限</translation>
    </message>
    <message>
        <source>At once</source>
        <translation>同时接待</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Shrinkage (breaks, meetings, coaching, absence)</source>
        <translation>损耗（休息、会议、辅导、缺勤）</translation>
    </message>
    <message>
        <source>Occupancy, at most</source>
        <translation>占用率上限</translation>
    </message>
    <message>
        <source>“At once”: chats an agent handles at the same time (1 for phone). Agents needed come from Erlang C; the rota is compared with them after shrinkage.</source>
        <translation>“同时接待”：一名客服同时处理的会话数（电话为 1）。所需人数由 Erlang C 计算，排班按含损耗的人数比较。</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>What was said or done</source>
        <translation>沟通内容或所做处理</translation>
    </message>
    <message>
        <source>Write what was said or done.</source>
        <translation>请写下沟通内容或所做处理。</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>back up the shop</source>
        <translation>备份店铺</translation>
    </message>
    <message>
        <source>restore the backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>open the shop</source>
        <translation>打开店铺</translation>
    </message>
    <message>
        <source>The database {path} is locked by another program or csdesk process. Nothing was changed; wait until it has finished (or close it) and try again.</source>
        <translation>数据库 {path} 已被其他程序或 csdesk 进程锁定。未做任何更改；请等它完成（或关闭它）后再试。</translation>
    </message>
    <message>
        <source>{path} is read-only, so csdesk cannot save to it. Nothing was changed. Make the file and its folder writable, or work on a copy.</source>
        <translation>{path} 是只读的，csdesk 无法保存。未做任何更改。请将文件及其文件夹设为可写，或使用副本。</translation>
    </message>
    <message>
        <source>csdesk is not allowed to use {path}. Nothing was changed. Check the file&apos;s and folder&apos;s permissions.</source>
        <translation>csdesk 没有权限使用 {path}。未做任何更改。请检查文件和文件夹的权限。</translation>
    </message>
    <message>
        <source>csdesk cannot open {path}: the file or its folder is missing or cannot be reached. Nothing was changed.</source>
        <translation>csdesk 无法打开 {path}：文件或其文件夹不存在或无法访问。未做任何更改。</translation>
    </message>
    <message>
        <source>The disk that holds {path} is full. Nothing was saved; free some space and try again.</source>
        <translation>存放 {path} 的磁盘已满。未保存任何内容；请腾出空间后再试。</translation>
    </message>
    <message>
        <source>The disk reported an error while csdesk used {path}. Nothing was saved; check the disk (or the USB stick or network drive) and try again.</source>
        <translation>csdesk 使用 {path} 时磁盘报告了错误。未保存任何内容；请检查磁盘（或U盘、网络驱动器）后再试。</translation>
    </message>
    <message>
        <source>{path} is damaged. Nothing was saved. Close csdesk and open it again: it checks the database and offers the newest good backup.</source>
        <translation>{path} 已损坏。未保存任何内容。请关闭 csdesk 后重新打开：它会检查数据库并提供最新的完好备份。</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>the csdesk window</source>
        <translation>csdesk 窗口</translation>
    </message>
    <message>
        <source>an import</source>
        <translation>一项导入</translation>
    </message>
    <message>
        <source>an export</source>
        <translation>一项导出</translation>
    </message>
    <message>
        <source>a report</source>
        <translation>一份报表</translation>
    </message>
    <message>
        <source>a backup</source>
        <translation>一次备份</translation>
    </message>
    <message>
        <source>a restore</source>
        <translation>一次恢复</translation>
    </message>
    <message>
        <source>a database update</source>
        <translation>一次数据库升级</translation>
    </message>
    <message>
        <source>building the demo shop</source>
        <translation>生成演示店铺</translation>
    </message>
    <message>
        <source>{role} (process {pid}, since {time})</source>
        <translation>{role}（进程 {pid}，自 {time} 起）</translation>
    </message>
    <message>
        <source>csdesk ({role})</source>
        <translation>csdesk（{role}）</translation>
    </message>
    <message>
        <source>another csdesk process</source>
        <translation>另一个 csdesk 进程</translation>
    </message>
    <message>
        <source>csdesk cannot {doing} now: the shop is in use by {who}. Nothing was changed; wait until they finish or close them, then try again.</source>
        <translation>csdesk 现在无法{doing}：店铺正被{who}使用。未做任何更改；请等它们完成或将其关闭后再试。</translation>
    </message>
</context>
<context>
    <name>SuggestionDialog</name>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>评审中</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>已采纳</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>未采纳</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>合理化建议</translation>
    </message>
    <message>
        <source>(a customer)</source>
        <translation>（顾客）</translation>
    </message>
    <message>
        <source>话术, 流程, 商品 …</source>
        <translation>话术、流程、商品 …</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;From agent</source>
        <translation>提出客服(&amp;F)</translation>
    </message>
    <message>
        <source>or &amp;customer</source>
        <translation>或顾客(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Suggestion</source>
        <translation>建议(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Area</source>
        <translation>领域(&amp;A)</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>状态(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Reason or decision</source>
        <translation>原因或决定(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;ward</source>
        <translation>奖励(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Points</source>
        <translation>积分(&amp;P)</translation>
    </message>
</context>
<context>
    <name>Suggestions</name>
    <message>
        <source>Write the suggestion.</source>
        <translation>请填写建议内容。</translation>
    </message>
    <message>
        <source>Say who made the suggestion: an agent or a customer.</source>
        <translation>请注明建议人：客服或顾客。</translation>
    </message>
    <message>
        <source>Say why it was rejected.</source>
        <translation>请说明未采纳的原因。</translation>
    </message>
    <message>
        <source>A reward cannot be below zero.</source>
        <translation>奖励不能小于零。</translation>
    </message>
    <message>
        <source>Only an adopted suggestion is rewarded.</source>
        <translation>只有被采纳的建议才有奖励。</translation>
    </message>
    <message>
        <source>Unknown status.</source>
        <translation>未知的状态。</translation>
    </message>
    <message>
        <source>That suggestion no longer exists.</source>
        <translation>该建议已不存在。</translation>
    </message>
</context>
<context>
    <name>SuggestionsDialog</name>
    <message>
        <source>Suggestions</source>
        <translation>合理化建议</translation>
    </message>
    <message>
        <source>&amp;New suggestion…</source>
        <translation>新建建议(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Adopt…</source>
        <translation>采纳(&amp;A)…</translation>
    </message>
    <message>
        <source>No suggestions this year. Agents&apos; and customers&apos; ideas go here.</source>
        <translation>今年还没有建议。客服和顾客的好点子记在这里。</translation>
    </message>
    <message>
        <source>New suggestion…</source>
        <translation>新建建议…</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>From</source>
        <translation>提出人</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>奖励</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Reason or decision</source>
        <translation>原因或决定</translation>
    </message>
    <message>
        <source>Adopt</source>
        <translation>采纳</translation>
    </message>
    <message>
        <source>Reward (¥, paid with this month&apos;s appraisal)</source>
        <translation>奖励（元，随本月考核发放）</translation>
    </message>
    <message>
        <source>Action to carry it out (empty: none)</source>
        <translation>落实的改进措施（留空：不建）</translation>
    </message>
</context>
<context>
    <name>TeamFiguresBox</name>
    <message>
        <source>Headcount and turnover</source>
        <translation>人数与流失率</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>&amp;Trend…</source>
        <translation>趋势(&amp;T)…</translation>
    </message>
    <message>
        <source>Headcount and turnover of the last 12 months</source>
        <translation>近 12 个月的人数与流失率</translation>
    </message>
    <message>
        <source>Headcount at month end</source>
        <translation>月末人数</translation>
    </message>
    <message>
        <source>Hires</source>
        <translation>入职人数</translation>
    </message>
    <message>
        <source>Leavers</source>
        <translation>离职人数</translation>
    </message>
    <message>
        <source>Turnover (month)</source>
        <translation>月流失率</translation>
    </message>
    <message>
        <source>Average headcount (year)</source>
        <translation>年平均人数</translation>
    </message>
    <message>
        <source>Leavers (year)</source>
        <translation>年离职人数</translation>
    </message>
    <message>
        <source>Turnover (year)</source>
        <translation>年流失率</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <source>Rota today</source>
        <translation>今日排班</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>改进措施</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Last month&apos;s appraisals</source>
        <translation>上月考核</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>年度目标</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Data on file</source>
        <translation>已导入数据</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨日</translation>
    </message>
    <message>
        <source>On shift today: {count}</source>
        <translation>今日上班：{count} 人</translation>
    </message>
    <message>
        <source>Working now: {count}</source>
        <translation>此刻在岗：{count} 人</translation>
    </message>
    <message>
        <source>On leave: {count}</source>
        <translation>请假：{count} 人</translation>
    </message>
    <message>
        <source>Rule breaches this week: {count}</source>
        <translation>本周排班违规：{count}</translation>
    </message>
    <message>
        <source>Hours short of agents today: {count}</source>
        <translation>今日人手不足：{count} 个小时</translation>
    </message>
    <message>
        <source>Next week&apos;s rota ({first}) is not published</source>
        <translation>下周排班（{first}）尚未发布</translation>
    </message>
    <message>
        <source>Overdue: {count}</source>
        <translation>已超时：{count}</translation>
    </message>
    <message>
        <source>Due today: {count}</source>
        <translation>今日到期：{count}</translation>
    </message>
    <message>
        <source>Waiting for the follow-up visit: {count}</source>
        <translation>待回访：{count}</translation>
    </message>
    <message>
        <source>New and urgent: {count}</source>
        <translation>新的紧急投诉：{count}</translation>
    </message>
    <message>
        <source>Due this week: {count}</source>
        <translation>本周到期：{count}</translation>
    </message>
    <message>
        <source>Waiting for an effectiveness check: {count}</source>
        <translation>待验证效果：{count}</translation>
    </message>
    <message>
        <source>Not cleared for duty: {count}</source>
        <translation>未获上岗资格：{count}</translation>
    </message>
    <message>
        <source>Lapsing soon: {count}</source>
        <translation>即将到期：{count}</translation>
    </message>
    <message>
        <source>Expired: {count}</source>
        <translation>已过期：{count}</translation>
    </message>
    <message>
        <source>Not prepared: {count}</source>
        <translation>未生成：{count}</translation>
    </message>
    <message>
        <source>Drafts to finalise: {count}</source>
        <translation>待定稿：{count}</translation>
    </message>
    <message>
        <source>Signatures missing: {count}</source>
        <translation>待签字：{count}</translation>
    </message>
    <message>
        <source>{first} is not closed</source>
        <translation>{first} 尚未结月</translation>
    </message>
    <message>
        <source>Off track: {count}</source>
        <translation>偏离目标：{count}</translation>
    </message>
    <message>
        <source>At risk: {count}</source>
        <translation>有风险：{count}</translation>
    </message>
    <message>
        <source>Probation ending within 14 days: {count}</source>
        <translation>14 天内试用期满：{count}</translation>
    </message>
    <message>
        <source>New agents without a mentor: {count}</source>
        <translation>新人未安排导师：{count}</translation>
    </message>
    <message>
        <source>Onboarding: {count}</source>
        <translation>入职中：{count}</translation>
    </message>
    <message>
        <source>No conversations after {first}</source>
        <translation>{first} 之后没有会话数据</translation>
    </message>
    <message>
        <source>Agent summaries up to {first}</source>
        <translation>客服汇总数据截至 {first}</translation>
    </message>
    <message>
        <source>Orders up to {first}</source>
        <translation>订单数据截至 {first}</translation>
    </message>
    <message>
        <source>No backup today (last: {first})</source>
        <translation>今天还没有备份（上次：{first}）</translation>
    </message>
    <message>
        <source>The backup folder cannot be reached: {first}</source>
        <translation>无法访问备份文件夹：{first}</translation>
    </message>
    <message>
        <source>Backups are on the database&apos;s own disk</source>
        <translation>备份与数据库在同一块磁盘上</translation>
    </message>
    <message>
        <source>The database is in a network or synced folder</source>
        <translation>数据库位于网络或同步文件夹中</translation>
    </message>
    <message>
        <source>No contacts on file for {first}</source>
        <translation>{first} 没有咨询数据</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Covered, no breaches.</source>
        <translation>人手足够，没有违规。</translation>
    </message>
    <message>
        <source>Nothing overdue or due today.</source>
        <translation>没有超时或今日到期的投诉。</translation>
    </message>
    <message>
        <source>Nothing overdue or due this week.</source>
        <translation>没有超时或本周到期的措施。</translation>
    </message>
    <message>
        <source>Everyone is cleared and up to date.</source>
        <translation>人人具备上岗资格，证书课程均在有效期内。</translation>
    </message>
    <message>
        <source>Prepared, finalised, signed and closed.</source>
        <translation>已生成、定稿、签字并结月。</translation>
    </message>
    <message>
        <source>No goal at risk.</source>
        <translation>没有目标处于风险中。</translation>
    </message>
    <message>
        <source>No probation ending, every newcomer has a mentor.</source>
        <translation>近期无试用期满，新人都有导师。</translation>
    </message>
    <message>
        <source>Conversations are on file up to yesterday.</source>
        <translation>会话数据已导入至昨天。</translation>
    </message>
    <message>
        <source>Backed up today.</source>
        <translation>今天已备份。</translation>
    </message>
    <message>
        <source>Every channel met its targets.</source>
        <translation>各渠道均达标。</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>还没有备份</translation>
    </message>
    <message>
        <source>No conversations imported yet</source>
        <translation>还没有导入会话数据</translation>
    </message>
    <message>
        <source>Satisfaction {value}</source>
        <extracomment>The figures the card shows, in its order.</extracomment>
        <translation>满意率 {value}</translation>
    </message>
    <message>
        <source>First response {value}</source>
        <translation>首次响应 {value}</translation>
    </message>
    <message>
        <source>Service level {value}</source>
        <translation>服务水平 {value}</translation>
    </message>
    <message>
        <source> (target {target}, missed)</source>
        <translation>（目标 {target}，未达标）</translation>
    </message>
    <message>
        <source> (target {target})</source>
        <translation>（目标 {target}）</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today, {date}</source>
        <extracomment>A card column is at least this wide; the page shows as many as fit (1 to 3). Change notices within this time make one refresh. The clock the page reads (tests set a fixed moment).</extracomment>
        <translation>今日 · {date}</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Count again (F5)</source>
        <translation>重新统计（F5）</translation>
    </message>
    <message>
        <source>Counted at {time}</source>
        <translation>统计于 {time}</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>The course code is required.</source>
        <translation>必须填写课程代码。</translation>
    </message>
    <message>
        <source>The course title is required.</source>
        <translation>必须填写课程名称。</translation>
    </message>
    <message>
        <source>Course code {code} is already used by {title}.</source>
        <translation>课程代码 {code} 已被「{title}」使用。</translation>
    </message>
    <message>
        <source>Hours cannot be negative.</source>
        <translation>学时不能为负数。</translation>
    </message>
    <message>
        <source>The pass mark must be between 0 and 100.</source>
        <translation>及格线必须在 0 到 100 之间。</translation>
    </message>
    <message>
        <source>Validity must be at least one month, or empty.</source>
        <translation>有效期至少一个月，或留空表示永久有效。</translation>
    </message>
    <message>
        <source>The course was not saved:</source>
        <translation>课程未保存：</translation>
    </message>
    <message>
        <source>That course no longer exists.</source>
        <translation>该课程已不存在。</translation>
    </message>
    <message>
        <source>{title} has sessions or certificates, so it is archived instead of deleted: tick Archived.</source>
        <translation>「{title}」已有培训场次或证书，只能归档不能删除：请勾选“已归档”。</translation>
    </message>
    <message>
        <source>That session no longer exists.</source>
        <translation>该场次已不存在。</translation>
    </message>
    <message>
        <source>Choose a course.</source>
        <translation>请选择课程。</translation>
    </message>
    <message>
        <source>The cost cannot be negative.</source>
        <translation>费用不能为负数。</translation>
    </message>
    <message>
        <source>An attendee is not in the staff directory.</source>
        <translation>有一名学员不在员工名册中。</translation>
    </message>
    <message>
        <source>{name} is listed twice.</source>
        <translation>{name}被列了两次。</translation>
    </message>
    <message>
        <source>{name}: the score must be between 0 and 100.</source>
        <translation>{name}：成绩必须在 0 到 100 之间。</translation>
    </message>
    <message>
        <source>{name} has a score but was not marked present.</source>
        <translation>{name}有成绩，但未标记为出席。</translation>
    </message>
    <message>
        <source>The session was not saved:</source>
        <translation>场次未保存：</translation>
    </message>
    <message>
        <source>Choose the agent who holds the certificate.</source>
        <translation>请选择持证的客服。</translation>
    </message>
    <message>
        <source>The certificate&apos;s name is required.</source>
        <translation>必须填写证书名称。</translation>
    </message>
    <message>
        <source>The certificate expires before it was issued.</source>
        <translation>证书的到期日早于颁发日期。</translation>
    </message>
    <message>
        <source>The certificate was not saved:</source>
        <translation>证书未保存：</translation>
    </message>
    <message>
        <source>That certificate no longer exists.</source>
        <translation>该证书已不存在。</translation>
    </message>
    <message>
        <source>The warning period must be 0 to 365 days.</source>
        <translation>提醒天数必须在 0 到 365 之间。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{name} has not passed every course required before duty: {courses}. Record a reason to put them on duty anyway.</source>
        <translation>{name}尚未通过全部上岗前必修课程：{courses}。如仍要安排上岗，请记录理由。</translation>
    </message>
    <message>
        <source>A budget cannot be negative.</source>
        <translation>预算不能为负数。</translation>
    </message>
</context>
<context>
    <name>TrainingFields</name>
    <message>
        <source>Employee number</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>employee number or name is needed</source>
        <translation>工号或姓名至少填一项</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Course (code or title)</source>
        <translation>课程（代码或名称）</translation>
    </message>
    <message>
        <source>an unknown course is added to the catalogue</source>
        <translation>未知课程会加入课程目录</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>讲师</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出勤</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>成绩</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <source>Matrix</source>
        <translation>培训矩阵</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>场次</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Hours and cost</source>
        <translation>学时与费用</translation>
    </message>
</context>
<context>
    <name>TrendDialog</name>
    <message>
        <source>Headcount and turnover, last 12 months</source>
        <translation>近 12 个月人数与流失率</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>Headcount at month end</source>
        <translation>月末人数</translation>
    </message>
    <message>
        <source>Turnover</source>
        <translation>流失率</translation>
    </message>
    <message>
        <source>Headcount and turnover</source>
        <translation>人数与流失率</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <source>Versions of {name}&apos;s appraisal, {month}</source>
        <translation>{name} 的 {month} 考核各版本</translation>
    </message>
    <message>
        <source>first version</source>
        <translation>第一版</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>奖金</translation>
    </message>
    <message>
        <source>Finalised</source>
        <translation>定稿</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>签收</translation>
    </message>
</context>
<context>
    <name>VocabularyTab</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉数</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Bring &amp;back</source>
        <translation>恢复(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>归档(&amp;A)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>新名称</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
</context>
<context>
    <name>WeekModel</name>
    <message>
        <source>Public holiday: {name}</source>
        <translation>法定节假日：{name}</translation>
    </message>
    <message>
        <source>(overridden: {reason})</source>
        <translation>（已特批：{reason}）</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>工时</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>节假日</translation>
    </message>
    <message>
        <source>One day can have one kind of leave: {text}</source>
        <translation>一天只能有一种假：{text}</translation>
    </message>
</context>
<context>
    <name>WeekTab</name>
    <message>
        <source>No rule is broken this week.</source>
        <translation>本周没有违反排班规则。</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>休息</translation>
    </message>
    <message>
        <source>Clear the selected days (Delete)</source>
        <translation>清空所选日子（Delete）</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>请假</translation>
    </message>
    <message>
        <source>Copy last week</source>
        <translation>复制上周</translation>
    </message>
    <message>
        <source>Copy from…</source>
        <translation>从某周复制…</translation>
    </message>
    <message>
        <source>Swap two agents</source>
        <translation>对调两人</translation>
    </message>
    <message>
        <source>Select days of two agents: their shifts on those days change places</source>
        <translation>选中两名客服的若干天：这些天的班次互换</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Override…</source>
        <translation>特批…</translation>
    </message>
    <message>
        <source>A red corner marks a broken rule, a grey one a rule overridden with a reason. Double-click a line to go to its day.</source>
        <translation>红角表示违反规则，灰角表示已说明理由特批。双击某行可跳到对应日子。</translation>
    </message>
    <message>
        <source>Draft: not published yet</source>
        <translation>草稿：尚未发布</translation>
    </message>
    <message>
        <source>Published {when} by {who}; changes since are logged</source>
        <translation>{who} 于 {when} 发布；之后的修改都有记录</translation>
    </message>
    <message>
        <source> (type {code} in a cell)</source>
        <translation>（在格内输入 {code}）</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未处理</translation>
    </message>
    <message>
        <source>Overridden: {reason}</source>
        <translation>已特批：{reason}</translation>
    </message>
    <message>
        <source>Day</source>
        <extracomment>An overridden check is greyed: accepted, but still on the record.</extracomment>
        <translation>日期</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>What</source>
        <translation>情况</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Rule checks ({count} open)</source>
        <translation>规则检查（{count} 项未处理）</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>休息</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>Changes since publishing ({count})</source>
        <translation>发布后的修改（{count}）</translation>
    </message>
    <message numerus="yes">
        <source>{count} days changed</source>
        <translation>
            <numerusform>已修改 {count} 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>未做任何修改。</translation>
    </message>
    <message>
        <source>Select days in the grid first.</source>
        <translation>请先在表格中选中日子。</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>Override “{rule}”…</source>
        <translation>特批“{rule}”…</translation>
    </message>
    <message>
        <source>Copy a week</source>
        <translation>复制一周</translation>
    </message>
    <message>
        <source>Replace the shifts of {target} with those of {source}? Leave stays as it is.</source>
        <translation>用 {source} 的班次替换 {target} 的班次吗？请假保持不变。</translation>
    </message>
    <message numerus="yes">
        <source>{count} shifts copied from {source}</source>
        <translation>
            <numerusform>已从 {source} 复制 {count} 个班次</numerusform>
        </translation>
    </message>
    <message>
        <source>{week} ({first} – {last})</source>
        <translation>{week}（{first} – {last}）</translation>
    </message>
    <message>
        <source>Copy the shifts of:</source>
        <translation>复制以下一周的班次：</translation>
    </message>
    <message>
        <source>Select days of exactly two agents to swap.</source>
        <translation>请选中恰好两名客服的日子再对调。</translation>
    </message>
    <message numerus="yes">
        <source>Swapped on {count} days</source>
        <translation>
            <numerusform>已对调 {count} 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Publish {week} to the team? Changes after this are logged.</source>
        <translation>向团队发布 {week} 吗？之后的修改都会记录。</translation>
    </message>
    <message numerus="yes">
        <source>{count} rule checks are still open.</source>
        <translation>
            <numerusform>还有 {count} 项规则检查未处理。</numerusform>
        </translation>
    </message>
    <message>
        <source>Override a rule</source>
        <translation>特批规则</translation>
    </message>
    <message>
        <source>{rule} on {day}: {what}
Why may the rule be broken here?</source>
        <translation>{day} {rule}：{what}
为什么此处可以不按规则？</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to csdesk</source>
        <translation>欢迎使用 csdesk</translation>
    </message>
    <message>
        <source>csdesk keeps your customer-service team&apos;s roster, training, appraisals and complaint follow-ups on this computer. How would you like to start?</source>
        <translation>csdesk 在本机保存客服团队的花名册、培训、考核和投诉跟进记录。您想如何开始？</translation>
    </message>
    <message>
        <source>Start an &amp;empty shop</source>
        <translation>新建空白店铺(&amp;E)</translation>
    </message>
    <message>
        <source>Open a &amp;demo shop (20 agents, a year of history)</source>
        <translation>打开演示店铺（20 名客服、一年的历史数据）(&amp;D)</translation>
    </message>
    <message>
        <source>e.g. 小美家居旗舰店</source>
        <translation>例如：小美家居旗舰店</translation>
    </message>
    <message>
        <source>Shop &amp;name</source>
        <translation>店铺名称(&amp;N)</translation>
    </message>
    <message>
        <source>Please give the shop a name.</source>
        <translation>请填写店铺名称。</translation>
    </message>
    <message>
        <source>Demo shop</source>
        <translation>演示店铺</translation>
    </message>
    <message>
        <source>Building the demo shop: a year of a 20-agent team…</source>
        <translation>正在创建演示店铺：20 名客服一年的数据…</translation>
    </message>
</context>
<context>
    <name>WhatIfPanel</name>
    <message>
        <source>What if</source>
        <translation>试算</translation>
    </message>
    <message>
        <source>(now → with the edits)</source>
        <translation>（现行 → 修改后）</translation>
    </message>
    <message>
        <source>Try on &amp;month</source>
        <translation>试算月份(&amp;M)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>奖金</translation>
    </message>
    <message>
        <source>No agent worked in this month.</source>
        <translation>本月没有客服上岗。</translation>
    </message>
    <message>
        <source>Bonus total now {now}; grades now {grades}. The edited rules cannot score yet: see the problems below.</source>
        <translation>现行奖金合计 {now}；现行等级 {grades}。修改后的规则暂无法计分：见下方问题。</translation>
    </message>
    <message>
        <source>Bonus total: {now} now, {edited} edited ({change}). Grades now {grades}; edited {edited_grades}. {changed} of {count} agents change.</source>
        <translation>奖金合计：现行 {now}，修改后 {edited}（{change}）。现行等级 {grades}；修改后 {edited_grades}。{count} 人中有 {changed} 人变化。</translation>
    </message>
</context>
<context>
    <name>_RecordList</name>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
</context>
</TS>
