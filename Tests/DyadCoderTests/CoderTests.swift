import DyadCoder
import DyadText
import Testing

@Suite("Coding events")
struct CoderTests {
    @Test("active voice: subject is the source, object the target")
    func active() {
        #expect(TestLexicon.code("Britain expelled 23 Russian diplomats.") == ["GBR 161 RUSGOV asserted"])
    }

    @Test("passive voice: the by-phrase is the source")
    func passive() {
        #expect(TestLexicon.code("Twenty-three Russian diplomats were expelled by Britain.") == ["GBR 161 RUSGOV asserted"])
    }

    @Test("noun forms take the possessor or the by-phrase as source")
    func nouns() {
        #expect(TestLexicon.code("Tillerson's trip to Moscow was brief.") == ["USAGOV 042 RUS asserted"])
        #expect(TestLexicon.code("Analysts noted the expulsion of 23 Russian diplomats by Britain.") == ["GBR 161 RUSGOV asserted"])
    }

    @Test("a list of actors gives one event per pair")
    func compounds() {
        #expect(
            TestLexicon.code("Britain and the United States expelled Russian diplomats.") == [
                "GBR 161 RUSGOV asserted", "USA 161 RUSGOV asserted",
            ])
        #expect(Set(TestLexicon.code("Russia and China signed a trade agreement.")) == ["RUS 057 CHN asserted", "CHN 057 RUS asserted"])
    }

    @Test("pronouns and definite descriptions refer back")
    func references() {
        let events = TestLexicon.code("Secretary of State Rex Tillerson flew to Moscow. The next day he sat down with Sergei Lavrov.")
        #expect(events == ["USAGOV 042 RUS asserted", "USAGOV 040 RUSGOV asserted", "RUSGOV 040 USAGOV asserted"])
        #expect(TestLexicon.code("NATO met Russia. Moscow accused the alliance of provocation.").last == "RUS 112 NATO asserted")
    }

    @Test("a person's code depends on the date: Kerry was a senator in 2010 and Secretary of State in 2015")
    func datedRoles() {
        #expect(TestLexicon.code("John Kerry visited Moscow.", date: "2010-05-01") == ["USALEG 042 RUS asserted"])
        #expect(TestLexicon.code("John Kerry visited Moscow.", date: "2015-05-12") == ["USAGOV 042 RUS asserted"])
        #expect(TestLexicon.code("John Kerry visited Moscow.", date: "2019-05-12") == ["USA 042 RUS asserted"])
    }

    @Test(
        "factuality of events that did not simply happen",
        arguments: [
            ("Russia did not expel any British diplomats.", "RUS 161 GBRGOV negated"),
            ("Britain failed to hold talks with Russia.", "GBR 040 RUS negated"),
            ("Britain said a visit to Russia was possible.", "GBR 042 RUS hypothetical"),
            ("Britain accused Russia of sending weapons to Ukraine.", "RUS 072 UKR hypothetical"),
            ("Britain said a visit to Russia is planned.", "GBR 042 RUS future"),
            ("Should the talks collapse, Moscow could expel British diplomats.", "RUS 161 GBRGOV hypothetical"),
            ("If London expels Russian diplomats, Moscow will answer.", "GBR 161 RUSGOV hypothetical"),
            ("Will Russia expel British diplomats?", "RUS 161 GBRGOV hypothetical"),
            ("Lavrov will visit Beijing next month.", "RUSGOV 042 CHN future"),
            ("Russia is expected to sign an agreement with China.", "RUS 057 CHN future"),
        ])
    func factuality(text: String, expected: String) {
        let events = TestLexicon.code(text)
        #expect(events.contains(expected))
        // The act itself is not asserted (its announcement may be: see `announcements`).
        #expect(!events.contains { $0.hasPrefix(expected.split(separator: " ").prefix(3).joined(separator: " ") + " asserted") })
    }

    @Test("refusing to talk is itself an event")
    func refusal() {
        #expect(TestLexicon.code("Britain refused to hold talks with Russia.") == ["GBR 125 RUS asserted"])
    }

    @Test("a request is asserted; the requested act is not")
    func requests() {
        let events = TestLexicon.code("The United States urged Russia to withdraw its troops from Ukraine.")
        #expect(events.contains("USA 0256 RUS asserted"))
        #expect(events.contains("RUS 0874 UKR requested"))
    }

    @Test("a threat is asserted; the threatened act is hypothetical")
    func threats() {
        let events = TestLexicon.code("Russia threatened to expel British diplomats.")
        #expect(events.contains("RUS 161 GBRGOV hypothetical"))
        #expect(!events.contains("RUS 161 GBRGOV asserted"))
    }

    @Test("a sentence repeated in one document is coded once")
    func repeats() {
        let text = "Britain expelled 23 Russian diplomats.\n\nBritain expelled 23 Russian diplomats."
        #expect(TestLexicon.code(text).count == 1)
    }

    @Test("events carry the record fields: date, offsets, ontology, issues")
    func record() throws {
        let result = TestLexicon.coder.code(
            Document(id: "d", date: Day(iso: "2018-03-20"), text: "On March 14, Britain expelled 23 Russian diplomats."))
        let event = try #require(result.events.first)
        #expect(event.date?.description == "2018-03-14")
        #expect(event.datePrecision == "day")
        #expect(event.root == "16")
        #expect(event.quadClass == 4)
        #expect(event.goldstein == -4.0)
        #expect(event.contexts == ["diplomatic-staffing"])
        #expect(event.sourceText == "Britain")
        #expect(event.targetText == "Russian diplomats")
        #expect(event.targetLevel == .diplomat)
        #expect(event.offsets == [0, 51])
    }

    @Test("a pronoun prefers the subject of its own sentence")
    func pronounInSentence() {
        let events = TestLexicon.code("Sergei Lavrov met NATO. Rex Tillerson flew to Beijing, where he met Chinese diplomats.")
        #expect(events.contains("USAGOV 040 CHNGOV asserted"))
        #expect(!events.contains("RUSGOV 040 CHNGOV asserted"))
    }

    @Test("a place is not a party to talks or accusations")
    func places() {
        #expect(TestLexicon.code("Russia accused NATO of provocation in Ukraine.") == ["RUS 112 NATO asserted"])
        #expect(Set(TestLexicon.code("Russia met NATO in Ukraine.")) == ["RUS 040 NATO asserted", "NATO 040 RUS asserted"])
    }

    @Test("verbs after numbers, prepositions and determiners are nouns")
    func nounReadings() {
        #expect(TestLexicon.code("The first visit by Lavrov surprised China.").isEmpty)
        #expect(TestLexicon.code("Britain responded by expelling 23 Russian diplomats.") == ["GBR 161 RUSGOV asserted"])
    }

    @Test("a warning with no party named answers the other side of the latest events")
    func implicitTarget() {
        #expect(
            TestLexicon.code("Britain expelled 23 Russian diplomats. Russia warned that it would respond.").last == "RUS 130 GBR asserted")
        #expect(
            TestLexicon.code("Britain expelled 23 Russian diplomats. Russia warned that China would suffer.").last == "RUS 130 CHN asserted"
        )
        #expect(TestLexicon.code("Russia warned that it would respond.").isEmpty)
    }

    @Test("the leader of a coalition stands for it: the Saudi-led coalition is Saudi armed forces")
    func ledCoalition() {
        #expect(TestLexicon.code("A Saudi-led coalition bombed Yemen.") == ["SAUMIL 195 YEM asserted"])
        #expect(TestLexicon.code("A Saudi-made drone bombed Yemen.").isEmpty)
    }

    @Test("an apposition may stand between a target and the rest of its pattern")
    func appositionInPattern() {
        let text = "John Kerry called the Russian foreign minister, Sergei Lavrov, to discuss Syria."
        #expect(TestLexicon.code(text, date: "2015-06-01").first == "USAGOV 041 RUSGOV asserted")
    }

    @Test("an attempt is not the act")
    func attempts() {
        let text = "John Kerry tried to call Sergei Lavrov to discuss Syria."
        #expect(TestLexicon.code(text, date: "2015-06-01").allSatisfy { $0.hasSuffix(" hypothetical") })
        #expect(TestLexicon.code(text, date: "2015-06-01").first == "USAGOV 041 RUSGOV hypothetical")
    }

    @Test("\"the agreement\" points back at both parties of the latest joint act")
    func jointReference() {
        let events = TestLexicon.code("Russia and China signed a trade agreement. Britain welcomed the agreement.")
        #expect(Set(events.suffix(2)) == ["GBR 051 RUS asserted", "GBR 051 CHN asserted"])
    }

    @Test("a mediator between the two sides acts on each of them")
    func mediationBetween() {
        let events = TestLexicon.code("Britain expelled Russian diplomats. Ukraine mediated between the two countries.")
        #expect(Set(events.suffix(2)) == ["UKR 045 GBR asserted", "UKR 045 RUSGOV asserted"])
    }

    @Test("\"it\" as a subject stands for the country or organisation that opened the sentence before")
    func itPronoun() {
        #expect(
            TestLexicon.code("Russia expelled British diplomats. It also imposed sanctions on Ukraine.").last == "RUS 163 UKR asserted")
        #expect(TestLexicon.code("Russia expelled British diplomats. It is unclear why Britain imposed sanctions on Ukraine.").count == 2)
        #expect(TestLexicon.code("Russia expelled British diplomats. It would be a mistake to impose sanctions on Ukraine.").count == 1)
    }

    @Test("a denial in the same sentence answers the accuser, and is kept beside the accusation")
    func denialOfAccusation() {
        #expect(
            TestLexicon.code("Russia accused NATO of provocation, a charge the alliance denied.") == [
                "RUS 112 NATO asserted", "NATO 016 RUS asserted",
            ])
    }

    @Test("quotation marks inside a pattern do not break it")
    func quotedWords() {
        let events = TestLexicon.code("Britain expelled 23 Russian diplomats. Moscow called the decision “unjustified”.")
        #expect(events.last == "RUS 111 GBR asserted")
    }

    @Test("victims with no country named are the civilians of the one country named after the act")
    func civilianVictims() {
        #expect(TestLexicon.code("Russian troops bombed civilians in Ukraine.") == ["RUSMIL 195 UKRCVL asserted"])
        #expect(TestLexicon.code("Russian troops bombed civilians.").isEmpty)
    }

    @Test("two actors joined by a hyphen before a joint act are its parties")
    func hyphenatedParties() {
        #expect(Set(TestLexicon.code("The Russian-Chinese summit ended.")) == ["RUS 040 CHN asserted", "CHN 040 RUS asserted"])
        #expect(Set(TestLexicon.code("A Russia-Ukraine deal could follow.")) == ["RUS 057 UKR hypothetical", "UKR 057 RUS hypothetical"])
        #expect(TestLexicon.code("The Russian-Chinese border is long.").isEmpty)
    }

    @Test("a city is where an act happened: the target of force and visits, never an actor")
    func citiesAndRegions() {
        #expect(TestLexicon.code("Russian troops bombed Kharkiv.") == ["RUSMIL 195 UKR asserted"])
        #expect(TestLexicon.code("Kharkiv was bombed by Russian troops.") == ["RUSMIL 195 UKR asserted"])
        #expect(TestLexicon.code("Rex Tillerson flew to Kharkiv.") == ["USAGOV 042 UKR asserted"])
        #expect(TestLexicon.code("Kharkiv expelled Russian diplomats.").isEmpty)
        #expect(
            Set(TestLexicon.code("Lavrov met Kerry in Kharkiv.", date: "2015-06-01")) == [
                "RUSGOV 040 USAGOV asserted", "USAGOV 040 RUSGOV asserted",
            ])
    }

    @Test("coordinated country words share the head noun: American and Russian diplomats")
    func sharedHead() {
        #expect(
            Set(TestLexicon.code("American and Russian diplomats met.")) == ["USAGOV 040 RUSGOV asserted", "RUSGOV 040 USAGOV asserted"])
        #expect(Set(TestLexicon.code("Russia and Ukraine met.")) == ["RUS 040 UKR asserted", "UKR 040 RUS asserted"])
    }

    @Test("\"the expulsions\" point back at whoever expelled, not at the latest event")
    func eventNounReference() {
        let events = TestLexicon.code("Russia expelled British diplomats. China met Ukraine. Britain called the expulsions unjustified.")
        #expect(events.last == "GBR 111 RUS asserted")
    }

    @Test("\"followed suit\" repeats the latest act for the new subject, with its own factuality")
    func followSuit() {
        #expect(
            TestLexicon.code("Britain expelled 23 Russian diplomats. Ukraine and China followed suit.").suffix(2) == [
                "UKR 161 RUSGOV asserted", "CHN 161 RUSGOV asserted",
            ])
        #expect(TestLexicon.code("Britain expelled 23 Russian diplomats. Ukraine may do the same.").last == "UKR 161 RUSGOV hypothetical")
        #expect(TestLexicon.code("Britain expelled 23 Russian diplomats, and Ukraine followed the debate.").count == 1)
    }

    @Test("a rank word may stand between a possessive country and its agent: Russia's top diplomat")
    func rankWords() {
        #expect(TestLexicon.code("Russia's top diplomat met Ukraine.").first == "RUSGOV 040 UKR asserted")
    }

    @Test("an actor announcing its own act expresses intent (03) or threatens (13), dated when said")
    func announcements() {
        #expect(
            TestLexicon.code("Britain said it would send weapons to Ukraine.") == ["GBR 072 UKR hypothetical", "GBR 0332 UKR asserted"])
        #expect(TestLexicon.code("Britain said it would impose sanctions on Russia.").contains("GBR 1312 RUS asserted"))
        #expect(!TestLexicon.code("If Britain imposes sanctions on Russia, Moscow will answer.").contains { $0.hasSuffix("asserted") })
        #expect(!TestLexicon.code("Britain could impose sanctions on Russia.").contains { $0.hasSuffix("asserted") })
        let visit = TestLexicon.coder.code(Document(id: "t", date: Day(iso: "2017-04-13"), text: "Lavrov will visit Beijing next month."))
        #expect(visit.events.map(\.code) == ["042", "036"])
        #expect(visit.events.map { $0.date?.description } == ["2017-05-01", "2017-04-13"])
    }

    @Test("\"the three countries\" is the latest list of three")
    func numberedGroup() {
        let events = TestLexicon.code("Britain, China and Ukraine met. The three countries imposed sanctions on Russia.")
        #expect(Set(events.suffix(3)) == ["GBR 163 RUS asserted", "CHN 163 RUS asserted", "UKR 163 RUS asserted"])
    }

    @Test("links to other stories and credits are not coded")
    func boilerplate() {
        let text = "Britain expelled 23 Russian diplomats.\n\nRead more: Russia expels British diplomats\n\nReporting by Jane Doe in Moscow"
        #expect(TestLexicon.code(text) == ["GBR 161 RUSGOV asserted"])
    }

    @Test("a verb after \", and\" shares the subject of the last finite verb, not of an infinitive or a noun")
    func coordinationSkipsInfinitives() {
        let events = TestLexicon.code("Britain expelled Chinese diplomats after a visit to Ukraine, and accused Russia of provocation.")
        #expect(events.contains("GBR 112 RUS asserted"))
        #expect(!events.contains("CHNGOV 112 RUS asserted"))
    }

    @Test("a right or an ability to act is not the act")
    func capacity() {
        #expect(TestLexicon.code("Britain said Ukraine had the right to bomb Russia.") == ["UKR 195 RUS hypothetical"])
    }

    @Test("\"the attack\" points back at the latest act of force; \"they\" at the organisation that opened the sentence")
    func attackReference() {
        let events = TestLexicon.code(
            "Britain met Ukraine. Russian troops bombed Kharkiv. NATO condemned the attack and said they would meet China.")
        #expect(events.contains("NATO 111 RUSMIL asserted"))
        #expect(!events.contains { $0.hasPrefix("GBR") && $0.contains("CHN") })
    }

    @Test("announcing a threat is making it: \"said Russia would threaten Ukraine\" is an asserted threat")
    func announcedThreat() {
        #expect(TestLexicon.code("Lavrov said Russia would warn Ukraine.").contains("RUS 130 UKR asserted"))
        #expect(!TestLexicon.code("If Britain expels diplomats, Russia would warn Ukraine.").contains("RUS 130 UKR asserted"))
    }

    @Test("a target search stops at an infinitive: meeting to impose sanctions on Russia is not meeting Russia")
    func infinitiveBarrier() {
        let events = TestLexicon.code("Britain met China on Tuesday to impose sanctions on Russia.")
        #expect(events.contains("GBR 040 CHN asserted"))
        #expect(!TestLexicon.code("Britain met on Tuesday to impose sanctions on Russia.").contains { $0.hasPrefix("GBR 040") })
    }

    @Test("\"both sides\" is the article's main pair, not the latest aside")
    func mainPair() {
        let events = TestLexicon.code(
            "Britain expelled Russian diplomats. Russia expelled British diplomats. China met Ukraine. Ukraine urged both sides to withdraw."
        )
        #expect(events.contains { $0.hasPrefix("UKR 0256 RUS") })
        #expect(!events.contains { $0.hasPrefix("UKR 0256 CHN") })
    }

    @Test("\"each other\" makes the act mutual; an act stopped is not done")
    func reciprocalAndStopped() {
        #expect(
            Set(TestLexicon.code("Russia and Ukraine accused each other of provocation.")) == [
                "RUS 112 UKR asserted", "UKR 112 RUS asserted",
            ])
        #expect(TestLexicon.code("Russia agreed to stop bombing Ukraine.") == ["RUS 195 UKR negated"])
    }

    @Test("a speaker's verdict on a relationship is a pessimistic or optimistic comment")
    func relationComments() {
        #expect(
            TestLexicon.code("Sergei Lavrov said relations with Britain were at their lowest point.", date: "2015-06-01") == [
                "RUSGOV 012 GBR asserted"
            ])
        #expect(
            TestLexicon.code("Sergei Lavrov said relations with Britain were improving.", date: "2015-06-01") == ["RUSGOV 013 GBR asserted"]
        )
        #expect(TestLexicon.code("Sergei Lavrov said Britain was cold.", date: "2015-06-01").isEmpty)
    }

    @Test("an act restricted, banned or blocked is not done")
    func restrictedActs() {
        #expect(TestLexicon.code("Britain blocked the expulsion of Russian diplomats.") == ["GBR 161 RUSGOV negated"])
    }

    @Test("a judgement on \"a move\" in a relative clause aims at the sentence's subject")
    func judgedMove() {
        #expect(TestLexicon.code("Russia closed its embassy, a move Britain called unjustified.") == ["GBR 111 RUS asserted"])
    }

    @Test("acts traded or exchanged within a list go both ways")
    func tradedAccusations() {
        #expect(Set(TestLexicon.code("Britain and Russia traded accusations.")) == ["GBR 112 RUS asserted", "RUS 112 GBR asserted"])
    }

    @Test("a number that ends an actor's name does not make the next verb a noun")
    func numberInName() {
        #expect(TestLexicon.code("The Group of Seven condemned Russia.") == ["G7 111 RUS asserted"])
    }

    @Test("a list agreeing to act on a third party has not agreed with one another")
    func agreeingOnOthers() {
        #expect(
            TestLexicon.code("Britain and China signed an agreement to impose sanctions on Russia.").allSatisfy { !$0.contains(" 057 ") })
        #expect(Set(TestLexicon.code("Britain and China signed an agreement.")) == ["GBR 057 CHN asserted", "CHN 057 GBR asserted"])
    }

    @Test("a speaker's verdict on an earlier act condemns or praises whoever did it")
    func verdicts() {
        let events = TestLexicon.code("Britain expelled 23 Russian diplomats. Moscow said the expulsions were unjustified.")
        #expect(events.last == "RUS 111 GBR asserted")
    }

    @Test("a warning about no one aims at no one")
    func warningAboutNoOne() {
        #expect(TestLexicon.code("Britain expelled 23 Russian diplomats. Russia warned that the crisis would deepen.").count == 1)
    }

    @Test("within one state only dissent and repression are coded; police arresting people arrest their own")
    func domesticRelations() {
        #expect(TestLexicon.code("Russian police arrested 40 people.") == ["RUSCOP 173 RUSCVL asserted"])
        #expect(TestLexicon.code("The Russian president condemned Russian troops.").isEmpty)
    }

    @Test("a city is never the target of a pattern that takes no places: the search passes over it")
    func placeSkippedByTargetSearch() {
        #expect(TestLexicon.code("Ukraine accused Russia of attacks in Kharkiv.") == ["UKR 112 RUS asserted"])
    }

    @Test("when a pattern's slot names its own source, the party is the actor its words passed over")
    func selfReferenceInSlot() {
        #expect(TestLexicon.code("Russia denied British charges that it poisoned the spy.") == ["RUS 016 GBR asserted"])
    }

    @Test("\"them\" after a plural group named earlier in the sentence is that group")
    func themIsTheNearestGroup() {
        let events = TestLexicon.code("Britain and China met. Russia expelled British diplomats, calling them unjustified.")
        #expect(events.last == "RUS 111 GBRGOV asserted")
        let urged = TestLexicon.code(
            "Britain and China met. Kerry met with Russian Foreign Minister Sergei Lavrov and Yemen, urging them to withdraw.",
            date: "2015-06-01")
        #expect(urged.contains("USAGOV 0256 RUSGOV asserted") && urged.contains("USAGOV 0256 YEM asserted"))
    }

    @Test("rejecting a charge named just before is denying it, and a denial is kept beside other acts")
    func rejectedCharge() {
        let events = TestLexicon.code("Britain accused Russia of sending weapons to Yemen, a charge Moscow rejected.")
        #expect(events.contains("RUS 016 GBR asserted"))
    }

    @Test("a \"not\" after \"be\" negates the copula, not a verb coordinated after it")
    func copulaNegation() {
        let events = TestLexicon.code("Lavrov said Russia was \u{201C}not guilty\u{201D} and warned Britain.", date: "2018-03-15")
        #expect(events.contains { $0.contains(" 130 GBR asserted") })
        let denied = TestLexicon.code("Russia did not expel British diplomats and warn Britain.")
        #expect(!denied.isEmpty && denied.allSatisfy { !$0.hasSuffix("asserted") })
    }

    @Test("meetings, calls, talks and agreements go both ways; a visit does not")
    func symmetricActs() {
        #expect(Set(TestLexicon.code("Lavrov met Tillerson.")) == ["RUSGOV 040 USAGOV asserted", "USAGOV 040 RUSGOV asserted"])
        #expect(TestLexicon.code("Tillerson visited Russia.") == ["USAGOV 042 RUS asserted"])
    }

    @Test("an office is looked up in the middle of a coarse date: \"in 2017\" finds who held it that year")
    func officeInCoarseDate() {
        #expect(TestLexicon.code("In 2017, Rex Tillerson visited Russia.", date: "2019-06-01") == ["USAGOV 042 RUS asserted"])
    }

    @Test("\"each side ... the other\" is every member of the group acting on the others")
    func eachSideTheOther() {
        let events = TestLexicon.code("Britain and Russia met, and each side accused the other of lying.")
        #expect(events.contains("GBR 112 RUS asserted") && events.contains("RUS 112 GBR asserted"))
    }

    @Test("an intent to cooperate named by a noun is voiced by whoever says it")
    func voicedIntent() {
        #expect(
            TestLexicon.code("A Chinese diplomat said on Tuesday that the door to talks with Washington remained open.") == [
                "CHNGOV 036 USA asserted"
            ])
    }

    @Test("a title in the text stands over the dated roles; without one the role on the date decides")
    func titleInText() {
        #expect(TestLexicon.code("Secretary of State John Kerry visited Russia.", date: "2010-06-01") == ["USAGOV 042 RUS asserted"])
        #expect(TestLexicon.code("John Kerry visited Russia.", date: "2010-06-01") == ["USALEG 042 RUS asserted"])
    }

    @Test("a joint act \"brokered by\" a third party, or \"X-brokered\", is that party mediating between both sides")
    func brokeredDeal() {
        let events = TestLexicon.code("Britain and Russia signed an agreement brokered by China.")
        #expect(events.contains("CHN 045 GBR asserted") && events.contains("CHN 045 RUS asserted"))
        // Written against the participle: "a Chinese-brokered agreement".
        let compound = TestLexicon.code("Britain and Russia signed a Chinese-brokered agreement.")
        #expect(compound.contains("CHN 045 GBR asserted") && compound.contains("CHN 045 RUS asserted"))
    }

    @Test("\"the rivals\" are the article's main pair")
    func theRivals() {
        let events = TestLexicon.code("Britain expelled Russian diplomats. China mediated between the rivals.")
        #expect(events.contains("CHN 045 GBR asserted") && events.contains("CHN 045 RUSGOV asserted"))
    }

    @Test("a description (\"the kingdom\", \"the regime\") is the country among its codes named last")
    func descriptions() {
        #expect(
            TestLexicon.code("Britain met China. Saudi Arabia expelled Yemen's diplomats. China condemned the kingdom.") == [
                "GBR 040 CHN asserted", "CHN 040 GBR asserted", "SAU 161 YEMGOV asserted", "CHN 111 SAU asserted",
            ])
        // Named earlier in the same sentence; the sector comes with the description.
        #expect(
            TestLexicon.code("After Russia expelled British diplomats, Britain condemned the regime.").contains("GBR 111 RUSGOV asserted"))
        // Nothing to point back at, or the start of a longer name: no actor.
        #expect(TestLexicon.code("China condemned the kingdom.").isEmpty)
        let tower = TestLexicon.code("Saudi Arabia hosted Britain. China visited the Kingdom Tower.")
        #expect(tower.contains("SAU 043 GBR asserted") && !tower.contains { $0.hasPrefix("CHN") })
    }

    @Test("a place of no single state hides the country in its name")
    func sharedPlace() {
        #expect(TestLexicon.code("Britain condemned the South China Sea drills.").isEmpty)
        #expect(TestLexicon.code("Britain condemned the China drills.") == ["GBR 111 CHN asserted"])
    }

    @Test("people of no named country are the civilians of the place the sentence puts them in")
    func crowdInAPlace() {
        #expect(TestLexicon.code("Protesters in Kharkiv condemned Russia.") == ["UKRCVL 111 RUS asserted"])
        #expect(TestLexicon.code("Protesters condemned Russia.").isEmpty)
        #expect(TestLexicon.code("Britain urged its citizens in Ukraine to leave.").allSatisfy { !$0.contains("UKRCVL") })
    }

    @Test("an \"and\" inside a gap may join the pattern's next word: \"sent tanks and weapons to\"")
    func coordinationInGap() {
        #expect(TestLexicon.code("Britain sent tanks and weapons to Ukraine.") == ["GBR 072 UKR asserted"])
        #expect(TestLexicon.code("Britain sent tanks and Russia weapons to Ukraine.").allSatisfy { !$0.hasPrefix("GBR") })
    }

    @Test("criticism or a demand with no target named answers whoever last acted on its source")
    func implicitCriticism() {
        #expect(
            TestLexicon.code("Britain expelled Russian diplomats. The Kremlin condemned the decision.") == [
                "GBR 161 RUSGOV asserted", "RUSGOV 111 GBR asserted",
            ])
    }

    @Test("a list that trades accusations accuses itself both ways, whoever is named after")
    func reciprocalList() {
        #expect(
            Set(TestLexicon.code("Britain and Russia trade accusations about Chinese troops.")) == [
                "GBR 112 RUS asserted", "RUS 112 GBR asserted",
            ])
    }

    @Test("police act at home: the people they act on, of no named country, are the police's")
    func policeAtHome() {
        #expect(TestLexicon.code("Russian police arrested citizens.") == ["RUSCOP 173 RUSCVL asserted"])
        #expect(TestLexicon.code("Russian troops arrested citizens.").isEmpty)
    }

    @Test("a pattern that ends on an actor word names its own target, before a place after it")
    func patternOwnTarget() {
        #expect(TestLexicon.code("Russian police arrested dozens of protesters in Moscow.") == ["RUSCOP 175 RUSCVL asserted"])
    }

    @Test("a noun event the subject reacts to is not the subject's act")
    func reactionToOthersAct() {
        #expect(!TestLexicon.code("Britain condemned the coup in Ukraine.").contains { $0.hasPrefix("GBR 180") })
        #expect(TestLexicon.code("Britain staged a coup in Ukraine.") == ["GBR 180 UKR asserted"])
    }

    @Test("a reaction drawn from an actor is that actor's act on the subject")
    func drawnReaction() {
        let events = TestLexicon.code("Britain expelled Russian diplomats, drawing a sharp rebuke from Moscow.")
        #expect(events.contains("RUS 111 GBR asserted"))
        #expect(!events.contains { $0.hasPrefix("GBR 111") })
        #expect(
            TestLexicon.code("Britain expelled Russian diplomats, drawing criticism from China.").contains("CHN 111 GBR asserted"))
    }

    @Test("an act on a name dyad does not know is not turned on the article's other side")
    func unknownParty() {
        #expect(TestLexicon.code("Britain expelled Russian diplomats. Moscow condemned Smithson.") == ["GBR 161 RUSGOV asserted"])
        #expect(
            TestLexicon.code("Britain expelled Russian diplomats. Moscow condemned the decision.") == [
                "GBR 161 RUSGOV asserted", "RUS 111 GBR asserted",
            ])
    }

    @Test("an act someone is warned against is hypothetical, the warning asserted")
    func warnedAgainst() {
        #expect(
            TestLexicon.code("Russia warned Britain against sending weapons to Ukraine.") == [
                "RUS 130 GBR asserted", "GBR 072 UKR hypothetical",
            ])
    }

    @Test("\"a phone call that\" is not a request: what follows is asserted")
    func callAsNoun() {
        #expect(TestLexicon.code("Britain told Russia in a phone call that Moscow condemned Ukraine.") == ["RUS 111 UKR asserted"])
        #expect(TestLexicon.code("Britain demanded that Moscow condemn Ukraine.") == ["RUS 111 UKR requested"])
    }

    @Test("a joint act of a list on or about a third country is mutual: the country is where or what")
    func jointActOnAPlace() {
        #expect(
            Set(TestLexicon.code("Britain and Russia held a round of talks on the Ukrainian border.")) == [
                "GBR 046 RUS asserted", "RUS 046 GBR asserted",
            ])
    }

    @Test("a second object after \"and\" does not end the search for the target: \"weapons and missiles to\"")
    func coordinatedObject() {
        #expect(TestLexicon.code("Britain agreed to send weapons and anti-tank missiles to Ukraine.") == ["GBR 0332 UKR asserted"])
        #expect(TestLexicon.code("Britain agreed to send weapons and Russia to Ukraine.") == [])
        #expect(TestLexicon.code("Britain agreed to send weapons and") == [])
        #expect(
            TestLexicon.code("Britain agreed to send weapons and threatened to expel Russian diplomats.").allSatisfy {
                !$0.hasPrefix("GBR 0332")
            })
    }

    @Test("denying an act is a denial aimed at the side the act would have hit")
    func deniedAct() {
        #expect(
            Set(TestLexicon.code("Russia denied bombing targets in Ukraine.")) == ["RUS 195 UKR negated", "RUS 016 UKR asserted"])
    }

    @Test("offering an act of force is no threat; announcing one is")
    func offeredForce() {
        #expect(!TestLexicon.code("Britain offered to deploy troops to Ukraine.").contains { $0.hasPrefix("GBR 138") })
        #expect(TestLexicon.code("Britain said it would deploy troops to Ukraine.").contains("GBR 138 UKR asserted"))
    }

    @Test("an object pointing back at an act of its own sentence names that act's party, not an earlier pair's")
    func pointsBackWithinSentence() {
        let events = TestLexicon.code(
            "Russia signed an agreement with Ukraine. Britain signed a memorandum with the rebels, angering China, which condemned the deal."
        )
        #expect(events.contains("CHN 111 GBR asserted"))
        #expect(!events.contains { $0.hasPrefix("CHN 111 RUS") || $0.hasPrefix("CHN 111 UKR") })
    }

    @Test("\"the two presidents\" are the heads of government of the article's main pair")
    func titledPair() {
        let events = TestLexicon.code("Britain expelled Russian diplomats. The two presidents met.")
        #expect(events.contains("GBRGOV 040 RUSGOV asserted"))
        #expect(!events.contains { $0.hasPrefix("GBR 040") })
        let ministers = TestLexicon.code("Britain expelled Russian troops. The two countries' ministers met.")
        #expect(ministers.contains("GBRGOV 040 RUSGOV asserted"))
    }

    @Test("retaliation and a bare threat answer whoever last acted on their source")
    func retaliation() {
        #expect(
            TestLexicon.code("Britain imposed sanctions on Russia. Moscow retaliated with sanctions of its own.") == [
                "GBR 163 RUS asserted", "RUS 163 GBR asserted",
            ])
        #expect(TestLexicon.code("Britain imposed sanctions on Russia. Moscow vowed to retaliate.").contains("RUS 130 GBR asserted"))
    }

    @Test("\"him\" in what an official reports is the official")
    func himIsTheReporter() {
        #expect(TestLexicon.code("Britain's foreign minister said Russia had accused him of lying.").contains("RUS 112 GBRGOV asserted"))
    }

    @Test("a negation does not reach a verb coordinated after it")
    func negationStopsAtCoordinatedVerb() {
        #expect(TestLexicon.code("Britain said no diplomats were hurt and imposed new sanctions on Russia.") == ["GBR 163 RUS asserted"])
        #expect(TestLexicon.code("Britain did not impose sanctions on Russia.") == ["GBR 163 RUS negated"])
    }

    @Test("\"all parties\" and \"all sides\" are the article's main pair")
    func allParties() {
        let events = TestLexicon.code("Russia bombed Ukraine. China urged all parties to withdraw from the border.")
        #expect(events.contains("CHN 0256 RUS asserted") && events.contains("CHN 0256 UKR asserted"))
    }

    @Test("a plural after a number and a modifier is a noun, not a verb: \"two trade annexes\"")
    func pluralNounAfterNumber() {
        #expect(TestLexicon.code("Britain ordered the closure of two trade annexes in Russia.").isEmpty)
        #expect(TestLexicon.code("Russia annexes Ukraine.") == ["RUS 192 UKR asserted"])
    }

    @Test("\"it\" after \"if\" or \"unless\" is the institution named before")
    func itAfterIf() {
        let events = TestLexicon.code("The United States threatened to impose sanctions on Russia if it bombed Ukraine.")
        #expect(events.contains("RUS 195 UKR hypothetical"))
        #expect(!events.contains { $0.hasPrefix("USA 195") })
    }

    @Test("a participle set off by a comma, with \"by\", is a passive: \", brokered by China\"")
    func commaParticiple() {
        let events = TestLexicon.code("Russia and Ukraine signed an agreement on Monday, brokered by China.")
        #expect(events.contains("CHN 045 RUS asserted") && events.contains("CHN 045 UKR asserted"))
    }

    @Test("an infinitive right after an act's target is its source's purpose, unless the act asks for it")
    func purposeInfinitive() {
        #expect(TestLexicon.code("Britain expelled the Russian ambassador to protest against China.").contains("GBR 140 CHN asserted"))
        #expect(TestLexicon.code("Britain urged Russia to protest against China.").contains("RUS 140 CHN requested"))
    }

    @Test("\"it\" after \"said\" is the speaker named in the sentence, never an earlier institution")
    func itAfterSaid() {
        #expect(TestLexicon.code("China said it would condemn Britain.").contains { $0.hasPrefix("CHN 111 GBR") })
        #expect(TestLexicon.code("Russia bombed Ukraine. Smithcorp said it would condemn Britain.") == ["RUS 195 UKR asserted"])
    }

    @Test("\"later\" before a past tense is what came next, not the future")
    func laterInThePast() {
        #expect(TestLexicon.code("Russia later threatened to bomb Ukraine.").contains("RUS 138 UKR asserted"))
        #expect(TestLexicon.code("Britain later voted to condemn Russia.") == ["GBR 111 RUS asserted"])
        #expect(TestLexicon.code("Britain plans to condemn Russia.") == ["GBR 111 RUS future"])
    }

    @Test("a verb in the past tense is asserted whatever the future or hypothetical clause before it")
    func pastAfterFutureClause() {
        let events = TestLexicon.code("Britain will expel Russian diplomats after Russia rejected the demand of Ukraine.")
        #expect(events.contains("GBR 161 RUSGOV future"))
        #expect(events.contains { $0.hasPrefix("RUS 120") && $0.hasSuffix("asserted") })
    }
}
