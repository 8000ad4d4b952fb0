import DyadLexicon
import DyadText

/// Looks up each token once per sentence: its id in the lexicon's vocabulary and its
/// ``WordClasses``, from one table of the lexicon's words and the coder's class words.
struct WordTable: Sendable {
    /// The lexicon's vocabulary with the class words added after its own ids.
    private let vocabulary: WordIndex
    /// Ids below this are the lexicon's; the rest are class words the lexicon lacks.
    private let lexiconWordCount: Int32
    /// The classes of each word, by id.
    private let classes: [WordClasses]

    /// The table for `lexicon`.
    init(lexicon: Lexicon) {
        var vocabulary = lexicon.vocabulary
        var classes = [WordClasses](repeating: [], count: vocabulary.count)
        for (wordClass, words) in WordClasses.members {
            for word in words {
                let id = Int(vocabulary.intern(word))
                if id >= classes.count { classes.append(contentsOf: repeatElement([], count: id + 1 - classes.count)) }
                classes[id].insert(wordClass)
            }
        }
        self.vocabulary = WordIndex(vocabulary.words)
        self.lexiconWordCount = Int32(lexicon.vocabulary.count)
        self.classes = classes
    }

    /// The lexicon ids (``Vocabulary/unknown`` for words it lacks) and the classes of `tokens`.
    func look(up tokens: [Token]) -> (ids: [Int32], classes: [WordClasses]) {
        var ids = [Int32](repeating: Vocabulary.unknown, count: tokens.count)
        var found = [WordClasses](repeating: [], count: tokens.count)
        for (i, token) in tokens.enumerated() {
            guard let id = vocabulary.id(token.text) else { continue }
            if id < lexiconWordCount { ids[i] = id }
            found[i] = classes[Int(id)]
        }
        return (ids, found)
    }
}
