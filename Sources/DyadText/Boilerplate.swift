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

    /// Whether a sentence is page furniture rather than article text.
    public static func isBoilerplate(_ sentence: String) -> Bool {
        let start = sentence.prefix(40).lowercased()
        return openers.contains { start.hasPrefix($0) }
    }
}
