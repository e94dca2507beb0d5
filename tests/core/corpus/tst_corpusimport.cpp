// Corpus import as a curator meets it: the shared runbooks and tldr pages read whole, every
// passage an exact slice of its document, code kept with the text that introduces it, and bad
// JSON Lines refused line by line with the file and line named.
#include "corpus/corpusimporter.h"
#include "corpus/corpussegmenter.h"
#include "corpus/markdownblocks.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Callwright;

class TestCorpusImport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheSharedRunbooksAndTldrPages_data();
    void readsTheSharedRunbooksAndTldrPages();
    void everyPassageIsAnExactSliceOfItsDocument();
    void aFolderSkipsFilesAboutTheCorpus();
    void headingsFrontMatterAndCodeStayWhereTheyBelong();
    void longSectionsAreCutBetweenBlocks();
    void badJsonLinesAreNamedByFileAndLine_data();
    void badJsonLinesAreNamedByFileAndLine();
    void plainTextAndMarkdownFiles();
    void missingAndUnreadableInput();
};

namespace {

QString shared(const QString &relative)
{
    return TestSupport::sharedDataPath(QStringLiteral("corpus/") + relative);
}

const char *const kCorpusFiles[]
        = {"openshift_runbooks/openshift_runbooks.jsonl", "prometheus_runbooks/runbooks.jsonl",
           "tldr_pages/tldr_pages.jsonl"};

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

int fenceLines(const QString &text)
{
    int n = 0;
    for (QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
        if (line.trimmed().startsWith(QLatin1String("```")))
            ++n;
    }
    return n;
}

} // namespace

void TestCorpusImport::readsTheSharedRunbooksAndTldrPages_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("documents");
    QTest::newRow("openshift") << QString::fromLatin1(kCorpusFiles[0]) << 272;
    QTest::newRow("prometheus") << QString::fromLatin1(kCorpusFiles[1]) << 108;
    QTest::newRow("tldr") << QString::fromLatin1(kCorpusFiles[2]) << 63;
}

void TestCorpusImport::readsTheSharedRunbooksAndTldrPages()
{
    QFETCH(QString, file);
    QFETCH(int, documents);
    const CorpusImport import = CorpusImporter().read(shared(file));
    for (const CorpusImportIssue &e : import.errors)
        qWarning("%s", qPrintable(e.toString()));
    QVERIFY(import.ok());
    QCOMPARE(int(import.documents.size()), documents);
    QCOMPARE(import.files, 1);
    for (const SegmentedDocument &s : import.documents) {
        QVERIFY2(!s.passages.empty(), qPrintable(s.document.uid));
        QVERIFY(!s.document.title.isEmpty());
        QVERIFY(s.document.sourceLine > 0);
    }
    // tldr's JSON Lines give no title: the page's first heading is its title.
    if (file.startsWith(QLatin1String("tldr"))) {
        const auto tar = std::find_if(
                import.documents.begin(), import.documents.end(),
                [](const SegmentedDocument &s) { return s.document.uid == QLatin1String("tar"); });
        QVERIFY(tar != import.documents.end());
        QCOMPARE(tar->document.title, QStringLiteral("tar"));
        QCOMPARE(tar->document.origin, QStringLiteral("tldr-pages/tldr:pages/common/tar.md"));
    }
}

void TestCorpusImport::everyPassageIsAnExactSliceOfItsDocument()
{
    int documents = 0;
    int passages = 0;
    for (const char *file : kCorpusFiles) {
        const CorpusImport import = CorpusImporter().read(shared(QLatin1String(file)));
        QVERIFY(import.ok());
        for (const SegmentedDocument &s : import.documents) {
            ++documents;
            const QString &text = s.document.text;
            int previousEnd = 0;
            for (std::size_t i = 0; i < s.passages.size(); ++i) {
                const Passage &p = s.passages[i];
                ++passages;
                const QString where = s.document.uid + QStringLiteral(" #") + QString::number(i);
                QCOMPARE(p.index, int(i));
                QVERIFY2(p.start >= previousEnd && p.end > p.start && p.end <= text.size(),
                         qPrintable(where));
                QCOMPARE(p.text, text.mid(p.start, p.end - p.start));
                QVERIFY2(!p.text.front().isSpace() && !p.text.back().isSpace(), qPrintable(where));
                QVERIFY2(!p.text.startsWith(QLatin1String("---\ntitle:")), qPrintable(where));
                previousEnd = p.end;
            }
            // No passage starts or ends inside a code block (even one whose source forgot
            // to close it properly).
            for (const MarkdownBlock &b : markdownBlocks(text)) {
                if (b.kind != MarkdownBlock::Kind::Code)
                    continue;
                int end = b.end; // passages leave out trailing white space
                while (end > b.start && text.at(end - 1).isSpace())
                    --end;
                for (const Passage &p : s.passages) {
                    const bool cuts = (p.start > b.start && p.start < end)
                                      || (p.end > b.start && p.end < end);
                    QVERIFY2(!cuts, qPrintable(s.document.uid));
                }
            }
        }
    }
    QCOMPARE(documents, 443);
    qInfo("%d documents, %d passages", documents, passages);
    QVERIFY(passages > 1500);
}

