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
        <source>Nianbao prepares the annual report on government information disclosure (政府信息公开工作年度报告): tables, checks, narrative and the signed PDF.
Without a command it opens the window.

Commands:
  validate FILE.json…   check interchange files: structure, then the rules of their format; problems on stdout

Exit codes: 0 success; 1 the data has errors; 2 bad usage or unreadable input.</source>
        <translation>年报（Nianbao）用于编制政府信息公开工作年度报告：统计表、勾稽核对、文字部分和签名的 PDF。
不带命令时打开窗口。

命令：
  validate 文件.json…   检查交换文件：先查结构，再按其格式的勾稽规则核对；问题输出到标准输出

退出码：0 成功；1 数据有错误；2 用法错误或输入无法读取。</translation>
    </message>
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
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
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
</context>
<context>
    <name>nianbao::FormatOverview</name>
    <message>
        <source>Official label</source>
        <translation>官方名称</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Report formats</source>
        <translation>报告格式</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Consistency rules</source>
        <translation>勾稽规则</translation>
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
</context>
<context>
    <name>nianbao::MainWindow</name>
    <message>
        <source>Nianbao — annual report on government information disclosure</source>
        <translation>年报 — 政府信息公开工作年度报告</translation>
    </message>
    <message>
        <source>Loaded report formats: %1</source>
        <translation>已加载的报告格式：%1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>A format file could not be loaded: %1</source>
        <translation>有格式文件无法加载：%1</translation>
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
</TS>
