#include "cli.h"

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

const QStringList kValueOptions = {u"--lang"_s, u"--db"_s};

QStringList positionals(const QStringList &arguments)
{
    QStringList out;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (kValueOptions.contains(a)) {
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
                  "their format; problems on stdout\n\n"
                  "Exit codes: 0 success; 1 the data has errors; 2 bad usage or unreadable input.");
}

} // namespace

bool isCommandLine(const QStringList &arguments)
{
    for (const QString &a : arguments.mid(1))
        if (a == u"-h"_s || a == u"--help"_s || a == u"-v"_s || a == u"--version"_s
            || a == u"--help-all"_s)
            return true;
    return !positionals(arguments).isEmpty();
}

QString languageArgument(const QStringList &arguments)
{
    const qsizetype i = arguments.indexOf(u"--lang"_s);
    return i >= 0 && i + 1 < arguments.size() ? arguments.at(i + 1) : QString();
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
    parser.addOptions({help, version, lang, json, db});
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
    if (command == u"validate"_s) {
        if (args.size() < 2) {
            err << Tr::tr("validate needs at least one file: nianbao validate FILE.json") << u'\n';
            return BadInput;
        }
        return validate(args.mid(1), parser.isSet(json), language);
    }
    err << Tr::tr("Unknown command “%1”. Try “nianbao --help”.").arg(command) << u'\n';
    return BadInput;
}

} // namespace nianbao::cli
