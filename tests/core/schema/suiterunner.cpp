#include "suiterunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Callwright::TestSupport {

namespace {

// The suite's remote references live under these bases; nothing here serves them.
bool needsRemote(const SchemaValidator &validator, QString *uri)
{
    for (const SchemaError &issue : validator.schemaIssues()) {
        if (issue.keyword == QLatin1String("$ref")
            && issue.message.startsWith(QLatin1String("remote $ref"))) {
            *uri = issue.message.section(QLatin1Char('"'), 1, 1);
            return true;
        }
    }
    return false;
}

QString compact(const Json &j)
{
    QString text = QString::fromStdString(j.dump(-1, ' ', false, Json::error_handler_t::replace));
    return text.size() > 160 ? text.left(157) + QStringLiteral("...") : text;
}

} // namespace

QString jsonSchemaSuiteDir()
{
    const QString fromEnv = qEnvironmentVariable("CALLWRIGHT_JSON_SCHEMA_TEST_SUITE");
    return fromEnv.isEmpty() ? QStringLiteral("/usr/share/json-schema-test-suite/tests") : fromEnv;
}

void SuiteRunner::run(const QString &label, const QString &dir, SchemaDraft draft,
                      const std::vector<std::pair<QString, QString>> &keywordFiles)
{
    for (const auto &[keyword, file] : keywordFiles) {
        SuiteTally tally;
        QFile f(QDir(dir).filePath(file));
        if (!f.open(QIODevice::ReadOnly)) {
            m_failures
                    << QStringLiteral("%1 %2: cannot read %3").arg(label, keyword, f.fileName());
            tally.failed = 1;
            m_tallies.push_back({{label, keyword}, tally});
            continue;
        }
        const Json groups = parseJson(f.readAll());
        for (const Json &group : groups) {
            const SchemaValidator validator(group.at("schema"), draft);
            const QString groupName = QString::fromStdString(group.at("description"));
            QString remote;
            const bool skip = needsRemote(validator, &remote);
            for (const Json &test : group.at("tests")) {
                const QString name = QStringLiteral("%1 %2 / %3 / %4")
                                             .arg(label, file, groupName,
                                                  QString::fromStdString(test.at("description")));
                if (skip) {
                    ++tally.skipped;
                    m_skips << name + QStringLiteral(" — needs remote ref ") + remote;
                    continue;
                }
                const bool expected = test.at("valid").get<bool>();
                const bool fast = validator.isValid(test.at("data"));
                const auto errors = validator.validate(test.at("data"));
                // Both paths must agree, and an invalid value must say why.
                if (fast == expected && errors.empty() == expected) {
                    ++tally.passed;
                    continue;
                }
                ++tally.failed;
                m_failures << QStringLiteral("%1: expected %2, fast path said %3, %4 error(s); "
                                             "data %5")
                                      .arg(name,
                                           expected ? QStringLiteral("valid")
                                                    : QStringLiteral("invalid"),
                                           fast ? QStringLiteral("valid")
                                                : QStringLiteral("invalid"))
                                      .arg(errors.size())
                                      .arg(compact(test.at("data")));
            }
        }
        m_tallies.push_back({{label, keyword}, tally});
    }
}

} // namespace Callwright::TestSupport
