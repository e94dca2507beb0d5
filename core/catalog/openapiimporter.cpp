#include "openapiimporter.h"

#include "importsupport.h"
#include "openapischemas.h"
#include "yamljson.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

#include <map>

namespace Callwright {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenApiImporter)
};

const char *const kMethods[]
        = {"get", "put", "post", "delete", "options", "head", "patch", "trace"};

QString token(const std::string &key)
{
    return QLatin1Char('/') + pointerToken(QString::fromStdString(key));
}

QString textOf(const Json &object, const char *key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<QString>().trimmed() : QString();
}

bool isJsonMedia(const std::string &media)
{
    return media == "application/json" || media.find("json") != std::string::npos;
}

// The media type a body or response is read from: JSON first, then forms, then the first.
Json::const_iterator pickMedia(const Json &content)
{
    for (auto it = content.begin(); it != content.end(); ++it) {
        if (it.key() == "application/json")
            return it;
    }
    for (auto it = content.begin(); it != content.end(); ++it) {
        if (isJsonMedia(it.key()))
            return it;
    }
    for (const char *form : {"multipart/form-data", "application/x-www-form-urlencoded"}) {
        if (const auto it = content.find(form); it != content.end())
            return it;
    }
    return content.begin();
}

// Turns one operation into one tool.
class OperationReader final
{
public:
    OperationReader(OpenApiVersion version, OpenApiSchemas &schemas, ImportReport &report)
        : m_version(version)
        , m_schemas(schemas)
        , m_report(report)
    {}

    std::optional<Tool> read(const std::string &path, const char *method, const Json &pathItem,
                             const QString &pathPointer, const Json &op, ToolNamer &namer,
                             const QString &source, QString *error)
    {
        m_at = pathPointer + token(method);
        m_error.clear();
        m_tool = Tool();
        m_tool.origin.kind = ToolOrigin::Kind::OpenApi;
        m_tool.origin.source = source;
        name(path, method, op, namer);
        description(op);
        if (const auto tags = op.find("tags"); tags != op.end() && tags->is_array()) {
            for (const Json &tag : *tags) {
                if (tag.is_string())
                    m_tool.tags.append(tag.get<QString>());
            }
        }
        // Compared, never converted: "deprecated: yes" is a string under YAML 1.2.
        if (op.contains("deprecated") && op.at("deprecated") == true)
            m_tool.tags.append(QStringLiteral("deprecated"));
        if (const auto cb = op.find("callbacks");
            cb != op.end() && cb->is_object() && !cb->empty()) {
            warn(m_at + QStringLiteral("/callbacks"),
                 Tr::tr("%n callback(s) not imported: requests the API sends, not operations",
                        nullptr, int(cb->size())));
        }
        try {
            parameters(pathItem, pathPointer, op);
            returns(op);
        } catch (const OpenApiSchemas::Error &e) {
            m_error = QString::fromStdString(e.what());
        }
        if (!m_error.isEmpty()) {
            *error = m_error;
            return std::nullopt;
        }
        return std::move(m_tool);
    }

private:
    void warn(const QString &field, const QString &message)
    {
        m_report.warn(m_tool.name, field, message);
    }

    Json schema(const Json &raw, const QString &at, int depth)
    {
        return m_schemas.resolved(raw, at, depth,
                                  [this](const QString &p, const QString &m) { warn(p, m); });
    }