void TestCorpusImport::aFolderSkipsFilesAboutTheCorpus()
{
    const CorpusImport pages = CorpusImporter().read(shared(QStringLiteral("tldr_pages/md")));
    QVERIFY(pages.ok());
    QCOMPARE(int(pages.documents.size()), 63);
    QVERIFY(std::any_of(pages.documents.begin(), pages.documents.end(),
                        [](const SegmentedDocument &s) {
                            return s.document.uid == QLatin1String("tar.md")
                                   && s.document.format == CorpusDocument::Format::Markdown;
                        }));

    // The whole folder: three JSON Lines files and the Markdown pages; LICENSE and SOURCE
    // files describe the corpus and are skipped, and say so.
    const CorpusImport all
            = CorpusImporter().read(TestSupport::sharedDataPath(QStringLiteral("corpus")));
    QVERIFY(all.ok());
    QCOMPARE(int(all.documents.size()), 443 + 63);
    QVERIFY(all.skippedFiles.size() >= 3);
    for (const QString &skipped : all.skippedFiles) {
        const QString base = QFileInfo(skipped).completeBaseName();
        QVERIFY2(base == QLatin1String("LICENSE") || base == QLatin1String("SOURCE"),
                 qPrintable(skipped));
    }
}

void TestCorpusImport::headingsFrontMatterAndCodeStayWhereTheyBelong()
{
    CorpusDocument doc;
    doc.uid = QStringLiteral("doc");
    doc.text = QStringLiteral("---\ntitle: Disk full\n---\n\n# DiskFull\n\n## Meaning\n\n"
                              "The disk is full.\n\n## Diagnosis\n\n1. Check the usage:\n\n"
                              "   ```console\n   $ df -h\n\n   $ du -sh /var\n   ```\n\n"
                              "2. Find big files.\n\n### Logs\n\nRead `journalctl -u x`.\n");
    const std::vector<Passage> passages = CorpusSegmenter().segment(doc);
    QCOMPARE(int(passages.size()), 3);
    QCOMPARE(passages[0].headingPath,
             QStringList({QStringLiteral("DiskFull"), QStringLiteral("Meaning")}));
    QCOMPARE(passages[0].text, QStringLiteral("## Meaning\n\nThe disk is full."));
    // The code block, with its blank line inside, stays in the passage that introduces it.
    QVERIFY(passages[1].text.startsWith(QLatin1String("## Diagnosis")));
    QVERIFY(passages[1].text.contains(QLatin1String("$ du -sh /var\n   ```")));
    QVERIFY(passages[1].text.endsWith(QLatin1String("2. Find big files.")));
    QCOMPARE(passages[2].headingPath,
             QStringList({QStringLiteral("DiskFull"), QStringLiteral("Diagnosis"),
                          QStringLiteral("Logs")}));
    for (const Passage &p : passages)
        QCOMPARE(p.text, doc.text.mid(p.start, p.end - p.start));

    // Plain text has no headings: '#' starts an ordinary line.
    doc.format = CorpusDocument::Format::PlainText;
    doc.text = QStringLiteral("# not a heading\nstill the same block\n\nanother block\n");
    const std::vector<Passage> plain = CorpusSegmenter().segment(doc);
    QCOMPARE(int(plain.size()), 1);
    QVERIFY(plain[0].headingPath.isEmpty());
    QCOMPARE(plain[0].text, QStringLiteral("# not a heading\nstill the same block\n\n"
                                           "another block"));
}

void TestCorpusImport::longSectionsAreCutBetweenBlocks()
{
    CorpusDocument doc;
    doc.uid = QStringLiteral("long");
    QString text = QStringLiteral("# Long\n\n");
    for (int i = 0; i < 40; ++i) {
        text += QStringLiteral("Paragraph %1 explains one more thing about the system at some "
                               "length, so that the section grows.\n\n")
                        .arg(i);
        if (i % 5 == 4)
            text += QStringLiteral("```\noc get pods -n ns%1\n```\n\n").arg(i);
    }
    doc.text = text;
    CorpusSegmenter segmenter;
    const std::vector<Passage> passages = segmenter.segment(doc);
    QVERIFY(passages.size() >= 3);
    for (const Passage &p : passages) {
        QCOMPARE(p.text, text.mid(p.start, p.end - p.start));
        QVERIFY(p.text.size() <= segmenter.maxLength);
        QVERIFY2(!p.text.startsWith(QLatin1String("```")), qPrintable(p.text.left(40)));
        QCOMPARE(p.headingPath, QStringList{QStringLiteral("Long")});
        QCOMPARE(fenceLines(p.text) % 2, 0);
    }
    QVERIFY(passages.front().text.startsWith(QLatin1String("# Long")));
}

