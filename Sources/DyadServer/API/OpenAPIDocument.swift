import Foundation
import Hummingbird

/// The OpenAPI 3 description of the JSON API, served at `GET /api/v1/openapi.json`.
///
/// Written by hand; a test checks that every route the server serves under `/api/v1` is
/// described here, and every path described here is served, with the same query parameters
/// the handlers accept.
enum OpenAPIDocument {
    /// The document as JSON.
    static let json: ByteBuffer = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return ByteBuffer(bytes: (try? encoder.encode(document)) ?? Data())
    }()

    /// The document.
    static let document: JSONValue = [
        "openapi": "3.0.3",
        "info": [
            "title": "dyad",
            "version": "1",
            "description":
                "Political events coded from news (CAMEO, Goldstein, QuadClass, PLOVER) and measures of the relations between actors. Errors are JSON objects {\"error\": \"...\"}; bad parameters are 400.",
        ],
        "servers": [["url": "/api/v1"]],
        "paths": [
            "/events": [
                "get": operation(
                    "List stored events that match filters, a page at a time",
                    parameters: eventParameters,
                    response: ref("EventPage"))
            ],
            "/dyads": [
                "get": operation(
                    "The most active pairs of countries and organisations (asserted events, either direction)",
                    parameters: [query("limit", .integer(1, 1000), "How many pairs (default 20).")],
                    response: ["type": "object", "properties": ["dyads": ["type": "array", "items": ref("Dyad")]]])
            ],
            "/relation": [
                "get": operation(
                    "The relation report on actors a and b: series, phases, stability, reciprocity, channels, agenda, third parties (as `dyad relation --format json`)",
                    parameters: relationParameters,
                    response: ["type": "object", "description": "A RelationReport: every figure with the ids of its events."])
            ],
            "/actors": [
                "get": operation(
                    "Search the lexicon's countries, organisations and people (with their dated roles)",
                    parameters: [
                        query("q", .string, "Text in the code or name (any case); empty lists the first actors."),
                        query("limit", .integer(1, 1000), "How many actors (default 50)."),
                    ],
                    response: ["type": "object", "properties": ["actors": ["type": "array", "items": ref("Actor")]]])
            ],
            "/documents": [
                "post": [
                    "summary": "Code a document and store it with its events. Needs the server's token.",
                    "security": [["bearer": []]],
                    "requestBody": [
                        "required": true,
                        "content": ["application/json": ["schema": ref("NewDocument")]],
                    ],
                    "responses": [
                        "201": jsonResponse("Stored; Location names the document.", ref("IngestResult")),
                        "200": jsonResponse("The same text is stored already; nothing was added.", ref("IngestResult")),
                        "400": errorResponse("The body is not a valid document."),
                        "401": errorResponse("No Authorization: Bearer header."),
                        "403": errorResponse("Wrong token, or the server is read-only (started without --token)."),
                        "413": errorResponse("The body is larger than the limit (1 MB)."),
                    ],
                ]
            ],
            "/documents/{id}": [
                "get": [
                    "summary": "A stored document with its coded sentences and their events",
                    "parameters": [
                        [
                            "name": "id", "in": "path", "required": true, "schema": ["type": "integer", "minimum": 1],
                            "description": "The store id of the document.",
                        ]
                    ],
                    "responses": [
                        "200": jsonResponse("The document.", ref("Document")),
                        "400": errorResponse("The id is not a whole number above 0."),
                        "404": errorResponse("No such document."),
                    ],
                ]
            ],
            "/openapi.json": [
                "get": [
                    "summary": "This document",
                    "responses": ["200": jsonResponse("OpenAPI 3 document.", ["type": "object"])],
                ]
            ],
        ],
        "components": [
            "securitySchemes": ["bearer": ["type": "http", "scheme": "bearer"]],
            "schemas": schemas,
        ],
    ]

    /// The filters of `dyad events`.
    static let eventParameters: [JSONValue] = [
        query("actor", .string, "Source or target starts with this actor code (USA matches USAGOV)."),
        query("dyad", .string, "Two actor codes A,B: events between them, either direction."),
        query("source", .string, "Source starts with this actor code."),
        query("target", .string, "Target starts with this actor code."),
        query("code", .string, "CAMEO code prefixes, comma-separated (04 = every consultation)."),
        query("root", .string, "CAMEO roots, comma-separated (01 to 20)."),
        query("quad_class", .string, "QuadClasses, comma-separated (1 to 4)."),
        query(
            "factuality", .string,
            "Factualities, comma-separated (asserted, negated, hypothetical, requested, future) or any; default asserted (any with ids)."),
        query("from", .date, "Events on or after this day."),
        query("to", .date, "Events on or before this day."),
        query("issue", .string, "Events tagged with this issue (ukraine, arms-control, ...)."),
        query("text", .string, "A sentence reporting the event contains this text (ASCII case ignored)."),
        query("ids", .string, "Only these event ids, comma-separated (at most 1000)."),
        query("count", .choice(["events", "mentions"]), "A row per event (default) or per mention."),
        query("limit", .integer(1, 1000), "Rows per page (default 50)."),
        query("offset", .integer(0, 100_000), "Rows to skip."),
        query("page", .integer(1, 100_001), "Page number from 1 (instead of offset)."),
    ]

    /// The options of `dyad relation`.
    static let relationParameters: [JSONValue] = [
        query("a", .string, "Actor A, a code prefix (USA).", required: true),
        query("b", .string, "Actor B, a code prefix (RUS).", required: true),
        query("period", .choice(["day", "week", "month", "quarter"]), "Period length (default month)."),
        query("from", .date, "First day."),
        query("to", .date, "Last day."),
        query("count", .choice(["events", "mentions"]), "Count events (default) or mentions."),
        query("all_factualities", .boolean, "Use events of every factuality, not only asserted ones."),
        query("window", .integer(0, 3650), "Days within which a move must be answered to count as tit-for-tat (default 30)."),
        query("min_phase", .integer(1, 1000), "Shortest phase, in periods (default 3)."),
        query("penalty", .number(0, 1000), "Changepoint penalty multiplier (default 1)."),
        query("third_parties", .integer(0, 50), "How many third parties (default 5)."),
        query("evidence_limit", .integer(0, 100_000), "Most event ids kept per figure (default all)."),
    ]

    /// The schemas of request and response bodies.
    static let schemas: JSONValue = [
        "Error": object(["error": ["type": "string"]]),
        "Event": [
            "type": "object",
            "description":
                "An event record (DESIGN.md section 5) with the store's event id, its number of mentions and the id of the document shown.",
            "properties": [
                "id": ["type": "string"], "doc": ["type": "string"], "sentence": ["type": "string"],
                "sentence_index": ["type": "integer"], "offsets": ["type": "array", "items": ["type": "integer"]],
                "date": ["type": "string", "format": "date", "nullable": true], "date_precision": ["type": "string"],
                "doc_date": ["type": "string", "format": "date", "nullable": true],
                "source": ["type": "string"], "target": ["type": "string"], "source_text": ["type": "string"],
                "target_text": ["type": "string"], "source_level": ["type": "string", "nullable": true],
                "target_level": ["type": "string", "nullable": true], "code": ["type": "string"], "root": ["type": "string"],
                "quad_class": ["type": "integer"], "goldstein": ["type": "number"], "plover_type": ["type": "string"],
                "plover_mode": ["type": "string"], "factuality": ["type": "string"],
                "contexts": ["type": "array", "items": ["type": "string"]],
                "mentions": ["type": "integer"], "document_id": ["type": "integer"],
            ],
        ],
        "EventPage": object([
            "events": ["type": "array", "items": ref("Event")], "offset": ["type": "integer"], "limit": ["type": "integer"],
            "next": ["type": "string", "nullable": true, "description": "The next page's URL; absent on the last page."],
        ]),
        "Dyad": object([
            "a": ["type": "string"], "b": ["type": "string"], "events": ["type": "integer"], "a_to_b": ["type": "integer"],
            "b_to_a": ["type": "integer"], "relation": ["type": "string"],
        ]),
        "Actor": object([
            "kind": ["type": "string", "enum": ["country", "organisation", "person"]], "code": ["type": "string"],
            "name": ["type": "string"], "country": ["type": "string"],
            "roles": [
                "type": "array",
                "items": object([
                    "code": ["type": "string"], "title": ["type": "string"], "level": ["type": "string"],
                    "from": ["type": "string", "format": "date"], "to": ["type": "string", "format": "date"],
                ]),
            ],
        ]),
        "NewDocument": [
            "type": "object",
            "required": ["text"],
            "additionalProperties": false,
            "properties": [
                "id": ["type": "string", "description": "Your name for it; default api- and the start of its content hash."],
                "title": ["type": "string"], "date": ["type": "string", "format": "date"],
                "url": ["type": "string", "description": "An http or https address."], "text": ["type": "string"],
            ],
        ],
        "IngestResult": object([
            "id": ["type": "integer"], "name": ["type": "string"], "duplicate": ["type": "boolean"],
            "events": ["type": "integer"], "mentions": ["type": "integer"], "document": ["type": "string"],
            "page": ["type": "string"],
        ]),
        "Document": object([
            "id": ["type": "integer"], "name": ["type": "string"], "title": ["type": "string"], "url": ["type": "string"],
            "date": ["type": "string", "format": "date"], "text": ["type": "string"], "content_hash": ["type": "string"],
            "source_path": ["type": "string"], "ingested_at": ["type": "string"],
            "sentences": [
                "type": "array",
                "items": object([
                    "index": ["type": "integer"], "text": ["type": "string"],
                    "offsets": ["type": "array", "items": ["type": "integer"]],
                    "events": ["type": "array", "items": ref("Event")],
                ]),
            ],
        ]),
    ]
}