    void name(const std::string &path, const char *method, const Json &op, ToolNamer &namer)
    {
        const QString operationId = textOf(op, "operationId");
        if (!operationId.isEmpty()) {
            if (takeToolName(m_tool, namer, operationId)) {
                warn(m_at + QStringLiteral("/operationId"),
                     Tr::tr("renamed from \"%1\"").arg(operationId));
            }
            return;
        }
        static const QRegularExpression separators(QStringLiteral("[^A-Za-z0-9-]+"));
        QString slug = QString::fromStdString(path);
        slug.remove(QLatin1Char('{')).remove(QLatin1Char('}'));
        slug.replace(separators, QStringLiteral("_"));
        while (slug.startsWith(QLatin1Char('_')))
            slug.remove(0, 1);
        while (slug.endsWith(QLatin1Char('_')))
            slug.chop(1);
        slug = slug.isEmpty() ? QLatin1String(method)
                              : QLatin1String(method) + QLatin1Char('_') + slug;
        m_tool.name = namer.take(slug);
        m_tool.origin.originalName = QString::fromLatin1(method).toUpper() + QLatin1Char(' ')
                                     + QString::fromStdString(path);
        warn(m_at, Tr::tr("no operationId: named after \"%1\"").arg(m_tool.origin.originalName));
    }

    void description(const Json &op)
    {
        const QString summary = textOf(op, "summary");
        const QString details = textOf(op, "description");
        QStringList parts;
        if (!summary.isEmpty())
            parts << summary;
        if (!details.isEmpty() && details != summary)
            parts << details;
        m_tool.description = parts.join(QStringLiteral("\n\n"));
        if (m_tool.description.isEmpty())
            warn(m_at + QStringLiteral("/summary"), Tr::tr("missing summary and description"));
    }

    // A 2.0 parameter other than the body carries its schema keywords itself.
    static Json schemaOfV2Parameter(const Json &p)
    {
        Json s = Json::object();
        for (const char *key : {"type", "format", "items", "enum", "default", "minimum", "maximum",
                                "exclusiveMinimum", "exclusiveMaximum", "minLength", "maxLength",
                                "pattern", "minItems", "maxItems", "uniqueItems", "multipleOf"}) {
            if (const auto it = p.find(key); it != p.end())
                s[key] = *it;
        }
        return s;
    }

    void addProperty(Json &properties, Json &required, const QString &name, const char *in,
                     Json schema, bool isRequired, const QString &at)
    {
        QString key = name;
        if (properties.contains(key.toStdString())) {
            key = name + QLatin1Char('_') + QLatin1String(in);
            for (int n = 2; properties.contains(key.toStdString()); ++n)
                key = name + QLatin1Char('_') + QLatin1String(in) + QString::number(n);
            warn(at, Tr::tr("a second parameter \"%1\" (in %2) is named \"%3\"")
                             .arg(name, QLatin1String(in), key));
        }
        properties[key.toStdString()] = std::move(schema);
        if (isRequired)
            required.push_back(key.toStdString());
    }

