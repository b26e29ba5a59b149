#include "cli.h"

#include "packagecommands.h"
#include "reportcommands.h"
#include "rollupcommand.h"
#include "signcommands.h"
#include "storagecommands.h"
#include "translator.h"
#include "validatecommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace nianbao::cli {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::Cli)
};

const QStringList kValueOptions = {u"--lang"_s, u"--db"_s, u"--org"_s, u"--year"_s,
                                   u"--quarter"_s, u"-o"_s, u"--output"_s, u"--pdf"_s, u"--html"_s, u"--name"_s};

QStringList positionals(const QStringList &arguments)
{
    QStringList out;
    const QStringList valueOptions = kValueOptions + signingValueOptions();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (valueOptions.contains(a)) {
            ++i;
            continue;
        }
        if (!a.startsWith(u'-'))
            out << a;
    }
    return out;
}

QString commandSummary()
{
    return Tr::tr("Nianbao prepares the annual report on government information disclosure "
                  "(政府信息公开工作年度报告): tables, checks, narrative and the signed PDF.\n"
                  "Without a command it opens the window.\n\n"
                  "Commands:\n"
                  "  validate FILE.json…   check interchange files: structure, then the rules of "
                  "their format; problems on stdout\n"
                  "  import FILE.json|PACKAGE.zip… [--replace] [--trust CA.pem]…\n"
                  "                        check, then store reports in the database, all or nothing; a\n"
                  "                        package's signed PDF is verified (and kept when intact)\n"
                  "  export --org ORG --year Y [--quarter Q] -o FILE.json|PACKAGE.zip\n"
                  "                        write one period of the database as an interchange file, or as\n"
                  "                        the portal package (PDF, HTML, JSON, spreadsheet, manifest)\n"
                  "  backup -o FILE.sqlite  a consistent copy of the database, also while it is in use\n"
                  "  render FILE.json -o OUT.pdf [SIGNING]\n"
                  "                        the report of an interchange file as a PDF\n"
                  "  report --org ORG --year Y [--quarter Q] -o OUT.pdf [SIGNING]\n"
                  "                        the report of one period of the database as a PDF; signed only\n"
                  "                        when the period is final, and then recorded in the database\n"
                  "  verify FILE.pdf [--trust CA.pem]…\n"
                  "                        check the PDF's signature: intact, covering the whole file, by a\n"
                  "                        trusted signer (the given CAs, or the system's); exit 0 only then\n"
                  "  rollup UNIT.json|UNIT.zip… -o DISTRICT.json [--pdf DISTRICT.pdf] [--html DISTRICT.html] [--name NAME]\n"
                  "         [--trust CA.pem]…\n"
                  "                        sum the units' annual reports into the district's summary; "
                  "with --db, import the units too\n\n"
                  "SIGNING: --sign CERT.p12 --pass-file FILE [--reason TEXT] [--seal IMAGE]\n"
                  "                        sign with the certificate and key of a PKCS#12 file, its password\n"
                  "                        on the first line of FILE; the seal image (PNG/JPEG) is pressed on\n"
                  "                        the 署名 and date; a report with rule errors is not signed\n\n"
                  "Exit codes: 0 success; 1 the data has errors, or the signature is not valid;\n"
                  "2 bad usage or unreadable input.");
}

// The value of -o/--output, if any.
QString outputArgument(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if ((a == u"-o"_s || a == u"--output"_s) && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (a.startsWith(u"--output="_s))
            return a.mid(9);
    }
    return {};
}

} // namespace

bool needsGui(const QStringList &arguments)
{
    const QStringList p = positionals(arguments);
    return !p.isEmpty()
        && (p.first() == u"render"_s || p.first() == u"report"_s || p.first() == u"verify"_s || p.first() == u"rollup"_s
            || p.first() == u"import"_s
            || (p.first() == u"export"_s && isPackagePath(outputArgument(arguments))));
}

bool isCommandLine(const QStringList &arguments)
{
    // The window takes --db and --lang (and Qt's own single-dash options); any other long option
    // is for the command line, which reports it if it is unknown.
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == u"-h"_s || a == u"-v"_s)
            return true;
        if (a == u"--db"_s || a == u"--lang"_s) {
            ++i;
            continue;
        }
        if (a.startsWith(u"--"_s) && !a.startsWith(u"--db="_s) && !a.startsWith(u"--lang="_s))
            return true;
    }
    return !positionals(arguments).isEmpty();
}

QString languageArgument(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == u"--lang"_s && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arguments.at(i).startsWith(u"--lang="_s))
            return arguments.at(i).mid(7);
    }
    return {};
}