/// Builders for the parts of ``OpenAPIDocument``.
extension OpenAPIDocument {
    /// The type of a query parameter.
    enum ParameterType {
        case string, date, boolean
        case integer(Int, Int)
        case number(Double, Double)
        case choice([String])

        var schema: JSONValue {
            switch self {
            case .string: ["type": "string"]
            case .date: ["type": "string", "format": "date"]
            case .boolean: ["type": "boolean"]
            case .integer(let low, let high): ["type": "integer", "minimum": .number(Double(low)), "maximum": .number(Double(high))]
            case .number(let low, let high): ["type": "number", "minimum": .number(low), "maximum": .number(high)]
            case .choice(let values): ["type": "string", "enum": .array(values.map(JSONValue.string))]
            }
        }
    }

    static func query(_ name: String, _ type: ParameterType, _ description: String, required: Bool = false) -> JSONValue {
        ["name": .string(name), "in": "query", "required": .bool(required), "schema": type.schema, "description": .string(description)]
    }

    static func ref(_ schema: String) -> JSONValue { ["$ref": .string("#/components/schemas/\(schema)")] }

    static func object(_ properties: KeyValuePairs<String, JSONValue>) -> JSONValue {
        ["type": "object", "properties": .object(properties.map { ($0.key, $0.value) })]
    }

    static func jsonResponse(_ description: String, _ schema: JSONValue) -> JSONValue {
        ["description": .string(description), "content": ["application/json": ["schema": schema]]]
    }

    static func errorResponse(_ description: String) -> JSONValue { jsonResponse(description, ref("Error")) }

    /// A GET operation answering `response` on 200 and errors on 400.
    static func operation(_ summary: String, parameters: [JSONValue], response: JSONValue) -> JSONValue {
        [
            "summary": .string(summary),
            "parameters": .array(parameters),
            "responses": ["200": jsonResponse("OK", response), "400": errorResponse("A parameter is unknown or its value is not valid.")],
        ]
    }
}
