<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>main</name>
    <message>
        <source>Nianbao</source>
        <translation>Nianbao</translation>
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
        <translation>Nianbao prepares the annual report on government information disclosure (政府信息公开工作年度报告): tables, checks, narrative and the signed PDF.
Without a command it opens the window.

Commands:
  validate FILE.json…   check interchange files: structure, then the rules of their format; problems on stdout

Exit codes: 0 success; 1 the data has errors; 2 bad usage or unreadable input.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Show the version.</translation>
    </message>
    <message>
        <source>Language of messages: zh or en.</source>
        <translation>Language of messages: zh or en.</translation>
    </message>
    <message>
        <source>Print machine-readable results on stdout.</source>
        <translation>Print machine-readable results on stdout.</translation>
    </message>
    <message>
        <source>The database file to use.</source>
        <translation>The database file to use.</translation>
    </message>
    <message>
        <source>The command to run, see above.</source>
        <translation>The command to run, see above.</translation>
    </message>
    <message>
        <source>Try “nianbao --help”.</source>
        <translation>Try “nianbao --help”.</translation>
    </message>
    <message>
        <source>Unknown language “%1”; use zh or en.</source>
        <translation>Unknown language “%1”; use zh or en.</translation>
    </message>
    <message>
        <source>validate needs at least one file: nianbao validate FILE.json</source>
        <translation>validate needs at least one file: nianbao validate FILE.json</translation>
    </message>
    <message>
        <source>Unknown command “%1”. Try “nianbao --help”.</source>
        <translation>Unknown command “%1”. Try “nianbao --help”.</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>cannot read the file: %1</translation>
    </message>
    <message>
        <source>%1 Q%2</source>
        <translation>%1 Q%2</translation>
    </message>
    <message numerus="yes">
        <source>format %1, %2, %3: %n error(s)</source>
        <translation>
            <numerusform>format %1, %2, %3: %n error</numerusform>
            <numerusform>format %1, %2, %3: %n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s)</source>
        <translation>
            <numerusform>, %n warning</numerusform>
            <numerusform>, %n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>cells: %1</source>
        <translation>cells: %1</translation>
    </message>
    <message>
        <source>%1 (whole year)</source>
        <translation>%1 (whole year)</translation>
    </message>
</context>
<context>
    <name>nianbao::FormatOverview</name>
    <message>
        <source>Official label</source>
        <translation>Official label</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Report formats</source>
        <translation>Report formats</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Consistency rules</source>
        <translation>Consistency rules</translation>
    </message>
</context>
<context>
    <name>nianbao::Interchange</name>
    <message>
        <source>the organization&apos;s name is empty</source>
        <translation>the organization&apos;s name is empty</translation>
    </message>
    <message>
        <source>“%1” is not a cell of format %2</source>
        <translation>“%1” is not a cell of format %2</translation>
    </message>
    <message>
        <source>expected an amount as a decimal string such as &quot;1234.5&quot;</source>
        <translation>expected an amount as a decimal string such as &quot;1234.5&quot;</translation>
    </message>
    <message>
        <source>the amount “%1” %2</source>
        <translation>the amount “%1” %2</translation>
    </message>
    <message>
        <source>“%1” is not a narrative part; expected one of: %2</source>
        <translation>“%1” is not a narrative part; expected one of: %2</translation>
    </message>
    <message>
        <source>not valid JSON (line %1, column %2): %3</source>
        <translation>not valid JSON (line %1, column %2): %3</translation>
    </message>
    <message>
        <source>expected an object with a report</source>
        <translation>expected an object with a report</translation>
    </message>
    <message>
        <source>unknown format “%1”; expected one of: %2</source>
        <translation>unknown format “%1”; expected one of: %2</translation>
    </message>
    <message>
        <source>expected “draft”, “submitted” or “final”</source>
        <translation>expected “draft”, “submitted” or “final”</translation>
    </message>
    <message>
        <source>expected a date such as 2022-01-20</source>
        <translation>expected a date such as 2022-01-20</translation>
    </message>
</context>
<context>
    <name>nianbao::Json</name>
    <message>
        <source>unknown key “%1”; expected one of: %2</source>
        <translation>unknown key “%1”; expected one of: %2</translation>
    </message>
    <message>
        <source>the key “%1” is missing</source>
        <translation>the key “%1” is missing</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>expected an object</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>expected an array</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>expected a string</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>expected true or false</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>expected a whole number</translation>
    </message>
    <message>
        <source>expected a whole number, not %1</source>
        <translation>expected a whole number, not %1</translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3)</source>
        <translation>%1 is out of range (%2 to %3)</translation>
    </message>
    <message>
        <source>expected a whole number, not the text “%1”</source>
        <translation>expected a whole number, not the text “%1”</translation>
    </message>
</context>
<context>
    <name>nianbao::MainWindow</name>
    <message>
        <source>Nianbao — annual report on government information disclosure</source>
        <translation>Nianbao — annual report on government information disclosure</translation>
    </message>
    <message>
        <source>Loaded report formats: %1</source>
        <translation>Loaded report formats: %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>A format file could not be loaded: %1</source>
        <translation>A format file could not be loaded: %1</translation>
    </message>
</context>
<context>
    <name>nianbao::Value</name>
    <message>
        <source>must be a whole number</source>
        <translation>must be a whole number</translation>
    </message>
    <message numerus="yes">
        <source>has more than %n decimal place(s)</source>
        <translation>
            <numerusform>has more than %n decimal place</numerusform>
            <numerusform>has more than %n decimal places</numerusform>
        </translation>
    </message>
    <message>
        <source>is too large (at most 999,999,999,999)</source>
        <translation>is too large (at most 999,999,999,999)</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>is not a number</translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation>cannot be negative</translation>
    </message>
    <message>
        <source>is not a decimal number such as &quot;1234.5&quot;</source>
        <translation>is not a decimal number such as &quot;1234.5&quot;</translation>
    </message>
</context>
</TS>