    void parameters(const Json &pathItem, const QString &pathPointer, const Json &op)
    {
        // Operation parameters override path-level ones with the same name and location.
        std::map<std::pair<std::string, std::string>, std::pair<const Json *, QString>> byKey;
        std::vector<std::pair<std::string, std::string>> order;
        const auto collect = [&](const Json &owner, const QString &ownerAt) {
            const auto list = owner.find("parameters");
            if (list == owner.end() || !list->is_array())
                return;
            for (std::size_t i = 0; i < list->size(); ++i) {
                const QString at = ownerAt + QStringLiteral("/parameters/%1").arg(i);
                QString problem;
                const Json *p = m_schemas.follow((*list)[i], &problem);
                if (!p || !p->is_object()) {
                    warn(at, Tr::tr("parameter not imported: %1")
                                     .arg(p ? Tr::tr("not an object") : problem));
                    continue;
                }
                const std::string name = p->value("name", std::string());
                const std::string in = p->value("in", std::string());
                if (name.empty() || in.empty()) {
                    warn(at, Tr::tr("parameter without \"name\" or \"in\" not imported"));
                    continue;
                }
                const auto key = std::make_pair(in, name);
                if (byKey.find(key) == byKey.end())
                    order.push_back(key);
                byKey[key] = {p, at};
            }
        };
        collect(pathItem, pathPointer);
        collect(op, m_at);

        Json properties = Json::object();
        Json required = Json::array();
        Json form = Json::object();
        Json formRequired = Json::array();
        std::optional<Json> body;
        bool bodyRequired = false;
        for (const auto &key : order) {
            const auto &[p, at] = byKey.at(key);
            const std::string &in = key.first;
            const QString name = QString::fromStdString(key.second);
            const bool isRequired = in == "path" || p->value("required", false) == true;
            if (in == "header"
                && QStringList{QStringLiteral("accept"), QStringLiteral("content-type"),
                               QStringLiteral("authorization")}
                           .contains(name.toLower())) {
                warn(at, Tr::tr("header \"%1\" not imported: media types and credentials are "
                                "not the caller's arguments")
                                 .arg(name));
                continue;
            }
            if (in == "body" && m_version == OpenApiVersion::V2) {
                body = schema(p->value("schema", Json::object()), at + QStringLiteral("/schema"),
                              3);
                describe(*body, textOf(*p, "description"));
                bodyRequired = isRequired;
                continue;
            }
            Json s;
            if (m_version == OpenApiVersion::V2) {
                s = schema(schemaOfV2Parameter(*p), at, in == "formData" ? 5 : 3);
            } else if (const auto ps = p->find("schema"); ps != p->end()) {
                s = schema(*ps, at + QStringLiteral("/schema"), 3);
            } else if (const auto c = p->find("content");
                       c != p->end() && c->is_object() && !c->empty()) {
                const auto media = pickMedia(*c);
                s = schema(media->value("schema", Json::object()),
                           at + QStringLiteral("/content") + token(media.key())
                                   + QStringLiteral("/schema"),
                           3);
            } else {
                s = Json::object();
                warn(at, Tr::tr("parameter \"%1\" has no schema: any value is accepted").arg(name));
            }
            describe(s, textOf(*p, "description"));
            if (p->contains("deprecated") && p->at("deprecated") == true && s.is_object())
                s["deprecated"] = true;
            if (in == "formData") {
                addProperty(form, formRequired, name, "formData", std::move(s), isRequired, at);
            } else if (in == "path" || in == "query" || in == "header" || in == "cookie") {
                addProperty(properties, required, name, in.c_str(), std::move(s), isRequired, at);
            } else {
                warn(at, Tr::tr("parameter \"%1\" in \"%2\" not imported: unknown location")
                                 .arg(name, QString::fromStdString(in)));
            }
        }
        if (!form.empty()) {
            if (body)
                warn(m_at, Tr::tr("both a body and form parameters; the body is kept"));
            else
                body = Json{{"type", "object"}, {"properties", form}};
            if (!formRequired.empty() && !body->contains("required"))
                (*body)["required"] = formRequired;
            bodyRequired = bodyRequired || !formRequired.empty();
        }
        if (m_version != OpenApiVersion::V2)
            requestBody(op, body, bodyRequired);
        if (body) {
            QString key = QStringLiteral("body");
            if (properties.contains("body")) {
                key = QStringLiteral("request_body");
                warn(m_at, Tr::tr("a parameter is named \"body\": the request body is "
                                  "\"request_body\""));
            }
            addProperty(properties, required, key, "body", std::move(*body), bodyRequired, m_at);
        }
        m_tool.parameters = Json{{"type", "object"}, {"properties", std::move(properties)}};
        if (!required.empty())
            m_tool.parameters["required"] = std::move(required);
    }

    static void describe(Json &schema, const QString &description)
    {
        if (!description.isEmpty() && schema.is_object() && !schema.contains("description"))
            schema["description"] = description;
    }

