#pragma once
// A throw-away PKI for the signing tests, made with the openssl command in a temporary folder: a
// CA and a second, unrelated CA; a signer (CN 张三, title 主任, keyUsage digitalSignature) as a
// .p12, and the bad variants: expired, not yet valid, nonRepudiation only, no private key. Also
// a test seal: a red ring on a transparent ground (the app never draws one itself).

#include <QColor>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace signtest {

inline const QString kPassword = QStringLiteral("s3cret-口令");
inline const QString kSignerName = QStringLiteral("张三");
inline const QString kSignerTitle = QStringLiteral("主任");

struct Pki {
    QTemporaryDir dir;
    QString error;

    QString path(const QString &name) const { return dir.filePath(name); }
    QString caPem() const { return path(QStringLiteral("ca.pem")); }
    QString otherCaPem() const { return path(QStringLiteral("other-ca.pem")); }
    QString good() const { return path(QStringLiteral("good.p12")); }
    QString expired() const { return path(QStringLiteral("expired.p12")); }
    QString notYetValid() const { return path(QStringLiteral("future.p12")); }
    QString nonRepudiation() const { return path(QStringLiteral("nonrep.p12")); }
    QString noKey() const { return path(QStringLiteral("nokey.p12")); }
    QString passFile() const { return path(QStringLiteral("pass.txt")); }
    QString seal() const { return path(QStringLiteral("seal.png")); }

