// Stage 1 of the embedded engine: relevance by the shape of the text.

#include "embeddedcorpusengine.h"

#include "passageanalysis.h"

#include <QCoreApplication>
#include <QHash>

namespace Callwright {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EmbeddedCorpusEngine)
};

QString platformOfProgram(const QString &program)
{
    static const QHash<QString, const char *> platforms{
            {QStringLiteral("oc"), "OpenShift"},
            {QStringLiteral("kubectl"), "Kubernetes"},
            {QStringLiteral("helm"), "Kubernetes (Helm)"},
            {QStringLiteral("ceph"), "Ceph"},
            {QStringLiteral("rbd"), "Ceph"},
            {QStringLiteral("radosgw-admin"), "Ceph"},
            {QStringLiteral("odf"), "OpenShift Data Foundation"},
            {QStringLiteral("virtctl"), "OpenShift Virtualization"},
            {QStringLiteral("etcdctl"), "etcd"},
            {QStringLiteral("docker"), "Docker"},
            {QStringLiteral("docker-compose"), "Docker"},
            {QStringLiteral("podman"), "Podman"},
            {QStringLiteral("crictl"), "Kubernetes node (CRI-O)"},
            {QStringLiteral("aws"), "AWS"},
            {QStringLiteral("gcloud"), "Google Cloud"},
            {QStringLiteral("az"), "Azure"},
            {QStringLiteral("terraform"), "Terraform"},
            {QStringLiteral("git"), "Git"},
            {QStringLiteral("systemctl"), "Linux (systemd)"},
            {QStringLiteral("journalctl"), "Linux (systemd)"},
            {QStringLiteral("npm"), "Node.js (npm)"},
            {QStringLiteral("pip"), "Python (pip)"},
            {QStringLiteral("cargo"), "Rust (Cargo)"},
            {QStringLiteral("mysql"), "MySQL"},
            {QStringLiteral("psql"), "PostgreSQL"},
            {QStringLiteral("redis-cli"), "Redis"},
            {QStringLiteral("sqlite3"), "SQLite"},
            {QStringLiteral("ansible-playbook"), "Ansible"},
            {QStringLiteral("ffmpeg"), "FFmpeg"},
            {QStringLiteral("openssl"), "OpenSSL"},
            {QStringLiteral("amtool"), "Prometheus Alertmanager"},
            {QStringLiteral("promtool"), "Prometheus"},
            {QStringLiteral("ocm"), "OpenShift Cluster Manager"},
    };
    const auto it = platforms.constFind(program);
    return it == platforms.constEnd() ? QString() : QLatin1String(*it);
}

// Without commands, what the document names most.
QString platformOfText(const QString &text)
{
    static const std::pair<const char *, const char *> names[] = {
            {"OpenShift", "OpenShift"},
            {"oc ", "OpenShift"},
            {"Kubernetes", "Kubernetes"},
            {"kubectl", "Kubernetes"},
            {"Prometheus", "Prometheus"},
            {"Alertmanager", "Prometheus Alertmanager"},
            {"Ceph", "Ceph"},
            {"etcd", "etcd"},
            {"Docker", "Docker"},
            {"systemd", "Linux (systemd)"},
    };
    int best = 0;
    QString platform;
    for (const auto &[needle, name] : names) {
        const int n = int(text.count(QLatin1String(needle)));
        if (n > best) {
            best = n;
            platform = QLatin1String(name);
        }
    }
    return platform;
}

QString domainOf(const QString &text)
{
    static const std::pair<const char *, std::vector<const char *>> domains[] = {
            {"monitoring and alerting",
             {"alert", "prometheus", "alertmanager", "metric", "grafana", "thanos", "scrape"}},
            {"storage",
             {"storage", "volume", "pvc", "disk", "ceph", "odf", "filesystem", "bucket", "osd"}},
            {"networking",
             {"network", "dns", "ingress", "route", "ovn", "ovs", "sdn", "connectivity", "latency",
              "packet", "interface"}},
            {"virtualization", {"kubevirt", "virtual machine", "vmi", "virt-", "hypervisor"}},
            {"security and certificates",
             {"certificate", "tls", "rbac", "permission", "secret", "token", "authentication"}},
            {"cluster operations",
             {"node", "pod", "operator", "deployment", "etcd", "control plane", "upgrade",
              "cluster", "namespace"}},
            {"version control", {"git ", "commit", "branch", "repository", "rebase", "stash"}},
            {"files and archives", {"archive", "file", "directory", "compress", "extract"}},
            {"databases", {"database", "sql", "mysql", "postgres", "redis", "sqlite", "table"}},
            {"containers", {"docker", "container", "image", "podman"}},
            {"cloud services", {"aws", "gcloud", "azure", "s3", "instance", "region"}},
            {"system administration",
             {"systemctl", "service", "process", "journal", "cron", "memory", "cpu"}},
    };
    const QString lower = text.toLower();
    int best = 0;
    QString domain = QStringLiteral("general");
    for (const auto &[name, words] : domains) {
        int score = 0;
        for (const char *w : words)
            score += int(lower.count(QLatin1String(w)));
        if (score > best) {
            best = score;
            domain = QLatin1String(name);
        }
    }
    return domain;
}