void TestCorpusImport::badJsonLinesAreNamedByFileAndLine_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("good");
    const QByteArray ok = R"({"id": "a", "title": "A", "text": "# A\n\nRun it."})";
    QTest::newRow("malformed") << ok + "\n{\"id\": \"b\", \"text\": \n"
                               << 2 << QStringLiteral("not valid JSON") << 1;
    QTest::newRow("not an object")
            << QByteArray("[1, 2]\n") + ok << 1 << QStringLiteral("expected an object") << 1;
    QTest::newRow("no id") << ok + "\n\n{\"text\": \"x\"}\n"
                           << 3 << QStringLiteral("no \"id\"") << 1;
    QTest::newRow("no text") << ok + "\n{\"id\": \"b\", \"title\": \"B\"}" << 2
                             << QStringLiteral("has no \"text\" string") << 1;
    QTest::newRow("empty text") << QByteArray("{\"id\": 7, \"text\": \"  \"}\n") + ok << 1
                                << QStringLiteral("has an empty \"text\"") << 1;
    QTest::newRow("title not a string")
            << ok + "\n{\"id\": \"b\", \"title\": 3, \"text\": \"x\"}" << 2
            << QStringLiteral("\"title\" of the document 'b'") << 1;
    QTest::newRow("duplicate id") << ok + "\n" + ok << 2
                                  << QStringLiteral("the id 'a' is already used on line 1") << 1;
    QTest::newRow("unknown format")
            << ok + "\n{\"id\": \"b\", \"text\": \"x\", \"format\": \"html\"}" << 2
            << QStringLiteral("unknown \"format\" 'html'") << 1;
}

void TestCorpusImport::badJsonLinesAreNamedByFileAndLine()
{
    QFETCH(QByteArray, data);
    QFETCH(int, line);
    QFETCH(QString, message);
    QFETCH(int, good);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("corpus.jsonl"));
    QVERIFY(writeFile(path, data));
    const CorpusImport import = CorpusImporter().read(path);
    QCOMPARE(int(import.errors.size()), 1);
    const CorpusImportIssue &e = import.errors.front();
    QCOMPARE(e.file, path);
    QCOMPARE(e.line, line);
    QVERIFY2(e.message.contains(message), qPrintable(e.message));
    QVERIFY(e.toString().startsWith(QDir::toNativeSeparators(path) + QLatin1Char(':')
                                    + QString::number(line) + QStringLiteral(": ")));
    // The good lines are still read; the caller decides whether to go on.
    QCOMPARE(int(import.documents.size()), good);
}

void TestCorpusImport::plainTextAndMarkdownFiles()
{
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(QStringLiteral("a.txt")),
                      "Restart the service.\nThen check it.\n"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("sub/b.md")), "# Backup\n\nCopy the files.\n"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("README.md")), "# About this corpus\n"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("notes.pdf")), "%PDF-1.4"));
    const CorpusImport import = CorpusImporter().read(dir.path());
    QVERIFY(import.ok());
    QCOMPARE(int(import.documents.size()), 2);
    QCOMPARE(import.documents[0].document.uid, QStringLiteral("a.txt"));
    QCOMPARE(import.documents[0].document.format, CorpusDocument::Format::PlainText);
    QCOMPARE(import.documents[0].document.title, QStringLiteral("a"));
    QCOMPARE(import.documents[1].document.uid, QStringLiteral("sub/b.md"));
    QCOMPARE(import.documents[1].document.title, QStringLiteral("Backup"));
    QCOMPARE(import.skippedFiles, QStringList{dir.filePath(QStringLiteral("README.md"))});
}

void TestCorpusImport::missingAndUnreadableInput()
{
    QTemporaryDir dir;
    const CorpusImport missing = CorpusImporter().read(dir.filePath(QStringLiteral("none.jsonl")));
    QCOMPARE(int(missing.errors.size()), 1);
    QVERIFY(missing.errors.front().message.contains(QLatin1String("no such file")));

    const QString latin1 = dir.filePath(QStringLiteral("latin1.txt"));
    QVERIFY(writeFile(latin1, "caf\xe9\n"));
    const CorpusImport bad = CorpusImporter().read(latin1);
    QCOMPARE(int(bad.errors.size()), 1);
    QVERIFY(bad.errors.front().message.contains(QLatin1String("UTF-8")));

    const QString empty = dir.filePath(QStringLiteral("empty"));
    QVERIFY(QDir().mkpath(empty));
    const CorpusImport nothing = CorpusImporter().read(empty);
    QCOMPARE(int(nothing.errors.size()), 1);
    QVERIFY(nothing.errors.front().message.contains(QLatin1String("no .txt, .md or .jsonl")));
}

QTEST_GUILESS_MAIN(TestCorpusImport)
#include "tst_corpusimport.moc"
