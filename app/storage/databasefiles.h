#pragma once
// What the file system says about a database file: is a path the database or one of its side
// files, can it be written, where are its backups. The one place every command and dialog that
// writes a file while a database is open asks before writing.

#include "status.h"

#include <QString>

namespace nianbao {

// True when writing `file` would replace the database `database` or one of its side files (-wal,
// -shm, -journal): the same file by device and inode when both exist, else the same canonical
// folder and name, whatever the spelling (relative path, "..", symbolic links, hard links).
bool isDatabaseFile(const QString &file, const QString &database);
// A refusal (Status::Code::Invalid) when writing `file` would replace the database; ok otherwise.
Status checkOutputFile(const QString &file, const QString &database);

// Why the database file (or a new one there) cannot be written: a read-only file system, a folder
// or file without write permission or marked immutable. Empty when it can.
QString whyNotWritable(const QString &database);
// The disk holding the file has no room left for the database's write-ahead log.
bool diskFull(const QString &database);

// The newest copy made before an upgrade next to the database (NAME.vN-TIME.bak), or empty.
QString newestUpgradeCopy(const QString &database);
// A sentence telling where to find a good copy of the database: the newest upgrade copy, or else
// the copies made with “nianbao backup” or the window's backup.
QString backupAdvice(const QString &database);

} // namespace nianbao
