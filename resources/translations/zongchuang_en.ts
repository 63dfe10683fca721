<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>ApplicantScreen</name>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>民族</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>公民身份号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>住址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>签发机关</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>有效期至</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>读卡（F4）</source>
        <translation>Read card (F4)</translation>
    </message>
    <message>
        <source>调用历史资料（需申请人同意）</source>
        <translation>Reuse earlier data (applicant's consent)</translation>
    </message>
    <message>
        <source>证件信息（人证比对：完整信息只在本屏显示，并记入审计）</source>
        <translation>Card (identity check: full values on this screen only, and audited)</translation>
    </message>
    <message>
        <source>尚未选择办件：按 F3 新建办件，或在今日办件中打开</source>
        <translation>No case open: press F3 for a new case, or open one from Today</translation>
    </message>
    <message>
        <source>办件 {n}：{item}
申请人：{who}  联系人：{contact}</source>
        <translation>Case {n}: {item}
Applicant: {who}  Contact: {contact}</translation>
    </message>
    <message>
        <source>未连接读卡器</source>
        <translation>No card reader</translation>
    </message>
    <message>
        <source>读卡器就绪，请放置证件</source>
        <translation>Reader ready: place the card</translation>
    </message>
    <message>
        <source>已检测到证件</source>
        <translation>Card detected</translation>
    </message>
    <message>
        <source>正在读卡…</source>
        <translation>Reading card…</translation>
    </message>
    <message>
        <source>读卡器故障</source>
        <translation>Reader error</translation>
    </message>
    <message>
        <source>读卡成功</source>
        <translation>Card read</translation>
    </message>
    <message>
        <source>读卡器：</source>
        <translation>Reader: </translation>
    </message>
    <message>
        <source>证件核验未通过</source>
        <translation>Card check failed</translation>
    </message>
    <message>
        <source>{p}

请人工核对证件。核对无误仍要写入办件吗？</source>
        <translation>{p}

Check the card by eye. Record it on the case anyway?</translation>
    </message>
    <message>
        <source>已从证件填入 {n} 项</source>
        <translation>{n} fields filled from the card</translation>
    </message>
    <message>
        <source>没有找到该申请人的历史资料</source>
        <translation>No earlier data for this applicant</translation>
    </message>
    <message>
        <source>历史资料</source>
        <translation>Earlier data</translation>
    </message>
    <message>
        <source>调用历史资料</source>
        <translation>Reuse earlier data</translation>
    </message>
    <message>
        <source>找到该申请人在办件 {n} 中填写的 {k} 项资料。
请向申请人说明并征得同意后再调用。
申请人是否同意？</source>
        <translation>Found {k} values this applicant gave in case {n}.
Explain this to the applicant and ask for consent first.
Does the applicant agree?</translation>
    </message>
    <message>
        <source>将填入（空白字段）：</source>
        <translation>Would fill (empty fields):</translation>
    </message>
    <message>
        <source>申请人未同意，未调用历史资料</source>
        <translation>The applicant did not agree; earlier data not used</translation>
    </message>
    <message>
        <source>已调用历史资料 {n} 项，请在表单中确认</source>
        <translation>{n} earlier values filled; confirm them in the form</translation>
    </message>
    <message>
        <source>未读卡</source>
        <translation>no card read</translation>
    </message>
    <message>
        <source>证件无照片</source>
        <translation>no photo on the card</translation>
    </message>
</context>
<context>
    <name>CaptureScreen</name>
    <message>
        <source>材料采集</source>
        <translation>Capture materials</translation>
    </message>
    <message>
        <source>材料（↑↓ 选择）</source>
        <translation>Materials (↑↓ to choose)</translation>
    </message>
    <message>
        <source>本材料的页（Tab）：Delete 删除 · Ctrl+R 替换 · M 移到其他材料 · Ctrl+↑↓ 排序</source>
        <translation>Pages of this material (Tab): Delete deletes · Ctrl+R replaces · M moves to another material · Ctrl+↑↓ reorders</translation>
    </message>
    <message>
        <source>无摄像头画面</source>
        <translation>No camera picture</translation>
    </message>
    <message>
        <source>培训：桌上的材料（Ctrl+D）</source>
        <translation>Training: document on the desk (Ctrl+D)</translation>
    </message>
    <message>
        <source>拍摄（F5/空格）</source>
        <translation>Capture (F5/Space)</translation>
    </message>
    <message>
        <source>自动拍摄（A）</source>
        <translation>Auto-capture (A)</translation>
    </message>
    <message>
        <source>扫描仪</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <source>导入文件（Ctrl+O）</source>
        <translation>Import file (Ctrl+O)</translation>
    </message>
    <message>
        <source>替换此页（Ctrl+R）</source>
        <translation>Replace page (Ctrl+R)</translation>
    </message>
    <message>
        <source>质量检查</source>
        <translation>Quality check</translation>
    </message>
    <message>
        <source>采集</source>
        <translation>Capture</translation>
    </message>
    <message>
        <source>（桌上没有材料）</source>
        <translation>(nothing on the desk)</translation>
    </message>
    <message>
        <source>待收</source>
        <translation>pending</translation>
    </message>
    <message>
        <source>已收</source>
        <translation>received</translation>
    </message>
    <message>
        <source>容缺</source>
        <translation>supplied later</translation>
    </message>
    <message>
        <source>承诺</source>
        <translation>commitment</translation>
    </message>
    <message>
        <source>免交</source>
        <translation>exempt</translation>
    </message>
    <message>
        <source>{n} 页</source>
        <translation>{n} page(s)</translation>
    </message>
    <message>
        <source>第 {p} 页</source>
        <translation>page {p}</translation>
    </message>
    <message>
        <source>第 {p} 页：{verdict}</source>
        <translation>Page {p}: {verdict}</translation>
    </message>
    <message>
        <source>✔ 质量合格</source>
        <translation>✔ quality OK</translation>
    </message>
    <message>
        <source>{code} 尚未采集</source>
        <translation>{code}: nothing captured yet</translation>
    </message>
    <message>
        <source>摄像头就绪</source>
        <translation>Camera ready</translation>
    </message>
    <message>
        <source>高拍仪：</source>
        <translation>Document camera: </translation>
    </message>
    <message>
        <source>正在导入并识别 {name}…</source>
        <translation>Importing and reading {name}…</translation>
    </message>
    <message>
        <source>正在处理第 {n}/{total} 页图像…</source>
        <translation>Processing page image {n}/{total}…</translation>
    </message>
    <message>
        <source>已识别 {total}/{total} 页，正在预填表单…</source>
        <translation>Read {total}/{total} pages, filling the form…</translation>
    </message>
    <message>
        <source>正在识别第 {n}/{total} 页…</source>
        <translation>Reading page {n}/{total}…</translation>
    </message>
    <message>
        <source>{code} 还没有页面，直接拍摄即可</source>
        <translation>{code} has no pages yet; just capture</translation>
    </message>
    <message>
        <source>下一次拍摄/导入将替换 {code} 第 {p} 页（Esc 取消）</source>
        <translation>The next capture/import replaces {code} page {p} (Esc cancels)</translation>
    </message>
    <message>
        <source>已取消替换</source>
        <translation>Replacement cancelled</translation>
    </message>
    <message>
        <source>已删除 {code} 第 {p} 页</source>
        <translation>Deleted {code} page {p}</translation>
    </message>
    <message>
        <source>移到其他材料</source>
        <translation>Move to another material</translation>
    </message>
    <message>
        <source>把 {code} 第 {p} 页移到：</source>
        <translation>Move {code} page {p} to:</translation>
    </message>
    <message>
        <source>已移到 {to}</source>
        <translation>Moved to {to}</translation>
    </message>
    <message>
        <source>留在 {code}</source>
        <translation>Keep in {code}</translation>
    </message>
    <message>
        <source>删除这一页</source>
        <translation>Delete this page</translation>
    </message>
    <message>
        <source>这一页放在哪里？</source>
        <translation>Where does this page go?</translation>
    </message>
    <message>
        <source>{code} 第 {p} 页识别为“{kind}”，不符合任何待收材料。请选择放在哪份材料，或删除：</source>
        <translation>{code} page {p} was read as “{kind}”, which fits no pending material. Choose where it goes, or delete it:</translation>
    </message>
    <message>
        <source>已替换 {code} 第 {p} 页（识别为{kind}）</source>
        <translation>Replaced {code} page {p} (read as {kind})</translation>
    </message>
    <message>
        <source>识别为{kind}，已归入 {to} {name}</source>
        <translation>Read as {kind}; filed into {to} {name}</translation>
    </message>
    <message>
        <source>已保存 {code}（识别为{kind}）</source>
        <translation>Saved to {code} (read as {kind})</translation>
    </message>
    <message>
        <source>上次采集（{code}）：{verdict}</source>
        <translation>Last capture ({code}): {verdict}</translation>
    </message>
    <message>
        <source>正在拍摄并识别…</source>
        <translation>Capturing and reading…</translation>
    </message>
    <message>
        <source>正在扫描…</source>
        <translation>Scanning…</translation>
    </message>
    <message>
        <source>导入材料文件</source>
        <translation>Import a material file</translation>
    </message>
    <message>
        <source>图像或 PDF (*.jpg *.jpeg *.png *.tif *.tiff *.pdf)</source>
        <translation>Images or PDF (*.jpg *.jpeg *.png *.tif *.tiff *.pdf)</translation>
    </message>
</context>
<context>
    <name>ChoiceDialog</name>
    <message>
        <source>↑↓ 选择，Enter 确定，Esc 取消</source>
        <translation>↑↓ choose, Enter takes it, Esc cancels</translation>
    </message>
</context>
<context>
    <name>CobrowsePanel</name>
    <message>
        <source>远程帮办</source>
        <translation>Remote help</translation>
    </message>
    <message>
        <source>平台连接：未连接</source>
        <translation>Platform: not connected</translation>
    </message>
    <message>
        <source>暂无协助请求</source>
        <translation>No help request</translation>
    </message>
    <message>
        <source>申请人已同意远程协助（对方只能看到遮蔽后的个人信息）</source>
        <translation>The applicant agreed to remote help (the helper sees masked personal data only)</translation>
    </message>
    <message>
        <source>接受协助</source>
        <translation>Accept help</translation>
    </message>
    <message>
        <source>拒绝</source>
        <translation>Decline</translation>
    </message>
    <message>
        <source>远程建议值（选中后按 Insert 采纳）</source>
        <translation>Suggested values (select and press Insert to take one)</translation>
    </message>
    <message>
        <source>采纳 (Insert)</source>
        <translation>Take (Insert)</translation>
    </message>
    <message>
        <source>忽略</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>经申请人同意，向对方显示此项</source>
        <translation>Show this value to the helper (applicant consented)</translation>
    </message>
    <message>
        <source>结束协助</source>
        <translation>End help</translation>
    </message>
    <message>
        <source>平台连接：已连接</source>
        <translation>Platform: connected</translation>
    </message>
    <message>
        <source>平台连接：已断开，正在重连（不影响受理）</source>
        <translation>Platform: disconnected, reconnecting (acceptance goes on)</translation>
    </message>
    <message>
        <source>{0} 请求远程协助当前办件。{1}</source>
        <translation>{0} asks to help with the open case. {1}</translation>
    </message>
    <message>
        <source>协助已结束</source>
        <translation>Help ended</translation>
    </message>
    <message>
        <source>对方已断开，等待重连…</source>
        <translation>The other side disconnected; waiting…</translation>
    </message>
    <message>
        <source>对方已重新连接</source>
        <translation>The other side is back</translation>
    </message>
    <message>
        <source>对方指向：{0}</source>
        <translation>The helper points at: {0}</translation>
    </message>
    <message>
        <source>请先打开要协助的办件</source>
        <translation>Open the case to be helped first</translation>
    </message>
    <message>
        <source>正在协助：对方可看到本办件（个人信息已遮蔽）</source>
        <translation>Helping: the helper sees this case (personal data masked)</translation>
    </message>
    <message>
        <source>已拒绝协助请求</source>
        <translation>Help request declined</translation>
    </message>
    <message>
        <source>已按申请人同意向对方显示：{0}（已记录审计）</source>
        <translation>Shown to the helper with the applicant's consent: {0} (audited)</translation>
    </message>
</context>
<context>
    <name>DeliveryScreen</name>
    <message>
        <source>出件</source>
        <translation>Pickup</translation>
    </message>
    <message>
        <source>受理编号</source>
        <translation>Acceptance no.</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>打印证照/通知</source>
        <translation>Print certificate / notice</translation>
    </message>
    <message>
        <source>确认已出件</source>
        <translation>Mark delivered</translation>
    </message>
    <message>
        <source>待出件 {n} 件</source>
        <translation>{n} cases ready for pickup</translation>
    </message>
    <message>
        <source>没有待出件的办件</source>
        <translation>No cases ready for pickup</translation>
    </message>
    <message>
        <source>已送打印：{w}</source>
        <translation>Sent to printer: {w}</translation>
    </message>
</context>
<context>
    <name>ElicenseDialog</name>
    <message>
        <source>调取电子证照和共享数据</source>
        <translation>Fetch e-licences and shared data</translation>
    </message>
    <message>
        <source>请向申请人宣读：
为{purpose}，经您授权，窗口将向中心平台调取您（{holder}）的电子证照和共享数据，用于代替以下纸质材料：{names}。
本次授权仅用于本办件，可随时撤回，调取过程全程留痕。

申请人是否同意？</source>
        <translation>Read to the applicant:
For {purpose}, with your authorization the window fetches your ({holder}) e-licences and shared data from the central platform instead of these paper materials: {names}.
This authorization is for this case only, can be withdrawn at any time, and every lookup is logged.

Does the applicant agree?</translation>
    </message>
    <message>
        <source>本单位</source>
        <translation>this organisation</translation>
    </message>
    <message>
        <source>统一社会信用代码（18 位）</source>
        <translation>Unified social credit code (18 characters)</translation>
    </message>
    <message>
        <source>申请人同意，调取（Enter）</source>
        <translation>Applicant agrees, fetch (Enter)</translation>
    </message>
    <message>
        <source>不调取（Esc）</source>
        <translation>Do not fetch (Esc)</translation>
    </message>
    <message>
        <source>申请人撤回授权</source>
        <translation>Applicant withdraws consent</translation>
    </message>
    <message>
        <source>正在调取并核验…</source>
        <translation>Fetching and verifying…</translation>
    </message>
    <message>
        <source>已撤回电子证照调取授权 {n} 项</source>
        <translation>E-licence consent withdrawn ({n})</translation>
    </message>
    <message>
        <source>中心平台暂时无法连接：请照常收取纸质材料，联网后将自动核验。</source>
        <translation>The central platform cannot be reached: take the paper materials as usual; they are verified automatically when the network returns.</translation>
    </message>
    <message>
        <source>关闭（Enter）</source>
        <translation>Close (Enter)</translation>
    </message>
    <message>
        <source>按 Enter 采用：核验通过的材料免于提交，表单按证照信息填写。</source>
        <translation>Press Enter to take them: verified materials need not be handed in and the form is filled from the licences.</translation>
    </message>
    <message>
        <source>没有可采用的电子证照，请收取纸质材料。</source>
        <translation>No usable e-licence: take the paper materials.</translation>
    </message>
    <message>
        <source>一键采用（Enter）</source>
        <translation>Take all (Enter)</translation>
    </message>
    <message>
        <source>记录并关闭（Enter）</source>
        <translation>Record and close (Enter)</translation>
    </message>
    <message>
        <source>电子证照：免提交 {n} 项材料，填写 {k} 个字段</source>
        <translation>E-licences: {n} materials exempted, {k} fields filled</translation>
    </message>
    <message>
        <source>无法完成：{e}</source>
        <translation>Could not complete: {e}</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>待确认：请核对后按 Enter 确认</source>
        <translation>To confirm: check it and press Enter</translation>
    </message>
</context>
<context>
    <name>FormScreen</name>
    <message>
        <source>证件芯片</source>
        <translation>card chip</translation>
    </message>
    <message>
        <source>识别</source>
        <translation>OCR</translation>
    </message>
    <message>
        <source>历史资料</source>
        <translation>Earlier data</translation>
    </message>
    <message>
        <source>电子证照</source>
        <translation>e-licence</translation>
    </message>
    <message>
        <source>人工</source>
        <translation>typed</translation>
    </message>
    <message>
        <source>帮办</source>
        <translation>helper</translation>
    </message>
    <message>
        <source>平台</source>
        <translation>platform</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>import</translation>
    </message>
    <message>
        <source>表单</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>反光遮挡，请重拍或手工录入</source>
        <translation>Glare on the document: retake the photo or type it in</translation>
    </message>
    <message>
        <source>照片模糊，请重拍或手工录入</source>
        <translation>Photo blurred: retake it or type it in</translation>
    </message>
    <message>
        <source>原件上未找到此栏，请手工录入</source>
        <translation>Label not found on the document: type it in</translation>
    </message>
    <message>
        <source>此栏内容未能识别，请重拍或手工录入</source>
        <translation>Value not readable: retake the photo or type it in</translation>
    </message>
    <message>
        <source>有字符无法确认，请对照原件录入</source>
        <translation>A character is doubtful: type it from the original</translation>
    </message>
    <message>
        <source>识别把握不足，请对照原件录入</source>
        <translation>Read with low confidence: type it from the original</translation>
    </message>
    <message>
        <source>校验位不符，请对照原件录入</source>
        <translation>Check digit failed: type it from the original</translation>
    </message>
    <message>
        <source>识别到多个候选，请手工录入</source>
        <translation>Several candidates found: type it in</translation>
    </message>
    <message>
        <source>换行内容不完整，请对照原件录入</source>
        <translation>A wrapped line is incomplete: type it from the original</translation>
    </message>
    <message>
        <source>内容不在规范名录中，请对照原件录入</source>
        <translation>Not in the official vocabulary: type it from the original</translation>
    </message>
    <message>
        <source>格式不符，请对照原件录入</source>
        <translation>Unexpected format: type it from the original</translation>
    </message>
    <message>
        <source>前后信息不一致，请对照原件录入</source>
        <translation>Inconsistent with other fields: type it from the original</translation>
    </message>
    <message>
        <source>图片无法辨认，请申请人发送原图或用原件重新拍摄/扫描</source>
        <translation>Picture unreadable: ask the applicant for the original file, or photograph/scan the original again</translation>
    </message>
    <message>
        <source>图片文字太小无法辨认，请申请人发送原图（勿用聊天压缩图）或用原件重新拍摄/扫描</source>
        <translation>Print too small to read: ask the applicant for the original file (not a chat app's compressed copy), or photograph/scan the original again</translation>
    </message>
    <message>
        <source>图片有屏幕摩尔纹或彩色噪点无法辨认，请申请人发送原图或用原件重新拍摄/扫描</source>
        <translation>Screen moiré or colour grain over the print: cannot be read; ask the applicant for the original file, or photograph/scan the original again</translation>
    </message>
    <message>
        <source>图片太暗无法辨认，请申请人发送原图或在充足光线下重新拍摄/扫描</source>
        <translation>Picture too dark to read: ask the applicant for the original file, or retake it in good light</translation>
    </message>
    <message>
        <source>图片模糊无法辨认，请申请人发送原图或用原件重新拍摄/扫描</source>
        <translation>Picture too blurred to read: ask the applicant for the original file, or photograph/scan the original again</translation>
    </message>
    <message>
        <source>原件图片无法辨认，见上方提示</source>
        <translation>Page unreadable as captured: see the note above</translation>
    </message>
    <message>
        <source>{n} 栏所依据的原件图片无法辨认：</source>
        <translation>{n} fields wait on a page unreadable as captured: </translation>
    </message>
    <message>
        <source>申请表</source>
        <translation>Application form</translation>
    </message>
    <message>
        <source>来源原件</source>
        <translation>Source document</translation>
    </message>
    <message>
        <source>选中字段后显示其来源材料的截图</source>
        <translation>Select a field to see the part of the document it was read from</translation>
    </message>
    <message>
        <source>尚未选择办件</source>
        <translation>No case open</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>办件 {n}  ·  已填 {a}/{b}  ·  待确认 {c}  ·  必填未填 {d}</source>
        <translation>Case {n}  ·  filled {a}/{b}  ·  to confirm {c}  ·  required missing {d}</translation>
    </message>
    <message>
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <source>{label}
来源：{src}
（无原件截图）</source>
        <translation>{label}
source: {src}
(no document crop)</translation>
    </message>
    <message>
        <source>{label}
来源：{src}（原件未找到）</source>
        <translation>{label}
source: {src} (document not found)</translation>
    </message>
</context>
<context>
    <name>HelperWindow</name>
    <message>
        <source>综窗 · 远程帮办（协助端）</source>
        <translation>Zongchuang · remote help (helper)</translation>
    </message>
    <message>
        <source>窗口工作站编号，如 420107-01</source>
        <translation>Window workstation, e.g. 420107-01</translation>
    </message>
    <message>
        <source>请求协助</source>
        <translation>Request help</translation>
    </message>
    <message>
        <source>结束</source>
        <translation>End</translation>
    </message>
    <message>
        <source>未连接</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <source>窗口：</source>
        <translation>Window: </translation>
    </message>
    <message>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>值</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>材料清单</source>
        <translation>Material checklist</translation>
    </message>
    <message>
        <source>窗口画面（遮蔽后，约每秒 1–2 帧）</source>
        <translation>Window view (masked, about 1–2 frames a second)</translation>
    </message>
    <message>
        <source>（尚无画面）</source>
        <translation>(no picture yet)</translation>
    </message>
    <message>
        <source>预审发现</source>
        <translation>Pre-review findings</translation>
    </message>
    <message>
        <source>指向此字段</source>
        <translation>Point at this field</translation>
    </message>
    <message>
        <source>建议值（对方按 Insert 采纳）</source>
        <translation>Suggested value (the clerk presses Insert to take it)</translation>
    </message>
    <message>
        <source>发送建议</source>
        <translation>Send suggestion</translation>
    </message>
    <message>
        <source>已发出请求，等待窗口接受…</source>
        <translation>Request sent; waiting for the window to accept…</translation>
    </message>
    <message>
        <source>窗口已接受，正在协助</source>
        <translation>Accepted by the window; helping</translation>
    </message>
    <message>
        <source>协助已结束</source>
        <translation>Help ended</translation>
    </message>
    <message>
        <source>已连接平台</source>
        <translation>Connected to the platform</translation>
    </message>
    <message>
        <source>与平台断开，正在重连…</source>
        <translation>Disconnected from the platform; reconnecting…</translation>
    </message>
    <message>
        <source>窗口端已断开，等待重连…</source>
        <translation>The window disconnected; waiting…</translation>
    </message>
    <message>
        <source>窗口端已重新连接</source>
        <translation>The window is back</translation>
    </message>
    <message>
        <source>（已遮蔽）</source>
        <translation>(masked)</translation>
    </message>
    <message>
        <source>（建议待采纳）</source>
        <translation>(suggestion pending)</translation>
    </message>
    <message>
        <source>（必交）</source>
        <translation>(required)</translation>
    </message>
    <message>
        <source>为“{0}”建议值（对方按 Insert 采纳）</source>
        <translation>Suggest a value for '{0}' (the clerk presses Insert to take it)</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <source>综窗 · 综合受理窗口工作站</source>
        <translation>Zongchuang · Integrated Acceptance Workstation</translation>
    </message>
    <message>
        <source>{center}（{code}）  第 {window} 号窗口</source>
        <translation>{center} ({code})  window {window}</translation>
    </message>
    <message>
        <source>工号</source>
        <translation>staff number</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>User</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>登录（Enter）</source>
        <translation>Log in (Enter)</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>屏幕已锁定，请输入密码解锁</source>
        <translation>The screen is locked: enter your password to unlock</translation>
    </message>
    <message>
        <source>正在核验…</source>
        <translation>Checking…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>综窗 · 综合受理窗口</source>
        <translation>Zongchuang · Integrated Acceptance Window</translation>
    </message>
    <message>
        <source> [培训模式]</source>
        <translation> [TRAINING]</translation>
    </message>
    <message>
        <source>培训模式 · 模拟设备 · 独立数据库 · 办件不会上报</source>
        <translation>TRAINING MODE · simulated devices · separate database · nothing is submitted</translation>
    </message>
    <message>
        <source>离线：平台不可达。办件照常受理并保存在本机，恢复联网后自动上报。</source>
        <translation>OFFLINE: the platform is unreachable. Cases are accepted as usual and kept on this PC; they are sent when the network returns.</translation>
    </message>
    <message>
        <source>请先确认 {n} 个低置信度字段（Enter 确认）</source>
        <translation>Confirm {n} low-confidence fields first (Enter confirms)</translation>
    </message>
    <message>
        <source>远程帮办不可用：{e}</source>
        <translation>Remote help unavailable: {e}</translation>
    </message>
    <message>
        <source>受理（按预审结论）</source>
        <translation>Accept (as pre-review allows)</translation>
    </message>
    <message>
        <source>新建办件</source>
        <translation>New case</translation>
    </message>
    <message>
        <source>搜索办件</source>
        <translation>Search cases</translation>
    </message>
    <message>
        <source>调用历史资料</source>
        <translation>Reuse earlier data</translation>
    </message>
    <message>
        <source>下一步（建立办件 / 去预审）</source>
        <translation>Next step (create case / go to pre-review)</translation>
    </message>
    <message>
        <source>申请人屏</source>
        <translation>Applicant screen</translation>
    </message>
    <message>
        <source>切换中文/English</source>
        <translation>Switch 中文/English</translation>
    </message>
    <message>
        <source>锁定/退出</source>
        <translation>Lock / log out</translation>
    </message>
    <message>
        <source>采集：替换所选页</source>
        <translation>Capture: replace the selected page</translation>
    </message>
    <message>
        <source>采集：删除所选页</source>
        <translation>Capture: delete the selected page</translation>
    </message>
    <message>
        <source>采集：把所选页移到其他材料</source>
        <translation>Capture: move the selected page to another material</translation>
    </message>
    <message>
        <source>采集：调整页序</source>
        <translation>Capture: reorder pages</translation>
    </message>
    <message>
        <source>培训：选择桌上的样张</source>
        <translation>Training: choose the sample on the desk</translation>
    </message>
    <message>
        <source>快捷键</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>未登录</source>
        <translation>not logged in</translation>
    </message>
    <message>
        <source>  ·  当前办件 {n} {item}（{state}）</source>
        <translation>  ·  case {n} {item} ({state})</translation>
    </message>
    <message>
        <source>{center} · {window} 号窗口 · 工作人员 {who}</source>
        <translation>{center} · window {window} · clerk {who}</translation>
    </message>
    <message>
        <source>自动上报未启动：{e}</source>
        <translation>Automatic sending did not start: {e}</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>{n}：{old} → {new}</source>
        <translation>{n}: {old} → {new}</translation>
    </message>
    <message>
        <source>已按国务院办公厅节假日通知重算 {k} 件办件的承诺办结日期（原为暂定）：{cases}。申请人需要时可在打印页重新打印受理回执</source>
        <translation>Promised dates of {k} case(s) recounted from the State Council's holiday notice (they were provisional): {cases}. Reprint the receipt on the Print screen if the applicant asks</translation>
    </message>
</context>
<context>
    <name>NewCaseScreen</name>
    <message>
        <source>新建办件</source>
        <translation>New case</translation>
    </message>
    <message>
        <source>事项名称、拼音首字母（如 ggcs）或事项编码</source>
        <translation>Item name, pinyin initials (e.g. ggcs) or item code</translation>
    </message>
    <message>
        <source>请先选择事项</source>
        <translation>Choose an item first</translation>
    </message>
    <message>
        <source>建立办件（Ctrl+Enter）</source>
        <translation>Create case (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>材料清单</source>
        <translation>Material checklist</translation>
    </message>
    <message>
        <source>【一件事】{name}
{code} · {dept} · {n} 个事项 · {ini}</source>
        <translation>[One-thing] {name}
{code} · {dept} · {n} items · {ini}</translation>
    </message>
    <message>
        <source>一件事：{name}（{code}）  牵头 {dept}</source>
        <translation>One-thing: {name} ({code})  lead {dept}</translation>
    </message>
    <message>
        <source>{name}（{code}）  承诺 {days} 个工作日</source>
        <translation>{name} ({code})  promised in {days} working days</translation>
    </message>
    <message>
        <source>必交</source>
        <translation>required</translation>
    </message>
    <message>
        <source>可容缺</source>
        <translation>may be supplied later</translation>
    </message>
    <message>
        <source>可承诺</source>
        <translation>by commitment</translation>
    </message>
    <message>
        <source>应改办事项 {code}：{reason}</source>
        <translation>Use item {code} instead: {reason}</translation>
    </message>
    <message>
        <source>尚未回答：{q}</source>
        <translation>Not answered yet: {q}</translation>
    </message>
    <message>
        <source>—— 一套材料（一次提交）——</source>
        <translation>—— one set of materials (handed over once) ——</translation>
    </message>
    <message>
        <source>成员事项核发后共享</source>
        <translation>shared once a member item issues it</translation>
    </message>
    <message>
        <source>选交</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>，{n} 个事项共用</source>
        <translation>, shared by {n} items</translation>
    </message>
    <message>
        <source>已建立一件事 {n}（{k} 个事项）</source>
        <translation>One-thing {n} created ({k} items)</translation>
    </message>
    <message>
        <source>已建立办件 {n}</source>
        <translation>Case {n} created</translation>
    </message>
</context>
<context>
    <name>PreReviewScreen</name>
    <message>
        <source>阻断</source>
        <translation>blocking</translation>
    </message>
    <message>
        <source>可容缺</source>
        <translation>may be supplied later</translation>
    </message>
    <message>
        <source>提醒</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>note</translation>
    </message>
    <message>
        <source>予以受理</source>
        <translation>accept</translation>
    </message>
    <message>
        <source>容缺受理</source>
        <translation>Accept, supply later</translation>
    </message>
    <message>
        <source>一次性告知</source>
        <translation>One-time notice</translation>
    </message>
    <message>
        <source>不予受理</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <source>转人工审核</source>
        <translation>manual review</translation>
    </message>
    <message>
        <source>一次性告知补正</source>
        <translation>one-time notice to complete the application</translation>
    </message>
    <message>
        <source>智能预审</source>
        <translation>Pre-review</translation>
    </message>
    <message>
        <source>按 F7 开始预审</source>
        <translation>Press F7 to pre-review</translation>
    </message>
    <message>
        <source>级别</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>位置</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>依据/建议</source>
        <translation>Basis / hint</translation>
    </message>
    <message>
        <source>预审（F7）</source>
        <translation>Pre-review (F7)</translation>
    </message>
    <message>
        <source>受理（F8）</source>
        <translation>Accept (F8)</translation>
    </message>
    <message>
        <source>打印一次性告知书</source>
        <translation>Print one-time notice</translation>
    </message>
    <message>
        <source>转人工</source>
        <translation>Manual review</translation>
    </message>
    <message>
        <source>预审</source>
        <translation>Pre-review</translation>
    </message>
    <message>
        <source>正在预审…</source>
        <translation>Pre-reviewing…</translation>
    </message>
    <message>
        <source>预审结论：{d}  ·  阻断 {b} · 可容缺 {t} · 提醒 {w} · 提示 {i}  ·  承诺办结 {due}</source>
        <translation>Result: {d}  ·  blocking {b} · tolerable {t} · warnings {w} · notes {i}  ·  due {due}</translation>
    </message>
    <message>
        <source>（F8）</source>
        <translation> (F8)</translation>
    </message>
    <message>
        <source>确认不予受理</source>
        <translation>Confirm refusal</translation>
    </message>
    <message>
        <source>将作出不予受理决定，并打印《不予受理通知书》，理由：

{r}

确定不予受理吗？</source>
        <translation>This refuses the application and prints the refusal notice, for these reasons:

{r}

Refuse?</translation>
    </message>
    <message>
        <source>已取消，未作出决定</source>
        <translation>Cancelled; nothing was decided</translation>
    </message>
    <message>
        <source>已一次性告知，办件保留待申请人补齐后继续受理</source>
        <translation>Notice given; the case stays open until the applicant brings the rest</translation>
    </message>
    <message>
        <source>受理</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>已{d}</source>
        <translation>Done: {d}</translation>
    </message>
</context>
<context>
    <name>PrintScreen</name>
    <message>
        <source>打印文书</source>
        <translation>Print documents</translation>
    </message>
    <message>
        <source>打印（F9）</source>
        <translation>Print (F9)</translation>
    </message>
    <message>
        <source>补打</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <source>无预览</source>
        <translation>No preview</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>尚未选择办件</source>
        <translation>No case open</translation>
    </message>
    <message>
        <source>正在准备文书…</source>
        <translation>Preparing documents…</translation>
    </message>
    <message>
        <source>（已打印 {n} 次）</source>
        <translation> (printed {n}×)</translation>
    </message>
    <message>
        <source> — 暂不可打印：{r}</source>
        <translation> — cannot print yet: {r}</translation>
    </message>
    <message>
        <source>可打印 {n} 份文书</source>
        <translation>{n} documents can be printed</translation>
    </message>
    <message>
        <source>正在生成预览…</source>
        <translation>Rendering preview…</translation>
    </message>
    <message>
        <source>预览：{name}</source>
        <translation>Preview: {name}</translation>
    </message>
    <message>
        <source>正在打印…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>《{doc}》已送打印：{where}{re}</source>
        <translation>'{doc}' sent to {where}{re}</translation>
    </message>
    <message>
        <source>（补打）</source>
        <translation> (reprint)</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <source>无法完成</source>
        <translation>Could not complete</translation>
    </message>
</context>
<context>
    <name>SecondScreen</name>
    <message>
        <source>综窗 · 申请人确认</source>
        <translation>Zongchuang · applicant confirmation</translation>
    </message>
    <message>
        <source>请核对以上信息，无误后在下方签名：</source>
        <translation>Please check the information above and sign below:</translation>
    </message>
    <message>
        <source>重签</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>确认并签名</source>
        <translation>Confirm and sign</translation>
    </message>
    <message>
        <source>请对本次服务进行评价：</source>
        <translation>Please rate our service:</translation>
    </message>
    <message>
        <source>非常满意</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>基本满意</source>
        <translation>Fairly satisfied</translation>
    </message>
    <message>
        <source>不满意</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <source>非常不满意</source>
        <translation>Very dissatisfied</translation>
    </message>
    <message>
        <source>培训模式 · 非真实办件</source>
        <translation>TRAINING · not a real case</translation>
    </message>
    <message>
        <source>欢迎办理</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>请稍候，窗口工作人员正在为您办理</source>
        <translation>Please wait, the clerk is preparing your case</translation>
    </message>
    <message>
        <source>事项：{item}</source>
        <translation>Item: {item}</translation>
    </message>
    <message>
        <source>受理编号：{n}</source>
        <translation>Acceptance no.: {n}</translation>
    </message>
    <message>
        <source>请先签名</source>
        <translation>Please sign first</translation>
    </message>
    <message>
        <source>感谢您的评价！</source>
        <translation>Thank you for your rating!</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>设置与设备诊断</source>
        <translation>Settings and device doctor</translation>
    </message>
    <message>
        <source>本机</source>
        <translation>This workstation</translation>
    </message>
    <message>
        <source>服务中心</source>
        <translation>Service center</translation>
    </message>
    <message>
        <source>窗口号</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>数据目录</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>日志目录</source>
        <translation>Log folder</translation>
    </message>
    <message>
        <source>事项目录版本</source>
        <translation>Catalog version</translation>
    </message>
    <message>
        <source>在数据目录的 config.toml 中设置 platform_url</source>
        <translation>Set platform_url in config.toml in the data folder</translation>
    </message>
    <message>
        <source>平台地址</source>
        <translation>Platform URL</translation>
    </message>
    <message>
        <source>界面语言（Ctrl+Shift+E）</source>
        <translation>Language (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>设备诊断</source>
        <translation>Device doctor</translation>
    </message>
    <message>
        <source>检测设备</source>
        <translation>Detect devices</translation>
    </message>
    <message>
        <source>测试读卡</source>
        <translation>Test card read</translation>
    </message>
    <message>
        <source>测试拍摄</source>
        <translation>Test capture</translation>
    </message>
    <message>
        <source>测试打印</source>
        <translation>Test print</translation>
    </message>
    <message>
        <source>套打校准页</source>
        <translation>Form-printer calibration page</translation>
    </message>
    <message>
        <source>平台与打印机</source>
        <translation>Platform and printer</translation>
    </message>
    <message>
        <source>平台 CA 证书文件（PEM），内网自建 CA 时填写</source>
        <translation>Platform CA certificate (PEM), for a private CA</translation>
    </message>
    <message>
        <source>（系统默认打印机）</source>
        <translation>(system default printer)</translation>
    </message>
    <message>
        <source>测试连接</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>查找打印机</source>
        <translation>Find printers</translation>
    </message>
    <message>
        <source>打印测试页</source>
        <translation>Print test page</translation>
    </message>
    <message>
        <source>保存设置</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <source>CA 证书</source>
        <translation>CA certificate</translation>
    </message>
    <message>
        <source>文书打印机</source>
        <translation>Document printer</translation>
    </message>
    <message>
        <source>正在连接平台…</source>
        <translation>Connecting to the platform…</translation>
    </message>
    <message>
        <source>已保存；重新启动综窗后生效</source>
        <translation>Saved; takes effect when the workstation restarts</translation>
    </message>
    <message>
        <source>找到打印机：{names}</source>
        <translation>Printers found: {names}</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>… {k}</source>
        <translation>… {k}</translation>
    </message>
</context>
<context>
    <name>SyncScreen</name>
    <message>
        <source>办件上报</source>
        <translation>Case submission</translation>
    </message>
    <message>
        <source>审计批次</source>
        <translation>Audit batch</translation>
    </message>
    <message>
        <source>数据同步</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>受理编号</source>
        <translation>Acceptance no.</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>尝试次数</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>立即同步（F11）</source>
        <translation>Sync now (F11)</translation>
    </message>
    <message>
        <source>重试选中</source>
        <translation>Retry selected</translation>
    </message>
    <message>
        <source>立即重试</source>
        <translation>Retry now</translation>
    </message>
    <message>
        <source>不再等待重试间隔，所有待上报的办件立即重试</source>
        <translation>Retry every queued case now instead of waiting for the retry interval</translation>
    </message>
    <message>
        <source>退回修改</source>
        <translation>Return for correction</translation>
    </message>
    <message>
        <source>平台拒收的办件退回草稿：修改后重新预审、受理，再次上报</source>
        <translation>A case the platform refused goes back to draft: correct it, pre-review and accept it again, and it is sent again</translation>
    </message>
    <message>
        <source>同步</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>平台在线</source>
        <translation>Platform online</translation>
    </message>
    <message>
        <source>离线：办件保存在本机，恢复联网后自动上报</source>
        <translation>Offline: cases are kept on this PC and sent when the network returns</translation>
    </message>
    <message>
        <source>{online}  ·  待上报 {p}  ·  失败 {f}  ·  上次同步 {t}</source>
        <translation>{online}  ·  queued {p}  ·  failed {f}  ·  last sync {t}</translation>
    </message>
    <message>
        <source>队列状态：{label}</source>
        <translation>Queue: {label}</translation>
    </message>
    <message>
        <source>本机时间 {local}，平台时间 {platform}，相差 {minutes} 分钟</source>
        <translation>This PC's time {local}, platform time {platform}: {minutes} minutes apart</translation>
    </message>
    <message>
        <source>最近错误：{error}</source>
        <translation>Last error: {error}</translation>
    </message>
    <message>
        <source>下次尝试：{at}</source>
        <translation>Next attempt: {at}</translation>
    </message>
    <message>
        <source>办件 {n} 已退回草稿：请在“今日办件”中打开，修改后重新预审、受理</source>
        <translation>Case {n} is a draft again: open it from Today's cases, correct it, then pre-review and accept it again</translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <source>… 待上报</source>
        <translation>… to send</translation>
    </message>
    <message>
        <source>✔ 已上报</source>
        <translation>✔ sent</translation>
    </message>
    <message>
        <source>✔ 审批中</source>
        <translation>✔ in approval</translation>
    </message>
    <message>
        <source>✔ 待出件</source>
        <translation>✔ ready for pickup</translation>
    </message>
    <message>
        <source>✖ 需补正</source>
        <translation>✖ correction needed</translation>
    </message>
    <message>
        <source>今日办件</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>搜索：受理编号 / 姓名或单位 / 证件号码（Ctrl+F）</source>
        <translation>Search: acceptance number / name or organisation / ID number (Ctrl+F)</translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>受理编号</source>
        <translation>Acceptance no.</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>办理结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>同步</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>承诺办结</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>只有尚未作出受理决定的办件（草稿、已预审）可在此作废；其他请由审核岗处理</source>
        <translation>Only a case without a decision (draft, pre-reviewed) can be voided here; ask a supervisor for the others</translation>
    </message>
    <message>
        <source>办件 {n} 已作废（审核岗 {who} 复核）</source>
        <translation>Case {n} voided (confirmed by supervisor {who})</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <source>作废办件</source>
        <translation>Void case</translation>
    </message>
    <message>
        <source>作废：{case}
作废后不能恢复；须填写原因，并由审核岗输入工号和密码复核。</source>
        <translation>Void: {case}
This cannot be undone; give the reason, and a supervisor confirms with their user name and password.</translation>
    </message>
    <message>
        <source>例如：事项选错、申请人离开、重复建件</source>
        <translation>e.g. wrong item, applicant left, duplicate</translation>
    </message>
    <message>
        <source>作废原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>审核岗工号</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>审核岗密码</source>
        <translation>Supervisor password</translation>
    </message>
    <message>
        <source>作废</source>
        <translation>Void</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>panel</name>
    <message>
        <source>远程帮办</source>
        <translation>Remote help</translation>
    </message>
</context>
<context>
    <name>screen</name>
    <message>
        <source>正在准备一件事文书…</source>
        <translation>Preparing the one-thing documents…</translation>
    </message>
    <message>
        <source>正在生成预览…</source>
        <translation>Rendering preview…</translation>
    </message>
    <message>
        <source>正在打印…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>一件事不能整体作废：请选中要作废的成员事项（其余成员照常办理）</source>
        <translation>A one-thing case is not voided as a whole: select the member item to void (the others go on)</translation>
    </message>
    <message>
        <source>正在打印一件事 {n} 的全部证照…</source>
        <translation>Printing every certificate of one-thing {n}…</translation>
    </message>
    <message>
        <source>已一次送打印 {k} 份证照（{p} 页）：{where}</source>
        <translation>Sent {k} certificates ({p} pages) to print at once: {where}</translation>
    </message>
    <message>
        <source>部分出件</source>
        <translation>Partial delivery</translation>
    </message>
    <message>
        <source>以下事项尚未办结：

{m}

先把已准予的办理结果交给申请人（部分出件，记入审计日志）吗？</source>
        <translation>These items are not finished yet:

{m}

Hand the applicant the results already granted (partial delivery, audited)?</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>已取消，未出件</source>
        <translation>Cancelled; nothing delivered</translation>
    </message>
    <message>
        <source>一件事 {n} 已出件：{d}</source>
        <translation>One-thing {n} delivered: {d}</translation>
    </message>
    <message>
        <source>；未办结 {o}（部分出件已记录）</source>
        <translation>; not finished {o} (partial delivery recorded)</translation>
    </message>
</context>
</TS>