    void requestBody(const Json &op, std::optional<Json> &body, bool &bodyRequired)
    {
        const auto raw = op.find("requestBody");
        if (raw == op.end())
            return;
        const QString at = m_at + QStringLiteral("/requestBody");
        QString problem;
        const Json *rb = m_schemas.follow(*raw, &problem);
        if (!rb || !rb->is_object()) {
            warn(at, Tr::tr("request body not imported: %1")
                             .arg(rb ? Tr::tr("not an object") : problem));
            return;
        }
        const auto content = rb->find("content");
        if (content == rb->end() || !content->is_object() || content->empty()) {
            warn(at, Tr::tr("request body without content not imported"));
            return;
        }
        const auto media = pickMedia(*content);
        const QString mediaAt = at + QStringLiteral("/content") + token(media.key());
        if (!isJsonMedia(media.key())) {
            warn(mediaAt, Tr::tr("the request body is %1, not JSON; its schema stands for it")
                                  .arg(QString::fromStdString(media.key())));
        }
        Json s;
        if (media->is_object() && media->contains("schema")) {
            s = schema(media->at("schema"), mediaAt + QStringLiteral("/schema"), 3);
        } else {
            s = Json::object();
            warn(mediaAt, Tr::tr("no schema: any body is accepted"));
        }
        describe(s, textOf(*rb, "description"));
        body = std::move(s);
        bodyRequired = rb->value("required", false) == true;
    }

    // The schema of one response, or nothing when it has none.
    std::optional<Json> responseSchema(const Json &response, const QString &at)
    {
        if (m_version == OpenApiVersion::V2) {
            if (const auto s = response.find("schema"); s != response.end())
                return schema(*s, at + QStringLiteral("/schema"), 1);
            return std::nullopt;
        }
        const auto content = response.find("content");
        if (content == response.end() || !content->is_object() || content->empty())
            return std::nullopt;
        const auto media = pickMedia(*content);
        const QString mediaAt = at + QStringLiteral("/content") + token(media.key());
        if (!media->is_object() || !media->contains("schema"))
            return std::nullopt;
        if (!isJsonMedia(media.key())) {
            warn(mediaAt, Tr::tr("the response is %1, not JSON; its schema stands for it")
                                  .arg(QString::fromStdString(media.key())));
        }
        return schema(media->at("schema"), mediaAt + QStringLiteral("/schema"), 1);
    }

    void returns(const Json &op)
    {
        const auto responses = op.find("responses");
        if (responses == op.end() || !responses->is_object())
            return;
        std::vector<std::pair<int, std::string>> success;
        for (auto it = responses->begin(); it != responses->end(); ++it) {
            const std::string &code = it.key();
            if (code.size() == 3 && code[0] == '2') {
                bool numeric = false;
                const int n = QString::fromStdString(code).toInt(&numeric);
                // "2XX" ranks after every explicit 2xx code.
                success.emplace_back(numeric ? n : 300, code);
            }
        }
        std::sort(success.begin(), success.end());
        if (success.empty() && responses->contains("default"))
            success.emplace_back(0, "default");
        for (const auto &[rank, code] : success) {
            const QString at = m_at + QStringLiteral("/responses") + token(code);
            QString problem;
            const Json *response = m_schemas.follow(responses->at(code), &problem);
            if (!response || !response->is_object()) {
                warn(at, Tr::tr("response not read: %1")
                                 .arg(response ? Tr::tr("not an object") : problem));
                continue;
            }
            if (std::optional<Json> s = responseSchema(*response, at)) {
                m_tool.returns = std::move(*s);
                return;
            }
        }
    }

    const OpenApiVersion m_version;
    OpenApiSchemas &m_schemas;
    ImportReport &m_report;
    Tool m_tool;
    QString m_at;
    QString m_error;
};

std::optional<OpenApiVersion> versionOf(const Json &document, ImportReport &report, QString *error)
{
    if (const auto swagger = document.find("swagger"); swagger != document.end()) {
        if (scalarText(*swagger).startsWith(QLatin1String("2")))
            return OpenApiVersion::V2;
        *error = Tr::tr("/swagger: version %1 is not read; 2.0 is").arg(scalarText(*swagger));
        return std::nullopt;
    }
    const auto openapi = document.find("openapi");
    if (openapi == document.end()) {
        *error = Tr::tr("neither \"openapi\" nor \"swagger\": not an OpenAPI document");
        return std::nullopt;
    }
    const QString version = scalarText(*openapi);
    if (version.startsWith(QLatin1String("3.0")))
        return OpenApiVersion::V30;
    if (version.startsWith(QLatin1String("3.1")))
        return OpenApiVersion::V31;
    if (version.startsWith(QLatin1String("3."))) {
        report.warn({}, QStringLiteral("/openapi"),
                    Tr::tr("version %1 is read as 3.1").arg(version));
        return OpenApiVersion::V31;
    }
    *error = Tr::tr("/openapi: version %1 is not read; 2.0, 3.0 and 3.1 are").arg(version);
    return std::nullopt;
}

} // namespace

