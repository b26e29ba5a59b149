<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>main</name>
    <message>
        <source>Nianbao</source>
        <translation>年报</translation>
    </message>
</context>
<context>
    <name>nianbao::Cli</name>
    <message>
        <source>Show this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>显示版本。</translation>
    </message>
    <message>
        <source>Language of messages: zh or en.</source>
        <translation>消息语言：zh（中文）或 en（英文）。</translation>
    </message>
    <message>
        <source>Print machine-readable results on stdout.</source>
        <translation>在标准输出打印机器可读的结果（JSON）。</translation>
    </message>
    <message>
        <source>The database file to use.</source>
        <translation>要使用的数据库文件。</translation>
    </message>
    <message>
        <source>The command to run, see above.</source>
        <translation>要运行的命令，见上文。</translation>
    </message>
    <message>
        <source>Try “nianbao --help”.</source>
        <translation>请运行“nianbao --help”查看用法。</translation>
    </message>
    <message>
        <source>Unknown language “%1”; use zh or en.</source>
        <translation>未知语言“%1”；请使用 zh 或 en。</translation>
    </message>
    <message>
        <source>validate needs at least one file: nianbao validate FILE.json</source>
        <translation>validate 至少需要一个文件：nianbao validate 文件.json</translation>
    </message>
    <message>
        <source>Unknown command “%1”. Try “nianbao --help”.</source>
        <translation>未知命令“%1”。请运行“nianbao --help”查看用法。</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>info</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>%1 Q%2</source>
        <translation>%1年第%2季度</translation>
    </message>
    <message numerus="yes">
        <source>format %1, %2, %3: %n error(s)</source>
        <translation>
            <numerusform>格式 %1，%2，%3：%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s)</source>
        <translation>
            <numerusform>，%n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <source>cells: %1</source>
        <translation>单元格：%1</translation>
    </message>
    <message>
        <source>%1 (whole year)</source>
        <translation>%1年度</translation>
    </message>
    <message>
        <source>import: replace periods that exist.</source>
        <translation>import：替换已存在的期间。</translation>
    </message>
    <message>
        <source>The organization: its name or number.</source>
        <translation>机关：名称或编号。</translation>
    </message>
    <message>
        <source>The report year.</source>
        <translation>报告年度。</translation>
    </message>
    <message>
        <source>The quarter, 1 to 4; none for the year.</source>
        <translation>季度，1 至 4；不写表示全年。</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>要写入的文件。</translation>
    </message>
    <message>
        <source>import needs at least one file: nianbao import FILE.json</source>
        <translation>import 至少需要一个文件：nianbao import 文件.json</translation>
    </message>
    <message>
        <source>%1 needs -o FILE and no other arguments.</source>
        <translation>%1 需要 -o 文件，且不带其他参数。</translation>
    </message>
    <message numerus="yes">
        <source>imported; %n error(s)</source>
        <translation>
            <numerusform>已导入；%n 个错误</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no organization “%1” in %2.</source>
        <translation>%2 中没有机关“%1”。</translation>
    </message>
    <message>
        <source>%1 has no report for quarter %2 of %3.</source>
        <translation>%1 没有 %3 年第 %2 季度的报告。</translation>
    </message>
    <message>
        <source>%1 has no report for %2.</source>
        <translation>%1 没有 %2 年度的报告。</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message>
        <source>render needs one file and -o OUT.pdf.</source>
        <translation>render 需要一个文件和 -o 输出.pdf。</translation>
    </message>
    <message>
        <source>%1 needs --org ORG --year YEAR and, for a quarter, --quarter 1 to 4.</source>
        <translation>%1 需要 --org 机关 --year 年度；季度报告再加 --quarter 1 至 4。</translation>
    </message>
    <message>
        <source>There is no such report in %1.</source>
        <translation>%1 中没有这份报告。</translation>
    </message>
    <message>
        <source>rollup: also write the summary as a PDF.</source>
        <translation>rollup：同时把汇总输出为 PDF。</translation>
    </message>
    <message>
        <source>rollup: also write the summary as a portal HTML page.</source>
        <translation>rollup：同时把汇总输出为可在网站发布的 HTML 页面。</translation>
    </message>
    <message>
        <source>rollup: the district&apos;s name.</source>
        <translation>rollup：区的名称。</translation>
    </message>
    <message>
        <source>verify needs one file: nianbao verify FILE.pdf [--trust CA.pem]</source>
        <translation>verify 需要一个文件：nianbao verify 文件.pdf [--trust CA.pem]</translation>
    </message>
    <message>
        <source>rollup needs unit files and -o DISTRICT.json.</source>
        <translation>rollup 需要各单位的文件和 -o 区汇总.json。</translation>
    </message>
    <message>
        <source>Only a final report is signed; finalize the period first.</source>
        <translation>只有已定稿的报告才能签名；请先将该期间定稿。</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>未写入任何内容。</translation>
    </message>
    <message>
        <source>Nothing was imported, nothing was written.</source>
        <translation>未导入任何内容，也未写入任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) imported into %1</source>
        <translation>
            <numerusform>已将 %n 个单位导入 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %3, format %4, %n unit(s)</source>
        <translation>
            <numerusform>%1：%2，%3 年度，%4 版格式，共 %n 个单位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s)</source>
        <translation>
            <numerusform>%1：%n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>render/report: sign the PDF with this PKCS#12 certificate file.</source>
        <translation>render/report：用此 PKCS#12 证书文件对 PDF 签名。</translation>
    </message>
    <message>
        <source>The file holding the certificate&apos;s password (first line).</source>
        <translation>存放证书口令的文件（口令写在第一行）。</translation>
    </message>
    <message>
        <source>The reason stored in the signature.</source>
        <translation>记入签名的签名理由。</translation>
    </message>
    <message>
        <source>The office&apos;s seal image (PNG or JPEG) to press on the 署名.</source>
        <translation>加盖在署名处的本机关印章图片（PNG 或 JPEG）。</translation>
    </message>
    <message>
        <source>verify: trust this CA certificate (PEM); may be repeated.</source>
        <translation>verify：信任此 CA 证书（PEM 格式）；可多次指定。</translation>
    </message>
    <message>
        <source>--pass-file, --reason and --seal go with --sign CERT.p12.</source>
        <translation>--pass-file、--reason 和 --seal 须与 --sign 证书.p12 一起使用。</translation>
    </message>
    <message>
        <source>--sign needs --pass-file FILE with the certificate&apos;s password.</source>
        <translation>--sign 需要 --pass-file 文件，该文件中存放证书口令。</translation>
    </message>
    <message numerus="yes">
        <source>The report has %n rule error(s); only a report without errors is signed.</source>
        <translation>
            <numerusform>报告有 %n 个错误；只有没有错误的报告才能签名。</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed by %1 at %2: %3 (%4 pages, %5 bytes)</source>
        <translation>已由 %1 于 %2 签名：%3（%4 页，%5 字节）</translation>
    </message>
    <message>
        <source>Nianbao prepares the annual report on government information disclosure (政府信息公开工作年度报告): tables, checks, narrative and the signed PDF.
Without a command it opens the window.

Commands:
  validate FILE.json…   check interchange files: structure, then the rules of their format; problems on stdout
  import FILE.json|PACKAGE.zip… [--replace] [--trust CA.pem]…
                        check, then store reports in the database, all or nothing; a
                        package&apos;s signed PDF is verified (and kept when intact)
  export --org ORG --year Y [--quarter Q] -o FILE.json|PACKAGE.zip
                        write one period of the database as an interchange file, or as
                        the portal package (PDF, HTML, JSON, spreadsheet, manifest)
  backup -o FILE.sqlite  a consistent copy of the database, also while it is in use
  render FILE.json -o OUT.pdf [SIGNING]
                        the report of an interchange file as a PDF
  report --org ORG --year Y [--quarter Q] -o OUT.pdf [SIGNING]
                        the report of one period of the database as a PDF; signed only
                        when the period is final, and then recorded in the database
  verify FILE.pdf [--trust CA.pem]…
                        check the PDF&apos;s signature: intact, covering the whole file, by a
                        trusted signer (the given CAs, or the system&apos;s); exit 0 only then
  rollup UNIT.json|UNIT.zip… -o DISTRICT.json [--pdf DISTRICT.pdf] [--html DISTRICT.html] [--name NAME]
         [--trust CA.pem]…
                        sum the units&apos; annual reports into the district&apos;s summary; with --db, import the units too

