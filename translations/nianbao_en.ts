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
    <message>
        <source>import: replace periods that exist.</source>
        <translation>import: replace periods that exist.</translation>
    </message>
    <message>
        <source>The organization: its name or number.</source>
        <translation>The organization: its name or number.</translation>
    </message>
    <message>
        <source>The report year.</source>
        <translation>The report year.</translation>
    </message>
    <message>
        <source>The quarter, 1 to 4; none for the year.</source>
        <translation>The quarter, 1 to 4; none for the year.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>The file to write.</translation>
    </message>
    <message>
        <source>import needs at least one file: nianbao import FILE.json</source>
        <translation>import needs at least one file: nianbao import FILE.json</translation>
    </message>
    <message>
        <source>%1 needs -o FILE and no other arguments.</source>
        <translation>%1 needs -o FILE and no other arguments.</translation>
    </message>
    <message numerus="yes">
        <source>imported; %n error(s)</source>
        <translation>
            <numerusform>imported; %n error</numerusform>
            <numerusform>imported; %n errors</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no organization “%1” in %2.</source>
        <translation>There is no organization “%1” in %2.</translation>
    </message>
    <message>
        <source>%1 has no report for quarter %2 of %3.</source>
        <translation>%1 has no report for quarter %2 of %3.</translation>
    </message>
    <message>
        <source>%1 has no report for %2.</source>
        <translation>%1 has no report for %2.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message>
        <source>render needs one file and -o OUT.pdf.</source>
        <translation>render needs one file and -o OUT.pdf.</translation>
    </message>
    <message>
        <source>%1 needs --org ORG --year YEAR and, for a quarter, --quarter 1 to 4.</source>
        <translation>%1 needs --org ORG --year YEAR and, for a quarter, --quarter 1 to 4.</translation>
    </message>
    <message>
        <source>There is no such report in %1.</source>
        <translation>There is no such report in %1.</translation>
    </message>
    <message>
        <source>rollup: also write the summary as a PDF.</source>
        <translation>rollup: also write the summary as a PDF.</translation>
    </message>
    <message>
        <source>rollup: also write the summary as a portal HTML page.</source>
        <translation>rollup: also write the summary as a portal HTML page.</translation>
    </message>
    <message>
        <source>rollup: the district&apos;s name.</source>
        <translation>rollup: the district&apos;s name.</translation>
    </message>
    <message>
        <source>verify needs one file: nianbao verify FILE.pdf [--trust CA.pem]</source>
        <translation>verify needs one file: nianbao verify FILE.pdf [--trust CA.pem]</translation>
    </message>
    <message>
        <source>rollup needs unit files and -o DISTRICT.json.</source>
        <translation>rollup needs unit files and -o DISTRICT.json.</translation>
    </message>
    <message>
        <source>Only a final report is signed; finalize the period first.</source>
        <translation>Only a final report is signed; finalize the period first.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Nothing was written.</translation>
    </message>
    <message>
        <source>Nothing was imported, nothing was written.</source>
        <translation>Nothing was imported, nothing was written.</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) imported into %1</source>
        <translation>
            <numerusform>%n unit imported into %1</numerusform>
            <numerusform>%n units imported into %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %3, format %4, %n unit(s)</source>
        <translation>
            <numerusform>%1: %2, %3, format %4, %n unit</numerusform>
            <numerusform>%1: %2, %3, format %4, %n units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s)</source>
        <translation>
            <numerusform>%1: %n page</numerusform>
            <numerusform>%1: %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>render/report: sign the PDF with this PKCS#12 certificate file.</source>
        <translation>render/report: sign the PDF with this PKCS#12 certificate file.</translation>
    </message>
    <message>
        <source>The file holding the certificate&apos;s password (first line).</source>
        <translation>The file holding the certificate&apos;s password (first line).</translation>
    </message>
    <message>
        <source>The reason stored in the signature.</source>
        <translation>The reason stored in the signature.</translation>
    </message>
    <message>
        <source>The office&apos;s seal image (PNG or JPEG) to press on the 署名.</source>
        <translation>The office&apos;s seal image (PNG or JPEG) to press on the 署名.</translation>
    </message>
    <message>
        <source>verify: trust this CA certificate (PEM); may be repeated.</source>
        <translation>verify: trust this CA certificate (PEM); may be repeated.</translation>
    </message>
    <message>
        <source>--pass-file, --reason and --seal go with --sign CERT.p12.</source>
        <translation>--pass-file, --reason and --seal go with --sign CERT.p12.</translation>
    </message>
    <message>
        <source>--sign needs --pass-file FILE with the certificate&apos;s password.</source>
        <translation>--sign needs --pass-file FILE with the certificate&apos;s password.</translation>
    </message>
    <message numerus="yes">
        <source>The report has %n rule error(s); only a report without errors is signed.</source>
        <translation>
            <numerusform>The report has %n rule error; only a report without errors is signed.</numerusform>
            <numerusform>The report has %n rule errors; only a report without errors is signed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed by %1 at %2: %3 (%4 pages, %5 bytes)</source>
        <translation>Signed by %1 at %2: %3 (%4 pages, %5 bytes)</translation>
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
        <translation>Nianbao prepares the annual report on government information disclosure (政府信息公开工作年度报告): tables, checks, narrative and the signed PDF.
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
2 bad usage or unreadable input.</translation>
    </message>
</context>
<context>
    <name>nianbao::District</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>There are no units to roll up.</source>
        <translation>There are no units to roll up.</translation>
    </message>
    <message>
        <source>Only annual reports can be rolled up; these are quarterly reports: %1.</source>
        <translation>Only annual reports can be rolled up; these are quarterly reports: %1.</translation>
    </message>
    <message>
        <source>%1 has no format.</source>
        <translation>%1 has no format.</translation>
    </message>
    <message>
        <source>The units use different report formats, which cannot be added up: %1.</source>
        <translation>The units use different report formats, which cannot be added up: %1.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>The units report on different years: %1.</source>
        <translation>The units report on different years: %1.</translation>
    </message>
    <message>
        <source>year</source>
        <translation>year</translation>
    </message>
    <message>
        <source>These organizations are given more than once: %1.</source>
        <translation>These organizations are given more than once: %1.</translation>
    </message>
    <message>
        <source>The sum of %1 is too large (at most %2), at %3.</source>
        <translation>The sum of %1 is too large (at most %2), at %3.</translation>
    </message>
    <message>
        <source>this is a district summary, not a unit&apos;s report</source>
        <translation>this is a district summary, not a unit&apos;s report</translation>
    </message>
