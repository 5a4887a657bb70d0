<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
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
        <translation>組長</translation>
    </message>
    <message>
        <source>QA reviewer</source>
        <translation>質檢員</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>只讀</translation>
    </message>
    <message>
        <source>reading pages and printing reports</source>
        <translation>檢視頁面和列印報表</translation>
    </message>
    <message>
        <source>seeing pay (bonuses, bonus rules, pay exports)</source>
        <translation>檢視薪酬（獎金、獎金規則、薪酬匯出）</translation>
    </message>
    <message>
        <source>preparing, finalising and signing appraisals</source>
        <translation>生成、定稿和簽字考核</translation>
    </message>
    <message>
        <source>changing scorecards, bonus rules and grades</source>
        <translation>修改評分卡、獎金規則和等級</translation>
    </message>
    <message>
        <source>changing the staff directory</source>
        <translation>修改員工檔案</translation>
    </message>
    <message>
        <source>typing KPIs and importing performance data</source>
        <translation>錄入指標和匯入績效資料</translation>
    </message>
    <message>
        <source>setting goals and the training budget</source>
        <translation>設定目標和培訓預算</translation>
    </message>
    <message>
        <source>changing the rota</source>
        <translation>修改排班</translation>
    </message>
    <message>
        <source>handling complaints</source>
        <translation>處理客訴</translation>
    </message>
    <message>
        <source>recording training</source>
        <translation>記錄培訓</translation>
    </message>
    <message>
        <source>QA reviews</source>
        <translation>質檢評分</translation>
    </message>
    <message>
        <source>actions, coaching and meetings</source>
        <translation>改進措施、輔導和例會</translation>
    </message>
    <message>
        <source>shop settings and restoring a backup</source>
        <translation>店鋪設定和從備份恢復</translation>
    </message>
    <message>
        <source>managing accounts</source>
        <translation>管理賬號</translation>
    </message>
    <message>
        <source>reading the audit trail</source>
        <translation>檢視操作日誌</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>Sign in required: this shop has accounts.</source>
        <translation>需要登入：此店鋪設有賬號。</translation>
    </message>
    <message>
        <source>Refused: {what} needs the role {role} or above.</source>
        <translation>無權操作：{what}需要{role}或更高的角色。</translation>
    </message>
    <message>
        <source>Wrong name or password.</source>
        <translation>使用者名稱或密碼錯誤。</translation>
    </message>
    <message>
        <source>Too many wrong passwords: try again in {seconds} s.</source>
        <translation>密碼錯誤次數過多：請 {seconds} 秒後再試。</translation>
    </message>
    <message>
        <source>The account {name} is disabled.</source>
        <translation>賬號 {name} 已停用。</translation>
    </message>
    <message>
        <source>A name is needed.</source>
        <translation>請填寫使用者名稱。</translation>
    </message>
    <message>
        <source>A name has at most {limit} characters.</source>
        <translation>使用者名稱最多 {limit} 個字元。</translation>
    </message>
    <message>
        <source>A name cannot hold control or invisible characters.</source>
        <translation>使用者名稱不能包含控制字元或不可見字元。</translation>
    </message>
    <message>
        <source>A name cannot mix Latin letters with Cyrillic or Greek ones (they look alike): {name}</source>
        <translation>使用者名稱不能混用拉丁字母與西里爾或希臘字母（外形相似，易被冒充）：{name}</translation>
    </message>
    <message>
        <source>There is no role {role}. Roles: {roles}.</source>
        <translation>沒有角色 {role}。可用角色：{roles}。</translation>
    </message>
    <message>
        <source>A password has at least {count} characters.</source>
        <translation>密碼至少 {count} 個字元。</translation>
    </message>
    <message>
        <source>There is no account {name}.</source>
        <translation>沒有賬號 {name}。</translation>
    </message>
    <message>
        <source>{name} exists already.</source>
        <translation>{name} 已存在。</translation>
    </message>
    <message>
        <source>The shop needs an owner: add another first.</source>
        <translation>店鋪必須有一位店主：請先新增另一位店主。</translation>
    </message>
    <message>
        <source>That recovery code is not this owner&apos;s.</source>
        <translation>恢復碼與此店主不符。</translation>
    </message>
    <message>
        <source>Idle minutes go from 0 (never lock) to {most}.</source>
        <translation>離開鎖定的分鐘數為 0（從不鎖定）到 {most}。</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>賬號</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>新增(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Role…</source>
        <translation>角色(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Disable or enable</source>
        <translation>停用或啟用(&amp;D)</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>設定密碼(&amp;P)…</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分鐘</translation>
    </message>
    <message>
        <source>never</source>
        <translation>從不</translation>
    </message>
    <message>
        <source>Lock the window after &amp;idle time:</source>
        <translation>離開多久後鎖定視窗(&amp;I)：</translation>
    </message>
    <message>
        <source>What each role may do:</source>
        <translation>各角色的許可權：</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>active</source>
        <translation>啟用中</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>使用者名稱</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>Password for {name}:</source>
        <translation>{name} 的密碼：</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>新增賬號</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>使用者名稱：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>恢復碼</translation>
    </message>
    <message>
        <source>{name} is the shop&apos;s owner. Write this recovery code down and keep it safe: it resets the owner&apos;s password, and it is shown once.

{code}</source>
        <translation>{name} 是店鋪的店主。請抄下這個恢復碼並妥善保管：它可以重置店主的密碼，且只顯示這一次。

{code}</translation>
    </message>
</context>
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <source>{name} signed the appraisal of {month}</source>
        <translation>{name}簽收了{month}的考核表</translation>
    </message>
    <message>
        <source>What the agent wrote on the sheet, if anything</source>
        <translation>客服在考核表上寫的意見（如有）</translation>
    </message>
    <message>
        <source>Signed &amp;on</source>
        <translation>簽收日期(&amp;O)</translation>
    </message>
    <message>
        <source>Agent&apos;s &amp;comment</source>
        <translation>客服意見(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Action</source>
        <translation>改進措施</translation>
    </message>
    <message>
        <source>Action #{id}</source>
        <translation>改進措施 #{id}</translation>
    </message>
    <message>
        <source>an agent, or a name: 店长</source>
        <translation>客服，或填寫姓名：店長</translation>
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
        <translation>來源(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>關聯(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>負責人(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Deadline</source>
        <translation>截止日期(&amp;D)</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>狀態(&amp;T)</translation>
    </message>
    <message>
        <source>Descr&amp;iption</source>
        <translation>描述(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Expected result</source>
        <translation>預期效果(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;KPI</source>
        <translation>指標(&amp;K)</translation>
    </message>
    <message>
        <source>Tar&amp;get</source>
        <translation>目標值(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Month to check</source>
        <translation>檢查月份(&amp;M)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳情</translation>
    </message>
    <message>
        <source>History</source>
        <translation>記錄</translation>
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
        <translation>尚無進展記錄或修改。</translation>
    </message>
    <message>
        <source>Write the target as a number.</source>
        <translation>目標值請填寫數字。</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>Complaint</source>
        <translation>投訴</translation>
    </message>
    <message>
        <source>Complaint review</source>
        <translation>投訴覆盤</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>QA review</source>
        <translation>質檢</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>例會</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>合理化建議</translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation>辅導面談</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未開始</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>進行中</translation>
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
        <translation>無效</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>The action needs a title.</source>
        <extracomment>The lists the page and the command line offer.</extracomment>
        <translation>改進措施需要標題。</translation>
    </message>
    <message>
        <source>The action needs an owner.</source>
        <translation>改進措施需要負責人。</translation>
    </message>
    <message>
        <source>The deadline is before the day the action was made.</source>
        <translation>截止日期早於措施的創建日期。</translation>
    </message>
    <message>
        <source>A measurable result needs its KPI, a target and the month to check it.</source>
        <translation>量化的預期效果需要指標、目標值和檢查月份。</translation>
    </message>
    <message>
        <source>The target does not improve on the KPI&apos;s current value.</source>
        <translation>目標值沒有優於該指標的當前值。</translation>
    </message>
    <message>
        <source>Unknown source or status.</source>
        <translation>未知的來源或狀態。</translation>
    </message>
    <message>
        <source>Progress is a share from 0 to 100 %.</source>
        <translation>進度應在 0 到 100% 之間。</translation>
    </message>
    <message>
        <source>A finished action takes no more check-ins.</source>
        <translation>已結束的措施不能再記錄進展。</translation>
    </message>
    <message>
        <source>That action no longer exists.</source>
        <translation>該措施已不存在。</translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <source>Nothing here. An action is what was decided about a complaint, a goal off track, a QA review or a meeting: who does what by when.</source>
        <translation>這裡還沒有內容。改進措施是針對投訴、偏離的目標、質檢或例會所作的決定：誰在什麼時候之前做什麼。</translation>
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
        <translation>本週到期</translation>
    </message>
    <message>
        <source>Waiting for the check</source>
        <translation>待效果驗證</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已結束</translation>
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
        <translation>編輯(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Check in…</source>
        <translation>記錄進展(&amp;C)…</translation>
    </message>
    <message>
        <source>Note progress on the selected action</source>
        <translation>為所選措施記錄進展</translation>
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
        <translation>打印清單(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Suggestions…</source>
        <translation>合理化建議(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Meetings…</source>
        <translation>例會(&amp;M)…</translation>
    </message>
    <message>
        <source>From the &amp;review…</source>
        <translation>來自覆盤(&amp;R)…</translation>
    </message>
    <message>
        <source>An action from a month&apos;s complaint review, with its top root causes</source>
        <translation>依據某月投訴覆盤（含主要根因）制定措施</translation>
    </message>
    <message>
        <source>Service-quality meetings: the agenda from the data, minutes, decisions</source>
        <translation>服務質量例會：依據數據的議程、會議記錄、決議</translation>
    </message>
    <message>
        <source>Agents&apos; and customers&apos; suggestions (合理化建议): adopt, reward, act</source>
        <translation>客服和顧客的合理化建議：採納、獎勵、落實</translation>
    </message>
    <message>
        <source>Every owner</source>
        <translation>全部負責人</translation>
    </message>
    <message>
        <source>Every source</source>
        <translation>全部來源</translation>
    </message>
    <message>
        <source>Overdue since {day}</source>
        <translation>自 {day} 起逾期</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進度</translation>
    </message>
    <message>
        <source>Complaint review</source>
        <translation>投訴覆盤</translation>
    </message>
    <message>
        <source>Top root causes in {month}: {causes}</source>
        <translation>{month} 主要根因：{causes}</translation>
    </message>
    <message>
        <source>Coaching sessions</source>
        <translation>輔導面談</translation>
    </message>
    <message>
        <source>Improvement actions</source>
        <translation>改進措施</translation>
    </message>
</context>
<context>
    <name>AgentDialog</name>
    <message>
        <source>Edit agent</source>
        <translation>編輯客服</translation>
    </message>
    <message>
        <source>New agent</source>
        <translation>新增客服</translation>
    </message>
    <message>
        <source>Post change effective</source>
        <translation>調崗生效日期</translation>
    </message>
    <message>
        <source>set</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>&amp;Employee number</source>
        <translation>員工編號(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Post</source>
        <translation>崗位(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>級別(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>狀態(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Hire date</source>
        <translation>入職日期(&amp;H)</translation>
    </message>
    <message>
        <source>End of probation</source>
        <translation>轉正日期</translation>
    </message>
    <message>
        <source>Leaving date</source>
        <translation>離職日期</translation>
    </message>
    <message>
        <source>Leaving reason</source>
        <translation>離職原因</translation>
    </message>
    <message>
        <source>&amp;Mentor</source>
        <translation>導師(&amp;M)</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>服務渠道</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>電話(&amp;H)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>備註(&amp;O)</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>店鋪</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>帳號</translation>
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
        <translation>新增子帳號</translation>
    </message>
    <message>
        <source>Remove sub-account</source>
        <translation>刪除子帳號</translation>
    </message>
    <message>
        <source>Platform sub-accounts</source>
        <translation>平台子帳號</translation>
    </message>
    <message>
        <source>Sub-account row {row}: &quot;{text}&quot; is not a date (yyyy-mm-dd).</source>
        <translation>子帳號第 {row} 行：「{text}」不是日期（年-月-日）。</translation>
    </message>
    <message>
        <source>Not cleared for duty</source>
        <translation>未獲准上崗</translation>
    </message>
    <message>
        <source>Reason for the exception (recorded):</source>
        <translation>破例上崗的理由（將被記錄）：</translation>
    </message>
</context>
<context>
    <name>AgentFileView</name>
    <message>
        <source>Training</source>
        <translation>培訓</translation>
    </message>
    <message>
        <source>Not cleared for duty</source>
        <translation>未獲准上崗</translation>
    </message>
    <message>
        <source>* required before duty</source>
        <translation>* 上崗前必修</translation>
    </message>
    <message>
        <source>No course is required for this post.</source>
        <translation>該崗位沒有必修課程。</translation>
    </message>
    <message>
        <source>Put on duty on {date} without {courses}: {reason}</source>
        <translation>{date} 破例上崗（未完成：{courses}）：{reason}</translation>
    </message>
    <message>
        <source>Select an agent to see their file.</source>
        <translation>選擇一名客服以檢視其檔案。</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>崗位</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>級別</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>入職日期</translation>
    </message>
    <message>
        <source>End of probation</source>
        <translation>轉正日期</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>導師</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>離職</translation>
    </message>
    <message>
        <source>Job rotation</source>
        <translation>調崗記錄</translation>
    </message>
    <message>
        <source>{date}: {old} → {new}</source>
        <translation>{date}：{old} → {new}</translation>
    </message>
    <message>
        <source>No post changes.</source>
        <translation>沒有調崗記錄。</translation>
    </message>
    <message>
        <source>Platform sub-accounts</source>
        <translation>平台子帳號</translation>
    </message>
    <message>
        <source>No sub-accounts.</source>
        <translation>沒有子帳號。</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
</context>
<context>
    <name>AgentPicker</name>
    <message>
        <source>Add agents</source>
        <extracomment>Where a row keeps its agent&apos;s id.</extracomment>
        <translation>新增客服</translation>
    </message>
    <message>
        <source>Search number or name</source>
        <translation>搜尋工號或姓名</translation>
    </message>
</context>
<context>
    <name>AgentTableModel</name>
    <message>
        <source>No.</source>
        <extracomment>Role that returns the raw value, for sorting and filtering.</extracomment>
        <translation>員工編號</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>崗位</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>級別</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>入職日期</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>導師</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>服務渠道</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Left on {date}: {reason}</source>
        <translation>{date} 離職：{reason}</translation>
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
        <translation>例如：客訴 TS-2026-00158 判定無效</translation>
    </message>
    <message>
        <source>The amendment is a new version, computed from the month&apos;s data as it is now and final at once. The version signed before stays on file. Correct the data first (a complaint&apos;s validity, a KPI entered by hand), then amend.</source>
        <translation>更正會產生新版本：按當月現有資料重新計算，並立即定稿。之前簽收的版本保留存檔。請先更正資料（客訴是否有效、手動輸入的指標），再做更正。</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation>評語(&amp;C)</translation>
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
        <translation>csdesk 無法啟動</translation>
    </message>
    <message>
        <source>Newest good backup: {path}</source>
        <translation>最新的完好備份：{path}</translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation>資料庫已損壞</translation>
    </message>
    <message>
        <source>{message}

Restore the newest good backup ({name})? The damaged file is kept beside it.</source>
        <translation>{message}

要恢復最新的完好備份（{name}）嗎？損壞的檔案會保留在原處旁邊。</translation>
    </message>
    <message>
        <source>csdesk cannot open the database</source>
        <translation>csdesk 無法開啟資料庫</translation>
    </message>
    <message>
        <source>csdesk is already open</source>
        <translation>csdesk 已經開啟</translation>
    </message>
    <message>
        <source>Another csdesk window is using {path}. Switch to it, or close it first.</source>
        <translation>另一個 csdesk 視窗正在使用 {path}。請切換到該視窗，或先將其關閉。</translation>
    </message>
    <message>
        <source>csdesk cannot create its lock file {path}; check the folder&apos;s permissions.</source>
        <translation>csdesk 無法建立鎖定檔 {path}，請檢查該資料夾的權限。</translation>
    </message>
    <message>
        <source>Sign in required</source>
        <translation>需要登入</translation>
    </message>
    <message>
        <source>Today&apos;s backup: {path}</source>
        <translation>今日備份：{path}</translation>
    </message>
    <message>
        <source>The daily backup failed: {reason}</source>
        <translation>每日備份失敗：{reason}</translation>
    </message>
    <message>
        <source>Shared server password</source>
        <translation>共享伺服器密碼</translation>
    </message>
</context>
<context>
    <name>Appraisal</name>
    <message>
        <source>No data this month, left out: {kpis}. Their weight is shared out over the others.</source>
        <extracomment>How many items of each evidence list a page prints before &quot;and N more&quot;.</extracomment>
        <translation>本月無資料、未計入：{kpis}。其權重按比例分配給其他指標。</translation>
    </message>
    <message>
        <source>Satisfaction is below the pass line: no bonus this month.</source>
        <translation>滿意度低於合格線：本月無獎金。</translation>
    </message>
    <message>
        <source>Bonus: base {base} × {coefficient:g} + extra tier {extra} − complaint deductions {deduction} = {amount} (never below 0)</source>
        <translation>獎金：基數 {base} × {coefficient:g} + 額外獎勵 {extra} − 客訴扣款 {deduction} = {amount}（最低為 0）</translation>
    </message>
    <message>
        <source>Suggestion rewards (合理化建议): {reward}, included in the bonus.</source>
        <translation>合理化建議獎勵：{reward}，已計入獎金。</translation>
    </message>
    <message>
        <source>Grade capped by: {vetoes}.</source>
        <translation>等級受否決項限制：{vetoes}。</translation>
    </message>
    <message>
        <source>★ Service Star of the month</source>
        <translation>★ 本月服務之星</translation>
    </message>
    <message>
        <source>Amendment {version} of {day} by {who}: {reason}</source>
        <translation>第 {version} 次更正（{day}，{who}）：{reason}</translation>
    </message>
    <message>
        <source>Hired on {day}: judged on {worked} of the month&apos;s {days} days; sales and praise are counted pro rata.</source>
        <translation>{day} 到職：按本月 {days} 天中的 {worked} 天考核；銷售額與表揚按在職天數折算。</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>……另有 {count} 筆</translation>
    </message>
    <message>
        <source>None this month.</source>
        <translation>本月無。</translation>
    </message>
    <message>
        <source>Reviews {count} · average {average} · critical failures {critical}</source>
        <translation>品檢 {count} 次 · 平均 {average} · 致命錯誤 {critical}</translation>
    </message>
    <message>
        <source>No course completed this month.</source>
        <translation>本月未完成課程。</translation>
    </message>
    <message>
        <source>Due: {course} — {standing}</source>
        <translation>待辦：{course} — {standing}</translation>
    </message>
    <message>
        <source>Quality reviews</source>
        <translation>品檢</translation>
    </message>
    <message>
        <source>Complaints counted</source>
        <translation>計入的客訴</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>表揚</translation>
    </message>
    <message>
        <source>Training completed and due</source>
        <translation>培訓完成與待辦</translation>
    </message>
    <message>
        <source>Nothing due.</source>
        <translation>無待辦。</translation>
    </message>
    <message>
        <source>{grade} below</source>
        <translation>{grade} 低於以上</translation>
    </message>
    <message>
        <source>Grades by total: {bands}</source>
        <translation>按總分定等級：{bands}</translation>
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
        <translation>工號</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>崗位</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>級別</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>到職</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>導師</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Finalised</source>
        <translation>定稿</translation>
    </message>
    <message>
        <source>Acknowledged by the agent on {day}.</source>
        <translation>客服已於 {day} 簽收。</translation>
    </message>
    <message>
        <source>Monthly appraisal — {month}</source>
        <translation>月度考核表 — {month}</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>實際值</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>權重</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>加權得分</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>總分</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>獎金</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>近 12 個月</translation>
    </message>
    <message>
        <source>Total score</source>
        <translation>總分</translation>
    </message>
    <message>
        <source>Satisfaction %</source>
        <translation>滿意度 %</translation>
    </message>
    <message>
        <source>No appraisal in these months yet.</source>
        <translation>這些月份尚無考核。</translation>
    </message>
    <message>
        <source>Supervisor&apos;s comment</source>
        <translation>主管評語</translation>
    </message>
    <message>
        <source>Agent&apos;s opinion</source>
        <translation>客服意見</translation>
    </message>
    <message>
        <source>How the score is made</source>
        <translation>評分規則</translation>
    </message>
    <message>
        <source>Agent&apos;s signature</source>
        <translation>客服簽名</translation>
    </message>
    <message>
        <source>Supervisor&apos;s signature</source>
        <translation>主管簽名</translation>
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
        <translation>服務之星：{name}（{number}）</translation>
    </message>
    <message>
        <source>No Service Star: nobody without a veto has a total.</source>
        <translation>無服務之星：沒有未被否決且有總分的客服。</translation>
    </message>
    <message>
        <source>Agents {count} · final {final} · not final {drafts}</source>
        <translation>客服 {count} 人 · 已定稿 {final} · 未定稿 {drafts}</translation>
    </message>
    <message>
        <source>Grades: {grades}</source>
        <translation>等級分布：{grades}</translation>
    </message>
    <message>
        <source>The month is not closed: the Service Star is provisional.</source>
        <translation>本月尚未關帳：服務之星為暫定。</translation>
    </message>
    <message>
        <source>Team summary — {month}</source>
        <translation>團隊彙總 — {month}</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>之星</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>{agent} has no appraisal in {month}.</source>
        <translation>{agent} 在 {month} 沒有考核。</translation>
    </message>
    <message>
        <source>{month} has no agents to appraise.</source>
        <translation>{month} 沒有需要考核的客服。</translation>
    </message>
    <message>
        <source>Monthly appraisals {month}</source>
        <translation>{month} 月度考核</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>機密</translation>
    </message>
    <message>
        <source>a number is missing or not a number</source>
        <extracomment>Bonus base per post for a new shop (cents): the owner sets the real amounts. A month grades an agent only when KPIs carrying this share of the scorecard&apos;s weight have data; below it the line says &quot;not enough data&quot; (a month with one KPI of four would otherwise give that one KPI the whole weight).</extracomment>
        <translation>有數值缺失或不是數字</translation>
    </message>
    <message>
        <source>a band rule needs at least one band</source>
        <translation>分檔規則至少需要一檔</translation>
    </message>
    <message>
        <source>the floor and the target are the same</source>
        <translation>下限與目標相同</translation>
    </message>
    <message>
        <source>the cap is below 0</source>
        <translation>上限小於 0</translation>
    </message>
    <message>
        <source>the weight must be above 0</source>
        <translation>權重必須大於 0</translation>
    </message>
    <message>
        <source>{post}: the scorecard has no line.</source>
        <translation>{post}：考核表沒有指標。</translation>
    </message>
    <message>
        <source>{post}, line {number} ({kpi})</source>
        <translation>{post}，第 {number} 列（{kpi}）</translation>
    </message>
    <message>
        <source>{where}: not a KPI csdesk knows.</source>
        <translation>{where}：不是 csdesk 認識的指標。</translation>
    </message>
    <message>
        <source>{where}: the KPI is on the card twice.</source>
        <translation>{where}：該指標在考核表中重複。</translation>
    </message>
    <message>
        <source>{where}: the weight must be above 0.</source>
        <translation>{where}：權重必須大於 0。</translation>
    </message>
    <message>
        <source>Grade bands must be A, B, C in that order, with numbers.</source>
        <translation>等級分段必須依序為 A、B、C，並填寫數字。</translation>
    </message>
    <message>
        <source>Each grade needs a lower minimum total than the grade above it.</source>
        <translation>每個等級的最低總分必須低於上一等級。</translation>
    </message>
    <message>
        <source>A grade&apos;s bonus coefficient must be 0 or more.</source>
        <translation>等級獎金係數必須大於或等於 0。</translation>
    </message>
    <message>
        <source>Bonus amounts must be 0 or more.</source>
        <translation>獎金金額必須大於或等於 0。</translation>
    </message>
    <message>
        <source>The satisfaction pass line must be between 0 and 100 % and not above the extra tier.</source>
        <translation>滿意度合格線必須在 0 到 100% 之間，且不高於額外獎勵線。</translation>
    </message>
    <message>
        <source>The share of the scorecard that needs data must be 0 to 100 %.</source>
        <translation>需有數據的考核表權重比例須在 0 到 100 % 之間。</translation>
    </message>
    <message>
        <source>A veto must cap the grade at A, B, C or D.</source>
        <translation>否決項必須把等級限制為 A、B、C 或 D。</translation>
    </message>
    <message>
        <source>Months up to {closed} are closed and keep their rules: new rules can take effect from {month} on.</source>
        <translation>{closed}及以前的月份已關帳，沿用當時的規則：新規則最早從{month}起生效。</translation>
    </message>
    <message>
        <source>The rules were not saved.</source>
        <translation>規則未儲存。</translation>
    </message>
    <message>
        <source>That appraisal no longer exists.</source>
        <translation>該考核已不存在。</translation>
    </message>
    <message>
        <source>{month} is closed: correct an appraisal with an amendment instead.</source>
        <translation>{month} 已關帳：請用更正來修改考核。</translation>
    </message>
    <message>
        <source>A newer version of this appraisal exists: open that one.</source>
        <translation>該考核已有更新版本：請開啟新版本。</translation>
    </message>
    <message>
        <source>The comment is longer than {limit} characters.</source>
        <translation>評語超過 {limit} 個字元。</translation>
    </message>
    <message>
        <source>A finalised appraisal is read-only: make an amendment instead.</source>
        <translation>已定稿的考核為唯讀：請做更正。</translation>
    </message>
    <message>
        <source>{month} is still running: its appraisals are graded and finalised after it ends.</source>
        <translation>{month} 尚未結束：月份結束後才評定等級並定稿。</translation>
    </message>
    <message>
        <source>Say why the appraisal is amended.</source>
        <translation>請填寫更正原因。</translation>
    </message>
    <message>
        <source>The agent has no data in {month} any more.</source>
        <translation>該客服在 {month} 已沒有資料。</translation>
    </message>
    <message>
        <source>A draft is edited directly; only finalised ones are amended.</source>
        <translation>草稿可直接修改；只有已定稿的考核需要更正。</translation>
    </message>
    <message>
        <source>Only a finalised appraisal can be signed.</source>
        <translation>只有已定稿的考核才能簽收。</translation>
    </message>
    <message>
        <source>The date must be between the day it was finalised and today.</source>
        <translation>日期必須在定稿日與今天之間。</translation>
    </message>
    <message>
        <source>{month} has not ended yet: close it from its last day on.</source>
        <translation>{month} 尚未結束：請在當月最後一天之後關帳。</translation>
    </message>
</context>
<context>
    <name>AppraisalRulesDialog</name>
    <message>
        <source>Appraisal rules</source>
        <extracomment>How far ahead rules can be set to take effect.</extracomment>
        <translation>考核規則</translation>
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
        <translation>等級與獎金(&amp;G)</translation>
    </message>
    <message>
        <source>csdesk &amp;defaults</source>
        <translation>恢復預設規則(&amp;D)</translation>
    </message>
    <message>
        <source>Start again from the rules csdesk comes with (nothing is saved yet)</source>
        <translation>從 csdesk 內建的規則重新開始（尚未儲存）</translation>
    </message>
    <message>
        <source>Until now {month} is appraised by csdesk&apos;s default rules.</source>
        <translation>目前{month}按 csdesk 預設規則考核。</translation>
    </message>
    <message>
        <source>Until now {month} is appraised by the rules in effect from {since} (saved {day} by {who}).</source>
        <translation>目前{month}按自{since}起生效的規則考核（{who}於{day}儲存）。</translation>
    </message>
    <message>
        <source>Saving replaces that set.</source>
        <translation>儲存將取代該套規則。</translation>
    </message>
    <message>
        <source>From {month} on, the rules saved for that month apply.</source>
        <translation>自{month}起適用為該月儲存的規則。</translation>
    </message>
    <message>
        <source>Appraisal rules saved, in effect from {month}. Drafts already prepared keep their numbers until the month is prepared again.</source>
        <translation>考核規則已儲存，自{month}起生效。已產生的草稿在重新產生考核前保持原數值。</translation>
    </message>
    <message>
        <source>The appraisal rules were changed. Save them?</source>
        <translation>考核規則已修改，是否儲存？</translation>
    </message>
</context>
<context>
    <name>AppraisalView</name>
    <message>
        <source>Last 12 months</source>
        <extracomment>The page acts on these (they need a confirmation or a PDF of the whole month).</extracomment>
        <translation>近 12 個月</translation>
    </message>
    <message>
        <source>Supervisor&apos;s comment</source>
        <translation>主管評語</translation>
    </message>
    <message>
        <source>&amp;Save comment</source>
        <translation>儲存評語(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Finalise</source>
        <translation>定稿(&amp;F)</translation>
    </message>
    <message>
        <source>Lock the appraisal with the month&apos;s data as it is now</source>
        <translation>按當月現有資料鎖定考核</translation>
    </message>
    <message>
        <source>&amp;Amend…</source>
        <translation>更正(&amp;A)…</translation>
    </message>
    <message>
        <source>Correct a final appraisal: a new version</source>
        <translation>更正已定稿的考核：產生新版本</translation>
    </message>
    <message>
        <source>Si&amp;gned…</source>
        <translation>簽收(&amp;G)…</translation>
    </message>
    <message>
        <source>Record that the agent read and signed it</source>
        <translation>記錄客服已閱讀並簽字</translation>
    </message>
    <message>
        <source>&amp;Versions…</source>
        <translation>版本(&amp;V)…</translation>
    </message>
    <message>
        <source>C&amp;oaching…</source>
        <translation>輔導面談(&amp;O)…</translation>
    </message>
    <message>
        <source>The coaching session about this month: evidence, notes, agreed actions</source>
        <translation>本月的輔導面談：依據、記錄、約定的措施</translation>
    </message>
    <message>
        <source>Print this &amp;appraisal…</source>
        <translation>列印本考核表(&amp;A)…</translation>
    </message>
    <message>
        <source>Double-click a line to see what made the number</source>
        <translation>按兩下一列查看資料來源</translation>
    </message>
    <message>
        <source>Select an agent to see their appraisal.</source>
        <translation>選擇一名客服查看其考核。</translation>
    </message>
    <message>
        <source>version {version}</source>
        <translation>第 {version} 版</translation>
    </message>
    <message>
        <source>Total {total} · grade {grade} · rank {rank} · bonus {bonus}</source>
        <translation>總分 {total} · 等級 {grade} · 排名 {rank} · 獎金 {bonus}</translation>
    </message>
    <message>
        <source>Total {total} · {standing}: no grade, rank or bonus</source>
        <translation>總分 {total} · {standing}：不評等級、不排名、不計獎金</translation>
    </message>
    <message>
        <source>Signed by the agent on {day}. {comment}</source>
        <translation>客服已於 {day} 簽收。{comment}</translation>
    </message>
    <message>
        <source>Not signed by the agent yet.</source>
        <translation>客服尚未簽收。</translation>
    </message>
    <message>
        <source>The month is not prepared: these numbers are computed, not stored.</source>
        <translation>本月尚未產生考核：以下數字為即時計算，未儲存。</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>實際值</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>權重</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>加權得分</translation>
    </message>
    <message>
        <source>Coaching held on {day}.</source>
        <translation>已於 {day} 輔導面談。</translation>
    </message>
    <message>
        <source>Suggestions made this month: {count}.</source>
        <translation>本月提出建議：{count} 條。</translation>
    </message>
    <message>
        <source>Open actions: {titles}.</source>
        <translation>未完成的措施：{titles}。</translation>
    </message>
    <message>
        <source>No data, left out: {kpis}.</source>
        <translation>無資料、未計入：{kpis}。</translation>
    </message>
    <message>
        <source>Satisfaction below the pass line: no bonus.</source>
        <translation>滿意度低於合格線：無獎金。</translation>
    </message>
    <message>
        <source>Bonus: base {base} × {coefficient:g} + extra tier {extra} − complaints {deduction}</source>
        <translation>獎金：基數 {base} × {coefficient:g} + 額外獎勵 {extra} − 客訴扣款 {deduction}</translation>
    </message>
    <message>
        <source>Grade capped by: {vetoes}.</source>
        <translation>等級受否決項限制：{vetoes}。</translation>
    </message>
    <message>
        <source>★ Service Star of the month</source>
        <translation>★ 本月服務之星</translation>
    </message>
    <message>
        <source>Amended: {reason}</source>
        <translation>已更正：{reason}</translation>
    </message>
    <message>
        <source>Total score</source>
        <translation>總分</translation>
    </message>
    <message>
        <source>Satisfaction %</source>
        <translation>滿意度 %</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>評語</translation>
    </message>
</context>
<context>
    <name>AppraisalsPage</name>
    <message>
        <source>Nobody to appraise in this month: no agent was employed, or the month has no figures yet.</source>
        <translation>本月沒有可考核的客服：沒有在職客服，或本月還沒有數據。</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>月份(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Prepare month</source>
        <translation>產生考核(&amp;P)</translation>
    </message>
    <message>
        <source>Store a draft appraisal for every agent of the month (again: recompute)</source>
        <translation>為本月每位客服儲存考核草稿（再次點擊：重新計算）</translation>
    </message>
    <message>
        <source>&amp;Close month…</source>
        <translation>關帳(&amp;C)…</translation>
    </message>
    <message>
        <source>Finalise every draft of the month and record the Service Star</source>
        <translation>將本月所有草稿定稿，並記錄服務之星</translation>
    </message>
    <message>
        <source>&amp;Quarter…</source>
        <translation>季度(&amp;Q)…</translation>
    </message>
    <message>
        <source>Three months&apos; totals and the quarter&apos;s bonus</source>
        <translation>三個月的總分與季度獎金</translation>
    </message>
    <message>
        <source>R&amp;ules…</source>
        <translation>規則(&amp;U)…</translation>
    </message>
    <message>
        <source>Scorecards, grades, vetoes and bonus, tried on a month before saving</source>
        <translation>考核表、等級、否決項和獎金，儲存前可先用某月資料試算</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>列印(&amp;R)…</translation>
    </message>
    <message>
        <source>The team summary and every agent&apos;s page (Ctrl+P)</source>
        <translation>團隊彙總及每位客服的考核表（Ctrl+P）</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>預覽列印(&amp;V)…</translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation>匯出 PDF(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the month&apos;s appraisals as a PDF (Ctrl+E)</source>
        <translation>將該月考核儲存為 PDF（Ctrl+E）</translation>
    </message>
    <message>
        <source>No.</source>
        <extracomment>A finalised appraisal&apos;s status cell.</extracomment>
        <translation>工號</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>崗位</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>總分</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>獎金</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>簽收</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>之星</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>無</translation>
    </message>
    <message>
        <source>No agent worked in this month.</source>
        <translation>本月沒有客服在職。</translation>
    </message>
    <message>
        <source>The month is still running: the figures so far. Grades, bonuses and the Service Star come after it ends.</source>
        <translation>本月尚未結束：以下為截至目前的數據。等級、獎金和服務之星在月份結束後評定。</translation>
    </message>
    <message>
        <source>Closed on {day}. Service Star: {star}.</source>
        <translation>已於 {day} 關帳。服務之星：{star}。</translation>
    </message>
    <message>
        <source>Not prepared: the numbers are computed from the month&apos;s data. Service Star so far: {star}.</source>
        <translation>尚未產生：數字按本月資料即時計算。目前服務之星：{star}。</translation>
    </message>
    <message>
        <source>{drafts} of {count} not final. Service Star so far: {star}.</source>
        <translation>{count} 份中 {drafts} 份未定稿。目前服務之星：{star}。</translation>
    </message>
    <message>
        <source>Appraisals</source>
        <translation>績效考核</translation>
    </message>
    <message>
        <source>{result} draft appraisals prepared.</source>
        <translation>已產生 {result} 份考核草稿。</translation>
    </message>
    <message>
        <source>Finalise</source>
        <translation>定稿</translation>
    </message>
    <message>
        <source>Finalise the appraisal of {name}? Its numbers are computed once more from the month&apos;s data and then locked; a later correction is an amendment.</source>
        <translation>將{name}的考核定稿？數字會按本月資料再計算一次後鎖定；之後的修改需做更正。</translation>
    </message>
    <message>
        <source>Appraisal finalised.</source>
        <translation>考核已定稿。</translation>
    </message>
    <message>
        <source>Close month</source>
        <translation>關帳</translation>
    </message>
    <message numerus="yes">
        <source>Close {month}? {drafts} appraisals not final yet are computed once more and locked, and the Service Star is recorded. Corrections after that are amendments.</source>
        <translation>
            <numerusform>關帳 {month}？{drafts} 份未定稿的考核將重新計算並鎖定，同時記錄服務之星。此後的修改需做更正。</numerusform>
        </translation>
    </message>
    <message>
        <source>Month closed.</source>
        <translation>已關帳。</translation>
    </message>
    <message>
        <source>Writing the appraisals…</source>
        <translation>正在產生考核表…</translation>
    </message>
    <message>
        <source>Appraisals {month}</source>
        <translation>{month} 考核</translation>
    </message>
    <message>
        <source>Export appraisals</source>
        <translation>匯出考核</translation>
    </message>
    <message>
        <source>appraisals-{month}.pdf</source>
        <translation>月度考核-{month}.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>{count} appraisals written to {path}</source>
        <translation>
            <numerusform>已將 {count} 份考核寫入 {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArchiveDialog</name>
    <message>
        <source>Archive {name}</source>
        <translation>歸檔 {name}</translation>
    </message>
    <message>
        <source>Leaving date</source>
        <translation>離職日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>{name} keeps their history and moves to the Left list.</source>
        <translation>{name} 的歷史記錄會保留，並移入離職名單。</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>added</source>
        <extracomment>The kinds of record whose &quot;status&quot; is a complaint&apos;s (the rest are agents&apos;). A training budget is kept per year under this prefix (&quot;training_budget:2026&quot;).</extracomment>
        <translation>新增</translation>
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
        <translation>啟用</translation>
    </message>
    <message>
        <source>password set</source>
        <translation>設定密碼</translation>
    </message>
    <message>
        <source>recovered with the code</source>
        <translation>用恢復碼重置</translation>
    </message>
    <message>
        <source>wrong recovery code</source>
        <translation>恢復碼錯誤</translation>
    </message>
    <message>
        <source>sign-in failed</source>
        <translation>登入失敗</translation>
    </message>
    <message>
        <source>sign-in refused</source>
        <translation>登入被拒</translation>
    </message>
    <message>
        <source>finalised</source>
        <translation>定稿</translation>
    </message>
    <message>
        <source>amended</source>
        <translation>修訂</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>簽字</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>結月</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>validity judged</source>
        <translation>判定有效性</translation>
    </message>
    <message>
        <source>appeal decided</source>
        <translation>裁決申訴</translation>
    </message>
    <message>
        <source>KPI typed</source>
        <translation>錄入指標</translation>
    </message>
    <message>
        <source>setting changed</source>
        <translation>修改設定</translation>
    </message>
    <message>
        <source>status changed</source>
        <translation>狀態變更</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>changed after publishing</source>
        <translation>發布後修改</translation>
    </message>
    <message>
        <source>changed by an import</source>
        <translation>匯入時修改</translation>
    </message>
    <message>
        <source>comment written</source>
        <translation>填寫評語</translation>
    </message>
    <message>
        <source>account</source>
        <translation>賬號</translation>
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
        <translation>考核規則</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>客訴</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>shop setting</source>
        <translation>店鋪設定</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>staff file</source>
        <translation>員工檔案</translation>
    </message>
    <message>
        <source>training file</source>
        <translation>培訓檔案</translation>
    </message>
    <message>
        <source>complaints file</source>
        <translation>客訴檔案</translation>
    </message>
    <message>
        <source>conversations file</source>
        <translation>會話檔案</translation>
    </message>
    <message>
        <source>agent summaries file</source>
        <translation>客服彙總檔案</translation>
    </message>
    <message>
        <source>orders file</source>
        <translation>訂單檔案</translation>
    </message>
    <message>
        <source>actions file</source>
        <translation>改進措施檔案</translation>
    </message>
    <message>
        <source>suggestions file</source>
        <translation>建議檔案</translation>
    </message>
    <message>
        <source>rota</source>
        <translation>排班</translation>
    </message>
    <message>
        <source>day&apos;s shifts</source>
        <translation>當天班次</translation>
    </message>
    <message>
        <source>rota: least rest between shifts (hours)</source>
        <translation>排班：兩班之間最少休息（小時）</translation>
    </message>
    <message>
        <source>rota: most hours a day</source>
        <translation>排班：每天最多工時</translation>
    </message>
    <message>
        <source>rota: most hours a week</source>
        <translation>排班：每週最多工時</translation>
    </message>
    <message>
        <source>rota: most days in a row</source>
        <translation>排班：最多連續上班天數</translation>
    </message>
    <message>
        <source>platform sub-accounts</source>
        <translation>平臺子賬號</translation>
    </message>
    <message>
        <source>mentor</source>
        <translation>帶教師傅</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>評語</translation>
    </message>
    <message>
        <source>compensation amount</source>
        <translation>補償金額</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>費用</translation>
    </message>
    <message>
        <source>training budget {year}</source>
        <translation>{year} 年培訓預算</translation>
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
        <translation>全天計時（自然小時）</translation>
    </message>
    <message>
        <source>working hours only</source>
        <translation>僅工作時間</translation>
    </message>
    <message>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>wrong passwords in a row</source>
        <translation>連續輸錯密碼次數</translation>
    </message>
    <message>
        <source>value</source>
        <translation>取值</translation>
    </message>
    <message>
        <source>status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>total score</source>
        <translation>總分</translation>
    </message>
    <message>
        <source>signed on</source>
        <translation>簽字日期</translation>
    </message>
    <message>
        <source>counts against the agent</source>
        <translation>計入客服</translation>
    </message>
    <message>
        <source>appeal</source>
        <translation>申訴</translation>
    </message>
    <message>
        <source>Service Star</source>
        <translation>服務之星</translation>
    </message>
    <message>
        <source>rules</source>
        <translation>規則</translation>
    </message>
    <message>
        <source>shop name</source>
        <translation>店鋪名稱</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>backup folder</source>
        <translation>備份資料夾</translation>
    </message>
    <message>
        <source>idle minutes before the lock</source>
        <translation>離開鎖定分鐘數</translation>
    </message>
    <message>
        <source>complaints: due soon (minutes)</source>
        <translation>客訴：即將到期（分鐘）</translation>
    </message>
    <message>
        <source>complaints: clock hours</source>
        <translation>客訴：計時時段</translation>
    </message>
    <message>
        <source>rota: shrinkage</source>
        <translation>排班：損耗率</translation>
    </message>
    <message>
        <source>rota: highest occupancy</source>
        <translation>排班：最高佔用率</translation>
    </message>
    <message>
        <source>training: warning days</source>
        <translation>培訓：提前提醒天數</translation>
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
        <translation>校驗審計記錄(&amp;C)</translation>
    </message>
    <message>
        <source>Recompute every entry&apos;s hash and compare with the newest backup</source>
        <translation>重新計算每條記錄的雜湊，並與最新備份比對</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>匯出(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the entries the filters leave (Ctrl+E)</source>
        <translation>儲存篩選後的記錄（Ctrl+E）</translation>
    </message>
    <message>
        <source>Checking the trail…</source>
        <translation>正在校驗審計記錄…</translation>
    </message>
    <message>
        <source>The trail was altered: entry {id} and those after it no longer chain. Somebody changed the database file outside csdesk; keep it and a backup for whoever looks into it.</source>
        <translation>審計記錄被改動：第 {id} 條及其後的記錄已無法銜接。有人在 csdesk 之外修改了資料庫檔案；請保留該檔案和一份備份，以便調查。</translation>
    </message>
    <message>
        <source>The trail was rewritten: entry {id} differs from the backup of {time}.</source>
        <translation>審計記錄被重寫：第 {id} 條與 {time} 的備份不一致。</translation>
    </message>
    <message>
        <source>The trail is whole: {count} entries checked.</source>
        <translation>審計記錄完整：已校驗 {count} 條。</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>匯出審計記錄</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n entries to {path}.</source>
        <translation>
            <numerusform>已將 %n 條記錄儲存到 {path}。</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the audit trail…</source>
        <translation>正在寫入審計記錄…</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>From</source>
        <extracomment>How long typing pauses before the search runs (one query, not one per key). How many rows the columns&apos; widths are measured on.</extracomment>
        <translation>從</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Search records, fields and values</source>
        <translation>搜尋記錄、欄位和值</translation>
    </message>
    <message>
        <source>Every account</source>
        <translation>全部賬號</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>全部型別</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <source>Reading the trail…</source>
        <translation>正在讀取審計記錄…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
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
        <translation>類型</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>記錄</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改後</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Entries: {total} (the newest {shown} shown; narrow the filters)</source>
        <translation>共 {total} 條（顯示最新 {shown} 條；請縮小篩選範圍）</translation>
    </message>
    <message>
        <source>Entries: {total}</source>
        <translation>共 {total} 條</translation>
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
        <translation>{title}：已取消，未寫入任何內容。</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 活頁簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>No database at {path}.</source>
        <translation>{path} 處沒有資料庫。</translation>
    </message>
    <message>
        <source>The backup failed: {reason}</source>
        <extracomment>The shop setting holding the day of the last daily backup (YYYY-MM-DD).</extracomment>
        <translation>備份失敗：{reason}</translation>
    </message>
    <message>
        <source>No backup file at {path}.</source>
        <translation>{path} 處沒有備份檔案。</translation>
    </message>
    <message>
        <source>{path} is not a csdesk backup (it is empty or not a file).</source>
        <translation>{path} 不是 csdesk 備份（檔案為空或不是檔案）。</translation>
    </message>
    <message>
        <source>The backup {path} is damaged; nothing was restored.</source>
        <translation>備份 {path} 已損壞，未做任何恢復。</translation>
    </message>
    <message>
        <source>{path} is not a csdesk backup (another program&apos;s file); nothing was restored.</source>
        <translation>{path} 不是 csdesk 備份（是其他程式的檔案），未還原任何內容。</translation>
    </message>
    <message>
        <source>{path} was made by a newer csdesk; install it to restore this backup. Nothing was restored.</source>
        <translation>{path} 由較新版本的 csdesk 產生，請安裝新版本後再還原此備份。未還原任何內容。</translation>
    </message>
    <message>
        <source>without a name</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>{path} is a backup of another shop ({name}). Restoring it would replace this shop&apos;s data with that shop&apos;s; nothing was restored. To do it anyway, confirm that you mean the other shop.</source>
        <translation>{path} 是另一家店鋪（{name}）的備份。還原它會用那家店鋪的資料取代本店資料，因此未還原任何內容。如確實要還原，請確認您指的是那家店鋪。</translation>
    </message>
    <message>
        <source>The restore failed: {reason}</source>
        <translation>恢復失敗：{reason}</translation>
    </message>
    <message>
        <source>No good backup of the shop at {path} was found.</source>
        <translation>沒有找到 {path} 這家店鋪的完好備份。</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>language: zh_CN, zh_TW or en</source>
        <translation>語言：zh_CN、zh_TW 或 en</translation>
    </message>
    <message>
        <source>csdesk: the customer-service supervisor&apos;s desk.</source>
        <translation>csdesk：客服主管的工作臺。</translation>
    </message>
    <message>
        <source>open the window, wait until it has loaded, then exit</source>
        <translation>開啟視窗，等待載入完成後退出</translation>
    </message>
    <message>
        <source>create a demo shop</source>
        <translation>建立示範店鋪</translation>
    </message>
    <message>
        <source>team size</source>
        <translation>團隊人數</translation>
    </message>
    <message>
        <source>months of history</source>
        <translation>歷史月數</translation>
    </message>
    <message>
        <source>random seed</source>
        <translation>隨機種子</translation>
    </message>
    <message>
        <source>import a CSV or XLSX file</source>
        <translation>匯入 CSV 或 XLSX 檔案</translation>
    </message>
    <message>
        <source>list the fields and exit</source>
        <translation>列出欄位後退出</translation>
    </message>
    <message>
        <source>map a column of the file to a field</source>
        <translation>將檔案中的欄對應到欄位</translation>
    </message>
    <message>
        <source>use a column map saved in the import window</source>
        <translation>使用在匯入視窗中儲存的欄對應方案</translation>
    </message>
    <message>
        <source>check the file, write nothing</source>
        <translation>只檢查檔案，不寫入</translation>
    </message>
    <message>
        <source>leave out rows whose account matches no agent</source>
        <translation>略過帳號對應不到客服的列</translation>
    </message>
    <message>
        <source>summaries: the month or day of a file without a date column</source>
        <translation>summaries：檔案沒有日期欄時，指定月份或日期</translation>
    </message>
    <message>
        <source>export to CSV or XLSX</source>
        <translation>匯出為 CSV 或 XLSX</translation>
    </message>
    <message>
        <source>rota: the week to export</source>
        <translation>rota：要匯出的週</translation>
    </message>
    <message>
        <source>print a report to PDF</source>
        <translation>將報表輸出為 PDF</translation>
    </message>
    <message>
        <source>include agents who left</source>
        <translation>包括已離職客服</translation>
    </message>
    <message>
        <source>year of the training report or the year-end summary (default: this year)</source>
        <translation>培訓年報或年終總結的年份（預設：今年）</translation>
    </message>
    <message>
        <source>month of the complaint review, the appraisals or the team report, YYYY-MM (default: last month)</source>
        <translation>投訴覆盤、考核或團隊月報的月份，YYYY-MM（預設：上月）</translation>
    </message>
    <message>
        <source>appraisal: one agent&apos;s employee number, or all (default)</source>
        <translation>考核：某位客服的工號，或 all（預設）</translation>
    </message>
    <message>
        <source>rota: the week to print, e.g. 2026-W48 (default: this week)</source>
        <translation>rota：要列印的週，如 2026-W48（預設：本週）</translation>
    </message>
    <message>
        <source>rota: paper size, landscape (default: A4)</source>
        <translation>rota：紙張，橫向（預設：A4）</translation>
    </message>
    <message>
        <source>meeting: the day of the meeting (default: today)</source>
        <translation>meeting：例會日期（默認：今天）</translation>
    </message>
    <message>
        <source>actions: which actions to list (default: open)</source>
        <translation>actions：列出哪些措施（默認：open）</translation>
    </message>
    <message>
        <source>print the monthly KPIs of every agent</source>
        <translation>列印每位客服的月度 KPI</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM（年-月）</translation>
    </message>
    <message>
        <source>only this employee number</source>
        <translation>只看這個工號</translation>
    </message>
    <message>
        <source>one line for the whole team, over all its contacts</source>
        <translation>整個團隊一行，按全部諮詢計算</translation>
    </message>
    <message>
        <source>with --team: a line per channel, then the team</source>
        <translation>與 --team 一起用：每個渠道一行，最後是團隊</translation>
    </message>
    <message>
        <source>csv: one row per agent, rates in percent, money in yuan</source>
        <translation>csv：每位客服一列，比率為百分數，金額單位為元</translation>
    </message>
    <message>
        <source>--by channel goes with --team.</source>
        <translation>--by channel 需與 --team 一起使用。</translation>
    </message>
    <message>
        <source>complaint_rate: complaints received per 1,000 paid orders.</source>
        <translation>complaint_rate：每千筆支付訂單收到的投訴數。</translation>
    </message>
    <message>
        <source>complaint_rate: complaints received per 1,000 contacts (no orders on file).</source>
        <translation>complaint_rate：每 1,000 次諮詢收到的客訴數（尚無訂單數據）。</translation>
    </message>
    <message>
        <source>agents needed for an hour of contacts (Erlang C)</source>
        <translation>按 Erlang C 計算一小時諮詢量所需客服人數</translation>
    </message>
    <message>
        <source>contacts in the hour</source>
        <translation>該小時的諮詢量</translation>
    </message>
    <message>
        <source>average handling time in seconds</source>
        <translation>平均處理時長（秒）</translation>
    </message>
    <message>
        <source>share answered within the time (default 0.8)</source>
        <translation>在規定時間內接起的比例（預設 0.8）</translation>
    </message>
    <message>
        <source>answer time in seconds (default 30)</source>
        <translation>規定接起時間（秒，預設 30）</translation>
    </message>
    <message>
        <source>chats an agent handles at once (default 1: phone)</source>
        <translation>每位客服同時接待的會話數（預設 1：電話）</translation>
    </message>
    <message>
        <source>share of paid time away from contacts (default 0.3)</source>
        <translation>不處理諮詢的工時比例（預設 0.3）</translation>
    </message>
    <message>
        <source>highest share of time busy with contacts (default 0.85)</source>
        <translation>處理諮詢時間佔比上限（預設 0.85）</translation>
    </message>
    <message>
        <source>back the database up now</source>
        <translation>立即備份資料庫</translation>
    </message>
    <message>
        <source>backup file (default: the backup folder)</source>
        <translation>備份檔案（預設：備份資料夾）</translation>
    </message>
    <message>
        <source>replace the database with a backup</source>
        <translation>用備份替換資料庫</translation>
    </message>
    <message>
        <source>restore this shop&apos;s newest good backup</source>
        <translation>還原本店最新的完好備份</translation>
    </message>
    <message>
        <source>restore even a backup of another shop (replaces this shop)</source>
        <translation>即使是另一家店鋪的備份也還原（會取代本店資料）</translation>
    </message>
    <message>
        <source>check the database for damage</source>
        <translation>檢查資料庫是否損壞</translation>
    </message>
    <message>
        <source>The audit trail was rewritten: entry {id} differs from the backup of {time}.</source>
        <translation>操作日誌被改寫過：第 {id} 條與 {time} 的備份不一致。</translation>
    </message>
    <message>
        <source>The audit trail was altered: entry {id} and those after it do not chain.</source>
        <translation>操作日誌被改動過：第 {id} 條及其後的記錄無法銜接。</translation>
    </message>
    <message>
        <source>The audit trail is intact.</source>
        <translation>操作日誌完整。</translation>
    </message>
    <message>
        <source>database file, or a shared server&apos;s postgresql+psycopg://USER@HOST/DATABASE (default: CSDESK_DB or the user data folder)</source>
        <extracomment>Seconds a command waits for a restore or upgrade that another csdesk runs. Years a --month or --week may name: the same span imports accept for dates.</extracomment>
        <translation>資料庫檔案，或共享伺服器的 postgresql+psycopg://使用者@主機/資料庫（預設：CSDESK_DB 或使用者資料資料夾）</translation>
    </message>
    <message>
        <source>sign in as NAME on a shop with accounts (password: CSDESK_PASSWORD or asked)</source>
        <translation>在設有賬號的店鋪以 NAME 登入（密碼取自 CSDESK_PASSWORD 或現場輸入）</translation>
    </message>
    <message>
        <source>{text} is out of range: use a year from {first} to {last}.</source>
        <translation>{text} 超出範圍：年份須在 {first} 到 {last} 之間。</translation>
    </message>
    <message>
        <source>{text} is not a week (YYYY-Www, e.g. 2026-W48).</source>
        <translation>{text} 不是一週（YYYY-Www，如 2026-W48）。</translation>
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
        <translation>{name} 的密碼：</translation>
    </message>
    <message>
        <source>Demo shop created in {path}: {count} agent records.</source>
        <translation>已在 {path} 建立示範店鋪：{count} 條客服記錄。</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* 必填</translation>
    </message>
    <message>
        <source>Name the file to import (or use --fields).</source>
        <translation>請指定要匯入的檔案（或使用 --fields）。</translation>
    </message>
    <message>
        <source>--skip-unknown applies to conversations and summaries only.</source>
        <translation>--skip-unknown 只適用於會話和客服績效匯入。</translation>
    </message>
    <message>
        <source>--period applies to summaries only.</source>
        <translation>--period 只適用於客服績效匯入。</translation>
    </message>
    <message>
        <source>complaints: only those received in YYYY-MM; appraisals: the month</source>
        <translation>客訴：僅匯出 YYYY-MM 收到的；考核：考核月份</translation>
    </message>
    <message>
        <source>--month applies to complaints and appraisals only.</source>
        <translation>--month 只適用於客訴和考核。</translation>
    </message>
    <message>
        <source>--week applies to the rota only.</source>
        <translation>--week 只適用於排班。</translation>
    </message>
    <message>
        <source>Export the rota of one week: --week YYYY-Www.</source>
        <translation>排班按週匯出：--week YYYY-Www。</translation>
    </message>
    <message>
        <source>Export the appraisals of one month: --month YYYY-MM.</source>
        <translation>匯出某一個月的考核：--month YYYY-MM。</translation>
    </message>
    <message numerus="yes">
        <source>{count} rows written to {path}.</source>
        <translation>
            <numerusform>已寫入 {count} 行到 {path}。</numerusform>
        </translation>
    </message>
    <message>
        <source>Complaint review of {month} ({count} received) written to {path}.</source>
        <translation>{month} 客訴檢討（收到 {count} 件）已寫入 {path}。</translation>
    </message>
    <message numerus="yes">
        <source>Appraisals of {month} ({count} agents) written to {path}.</source>
        <translation>
            <numerusform>{month} 的考核（{count} 位客服）已寫入 {path}。</numerusform>
        </translation>
    </message>
    <message>
        <source>Team report of {month} written to {path}.</source>
        <translation>{month} 團隊月報已寫入 {path}。</translation>
    </message>
    <message>
        <source>Year-end summary of {year} written to {path}.</source>
        <translation>{year} 年終總結已寫入 {path}。</translation>
    </message>
    <message numerus="yes">
        <source>{count} actions written to {path}.</source>
        <translation>
            <numerusform>{count} 項措施已寫入 {path}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Coaching sheets of {month} ({count} agents) written to {path}.</source>
        <translation>
            <numerusform>{month} 輔導面談表（{count} 人）已寫入 {path}。</numerusform>
        </translation>
    </message>
    <message>
        <source>Meeting sheet of {day} written to {path}.</source>
        <translation>{day} 例會記錄已寫入 {path}。</translation>
    </message>
    <message numerus="yes">
        <source>Rota of {week} ({count} agents) written to {path}.</source>
        <translation>
            <numerusform>{week} 排班（{count} 名客服）已寫入 {path}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Training report with {count} sessions written to {path}.</source>
        <translation>
            <numerusform>培訓報告（{count} 個場次）已寫入 {path}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Training matrix of {count} agents written to {path}.</source>
        <translation>
            <numerusform>{count} 名客服的培訓矩陣已寫入 {path}。</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup written to {path}.</source>
        <translation>備份已寫入 {path}。</translation>
    </message>
    <message>
        <source>Restored {backup} into {path}.</source>
        <translation>已將 {backup} 恢復到 {path}。</translation>
    </message>
    <message>
        <source>The previous database was kept as {path}.</source>
        <translation>原資料庫已保留為 {path}。</translation>
    </message>
    <message>
        <source>Schema revision: {revision} (this csdesk: {head})</source>
        <translation>資料結構版本：{revision}（本程式：{head}）</translation>
    </message>
    <message>
        <source>The database is damaged.</source>
        <translation>資料庫已損壞。</translation>
    </message>
    <message>
        <source>No agent {number} in {month}.</source>
        <translation>{month} 沒有工號為 {number} 的客服。</translation>
    </message>
    <message>
        <source>the team&apos;s yearly goals, month by month</source>
        <translation>團隊年度目標，逐月對照</translation>
    </message>
    <message>
        <source>set a goal; propose the year&apos;s goals (from the year before, or the plans&apos;); budget: the year&apos;s training budget</source>
        <translation>設定目標；為該年提出目標建議（依據上一年，或方案中的目標）；budget：該年的培訓預算</translation>
    </message>
    <message>
        <source>set: the KPI key, as kpis --team prints it</source>
        <translation>set：指標代碼，與 kpis --team 輸出的一致</translation>
    </message>
    <message>
        <source>set: the year&apos;s target</source>
        <translation>set：全年目標值</translation>
    </message>
    <message>
        <source>set: a change from the baseline, -20%% or +5pt (--change=-20%%)</source>
        <translation>set：相對基準的變化，-20%% 或 +5pt（寫作 --change=-20%%）</translation>
    </message>
    <message>
        <source>set: default: last year&apos;s figure</source>
        <translation>set：預設為去年的實際值</translation>
    </message>
    <message>
        <source>set: targets per quarter or month on the way, e.g. &quot;Q1=92, Q2=93, 11=90&quot;</source>
        <translation>set：途中按季度或月份的目標，例如 &quot;Q1=92, Q2=93, 11=90&quot;</translation>
    </message>
    <message>
        <source>propose: keep the proposals</source>
        <translation>propose：儲存這些建議</translation>
    </message>
    <message>
        <source>budget: the year&apos;s training budget in yuan (0: none)</source>
        <translation>budget：該年的培訓預算，單位元（0：不設）</translation>
    </message>
    <message>
        <source>Name the goal&apos;s KPI: --kpi KEY.</source>
        <translation>請指定目標的指標：--kpi 指標代碼。</translation>
    </message>
    <message numerus="yes">
        <source>{count} goals set for {year}.</source>
        <translation>
            <numerusform>已為 {year} 年設定 {count} 個目標。</numerusform>
        </translation>
    </message>
    <message>
        <source>Training budget {year}: {budget}; spent: {spent}.</source>
        <translation>{year} 年培訓預算：{budget}；已支出：{spent}。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>No goals set for this year.</source>
        <translation>本年度尚未設定目標。</translation>
    </message>
    <message>
        <source>{value} is not a date (YYYY-MM-DD).</source>
        <translation>{value} 不是日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>the improvement actions and their state</source>
        <translation>改進措施及其狀態</translation>
    </message>
    <message>
        <source>only this agent&apos;s actions</source>
        <translation>只列出該客服的措施</translation>
    </message>
    <message>
        <source>as of this day, YYYY-MM-DD (default: today)</source>
        <translation>以該日為準，YYYY-MM-DD（默認：今天）</translation>
    </message>
    <message>
        <source>No agent {number}.</source>
        <translation>沒有客服 {number}。</translation>
    </message>
    <message>
        <source>No actions.</source>
        <translation>沒有措施。</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>what needs doing today, every area</source>
        <translation>今日待辦，涵蓋各個方面</translation>
    </message>
    <message>
        <source>accounts, roles and passwords</source>
        <translation>賬號、角色和密碼</translation>
    </message>
    <message>
        <source>add an account</source>
        <translation>新增賬號</translation>
    </message>
    <message>
        <source>read the password from standard input</source>
        <translation>從標準輸入讀取密碼</translation>
    </message>
    <message>
        <source>list the accounts</source>
        <translation>列出賬號</translation>
    </message>
    <message>
        <source>set a password</source>
        <translation>設定密碼</translation>
    </message>
    <message>
        <source>disable an account</source>
        <translation>停用賬號</translation>
    </message>
    <message>
        <source>enable an account again</source>
        <translation>重新啟用賬號</translation>
    </message>
    <message>
        <source>change an account&apos;s role</source>
        <translation>修改賬號角色</translation>
    </message>
    <message>
        <source>minutes away before the window locks (0: never)</source>
        <translation>離開多少分鐘後鎖定視窗（0：從不）</translation>
    </message>
    <message>
        <source>reset the owner&apos;s password with the recovery code</source>
        <translation>用恢復碼重置店主密碼</translation>
    </message>
    <message>
        <source>who changed what, and when</source>
        <translation>誰在何時改了什麼</translation>
    </message>
    <message>
        <source>from this day, YYYY-MM-DD</source>
        <translation>自此日起，YYYY-MM-DD</translation>
    </message>
    <message>
        <source>only this account&apos;s entries</source>
        <translation>只看此賬號的記錄</translation>
    </message>
    <message>
        <source>only this kind of record (account ...)</source>
        <translation>只看此類記錄（account 等）</translation>
    </message>
    <message>
        <source>New password for {name}: </source>
        <translation>{name} 的新密碼：</translation>
    </message>
    <message>
        <source>Again: </source>
        <translation>再輸一次：</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>兩次輸入的密碼不同；未做任何修改。</translation>
    </message>
    <message>
        <source>Account {name} added.</source>
        <translation>已新增賬號 {name}。</translation>
    </message>
    <message>
        <source>{name} is the shop&apos;s owner. Recovery code (write it down, it is shown once): {code}</source>
        <translation>{name} 是店鋪的店主。恢復碼（請抄下來，只顯示這一次）：{code}</translation>
    </message>
    <message>
        <source> (disabled)</source>
        <translation>（已停用）</translation>
    </message>
    <message>
        <source>Password reset. The next recovery code: {code}</source>
        <translation>密碼已重置。新的恢復碼：{code}</translation>
    </message>
    <message>
        <source>{problem} Nothing half-written was kept; run it again.</source>
        <translation>{problem} 未保留任何寫了一半的內容；請重新執行。</translation>
    </message>
    <message>
        <source>copy the shop to an empty PostgreSQL database</source>
        <translation>把店鋪複製到一個空的 PostgreSQL 資料庫</translation>
    </message>
    <message>
        <source>Copied {done} of {tables} tables…</source>
        <translation>已複製 {done}/{tables} 張表…</translation>
    </message>
    <message>
        <source>Moved {rows} rows in {tables} tables to {url}; {file} is unchanged. Each seat joins the shop there in Settings ▸ Shared server (commands: csdesk --db URL COMMAND).</source>
        <translation>已將 {tables} 張表共 {rows} 行遷移到 {url}；{file} 未做改動。各席位在「設定 ▸ 共享伺服器」中加入該店鋪（命令列：csdesk --db URL 命令）。</translation>
    </message>
</context>
<context>
    <name>CardsTab</name>
    <message>
        <source>&amp;Post</source>
        <translation>崗位(&amp;P)</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>權重</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>佔比</translation>
    </message>
    <message>
        <source>Scored by</source>
        <translation>計分方式</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>新增指標(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>刪除指標(&amp;R)</translation>
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
        <translation>權重合計 {sum:g}。某月沒有資料的指標不計入，其權重由其他指標分攤。</translation>
    </message>
</context>
<context>
    <name>CategoriesTab</name>
    <message>
        <source>Add &amp;category…</source>
        <translation>新增類別(&amp;C)…</translation>
    </message>
    <message>
        <source>Add &amp;subcategory…</source>
        <translation>新增子類別(&amp;S)…</translation>
    </message>
    <message>
        <source>Under the selected category</source>
        <translation>新增到所選類別下</translation>
    </message>
    <message>
        <source>Archived categories are not offered for new complaints; old ones keep them</source>
        <translation>封存的類別不再供新客訴選擇；舊客訴保留原類別</translation>
    </message>
    <message>
        <source>New subcategory</source>
        <translation>新子類別</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>新類別</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Certificate</source>
        <translation>證書</translation>
    </message>
    <message>
        <source>New certificate</source>
        <translation>新增證書</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>&amp;Agent</source>
        <translation>客服(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Certificate</source>
        <translation>證書(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Issuer</source>
        <translation>頒發機構(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>編號(&amp;N)</translation>
    </message>
    <message>
        <source>Issued &amp;on</source>
        <translation>頒發日期(&amp;O)</translation>
    </message>
    <message>
        <source>E&amp;xpiry</source>
        <translation>有效期(&amp;X)</translation>
    </message>
    <message>
        <source>Counts for c&amp;ourse</source>
        <translation>可抵課程(&amp;O)</translation>
    </message>
</context>
<context>
    <name>CertificatesTab</name>
    <message>
        <source>No certificates recorded. Add the external certificates your agents hold (e-commerce, Mandarin level ...) to be reminded before they lapse.</source>
        <translation>還沒有登記證書。登記客服持有的外部證書（電子商務師、普通話等級……），到期前會提醒。</translation>
    </message>
    <message>
        <source>Add certificate</source>
        <translation>登記證書</translation>
    </message>
    <message>
        <source>&amp;New certificate</source>
        <translation>新增證書(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>刪除(&amp;D)</translation>
    </message>
    <message>
        <source>Search agent or certificate</source>
        <translation>搜尋客服或證書</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>永久有效</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>工號</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>證書</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>頒發機構</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>頒發日期</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Counts for course</source>
        <translation>可抵課程</translation>
    </message>
    <message>
        <source>Delete certificate</source>
        <translation>刪除證書</translation>
    </message>
    <message>
        <source>Delete {certificate} of {name}?</source>
        <translation>刪除{name}的「{certificate}」？</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>Check in: {title}</source>
        <translation>記錄進展：{title}</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>進度(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>備註(&amp;N)</translation>
    </message>
</context>
<context>
    <name>ClockRulesTab</name>
    <message>
        <source>Promised times</source>
        <extracomment>A week as the form holds it: (start, end) minutes per weekday, None when closed.</extracomment>
        <translation>承諾時限</translation>
    </message>
    <message>
        <source>Count them around the clock (calendar hours, as customers are promised)</source>
        <translation>按自然時間全天計算（與對顧客的承諾一致）</translation>
    </message>
    <message>
        <source>Unticked: only the working week below counts, holidays excluded</source>
        <translation>不勾選時：只按下方的工作時間計算，節假日不計</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>首次回應</translation>
    </message>
    <message>
        <source>Solution proposed</source>
        <translation>提出方案</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>解決</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小時</translation>
    </message>
    <message>
        <source>&quot;&amp;Due soon&quot; within</source>
        <translation>「即將到期」提前(&amp;D)</translation>
    </message>
    <message>
        <source>Complaints with this much working time left are shown as due soon</source>
        <translation>剩餘工作時間不超過此值的客訴顯示為即將到期</translation>
    </message>
    <message>
        <source>Working week</source>
        <translation>每週工作時間</translation>
    </message>
    <message>
        <source>The clocks run only in these hours. An end of 00:00 means midnight. Public holidays and make-up working days are on the next tab.</source>
        <translation>計時只在這些時段內走動。結束時間 00:00 表示午夜。國定假日和補班日在下一個分頁。</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <source>Open complaints&apos; due times are recomputed</source>
        <translation>未結客訴的到期時間將重新計算</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>復原變更(&amp;U)</translation>
    </message>
    <message>
        <source>{day}: the working hours end before they start.</source>
        <translation>{day}：工作時間的結束早於開始。</translation>
    </message>
    <message>
        <source>The shop must work on at least one day.</source>
        <translation>店鋪每週至少要有一天工作。</translation>
    </message>
</context>
<context>
    <name>Coaching</name>
    <message>
        <source>That coaching session no longer exists.</source>
        <translation>該輔導面談已不存在。</translation>
    </message>
    <message>
        <source>The month is written YYYY-MM.</source>
        <translation>月份寫作 YYYY-MM。</translation>
    </message>
    <message>
        <source>A session about {month} is held in that month or after it.</source>
        <translation>關於 {month} 的面談應在該月或之後進行。</translation>
    </message>
    <message>
        <source>That agent is gone.</source>
        <translation>該客服已不存在。</translation>
    </message>
</context>
<context>
    <name>CoachingDialog</name>
    <message>
        <source>Coaching session</source>
        <translation>輔導面談</translation>
    </message>
    <message>
        <source>&amp;Agree an action…</source>
        <translation>約定措施(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Print sheet…</source>
        <translation>列印面談表(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Held on</source>
        <translation>面談日期(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Coach</source>
        <translation>輔導人(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>記錄(&amp;N)</translation>
    </message>
    <message>
        <source>The agent&apos;s co&amp;mment</source>
        <translation>客服意見(&amp;M)</translation>
    </message>
    <message>
        <source>Agreed actions</source>
        <translation>約定的措施</translation>
    </message>
    <message>
        <source>What the month shows:</source>
        <translation>本月資料顯示：</translation>
    </message>
    <message>
        <source>• {kpi}: {value}, target {target}</source>
        <translation>• {kpi}：{value}，目標 {target}</translation>
    </message>
    <message>
        <source>• QA {category}: {share:.0f} % of the best mark</source>
        <translation>• 質檢 {category}：為滿分的 {share:.0f}%</translation>
    </message>
    <message>
        <source>• Valid complaint {ref} of {day}</source>
        <translation>• 有效投訴 {ref}（{day}）</translation>
    </message>
    <message>
        <source>• Training not current: {item}</source>
        <translation>• 培訓未達標：{item}</translation>
    </message>
    <message>
        <source>• Agreed last time: {title} ({status})</source>
        <translation>• 上次約定：{title}（{status}）</translation>
    </message>
    <message>
        <source>Nothing short of target this month.</source>
        <translation>本月各項均已達標。</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <source>Case file {ref}</source>
        <translation>客訴檔案 {ref}</translation>
    </message>
    <message>
        <source>New complaint</source>
        <translation>新增客訴</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（請選擇）</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>（暫無）</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>接收時間</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先級</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>店鋪</translation>
    </message>
    <message>
        <source>Customer (name or handle)</source>
        <translation>客戶（姓名或暱稱）</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>聯絡方式</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>訂單編號</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>First-responsible agent</source>
        <translation>首問責任人</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>問題描述</translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation>請選擇類別。</translation>
    </message>
</context>
<context>
    <name>ComplaintFields</name>
    <message>
        <source>Reference</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>接收時間</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>店鋪</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>聯絡方式</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>訂單編號</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>an unknown one is added</source>
        <translation>未知的會自動新增</translation>
    </message>
    <message>
        <source>Subcategory</source>
        <translation>子類別</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先級</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>問題描述</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>employee number, name or platform sub-account</source>
        <translation>工號、姓名或平台子帳號</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>First response at</source>
        <translation>首次回應時間</translation>
    </message>
    <message>
        <source>Solution proposed at</source>
        <translation>提出方案時間</translation>
    </message>
    <message>
        <source>Resolved at</source>
        <translation>解決時間</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>關閉時間</translation>
    </message>
    <message>
        <source>Satisfaction (1-5)</source>
        <translation>滿意度（1-5）</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>補償</translation>
    </message>
    <message>
        <source>Compensation amount</source>
        <translation>補償金額</translation>
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
        <translation>新增備註(&amp;N)</translation>
    </message>
    <message>
        <source>Log &amp;call</source>
        <translation>記錄電話(&amp;C)</translation>
    </message>
    <message>
        <source>Log &amp;message</source>
        <translation>記錄訊息(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Escalate…</source>
        <translation>升級(&amp;E)…</translation>
    </message>
    <message>
        <source>Record &amp;follow-up…</source>
        <translation>記錄回訪(&amp;F)…</translation>
    </message>
    <message>
        <source>Edit case &amp;file…</source>
        <translation>編輯檔案(&amp;F)…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事項</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>記錄人</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳情</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>處理記錄</translation>
    </message>
    <message>
        <source>Handling and root cause</source>
        <translation>處理與根因</translation>
    </message>
    <message>
        <source>Complaint {ref}</source>
        <translation>客訴 {ref}</translation>
    </message>
    <message>
        <source>Received {when} via {channel}, {platform}</source>
        <translation>{when} 經{channel}收到，{platform}</translation>
    </message>
    <message>
        <source>Customer: {customer}  Contact: {contact}  Order: {order}</source>
        <translation>客戶：{customer}&#x3000;聯絡方式：{contact}&#x3000;訂單：{order}</translation>
    </message>
    <message>
        <source>Product: {product}  Category: {category}  Agent: {agent}</source>
        <translation>商品：{product}&#x3000;類別：{category}&#x3000;責任人：{agent}</translation>
    </message>
    <message>
        <source>Imported history</source>
        <translation>匯入的歷史記錄</translation>
    </message>
    <message>
        <source>Reopened {count}×</source>
        <translation>重新開啟 {count} 次</translation>
    </message>
    <message>
        <source>Not the agent&apos;s fault: {reason}</source>
        <translation>非客服責任：{reason}</translation>
    </message>
    <message>
        <source>Follow-up: {score}/5 {comment}</source>
        <translation>回訪：{score}/5 {comment}</translation>
    </message>
    <message>
        <source>No follow-up visit: {reason}</source>
        <translation>未能回訪：{reason}</translation>
    </message>
    <message>
        <source>Mark as agent&apos;s fault</source>
        <translation>改為客服責任</translation>
    </message>
    <message>
        <source>Not agent&apos;s fault…</source>
        <translation>判定非客服責任…</translation>
    </message>
    <message>
        <source>Decide appeal…</source>
        <translation>裁定申訴…</translation>
    </message>
    <message>
        <source>Appeal…</source>
        <translation>申訴…</translation>
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
        <translation>升級</translation>
    </message>
    <message>
        <source>Take the complaint to:</source>
        <translation>將客訴升級到：</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Not the agent&apos;s fault</source>
        <translation>非客服責任</translation>
    </message>
    <message>
        <source>Why is it not the agent&apos;s fault?</source>
        <translation>為什麼不是客服的責任？</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>申訴</translation>
    </message>
    <message>
        <source>The agent&apos;s grounds for the appeal:</source>
        <translation>客服申訴的理由：</translation>
    </message>
    <message>
        <source>Decide appeal</source>
        <translation>裁定申訴</translation>
    </message>
    <message>
        <source>Appeal: {reason}

The decision is final.</source>
        <translation>申訴：{reason}

裁定後不可更改。</translation>
    </message>
    <message>
        <source>Accept appeal</source>
        <translation>申訴成立</translation>
    </message>
    <message>
        <source>Reject appeal</source>
        <translation>駁回申訴</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>備註：</translation>
    </message>
</context>
<context>
    <name>ComplaintSettingsDialog</name>
    <message>
        <source>Complaint settings</source>
        <translation>客訴設定</translation>
    </message>
    <message>
        <source>Promised &amp;times</source>
        <translation>承諾時限(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Holidays</source>
        <translation>假日(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Categories</source>
        <translation>類別(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Root causes</source>
        <translation>根本原因(&amp;R)</translation>
    </message>
    <message>
        <source>The promised times or the working week were changed. Save them?</source>
        <translation>承諾時限或每週工作時間已變更，是否儲存？</translation>
    </message>
</context>
<context>
    <name>ComplaintTableModel</name>
    <message>
        <source>Reference</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先級</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>下一截止</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation>訂單編號</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Platform / shop</source>
        <translation>平台 / 店鋪</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>A promised time was missed</source>
        <translation>有承諾時限已逾時</translation>
    </message>
    <message>
        <source>Not the agent&apos;s fault</source>
        <translation>非客服責任</translation>
    </message>
</context>
<context>
    <name>Complaints</name>
    <message>
        <source>The time received is in the future.</source>
        <translation>接收時間在未來。</translation>
    </message>
    <message>
        <source>Logistics</source>
        <extracomment>The key of the quality category (a quality complaint needs a corrective action).</extracomment>
        <translation>物流</translation>
    </message>
    <message>
        <source>Late delivery</source>
        <translation>出貨或配送延遲</translation>
    </message>
    <message>
        <source>Lost parcel</source>
        <translation>包裹遺失</translation>
    </message>
    <message>
        <source>Damaged in transit</source>
        <translation>運送破損</translation>
    </message>
    <message>
        <source>Product quality</source>
        <translation>產品品質</translation>
    </message>
    <message>
        <source>Design defect</source>
        <translation>設計缺陷</translation>
    </message>
    <message>
        <source>Production flaw</source>
        <translation>生產瑕疵</translation>
    </message>
    <message>
        <source>Packaging</source>
        <translation>包裝</translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation>描述不符</translation>
    </message>
    <message>
        <source>Service attitude</source>
        <translation>服務態度</translation>
    </message>
    <message>
        <source>Return / exchange / re-ship / cancellation</source>
        <translation>退貨 / 換貨 / 補發 / 取消</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退貨</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>換貨</translation>
    </message>
    <message>
        <source>Re-ship</source>
        <translation>補發</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>取消訂單</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>價格</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Courier delay or mishandling</source>
        <translation>快遞延誤或操作不當</translation>
    </message>
    <message>
        <source>Warehouse picking or packing error</source>
        <translation>倉庫揀貨或包裝錯誤</translation>
    </message>
    <message>
        <source>Supplier quality problem</source>
        <translation>供應商品質問題</translation>
    </message>
    <message>
        <source>Product design problem</source>
        <translation>產品設計問題</translation>
    </message>
    <message>
        <source>Listing or description inaccurate</source>
        <translation>商品頁面或描述不準確</translation>
    </message>
    <message>
        <source>Agent product knowledge gap</source>
        <translation>客服產品知識不足</translation>
    </message>
    <message>
        <source>Agent attitude or wording</source>
        <translation>客服態度或用語不當</translation>
    </message>
    <message>
        <source>Process or policy gap</source>
        <translation>流程或政策缺失</translation>
    </message>
    <message>
        <source>System or platform fault</source>
        <translation>系統或平台故障</translation>
    </message>
    <message>
        <source>Customer misunderstanding</source>
        <translation>客戶誤解</translation>
    </message>
    <message>
        <source>Give a name.</source>
        <extracomment>Key of the default category whose complaints need an effectiveness check to close.</extracomment>
        <translation>請填寫名稱。</translation>
    </message>
    <message>
        <source>A name is at most 100 characters.</source>
        <translation>名稱最多 100 個字元。</translation>
    </message>
    <message>
        <source>Subcategories go under a main category.</source>
        <translation>子類別只能放在主類別下。</translation>
    </message>
    <message>
        <source>There is already a category of that name here.</source>
        <translation>這裡已有同名類別。</translation>
    </message>
    <message>
        <source>That category no longer exists.</source>
        <translation>該類別已不存在。</translation>
    </message>
    <message>
        <source>That root cause no longer exists.</source>
        <translation>該根本原因已不存在。</translation>
    </message>
    <message>
        <source>There is already a root cause of that name.</source>
        <translation>已有同名根本原因。</translation>
    </message>
    <message>
        <source>A target is 1 minute to 60 days.</source>
        <translation>時限須在 1 分鐘到 60 天之間。</translation>
    </message>
    <message>
        <source>The targets must not shrink: response, then solution, then resolution.</source>
        <translation>時限不能遞減：回應 ≤ 方案 ≤ 解決。</translation>
    </message>
    <message>
        <source>The shop must work on at least one day.</source>
        <translation>每週至少要有一天工作日。</translation>
    </message>
    <message>
        <source>The holidays of {year} are not known to this version; enter them by hand.</source>
        <translation>本版本還沒有 {year} 年的假日，請手動輸入。</translation>
    </message>
    <message>
        <source>New Year&apos;s Day</source>
        <extracomment>The holiday names chinese-calendar gives (its English), which csdesk translates.</extracomment>
        <translation>元旦</translation>
    </message>
    <message>
        <source>Spring Festival</source>
        <translation>春節</translation>
    </message>
    <message>
        <source>Tomb-sweeping Day</source>
        <translation>清明節</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>勞動節</translation>
    </message>
    <message>
        <source>Dragon Boat Festival</source>
        <translation>端午節</translation>
    </message>
    <message>
        <source>National Day</source>
        <translation>國慶日</translation>
    </message>
    <message>
        <source>Mid-autumn Festival</source>
        <translation>中秋節</translation>
    </message>
    <message>
        <source>&quot;Due soon&quot; is 0 to 48 working hours.</source>
        <translation>「即將到期」須在 0 到 48 個工作小時之間。</translation>
    </message>
    <message>
        <source>That complaint no longer exists.</source>
        <extracomment>How far ahead of the computer&apos;s clock a recorded time may be (clocks drift).</extracomment>
        <translation>該客訴已不存在。</translation>
    </message>
    <message>
        <source>Give the time the complaint was received.</source>
        <translation>請填寫接收客訴的時間。</translation>
    </message>
    <message>
        <source>Give the customer, their contact or the order number.</source>
        <translation>請填寫客戶、聯絡方式或訂單編號。</translation>
    </message>
    <message>
        <source>Choose a priority.</source>
        <translation>請選擇優先級。</translation>
    </message>
    <message>
        <source>The responsible agent no longer exists.</source>
        <translation>責任客服已不存在。</translation>
    </message>
    <message>
        <source>A field is too long.</source>
        <translation>有欄位過長。</translation>
    </message>
    <message>
        <source>The time received is after work recorded on it.</source>
        <translation>接收時間晚於已記錄的處理時間。</translation>
    </message>
    <message>
        <source>Priority changed</source>
        <translation>優先級已變更</translation>
    </message>
    <message>
        <source>Responsible agent changed</source>
        <translation>責任客服已變更</translation>
    </message>
    <message>
        <source>Record the follow-up visit (satisfaction and comment) or why none was possible.</source>
        <translation>請先記錄回訪結果（滿意度和評價），或說明無法回訪的原因。</translation>
    </message>
    <message>
        <source>A quality complaint closes only after the corrective action was checked.</source>
        <translation>品質客訴須在矯正措施驗證有效後才能關閉。</translation>
    </message>
    <message>
        <source>That time is in the future.</source>
        <translation>該時間在未來。</translation>
    </message>
    <message>
        <source>That time is before the complaint was received.</source>
        <translation>該時間早於接收客訴的時間。</translation>
    </message>
    <message>
        <source>That time is before the last status change ({time}).</source>
        <translation>該時間早於上一次狀態變更（{time}）。</translation>
    </message>
    <message>
        <source>&quot;{action}&quot; does not apply to a complaint that is {status}.</source>
        <translation>「{action}」不適用於狀態為「{status}」的客訴。</translation>
    </message>
    <message>
        <source>Write what was said or done.</source>
        <translation>請寫下溝通內容或所做處理。</translation>
    </message>
    <message>
        <source>The complaint is already at that level.</source>
        <translation>客訴已在該級別。</translation>
    </message>
    <message>
        <source>Choose a kind of compensation.</source>
        <translation>請選擇補償方式。</translation>
    </message>
    <message>
        <source>A compensation amount cannot be negative.</source>
        <translation>補償金額不能為負數。</translation>
    </message>
    <message>
        <source>Say what kind of compensation the amount was.</source>
        <translation>請說明該金額的補償方式。</translation>
    </message>
    <message>
        <source>Satisfaction is 1 to 5.</source>
        <translation>滿意度為 1 到 5。</translation>
    </message>
    <message>
        <source>Write what the customer said.</source>
        <translation>請寫下客戶的評價。</translation>
    </message>
    <message>
        <source>Give the customer&apos;s satisfaction or why no visit was possible.</source>
        <translation>請填寫客戶滿意度，或說明無法回訪的原因。</translation>
    </message>
    <message>
        <source>A follow-up visit comes after the complaint is resolved.</source>
        <translation>客訴解決後才能回訪。</translation>
    </message>
    <message>
        <source>The visit must be after the resolution and not in the future.</source>
        <translation>回訪時間須在解決之後且不在未來。</translation>
    </message>
    <message>
        <source>Say why it was not the agent&apos;s fault.</source>
        <translation>請說明為何不是客服的責任。</translation>
    </message>
    <message>
        <source>The appeal was decided; that is final.</source>
        <translation>申訴已裁定，不可更改。</translation>
    </message>
    <message>
        <source>Write the agent&apos;s grounds for the appeal.</source>
        <translation>請填寫客服申訴的理由。</translation>
    </message>
    <message>
        <source>Only a complaint with an agent can be appealed.</source>
        <translation>只有指定了客服的客訴才能申訴。</translation>
    </message>
    <message>
        <source>It is already judged not the agent&apos;s fault.</source>
        <translation>已判定為非客服責任。</translation>
    </message>
    <message>
        <source>This complaint was already appealed.</source>
        <translation>該客訴已申訴過。</translation>
    </message>
    <message>
        <source>There is no pending appeal to decide.</source>
        <translation>沒有待裁定的申訴。</translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <source>Import complaints</source>
        <translation>匯入客訴</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Customer · order</source>
        <translation>客戶 · 訂單</translation>
    </message>
    <message>
        <source>Choose a CSV or Excel export of your help desk or complaint sheet. Headers in English or Chinese are recognised (投诉时间, 订单号, 状态 …). Lines already on file (same reference, or same time, order and customer) are updated, not added twice.</source>
        <translation>請選擇客服系統或客訴登記表匯出的 CSV 或 Excel 檔案。可識別中英文表頭（投訴時間、訂單號、狀態……）。已有的記錄（編號相同，或時間、訂單和客戶相同）會更新，不會重複新增。</translation>
    </message>
    <message>
        <source>No complaint matches the search and the filters.</source>
        <extracomment>A pause in typing this short still filters at once; it only merges key repeats.</extracomment>
        <translation>沒有符合搜尋和篩選條件的客訴。</translation>
    </message>
    <message>
        <source>No complaints in this list.</source>
        <translation>此清單中沒有客訴。</translation>
    </message>
    <message>
        <source>New complaint</source>
        <translation>新增客訴</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>匯入…</translation>
    </message>
    <message>
        <source>&amp;New complaint</source>
        <translation>新增客訴(&amp;N)</translation>
    </message>
    <message>
        <source>Record a new complaint (Ctrl+N)</source>
        <translation>登記新客訴（Ctrl+N）</translation>
    </message>
    <message>
        <source>&amp;Open case file</source>
        <translation>開啟檔案(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>匯入(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>匯出(&amp;X)…</translation>
    </message>
    <message>
        <source>Export the complaints to CSV or Excel (Ctrl+E)</source>
        <translation>將客訴匯出為 CSV 或 Excel（Ctrl+E）</translation>
    </message>
    <message>
        <source>Monthly &amp;review PDF…</source>
        <translation>月度檢討 PDF(&amp;R)…</translation>
    </message>
    <message>
        <source>The month&apos;s complaint review (Ctrl+P prints it)</source>
        <translation>當月客訴檢討（Ctrl+P 列印）</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>Promised times, working week, holidays, categories and root causes</source>
        <translation>承諾時限、每週工作時間、假日、類別和根本原因</translation>
    </message>
    <message>
        <source>Search reference, order number, customer (Ctrl+F)</source>
        <translation>搜尋編號、訂單編號、客戶（Ctrl+F）</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>接收日期從</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部狀態</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>全部優先級</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>全部未結</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾時</translation>
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
        <translation>待回訪</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已關閉</translation>
    </message>
    <message>
        <source>All complaints</source>
        <translation>全部客訴</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部類別</translation>
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
            <numerusform>{count} 件客訴</numerusform>
        </translation>
    </message>
    <message>
        <source>Export complaints</source>
        <translation>匯出客訴</translation>
    </message>
    <message>
        <source>complaints.xlsx</source>
        <translation>客訴.xlsx</translation>
    </message>
    <message numerus="yes">
        <source>{count} complaints exported to {path}</source>
        <translation>
            <numerusform>已將 {count} 件客訴匯出到 {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting complaints…</source>
        <translation>正在匯出客訴…</translation>
    </message>
    <message>
        <source>Monthly complaint review</source>
        <translation>月度客訴檢討</translation>
    </message>
    <message>
        <source>complaint-review-{month}.pdf</source>
        <translation>客訴檢討-{month}.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Complaint review written to {path}</source>
        <translation>客訴檢討已寫入 {path}</translation>
    </message>
    <message>
        <source>Writing the complaint review…</source>
        <translation>正在產生客訴月度檢討…</translation>
    </message>
</context>
<context>
    <name>CourseDialog</name>
    <message>
        <source>Course</source>
        <translation>課程</translation>
    </message>
    <message>
        <source>New course</source>
        <translation>新增課程</translation>
    </message>
    <message>
        <source>Scored, pass mark:</source>
        <translation>計分，及格線：</translation>
    </message>
    <message>
        <source>Expires after (months):</source>
        <translation>有效期（月）：</translation>
    </message>
    <message>
        <source>Must be passed before an agent goes on duty</source>
        <translation>上崗前必須通過</translation>
    </message>
    <message>
        <source>Archived (no longer offered)</source>
        <translation>已封存（不再開設）</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>代碼(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>名稱(&amp;T)</translation>
    </message>
    <message>
        <source>C&amp;ategory</source>
        <translation>類別(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>學時(&amp;H)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Required for</source>
        <translation>適用崗位</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>說明(&amp;D)</translation>
    </message>
</context>
<context>
    <name>Courses</name>
    <message>
        <source>Service etiquette</source>
        <extracomment>The plans&apos; catalogue: code, category, hours, pass mark, months valid, posts, before duty.</extracomment>
        <translation>服務禮儀</translation>
    </message>
    <message>
        <source>Communication skills</source>
        <translation>溝通技巧</translation>
    </message>
    <message>
        <source>Product knowledge</source>
        <translation>產品知識</translation>
    </message>
    <message>
        <source>System operation</source>
        <translation>系統操作</translation>
    </message>
    <message>
        <source>Complaint handling</source>
        <translation>客訴處理</translation>
    </message>
    <message>
        <source>Emotion management</source>
        <translation>情緒管理</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>談判技巧</translation>
    </message>
    <message>
        <source>Data analysis</source>
        <translation>數據分析</translation>
    </message>
    <message>
        <source>Role-play drill</source>
        <translation>角色扮演演練</translation>
    </message>
    <message>
        <source>Recording review</source>
        <translation>錄音複盤</translation>
    </message>
    <message>
        <source>Quarterly communication assessment</source>
        <translation>季度溝通能力考核</translation>
    </message>
    <message>
        <source>Yearly refresher</source>
        <translation>年度複訓</translation>
    </message>
</context>
<context>
    <name>CoursesTab</name>
    <message>
        <source>&amp;New course</source>
        <translation>新增課程(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>刪除(&amp;D)</translation>
    </message>
    <message>
        <source>Only for a course with no sessions</source>
        <translation>僅限沒有培訓場次的課程</translation>
    </message>
    <message>
        <source>Show archived courses</source>
        <translation>顯示已封存課程</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>僅考勤</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>永久有效</translation>
    </message>
    <message numerus="yes">
        <source>{months} months</source>
        <translation>
            <numerusform>{months} 個月</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已封存</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代碼</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>學時</translation>
    </message>
    <message>
        <source>Pass mark</source>
        <translation>及格線</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Required for</source>
        <translation>適用崗位</translation>
    </message>
    <message>
        <source>Before duty</source>
        <translation>上崗前</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>場次</translation>
    </message>
    <message>
        <source>Delete course</source>
        <translation>刪除課程</translation>
    </message>
    <message>
        <source>Delete the course {title} ({code})?</source>
        <translation>刪除課程「{title}」（{code}）？</translation>
    </message>
</context>
<context>
    <name>Cover</name>
    <message>
        <source>Locked: {name} was away.</source>
        <extracomment>How often presence is looked at.</extracomment>
        <translation>已鎖定：{name} 離開了。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解鎖</translation>
    </message>
</context>
<context>
    <name>CoverageTab</name>
    <message>
        <source>Forecast…</source>
        <translation>預測…</translation>
    </message>
    <message>
        <source>No forecast yet: coverage compares the agents on the rota with the agents the expected contacts need. Fill in the forecast first (or take it from the last weeks&apos; conversations).</source>
        <translation>還沒有預測：覆蓋率是把排班上的客服人數與預計諮詢量所需的人數相比。請先填寫預測（或從最近幾週的對話記錄產生）。</translation>
    </message>
    <message>
        <source>Fill in the forecast…</source>
        <translation>填寫預測…</translation>
    </message>
    <message>
        <source>Staffing settings…</source>
        <translation>人力設定…</translation>
    </message>
    <message>
        <source>{day}: agents per hour against the forecast</source>
        <translation>{day}：每小時在崗人數與預測需求</translation>
    </message>
    <message>
        <source>({events}: contacts × {factor:g})</source>
        <translation>（{events}：諮詢量 × {factor:g}）</translation>
    </message>
    <message>
        <source>On the rota</source>
        <translation>排班在崗</translation>
    </message>
    <message>
        <source>To schedule (after shrinkage)</source>
        <translation>應排人數（含損耗）</translation>
    </message>
    <message>
        <source>Needed on the line (Erlang C)</source>
        <translation>線上所需（Erlang C）</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>不足</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>小時</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>人數</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>時段</translation>
    </message>
    <message>
        <source>Agents short (most)</source>
        <translation>最多缺少人數</translation>
    </message>
    <message>
        <source>{channel}: {aht:g} s a contact, {concurrency:g} at once, {target:.0%} within {within:g} s</source>
        <translation>{channel}：每次 {aht:g} 秒，同時 {concurrency:g} 個，{target:.0%} 在 {within:g} 秒內回應</translation>
    </message>
    <message numerus="yes">
        <source>{count} short stretches this week ({hours} agent-hours missing).</source>
        <translation>
            <numerusform>本週 {count} 個時段人手不足（共缺 {hours} 人·小時）。</numerusform>
        </translation>
    </message>
    <message>
        <source>shrinkage {shrinkage:.0%}, occupancy at most {occupancy:.0%}.</source>
        <translation>損耗 {shrinkage:.0%}，佔用率上限 {occupancy:.0%}。</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>csdesk could not save</source>
        <translation>csdesk 無法儲存</translation>
    </message>
    <message>
        <source>csdesk: unexpected error</source>
        <translation>csdesk：意外錯誤</translation>
    </message>
    <message>
        <source>Something went wrong inside csdesk. Your saved data is safe; the action that failed was not completed.</source>
        <translation>csdesk 內部出現問題。已儲存的資料是安全的；出錯的操作沒有完成。</translation>
    </message>
    <message>
        <source>Details were written to {path}</source>
        <translation>詳細資訊已寫入 {path}</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database {path} is damaged and was not opened.</source>
        <translation>資料庫 {path} 已損壞，未開啟。</translation>
    </message>
    <message>
        <source>{path} is not a database file; it was not changed.</source>
        <translation>{path} 不是資料庫檔案，未做任何變更。</translation>
    </message>
    <message>
        <source>{path} is empty: it holds no csdesk shop, so csdesk did not open it. To start a new shop there, delete the empty file first; to open your shop, choose its database file.</source>
        <translation>{path} 是空檔案：其中沒有 csdesk 店鋪，因此 csdesk 沒有開啟它。如要在此新建店鋪，請先刪除這個空檔案；如要開啟您的店鋪，請選擇它的資料庫檔案。</translation>
    </message>
    <message>
        <source>{path} is not a csdesk database; it was not changed.</source>
        <translation>{path} 不是 csdesk 資料庫，未做任何修改。</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of csdesk (schema {revision}). Install the newer csdesk to open it; the file was not changed.</source>
        <translation>{path} 由更新版本的 csdesk 寫入（資料結構 {revision}）。請安裝新版 csdesk 再開啟；檔案未做任何修改。</translation>
    </message>
    <message>
        <source>This works on a shop&apos;s file; the shop at {url} is on a server.</source>
        <translation>此操作只適用於店鋪檔案；{url} 上的店鋪在伺服器上。</translation>
    </message>
    <message>
        <source>Cannot create the folder {folder}: {reason}</source>
        <translation>無法建立資料夾 {folder}：{reason}</translation>
    </message>
    <message>
        <source>The database file is read-only: csdesk shows it but cannot save changes.</source>
        <translation>資料庫檔案為唯讀：csdesk 可以顯示，但無法儲存變更。</translation>
    </message>
    <message>
        <source>{path} was written by an older csdesk and must be updated, but it is read-only. Make it writable and open it again.</source>
        <translation>{path} 由舊版 csdesk 寫入，需要升級，但它是唯讀的。請設為可寫後再開啟。</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only. csdesk keeps its journal and lock files beside the database, so it needs to write there. Make the folder writable, or copy the database to a folder you can write to.</source>
        <translation>資料夾 {folder} 是唯讀的。csdesk 需要在資料庫旁邊寫入日誌和鎖定檔。請將該資料夾設為可寫，或把資料庫複製到可寫的資料夾。</translation>
    </message>
    <message>
        <source>Updating the database failed and was undone; the file is as it was.</source>
        <translation>資料庫升級失敗，已撤銷；檔案保持原樣。</translation>
    </message>
    <message>
        <source>The database is in a network or cloud-synced folder. SQLite files can be damaged there; keep it on this computer&apos;s own disk.</source>
        <translation>資料庫位於網路資料夾或雲同步資料夾中，SQLite 檔案在那裡可能損壞；請放在本機硬碟上。</translation>
    </message>
</context>
<context>
    <name>DayDialog</name>
    <message>
        <source>Holiday or make-up working day</source>
        <translation>假日或補班日</translation>
    </message>
    <message>
        <source>e.g. National Day</source>
        <translation>例如：國慶日</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>類型(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>備註(&amp;N)</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>This shop already has data; the demo needs an empty database.</source>
        <translation>此店鋪已有資料；示範需要空資料庫。</translation>
    </message>
    <message>
        <source>The demo needs at least one agent and one month.</source>
        <translation>示範至少需要一名客服和一個月。</translation>
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
        <translation>會話</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始時間</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>First response (s)</source>
        <translation>首次回應（秒）</translation>
    </message>
    <message>
        <source>Handling (s)</source>
        <translation>處理時長（秒）</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解決</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>首次解決</translation>
    </message>
    <message>
        <source>Rating (1-5)</source>
        <translation>評分（1-5）</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>已轉化</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>訂單金額</translation>
    </message>
    <message numerus="yes">
        <source>{count} conversations of the month, computed into this KPI.</source>
        <translation>
            <numerusform>本月 {count} 個會話計入此指標。</numerusform>
        </translation>
    </message>
    <message>
        <source>The first {shown} are listed.</source>
        <translation>列出前 {shown} 個。</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>品檢日期</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Critical failure</source>
        <translation>致命錯誤</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>評語</translation>
    </message>
    <message numerus="yes">
        <source>The QA score is the mean of the month&apos;s {count} reviews.</source>
        <translation>
            <numerusform>品檢得分為本月 {count} 次品檢的平均分。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分類</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先級</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Complaints received in the month that count against the agent: valid, and no appeal accepted. Change a verdict on the complaint&apos;s case file.</source>
        <translation>本月收到並計入該客服的客訴：判定有效且申訴未通過。如需改判，請在客訴檔案中修改。</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>表揚</translation>
    </message>
    <message>
        <source>Praise recorded for the month.</source>
        <translation>本月記錄的表揚。</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>課程</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Courses completed in the month, and required courses not current.</source>
        <translation>本月完成的課程，以及尚未有效的必修課程。</translation>
    </message>
    <message>
        <source>This figure is the platform&apos;s own, from the monthly summary imported on the Performance page.</source>
        <translation>該數字來自平台，取自績效資料頁匯入的月度彙總。</translation>
    </message>
    <message>
        <source>This figure was entered by hand on the Performance page (Teamwork and attendance).</source>
        <translation>該數字在績效資料頁手動輸入（團隊協作與出勤）。</translation>
    </message>
    <message>
        <source>This figure comes from the rota: days with a shift of the days due (sick, personal and other leave are absence; annual leave and days off are not due). A value entered on the Performance page would override it.</source>
        <translation>此數值來自排班：應出勤天數中實際上班的天數（病假、事假和其他假計為缺勤；年假和休息日不計入應出勤）。在「績效數據」頁手動輸入的數值會覆蓋它。</translation>
    </message>
    <message>
        <source>No records stand behind this figure.</source>
        <translation>該數字沒有對應的記錄。</translation>
    </message>
</context>
<context>
    <name>FindBox</name>
    <message>
        <source>Find… (Ctrl+K)</source>
        <extracomment>Typing pauses this long before the search runs.</extracomment>
        <translation>查詢…（Ctrl+K）</translation>
    </message>
    <message>
        <source>Find an agent by name, number or sub-account, a complaint by reference, order number or customer, an action by title</source>
        <translation>按姓名、工號或子帳號查詢客服，按編號、訂單號或客戶查詢客訴，按標題查詢改進措施</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>客訴</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Nothing found for “{text}”</source>
        <translation>沒有找到「{text}」</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow-up visit</source>
        <translation>回訪</translation>
    </message>
    <message>
        <source>The customer was reached</source>
        <translation>已聯絡到客戶</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>滿意度</translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation>客戶評價</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Why no visit was possible</source>
        <translation>無法回訪的原因</translation>
    </message>
</context>
<context>
    <name>ForecastDialog</name>
    <message>
        <source>Forecast</source>
        <translation>預測</translation>
    </message>
    <message>
        <source>Fill from history</source>
        <translation>依歷史填入</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>Average of the last</source>
        <translation>取最近</translation>
    </message>
    <message>
        <source>weeks of conversations</source>
        <translation>週對話的平均值</translation>
    </message>
    <message>
        <source>Contacts per hour on an ordinary day; paste from a spreadsheet with Ctrl+V.</source>
        <translation>平常日每小時諮詢量；可用 Ctrl+V 從表格貼上。</translation>
    </message>
    <message>
        <source>Sale event</source>
        <translation>大促活動</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>開始日期</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>結束日期</translation>
    </message>
    <message>
        <source>Contacts ×</source>
        <translation>諮詢量 ×</translation>
    </message>
    <message>
        <source>Add sale event</source>
        <translation>新增大促活動</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>On these days every hour&apos;s contacts are multiplied (618, 双11 …). Dates as 2026-11-11.</source>
        <translation>這些日子每小時的諮詢量乘以倍數（618、雙11 …）。日期格式如 2026-11-11。</translation>
    </message>
    <message>
        <source>Contacts per hour</source>
        <translation>每小時諮詢量</translation>
    </message>
    <message>
        <source>Sale events</source>
        <translation>大促活動</translation>
    </message>
    <message>
        <source>No conversations between {first} and {last}: nothing to average.</source>
        <translation>{first} 至 {last} 沒有對話記錄，無法取平均。</translation>
    </message>
    <message>
        <source>Filled with the average of {count} conversations on {days} days between {first} and {last}. Check it, then Save.</source>
        <translation>已依 {first} 至 {last} 間 {days} 天、{count} 筆對話的平均值填入。請檢查後儲存。</translation>
    </message>
    <message>
        <source>Sale event {row}: dates as 2026-11-11 and a number to multiply by.</source>
        <translation>大促活動第 {row} 列：日期格式如 2026-11-11，倍數須為數字。</translation>
    </message>
</context>
<context>
    <name>ForecastTable</name>
    <message>
        <source>{day} {hour:02d}:00: “{text}” is not a number of contacts</source>
        <translation>{day} {hour:02d}:00：「{text}」不是諮詢量數字</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>The form now shows their changes, with yours kept on top: check it and save again.</source>
        <translation>表單現在顯示對方的修改，並保留了你輸入的內容：請檢查後再次儲存。</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>Goal for {year}</source>
        <translation>{year} 年目標</translation>
    </message>
    <message>
        <source>92.5, or a change: -20% or +5pt</source>
        <translation>92.5，或變化幅度：-20% 或 +5pt</translation>
    </message>
    <message>
        <source>last year&apos;s figure</source>
        <translation>去年實際值</translation>
    </message>
    <message>
        <source>optional: Q1=92, Q2=93, 11=90</source>
        <translation>選填：Q1=92, Q2=93, 11=90</translation>
    </message>
    <message>
        <source>The path: targets on the way, per quarter (Q1-Q4, the quarter&apos;s last month) or month (1-12); a sale month may be allowed to be worse. Months between lie on a straight line; December&apos;s target is the year&apos;s.</source>
        <translation>路徑：途中的目標，按季度（Q1-Q4，即該季度最後一個月）或月份（1-12）填寫；大促月份可以放寬。其間的月份按直線推算；12 月的目標即全年目標。</translation>
    </message>
    <message>
        <source>&amp;KPI</source>
        <translation>指標(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Target</source>
        <translation>目標(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Baseline</source>
        <translation>基準(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Path</source>
        <translation>路徑(&amp;P)</translation>
    </message>
    <message>
        <source>Write the target as a number, or a change such as -20% or +5pt.</source>
        <translation>目標請寫數字，或變化幅度，如 -20% 或 +5pt。</translation>
    </message>
</context>
<context>
    <name>Goals</name>
    <message>
        <source>The target of {kpi} goes the wrong way from its baseline.</source>
        <translation>{kpi}的目標方向與基準相反。</translation>
    </message>
    <message>
        <source>Write a change as -20% (relative) or +5pt (points of a rate).</source>
        <translation>變化請寫作 -20%（相對）或 +5pt（比率的百分點）。</translation>
    </message>
    <message>
        <source>The path of {kpi} must end at its target.</source>
        <translation>{kpi}的逐月路徑必須以全年目標結束。</translation>
    </message>
    <message>
        <source>Write the path of {kpi} as quarters or months with their targets: Q1=92, Q2=93, 11=90.</source>
        <translation>{kpi}的路徑請按季度或月份寫出目標：Q1=92, Q2=93, 11=90。</translation>
    </message>
    <message>
        <source>A number of the goal of {kpi} is missing.</source>
        <translation>{kpi}目標中缺少數值。</translation>
    </message>
    <message>
        <source>{kpi} is not a KPI csdesk knows.</source>
        <translation>{kpi} 不是 csdesk 認識的指標。</translation>
    </message>
    <message>
        <source>Give either a target or a change, not both.</source>
        <translation>請給出目標值或變化幅度之一，不要同時給出。</translation>
    </message>
    <message>
        <source>csdesk has no figure of {kpi} for {year}: give the baseline.</source>
        <translation>csdesk 沒有 {year} 年的{kpi}數據：請給出基準值。</translation>
    </message>
    <message>
        <source>No goal was set.</source>
        <translation>未設定任何目標。</translation>
    </message>
    <message>
        <source>The plans&apos; goal: {change} on {year}.</source>
        <extracomment>The plans&apos; goals: (KPI, change from last year&apos;s figure).</extracomment>
        <translation>方案目標：在 {year} 年基礎上 {change}。</translation>
    </message>
    <message>
        <source>The plans&apos; goal: {change}; csdesk has no figure for {year}.</source>
        <translation>方案目標：{change}；csdesk 沒有 {year} 年的資料。</translation>
    </message>
    <message>
        <source>No figure for {year}: type the baseline.</source>
        <translation>沒有 {year} 年的資料：請填寫基線。</translation>
    </message>
    <message>
        <source>Met in {year}: the same step again from its actual.</source>
        <translation>{year} 年已達成：從實際值出發再進一步，幅度相同。</translation>
    </message>
    <message>
        <source>Missed in {year}: the same target again.</source>
        <translation>{year} 年未達成：沿用同一目標。</translation>
    </message>
    <message>
        <source>met</source>
        <translation>達成</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>有風險</translation>
    </message>
    <message>
        <source>off track</source>
        <translation>偏離</translation>
    </message>
    <message>
        <source>Complaint rate (‰)</source>
        <translation>投訴率（‰）</translation>
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
        <translation>匯入店鋪訂單</translation>
    </message>
    <message>
        <source>Choose the back office&apos;s paid-orders export (生意参谋, 抖店, 京东商智), per day or per month, CSV or Excel (统计日期, 支付子订单数 …). The complaint rate is then counted per 1,000 paid orders. A day already imported is updated, not added twice.</source>
        <translation>請選擇後台匯出的支付訂單資料（生意参谋、抖店、京东商智），按日或按月，CSV 或 Excel（统计日期、支付子订单数 …）。匯入後投訴率按每千筆支付訂單計算。已匯入的日期會被更新，不會重複計入。</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>年度(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;New goal…</source>
        <translation>新增目標(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Remove goal</source>
        <translation>刪除目標(&amp;R)</translation>
    </message>
    <message>
        <source>Import &amp;orders…</source>
        <translation>匯入訂單(&amp;O)…</translation>
    </message>
    <message>
        <source>The shop&apos;s paid orders, which the complaint rate is divided by</source>
        <translation>店鋪的支付訂單數，投訴率以此為分母</translation>
    </message>
    <message>
        <source>No goals for {year} yet. The plans&apos; goals: satisfaction up 15 %, complaint rate down 20 %, turnover down 30 %.</source>
        <translation>{year} 年尚未設定目標。方案中的目標：滿意度提升 15%，投訴率降低 20%，流失率降低 30%。</translation>
    </message>
    <message>
        <source>Propose goals…</source>
        <translation>建議目標…</translation>
    </message>
    <message>
        <source>New goal…</source>
        <translation>新增目標…</translation>
    </message>
    <message>
        <source>&amp;Propose goals…</source>
        <translation>建議目標(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Action…</source>
        <translation>改進措施(&amp;A)…</translation>
    </message>
    <message>
        <source>An improvement action for the selected goal, checked next month</source>
        <translation>為所選目標制定改進措施，下月檢查效果</translation>
    </message>
    <message>
        <source>Goals for the year shown: from last year&apos;s goals and figures, or the plans&apos; three goals</source>
        <translation>為所顯示年份建議目標：依據去年的目標和資料，或方案中的三項目標</translation>
    </message>
    <message>
        <source>&amp;Team report…</source>
        <translation>團隊月報(&amp;T)…</translation>
    </message>
    <message>
        <source>The month&apos;s one-page report for the owner</source>
        <translation>給店主的當月一頁報告</translation>
    </message>
    <message>
        <source>Year &amp;summary…</source>
        <translation>年終總結(&amp;S)…</translation>
    </message>
    <message>
        <source>The year-end summary of the year shown: figures, goals, next year&apos;s goals</source>
        <translation>所顯示年份的年終總結：指標、目標及明年的目標</translation>
    </message>
    <message>
        <source>Training &amp;budget…</source>
        <translation>培訓預算(&amp;B)…</translation>
    </message>
    <message>
        <source>Each month: the team&apos;s actual, green when the month&apos;s target is met, pale green on track, amber at risk, red off track; the tooltip gives the target. Turnover: the twelve months to each month. Double-click a goal to change it.</source>
        <translation>每月顯示團隊實際值：達成當月目標為綠色，進度正常為淺綠，有風險為琥珀色，偏離為紅色；滑鼠提示顯示當月目標。流失率：截至該月的十二個月。雙擊目標可修改。</translation>
    </message>
    <message>
        <source>Target {target}</source>
        <translation>目標 {target}</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>無資料</translation>
    </message>
    <message>
        <source>running</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基準</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Target path</source>
        <translation>目標路徑</translation>
    </message>
    <message>
        <source>Remove goal</source>
        <translation>刪除目標</translation>
    </message>
    <message>
        <source>Remove the goal for {kpi}?</source>
        <translation>刪除{kpi}的目標嗎？</translation>
    </message>
</context>
<context>
    <name>HandlingForm</name>
    <message>
        <source>&amp;Save handling</source>
        <translation>儲存處理記錄(&amp;S)</translation>
    </message>
    <message>
        <source>Immediate action</source>
        <translation>即時處理</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>補償</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>矯正措施</translation>
    </message>
    <message>
        <source>Effectiveness checked on</source>
        <translation>有效性驗證日期</translation>
    </message>
    <message>
        <source>Effectiveness check result</source>
        <translation>有效性驗證結果</translation>
    </message>
    <message>
        <source>(not known yet)</source>
        <translation>（尚未查明）</translation>
    </message>
    <message>
        <source>required to close a quality complaint</source>
        <translation>品質客訴關閉前必填</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of {record}</source>
        <translation>{record} 的變更歷史</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>變更歷史(&amp;H)…</translation>
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
        <translation>新增日期(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>刪除(&amp;R)</translation>
    </message>
    <message>
        <source>Fill in &amp;mainland China&apos;s holidays</source>
        <translation>填入中國大陸假日(&amp;M)</translation>
    </message>
    <message>
        <source>Public holidays and make-up working days as the State Council announced</source>
        <translation>依國務院公布的法定假日和補班日</translation>
    </message>
    <message>
        <source>&amp;Clear the year…</source>
        <translation>清空本年(&amp;C)…</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation>國定假日</translation>
    </message>
    <message>
        <source>Make-up working day</source>
        <translation>補班日</translation>
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
        <translation>類型</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>{holidays} holidays, {workdays} make-up working days</source>
        <translation>{holidays} 天假日，{workdays} 天補班</translation>
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
            <numerusform>刪除 {year} 年的全部 {count} 天？計時將把它們當作一般日子。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HoursTab</name>
    <message>
        <source>Whole year (per agent)</source>
        <translation>全年（依客服）</translation>
    </message>
    <message>
        <source>Sessions: {sessions}  ·  attendee hours: {hours}  ·  cost: {cost}</source>
        <translation>場次：{sessions}  ·  學員學時合計：{hours}  ·  費用：{cost}</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>工號</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>場次</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>學時</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>費用</translation>
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
        <translation>「{pair}」不是「來源欄=欄位」的形式。</translation>
    </message>
    <message>
        <source>--map: &quot;{field}&quot; is not a field of this import.</source>
        <extracomment>An override target that means &quot;ignore this column&quot;. A unit after a header that does not change what the column holds: &quot;首次响应时长(秒)&quot;, &quot;满意率(%)&quot;, &quot;销售额（元）&quot;. Units that do (minutes, hours) are not dropped. Units after a header that do change what a bare number means, as seconds per unit. (field key, its label function) -&gt; its folded names in every shipped language.</extracomment>
        <translation>--map：「{field}」不是此匯入的欄位。</translation>
    </message>
    <message>
        <source>--map: the file has no column &quot;{column}&quot;.</source>
        <translation>--map：檔案中沒有「{column}」欄。</translation>
    </message>
    <message>
        <source>Columns &quot;{first}&quot; and &quot;{second}&quot; both mean {field}.</source>
        <translation>「{first}」欄和「{second}」欄都表示{field}。</translation>
    </message>
    <message>
        <source>The file has no column for &quot;{field}&quot; ({key}).</source>
        <translation>檔案中沒有「{field}」（{key}）欄。</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not platform|shop|account|from|to.</source>
        <translation>「{value}」不是「平台|店鋪|帳號|起|止」的形式。</translation>
    </message>
    <message>
        <source>post</source>
        <translation>崗位</translation>
    </message>
    <message>
        <source>level</source>
        <translation>級別</translation>
    </message>
    <message>
        <source>{value} is not a satisfaction from 1 to 5.</source>
        <translation>{value} 不是 1 到 5 的滿意度。</translation>
    </message>
    <message>
        <source>{value} is not an amount of money.</source>
        <translation>{value} 不是金額。</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>優先級</translation>
    </message>
    <message>
        <source>source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>指標</translation>
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
        <translation>來源</translation>
    </message>
    <message>
        <source>Source reference</source>
        <translation>關聯</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>創建日期</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>預期效果</translation>
    </message>
    <message>
        <source>KPI target</source>
        <translation>目標值</translation>
    </message>
    <message>
        <source>Month to check</source>
        <translation>檢查月份</translation>
    </message>
    <message>
        <source>compensation</source>
        <translation>補償方式</translation>
    </message>
    <message>
        <source>{field} is empty.</source>
        <extracomment>The order the steps&apos; times must follow.</extracomment>
        <translation>{field}為空。</translation>
    </message>
    <message>
        <source>Give the customer, their contact or the order number.</source>
        <translation>請填寫客戶、聯絡方式或訂單編號。</translation>
    </message>
    <message>
        <source>A subcategory needs its category.</source>
        <translation>填寫子類別時須同時填寫類別。</translation>
    </message>
    <message>
        <source>{later} is before {earlier}.</source>
        <translation>{later}早於{earlier}。</translation>
    </message>
    <message>
        <source>The same complaint is also on line {line}.</source>
        <translation>同一客訴也出現在第 {line} 列。</translation>
    </message>
    <message>
        <source>Employee number {no} is also on line {line}.</source>
        <translation>員工編號 {no} 在第 {line} 列也出現了。</translation>
    </message>
    <message>
        <source>Line {line}: the file is neither UTF-8 nor GBK/GB18030 text. Save it from Excel as &quot;CSV UTF-8&quot; and import it again.</source>
        <extracomment>The longest cell a CSV may hold (characters); longer ones are refused by line. Limits on what an XLSX may unpack to: a few hundred MB and a sane sheet size, so a &quot;zip bomb&quot; is refused before it is read. Cells csdesk&apos;s exports prefixed with a quote so spreadsheets show them as text.</extracomment>
        <translation>第 {line} 列：檔案既不是 UTF-8 也不是 GBK/GB18030 文字。請在 Excel 中另存為「CSV UTF-8」後重新匯入。</translation>
    </message>
    <message>
        <source>Line {line}: a cell is longer than {limit} characters, or a quote is not closed ({reason}).</source>
        <translation>第 {line} 行：有儲存格超過 {limit} 個字元，或引號沒有閉合（{reason}）。</translation>
    </message>
    <message>
        <source>{file} unpacks to {size} MB, more than csdesk reads ({limit} MB). Split it into smaller files.</source>
        <translation>{file} 解壓後有 {size} MB，超過 csdesk 可讀取的大小（{limit} MB）。請拆分成較小的檔案。</translation>
    </message>
    <message>
        <source>{file} has more than {limit} {what}; split it into smaller files.</source>
        <translation>{file} 超過 {limit} {what}，請拆分成較小的檔案。</translation>
    </message>
    <message>
        <source>columns</source>
        <translation>欄</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>列</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}</source>
        <translation>無法讀取 {path}：{reason}</translation>
    </message>
    <message>
        <source>{file} is not a readable Excel workbook: {reason}</source>
        <translation>{file} 不是可讀取的 Excel 工作簿：{reason}</translation>
    </message>
    <message>
        <source>No file at {path}.</source>
        <extracomment>A distinct-cell cache stops growing past this; the column is then parsed cell by cell.</extracomment>
        <translation>{path} 處沒有檔案。</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file: choose the file to import.</source>
        <translation>{path} 是資料夾而不是檔案：請選擇要匯入的檔案。</translation>
    </message>
    <message>
        <source>{file} is empty.</source>
        <translation>{file} 是空的。</translation>
    </message>
    <message>
        <source>A cell is longer than {limit} characters, or a quote is not closed ({reason}).</source>
        <translation>有儲存格超過 {limit} 個字元，或引號沒有閉合（{reason}）。</translation>
    </message>
    <message>
        <source>{file} has more than {limit} columns; split it into smaller files.</source>
        <translation>{file} 超過 {limit} 欄，請拆分成較小的檔案。</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a date.</source>
        <extracomment>Excel&apos;s &quot;zero&quot; dates, which exports use for an empty date cell. MySQL-style zero dates that some exports write for &quot;no date&quot;, with or without a time. The span of dates any import accepts: older or later ones are typing errors.</extracomment>
        <translation>「{value}」不是日期。</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a known {what}.</source>
        <translation>「{value}」不是已知的{what}。</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a number.</source>
        <translation>「{value}」不是數字。</translation>
    </message>
    <message>
        <source>Checked, nothing written (dry run).</source>
        <translation>已檢查，未寫入（試執行）。</translation>
    </message>
    <message>
        <source>Import complete.</source>
        <translation>匯入完成。</translation>
    </message>
    <message>
        <source>Rows: {rows}; new: {created}; updated: {updated}; unchanged: {unchanged}.</source>
        <translation>列數：{rows}；新增：{created}；更新：{updated}；未變：{unchanged}。</translation>
    </message>
    <message>
        <source>Ignored columns: {columns}</source>
        <translation>忽略的欄：{columns}</translation>
    </message>
    <message>
        <source>Converted to seconds from the unit in the header: {columns}</source>
        <translation>已按表頭中的單位換算為秒：{columns}</translation>
    </message>
    <message>
        <source>Line {line}: {reason}</source>
        <extracomment>The most bad lines an import lists; a file that is wrong everywhere needs one fix.</extracomment>
        <translation>第 {line} 列：{reason}</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未匯入任何資料。</translation>
    </message>
    <message numerus="yes">
        <source>… and {count} more problems.</source>
        <translation>
            <numerusform>……另有 {count} 個問題。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled; nothing written.</source>
        <translation>匯入已取消，未寫入任何資料。</translation>
    </message>
    <message>
        <source>Left out {rows} rows of {count} unknown accounts: {names}</source>
        <translation>已略過 {count} 個未知帳號的 {rows} 列：{names}</translation>
    </message>
    <message>
        <source>{field} is missing.</source>
        <translation>缺少{field}。</translation>
    </message>
    <message>
        <source>Owned by a name outside the staff directory: {names}.</source>
        <translation>負責人不在員工名單中（按姓名保存）：{names}。</translation>
    </message>
    <message>
        <source>The conversation ID is longer than 100 characters.</source>
        <translation>會話ID超過 100 個字元。</translation>
    </message>
    <message numerus="yes">
        <source>… and {count} more bad lines.</source>
        <translation>
            <numerusform>……另有 {count} 列有問題。</numerusform>
        </translation>
    </message>
    <message>
        <source>Accounts that match no agent (add them as the agents&apos; platform accounts, or import with --skip-unknown):</source>
        <translation>以下帳號對應不到任何客服（請把它們新增為客服的平台帳號，或使用 --skip-unknown 匯入）：</translation>
    </message>
    <message numerus="yes">
        <source>{account}: {rows} rows, first on line {line}</source>
        <translation>
            <numerusform>{account}：{rows} 列，首次出現在第 {line} 列</numerusform>
        </translation>
    </message>
    <message>
        <source>A new agent needs: {fields}.</source>
        <translation>新客服需要填寫：{fields}。</translation>
    </message>
    <message>
        <source>{value} is not a score from 0 to 100.</source>
        <translation>{value} 不是 0 到 100 之間的成績。</translation>
    </message>
    <message>
        <source>{value} is not a number of hours.</source>
        <translation>{value} 不是有效的學時數。</translation>
    </message>
    <message>
        <source>the date is empty.</source>
        <translation>日期為空。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>培訓形式</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>出勤情況</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>是或否</translation>
    </message>
    <message>
        <source>leave</source>
        <translation>假別</translation>
    </message>
    <message>
        <source>Give the employee number or the name.</source>
        <translation>請填寫工號或姓名。</translation>
    </message>
    <message>
        <source>The same agent and day are also on line {line}.</source>
        <translation>同一客服同一天也出現在第 {line} 列。</translation>
    </message>
    <message>
        <source>The same agent, course and day are also on line {line}.</source>
        <translation>同一客服、課程和日期也出現在第 {line} 列。</translation>
    </message>
    <message>
        <source>Employee number {no} is not in the staff directory.</source>
        <translation>工號 {no} 不在員工名冊中。</translation>
    </message>
    <message>
        <source>Employee number {no} is {name}, not {other}.</source>
        <translation>工號 {no} 是{name}，不是{other}。</translation>
    </message>
    <message>
        <source>{name} is not in the staff directory.</source>
        <translation>{name}不在員工名冊中。</translation>
    </message>
    <message>
        <source>{count} agents are named {name}: give the employee number.</source>
        <translation>有 {count} 名客服叫{name}：請填寫工號。</translation>
    </message>
    <message>
        <source>{name} is not an employee number, name or sub-account of an agent.</source>
        <extracomment>The case-file fields an import line may bring, and the complaint column of each. Each step time of a line, and the status it records on the timeline.</extracomment>
        <translation>{name} 不是任何客服的工號、姓名或子帳號。</translation>
    </message>
    <message>
        <source>New categories added: {names}</source>
        <translation>已新增類別：{names}</translation>
    </message>
    <message>
        <source>New root causes added: {names}</source>
        <translation>已新增根本原因：{names}</translation>
    </message>
    <message>
        <source>Channels kept as written: {names}</source>
        <translation>按原樣保留的管道：{names}</translation>
    </message>
    <message>
        <source>{count} resolved or closed complaints had no resolution time; the closing time (or the last time given) was taken.</source>
        <translation>{count} 件已解決或已關閉的客訴沒有解決時間，已採用關閉時間（或最後給出的時間）。</translation>
    </message>
    <message>
        <source>New courses added to the catalogue (check their category and pass mark): {courses}</source>
        <translation>已將新課程加入課程目錄（請核對類別和及格線）：{courses}</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not yes or no.</source>
        <translation>「{value}」不是「是」或「否」。</translation>
    </message>
    <message>
        <source>seconds, &quot;mm:ss&quot;, &quot;h:mm:ss&quot;, &quot;1分20秒&quot;, &quot;80s&quot;</source>
        <translation>秒數、「分:秒」、「時:分:秒」、「1分20秒」、「80s」</translation>
    </message>
    <message>
        <source>是/否, Y/N, true/false, 1/0</source>
        <translation>是/否、Y/N、true/false、1/0</translation>
    </message>
    <message>
        <source>Conversation ID</source>
        <translation>會話ID</translation>
    </message>
    <message>
        <source>Agent account</source>
        <translation>客服帳號</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>諮詢類型</translation>
    </message>
    <message>
        <source>Started at</source>
        <translation>開始時間</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>開始日期</translation>
    </message>
    <message>
        <source>Start time of day</source>
        <translation>開始時刻</translation>
    </message>
    <message>
        <source>Ended at</source>
        <translation>結束時間</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>是否接起</translation>
    </message>
    <message>
        <source>Wait (seconds)</source>
        <translation>等待時長（秒）</translation>
    </message>
    <message>
        <source>First response (seconds)</source>
        <translation>首次回應時長（秒）</translation>
    </message>
    <message>
        <source>Average response (seconds)</source>
        <translation>平均回應時長（秒）</translation>
    </message>
    <message>
        <source>Handling time (seconds)</source>
        <translation>處理時長（秒）</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>是否解決</translation>
    </message>
    <message>
        <source>Resolved at first contact</source>
        <translation>是否首次解決</translation>
    </message>
    <message>
        <source>Satisfaction (1-5)</source>
        <translation>滿意度（1-5）</translation>
    </message>
    <message>
        <source>1-5, or satisfied / neutral / unsatisfied</source>
        <translation>1-5，或 滿意/一般/不滿意</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>是否轉化</translation>
    </message>
    <message>
        <source>Order amount</source>
        <translation>訂單金額</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a duration.</source>
        <extracomment>A moment to the second; the import adds the microseconds SQLAlchemy stores.</extracomment>
        <translation>「{value}」不是時長。</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a rate.</source>
        <translation>「{value}」不是比率。</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a rate between 0 and 100 %.</source>
        <translation>「{value}」不是 0 到 100% 之間的比率。</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a rating from 1 to 5.</source>
        <translation>「{value}」不是 1 到 5 的評分。</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not an amount of money.</source>
        <translation>「{value}」不是金額。</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a date and time.</source>
        <translation>「{value}」不是日期時間。</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a date between 1900 and 2100.</source>
        <translation>「{value}」不是 1900 至 2100 年之間的日期。</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a time of day.</source>
        <translation>「{value}」不是時刻。</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a day or a month.</source>
        <extracomment>Account cells that mark a shop-level row (folded).</extracomment>
        <translation>「{value}」不是日期或月份。</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a count.</source>
        <translation>「{value}」不是計數。</translation>
    </message>
    <message>
        <source>Shop</source>
        <extracomment>Headers of the paid-orders count, the one to use first.</extracomment>
        <translation>店鋪</translation>
    </message>
    <message>
        <source>Day or month</source>
        <translation>日期或月份</translation>
    </message>
    <message>
        <source>Paid orders</source>
        <translation>支付訂單數</translation>
    </message>
    <message>
        <source>Paying buyers</source>
        <translation>支付買家數</translation>
    </message>
    <message>
        <source>Paid amount</source>
        <translation>支付金額</translation>
    </message>
    <message>
        <source>Inquiries</source>
        <translation>諮詢人數</translation>
    </message>
    <message>
        <source>Customers served</source>
        <translation>接待人數</translation>
    </message>
    <message>
        <source>Pre-sale inquiries</source>
        <translation>詢單人數</translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>付款人數</translation>
    </message>
    <message>
        <source>Sales amount</source>
        <translation>銷售額</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>詢單轉化率</translation>
    </message>
    <message>
        <source>Reply rate</source>
        <translation>回覆率</translation>
    </message>
    <message>
        <source>3-minute reply rate</source>
        <translation>3分鐘回覆率</translation>
    </message>
    <message>
        <source>Satisfaction rate</source>
        <translation>客戶滿意率</translation>
    </message>
    <message>
        <source>Good reviews</source>
        <translation>好評數</translation>
    </message>
    <message>
        <source>Bad reviews</source>
        <translation>差評數</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>退款數</translation>
    </message>
    <message>
        <source>The agent account is missing.</source>
        <extracomment>Stored columns and the import field that fills each.</extracomment>
        <translation>缺少客服帳號。</translation>
    </message>
    <message>
        <source>The account {account} matches no agent.</source>
        <translation>帳號 {account} 對應不到任何客服。</translation>
    </message>
    <message>
        <source>Skipped {count} shop-level rows (totals, averages).</source>
        <translation>已略過 {count} 列店鋪匯總列（匯總值、平均值）。</translation>
    </message>
    <message>
        <source>No day or month: the file needs a date column, or give the period (--period YYYY-MM).</source>
        <translation>沒有日期或月份：檔案需要有日期欄，或指定期間（--period YYYY-MM）。</translation>
    </message>
    <message>
        <source>Give the column map a name.</source>
        <extracomment>The fields of each import kind a map can name.</extracomment>
        <translation>請為欄對應方案命名。</translation>
    </message>
    <message>
        <source>A column map&apos;s name has at most {count} characters.</source>
        <translation>欄對應方案的名稱最多 {count} 個字元。</translation>
    </message>
    <message>
        <source>The column map names no column.</source>
        <translation>欄對應方案中沒有任何欄。</translation>
    </message>
    <message>
        <source>&quot;{field}&quot; is not a field of this import ({column}).</source>
        <translation>「{field}」不是此匯入的欄位（{column}）。</translation>
    </message>
    <message>
        <source>The column map was not saved.</source>
        <translation>欄對應方案未儲存。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>There is no saved column map &quot;{name}&quot; for {kind}.</source>
        <translation>{kind} 沒有名為「{name}」的欄對應方案。</translation>
    </message>
    <message>
        <source>Saved column maps: {names}</source>
        <translation>已儲存的欄對應方案：{names}</translation>
    </message>
    <message>
        <source>Unknown import: {kind}.</source>
        <translation>未知的匯入類型：{kind}。</translation>
    </message>
    <message>
        <source>One day can have one kind of leave.</source>
        <translation>一天只能有一種假。</translation>
    </message>
    <message>
        <source>This period is already on line {line}.</source>
        <translation>該日期（期間）已在第 {line} 行出現。</translation>
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
        <translation>建議</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>領域</translation>
    </message>
    <message>
        <source>Reason or decision</source>
        <translation>原因或決定</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>獎勵</translation>
    </message>
    <message>
        <source>Month the reward is paid</source>
        <translation>獎勵月份</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>積分</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import staff</source>
        <translation>匯入員工</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>選擇檔案(&amp;C)…</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>欄位對應</translation>
    </message>
    <message>
        <source>Choose a CSV or Excel file. Headers in English or Chinese are recognised (工号, 姓名, 岗位 …). The file is checked first; nothing is written until you press Import.</source>
        <translation>請選擇 CSV 或 Excel 檔案。可識別中文或英文表頭（員工編號、姓名、崗位…）。檔案會先經過檢查；按下「匯入」之前不會寫入任何資料。</translation>
    </message>
    <message>
        <source>Employee number</source>
        <translation>工號</translation>
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
        <translation>匯入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Link accounts…</source>
        <translation>關聯帳號(&amp;L)…</translation>
    </message>
    <message>
        <source>Give the unknown accounts to agents, then check again</source>
        <translation>把未知帳號關聯給客服，然後重新檢查</translation>
    </message>
    <message>
        <source>An empty cell never erases what is on file; re-importing a file adds nothing twice.</source>
        <translation>空白儲存格不會清除已有資料；重複匯入同一檔案不會重複新增。</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>表格 (*.csv *.xlsx *.txt);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>（忽略）</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在檢查…</translation>
    </message>
    <message>
        <source>The import failed; nothing was imported.</source>
        <translation>匯入失敗，未匯入任何內容。</translation>
    </message>
</context>
<context>
    <name>KPI</name>
    <message>
        <source>{value} is outside {low:g}-{high:g}.</source>
        <extracomment>The KPIs entered by hand, and the values each accepts.</extracomment>
        <translation>{value} 超出 {low:g}-{high:g} 的範圍。</translation>
    </message>
</context>
<context>
    <name>KpiTrendDialog</name>
    <message>
        <source>{name}: twelve months</source>
        <translation>{name}：近十二個月</translation>
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
        <translation>團隊平均</translation>
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
        <translation>售後</translation>
    </message>
    <message>
        <source>Complaint handling</source>
        <translation>投訴處理</translation>
    </message>
    <message>
        <source>Technical support</source>
        <translation>技術支援</translation>
    </message>
    <message>
        <source>Junior</source>
        <translation>初級</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>中級</translation>
    </message>
    <message>
        <source>Senior</source>
        <translation>資深</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>入職中</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在職</translation>
    </message>
    <message>
        <source>On leave</source>
        <translation>休假</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>離職</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>線上</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>郵件</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>社交媒體</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>視訊</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>基礎</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>進階</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>演練</translation>
    </message>
    <message>
        <source>Refresher</source>
        <translation>複訓</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>考核</translation>
    </message>
    <message>
        <source>External certificate</source>
        <translation>外部證書</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>線上</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>線下</translation>
    </message>
    <message>
        <source>Role play</source>
        <translation>角色扮演</translation>
    </message>
    <message>
        <source>Recording review</source>
        <translation>錄音複盤</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未記錄</translation>
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
        <translation>請假</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>即將到期</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已過期</translation>
    </message>
    <message>
        <source>Not trained</source>
        <translation>未培訓</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>緊急</translation>
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
        <translation>已解決</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已關閉</translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation>等待客戶</translation>
    </message>
    <message>
        <source>Waiting for courier / warehouse</source>
        <translation>等待快遞 / 倉庫</translation>
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
        <translation>解決</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Wait for customer</source>
        <translation>等待客戶</translation>
    </message>
    <message>
        <source>Wait for courier</source>
        <translation>等待快遞</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>繼續處理</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新開啟</translation>
    </message>
    <message>
        <source>Not escalated</source>
        <translation>未升級</translation>
    </message>
    <message>
        <source>Senior agent</source>
        <translation>資深客服</translation>
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
        <translation>平台糾紛</translation>
    </message>
    <message>
        <source>None</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>優惠券</translation>
    </message>
    <message>
        <source>Re-ship</source>
        <translation>補發</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>換貨</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>贈品</translation>
    </message>
    <message>
        <source>Appeal pending</source>
        <translation>申訴待裁定</translation>
    </message>
    <message>
        <source>Appeal accepted</source>
        <translation>申訴成立</translation>
    </message>
    <message>
        <source>Appeal rejected</source>
        <translation>申訴駁回</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>訊息</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>升級</translation>
    </message>
    <message>
        <source>Follow-up visit</source>
        <translation>回訪</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>有效性</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>申訴</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>變更</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>首次回應</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>提出方案</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解決</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>準時</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>逾時</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>計時中</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即將到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾時</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暫停</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通過</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>未通過</translation>
    </message>
    <message>
        <source>Satisfaction rate</source>
        <translation>滿意率</translation>
    </message>
    <message>
        <source>Average first response</source>
        <translation>平均首次回應時長</translation>
    </message>
    <message>
        <source>Average response time</source>
        <translation>平均回應時長</translation>
    </message>
    <message>
        <source>3-minute reply rate</source>
        <translation>3分鐘回覆率</translation>
    </message>
    <message>
        <source>Answer rate</source>
        <translation>接通率</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>服務水準</translation>
    </message>
    <message>
        <source>Average wait</source>
        <translation>平均等待時長</translation>
    </message>
    <message>
        <source>Average handling time</source>
        <translation>平均處理時長</translation>
    </message>
    <message>
        <source>Resolution rate</source>
        <translation>解決率</translation>
    </message>
    <message>
        <source>First-contact resolution rate</source>
        <translation>首次解決率</translation>
    </message>
    <message>
        <source>Inquiry conversion rate</source>
        <translation>詢單轉化率</translation>
    </message>
    <message>
        <source>Sales amount</source>
        <translation>銷售額</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>客單價</translation>
    </message>
    <message>
        <source>Reply rate</source>
        <translation>回覆率</translation>
    </message>
    <message>
        <source>QA score</source>
        <translation>品檢得分</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>表揚</translation>
    </message>
    <message>
        <source>Valid complaints</source>
        <translation>有效客訴</translation>
    </message>
    <message>
        <source>Training completion</source>
        <translation>培訓完成率</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation>出勤率</translation>
    </message>
    <message>
        <source>Teamwork</source>
        <translation>團隊協作</translation>
    </message>
    <message>
        <source>Complaint rate (‰, per 1,000 orders or contacts)</source>
        <translation>投訴率（‰，每千單或每千次諮詢）</translation>
    </message>
    <message>
        <source>Turnover rate</source>
        <translation>流失率</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>人數</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>諮詢量</translation>
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
        <translation>有效緊急客訴</translation>
    </message>
    <message>
        <source>Critical QA failure</source>
        <translation>品檢致命錯誤</translation>
    </message>
    <message>
        <source>Not prepared</source>
        <translation>未產生</translation>
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
        <translation>其餘 {points}</translation>
    </message>
    <message>
        <source>Graded</source>
        <translation>已評定</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>Not cleared</source>
        <translation>未獲上崗資格</translation>
    </message>
    <message>
        <source>Not enough data</source>
        <translation>數據不足</translation>
    </message>
    <message>
        <source>The month is still running: the figures so far, graded after it ends.</source>
        <translation>本月尚未結束：顯示截至目前的數據，月份結束後評定。</translation>
    </message>
    <message>
        <source>Still onboarding: not graded this month.</source>
        <translation>仍在到職培訓期：本月不評定。</translation>
    </message>
    <message>
        <source>Still onboarding and not cleared for duty (before-duty training missing): not graded this month.</source>
        <translation>仍在到職培訓期且未獲上崗資格（缺少上崗前培訓）：本月不評定。</translation>
    </message>
    <message>
        <source>Not enough data to grade: {share} of the scorecard&apos;s weight has data{needed}. Missing: {kpis}.</source>
        <translation>數據不足，無法評定：考核表中有數據的指標佔權重 {share}{needed}。缺少：{kpis}。</translation>
    </message>
    <message>
        <source> ({needed} needed)</source>
        <translation>（需達到 {needed}）</translation>
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
        <translation>重複排班</translation>
    </message>
    <message>
        <source>Short rest</source>
        <translation>休息不足</translation>
    </message>
    <message>
        <source>Long day</source>
        <translation>單日超時</translation>
    </message>
    <message>
        <source>Long week</source>
        <translation>單週超時</translation>
    </message>
    <message>
        <source>Too many days in a row</source>
        <translation>連續上班過多</translation>
    </message>
    <message>
        <source>Not employed</source>
        <translation>不在職</translation>
    </message>
    <message>
        <source>Not cleared for duty</source>
        <translation>未獲准上崗</translation>
    </message>
    <message>
        <source>Two shifts overlap by {value:g} h.</source>
        <translation>兩個班次重疊 {value:g} 小時。</translation>
    </message>
    <message>
        <source>Rest {value:g} h before this shift (at least {limit:g} h).</source>
        <translation>本班前僅休息 {value:g} 小時（至少 {limit:g} 小時）。</translation>
    </message>
    <message>
        <source>{value:g} h in the day (at most {limit:g} h).</source>
        <translation>當天 {value:g} 小時（最多 {limit:g} 小時）。</translation>
    </message>
    <message>
        <source>{value:g} h in the week so far (at most {limit:g} h).</source>
        <translation>本週累計 {value:g} 小時（最多 {limit:g} 小時）。</translation>
    </message>
    <message>
        <source>Day {value:g} in a row (at most {limit:g}).</source>
        <translation>連續第 {value:g} 天（最多 {limit:g} 天）。</translation>
    </message>
    <message>
        <source>A shift on a day of leave.</source>
        <translation>請假當天排了班。</translation>
    </message>
    <message>
        <source>A shift before hiring or after the last working day.</source>
        <translation>到職前或最後工作日之後排了班。</translation>
    </message>
    <message>
        <source>Required before-duty training is not passed.</source>
        <translation>上崗前必修培訓尚未通過。</translation>
    </message>
    <message>
        <source>{year}-W{number}</source>
        <translation>{year}年第{number}週</translation>
    </message>
</context>
<context>
    <name>LineEditor</name>
    <message>
        <source>Selected line</source>
        <extracomment>Unit -&gt; (decimals, largest value, factor from the stored value to the shown one).</extracomment>
        <translation>所選指標</translation>
    </message>
    <message>
        <source>&amp;KPI</source>
        <translation>指標(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Weight</source>
        <translation>權重(&amp;W)</translation>
    </message>
    <message>
        <source>Scored b&amp;y</source>
        <translation>計分方式(&amp;Y)</translation>
    </message>
    <message>
        <source>Reaching</source>
        <translation>達到</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Add &amp;band</source>
        <translation>新增檔位(&amp;B)</translation>
    </message>
    <message>
        <source>Remove band</source>
        <translation>刪除檔位</translation>
    </message>
    <message>
        <source>Points below every band</source>
        <translation>低於所有檔位得分</translation>
    </message>
    <message>
        <source>0 points at</source>
        <translation>0 分對應</translation>
    </message>
    <message>
        <source>100 points at (target)</source>
        <translation>100 分對應（目標）</translation>
    </message>
    <message>
        <source>At most (points)</source>
        <translation>最高得分</translation>
    </message>
    <message>
        <source>Above 100 rewards beating the target; 100 does not</source>
        <translation>高於 100 表示超額完成目標可加分；100 則不加分</translation>
    </message>
    <message>
        <source>Bands</source>
        <translation>分檔</translation>
    </message>
    <message>
        <source>Straight line from 0 to 100 points</source>
        <translation>線性計分（0 至 100 分）</translation>
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
        <translation>把帳號關聯給客服</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>帳號</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>列數</translation>
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
        <translation>— 暫不關聯 —</translation>
    </message>
    <message>
        <source>Each account is added to the agent chosen, without dates; set dates in the agent&apos;s form if the account changes hands.</source>
        <translation>每個帳號都會新增給所選客服，不帶日期；如果帳號換人使用，請在客服檔案中設定日期。</translation>
    </message>
</context>
<context>
    <name>LiveLink</name>
    <message>
        <source>● Server connected</source>
        <extracomment>How long to gather changes before the pages refresh (ms): within the 2 s promised.</extracomment>
        <translation>● 伺服器已連線</translation>
    </message>
    <message>
        <source>● Server lost: retrying…</source>
        <translation>● 伺服器斷開：正在重試…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <extracomment>How often the window looks whether somebody signed in (to start the idle lock). How long after the window first shows the Today cards are counted: the window is usable first, and the queries do not delay its first paint.</extracomment>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即備份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>從備份恢復(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>操作日誌(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>報表(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>幫助(&amp;H)</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>開啟日誌資料夾(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;About csdesk</source>
        <translation>關於 csdesk(&amp;A)</translation>
    </message>
    <message>
        <source>Shared server: {url}</source>
        <translation>共享伺服器：{url}</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>資料庫：{path}</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在備份…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>備份</translation>
    </message>
    <message>
        <source>Backup written to {path}</source>
        <translation>備份已寫入 {path}</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>從備份恢復</translation>
    </message>
    <message>
        <source>csdesk backups (*.sqlite3);;All files (*)</source>
        <translation>csdesk 備份 (*.sqlite3);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Replace the current data with the backup {name}? The current data is backed up first.</source>
        <translation>要用備份 {name} 替換當前資料嗎？當前資料會先備份。</translation>
    </message>
    <message>
        <source>{name} is a backup of another shop ({shop}). Replace this shop&apos;s data with that shop&apos;s? The current data is backed up first.</source>
        <translation>{name} 是另一家店鋪（{shop}）的備份。要用那家店鋪的資料取代本店資料嗎？目前資料會先備份。</translation>
    </message>
    <message>
        <source>Restored from {name}</source>
        <translation>已從 {name} 恢復</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>正在還原備份…</translation>
    </message>
    <message>
        <source>About csdesk</source>
        <translation>關於 csdesk</translation>
    </message>
    <message>
        <source>csdesk {version}
The customer-service supervisor&apos;s desk.

Database: {path}</source>
        <translation>csdesk {version}
客服主管的工作臺。

資料庫：{path}</translation>
    </message>
</context>
<context>
    <name>ManualKpiDialog</name>
    <message>
        <source>Teamwork and attendance, {month}</source>
        <translation>團隊協作與出勤，{month}</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Teamwork (1-5)</source>
        <translation>團隊協作（1-5）</translation>
    </message>
    <message>
        <source>Attendance (%)</source>
        <translation>出勤率（%）</translation>
    </message>
    <message>
        <source>— leaves a value out (the scorecard then ignores it).</source>
        <translation>— 表示不填（考核表將忽略此項）。</translation>
    </message>
</context>
<context>
    <name>MatrixTab</name>
    <message>
        <source>Search number or name</source>
        <translation>搜尋工號或姓名</translation>
    </message>
    <message>
        <source>All posts</source>
        <translation>全部崗位</translation>
    </message>
    <message>
        <source>Anyone with a gap</source>
        <translation>有缺項的人</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部人員</translation>
    </message>
    <message>
        <source>Expiring within (days):</source>
        <translation>到期提醒（天）：</translation>
    </message>
    <message>
        <source>Export &amp;Excel…</source>
        <translation>匯出 &amp;Excel…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>匯出 &amp;PDF…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>列印(&amp;R)…</translation>
    </message>
    <message>
        <source>Open the matrix as a PDF to print</source>
        <translation>以 PDF 開啟培訓矩陣以便列印</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>工號</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>崗位</translation>
    </message>
    <message>
        <source>Not required for this post</source>
        <translation>該崗位不要求</translation>
    </message>
    <message>
        <source>{standing}: {count}</source>
        <translation>{standing}：{count}</translation>
    </message>
    <message>
        <source>Standing on {date}; a date is valid until, or passed on</source>
        <translation>截至 {date}；儲存格日期為有效期至，或通過日期</translation>
    </message>
    <message>
        <source>Passed {date}</source>
        <translation>{date} 通過</translation>
    </message>
    <message>
        <source>Valid until {date}</source>
        <translation>有效期至 {date}</translation>
    </message>
    <message>
        <source>Does not expire</source>
        <translation>長期有效</translation>
    </message>
    <message>
        <source>Not cleared for duty</source>
        <translation>未獲准上崗</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>課程</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>證書</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>What</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>狀態</translation>
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
        <translation>匯出培訓矩陣</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>training-matrix.pdf</source>
        <translation>培訓矩陣.pdf</translation>
    </message>
    <message numerus="yes">
        <source>{count} agents written to {path}</source>
        <translation>
            <numerusform>已將 {count} 名客服寫入 {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the training matrix…</source>
        <translation>正在產生培訓矩陣…</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Service-quality meeting</source>
        <translation>服務質量例會</translation>
    </message>
    <message>
        <source>&amp;Add a decision…</source>
        <translation>添加決議(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Print sheet…</source>
        <translation>列印記錄表(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>類型(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Attendees</source>
        <translation>參會人(&amp;A)</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>議程</translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation>會議記錄(&amp;M)</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>決議</translation>
    </message>
    <message>
        <source>(on leave)</source>
        <translation>（休假）</translation>
    </message>
    <message>
        <source>Goals in {month}:</source>
        <translation>{month} 目標：</translation>
    </message>
    <message>
        <source>Complaints received: {count}; top root causes: {causes}</source>
        <translation>收到投訴 {count} 件；主要根因：{causes}</translation>
    </message>
    <message>
        <source>Actions open: {open}, overdue: {late}; training lapses: {lapses}</source>
        <translation>未完成措施 {open} 項，逾期 {late} 項；培訓未達標 {lapses} 項</translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <source>That meeting no longer exists.</source>
        <translation>該例會已不存在。</translation>
    </message>
    <message>
        <source>Unknown kind of meeting.</source>
        <translation>未知的例會類型。</translation>
    </message>
    <message>
        <source>Name who was asked to the meeting.</source>
        <translation>請列出參會人。</translation>
    </message>
    <message>
        <source>Weekly meeting</source>
        <translation>週例會</translation>
    </message>
    <message>
        <source>Monthly review</source>
        <translation>月度覆盤會</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>例會</translation>
    </message>
</context>
<context>
    <name>MeetingsDialog</name>
    <message>
        <source>Service-quality meetings</source>
        <translation>服務質量例會</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>新增例會(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開啟(&amp;O)…</translation>
    </message>
    <message>
        <source>No meetings yet. A meeting looks at the figures, the complaints and the actions, and decides what to do next.</source>
        <translation>還沒有例會。例會查看數據、投訴和改進措施，並決定下一步做什麼。</translation>
    </message>
    <message>
        <source>New meeting…</source>
        <translation>新增例會…</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>決議</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>會議記錄</translation>
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
        <translation>工時</translation>
    </message>
</context>
<context>
    <name>MonthTab</name>
    <message>
        <source>published</source>
        <translation>已發佈</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Weeks: {weeks}. Hours planned in the month: {hours:g}. Double-click a day to change its week.</source>
        <translation>各週：{weeks}。本月計畫工時：{hours:g}。雙擊某天可修改該週。</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Shared server password</source>
        <translation>共享伺服器密碼</translation>
    </message>
    <message>
        <source>The shop&apos;s server {url} asks for a password.</source>
        <translation>店鋪伺服器 {url} 需要密碼。</translation>
    </message>
    <message>
        <source>&amp;Remember it in this computer&apos;s credential store</source>
        <translation>記在本機的憑據儲存中(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>PayTab</name>
    <message>
        <source>Grades: lowest total of each grade</source>
        <translation>等級：各等級最低總分</translation>
    </message>
    <message>
        <source>below C</source>
        <translation>低於 C</translation>
    </message>
    <message>
        <source>Grade a month when KPIs with data carry at least</source>
        <translation>有數據的指標權重至少達到此比例才評定等級</translation>
    </message>
    <message>
        <source>Share of the scorecard&apos;s weight. Below it the agent&apos;s month says &quot;not enough data&quot; and gets no grade or bonus.</source>
        <translation>佔考核表權重的比例。低於此比例時，該客服本月顯示「數據不足」，不評等級、不計獎金。</translation>
    </message>
    <message>
        <source>Vetoes: cap the grade whatever the total</source>
        <translation>否決項：無論總分多少均限制等級</translation>
    </message>
    <message>
        <source>A veto is named on the appraisal, and the agent cannot be Service Star.</source>
        <translation>否決項會寫在考核表上，且該客服不能當選服務之星。</translation>
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
        <translation>月度獎金</translation>
    </message>
    <message>
        <source>Base, {post}</source>
        <translation>基數，{post}</translation>
    </message>
    <message>
        <source>× by grade</source>
        <translation>等級係數</translation>
    </message>
    <message>
        <source>Satisfaction pass line (no bonus below)</source>
        <translation>滿意度及格線（低於則無獎金）</translation>
    </message>
    <message>
        <source>Satisfaction for the extra tier</source>
        <translation>額外獎勵滿意度線</translation>
    </message>
    <message>
        <source>Extra tier</source>
        <translation>額外獎勵</translation>
    </message>
    <message>
        <source>Deduction per valid complaint</source>
        <translation>每件有效客訴扣款</translation>
    </message>
    <message>
        <source>Bonus = base × the grade&apos;s coefficient, plus the extra tier when satisfaction reaches its line and the grade earns a bonus, minus the deductions; never below 0.</source>
        <translation>獎金 = 基數 × 等級係數；滿意度達到額外獎勵線且該等級有獎金時加額外獎勵；再減去扣款；最低為 0。</translation>
    </message>
</context>
<context>
    <name>PerformancePage</name>
    <message>
        <source>Import conversations</source>
        <extracomment>The tint of a value taken from a platform&apos;s summary rather than the conversations.</extracomment>
        <translation>匯入會話</translation>
    </message>
    <message>
        <source>Choose a conversation or ticket export (千牛, 飞鸽, JD, a help desk), CSV or Excel. Chinese headers are recognised (会话ID, 客服账号, 开始时间 …). Agents are found by their platform accounts in the staff directory. Conversations already imported are not added twice.</source>
        <translation>選擇會話或工單匯出檔案（千牛、飛鴿、京東、工單系統），CSV 或 Excel。可識別中文表頭（會話ID、客服帳號、開始時間……）。依員工檔案中的平台帳號找到客服。已匯入的會話不會重複新增。</translation>
    </message>
    <message>
        <source>Import agent summaries</source>
        <translation>匯入客服績效</translation>
    </message>
    <message>
        <source>Choose a 客服绩效 export with one row per account and day or month (旺旺昵称, 咨询人数, 客户满意率 …). Shop totals and averages are skipped. The platform&apos;s figures win over those computed from conversations.</source>
        <translation>選擇客服績效匯出檔案，每個帳號每天或每月一列（旺旺暱稱、諮詢人數、客戶滿意率……）。店鋪匯總和平均列會被略過。平台給出的數值優先於由會話計算的數值。</translation>
    </message>
    <message>
        <source>No figures for this month yet. Import the platform&apos;s conversation export or its monthly agent summary (千牛 客服绩效).</source>
        <translation>本月還沒有數據。請匯入平台的對話記錄匯出，或每月的客服績效彙總（千牛 客服績效）。</translation>
    </message>
    <message>
        <source>Import conversations…</source>
        <translation>匯入對話記錄…</translation>
    </message>
    <message>
        <source>Import summaries…</source>
        <translation>匯入績效彙總…</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>月份(&amp;M)</translation>
    </message>
    <message>
        <source>Import &amp;conversations…</source>
        <translation>匯入會話(&amp;C)…</translation>
    </message>
    <message>
        <source>Import &amp;summaries…</source>
        <translation>匯入客服績效(&amp;S)…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>匯出 CSV(&amp;X)…</translation>
    </message>
    <message>
        <source>The month&apos;s KPIs, one row per agent</source>
        <translation>本月 KPI，每位客服一列</translation>
    </message>
    <message>
        <source>QA &amp;review…</source>
        <translation>品檢評分(&amp;R)…</translation>
    </message>
    <message>
        <source>Rate a conversation against the rubric</source>
        <translation>依品檢表為一次會話評分</translation>
    </message>
    <message>
        <source>&amp;Praise…</source>
        <translation>表揚(&amp;P)…</translation>
    </message>
    <message>
        <source>Reviews and praise &amp;list…</source>
        <translation>質檢與表揚列表(&amp;L)…</translation>
    </message>
    <message>
        <source>The month&apos;s reviews and praise, to correct or delete; the QA rubrics</source>
        <translation>本月的質檢和表揚紀錄，可更正或刪除；質檢評分表</translation>
    </message>
    <message>
        <source>Team&amp;work and attendance…</source>
        <translation>團隊協作與出勤(&amp;W)…</translation>
    </message>
    <message>
        <source>The KPIs entered by hand for the month</source>
        <translation>本月需手動填寫的 KPI</translation>
    </message>
    <message>
        <source>&amp;Trend…</source>
        <translation>趨勢(&amp;T)…</translation>
    </message>
    <message>
        <source>Twelve months of a KPI for the selected agent</source>
        <translation>所選客服某項 KPI 的近十二個月</translation>
    </message>
    <message>
        <source>Rates in percent, times in seconds, money in yuan. Tinted values are the platform&apos;s own figures from an imported summary; they win over the values computed from conversations. — means no data for the month.</source>
        <translation>比率為百分數，時長單位為秒，金額單位為元。底色標出的數值來自匯入的平台客服績效，優先於由會話計算的數值。— 表示本月沒有資料。</translation>
    </message>
    <message>
        <source>From the platform&apos;s summary</source>
        <translation>來自平台客服績效</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>工號</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Export KPIs</source>
        <translation>匯出 KPI</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>KPIs written to {path}</source>
        <translation>KPI 已寫入 {path}</translation>
    </message>
</context>
<context>
    <name>PraiseDialog</name>
    <message>
        <source>Praise</source>
        <translation>表揚</translation>
    </message>
    <message>
        <source>Correct praise</source>
        <translation>更正表揚</translation>
    </message>
    <message>
        <source>e.g. customer message, shop review, manager</source>
        <translation>例如：顧客留言、店鋪評價、店長</translation>
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
        <translation>來源(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;What was said</source>
        <translation>表揚內容(&amp;W)</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Line</source>
        <translation>列號</translation>
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
        <translation>不變</translation>
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
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit width</source>
        <translation>符合寬度(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Whole page</source>
        <translation>整頁(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>列印(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message numerus="yes">
        <source>Sent to the printer: {count} pages.</source>
        <translation>
            <numerusform>已傳送到印表機：共 {count} 頁。</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>正在列印…</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>正在準備預覽列印…</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>正在生成報告…</translation>
    </message>
</context>
<context>
    <name>ProposalsDialog</name>
    <message>
        <source>Goals proposed for {year}</source>
        <translation>{year} 年建議目標</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基線</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標值</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>依據</translation>
    </message>
    <message>
        <source>type it</source>
        <translation>請填寫</translation>
    </message>
    <message>
        <source>{kpi}: write the baseline and the target as numbers.</source>
        <translation>{kpi}：基線和目標值請填寫數字。</translation>
    </message>
</context>
<context>
    <name>QA</name>
    <message>
        <source>Greeting and etiquette</source>
        <translation>問候與禮儀</translation>
    </message>
    <message>
        <source>Listening and empathy</source>
        <translation>傾聽與同理</translation>
    </message>
    <message>
        <source>Accuracy of information</source>
        <translation>資訊準確性</translation>
    </message>
    <message>
        <source>Clarity</source>
        <translation>表達清晰</translation>
    </message>
    <message>
        <source>Script compliance</source>
        <translation>話術規範</translation>
    </message>
    <message>
        <source>Solution offered</source>
        <translation>提供解決方案</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>結束語</translation>
    </message>
    <message>
        <source>Standard review</source>
        <translation>標準品檢</translation>
    </message>
    <message>
        <source>The review is no longer on file.</source>
        <translation>該質檢紀錄已不存在。</translation>
    </message>
    <message>
        <source>Choose an agent and a rubric.</source>
        <translation>請選擇客服和品檢表。</translation>
    </message>
    <message>
        <source>Rate every category: {names}.</source>
        <translation>請為每一項評分：{names}。</translation>
    </message>
    <message>
        <source>A rating does not fit: {reason}</source>
        <translation>評分不符合規則：{reason}</translation>
    </message>
    <message>
        <source>Say who praised the agent, or what they said.</source>
        <translation>請寫明誰表揚了客服，或表揚的內容。</translation>
    </message>
    <message>
        <source>The praise is no longer on file.</source>
        <translation>該表揚紀錄已不存在。</translation>
    </message>
    <message>
        <source>The rubric is no longer on file.</source>
        <extracomment>A category in an edit: its id when it is already stored, else None.</extracomment>
        <translation>該評分表已不存在。</translation>
    </message>
    <message>
        <source>Another rubric is named {name}.</source>
        <translation>已有名為 {name} 的評分表。</translation>
    </message>
    <message numerus="yes">
        <source>{count} reviews were made with this rubric, so its categories stay as they are. Copy it, change the copy and archive this one.</source>
        <translation>
            <numerusform>已有 {count} 筆質檢使用此評分表，其項目不能再改。請複製一份，修改副本，再將此表封存。</numerusform>
        </translation>
    </message>
    <message>
        <source>The rubric was not saved.</source>
        <translation>評分表未儲存。</translation>
    </message>
    <message>
        <source>Keep at least one rubric in use: reviews need one.</source>
        <translation>至少保留一個在用的評分表：質檢需要它。</translation>
    </message>
    <message>
        <source>Give the rubric a name.</source>
        <translation>請為評分表命名。</translation>
    </message>
    <message>
        <source>A rubric&apos;s name has at most {count} characters.</source>
        <translation>評分表名稱最多 {count} 個字元。</translation>
    </message>
    <message>
        <source>A rubric needs at least one category.</source>
        <translation>評分表至少需要一個項目。</translation>
    </message>
    <message>
        <source>Category {number} has no name.</source>
        <translation>第 {number} 個項目沒有名稱。</translation>
    </message>
    <message>
        <source>Two categories are named {name}.</source>
        <translation>有兩個項目都叫 {name}。</translation>
    </message>
    <message>
        <source>{name}: the weight must be above 0 and at most {most}.</source>
        <translation>{name}：權重須大於 0 且不超過 {most}。</translation>
    </message>
    <message>
        <source>{name}: unknown rating scale.</source>
        <translation>{name}：未知的評分尺度。</translation>
    </message>
</context>
<context>
    <name>QaLogDialog</name>
    <message>
        <source>Reviews and praise, {month}</source>
        <translation>質檢與表揚，{month}</translation>
    </message>
    <message>
        <source>R&amp;ubrics…</source>
        <translation>評分表(&amp;U)…</translation>
    </message>
    <message>
        <source>The categories, weights and scales of reviews</source>
        <translation>質檢的項目、權重和評分尺度</translation>
    </message>
    <message>
        <source>&amp;Action…</source>
        <translation>改進措施(&amp;A)…</translation>
    </message>
    <message>
        <source>An improvement action for the selected review&apos;s agent</source>
        <translation>為所選質檢的客服制定改進措施</translation>
    </message>
    <message>
        <source>QA reviews</source>
        <translation>質檢</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>表揚</translation>
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
        <translation>會話</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>質檢員</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>評分表</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>From</source>
        <translation>來自</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>內容</translation>
    </message>
    <message>
        <source>QA reviews ({count})</source>
        <translation>質檢（{count}）</translation>
    </message>
    <message>
        <source>Praise ({count})</source>
        <translation>表揚（{count}）</translation>
    </message>
    <message>
        <source>0 (critical)</source>
        <translation>0（關鍵項不合格）</translation>
    </message>
    <message>
        <source>Delete the review of {agent} on {day}?</source>
        <translation>刪除 {agent} 在 {day} 的質檢紀錄？</translation>
    </message>
    <message>
        <source>Delete the praise of {agent} on {day}?</source>
        <translation>刪除 {agent} 在 {day} 的表揚紀錄？</translation>
    </message>
</context>
<context>
    <name>QaReviewDialog</name>
    <message>
        <source>QA review</source>
        <translation>品檢評分</translation>
    </message>
    <message>
        <source>Correct QA review</source>
        <translation>更正質檢</translation>
    </message>
    <message>
        <source>Conversation ID, e.g. QN2026100512</source>
        <translation>會話ID，例如 QN2026100512</translation>
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
        <translation>會話(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Reviewer</source>
        <translation>品檢員(&amp;R)</translation>
    </message>
    <message>
        <source>R&amp;ubric</source>
        <translation>評分表(&amp;U)</translation>
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
        <translation>不適用</translation>
    </message>
    <message>
        <source>Co&amp;mment</source>
        <translation>評語(&amp;M)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>★ critical: below half makes the review 0</source>
        <translation>★ 關鍵項：得分低於一半則本次品檢為 0 分</translation>
    </message>
    <message>
        <source>0 (critical: {names})</source>
        <translation>0（關鍵項：{names}）</translation>
    </message>
</context>
<context>
    <name>QuarterDialog</name>
    <message>
        <source>{year} Q{quarter}</source>
        <translation>{year} 年第 {quarter} 季</translation>
    </message>
    <message>
        <source>&amp;Quarter</source>
        <translation>季度(&amp;Q)</translation>
    </message>
    <message>
        <source>Quarter {year} Q{quarter}</source>
        <translation>季度 {year} 年第 {quarter} 季</translation>
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
        <translation>工號</translation>
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
        <translation>季度獎金</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Each month&apos;s total (grade). The quarter&apos;s bonus is the sum of its three monthly bonuses: {total} for the team. Months not final may still change.</source>
        <translation>每月總分（等級）。季度獎金為三個月獎金之和：團隊合計 {total}。未定稿的月份仍可能變化。</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>action</source>
        <translation>改進措施</translation>
    </message>
    <message>
        <source>Another seat saved the same record at the same moment; nothing of yours was saved. Open it again and repeat your change.</source>
        <extracomment>How often opening re-checks a file that a restore replaced while it waited.</extracomment>
        <translation>另一個席位在同一時刻儲存了同一條記錄；你的修改沒有儲存。請重新開啟並再次修改。</translation>
    </message>
    <message>
        <source>{who} saved this {what} at {when}, after you opened it; your changes were not saved.</source>
        <translation>{who} 在你開啟之後於 {when} 儲存了這條{what}；你的修改沒有儲存。</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>員工記錄</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>客訴記錄</translation>
    </message>
    <message>
        <source>course</source>
        <translation>課程</translation>
    </message>
    <message>
        <source>training session</source>
        <translation>培訓場次</translation>
    </message>
    <message>
        <source>coaching session</source>
        <translation>輔導面談記錄</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>例會記錄</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Printed {date}</source>
        <translation>列印於 {date}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 頁，共 {pages} 頁</translation>
    </message>
    <message>
        <source>Staff list</source>
        <translation>員工名單</translation>
    </message>
    <message>
        <source>Training sign-in sheet</source>
        <translation>培訓簽到表</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>課程</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日期時間</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>講師</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>地點</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>學時</translation>
    </message>
    <message>
        <source>Pass mark</source>
        <translation>及格線</translation>
    </message>
    <message>
        <source>#</source>
        <translation>序號</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>員工編號</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Hours worked</source>
        <translation>工時</translation>
    </message>
    <message>
        <source>No agents on this week&apos;s rota.</source>
        <translation>本週排班沒有客服。</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>崗位</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>簽名</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>成績</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Trainer&apos;s signature: ____________________</source>
        <translation>講師簽名：____________________</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>級別</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>入職日期</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>導師</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>服務渠道</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>No agents match.</source>
        <translation>沒有符合條件的客服。</translation>
    </message>
    <message>
        <source>Agents listed: {count}</source>
        <translation>列出客服：{count} 人</translation>
    </message>
    <message>
        <source>Headcount today: {headcount}  ·  leavers in {year}: {leavers}  ·  turnover in {year}: {rate}</source>
        <translation>當前在冊人數：{headcount}  ·  {year} 年離職：{leavers}  ·  {year} 年離職率：{rate}</translation>
    </message>
    <message>
        <source>Training matrix</source>
        <translation>培訓矩陣</translation>
    </message>
    <message>
        <source>Attendance only</source>
        <translation>僅考勤</translation>
    </message>
    <message numerus="yes">
        <source>Standing on {date}; expiring means within {days} days.</source>
        <translation>
            <numerusform>截至 {date}；「即將到期」指 {days} 天內到期。</numerusform>
        </translation>
    </message>
    <message>
        <source>Agents: {count}</source>
        <translation>客服：{count}</translation>
    </message>
    <message>
        <source>Not cleared for duty</source>
        <translation>未獲准上崗</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>證書</translation>
    </message>
    <message>
        <source>Training report</source>
        <translation>培訓報告</translation>
    </message>
    <message>
        <source>Training report {year}</source>
        <translation>{year} 年培訓報告</translation>
    </message>
    <message>
        <source>Sessions: {sessions}  ·  attendances: {present}  ·  attendee hours: {hours}  ·  cost: {cost}  ·  pass rate: {rate}</source>
        <translation>場次：{sessions}  ·  出勤人次：{present}  ·  學員學時：{hours}  ·  費用：{cost}  ·  通過率：{rate}</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>按月統計</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>場次</translation>
    </message>
    <message>
        <source>Attendances</source>
        <translation>出勤人次</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>費用</translation>
    </message>
    <message>
        <source>No sessions in this year.</source>
        <translation>本年度沒有培訓場次。</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Pass rates by course</source>
        <translation>各課程通過率</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通過</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>通過率</translation>
    </message>
    <message>
        <source>Average score</source>
        <translation>平均分</translation>
    </message>
    <message>
        <source>Hours and cost per agent</source>
        <translation>每名客服的學時和費用</translation>
    </message>
    <message>
        <source>An agent&apos;s cost is their share of each session they attended.</source>
        <translation>客服的費用為其出席各場次所分攤的費用。</translation>
    </message>
    <message>
        <source>Nobody attended a session in this year.</source>
        <translation>本年度沒有人參加培訓。</translation>
    </message>
    <message>
        <source>Matrix summary on {date}</source>
        <translation>培訓矩陣匯總（截至 {date}）</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>人數</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>達標率</translation>
    </message>
    <message>
        <source>No course is required for any post.</source>
        <translation>沒有課程被設為崗位必修。</translation>
    </message>
    <message>
        <source>Expiring, expired and not cleared for duty</source>
        <translation>即將到期、已過期和未獲准上崗</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>What</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Nothing is expiring or missing.</source>
        <translation>沒有即將到期或缺失的項目。</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>週一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>週二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>週三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>週四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>週五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>週六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>週日</translation>
    </message>
    <message>
        <source>The rota prints on A4 or A3.</source>
        <translation>排班表可列印為 A4 或 A3。</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>節假日</translation>
    </message>
    <message>
        <source>Published {when} by {who}.</source>
        <translation>{who} 於 {when} 發佈。</translation>
    </message>
    <message>
        <source>Draft: this week is not published yet.</source>
        <translation>草稿：本週尚未發佈。</translation>
    </message>
    <message>
        <source>Rule checks still open: {count}.</source>
        <translation>未處理的規則檢查：{count} 項。</translation>
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
        <translation>收到 {received} 件（上月 {before} 件，{change}）；本月解決 {resolved} 件（上月 {resolved_before} 件）；本月客訴仍未解決 {open} 件。</translation>
    </message>
    <message>
        <source>Valid complaints against agents {valid} (previous month {before}). Compensation {money} (previous month {money_before}).</source>
        <translation>計入客服的有效客訴 {valid} 件（上月 {before} 件）。補償 {money}（上月 {money_before}）。</translation>
    </message>
    <message>
        <source>Follow-up visits {visits}, satisfied (4-5) {satisfied}, mean satisfaction {mean} (previous month {mean_before}); no visit possible {none}.</source>
        <translation>回訪 {visits} 件，滿意（4-5 分）{satisfied} 件，平均滿意度 {mean}（上月 {mean_before}）；無法回訪 {none} 件。</translation>
    </message>
    <message>
        <source>Uncategorised</source>
        <translation>未分類</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>客訴</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Promised times kept</source>
        <translation>承諾時限達成</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>時限</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>計入</translation>
    </message>
    <message>
        <source>In time</source>
        <translation>準時</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>達成率</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>Median (working h)</source>
        <translation>中位數（工作小時）</translation>
    </message>
    <message>
        <source>Mean (working h)</source>
        <translation>平均（工作小時）</translation>
    </message>
    <message>
        <source>Measured: complaints of the month whose step was done or is already late. Times count working hours only, without waiting for the customer or courier.</source>
        <translation>計入：本月客訴中該步驟已完成或已逾時的。時間只計工作時間，不含等待客戶或快遞的時間。</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>按類別</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Subcategory</source>
        <translation>子類別</translation>
    </message>
    <message>
        <source>No complaints this month.</source>
        <translation>本月沒有客訴。</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>按管道</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>管道</translation>
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
        <translation>各客服有效客訴</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Employee no.</source>
        <translation>工號</translation>
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
        <translation>有效：未判定為非客服責任且申訴未成立；計入績效考核。</translation>
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
        <translation>未記錄根本原因。</translation>
    </message>
    <message>
        <source>Repeat customers and orders</source>
        <translation>重複客訴的客戶和訂單</translation>
    </message>
    <message>
        <source>Customer or order</source>
        <translation>客戶或訂單</translation>
    </message>
    <message>
        <source>No customer or order complained twice.</source>
        <translation>沒有客戶或訂單重複客訴。</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>補償</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>No compensation this month.</source>
        <translation>本月沒有補償。</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解決</translation>
    </message>
    <message>
        <source>Received and resolved per day</source>
        <translation>每日收到與解決</translation>
    </message>
    <message>
        <source>Complaints by category</source>
        <translation>各類別客訴數</translation>
    </message>
    <message>
        <source>Complaint review</source>
        <translation>客訴檢討</translation>
    </message>
    <message>
        <source>Complaint review of {month}</source>
        <translation>{month}客訴檢討</translation>
    </message>
    <message>
        <source>Staff list</source>
        <translation>員工名單</translation>
    </message>
    <message>
        <source>Training report of the year</source>
        <translation>年度培訓報告</translation>
    </message>
    <message>
        <source>Training matrix</source>
        <translation>培訓矩陣</translation>
    </message>
    <message>
        <source>Monthly complaint review</source>
        <translation>月度客訴檢討</translation>
    </message>
    <message>
        <source>Monthly appraisals</source>
        <translation>月度考核</translation>
    </message>
    <message>
        <source>Service-quality meeting</source>
        <translation>服務質量例會</translation>
    </message>
    <message>
        <source>Weekly rota</source>
        <translation>週排班表</translation>
    </message>
    <message>
        <source>Team figures</source>
        <translation>團隊指標</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指標</translation>
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
        <translation>目標</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>無資料</translation>
    </message>
    <message>
        <source>Goals of {year}</source>
        <translation>{year} 年目標</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基線</translation>
    </message>
    <message>
        <source>Year&apos;s target</source>
        <translation>全年目標</translation>
    </message>
    <message>
        <source>Month&apos;s target</source>
        <translation>本月目標</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>實際</translation>
    </message>
    <message>
        <source>No goals set for {year}.</source>
        <translation>{year} 年未設定目標。</translation>
    </message>
    <message>
        <source>per 1,000 paid orders</source>
        <translation>每千筆支付訂單</translation>
    </message>
    <message>
        <source>per 1,000 contacts: no orders on file</source>
        <translation>每千次諮詢：尚無訂單資料</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人員</translation>
    </message>
    <message>
        <source>Agents at the month&apos;s end: {headcount} ({hires} hired, {leavers} left); turnover {turnover} in the month, {twelve} over twelve months.</source>
        <translation>月末在職 {headcount} 人（到職 {hires}，離職 {leavers}）；本月流失率 {turnover}，近十二個月 {twelve}。</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培訓</translation>
    </message>
    <message>
        <source>Required courses held: {held}; lapsing soon: {lapsing}; lapsed: {lapsed}.</source>
        <translation>必修課程持有率 {held}；即將到期 {lapsing} 項；已過期 {lapsed} 項。</translation>
    </message>
    <message>
        <source>{received} received; complaint rate {rate} ({per}). Top categories: {top}. Root causes: {causes}.</source>
        <translation>收到投訴 {received} 件；投訴率 {rate}（{per}）。主要類別：{top}。主要根因：{causes}。</translation>
    </message>
    <message>
        <source>Service Star</source>
        <translation>服務之星</translation>
    </message>
    <message>
        <source>None this month.</source>
        <translation>本月暫無。</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>無資料</translation>
    </message>
    <message>
        <source>Team report</source>
        <translation>團隊月報</translation>
    </message>
    <message>
        <source>Team report · {month}</source>
        <translation>團隊月報 · {month}</translation>
    </message>
    <message>
        <source>Team figures are made from all the team&apos;s contacts, not the mean of the agents&apos; figures. Each channel&apos;s service level counts the contacts answered within its own promise. Trends: the twelve months to this one; the dashed line is the month&apos;s target.</source>
        <translation>團隊指標由團隊的全部諮詢計算，而非客服個人指標的平均值。各渠道的服務水準按該渠道自己的承諾時限計算。趨勢圖為截至本月的十二個月；虛線為當月目標。</translation>
    </message>
    <message>
        <source>budget {budget}, {used} used</source>
        <translation>預算 {budget}，已使用 {used}</translation>
    </message>
    <message>
        <source>no budget set for the year</source>
        <translation>本年未設定預算</translation>
    </message>
    <message>
        <source>{contacts} contacts; satisfaction {satisfaction}; {received} complaints received, {valid} of them valid.</source>
        <translation>諮詢 {contacts} 次；滿意率 {satisfaction}；收到投訴 {received} 件，其中有效 {valid} 件。</translation>
    </message>
    <message>
        <source>Turnover {turnover}{goal}; training cost {cost} ({budget}).</source>
        <translation>流失率 {turnover}{goal}；培訓費用 {cost}（{budget}）。</translation>
    </message>
    <message>
        <source> against a goal of {target}</source>
        <translation>（目標 {target}）</translation>
    </message>
    <message>
        <source>Goals met: {met} of {count}.</source>
        <translation>達成目標：{met} / {count}。</translation>
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
        <translation>各渠道每月諮詢量</translation>
    </message>
    <message>
        <source>No contacts on file for the year.</source>
        <translation>本年沒有諮詢資料。</translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>逐月指標</translation>
    </message>
    <message>
        <source>No complaints this year.</source>
        <translation>本年沒有投訴。</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>到職</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>離職</translation>
    </message>
    <message>
        <source>Rotations (post changes)</source>
        <translation>輪調（崗位調整）</translation>
    </message>
    <message>
        <source>Average headcount</source>
        <translation>平均人數</translation>
    </message>
    <message>
        <source>Turnover</source>
        <translation>流失率</translation>
    </message>
    <message>
        <source>Turnover goal</source>
        <translation>流失率目標</translation>
    </message>
    <message>
        <source>Training sessions</source>
        <translation>培訓場次</translation>
    </message>
    <message>
        <source>Training hours (attendees)</source>
        <translation>培訓時數（人次）</translation>
    </message>
    <message>
        <source>Training cost</source>
        <translation>培訓費用</translation>
    </message>
    <message>
        <source>Training budget</source>
        <translation>培訓預算</translation>
    </message>
    <message>
        <source>Budget used</source>
        <translation>預算使用率</translation>
    </message>
    <message>
        <source>Team and training</source>
        <translation>團隊與培訓</translation>
    </message>
    <message>
        <source>met</source>
        <translation>達成</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>未達成</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Goals proposed for {year}</source>
        <translation>{year} 年建議目標</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>依據</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>under review</source>
        <translation>評審中</translation>
    </message>
    <message>
        <source>adopted</source>
        <translation>已採納</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>未採納</translation>
    </message>
    <message>
        <source>Suggestions: {count}; adopted: {adopted}; rewards {total}.</source>
        <translation>建議 {count} 條；採納 {adopted} 條；獎勵合計 {total}。</translation>
    </message>
    <message>
        <source>Suggestions (合理化建议)</source>
        <translation>合理化建議</translation>
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
        <translation>建議</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>獎勵</translation>
    </message>
    <message>
        <source>No suggestions this year.</source>
        <translation>本年沒有建議。</translation>
    </message>
    <message>
        <source>Year-end summary</source>
        <translation>年終總結</translation>
    </message>
    <message>
        <source>Year-end summary · {year}</source>
        <translation>年終總結 · {year}</translation>
    </message>
    <message>
        <source>Overdue</source>
        <extracomment>The groups in print order: (title key, which actions).</extracomment>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進度</translation>
    </message>
    <message>
        <source>Improvement actions</source>
        <translation>改進措施</translation>
    </message>
    <message>
        <source>Improvement actions as of {day}</source>
        <translation>改進措施（截至 {day}）</translation>
    </message>
    <message>
        <source>Actions: {count}; overdue: {late}.</source>
        <translation>措施 {count} 項；逾期 {late} 項。</translation>
    </message>
    <message>
        <source>No actions.</source>
        <translation>沒有措施。</translation>
    </message>
    <message>
        <source>KPIs short of the scorecard&apos;s target</source>
        <translation>未達考核目標的指標</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Every KPI with data reached its target.</source>
        <translation>有資料的指標均已達標。</translation>
    </message>
    <message>
        <source>Weakest QA categories</source>
        <translation>質檢薄弱項</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>質檢日期</translation>
    </message>
    <message>
        <source>No QA review marked down this month.</source>
        <translation>本月質檢沒有扣分項。</translation>
    </message>
    <message>
        <source>Valid complaints</source>
        <translation>有效投訴</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投訴</translation>
    </message>
    <message>
        <source>What</source>
        <translation>內容</translation>
    </message>
    <message>
        <source>No valid complaint this month.</source>
        <translation>本月沒有有效投訴。</translation>
    </message>
    <message>
        <source>Training not current</source>
        <translation>培訓未達標</translation>
    </message>
    <message>
        <source>Course or certificate</source>
        <translation>課程或證書</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>All training current.</source>
        <translation>培訓均在有效期內。</translation>
    </message>
    <message>
        <source>Agreed last time</source>
        <translation>上次約定</translation>
    </message>
    <message>
        <source>No actions from an earlier session.</source>
        <translation>上次面談沒有約定措施。</translation>
    </message>
    <message>
        <source>Agreed in this session</source>
        <translation>本次約定</translation>
    </message>
    <message>
        <source>To be written in the session.</source>
        <translation>面談時填寫。</translation>
    </message>
    <message>
        <source>No agent {number} in {month}.</source>
        <translation>{month} 沒有客服 {number}。</translation>
    </message>
    <message>
        <source>{name} ({number}) · about {month}</source>
        <translation>{name}（{number}）· {month}</translation>
    </message>
    <message>
        <source>held on {day} by {coach}</source>
        <translation>{day} 由 {coach} 面談</translation>
    </message>
    <message>
        <source>Coaching session</source>
        <translation>輔導面談</translation>
    </message>
    <message>
        <source>Coaching session — agenda</source>
        <translation>輔導面談 — 議程</translation>
    </message>
    <message>
        <source>Supervisor&apos;s notes</source>
        <translation>主管記錄</translation>
    </message>
    <message>
        <source>The agent&apos;s comment</source>
        <translation>客服意見</translation>
    </message>
    <message>
        <source>Agent: ____________</source>
        <translation>客服簽字：____________</translation>
    </message>
    <message>
        <source>Supervisor: ____________</source>
        <translation>主管簽字：____________</translation>
    </message>
    <message>
        <source>Date: ____________</source>
        <translation>日期：____________</translation>
    </message>
    <message>
        <source>Coaching sessions</source>
        <translation>輔導面談</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>例會</translation>
    </message>
    <message>
        <source>Goals in {month}</source>
        <translation>{month} 目標</translation>
    </message>
    <message>
        <source>No goals set for the year.</source>
        <translation>本年未設定目標。</translation>
    </message>
    <message>
        <source>Complaints in {month}: {count} received</source>
        <translation>{month} 投訴：收到 {count} 件</translation>
    </message>
    <message>
        <source>No root causes recorded.</source>
        <translation>尚未記錄根因。</translation>
    </message>
    <message>
        <source>Overdue actions ({late} of {open} open); training lapses: {lapses}</source>
        <translation>逾期措施（未完成 {open} 項中逾期 {late} 項）；培訓未達標：{lapses} 項</translation>
    </message>
    <message>
        <source>No action is overdue.</source>
        <translation>沒有逾期的措施。</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>決議</translation>
    </message>
    <message>
        <source>To be written in the meeting.</source>
        <translation>會上填寫。</translation>
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
        <translation>簽名</translation>
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
        <translation>無參會人。</translation>
    </message>
    <message>
        <source>Service-quality meeting of {shop}</source>
        <translation>{shop} 服務質量例會</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>會議記錄</translation>
    </message>
    <message>
        <source>Other business</source>
        <translation>其他事項</translation>
    </message>
    <message>
        <source>Chair: ____________</source>
        <translation>主持人：____________</translation>
    </message>
    <message>
        <source>Minutes by: ____________</source>
        <translation>記錄人：____________</translation>
    </message>
</context>
<context>
    <name>RootCausesTab</name>
    <message>
        <source>&amp;Add root cause…</source>
        <translation>新增根本原因(&amp;A)…</translation>
    </message>
    <message>
        <source>Archived root causes are not offered any more; old complaints keep them</source>
        <translation>封存的根本原因不再供選擇；舊客訴保留原記錄</translation>
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
        <translation>班次代碼為 1 至 4 個字母或數字。</translation>
    </message>
    <message>
        <source>Another shift has the code {code}.</source>
        <translation>已有班次使用代碼 {code}。</translation>
    </message>
    <message>
        <source>Name the shift.</source>
        <translation>請填寫班次名稱。</translation>
    </message>
    <message>
        <source>Start and end are times of day.</source>
        <translation>開始和結束須為一天中的時間。</translation>
    </message>
    <message>
        <source>A shift cannot end when it starts.</source>
        <translation>班次的結束時間不能等於開始時間。</translation>
    </message>
    <message>
        <source>The break must be shorter than the shift.</source>
        <translation>休息時間須短於班次時長。</translation>
    </message>
    <message>
        <source>Pick a colour for the shift.</source>
        <translation>請為班次選擇顏色。</translation>
    </message>
    <message>
        <source>Past days of the rota use this shift, so its times cannot change: archive it and add a new shift with the new times.</source>
        <translation>以往的排班用過此班次，其時間不能修改：請封存它，再依新時間新增一個班次。</translation>
    </message>
    <message>
        <source>The limits must be: rest 0-24 h, a day 1-24 h, a week 1-168 h, days in a row 1-31.</source>
        <translation>限制須在以下範圍內：休息 0–24 小時，每天 1–24 小時，每週 1–168 小時，連續上班 1–31 天。</translation>
    </message>
    <message>
        <source>That agent no longer exists.</source>
        <translation>該客服已不存在。</translation>
    </message>
    <message>
        <source>No shift has the code {codes}.</source>
        <translation>沒有代碼為 {codes} 的班次。</translation>
    </message>
    <message>
        <source>The same shift is given twice on one day.</source>
        <translation>同一天排了兩次相同的班次。</translation>
    </message>
    <message>
        <source>This week is published already.</source>
        <translation>本週排班已發布。</translation>
    </message>
    <message>
        <source>Say why the rule may be broken here.</source>
        <translation>請說明此處為何可以不遵守該規則。</translation>
    </message>
    <message>
        <source>Average 1 to 52 weeks.</source>
        <extracomment>A forecast grid: [weekday 0 = Monday][hour 0-23] -&gt; contacts in that hour.</extracomment>
        <translation>可取 1 至 52 週的平均。</translation>
    </message>
    <message>
        <source>Name the sale event.</source>
        <translation>請填寫大促活動名稱。</translation>
    </message>
    <message>
        <source>{name}: the last day is before the first day.</source>
        <translation>{name}：結束日期早於開始日期。</translation>
    </message>
    <message>
        <source>{name}: the multiplier must be above 0 and at most 20.</source>
        <translation>{name}：倍數須大於 0 且不超過 20。</translation>
    </message>
    <message>
        <source>A forecast has 7 days of 24 hours.</source>
        <translation>預測須為 7 天 × 24 小時。</translation>
    </message>
    <message>
        <source>{channel}: contacts must be 0 or more (day {day}, {hour}:00).</source>
        <translation>{channel}：諮詢量須為 0 或以上（第 {day} 天，{hour}:00）。</translation>
    </message>
</context>
<context>
    <name>RotaDialogs</name>
    <message>
        <source>Print the rota</source>
        <translation>列印排班表</translation>
    </message>
    <message>
        <source>Paper (landscape):</source>
        <translation>紙張（橫向）：</translation>
    </message>
    <message>
        <source>rota-{week}.pdf</source>
        <translation>排班表-{week}.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Rota of {count} agents written to {path}</source>
        <translation>
            <numerusform>{count} 名客服的排班表已寫入 {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the rota…</source>
        <translation>正在產生排班表…</translation>
    </message>
    <message>
        <source>Export the week</source>
        <translation>匯出本週</translation>
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
            <numerusform>已寫入 {count} 列到 {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting the week…</source>
        <translation>正在匯出本週排班…</translation>
    </message>
</context>
<context>
    <name>RotaFields</name>
    <message>
        <source>Employee number</source>
        <translation>工號</translation>
    </message>
    <message>
        <source>employee number or name is needed</source>
        <translation>需要工號或姓名</translation>
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
        <translation>班次代碼，如 M 或 M+E；留空：休息</translation>
    </message>
    <message>
        <source>Leave type</source>
        <translation>假別</translation>
    </message>
</context>
<context>
    <name>RotaPage</name>
    <message>
        <source>Import a rota</source>
        <translation>匯入排班</translation>
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
        <translation>選擇 CSV 或 Excel 檔案，每位客服每天一列：工號或姓名、日期、班次代碼（M、M+E）和假別（年假、病假 …）。兩者都空的列表示休息；檔案中沒有的日子保持不變。檔案會先檢查；按「匯入」之前不會寫入任何內容。</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>列印…</translation>
    </message>
    <message>
        <source>The week as a PDF, A4 or A3 landscape (Ctrl+P)</source>
        <translation>將本週匯出為 PDF，A4 或 A3 橫向（Ctrl+P）</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Export the week…</source>
        <translation>匯出本週…</translation>
    </message>
    <message>
        <source>Import a week…</source>
        <translation>匯入排班…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Shifts…</source>
        <translation>班次…</translation>
    </message>
    <message>
        <source>Rota rules…</source>
        <translation>排班規則…</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>週</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>覆蓋</translation>
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
        <translation>質檢評分表</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新增(&amp;N)</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>複製(&amp;O)</translation>
    </message>
    <message>
        <source>A new rubric with the same categories, to change</source>
        <translation>新增一個項目相同的評分表，用於修改</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>權重</translation>
    </message>
    <message>
        <source>Rating scale</source>
        <translation>評分尺度</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>關鍵項</translation>
    </message>
    <message>
        <source>N/A allowed</source>
        <translation>允許不適用</translation>
    </message>
    <message>
        <source>&amp;Add category</source>
        <translation>新增項目(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove category</source>
        <translation>刪除項目(&amp;R)</translation>
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
        <translation>儲存評分表(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名稱(&amp;N)</translation>
    </message>
    <message>
        <source>Critical: a rating below half makes the review 0.</source>
        <translation>關鍵項：得分低於一半，整筆質檢記為 0 分。</translation>
    </message>
    <message numerus="yes">
        <source>{count} reviews</source>
        <translation>
            <numerusform>{count} 筆質檢</numerusform>
        </translation>
    </message>
    <message>
        <source>archived</source>
        <translation>已封存</translation>
    </message>
    <message numerus="yes">
        <source>{count} reviews were made with this rubric: names can be corrected, but weights and scales stay. To change them, copy the rubric, change the copy and archive this one.</source>
        <translation>
            <numerusform>已有 {count} 筆質檢使用此評分表：名稱可以更正，權重和尺度不能改。如需修改，請複製評分表，修改副本，再將此表封存。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Bring back</source>
        <translation>恢復使用(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>封存(&amp;A)</translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation>是 / 否</translation>
    </message>
    <message>
        <source>New rubric</source>
        <translation>新評分表</translation>
    </message>
    <message>
        <source>Category 1</source>
        <translation>項目 1</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name}（副本）</translation>
    </message>
    <message>
        <source>Save the changes to {name}?</source>
        <translation>儲存對 {name} 的修改？</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Rota rules</source>
        <translation>排班規則</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小時</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Rest between shifts, at least</source>
        <translation>兩班之間休息至少</translation>
    </message>
    <message>
        <source>Hours in a day, at most</source>
        <translation>每天工時最多</translation>
    </message>
    <message>
        <source>Hours in a week, at most</source>
        <translation>每週工時最多</translation>
    </message>
    <message>
        <source>Days in a row, at most</source>
        <translation>連續上班最多</translation>
    </message>
</context>
<context>
    <name>SavedMapsBar</name>
    <message>
        <source>A column map saved for files like this one</source>
        <translation>為這類檔案儲存的欄對應方案</translation>
    </message>
    <message>
        <source>&amp;Save map…</source>
        <translation>儲存方案(&amp;S)…</translation>
    </message>
    <message>
        <source>Keep these column choices under a name</source>
        <translation>把目前的欄對應儲存為一個方案</translation>
    </message>
    <message>
        <source>Delete map</source>
        <translation>刪除方案</translation>
    </message>
    <message>
        <source>Column map:</source>
        <translation>欄對應方案：</translation>
    </message>
    <message>
        <source>(recognised automatically)</source>
        <translation>（自動識別）</translation>
    </message>
    <message>
        <source>Save column map</source>
        <translation>儲存欄對應方案</translation>
    </message>
    <message>
        <source>Name of the map:</source>
        <translation>方案名稱：</translation>
    </message>
    <message>
        <source>A map named {name} exists. Replace it?</source>
        <translation>已有名為 {name} 的方案，要取代嗎？</translation>
    </message>
    <message>
        <source>Delete column map</source>
        <translation>刪除欄對應方案</translation>
    </message>
    <message>
        <source>Delete the column map {name}? Files already imported keep their data.</source>
        <translation>刪除欄對應方案 {name}？已匯入的資料不受影響。</translation>
    </message>
</context>
<context>
    <name>Server</name>
    <message>
        <source>{url} is not a server address csdesk can use. Write it as postgresql+psycopg://USER@HOST:PORT/DATABASE.</source>
        <translation>{url} 不是 csdesk 能使用的伺服器位址。請寫成 postgresql+psycopg://使用者@主機:連接埠/資料庫。</translation>
    </message>
    <message>
        <source>The database at {url} holds other tables and no csdesk shop; it was not changed. Give csdesk a database of its own.</source>
        <translation>{url} 上的資料庫裡有其他表，但沒有 csdesk 店鋪；未做任何改動。請給 csdesk 單獨建一個資料庫。</translation>
    </message>
    <message>
        <source>The server {url} runs PostgreSQL {version}; csdesk needs PostgreSQL {oldest} or newer. Nothing was changed on it.</source>
        <translation>伺服器 {url} 執行的是 PostgreSQL {version}；csdesk 需要 PostgreSQL {oldest} 或更新版本。伺服器上沒有做任何更改。</translation>
    </message>
    <message>
        <source>The shop at {url} was updated by a newer csdesk (schema {revision}). Install the csdesk the other seats use, then connect again.</source>
        <translation>{url} 上的店鋪已被更新版本的 csdesk 升級（結構版本 {revision}）。請安裝其他電腦正在使用的 csdesk 版本，然後重新連線。</translation>
    </message>
    <message>
        <source>Updating the shop on {url} failed and was undone; it is as it was.</source>
        <translation>升級 {url} 上的店鋪失敗，已全部撤銷，資料保持原樣。</translation>
    </message>
    <message>
        <source>Cannot reach the shop&apos;s server {url}: {reason}</source>
        <extracomment>How the server&apos;s driver words a missing or refused password (libpq&apos;s own texts).</extracomment>
        <translation>無法連線店鋪的伺服器 {url}：{reason}</translation>
    </message>
    <message>
        <source>The database at {url} already holds a csdesk shop; a shop moves only into an empty database. Nothing was copied.</source>
        <translation>{url} 上的資料庫已有一個 csdesk 店鋪；店鋪只能遷移到空資料庫。未複製任何內容。</translation>
    </message>
    <message>
        <source>Moving the shop to {url} failed and was undone; the server database is empty again and the file is unchanged.</source>
        <translation>遷移店鋪到 {url} 失敗，已全部撤銷；伺服器資料庫恢復為空，檔案未做改動。</translation>
    </message>
    <message>
        <source>This computer has no credential store csdesk can keep the password in; it will be asked at each start.</source>
        <extracomment>The service name the passwords are stored under.</extracomment>
        <translation>本機沒有可供 csdesk 儲存密碼的憑據儲存；每次啟動時都會詢問密碼。</translation>
    </message>
    <message>
        <source>Another seat is doing the same right now (closing this month, finalising its appraisals, or importing). Nothing was changed; try again in a moment.</source>
        <extracomment>The lock every import takes: imports take turns (each lands whole).</extracomment>
        <translation>另一個席位正在做同樣的事（結算本月、定稿考核或匯入）。沒有做任何更改；請稍後再試。</translation>
    </message>
    <message>
        <source>The shop&apos;s server {url} stopped answering: {reason}. Nothing was saved; what you typed is kept. Try again once it answers (the status bar says when).</source>
        <translation>店鋪伺服器 {url} 沒有回應：{reason}。沒有儲存任何內容；你輸入的內容仍然保留。請在伺服器恢復後重試（狀態列會顯示）。</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Shared server</source>
        <translation>共享伺服器</translation>
    </message>
    <message>
        <source>Several seats share one shop on a PostgreSQL server (the shop&apos;s NAS or office PC). Ask whoever set it up for these details.</source>
        <translation>多個席位透過一臺 PostgreSQL 伺服器（店裡的 NAS 或辦公電腦）共用一個店鋪。以下資訊請向搭建伺服器的人索取。</translation>
    </message>
    <message>
        <source>e.g. shop-nas or 192.168.1.20</source>
        <translation>例如 shop-nas 或 192.168.1.20</translation>
    </message>
    <message>
        <source>&amp;Remember the password in this computer&apos;s credential store</source>
        <translation>把密碼記在本機的憑據儲存中(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>伺服器(&amp;S)：</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>埠(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>資料庫(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>使用者(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>測試連線(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Use this server</source>
        <translation>使用此伺服器(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Move this shop there…</source>
        <translation>把本店遷移過去(&amp;M)…</translation>
    </message>
    <message>
        <source>Use the shop &amp;file on this computer</source>
        <translation>使用本機的店鋪檔案(&amp;F)</translation>
    </message>
    <message>
        <source>Fill in the server and the database.</source>
        <translation>請填寫伺服器和資料庫。</translation>
    </message>
    <message>
        <source>Connected. The database is empty: move this shop there, or the first seat to use it starts a new shop.</source>
        <translation>已連線。該資料庫是空的：可把本店遷移過去，否則第一個使用它的席位會新建一個店鋪。</translation>
    </message>
    <message>
        <source>Connected. The database holds a csdesk shop.</source>
        <translation>已連線。該資料庫中有一個 csdesk 店鋪。</translation>
    </message>
    <message>
        <source>Connected. The database holds a shop of an older csdesk; the first seat to open it updates it.</source>
        <translation>已連線。該資料庫中的店鋪來自舊版 csdesk；第一個開啟它的席位會將其升級。</translation>
    </message>
    <message>
        <source>From its next start, csdesk on this computer opens the shop on {url}.</source>
        <translation>從下次啟動起，本機的 csdesk 將開啟 {url} 上的店鋪。</translation>
    </message>
    <message>
        <source>This database holds a shop already; a shop moves only into an empty database.</source>
        <translation>該資料庫中已有店鋪；店鋪只能遷移到空資料庫。</translation>
    </message>
    <message>
        <source>Moved {count} records to the server.</source>
        <translation>已將 {count} 條記錄遷移到伺服器。</translation>
    </message>
    <message>
        <source>Move this shop there</source>
        <translation>把本店遷移過去</translation>
    </message>
    <message>
        <source>Copying the shop to the server…</source>
        <translation>正在把店鋪複製到伺服器…</translation>
    </message>
    <message>
        <source>From its next start, csdesk on this computer opens the shop file in its data folder.</source>
        <translation>從下次啟動起，本機的 csdesk 將開啟其資料資料夾中的店鋪檔案。</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Training session</source>
        <translation>培訓場次</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>新增培訓場次</translation>
    </message>
    <message>
        <source>&amp;Course</source>
        <translation>課程(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Date and time</source>
        <translation>日期時間(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>學時(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Trainer</source>
        <translation>講師(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>形式(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>地點(&amp;L)</translation>
    </message>
    <message>
        <source>C&amp;ost</source>
        <translation>費用(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>備註(&amp;N)</translation>
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
        <translation>成績</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Add &amp;agents…</source>
        <translation>新增客服(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Add by &amp;post</source>
        <translation>依崗位新增(&amp;P)</translation>
    </message>
    <message>
        <source>Attendance only</source>
        <translation>僅考勤</translation>
    </message>
    <message>
        <source>Pass mark: {mark}</source>
        <translation>及格線：{mark}</translation>
    </message>
    <message>
        <source>{name}: the score “{text}” is not a number.</source>
        <translation>{name}：成績「{text}」不是數字。</translation>
    </message>
    <message>
        <source>?</source>
        <translation>？</translation>
    </message>
    <message>
        <source>Choose a course.</source>
        <translation>請選擇課程。</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <source>Import training records</source>
        <translation>匯入培訓記錄</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Course and date</source>
        <translation>課程和日期</translation>
    </message>
    <message>
        <source>Choose a CSV or Excel file with one line per agent per session. Headers in English or Chinese are recognised (工号, 姓名, 课程, 日期, 成绩 …). The file is checked first; nothing is written until you press Import.</source>
        <translation>請選擇 CSV 或 Excel 檔案，每人每場一列。可辨識中文或英文標題（工號、姓名、課程、日期、成績……）。檔案會先檢查；按下「匯入」前不會寫入任何資料。</translation>
    </message>
    <message>
        <source>No training sessions in this list. Plan one, or import the attendance records you kept in Excel.</source>
        <translation>此清單中沒有培訓場次。可以新增一場，或匯入您在 Excel 裡記錄的培訓簽到。</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>新增場次</translation>
    </message>
    <message>
        <source>&amp;New session</source>
        <translation>新增場次(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Edit / results</source>
        <translation>編輯／登錄成績(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>刪除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Sign-in sheet…</source>
        <translation>簽到表(&amp;S)…</translation>
    </message>
    <message>
        <source>Print the names with empty signature columns</source>
        <translation>列印名單，留空簽名欄</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>匯入(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>匯出(&amp;X)…</translation>
    </message>
    <message>
        <source>Training &amp;report…</source>
        <translation>培訓報告(&amp;R)…</translation>
    </message>
    <message>
        <source>Search course, trainer or agent</source>
        <translation>搜尋課程、講師或客服</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>課程</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>講師</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>學時</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>應到</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通過</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>費用</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年份</translation>
    </message>
    <message>
        <source>Training session</source>
        <translation>培訓場次</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>刪除場次</translation>
    </message>
    <message>
        <source>Delete the session {course} on {date} and its {count} attendance records?</source>
        <translation>刪除 {date} 的「{course}」場次及其 {count} 筆出勤記錄？</translation>
    </message>
    <message>
        <source>Export training records</source>
        <translation>匯出培訓記錄</translation>
    </message>
    <message>
        <source>training.xlsx</source>
        <translation>培訓記錄.xlsx</translation>
    </message>
    <message numerus="yes">
        <source>{count} records exported to {path}</source>
        <translation>
            <numerusform>已將 {count} 筆記錄匯出到 {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting training records…</source>
        <translation>正在匯出培訓紀錄…</translation>
    </message>
    <message>
        <source>Training report</source>
        <translation>培訓報告</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年份：</translation>
    </message>
    <message>
        <source>training-{year}.pdf</source>
        <translation>培訓報告-{year}.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Written to {path}</source>
        <translation>已寫入 {path}</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培訓</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>正在產生…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <source>Shop &amp;name</source>
        <translation>店鋪名稱(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Supervisor</source>
        <translation>主管(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <source>Backup &amp;folder</source>
        <translation>備份資料夾(&amp;F)</translation>
    </message>
    <message>
        <source>A backup is taken at the first start of each day and before every update; 7 daily, 4 weekly and 12 monthly are kept.</source>
        <translation>每天首次啟動時以及每次升級前都會自動備份；保留 7 份日備份、4 份周備份和 12 份月備份。</translation>
    </message>
    <message>
        <source>Shop &amp;calendar: holidays and make-up days…</source>
        <translation>店鋪日曆：節假日與補班(&amp;C)…</translation>
    </message>
    <message>
        <source>The days the complaint clocks and the rota treat as holidays</source>
        <translation>客訴計時和排班視為節假日的日子</translation>
    </message>
    <message>
        <source>&amp;Accounts and roles…</source>
        <translation>賬號與角色(&amp;A)…</translation>
    </message>
    <message>
        <source>Shared &amp;server…</source>
        <translation>共享伺服器(&amp;S)…</translation>
    </message>
    <message>
        <source>Several seats on one shop: a PostgreSQL server</source>
        <translation>多個席位共用一個店鋪：PostgreSQL 伺服器</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>備份資料夾</translation>
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
        <translation>新增班次</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分鐘</translation>
    </message>
    <message>
        <source>Archived (no longer given; past weeks keep it)</source>
        <translation>已封存（不再安排；以往各週保留）</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代碼</translation>
    </message>
    <message>
        <source>Shift name</source>
        <translation>班次名稱</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Ends (at or before the start: next day)</source>
        <translation>結束（不晚於開始時間即為次日）</translation>
    </message>
    <message>
        <source>Unpaid break</source>
        <translation>不計薪休息</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>顏色</translation>
    </message>
    <message>
        <source>Save shift</source>
        <translation>儲存班次</translation>
    </message>
    <message>
        <source>Shift colour</source>
        <translation>班次顏色</translation>
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
        <translation>員工</translation>
    </message>
    <message>
        <source>Rota</source>
        <translation>排班</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培訓</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>客訴</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>績效數據</translation>
    </message>
    <message>
        <source>Appraisals</source>
        <translation>績效考核</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>改進</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>審計</translation>
    </message>
    <message>
        <source>{page} ({count} overdue)</source>
        <translation>{page}（{count} 件逾時）</translation>
    </message>
    <message>
        <source>Overdue: {count}</source>
        <translation>逾時：{count}</translation>
    </message>
    <message>
        <source>{page} ({count})</source>
        <translation>{page}（{count}）</translation>
    </message>
    <message>
        <source>Needs attention: {count} (see Today)</source>
        <translation>待處理：{count}（見「今日」）</translation>
    </message>
    <message>
        <source>Who changed what, and when</source>
        <translation>誰在何時改了什麼</translation>
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
        <translation>登入 — {shop}</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>使用者名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登入</translation>
    </message>
    <message>
        <source>This shop&apos;s data is protected: sign in to open it.</source>
        <translation>此店鋪的資料受保護：請登入後開啟。</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>That agent no longer exists.</source>
        <translation>該客服已不存在。</translation>
    </message>
    <message>
        <source>The employee number is required.</source>
        <translation>員工編號為必填項。</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>姓名為必填項。</translation>
    </message>
    <message>
        <source>Employee number {no} is already used by {name}.</source>
        <translation>員工編號 {no} 已被 {name} 使用。</translation>
    </message>
    <message>
        <source>An agent who left needs a leaving date.</source>
        <translation>已離職的客服需要填寫離職日期。</translation>
    </message>
    <message>
        <source>A leaving date is only for an agent whose status is Left.</source>
        <translation>只有狀態為離職的客服才能填寫離職日期。</translation>
    </message>
    <message>
        <source>The leaving date is before the hire date.</source>
        <translation>離職日期早於入職日期。</translation>
    </message>
    <message>
        <source>The end of probation is before the hire date.</source>
        <translation>轉正日期早於入職日期。</translation>
    </message>
    <message>
        <source>Mentor {no} is not in the staff directory.</source>
        <translation>導師 {no} 不在員工名錄中。</translation>
    </message>
    <message>
        <source>An agent cannot be their own mentor.</source>
        <translation>客服不能擔任自己的導師。</translation>
    </message>
    <message>
        <source>Sub-account {account}: platform and account name are required.</source>
        <translation>子帳號 {account}：平台和帳號名為必填項。</translation>
    </message>
    <message>
        <source>Sub-account {account}: the end date is before the start date.</source>
        <translation>子帳號 {account}：結束日期早於開始日期。</translation>
    </message>
    <message>
        <source>Sub-account {account} is listed twice for the same dates.</source>
        <translation>子帳號 {account} 在相同日期內重複填寫。</translation>
    </message>
    <message>
        <source>Sub-account {account} belongs to {name} for overlapping dates.</source>
        <translation>子帳號 {account} 在重疊的日期內屬於 {name}。</translation>
    </message>
    <message>
        <source>The agent was not saved:</source>
        <translation>客服未儲存：</translation>
    </message>
    <message>
        <source>The agent was not found.</source>
        <translation>找不到該客服。</translation>
    </message>
    <message>
        <source>{name} has history (job rotations, mentees or records), so the record is archived instead of deleted: set the status to Left.</source>
        <translation>{name} 有歷史記錄（調崗、帶教的新人或其他記錄），因此只能歸檔不能刪除：請將狀態設為離職。</translation>
    </message>
</context>
<context>
    <name>StaffFields</name>
    <message>
        <source>Employee number</source>
        <translation>員工編號</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>崗位</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>級別</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Hire date</source>
        <translation>入職日期</translation>
    </message>
    <message>
        <source>End of probation</source>
        <translation>轉正日期</translation>
    </message>
    <message>
        <source>Leaving date</source>
        <translation>離職日期</translation>
    </message>
    <message>
        <source>Leaving reason</source>
        <translation>離職原因</translation>
    </message>
    <message>
        <source>Mentor (employee number)</source>
        <translation>導師（員工編號）</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>服務渠道</translation>
    </message>
    <message>
        <source>Platform sub-accounts</source>
        <translation>平台子帳號</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>No agents yet. Add them one by one, or import the staff list you keep in Excel.</source>
        <translation>還沒有客服。可以逐一新增，或匯入您在 Excel 裡維護的員工名單。</translation>
    </message>
    <message>
        <source>No agent matches the search and the filters.</source>
        <translation>沒有符合搜尋和篩選條件的客服。</translation>
    </message>
    <message>
        <source>New agent</source>
        <translation>新增客服</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>匯入…</translation>
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
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>C&amp;oaching…</source>
        <translation>輔導面談(&amp;O)…</translation>
    </message>
    <message>
        <source>A coaching session about last month</source>
        <translation>關於上月的輔導面談</translation>
    </message>
    <message>
        <source>&amp;Archive (left)</source>
        <translation>歸檔（離職）(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>刪除(&amp;D)</translation>
    </message>
    <message>
        <source>Only for a record with no history</source>
        <translation>僅限沒有歷史記錄的檔案</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>匯入(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>匯出(&amp;X)…</translation>
    </message>
    <message>
        <source>Export to CSV or Excel (Ctrl+E)</source>
        <translation>匯出為 CSV 或 Excel（Ctrl+E）</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>匯出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>列印(&amp;R)…</translation>
    </message>
    <message>
        <source>Open the staff list as a PDF to print (Ctrl+P)</source>
        <translation>以 PDF 開啟員工名單以便列印（Ctrl+P）</translation>
    </message>
    <message>
        <source>Search number, name, phone, sub-account (Ctrl+F)</source>
        <translation>搜尋員工編號、姓名、電話、子帳號（Ctrl+F）</translation>
    </message>
    <message>
        <source>All posts</source>
        <translation>全部崗位</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>全部級別</translation>
    </message>
    <message>
        <source>Current staff</source>
        <translation>在冊員工</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部人員</translation>
    </message>
    <message>
        <source>Delete agent</source>
        <translation>刪除客服</translation>
    </message>
    <message>
        <source>{name} has history (job rotations, mentees or records) and cannot be deleted. Use Archive to record that they left.</source>
        <translation>{name} 有歷史記錄（調崗、帶教的新人或其他記錄），不能刪除。請用「歸檔」記錄其離職。</translation>
    </message>
    <message>
        <source>Delete {name} ({no})? This cannot be undone.</source>
        <translation>刪除 {name}（{no}）嗎？此操作無法撤銷。</translation>
    </message>
    <message>
        <source>Export staff</source>
        <translation>匯出員工</translation>
    </message>
    <message>
        <source>staff.xlsx</source>
        <translation>員工名單.xlsx</translation>
    </message>
    <message numerus="yes">
        <source>{count} agents exported to {path}</source>
        <translation>
            <numerusform>已匯出 {count} 名客服到 {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting the staff list…</source>
        <translation>正在匯出員工名單…</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>匯出 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>staff.pdf</source>
        <translation>員工名單.pdf</translation>
    </message>
    <message numerus="yes">
        <source>{count} agents written to {path}</source>
        <translation>
            <numerusform>已將 {count} 名客服寫入 {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the staff list…</source>
        <translation>正在產生員工名單…</translation>
    </message>
</context>
<context>
    <name>Staffing</name>
    <message>
        <source>The contacts an hour must be 0 or more.</source>
        <translation>每小時諮詢量必須為 0 或以上。</translation>
    </message>
    <message>
        <source>The average handling time must be above 0 seconds.</source>
        <translation>平均處理時長必須大於 0 秒。</translation>
    </message>
    <message>
        <source>The service-level target must be above 0 and below 1 (0.8 is 80 %).</source>
        <translation>服務水準目標必須大於 0 且小於 1（0.8 即 80 %）。</translation>
    </message>
    <message>
        <source>The answer time must be 0 seconds or more.</source>
        <translation>規定接起時間必須為 0 秒或以上。</translation>
    </message>
    <message>
        <source>The concurrency (chats an agent handles at once) must be 1 or more.</source>
        <translation>同時接待數（每位客服同時處理的會話數）必須為 1 或以上。</translation>
    </message>
    <message>
        <source>The shrinkage must be 0 or more and below 1 (0.3 is 30 %).</source>
        <translation>損耗率必須為 0 或以上且小於 1（0.3 即 30 %）。</translation>
    </message>
    <message>
        <source>The occupancy cap must be above 0 and at most 1 (0.85 is 85 %).</source>
        <translation>佔用率上限必須大於 0 且不超過 1（0.85 即 85 %）。</translation>
    </message>
    <message>
        <source>More than 10,000 agents would be needed: check the figures.</source>
        <translation>所需客服超過 10,000 人：請檢查資料。</translation>
    </message>
</context>
<context>
    <name>StaffingDialog</name>
    <message>
        <source>Staffing settings</source>
        <translation>人力設定</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>Handling time</source>
        <translation>處理時長</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Answered within</source>
        <translation>回應時限</translation>
    </message>
    <message>
        <source>At once</source>
        <translation>同時接待</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Shrinkage (breaks, meetings, coaching, absence)</source>
        <translation>損耗（休息、會議、輔導、缺勤）</translation>
    </message>
    <message>
        <source>Occupancy, at most</source>
        <translation>佔用率上限</translation>
    </message>
    <message>
        <source>“At once”: chats an agent handles at the same time (1 for phone). Agents needed come from Erlang C; the rota is compared with them after shrinkage.</source>
        <translation>「同時接待」：一名客服同時處理的對話數（電話為 1）。所需人數由 Erlang C 計算，排班依含損耗的人數比較。</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>What was said or done</source>
        <translation>溝通內容或所做處理</translation>
    </message>
    <message>
        <source>Write what was said or done.</source>
        <translation>請寫下溝通內容或所做處理。</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>back up the shop</source>
        <translation>備份店鋪</translation>
    </message>
    <message>
        <source>restore the backup</source>
        <translation>還原備份</translation>
    </message>
    <message>
        <source>open the shop</source>
        <translation>開啟店鋪</translation>
    </message>
    <message>
        <source>The database {path} is locked by another program or csdesk process. Nothing was changed; wait until it has finished (or close it) and try again.</source>
        <translation>資料庫 {path} 已被其他程式或 csdesk 程序鎖定。未做任何變更；請等它完成（或關閉它）後再試。</translation>
    </message>
    <message>
        <source>{path} is read-only, so csdesk cannot save to it. Nothing was changed. Make the file and its folder writable, or work on a copy.</source>
        <translation>{path} 是唯讀的，csdesk 無法儲存。未做任何變更。請將檔案及其資料夾設為可寫，或使用副本。</translation>
    </message>
    <message>
        <source>csdesk is not allowed to use {path}. Nothing was changed. Check the file&apos;s and folder&apos;s permissions.</source>
        <translation>csdesk 沒有權限使用 {path}。未做任何變更。請檢查檔案和資料夾的權限。</translation>
    </message>
    <message>
        <source>csdesk cannot open {path}: the file or its folder is missing or cannot be reached. Nothing was changed.</source>
        <translation>csdesk 無法開啟 {path}：檔案或其資料夾不存在或無法存取。未做任何變更。</translation>
    </message>
    <message>
        <source>The disk that holds {path} is full. Nothing was saved; free some space and try again.</source>
        <translation>存放 {path} 的磁碟已滿。未儲存任何內容；請騰出空間後再試。</translation>
    </message>
    <message>
        <source>The disk reported an error while csdesk used {path}. Nothing was saved; check the disk (or the USB stick or network drive) and try again.</source>
        <translation>csdesk 使用 {path} 時磁碟回報了錯誤。未儲存任何內容；請檢查磁碟（或隨身碟、網路磁碟機）後再試。</translation>
    </message>
    <message>
        <source>{path} is damaged. Nothing was saved. Close csdesk and open it again: it checks the database and offers the newest good backup.</source>
        <translation>{path} 已損壞。未儲存任何內容。請關閉 csdesk 後重新開啟：它會檢查資料庫並提供最新的完好備份。</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>資料庫</translation>
    </message>
    <message>
        <source>the csdesk window</source>
        <translation>csdesk 視窗</translation>
    </message>
    <message>
        <source>an import</source>
        <translation>一項匯入</translation>
    </message>
    <message>
        <source>an export</source>
        <translation>一項匯出</translation>
    </message>
    <message>
        <source>a report</source>
        <translation>一份報表</translation>
    </message>
    <message>
        <source>a backup</source>
        <translation>一次備份</translation>
    </message>
    <message>
        <source>a restore</source>
        <translation>一次還原</translation>
    </message>
    <message>
        <source>a database update</source>
        <translation>一次資料庫升級</translation>
    </message>
    <message>
        <source>building the demo shop</source>
        <translation>產生示範店鋪</translation>
    </message>
    <message>
        <source>{role} (process {pid}, since {time})</source>
        <translation>{role}（程序 {pid}，自 {time} 起）</translation>
    </message>
    <message>
        <source>csdesk ({role})</source>
        <translation>csdesk（{role}）</translation>
    </message>
    <message>
        <source>another csdesk process</source>
        <translation>另一個 csdesk 程序</translation>
    </message>
    <message>
        <source>csdesk cannot {doing} now: the shop is in use by {who}. Nothing was changed; wait until they finish or close them, then try again.</source>
        <translation>csdesk 現在無法{doing}：店鋪正被{who}使用。未做任何變更；請等它們完成或將其關閉後再試。</translation>
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
        <translation>評審中</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>已採納</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>未採納</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>合理化建議</translation>
    </message>
    <message>
        <source>(a customer)</source>
        <translation>（顧客）</translation>
    </message>
    <message>
        <source>话术, 流程, 商品 …</source>
        <translation>話術、流程、商品 …</translation>
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
        <translation>或顧客(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Suggestion</source>
        <translation>建議(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Area</source>
        <translation>領域(&amp;A)</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>狀態(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Reason or decision</source>
        <translation>原因或決定(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;ward</source>
        <translation>獎勵(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Points</source>
        <translation>積分(&amp;P)</translation>
    </message>
</context>
<context>
    <name>Suggestions</name>
    <message>
        <source>Write the suggestion.</source>
        <translation>請填寫建議內容。</translation>
    </message>
    <message>
        <source>Say who made the suggestion: an agent or a customer.</source>
        <translation>請註明建議人：客服或顧客。</translation>
    </message>
    <message>
        <source>Say why it was rejected.</source>
        <translation>請說明未採納的原因。</translation>
    </message>
    <message>
        <source>A reward cannot be below zero.</source>
        <translation>獎勵不能小於零。</translation>
    </message>
    <message>
        <source>Only an adopted suggestion is rewarded.</source>
        <translation>只有被採納的建議才有獎勵。</translation>
    </message>
    <message>
        <source>Unknown status.</source>
        <translation>未知的狀態。</translation>
    </message>
    <message>
        <source>That suggestion no longer exists.</source>
        <translation>該建議已不存在。</translation>
    </message>
</context>
<context>
    <name>SuggestionsDialog</name>
    <message>
        <source>Suggestions</source>
        <translation>合理化建議</translation>
    </message>
    <message>
        <source>&amp;New suggestion…</source>
        <translation>新增建議(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編輯(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Adopt…</source>
        <translation>採納(&amp;A)…</translation>
    </message>
    <message>
        <source>No suggestions this year. Agents&apos; and customers&apos; ideas go here.</source>
        <translation>今年還沒有建議。客服和顧客的好點子記在這裡。</translation>
    </message>
    <message>
        <source>New suggestion…</source>
        <translation>新增建議…</translation>
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
        <translation>建議</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>領域</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>獎勵</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>積分</translation>
    </message>
    <message>
        <source>Reason or decision</source>
        <translation>原因或決定</translation>
    </message>
    <message>
        <source>Adopt</source>
        <translation>採納</translation>
    </message>
    <message>
        <source>Reward (¥, paid with this month&apos;s appraisal)</source>
        <translation>獎勵（元，隨本月考核發放）</translation>
    </message>
    <message>
        <source>Action to carry it out (empty: none)</source>
        <translation>落實的改進措施（留空：不建）</translation>
    </message>
</context>
<context>
    <name>TeamFiguresBox</name>
    <message>
        <source>Headcount and turnover</source>
        <translation>人數與離職率</translation>
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
        <translation>趨勢(&amp;T)…</translation>
    </message>
    <message>
        <source>Headcount and turnover of the last 12 months</source>
        <translation>近 12 個月的人數與離職率</translation>
    </message>
    <message>
        <source>Headcount at month end</source>
        <translation>月末人數</translation>
    </message>
    <message>
        <source>Hires</source>
        <translation>入職人數</translation>
    </message>
    <message>
        <source>Leavers</source>
        <translation>離職人數</translation>
    </message>
    <message>
        <source>Turnover (month)</source>
        <translation>月離職率</translation>
    </message>
    <message>
        <source>Average headcount (year)</source>
        <translation>年平均人數</translation>
    </message>
    <message>
        <source>Leavers (year)</source>
        <translation>年離職人數</translation>
    </message>
    <message>
        <source>Turnover (year)</source>
        <translation>年離職率</translation>
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
        <translation>客訴</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>改進措施</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培訓</translation>
    </message>
    <message>
        <source>Last month&apos;s appraisals</source>
        <translation>上月考核</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>年度目標</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>員工</translation>
    </message>
    <message>
        <source>Data on file</source>
        <translation>已匯入數據</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>備份</translation>
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
        <translation>此刻在崗：{count} 人</translation>
    </message>
    <message>
        <source>On leave: {count}</source>
        <translation>請假：{count} 人</translation>
    </message>
    <message>
        <source>Rule breaches this week: {count}</source>
        <translation>本週排班違規：{count}</translation>
    </message>
    <message>
        <source>Hours short of agents today: {count}</source>
        <translation>今日人手不足：{count} 個小時</translation>
    </message>
    <message>
        <source>Next week&apos;s rota ({first}) is not published</source>
        <translation>下週排班（{first}）尚未發布</translation>
    </message>
    <message>
        <source>Overdue: {count}</source>
        <translation>已逾時：{count}</translation>
    </message>
    <message>
        <source>Due today: {count}</source>
        <translation>今日到期：{count}</translation>
    </message>
    <message>
        <source>Waiting for the follow-up visit: {count}</source>
        <translation>待回訪：{count}</translation>
    </message>
    <message>
        <source>New and urgent: {count}</source>
        <translation>新的緊急客訴：{count}</translation>
    </message>
    <message>
        <source>Due this week: {count}</source>
        <translation>本週到期：{count}</translation>
    </message>
    <message>
        <source>Waiting for an effectiveness check: {count}</source>
        <translation>待驗證效果：{count}</translation>
    </message>
    <message>
        <source>Not cleared for duty: {count}</source>
        <translation>未獲上崗資格：{count}</translation>
    </message>
    <message>
        <source>Lapsing soon: {count}</source>
        <translation>即將到期：{count}</translation>
    </message>
    <message>
        <source>Expired: {count}</source>
        <translation>已過期：{count}</translation>
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
        <translation>待簽字：{count}</translation>
    </message>
    <message>
        <source>{first} is not closed</source>
        <translation>{first} 尚未結月</translation>
    </message>
    <message>
        <source>Off track: {count}</source>
        <translation>偏離目標：{count}</translation>
    </message>
    <message>
        <source>At risk: {count}</source>
        <translation>有風險：{count}</translation>
    </message>
    <message>
        <source>Probation ending within 14 days: {count}</source>
        <translation>14 天內試用期滿：{count}</translation>
    </message>
    <message>
        <source>New agents without a mentor: {count}</source>
        <translation>新人未安排導師：{count}</translation>
    </message>
    <message>
        <source>Onboarding: {count}</source>
        <translation>入職中：{count}</translation>
    </message>
    <message>
        <source>No conversations after {first}</source>
        <translation>{first} 之後沒有會話數據</translation>
    </message>
    <message>
        <source>Agent summaries up to {first}</source>
        <translation>客服彙總數據截至 {first}</translation>
    </message>
    <message>
        <source>Orders up to {first}</source>
        <translation>訂單數據截至 {first}</translation>
    </message>
    <message>
        <source>No backup today (last: {first})</source>
        <translation>今天還沒有備份（上次：{first}）</translation>
    </message>
    <message>
        <source>The backup folder cannot be reached: {first}</source>
        <translation>無法存取備份資料夾：{first}</translation>
    </message>
    <message>
        <source>Backups are on the database&apos;s own disk</source>
        <translation>備份與資料庫在同一塊磁碟上</translation>
    </message>
    <message>
        <source>The database is in a network or synced folder</source>
        <translation>資料庫位於網路或同步資料夾中</translation>
    </message>
    <message>
        <source>No contacts on file for {first}</source>
        <translation>{first} 沒有諮詢資料</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Covered, no breaches.</source>
        <translation>人手足夠，沒有違規。</translation>
    </message>
    <message>
        <source>Nothing overdue or due today.</source>
        <translation>沒有逾時或今日到期的客訴。</translation>
    </message>
    <message>
        <source>Nothing overdue or due this week.</source>
        <translation>沒有逾時或本週到期的措施。</translation>
    </message>
    <message>
        <source>Everyone is cleared and up to date.</source>
        <translation>人人具備上崗資格，證書課程均在有效期內。</translation>
    </message>
    <message>
        <source>Prepared, finalised, signed and closed.</source>
        <translation>已生成、定稿、簽字並結月。</translation>
    </message>
    <message>
        <source>No goal at risk.</source>
        <translation>沒有目標處於風險中。</translation>
    </message>
    <message>
        <source>No probation ending, every newcomer has a mentor.</source>
        <translation>近期無試用期滿，新人都有導師。</translation>
    </message>
    <message>
        <source>Conversations are on file up to yesterday.</source>
        <translation>會話數據已匯入至昨天。</translation>
    </message>
    <message>
        <source>Backed up today.</source>
        <translation>今天已備份。</translation>
    </message>
    <message>
        <source>Every channel met its targets.</source>
        <translation>各渠道均達標。</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>還沒有備份</translation>
    </message>
    <message>
        <source>No conversations imported yet</source>
        <translation>還沒有匯入會話數據</translation>
    </message>
    <message>
        <source>Satisfaction {value}</source>
        <extracomment>The figures the card shows, in its order.</extracomment>
        <translation>滿意率 {value}</translation>
    </message>
    <message>
        <source>First response {value}</source>
        <translation>首次響應 {value}</translation>
    </message>
    <message>
        <source>Service level {value}</source>
        <translation>服務水平 {value}</translation>
    </message>
    <message>
        <source> (target {target}, missed)</source>
        <translation>（目標 {target}，未達標）</translation>
    </message>
    <message>
        <source> (target {target})</source>
        <translation>（目標 {target}）</translation>
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
        <translation>重新整理</translation>
    </message>
    <message>
        <source>Count again (F5)</source>
        <translation>重新統計（F5）</translation>
    </message>
    <message>
        <source>Counted at {time}</source>
        <translation>統計於 {time}</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>The course code is required.</source>
        <translation>必須填寫課程代碼。</translation>
    </message>
    <message>
        <source>The course title is required.</source>
        <translation>必須填寫課程名稱。</translation>
    </message>
    <message>
        <source>Course code {code} is already used by {title}.</source>
        <translation>課程代碼 {code} 已被「{title}」使用。</translation>
    </message>
    <message>
        <source>Hours cannot be negative.</source>
        <translation>學時不能為負數。</translation>
    </message>
    <message>
        <source>The pass mark must be between 0 and 100.</source>
        <translation>及格線必須在 0 到 100 之間。</translation>
    </message>
    <message>
        <source>Validity must be at least one month, or empty.</source>
        <translation>有效期至少一個月，或留空表示永久有效。</translation>
    </message>
    <message>
        <source>The course was not saved:</source>
        <translation>課程未儲存：</translation>
    </message>
    <message>
        <source>That course no longer exists.</source>
        <translation>該課程已不存在。</translation>
    </message>
    <message>
        <source>{title} has sessions or certificates, so it is archived instead of deleted: tick Archived.</source>
        <translation>「{title}」已有培訓場次或證書，只能封存不能刪除：請勾選「已封存」。</translation>
    </message>
    <message>
        <source>That session no longer exists.</source>
        <translation>該場次已不存在。</translation>
    </message>
    <message>
        <source>Choose a course.</source>
        <translation>請選擇課程。</translation>
    </message>
    <message>
        <source>The cost cannot be negative.</source>
        <translation>費用不能為負數。</translation>
    </message>
    <message>
        <source>An attendee is not in the staff directory.</source>
        <translation>有一名學員不在員工名冊中。</translation>
    </message>
    <message>
        <source>{name} is listed twice.</source>
        <translation>{name}被列了兩次。</translation>
    </message>
    <message>
        <source>{name}: the score must be between 0 and 100.</source>
        <translation>{name}：成績必須在 0 到 100 之間。</translation>
    </message>
    <message>
        <source>{name} has a score but was not marked present.</source>
        <translation>{name}有成績，但未標記為出席。</translation>
    </message>
    <message>
        <source>The session was not saved:</source>
        <translation>場次未儲存：</translation>
    </message>
    <message>
        <source>Choose the agent who holds the certificate.</source>
        <translation>請選擇持證的客服。</translation>
    </message>
    <message>
        <source>The certificate&apos;s name is required.</source>
        <translation>必須填寫證書名稱。</translation>
    </message>
    <message>
        <source>The certificate expires before it was issued.</source>
        <translation>證書的到期日早於頒發日期。</translation>
    </message>
    <message>
        <source>The certificate was not saved:</source>
        <translation>證書未儲存：</translation>
    </message>
    <message>
        <source>That certificate no longer exists.</source>
        <translation>該證書已不存在。</translation>
    </message>
    <message>
        <source>The warning period must be 0 to 365 days.</source>
        <translation>提醒天數必須在 0 到 365 之間。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{name} has not passed every course required before duty: {courses}. Record a reason to put them on duty anyway.</source>
        <translation>{name}尚未通過全部上崗前必修課程：{courses}。如仍要安排上崗，請記錄理由。</translation>
    </message>
    <message>
        <source>A budget cannot be negative.</source>
        <translation>預算不能為負數。</translation>
    </message>
</context>
<context>
    <name>TrainingFields</name>
    <message>
        <source>Employee number</source>
        <translation>工號</translation>
    </message>
    <message>
        <source>employee number or name is needed</source>
        <translation>工號或姓名至少填一項</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Course (code or title)</source>
        <translation>課程（代碼或名稱）</translation>
    </message>
    <message>
        <source>an unknown course is added to the catalogue</source>
        <translation>未知課程會加入課程目錄</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>講師</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>學時</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出勤</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>成績</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通過</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>備註</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <source>Matrix</source>
        <translation>培訓矩陣</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>場次</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>課程</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>證書</translation>
    </message>
    <message>
        <source>Hours and cost</source>
        <translation>學時與費用</translation>
    </message>
</context>
<context>
    <name>TrendDialog</name>
    <message>
        <source>Headcount and turnover, last 12 months</source>
        <translation>近 12 個月人數與離職率</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>Headcount at month end</source>
        <translation>月末人數</translation>
    </message>
    <message>
        <source>Turnover</source>
        <translation>離職率</translation>
    </message>
    <message>
        <source>Headcount and turnover</source>
        <translation>人數與離職率</translation>
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
        <translation>狀態</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>生成時間</translation>
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
        <translation>總分</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>獎金</translation>
    </message>
    <message>
        <source>Finalised</source>
        <translation>定稿</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>簽收</translation>
    </message>
</context>
<context>
    <name>VocabularyTab</name>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>客訴數</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重新命名(&amp;R)…</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已封存</translation>
    </message>
    <message>
        <source>Bring &amp;back</source>
        <translation>還原(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>封存(&amp;A)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名稱：</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>新名稱</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重新命名</translation>
    </message>
</context>
<context>
    <name>WeekModel</name>
    <message>
        <source>Public holiday: {name}</source>
        <translation>國定假日：{name}</translation>
    </message>
    <message>
        <source>(overridden: {reason})</source>
        <translation>（已特批：{reason}）</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>工時</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>節假日</translation>
    </message>
    <message>
        <source>One day can have one kind of leave: {text}</source>
        <translation>一天只能有一種假：{text}</translation>
    </message>
</context>
<context>
    <name>WeekTab</name>
    <message>
        <source>No rule is broken this week.</source>
        <translation>本週沒有違反排班規則。</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>休息</translation>
    </message>
    <message>
        <source>Clear the selected days (Delete)</source>
        <translation>清空所選日子（Delete）</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>請假</translation>
    </message>
    <message>
        <source>Copy last week</source>
        <translation>複製上週</translation>
    </message>
    <message>
        <source>Copy from…</source>
        <translation>從某週複製…</translation>
    </message>
    <message>
        <source>Swap two agents</source>
        <translation>對調兩人</translation>
    </message>
    <message>
        <source>Select days of two agents: their shifts on those days change places</source>
        <translation>選取兩名客服的若干天：這些天的班次互換</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>發佈</translation>
    </message>
    <message>
        <source>Override…</source>
        <translation>特批…</translation>
    </message>
    <message>
        <source>A red corner marks a broken rule, a grey one a rule overridden with a reason. Double-click a line to go to its day.</source>
        <translation>紅角表示違反規則，灰角表示已說明理由特批。雙擊某列可跳到對應日子。</translation>
    </message>
    <message>
        <source>Draft: not published yet</source>
        <translation>草稿：尚未發佈</translation>
    </message>
    <message>
        <source>Published {when} by {who}; changes since are logged</source>
        <translation>{who} 於 {when} 發佈；之後的修改都有記錄</translation>
    </message>
    <message>
        <source> (type {code} in a cell)</source>
        <translation>（在格內輸入 {code}）</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未處理</translation>
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
        <translation>規則</translation>
    </message>
    <message>
        <source>What</source>
        <translation>情況</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Rule checks ({count} open)</source>
        <translation>規則檢查（{count} 項未處理）</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>休息</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
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
        <translation>修改後</translation>
    </message>
    <message>
        <source>Changes since publishing ({count})</source>
        <translation>發佈後的修改（{count}）</translation>
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
        <translation>請先在表格中選取日子。</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>貼上</translation>
    </message>
    <message>
        <source>Override “{rule}”…</source>
        <translation>特批「{rule}」…</translation>
    </message>
    <message>
        <source>Copy a week</source>
        <translation>複製一週</translation>
    </message>
    <message>
        <source>Replace the shifts of {target} with those of {source}? Leave stays as it is.</source>
        <translation>用 {source} 的班次取代 {target} 的班次嗎？請假保持不變。</translation>
    </message>
    <message numerus="yes">
        <source>{count} shifts copied from {source}</source>
        <translation>
            <numerusform>已從 {source} 複製 {count} 個班次</numerusform>
        </translation>
    </message>
    <message>
        <source>{week} ({first} – {last})</source>
        <translation>{week}（{first} – {last}）</translation>
    </message>
    <message>
        <source>Copy the shifts of:</source>
        <translation>複製以下一週的班次：</translation>
    </message>
    <message>
        <source>Select days of exactly two agents to swap.</source>
        <translation>請選取恰好兩名客服的日子再對調。</translation>
    </message>
    <message numerus="yes">
        <source>Swapped on {count} days</source>
        <translation>
            <numerusform>已對調 {count} 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Publish {week} to the team? Changes after this are logged.</source>
        <translation>向團隊發佈 {week} 嗎？之後的修改都會記錄。</translation>
    </message>
    <message numerus="yes">
        <source>{count} rule checks are still open.</source>
        <translation>
            <numerusform>還有 {count} 項規則檢查未處理。</numerusform>
        </translation>
    </message>
    <message>
        <source>Override a rule</source>
        <translation>特批規則</translation>
    </message>
    <message>
        <source>{rule} on {day}: {what}
Why may the rule be broken here?</source>
        <translation>{day} {rule}：{what}
為什麼此處可以不按規則？</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to csdesk</source>
        <translation>歡迎使用 csdesk</translation>
    </message>
    <message>
        <source>csdesk keeps your customer-service team&apos;s roster, training, appraisals and complaint follow-ups on this computer. How would you like to start?</source>
        <translation>csdesk 在本機儲存客服團隊的花名冊、培訓、考核和投訴跟進記錄。您想如何開始？</translation>
    </message>
    <message>
        <source>Start an &amp;empty shop</source>
        <translation>新建空白店鋪(&amp;E)</translation>
    </message>
    <message>
        <source>Open a &amp;demo shop (20 agents, a year of history)</source>
        <translation>開啟示範店鋪（20 名客服、一年的歷史資料）(&amp;D)</translation>
    </message>
    <message>
        <source>e.g. 小美家居旗舰店</source>
        <translation>例如：小美家居旗艦店</translation>
    </message>
    <message>
        <source>Shop &amp;name</source>
        <translation>店鋪名稱(&amp;N)</translation>
    </message>
    <message>
        <source>Please give the shop a name.</source>
        <translation>請填寫店鋪名稱。</translation>
    </message>
    <message>
        <source>Demo shop</source>
        <translation>示範店鋪</translation>
    </message>
    <message>
        <source>Building the demo shop: a year of a 20-agent team…</source>
        <translation>正在建立示範店鋪：20 名客服一年的資料…</translation>
    </message>
</context>
<context>
    <name>WhatIfPanel</name>
    <message>
        <source>What if</source>
        <translation>試算</translation>
    </message>
    <message>
        <source>(now → with the edits)</source>
        <translation>（現行 → 修改後）</translation>
    </message>
    <message>
        <source>Try on &amp;month</source>
        <translation>試算月份(&amp;M)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>工號</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>崗位</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>總分</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>獎金</translation>
    </message>
    <message>
        <source>No agent worked in this month.</source>
        <translation>本月沒有客服上崗。</translation>
    </message>
    <message>
        <source>Bonus total now {now}; grades now {grades}. The edited rules cannot score yet: see the problems below.</source>
        <translation>現行獎金合計 {now}；現行等級 {grades}。修改後的規則暫無法計分：見下方問題。</translation>
    </message>
    <message>
        <source>Bonus total: {now} now, {edited} edited ({change}). Grades now {grades}; edited {edited_grades}. {changed} of {count} agents change.</source>
        <translation>獎金合計：現行 {now}，修改後 {edited}（{change}）。現行等級 {grades}；修改後 {edited_grades}。{count} 人中有 {changed} 人變化。</translation>
    </message>
</context>
<context>
    <name>_RecordList</name>
    <message>
        <source>&amp;New…</source>
        <translation>新增(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開啟(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>刪除(&amp;D)</translation>
    </message>
</context>
</TS>