SIGNING: --sign CERT.p12 --pass-file FILE [--reason TEXT] [--seal IMAGE]
                        sign with the certificate and key of a PKCS#12 file, its password
                        on the first line of FILE; the seal image (PNG/JPEG) is pressed on
                        the 署名 and date; a report with rule errors is not signed

Exit codes: 0 success; 1 the data has errors, or the signature is not valid;
2 bad usage or unreadable input.</source>
        <translation>年报（Nianbao）用于编制政府信息公开工作年度报告：统计表、勾稽核对、文字部分和签名的 PDF。
不带命令时打开窗口。

命令：
  validate 文件.json…   检查交换文件：先查结构，再按其格式的勾稽规则核对；问题输出到标准输出
  import 文件.json|发布包.zip… [--replace] [--trust CA.pem]…
                        检查后把报告存入数据库，要么全部存入，要么一个也不存；
                        发布包中已签名的 PDF 会经过验证（完好时一并保存）
  export --org 机关 --year 年度 [--quarter 季度] -o 文件.json|发布包.zip
                        把数据库中的一个期间导出为交换文件，或导出为
                        发布包（PDF、HTML、JSON、电子表格、清单）
  backup -o 文件.sqlite  数据库的一致性副本，程序正在使用时也可以做
  render 文件.json -o 输出.pdf [签名选项]
                        把交换文件中的报告生成 PDF
  report --org 机关 --year 年度 [--quarter 季度] -o 输出.pdf [签名选项]
                        把数据库中一个期间的报告生成 PDF；仅当该期间已定稿时
                        才签名，签名后记入数据库
  verify 文件.pdf [--trust CA.pem]…
                        检查 PDF 的签名：是否完好、是否覆盖整个文件、签名人是否
                        受信任（所给的 CA 或系统的 CA）；仅在全部满足时退出码为 0
  rollup 单位.json|单位.zip… -o 区汇总.json [--pdf 区汇总.pdf] [--html 区汇总.html] [--name 名称]
         [--trust CA.pem]…
                        把各单位的年度报告汇总为区汇总；加 --db 时同时把各单位导入数据库

签名选项：--sign 证书.p12 --pass-file 文件 [--reason 理由] [--seal 图片]
                        用 PKCS#12 文件中的证书和私钥签名，口令写在 --pass-file
                        所指文件的第一行；印章图片（PNG/JPEG）加盖在署名和日期上；
                        有错误的报告不予签名

退出码：0 成功；1 数据有错误，或签名无效；
2 用法错误或输入无法读取。</translation>
    </message>
</context>
<context>
    <name>nianbao::District</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 及另外 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source>There are no units to roll up.</source>
        <translation>没有可汇总的单位。</translation>
    </message>
    <message>
        <source>Only annual reports can be rolled up; these are quarterly reports: %1.</source>
        <translation>只能汇总年度报告；以下是季度报告：%1。</translation>
    </message>
    <message>
        <source>%1 has no format.</source>
        <translation>%1 没有格式。</translation>
    </message>
    <message>
        <source>The units use different report formats, which cannot be added up: %1.</source>
        <translation>各单位使用的报告格式不同，无法汇总：%1。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>The units report on different years: %1.</source>
        <translation>各单位报告的年度不同：%1。</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>These organizations are given more than once: %1.</source>
        <translation>以下机关重复出现：%1。</translation>
    </message>
    <message>
        <source>The sum of %1 is too large (at most %2), at %3.</source>
        <translation>汇总到 %3 时，%1 的合计过大（最大为 %2）。</translation>
    </message>
    <message>
        <source>this is a district summary, not a unit&apos;s report</source>
        <translation>这是区汇总，不是单位的报告</translation>
    </message>
</context>
<context>
    <name>nianbao::DistrictView</name>
    <message>
        <source>District summary</source>
        <translation>区汇总</translation>
    </message>
    <message>
        <source>Name of the district</source>
        <translation>区名称</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>导出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>导出 JSON(&amp;J)…</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <source>District:</source>
        <translation>区：</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>机关</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Select a figure of the summary to see each unit&apos;s share.</source>
        <translation>选中汇总中的一个数字，可查看各单位所占的数额。</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n organization(s) counted in the summary of %2.</source>
        <translation>
            <numerusform>%n 个机关中有 %1 个计入 %2 年度汇总。</numerusform>
        </translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺报</translation>
    </message>
    <message>
        <source>no report for %1</source>
        <translation>没有 %1 年度报告</translation>
    </message>
    <message>
        <source>final</source>
        <translation>已定稿</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>已报送</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <source>valid</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>已签名</translation>
    </message>
    <message>
        <source>Export JSON</source>
        <translation>导出 JSON</translation>
    </message>
    <message>
        <source>%1 written</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message numerus="yes">
        <source>%1 written (%n page(s))</source>
        <translation>
            <numerusform>已写入 %1（%n 页）</numerusform>
        </translation>
    </message>
    <message>
        <source>Interchange files (*.json)</source>
        <translation>交换文件 (*.json)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>nianbao::FigureTableModel</name>
    <message>
        <source>“%1” in %2 %3.</source>
        <translation>%2中的“%1”%3。</translation>
    </message>
    <message>
        <source>Total: computed from the cells it adds up.</source>
        <translation>合计：由各项自动计算。</translation>
    </message>
    <message>
        <source>Carried over from the previous period: %1</source>
        <translation>自动取自上期：%1</translation>
    </message>
    <message>
        <source>Changed by hand: %1</source>
        <translation>已手工修改：%1</translation>
    </message>
    <message>
        <source>Reason for changing a carried-over figure</source>
        <translation>修改结转数字的理由</translation>
    </message>
    <message>
        <source>%1 is carried over from the previous period (%2). Why is it different?</source>
        <translation>%1取自上期（%2）。为什么不同？</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>nianbao::FigureTableView</name>
    <message numerus="yes">
        <source>These pasted cells are not valid numbers and were left out:
%1

Paste the other %n cell(s)?</source>
        <translation>
            <numerusform>以下粘贴的单元格不是有效数字，已略过：
%1

是否粘贴其余 %n 个单元格？</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message numerus="yes">
        <source>%n pasted value(s) fell on labels or computed totals and were left out.</source>
        <translation>
            <numerusform>有 %n 个粘贴的值落在表头或自动计算的合计上，已略过。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason for changing a carried-over figure</source>
        <translation>修改结转数字的理由</translation>
    </message>
    <message>
        <source>The change affects %1, which is carried over from the previous period (%2). Why is it different?</source>
        <translation>这项修改涉及%1，它取自上期（%2）。为什么不同？</translation>
    </message>
</context>
<context>
    <name>nianbao::FontSubset</name>
    <message>
        <source>The font&apos;s CFF version %1 is not supported.</source>
        <translation>不支持该字体的 CFF 版本 %1。</translation>
    </message>
    <message>
        <source>The font&apos;s kind of CFF (synthetic, or not Type 2 charstrings) is not supported.</source>
        <translation>不支持该字体的 CFF 类型（合成字体，或非 Type 2 字形程序）。</translation>
    </message>
    <message>
        <source>The font lacks its %1 table.</source>
        <translation>该字体缺少 %1 表。</translation>
    </message>
    <message>
        <source>The font has neither CFF nor TrueType outlines (CFF2 is not supported).</source>
        <translation>该字体既无 CFF 轮廓也无 TrueType 轮廓（不支持 CFF2）。</translation>
    </message>
    <message>
        <source>The font is damaged (%1).</source>
        <translation>该字体已损坏（%1）。</translation>
    </message>
    <message>
        <source>The font has no glyph %1.</source>
        <translation>该字体没有字形 %1。</translation>
    </message>
    <message>
        <source>The font collection has no face %1.</source>
        <translation>该字体集合中没有第 %1 个字体。</translation>
    </message>
    <message>
        <source>The font file is not a collection and has no face %1.</source>
        <translation>该字体文件不是字体集合，没有第 %1 个字体。</translation>
    </message>
    <message>
        <source>The file is not an OpenType or TrueType font.</source>
        <translation>该文件不是 OpenType 或 TrueType 字体。</translation>
    </message>