</context>
<context>
    <name>nianbao::DistrictView</name>
    <message>
        <source>District summary</source>
        <translation>District summary</translation>
    </message>
    <message>
        <source>Name of the district</source>
        <translation>Name of the district</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Export &amp;JSON…</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>District:</source>
        <translation>District:</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Select a figure of the summary to see each unit&apos;s share.</source>
        <translation>Select a figure of the summary to see each unit&apos;s share.</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n organization(s) counted in the summary of %2.</source>
        <translation>
            <numerusform>%1 of %n organization counted in the summary of %2.</numerusform>
            <numerusform>%1 of %n organizations counted in the summary of %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>no report for %1</source>
        <translation>no report for %1</translation>
    </message>
    <message>
        <source>final</source>
        <translation>final</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>submitted</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valid</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signed</translation>
    </message>
    <message>
        <source>Export JSON</source>
        <translation>Export JSON</translation>
    </message>
    <message>
        <source>%1 written</source>
        <translation>%1 written</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message numerus="yes">
        <source>%1 written (%n page(s))</source>
        <translation>
            <numerusform>%1 written (%n page)</numerusform>
            <numerusform>%1 written (%n pages)</numerusform>
        </translation>
    </message>
    <message>
        <source>Interchange files (*.json)</source>
        <translation>Interchange files (*.json)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>nianbao::FigureTableModel</name>
    <message>
        <source>“%1” in %2 %3.</source>
        <translation>“%1” in %2 %3.</translation>
    </message>
    <message>
        <source>Total: computed from the cells it adds up.</source>
        <translation>Total: computed from the cells it adds up.</translation>
    </message>
    <message>
        <source>Carried over from the previous period: %1</source>
        <translation>Carried over from the previous period: %1</translation>
    </message>
    <message>
        <source>Changed by hand: %1</source>
        <translation>Changed by hand: %1</translation>
    </message>
    <message>
        <source>Reason for changing a carried-over figure</source>
        <translation>Reason for changing a carried-over figure</translation>
    </message>
    <message>
        <source>%1 is carried over from the previous period (%2). Why is it different?</source>
        <translation>%1 is carried over from the previous period (%2). Why is it different?</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>nianbao::FigureTableView</name>
    <message numerus="yes">
        <source>These pasted cells are not valid numbers and were left out:
%1

Paste the other %n cell(s)?</source>
        <translation>
            <numerusform>These pasted cells are not valid numbers and were left out:
%1

Paste the other %n cell?</numerusform>
            <numerusform>These pasted cells are not valid numbers and were left out:
%1

Paste the other %n cells?</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Paste</translation>
    </message>
    <message numerus="yes">
        <source>%n pasted value(s) fell on labels or computed totals and were left out.</source>
        <translation>
            <numerusform>%n pasted value fell on labels or computed totals and were left out.</numerusform>
            <numerusform>%n pasted values fell on labels or computed totals and were left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason for changing a carried-over figure</source>
        <translation>Reason for changing a carried-over figure</translation>
    </message>
    <message>
        <source>The change affects %1, which is carried over from the previous period (%2). Why is it different?</source>
        <translation>The change affects %1, which is carried over from the previous period (%2). Why is it different?</translation>
    </message>
</context>
<context>
    <name>nianbao::FontSubset</name>
    <message>
        <source>The font&apos;s CFF version %1 is not supported.</source>
        <translation>The font&apos;s CFF version %1 is not supported.</translation>
    </message>
    <message>
        <source>The font&apos;s kind of CFF (synthetic, or not Type 2 charstrings) is not supported.</source>
        <translation>The font&apos;s kind of CFF (synthetic, or not Type 2 charstrings) is not supported.</translation>
    </message>
    <message>
        <source>The font lacks its %1 table.</source>
        <translation>The font lacks its %1 table.</translation>
    </message>
    <message>
        <source>The font has neither CFF nor TrueType outlines (CFF2 is not supported).</source>
        <translation>The font has neither CFF nor TrueType outlines (CFF2 is not supported).</translation>
    </message>
    <message>
        <source>The font is damaged (%1).</source>
        <translation>The font is damaged (%1).</translation>
    </message>
    <message>
        <source>The font has no glyph %1.</source>
        <translation>The font has no glyph %1.</translation>
    </message>
    <message>
        <source>The font collection has no face %1.</source>
        <translation>The font collection has no face %1.</translation>
    </message>
    <message>
        <source>The font file is not a collection and has no face %1.</source>
        <translation>The font file is not a collection and has no face %1.</translation>
    </message>
    <message>
        <source>The file is not an OpenType or TrueType font.</source>
        <translation>The file is not an OpenType or TrueType font.</translation>
    </message>
</context>
<context>
    <name>nianbao::HistoryDialog</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Cell or part</source>
        <translation>Cell or part</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Old</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>nianbao::Input</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>cannot read the file: %1</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>this is a folder, not a file</translation>
    </message>
    <message>
        <source>this is not a regular file (a pipe, a device or a socket is not read)</source>
        <translation>this is not a regular file (a pipe, a device or a socket is not read)</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>the file is larger than %1 MB</translation>
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
    <message>
        <source>expected “unsigned”, “signed”, “valid” or “invalid”</source>
        <translation>expected “unsigned”, “signed”, “valid” or “invalid”</translation>
    </message>
    <message>
        <source>only a summary of a whole year has units</source>
        <translation>only a summary of a whole year has units</translation>
    </message>
    <message>
        <source>the summary gives %1, but its units add up to %2</source>
        <translation>the summary gives %1, but its units add up to %2</translation>
    </message>
    <message>
        <source>a second explanation of rule “%1” (the first is %2)</source>
        <translation>a second explanation of rule “%1” (the first is %2)</translation>
    </message>
    <message>
        <source>a second explanation of rule “%1” for cell “%2” (the first is %3)</source>
        <translation>a second explanation of rule “%1” for cell “%2” (the first is %3)</translation>
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
    <message>
        <source>a control character (U+%1) in a string must be written as an escape such as \n or \t</source>
        <translation>a control character (U+%1) in a string must be written as an escape such as \n or \t</translation>
    </message>
    <message>
        <source>“%1” is not a number as JSON writes it (such as 12, -3, 0.5 or 1e5)</source>
        <translation>“%1” is not a number as JSON writes it (such as 12, -3, 0.5 or 1e5)</translation>
    </message>
    <message>
        <source>U+%1 is half of a surrogate pair, not a character</source>
        <translation>U+%1 is half of a surrogate pair, not a character</translation>
    </message>
    <message>
        <source>U+%1 is not a character (a Unicode non-character)</source>
        <translation>U+%1 is not a character (a Unicode non-character)</translation>
    </message>
    <message>
        <source>in the key: %1</source>
        <translation>in the key: %1</translation>
    </message>
    <message>
        <source>the text has %1 characters; at most %2 are allowed</source>
        <translation>the text has %1 characters; at most %2 are allowed</translation>
    </message>
</context>
<context>
    <name>nianbao::MainWindow</name>
    <message>
        <source>Nianbao — annual report on government information disclosure</source>
        <translation>Nianbao — annual report on government information disclosure</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Choose an organization or a period on the left, or create one from the Period menu.</source>
        <translation>Choose an organization or a period on the left, or create one from the Period menu.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <source>&amp;Back up database…</source>
        <translation>&amp;Back up database…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>New &amp;organization…</source>
        <translation>New &amp;organization…</translation>
    </message>
    <message>
        <source>New &amp;year…</source>
        <translation>New &amp;year…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Next &amp;quarter</source>
        <translation>Next &amp;quarter</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Q</source>
        <translation>Ctrl+Shift+Q</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Submit</translation>
    </message>
    <message>
        <source>&amp;Finalize</source>
        <translation>&amp;Finalize</translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation>&amp;Reopen…</translation>
    </message>
    <message>
        <source>Cell &amp;history…</source>
        <translation>Cell &amp;history…</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>O&amp;verride carried-over figure…</source>
        <translation>O&amp;verride carried-over figure…</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>C&amp;lear cells</source>
        <translation>C&amp;lear cells</translation>
    </message>
    <message>
        <source>Go to &amp;problems</source>
        <translation>Go to &amp;problems</translation>
    </message>
    <message>
        <source>F8</source>
        <translation>F8</translation>
    </message>
    <message>
        <source>Go to the &amp;form</source>
        <translation>Go to the &amp;form</translation>
    </message>
    <message>
        <source>F6</source>
        <translation>F6</translation>
    </message>
    <message>
        <source>Go to the &amp;list of periods</source>
        <translation>Go to the &amp;list of periods</translation>
    </message>
    <message>
        <source>F9</source>
        <translation>F9</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>The language changes the next time Nianbao starts.</source>
        <translation>The language changes the next time Nianbao starts.</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>No database open</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>%1

