// Scores written back by a scoring pass: many dialogues per transaction.
#include "projectstore_p.h"
#include "storesql.h"

#include <QSqlQuery>
#include <QVariant>

namespace Callwright {

using Kind = StoreError::Kind;

bool ProjectStore::setDialogueScores(
        const std::vector<std::pair<qint64, std::vector<Score>>> &updates)
{
    if (!d->ready(true))
        return false;
    QString why;
    StoreSql::WriteTransaction txn(d->db);
    if (!txn.begin(&why))
        return d->failSql(why, 0);
    QSqlQuery read(d->db);
    read.setForwardOnly(true);
    read.prepare(QStringLiteral("SELECT CAST(json AS BLOB) FROM dialogues WHERE id = ?"));
    QSqlQuery write(d->db);
    write.prepare(QStringLiteral("UPDATE dialogues SET json = CAST(? AS TEXT) WHERE id = ?"));
    for (const auto &[id, scores] : updates) {
        read.addBindValue(id);
        if (!read.exec())
            return d->failSql(read.lastError());
        if (!read.next())
            return d->fail(Kind::Invalid, Private::tr("There is no dialogue %1.").arg(id));
        Json json;
        try {
            json = parseJson(read.value(0).toByteArray());
        } catch (const ModelError &e) {
            return d->failUnreadable(id, "dialogues", QString::fromUtf8(e.what()));
        }
        read.finish();
        if (!json.is_object()) {
            return d->failUnreadable(id, "dialogues",
                                     Private::tr("the stored dialogue is not a JSON object"));
        }
        json["scores"] = scores;
        write.addBindValue(jsonBytes(json));
        write.addBindValue(id);
        if (!write.exec())
            return d->failSql(write.lastError());
    }
    return txn.commit(&why) || d->failSql(why, 0);
}

} // namespace Callwright
