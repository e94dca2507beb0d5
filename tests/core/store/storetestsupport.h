#pragma once

#include "model/json.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QString>

namespace Callwright::TestData {

/// SHA-256 of a file's bytes (empty when it cannot be read): whether a refused file was left
/// exactly as it was.
inline QByteArray contentHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return hash.result();
}

/// A model value as JSON text, for the message of a failed comparison.
template<typename T>
QByteArray jsonOf(const T &value)
{
    return QByteArray::fromStdString(Json(value).dump());
}

} // namespace Callwright::TestData
