#include "storesql.h"

#include <QAtomicInteger>
#include <QSqlQuery>
#include <QVariant>

namespace Callwright::StoreSql {

bool exec(QSqlDatabase &db, const QString &sql, QString *error, int *code)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = reason(q.lastError());
    if (code)
        *code = resultCode(q.lastError());
    return false;
}

bool scalar(QSqlDatabase &db, const QString &sql, QVariant *value, QString *error, int *code)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql) || !q.next()) {
        if (code)
            *code = resultCode(q.lastError());
        if (error) {
            *error = q.lastError().isValid() ? reason(q.lastError())
                                             : QStringLiteral("no result from: %1").arg(sql);
        }
        return false;
    }
    *value = q.value(0);
    return true;
}

QString reason(const QSqlError &e)
{
    // driverText() is Qt's generic "Unable to fetch row"; databaseText() is SQLite's own words.
    const QString text = e.databaseText();
    return text.isEmpty() ? e.text() : text;
}

int resultCode(const QSqlError &e)
{
    bool ok = false;
    const int code = e.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : 0;
}

QString uniqueConnectionName(const char *purpose)
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("callwright.store.%1.%2")
        .arg(QLatin1String(purpose))
        .arg(counter.fetchAndAddRelaxed(1));
}

WriteTransaction::~WriteTransaction()
{
    rollback();
}

bool WriteTransaction::begin(QString *error)
{
    m_active = exec(m_db, QStringLiteral("BEGIN IMMEDIATE"), error);
    return m_active;
}

bool WriteTransaction::commit(QString *error)
{
    if (!m_active)
        return false;
    if (!exec(m_db, QStringLiteral("COMMIT"), error))
        return false; // still active: the destructor rolls back
    m_active = false;
    return true;
}

void WriteTransaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    exec(m_db, QStringLiteral("ROLLBACK"), nullptr);
}

ScopedConnection::ScopedConnection(const char *purpose)
    : m_name(uniqueConnectionName(purpose))
    , m_db(QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name))
{}

ScopedConnection::~ScopedConnection()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

} // namespace Callwright::StoreSql
