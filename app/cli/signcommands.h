#pragma once
// Signing on the command line (render/report --sign CERT.p12 --pass-file FILE [--reason TEXT]
// [--seal IMAGE]) and `verify FILE.pdf [--trust CA.pem]…`.

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace nianbao {
struct ReportContent;
struct ReportData;
class Ledger;
struct PeriodInfo;
}

namespace nianbao::cli {

struct SignArguments {
    bool sign = false;
    QString certificate;
    QString passFile;
    QString reason;
    QString seal;
};

// The options of signing and verifying, for the parser; and their names that take a value.
QList<QCommandLineOption> signingOptions();
QStringList signingValueOptions();
// What was asked; a signing option without --sign is bad usage (message in *error).
std::optional<SignArguments> signArguments(const QCommandLineParser &parser, QString *error);
QStringList trustFiles(const QCommandLineParser &parser);
// The CA certificates of --trust, read; nullopt (with a message on stderr) when one cannot be read.
std::optional<QList<QByteArray>> readTrustFiles(const QStringList &paths);

// Draws and signs the report into output (written whole or not at all). Refuses data with rule
// errors. With a ledger and period, the signed file is recorded there too.
int signAndWrite(const ReportContent &content, const ReportData &data, const SignArguments &args,
                 const QString &output, Ledger *ledger = nullptr, const PeriodInfo *period = nullptr);

int verify(const QString &file, const QStringList &trust, bool json);

} // namespace nianbao::cli
