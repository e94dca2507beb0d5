#pragma once

#include "schema/schemavalidator.h"

#include <QString>
#include <QStringList>

#include <map>
#include <vector>

namespace Callwright::TestSupport {

/// Pass, fail and skip counts of one keyword's file in the official JSON-Schema-Test-Suite.
struct SuiteTally
{
    int passed = 0;
    int failed = 0;
    int skipped = 0;
    /// Passed over passed + failed, in percent; skipped cases are not in the denominator.
    double rate() const
    {
        return passed + failed == 0 ? 100.0 : 100.0 * passed / (passed + failed);
    }
};

/// Runs the suite's files for the keywords we support and keeps what each case did.
class SuiteRunner final
{
public:
    /// label names the row ("draft7"); files are relative to dir, keyed by keyword.
    void run(const QString &label, const QString &dir, SchemaDraft draft,
             const std::vector<std::pair<QString, QString>> &keywordFiles);

    /// (label, keyword) → tally, in run order.
    const std::vector<std::pair<std::pair<QString, QString>, SuiteTally>> &tallies() const
    {
        return m_tallies;
    }
    QStringList failures() const { return m_failures; }
    QStringList skips() const { return m_skips; }

private:
    std::vector<std::pair<std::pair<QString, QString>, SuiteTally>> m_tallies;
    QStringList m_failures;
    QStringList m_skips;
};

/// The suite's tests/ folder: $CALLWRIGHT_JSON_SCHEMA_TEST_SUITE, else the Debian package's.
QString jsonSchemaSuiteDir();

} // namespace Callwright::TestSupport
