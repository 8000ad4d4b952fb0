/// Words that are written with a full stop that does not end the sentence.
enum Abbreviations {
    /// Titles and other words that always precede a name or number ("Gen. Milley", "No. 10").
    static let titles: Set<String> = [
        "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "cmdr", "adm", "sgt", "sen",
        "rep", "gov", "pres", "prof", "st", "amb", "rev", "no", "vs", "messrs", "brig", "cpl",
        "lieut", "fr", "hon", "sec", "gens", "sens", "reps", "mt", "ft",
    ]
    /// Abbreviations that may also end a sentence ("... in Washington Sept. The ...").
    static let others: Set<String> = [
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "jr", "sr", "co", "corp", "inc", "ltd", "etc", "dept", "approx", "est", "min", "govt",
        "intl", "assn", "bros",
    ]
    /// Words that usually start a sentence: after an abbreviation such as "U.S." they end it.
    static let sentenceStarters: Set<String> = [
        "the", "he", "she", "it", "they", "we", "i", "but", "in", "on", "a", "an", "this", "that",
        "his", "her", "their", "its", "after", "before", "when", "while", "however", "meanwhile",
        "there", "these", "those", "both", "earlier", "later", "last", "on", "at", "officials",
        "moscow", "washington", "beijing", "kyiv", "russia", "china", "yet", "and", "so", "as",
    ]
}