</context>
<context>
    <name>nianbao::HistoryDialog</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Cell or part</source>
        <translation>单元格或部分</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>nianbao::Input</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>这是文件夹，不是文件</translation>
    </message>
    <message>
        <source>this is not a regular file (a pipe, a device or a socket is not read)</source>
        <translation>这不是普通文件（不读取管道、设备或套接字）</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>文件大于 %1 MB</translation>
    </message>
</context>
<context>
    <name>nianbao::Interchange</name>
    <message>
        <source>the organization&apos;s name is empty</source>
        <translation>机关名称为空</translation>
    </message>
    <message>
        <source>“%1” is not a cell of format %2</source>
        <translation>“%1”不是 %2 版格式中的单元格</translation>
    </message>
    <message>
        <source>expected an amount as a decimal string such as &quot;1234.5&quot;</source>
        <translation>金额应写成“1234.5”这样的小数字符串</translation>
    </message>
    <message>
        <source>the amount “%1” %2</source>
        <translation>金额“%1”%2</translation>
    </message>
    <message>
        <source>“%1” is not a narrative part; expected one of: %2</source>
        <translation>“%1”不是文字部分；应为以下之一：%2</translation>
    </message>
    <message>
        <source>not valid JSON (line %1, column %2): %3</source>
        <translation>不是有效的 JSON（第 %1 行，第 %2 列）：%3</translation>
    </message>
    <message>
        <source>expected an object with a report</source>
        <translation>应为包含一份报告的 JSON 对象</translation>
    </message>
    <message>
        <source>unknown format “%1”; expected one of: %2</source>
        <translation>未知格式“%1”；应为以下之一：%2</translation>
    </message>
    <message>
        <source>expected “draft”, “submitted” or “final”</source>
        <translation>应为“draft”（草稿）、“submitted”（已报送）或“final”（定稿）</translation>
    </message>
    <message>
        <source>expected a date such as 2022-01-20</source>
        <translation>应为 2022-01-20 这样的日期</translation>
    </message>
    <message>
        <source>expected “unsigned”, “signed”, “valid” or “invalid”</source>
        <translation>应为“unsigned”（未签名）、“signed”（已签名）、“valid”（签名有效）或“invalid”（签名无效）</translation>
    </message>
    <message>
        <source>only a summary of a whole year has units</source>
        <translation>只有全年汇总才有单位</translation>
    </message>
    <message>
        <source>the summary gives %1, but its units add up to %2</source>
        <translation>汇总数为 %1，但各单位相加为 %2</translation>
    </message>
    <message>
        <source>a second explanation of rule “%1” (the first is %2)</source>
        <translation>规则“%1”的第二条说明（第一条在 %2）</translation>
    </message>
    <message>
        <source>a second explanation of rule “%1” for cell “%2” (the first is %3)</source>
        <translation>规则“%1”对单元格“%2”的第二条说明（第一条在 %3）</translation>
    </message>
</context>
<context>
    <name>nianbao::Json</name>
    <message>
        <source>unknown key “%1”; expected one of: %2</source>
        <translation>未知的键“%1”；应为以下之一：%2</translation>
    </message>
    <message>
        <source>the key “%1” is missing</source>
        <translation>缺少键“%1”</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>应为 JSON 对象</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>应为数组</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>应为字符串</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>应为 true 或 false</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>应为整数</translation>
    </message>
    <message>
        <source>expected a whole number, not %1</source>
        <translation>应为整数，而不是 %1</translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3)</source>
        <translation>%1 超出范围（%2 至 %3）</translation>
    </message>
    <message>
        <source>expected a whole number, not the text “%1”</source>
        <translation>应为整数，而不是文字“%1”</translation>
    </message>
    <message>
        <source>a control character (U+%1) in a string must be written as an escape such as \n or \t</source>
        <translation>字符串中的控制字符（U+%1）必须写成转义形式，如 \n 或 \t</translation>
    </message>
    <message>
        <source>“%1” is not a number as JSON writes it (such as 12, -3, 0.5 or 1e5)</source>
        <translation>“%1”不是 JSON 的数字写法（应如 12、-3、0.5 或 1e5）</translation>
    </message>
    <message>
        <source>U+%1 is half of a surrogate pair, not a character</source>
        <translation>U+%1 是半个代理对，不是字符</translation>
    </message>
    <message>
        <source>U+%1 is not a character (a Unicode non-character)</source>
        <translation>U+%1 不是字符（Unicode 非字符）</translation>
    </message>
    <message>
        <source>in the key: %1</source>
        <translation>键名中：%1</translation>
    </message>
    <message>
        <source>the text has %1 characters; at most %2 are allowed</source>
        <translation>文字有 %1 个字符，最多允许 %2 个</translation>
    </message>