Nothing in the file was changed. Open or create another file?</source>
        <translation>%1

Nothing in the file was changed. Open or create another file?</translation>
    </message>
    <message>
        <source>The database was upgraded; a copy of the old one is at %1</source>
        <translation>The database was upgraded; a copy of the old one is at %1</translation>
    </message>
    <message>
        <source>Open or create a database</source>
        <translation>Open or create a database</translation>
    </message>
    <message>
        <source>Nianbao databases (*.sqlite *.db);;All files (*)</source>
        <translation>Nianbao databases (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Back up the database</translation>
    </message>
    <message>
        <source>Nianbao databases (*.sqlite)</source>
        <translation>Nianbao databases (*.sqlite)</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Backup written to %1</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>New organization</source>
        <translation>New organization</translation>
    </message>
    <message>
        <source>Full name of the organization:</source>
        <translation>Full name of the organization:</translation>
    </message>
    <message>
        <source>New year</source>
        <translation>New year</translation>
    </message>
    <message>
        <source>Quarter 1 of %1 is ready; its opening figures come from %2.</source>
        <translation>Quarter 1 of %1 is ready; its opening figures come from %2.</translation>
    </message>
    <message>
        <source>Next quarter</source>
        <translation>Next quarter</translation>
    </message>
    <message>
        <source>Reopen the period</source>
        <translation>Reopen the period</translation>
    </message>
    <message>
        <source>Why is this period reopened?</source>
        <translation>Why is this period reopened?</translation>
    </message>
    <message>
        <source>Finalize</source>
        <translation>Finalize</translation>
    </message>
    <message>
        <source>This period still has errors. Finalize it anyway? A final period cannot be signed while it has errors.</source>
        <translation>This period still has errors. Finalize it anyway? A final period cannot be signed while it has errors.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>History of the period</source>
        <translation>History of the period</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>History of %1</translation>
    </message>
    <message>
        <source>Choose a carried-over (opening) cell first.</source>
        <translation>Choose a carried-over (opening) cell first.</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Export PDF…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message numerus="yes">
        <source>%1 written (%n page(s))</source>
        <translation>
            <numerusform>%1 written (%n page)</numerusform>
            <numerusform>%1 written (%n pages)</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>Print preview: %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Export p&amp;ackage…</source>
        <translation>Export p&amp;ackage…</translation>
    </message>
    <message>
        <source>&amp;Sign PDF…</source>
        <translation>&amp;Sign PDF…</translation>
    </message>
    <message>
        <source>&amp;Verify signed PDF…</source>
        <translation>&amp;Verify signed PDF…</translation>
    </message>
    <message>
        <source>Copy report as &amp;HTML</source>
        <translation>Copy report as &amp;HTML</translation>
    </message>
    <message>
        <source>&amp;District summary…</source>
        <translation>&amp;District summary…</translation>
    </message>
    <message>
        <source>Sign the report</source>
        <translation>Sign the report</translation>
    </message>
    <message>
        <source>Only a final report without errors can be signed.</source>
        <translation>Only a final report without errors can be signed.</translation>
    </message>
    <message numerus="yes">
        <source>%1 signed by %2 (%n page(s))</source>
        <translation>
            <numerusform>%1 signed by %2 (%n page)</numerusform>
            <numerusform>%1 signed by %2 (%n pages)</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify a signed PDF</source>
        <translation>Verify a signed PDF</translation>
    </message>
    <message>
        <source>&amp;Trusted CA certificates…</source>
        <translation>&amp;Trusted CA certificates…</translation>
    </message>
    <message>
        <source>Database: %1 (read-only)</source>
        <translation>Database: %1 (read-only)</translation>
    </message>
</context>
<context>
    <name>nianbao::NarrativeEditor</name>
    <message>
        <source>Narrative parts</source>
        <translation>Narrative parts</translation>
    </message>
    <message>
        <source>Narrative text</source>
        <translation>Narrative text</translation>
    </message>
    <message>
        <source>Figure to insert</source>
        <translation>Figure to insert</translation>
    </message>
    <message>
        <source>&amp;Insert figure</source>
        <translation>&amp;Insert figure</translation>
    </message>
    <message>
        <source>Text with figures</source>
        <translation>Text with figures</translation>
    </message>
    <message>
        <source>Figure:</source>
        <translation>Figure:</translation>
    </message>
    <message>
        <source>As printed:</source>
        <translation>As printed:</translation>
    </message>
    <message>
        <source>Text saved</source>
        <translation>Text saved</translation>
    </message>
    <message>
        <source>%1: %2 characters — over the guideline of about %3</source>
        <translation>%1: %2 characters — over the guideline of about %3</translation>
    </message>
    <message>
        <source>%1: %2 of about %3 characters</source>
        <translation>%1: %2 of about %3 characters</translation>
    </message>
    <message>
        <source>%1: %2 characters</source>
        <translation>%1: %2 characters</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 characters</translation>
    </message>
</context>
<context>
    <name>nianbao::Navigator</name>
    <message>
        <source>Organizations and periods</source>
        <translation>Organizations and periods</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>submitted</translation>
    </message>
    <message>
        <source>final</source>
        <translation>final</translation>
    </message>
    <message>
        <source>Quarter %1 (%2)</source>
        <translation>Quarter %1 (%2)</translation>
    </message>
    <message>
        <source>, from quarters</source>
        <translation>, from quarters</translation>
    </message>
    <message>
        <source>%1 — format %2 (%3%4)</source>
        <translation>%1 — format %2 (%3%4)</translation>
    </message>
</context>
<context>
    <name>nianbao::NewYearDialog</name>
    <message>
        <source>New year</source>
        <translation>New year</translation>
    </message>
    <message>
        <source>As a &amp;whole year</source>
        <translation>As a &amp;whole year</translation>
    </message>
    <message>
        <source>&amp;Quarter by quarter, added up into the year</source>
        <translation>&amp;Quarter by quarter, added up into the year</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Entered</translation>
    </message>
</context>
<context>
    <name>nianbao::Output</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>nianbao::Package</name>
    <message>
        <source>PDF not signed</source>
        <translation>PDF not signed</translation>
    </message>
    <message>
        <source>PDF signature: %1</source>
        <translation>PDF signature: %1</translation>
    </message>
    <message>
        <source>PDF signature: %1 (%2, %3)</source>
        <translation>PDF signature: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>report.pdf: the manifest says the PDF is signed, but %1</source>
        <translation>report.pdf: the manifest says the PDF is signed, but %1</translation>
    </message>
    <message>
        <source>report.pdf: %1</source>
        <translation>report.pdf: %1</translation>
    </message>
    <message>
        <source>“%1” is not a file of a package</source>
        <translation>“%1” is not a file of a package</translation>
    </message>
    <message>
        <source>“%1” is listed twice</source>
        <translation>“%1” is listed twice</translation>
    </message>
    <message>
        <source>expected 64 lower-case hexadecimal digits</source>
        <translation>expected 64 lower-case hexadecimal digits</translation>
    </message>
    <message>
        <source>expected “%1” for %2</source>
        <translation>expected “%1” for %2</translation>
    </message>
    <message>
        <source>%1 is not listed</source>
        <translation>%1 is not listed</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>expected an object</translation>
    </message>
    <message>
        <source>expected “%1”</source>
        <translation>expected “%1”</translation>
    </message>
    <message>
        <source>expected a time in UTC such as 2024-01-20T08:30:00Z</source>
        <translation>expected a time in UTC such as 2024-01-20T08:30:00Z</translation>
    </message>
    <message>
        <source>the organization&apos;s name is empty</source>
        <translation>the organization&apos;s name is empty</translation>
    </message>
    <message>
        <source>an entry has no name</source>
        <translation>an entry has no name</translation>
    </message>
    <message>
        <source>the name holds a backslash</source>
        <translation>the name holds a backslash</translation>
    </message>
    <message>
        <source>the name is an absolute path</source>
        <translation>the name is an absolute path</translation>
    </message>
    <message>
        <source>the name starts with a drive letter</source>
        <translation>the name starts with a drive letter</translation>
    </message>
    <message>
        <source>the name leads out of the folder (“..”)</source>
        <translation>the name leads out of the folder (“..”)</translation>
    </message>
    <message>
        <source>the name holds control characters</source>
        <translation>the name holds control characters</translation>
    </message>
    <message>
        <source>a package holds no folders</source>
        <translation>a package holds no folders</translation>
    </message>
    <message>
        <source>the entry is a symbolic link</source>
        <translation>the entry is a symbolic link</translation>
    </message>
    <message>
        <source>the entry is encrypted</source>
        <translation>the entry is encrypted</translation>
    </message>
    <message>
        <source>compression method %1 is not supported (only deflate)</source>
        <translation>compression method %1 is not supported (only deflate)</translation>
    </message>
    <message>
        <source>the entry occurs twice</source>
        <translation>the entry occurs twice</translation>
    </message>
    <message>
        <source>the entry declares %1 MB uncompressed; a package holds at most %2 MB</source>
        <translation>the entry declares %1 MB uncompressed; a package holds at most %2 MB</translation>
    </message>
    <message>
        <source>the entry is compressed more than %1 to 1 (%2 bytes into %3)</source>
        <translation>the entry is compressed more than %1 to 1 (%2 bytes into %3)</translation>
    </message>
    <message>
        <source>the entry is damaged: its data, size or checksum do not match its header</source>
        <translation>the entry is damaged: its data, size or checksum do not match its header</translation>
    </message>
    <message>
        <source>the entry inflates to more than the %1 bytes it declares</source>
        <translation>the entry inflates to more than the %1 bytes it declares</translation>
    </message>
    <message>
        <source>the entry is compressed more than %1 to 1</source>
        <translation>the entry is compressed more than %1 to 1</translation>
    </message>
    <message>
        <source>the entry inflates to more than the %1 MB a package may hold</source>
        <translation>the entry inflates to more than the %1 MB a package may hold</translation>
    </message>
    <message>
        <source>the manifest is larger than %1 bytes</source>
        <translation>the manifest is larger than %1 bytes</translation>
    </message>
    <message>
        <source>the file is not in the manifest</source>
        <translation>the file is not in the manifest</translation>
    </message>
    <message>
        <source>the file is missing from the package</source>
        <translation>the file is missing from the package</translation>
    </message>
    <message>
        <source>the file has %1 bytes; the manifest says %2</source>
        <translation>the file has %1 bytes; the manifest says %2</translation>
    </message>
    <message>
        <source>the file&apos;s SHA-256 differs from the manifest&apos;s</source>
        <translation>the file&apos;s SHA-256 differs from the manifest&apos;s</translation>
    </message>
    <message>
        <source>the organization “%1” differs from report.json’s “%2”</source>
        <translation>the organization “%1” differs from report.json’s “%2”</translation>
    </message>
    <message>
        <source>the year %1 differs from report.json’s %2</source>
        <translation>the year %1 differs from report.json’s %2</translation>
    </message>
    <message>
        <source>the quarter %1 differs from report.json’s %2</source>
        <translation>the quarter %1 differs from report.json’s %2</translation>
    </message>
    <message>
        <source>the format “%1” differs from report.json’s “%2”</source>
        <translation>the format “%1” differs from report.json’s “%2”</translation>
    </message>
    <message>
        <source>the package is larger than %1 MB</source>
        <translation>the package is larger than %1 MB</translation>
    </message>
    <message>
        <source>the package has no manifest</source>
        <translation>the package has no manifest</translation>
    </message>
    <message>
        <source>the file is not a PDF</source>
        <translation>the file is not a PDF</translation>
    </message>
    <message>
        <source>There is no such period.</source>
        <translation>There is no such period.</translation>
    </message>
    <message numerus="yes">
        <source>The report has %n error(s); only a report without errors can be packaged for the portal.</source>
        <translation>
            <numerusform>The report has %n error; only a report without errors can be packaged for the portal.</numerusform>
            <numerusform>The report has %n errors; only a report without errors can be packaged for the portal.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF cannot be made: %1</source>
        <translation>The PDF cannot be made: %1</translation>
    </message>
    <message>
        <source>The spreadsheet cannot be made: %1</source>
        <translation>The spreadsheet cannot be made: %1</translation>
    </message>
    <message>
        <source>The package cannot be compressed.</source>
        <translation>The package cannot be compressed.</translation>
    </message>
    <message>
        <source>%1 written, with the signed PDF.</source>
        <translation>%1 written, with the signed PDF.</translation>
    </message>
    <message>
        <source>%1 written; its PDF is not signed.</source>
        <translation>%1 written; its PDF is not signed.</translation>
    </message>
    <message>
        <source>not a ZIP file, or a damaged or truncated one</source>
        <translation>not a ZIP file, or a damaged or truncated one</translation>
    </message>
    <message>
        <source>the ZIP file is damaged: its headers do not agree with one another</source>
        <translation>the ZIP file is damaged: its headers do not agree with one another</translation>
    </message>
    <message>
        <source>ZIP archives in several parts are not supported</source>
        <translation>ZIP archives in several parts are not supported</translation>
    </message>
    <message>
        <source>there is not enough memory to read the ZIP file</source>
        <translation>there is not enough memory to read the ZIP file</translation>
    </message>
    <message>
        <source>the ZIP file cannot be read (%1)</source>
        <translation>the ZIP file cannot be read (%1)</translation>
    </message>
    <message>
        <source>the package has %1 entries; a package has at most %2</source>
        <translation>the package has %1 entries; a package has at most %2</translation>
    </message>
    <message>
        <source>an entry occurs twice</source>
        <translation>an entry occurs twice</translation>
    </message>
    <message>
        <source>entries of the ZIP file share their data</source>
        <translation>entries of the ZIP file share their data</translation>
    </message>
    <message>
        <source>report.pdf is not the signed report of report.json: %1</source>
        <translation>report.pdf is not the signed report of report.json: %1</translation>
    </message>
    <message>
        <source>not valid JSON (line %1, column %2): %3</source>
        <translation>not valid JSON (line %1, column %2): %3</translation>
    </message>
    <message>
        <source>the entry is a named pipe (FIFO)</source>
        <translation>the entry is a named pipe (FIFO)</translation>
    </message>
    <message>
        <source>the entry is a socket</source>
        <translation>the entry is a socket</translation>
    </message>
    <message>
        <source>the entry is a device</source>
        <translation>the entry is a device</translation>
    </message>
    <message>
        <source>the entry is not a regular file (mode %1)</source>
        <translation>the entry is not a regular file (mode %1)</translation>
    </message>
    <message>
        <source>the entry has the setuid, setgid or sticky bit (mode %1)</source>
        <translation>the entry has the setuid, setgid or sticky bit (mode %1)</translation>
    </message>
    <message>
        <source>The signed PDF of %1 is not the report as it stands (%2); the package has the report unsigned. Sign it again to publish it signed.</source>
        <translation>The signed PDF of %1 is not the report as it stands (%2); the package has the report unsigned. Sign it again to publish it signed.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>the signed PDF does not carry the report&apos;s data, so nothing shows that it is this report; sign the report again with this version of Nianbao</source>
        <translation>the signed PDF does not carry the report&apos;s data, so nothing shows that it is this report; sign the report again with this version of Nianbao</translation>
    </message>
    <message>
        <source>the data the signed PDF carries cannot be read: %1</source>
        <translation>the data the signed PDF carries cannot be read: %1</translation>
    </message>
    <message>
        <source>%1, %2 Q%3</source>
        <translation>%1, %2 Q%3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>the signed PDF is the report of %1, not of %2</source>
        <translation>the signed PDF is the report of %1, not of %2</translation>
    </message>
    <message>
        <source>%1 is “%2” in the data but “%3” in the signed PDF</source>
        <translation>%1 is “%2” in the data but “%3” in the signed PDF</translation>
    </message>
</context>
<context>
    <name>nianbao::PackageActions</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Export package</source>
        <translation>Export package</translation>
    </message>
    <message>
        <source>Portal packages (*.zip)</source>
        <translation>Portal packages (*.zip)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Nothing was imported.

%1: %2</source>
        <translation>Nothing was imported.

%1: %2</translation>
    </message>
    <message>
        <source>%1: quarter %2 of %3</source>
        <translation>%1: quarter %2 of %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Replace periods</source>
        <translation>Replace periods</translation>
    </message>
    <message>
        <source>These periods exist already and would be replaced:
%1

Replace them?</source>
        <translation>These periods exist already and would be replaced:
%1

Replace them?</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n report(s).</source>
        <translation>
            <numerusform>Imported %n report.</numerusform>
            <numerusform>Imported %n reports.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n error(s)</source>
        <translation>
            <numerusform>%1: %n error</numerusform>
            <numerusform>%1: %n errors</numerusform>
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
        <source>Reports and portal packages (*.json *.zip);;All files (*)</source>
        <translation>Reports and portal packages (*.json *.zip);;All files (*)</translation>
    </message>
</context>
<context>
    <name>nianbao::PeriodSession</name>
    <message>
        <source>Saved at %1</source>
        <translation>Saved at %1</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Change %1</translation>
    </message>
    <message numerus="yes">
        <source>Change %n cell(s)</source>
        <translation>
            <numerusform>Change %n cell</numerusform>
            <numerusform>Change %n cells</numerusform>
        </translation>
    </message>
    <message>
        <source>Explanation saved</source>
        <translation>Explanation saved</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Status changed</translation>
    </message>
</context>
<context>
    <name>nianbao::PeriodView</name>
    <message>
        <source>Narrative</source>
        <translation>Narrative</translation>
    </message>
    <message>
        <source>Quarter %1 of %2, format %3</source>
        <translation>Quarter %1 of %2, format %3</translation>
    </message>
    <message>
        <source>The year %1, format %2</source>
        <translation>The year %1, format %2</translation>
    </message>
    <message>
        <source>These figures are added up from the quarters and are read-only here; enter figures in the quarters.</source>
        <translation>These figures are added up from the quarters and are read-only here; enter figures in the quarters.</translation>
    </message>
    <message>
        <source>This period is final and read-only. Reopen it with a reason to change it.</source>
        <translation>This period is final and read-only. Reopen it with a reason to change it.</translation>
    </message>
</context>
<context>
    <name>nianbao::ProblemsModel</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning (explained)</source>
        <translation>Warning (explained)</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Left side</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Right side</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explanation</translation>
    </message>
</context>
<context>
    <name>nianbao::ProblemsPanel</name>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>E&amp;xplain warning…</source>
        <translation>E&amp;xplain warning…</translation>
    </message>
    <message>
        <source>Double-click a problem (or press Enter) to go to its cells.</source>
        <translation>Double-click a problem (or press Enter) to go to its cells.</translation>
    </message>
    <message>
        <source>Explain the warning</source>
        <translation>Explain the warning</translation>
    </message>
</context>
<context>
    <name>nianbao::ProfileForm</name>
    <message>
        <source>&amp;Name of the organization</source>
        <translation>&amp;Name of the organization</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>&amp;Postcode</source>
        <translation>&amp;Postcode</translation>
    </message>
    <message>
        <source>Pho&amp;ne</source>
        <translation>Pho&amp;ne</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>&amp;Website</translation>
    </message>
    <message>
        <source>&amp;Contact office</source>
        <translation>&amp;Contact office</translation>
    </message>
    <message>
        <source>Profile saved</source>
        <translation>Profile saved</translation>
    </message>
</context>
<context>
    <name>nianbao::Report</name>
    <message>
        <source>Cannot start drawing the report.</source>
        <translation>Cannot start drawing the report.</translation>
    </message>
    <message>
        <source>The report font %1 (%2) cannot be loaded.</source>
        <translation>The report font %1 (%2) cannot be loaded.</translation>
    </message>
    <message>
        <source>The report font %1 was not found in: %2</source>
        <translation>The report font %1 was not found in: %2</translation>
    </message>
    <message>
        <source>Cannot write the report as PDF: %1</source>
        <translation>Cannot write the report as PDF: %1</translation>
    </message>
    <message>
        <source>The face %1 used in the report has no font file.</source>
        <translation>The face %1 used in the report has no font file.</translation>
    </message>
    <message>
        <source>Cannot read the font file %1: %2</source>
        <translation>Cannot read the font file %1: %2</translation>
    </message>
    <message>
        <source>The face %1 (%2) stands in for another whose outlines are not known.</source>
        <translation>The face %1 (%2) stands in for another whose outlines are not known.</translation>
    </message>
</context>
<context>
    <name>nianbao::ReportXlsx</name>
    <message>
        <source>Cannot make a temporary folder for the spreadsheet: %1</source>
        <translation>Cannot make a temporary folder for the spreadsheet: %1</translation>
    </message>
    <message>
        <source>Cannot start the spreadsheet.</source>
        <translation>Cannot start the spreadsheet.</translation>
    </message>
    <message>
        <source>Cannot add the worksheet “%1”.</source>
        <translation>Cannot add the worksheet “%1”.</translation>
    </message>
    <message>
        <source>The report has no table to put in a spreadsheet.</source>
        <translation>The report has no table to put in a spreadsheet.</translation>
    </message>
    <message>
        <source>Cannot write the spreadsheet: %1</source>
        <translation>Cannot write the spreadsheet: %1</translation>
    </message>
    <message>
        <source>Cannot read the spreadsheet back: %1</source>
        <translation>Cannot read the spreadsheet back: %1</translation>
    </message>
    <message>
        <source>The spreadsheet came out empty.</source>
        <translation>The spreadsheet came out empty.</translation>
    </message>
</context>
<context>
    <name>nianbao::SignDialog</name>
    <message>
        <source>Sign the report</source>
        <translation>Sign the report</translation>
    </message>
    <message>
        <source>&amp;Certificate (.p12):</source>
        <translation>&amp;Certificate (.p12):</translation>
    </message>
    <message>
        <source>PKCS#12 certificates (*.p12 *.pfx)</source>
        <translation>PKCS#12 certificates (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Approved for publication</source>
        <translation>Approved for publication</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>&amp;Seal image (optional):</source>
        <translation>&amp;Seal image (optional):</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>&amp;Write to:</source>
        <translation>&amp;Write to:</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Sign</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Choose a file</translation>
    </message>
</context>
<context>
    <name>nianbao::Signing</name>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation>Cannot read the password file %1: %2</translation>
    </message>
    <message>
        <source>Cannot make a temporary file: %1</source>
        <translation>Cannot make a temporary file: %1</translation>
    </message>
    <message>
        <source>The PDF has no pages.</source>
        <translation>The PDF has no pages.</translation>
    </message>
    <message>
        <source>Cannot place the signature in the PDF.</source>
        <translation>Cannot place the signature in the PDF.</translation>
    </message>
    <message>
        <source>The signature is larger than the room kept for it (%1 bytes).</source>
        <translation>The signature is larger than the room kept for it (%1 bytes).</translation>
    </message>
    <message>
        <source>Cannot sign the PDF: %1</source>
        <translation>Cannot sign the PDF: %1</translation>
    </message>
    <message>
        <source>Cannot read the signed PDF back: %1</source>
        <translation>Cannot read the signed PDF back: %1</translation>
    </message>
    <message>
        <source>Cannot read the seal image %1: %2</source>
        <translation>Cannot read the seal image %1: %2</translation>
    </message>
    <message>
        <source>The seal image %1 is not a PNG or JPEG picture that can be read.</source>
        <translation>The seal image %1 is not a PNG or JPEG picture that can be read.</translation>
    </message>
    <message>
        <source>a trusted CA file holds no PEM certificate</source>
        <translation>a trusted CA file holds no PEM certificate</translation>
    </message>
    <message>
        <source>not a PDF file that can be read</source>
        <translation>not a PDF file that can be read</translation>
    </message>
    <message>
        <source>the digest of the signed bytes does not match</source>
        <translation>the digest of the signed bytes does not match</translation>
    </message>
    <message>
        <source>the signature covers %1 of %2 bytes</source>
        <translation>the signature covers %1 of %2 bytes</translation>
    </message>
    <message>
        <source>Valid signature</source>
        <translation>Valid signature</translation>
    </message>
    <message>
        <source>Changed after signing</source>
        <translation>Changed after signing</translation>
    </message>
    <message>
        <source>Not the whole document is signed</source>
        <translation>Not the whole document is signed</translation>
    </message>
    <message>
        <source>Signer not trusted</source>
        <translation>Signer not trusted</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Not signed</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Unreadable</translation>
    </message>
    <message>
        <source>The signature is valid: the document is exactly as signed, and the signer is trusted.</source>
        <translation>The signature is valid: the document is exactly as signed, and the signer is trusted.</translation>
    </message>
    <message>
        <source>The document was changed after it was signed: the signature does not match it.</source>
        <translation>The document was changed after it was signed: the signature does not match it.</translation>
    </message>
    <message>
        <source>The signature is intact, but it does not cover the whole document: something was added after signing.</source>
        <translation>The signature is intact, but it does not cover the whole document: something was added after signing.</translation>
    </message>
    <message>
        <source>The signature is intact, but the signer&apos;s certificate does not lead to a trusted authority.</source>
        <translation>The signature is intact, but the signer&apos;s certificate does not lead to a trusted authority.</translation>
    </message>
    <message>
        <source>The PDF has no signature.</source>
        <translation>The PDF has no signature.</translation>
    </message>
    <message>
        <source>The file cannot be read as a PDF.</source>
        <translation>The file cannot be read as a PDF.</translation>
    </message>
    <message>
        <source>Signer: %1</source>
        <translation>Signer: %1</translation>
    </message>
    <message>
        <source>Signed at: %1</source>
        <translation>Signed at: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Detail: %1</translation>
    </message>
    <message>
        <source>Cannot read the certificate file %1: %2</source>
        <translation>Cannot read the certificate file %1: %2</translation>
    </message>
    <message>
        <source>The certificate file is not a PKCS#12 (.p12/.pfx) file.</source>
        <translation>The certificate file is not a PKCS#12 (.p12/.pfx) file.</translation>
    </message>
    <message>
        <source>The password does not open the certificate file.</source>
        <translation>The password does not open the certificate file.</translation>
    </message>
    <message>
        <source>The certificate file cannot be read: %1</source>
        <translation>The certificate file cannot be read: %1</translation>
    </message>
    <message>
        <source>The certificate file holds no private key: it can verify, but not sign.</source>
        <translation>The certificate file holds no private key: it can verify, but not sign.</translation>
    </message>
    <message>
        <source>The certificate file holds no certificate.</source>
        <translation>The certificate file holds no certificate.</translation>
    </message>
    <message>
        <source>The private key in the certificate file does not belong to its certificate.</source>
        <translation>The private key in the certificate file does not belong to its certificate.</translation>
    </message>
    <message>
        <source>The certificate is not valid yet: it is valid from %1.</source>
        <translation>The certificate is not valid yet: it is valid from %1.</translation>
    </message>
    <message>
        <source>The certificate has expired: it was valid until %1.</source>
        <translation>The certificate has expired: it was valid until %1.</translation>
    </message>
    <message>
        <source>The certificate is not for digital signatures: its key usage lacks digitalSignature.</source>
        <translation>The certificate is not for digital signatures: its key usage lacks digitalSignature.</translation>
    </message>
    <message>
        <source>Cannot prepare the signature: %1</source>
        <translation>Cannot prepare the signature: %1</translation>
    </message>
    <message>
        <source>Cannot sign: %1</source>
        <translation>Cannot sign: %1</translation>
    </message>
    <message>
        <source>The signing module %1 cannot be loaded: %2</source>
        <translation>The signing module %1 cannot be loaded: %2</translation>
    </message>
    <message>
        <source>The signing module is not installed (looked for %1).</source>
        <translation>The signing module is not installed (looked for %1).</translation>
    </message>
    <message>
        <source>The report&apos;s data is needed to sign it.</source>
        <translation>The report&apos;s data is needed to sign it.</translation>
    </message>
    <message>
        <source>The report&apos;s data, as signed</source>
        <translation>The report&apos;s data, as signed</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate is not for digital signatures (its key usage lacks digitalSignature)</source>
        <translation>the signer&apos;s certificate is not for digital signatures (its key usage lacks digitalSignature)</translation>
    </message>
    <message>
        <source>the certificate chain cannot be checked</source>
        <translation>the certificate chain cannot be checked</translation>
    </message>
    <message>
        <source>the signature is not a CMS signed-data structure</source>
        <translation>the signature is not a CMS signed-data structure</translation>
    </message>
    <message>
        <source>the signature is not a detached signature of the document&apos;s bytes</source>
        <translation>the signature is not a detached signature of the document&apos;s bytes</translation>
    </message>
    <message>
        <source>the signature has %1 signers; one is expected</source>
        <translation>the signature has %1 signers; one is expected</translation>
    </message>
    <message>
        <source>the signature has no signed attributes</source>
        <translation>the signature has no signed attributes</translation>
    </message>
    <message>
        <source>no certificate in the signature verifies it</source>
        <translation>no certificate in the signature verifies it</translation>
    </message>
    <message>
        <source>the signature&apos;s signing time cannot be read</source>
        <translation>the signature&apos;s signing time cannot be read</translation>
    </message>
    <message>
        <source>the signature uses a digest algorithm too weak to be trusted (SHA-256 or stronger is needed)</source>
        <translation>the signature uses a digest algorithm too weak to be trusted (SHA-256 or stronger is needed)</translation>
    </message>
    <message>
        <source>the signing time %1 lies in the future</source>
        <translation>the signing time %1 lies in the future</translation>
    </message>
    <message>
        <source>the signed byte ranges are not two ranges around the signature value</source>
        <translation>the signed byte ranges are not two ranges around the signature value</translation>
    </message>
    <message>
        <source>the bytes between the signed ranges are not the signature value</source>
        <translation>the bytes between the signed ranges are not the signature value</translation>
    </message>
    <message>
        <source>the signature value is not a CMS signature</source>
        <translation>the signature value is not a CMS signature</translation>
    </message>
    <message>
        <source>the signature value holds bytes after the signature that nothing signs</source>
        <translation>the signature value holds bytes after the signature that nothing signs</translation>
    </message>
    <message>
        <source>only detached signatures (adbe.pkcs7.detached, ETSI.CAdES.detached) are accepted</source>
        <translation>only detached signatures (adbe.pkcs7.detached, ETSI.CAdES.detached) are accepted</translation>
    </message>
</context>
<context>
    <name>nianbao::Storage</name>
    <message>
        <source>Cannot open %1</source>
        <translation>Cannot open %1</translation>
    </message>
    <message>
        <source>%1 is not a Nianbao database: it belongs to another program. It was left unchanged.</source>
        <translation>%1 is not a Nianbao database: it belongs to another program. It was left unchanged.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Nianbao (database version %2; this version knows up to %3). Update Nianbao to open it. It was left unchanged.</source>
        <translation>%1 was written by a newer version of Nianbao (database version %2; this version knows up to %3). Update Nianbao to open it. It was left unchanged.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Cannot create the folder %1</translation>
    </message>
    <message>
        <source>Cannot switch %1 to write-ahead logging; the folder may not be writable</source>
        <translation>Cannot switch %1 to write-ahead logging; the folder may not be writable</translation>
    </message>
    <message>
        <source>Cannot switch on foreign keys in %1</source>
        <translation>Cannot switch on foreign keys in %1</translation>
    </message>
    <message>
        <source>Cannot make a backup copy before upgrading the database: %1</source>
        <translation>Cannot make a backup copy before upgrading the database: %1</translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 failed; it was left at version %2: %3</source>
        <translation>Upgrading the database to version %1 failed; it was left at version %2: %3</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Cannot write %1</translation>
    </message>
    <message>
        <source>The organization needs a name.</source>
        <translation>The organization needs a name.</translation>
    </message>
    <message>
        <source>There is already an organization named “%1”.</source>
        <translation>There is already an organization named “%1”.</translation>
    </message>
    <message>
        <source>The organization no longer exists.</source>
        <translation>The organization no longer exists.</translation>
    </message>
    <message>
        <source>The year %1 exists already.</source>
        <translation>The year %1 exists already.</translation>
    </message>
    <message>
        <source>Unknown report format “%1”.</source>
        <translation>Unknown report format “%1”.</translation>
    </message>
    <message>
        <source>The new year could not be read back.</source>
        <translation>The new year could not be read back.</translation>
    </message>
    <message>
        <source>Create the year %1 first.</source>
        <translation>Create the year %1 first.</translation>
    </message>
    <message>
        <source>The year %1 is entered as a whole year, not by quarters.</source>
        <translation>The year %1 is entered as a whole year, not by quarters.</translation>
    </message>
    <message>
        <source>A quarter is 1 to 4.</source>
        <translation>A quarter is 1 to 4.</translation>
    </message>
    <message>
        <source>Quarter %1 of %2 exists already.</source>
        <translation>Quarter %1 of %2 exists already.</translation>
    </message>
    <message>
        <source>Create quarter %1 first: each quarter opens from the one before.</source>
        <translation>Create quarter %1 first: each quarter opens from the one before.</translation>
    </message>
    <message>
        <source>The new quarter could not be read back.</source>
        <translation>The new quarter could not be read back.</translation>
    </message>
    <message>
        <source>The period no longer exists.</source>
        <translation>The period no longer exists.</translation>
    </message>
    <message>
        <source>This period is final and cannot be changed; reopen it with a reason first.</source>
        <translation>This period is final and cannot be changed; reopen it with a reason first.</translation>
    </message>
    <message>
        <source>Reopening needs a written reason.</source>
        <translation>Reopening needs a written reason.</translation>
    </message>
    <message>
        <source>The year %1 is added up from its quarters; enter the figures in the quarters.</source>
        <translation>The year %1 is added up from its quarters; enter the figures in the quarters.</translation>
    </message>
    <message>
        <source>“%1” is not a cell of format %2.</source>
        <translation>“%1” is not a cell of format %2.</translation>
    </message>
    <message>
        <source>%1 is a total and is computed.</source>
        <translation>%1 is a total and is computed.</translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation>%1 cannot be negative.</translation>
    </message>
    <message>
        <source>%1 is too large.</source>
        <translation>%1 is too large.</translation>
    </message>
    <message>
        <source>%1 is carried over from the previous period (%2); changing it needs a written reason.</source>
        <translation>%1 is carried over from the previous period (%2); changing it needs a written reason.</translation>
    </message>
    <message>
        <source>quarter %1 of %2</source>
        <translation>quarter %1 of %2</translation>
    </message>
    <message>
        <source>the year %1</source>
        <translation>the year %1</translation>
    </message>
    <message>
        <source>The report has no format.</source>
        <translation>The report has no format.</translation>
    </message>
    <message>
        <source>%1 is entered as a whole year, so a quarter cannot be imported into it.</source>
        <translation>%1 is entered as a whole year, so a quarter cannot be imported into it.</translation>
    </message>
    <message>
        <source>The year %1 uses format %2, the file format %3.</source>
        <translation>The year %1 uses format %2, the file format %3.</translation>
    </message>
    <message>
        <source>%1 is entered by quarters; import the quarters instead of the year.</source>
        <translation>%1 is entered by quarters; import the quarters instead of the year.</translation>
    </message>
    <message>
        <source>%1 of %2 exists already; import with --replace to replace it.</source>
        <translation>%1 of %2 exists already; import with --replace to replace it.</translation>
    </message>
    <message>
        <source>%1 of %2 is final; reopen it before replacing it.</source>
        <translation>%1 of %2 is final; reopen it before replacing it.</translation>
    </message>
    <message>
        <source>The imported period could not be read back.</source>
        <translation>The imported period could not be read back.</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Cannot import</translation>
    </message>
    <message>
        <source>“%1” is not a narrative part.</source>
        <translation>“%1” is not a narrative part.</translation>
    </message>
    <message>
        <source>%1: the database file is in use by another program (%2)</source>
        <translation>%1: the database file is in use by another program (%2)</translation>
    </message>
    <message>
        <source>%1: the disk is full; nothing was changed (%2)</source>
        <translation>%1: the disk is full; nothing was changed (%2)</translation>
    </message>
    <message>
        <source>%1: the database file cannot be written (%2)</source>
        <translation>%1: the database file cannot be written (%2)</translation>
    </message>
    <message>
        <source>%1: the file is not a database (%2)</source>
        <translation>%1: the file is not a database (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Database error</source>
        <translation>Database error</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>a draft</source>
        <translation>a draft</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>submitted</translation>
    </message>
    <message>
        <source>final</source>
        <translation>final</translation>
    </message>
    <message>
        <source>Only a draft can be submitted; this period is %1.</source>
        <translation>Only a draft can be submitted; this period is %1.</translation>
    </message>
    <message>
        <source>Only a submitted period can be finalized; this period is %1.</source>
        <translation>Only a submitted period can be finalized; this period is %1.</translation>
    </message>
    <message>
        <source>Only a submitted or final period can be reopened; this period is %1.</source>
        <translation>Only a submitted or final period can be reopened; this period is %1.</translation>
    </message>
    <message>
        <source>Only a final period can have a signed report.</source>
        <translation>Only a final period can have a signed report.</translation>
    </message>
    <message>
        <source>The signed file, its signer and its time are needed.</source>
        <translation>The signed file, its signer and its time are needed.</translation>
    </message>
    <message>
        <source>The SHA-256 given does not match the signed file.</source>
        <translation>The SHA-256 given does not match the signed file.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Nothing is exported from it or written to it. %3</source>
        <translation>%1 is damaged (%2). Nothing is exported from it or written to it. %3</translation>
    </message>
    <message>
        <source>%1 is not a Nianbao database: it is not an SQLite database file, or its first page is damaged (%2). It was left unchanged. If it was a Nianbao database: %3</source>
        <translation>%1 is not a Nianbao database: it is not an SQLite database file, or its first page is damaged (%2). It was left unchanged. If it was a Nianbao database: %3</translation>
    </message>
    <message>
        <source>%1 is locked by another program that is using it. Close that program or wait until it has finished, then try again. It was left unchanged.</source>
        <translation>%1 is locked by another program that is using it. Close that program or wait until it has finished, then try again. It was left unchanged.</translation>
    </message>
    <message>
        <source>Cannot open %1: the disk is full. Make room on it and try again. It was left unchanged.</source>
        <translation>Cannot open %1: the disk is full. Make room on it and try again. It was left unchanged.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2 (%3). It was left unchanged.</source>
        <translation>Cannot open %1: %2 (%3). It was left unchanged.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>Cannot create the database %1: %2</source>
        <translation>Cannot create the database %1: %2</translation>
    </message>
    <message>
        <source>%1 must be upgraded for this version of Nianbao, but it cannot be written: %2. Copy it to a folder you can write to and open the copy.</source>
        <translation>%1 must be upgraded for this version of Nianbao, but it cannot be written: %2. Copy it to a folder you can write to and open the copy.</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>Cannot read %1</translation>
    </message>
    <message>
        <source>%1 is open read-only because %2; nothing can be changed in it. Nothing was written.</source>
        <translation>%1 is open read-only because %2; nothing can be changed in it. Nothing was written.</translation>
    </message>
    <message>
        <source>it is on a read-only disk or mount (%1)</source>
        <translation>it is on a read-only disk or mount (%1)</translation>
    </message>
    <message>
        <source>the folder %1 is protected against changes</source>
        <translation>the folder %1 is protected against changes</translation>
    </message>
    <message>
        <source>the file %1 is protected against changes</source>
        <translation>the file %1 is protected against changes</translation>
    </message>
    <message>
        <source>the folder %1 is read-only for you</source>
        <translation>the folder %1 is read-only for you</translation>
    </message>
    <message>
        <source>the file %1 is read-only for you</source>
        <translation>the file %1 is read-only for you</translation>
    </message>
    <message>
        <source>%1 is the open database %2 or one of its working files; writing there would destroy the database. Choose another file name. Nothing was written.</source>
        <translation>%1 is the open database %2 or one of its working files; writing there would destroy the database. Choose another file name. Nothing was written.</translation>
    </message>
    <message>
        <source>Put your newest backup in its place (backups are made with “nianbao backup” or the window&apos;s “Back up database”); no copy made before an upgrade is next to the file.</source>
        <translation>Put your newest backup in its place (backups are made with “nianbao backup” or the window&apos;s “Back up database”); no copy made before an upgrade is next to the file.</translation>
    </message>
    <message>
        <source>Put your newest backup in its place (backups are made with “nianbao backup” or the window&apos;s “Back up database”); the newest copy made before an upgrade is %1.</source>
        <translation>Put your newest backup in its place (backups are made with “nianbao backup” or the window&apos;s “Back up database”); the newest copy made before an upgrade is %1.</translation>
    </message>
    <message>
        <source>The organization&apos;s “%1” is too long: %2</source>
        <translation>The organization&apos;s “%1” is too long: %2</translation>
    </message>
    <message>
        <source>The text is not saved: %1</source>
        <translation>The text is not saved: %1</translation>
    </message>
    <message>
        <source>The explanation is not saved: %1</source>
        <translation>The explanation is not saved: %1</translation>
    </message>
    <message>
        <source>%1: the database is open read-only, so nothing can be changed in it; nothing was changed (%2)</source>
        <translation>%1: the database is open read-only, so nothing can be changed in it; nothing was changed (%2)</translation>
    </message>
    <message>
        <source>%1: the database file is damaged (%2)</source>
        <translation>%1: the database file is damaged (%2)</translation>
    </message>
    <message>
        <source>Cannot read the database</source>
        <translation>Cannot read the database</translation>
    </message>
    <message>
        <source>Cannot start saving</source>
        <translation>Cannot start saving</translation>
    </message>
</context>
<context>
    <name>nianbao::TrustedCas</name>
    <message>
        <source>Trusted CA certificates</source>
        <translation>Trusted CA certificates</translation>
    </message>
    <message>
        <source>CA certificates (*.pem *.crt *.cer)</source>
        <translation>CA certificates (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>Signed PDFs are now trusted when their signer&apos;s certificate comes from: %1</source>
        <translation>Signed PDFs are now trusted when their signer&apos;s certificate comes from: %1</translation>
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
<context>
    <name>nianbao::VerifyDialog</name>
    <message>
        <source>Signature of %1</source>
        <translation>Signature of %1</translation>
    </message>
    <message>
        <source>Check against a CA certificate…</source>
        <translation>Check against a CA certificate…</translation>
    </message>
    <message>
        <source>Trusted CA certificates</source>
        <translation>Trusted CA certificates</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Certificates (*.pem *.crt *.cer)</translation>
    </message>
</context>
</TS>
