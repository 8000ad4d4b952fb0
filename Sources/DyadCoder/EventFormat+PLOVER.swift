import Foundation

/// The PLOVER export: one JSON object per line in the layout of the PLOVER manual's event
/// record (snake_case), with dyad's own fields under `dyad`. Field by field in docs/formats.md.
extension EventWriter {
    /// A PLOVER entity.
    struct PLOVEREntity: Encodable {
        var code: String
        var sector: String?
        var entityText: String?

        enum CodingKeys: String, CodingKey {
            case code, sector
            case entityText = "entity_text"
        }

        /// `USAGOV` → code `USA`, sector `GOV`; an organisation keeps its code.
        init?(code: String, text: String) {
            if code.isEmpty { return nil }
            let parts = ActorParts(code)
            if parts.organisation.isEmpty {
                self.code = parts.country
                sector = parts.role.isEmpty ? nil : parts.role
            } else {
                self.code = parts.organisation
            }
            entityText = text.isEmpty ? nil : text
        }
    }

    /// What dyad knows that PLOVER has no field for.
    struct DyadFields: Encodable {
        var code: String
        var goldstein: Double
        var factuality: String
        var doc: String
        var sentenceIndex: Int

        enum CodingKeys: String, CodingKey {
            case code, goldstein, factuality, doc
            case sentenceIndex = "sentence_index"
        }
    }

    /// A PLOVER event record.
    struct PLOVERRecord: Encodable {
        var id: String
        var date: String?
        var actor: [PLOVEREntity]
        var recipient: [PLOVEREntity]
        var event: [String]
        var mode: [String]?
        var context: [String]?
        var quadCode: Int
        var eventText: String?
        var text: String
        var dyad: DyadFields

        enum CodingKeys: String, CodingKey {
            case id, date, actor, recipient, event, mode, context, text, dyad
            case quadCode = "quad_code"
            case eventText = "event_text"
        }
    }

    /// The PLOVER record of `e`.
    static func ploverRecord(_ e: CodedEvent) -> PLOVERRecord {
        PLOVERRecord(
            id: e.id, date: (e.date ?? e.docDate)?.description,
            actor: PLOVEREntity(code: e.source, text: e.sourceText).map { [$0] } ?? [],
            recipient: PLOVEREntity(code: e.target, text: e.targetText).map { [$0] } ?? [],
            event: e.ploverType.isEmpty ? [] : [e.ploverType], mode: e.ploverMode.isEmpty ? nil : [e.ploverMode],
            context: e.contexts.isEmpty ? nil : e.contexts, quadCode: e.quadClass, eventText: nil, text: e.sentence,
            dyad: DyadFields(
                code: e.code, goldstein: e.goldstein, factuality: e.factuality.rawValue, doc: e.doc, sentenceIndex: e.sentenceIndex))
    }
}
