#pragma once
// What the tests of signed portal packages share: a ledger over a fresh database file, and files
// read and written whole.

#include "database.h"
#include "ledger.h"

#include <QFile>
#include <QTemporaryDir>

namespace packagetest {

struct Db {
    QTemporaryDir dir;
    std::unique_ptr<nianbao::Database> db;
    std::unique_ptr<nianbao::Ledger> ledger;
    Db()
    {
        nianbao::Status s;
        db = nianbao::Database::open(dir.filePath(QStringLiteral("test.sqlite")), &s);
        if (db)
            ledger = std::make_unique<nianbao::Ledger>(*db);
    }
};

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace packagetest
