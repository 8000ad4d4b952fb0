/// English verb and noun inflection for pattern words, so that the lexicon lists base forms.
///
/// Over-generation is harmless (a form nobody writes never matches), so doubtful spellings
/// are generated both ways: "cancelled" and "canceled", "targeted" and "targetted".
public enum Inflector {
    /// All forms of a verb: base, third person, past, past participle, -ing.
    public static func verbForms(_ verb: String) -> (all: Set<String>, participles: Set<String>) {
        if let irregular = irregular[verb] {
            let forms = irregular.split(separator: " ").map(String.init)
            let past = Set(forms[0].split(separator: "/").map(String.init))
            let participle = Set(forms[1].split(separator: "/").map(String.init))
            var all: Set<String> = [verb, thirdPerson(verb), progressive(verb).first!]
            all.formUnion(progressive(verb))
            all.formUnion(past)
            all.formUnion(participle)
            return (all, participle)
        }
        let past = pastForms(verb)
        var all: Set<String> = [verb, thirdPerson(verb)]
        all.formUnion(past)
        all.formUnion(progressive(verb))
        return (all, past)
    }

    /// Singular and plural of a noun.
    static func nounForms(_ noun: String) -> Set<String> {
        if noun.hasSuffix("s") { return [noun] }
        return [noun, thirdPerson(noun)]
    }

    static let vowels: Set<Character> = ["a", "e", "i", "o", "u"]

    static func endsConsonantVowelConsonant(_ w: String) -> Bool {
        let c = Array(w)
        guard c.count >= 3 else { return false }
        let last = c[c.count - 1], mid = c[c.count - 2], before = c[c.count - 3]
        return !vowels.contains(last) && !"wxy".contains(last) && vowels.contains(mid) && !vowels.contains(before)
    }

    static func thirdPerson(_ w: String) -> String {
        if w.hasSuffix("s") || w.hasSuffix("x") || w.hasSuffix("z") || w.hasSuffix("ch") || w.hasSuffix("sh") || w.hasSuffix("o") {
            return w + "es"
        }
        if w.hasSuffix("y"), let p = w.dropLast().last, !vowels.contains(p) { return w.dropLast() + "ies" }
        return w + "s"
    }

    static func pastForms(_ w: String) -> Set<String> {
        if w.hasSuffix("e") { return [w + "d"] }
        if w.hasSuffix("y"), let p = w.dropLast().last, !vowels.contains(p) { return [w.dropLast() + "ied"] }
        if endsConsonantVowelConsonant(w) { return [w + "ed", w + String(w.last!) + "ed"] }
        return [w + "ed"]
    }

    static func progressive(_ w: String) -> Set<String> {
        if w.hasSuffix("ie") { return [w.dropLast(2) + "ying"] }
        if w.hasSuffix("e") && !w.hasSuffix("ee") && !w.hasSuffix("ye") && !w.hasSuffix("oe") {
            return [w.dropLast() + "ing"]
        }
        if endsConsonantVowelConsonant(w) { return [w + "ing", w + String(w.last!) + "ing"] }
        return [w + "ing"]
    }

    /// Every form of each of `verbs`: `forms(of: ["draw"])` is draw, draws, drew, drawn, drawing.
    public static func forms(of verbs: [String]) -> Set<String> {
        Set(verbs.flatMap { verbForms($0).all })
    }

    /// The simple past of every irregular verb dyad knows ("met", "struck", "withdrew").
    public static let irregularPasts: Set<String> = Set(
        irregular.values.flatMap { forms in forms.split(separator: " ")[0].split(separator: "/").map(String.init) })

    /// Irregular verbs: "past participle", alternatives separated by `/`.
    static let irregular: [String: String] = [
        "arise": "arose arisen", "be": "was/were been", "bear": "bore borne", "beat": "beat beaten",
        "become": "became become", "begin": "began begun", "bid": "bid bid", "bind": "bound bound",
        "bite": "bit bitten", "blow": "blew blown", "break": "broke broken", "bring": "brought brought",
        "build": "built built", "burn": "burned/burnt burned/burnt", "buy": "bought bought",
        "cast": "cast cast", "catch": "caught caught", "choose": "chose chosen", "come": "came come",
        "cost": "cost cost", "cut": "cut cut", "deal": "dealt dealt", "do": "did done", "draw": "drew drawn",
        "drive": "drove driven", "eat": "ate eaten", "fall": "fell fallen", "feed": "fed fed",
        "feel": "felt felt", "fight": "fought fought", "find": "found found", "flee": "fled fled",
        "fly": "flew flown", "forbid": "forbade forbidden", "forgive": "forgave forgiven",
        "freeze": "froze frozen", "get": "got got/gotten", "give": "gave given", "go": "went gone",
        "grind": "ground ground", "hang": "hung/hanged hung/hanged", "have": "had had", "hear": "heard heard",
        "hide": "hid hidden", "hit": "hit hit", "hold": "held held", "hurt": "hurt hurt", "keep": "kept kept",
        "know": "knew known", "lay": "laid laid", "lead": "led led", "leave": "left left", "lend": "lent lent",
        "let": "let let", "lie": "lay lain", "lose": "lost lost", "make": "made made", "mean": "meant meant",
        "meet": "met met", "mislead": "misled misled", "overcome": "overcame overcome",
        "overrun": "overran overrun", "oversee": "oversaw overseen", "overthrow": "overthrew overthrown",
        "pay": "paid paid", "put": "put put", "quit": "quit quit", "read": "read read", "rebuild": "rebuilt rebuilt",
        "rid": "rid rid", "ride": "rode ridden", "ring": "rang rung", "rise": "rose risen", "run": "ran run",
        "say": "said said", "see": "saw seen", "seek": "sought sought", "sell": "sold sold", "send": "sent sent",
        "set": "set set", "shake": "shook shaken", "shed": "shed shed", "shoot": "shot shot",
        "show": "showed shown/showed", "shut": "shut shut", "sing": "sang sung", "sink": "sank sunk",
        "sit": "sat sat", "slay": "slew slain", "speak": "spoke spoken", "spend": "spent spent",
        "split": "split split", "spread": "spread spread", "stand": "stood stood", "steal": "stole stolen",
        "stick": "stuck stuck", "strike": "struck struck/stricken", "swear": "swore sworn",
        "sweep": "swept swept", "take": "took taken", "teach": "taught taught", "tear": "tore torn",
        "tell": "told told", "think": "thought thought", "throw": "threw thrown", "undergo": "underwent undergone",
        "understand": "understood understood", "undertake": "undertook undertaken", "uphold": "upheld upheld",
        "wage": "waged waged", "wake": "woke woken", "wear": "wore worn", "win": "won won",
        "withdraw": "withdrew withdrawn", "withhold": "withheld withheld", "withstand": "withstood withstood",
        "write": "wrote written", "forsake": "forsook forsaken", "foresee": "foresaw foreseen",
        "mistake": "mistook mistaken", "shrink": "shrank shrunk", "spit": "spat spat", "spin": "spun spun",
        "stride": "strode stridden", "strive": "strove striven", "swing": "swung swung", "wind": "wound wound",
        "override": "overrode overridden", "outlaw": "outlawed outlawed", "broadcast": "broadcast broadcast",
        "forecast": "forecast forecast", "upset": "upset upset", "offset": "offset offset", "bet": "bet bet",
        "slit": "slit slit", "thrust": "thrust thrust", "beset": "beset beset", "besiege": "besieged besieged",
    ]
}