</context>
<context>
    <name>nianbao::MainWindow</name>
    <message>
        <source>Nianbao — annual report on government information disclosure</source>
        <translation>年报 — 政府信息公开工作年度报告</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Choose an organization or a period on the left, or create one from the Period menu.</source>
        <translation>请在左侧选择机关或期间，或从“期间”菜单新建。</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Back up database…</source>
        <translation>备份数据库(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>New &amp;organization…</source>
        <translation>新建机关(&amp;O)…</translation>
    </message>
    <message>
        <source>New &amp;year…</source>
        <translation>新建年度(&amp;Y)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Next &amp;quarter</source>
        <translation>下一季度(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Q</source>
        <translation>Ctrl+Shift+Q</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>报送(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Finalize</source>
        <translation>定稿(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation>重新打开(&amp;R)…</translation>
    </message>
    <message>
        <source>Cell &amp;history…</source>
        <translation>单元格修改记录(&amp;H)…</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>O&amp;verride carried-over figure…</source>
        <translation>修改结转数字(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;lear cells</source>
        <translation>清除单元格(&amp;L)</translation>
    </message>
    <message>
        <source>Go to &amp;problems</source>
        <translation>转到问题列表(&amp;P)</translation>
    </message>
    <message>
        <source>F8</source>
        <translation>F8</translation>
    </message>
    <message>
        <source>Go to the &amp;form</source>
        <translation>转到表格(&amp;F)</translation>
    </message>
    <message>
        <source>F6</source>
        <translation>F6</translation>
    </message>
    <message>
        <source>Go to the &amp;list of periods</source>
        <translation>转到期间列表(&amp;L)</translation>
    </message>
    <message>
        <source>F9</source>
        <translation>F9</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
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
        <source>&amp;Period</source>
        <translation>期间(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>The language changes the next time Nianbao starts.</source>
        <translation>语言将在下次启动年报时更改。</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>未打开数据库</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>%1

Nothing in the file was changed. Open or create another file?</source>
        <translation>%1

文件内容未作任何改动。是否打开或新建另一个文件？</translation>
    </message>
    <message>
        <source>The database was upgraded; a copy of the old one is at %1</source>
        <translation>数据库已升级；旧数据库的副本保存在 %1</translation>
    </message>
    <message>
        <source>Open or create a database</source>
        <translation>打开或新建数据库</translation>
    </message>
    <message>
        <source>Nianbao databases (*.sqlite *.db);;All files (*)</source>
        <translation>年报数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>Nianbao databases (*.sqlite)</source>
        <translation>年报数据库 (*.sqlite)</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>备份已写入 %1</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>New organization</source>
        <translation>新建机关</translation>
    </message>
    <message>
        <source>Full name of the organization:</source>
        <translation>机关全称：</translation>
    </message>
    <message>
        <source>New year</source>
        <translation>新建年度</translation>
    </message>
    <message>
        <source>Quarter 1 of %1 is ready; its opening figures come from %2.</source>
        <translation>%1 年第一季度已建立；期初数字取自 %2 年。</translation>
    </message>
    <message>
        <source>Next quarter</source>
        <translation>下一季度</translation>
    </message>
    <message>
        <source>Reopen the period</source>
        <translation>重新打开期间</translation>
    </message>
    <message>
        <source>Why is this period reopened?</source>
        <translation>为什么重新打开这个期间？</translation>
    </message>
    <message>
        <source>Finalize</source>
        <translation>定稿</translation>
    </message>
    <message>
        <source>This period still has errors. Finalize it anyway? A final period cannot be signed while it has errors.</source>
        <translation>这个期间仍有错误。仍要定稿吗？有错误的期间不能签名。</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>History of the period</source>
        <translation>本期间的修改记录</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>%1的修改记录</translation>
    </message>
    <message>
        <source>Choose a carried-over (opening) cell first.</source>
        <translation>请先选择一个结转（期初）单元格。</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>导出 PDF(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message numerus="yes">
        <source>%1 written (%n page(s))</source>
        <translation>
            <numerusform>已写入 %1（%n 页）</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>打印预览：%1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Export p&amp;ackage…</source>
        <translation>导出发布包(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Sign PDF…</source>
        <translation>对 PDF 签名(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Verify signed PDF…</source>
        <translation>验证已签名的 PDF(&amp;V)…</translation>
    </message>
    <message>
        <source>Copy report as &amp;HTML</source>
        <translation>以 HTML 格式复制报告(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;District summary…</source>
        <translation>区汇总(&amp;D)…</translation>
    </message>
    <message>
        <source>Sign the report</source>
        <translation>对报告签名</translation>
    </message>
    <message>
        <source>Only a final report without errors can be signed.</source>
        <translation>只有已定稿且没有错误的报告才能签名。</translation>
    </message>
    <message numerus="yes">
        <source>%1 signed by %2 (%n page(s))</source>
        <translation>
            <numerusform>%1 已由 %2 签名（%n 页）</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify a signed PDF</source>
        <translation>验证已签名的 PDF</translation>
    </message>
    <message>
        <source>&amp;Trusted CA certificates…</source>
        <translation>受信任的 CA 证书(&amp;T)…</translation>
    </message>
    <message>
        <source>Database: %1 (read-only)</source>
        <translation>数据库：%1（只读）</translation>
    </message>
</context>
<context>
    <name>nianbao::NarrativeEditor</name>
    <message>
        <source>Narrative parts</source>
        <translation>文字部分</translation>
    </message>
    <message>
        <source>Narrative text</source>
        <translation>文字内容</translation>
    </message>
    <message>
        <source>Figure to insert</source>
        <translation>要插入的数字</translation>
    </message>
    <message>
        <source>&amp;Insert figure</source>
        <translation>插入数字(&amp;I)</translation>
    </message>
    <message>
        <source>Text with figures</source>
        <translation>代入数字后的文字</translation>
    </message>
    <message>
        <source>Figure:</source>
        <translation>数字：</translation>
    </message>
    <message>
        <source>As printed:</source>
        <translation>打印效果：</translation>
    </message>
    <message>
        <source>Text saved</source>
        <translation>文字已保存</translation>
    </message>
    <message>
        <source>%1: %2 characters — over the guideline of about %3</source>
        <translation>%1：%2 字——超过约 %3 字的篇幅要求</translation>
    </message>
    <message>
        <source>%1: %2 of about %3 characters</source>
        <translation>%1：%2 字（篇幅约 %3 字）</translation>
    </message>
    <message>
        <source>%1: %2 characters</source>
        <translation>%1：%2 字</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 字</translation>
    </message>
</context>
<context>
    <name>nianbao::Navigator</name>
    <message>
        <source>Organizations and periods</source>
        <translation>机关和期间</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>已报送</translation>
    </message>
    <message>
        <source>final</source>
        <translation>已定稿</translation>
    </message>
    <message>
        <source>Quarter %1 (%2)</source>
        <translation>第%1季度（%2）</translation>
    </message>
    <message>
        <source>, from quarters</source>
        <translation>，由各季度汇总</translation>
    </message>
    <message>
        <source>%1 — format %2 (%3%4)</source>
        <translation>%1年 — %2 版格式（%3%4）</translation>
    </message>
</context>
<context>
    <name>nianbao::NewYearDialog</name>
    <message>
        <source>New year</source>
        <translation>新建年度</translation>
    </message>
    <message>
        <source>As a &amp;whole year</source>
        <translation>按全年填报(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Quarter by quarter, added up into the year</source>
        <translation>按季度填报，汇总为全年(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>年度(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>格式(&amp;F)</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>填报方式</translation>
    </message>
</context>
<context>
    <name>nianbao::Output</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>nianbao::Package</name>
    <message>
        <source>PDF not signed</source>
        <translation>PDF 未签名</translation>
    </message>
    <message>
        <source>PDF signature: %1</source>
        <translation>PDF 签名：%1</translation>
    </message>
    <message>
        <source>PDF signature: %1 (%2, %3)</source>
        <translation>PDF 签名：%1（%2，%3）</translation>
    </message>
    <message>
        <source>report.pdf: the manifest says the PDF is signed, but %1</source>
        <translation>report.pdf：清单中注明该 PDF 已签名，但%1</translation>
    </message>
    <message>
        <source>report.pdf: %1</source>
        <translation>report.pdf：%1</translation>
    </message>
    <message>
        <source>“%1” is not a file of a package</source>
        <translation>“%1”不是发布包中应有的文件</translation>
    </message>
    <message>
        <source>“%1” is listed twice</source>
        <translation>“%1”重复列出</translation>
    </message>
    <message>
        <source>expected 64 lower-case hexadecimal digits</source>
        <translation>应为 64 位小写十六进制数字</translation>
    </message>
    <message>
        <source>expected “%1” for %2</source>
        <translation>%2 的类型应为“%1”</translation>
    </message>
    <message>
        <source>%1 is not listed</source>
        <translation>清单中未列出 %1</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>应为 JSON 对象</translation>
    </message>
    <message>
        <source>expected “%1”</source>
        <translation>应为“%1”</translation>
    </message>
    <message>
        <source>expected a time in UTC such as 2024-01-20T08:30:00Z</source>
        <translation>应为 2024-01-20T08:30:00Z 这样的 UTC 时间</translation>
    </message>
    <message>
        <source>the organization&apos;s name is empty</source>
        <translation>机关名称为空</translation>
    </message>
    <message>
        <source>an entry has no name</source>
        <translation>有条目没有名称</translation>
    </message>
    <message>
        <source>the name holds a backslash</source>
        <translation>名称中含有反斜杠</translation>
    </message>
    <message>
        <source>the name is an absolute path</source>
        <translation>名称是绝对路径</translation>
    </message>
    <message>
        <source>the name starts with a drive letter</source>
        <translation>名称以盘符开头</translation>
    </message>
    <message>
        <source>the name leads out of the folder (“..”)</source>
        <translation>名称指向文件夹之外（“..”）</translation>
    </message>
    <message>
        <source>the name holds control characters</source>
        <translation>名称中含有控制字符</translation>
    </message>
    <message>
        <source>a package holds no folders</source>
        <translation>发布包中不能含有文件夹</translation>
    </message>
    <message>
        <source>the entry is a symbolic link</source>
        <translation>该条目是符号链接</translation>
    </message>
    <message>
        <source>the entry is encrypted</source>
        <translation>该条目已加密</translation>
    </message>
    <message>
        <source>compression method %1 is not supported (only deflate)</source>
        <translation>不支持压缩方法 %1（仅支持 deflate）</translation>
    </message>
    <message>
        <source>the entry occurs twice</source>
        <translation>该条目重复出现</translation>
    </message>
    <message>
        <source>the entry declares %1 MB uncompressed; a package holds at most %2 MB</source>
        <translation>该条目声明解压后为 %1 MB；发布包解压后最多 %2 MB</translation>
    </message>
    <message>
        <source>the entry is compressed more than %1 to 1 (%2 bytes into %3)</source>
        <translation>该条目的压缩比超过 %1:1（%2 字节压缩为 %3 字节）</translation>
    </message>
    <message>
        <source>the entry is damaged: its data, size or checksum do not match its header</source>
        <translation>该条目已损坏：其数据、大小或校验和与条目头不符</translation>
    </message>
    <message>
        <source>the entry inflates to more than the %1 bytes it declares</source>
        <translation>该条目解压后超过其声明的 %1 字节</translation>
    </message>
    <message>
        <source>the entry is compressed more than %1 to 1</source>
        <translation>该条目的压缩比超过 %1:1</translation>
    </message>
    <message>
        <source>the entry inflates to more than the %1 MB a package may hold</source>
        <translation>该条目解压后超过发布包允许的 %1 MB</translation>
    </message>
    <message>
        <source>the manifest is larger than %1 bytes</source>
        <translation>清单大于 %1 字节</translation>
    </message>
    <message>
        <source>the file is not in the manifest</source>
        <translation>该文件不在清单中</translation>
    </message>
    <message>
        <source>the file is missing from the package</source>
        <translation>发布包中缺少该文件</translation>
    </message>
    <message>
        <source>the file has %1 bytes; the manifest says %2</source>
        <translation>该文件为 %1 字节；清单中记载为 %2 字节</translation>
    </message>
    <message>
        <source>the file&apos;s SHA-256 differs from the manifest&apos;s</source>
        <translation>该文件的 SHA-256 与清单中记载的不一致</translation>
    </message>
    <message>
        <source>the organization “%1” differs from report.json’s “%2”</source>
        <translation>机关“%1”与 report.json 中的“%2”不一致</translation>
    </message>
    <message>
        <source>the year %1 differs from report.json’s %2</source>
        <translation>年度 %1 与 report.json 中的 %2 不一致</translation>
    </message>
    <message>
        <source>the quarter %1 differs from report.json’s %2</source>
        <translation>季度 %1 与 report.json 中的 %2 不一致</translation>
    </message>
    <message>
        <source>the format “%1” differs from report.json’s “%2”</source>
        <translation>格式“%1”与 report.json 中的“%2”不一致</translation>
    </message>
    <message>
        <source>the package is larger than %1 MB</source>
        <translation>发布包大于 %1 MB</translation>
    </message>
    <message>
        <source>the package has no manifest</source>
        <translation>发布包中没有清单（manifest.json）</translation>
    </message>
    <message>
        <source>the file is not a PDF</source>
        <translation>该文件不是 PDF</translation>
    </message>
    <message>
        <source>There is no such period.</source>
        <translation>没有这个期间。</translation>
    </message>
    <message numerus="yes">
        <source>The report has %n error(s); only a report without errors can be packaged for the portal.</source>
        <translation>
            <numerusform>报告有 %n 个错误；只有没有错误的报告才能打成发布包。</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF cannot be made: %1</source>
        <translation>无法生成 PDF：%1</translation>
    </message>
    <message>
        <source>The spreadsheet cannot be made: %1</source>
        <translation>无法生成电子表格：%1</translation>
    </message>
    <message>
        <source>The package cannot be compressed.</source>
        <translation>无法压缩发布包。</translation>
    </message>
    <message>
        <source>%1 written, with the signed PDF.</source>
        <translation>已写入 %1，内含已签名的 PDF。</translation>
    </message>
    <message>
        <source>%1 written; its PDF is not signed.</source>
        <translation>已写入 %1；其中的 PDF 未签名。</translation>
    </message>
    <message>
        <source>not a ZIP file, or a damaged or truncated one</source>
        <translation>不是 ZIP 文件，或 ZIP 文件已损坏、不完整</translation>
    </message>
    <message>
        <source>the ZIP file is damaged: its headers do not agree with one another</source>
        <translation>ZIP 文件已损坏：其中的文件头互相矛盾</translation>
    </message>
    <message>
        <source>ZIP archives in several parts are not supported</source>
        <translation>不支持分卷 ZIP 压缩包</translation>
    </message>
    <message>
        <source>there is not enough memory to read the ZIP file</source>
        <translation>内存不足，无法读取 ZIP 文件</translation>
    </message>
    <message>
        <source>the ZIP file cannot be read (%1)</source>
        <translation>无法读取 ZIP 文件（%1）</translation>
    </message>
    <message>
        <source>the package has %1 entries; a package has at most %2</source>
        <translation>发布包有 %1 个条目；发布包最多只能有 %2 个条目</translation>
    </message>
    <message>
        <source>an entry occurs twice</source>
        <translation>有条目重复出现</translation>
    </message>
    <message>
        <source>entries of the ZIP file share their data</source>
        <translation>ZIP 文件中有条目共用同一份数据</translation>
    </message>
    <message>
        <source>report.pdf is not the signed report of report.json: %1</source>
        <translation>report.pdf 不是 report.json 的签名报告：%1</translation>
    </message>
    <message>
        <source>not valid JSON (line %1, column %2): %3</source>
        <translation>不是有效的 JSON（第 %1 行，第 %2 列）：%3</translation>
    </message>
    <message>
        <source>the entry is a named pipe (FIFO)</source>
        <translation>该条目是命名管道（FIFO）</translation>
    </message>
    <message>
        <source>the entry is a socket</source>
        <translation>该条目是套接字</translation>
    </message>
    <message>
        <source>the entry is a device</source>
        <translation>该条目是设备文件</translation>
    </message>
    <message>
        <source>the entry is not a regular file (mode %1)</source>
        <translation>该条目不是普通文件（模式 %1）</translation>
    </message>
    <message>
        <source>the entry has the setuid, setgid or sticky bit (mode %1)</source>
        <translation>该条目带有 setuid、setgid 或粘滞位（模式 %1）</translation>
    </message>
    <message>
        <source>The signed PDF of %1 is not the report as it stands (%2); the package has the report unsigned. Sign it again to publish it signed.</source>
        <translation>%1 的签名 PDF 与报告现状不符（%2）；发布包中的报告未签名。如需发布签名版本，请重新签名。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>the signed PDF does not carry the report&apos;s data, so nothing shows that it is this report; sign the report again with this version of Nianbao</source>
        <translation>签名 PDF 未内嵌报告数据，无法证明它就是这份报告；请用本版年报重新签名</translation>
    </message>
    <message>
        <source>the data the signed PDF carries cannot be read: %1</source>
        <translation>无法读取签名 PDF 内嵌的数据：%1</translation>
    </message>
    <message>
        <source>%1, %2 Q%3</source>
        <translation>%1 %2年第%3季度</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1 %2年度</translation>
    </message>
    <message>
        <source>the signed PDF is the report of %1, not of %2</source>
        <translation>签名 PDF 是%1的报告，而不是%2的报告</translation>
    </message>
    <message>
        <source>%1 is “%2” in the data but “%3” in the signed PDF</source>
        <translation>%1 在数据中为“%2”，在签名 PDF 中却为“%3”</translation>
    </message>
</context>
<context>
    <name>nianbao::PackageActions</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>……另有 %n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>Export package</source>
        <translation>导出发布包</translation>
    </message>
    <message>
        <source>Portal packages (*.zip)</source>
        <translation>发布包 (*.zip)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Nothing was imported.

%1: %2</source>
        <translation>未导入任何内容。

%1：%2</translation>
    </message>
    <message>
        <source>%1: quarter %2 of %3</source>
        <translation>%1：%3 年第 %2 季度</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2 年度</translation>
    </message>
    <message>
        <source>Replace periods</source>
        <translation>替换期间</translation>
    </message>
    <message>
        <source>These periods exist already and would be replaced:
%1

Replace them?</source>
        <translation>以下期间已存在，将被替换：
%1

是否替换？</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n report(s).</source>
        <translation>
            <numerusform>已导入 %n 份报告。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n error(s)</source>
        <translation>
            <numerusform>%1：%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s)</source>
        <translation>
            <numerusform>，%n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <source>Reports and portal packages (*.json *.zip);;All files (*)</source>
        <translation>报告和发布包 (*.json *.zip);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>nianbao::PeriodSession</name>
    <message>
        <source>Saved at %1</source>
        <translation>已于 %1 保存</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>修改%1</translation>
    </message>
    <message numerus="yes">
        <source>Change %n cell(s)</source>
        <translation>
            <numerusform>修改 %n 个单元格</numerusform>
        </translation>
    </message>
    <message>
        <source>Explanation saved</source>
        <translation>说明已保存</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>状态已更改</translation>
    </message>
</context>
<context>
    <name>nianbao::PeriodView</name>
    <message>
        <source>Narrative</source>
        <translation>文字部分</translation>
    </message>
    <message>
        <source>Quarter %1 of %2, format %3</source>
        <translation>%2年第%1季度，%3 版格式</translation>
    </message>
    <message>
        <source>The year %1, format %2</source>
        <translation>%1年度，%2 版格式</translation>
    </message>
    <message>
        <source>These figures are added up from the quarters and are read-only here; enter figures in the quarters.</source>
        <translation>这些数字由各季度汇总而来，此处只读；请在各季度中填报。</translation>
    </message>
    <message>
        <source>This period is final and read-only. Reopen it with a reason to change it.</source>
        <translation>本期间已定稿，只读。如需修改，请说明理由后重新打开。</translation>
    </message>
</context>
<context>
    <name>nianbao::ProblemsModel</name>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning (explained)</source>
        <translation>警告（已说明）</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>左边</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>右边</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>相差</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>nianbao::ProblemsPanel</name>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>E&amp;xplain warning…</source>
        <translation>说明警告(&amp;X)…</translation>
    </message>
    <message>
        <source>Double-click a problem (or press Enter) to go to its cells.</source>
        <translation>双击问题（或按回车）可转到相关单元格。</translation>
    </message>
    <message>
        <source>Explain the warning</source>
        <translation>说明警告</translation>
    </message>
</context>
<context>
    <name>nianbao::ProfileForm</name>
    <message>
        <source>&amp;Name of the organization</source>
        <translation>机关名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Postcode</source>
        <translation>邮编(&amp;P)</translation>
    </message>
    <message>
        <source>Pho&amp;ne</source>
        <translation>电话(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>电子邮箱(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>网站(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Contact office</source>
        <translation>联系部门(&amp;C)</translation>
    </message>
    <message>
        <source>Profile saved</source>
        <translation>机关信息已保存</translation>
    </message>
</context>
<context>
    <name>nianbao::Report</name>
    <message>
        <source>Cannot start drawing the report.</source>
        <translation>无法开始绘制报告。</translation>
    </message>
    <message>
        <source>The report font %1 (%2) cannot be loaded.</source>
        <translation>无法加载报告字体 %1（%2）。</translation>
    </message>
    <message>
        <source>The report font %1 was not found in: %2</source>
        <translation>在以下位置找不到报告字体 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write the report as PDF: %1</source>
        <translation>无法将报告写成 PDF：%1</translation>
    </message>
    <message>
        <source>The face %1 used in the report has no font file.</source>
        <translation>报告所用的字体 %1 没有字体文件。</translation>
    </message>
    <message>
        <source>Cannot read the font file %1: %2</source>
        <translation>无法读取字体文件 %1：%2</translation>
    </message>
    <message>
        <source>The face %1 (%2) stands in for another whose outlines are not known.</source>
        <translation>字体 %1（%2）是替代字体，但不知道其所替代字体的字形轮廓。</translation>
    </message>
</context>
<context>
    <name>nianbao::ReportXlsx</name>
    <message>
        <source>Cannot make a temporary folder for the spreadsheet: %1</source>
        <translation>无法为电子表格创建临时文件夹：%1</translation>
    </message>
    <message>
        <source>Cannot start the spreadsheet.</source>
        <translation>无法开始生成电子表格。</translation>
    </message>
    <message>
        <source>Cannot add the worksheet “%1”.</source>
        <translation>无法添加工作表“%1”。</translation>
    </message>
    <message>
        <source>The report has no table to put in a spreadsheet.</source>
        <translation>报告中没有可放入电子表格的表格。</translation>
    </message>
    <message>
        <source>Cannot write the spreadsheet: %1</source>
        <translation>无法写入电子表格：%1</translation>
    </message>
    <message>
        <source>Cannot read the spreadsheet back: %1</source>
        <translation>无法读回电子表格：%1</translation>
    </message>
    <message>
        <source>The spreadsheet came out empty.</source>
        <translation>生成的电子表格是空的。</translation>
    </message>
</context>
<context>
    <name>nianbao::SignDialog</name>
    <message>
        <source>Sign the report</source>
        <translation>对报告签名</translation>
    </message>
    <message>
        <source>&amp;Certificate (.p12):</source>
        <translation>证书（.p12）(&amp;C)：</translation>
    </message>
    <message>
        <source>PKCS#12 certificates (*.p12 *.pfx)</source>
        <translation>PKCS#12 证书 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <source>Approved for publication</source>
        <translation>同意公开发布</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>签名理由(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Seal image (optional):</source>
        <translation>印章图片（可选）(&amp;S)：</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>&amp;Write to:</source>
        <translation>保存到(&amp;W)：</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
</context>
<context>
    <name>nianbao::Signing</name>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation>无法读取口令文件 %1：%2</translation>
    </message>
    <message>
        <source>Cannot make a temporary file: %1</source>
        <translation>无法创建临时文件：%1</translation>
    </message>
    <message>
        <source>The PDF has no pages.</source>
        <translation>PDF 没有页面。</translation>
    </message>
    <message>
        <source>Cannot place the signature in the PDF.</source>
        <translation>无法在 PDF 中放置签名。</translation>
    </message>
    <message>
        <source>The signature is larger than the room kept for it (%1 bytes).</source>
        <translation>签名超出了为其预留的空间（%1 字节）。</translation>
    </message>
    <message>
        <source>Cannot sign the PDF: %1</source>
        <translation>无法对 PDF 签名：%1</translation>
    </message>
    <message>
        <source>Cannot read the signed PDF back: %1</source>
        <translation>无法读回已签名的 PDF：%1</translation>
    </message>
    <message>
        <source>Cannot read the seal image %1: %2</source>
        <translation>无法读取印章图片 %1：%2</translation>
    </message>
    <message>
        <source>The seal image %1 is not a PNG or JPEG picture that can be read.</source>
        <translation>印章图片 %1 不是可读取的 PNG 或 JPEG 图片。</translation>
    </message>
    <message>
        <source>a trusted CA file holds no PEM certificate</source>
        <translation>有受信任 CA 文件中没有 PEM 证书</translation>
    </message>
    <message>
        <source>not a PDF file that can be read</source>
        <translation>不是可读取的 PDF 文件</translation>
    </message>
    <message>
        <source>the digest of the signed bytes does not match</source>
        <translation>已签名内容的摘要不一致</translation>
    </message>
    <message>
        <source>the signature covers %1 of %2 bytes</source>
        <translation>签名只覆盖了 %2 字节中的 %1 字节</translation>
    </message>
    <message>
        <source>Valid signature</source>
        <translation>签名有效</translation>
    </message>
    <message>
        <source>Changed after signing</source>
        <translation>签名后被修改</translation>
    </message>
    <message>
        <source>Not the whole document is signed</source>
        <translation>签名未覆盖整个文档</translation>
    </message>
    <message>
        <source>Signer not trusted</source>
        <translation>签名人不受信任</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>未签名</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>The signature is valid: the document is exactly as signed, and the signer is trusted.</source>
        <translation>签名有效：文档与签名时完全一致，且签名人受信任。</translation>
    </message>
    <message>
        <source>The document was changed after it was signed: the signature does not match it.</source>
        <translation>文档在签名后被修改过：签名与文档不符。</translation>
    </message>
    <message>
        <source>The signature is intact, but it does not cover the whole document: something was added after signing.</source>
        <translation>签名完好，但未覆盖整个文档：签名后又添加了内容。</translation>
    </message>
    <message>
        <source>The signature is intact, but the signer&apos;s certificate does not lead to a trusted authority.</source>
        <translation>签名完好，但签名人的证书不能追溯到受信任的证书颁发机构。</translation>
    </message>
    <message>
        <source>The PDF has no signature.</source>
        <translation>该 PDF 没有签名。</translation>
    </message>
    <message>
        <source>The file cannot be read as a PDF.</source>
        <translation>无法将该文件作为 PDF 读取。</translation>
    </message>
    <message>
        <source>Signer: %1</source>
        <translation>签名人：%1</translation>
    </message>
    <message>
        <source>Signed at: %1</source>
        <translation>签名时间：%1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>签名理由：%1</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>详细信息：%1</translation>
    </message>
    <message>
        <source>Cannot read the certificate file %1: %2</source>
        <translation>无法读取证书文件 %1：%2</translation>
    </message>
    <message>
        <source>The certificate file is not a PKCS#12 (.p12/.pfx) file.</source>
        <translation>证书文件不是 PKCS#12（.p12/.pfx）文件。</translation>
    </message>
    <message>
        <source>The password does not open the certificate file.</source>
        <translation>口令不正确，无法打开证书文件。</translation>
    </message>
    <message>
        <source>The certificate file cannot be read: %1</source>
        <translation>无法读取证书文件：%1</translation>
    </message>
    <message>
        <source>The certificate file holds no private key: it can verify, but not sign.</source>
        <translation>证书文件中没有私钥：只能用于验证，不能用于签名。</translation>
    </message>
    <message>
        <source>The certificate file holds no certificate.</source>
        <translation>证书文件中没有证书。</translation>
    </message>
    <message>
        <source>The private key in the certificate file does not belong to its certificate.</source>
        <translation>证书文件中的私钥与其中的证书不匹配。</translation>
    </message>
    <message>
        <source>The certificate is not valid yet: it is valid from %1.</source>
        <translation>证书尚未生效：生效时间为 %1。</translation>
    </message>
    <message>
        <source>The certificate has expired: it was valid until %1.</source>
        <translation>证书已过期：有效期至 %1。</translation>
    </message>
    <message>
        <source>The certificate is not for digital signatures: its key usage lacks digitalSignature.</source>
        <translation>该证书不能用于数字签名：其密钥用法中没有 digitalSignature。</translation>
    </message>
    <message>
        <source>Cannot prepare the signature: %1</source>
        <translation>无法准备签名：%1</translation>
    </message>
    <message>
        <source>Cannot sign: %1</source>
        <translation>无法签名：%1</translation>
    </message>
    <message>
        <source>The signing module %1 cannot be loaded: %2</source>
        <translation>无法加载签名模块 %1：%2</translation>
    </message>
    <message>
        <source>The signing module is not installed (looked for %1).</source>
        <translation>签名模块未安装（查找了 %1）。</translation>
    </message>
    <message>
        <source>The report&apos;s data is needed to sign it.</source>
        <translation>签名需要报告的数据。</translation>
    </message>
    <message>
        <source>The report&apos;s data, as signed</source>
        <translation>本报告的数据（与签名内容一致）</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate is not for digital signatures (its key usage lacks digitalSignature)</source>
        <translation>签名人的证书不能用于数字签名（其密钥用法中没有 digitalSignature）</translation>
    </message>
    <message>
        <source>the certificate chain cannot be checked</source>
        <translation>无法检查证书链</translation>
    </message>
    <message>
        <source>the signature is not a CMS signed-data structure</source>
        <translation>签名不是 CMS 签名数据结构</translation>
    </message>
    <message>
        <source>the signature is not a detached signature of the document&apos;s bytes</source>
        <translation>签名不是对文档字节的分离式签名</translation>
    </message>
    <message>
        <source>the signature has %1 signers; one is expected</source>
        <translation>签名有 %1 个签名人，应为一个</translation>
    </message>
    <message>
        <source>the signature has no signed attributes</source>
        <translation>签名没有签名属性</translation>
    </message>
    <message>
        <source>no certificate in the signature verifies it</source>
        <translation>签名中没有任何证书能验证该签名</translation>
    </message>
    <message>
        <source>the signature&apos;s signing time cannot be read</source>
        <translation>无法读取签名中的签名时间</translation>
    </message>
    <message>
        <source>the signature uses a digest algorithm too weak to be trusted (SHA-256 or stronger is needed)</source>
        <translation>签名使用的摘要算法太弱，不能信任（至少需要 SHA-256）</translation>
    </message>
    <message>
        <source>the signing time %1 lies in the future</source>
        <translation>签名时间 %1 晚于当前时间</translation>
    </message>
    <message>
        <source>the signed byte ranges are not two ranges around the signature value</source>
        <translation>签名的字节范围不是签名值两侧的两段</translation>
    </message>
    <message>
        <source>the bytes between the signed ranges are not the signature value</source>
        <translation>两段签名范围之间的字节不是签名值</translation>
    </message>
    <message>
        <source>the signature value is not a CMS signature</source>
        <translation>签名值不是 CMS 签名</translation>
    </message>
    <message>
        <source>the signature value holds bytes after the signature that nothing signs</source>
        <translation>签名值在签名之后还有未被任何签名覆盖的字节</translation>
    </message>
    <message>
        <source>only detached signatures (adbe.pkcs7.detached, ETSI.CAdES.detached) are accepted</source>
        <translation>只接受分离式签名（adbe.pkcs7.detached、ETSI.CAdES.detached）</translation>
    </message>
</context>
<context>
    <name>nianbao::Storage</name>
    <message>
        <source>Cannot open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <source>%1 is not a Nianbao database: it belongs to another program. It was left unchanged.</source>
        <translation>%1 不是年报数据库：它属于其他程序。文件未作改动。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Nianbao (database version %2; this version knows up to %3). Update Nianbao to open it. It was left unchanged.</source>
        <translation>%1 由更新版本的年报写入（数据库版本 %2；本版本最高支持 %3）。请升级年报后再打开。文件未作改动。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>Cannot switch %1 to write-ahead logging; the folder may not be writable</source>
        <translation>无法为 %1 启用预写日志；文件夹可能不可写</translation>
    </message>
    <message>
        <source>Cannot switch on foreign keys in %1</source>
        <translation>无法在 %1 中启用外键</translation>
    </message>
    <message>
        <source>Cannot make a backup copy before upgrading the database: %1</source>
        <translation>升级数据库前无法制作备份副本：%1</translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 failed; it was left at version %2: %3</source>
        <translation>数据库升级到版本 %1 失败，仍为版本 %2：%3</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>The organization needs a name.</source>
        <translation>机关需要名称。</translation>
    </message>
    <message>
        <source>There is already an organization named “%1”.</source>
        <translation>已有名为“%1”的机关。</translation>
    </message>
    <message>
        <source>The organization no longer exists.</source>
        <translation>该机关已不存在。</translation>
    </message>
    <message>
        <source>The year %1 exists already.</source>
        <translation>%1 年度已存在。</translation>
    </message>
    <message>
        <source>Unknown report format “%1”.</source>
        <translation>未知的报告格式“%1”。</translation>
    </message>
    <message>
        <source>The new year could not be read back.</source>
        <translation>无法读回新建的年度。</translation>
    </message>
    <message>
        <source>Create the year %1 first.</source>
        <translation>请先新建 %1 年度。</translation>
    </message>
    <message>
        <source>The year %1 is entered as a whole year, not by quarters.</source>
        <translation>%1 年度按全年填报，不按季度。</translation>
    </message>
    <message>
        <source>A quarter is 1 to 4.</source>
        <translation>季度应为 1 至 4。</translation>
    </message>
    <message>
        <source>Quarter %1 of %2 exists already.</source>
        <translation>%2 年第 %1 季度已存在。</translation>
    </message>
    <message>
        <source>Create quarter %1 first: each quarter opens from the one before.</source>
        <translation>请先新建第 %1 季度：每个季度的期初数字取自上一季度。</translation>
    </message>
    <message>
        <source>The new quarter could not be read back.</source>
        <translation>无法读回新建的季度。</translation>
    </message>
    <message>
        <source>The period no longer exists.</source>
        <translation>该期间已不存在。</translation>
    </message>
    <message>
        <source>This period is final and cannot be changed; reopen it with a reason first.</source>
        <translation>本期间已定稿，不能修改；请先说明理由重新打开。</translation>
    </message>
    <message>
        <source>Reopening needs a written reason.</source>
        <translation>重新打开需要书面理由。</translation>
    </message>
    <message>
        <source>The year %1 is added up from its quarters; enter the figures in the quarters.</source>
        <translation>%1 年度由各季度汇总；请在各季度中填报数字。</translation>
    </message>
    <message>
        <source>“%1” is not a cell of format %2.</source>
        <translation>“%1”不是 %2 版格式中的单元格。</translation>
    </message>
    <message>
        <source>%1 is a total and is computed.</source>
        <translation>%1是合计，自动计算。</translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation>%1不能为负数。</translation>
    </message>
    <message>
        <source>%1 is too large.</source>
        <translation>%1太大。</translation>
    </message>
    <message>
        <source>%1 is carried over from the previous period (%2); changing it needs a written reason.</source>
        <translation>%1取自上期（%2）；修改需要书面理由。</translation>
    </message>
    <message>
        <source>quarter %1 of %2</source>
        <translation>%2 年第 %1 季度</translation>
    </message>
    <message>
        <source>the year %1</source>
        <translation>%1 年度</translation>
    </message>
    <message>
        <source>The report has no format.</source>
        <translation>报告没有格式。</translation>
    </message>
    <message>
        <source>%1 is entered as a whole year, so a quarter cannot be imported into it.</source>
        <translation>%1 年度按全年填报，不能导入季度。</translation>
    </message>
    <message>
        <source>The year %1 uses format %2, the file format %3.</source>
        <translation>%1 年度使用 %2 版格式，文件使用 %3 版格式。</translation>
    </message>
    <message>
        <source>%1 is entered by quarters; import the quarters instead of the year.</source>
        <translation>%1 年度按季度填报；请导入各季度而不是全年。</translation>
    </message>
    <message>
        <source>%1 of %2 exists already; import with --replace to replace it.</source>
        <translation>%2 的%1已存在；如要替换，请加 --replace 导入。</translation>
    </message>
    <message>
        <source>%1 of %2 is final; reopen it before replacing it.</source>
        <translation>%2 的%1已定稿；替换前请先重新打开。</translation>
    </message>
    <message>
        <source>The imported period could not be read back.</source>
        <translation>无法读回导入的期间。</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <source>“%1” is not a narrative part.</source>
        <translation>“%1”不是文字部分。</translation>
    </message>
    <message>
        <source>%1: the database file is in use by another program (%2)</source>
        <translation>%1：数据库文件正被其他程序使用（%2）</translation>
    </message>
    <message>
        <source>%1: the disk is full; nothing was changed (%2)</source>
        <translation>%1：磁盘已满；未作任何改动（%2）</translation>
    </message>
    <message>
        <source>%1: the database file cannot be written (%2)</source>
        <translation>%1：数据库文件无法写入（%2）</translation>
    </message>
    <message>
        <source>%1: the file is not a database (%2)</source>
        <translation>%1：该文件不是数据库（%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Database error</source>
        <translation>数据库错误</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>a draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>已报送</translation>
    </message>
    <message>
        <source>final</source>
        <translation>已定稿</translation>
    </message>
    <message>
        <source>Only a draft can be submitted; this period is %1.</source>
        <translation>只有草稿才能报送；本期间现为%1。</translation>
    </message>
    <message>
        <source>Only a submitted period can be finalized; this period is %1.</source>
        <translation>只有已报送的期间才能定稿；本期间现为%1。</translation>
    </message>
    <message>
        <source>Only a submitted or final period can be reopened; this period is %1.</source>
        <translation>只有已报送或已定稿的期间才能重新打开；本期间现为%1。</translation>
    </message>
    <message>
        <source>Only a final period can have a signed report.</source>
        <translation>只有已定稿的期间才能有已签名的报告。</translation>
    </message>
    <message>
        <source>The signed file, its signer and its time are needed.</source>
        <translation>需要提供已签名的文件、签名人和签名时间。</translation>
    </message>
    <message>
        <source>The SHA-256 given does not match the signed file.</source>
        <translation>所给的 SHA-256 与已签名的文件不符。</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Nothing is exported from it or written to it. %3</source>
        <translation>%1 已损坏（%2）。不会从中导出，也不会向其中写入。%3</translation>
    </message>
    <message>
        <source>%1 is not a Nianbao database: it is not an SQLite database file, or its first page is damaged (%2). It was left unchanged. If it was a Nianbao database: %3</source>
        <translation>%1 不是年报数据库：它不是 SQLite 数据库文件，或者它的第一页已损坏（%2）。文件未作任何改动。如果它原是年报数据库：%3</translation>
    </message>
    <message>
        <source>%1 is locked by another program that is using it. Close that program or wait until it has finished, then try again. It was left unchanged.</source>
        <translation>%1 正被另一个程序使用并锁定。请关闭该程序或等它完成后再试。文件未作任何改动。</translation>
    </message>
    <message>
        <source>Cannot open %1: the disk is full. Make room on it and try again. It was left unchanged.</source>
        <translation>无法打开 %1：磁盘已满。请腾出空间后再试。文件未作任何改动。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2 (%3). It was left unchanged.</source>
        <translation>无法打开 %1：%2（%3）。文件未作任何改动。</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>Cannot create the database %1: %2</source>
        <translation>无法创建数据库 %1：%2</translation>
    </message>
    <message>
        <source>%1 must be upgraded for this version of Nianbao, but it cannot be written: %2. Copy it to a folder you can write to and open the copy.</source>
        <translation>%1 需要升级才能被本版年报使用，但它无法写入：%2。请把它复制到可写的文件夹后打开副本。</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>无法读取 %1</translation>
    </message>
    <message>
        <source>%1 is open read-only because %2; nothing can be changed in it. Nothing was written.</source>
        <translation>%1 以只读方式打开，因为%2；不能修改其中的内容。未写入任何内容。</translation>
    </message>
    <message>
        <source>it is on a read-only disk or mount (%1)</source>
        <translation>它位于只读的磁盘或挂载点上（%1）</translation>
    </message>
    <message>
        <source>the folder %1 is protected against changes</source>
        <translation>文件夹 %1 被设为禁止修改</translation>
    </message>
    <message>
        <source>the file %1 is protected against changes</source>
        <translation>文件 %1 被设为禁止修改</translation>
    </message>
    <message>
        <source>the folder %1 is read-only for you</source>
        <translation>文件夹 %1 对您是只读的</translation>
    </message>
    <message>
        <source>the file %1 is read-only for you</source>
        <translation>文件 %1 对您是只读的</translation>
    </message>
    <message>
        <source>%1 is the open database %2 or one of its working files; writing there would destroy the database. Choose another file name. Nothing was written.</source>
        <translation>%1 是已打开的数据库 %2 或它的工作文件，写入该处会毁掉数据库。请另选文件名。未写入任何内容。</translation>
    </message>
    <message>
        <source>Put your newest backup in its place (backups are made with “nianbao backup” or the window&apos;s “Back up database”); no copy made before an upgrade is next to the file.</source>
        <translation>请用最新的备份替换它（备份由“nianbao backup”命令或窗口中的“备份数据库”制作）；该文件旁没有升级前留下的副本。</translation>
    </message>
    <message>
        <source>Put your newest backup in its place (backups are made with “nianbao backup” or the window&apos;s “Back up database”); the newest copy made before an upgrade is %1.</source>
        <translation>请用最新的备份替换它（备份由“nianbao backup”命令或窗口中的“备份数据库”制作）；升级前留下的最新副本是 %1。</translation>
    </message>
    <message>
        <source>The organization&apos;s “%1” is too long: %2</source>
        <translation>机关的“%1”过长：%2</translation>
    </message>
    <message>
        <source>The text is not saved: %1</source>
        <translation>文字未保存：%1</translation>
    </message>
    <message>
        <source>The explanation is not saved: %1</source>
        <translation>说明未保存：%1</translation>
    </message>
    <message>
        <source>%1: the database is open read-only, so nothing can be changed in it; nothing was changed (%2)</source>
        <translation>%1：数据库以只读方式打开，不能修改其中的内容；未作任何改动（%2）</translation>
    </message>
    <message>
        <source>%1: the database file is damaged (%2)</source>
        <translation>%1：数据库文件已损坏（%2）</translation>
    </message>
    <message>
        <source>Cannot read the database</source>
        <translation>无法读取数据库</translation>
    </message>
    <message>
        <source>Cannot start saving</source>
        <translation>无法开始保存</translation>
    </message>
</context>
<context>
    <name>nianbao::TrustedCas</name>
    <message>
        <source>Trusted CA certificates</source>
        <translation>受信任的 CA 证书</translation>
    </message>
    <message>
        <source>CA certificates (*.pem *.crt *.cer)</source>
        <translation>CA 证书 (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>Signed PDFs are now trusted when their signer&apos;s certificate comes from: %1</source>
        <translation>今后签名人证书来自以下 CA 的签名 PDF 视为受信任：%1</translation>
    </message>
</context>
<context>
    <name>nianbao::Value</name>
    <message>
        <source>must be a whole number</source>
        <translation>必须是整数</translation>
    </message>
    <message numerus="yes">
        <source>has more than %n decimal place(s)</source>
        <translation>
            <numerusform>小数超过 %n 位</numerusform>
        </translation>
    </message>
    <message>
        <source>is too large (at most 999,999,999,999)</source>
        <translation>太大（最大为 999,999,999,999）</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <source>is not a decimal number such as &quot;1234.5&quot;</source>
        <translation>不是“1234.5”这样的小数</translation>
    </message>
</context>
<context>
    <name>nianbao::VerifyDialog</name>
    <message>
        <source>Signature of %1</source>
        <translation>%1 的签名</translation>
    </message>
    <message>
        <source>Check against a CA certificate…</source>
        <translation>用 CA 证书验证…</translation>
    </message>
    <message>
        <source>Trusted CA certificates</source>
        <translation>受信任的 CA 证书</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>证书 (*.pem *.crt *.cer)</translation>
    </message>
</context>
</TS>
