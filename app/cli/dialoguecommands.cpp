// dialogues export-jsonl: the project's dialogues as JSON Lines in Callwright's own shape
// (plans, call records, scores and all), for backups and scripts; training datasets are
// written by `export` (exportcommands.cpp).

#include "clisupport.h"
#include "commands.h"

#include "store/projectstore.h"

#include <QFileInfo>
#include <QSaveFile>

namespace Callwright::Cli {

int dialoguesExportJsonl(const QStringList &args)
{
    const QString kProject = QStringLiteral("project");
    const QString kOut = QStringLiteral("out");
    const QString kJob = QStringLiteral("job");
    QCommandLineParser parser;
    parser.addOption({kProject, Tr::tr("The project."), Tr::tr("file")});
    parser.addOption({kOut, Tr::tr("The file to write; replaced only once it is complete."),
                      Tr::tr("file")});
    parser.addOption({kJob, Tr::tr("Only the dialogues of this job."), Tr::tr("id")});
    int code = Ok;
    if (!parse(parser, args,
               Tr::tr("Write dialogues as JSON Lines, one dialogue object per line, in the "
                      "order they were stored."),
               0, &code))
        return code;
    const bool json = parser.isSet(QStringLiteral("json"));
    if (!parser.isSet(kProject))
        return fail(json, Usage, Tr::tr("--project is required"));
    if (!parser.isSet(kOut) || parser.value(kOut).isEmpty())
        return fail(json, Usage, Tr::tr("--out is required"));
    qint64 jobId = 0;
    if (parser.isSet(kJob)) {
        bool ok = false;
        jobId = parser.value(kJob).toLongLong(&ok);
        if (!ok || jobId < 1)
            return fail(json, Usage, Tr::tr("--job takes a job id, a whole number"));
    }

    ProjectStore store;
    if (StoreError e = store.open(parser.value(kProject), ProjectStore::OpenMode::ReadOnly))
        return storeFailure(json, e);
    if (jobId != 0 && !store.job(jobId)) {
        if (StoreError e = store.lastError())
            return storeFailure(json, e);
        return fail(json, Usage, Tr::tr("--job: the project has no job %1").arg(jobId));
    }

    const QString path = parser.value(kOut);
    QSaveFile file(path);
    const auto cannotWrite = [&] {
        return fail(json, Failed,
                    Tr::tr("cannot write %1: %2")
                            .arg(QFileInfo(path).absoluteFilePath(), file.errorString()));
    };
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite();
    qint64 written = 0;
    const bool complete = store.forEachDialogue([&](const Dialogue &dialogue) {
        if (jobId != 0 && dialogue.jobId != jobId)
            return true;
        const Json j = dialogue;
        QByteArray line
                = QByteArray::fromStdString(j.dump(-1, ' ', false, Json::error_handler_t::replace));
        line += '\n';
        if (file.write(line) != line.size())
            return false;
        ++written;
        return true;
    });
    if (!complete) {
        file.cancelWriting();
        if (StoreError e = store.lastError())
            return storeFailure(json, e);
        return cannotWrite();
    }
    if (!file.commit())
        return cannotWrite();
    Json result{{"file", QFileInfo(path).absoluteFilePath()}, {"dialogues", written}};
    if (jobId != 0)
        result["job"] = jobId;
    report(json, result);
    return Ok;
}

} // namespace Callwright::Cli
