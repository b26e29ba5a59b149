#pragma once
// The outcome of a storage operation: success, or what went wrong in words a person can act on.

#include <QString>

namespace nianbao {

struct Status {
    enum class Code {
        Ok,
        NotNianbao,     // not an SQLite file, or an SQLite file of another program
        TooNew,         // written by a newer Nianbao
        Locked,         // another program holds the file
        Io,             // disk full, no permission, …
        Sql,            // any other database failure
        NotFound,
        Conflict,       // the period exists already, or is entered the other way
        ReadOnly,       // the period is final
        Invalid,        // the request itself is wrong (missing reason, bad transition)
        Damaged,        // the file fails SQLite's checks: a damaged disk, a copy cut short, …
    };
    Code code = Code::Ok;
    QString message;

    bool ok() const { return code == Code::Ok; }
    explicit operator bool() const { return ok(); }
    static Status fail(Code c, const QString &m) { return Status{c, m}; }
};

} // namespace nianbao