int run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(commandSummary());
    const QCommandLineOption help({u"h"_s, u"help"_s}, Tr::tr("Show this help."));
    const QCommandLineOption version({u"v"_s, u"version"_s}, Tr::tr("Show the version."));
    const QCommandLineOption lang(u"lang"_s, Tr::tr("Language of messages: zh or en."), u"LANG"_s);
    const QCommandLineOption json(u"json"_s, Tr::tr("Print machine-readable results on stdout."));
    const QCommandLineOption db(u"db"_s, Tr::tr("The database file to use."), u"DB"_s);
    const QCommandLineOption replace(u"replace"_s, Tr::tr("import: replace periods that exist."));
    const QCommandLineOption org(u"org"_s, Tr::tr("The organization: its name or number."), u"ORG"_s);
    const QCommandLineOption year(u"year"_s, Tr::tr("The report year."), u"YEAR"_s);
    const QCommandLineOption quarter(u"quarter"_s, Tr::tr("The quarter, 1 to 4; none for the year."), u"Q"_s);
    const QCommandLineOption output({u"o"_s, u"output"_s}, Tr::tr("The file to write."), u"FILE"_s);
    const QCommandLineOption pdf(u"pdf"_s, Tr::tr("rollup: also write the summary as a PDF."), u"FILE"_s);
    const QCommandLineOption html(u"html"_s, Tr::tr("rollup: also write the summary as a portal HTML page."), u"FILE"_s);
    const QCommandLineOption name(u"name"_s, Tr::tr("rollup: the district's name."), u"NAME"_s);
    parser.addOptions({help, version, lang, json, db, replace, org, year, quarter, output, pdf, html, name});
    parser.addOptions(signingOptions());
    parser.addPositionalArgument(u"command"_s, Tr::tr("The command to run, see above."),
                                 u"[command] [arguments…]"_s);
    if (!parser.parse(arguments)) {
        err << parser.errorText() << u'\n' << Tr::tr("Try “nianbao --help”.") << u'\n';
        return BadInput;
    }
    if (parser.isSet(help)) {
        out << parser.helpText();
        return Success;
    }
    if (parser.isSet(version)) {
        out << u"nianbao "_s << QCoreApplication::applicationVersion() << u'\n';
        return Success;
    }
    bool langOk = true;
    if (parser.isSet(lang))
        languageFromCode(parser.value(lang), &langOk);
    if (!langOk) {
        err << Tr::tr("Unknown language “%1”; use zh or en.").arg(parser.value(lang)) << u'\n';
        return BadInput;
    }
    const Language language = chooseLanguage(parser.value(lang));
    const QStringList args = parser.positionalArguments();
    const QString command = args.value(0);
    QString signError;
    const auto sign = signArguments(parser, &signError);
    if (!sign) {
        err << signError << u'\n';
        return BadInput;
    }
    if (command == u"verify"_s) {
        if (args.size() != 2) {
            err << Tr::tr("verify needs one file: nianbao verify FILE.pdf [--trust CA.pem]") << u'\n';
            return BadInput;
        }
        return verify(args.at(1), trustFiles(parser), parser.isSet(json));
    }
    if (command == u"validate"_s) {
        if (args.size() < 2) {
            err << Tr::tr("validate needs at least one file: nianbao validate FILE.json") << u'\n';
            return BadInput;
        }
        return validate(args.mid(1), parser.isSet(json), language);
    }
    if (command == u"import"_s) {
        if (args.size() < 2) {
            err << Tr::tr("import needs at least one file: nianbao import FILE.json") << u'\n';
            return BadInput;
        }
        const auto trusted = readTrustFiles(trustFiles(parser));
        if (!trusted)
            return BadInput;
        return importFiles(parser.value(db), args.mid(1), parser.isSet(replace), language, *trusted);
    }
    if (command == u"rollup"_s) {
        if (args.size() < 2 || !parser.isSet(output)) {
            err << Tr::tr("rollup needs unit files and -o DISTRICT.json.") << u'\n';
            return BadInput;
        }
        const auto trusted = readTrustFiles(trustFiles(parser));
        if (!trusted)
            return BadInput;
        return rollup({args.mid(1), parser.value(output), parser.value(pdf), parser.value(html), parser.value(name),
                       parser.value(db), parser.isSet(replace), *trusted},
                      language);
    }
    if (command == u"render"_s) {
        if (args.size() != 2 || !parser.isSet(output)) {
            err << Tr::tr("render needs one file and -o OUT.pdf.") << u'\n';
            return BadInput;
        }
        return render(args.at(1), parser.value(output), *sign);
    }
    if (command == u"export"_s || command == u"backup"_s || command == u"report"_s) {
        if (!parser.isSet(output) || args.size() != 1) {
            err << Tr::tr("%1 needs -o FILE and no other arguments.").arg(command) << u'\n';
            return BadInput;
        }
        if (command == u"backup"_s)
            return backup(parser.value(db), parser.value(output));
        bool yearOk = false;
        bool quarterOk = true;
        PeriodSelector which{parser.value(org), parser.value(year).toInt(&yearOk), 0};
        if (parser.isSet(quarter))
            which.quarter = parser.value(quarter).toInt(&quarterOk);
        if (which.organization.isEmpty() || !yearOk || !quarterOk || which.quarter < 0 || which.quarter > 4) {
            err << Tr::tr("%1 needs --org ORG --year YEAR and, for a quarter, --quarter 1 to 4.").arg(command) << u'\n';
            return BadInput;
        }
        if (command == u"report"_s)
            return report(parser.value(db), which, parser.value(output), *sign);
        return exportPeriod(parser.value(db), which, parser.value(output), language);
    }
    err << Tr::tr("Unknown command “%1”. Try “nianbao --help”.").arg(command) << u'\n';
    return BadInput;
}

} // namespace nianbao::cli
