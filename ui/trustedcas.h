#pragma once
// The CA certificates (PEM files) the office trusts for signed PDFs: kept in the settings, used
// when verifying a PDF and when importing a portal package in the window.

#include <QByteArray>
#include <QList>
#include <QStringList>

class QWidget;

namespace nianbao::trustedcas {

QStringList files();
void setFiles(const QStringList &files);
// The files' contents; a file that cannot be read is left out.
QList<QByteArray> certificates();
// Asks for the CA files to trust (cancel keeps the list; no file forgets it) and says what is
// trusted now. Returns false when cancelled.
bool choose(QWidget *parent);

} // namespace nianbao::trustedcas
