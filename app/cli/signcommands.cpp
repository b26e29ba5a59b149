#include "signcommands.h"

#include "cli.h"
#include "inputfile.h"
#include "ledger.h"
#include "manifest.h"
#include "outputfile.h"
#include "pdfsign.h"
#include "pdfverify.h"
#include "reportcontent.h"
#include "ruleengine.h"
#include "signedreportdata.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace nianbao::cli {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::Cli)
};

const QString kSign = u"sign"_s;
const QString kPassFile = u"pass-file"_s;
const QString kReason = u"reason"_s;
const QString kSeal = u"seal"_s;
const QString kTrust = u"trust"_s;

QString stateWord(SignatureState s)
{
    switch (s) {
    case SignatureState::Valid: return u"valid"_s;
    case SignatureState::Changed: return u"changed"_s;
    case SignatureState::NotWhole: return u"not-whole"_s;
    case SignatureState::NotTrusted: return u"not-trusted"_s;
    case SignatureState::Unsigned: return u"unsigned"_s;
    case SignatureState::Unreadable: return u"unreadable"_s;
    }
    return {};
}

} // namespace

QList<QCommandLineOption> signingOptions()
{
    return {
        QCommandLineOption(kSign, Tr::tr("render/report: sign the PDF with this PKCS#12 certificate file."), u"CERT.p12"_s),
        QCommandLineOption(kPassFile, Tr::tr("The file holding the certificate's password (first line)."), u"FILE"_s),
        QCommandLineOption(kReason, Tr::tr("The reason stored in the signature."), u"TEXT"_s),
        QCommandLineOption(kSeal, Tr::tr("The office's seal image (PNG or JPEG) to press on the 署名."), u"IMAGE"_s),
        QCommandLineOption(kTrust, Tr::tr("verify: trust this CA certificate (PEM); may be repeated."), u"CA.pem"_s),
    };
}

QStringList signingValueOptions()
{
    return {u"--"_s + kSign, u"--"_s + kPassFile, u"--"_s + kReason, u"--"_s + kSeal, u"--"_s + kTrust};
}

std::optional<SignArguments> signArguments(const QCommandLineParser &parser, QString *error)
{
    SignArguments a;
    a.sign = parser.isSet(kSign);
    a.certificate = parser.value(kSign);
    a.passFile = parser.value(kPassFile);
    a.reason = parser.value(kReason);
    a.seal = parser.value(kSeal);
    if (!a.sign && (parser.isSet(kPassFile) || parser.isSet(kReason) || parser.isSet(kSeal))) {
        *error = Tr::tr("--pass-file, --reason and --seal go with --sign CERT.p12.");
        return std::nullopt;
    }
    if (a.sign && !parser.isSet(kPassFile)) {
        *error = Tr::tr("--sign needs --pass-file FILE with the certificate's password.");
        return std::nullopt;
    }
    return a;
}

QStringList trustFiles(const QCommandLineParser &parser)
{
    return parser.values(kTrust);
}

int signAndWrite(const ReportContent &content, const ReportData &data, const SignArguments &args,
                 const QString &output, Ledger *ledger, const PeriodInfo *period)
{
    QTextStream err(stderr);
    const Problems problems = ledger && period ? ledger->check(*period) : checkFigures(data.figures);
    if (const int errors = countSeverity(problems, Severity::Error); errors > 0) {
        err << Tr::tr("The report has %n rule error(s); only a report without errors is signed.", nullptr, errors)
            << u'\n';
        return DataErrors;
    }
    QString error;
    const auto password = readPassFile(args.passFile, &error);
    if (!password) {
        err << error << u'\n';
        return BadInput;
    }
    const SignedReport r = signReport(content, signedReportJson(data),
                                      {args.certificate, *password, args.reason, args.seal});
    if (!r.ok) {
        err << r.error << u'\n';
        return BadInput;
    }
    // The file is complete before the record is made, and appears only once it is recorded.
    OutputFile file(output);
    if (!file.write(r.pdf, &error)) {
        err << error << u'\n';
        return BadInput;
    }
    if (ledger && period) {
        const Status s = ledger->recordSignedFile(period->id, {r.pdf, {}, r.signer, r.signedAt,
                                                                QFileInfo(output).fileName(), r.reason});
        if (!s) {
            file.cancel();
            err << s.message << u'\n';
            return BadInput;
        }
    }
    if (!file.commit(&error)) {
        err << error << u'\n';
        return BadInput;
    }
    QTextStream(stdout) << Tr::tr("Signed by %1 at %2: %3 (%4 pages, %5 bytes)")
                               .arg(r.signer, r.signedAt.toString(Qt::ISODate), output)
                               .arg(r.pages)
                               .arg(r.pdf.size())
                        << u'\n';
    return Success;
}

std::optional<QList<QByteArray>> readTrustFiles(const QStringList &paths)
{
    QList<QByteArray> cas;
    for (const QString &path : paths) {
        const InputFile f = readInputFile(path);
        if (!f.ok) {
            QTextStream(stderr) << path << u": "_s << f.error << u'\n';
            return std::nullopt;
        }
        cas << f.data;
    }
    return cas;
}

int verify(const QString &file, const QStringList &trust, bool json)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto trusted = readTrustFiles(trust);
    if (!trusted)
        return BadInput;
    const QList<QByteArray> &cas = *trusted;
    const InputFile input = readInputFile(file, kPackageMaxBytes);
    if (!input.ok) {
        err << file << u": "_s << input.error << u'\n';
        return BadInput;
    }
    const SignatureCheck c = verifyPdfSignature(input.data, cas);
    if (json) {
        QJsonObject o{{u"file"_s, file}, {u"state"_s, stateWord(c.state)}, {u"signer"_s, c.signer},
                      {u"signedAt"_s, c.signedAt.toString(Qt::ISODate)}, {u"reason"_s, c.reason},
                      {u"detail"_s, c.detail}};
        out << QJsonDocument(o).toJson(QJsonDocument::Compact) << u'\n';
    } else {
        out << file << u": "_s << signatureStateName(c.state) << u'\n' << signatureMessage(c) << u'\n';
    }
    if (c.state == SignatureState::Unreadable)
        return BadInput;
    return c.state == SignatureState::Valid ? Success : DataErrors;
}

} // namespace nianbao::cli
