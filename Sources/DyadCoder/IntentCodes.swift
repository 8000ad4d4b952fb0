/// The CAMEO code for announcing an act: an actor that says it will cooperate expresses
/// intent (03), one that says it will punish threatens (13). "Germany said it would send
/// anti-tank weapons to Ukraine" is an asserted 0332 besides the future 072.
enum IntentCodes {
    /// Act code prefixes and the code of announcing them; the longest prefix wins.
    static let byAct: [String: String] = [
        "04": "036", "045": "039", "05": "032", "057": "030", "06": "031", "061": "0311", "062": "0312", "063": "0313",
        "064": "0314", "07": "033", "071": "0331", "072": "0332", "073": "0333", "074": "0334", "08": "035", "081": "0351",
        "082": "0352", "084": "0353", "085": "0354", "086": "0355", "087": "0356", "15": "138", "16": "1313", "162": "1311",
        "163": "1312", "164": "134", "165": "135", "166": "136", "17": "137", "18": "1383", "19": "1384", "20": "1385",
    ]

    /// The code of announcing the act `code`, or nil when announcing it is no event of its own.
    static func intent(of code: String) -> String? {
        for length in stride(from: min(code.count, 3), through: 2, by: -1) {
            if let intent = byAct[String(code.prefix(length))] { return intent }
        }
        return nil
    }
}
