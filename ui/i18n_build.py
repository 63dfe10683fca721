"""Developer tool: refresh the English translation of the workstation.

`python -m ui.i18n_build` runs `pyside6-lupdate` over `ui/` (Chinese is the source language),
fills every English translation from `EN` below, and compiles the `.qm` with
`pyside6-lrelease` (both ship in the PySide6-Essentials wheel). The `.ts` and `.qm` are
committed under resources/translations/. A string without an English entry stays
"unfinished" and shows in Chinese; `--check` fails when any is left (the tests run it).
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "zongchuang_en.ts"
QM = TS.with_suffix(".qm")

EN: dict[str, str] = {
    # main window
    "综窗 · 综合受理窗口": "Zongchuang · Integrated Acceptance Window",
    " [培训模式]": " [TRAINING]",
    "培训模式 · 模拟设备 · 独立数据库 · 办件不会上报": "TRAINING MODE · simulated devices · separate database · nothing is submitted",
    "离线：平台不可达。办件照常受理并保存在本机，恢复联网后自动上报。":
        "OFFLINE: the platform is unreachable. Cases are accepted as usual and kept on this PC; they are sent when the network returns.",
    "{center} · {window} 号窗口 · 工作人员 {who}": "{center} · window {window} · clerk {who}",
    "  ·  当前办件 {n} {item}（{state}）": "  ·  case {n} {item} ({state})",
    "未登录": "not logged in",
    "受理（按预审结论）": "Accept (as pre-review allows)",
    "新建办件": "New case",
    "搜索办件": "Search cases",
    "下一步（建立办件 / 去预审）": "Next step (create case / go to pre-review)",
    "申请人屏": "Applicant screen",
    "切换中文/English": "Switch 中文/English",
    "锁定/退出": "Lock / log out",
    "快捷键": "Keyboard shortcuts",
    # base
    "无法完成": "Could not complete",
    # login
    "综窗 · 综合受理窗口工作站": "Zongchuang · Integrated Acceptance Workstation",
    "{center}（{code}）  第 {window} 号窗口": "{center} ({code})  window {window}",
    "工号": "staff number",
    "用户名": "User",
    "密码": "Password",
    "登录（Enter）": "Log in (Enter)",
    "登录": "Login",
    # today
    "今日办件": "Today",
    "搜索：受理编号 / 姓名或单位 / 证件号码（Ctrl+F）": "Search: acceptance number / name or organisation / ID number (Ctrl+F)",
    "全部状态": "All states",
    "受理编号": "Acceptance no.",
    "事项": "Item",
    "申请人": "Applicant",
    "证件号码": "ID number",
    "状态": "State",
    "同步": "Sync",
    "承诺办结": "Due",
    "⏳ 待上报": "⏳ queued",
    "✔ 已上报": "✔ sent",
    "✔ 审批中": "✔ in approval",
    "✔ 待出件": "✔ ready for pickup",
    "✖ 需补正": "✖ correction needed",
    # new case
    "事项名称、拼音首字母（如 ggcs）或事项编码": "Item name, pinyin initials (e.g. ggcs) or item code",
    "请先选择事项": "Choose an item first",
    "建立办件（Ctrl+Enter）": "Create case (Ctrl+Enter)",
    "材料清单": "Material checklist",
    "{name}（{code}）  承诺 {days} 个工作日": "{name} ({code})  promised in {days} working days",
    "必交": "required",
    "可容缺": "may be supplied later",
    "可承诺": "by commitment",
    "选交": "optional",
    "应改办事项 {code}：{reason}": "Use item {code} instead: {reason}",
    "尚未回答：{q}": "Not answered yet: {q}",
    "已建立办件 {n}": "Case {n} created",
    # applicant
    "姓名": "Name",
    "性别": "Sex",
    "民族": "Ethnicity",
    "出生日期": "Date of birth",
    "公民身份号码": "ID number",
    "住址": "Address",
    "签发机关": "Issued by",
    "有效期至": "Valid until",
    "读卡（F4）": "Read card (F4)",
    "调用历史资料（需申请人同意）": "Reuse earlier data (applicant's consent)",
    "证件信息（已脱敏显示）": "Card data (masked)",
    "尚未选择办件：按 F3 新建办件，或在今日办件中打开": "No case open: press F3 for a new case, or open one from Today",
    "办件 {n}：{item}\n申请人：{who}  联系人：{contact}": "Case {n}: {item}\nApplicant: {who}  Contact: {contact}",
    "未连接读卡器": "No card reader",
    "读卡器就绪，请放置证件": "Reader ready: place the card",
    "已检测到证件": "Card detected",
    "正在读卡…": "Reading card…",
    "读卡器故障": "Reader error",
    "读卡成功": "Card read",
    "读卡器：": "Reader: ",
    "证件核验未通过": "Card check failed",
    "{p}\n\n请人工核对证件。核对无误仍要写入办件吗？": "{p}\n\nCheck the card by eye. Record it on the case anyway?",
    "已从证件填入 {n} 项": "{n} fields filled from the card",
    "没有找到该申请人的历史资料": "No earlier data for this applicant",
    "历史资料": "Earlier data",
    "调用历史资料": "Reuse earlier data",
    "找到该申请人在办件 {n} 中填写的 {k} 项资料。\n请向申请人说明并征得同意后再调用。\n申请人是否同意？":
        "Found {k} values this applicant gave in case {n}.\nExplain this to the applicant and ask for consent first.\nDoes the applicant agree?",
    "申请人未同意，未调用历史资料": "The applicant did not agree; earlier data not used",
    "已调用历史资料 {n} 项，请在表单中确认": "{n} earlier values filled; confirm them in the form",
    # capture
    "材料采集": "Capture materials",
    "材料（↑↓ 选择）": "Materials (↑↓ to choose)",
    "无摄像头画面": "No camera picture",
    "拍摄（F5/空格）": "Capture (F5/Space)",
    "自动拍摄（A）": "Auto-capture (A)",
    "扫描仪": "Scanner",
    "导入文件（Ctrl+O）": "Import file (Ctrl+O)",
    "重拍（Ctrl+R）": "Retake (Ctrl+R)",
    "质量检查": "Quality check",
    "采集": "Capture",
    "待收": "pending",
    "已收": "received",
    "容缺": "supplied later",
    "承诺": "commitment",
    "免交": "exempt",
    "{n} 页": "{n} page(s)",
    "✔ 质量合格": "✔ quality OK",
    "摄像头就绪": "Camera ready",
    "摄像头：": "Camera: ",
    "正在拍摄并识别…": "Capturing and reading…",
    "导入材料文件": "Import a material file",
    "图像或 PDF (*.jpg *.jpeg *.png *.tif *.tiff *.pdf)": "Images or PDF (*.jpg *.jpeg *.png *.tif *.tiff *.pdf)",
    "请重新拍摄 {code}": "Capture {code} again",
    "已保存 {code} 第 {p} 页": "Saved {code} page {p}",
    # form
    "证件芯片": "card chip",
    "识别": "OCR",
    "电子证照": "e-licence",
    "人工": "typed",
    "帮办": "helper",
    "平台": "platform",
    "导入": "import",
    "表单": "Form",
    "待确认：请核对后按 Enter 确认": "To confirm: check it and press Enter",
    "反光遮挡，请重拍或手工录入": "Glare on the document: retake the photo or type it in",
    "照片模糊，请重拍或手工录入": "Photo blurred: retake it or type it in",
    "原件上未找到此栏，请手工录入": "Label not found on the document: type it in",
    "原件图片无法辨认，见上方提示": "Page unreadable as captured: see the note above",
    "{n} 栏所依据的原件图片无法辨认：": "{n} fields wait on a page unreadable as captured: ",
    "图片无法辨认，请申请人发送原图或用原件重新拍摄/扫描":
        "Picture unreadable: ask the applicant for the original file, or photograph/scan the original again",
    "图片文字太小无法辨认，请申请人发送原图（勿用聊天压缩图）或用原件重新拍摄/扫描":
        "Print too small to read: ask the applicant for the original file (not a chat app's compressed copy), "
        "or photograph/scan the original again",
    "图片有屏幕摩尔纹或彩色噪点无法辨认，请申请人发送原图或用原件重新拍摄/扫描":
        "Screen moiré or colour grain over the print: cannot be read; ask the applicant for the original file, "
        "or photograph/scan the original again",
    "图片太暗无法辨认，请申请人发送原图或在充足光线下重新拍摄/扫描":
        "Picture too dark to read: ask the applicant for the original file, or retake it in good light",
    "图片模糊无法辨认，请申请人发送原图或用原件重新拍摄/扫描":
        "Picture too blurred to read: ask the applicant for the original file, or photograph/scan the original again",
    "此栏内容未能识别，请重拍或手工录入": "Value not readable: retake the photo or type it in",
    "有字符无法确认，请对照原件录入": "A character is doubtful: type it from the original",
    "识别把握不足，请对照原件录入": "Read with low confidence: type it from the original",
    "校验位不符，请对照原件录入": "Check digit failed: type it from the original",
    "识别到多个候选，请手工录入": "Several candidates found: type it in",
    "换行内容不完整，请对照原件录入": "A wrapped line is incomplete: type it from the original",
    "内容不在规范名录中，请对照原件录入": "Not in the official vocabulary: type it from the original",
    "格式不符，请对照原件录入": "Unexpected format: type it from the original",
    "前后信息不一致，请对照原件录入": "Inconsistent with other fields: type it from the original",
    "申请表": "Application form",
    "来源原件": "Source document",
    "选中字段后显示其来源材料的截图": "Select a field to see the part of the document it was read from",
    "尚未选择办件": "No case open",
    "其他": "Other",
    "办件 {n}  ·  已填 {a}/{b}  ·  待确认 {c}  ·  必填未填 {d}": "Case {n}  ·  filled {a}/{b}  ·  to confirm {c}  ·  required missing {d}",
    "无": "none",
    "{label}\n来源：{src}\n（无原件截图）": "{label}\nsource: {src}\n(no document crop)",
    "{label}\n来源：{src}（原件未找到）": "{label}\nsource: {src} (document not found)",
    # pre-review
    "智能预审": "Pre-review",
    "按 F7 开始预审": "Press F7 to pre-review",
    "级别": "Severity",
    "问题": "Finding",
    "位置": "Where",
    "依据/建议": "Basis / hint",
    "预审（F7）": "Pre-review (F7)",
    "受理（F8）": "Accept (F8)",
    "容缺受理": "Accept, supply later",
    "容缺受理（F8）": "Accept, supply later (F8)",
    "受理": "Accept",
    "屏幕已锁定，请输入密码解锁": "The screen is locked: enter your password to unlock",
    "请先确认 {n} 个低置信度字段（Enter 确认）": "Confirm {n} low-confidence fields first (Enter confirms)",
    "不予受理": "Refuse",
    "转人工": "Manual review",
    "预审": "Pre-review",
    "正在预审…": "Pre-reviewing…",
    "阻断": "blocking",
    "提醒": "warning",
    "提示": "note",
    "予以受理": "accept",
    "转人工审核": "manual review",
    "预审结论：{d}  ·  阻断 {b} · 可容缺 {t} · 提醒 {w}  ·  承诺办结 {due}":
        "Result: {d}  ·  blocking {b} · supply later {t} · warnings {w}  ·  due {due}",
    "已{d}": "Done: {d}",
    # print
    "打印文书": "Print documents",
    "打印（F9）": "Print (F9)",
    "补打": "Reprint",
    "无预览": "No preview",
    "打印": "Print",
    "正在准备文书…": "Preparing documents…",
    "（已打印 {n} 次）": " (printed {n}×)",
    " — 暂不可打印：{r}": " — cannot print yet: {r}",
    "可打印 {n} 份文书": "{n} documents can be printed",
    "正在生成预览…": "Rendering preview…",
    "预览：{name}": "Preview: {name}",
    "正在打印…": "Printing…",
    "《{doc}》已送打印：{where}{re}": "'{doc}' sent to {where}{re}",
    "（补打）": " (reprint)",
    # delivery
    "出件": "Pickup",
    "结果": "Result",
    "打印证照/通知": "Print certificate / notice",
    "确认已出件": "Mark delivered",
    "待出件 {n} 件": "{n} cases ready for pickup",
    "没有待出件的办件": "No cases ready for pickup",
    "已送打印：{w}": "Sent to printer: {w}",
    # sync
    "数据同步": "Synchronisation",
    "类型": "Kind",
    "尝试次数": "Attempts",
    "错误": "Error",
    "立即同步（F11）": "Sync now (F11)",
    "重试选中": "Retry selected",
    "退回修改": "Return for correction",
    "平台拒收的办件退回草稿：修改后重新预审、受理，再次上报":
        "A case the platform refused goes back to draft: correct it, pre-review and accept it again, and it is sent again",
    "办件 {n} 已退回草稿：请在“今日办件”中打开，修改后重新预审、受理":
        "Case {n} is a draft again: open it from Today's cases, correct it, then pre-review and accept it again",
    "平台在线": "Platform online",
    "离线：办件保存在本机，恢复联网后自动上报": "Offline: cases are kept on this PC and sent when the network returns",
    "{online}  ·  待上报 {p}  ·  失败 {f}  ·  上次同步 {t}": "{online}  ·  queued {p}  ·  failed {f}  ·  last sync {t}",
    # settings
    "设置与设备诊断": "Settings and device doctor",
    "本机": "This workstation",
    "服务中心": "Service center",
    "窗口号": "Window",
    "数据目录": "Data folder",
    "日志目录": "Log folder",
    "事项目录版本": "Catalog version",
    "在数据目录的 config.toml 中设置 platform_url": "Set platform_url in config.toml in the data folder",
    "平台地址": "Platform URL",
    "界面语言（Ctrl+Shift+E）": "Language (Ctrl+Shift+E)",
    "设备诊断": "Device doctor",
    "检测设备": "Detect devices",
    "测试读卡": "Test card read",
    "测试拍摄": "Test capture",
    "测试打印": "Test print",
    "套打校准页": "Form-printer calibration page",
    "设置": "Settings",
    "… {k}": "… {k}",
    # second screen
    "综窗 · 申请人确认": "Zongchuang · applicant confirmation",
    "请核对以上信息，无误后在下方签名：": "Please check the information above and sign below:",
    "重签": "Clear",
    "确认并签名": "Confirm and sign",
    "请对本次服务进行评价：": "Please rate our service:",
    "非常满意": "Very satisfied",
    "满意": "Satisfied",
    "基本满意": "Fairly satisfied",
    "不满意": "Dissatisfied",
    "非常不满意": "Very dissatisfied",
    "培训模式 · 非真实办件": "TRAINING · not a real case",
    "欢迎办理": "Welcome",
    "请稍候，窗口工作人员正在为您办理": "Please wait, the clerk is preparing your case",
    "事项：{item}": "Item: {item}",
    "受理编号：{n}": "Acceptance no.: {n}",
    "请先签名": "Please sign first",
    "感谢您的评价！": "Thank you for your rating!",
    # remote help (co-browse) screens
    "远程帮办": "Remote help",
    "远程帮办不可用：{e}": "Remote help unavailable: {e}",
    "平台连接：未连接": "Platform: not connected",
    "暂无协助请求": "No help request",
    "申请人已同意远程协助（对方只能看到遮蔽后的个人信息）": "The applicant agreed to remote help (the helper sees masked personal data only)",
    "接受协助": "Accept help",
    "拒绝": "Decline",
    "远程建议值（选中后按 Insert 采纳）": "Suggested values (select and press Insert to take one)",
    "采纳 (Insert)": "Take (Insert)",
    "忽略": "Ignore",
    "经申请人同意，向对方显示此项": "Show this value to the helper (applicant consented)",
    "结束协助": "End help",
    "平台连接：已连接": "Platform: connected",
    "平台连接：已断开，正在重连（不影响受理）": "Platform: disconnected, reconnecting (acceptance goes on)",
    "{0} 请求远程协助当前办件。{1}": "{0} asks to help with the open case. {1}",
    "协助已结束": "Help ended",
    "对方已断开，等待重连…": "The other side disconnected; waiting…",
    "对方已重新连接": "The other side is back",
    "对方指向：{0}": "The helper points at: {0}",
    "请先打开要协助的办件": "Open the case to be helped first",
    "正在协助：对方可看到本办件（个人信息已遮蔽）": "Helping: the helper sees this case (personal data masked)",
    "已拒绝协助请求": "Help request declined",
    "已按申请人同意向对方显示：{0}（已记录审计）": "Shown to the helper with the applicant's consent: {0} (audited)",
    "综窗 · 远程帮办（协助端）": "Zongchuang · remote help (helper)",
    "窗口工作站编号，如 420107-01": "Window workstation, e.g. 420107-01",
    "请求协助": "Request help",
    "结束": "End",
    "未连接": "Not connected",
    "窗口：": "Window: ",
    "字段": "Field",
    "值": "Value",
    "来源": "Source",
    "窗口画面（遮蔽后，约每秒 1–2 帧）": "Window view (masked, about 1–2 frames a second)",
    "（尚无画面）": "(no picture yet)",
    "预审发现": "Pre-review findings",
    "指向此字段": "Point at this field",
    "建议值（对方按 Insert 采纳）": "Suggested value (the clerk presses Insert to take it)",
    "发送建议": "Send suggestion",
    "已发出请求，等待窗口接受…": "Request sent; waiting for the window to accept…",
    "窗口已接受，正在协助": "Accepted by the window; helping",
    "已连接平台": "Connected to the platform",
    "与平台断开，正在重连…": "Disconnected from the platform; reconnecting…",
    "窗口端已断开，等待重连…": "The window disconnected; waiting…",
    "窗口端已重新连接": "The window is back",
    "（已遮蔽）": "(masked)",
    "（建议待采纳）": "(suggestion pending)",
    "（必交）": "(required)",
    "为“{0}”建议值（对方按 Insert 采纳）": "Suggest a value for '{0}' (the clerk presses Insert to take it)",
    # e-licence dialog (ui/elicense_dialog.py)
    "调取电子证照和共享数据": "Fetch e-licences and shared data",
    "请向申请人宣读：\n为{purpose}，经您授权，窗口将向中心平台调取您（{holder}）的电子证照和共享数据，用于代替以下纸质材料：{names}。\n本次授权仅用于本办件，可随时撤回，调取过程全程留痕。\n\n申请人是否同意？":
        "Read to the applicant:\nFor {purpose}, with your authorization the window fetches your ({holder}) e-licences and shared data from the central platform instead of these paper materials: {names}.\nThis authorization is for this case only, can be withdrawn at any time, and every lookup is logged.\n\nDoes the applicant agree?",
    "本单位": "this organisation",
    "统一社会信用代码（18 位）": "Unified social credit code (18 characters)",
    "申请人同意，调取（Enter）": "Applicant agrees, fetch (Enter)",
    "不调取（Esc）": "Do not fetch (Esc)",
    "正在调取并核验…": "Fetching and verifying…",
    "中心平台暂时无法连接：请照常收取纸质材料，联网后将自动核验。":
        "The central platform cannot be reached: take the paper materials as usual; they are verified automatically when the network returns.",
    "关闭（Enter）": "Close (Enter)",
    "按 Enter 采用：核验通过的材料免于提交，表单按证照信息填写。":
        "Press Enter to take them: verified materials need not be handed in and the form is filled from the licences.",
    "没有可采用的电子证照，请收取纸质材料。": "No usable e-licence: take the paper materials.",
    "一键采用（Enter）": "Take all (Enter)",
    "记录并关闭（Enter）": "Record and close (Enter)",
    "电子证照：免提交 {n} 项材料，填写 {k} 个字段": "E-licences: {n} materials exempted, {k} fields filled",
    "无法完成：{e}": "Could not complete: {e}",
    "申请人撤回授权": "Applicant withdraws consent",
    "已撤回电子证照调取授权 {n} 项": "E-licence consent withdrawn ({n})",
    "自动上报未启动：{e}": "Automatic sending did not start: {e}",
    # workstation issue 17: pages, filing, lawful decisions, training desk
    "本材料的页（Tab）：Delete 删除 · Ctrl+R 替换 · M 移到其他材料 · Ctrl+↑↓ 排序":
        "Pages of this material (Tab): Delete deletes · Ctrl+R replaces · M moves to another material · Ctrl+↑↓ reorders",
    "培训：桌上的材料（Ctrl+D）": "Training: document on the desk (Ctrl+D)",
    "替换此页（Ctrl+R）": "Replace page (Ctrl+R)",
    "（桌上没有材料）": "(nothing on the desk)",
    "第 {p} 页": "page {p}",
    "高拍仪：": "Document camera: ",
    "正在导入并识别 {name}…": "Importing and reading {name}…",
    "{code} 还没有页面，直接拍摄即可": "{code} has no pages yet; just capture",
    "下一次拍摄/导入将替换 {code} 第 {p} 页（Esc 取消）": "The next capture/import replaces {code} page {p} (Esc cancels)",
    "已取消替换": "Replacement cancelled",
    "已删除 {code} 第 {p} 页": "Deleted {code} page {p}",
    "移到其他材料": "Move to another material",
    "把 {code} 第 {p} 页移到：": "Move {code} page {p} to:",
    "已移到 {to}": "Moved to {to}",
    "留在 {code}": "Keep in {code}",
    "删除这一页": "Delete this page",
    "这一页放在哪里？": "Where does this page go?",
    "{code} 第 {p} 页识别为“{kind}”，不符合任何待收材料。请选择放在哪份材料，或删除：":
        "{code} page {p} was read as “{kind}”, which fits no pending material. Choose where it goes, or delete it:",
    "已替换 {code} 第 {p} 页（识别为{kind}）": "Replaced {code} page {p} (read as {kind})",
    "识别为{kind}，已归入 {to} {name}": "Read as {kind}; filed into {to} {name}",
    "已保存 {code}（识别为{kind}）": "Saved to {code} (read as {kind})",
    "正在扫描…": "Scanning…",
    "↑↓ 选择，Enter 确定，Esc 取消": "↑↓ choose, Enter takes it, Esc cancels",
    "采集：替换所选页": "Capture: replace the selected page",
    "采集：删除所选页": "Capture: delete the selected page",
    "采集：把所选页移到其他材料": "Capture: move the selected page to another material",
    "采集：调整页序": "Capture: reorder pages",
    "培训：选择桌上的样张": "Training: choose the sample on the desk",
    "一次性告知": "One-time notice",
    "一次性告知补正": "one-time notice to complete the application",
    "打印一次性告知书": "Print one-time notice",
    "预审结论：{d}  ·  阻断 {b} · 可容缺 {t} · 提醒 {w} · 提示 {i}  ·  承诺办结 {due}":
        "Result: {d}  ·  blocking {b} · tolerable {t} · warnings {w} · notes {i}  ·  due {due}",
    "（F8）": " (F8)",
    "确认不予受理": "Confirm refusal",
    "将作出不予受理决定，并打印《不予受理通知书》，理由：\n\n{r}\n\n确定不予受理吗？":
        "This refuses the application and prints the refusal notice, for these reasons:\n\n{r}\n\nRefuse?",
    "取消": "Cancel",
    "已取消，未作出决定": "Cancelled; nothing was decided",
    "已一次性告知，办件保留待申请人补齐后继续受理": "Notice given; the case stays open until the applicant brings the rest",
    "… 待上报": "… to send",
    "办理结果": "Outcome",
    "将填入（空白字段）：": "Would fill (empty fields):",
    "平台与打印机": "Platform and printer",
    "平台 CA 证书文件（PEM），内网自建 CA 时填写": "Platform CA certificate (PEM), for a private CA",
    "（系统默认打印机）": "(system default printer)",
    "测试连接": "Test connection",
    "查找打印机": "Find printers",
    "打印测试页": "Print test page",
    "保存设置": "Save settings",
    "CA 证书": "CA certificate",
    "文书打印机": "Document printer",
    "正在连接平台…": "Connecting to the platform…",
    "已保存；重新启动综窗后生效": "Saved; takes effect when the workstation restarts",
    "找到打印机：{names}": "Printers found: {names}",
    # issue 17: voiding from Today, 人证比对, import progress
    "只有尚未作出受理决定的办件（草稿、已预审）可在此作废；其他请由审核岗处理":
        "Only a case without a decision (draft, pre-reviewed) can be voided here; ask a supervisor for the others",
    "办件 {n} 已作废（审核岗 {who} 复核）": "Case {n} voided (confirmed by supervisor {who})",
    "作废办件": "Void case",
    "作废：{case}\n作废后不能恢复；须填写原因，并由审核岗输入工号和密码复核。":
        "Void: {case}\nThis cannot be undone; give the reason, and a supervisor confirms with their user name and password.",
    "例如：事项选错、申请人离开、重复建件": "e.g. wrong item, applicant left, duplicate",
    "作废原因": "Reason",
    "审核岗工号": "Supervisor",
    "审核岗密码": "Supervisor password",
    "作废": "Void",
    "证件信息（人证比对：完整信息只在本屏显示，并记入审计）":
        "Card (identity check: full values on this screen only, and audited)",
    "未读卡": "no card read",
    "证件无照片": "no photo on the card",
    "正在处理第 {n}/{total} 页图像…": "Processing page image {n}/{total}…",
    "已识别 {total}/{total} 页，正在预填表单…": "Read {total}/{total} pages, filling the form…",
    "正在识别第 {n}/{total} 页…": "Reading page {n}/{total}…",
    "第 {p} 页：{verdict}": "Page {p}: {verdict}",
    "{code} 尚未采集": "{code}: nothing captured yet",
    "上次采集（{code}）：{verdict}": "Last capture ({code}): {verdict}",
    # strings of other screens left without English when the .ts was regenerated (issue 17)
    "正在核验…": "Checking…",
    "【一件事】{name}\n{code} · {dept} · {n} 个事项 · {ini}": "[One-thing] {name}\n{code} · {dept} · {n} items · {ini}",
    "一件事：{name}（{code}）  牵头 {dept}": "One-thing: {name} ({code})  lead {dept}",
    "—— 一套材料（一次提交）——": "—— one set of materials (handed over once) ——",
    "成员事项核发后共享": "shared once a member item issues it",
    "，{n} 个事项共用": ", shared by {n} items",
    "已建立一件事 {n}（{k} 个事项）": "One-thing {n} created ({k} items)",
    "办件上报": "Case submission",
    "审计批次": "Audit batch",
    "；": "; ",
    "{n}：{old} → {new}": "{n}: {old} → {new}",
    "已按国务院办公厅节假日通知重算 {k} 件办件的承诺办结日期（原为暂定）：{cases}。申请人需要时可在打印页重新打印受理回执":
        "Promised dates of {k} case(s) recounted from the State Council's holiday notice (they were provisional): "
        "{cases}. Reprint the receipt on the Print screen if the applicant asks",
    "立即重试": "Retry now",
    "不再等待重试间隔，所有待上报的办件立即重试": "Retry every queued case now instead of waiting for the retry interval",
    "队列状态：{label}": "Queue: {label}",
    "本机时间 {local}，平台时间 {platform}，相差 {minutes} 分钟":
        "This PC's time {local}, platform time {platform}: {minutes} minutes apart",
    "最近错误：{error}": "Last error: {error}",
    "下次尝试：{at}": "Next attempt: {at}",
    "正在准备一件事文书…": "Preparing the one-thing documents…",
    "一件事不能整体作废：请选中要作废的成员事项（其余成员照常办理）":
        "A one-thing case is not voided as a whole: select the member item to void (the others go on)",
    "正在打印一件事 {n} 的全部证照…": "Printing every certificate of one-thing {n}…",
    "已一次送打印 {k} 份证照（{p} 页）：{where}": "Sent {k} certificates ({p} pages) to print at once: {where}",
    "部分出件": "Partial delivery",
    "以下事项尚未办结：\n\n{m}\n\n先把已准予的办理结果交给申请人（部分出件，记入审计日志）吗？":
        "These items are not finished yet:\n\n{m}\n\nHand the applicant the results already granted (partial delivery, audited)?",
    "已取消，未出件": "Cancelled; nothing delivered",
    "一件事 {n} 已出件：{d}": "One-thing {n} delivered: {d}",
    "；未办结 {o}（部分出件已记录）": "; not finished {o} (partial delivery recorded)",
}


def _tool(name: str) -> str:
    exe = Path(sys.executable).with_name(name)
    return str(exe) if exe.exists() else name


def update_ts() -> None:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py") if p.name != "i18n_build.py")
    subprocess.run([_tool("pyside6-lupdate"), *sources, "-no-obsolete", "-locations", "none", "-source-language", "zh_CN",
                    "-target-language", "en", "-ts", str(TS.relative_to(ROOT))], cwd=ROOT, check=True,
                   capture_output=True)


def fill_ts() -> list[str]:
    """Put the English of `EN` into every message; returns the sources still missing."""
    tree = ET.parse(TS)
    missing = []
    for msg in tree.iter("message"):
        source = msg.findtext("source") or ""
        tr = msg.find("translation")
        if source in EN:
            tr.text = EN[source]
            tr.attrib.pop("type", None)
        else:
            missing.append(source)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    return missing


def release() -> None:
    subprocess.run([_tool("pyside6-lrelease"), str(TS), "-qm", str(QM)], check=True, capture_output=True)


def main(argv: list[str]) -> int:
    update_ts()
    missing = fill_ts()
    release()
    for m in missing:
        print(f"untranslated: {m!r}", file=sys.stderr)
    if "--check" in argv and missing:
        return 1
    print(f"{TS.name}: {len(EN)} entries; {len(missing)} untranslated; wrote {QM.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