    bool openssl(const QStringList &arguments)
    {
        QProcess p;
        p.setWorkingDirectory(dir.path());
        p.start(QStringLiteral("openssl"), arguments);
        if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            error = QStringLiteral("openssl %1: %2").arg(arguments.join(u' '), QString::fromLocal8Bit(p.readAllStandardError()));
            return false;
        }
        return true;
    }

    bool write(const QString &name, const QByteArray &bytes)
    {
        QFile f(path(name));
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
    }

    // A CA key and self-signed certificate.
    bool makeCa(const QString &stem, const QString &name)
    {
        return openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-config"), path(QStringLiteral("pki.cnf")),
                        QStringLiteral("-extensions"), QStringLiteral("ca_ext"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                        QStringLiteral("-nodes"), QStringLiteral("-keyout"), stem + QStringLiteral(".key"), QStringLiteral("-out"),
                        stem + QStringLiteral(".pem"), QStringLiteral("-days"), QStringLiteral("3650"), QStringLiteral("-utf8"),
                        QStringLiteral("-subj"), QStringLiteral("/CN=") + name});
    }

    // A signer certificate from the CA, with the extensions section and validity given, as a .p12.
    bool makeSigner(const QString &stem, const QString &extensions, const QStringList &validity, bool withKey = true)
    {
        const QString subject = QStringLiteral("/CN=%1/title=%2/O=示例县人民政府办公室").arg(kSignerName, kSignerTitle);
        if (!openssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-config"), path(QStringLiteral("pki.cnf")),
                      QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                      stem + QStringLiteral(".key"), QStringLiteral("-out"), stem + QStringLiteral(".csr"), QStringLiteral("-utf8"),
                      QStringLiteral("-subj"), subject}))
            return false;
        QStringList ca{QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-config"), path(QStringLiteral("pki.cnf")),
                       QStringLiteral("-name"), QStringLiteral("test_ca"), QStringLiteral("-preserveDN"), QStringLiteral("-utf8"),
                       QStringLiteral("-notext"), QStringLiteral("-extensions"), extensions, QStringLiteral("-in"),
                       stem + QStringLiteral(".csr"), QStringLiteral("-out"), stem + QStringLiteral(".pem")};
        if (!openssl(ca + validity))
            return false;
        QStringList p12{QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-in"), stem + QStringLiteral(".pem"),
                        QStringLiteral("-certfile"), QStringLiteral("ca.pem"), QStringLiteral("-out"), stem + QStringLiteral(".p12"),
                        QStringLiteral("-passout"), QStringLiteral("file:pass.txt"), QStringLiteral("-name"), stem};
        if (withKey)
            p12 << QStringLiteral("-inkey") << stem + QStringLiteral(".key");
        else
            p12 << QStringLiteral("-nokeys");
        return openssl(p12);
    }

    bool make()
    {
        if (!dir.isValid() || QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty()) {
            error = QStringLiteral("no temporary folder or no openssl");
            return false;
        }
        const QString cnf = QStringLiteral(R"([req]
distinguished_name = dn
string_mask = utf8only
[dn]
[ca_ext]
basicConstraints = critical,CA:TRUE
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
[signer_ext]
basicConstraints = CA:FALSE
keyUsage = critical,digitalSignature,nonRepudiation
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[nonrep_ext]
basicConstraints = CA:FALSE
keyUsage = critical,nonRepudiation
[ca]
default_ca = test_ca
[test_ca]
dir = .
database = index.txt
new_certs_dir = .
certificate = ca.pem
private_key = ca.key
serial = serial
default_md = sha256
policy = any_policy
unique_subject = no
email_in_dn = no
[any_policy]
commonName = supplied
)");
        if (!write(QStringLiteral("pki.cnf"), cnf.toUtf8()) || !write(QStringLiteral("index.txt"), {})
            || !write(QStringLiteral("serial"), "1000\n") || !write(QStringLiteral("pass.txt"), kPassword.toUtf8() + '\n'))
            return false;
        const QStringList valid{QStringLiteral("-days"), QStringLiteral("365")};
        if (!makeCa(QStringLiteral("ca"), QStringLiteral("Nianbao Test CA")) || !makeCa(QStringLiteral("other-ca"), QStringLiteral("Unrelated CA"))
            || !makeSigner(QStringLiteral("good"), QStringLiteral("signer_ext"), valid)
            || !makeSigner(QStringLiteral("expired"), QStringLiteral("signer_ext"),
                           {QStringLiteral("-startdate"), QStringLiteral("20200101000000Z"), QStringLiteral("-enddate"), QStringLiteral("20210101000000Z")})
            || !makeSigner(QStringLiteral("future"), QStringLiteral("signer_ext"),
                           {QStringLiteral("-startdate"), QStringLiteral("20400101000000Z"), QStringLiteral("-enddate"), QStringLiteral("20410101000000Z")})
            || !makeSigner(QStringLiteral("nonrep"), QStringLiteral("nonrep_ext"), valid)
            || !makeSigner(QStringLiteral("nokey"), QStringLiteral("signer_ext"), valid, false))
            return false;
        // The test seal: a red ring and star-less centre on a transparent ground, 400 px.
        QImage img(400, 400, QImage::Format_ARGB32);
        img.fill(Qt::transparent);
        QPainter p(&img);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(QColor(220, 20, 30, 220), 18));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(QRectF(12, 12, 376, 376));
        p.setBrush(QColor(220, 20, 30, 200));
        p.setPen(Qt::NoPen);
        p.drawEllipse(QRectF(170, 170, 60, 60));
        p.end();
        if (!img.save(seal())) {
            error = QStringLiteral("cannot save the test seal");
            return false;
        }
        return true;
    }
};

// Output of a program, for pdfsig, certutil, pdftotext.
struct Run {
    int exitCode = -1;
    QString out;
};

inline Run runProgram(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, arguments);
    Run r;
    if (p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit)
        r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAll());
    return r;
}

// pdfsig's report with the CA trusted in a fresh NSS database.
inline Run pdfsig(const QString &pdf, const QString &caPem, const QString &nssDir)
{
    QDir().mkpath(nssDir);
    const QString db = QStringLiteral("sql:") + nssDir;
    if (!QFile::exists(nssDir + QStringLiteral("/cert9.db"))) {
        runProgram(QStringLiteral("certutil"), {QStringLiteral("-N"), QStringLiteral("--empty-password"), QStringLiteral("-d"), db});
        runProgram(QStringLiteral("certutil"), {QStringLiteral("-A"), QStringLiteral("-n"), QStringLiteral("Nianbao Test CA"),
                                                QStringLiteral("-t"), QStringLiteral("CT,C,C"), QStringLiteral("-i"), caPem,
                                                QStringLiteral("-d"), db});
    }
    return runProgram(QStringLiteral("pdfsig"), {QStringLiteral("-nssdir"), db, pdf});
}

} // namespace signtest