QString categoryOf(const QStringList &headings, bool holds, bool reference)
{
    if (reference)
        return QStringLiteral("command reference");
    const QString h = headings.join(QLatin1Char(' ')).toLower();
    const auto has = [&](std::initializer_list<const char *> words) {
        for (const char *w : words) {
            if (h.contains(QLatin1String(w)))
                return true;
        }
        return false;
    };
    // The innermost heading decides first ("Diagnosis" under "Mitigation" is diagnosis).
    const QString last = headings.isEmpty() ? QString() : headings.constLast().toLower();
    const auto lastHas = [&](std::initializer_list<const char *> words) {
        for (const char *w : words) {
            if (last.contains(QLatin1String(w)))
                return true;
        }
        return false;
    };
    if (lastHas({"diagnos", "troubleshoot", "investigat", "debug", "verify", "check"}))
        return QStringLiteral("diagnosis");
    if (lastHas({"mitigat", "remediat", "resolution", "resolv", "fix", "solution", "recover",
                 "workaround"}))
        return QStringLiteral("mitigation");
    if (lastHas({"meaning", "impact", "description", "overview", "summary", "background"}))
        return QStringLiteral("explanation");
    if (has({"diagnos", "troubleshoot", "investigat", "debug"}))
        return QStringLiteral("diagnosis");
    if (has({"mitigat", "remediat", "resolution", "fix", "solution", "recover"}))
        return QStringLiteral("mitigation");
    if (has({"install", "setup", "set up", "configur"}))
        return QStringLiteral("configuration");
    return holds ? QStringLiteral("procedure") : QStringLiteral("reference text");
}

QString clipped(const QString &text, int length)
{
    return text.size() <= length ? text : text.left(length - 1).trimmed() + QChar(0x2026);
}

// Stage outputs are data in the corpus's language (English), not interface text: they are
// stored, exported and trained on, so they do not follow the interface's translation.
QString counted(int n, const char *one, const char *many)
{
    return QString::number(n) + QLatin1Char(' ') + QLatin1String(n == 1 ? one : many);
}

} // namespace

QString EmbeddedCorpusEngine::heuristicNotice()
{
    return Tr::tr("Embedded mode is heuristic: rules read numbered and bulleted steps, "
                  "imperative verbs and commands in code blocks; no language model judged "
                  "these outputs. Review them before you use them.");
}

QString EmbeddedCorpusEngine::name() const
{
    return QLatin1String(kName);
}

RelevanceResult EmbeddedCorpusEngine::relevance(const CorpusStageInput &input)
{
    return relevanceOf(input, analyzePassage(input.document, input.passage));
}

RelevanceResult EmbeddedCorpusEngine::relevanceOf(const CorpusStageInput &input,
                                                  const PassageAnalysis &a)
{
    RelevanceResult r;
    int actionSteps = 0;
    int imperativeSteps = 0;
    for (const TextStep &s : a.steps) {
        if (s.imperative || s.numbered || !s.commands.empty())
            ++actionSteps;
        if (s.imperative)
            ++imperativeSteps;
    }
    const int commands = int(a.commands.size());
    const bool procedural
            = (actionSteps >= 2 && (commands >= 1 || a.orderedItems >= 2)) || imperativeSteps >= 3;
    r.holdsWorkflow = procedural && !a.commandReference;
    if (r.holdsWorkflow)
        r.confidence = std::min(0.95, 0.5 + 0.08 * actionSteps + (commands > 0 ? 0.1 : 0.0));
    else if (a.commandReference)
        r.confidence = 0.7;
    else
        r.confidence = std::max(0.5, 0.9 - 0.2 * actionSteps);

    if (a.orderedItems > 0)
        r.evidence << counted(a.orderedItems, "numbered item", "numbered items");
    if (imperativeSteps > 0)
        r.evidence << counted(imperativeSteps, "step starting with a verb of action",
                              "steps starting with a verb of action");
    if (commands > 0)
        r.evidence << counted(commands, "command", "commands") + QStringLiteral(": ")
                              + a.programs.join(QStringLiteral(", "));
    if (a.sequenceWords > 0)
        r.evidence << counted(a.sequenceWords, "sequence word", "sequence words")
                              + QStringLiteral(" (first, then, next ...)");
    if (a.commandReference)
        r.evidence << QStringLiteral("separate uses of one program, one command each: a reference, "
                                     "not one workflow");
    if (r.evidence.isEmpty())
        r.evidence << QStringLiteral("no steps, imperative verbs or commands");

    const QStringList &headings = input.passage.headingPath;
    const QString section = headings.isEmpty() ? QString() : headings.constLast();
    const QString title = input.document.title;
    const QString place = section.isEmpty() || section == title
                                  ? title
                                  : QStringLiteral("%1 (%2)").arg(title, section);
    if (r.holdsWorkflow || a.commandReference) {
        QStringList what;
        for (const TextStep &s : a.steps) {
            if (what.size() == 3)
                break;
            if (s.imperative || !s.commands.empty())
                what << clipped(s.description, 90);
        }
        r.summary = clipped(QStringLiteral("%1: %2").arg(place, what.join(QStringLiteral("; "))),
                            400);
    } else {
        QString first;
        for (const MarkdownBlock &b : a.blocks) {
            if (b.kind == MarkdownBlock::Kind::Paragraph || b.kind == MarkdownBlock::Kind::Quote
                || b.kind == MarkdownBlock::Kind::ListItem) {
                first = CorpusText::sentences(CorpusText::plain(b.content)).value(0);
                break;
            }
        }
        r.summary = clipped(first.isEmpty() ? place : QStringLiteral("%1: %2").arg(place, first),
                            400);
    }
    for (const QString &program : a.programs) {
        r.platform = platformOfProgram(program);
        if (!r.platform.isEmpty())
            break;
    }
    if (r.platform.isEmpty() && !a.programs.isEmpty())
        r.platform = QStringLiteral("Linux command line");
    if (r.platform.isEmpty())
        r.platform = platformOfText(input.document.text);
    r.domain = domainOf(title + QLatin1Char(' ') + input.passage.text);
    r.taskCategory = categoryOf(headings, r.holdsWorkflow, a.commandReference);
    return r;
}

} // namespace Callwright
