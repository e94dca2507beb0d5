#include "sqliteheader.h"

#include <QFile>

namespace Callwright {

namespace {

quint32 bigEndian32(const uchar *p)
{
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

} // namespace

SqliteHeader SqliteHeader::read(const QString &path)
{
    // Layout: https://www.sqlite.org/fileformat2.html#the_database_header
    static constexpr char kMagic[16]
        = {'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f', 'o', 'r', 'm', 'a', 't', ' ', '3', '\0'};
    SqliteHeader h;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        h.ioError = file.errorString();
        return h;
    }
    h.readable = true;
    h.fileSize = file.size();
    const QByteArray bytes = file.read(100);
    if (bytes.size() < 100 || memcmp(bytes.constData(), kMagic, sizeof kMagic) != 0)
        return h;
    h.isSqlite = true;
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData());
    const quint32 rawPageSize = (quint32(p[16]) << 8) | quint32(p[17]);
    h.pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    // The in-header page count is only trustworthy when "version-valid-for" matches the change
    // counter; older writers left it stale.
    const quint32 changeCounter = bigEndian32(p + 24);
    const quint32 validFor = bigEndian32(p + 92);
    if (changeCounter == validFor)
        h.pageCount = bigEndian32(p + 28);
    h.userVersion = qint32(bigEndian32(p + 60));
    h.applicationId = qint32(bigEndian32(p + 68));
    return h;
}

bool SqliteHeader::looksDamaged() const
{
    const bool validPageSize
        = pageSize >= 512 && pageSize <= 65536 && (pageSize & (pageSize - 1)) == 0;
    if (!validPageSize)
        return true;
    if (fileSize % pageSize != 0)
        return true;
    return pageCount != 0 && fileSize < qint64(pageCount) * pageSize;
}

} // namespace Callwright