std::optional<Catalog> OpenApiImporter::fromJson(const Json &document, const QString &sourceName,
                                                 ImportReport *report, QString *error)
{
    ImportOutputs out(report, error, sourceName);
    ImportReport &r = out.report;
    QString &err = out.error;
    const auto fail = [&](const QString &what) {
        err = Tr::tr("%1: %2").arg(sourceName, what);
        return std::nullopt;
    };

    if (!document.is_object())
        return fail(Tr::tr("an OpenAPI document is an object"));
    QString versionError;
    const std::optional<OpenApiVersion> version = versionOf(document, r, &versionError);
    if (!version)
        return fail(versionError);
    const Json noPaths = Json::object();
    const auto pathsIt = document.find("paths");
    const Json &paths = pathsIt == document.end() || pathsIt->is_null() ? noPaths : *pathsIt;
    if (!paths.is_object())
        return fail(Tr::tr("/paths must be an object"));

    Catalog catalog;
    catalog.name = QFileInfo(sourceName).completeBaseName();
    if (const auto info = document.find("info"); info != document.end() && info->is_object())
        catalog.description = textOf(*info, "title");
    OpenApiSchemas schemas(document, *version);
    OperationReader reader(*version, schemas, r);
    ToolNamer namer;
    for (auto it = paths.begin(); it != paths.end(); ++it) {
        const std::string &path = it.key();
        const QString at = QStringLiteral("/paths") + token(path);
        if (path.rfind("x-", 0) == 0)
            continue; // an extension, not a path
        QString problem;
        const Json *item = schemas.follow(*it, &problem);
        if (!item) {
            r.warn({}, at, Tr::tr("path not imported: %1").arg(problem));
            continue;
        }
        if (!item->is_object())
            return fail(Tr::tr("%1 must be an object").arg(at));
        for (const char *method : kMethods) {
            const auto op = item->find(method);
            if (op == item->end())
                continue;
            if (!op->is_object())
                return fail(Tr::tr("%1%2 must be an object").arg(at, token(method)));
            QString toolError;
            std::optional<Tool> tool
                    = reader.read(path, method, *item, at, *op, namer, sourceName, &toolError);
            if (!tool)
                return fail(toolError);
            catalog.tools.push_back(std::move(*tool));
        }
    }
    if (const auto hooks = document.find("webhooks");
        hooks != document.end() && hooks->is_object() && !hooks->empty()) {
        r.warn({}, QStringLiteral("/webhooks"),
               Tr::tr("%n webhook(s) not imported: requests the API sends, not operations it "
                      "offers",
                      nullptr, int(hooks->size())));
    }
    if (catalog.tools.empty())
        r.warn({}, QStringLiteral("/paths"), Tr::tr("the document has no operations"));
    r.toolsImported = int(catalog.tools.size());
    return catalog;
}

std::optional<Catalog> OpenApiImporter::read(const QByteArray &data, const QString &sourceName,
                                             ImportReport *report, QString *error)
{
    QString parseError;
    const std::optional<Json> document = parseJsonOrYaml(data, &parseError);
    if (!document) {
        if (error)
            *error = Tr::tr("%1: %2").arg(sourceName, parseError);
        return std::nullopt;
    }
    return fromJson(*document, sourceName, report, error);
}

std::optional<Catalog> OpenApiImporter::readFile(const QString &path, ImportReport *report,
                                                 QString *error)
{
    std::optional<QByteArray> data = readImportFile(path, error);
    if (!data)
        return std::nullopt;
    return read(*data, path, report, error);
}

} // namespace Callwright
