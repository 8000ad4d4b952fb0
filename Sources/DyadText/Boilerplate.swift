/// Lines of web pages that are not the article: links to other stories, credits, adverts.
/// "Read more: US imposes sanctions on Chinese firms" names another story's event, not this one's.
public enum Boilerplate {
    /// Lower-case starts of boilerplate sentences, each with what may follow it.
    static let openers: [String] = [
        "read more", "read also", "also read", "related:", "related stories", "related coverage", "see also", "more:",
        "watch:", "video:", "listen:", "click here", "sign up", "subscribe", "advertisement", "reporting by",
        "additional reporting by", "editing by", "writing by", "compiled by", "follow us", "share this", "copyright",
        "all rights reserved", "photo:", "image:", "(photo", "(reporting by",
    ]

    /// The first bytes of the openers, all ASCII.
    static let openerFirstBytes: [UInt8] = Array(Set(openers.compactMap(\.utf8.first))).sorted()

    /// Whether a sentence is page furniture rather than article text.
    public static func isBoilerplate(_ sentence: String) -> Bool {
        // Most sentences start with an ASCII character no opener starts with, in either case:
        // they are told apart without lower-casing.
        if let first = sentence.utf8.first, first < 0x80, !openerFirstBytes.contains(first | 0x20) { return false }
        let start = sentence.prefix(40).lowercased()
        return openers.contains { start.hasPrefix($0) }
    }
}
